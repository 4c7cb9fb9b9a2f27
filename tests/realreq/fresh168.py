"""A hundred-and-sixty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh168.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh165's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests (Kata Containers' meeting recordings, a screensaver, websites' background and hero
videos, a school project's clips, the Omi app's onboarding demo, Mercur's and Pulsar's docs, AMP
by Example, an agent's landing page, Base's and Entur's sites, a hackathon, a podcast generator,
CodeCombat, a church presentation app, the feh image viewer, motionEyeOS and a chess bot) and one
from a father's blog post, in Japanese. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh168.md")

#: A smaller file, by a quality setting or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: Smaller than the 1920x1080 input, any way it is said.
_DOWN_1080 = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)

#: fresh168-05: 540p of the 720x1280 (portrait) clip, 540x960.
_540 = (
    step("resize", lines=540)
    | step("resize", width=540, height=AnyOf(960, None))
    | step("resize", height=960, width=AnyOf(540, None))
    | step("resize", percent=Between(74.5, 75.5))
)

#: fresh168-07: 720p of the 1920x1080 video.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67.5))
)

#: fresh168-08: 480x270 of the 1920x1080 video.
_480 = (
    step("resize", width=480, height=AnyOf(270, None))
    | step("resize", height=270, width=AnyOf(480, None))
    | step("resize", lines=270)
    | step("resize", percent=25)
)

#: fresh168-09: 1080p of the 3840x2160 video.
_1080 = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1920, None))
    | step("resize", width=1920, height=AnyOf(1080, None))
    | step("resize", percent=50)
)

#: fresh168-10: the letterbox bars of the 1920x1080 recording (a 2:1 picture) cropped off.
_BARS = (
    step("crop", aspect=AnyOf("2:1", "16:8"))
    | step("crop_edges", top=Above(0), bottom=Above(0))
    | step("crop_area", width=Between(1900, 1920), height=Between(940, 980))
)

#: fresh168-10: scaled to 1600x800.
_1600 = step("resize", width=1600, height=AnyOf(800, None)) | step(
    "resize", height=800, width=AnyOf(1600, None)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh168-01",
        "cut the about one hour of black screen with just @liubin's name in the middle that the "
        "architecture committee recording starts with: I suspect the recording is scheduled, and "
        "the scheduling time is wrong",
        [step("trim", start=Between(3300, 3900), end=None)],
        [step("cut", start=0, end=Between(3300, 3900))],
        [step("remove_black", where=AnyOf("start", "ends", "all"))],
        probe=Probe(duration=7200.0),
        note="the first hour (about 3600 s) cut off the 2-hour recording, or the black at the "
        "start",
    ),
    do(
        "fresh168-02",
        "slow the animation down: since it's a screensaver and going to be displayed for long "
        "periods of time, it kind of goes too fast",
        [step("speed", factor=Between(0.25, 0.8), **WHOLE)],
        probe=Probe(has_audio=False),
        note="slower, 0.25x to 0.8x, all of it",
    ),
    do(
        "fresh168-03",
        "compress the clouds .mp4 file: need to compress this before we go live",
        [
            anywhere(_SMALLER),
            maybe(_DOWN_1080),
            maybe(step("codec")),
            maybe(step("convert", format="mp4")),
            maybe(step("mute")),
        ],
        [
            anywhere(_DOWN_1080),
            maybe(step("quality")),
            maybe(step("codec")),
            maybe(step("convert", format="mp4")),
        ],
        note="a smaller file: a smaller-file setting or a size target (a smaller size is fair)",
    ),
    do(
        "fresh168-04",
        "compress birds.mp4: reduce its size without significant reduction of visual quality",
        [
            anywhere(step("quality", level=AnyOf("balanced", "small"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
        ],
        [
            anywhere(step("compress", max_mb=Above(0))),
            maybe(step("quality")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
        ],
        [
            anywhere(step("codec", codec="hevc")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        note="a smaller file at the same resolution (H.265 alone is fair)",
    ),
    do(
        "fresh168-05",
        "recompress the clip (2.6 MB → ~200 KB) to 540p with H.264, without audio (the clips have "
        "no voice): it lasts 1–3 s but weighs 2.6 MB at 720×1280, and on mobile data each button "
        "downloads megabytes",
        [
            anywhere(_540),
            anywhere(step("mute")),
            maybe(step("codec", codec="h264")),
            maybe(step("compress", max_mb=Between(0.1, 0.5))),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=2.0, width=720, height=1280),
        note="540x960 and no sound, any order (H.264 and about 0.2 MB may come with it)",
    ),
    do(
        "fresh168-06",
        "cap the onboarding demo's audio at 10 s: the omi-demo.mp4 (26 s) loops forever, so its "
        "audio played the whole clip",
        [
            step(
                "volume",
                percent=Below(1),
                start=Between(9.5, 10.5),
                end=AnyOf(None, Between(25.5, 26)),
            )
            | step(
                "volume",
                db=Below(-40),
                start=Between(9.5, 10.5),
                end=AnyOf(None, Between(25.5, 26)),
            )
        ],
        probe=Probe(duration=26.0),
        note="silence from 10 s to the end of the 26 s video",
    ),
    do(
        "fresh168-07",
        "re-encode the ~6-minute narrated home showcase video keeping its audio: 720p H.264 video "
        "+ AAC stereo audio, still under Mintlify's 20 MB per-file limit (the earlier re-encode "
        "dropped the audio track, so it played silently even when unmuted)",
        [
            anywhere(_720),
            anywhere(step("compress", max_mb=Between(5, 20))),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=360.0),
        note="720p and under 20 MB, either order, the sound kept",
    ),
    do(
        "fresh168-08",
        "improve the video sample: recode the video to 480x270 and remove the audio track",
        [
            anywhere(_480),
            anywhere(step("mute")),
            maybe(step("codec")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        note="480x270 and no sound, either order",
    ),
    do(
        "fresh168-09",
        "make the 4K, 30 s, 76 MB Pulsar Studio demo a web-optimized 1080p H.264 MP4 (~4 MB): it "
        "is far too heavy for a landing page",
        [
            anywhere(_1080),
            maybe(step("codec", codec="h264")),
            maybe(step("compress", max_mb=Between(2, 8))),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=30.0, width=3840, height=2160),
        note="1080p of the 3840x2160 demo (H.264, an MP4 and about 4 MB may come with it)",
    ),
    do(
        "fresh168-10",
        "process the 11MB .mov screen recording of Octo Desktop for the landing page's hero: crop "
        "the baked-in letterboxing, speed it up 2x (38s → ~19s), scale it to 1600x800, H.264",
        [
            _BARS,
            anywhere(step("speed", factor=2, **WHOLE)),
            _1600,
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
            maybe(step("mute")),
        ],
        probe=Probe(duration=38.0),
        note="the bars cropped off (2:1), twice as fast, then 1600x800",
    ),
    do(
        "fresh168-11",
        "re-encode the original mp4 of the globe animation into webm: the prior video was very "
        "choppy; fix the choppy playback and reduce the file size",
        [
            anywhere(step("convert", format="webm")),
            maybe(step("quality")),
            maybe(step("compress")),
            maybe(step("fps")),
        ],
        note="a webm (a smaller-file setting may come with it)",
    ),
    do(
        "fresh168-12",
        "change the landing page video from gif to webm: it reduces file size and makes handling "
        "playing and pausing the video easier",
        [
            anywhere(step("convert", format="webm")),
            maybe(step("quality")),
            maybe(step("compress")),
        ],
        probe=Probe(duration=20.0, has_audio=False),
        note="the GIF as a webm",
    ),
    no_op(
        "fresh168-13",
        "turn the 2 scenes of my elder daughter's wall-climbing video by 90 degrees: in them she "
        "seems to be crawling along the floor instead of climbing up, while the other 5 scenes are "
        "fine, so joined together it looks very unnatural",
        "no op",
        note="no op: rotating only 2 of the 7 scenes (when they are is not said either); rotate "
        "turns the whole video",
    ),
    ask(
        "fresh168-14",
        "make our project video a 1-3 minutes quick walkthrough: it's very detailed and that's "
        "cool",
        "which parts to keep (what goes in the walkthrough)",
        (*WHICH_PART, "which parts", "parts", "keep", "what", "minutes", "walkthrough"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh168-15",
        "add a fade in and fade out bumper audio clip (i.e. soundtrack music of 10 seconds or "
        "something) to the podcast",
        "which music (the file to add)",
        (
            "which music",
            "music file",
            "file",
            "track",
            "song",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    ask(
        "fresh168-16",
        "add subtitles to the tutorial video: this would be good for when the player doesn't have "
        "sound, and translated subtitles would help players in other languages",
        "the subtitles (a subtitle file or their words, and which languages)",
        (
            "subtitle file",
            "srt",
            "vtt",
            "file",
            "which",
            "what",
            "text",
            "transcript",
            "words",
            "language",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    out_of_scope(
        "fresh168-17",
        "add an option to loop the video: we play a video on a loop before the service begins",
        "a church presentation app's loop-playback option, not an edit of a file",
    ),
    out_of_scope(
        "fresh168-18",
        "add a simple transition option like fade-in fade-out while the slideshow is running: I "
        "use it so that my mother, who is 84 years old and lives alone, can see pictures of our "
        "old family trip in a slideshow all day",
        "an image viewer's slideshow transitions, not an edit of a video",
    ),
    out_of_scope(
        "fresh168-19",
        "schedule no recording between 10 pm and 7 am, when my baby is asleep and not in the "
        "lounge: my cameras are recording 24/7",
        "a security camera's recording schedule, not an edit of a file",
    ),
    out_of_scope(
        "fresh168-20",
        "do a gif of part of the lichess game, from Black's 31st move until the end, with the "
        "board from Black's point of view: to illustrate a particularly fun or interesting part "
        "of the game",
        "rendering a chess game from its Lichess record as a GIF, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
