"""A forty-fourth fresh, held-out collection of real requests (tests/realreq/fresh44.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh43's, the
rows are short, typical asks, like the development set's; 18 come from GitHub issues and pull
requests (a GoPro firmware's labs, a website's hero video, a game's cutscenes, a training kit's
video, a video trimmer, a teaching-video tool, a GPU screen recorder, a YouTube archiver, a
Mastodon server, a GoPro/DJI media tool, a coding platform's streamer, a WebTorrent renderer, a
YouTube client's patches, a sign-language dataset, an app-preview recorder, an animal-tracking
package, a Ring doorbell plugin and a YouTube extension), six from forum threads and an article
(the VEGAS forum, Creative COW, Larry Jordan's newsletter). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh44.md")


CASES: tuple[Case, ...] = (
    do(
        "fresh44-01",
        "remove the audio from the HERO12 video: MUTE doesn't work on HERO12",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh44-02",
        "strip the unused audio track from the hero video: it is purely decorative, and plays "
        "muted on the website anyway",
        [step("mute")],
        probe=Probe(duration=32.0),
        note="no sound track",
    ),
    do(
        "fresh44-03",
        "lower the volume of the transport sequence video by 10~15%: it is quite loud",
        [
            step("volume", percent=Between(85, 90), **WHOLE)
            | step("volume", db=Between(-1.42, -0.91), **WHOLE)
        ],
        note="the level 10 to 15 % lower (85-90 %, about -0.9 to -1.4 dB), all of it",
    ),
    do(
        "fresh44-04",
        "normalize the audio levels of the video: it seems to fluctuate between loud and very low",
        [step("normalize")],
        note="the loudness normalized, any target",
    ),
    do(
        "fresh44-05",
        "remove the hum from the ceremony audio I took from the DJ's board at yesterday's "
        "wedding: it started about 10 minutes into the ceremony",
        [step("audio_denoise")],
        probe=Probe(duration=2400.0),
        note="the sound's steady hum reduced",
    ),
    do(
        "fresh44-06",
        "remove the video from the recording and keep the audio: sometimes people want to "
        "extract audio from a recording",
        [SOUND_ALONE],
        note="the sound alone, as an audio file of any kind",
    ),
    do(
        "fresh44-07",
        "delete the dead space between sentences in my self-taped teaching video: I let the "
        "camera roll and record one or two sentences at a time, with a pause in between",
        [step("remove_silence", where="all")],
        note="every pause cut out",
    ),
    do(
        "fresh44-08",
        "save only the last 30 seconds of the 5 minute replay: I keep replays stored for a long "
        "time, and they slowly take up more and more space",
        [step("trim", start=-30, end=AnyOf(None, 300))],
        probe=Probe(duration=300.0),
        note="the last 30 s of the 5-minute replay (from 4:30)",
    ),
    do(
        "fresh44-09",
        "cut the endcard off the downloaded video (it starts at 23:05): endcards have no purpose "
        "outside of YouTube and break the flow between two videos on a media server",
        [step("trim", start=0, end=1385)],
        [step("cut", start=1385, end=Between(1409, None))],
        [step("keep_ranges", ranges=[[0, 1385]])],
        probe=Probe(duration=1410.0),
        note="everything up to 23:05 kept, the endcard after it cut off",
    ),
    do(
        "fresh44-10",
        'render my movie so the voices are "talking fast", say from 1.0 to 1.33 speed',
        [step("speed", factor=1.33, **WHOLE)],
        note="1.33 times as fast, all of it",
    ),
    do(
        "fresh44-11",
        "make the slow-motion video from my iPhone (239.972 fps, 3.69 s) play slowly: played in "
        "slow motion on the phone it lasts more around 16 seconds than 4",
        [step("speed", factor=Between(0.2, 0.26), **WHOLE), maybe(step("fps"))],
        probe=Probe(duration=3.69, fps=239.972),
        note="slowed to about 3.69/16 (0.23) of its speed, 1/4 to 1/5 is fair; a frame rate "
        "may come with it",
    ),
    do(
        "fresh44-12",
        "convert the H.265 video off my GoPro to H.264: some older PCs, and also NLE video "
        "editors, don't support the hyper compressed CPU intensive H.265 videos",
        [
            step("codec", codec="h264"),
            maybe(step("convert", format=AnyOf("mp4", "mov", "mkv"))),
            maybe(step("reencode")),
        ],
        note="the picture encoded as H.264 (the container may be named with it)",
    ),
    do(
        "fresh44-13",
        "convert the Streamer recording into a more standard format like .mp4: it is a .webm "
        "with the h264 codec, which many popular video editing tools, like iMovie, don't support",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="an mp4 file",
    ),
    do(
        "fresh44-14",
        "reduce the size of our monthly show video by half without losing obvious quality: it "
        "is over 4G, the shows are 1-2 hours long",
        [
            step("codec", codec="hevc")
            | step("quality", level=AnyOf("small", "balanced"))
            | step("compress", max_mb=Between(1500, 2600)),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=5400.0),
        note="about half the size: HEVC, a smaller-file setting, or a limit of about 2 GB",
    ),
    do(
        "fresh44-15",
        "do a center cut of the 720p footage to get it into a 4:3 format: we can only broadcast "
        "4:3 footage out of our news switcher, and we cannot letterbox it",
        [
            step("crop", aspect="4:3")
            | step("crop_area", width=960, height=720, x=None, y=None, anchor="center")
            | step("crop_area", width=960, height=720, x=160, y=0),
            maybe(step("resize")),
        ],
        probe=Probe(width=1280, height=720, fps=59.94),
        note="the middle 960x720 of the 1280x720 picture (a 4:3 SD size may come with it)",
    ),
    do(
        "fresh44-16",
        "fit the 4:3 clip into 16:9 like in news reports, with left and right edges that are "
        "zoomed and blurred replication of the clip's edges",
        [step("blur_fill", aspect="16:9")],
        probe=Probe(width=640, height=480),
        note="the 4:3 picture in a 16:9 frame, the sides a blurred enlarged copy",
    ),
    do(
        "fresh44-17",
        "rotate the Flip camera video so the standing child is upright: she rotated the camera "
        "to get a vertical shot, and when she played it back the standing child was horizontal",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(width=1280, height=720),
        note="a quarter turn, either way (the direction is not said)",
    ),
    do(
        "fresh44-18",
        "flip the instructional video horizontally (as if viewed in a mirror): it is easier to "
        "follow when I need to mirror the demonstrator's movements",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    ask(
        "fresh44-19",
        "crop the black part at the bottom of the video: it contains labeled information",
        "how much to crop (the height of the black part, in pixels)",
        ("how many pixels", "pixels", "how much", "how tall", "height", "how big", "size"),
    ),
    ask(
        "fresh44-20",
        "trim out the waste recorded a little before and after in the App Preview screen "
        "recording: App Store Connect won't accept a screen recording that's over 30 seconds "
        "long",
        "which part to keep (where the preview starts and ends)",
        ("which part", "which", "where", "when", "start", "end", "keep", "time", "seconds"),
        probe=Probe(duration=45.0),
    ),
    ask(
        "fresh44-21",
        "cut the idle time at the start of the video where the animal is not visible yet "
        "(anywhere from 0 to 6 seconds)",
        "how long the idle start is (where the animal appears)",
        ("how many seconds", "how long", "seconds", "when", "where", "time", "appear"),
    ),
    ask(
        "fresh44-22",
        "speed up the sound and picture where the interviewee is VERY slow, while keeping it "
        "still looking normal: a good minute or two of interview time at once",
        "which part is slow, and how much faster",
        ("which part", "which", "where", "when", "how much", "how fast", "faster", "factor"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh44-23",
        "make the orientation of the video doorbell's video changeable by 90°, right or left: I "
        "had to install the Ring doorbell 90° turned, so the video is turned too",
        "a setting of a video doorbell's live video in a HomeKit plugin, not an edit of a file",
    ),
    out_of_scope(
        "fresh44-24",
        "let me set the target loudness the YouTube videos are normalized to, lower than -14 "
        "LUFS, for more consistent volume",
        "a playback setting of a browser extension for YouTube, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
