"""A three-hundred-and-fifty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh355.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh353's, the
rows are short, typical asks of Apple and iPhone users; 10 come from GitHub issues and 5 from
blog posts and an Apple developer forum thread (OpenRV, CSVideoReverse, Signal-iOS, mini-cut,
nginx-vod-module, videomonkey, IINA, FlowVision, sView, Open Radar, iMovie for iPhone and
iMovie '08 blogs, an iPhone time-lapse): an iPhone mp4 upside down, a reversed video with its
sound, a Live Photo as a gif, a new audio embedded, fades from and to black, black and white, a
portrait .MOV streamed sideways, a .MOV as a .WMV, a trim with no times, a title for part of a
clip, a 200 fps video slow or real time, photos made a movie, a viewer's H.265 support, a
player's rotation flag and a screen recorder's status bar.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh355.md")

_PORTRAIT = {"width": 1080, "height": 1920}

CASES: tuple[Case, ...] = (
    do(
        "fresh355-01",
        "fix the orientation of this mp4 someone sent me from their iPhone: it appears upside down",
        [step("rotate", degrees=180)],
        probe=Probe(duration=30.0),
        note="a half turn",
    ),
    do(
        "fresh355-02",
        "reverse this video with its sound playing too: the reversed video comes out with the "
        "sound muted",
        [step("reverse")],
        probe=Probe(duration=15.0, **_PORTRAIT),
        note="played backwards, sound and picture",
    ),
    do(
        "fresh355-03",
        "make this Live Photo's video into an animated gif to send: it just sends as a still "
        "image when I want to send it as an animated gif",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=3.0, width=1440, height=1080),
        note="the short clip as an animated GIF",
    ),
    do(
        "fresh355-04",
        "mute this video's audio while embedding a new audio",
        [step("replace_audio", file="audio.mp3")],
        [step("mute"), step("add_music", file="audio.mp3")],
        assets=["audio.mp3"],
        probe=Probe(duration=60.0),
        note="the new audio instead of the video's own",
    ),
    do(
        "fresh355-05",
        "fade this little video I edited with the iMovie for iPhone app from black at the start "
        "and to black at the end: the app lacks the native capacity to do so",
        [anywhere(step("fade", direction="in")), anywhere(step("fade", direction="out"))],
        probe=Probe(duration=90.0, width=1280, height=720),
        note="faded in from black at the start and out to black at the end",
    ),
    do(
        "fresh355-06",
        "make this clip look black and white, for a film noir: iMovie '08 lost its Black & "
        "White effect",
        [step("grayscale")],
        probe=Probe(duration=45.0),
        note="the whole clip in black and white",
    ),
    do(
        "fresh355-07",
        "fix this .MOV recorded with an iPhone in portrait mode so that it streams in the "
        "correct orientation: the HLS stream made from it displays sideways",
        [step("reencode")],
        [step("convert", format="mp4")],
        [step("codec", codec="h264")],
        probe=Probe(duration=60.0, **_PORTRAIT),
        note="re-encoded with the file's own rotation applied; no further turn",
    ),
    no_op(
        "fresh355-08",
        "convert this QuickTime .MOV to a .WMV, the right way up: when I converted it, the "
        "result played upside down",
        "no op: promptcut writes no .wmv files",
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    ask(
        "fresh355-09",
        "simply trim this video's length",
        "from when to when (what to keep or cut off)",
        ("from when", "which part", "start", "end", "how much", "how long", "seconds"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh355-10",
        "have the title show up for just a portion of this clip",
        "what the title says, and for which portion (from when to when)",
        ("what text", "which text", "what should", "title say", "which part", "from when", "when"),
        probe=Probe(duration=30.0, width=1280, height=720),
    ),
    ask(
        "fresh355-11",
        "save this video, recorded at about 200 fps, so that it plays constantly slow or at "
        "real time speed",
        "which of the two, and if slow, how slow",
        ("which", "slow", "real time", "how slow", "speed"),
        probe=Probe(duration=10.0, fps=200.0),
    ),
    out_of_scope(
        "fresh355-12",
        "turn these 1000 images in iPhoto, taken with the TimeLapse app every 15 seconds along "
        "a trip, into a movie",
        "a movie made from still photos, not an edit of a video file",
    ),
    out_of_scope(
        "fresh355-13",
        "play H.265 MP4s in this image viewer: attempting to play them gives an 'unsupported "
        "format' error, and the only way is to right click and open with QuickTime",
        "a viewer app's codec support, not an edit of a video file",
    ),
    out_of_scope(
        "fresh355-14",
        "play videos taken from my iPhone right side up in sView: it ignores the rotation flag "
        "in Apple's .mov format, while Windows Movie player plays them right-side up",
        "a player's reading of the file's rotation flag; the file is upright elsewhere",
    ),
    out_of_scope(
        "fresh355-15",
        "do not show the red/blue status bar in the resultant screen recording file: it would "
        "be really nice if the status bar was normal in the recording, as when you record via "
        "QuickTime on your Mac",
        "how iOS's screen recorder draws the status bar, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
