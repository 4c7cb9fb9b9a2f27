"""A three-hundred-and-thirty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh338.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh337's, the
rows are short, typical asks; all 10 come from GitHub issues (office, training, meeting and
evidence recordings: Evercam, BigBlueButton, Frigate, Captura, ONLYOFFICE, Slidev, Nextcloud Talk
and TalkTrack): a running timestamp burnt into camera footage, stills at a lecture's slide
changes, footage exported from an NVR for a theft and from several cameras at once, a screen
zoomed while recording, chat and participants kept out of a recording, a presentation exported as
a video, a recording's frame rate, a call's thumbnails hidden and a long recording transcribed.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import no_op, out_of_scope
from .score import Case, Probe

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh338.md")

CASES: tuple[Case, ...] = (
    no_op(
        "fresh338-01",
        "burn the timestamp into this camera footage on export, the timestamp effect as normally "
        "burnt on the image",
        "no op: the running date and time drawn on every frame; no operation draws a running clock",
        probe=Probe(duration=600.0, width=1920, height=1080),
    ),
    no_op(
        "fresh338-02",
        "generate thumbnails from the shared screen of this lecture recording, ideally at the "
        "scene (i.e. slide) changes, not at regular intervals, which is very useful for students "
        "playing back the recording",
        "no op: one still at each slide change; no operation takes stills where the picture "
        "changes",
        probe=Probe(duration=5400.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh338-03",
        "export a time range of my camera's recorded footage where an event was not tagged: "
        "someone stole my neighbor's lawn furniture right across the street",
        "exporting a time range from an NVR's rolling recordings, not an edit of a given video "
        "file",
    ),
    out_of_scope(
        "fresh338-04",
        "export the same time frame from multiple cameras simultaneously, to make sure all angles "
        "were covered for the same time frame",
        "exporting recordings of several cameras from an NVR, not an edit of one video",
    ),
    out_of_scope(
        "fresh338-05",
        "zoom into the recorded screen with hotkeys while I record video tutorials",
        "zooming live while recording the screen, not an edit of a video file",
    ),
    out_of_scope(
        "fresh338-06",
        "exclude the chat as well as the list of participants from the recording of our classes, "
        "because we need a recording without personal data of the participants",
        "a setting of a meeting program's recording, not an edit of a video file",
    ),
    out_of_scope(
        "fresh338-07",
        "export this presentation (pptx) as video, like newer versions of Microsoft PowerPoint do",
        "rendering a slide presentation as a video in an office suite, not an edit of a video file",
    ),
    out_of_scope(
        "fresh338-08",
        "record my presentation at 60 FPS and a higher bitrate instead of 15 FPS, which gives "
        "laggier mouse movements",
        "a recording setting of a presentation program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh338-09",
        "hide the video thumbnails of the other users while someone shares the screen in our "
        "video call, so the shared screen is in real full screen",
        "a view setting of a video-call program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh338-10",
        "transcribe this 3 hour long recording (I have the mp3 audio and also the mp4 video)",
        "a transcript of the speech, not an edit of the video",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
