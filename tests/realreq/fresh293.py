"""A two-hundred-and-ninety-third fresh, held-out collection of real requests
(tests/realreq/fresh293.md): one checkable case a row, encoded the way fresh289.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh289's, the
rows are short, typical asks; all 15 come from GitHub issues and pull requests (a video
management system's scripts, an object detector, a README list, a hackathon team, a game
developers' working group, a media archive, a developer-relations team, a government registry
team, a university's media programme, a silence cutter, a recorder app, a restreamer, a slider
library, a media site and a video platform): an MKV export made MP4, an .avi made .mp4, a
trailer compressed to 10 MB, a demo made 1080p under 30 MB, a 1.2 GB meeting made smaller,
color bars and dead space to find, one interview made several videos, an edit with nothing
named, a vignette and cover with no file, an introduction blanked with no times, a recorder's
option, a stream's volume, a slider's sound, a site's upside-down playback and a platform's
preview GIF.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh293.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_R1080 = step("resize", lines=1080) | step("resize", height=1080, width=AnyOf(None, 1920))
_UNDER_30 = step("compress", max_mb=Between(1, 30))
_UNDER_10 = step("compress", max_mb=Between(1, 10))
_SMALLER_PICTURE = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh293-01",
        "convert this MKV export of the camera footage to MP4: the ingestor requires mp4 "
        "formatted video",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=600.0),
        note="an MP4 of the export",
    ),
    do(
        "fresh293-02",
        "save this webcam detection video as an .mp4 instead of .avi, so I can then put it in "
        "an html file: .avi is not supported in the Google Chrome browser",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=120.0, width=1280, height=720),
        note="an .mp4 the browser plays",
    ),
    do(
        "fresh293-03",
        "compress this 80 MB mp4 trailer to 10 MB so that it can be embedded in the readme: "
        "github does not allow to upload video files bigger than 10MB (though it seems "
        "impossible without making quality very poor)",
        [_UNDER_10, maybe(_SMALLER_PICTURE)],
        [_SMALLER_PICTURE, _UNDER_10],
        probe=Probe(duration=120.0),
        note="under 10 MB, a smaller picture allowed",
    ),
    do(
        "fresh293-04",
        "export this demo video in 1080p, under 30 MB, to host it on YouTube unlisted or as a "
        "GitHub release asset",
        [_R1080, _UNDER_30],
        [_UNDER_30, _R1080],
        probe=Probe(duration=90.0, width=2560, height=1440),
        note="1080p and under 30 MB",
    ),
    do(
        "fresh293-05",
        "make this meeting recording smaller: it recorded properly and hit almost exactly 1 "
        "hour (1:00:26), but the file is 1.2gb so I don't know how I can easily send it to "
        "someone else",
        [step("compress", max_mb=Below(1200)), maybe(_SMALLER_PICTURE)],
        [_SMALLER_PICTURE, step("compress", max_mb=Below(1200))],
        [step("quality", level="small"), maybe(_SMALLER_PICTURE)],
        [_SMALLER_PICTURE, maybe(step("quality", level="small"))],
        probe=Probe(duration=3626.0),
        note="a smaller file than 1.2 GB",
    ),
    no_op(
        "fresh293-06",
        "show only the content portions of this digitized VHS tape: no color bars at the "
        "beginning and no dead space at the end",
        "needs analysis",
        probe=Probe(duration=7200.0, width=720, height=480, fps=29.97),
        note="where the color bars end and the dead space begins must be found by analysing "
        "the picture",
    ),
    no_op(
        "fresh293-07",
        "edit this interview with the Berkeley city council member into a full length "
        "interview video and 3-5 smaller ones for social: we talked about everything "
        "blockchain related and his municipal bond project",
        "no op: several videos from one, and which parts make the 3-5 short ones is not given",
        probe=Probe(duration=2400.0),
    ),
    ask(
        "fresh293-08",
        "review/edit this webinar recording before it goes on a private YouTube",
        "what to edit (nothing is named)",
        ("what", "which", "edit", "change", "how"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh293-09",
        "edit this recording of the event to be posted on the SIASS channel, inserting the "
        "PRACTICE vignette, the live's cover and credits: technical problems made the broadcast "
        "unworkable",
        "which vignette and cover (no file is given) and what the credits say",
        ("vignette", "cover", "credits", "file", "which", "what", "image", "video"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh293-10",
        "blank out the screen in the pre-meeting introduction of this webinar recording, so as "
        "to hide the personal details of the meeting attendees: multiple participants are "
        "visible with their photos, names, email-ids",
        "when the introduction starts and ends (no times are given)",
        (*WHICH_PART, "second", "minute"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh293-11",
        "add a video only (no audio) recording option to Alibi: in Germany there are strict "
        "laws against recording the spoken word, and removing audio is no option (as it is "
        "tampering)",
        "a recorder app's option (recording without sound); removing the sound afterwards is "
        "what they rule out",
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh293-12",
        "add the audio filter volume to my Restreamer stream: I have a really quiet stream, I "
        "used volumedetect and I need to boost the audio by 6db",
        "a live stream server's setting, not an edit of a file",
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh293-13",
        "turn off the sound in the videos of the PosterSlider",
        "a slider library's playback setting, not an edit of a file",
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh293-14",
        "fix this video that MediaCMS shows upside down: after uploading the .mp4 (1,379,642 "
        "KB) the video is upside down, but playback is fine outside mediacms, and works fine "
        "on Emby",
        "the site's processing turns it; the file itself plays right side up, so rotating it "
        "would make it wrong",
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh293-15",
        "customize the .gif that gets automatically created when the video is uploaded to "
        "AVideo: its duration, and what part of the video I want to show as a trailer",
        "a video platform's automatic preview GIF (its setting), not an edit of the given file",
        probe=Probe(duration=1200.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
