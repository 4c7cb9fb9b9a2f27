"""A two-hundred-and-ninety-second fresh, held-out collection of real requests
(tests/realreq/fresh292.md): one checkable case a row, encoded the way fresh289.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh289's, the
rows are short, typical asks; all 14 come from GitHub issues and pull requests (a downloader, a
stop-motion app, a docs hub, a government site, a research model, a CI tutorial, a planetary
imaging toolkit, an office suite, a lecture series, a robotics team's site, an
app's presentation, a BIM tool's docs, a church presentation app and a conference's AV team):
two MP4s made H.264 for QuickTime, a GIF made an MP4, a PowerPoint export made 720p, a clip
made a GIF, a GIF made smaller, a recording made smaller, a .wmv or .avi, a lecture kept to its
slides, a cut with no part named, a slide deck, a notes app's
embed, an app's muted playback and a loop made from a web page.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope, smaller_gif
from .score import GIF, AnyOf, Below, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh292.md")

_H264 = step("codec", codec="h264")
_CONTAINER = step("convert", format=AnyOf("mp4", "mov"))
_MP4 = step("convert", format="mp4")

CASES: tuple[Case, ...] = (
    do(
        "fresh292-01",
        "make this mp4 compatible with QuickTime Player (H264 video, AAC audio): I got a "
        "message the file isn't compatible with QuickTime Player, though it plays on VLC "
        "without any problem; I am looking for that file for Keynote and Final Cut Pro",
        [_H264, maybe(_CONTAINER)],
        [_CONTAINER, _H264],
        probe=Probe(duration=600.0),
        note="H.264 (with AAC sound) that QuickTime plays",
    ),
    do(
        "fresh292-02",
        "export this mp4 so that it is mac compatible: Quicktime can't play, apparently, any "
        "mp4 that isn't x264",
        [_H264, maybe(_CONTAINER)],
        [_CONTAINER, _H264],
        probe=Probe(duration=30.0, has_audio=False),
        note="an H.264 video QuickTime plays",
    ),
    do(
        "fresh292-03",
        "convert this .gif to .mp4, to embed it as a figure in the contribution guide",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=15.0, width=1280, height=720, fps=10.0, has_audio=False),
        note="the GIF saved as an mp4",
    ),
    do(
        "fresh292-04",
        "reduce this video exported from PowerPoint to 720p and re-export it as MP4: it didn't "
        "play well on VLC (the slide transitions were all messed up)",
        [step("resize", lines=720), maybe(_H264), maybe(_MP4)],
        [_MP4, step("resize", lines=720), maybe(_H264)],
        [_H264, step("resize", lines=720), maybe(_MP4)],
        probe=Probe(duration=240.0, width=1920, height=1080),
        note="720p, an MP4",
    ),
    do(
        "fresh292-05",
        "convert this video clip, saved from the PowerPoint slides, to a gif",
        [GIF],
        probe=Probe(duration=10.0, width=1280, height=720, has_audio=False),
        note="a GIF of it",
    ),
    do(
        "fresh292-06",
        "get the size of this large GIF of the hello world job pipeline down further: I "
        "recorded the sequence of steps as quickly as I could",
        *smaller_gif(1280, 800, 15.0),
        probe=Probe(duration=30.0, width=1280, height=800, fps=15.0, has_audio=False),
        note="a smaller GIF, still a GIF",
    ),
    do(
        "fresh292-07",
        "make this video (with audio) for opening cubes smaller: made on a large Mac screen it "
        "was 72MB, I scaled it down and it went to about 18MB, which is still too big",
        [step("compress", max_mb=Below(18)), maybe(step("resize"))],
        [step("resize", lines=Below(1440)), maybe(step("quality", level="small"))],
        [step("quality", level="small"), maybe(step("resize", lines=Below(1440)))],
        probe=Probe(duration=300.0, width=2560, height=1440),
        note="a smaller file than the 18 MB one",
    ),
    no_op(
        "fresh292-08",
        "render this video as .wmv or .avi so that it plays in the presentation preview of "
        "OnlyOffice: videos rendered as .wmv or .avi work",
        "no op",
        probe=Probe(duration=9.0, width=1080, height=1920, fps=30.0),
        note="promptcut writes no .wmv or .avi files",
    ),
    no_op(
        "fresh292-09",
        "reduce the number of cuts to the metaverse in this lecture recording: the frequent "
        "cutting from slides to the metaverse world is distracting; the video should just stick "
        "to the slides",
        "needs analysis",
        probe=Probe(duration=3600.0),
        note="where it shows the slides and where the metaverse world; finding those moments "
        "needs analysing the picture",
    ),
    ask(
        "fresh292-10",
        "temporarily cut this video to help the page load",
        "which part to keep (or how short, or how small a file)",
        (
            "which part",
            "which",
            "where",
            "when",
            "start",
            "end",
            "range",
            "time",
            "how long",
            "second",
            "size",
            "MB",
        ),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh292-11",
        "create a PowerPoint of the presentation which includes the screencasts, embedding the "
        "screencast videos",
        "a slide deck made with videos in it, not an edit of a video",
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh292-12",
        "make this video show and play directly from my Notion page, as it used to, without "
        "the need to download it",
        "how a notes app shows an upload (its error), not an edit of the file",
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh292-13",
        "add an option to play this video in the background from the drawer without audio, "
        "muted by default",
        "a presentation app's playback option (play muted), not an edit of the file",
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh292-14",
        "provide a preprocessed looping video version at 1080p of the lava lamp from the "
        "website, as the background for the AV team",
        "a video to be made from a web page's animation, no video given",
        probe=Probe(duration=30.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
