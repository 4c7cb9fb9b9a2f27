"""A three-hundred-and-thirty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh335.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh333's, the
rows are short, typical asks of social media managers, marketers and advertisers; 9 come from
GitHub issues, one from an ad agency's tip and one from Twitter's developer forum (Instagram-API,
reframe, nprapps, instagrapi, Signal, OpenShot, postiz): a story video trimmed to 15 seconds, a
Snapchat ad compressed to 32 MB, a logo watermark at the bottom right, 5.1 sound refused by
Twitter, a bumper not given, and uploads, a story splitter, a song to post, a platform's quality
loss and a muted story, none an edit of the given file.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh335.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh335-01",
        "trim this Instagram story video so it is accepted: Instagram only accepts story videos "
        "that are between 3 and 15 seconds long, and this one is 15.040 seconds long",
        [step("trim", start=AnyOf(0, None), end=Between(3.0, 15.0))],
        probe=Probe(duration=15.04, width=1080, height=1920, fps=25.0),
        note="at most 15 seconds kept, from the start",
    ),
    do(
        "fresh335-02",
        "reduce the file size of this 10 second Snapchat ad so it fits the 32 MB limit, without "
        "having to re-open the video project",
        [step("compress", max_mb=Between(1, 32)), maybe(_SMALLER_1080)],
        [_SMALL, maybe(_SMALLER_1080)],
        probe=Probe(duration=10.0, width=1080, height=1920),
        note="a smaller file, under 32 MB",
    ),
    do(
        "fresh335-03",
        "add my logo as a watermark overlay on this video, at the bottom right with 70% opacity, "
        "to brand the content before exporting",
        [step("overlay_image", file="logo.png", position="bottom-right", opacity=70)],
        assets=["logo.png"],
        probe=Probe(duration=30.0),
        note="the logo at the bottom right, 70% opaque",
    ),
    no_op(
        "fresh335-04",
        "make this sample video acceptable for upload to Twitter: it returns Unsupported video, "
        "because Twitter supports mono and stereo audio and this video has 5.1 audio",
        "no op: the 5.1 sound downmixed to stereo; no operation mixes or remaps channels",
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    ask(
        "fresh335-05",
        "add a bumper to the facebook video",
        "which bumper (no clip or logo is given), and at the start or the end",
        ("which", "bumper", "clip", "file", "provide", "start", "end"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh335-06",
        "upload this video of more than 3 minutes to my Instagram story: it always returns "
        '"Transcode error: Video is too long"',
        "uploading to Instagram with an API, not an edit",
        probe=Probe(duration=200.0),
    ),
    out_of_scope(
        "fresh335-07",
        "fix the video stories chunked into multiple parts: there are noticeable cutoffs between "
        "them, so words can be lost",
        "a messaging app's splitting of story uploads, not an edit of a file",
    ),
    out_of_scope(
        "fresh335-08",
        "turn this song into a video so I can publish it to Twitter and Mastodon: both don't "
        "accept audio files",
        "making a video from an audio file (and a picture), not an edit of a video",
    ),
    out_of_scope(
        "fresh335-09",
        "stop the heavy quality loss after uploading my short timelapse videos to Instagram: "
        "after the upload the resolution looks more like 144p or 240p",
        "Instagram's processing of uploads, not an edit of the file",
        probe=Probe(duration=30.0, width=1080, height=1080, fps=30.0),
    ),
    out_of_scope(
        "fresh335-10",
        "only the first minute of the video is uploaded to Instagram: upload it in chunks",
        "a scheduling tool's upload, not an edit",
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh335-11",
        "find out why this video is muted when I send it as a story: I checked the audio codec "
        "is aac",
        "a posting API's bug, not an edit",
        probe=Probe(duration=15.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
