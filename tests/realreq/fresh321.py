"""A three-hundred-and-twenty-first fresh, held-out collection of real requests
(tests/realreq/fresh321.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; 14 come from GitHub issues and one from a travel blog (outdoor and
travel filmers with action cams: Gyroflow, a video compressor, the Insta360 SDKs, GoPro Labs, a
dive colour corrector, OpenShot, a GoPro API and Webcamoid, and a DJI Osmo Pocket trip to
Japan): a cycling video stabilized with its fisheye kept, an old A6300 video stabilized, a
travel clip's low sound made louder, a GoPro video compressed, an Insta360 video's noise reduced,
a greenish tint, a red-filter dive video, a tilt of 2 or 3 degrees, 360 metadata, a stabilized
video but not its bad parts, an hour-long walk sped up by no given amount, a camera's white
balance and dive mode, a download over WiFi and a webcam's fisheye.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh321.md")

_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh321-01",
        "stabilize this cycling video from my DJI Action 5 Pro (Wide mode, 4:3) without "
        "de-warping it: I want to keep the original barrel distortion and the sense of speed, "
        "and only correct the shaking",
        [step("stabilize")],
        probe=Probe(duration=300.0, width=3840, height=2880, fps=60.0),
        note="stabilized; the fisheye look is left as it is",
    ),
    do(
        "fresh321-02",
        "stabilize this historical video taken with an A6300 using just the picture: there is "
        "no gyro data for it",
        [step("stabilize")],
        probe=Probe(duration=180.0, width=3840, height=2160, fps=30.0),
        note="stabilized from the picture's own motion",
    ),
    do(
        "fresh321-03",
        "amplify the sound of this Osmo Pocket clip from my trip to Japan: it has very low "
        "audio volume, as I had accidentally set the microphone recording levels to low",
        [LOUDER],
        probe=Probe(duration=90.0, width=3840, height=2160, fps=60.0),
        note="louder, any amount or to a loudness target",
    ),
    do(
        "fresh321-04",
        "compress this video from my GoPro: compressing it failed with an error, while another, "
        "non-GoPro video worked fine",
        [_SMALL, maybe(_SMALLER_1080)],
        [step("compress", max_mb=Between(1, 10000)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        probe=Probe(duration=240.0, width=3840, height=2160, fps=60.0),
        note="a smaller file: a smaller quality, a size or a smaller picture",
    ),
    do(
        "fresh321-05",
        "add Voice focus and Noise reduction to the sound of this Insta360 video",
        [step("audio_denoise")],
        probe=Probe(duration=120.0, width=1920, height=1080, fps=30.0),
        note="the background noise reduced (voice focus is the same cleaning, near enough)",
    ),
    no_op(
        "fresh321-06",
        "correct the colour of this MISSION 1 Pro footage: it consistently looks a little "
        "greener than my other cams",
        "no op: the tint moved away from green (toward magenta); no operation shifts the tint",
        probe=Probe(duration=120.0, width=3840, height=2160, fps=60.0),
    ),
    no_op(
        "fresh321-07",
        "colour-correct this dive video: I was using a red filter on my camera, and the "
        "automatic correction produces extreme red saturation",
        "no op: an underwater colour correction of a red-filtered video; no operation balances "
        "colour channels",
        probe=Probe(duration=120.0, width=3840, height=2160, fps=30.0),
    ),
    no_op(
        "fresh321-08",
        "straighten this 360 recording: it is slightly tilted, by a 2 or 3 degree angle, not "
        "perfectly horizontal",
        "no op: turned back by 2-3 degrees; rotate turns only by quarter turns",
        probe=Probe(duration=60.0, width=5760, height=2880, fps=30.0),
    ),
    no_op(
        "fresh321-09",
        "add the Spherical Video metadata to this exported 360 video from my Insta360 X3 "
        "(5760x2880), so that it plays as a 360 video",
        "no op: spherical (360) metadata written into the file; no operation writes it",
        probe=Probe(duration=180.0, width=5760, height=2880, fps=30.0),
    ),
    ask(
        "fresh321-10",
        "stabilize this footage from my old GoPro Hero 5 Session, but not the regions where it "
        "wrote bad gyro data: there I would rather have no stabilization at all, because the "
        "stabilized footage looks worse than raw",
        "which parts to leave unstabilized (no times are given)",
        (*WHICH_PART, "region", "parts", "seconds"),
        probe=Probe(duration=300.0, width=2704, height=1520, fps=60.0),
    ),
    ask(
        "fresh321-11",
        "speed up this GoPro chest mount video of what is normally an hour long walk along the "
        "canal towpath into a time lapse",
        "how much faster, or how long the time lapse should be",
        ("how much", "how many", "how fast", "how long", "factor", "times", "length"),
        probe=Probe(duration=3600.0, width=1920, height=1080, fps=30.0),
    ),
    out_of_scope(
        "fresh321-12",
        "stop the overwhelming red cast that appears when my GoPro 13 switches the white "
        "balance from 5,500K to automatic while diving, even when I use QR codes",
        "a camera's white balance going wrong while recording, not an edit of a video file",
    ),
    out_of_scope(
        "fresh321-13",
        "add the DIVE extension to the MISSION 1 so that its native stabilization works well "
        "underwater, as on the HERO13",
        "a camera's firmware setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh321-14",
        "download these long videos from my HERO 7 BLACK faster over WiFi: the video sizes are "
        "huge even at the lowest resolution settings",
        "downloading from a camera, not an edit of a video file",
    ),
    out_of_scope(
        "fresh321-15",
        "add an effect to my webcam fixing the fisheye effect present at high FOVs, with a "
        "slider to change the FOV so that I can zoom in",
        "a live webcam effect, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
