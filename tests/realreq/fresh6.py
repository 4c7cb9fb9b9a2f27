"""A sixth fresh, held-out collection of real requests (tests/realreq/fresh6.md): one checkable
case a row, encoded the way fresh5.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Each case follows its row's
`expected` column. A row whose `expected` is `[no op] …` or `[needs analysis] …` is a refusal
(`no_op`); `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left
out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .corpus import ALSO_GIF, IMAGE
from .fresh import HOW_MUCH
from .score import (
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    Want,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh6.md")

#: The ways a 1920x1080 picture keeps its left half (its right half cropped off) ...
_LEFT_HALF = (
    step("crop_edges", left=0, top=0, bottom=0, right=50, unit="%")
    | step("crop_edges", left=0, top=0, bottom=0, right=960, unit="px")
    | step("crop_area", width=960, height=1080, anchor=AnyOf("left", "top-left"), x=None)
    | step("crop_area", width=960, height=1080, x=0)
)
#: ... and its right half (what becomes the left half once turned 180°).
_RIGHT_HALF = (
    step("crop_edges", right=0, top=0, bottom=0, left=50, unit="%")
    | step("crop_edges", right=0, top=0, bottom=0, left=960, unit="px")
    | step("crop_area", width=960, height=1080, anchor=AnyOf("right", "top-right"), x=None)
    | step("crop_area", width=960, height=1080, x=960)
)

#: A transition that fades (a crossfade, or through black or white).
_FADES = AnyOf("fade", "fadeblack", "fadewhite", "dissolve", "fadeslow", "fadefast")

#: Two subtitle files burned in at once, one above the other.
_SUBS = ["german.srt", "french.srt"]


def _dual(upper: str, lower: str) -> list[Want]:
    return [
        anywhere(step("subtitles", file=upper, position=AnyOf("top", "middle"))),
        anywhere(step("subtitles", file=lower, position=AnyOf("bottom", None))),
    ]


CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ trim and cut
    do(
        "fresh6-01",
        "Cut out the segment from 1:30 to 2:45 of this video. I want just that middle portion as a "
        "standalone clip.",
        [step("trim", start=90, end=165)],
        [step("keep_ranges", ranges=[[90, 165]])],
        probe=Probe(duration=300.0),
        note="skill example; 'cut out' here means keep that portion as the clip",
    ),
    do(
        "fresh6-02",
        "Remove the first 10 seconds (intro) and last 15 seconds (outro) from this video. Keep only"
        " the main content in the middle.",
        [step("trim", start=10, end=-15)],
        [step("trim", start=10, end=None), step("trim", start=0, end=-15)],
        [step("trim", start=0, end=-15), step("trim", start=10, end=None)],
        [step("cut_ranges", ranges=[[0, 10], [585, 600]])],
        [step("keep_ranges", ranges=[[10, 585]])],
        probe=Probe(duration=600.0),
        note="skill example",
    ),
    do(
        "fresh6-03",
        "Remove all silent portions and dead air from this video. Cut out any segments where there "
        "is no speaking or significant audio for more than 2 seconds.",
        [step("remove_silence", min_silence=2, where="all")],
        probe=Probe(duration=1800.0),
        note="skill example; only silences of 2 s or more",
    ),
    ask(
        "fresh6-04",
        'crop off the "stall" at the end of the capture (the time it takes to get back to the menu '
        "bar to click to stop recording), for the gif in a blog post",
        "how long the stall at the end is",
        (*HOW_MUCH, *WHICH_PART),
    ),
    out_of_scope(
        "fresh6-05",
        "Undo the trim",
        "undoing an earlier edit: there is no editing history",
    ),
    # ------------------------------------------------------------ speed
    do(
        "fresh6-06",
        "keep the clip from 00:30:49.640 to 00:30:58.840 and make it slow-motion (ffmpeg "
        "setpts=2.0*PTS)",
        [
            step("trim", start=1849.64, end=1858.84),
            step("speed", factor=0.5, start=None, end=None),
        ],
        [
            step("keep_ranges", ranges=[[1849.64, 1858.84]]),
            step("speed", factor=0.5, start=None, end=None),
        ],
        [
            step("speed", factor=0.5, start=1849.64, end=1858.84),
            step("trim", start=1849.64, end=1868.04),
        ],
        probe=Probe(duration=3600.0, fps=25.0),
        note="setpts=2.0*PTS doubles the duration: half speed",
    ),
    do(
        "fresh6-07",
        "Create a 10x time-lapse effect from this video. This is footage of a sunset, compress the "
        "30 minute recording into a 3 minute clip. Maintain smooth motion and remove audio.",
        [
            anywhere(step("speed", factor=10, start=None, end=None)),
            anywhere(step("mute")),
        ],
        probe=Probe(duration=1800.0),
        note="skill example; 'compress' here is the 30 min made 3 min by the 10x",
    ),
    do(
        "fresh6-08",
        "Create a hyperlapse effect from this walking footage. Speed up to 8x while applying "
        "stabilization and motion smoothing. This is a walk through a city street - make it look "
        "like a professional hyperlapse with smooth camera movement.",
        [
            anywhere(step("stabilize")),
            anywhere(step("speed", factor=8, start=None, end=None)),
            maybe(step("mute")),
        ],
        probe=Probe(duration=300.0),
        note="skill example; either order, the sound may be dropped at 8x",
    ),
    do(
        "fresh6-09",
        "Create a slow motion sports highlight from this basketball footage. Apply 0.3x slow motion"
        " with frame interpolation for smooth playback. Focus on making the dunk look dramatic and "
        "cinematic. Output at 60fps for smooth viewing.",
        [
            anywhere(step("speed", factor=0.3, smooth=True, start=None, end=None)),
            anywhere(step("fps", fps=60)),
            maybe(step("look", style="cinematic", start=None, end=None)),
        ],
        probe=Probe(duration=10.0),
        note="skill example; the clip is the dunk, slowed all through with interpolated frames",
    ),
    ask(
        "fresh6-10",
        "Apply a speed ramp effect to this video: Start at 0.5x slow motion for the first 2 seconds"
        " (the jump), then ramp up to 2x speed for the middle section (the landing and walk), then "
        "back to 0.5x for the final trick. Create smooth transitions between speed changes.",
        "where the middle section ends and the final trick starts",
        (*WHICH_PART, "middle", "final", "trick"),
        probe=Probe(duration=20.0),
        note="skill example; only the first 2 seconds are placed",
    ),
    ask(
        "fresh6-11",
        "make a custom speed video, for example 1,25 or 1,75",
        "which speed factor (1.25 or 1.75)",
        (*HOW_MUCH, "which", "factor", "how fast"),
        note="two examples, neither chosen",
    ),
    no_op(
        "fresh6-12",
        "This is a cooking tutorial video. Speed up the waiting/cooking parts to 4x (like when the "
        "food is just sitting in the oven or boiling) but keep the active cooking instruction parts"
        " at normal 1x speed. Make the speed transitions smooth.",
        "needs analysis",
        probe=Probe(duration=900.0),
        note="skill example; finding the waiting parts is content analysis",
    ),
    # ------------------------------------------------------------ audio
    no_op(
        "fresh6-13",
        "for the 1 mic shots there is only audio in the left channel: turn it into stereo, either "
        "by panning the left channel over to the middle or by copying the left channel into the "
        "right channel",
        "no op",
        note="no operation copies one channel into both",
    ),
    no_op(
        "fresh6-14",
        "put a high pass filter on the audio to remove all the low frequency hum; set the filter to"
        " about 120 Hz",
        "no op",
        note="no equalizer or high-pass operation; audio_denoise is not a 120 Hz high-pass",
    ),
    no_op(
        "fresh6-15",
        "make the interviewee louder: in the interview my voice is much louder than the "
        "interviewee's because I used a GoPro",
        "no op",
        note="evening out two voices needs a compressor or leveler; a volume change raises both",
    ),
    # ------------------------------------------------------------ resize, crop, rotate, zoom
    do(
        "fresh6-16",
        "convert the movie shot in 4:3 PAL DV to PAL DV Widescreen, with the top and bottom of the "
        "picture cropped, which is totally ok, but without it looking more fuzzy",
        [step("crop", aspect="16:9"), maybe(step("quality", level="high"))],
        [
            step("platform", platform="youtube", fit="crop"),
            maybe(step("quality", level="high")),
        ],
        probe=Probe(width=720, height=576, fps=25.0, duration=300.0),
        note="4:3 to 16:9 by cropping top and bottom",
    ),
    do(
        "fresh6-17",
        "of the 1920x1080 fullscreen video, get only the top left corner with 400x400 resolution",
        [
            step(
                "crop_area",
                width=400,
                height=400,
                anchor="top-left",
                x=AnyOf(None, 0),
                y=AnyOf(None, 0),
            )
        ],
        [step("crop_area", width=400, height=400, x=0, y=0)],
        [step("crop_edges", left=0, top=0, right=1520, bottom=680, unit="px")],
    ),
    do(
        "fresh6-18",
        "remove the top 30 pixels in the video (I recorded the whole browser window but want the "
        "address bar gone)",
        [step("crop_edges", top=30, left=0, right=0, bottom=0, unit="px")],
        [step("crop_area", width=1920, height=1050, x=AnyOf(None, 0), y=30)],
        [step("crop_area", width=1920, height=1050, anchor="bottom", x=None, y=None)],
    ),
    do(
        "fresh6-19",
        "rotate the video frame by 180° and cut the frame, leaving only the left half on screen",
        [step("rotate", degrees=180), _LEFT_HALF],
        [_RIGHT_HALF, step("rotate", degrees=180)],
        note="the left half of the turned picture is the right half of the original",
    ),
    no_op(
        "fresh6-20",
        "automatically zoom in on the cursor area during mouse movement or interactions, to "
        "emphasize cursor activity and make the project demonstration clearer",
        "needs analysis",
        note="following the cursor needs tracking; no zoom operation either",
    ),
    no_op(
        "fresh6-21",
        "add a zoom effect: zoompan=z='min(zoom+0.0015,1.5)':d=125:s=640x360",
        "no op",
        note="a slow zoom-in up to 1.5x; no zoom operation",
    ),
    # ------------------------------------------------------------ colour and looks
    do(
        "fresh6-22",
        "fix the recorded video: the picture looks desaturated and has less contrast, dark areas "
        "become lighter and light areas become darker, like the dynamic range is narrowing",
        [
            anywhere(step("contrast", percent=Above(0), start=None, end=None)),
            maybe(step("saturation", percent=Above(0), start=None, end=None)),
        ],
        note="more contrast, and more saturation if it likes",
    ),
    do(
        "fresh6-23",
        "re-encode the footage to make it smaller, and during processing slightly drop the contrast"
        " and boost the gamma: I regularly shoot in high-contrast scenarios",
        [
            anywhere(step("contrast", percent=Between(-40, -1), start=None, end=None)),
            anywhere(step("gamma", gamma=Between(1.01, 1.8), start=None, end=None)),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        note="slightly less contrast and a higher gamma, either order",
    ),
    do(
        "fresh6-24",
        "convert the .mov file to .mp4 with -vf eq=gamma=1.3: the resulting .mp4 is darker than the"
        " original",
        [
            step("gamma", gamma=1.3, start=None, end=None),
            maybe(step("convert", format="mp4")),
        ],
    ),
    ask(
        "fresh6-25",
        "add a gamma correction (I find gamma adjust is better than brightness adjust in many "
        "cases)",
        "which gamma: lighter or darker, and how much",
        (*HOW_MUCH, "which", "value", "lighter", "darker", "brighter"),
    ),
    no_op(
        "fresh6-26",
        "make a realistic 1980s VHS tape effect",
        "no op",
        note="no operation draws VHS artifacts; a vintage look drops them",
    ),
    # ------------------------------------------------------------ text, subtitles, overlays
    do(
        "fresh6-27",
        'insert the time & date in the timelapse video, i.e. "02/24/2014 - Started 7:38PM - Ended '
        '11:14PM" or "02/24/2014 - Print Job time 4:22"',
        [step("text", text="02/24/2014 - Started 7:38PM - Ended 11:14PM")],
        [step("text", text="02/24/2014 - Print Job time 4:22")],
        note="either example, anywhere on the frame",
    ),
    do(
        "fresh6-28",
        'Add a text watermark to this video saying "Copyright 2024 MyBrand" in white text with '
        "black outline. Position it in the bottom left corner, make it subtle but readable.",
        [
            step(
                "text",
                text="Copyright 2024 MyBrand",
                position="bottom-left",
                color="white",
                outline="black",
            )
        ],
        note="skill example",
    ),
    no_op(
        "fresh6-29",
        "Add a large DRAFT watermark text diagonally across the center of this video. Use white "
        "text with black stroke, 50% opacity. This is for preview purposes.",
        "no op",
        note="skill example; text has no angle or opacity",
    ),
    do(
        "fresh6-30",
        "show dual subtitles, German and French, both present at the same time: one language in one"
        " line on top, and the other in another line on the bottom",
        _dual("german.srt", "french.srt"),
        _dual("french.srt", "german.srt"),
        assets=_SUBS,
        note="two subtitle files, one above the other",
    ),
    no_op(
        "fresh6-31",
        "add a circle or an arrow to the clip, to highlight a specific soccer player on the field",
        "needs analysis",
        note="finding and following the player; no shape operation either",
    ),
    ask(
        "fresh6-32",
        "add the company/organisational logo at the start of the video recording, to make it look "
        "more professional",
        "the logo image (a file to add)",
        ("logo", "image", "file", "asset", "png"),
    ),
    ask(
        "fresh6-33",
        "remove the redundant head and tail, freeze the title and add a fire animation, fade the "
        "audio in, add an icon on the corner, and fade out the video",
        "how much head and tail, and the icon file",
        (*HOW_MUCH, "head", "tail", "icon", "image", "file", "title"),
        note="a README's list of a customer's needs",
    ),
    # ------------------------------------------------------------ joins
    do(
        "fresh6-34",
        "take splash.png, put it at the beginning of the video, fade it out, show the video, then "
        "at the end of the video, fade splash.png back in",
        [
            anywhere(step("transition", clips=["splash.png"], at="start", style=_FADES)),
            anywhere(step("transition", clips=["splash.png"], at="end", style=_FADES)),
        ],
        assets=["splash.png"],
        note="the same image before and after, faded both ways",
    ),
    # ------------------------------------------------------------ gif, formats, stills
    do(
        "fresh6-35",
        "make a GIF of the recording, around 400px wide at 15fps, that stays under Twitter's 5mb "
        "limit per gif",
        [
            anywhere(step("gif", width=Between(380, 420), fps=15)),
            anywhere(step("compress", max_mb=5)),
            ALSO_GIF,
        ],
        probe=Probe(duration=20.0),
    ),
    no_op(
        "fresh6-36",
        "convert the 30-second screen recording to a GIF: keep it under 5MB, no audio, speed up any"
        " loading/waiting sections (1.5–2x is fine), aim for 1280px wide max",
        "needs analysis",
        probe=Probe(duration=30.0),
        note="finding the loading/waiting sections is content analysis",
    ),
    do(
        "fresh6-37",
        "convert the video to webm for smaller size on the web",
        [
            step("convert", format="webm"),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
    ),
    do(
        "fresh6-38",
        "create a preview picture of a 5x4 grid of screenshots, each at an equal interval over the "
        "total playback time (like Video Thumbnails Maker or MTN)",
        [step("contact_sheet", columns=5, rows=4), IMAGE],
        [step("contact_sheet", columns=4, rows=5), IMAGE],
        probe=Probe(duration=600.0),
        note="5x4 read either way round",
    ),
    ask(
        "fresh6-39",
        "make the preview sheet with a screenshot captured every x seconds (a fixed time interval),"
        " the columns and/or rows being dynamic",
        "the interval (every how many seconds)",
        ("interval", "how often", "every", "seconds", "how many", "which"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh6-40",
        "quickly re-convert the film for an old TV (a compatibility mode for old players)",
        "which formats the old TV plays (codec, resolution, container)",
        ("format", "codec", "which", "tv", "resolution", "container", "model", "what"),
        probe=Probe(duration=5400.0),
    ),
    no_op(
        "fresh6-41",
        "Trim this video to create a seamless loop. Find a segment where the end flows naturally "
        "back to the beginning, ideally 5-10 seconds long for a satisfying social media loop.",
        "needs analysis",
        note="skill example; finding where the end flows back to the start is content analysis",
    ),
    # ------------------------------------------------------------ out of scope
    out_of_scope(
        "fresh6-42",
        "show the video countdown over the video on the other displays too, not only on the stage "
        "display, so the pastor knows how much time is left before we start",
        "a presentation program's display output",
    ),
    out_of_scope(
        "fresh6-43",
        "watch the new videos fullscreen with all 4 perspectives at the same time, each perspective"
        " individually mutable, started and paused in sync",
        "a player feature",
    ),
    out_of_scope(
        "fresh6-44",
        "use a higher bitrate for 4k video: it records at roughly the same bitrate for 4k and 1080p"
        " (~13Mbit/s) while Google Camera records at a more suitable 50Mbit/s",
        "a camera's capture setting",
    ),
    out_of_scope(
        "fresh6-45",
        "download the live with the chat overlaid: I want the mp4 with chat overlayed",
        "recording a live stream with its chat",
    ),
    out_of_scope(
        "fresh6-46",
        "save the last playback position and resume the same on reopening the video",
        "a player feature",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
