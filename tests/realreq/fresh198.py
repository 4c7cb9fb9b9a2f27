"""A hundred-and-ninety-eighth fresh, held-out collection of real requests
(tests/realreq/fresh198.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh197's, the
rows are short, typical asks, like the development set's; 13 come from blog posts and a newspaper
site's column, 12 of them in Japanese (a mixi user, an iPhone podcaster, a piano learner, a gadget
blogger, a watercolour painter, a camera hobbyist, a PC memo blog, a nature-sounds YouTuber, a
fan clipping a stream, a parent filming soccer, a traveller, a road cyclist) and one in English
(a dog trainer), and 3 from GitHub issues (OctoPrint, a WeChat module, a short-video generator).
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
    LOUDER,
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
TABLE = Path(__file__).with_name("fresh198.md")

#: Black and white, all of it: grayscale, or no color at all.
_BW = step("grayscale", **WHOLE) | step("saturation", percent=Below(-99), **WHOLE)

#: The 1920x1080 video made smaller: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a size target under the 2 GB it is or a smaller-file setting.
_SMALLER = step("compress", max_mb=Below(2000)) | step("quality", level=AnyOf("small", "balanced"))

#: Brighter, all of it: a lighter picture or lighter mid-tones.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: Words a refusal says when it asks which music to add.
_WHICH_MUSIC = ("which music", "music file", "file", "track", "song", "which", "what music")

CASES: tuple[Case, ...] = (
    do(
        "fresh198-01",
        "rotate the video I shot on my phone 90 degrees clockwise (I got the shooting orientation "
        "wrong), and add black bars left and right so the picture is 4:3: mixi stretched it "
        "sideways when I uploaded it to share it with friends",
        [
            step("rotate", degrees=90),
            step("pad", aspect=AnyOf("4:3", "427:320"), color=AnyOf("black", "#000000", None)),
        ],
        probe=Probe(width=320, height=240),
        note="a quarter turn clockwise, then black bars at the sides to 4:3 (240x320 padded to "
        "about 427x320)",
    ),
    do(
        "fresh198-02",
        "extract just the sound of the video as an audio file: since I updated to iOS 13, "
        "dropping a video onto iMovie's audio area no longer turns it into sound, and I use that "
        "almost every day",
        [SOUND_ALONE],
        note="the sound alone, any audio file",
    ),
    do(
        "fresh198-03",
        "make the sound of my Simply Piano practice video louder: compared with other videos it "
        "is too quiet (the picture is from my Android phone, the sound was recorded by line-in "
        "with Windows' voice recorder)",
        [LOUDER],
        note="louder by any amount, or normalized, all of it",
    ),
    do(
        "fresh198-04",
        "give my new random video of the dogs the black and white old film look: the program that "
        "came with my laptop does not do it",
        [
            anywhere(_BW),
            maybe(step("look", style="vintage")),
            maybe(step("vignette")),
            maybe(step("contrast")),
            maybe(step("brightness")),
        ],
        note="black and white, all of it; an old-film look (vintage, a vignette, contrast) may "
        "come with it",
    ),
    do(
        "fresh198-05",
        "play my iPhone time-lapse back at normal speed, or close to it: the camera was in "
        "time-lapse mode, and the roughly ten minutes I filmed became an ultra-fast video of about "
        "20 seconds",
        [step("speed", factor=Between(0.02, 0.1), **WHOLE), maybe(step("fps"))],
        probe=Probe(duration=20.0, has_audio=False),
        note="about 30 times slower (10 minutes from 20 s), all of it",
    ),
    do(
        "fresh198-06",
        "make my finished watercolour painting video small enough to upload to YouTube: it is 23 "
        "minutes 22 seconds, with narration, BGM and captions I spent two days editing on the "
        "iPad, and at a little over 2 GB it won't upload, the size seems to be too big",
        [
            anywhere(_SMALLER),
            maybe(_DOWN),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps")),
        ],
        [anywhere(_DOWN), maybe(_SMALLER), maybe(step("codec", codec=AnyOf("h264", "hevc")))],
        [step("codec", codec="hevc"), maybe(step("quality"))],
        probe=Probe(duration=1402.0),
        note="a smaller file: under 2000 MB, a smaller-file setting, a smaller size or H.265",
    ),
    do(
        "fresh198-07",
        "brighten my video of the Sumida River fireworks: I set the exposure to the minimum by "
        "hand so the night sky would be black, and on playback the fireworks are far too feeble "
        "(I could have raised the exposure a little more)",
        [
            anywhere(_BRIGHTER),
            maybe(_BRIGHTER),
            maybe(step("contrast")),
            maybe(step("saturation")),
        ],
        note="lighter (brightness up or gamma above 1), all of it",
    ),
    do(
        "fresh198-08",
        "speed my bicycle video up 4x and stabilize it: I rode a little holding the digital "
        "camera in one hand, and the footage is terribly shaky",
        [anywhere(step("speed", factor=4, **WHOLE)), anywhere(step("stabilize"))],
        probe=Probe(duration=180.0),
        note="four times as fast and stabilized, either order, all of it",
    ),
    do(
        "fresh198-09",
        "get rid of the roaring wind noise in my seaside video for my YouTube channel of nature "
        'sounds: the star of the video is the sound of the waves, and the wind\'s "goo!" drowns '
        "it out",
        [step("audio_denoise")],
        note="the noise taken out of the sound (a low cut would suit wind better; no equalizer op)",
    ),
    do(
        "fresh198-10",
        'tighten the gaps between the words a little in my clip of Satomi\'s "good man" bit from '
        'his TwitCasting archive: I want to watch his "that\'s me!" more in a row',
        [step("remove_silence", where=AnyOf("all", None))],
        note="the pauses between his words shortened, all through the clip",
    ),
    ask(
        "fresh198-11",
        "make a highlight video of my kid's soccer match, centred on the goal scenes: the team I "
        "had never seen win finally won its first match (the editing is nothing elaborate: "
        "trimming, speed changes, the timing of scene changes)",
        "which parts (where the goal scenes are)",
        (*WHICH_PART, "goal", "scene", "moment", "timestamp"),
        probe=Probe(duration=2400.0),
    ),
    ask(
        "fresh198-12",
        "blur the balance of my savings passbook, which got filmed in my 5-minute GoPro video "
        "(1080p): that important part must be hidden",
        "where in the picture and when it shows",
        (*WHICH_PART, "area", "region", "position", "coordinates", "passbook"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh198-13",
        "put some BGM on the bonus video of my ride report: with no music it is just me going "
        '"haa haa" the whole time, which is hard on the ears',
        "which music (the file to add)",
        _WHICH_MUSIC,
    ),
    out_of_scope(
        "fresh198-14",
        "begin the timelapse recording after the bed has completely heated, instead of wasting "
        "disk space taking snapshots of the same still image while the bed is heating",
        "a print server's time-lapse capture setting, not an edit of a file",
    ),
    out_of_scope(
        "fresh198-15",
        "let me post a somewhat longer video in WeChat Moments",
        "a messaging app's posting limit (a WeChat module), not an edit of a file",
    ),
    out_of_scope(
        "fresh198-16",
        "generate the video from my own script without AI: I don't want to use a large model, I "
        "have my own script, all that's needed is the storyboard with pictures and effects",
        "generating a video from a script, no video given",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
