"""A nineteenth fresh, held-out collection of real requests (tests/realreq/fresh19.md): one
checkable case a row, encoded the way fresh18.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh18's, the rows
are short, typical asks, like the development set's; 13 of them come from GitHub issue threads,
12 from forums and Q&A pages outside GitHub and 5 from personal notes kept as GitHub gists. Each
case follows its row's `expected` column; `[no op]` and `[needs analysis]` rows are DOABLE
refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left
out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh19.md")

#: fresh19-06: 276 px off the top and the bottom of 3840x2160 (3840x1608 left), then 480 lines.
_LETTERBOX_OFF = step("crop_edges", top=276, bottom=276, left=0, right=0, unit="px") | step(
    "crop_area", width=3840, height=1608, x=AnyOf(0, None), y=AnyOf(276, None)
)
_480 = (
    step("resize", height=480, width=AnyOf(1146, 1148, None))
    | step("resize", lines=480)
    | step("resize", width=AnyOf(1146, 1148), height=AnyOf(480, None))
)

#: fresh19-14: picture and sound faded together.
_BOTH = AnyOf("both", None)

CASES: tuple[Case, ...] = (
    do(
        "fresh19-01",
        "cut away the beginning and the end of the screen recording: the countdown of 3 sec. "
        "after starting the recording and the last 5 sec.",
        [step("trim", start=3, end=AnyOf(-5, 55))],
        note="3 s off the start and 5 s off the end of the 60 s probe",
    ),
    do(
        "fresh19-02",
        "fit the 8 mins long HD video within Facebook's 30MB restriction",
        [step("compress", max_mb=Between(25, 30))],
        probe=Probe(duration=480.0),
    ),
    do(
        "fresh19-03",
        "amp/gain the image brightness of the video",
        [step("brightness", percent=Above(0), start=None, end=None)],
        note="brighter, by any amount",
    ),
    do(
        "fresh19-04",
        "add the subtitles to the video: the default is white and I want them yellow or blue",
        [step("subtitles", file=AnyOf("subs.srt", None), color=AnyOf("yellow", "blue"))],
        assets=["subs.srt"],
    ),
    do(
        "fresh19-05",
        "concatenate the recording and its continuation recording001.ts, split after a crash",
        [step("join", clips=AnyOf(["recording001.ts"], []), at="end")],
        assets=["recording001.ts"],
    ),
    do(
        "fresh19-06",
        "convert the 3840x2160 movie, 2.39:1 letterboxed, to 480p for the kids' tablets, cropping "
        "off 276 pixels from the top and bottom: -vf crop=iw:ih-552:0:276,scale=1146:480",
        [_LETTERBOX_OFF, _480],
        probe=Probe(width=3840, height=2160),
        note="the bars cropped off first, then 480 lines high (1146 wide, as the command says)",
    ),
    do(
        "fresh19-07",
        "convert the WebM screen recording to a (smaller) GIF to share on Slack, 600 pixels in "
        "height",
        [anywhere(step("resize", height=600)), step("gif")],
        [anywhere(step("resize", lines=600)), step("gif")],
        [step("gif", width=Between(1060, 1070))],
        probe=Probe(duration=30.0),
        note="600 px high: from 1920x1080, 1067 wide",
    ),
    do(
        "fresh19-08",
        "shrink the screen recording session: -filter:v fps=30 -vcodec libx264 -crf 28 -preset "
        "faster",
        # (written in order at collection although its note says either; put right after)
        [
            anywhere(step("fps", fps=30)),
            anywhere(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=Probe(fps=60.0),
        note="30 fps and a smaller encode (crf 28); the order does not matter",
    ),
    do(
        "fresh19-09",
        "convert the HD 25p footage to 24p: it is silent, and it won't be a problem if it's slower",
        [step("speed", factor=Between(0.95, 0.97)), maybe(step("fps", fps=24))],
        [step("fps", fps=24)],
        probe=Probe(fps=25.0),
        note="slowed to 24/25 (every frame kept), or frames dropped to 24 fps",
    ),
    do(
        "fresh19-10",
        "speed up the video of the drawing, which takes 9 minutes, so it is only about 30 seconds",
        [step("speed", factor=Between(16, 20), start=None, end=None)],
        probe=Probe(duration=540.0),
        note="540 s to about 30 s: 18x",
    ),
    do(
        "fresh19-11",
        "the speech in the recording is nearly inaudible (about −33 dBFS): apply a plain gain of "
        "+15–20 dB",
        [step("volume", db=Between(15, 20), start=None, end=None)],
        [step("volume", percent=Between(560, 1000), start=None, end=None)],
        [step("normalize")],
        note="+15 to +20 dB; normalizing the level, the other fix the person names, is fair too",
    ),
    do(
        "fresh19-12",
        "cut the dead air out of the meeting recording: the silence gaps longer than 10 minutes, "
        "ambient room noise at -35 dB or below",
        [step("remove_silence", threshold_db=Between(-40, -30), min_silence=Between(30, 60))],
        probe=Probe(duration=54000.0),
        note="10 minutes is beyond min_silence's 60 s maximum: the longest gaps it takes",
    ),
    do(
        "fresh19-13",
        "add a 3-sec fading out title image (title.png) before the video",
        [
            step(
                "transition",
                clips=AnyOf(["title.png"], []),
                at="start",
                image_seconds=AnyOf(3, None),
            )
        ],
        [step("join", clips=AnyOf(["title.png"], []), at="start", image_seconds=3)],
        assets=["title.png"],
        note="the image shown 3 s before the video, fading into it (a plain join is fair too)",
    ),
    do(
        "fresh19-14",
        "fade the video clip in and out, picture and sound, with a fade length of 1.25 seconds",
        [
            anywhere(step("fade", direction="in", duration=1.25, target=_BOTH)),
            anywhere(step("fade", direction="out", duration=1.25, target=_BOTH)),
        ],
    ),
    no_op(
        "fresh19-15",
        "deflicker the timelapse (ffmpeg's deflicker filter)",
        "deflickering (evening out frame-to-frame brightness); no such operation",
    ),
    no_op(
        "fresh19-16",
        "increase the bass of the video's sound",
        "a bass boost needs an equalizer; volume raises every frequency alike",
    ),
    no_op(
        "fresh19-17",
        "remove the vignetting before stabilization: the chaotic shaking of dark corners does not "
        "look very good",
        "vignetting correction; vignette only adds dark corners",
    ),
    no_op(
        "fresh19-18",
        "get rid of the crackling distortion the lav mic audio gives off when the subjects speak",
        "repairing distorted (clipped) audio; audio_denoise takes out noise, not distortion",
    ),
    no_op(
        "fresh19-19",
        "cover up the corner of the picture frame in the top left corner with the gray "
        "background color of the wall",
        "painting a region of the picture over with a colour; no such operation",
    ),
    no_op(
        "fresh19-20",
        "make the background black and white while the actor addressing the camera remains in "
        "color (a 4 minute steadicam shot)",
        "needs analysis: separating the actor from the background (person segmentation)",
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh19-21",
        "add text, like the date and time at the corner, like how camcorders used to do",
        "which date and time (no text is given)",
        ("which", "what", "date", "time", "text", "words"),
    ),
    ask(
        "fresh19-22",
        "crop the video to get rid of the blue frame",
        "how wide the blue frame is (how much to crop off each edge)",
        ("how much", "how many", "how wide", "how thick", "pixels", "width", "size", "edge"),
    ),
    ask(
        "fresh19-23",
        "improve the sharpness of the first few minutes of the service: they are slightly out of "
        "focus",
        "which part: how many minutes",
        (*WHICH_PART, "how many", "how long", "minutes"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh19-24",
        "the widescreen video was shot the wrong way: change the 480x720 video into one that is "
        "720x480",
        "which way to turn it (clockwise or counterclockwise)",
        ("which way", "which direction", "direction", "clockwise", "counterclockwise", "left"),
        probe=Probe(width=480, height=720),
    ),
    ask(
        "fresh19-25",
        "put a text message on the bottom of the screen with a yellow ribbon behind the text, "
        "like on Oprah",
        "what text",
        ("which", "what", "text", "words", "say", "wording", "message"),
    ),
    ask(
        "fresh19-26",
        "change the speed of the small video clip without changing the pitch of the audio",
        "how much faster or slower",
        ("how much", "how fast", "faster", "slower", "factor", "which", "what", "times", "value"),
    ),
    out_of_scope(
        "fresh19-27",
        "replace the cloudy sky of the overcast day with a sunny sky in the real-estate video",
        "generative sky replacement",
    ),
    out_of_scope(
        "fresh19-28",
        "I recorded a man's voice: change it to a woman's",
        "AI voice conversion",
    ),
    out_of_scope(
        "fresh19-29",
        "repair the MP4 of the seminar I recorded on my iPhone: the battery died, the file is "
        "corrupted and I cannot play it anymore",
        "repairing a corrupted file",
    ),
    out_of_scope(
        "fresh19-30",
        "substitute the letters 'USA' on the launching rocket with other letters",
        "replacing moving lettering in the picture (tracking and inpainting)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
