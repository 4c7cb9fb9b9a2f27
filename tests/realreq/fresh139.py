"""A hundred-and-thirty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh139.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh137's, the
rows are short, typical asks, like the development set's; 18 come from GitHub issues and a pull
request: a Tesla music copier, a lab's website, a background-video plugin, an OS's website, an
animation program, digital.gov, an Android audio recorder, a music-generation model, a wallet's
setup scripts, a WSL guide, youtube-dl, OpenShot, a website's tracker, a buying-group app, a
transcript-based audio editor, a course's repository, Frigate's add-on and an Instagram tweak;
one from a VEGAS forum thread and one from a personal blog post. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and
`[needs analysis]` rows refusals of DOABLE asks no operation does. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh139.md")

#: The 1920x1080 video scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller-file setting.
_SMALL_SETTING = step("quality", level=AnyOf("small", "balanced"))

#: The middle 30 s (15 to 45) of the 60 s clip kept.
_MIDDLE = step("trim", start=15, end=45) | step("keep_ranges", ranges=[[15, 45]])

#: Played backwards.
_BACK = step("reverse")

#: Half speed, all of what is left.
_HALF = step("speed", factor=0.5, **WHOLE)

#: A fade in and a fade out of the sound (alone or with the picture), any length.
_FADE_IN = step("fade", direction="in", target=AnyOf("audio", "both"))
_FADE_OUT = step("fade", direction="out", target=AnyOf("audio", "both"))

CASES: tuple[Case, ...] = (
    do(
        "fresh139-01",
        "convert the m4a song to FLAC, so I can see if that will work on my car: my Model 3 will "
        "not load the m4a files",
        [step("extract_audio", format="flac") | step("convert", format="flac")],
        probe=Probe(duration=240.0),
        note="the song as a FLAC file",
    ),
    do(
        "fresh139-02",
        "make the middle 30 seconds of my 1 minute clip go backwards at half speed (-50%), so it "
        "is twice as long",
        [_MIDDLE, _BACK, _HALF],
        [_MIDDLE, _HALF, _BACK],
        [_BACK, _MIDDLE, _HALF],
        probe=Probe(duration=60.0),
        note="15 s to 45 s kept, reversed and at half speed (60 s), reverse and speed either order",
    ),
    do(
        "fresh139-03",
        "create a low resolution version of the intro video for mobile users: it has a large "
        "file size",
        [_DOWN, maybe(_SMALL_SETTING), maybe(step("fps"))],
        note="a smaller picture than 1920x1080, its shape kept (a smaller-file setting or a lower "
        "frame rate may come with it)",
    ),
    do(
        "fresh139-04",
        "compress the video used in the example page more: on my side the video plays and stops "
        "regularly, buffering problems I presume",
        [
            anywhere(_SMALL_SETTING | step("compress", max_mb=Above(0))),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("mute")),
        ],
        [_DOWN, maybe(_SMALL_SETTING), maybe(step("fps")), maybe(step("mute"))],
        note="a smaller file: a smaller-file setting, a size target or a smaller picture (a lower "
        "frame rate, or the background video muted, may come with it)",
    ),
    do(
        "fresh139-05",
        "use some compression on the features.webm clip: it is >90MB, that's way too big",
        [
            anywhere(step("compress", max_mb=Below(90)) | _SMALL_SETTING),
            maybe(step("convert", format="webm")),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        [
            _DOWN,
            maybe(_SMALL_SETTING),
            maybe(step("convert", format="webm")),
            maybe(step("fps")),
        ],
        note="a smaller file than its 90 MB: a size target, a smaller-file setting or a smaller "
        "picture (kept a webm)",
    ),
    do(
        "fresh139-06",
        "export the sound track only, as WAV: this would tremendously simplify editing later on "
        "in an external video editor",
        [step("extract_audio", format="wav") | step("convert", format="wav")],
        note="the sound alone, as a wav",
    ),
    do(
        "fresh139-07",
        "rotate my cute video of Kazon accurately, without it being smashed from top to bottom: I "
        "was holding the camera sideways, and I'd love to share it",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(width=640, height=480),
        note="a quarter turn either way of the 640x480 video (480x640, its shape kept)",
    ),
    do(
        "fresh139-08",
        "add a title card for the 11/14 event, Federal Plain Language Report Card, to its video",
        [
            step("text", start=AnyOf(None, Between(0, 1)), end=Between(1, 15)),
            maybe(step("fade")),
        ],
        note="the event's title drawn at the start, for a few seconds",
    ),
    do(
        "fresh139-09",
        "remove the last second of the record: when we tap on the stop button very loudly, it is "
        "heard on the record",
        [step("trim", start=0, end=Between(28.8, 29.1))],
        [step("cut", start=Between(28.8, 29.1), end=Between(29.9, 30))],
        probe=Probe(duration=30.0),
        note="the last second of the 30 s recording taken off",
    ),
    do(
        "fresh139-10",
        "fade the rendered song in and out: some renders start abruptly, but more frequently the "
        "ends do",
        [_FADE_IN, _FADE_OUT],
        [_FADE_OUT, _FADE_IN],
        probe=Probe(duration=180.0),
        note="the song faded in at the start and out at the end, any length, either order",
    ),
    no_op(
        "fresh139-11",
        "cut out the wait times from the demo video, to get a video length under 5-10 minutes",
        "needs analysis",
        note="finding where the setup only waits (no times are given); neither silence nor black "
        "marks them",
    ),
    no_op(
        "fresh139-12",
        "splice the corrected section into the third WSL video, in place of its blurry section "
        "from approx. 29:17 to 31:07",
        "no op",
        assets=("corrected.mp4",),
        probe=Probe(duration=3000.0),
        note="a clip put in the middle in place of a section: cut alone drops it, join only adds "
        "clips at the start or the end",
    ),
    ask(
        "fresh139-13",
        "create a ringtone from the video: a shorter audio clip from the audio extracted from it",
        "which part (where the clip starts and ends)",
        (*WHICH_PART, "how long", "seconds", "part"),
    ),
    ask(
        "fresh139-14",
        "remove 14 seconds off the Zoom video, keeping the file as small as the Zoom download: "
        "when I make a simple change, the file is like 5 times the original",
        "which 14 seconds (from the start, the end or where)",
        (*WHICH_PART, "which 14", "beginning", "seconds"),
    ),
    ask(
        "fresh139-15",
        "key in a different freeze frame of the video as its poster image: it's auto-picked the "
        "worst spot, I feel",
        "which frame (the time)",
        ("which", "frame", "when", "time", "second", "where", "what", "moment"),
    ),
    ask(
        "fresh139-16",
        "speed up the parts of the walkthrough video where the user is clicking, setting up order "
        "config, anything like that (it takes too long when presenting), and slow down on the "
        "order summary screen: we need time to talk about what's happened",
        "where those parts are (their times), and how much faster and slower",
        (*WHICH_PART, "which parts", "how much", "how fast", "how slow", "factor", "times"),
    ),
    ask(
        "fresh139-17",
        "cut a few sentences from the longer audio file and export just those",
        "which sentences (where they start and end)",
        (*WHICH_PART, "which sentences", "sentences", "seconds"),
    ),
    out_of_scope(
        "fresh139-18",
        "record the lectures so they can be downloaded: my internet is unstable and makes the "
        "quality of the stream extremely low (unwatchable at times)",
        "recording a course's streamed lectures, not an edit of a given file",
    ),
    out_of_scope(
        "fresh139-19",
        "enable zoom in the recording and live playback: on the phone it is inconvenient to "
        "download videos just for the zoom functionality to make out small objects",
        "a feature of the camera add-on's player (zooming as it plays), not an edit of a given "
        "file",
    ),
    out_of_scope(
        "fresh139-20",
        "let me save Instagram lives with good quality video, maybe even if I wasn't on at the "
        "time to view it live",
        "saving (downloading) Instagram's live streams, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
