"""A thirty-fifth fresh, held-out collection of real requests (tests/realreq/fresh35.md): one
checkable case a row, encoded the way fresh33.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh33's, the
rows are short, typical asks, like the development set's; 21 come from GitHub issues and pull
requests of video editors, converters, encoders, GIF tools, a frame interpolator, a capture
plugin, a behaviour coding tool, a demo, a WebRTC SDK and a screen mirroring tool, 2 from forums.
Each case follows its row's `expected` column; `[no op]` rows are DOABLE refusals and `[out of
scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and
the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh35.md")

#: A still frame saved as an image (a jpg or png if the plan names one).
_IMAGE = maybe(step("convert", format=AnyOf("jpg", "jpeg", "png")))

CASES: tuple[Case, ...] = (
    do(
        "fresh35-01",
        "I have an mp4 video, recorded from another app, and I want to have it in gif",
        [GIF],
        note="an animated GIF",
    ),
    do(
        "fresh35-02",
        'display "by czl9707/gh-space-shooter" as a watermark in the bottom-right corner of the '
        "generated GIF",
        [
            step("text", text="by czl9707/gh-space-shooter", position="bottom-right", **WHOLE),
            GIF,
        ],
        note="the words in the bottom-right corner throughout, then the GIF",
    ),
    do(
        "fresh35-03",
        "add the image/logo for the first 5 seconds of the video only, not on for the entire "
        "video length",
        [step("overlay_image", file="logo.png", start=AnyOf(None, 0), end=5)],
        assets=["logo.png"],
        note="the logo from the start to 5 s, anywhere",
    ),
    do(
        "fresh35-04",
        "concat this video and video2.mp4 just one after another",
        [step("join", clips=AnyOf(["video2.mp4"], []), at="end")],
        assets=["video2.mp4"],
        note="video2.mp4 after this one",
    ),
    do(
        "fresh35-05",
        "embed the subtitles into the video: I do a weekly church service for TV, and the TV said "
        "last week's file did not work",
        [step("subtitles", file=AnyOf("service.srt", None))],
        assets=["service.srt"],
        note="the subtitles burned in",
    ),
    do(
        "fresh35-06",
        "fade slowly from black to the intro at the start of the video",
        [
            step(
                "fade",
                direction="in",
                duration=Between(2, None),
                target=AnyOf("video", "both"),
            )
        ],
        note="a slow fade in from black: 2 s or longer",
    ),
    do(
        "fresh35-07",
        "remove the awful humming/static noise the new lav mic caused whenever my interviewee "
        "spoke: I didn't hear it when I was filming",
        [step("audio_denoise")],
        note="the noise taken out of the sound",
    ),
    do(
        "fresh35-08",
        "reverse the video (play it backwards): users say reverse playback is very practical",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh35-09",
        "splice the video with itself, joined head to tail",
        [step("loop", times=2)],
        note="the video twice in a row",
    ),
    do(
        "fresh35-10",
        "make the video 30 fps, not 60: my anime edit should be at 30 fps",
        [step("fps", fps=30)],
        probe=Probe(fps=60.0),
        note="30 frames a second, same length",
    ),
    do(
        "fresh35-11",
        "set the frame rate of the 23.93 fps video to double, rather than specifying a target: "
        "when I converted it into 60 it turned out slow-mo",
        [step("fps", fps=Between(47.5, 48))],
        probe=Probe(fps=23.93),
        note="twice the frame rate (47.86), same length",
    ),
    do(
        "fresh35-12",
        "generate a thumbnail image of the recorded video, for the preview",
        [step("still"), _IMAGE],
        note="one frame as an image, any time",
    ),
    do(
        "fresh35-13",
        "stabilize the game screen recording: the picture in motion always shakes, and when it "
        "speeds up it shakes terribly; GoPro-style automatic optimization would be best, but at "
        "least reduce the amplitude of the shaking",
        [step("stabilize")],
        note="steadied, any strength",
    ),
    do(
        "fresh35-14",
        "change the brightness of the video: that would be really helpful for darker videos",
        [step("brightness", percent=Above(0), **WHOLE)],
        note="brighter, all of it",
    ),
    no_op(
        "fresh35-15",
        "add an old-style film grain effect, like the dusty effect of old 1920s stock film",
        "film grain and dust; no grain op (look(vintage) tones the colours but adds no grain)",
    ),
    do(
        "fresh35-16",
        "slow down and blur the clip of my two nephews walking toward me, blurred to the point "
        "that you can't make out what it is: adding Blur to the clip 6 times didn't make it "
        "blurry enough",
        [
            anywhere(step("speed", factor=Below(1), **WHOLE)),
            anywhere(step("blur", strength=AnyOf("strong", Above(15)), **WHOLE)),
        ],
        note="slower and strongly blurred, all of it, either order",
    ),
    ask(
        "fresh35-17",
        "export a frame as jpg or png, to edit it in gimp and import it again",
        "which frame (a time)",
        (*WHICH_PART, "which frame", "frame", "moment", "second", "timestamp"),
    ),
    ask(
        "fresh35-18",
        "get a 5 to 10 sec gif from the video and make it a thumbnail like on youtube",
        "which 5 to 10 seconds (and how long)",
        (*WHICH_PART, "how long", "which seconds", "seconds", "part", "segment"),
    ),
    ask(
        "fresh35-19",
        'add text, words, much like subtitles ("English Subtitles for the Hearing Impaired"), so '
        "people can understand exactly what I say: I am profoundly deaf and I don't speak very "
        "well",
        "the words (a transcript or subtitle file)",
        (
            "subtitle file",
            "srt",
            "transcript",
            "what text",
            "which text",
            "words",
            "what you say",
            "file",
            "text",
        ),
    ),
    ask(
        "fresh35-20",
        "stitch multiple videos together",
        "which other videos (none is given)",
        (
            "which videos",
            "which clips",
            "which files",
            "other video",
            "other clip",
            "second video",
            "videos",
            "clips",
            "files",
            "file",
        ),
    ),
    out_of_scope(
        "fresh35-21",
        "while the video is being pushed (streamed) or played, add date, address, title, logo "
        "and other watermarks in a corner of it, so sensor data can be shown in the video",
        "overlays on a live stream or during playback, fed by sensor data",
    ),
    out_of_scope(
        "fresh35-22",
        "auto repeat/loop the video in the editor, so I can tell whether it is perfectly looped "
        "before I export it: I want to use the mp4 as a gif with audio, pretty much",
        "looped preview playback in an editor; not an edit of the file",
    ),
    out_of_scope(
        "fresh35-23",
        "blur people's faces in the live video feed I'm showing to a client",
        "a live feed (and faces need detection); not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
