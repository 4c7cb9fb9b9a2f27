"""A two-hundred-and-ninth fresh, held-out collection of real requests
(tests/realreq/fresh209.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh205's, the
rows are short, typical asks, like the development set's; 12 come from personal blogs (a ds106
story, a homeschooling mother, a father's slow motion, a grandfather's Super 8 films, a college
web team, a convention organiser, a baptism video, a drone flyer, a TV viewer, a videographer's
ad, a band's gig and an overlanding videographer), 2 from forum threads (a filmmaking forum and
a church camera operator's thread), 1 from GrabCAD's Q&A and 2 from MuseScore's issues. Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh209.md")

#: A smaller file, by a quality setting (it may come with a frame-rate change).
_SMALLER = step("quality", level=AnyOf("small", "balanced"))

#: An old VHS tape's look: a named faded or vintage look, or muted colours.
_VHS_LOOK = step("look", style=AnyOf("vintage", "faded"), **WHOLE)
_MUTED = step("saturation", percent=Between(-90, -5), **WHOLE)

#: The extras an old-tape look may come with.
_TAPE_EXTRAS = (
    maybe(step("blur")),
    maybe(step("contrast")),
    maybe(step("sharpen")),
    maybe(step("vignette")),
)

CASES: tuple[Case, ...] = (
    do(
        "fresh209-01",
        'play the "No Place Like Home" clip in reverse, with a bit of fade out on the end, to '
        "give it a freaky kind of satanic feel",
        [
            step("reverse"),
            step(
                "fade",
                direction="out",
                duration=Between(0.5, 5),
                target=AnyOf("both", "video"),
            ),
            maybe(step("quality")),
        ],
        probe=Probe(duration=20.0),
        note="reversed, then a short fade out at its end (of the picture, or of both)",
    ),
    do(
        "fresh209-02",
        "re-code the video of the score from 30 fps down to 12 fps: 30 fps is far larger than "
        "needed for many purposes and gives unnecessarily large file sizes, and 12 fps gives a "
        "perfectly good video score for teaching & learning",
        [step("fps", fps=12), maybe(_SMALLER)],
        probe=Probe(duration=180.0, fps=30.0),
        note="12 fps, same length (a smaller-file setting may come with it)",
    ),
    ask(
        "fresh209-03",
        "get my son's online Science Fair video down to 4 minutes *and* include his findings: "
        "he won't be swayed to pick a different topic",
        "which parts to keep (what to cut, where his findings are)",
        (*WHICH_PART, "which parts", "keep", "cut", "findings", "what"),
    ),
    do(
        "fresh209-04",
        "make the video of my kid dunking a basketball at school slow motion: he's the first kid "
        "we've ever had who could dunk a basketball at the regular Elementary basketball height",
        [step("speed", factor=Between(0.1, 0.75), **WHOLE)],
        probe=Probe(duration=8.0),
        note="slower (0.1x to 0.75x), all of the short clip, smooth or not",
    ),
    out_of_scope(
        "fresh209-05",
        "put Granddad's Super 8 home movies onto DVD for him for Christmas",
        "transferring Super 8 film reels and authoring a DVD, not an edit of a given file",
    ),
    do(
        "fresh209-06",
        'boost the contrast of the latest "In Their Own Words" clip James sent: it seemed off',
        [step("contrast", percent=Between(5, 60), **WHOLE)],
        note="more contrast, all of it",
    ),
    do(
        "fresh209-07",
        "fade the Business Meeting Orientation video out at the end, both the video and the audio",
        [step("fade", direction="out", duration=Between(0.5, 5), target="both")],
        [
            anywhere(step("fade", direction="out", duration=Between(0.5, 5), target="video")),
            anywhere(step("fade", direction="out", duration=Between(0.5, 5), target="audio")),
        ],
        probe=Probe(duration=480.0),
        note="a fade out of picture and sound at the end (one fade of both, or one of each)",
    ),
    no_op(
        "fresh209-08",
        "cut together the parts of my niece's baptism video where she isn't crying: Sophia "
        "cried and screamed throughout most of the baptism",
        "needs analysis",
        note="finding where the baby cries in the sound: no operation does it",
    ),
    do(
        "fresh209-09",
        "minimise the low hum in the dialogue of my short: I assume it is interference, as the "
        "cable of my cheap camcorder mic is not balanced",
        [step("audio_denoise")],
        note="the steady hum reduced (any strength)",
    ),
    ask(
        "fresh209-10",
        "cut the long sweeping shots flying over the Medfield State Hospital campus down to "
        "little two or three second bits and stitch the bits together, using dissolves to cover "
        "the transitions",
        "which bits to keep (where in each shot)",
        (*WHICH_PART, "which bits", "which shots", "bits", "shots", "parts", "seconds"),
        probe=Probe(duration=900.0),
    ),
    do(
        "fresh209-11",
        "make my model's MP4 into the file type GrabCAD takes for a video preview: some models "
        "have a video as their preview, but uploading the MP4 didn't work",
        [
            GIF,
            maybe(step("resize", width=Below(1920))),
            maybe(step("resize", lines=Below(1080))),
            maybe(step("fps", fps=Below(30))),
            maybe(step("compress")),
        ],
        probe=Probe(duration=10.0, has_audio=False),
        note="an animated GIF (a smaller size or frame rate may come with it)",
    ),
    out_of_scope(
        "fresh209-12",
        "stretch the letterboxed 4:3 pictures from my tapes and laserdiscs to the width of my "
        "16:9 TV, losing some of the top and bottom, hopefully without much of a time delay: "
        "something that simply sits between the player and the TV",
        "zooming a live video signal between a player and a TV (a hardware scaler), not an "
        "edit of a file",
    ),
    do(
        "fresh209-13",
        "make the Regency Chrysler ad look like a really old 80's VHS tape, with muted colours",
        [anywhere(_VHS_LOOK), maybe(_MUTED), *_TAPE_EXTRAS],
        [anywhere(_MUTED), maybe(_VHS_LOOK), *_TAPE_EXTRAS],
        probe=Probe(duration=30.0),
        note="a faded or vintage look, or muted colours, all of it (extras may come with it)",
    ),
    do(
        "fresh209-14",
        "take the title card off the start of my playback video: I like my playback videos to "
        "get right into the action, especially since my titles are on the first page of music "
        "anyways",
        [step("keep_scenes", remove=[1])],
        [step("trim", start=Between(2, 5), end=None)],
        [step("remove_black", where="start")],
        probe=Probe(duration=120.0),
        note="the first shot (the title card, about 3 s of white text on black) cut off",
    ),
    no_op(
        "fresh209-15",
        "clean up the third set of the HOG gig recording: it was recorded too hot, so when Brad "
        "cranks up the volume on his guitar it's clipping and distorting quite a bit",
        "no op",
        probe=Probe(duration=2700.0),
        note="repairing clipped, distorted sound (declipping): no operation does it",
    ),
    ask(
        "fresh209-16",
        "make a short edit of the footage of our ride in the Cherokee State Forest that "
        "summarizes it in 60 seconds or less, for Instagram",
        "which moments to keep (the parts of the footage)",
        (*WHICH_PART, "which moments", "which parts", "moments", "keep", "highlights"),
        probe=Probe(duration=1200.0),
    ),
    out_of_scope(
        "fresh209-17",
        "get a brighter picture from the two XL-1s I run at church, feeding s-video outs: the "
        "main sanctuary is very very dark, and we're way in the back, zoomed almost to the max",
        "the cameras' settings, lenses and lighting while shooting live, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
