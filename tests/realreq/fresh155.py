"""A hundred-and-fifty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh155.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh153's, the
rows are short, typical asks, like the development set's, mostly hobbyists' own videos and
sounds; 16 come from GitHub issues and pull requests (an Instagram scheduler, a flight
simulator's docs, Bambu Studio, WeakAuras, a sign-language tool, the Zynthian synthesizer, a game
server's sound files, a 3DS image sharer, Shutter Encoder, GoPro Labs, a music-and-motion toolbox,
a parent's dotfiles tracker, the FPV goggles' wtfos and a GoPro dashboard overlay tool), one from
askubuntu and two from personal blogs (a crochet tutorial maker, a 4x4 driver). Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh155.md")

#: The text the "Flight of XX" clip shows from 0:10.
_LEAD = "Communication only needs to be made with the lead aircraft"

#: The 1920x1080 video between 480 and 720 pixels wide, its shape kept.
_INSTAGRAM_WIDTH = (
    step("resize", width=Between(480, 720), height=AnyOf(None, Between(270, 405)))
    | step("resize", height=Between(270, 405), width=AnyOf(None, Between(480, 720)))
    | step("resize", lines=Between(270, 405))
    | step("resize", percent=Between(25, 37.5))
)

#: Any smaller picture of the 1920x1080 video, its shape kept.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: About a second off each end of the 5.1 s sign video: where the kept part starts and ends.
_ABOUT_A_SECOND = [(s, e) for s in (0.5, 1, 1.5) for e in (3.6, 4, 4.1, 4.6)]

CASES: tuple[Case, ...] = (
    do(
        "fresh155-01",
        "convert the video to the ideal size: Instagram only accepts videos that are between 480 "
        "and 720 pixels wide, and my file is 1920 pixels wide",
        [
            _INSTAGRAM_WIDTH,
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
        ],
        probe=Probe(width=1920, height=1080),
        note="480 to 720 pixels wide, aspect kept (e.g. 720x405)",
    ),
    do(
        "fresh155-02",
        'make the "Flight of XX" video clip for the ATC guide: start at 0:02, at 0:10 insert the '
        'text "Communication only needs to be made with the lead aircraft", end at 0:43',
        [step("trim", start=2, end=43), step("text", text=_LEAD, start=Between(7.5, 8.5))],
        [
            step("keep_ranges", ranges=[[2, 43]]),
            step("text", text=_LEAD, start=Between(7.5, 8.5)),
        ],
        [step("text", text=_LEAD, start=Between(9.5, 10.5)), step("trim", start=2, end=43)],
        [
            step("text", text=_LEAD, start=Between(9.5, 10.5)),
            step("keep_ranges", ranges=[[2, 43]]),
        ],
        note="0:02 to 0:43 kept, the text from 0:10 of the original (8 s into the clip)",
    ),
    do(
        "fresh155-03",
        "convert the print's timelapse video so it plays natively on my Mac: when I download the "
        "timelapse videos captured during a print, they're in .avi format (so far I've been "
        "converting them all to h265 .mov files)",
        [
            step("convert", format=AnyOf("mov", "mp4")),
            maybe(step("codec", codec=AnyOf("hevc", "h264"))),
            maybe(step("quality")),
        ],
        note="a .mov or .mp4 (H.265 or H.264)",
    ),
    do(
        "fresh155-04",
        "change the frame rate of the 120fps GoPro video to play it back at 30fps, for a "
        "slow-motion effect (without re-encoding if possible: it is slow, and obviously a quality "
        "issue)",
        [
            step("speed", factor=0.25, **WHOLE),
            maybe(step("fps", fps=30)),
            maybe(step("mute")),
            maybe(step("quality", level="high")),
        ],
        probe=Probe(fps=120.0),
        note="every 120 fps frame shown at 30 fps: a quarter speed, 4x as long",
    ),
    do(
        "fresh155-05",
        "make my 8 minute HD crochet video a smaller file: it ran 395MB, which makes it difficult "
        "to hand to my editor at AllFreeCrochet.com for her approval",
        [
            step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(395)),
            maybe(step("resize")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        [
            _DOWN,
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        [step("codec", codec="hevc"), maybe(step("quality", level=AnyOf("small", "balanced")))],
        probe=Probe(duration=480.0),
        note="a smaller file than the 395 MB",
    ),
    do(
        "fresh155-06",
        'trim the length of the "Rain" sound so it only plays for 0.5 seconds instead of its full '
        "2-3 second duration: longer sound files could easily become short and less intrusive",
        [
            step("trim", start=0, end=Between(0.45, 0.55)),
            maybe(step("fade", direction="out")),
            maybe(step("convert")),
        ],
        probe=Probe(duration=2.5),
        note="the first half second of the sound kept",
    ),
    do(
        "fresh155-07",
        "trim the ASL Citizen video of the sign GOD: it has about a second of non-signing before "
        "and after the actual sign",
        [step("trim", start=Between(0.5, 1.5), end=Between(3.6, 4.6))],
        [step("keep_ranges", ranges=AnyOf(*([[s, e]] for s, e in _ABOUT_A_SECOND)))],
        [step("cut_ranges", ranges=AnyOf(*([[0, s], [e, 5.1]] for s, e in _ABOUT_A_SECOND)))],
        probe=Probe(duration=5.1, fps=30.0),
        note="about a second off each end of the 5.1 s (153-frame) clip",
    ),
    do(
        "fresh155-08",
        "normalise the audio recording: the audio records are often fairly low level (it saves "
        "having to bounce it out to Audacity)",
        [LOUDER],
        note="normalized (or made louder), all of it",
    ),
    do(
        "fresh155-09",
        "lower the volume of train_horn.ogg by roughly 3/4: it was ear piercingly loud, and it "
        "should sound more distant",
        [
            step("volume", percent=Between(20, 35), **WHOLE)
            | step("volume", db=Between(-14, -9), **WHOLE),
            maybe(step("convert", format="ogg")),
        ],
        note="about a quarter of the level (-12 dB), all of it",
    ),
    do(
        "fresh155-10",
        "convert my New 3DS camera recording to an MP4 with just one of its two video feeds: the "
        "New 3DS stores camera recordings in an AVI container with MJPG video and WAV audio, which "
        "doesn't work well in most media players",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        note="an MP4 (H.264): a conversion keeps one video stream",
    ),
    do(
        "fresh155-11",
        'make the "Back-Taxi" video clip for the ATC guide: start at 0:00, cut 0:57 to 2:20, end '
        "at 2:47",
        [step("keep_ranges", ranges=[[0, 57], [140, 167]])],
        [step("trim", start=0, end=167), step("cut", start=57, end=140)],
        [step("cut", start=57, end=140), step("trim", start=0, end=84)],
        [step("cut_ranges", ranges=[[57, 140], [167, 180]])],
        probe=Probe(duration=180.0),
        note="0:00-0:57 and 2:20-2:47 kept, joined",
    ),
    no_op(
        "fresh155-12",
        "softcode/embed the subtitles from the pre-existing .srt file inside the mkv video file",
        "no op",
        assets=["subs.srt"],
        note="no op: adding the .srt as a subtitle track (soft subtitles); subtitles burns the "
        "lines into the picture, and no operation muxes a subtitle stream",
    ),
    no_op(
        "fresh155-13",
        "straighten the horizon of my Mission 1 Pro video: the horizon lock kept it tilted as it "
        "was when I started recording, with the camera not straight",
        "no op",
        note="no op: levelling the horizon turns the picture by a small angle (known from the "
        "gyro data); rotate turns only by quarter turns",
    ),
    ask(
        "fresh155-14",
        "trim out only 1 minute in the middle of the long (2h) video file",
        "which minute (where it starts)",
        (*WHICH_PART, "which minute", "minute"),
        probe=Probe(duration=7200.0),
    ),
    ask(
        "fresh155-15",
        "edit the video of when I drove my Range Rover across the Simpson Desert: it's about 2 "
        "hours long, so it needs some real brutal editing",
        "which parts to keep (what to cut out of the 2 hours)",
        (*WHICH_PART, "which parts", "keep", "cut", "how long"),
        probe=Probe(duration=7200.0),
    ),
    ask(
        "fresh155-16",
        "make one good video of Rune's basketball videos, using highlights from all the rest",
        "which moments are the highlights (and of which videos)",
        (*WHICH_PART, "highlight", "moment", "which clips", "which videos", "files"),
    ),
    out_of_scope(
        "fresh155-17",
        "record a mic plugged into the AV port on the goggles with the DVR: I do lots of "
        '"quick" videos for my flying club\'s facebook page, and currently I use my phone to '
        "record the chat going on between the pilots as the sound track",
        "recording a microphone into the FPV goggles' DVR, a device's feature, not an edit of a "
        "file",
    ),
    out_of_scope(
        "fresh155-18",
        "render only the overlay video from my GPX file, with a green or transparent background, "
        "without an input video: my camera's footage has no telemetry, and I'd merge the overlay "
        "with it myself in Kdenlive or Shotcut",
        "generating an overlay video from a GPX track's data, not an edit of a given file",
    ),
    out_of_scope(
        "fresh155-19",
        "allow an option to zoom in on the printer camera's video like you can with the app: "
        "sometimes the print isn't close enough to the camera to be useful",
        "zooming a 3D printer's live camera view in the slicer, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
