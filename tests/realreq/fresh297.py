"""A two-hundred-and-ninety-seventh fresh, held-out collection of real requests
(tests/realreq/fresh297.md): one checkable case a row, encoded the way fresh293.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh293's, the
rows are short, typical asks; all 19 come from GitHub issues (mobile app and bot developers
handling their users' videos: React Native and Expo, a Codename One app, a Unity video plugin,
Telegram Desktop, an Android youtube-dl, an Android ffmpeg library, a Pebble app, an Android
snackbar, react-native-share, a Flutter compressor, a Chinese video recorder, a camera hack, an
Instagram-like gallery, a video platform, Jellyfin's Android app, D.tube and a Telegram fork):
a video compressed before upload, a 30MB camera video compressed, a phone video made a third of
its size, an iOS capture made to play on Android, a .MOV made MP4, a webm made mp4 or gif, a
range kept, the first 30 seconds kept, a GIF preview, a small GIF of a screen recording, a video
split into story pieces, a trim with no times, a 90° turn with no direction, a GIF of 5-10
seconds with no times, a quality with no requirement, a platform's cover picker, a player's
rotation, a site's rotation and a messenger's round videos.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh297.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SMALLER_GIF = (
    step("resize", lines=Below(1080))
    | step("resize", percent=Below(100))
    | step("fps", fps=Below(30))
)

_THIRD = step("compress", max_mb=Between(2.0, 5.2))
_NOT_TINY = step("resize", lines=Between(720, 2159))

CASES: tuple[Case, ...] = (
    do(
        "fresh297-01",
        "compress this video before uploading it to a database",
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress", max_mb=Between(1, 100)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=60.0),
        note="a smaller file of a phone video (about 130 MB a minute)",
    ),
    do(
        "fresh297-02",
        "compress this 30MB mp4 file taken by the camera, to send the compressed file "
        "back to the server",
        [step("compress", max_mb=Below(30)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Below(30))],
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        probe=Probe(duration=15.0),
        note="smaller than the 30MB camera video",
    ),
    do(
        "fresh297-03",
        "compress this video taken by my android phone (2160x3840, 7.7 MB) so that it "
        "downsizes 1/3 of the raw video, like on iOS, not to only 502KB 370x658: the "
        "compression is too much overhead, it lost too much frames",
        [_THIRD, maybe(_NOT_TINY)],
        [_NOT_TINY, _THIRD],
        probe=Probe(duration=10.0, width=2160, height=3840),
        note="about a third of 7.7 MB (2.6 MB), or a third less (5.1 MB); not 502KB at 370x658",
    ),
    do(
        "fresh297-04",
        "make this video captured on iOS play on the Android Samsung native player: it "
        "does work if a separate Android application is chosen (VLC, etc)",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="an H.264 MP4 the Samsung player plays",
    ),
    do(
        "fresh297-05",
        "convert this .MOV file to MP4: we are uploading it to AWS server and trying to "
        "play it on android device, but .mov is not supported in android",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=60.0),
        note="an MP4 the android device plays",
    ),
    do(
        "fresh297-06",
        "convert this webm to mp4 or gif before I send it on telegram, like whatsapp does "
        "when we send a video from the gallery",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        [GIF],
        probe=Probe(duration=10.0, width=1280, height=720),
        note="an mp4 or a gif",
    ),
    do(
        "fresh297-07",
        "keep only the range of this video starting from 1m 30 to 1m 50",
        [step("trim", start=90, end=110)],
        probe=Probe(duration=600.0),
        note="1:30 to 1:50",
    ),
    do(
        "fresh297-08",
        "cut this video from 00:00:00 for 30 seconds",
        [step("trim", start=AnyOf(0, None), end=30)],
        probe=Probe(duration=120.0),
        note="the first 30 seconds",
    ),
    do(
        "fresh297-09",
        "make a gif preview image of this video for the Appstore",
        [GIF],
        probe=Probe(duration=10.0, width=144, height=168),
        note="a GIF of the whole short app recording",
    ),
    do(
        "fresh297-10",
        "convert this mp4 screen recording (made with AZ Screen Record) to a gif file so "
        "small, like your 778k demonstration gif",
        [maybe(_SMALLER_GIF), GIF],
        probe=Probe(duration=10.0, width=1080, height=1920),
        note="a GIF, as small as can be; smaller or slower frames may come before it",
    ),
    no_op(
        "fresh297-11",
        "split this 31 seconds long video into 15 second pieces (4 pieces max) for IG stories",
        "no op: several videos from one",
        probe=Probe(duration=31.0, width=1080, height=1920),
    ),
    ask(
        "fresh297-12",
        "trim this video",
        "which part to keep (no times are given)",
        (*WHICH_PART, "second", "minute"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh297-13",
        "fix this video shot in landscape on my custom Android device: it came out rotated 90°",
        "which way to turn it back (clockwise or counter-clockwise)",
        ("clockwise", "counter", "direction", "which way", "left", "right", "270"),
        probe=Probe(duration=30.0, width=1080, height=1920),
    ),
    ask(
        "fresh297-14",
        "make this camera video a GIF with a length of 5-10 seconds to send to telegram: "
        "it would be a better option than these inoperative videos",
        "which 5-10 seconds of the video (no times are given)",
        (*WHICH_PART, "second"),
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
    ask(
        "fresh297-15",
        "reduce the quality of this high-resolution video as per our requirement",
        "what the requirement is (a size, a resolution or a quality)",
        ("requirement", "what size", "which size", "how small", "target", "resolution", "MB"),
        probe=Probe(duration=60.0, width=2160, height=3840),
    ),
    out_of_scope(
        "fresh297-16",
        "when I upload this video to Atlas, let the program offer to select a photo cover "
        "from the video, like in instagram, so I don't need to take a screenshot",
        "a video platform's upload feature (offering a cover from the video), not an edit of "
        "the given file",
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh297-17",
        "make the Jellyfin Android & Android TV app stop rotating this phone video "
        "recorded vertically: VLC shows Orientation: Left Bottom, and the player is not "
        "following the rotation instructions",
        "an app's player that ignores the rotation; the file itself plays right elsewhere",
        probe=Probe(duration=94.0),
    ),
    out_of_scope(
        "fresh297-18",
        "stop D.tube rotating this mp4 file when I upload it: it displays correctly with "
        "VLC on my desktop and on my android phone, but plays rotated CCW 90 degrees",
        "the site's processing turns it; the file itself plays right side up, so rotating it "
        "would make it wrong",
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh297-19",
        "fix my round video message: when I send it, the round video turns into an ordinary video",
        "a messenger's setting (the size of round videos), not an edit of a given file",
        probe=Probe(duration=20.0, width=480, height=480),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
