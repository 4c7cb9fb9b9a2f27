"""A two-hundred-and-second fresh, held-out collection of real requests
(tests/realreq/fresh202.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh201's, the
rows are short, typical asks, like the development set's; all 20 come from stored web pages, 18
in Japanese (personal blogs and sites: a compact-camera hobbyist, a garden diary, a web shop, a
camera with no sound, a game commentary duo, a cat blog, a transcription service's column, a
makeup video, a mother's editing blog, a car-camping couple, a physical therapist, a
cinemagraph post, a promo GIF, kids fast-forwarded, a piano recital studio, a travel life-log,
a father's VHS-C tapes, a dance teacher's online lessons) and 2 in Korean (Tistory blogs: a
YouTuber's shaky, quiet iPhone video and a first-birthday growth video). Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and
`[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    SOUND_ALONE,
    WHOLE,
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh202.md")

#: A smaller file, by a quality setting or a size target (any).
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress")

#: The 1920x1080 recording scaled down: any smaller size, its shape kept.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: About three times as loud ("for example 300%"): 200 to 400%, +6 to +12 dB, or a loudness target.
_ABOUT_300 = (
    step("volume", percent=Between(200, 400), **WHOLE)
    | step("volume", db=Between(6, 12), **WHOLE)
    | step("normalize")
)

#: Lighter: brightness up or the mid-tones lifted, all of it.
_LIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: A how-much-faster question.
_HOW_FAST = ("how much", "how fast", "faster", "speed", "factor", "times", "how many", "length")

CASES: tuple[Case, ...] = (
    do(
        "fresh202-01",
        "turn the video I shot holding my digital camera vertically 90 degrees and save it that "
        "way: tilting my head every time I play it could give me a sprained neck (and convert it "
        "out of the QuickTime format while at it, which I find very hard to use)",
        [
            anywhere(step("rotate", degrees=AnyOf(90, 270))),
            maybe(step("convert")),
            maybe(step("codec")),
        ],
        probe=Probe(duration=30.0, width=640, height=480, fps=30.0),
        note="a quarter turn either way (which way is not said), all of it; another format may "
        "come with it",
    ),
    do(
        "fresh202-02",
        "take just the sound out of my video of the bush warbler singing in the garden, as a file "
        "(sorry that the passing cars grate on the ears)",
        [anywhere(SOUND_ALONE), maybe(step("audio_denoise"))],
        note="the sound alone, as any audio file; a noise reduction may come with it",
    ),
    do(
        "fresh202-03",
        "cut the last few seconds off the video for my shop's page, shrinking the 1-minute video "
        "to 50 seconds",
        [step("trim", start=AnyOf(0, None), end=Between(49.5, 50.5))],
        [step("cut", start=Between(49.5, 50.5), end=Between(59.5, 60))],
        [step("keep_ranges", ranges=[[0, 50]])],
        probe=Probe(duration=60.0),
        note="the first 50 s kept, the last 10 s off the 60 s video",
    ),
    do(
        "fresh202-04",
        "put the sound I recorded with my MP3 recorder on the 15-second clip from my camera, "
        "which records no sound, the sound made 15 seconds long too",
        [step("replace_audio", file="recording.mp3")],
        [step("add_music", file="recording.mp3")],
        assets=["recording.mp3"],
        probe=Probe(duration=15.0, width=320, height=240, fps=15.0, has_audio=False),
        note="the recorder's sound put on the silent 15 s clip",
    ),
    do(
        "fresh202-05",
        "make our game commentary recording lighter: we recorded an hour straight, the video file "
        "is very heavy, and sharing it between the two of us for editing takes forever",
        [
            anywhere(_SMALLER),
            maybe(_DOWN),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps", fps=Below(60))),
        ],
        [anywhere(step("codec", codec="hevc")), maybe(step("quality")), maybe(_DOWN)],
        [anywhere(_DOWN), maybe(step("quality")), maybe(step("codec"))],
        probe=Probe(duration=3600.0, fps=60.0),
        note="a smaller file of the 1-hour recording: a smaller-file setting, a size target, "
        "H.265 or a smaller size",
    ),
    do(
        "fresh202-06",
        'mute my cat\'s "food dance" video: the rustling of the food bag was way too loud',
        [step("mute")],
        [step("volume", percent=0, **WHOLE)],
        note="no sound, all of it",
    ),
    do(
        "fresh202-07",
        "amplify the roundtable video's sound, for example to 300% of the original: the video "
        "camera was set several meters away from everyone to get them all in, so all the voices "
        "are faint (I'm transcribing it)",
        [_ABOUT_300, maybe(step("audio_denoise"))],
        note="about three times as loud (200 to 400%, +6 to +12 dB) or normalized, all of it",
    ),
    do(
        "fresh202-08",
        "brighten my makeup video: the spot where I shot it was in shadow, and I look bad in it",
        [
            anywhere(_LIGHTER),
            maybe(step("contrast")),
            maybe(step("gamma", gamma=Above(1))),
            maybe(step("brightness", percent=Above(0))),
        ],
        note="lighter (brightness up or the mid-tones lifted), all of it",
    ),
    do(
        "fresh202-09",
        "fix my iPhone video for YouTube: the picture shook too much, and my voice was recorded "
        "far too quietly",
        [anywhere(step("stabilize")), anywhere(LOUDER)],
        note="stabilized and louder, either order, all of it",
    ),
    do(
        "fresh202-10",
        "put the video I shot with the camcorder and the one I shot with my smartphone together "
        "into one video",
        [
            step("join", clips=AnyOf(["phone.mp4"], []), at=AnyOf("end", "start")),
            maybe(step("platform", platform="youtube")),
            maybe(step("pad", aspect="16:9")),
        ],
        [
            step("transition", clips=AnyOf(["phone.mp4"], []), at=AnyOf("end", "start")),
            maybe(step("platform", platform="youtube")),
            maybe(step("pad", aspect="16:9")),
        ],
        assets=["phone.mp4"],
        note="the phone video joined to the camcorder's, after it or before it",
    ),
    do(
        "fresh202-11",
        "put a mosaic over the whole screen of our car-camping clip: following a moving subject "
        "with the mosaic is too much bother (we don't show our faces)",
        [step("blur", **WHOLE)],
        note="the whole picture blurred (a mosaic), any strength, all of it",
    ),
    no_op(
        "fresh202-12",
        "put a mosaic on the patient's face in the walking video for my case report: I want to "
        "show the leg movements but hide the face",
        "needs analysis",
        note="finding and following the face; a blur covers the whole picture",
    ),
    no_op(
        "fresh202-13",
        "make a cinemagraph from my video of our cat in the kitchen: a picture where the cat keeps "
        "watching the running water and only the water moves",
        "no op",
        note="a cinemagraph: one area moving, the rest frozen",
    ),
    ask(
        "fresh202-14",
        "make the promo video into an animated GIF of just the part I want to loop, cutting the "
        "rest",
        "which part to loop (where it starts and ends)",
        (*WHICH_PART, "loop", "seconds"),
    ),
    ask(
        "fresh202-15",
        "fast-forward the video I casually shot of the kids: fast-forwarding alone makes it "
        "funny, and the kids loved it",
        "how much faster (a factor or a length)",
        _HOW_FAST,
    ),
    ask(
        "fresh202-16",
        "cut the teachers setting up the footstools and adjusting the chairs out of the piano "
        "recital video, but don't cut the time from when each child sits down until they start "
        "playing",
        "which parts (when each setting-up starts and ends)",
        (*WHICH_PART, "parts", "timestamps", "seconds"),
    ),
    ask(
        "fresh202-17",
        "boldly cut my travel video short: cut the scenes I'd catch myself fast-forwarding "
        "through anyway (I hardly ever watch long videos again, and they eat up storage)",
        "which scenes to cut (or to keep)",
        (*WHICH_PART, "scenes", "parts", "how long", "how short"),
    ),
    out_of_scope(
        "fresh202-18",
        "put our old home videos on DVD: the VHS-C tapes of my son up to about age 3, shot with "
        "the big camera my father-in-law bought us",
        "transferring tapes to a DVD (capturing and authoring a disc), not an edit of a given file",
    ),
    out_of_scope(
        "fresh202-19",
        "make a growth video from my daughter's photos for her first birthday party: as her dad I "
        "badly wanted to do something for her",
        "making a video from photos (a slideshow), no video given",
    ),
    out_of_scope(
        "fresh202-20",
        "let me give my online nihon buyo (Japanese dance) lessons with the picture mirrored: the "
        "teacher instructs through a mirror",
        "mirroring the live picture of an online lesson (a video-call setting), not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
