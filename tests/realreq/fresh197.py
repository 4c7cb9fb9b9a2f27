"""A hundred-and-ninety-seventh fresh, held-out collection of real requests
(tests/realreq/fresh197.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh193's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of
tools people use for their own videos: a video editor (OpenShot), a transcoder (HandBrake), a
transcoding script, a Panasonic recorder extractor, a slideshow maker, a screen recorder, a web
player, a DV capture tool, a photo library (PhotoPrism, twice), a Bilibili browser extension, a
messenger (Nextcloud Talk) and an Immich video-memory generator. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal
of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh197.md")

#: A smaller file: a smaller-file setting, or a size target (any, none being said).
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(1e9))

#: A 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: The 3840x2160 rip scaled down, its shape kept: any smaller size.
_DOWN_4K = (
    step("resize", lines=Below(2160))
    | step("resize", height=Below(2160), width=AnyOf(None, Below(3840)))
    | step("resize", width=Below(3840), height=AnyOf(None, Below(2160)))
    | step("resize", percent=Below(100))
)

#: A smaller file than the 52.4 GB rip: a smaller-file setting or a size under 52.4 GB.
_SMALLER_RIP = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Below(52400)
)

#: Any common file type that is not the rip's .m2ts.
_OTHER_TYPE = AnyOf("mp4", "mkv", "mov", "webm")

#: 720p for the 1920x1080 recording.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, 1280))
    | step("resize", width=1280, height=AnyOf(None, 720))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh197-01",
        "rotate the false oriented video 90 Left: my film is >, I want it ^ (it was shot on a "
        "WIKO Sunny2)",
        [step("rotate", degrees=270)],
        note="a quarter turn counterclockwise (its top, pointing right, turned up)",
    ),
    do(
        "fresh197-02",
        "compress the video keeping it in .ts format, as every STB uses .ts format: it'd be "
        "perfectly managed by STBs when you jump forward or backwards, it'd be possible to use "
        "slow motion (for example for sport events), and it'd also be possible (perhaps) to keep "
        "subtitles along with the compressed video",
        [
            anywhere(_SMALLER),
            maybe(step("convert", format="ts")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(_DOWN),
        ],
        [
            anywhere(step("codec", codec="hevc")),
            maybe(step("convert", format="ts")),
            maybe(step("quality")),
            maybe(_DOWN),
        ],
        [
            anywhere(_DOWN),
            maybe(step("convert", format="ts")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
        ],
        probe=Probe(duration=5400.0),
        note="a smaller file (a smaller-file setting, a size, H.265 or a smaller picture), kept "
        "a .ts",
    ),
    do(
        "fresh197-03",
        "convert the main feature of my 4k UHD copy of Pink Floyd at Pompeii, a 52.4 gb .mt2s "
        "file, into preferably something that isn't 52.4 gb and isn't a .mt2s file",
        [
            anywhere(step("convert", format=_OTHER_TYPE)),
            maybe(_SMALLER_RIP),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(_DOWN_4K),
        ],
        probe=Probe(duration=5520.0, width=3840, height=2160, fps=23.976),
        note="another file type (mp4, mkv, mov or webm); a smaller file may come with it",
    ),
    do(
        "fresh197-04",
        "transcode my MythTV recording, which is in mpeg format, to get the same quality "
        "(perceivable) but smaller file size: the viewing will be done on 720p displays",
        [
            anywhere(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
            maybe(_720),
            maybe(step("convert", format=AnyOf("mkv", "mp4"))),
        ],
        [
            anywhere(step("quality", level="balanced")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(_720),
            maybe(step("convert", format=AnyOf("mkv", "mp4"))),
        ],
        [
            anywhere(_720),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
            maybe(step("convert", format=AnyOf("mkv", "mp4"))),
        ],
        [
            anywhere(step("convert", format=AnyOf("mkv", "mp4"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
            maybe(_720),
        ],
        probe=Probe(duration=3600.0, width=1920, height=1080, fps=29.97),
        note="a newer codec (H.264 or H.265), a balanced quality, a 720p picture or an mkv/mp4 "
        "of the MPEG-2 recording; the others may come with it",
    ),
    do(
        "fresh197-05",
        "convert the m2ts file I extracted from the HDD of a dead Panasonic DMR-BCT745 to a "
        "standard, independent video file, without reencoding: sometimes the length reported by "
        "VLC is wrong, or I cannot jump to all parts of the file",
        [step("convert", format=AnyOf("mkv", "mp4", "mov"))],
        probe=Probe(duration=3600.0, fps=25.0),
        note="an mkv, mp4 or mov of it, with no re-encoding step",
    ),
    do(
        "fresh197-06",
        "add the intro clip intro.mp4 to the beginning of my videoshow",
        [step("join", clips=AnyOf(["intro.mp4"], []), at="start")],
        [step("transition", clips=AnyOf(["intro.mp4"], []), at="start")],
        assets=["intro.mp4"],
        probe=Probe(duration=45.0, width=640, height=360),
        note="intro.mp4 played before the videoshow (a transition into it is fair)",
    ),
    do(
        "fresh197-07",
        "make the screen recording play at real time: it appears that it plays about 3.6x faster "
        "than real time",
        [step("speed", factor=Between(0.26, 0.3), **WHOLE)],
        note="slowed to 1/3.6 (0.28x), all of it",
    ),
    do(
        "fresh197-08",
        "transcode the mp4 video with ac3 audio so it plays with sound: when I upload mp4 video "
        "files with ac3 audio format, the video plays without sound",
        [
            anywhere(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
            maybe(step("reencode")),
        ],
        note="re-encoded (its ac3 sound as AAC), as an mp4",
    ),
    no_op(
        "fresh197-09",
        "make the grabbed DV file show at 16:9 on macOS, without transcoding it and losing the "
        "Creation Time: it has a wrong aspect ratio there, 4:3 rather than 16:9",
        "no op",
        probe=Probe(width=720, height=576, fps=25.0),
        note="no op: the display aspect ratio set to 16:9 without re-encoding, the metadata "
        "kept; every operation that changes the shape re-encodes",
    ),
    ask(
        "fresh197-10",
        "rotate the video portion of my Live Photo, taken on a Google Pixel 6, horizontally: it "
        "was saved vertically instead of horizontally like I wanted (changing the exif fields "
        "rotated only the image portion)",
        "which way to turn it (clockwise or counterclockwise)",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "left or right",
            "degrees",
        ),
        probe=Probe(duration=3.0, width=1080, height=1920),
    ),
    out_of_scope(
        "fresh197-11",
        "let me skip a custom number of seconds at the start of videos: on some videos, the first "
        "few seconds are all ads",
        "skipping the first seconds of videos while watching them on Bilibili (a browser "
        "extension's player), not an edit of a file",
    ),
    out_of_scope(
        "fresh197-12",
        "compress photos and videos automatically before they are uploaded, like WhatsApp and "
        "Telegram do: a short smartphone video can consume several hundred megabytes of mobile "
        "data and server storage",
        "a messenger's automatic compression of its uploads, not an edit of a given file",
    ),
    out_of_scope(
        "fresh197-13",
        "let me fix the orientation of my videos through the PhotoPrism user interface, as I can "
        "for images: my phone isn't the greatest at detecting how I hold it",
        "a photo library's orientation setting for its videos, not an edit of a given file",
    ),
    out_of_scope(
        "fresh197-14",
        "let me pick the videos and photos directly from an Immich album: I'm preparing the "
        "video of my 18th daughter's birthday",
        "picking media from a photo library's album to generate a video, not an edit of a given "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
