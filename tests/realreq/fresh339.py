"""A three-hundred-and-thirty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh339.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh337's, the
rows are short, typical asks; 9 come from GitHub issues and 7 from web pages (librarians,
archivists, museum and exhibit makers and digitization people: a science history repository, a
library's oral history handbook and AV wiki, AEO-Light, a state digital library, a ds106 student,
vrecord, an art student's exhibition blog, an archive's format plan, MP4MUSEUM, a web museum,
Avalon, Islandora, omxplayer and an editor's blog): voices normalized, long pauses cut, a film
scan flipped, a 1080p mp4 derivative, a silent-era trailer, an access copy at 29.97 fps, a MOV
turned landscape as an MP4, a WMV made H.264 MP4, subtitles on a museum loop, a field dropped
to deinterlace, an interview trimmed where it is not said, clips at offsets not given, a video
viewable but not downloadable, a player's seamless loop, an editor's rotated monitors and the
cause of a hum.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh339.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_WHERE = ("where", "which part", "begin", "start", "end", "when", "timestamp", "time")

CASES: tuple[Case, ...] = (
    do(
        "fresh339-01",
        "normalize the audio of this video: it may be mono or stereo, and it is mostly, "
        "but not only, human voices speaking",
        [step("normalize")],
        probe=Probe(duration=1800.0),
        note="the voices brought to a standard loudness, any target",
    ),
    do(
        "fresh339-02",
        "cut the very long pauses (more than five seconds) out of this oral history "
        "video: editing should be minimal, the goal of the recording is to protect the "
        "historical record",
        [step("remove_silence", min_silence=Between(4, 6), where="all")],
        probe=Probe(duration=3600.0),
        note="only the pauses of about five seconds or more cut, the rest left alone",
    ),
    do(
        "fresh339-03",
        "flip the image of this film scan horizontally: it was scanned in the viewable "
        '"projected" orientation, so the left and right tracks of its stereo soundtrack '
        "are in the opposite position",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=180.0, width=2048, height=1556, fps=24.0, has_audio=False),
        note="mirrored left to right",
    ),
    do(
        "fresh339-04",
        'make a "standard size" derivative of this video for anonymous users to '
        "download, or users with poor bandwidth: an .mp4 at a standard resolution, 1080p",
        [anywhere(step("resize", lines=1080)), anywhere(_MP4), maybe(_H264)],
        [anywhere(step("resize", height=1080)), anywhere(_MP4), maybe(_H264)],
        probe=Probe(duration=600.0, width=3840, height=2160),
        note="scaled down to 1080p and saved as an mp4",
    ),
    do(
        "fresh339-05",
        "render this trailer so that it looks like it came from the silent film era: a "
        "black and white filter, and all of the audio taken out and replaced with a "
        "silent film soundtrack",
        [
            anywhere(step("grayscale", start=None, end=None)),
            anywhere(step("replace_audio", file="soundtrack.mp3")),
        ],
        assets=["soundtrack.mp3"],
        probe=Probe(duration=150.0),
        note="black and white, its sound replaced by the soundtrack",
    ),
    do(
        "fresh339-06",
        "this access MP4 came out with a framerate of 59.94 fps instead of the expected "
        "29.97: make it 29.97",
        [step("fps", fps=Between(29.96, 29.98))],
        probe=Probe(duration=1800.0, width=720, height=480, fps=59.94),
        note="29.97 frames a second",
    ),
    do(
        "fresh339-07",
        "format this moving image piece from a MOV file to an MP4 file for the exhibition "
        "screen, and turn it landscape, as I want it to be full bleed on the screen: I "
        "will just turn the screen sideways to show the work portrait",
        [anywhere(step("rotate", degrees=AnyOf(90, 270))), anywhere(_MP4)],
        probe=Probe(duration=60.0, width=1080, height=1920),
        note="a quarter turn either way, saved as an mp4",
    ),
    do(
        "fresh339-08",
        "convert this WMV (Windows Media Video) file to MP4 with H.264 encoding",
        [anywhere(_MP4), maybe(_H264)],
        probe=Probe(duration=300.0, width=640, height=480),
        note="an mp4 (H.264 is its default picture codec)",
    ),
    do(
        "fresh339-09",
        "add the subtitles in loop.srt to this museum loop video: adding the srt file "
        "next to it in the player's media partition prevents the mp4 from playing",
        [step("subtitles", file=AnyOf("loop.srt", None))],
        assets=["loop.srt"],
        probe=Probe(duration=120.0),
        note="the subtitle file burned in",
    ),
    no_op(
        "fresh339-10",
        "remove the interlacing of this video by eliminating one of the fields, as I am "
        "delivering it to the web: otherwise rapid movements cause artifacts",
        "no op: deinterlacing (one field dropped, the other line-doubled); no operation "
        "deinterlaces",
        probe=Probe(duration=60.0, width=720, height=576, fps=25.0),
    ),
    ask(
        "fresh339-11",
        "trim off the unneeded portion at the beginning and end of this oral history "
        "interview, leaving a couple empty seconds before speaking begins, and normalize "
        "the audio to -6 dB to be in line with all other material we have online",
        "where the interview begins and ends (what is unneeded is not said)",
        _WHERE,
        probe=Probe(duration=5400.0),
    ),
    ask(
        "fresh339-12",
        "cut this recording of my conducting down to just the clips at the time offsets I "
        "gave, not the entire recording, for my tenure dossier: there are other places in "
        "it that weren't as stellar",
        "which time offsets (none are given)",
        ("which", "offset", "time", "where", "timestamp", "range", "clips"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh339-13",
        "provide online access to this video but prevent it from being downloaded: I need "
        "to do this to be compliant with my stakeholders and license agreements",
        "access control (DRM) on a repository site, not an edit of a video file",
    ),
    out_of_scope(
        "fresh339-14",
        "play this mp4 in a loop with no perceptible gap: at the end of the clip the "
        "console flashes briefly, or a black screen, before the clip restarts",
        "a player's looping, not an edit of a video file",
    ),
    out_of_scope(
        "fresh339-15",
        "rotate the monitors of my editing program 90 degrees, per clip, so that I can "
        "see these portrait-shot clips upright while I edit a five-projector museum "
        "presentation",
        "an editing program's viewer, not an edit of a video file",
    ),
    out_of_scope(
        "fresh339-16",
        "tell me what may have caused the loud hum in the audio extracted from this "
        "sample film scan",
        "a question about a program's soundtrack extraction, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
