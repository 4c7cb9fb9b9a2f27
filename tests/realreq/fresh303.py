"""A three-hundred-and-third fresh, held-out collection of real requests
(tests/realreq/fresh303.md): one checkable case a row, encoded the way fresh301.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh301's, the
rows are short, typical asks; 19 come from GitHub issues and 2 from blog posts (fediverse and
self-hosted video platform users and admins: Pixelfed, PeerTube, Mastodon, Tusky, Misskey,
Owncast, and a few converters): an iPhone video, a macOS .mov and an iPhone HEVC video made to
upload to Pixelfed, an avi recoded for PeerTube, an mkv made an mp4 for Mastodon, a screen
recording scaled under 1920x1200 and a 1000 fps screencast made 60 fps for Mastodon, a Twitter
download made under 4MB, a Misskey upload compressed with its sound, an end-of-stream clip
muted, a drive upload re-encoded to play everywhere, an ogv made an mp4, a clip made under 4 mb,
an mp4 made a webm, a WebVTT track added (no op), an MP3 with a cover made a video (no op), two
rotations with no direction, a loop with no count, an Owncast recording and a PeerTube upload
error.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh303.md")

_MP4 = step("convert", format="mp4")
_WEBM = step("convert", format="webm")
_MOV = step("convert", format="mov")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_QUIETER = step("volume", percent=Below(100), start=None, end=None) | step(
    "volume", db=Below(0), start=None, end=None
)
#: Inside 1920x1200 for a 2542x1842 picture, the aspect kept.
_INSIDE_1920x1200 = (
    step("resize", width=AnyOf(1920, Below(1920)), height=AnyOf(1200, Below(1200)), fit=True)
    | step("resize", height=Between(240, 1200), width=None)
    | step("resize", lines=Between(240, 1200))
    | step("resize", percent=Between(10, 65.1))
)
_UNDER_4 = step("compress", max_mb=Between(1, 4))

#: What a player takes: an MP4 (H.264 may come with it), or H.264 then an MP4.
_PLAYS = ([_MP4, maybe(_H264)], [_H264, _MP4])


def _smaller(max_mb: float, lines: int) -> tuple[list, ...]:
    """A smaller file: a small quality, a size limit under `max_mb`, or a smaller picture
    (fewer than `lines` on its shorter side)."""
    down = step("resize", lines=Below(lines)) | step("resize", percent=Below(100))
    return (
        [_SMALL, maybe(down)],
        [down, maybe(_SMALL)],
        [step("compress", max_mb=Between(0.5, max_mb)), maybe(down)],
        [down, step("compress", max_mb=Between(0.5, max_mb))],
    )


_ROTATE_TERMS = (
    "which way",
    "direction",
    "clockwise",
    "degrees",
    "90",
    "180",
    "left",
    "right",
    "orientation",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh303-01",
        "convert this video recorded with my iPhone to a supported file type, so it can be "
        "uploaded to Pixelfed: it can't be uploaded due to an unsupported file type",
        *_PLAYS,
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="an MP4 (an iPhone .mov is not taken)",
    ),
    do(
        "fresh303-02",
        "convert this macOS screen recording (.mov) of a website to an .mp4, to post it to my "
        "Pixelfed Stories: I uploaded it to my mastodon just fine",
        *_PLAYS,
        probe=Probe(duration=20.0, width=1920, height=1200),
        note="an MP4 of the screen recording",
    ),
    do(
        "fresh303-03",
        'make this video from my iPhone 16, labeled as "HEVC", upload to Pixelfed: I got the '
        'error "Invalid File Type … Please upload a image/jpeg,image/png,image/gif,image/webp,'
        'video/mp4,image/avif only"',
        [_H264, maybe(_MP4)],
        [_MP4, maybe(_H264)],
        probe=Probe(duration=15.0, width=1080, height=1920),
        note="an H.264 MP4 instead of HEVC",
    ),
    do(
        "fresh303-04",
        "recode this .avi file so it is displayed on my PeerTube instance: sometimes the "
        "downloaded files (.avi .mkv) are not displayed, and you have to recode them with "
        "other programs",
        *_PLAYS,
        [_WEBM],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="an MP4 (or a webm) the browser plays",
    ),
    do(
        "fresh303-05",
        "convert this .mkv file, with h264+aac encoded video/audio, to mp4 to upload it as a "
        "video to Mastodon: currently .webm .mp4 .m4v .mov files are supported",
        *_PLAYS,
        [_WEBM],
        [_MOV],
        probe=Probe(duration=60.0),
        note="an MP4 (or another format Mastodon takes)",
    ),
    do(
        "fresh303-06",
        "resize this unaltered macOS screen recording so I can post it on Mastodon: uploading "
        'it returns "Error 422 2542x1842 videos are not supported"; there\'s a resolution '
        "limit of 1920x1200",
        [_INSIDE_1920x1200, maybe(_H264), maybe(step("compress", max_mb=Between(1, 40)))],
        [_INSIDE_1920x1200, maybe(_MP4), maybe(_H264)],
        probe=Probe(duration=30.0, width=2542, height=1842),
        note="scaled to fit inside 1920x1200, the aspect kept",
    ),
    do(
        "fresh303-07",
        "make this screencast of me launching Koko Analytics as a Progressive Web App "
        'uploadable to Mastodon: trying to upload it failed with the error "422 1000fps '
        'videos are not supported"',
        [maybe(_SMALLER_1080), step("fps", fps=Between(10, 60)), maybe(_SMALLER_1080)],
        probe=Probe(duration=20.0, width=1920, height=1080, fps=1000.0),
        note="60 frames a second or fewer",
    ),
    do(
        "fresh303-08",
        "make this .mp4 video downloaded from Twitter small enough to upload with Tusky: it "
        "won't upload videos > 4MB in size even though the max limit is 8MB on my instance",
        [_UNDER_4, maybe(_SMALLER_1080)],
        [_SMALLER_1080, _UNDER_4],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="under 4 MB (about 10 MB for 30 seconds of 720p)",
    ),
    do(
        "fresh303-09",
        "compress this video I'm uploading, with its sound kept: when it is compressed "
        "(compression low or medium) the sound disappears; with compression off the sound "
        "plays",
        *_smaller(15, 886),
        probe=Probe(duration=10.5, width=886, height=1920, fps=60.0),
        note="a smaller file (about 2 MB for 10.5 s at 1626 kb/s), the sound kept",
    ),
    do(
        "fresh303-10",
        "take the sound out of this end-of-stream clip: why does it need to have sound? There's "
        "no way for a streamer to adjust the level of that sound, and that has very tangible "
        "consequences for viewers who have their volume cranked up to hear a quiet stream",
        [step("mute")],
        [_QUIETER],
        probe=Probe(duration=10.0),
        note="no sound, or a lower one",
    ),
    do(
        "fresh303-11",
        "re-encode this video uploaded to the drive so that it can be viewed in as many "
        "environments as possible: there are so many video codecs and combinations with "
        "audio codecs, and even Twitter and Mastodon re-encode",
        [_H264, maybe(_MP4)],
        [_MP4, maybe(_H264)],
        probe=Probe(duration=60.0),
        note="an H.264 MP4, which every player takes",
    ),
    do(
        "fresh303-12",
        "convert this .ogv, produced by gtk-recordMyDesktop, to .mp4 (compatible with "
        "uploading to Reddit, and so on)",
        *_PLAYS,
        probe=Probe(duration=120.0, width=1366, height=768),
        note="an MP4 of the desktop recording",
    ),
    do(
        "fresh303-13",
        "make this 27 seconds clip (it's about 1 minute but I trimmed it) under 4 mb, without "
        "cutting 1 second from it, which is pretty annoying",
        [_UNDER_4, maybe(_SMALLER_1080), maybe(_WEBM)],
        [_SMALLER_1080, _UNDER_4, maybe(_WEBM)],
        [maybe(_SMALLER_1080), _WEBM, _UNDER_4],
        probe=Probe(duration=27.0, width=1920, height=1080),
        note="under 4 MB, all 27 seconds kept",
    ),
    do(
        "fresh303-14",
        "change this mp4 (2MB) to webm, for fast page load: the webm file should be smaller "
        "than the mp4 file",
        [_WEBM, maybe(step("compress", max_mb=Between(0.2, 2)))],
        [step("compress", max_mb=Between(0.2, 2)), _WEBM],
        probe=Probe(duration=10.0, width=1280, height=720),
        note="a webm, maybe under 2 MB",
    ),
    no_op(
        "fresh303-15",
        "add this WebVTT subtitle track to this video, so it can be selected in the video "
        "player: a great accessibility feature for people with a hearing disability, as well "
        "as hearing-abled people in environments where they can't listen to a video (a loud "
        "train, a library...)",
        "no op: a selectable subtitle track muxed into the file (burning it in is not asked)",
        assets=["subtitles.vtt"],
        probe=Probe(duration=60.0),
    ),
    no_op(
        "fresh303-16",
        "make a video for PeerTube of this MP3 file in combination with this selected cover "
        "file JPG",
        "no op: a picture track made from a still for a sound-only file",
        assets=["cover.jpg"],
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh303-17",
        "rotate this raw video, produced by an older camera which did not include an "
        "orientation sensor: it shows up sideways or upside-down",
        "which way to turn it (a quarter turn either way, or a half turn)",
        _ROTATE_TERMS,
        probe=Probe(duration=120.0, width=640, height=480),
    ),
    ask(
        "fresh303-18",
        "change this video's orientation to force it in the 'correct' orientation: I started "
        "recording in Portrait (as this seems to feel natural) but it actually got recorded in "
        "Landscape",
        "which way to turn it (clockwise or counter-clockwise)",
        _ROTATE_TERMS,
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh303-19",
        "put this video, only a few seconds long, on a continuous loop: it looks really nice "
        "that way",
        "how many times to play it (or how long to make it)",
        ("how many", "times", "how long", "length", "loop count", "number of", "duration"),
        probe=Probe(duration=5.0, width=1080, height=1080),
    ),
    out_of_scope(
        "fresh303-20",
        "record my Owncast stream as it streams, without taking computing resources away from "
        "the stream, to publish the recordings on a peertube instance for my community",
        "recording a live stream on the server, not an edit of a given file",
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh303-21",
        'upload this 250Mb video to my PeerTube instance: with v7.2.0 it ends in "Sorry, but '
        'something went wrong. Your video file was too large.", though I could upload a 3Gb '
        "video with the same setup in v7.1.1",
        "a server's upload error after an upgrade; the file is well under the 8Gb limit and "
        "needs no edit",
        probe=Probe(duration=900.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
