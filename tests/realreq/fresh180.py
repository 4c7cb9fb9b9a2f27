"""A hundred-and-eightieth fresh, held-out collection of real requests
(tests/realreq/fresh180.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh177's, the
rows are short, typical asks, like the development set's; 13 come from GitHub issues and pull
requests (a Brazilian front-end forum, norns-shield, LibreTube, gifify, ffmpeg-python, a
telescope tracker, an Open Radar mirror, cleanvid, Kenney's Godot splash screens, ownCloud's
website, PostHog, HTML Academy's tracker and IHMC's robotics software) and 7 from stored public
pages (a Super User question, a Chinese Stack Overflow mirror, Sound On Sound, Vegas and Audacity
forum threads, a MacMost question and a blog post). Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
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
TABLE = Path(__file__).with_name("fresh180.md")

#: The image to put before the first frame.
_IMAGE = "image.jpg"

#: The background sound to mix under the existing one.
_BACKGROUND = "background.mp3"

#: A lighter file: a quality setting, a size target or a more efficient codec.
_LIGHTER = (
    step("quality", level=AnyOf("balanced", "small"))
    | step("compress", max_mb=Above(0))
    | step("codec", codec="hevc")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh180-01",
        "speed up playback in the original file, not with a player like vlc: I want the video to "
        "be played 2 times faster",
        [step("speed", factor=2, **WHOLE), maybe(step("quality")), maybe(step("reencode"))],
        note="twice as fast, all of it",
    ),
    do(
        "fresh180-02",
        "reduce, or better still eliminate, the road hum of a jeep moving down a street from the "
        "piece of music I extracted from a movie's final scene: Audacity's noise reduction only "
        "reduced it somewhat, and made the music muddy",
        [step("audio_denoise"), maybe(SOUND_ALONE)],
        probe=Probe(duration=16.0),
        note="the steady road hum taken out of the 16 s music excerpt (any strength)",
    ),
    do(
        "fresh180-03",
        "save the site's 1280x720, 23 fps background video so it isn't so heavy while keeping "
        "great quality: users take very long to load the site and sometimes the video stalls",
        [
            anywhere(_LIGHTER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format=AnyOf("mp4", "webm"))),
            maybe(step("quality")),
            maybe(step("mute")),
        ],
        probe=Probe(width=1280, height=720, fps=23.0),
        note="a lighter file that still looks good (a quality setting, a size or H.265); the "
        "size and frame rate kept",
    ),
    do(
        "fresh180-04",
        "put the jpg image before the first frame of the video (encode it as a 1-frame video and "
        "join it to the video): when I embed the video in a web page with the html5 video tag, it "
        "shows the first picture as the initial image, and I don't want to use the poster "
        "attribute",
        [
            step(
                "join",
                clips=AnyOf([_IMAGE], []),
                at="start",
                image_seconds=Between(0.03, 1.0),
            )
        ],
        assets=[_IMAGE],
        note="the image joined before the video, shown for one frame up to 1 s",
    ),
    do(
        "fresh180-05",
        "slow the 60p clip down to a .40 playback rate for smooth slo mo on my 24p timeline, "
        "retaining correct sound: in Premiere CS6 I just change the speed to 40% and it synchs "
        "the audio",
        [
            anywhere(step("speed", factor=Between(0.39, 0.41), **WHOLE)),
            maybe(step("fps", fps=Between(23.9, 24.1))),
        ],
        probe=Probe(fps=60.0),
        note="40% speed, all of it, the sound slowed with it (24 fps may come with it)",
    ),
    do(
        "fresh180-06",
        "make the 4 minute song into a 12 minute song, for my home made music video: it will be "
        "mimed to and recorded to video, then the video sped up and the original song put back "
        "over it",
        [step("speed", factor=Between(0.33, 0.34), **WHOLE), maybe(SOUND_ALONE)],
        probe=Probe(duration=240.0),
        note="a third of the speed, all of the 240 s song, to 720 s",
    ),
    no_op(
        "fresh180-07",
        "eliminate, or at least reduce, the sound of someone else talking pretty loud in the "
        "background of the interview footage: both people talk at the same time and I want to "
        "hear the person being interviewed more clearly",
        "no op",
        note="no op: one talker lowered under another in the same sound; no operation separates "
        "voices",
    ),
    no_op(
        "fresh180-08",
        "balance the sound level of the two voices in the hour-long Skype interview: the woman "
        "asking the questions comes through loud and clear, while the woman being interviewed "
        "comes through so quiet that you can hardly hear her",
        "no op",
        probe=Probe(duration=3600.0),
        note="no op: the quiet speaker's parts raised to the loud one's (a dynamic leveller); "
        "volume and normalize move the whole level",
    ),
    do(
        "fresh180-09",
        "rotate the assembly instructions video correctly: it looks upside-down, which makes it "
        "quite difficult to understand what you are looking at",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned a half turn (or flipped both ways)",
    ),
    out_of_scope(
        "fresh180-10",
        "let me mark a start point and an end point in the player and loop that section of the "
        "video until stopped: it helps students review parts of lessons",
        "a player's A-B loop buttons, not an edit of a file",
    ),
    do(
        "fresh180-11",
        "compress the GIF image file of 50M to 30M or smaller",
        [
            anywhere(step("compress", max_mb=Between(2, 30))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        probe=Probe(has_audio=False),
        note="under 30 MB (down to 2 MB), kept a GIF (a smaller size or frame rate may come "
        "with it)",
    ),
    do(
        "fresh180-12",
        "add the background sound background.mp3 to the existing sound, ducked under it, and the "
        "output length will be the smallest",
        [step("add_music", file=_BACKGROUND, duck=True), maybe(step("trim"))],
        [step("add_music", file=_BACKGROUND, percent=Below(100)), maybe(step("trim"))],
        [step("add_music", file=_BACKGROUND, db=Below(0)), maybe(step("trim"))],
        assets=[_BACKGROUND],
        note="background.mp3 mixed under the existing sound, ducked (or at a lower level)",
    ),
    no_op(
        "fresh180-13",
        "cut and crop the huge raw capture of the observing session: there are typically many "
        "frames with no target in view, especially at the beginning and end, and the target is "
        "nearly always very small compared to the frame (keep it at center frame)",
        "needs analysis",
        probe=Probe(has_audio=False),
        note="needs analysis: finding the frames with the target in view, and cropping around it "
        "as it moves, need tracking it",
    ),
    out_of_scope(
        "fresh180-14",
        "boost the frequencies around 85-255 Hz on the Apple TV, so my grandmother can make out "
        "the dialog in the Netflix and HBO content she watches: she can mostly hear, but couldn't "
        "clearly distinguish the dialog amongst the rest of the mix",
        "an Apple TV accessibility setting for streamed shows, not an edit of a file",
    ),
    no_op(
        "fresh180-15",
        "mute the audio when someone swears in the movie, like Ford v Ferrari or The Martian: my "
        "tweenage boys were begging to watch some more exciting movies",
        "needs analysis",
        probe=Probe(duration=9000.0),
        note="needs analysis: finding each swear word (in the speech or the subtitles) to mute it",
    ),
    ask(
        "fresh180-16",
        "add sound to the video logo: it's very boring without sound",
        "which sound (the audio file to add)",
        (
            "which sound",
            "sound file",
            "audio file",
            "file",
            "music",
            "track",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    ask(
        "fresh180-17",
        "cut the home page video down to 1:30 or so: it is 5+ minutes long, way too much for an "
        "introduction",
        "which parts to keep (about 1:30 of the 5+ minutes)",
        (*WHICH_PART, "which parts", "parts", "keep", "what", "section"),
        probe=Probe(duration=320.0),
    ),
    ask(
        "fresh180-18",
        "make a short-form excerpt (30-40 seconds max) of the long-form video going on YouTube, "
        "the section most effective on socials",
        "which 30-40 seconds (the section to excerpt)",
        (*WHICH_PART, "which 30", "seconds", "section", "part", "moment", "excerpt"),
        probe=Probe(duration=1200.0),
    ),
    out_of_scope(
        "fresh180-19",
        "let me download the lecture and watch it offline, for example on the way to work or "
        "back: as a student I have completed all the front-end courses",
        "downloading a course's lectures from its site, not an edit of a given file",
    ),
    do(
        "fresh180-20",
        "make the 30 fps video exported from the simulator play back at the correct rate: it is "
        "around 6% faster than realtime",
        [step("speed", factor=Between(0.93, 0.955), **WHOLE)],
        probe=Probe(fps=30.0),
        note="about 6% slower (1/1.06, 0.943), all of it",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
