"""A three-hundred-and-forty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh344.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh341's, the
rows are short, typical asks, all from GitHub issues of mobile and simple desktop video apps and
libraries (IINA, mpv-android, a Cordova video editor, easy_video_editor, Open Video Editor,
diVine, OpenScreen, Compressor, LibreCuts, VideoCompress, Seal, NewPipe, Grayjay, LosslessCut
and Quelea): a .mov exported as .mp4, an MP4 made an MP3, the sound removed before an upload, a
front camera's video mirrored back, an audio track added, black and white before exporting, bad
late-night lighting fixed, a re-encode at 720p for WhatsApp, a rotation with no direction, a
resize with no size, a soft start of unsaid length, an alarm tone from an unsaid part, text with
no words, an mp3 download, a player's loop, a voice-over recorded in an app, a cutter's frame
accuracy and a projection program's trimmers.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, Above, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh344.md")

_MP4 = step("convert", format="mp4")
_BW = step("grayscale", **WHOLE) | step("saturation", percent=Between(-100, -99), **WHOLE)
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)
_720 = step("resize", lines=720) | step("resize", height=720)
_LOWER_RATE = step("quality", level="small") | step("compress", max_mb=Between(5, 37))
_PHONE = Probe(duration=30.0, width=1080, height=1920)
_LOOP6 = Probe(duration=6.3, width=1080, height=1920)

CASES: tuple[Case, ...] = (
    do(
        "fresh344-01",
        "export this .mov file into a .mp4 video format: Apple canceled the possibility to recode "
        "videos",
        [_MP4, maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), _MP4],
        probe=Probe(duration=60.0),
        note="the .mov saved as an .mp4",
    ),
    do(
        "fresh344-02",
        "convert this MP4 file to MP3, similar to how other media players allow audio extraction",
        [step("extract_audio", format="mp3") | step("convert", format="mp3")],
        probe=Probe(duration=240.0),
        note="the sound alone, as an mp3",
    ),
    do(
        "fresh344-03",
        "remove the audio from this video before I upload it to a server",
        [step("mute")],
        probe=Probe(duration=45.0),
        note="no sound track",
    ),
    do(
        "fresh344-04",
        "mirror this video taken with the android front facing camera: such videos tend to be "
        "flipped, so you have to flip them yourself afterwards",
        [step("flip", direction="horizontal")],
        probe=_PHONE,
        note="mirrored left to right, as a front camera's picture is",
    ),
    do(
        "fresh344-05",
        "add this audio track to the video",
        [step("add_music", file="audio.mp3")],
        assets=["audio.mp3"],
        probe=Probe(duration=60.0),
        note="the audio file mixed under the video's own sound",
    ),
    do(
        "fresh344-06",
        "make this video black and white before exporting it, to quickly stylize it without "
        "needing to edit it in a separate application",
        [_BW],
        probe=_LOOP6,
        note="black and white, all of it",
    ),
    do(
        "fresh344-07",
        "fix the lighting of this video: lighting is really bad while filming, I was filming super "
        "late at night",
        [_BRIGHTER],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="lighter: brightness up, or the mid-tones lifted",
    ),
    do(
        "fresh344-08",
        "re-encode this 37MB video with max 1 Mbit/s and 720p, even if the file gets larger than "
        "the source, so that WhatsApp sends it directly without compressing it another time",
        [_720, maybe(_LOWER_RATE)],
        [_LOWER_RATE, _720],
        probe=Probe(duration=120.0),
        note="720p, maybe with a smaller quality or size (about 1 Mbit/s is some 15 MB here)",
    ),
    ask(
        "fresh344-09",
        "rotate this video: there doesn't seem to be a way to rotate video",
        "which way (clockwise, counterclockwise or upside down)",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "counterclockwise",
            "left or right",
            "degrees",
            "180",
        ),
        probe=_PHONE,
    ),
    ask(
        "fresh344-10",
        "resize the dimensions of this video",
        "to what size (none is given)",
        (
            "what size",
            "which size",
            "resolution",
            "dimensions",
            "width",
            "height",
            "how big",
            "how small",
            "pixels",
            "720p",
        ),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh344-11",
        "trim this clip to shave off its soft start (my finger still moving toward the record "
        "button) and the beat of silence at the end",
        "how much of the start (to where)",
        ("how much", "how many seconds", "how long", *WHICH_PART),
        probe=_LOOP6,
    ),
    ask(
        "fresh344-12",
        "cut/trim this mp4 to make a short music for my alarm",
        "which part (from when to when)",
        WHICH_PART,
        probe=Probe(duration=200.0),
    ),
    ask(
        "fresh344-13",
        "add custom text as an overlay on this video, just like Snapchat, with rotating and "
        "scaling",
        "what text (none is given)",
        ("what text", "which text", "the text", "what should", "words", "say", "wording"),
        probe=Probe(duration=15.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh344-14",
        "download the audio file of this video as .mp3: the MP4 option is good, but I had some "
        "problems with it when I tried to edit it",
        "downloading from a video site, not an edit of a given file",
    ),
    out_of_scope(
        "fresh344-15",
        "loop this video over and over again, instead of having to re-enter the app every time "
        "the video ends",
        "a player app's repeat setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh344-16",
        "let me record a voice-over directly inside the editor and synchronize it with this "
        "video's timeline, to create narrated tutorials",
        "recording a voice-over in an app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh344-17",
        "make LosslessCut trim the video from the exact frame to the frame that we want: right now "
        "there is a mismatch from the frames we selected",
        "a program's cutting accuracy (a bug report), not an edit of a given file",
    ),
    out_of_scope(
        "fresh344-18",
        "add trimmers (where the video starts and stops) to the video player of the projection "
        "program: sometimes you just want to show a section of the video",
        "a presentation program's player setting, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
