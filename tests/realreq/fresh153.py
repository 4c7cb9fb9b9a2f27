"""A hundred-and-fifty-third fresh, held-out collection of real requests
(tests/realreq/fresh153.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh149's, the
rows are short, typical asks, like the development set's, mostly about people's own camera
footage: 8 come from GitHub issues (a Raspberry Pi camera's web interface, picamera, OpenShot,
an AI remastering pipeline, DeOldify, GoPro Labs, Immich and a beehive camera project), 6 from
blog posts (a cheap camera's wolf walk, an iPhone dog walk in Japanese, a model railway's cab
ride videos, a motorcycle helmet camera, a biking trip's GoPro footage), 2 from forum threads, one
from a Russian camcorder site's Q&A page and one from a cycling news story quoting its reader.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    SOUND_ALONE,
    VERTICAL,
    WHOLE,
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh153.md")

#: The 720x576 VHS capture's bottom lines: 4 to 30 of its 576 lines, or 0.7 to 5.2%.
_VHS_PX = Between(4, 30)
_VHS_PERCENT = Between(0.7, 5.2)

CASES: tuple[Case, ...] = (
    do(
        "fresh153-01",
        "make a neat edit of the wolf walk video from my cheap digital camera: edit the first and "
        "last 4 seconds off (the video ends when I walk up and turn the camera off)",
        [step("trim", start=4, end=AnyOf(-4, 56))],
        [step("keep_ranges", ranges=[[4, 56]])],
        [step("cut_ranges", ranges=[[0, 4], [56, 60]])],
        [step("trim", start=4, end=None), step("trim", start=0, end=AnyOf(-4, 52))],
        [step("trim", start=0, end=AnyOf(-4, 56)), step("trim", start=4, end=None)],
        note="4 s off each end of the 60 s video: 4 to 56 kept",
    ),
    do(
        "fresh153-02",
        "fix the video of our dog's walk that my daughter shot on the iPhone: she started "
        "shooting vertically and changed to horizontal partway, so uploaded to YouTube the "
        "vertical video, already with black on the left and right, came out sideways",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=VERTICAL,
        note="a quarter turn, either way, all of it",
    ),
    do(
        "fresh153-03",
        'fix the "garbage" of distorted stripes (lines) at the bottom of the frame in the video '
        "digitized from a VHS cassette: it was not visible on the TV",
        [
            step("crop_edges", bottom=_VHS_PX, unit="px"),
            maybe(step("resize")),
            maybe(step("pad")),
        ],
        [
            step("crop_edges", bottom=_VHS_PERCENT, unit="%"),
            maybe(step("resize")),
            maybe(step("pad")),
        ],
        [
            step("crop_area", width=720, height=Between(546, 572), y=0)
            | step(
                "crop_area",
                width=720,
                height=Between(546, 572),
                y=None,
                anchor=AnyOf("top", "top-left", "top-right"),
            ),
            maybe(step("resize")),
            maybe(step("pad")),
        ],
        probe=Probe(width=720, height=576, fps=25.0),
        note="the bottom lines of the 720x576 capture cropped off (4 to 30 lines); scaling or "
        "padding back to 720x576 may follow",
    ),
    do(
        "fresh153-04",
        "make the 1920x1080 recording from my Pi camera play back exactly in real time, matching "
        "the stop watch side by side: the playback is speeded up by 2 sec in a 45 sec video",
        [step("speed", factor=Between(0.94, 0.97), **WHOLE)],
        probe=Probe(duration=43.0, fps=24.0),
        note="slowed by 43/45 (or 45/47), about 0.956, all of it",
    ),
    do(
        "fresh153-05",
        "make the video I sampled at 12 fps play back at 12 fps: playback of the video shows that "
        "it goes much faster (I believe that is because it is playing back at 30fps)",
        [step("speed", factor=Between(0.38, 0.5), **WHOLE), maybe(step("fps"))],
        probe=Probe(fps=30.0),
        note="slowed to 12/30 = 0.4 (12/25 = 0.48 fair), all of it",
    ),
    do(
        "fresh153-06",
        "extract the sound track to a folder on my computer, so I can do some custom editing in "
        "Audacity",
        [SOUND_ALONE],
        note="the sound alone, any audio file",
    ),
    do(
        "fresh153-07",
        "adjust my indoor cab ride video from the Mobius Maxi 4K action camera: the image quality "
        "tends to be unsaturated, with low contrast",
        [
            anywhere(step("saturation", percent=Above(0), **WHOLE)),
            anywhere(step("contrast", percent=Above(0), **WHOLE)),
            maybe(step("brightness")),
            maybe(step("gamma")),
        ],
        probe=Probe(width=3840, height=2160),
        note="more colour and more contrast, either order, all of it",
    ),
    do(
        "fresh153-08",
        "fix the gate jitter of my really old film, and remove the duplicate frames: as you know "
        "they were not 25/30 frames originally",
        [anywhere(step("stabilize")), anywhere(step("fps", fps=Between(12, 24)))],
        probe=Probe(fps=25.0),
        note="steadied, and down to the film's own rate (about 16-18 fps; 12 to 24), either order",
    ),
    no_op(
        "fresh153-09",
        "get rid of the colour flickering in the episodes of an old kids show from my country "
        "that I colorized: it happens mostly during busy scenes or during movement in a scene",
        "no op",
        note="no op: evening out the colour from frame to frame (a deflicker)",
    ),
    no_op(
        "fresh153-10",
        "remove the 3D-printed draw-bar rod from my model railroad cab ride video: it is extremely "
        "visible, even after cropping a 1080p out of the 4K video, and I've had many comments "
        "that it's quite distracting",
        "needs analysis",
        probe=Probe(width=1920, height=1080),
        note="needs analysis: finding the rod in every frame (it moves in turns) and painting it "
        "out",
    ),
    no_op(
        "fresh153-11",
        "fix my grandmother's recording of her old timey band's concert: the recorder was placed "
        "too close to the guitar amp, and the guitar is overpowering the rest of the band",
        "needs analysis",
        note="needs analysis: turning one instrument down in a one-track mix means separating it",
    ),
    no_op(
        "fresh153-12",
        "delete the arrow of the mouse cursor from the wmv video for my youtube channel",
        "needs analysis",
        note="needs analysis: finding the cursor in each frame as it moves (a delogo of a still "
        "one is no operation either)",
    ),
    ask(
        "fresh153-13",
        "cut out the moments when I check my mirrors or my blind spots in the GoPro helmet video "
        "of my night ride: every time it is super disorienting in the video",
        "when those moments are (their times)",
        (*WHICH_PART, "moments", "times", "timestamps", "seconds"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh153-14",
        "make our GoPro footage of this year's bike trip into an interesting biking home-movie "
        "that looks cool: it's mile after mile of roads, with no drama, and I get a bit "
        "motion-sick watching it",
        "what to make of it (which parts to keep, how long, with what)",
        (
            *WHICH_PART,
            "which parts",
            "parts",
            "highlights",
            "what",
            "how long",
            "keep",
            "music",
            "style",
        ),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh153-15",
        "get the video of the close pass, taken with a smartphone mounted on my handlebars, ready "
        "for Avon & Somerset police: they take a video only if it shows two minutes either side "
        "of the incident and is timestamped",
        "when the incident happens (its time), and the date and time to stamp",
        (*WHICH_PART, "incident", "when", "moment", "date", "timestamp"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh153-16",
        "give the MAX2 a stronger/broadband Wind Noise level, ideally as a Labs control: on an "
        "hour of motorcycle riding, the wind reduction is working on a band I can barely hear, "
        "and leaving the band I actually hear alone",
        "a camera's wind-noise setting (its firmware), not an edit of a file",
    ),
    out_of_scope(
        "fresh153-17",
        "when I open a Live Photo in fullscreen, briefly play the motion clip and then smoothly "
        "freeze on the key frame, like Apple's Photos app",
        "a photo library app's Live Photo playback, not an edit of a file",
    ),
    out_of_scope(
        "fresh153-18",
        "add a logo file that's shown on the video stream from the picam at the hive",
        "an overlay on a live camera stream, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
