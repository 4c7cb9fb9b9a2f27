"""A hundred-and-forty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh145.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh141's, the
rows are short, typical asks, like the development set's; 17 come from GitHub issues of social
media creators and the tools and sites they use: a Snapchat memories downloader, a Douyin
downloader, a university programme's Reels team, a film scanner's project, NPR's T-shirt site, a
background-video plugin, a mattress maker's site, a subtitle tool, a camera colour transform, a
drone photographer's board, a Reddit video bot, an AI animation generator, a Twitch extension and
a patched Instagram app; 3 from personal blog posts (a dance club, a concert-goer, a mother).
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[no op]` rows refusals of DOABLE asks no operation does. An `[extra input: …]` marker is
left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import VERTICAL, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh145.md")

#: The 1920x1080 video scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file by an encoding setting or a size limit.
_SMALLER_FILE = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Above(0)
)

#: The PRACTICE vignette after the reel, joined or with a transition.
_VIGNETTE_END = step("join", clips=AnyOf(["vinheta.mp4"], []), at="end") | step(
    "transition", clips=AnyOf(["vinheta.mp4"], []), at="end"
)

#: Brighter, all of it.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: The Douyin end card: the last 2 to 7 s of the 30 s video.
_CARD_START = Between(23, 28)

#: Blacks crushed a little: more contrast, a little darker, or deeper mid-tones.
_CRUSH = (
    step("contrast", percent=Between(2, 40), **WHOLE)
    | step("brightness", percent=Between(-15, -1), **WHOLE)
    | step("gamma", gamma=Between(0.7, 0.98), **WHOLE)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh145-01",
        "turn the portrait video back upright: it came out landscape, turned counter clockwise, "
        "though in the Snapchat export's memories folder that same video is correctly vertical",
        [step("rotate", degrees=90)],
        probe=Probe(width=1920, height=1080),
        note="a quarter turn clockwise, undoing the counter-clockwise turn of the 1920x1080 video",
    ),
    do(
        "fresh145-02",
        "remove the little Douyin or Xigua ending at the tail of the video, thanks (most Douyin "
        "videos have one)",
        [step("keep_scenes", remove=[-1])],
        [step("trim", start=AnyOf(0, None), end=_CARD_START)],
        [step("cut", start=_CARD_START, end=Between(29.5, 30))],
        [step("keep_ranges", ranges=AnyOf([[0, 24]], [[0, 25]], [[0, 26]], [[0, 27]]))],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="the end card taken off: the last scene, or the last 2 to 7 s of the 30 s video",
    ),
    do(
        "fresh145-03",
        "speed up the library video for the reels: before it was 53 seconds and now it's 52, I "
        "think it can be made faster (speeding up the narration made the voice sound a bit "
        "robotic)",
        [step("speed", factor=Between(1.1, 2), **WHOLE)],
        probe=Probe(duration=52.0, width=1080, height=1920),
        note="faster, 1.1x to 2x, all of the 52 s video",
    ),
    do(
        "fresh145-04",
        "put the PRACTICE vignette at the end of the first reel of the year and remove the "
        "audio: the ending is a bit vague, and I'll put the audio directly in the Instagram reel",
        [anywhere(_VIGNETTE_END), anywhere(step("mute"))],
        [anywhere(_VIGNETTE_END), anywhere(step("volume", percent=Below(1), **WHOLE))],
        assets=["vinheta.mp4"],
        probe=VERTICAL,
        note="the vignette after the reel and no sound, either order",
    ),
    do(
        "fresh145-05",
        "steady my video of quite possibly my favorite Hanson song of all time: sorry it's so "
        "jumpy - I was rockin' out!",
        [step("stabilize")],
        note="stabilized, any strength",
    ),
    do(
        "fresh145-06",
        "add light to the poorly lit space in my footage of the fall dances: camera faults were "
        "numerous",
        [_BRIGHTER, maybe(step("contrast", **WHOLE))],
        note="brighter (brightness or gamma), all of it; a contrast change may come with it",
    ),
    do(
        "fresh145-07",
        "crush the black levels on the film scan video a bit (I understand this is a personal "
        "choice, but from my experience working with film and video for over 15 years)",
        [_CRUSH],
        [_CRUSH, _CRUSH],
        note="a little more contrast, a little darker or deeper mid-tones, all of it (one or two)",
    ),
    do(
        "fresh145-08",
        "export the looping video at a smaller pixel size to reduce file size further",
        [_DOWN, maybe(step("quality")), maybe(step("compress"))],
        probe=Probe(width=1920, height=1080),
        note="the 1920x1080 video made smaller, any amount, its shape kept",
    ),
    do(
        "fresh145-09",
        "reduce the background video to about 5Mb without losing quality: it's almost 12Mb, which "
        "is a lot to download",
        [
            anywhere(step("compress", max_mb=Between(4, 6))),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=40.0),
        note="a file of about 5 MB (4 to 6), from almost 12 MB (a resize, a frame rate or a "
        "quality setting may come with it)",
    ),
    do(
        "fresh145-10",
        "compress the mattress background video to a smaller size: it takes quite a while before "
        "it loads and can start playing, and the quality does not need to be perfect since it's "
        "just a textural video",
        [
            anywhere(_SMALLER_FILE),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("mute")),
            maybe(step("codec")),
            maybe(step("quality")),
        ],
        [
            anywhere(_DOWN),
            maybe(step("quality")),
            maybe(step("compress")),
            maybe(step("fps")),
            maybe(step("mute")),
            maybe(step("codec")),
        ],
        probe=Probe(width=1920, height=1080),
        note="a smaller file: a smaller-file setting, a size limit or a smaller picture, in any "
        "combination",
    ),
    no_op(
        "fresh145-11",
        "make the landscape video vertical, e.g. 9:16, so I can publish it as a vertical video: "
        "just put the landscape video in the middle, on a background image I upload",
        "no op",
        assets=["background.jpg"],
        note="the bars filled with a still image; pad fills a colour and blur_fill a blurred copy "
        "of the video",
    ),
    no_op(
        "fresh145-12",
        "give my DJI Osmo Action 5 Pro footage a slight hue change: everything that's yellow looks "
        "kinda harsh yellow/orange",
        "no op",
        note="a hue shift of the yellows; no operation turns the hue (saturation and the looks "
        "change the colour's strength or the whole tint)",
    ),
    ask(
        "fresh145-13",
        'fix the video of Caleb\'s famous "Caleb Dance": I had recorded it sideways (I take so '
        "many vertical pictures, I didn't even think about orienting my video to play properly on "
        "the computer)",
        "which way to turn it (clockwise or counter-clockwise)",
        (
            "which way",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "direction",
            "left",
            "right",
            "which",
        ),
        probe=Probe(width=640, height=480),
    ),
    ask(
        "fresh145-14",
        "make the start of the SciELO reel (up to 00:05) a little opaque and put a cover with a "
        "title on it",
        "what the title says (its words)",
        ("title", "what text", "which text", "words", "what should", "what", "text"),
        probe=Probe(duration=70.0, width=1080, height=1920),
    ),
    ask(
        "fresh145-15",
        'take out the sound of the little bell ("sininho") at the end, when the PRACTICE symbol '
        "appears",
        "when the bell rings (the time, or how much of the end)",
        (*WHICH_PART, "how long", "how much", "seconds", "bell"),
        probe=VERTICAL,
    ),
    ask(
        "fresh145-16",
        "trim, colour and stabilize the 2023-07-22 wedding stock drone footage",
        "what to trim (which part to keep) and what colour change",
        (*WHICH_PART, "which part", "colour", "color", "what", "how"),
    ),
    ask(
        "fresh145-17",
        "overlay a like/subscribe/notification bell animation, as well as a logo image, on the "
        "video",
        "the animation and the logo (their files)",
        ("file", "which", "animation", "logo", "image", "provide", "upload", "attach", "what"),
    ),
    out_of_scope(
        "fresh145-18",
        "generate the animation in vertical format: Douyin and YouTube are both pushing vertical "
        "videos",
        "an AI animation generator's output (making a video from a prompt), not an edit of a "
        "given file",
    ),
    out_of_scope(
        "fresh145-19",
        "let me adjust the video's delay while leaving the audio where it is: my wireless "
        "bluetooth headphones delay the audio quite a bit (177 ms), which causes it to be out of "
        "sync with the video",
        "a live stream player's playback delay (watching Twitch), not an edit of a file",
    ),
    out_of_scope(
        "fresh145-20",
        "make the reel full screen by default for all the reels, as now it is only for the "
        "currently playing reel",
        "a patched Instagram app's reel viewer, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
