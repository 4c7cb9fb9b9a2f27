"""A three-hundred-and-eighty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh385.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh381's, the
rows are short, typical asks; all 16 come from GitHub issues of self-hosted and home tools and
their clients (JellyCine, Home Assistant, a Synology Photo Station plugin, frigate-notify, the
Nextcloud video converter, Jellyfin, ManuScrape, Frigate, litefin, Lavender Photos, yi-hack,
Nextcloud Memories, Findroid and SynoAI): a 4k movie made smaller for a phone, a Nest clip made
a GIF, a video turned a quarter left, a detection clip cut to 4 seconds, 2160p made 720p, quiet
media made louder, webm made mp4, only the seconds with motion kept, quiet voices raised, a
privacy mask over some section, a frame saved at some moment, a camera's rotation setting, .mov
playback in Firefox, a client's playback quality, quiet Jellyfin clients and clips sent by
Telegram.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Above, AnyOf, Below, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh385.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = (
    step("resize", lines=Below(1081))
    | step("resize", percent=Below(51))
    | step("resize", height=Below(1081))
    | step("resize", width=Below(1921))
)
_COMPRESS = step("compress")
_LOUDER = step("volume", percent=Above(100)) | step("volume", db=Above(0)) | step("normalize")
_UHD = {"width": 3840, "height": 2160}

CASES: tuple[Case, ...] = (
    do(
        "fresh385-01",
        "make a smaller copy of this 4k high bitrate movie to download on my phone: downloading "
        "media in such quality on my phone is a waste of storage",
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [_COMPRESS, maybe(_SMALLER_1080)],
        [_SMALLER_1080, _COMPRESS],
        probe=Probe(duration=7200.0, fps=24.0, **_UHD),
        note="a smaller copy: a smaller quality, 1080p or smaller, or compressed",
    ),
    do(
        "fresh385-02",
        "transcode this Nest mp4 clip to an animated gif so it can be used for mobile "
        "notifications for Android, which doesn't support mp4 video",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=10.0, width=1280, height=720, fps=15.0, has_audio=False),
        note="the clip as an animated GIF",
    ),
    do(
        "fresh385-03",
        "rotate this video by -90 degrees: it was filmed in landscape mode but accidentally "
        "recognized by the cam as a portrait video",
        [step("rotate", degrees=270)],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="a quarter turn counterclockwise",
    ),
    do(
        "fresh385-04",
        "limit the duration of this detection clip to 4 seconds: some detections generate long "
        "clips (8+ seconds), and limiting the duration would speed up notifications",
        [step("trim", start=AnyOf(0, None), end=4)],
        probe=Probe(duration=9.0, width=1280, height=720, fps=10.0),
        note="the first 4 seconds kept",
    ),
    do(
        "fresh385-05",
        "convert this 3840 x 2160 video to a custom resolution of 1280x720, or 720p",
        [step("resize", width=1280, height=AnyOf(720, None))],
        [step("resize", lines=720)],
        [step("resize", height=720, width=AnyOf(1280, None))],
        probe=Probe(duration=120.0, **_UHD),
        note="1280x720",
    ),
    do(
        "fresh385-06",
        "increase the volume of this media: its source has a very low volume, and that is very "
        "limiting for some clients since their maximum volume will be very low",
        [_LOUDER],
        probe=Probe(duration=2700.0),
        note="louder: volume up (any amount) or normalized",
    ),
    do(
        "fresh385-07",
        "export this video as mpeg4 or a similar format: the current .webm format does not work "
        "in Nvivo",
        [step("convert", format="mp4")],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="the webm as an mp4",
    ),
    no_op(
        "fresh385-08",
        "export only the seconds of this camera recording where motion or active objects are "
        "detected: all of it is recorded, and I'm trying to export only relevant footage",
        "no op: the parts with motion kept; no operation finds motion",
        probe=Probe(duration=3600.0, width=1280, height=720, fps=10.0, has_audio=False),
    ),
    no_op(
        "fresh385-09",
        "fix the sound of this movie: the voice volume is very very low, while the other sounds "
        "are working normally",
        "no op: the voices raised above the other sounds; no operation raises speech alone",
        probe=Probe(duration=6000.0, fps=24.0),
    ),
    ask(
        "fresh385-10",
        "add a privacy mask to a section of this camera footage: overlay a black section on it so "
        "that it's not even seen",
        "which section (where, and how big): none is given",
        ("which", "where", "section", "area", "region", "part", "position", "size"),
        probe=Probe(duration=600.0, fps=10.0, has_audio=False),
    ),
    ask(
        "fresh385-11",
        "save a frame of this video as a screenshot, so I won't have to screenshot the screen and "
        "then crop the image",
        "which frame (what moment): none is given",
        (*WHICH_PART, "which frame", "frame", "moment", "second", "timestamp"),
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh385-12",
        "add an option to the camera's settings to rotate the image by 90° and -90°: there is only "
        "an option to rotate it by 180°",
        "a camera firmware setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh385-13",
        "make the .mov files uploaded from my iOS camera roll play in this photo app on Firefox: "
        "Chrome plays them, but they are glitchy",
        "a photo app's video playback in a browser, not an edit of a video file",
    ),
    out_of_scope(
        "fresh385-14",
        "let me choose the quality of playback when choosing a movie or series in this Jellyfin "
        "client",
        "a media client's playback quality setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh385-15",
        "make the sound of all Jellyfin clients as loud as other players such as Potplayer: it is "
        "lower by approximately 50%, and the voice volume at least 80% lower",
        "a media server's playback volume, not an edit of a video file",
    ),
    out_of_scope(
        "fresh385-16",
        "send me a notification in Telegram not with a picture from the camera, but with an "
        "excerpt from the video from the camera, when a certain rule is triggered",
        "a camera notification bot, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
