"""A two-hundred-and-eighth fresh, held-out collection of real requests
(tests/realreq/fresh208.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh205's, the
rows are short, typical asks, like the development set's; all 18 come from Japanese personal
blogs and blog-like pages, translated minimally into English: family, pet, hobby and sports
clips (a drive out of the car window, a bumper repair, a Perfume dance, a GoPro run, a
snowboarding comparison, a game's high score, an iPhone video on Windows 7, a trout spawning,
a child's old clip, a sutra CD, fireworks, a picture-story show, a son's football match, a
pitcher's release, a kindergarten recital, a solo karaoke, a still picture, a DVD recorder).
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    SOUND_ALONE,
    WHOLE,
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh208.md")

#: A smaller file, by a quality setting or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: The 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: The second spawning clip after the first, and the guitar piece as the sound.
_SPAWNING2 = "spawning2.mp4"
_GUITAR = "guitar.wav"
_JOIN = step("join", clips=AnyOf([_SPAWNING2], []), at="end")
_GUITAR_SOUND = step("replace_audio", file=_GUITAR) | step("add_music", file=_GUITAR, **WHOLE)

#: The Seibu Lions' cheering song.
_THEME = "chance_theme_4.mp3"

CASES: tuple[Case, ...] = (
    do(
        "fresh208-01",
        "play my long video from the car window at 25x speed (taking a shortcut on the way): I'm "
        "trying out playing long footage back at high speed",
        [step("speed", factor=25, **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=1800.0),
        note="25 times as fast, all of it (the sound may be dropped)",
    ),
    do(
        "fresh208-02",
        "speed my 29:37 video of the bumper repair up 5 times for YouTube: at normal speed it "
        "changes only little by little, and it takes long and gets tiring to watch",
        [step("speed", factor=5, **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=1777.0),
        note="5 times as fast, all of the 29:37 (5:55 long; the sound may be dropped)",
    ),
    do(
        "fresh208-03",
        "mirror the Perfume dance video left to right, so that when I copy the choreography I "
        "don't have to translate 'their right hand is my left hand' in my head",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh208-04",
        "stabilize my GoPro video of running in Fuso Ryokuchi park with the camera on my cap: the "
        "shake is so bad that I got motion sick watching it myself",
        [step("stabilize")],
        note="the camera shake smoothed away, all of it",
    ),
    do(
        "fresh208-05",
        "make the video comparing Sayaka's riding last year and now smaller, so I can upload it "
        "to my blog: it says the file is too big, and I couldn't work out how to change the size "
        "in the editing software I'm using for the first time",
        [anywhere(_SMALLER), maybe(_DOWN), maybe(step("convert", format="mp4"))],
        [anywhere(_DOWN), maybe(_SMALLER), maybe(step("convert", format="mp4"))],
        note="a smaller file: a smaller-file setting or any size target, or a smaller picture",
    ),
    do(
        "fresh208-06",
        "get my play video of my Art Style: PENTA TENTACLES high score under Nico Nico Douga's 40 "
        "MB limit for regular members: the version I encoded for YouTube is about 1 GB",
        [
            anywhere(step("compress", max_mb=Between(20, 40))),
            maybe(_DOWN),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        note="under 40 MB (an mp4, H.264, a smaller size or a quality setting may come with it)",
    ),
    do(
        "fresh208-07",
        "make the video I shot on my iPhone 7 play on my Windows 7 PC again: since I updated to "
        "iOS 11 it is saved as HEVC, and Windows Media Player 12 can't play it",
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("quality")),
        ],
        note="the picture re-encoded as H.264 (an mp4 or mov, or a quality setting, may come)",
    ),
    do(
        "fresh208-08",
        "join my two clips of the yamame spawning into one, with my own acoustic guitar piece as "
        "the BGM: the raw footage moved me so much that I wrote a new song for it",
        [_JOIN, _GUITAR_SOUND],
        [_JOIN, step("mute"), _GUITAR_SOUND],
        assets=[_SPAWNING2, _GUITAR],
        note="spawning2.mp4 after the video, then guitar.wav as the sound (in place of the "
        "river's or under it)",
    ),
    do(
        "fresh208-09",
        "put the Seibu Lions' chance theme 4 on my child's old video: it's a cheering song I've "
        "always liked, and this way I can keep a clip I would otherwise never watch again",
        [step("replace_audio", file=_THEME)],
        [step("add_music", file=_THEME, **WHOLE)],
        [step("mute"), step("add_music", file=_THEME, **WHOLE)],
        assets=[_THEME],
        note="the song as the sound, in place of the video's own or mixed with it",
    ),
    do(
        "fresh208-10",
        "make the Hongwanji 'Shoshinge' sutra CD recording chant a little faster, without "
        "changing the pitch: members asked for a sutra tape (CD) chanted a little faster",
        [step("speed", factor=Between(1.05, 1.5), **WHOLE), maybe(SOUND_ALONE)],
        note="a little faster (1.05x to 1.5x), all of it, the pitch kept",
    ),
    no_op(
        "fresh208-11",
        "take the voices of the annoying students behind me out of my 3D video of the Nagasaki "
        "port festival fireworks, keeping the fireworks: from the start they kept saying 'oh, "
        "it's over, is it over already?', 'finish already?', and talked on the phone",
        "no op",
        note="no op: the students' voices separated from the fireworks and the crowd",
    ),
    ask(
        "fresh208-12",
        "shorten the video of my younger daughter reading the picture-story show she made, so I "
        "can send it to her grandparents: the video is long",
        "which parts to cut (or how short to make it)",
        (*WHICH_PART, "which parts", "parts", "how long", "how short", "keep", "cut"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh208-13",
        "make a best-plays collection from the video of my son's match, with his favourite song, "
        "Southern All Stars' Tokyo Victory, as the BGM: he loves watching them on the tablet, "
        "and it keeps him motivated",
        "which plays (the times of the good plays to keep)",
        (*WHICH_PART, "which plays", "plays", "moments", "scenes", "highlights"),
        assets=["tokyo_victory.mp3"],
        probe=Probe(duration=2400.0),
    ),
    ask(
        "fresh208-14",
        "save a JPEG of the moment the ball leaves the pitcher's hand from my full HD "
        "(1920x1080, 30 fps) video, for his homepage: a friend who pitches asked me for that "
        "photo, and the moment is hard to catch with stills",
        "which moment (the time the ball leaves his hand)",
        ("which moment", "moment", "when", "time", "second", "frame", "which", "where"),
        probe=Probe(width=1920, height=1080, fps=30.0),
    ),
    ask(
        "fresh208-15",
        "cut out the intermissions and insert a title in my video of my granddaughter Rina's "
        "Tanabata recital at the kindergarten (the dance 'LOVELY' and the song 'Tanabata-sama'), "
        "so I can make it a DVD and give it to the kindergarten too",
        "where the intermissions are, and the title's words",
        (*WHICH_PART, "intermission", "title", "what title", "text", "words"),
        probe=Probe(duration=900.0),
    ),
    ask(
        "fresh208-16",
        "put some cheerful BGM on the video of my first solo karaoke: it came out silent because "
        "of copyright",
        "which music (the file to add)",
        (
            "which music",
            "music file",
            "file",
            "track",
            "song",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
        probe=Probe(has_audio=False),
    ),
    out_of_scope(
        "fresh208-17",
        "make a video from this still picture: the woman in a kimono turns around and walks "
        "towards me, a dignified scene",
        "generating a video from a still picture (image-to-video AI), not an edit of a given video",
        assets=["kimono.jpg"],
    ),
    out_of_scope(
        "fresh208-18",
        "make the TV programme I burned to DVD with my 20-year-old Toshiba recorder play on my "
        "friend's PC: he says the disc needs initializing before copying and finalizing afterwards",
        "a DVD recorder's disc initializing and finalizing, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
