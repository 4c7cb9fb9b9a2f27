"""A two-hundred-and-eighty-second fresh, held-out collection of real requests
(tests/realreq/fresh282.md): one checkable case a row, encoded the way fresh281.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh281's, the
rows are short, typical asks, most of them about family videos: a grandchild's sports-day dance
filmed partly on another child, a memorial mass sermon too quiet, a 4K Christmas video too big to
share, a grandson's football game with scenes to turn, a daughter's vertical video on a wide TV,
a son's origami video with his siblings' voices, an upside-down New Year's video, fades from and to
black, and a DV record of a child growing up with unneeded shots.
Six are translated from Japanese and one from German.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do
from .score import LOUDER, AnyOf, Below, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh282.md")

_SMALLER = step("quality", level="small") | step("codec", codec="hevc")
_FADE_IN = step("fade", direction="in", target=AnyOf("both", None))
_FADE_OUT = step("fade", direction="out", target=AnyOf("both", None))

CASES: tuple[Case, ...] = (
    ask(
        "fresh282-01",
        'cut out the part of this video of my grandchild\'s "Okinawa Eisa" dance at the sports '
        "day where I filmed a different child by mistake (my son's wife pointed it out)",
        "which part (its start and end)",
        (*WHICH_PART, "which child", "part"),
        probe=Probe(duration=240.0, width=1920, height=1080),
    ),
    do(
        "fresh282-02",
        "the sound of this video of the memorial mass sermon is too quiet to bear listening to; "
        "amplify the sound (I uploaded it to YouTube but can't publish it like this)",
        [LOUDER],
        probe=Probe(duration=1500.0),
        note="the sound made louder, all of it",
    ),
    do(
        "fresh282-03",
        "shrink this 5-minute 4K Christmas video (24 fps, over 1.5 GB) so it can be shared over "
        "my parents' shaky internet; why didn't I shoot it in 720p?",
        [step("resize", lines=720), maybe(_SMALLER)],
        [_SMALLER, step("resize", lines=720)],
        [_SMALLER],
        [step("compress", max_mb=Below(1500)), maybe(step("resize", lines=720))],
        [step("resize", lines=720), step("compress", max_mb=Below(1500))],
        probe=Probe(duration=330.0, width=3840, height=2160, fps=24.0),
        note="a much smaller file: 720p, or encoded smaller",
    ),
    ask(
        "fresh282-04",
        "in this footage of my grandson's football game, one scene needs a 90 degree clockwise "
        "rotation, and another needs turning about 45 degrees clockwise",
        "which scenes (where each starts and ends)",
        (*WHICH_PART, "which scene", "scene"),
        probe=Probe(duration=120.0, width=720, height=480),
    ),
    do(
        "fresh282-05",
        "our daughter's vertical video shows on our wide TV with two gigantic black bars, left: "
        "bars, right: bars, in the middle a wobbling koala nostril; make it fill the wide TV",
        [step("crop", aspect="16:9"), maybe(step("resize"))],
        [step("blur_fill", aspect="16:9"), maybe(step("resize"))],
        [step("platform", platform="youtube", fit=AnyOf("crop", None))],
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="a 16:9 picture with no black bars: cropped, or with blurred sides",
    ),
    do(
        "fresh282-06",
        "my son's origami video has his younger brother's and sister's voices coming in: detach "
        "the sound and insert another audio source",
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=600.0),
        note="its own sound replaced by music.mp3",
    ),
    do(
        "fresh282-07",
        "I shot this iPhone video held sideways for my video New Year's card on YouTube, but the "
        "file is upside down (I'm left-handed); turn it the right way up",
        [step("rotate", degrees=180)],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        probe=Probe(duration=45.0, width=1280, height=720),
        note="a half turn",
    ),
    do(
        "fresh282-08",
        "fade in and out, audio and video, from and to black",
        [_FADE_IN, _FADE_OUT],
        [_FADE_OUT, _FADE_IN],
        probe=Probe(duration=120.0),
        note="a fade in at the start and a fade out at the end, sound with picture",
    ),
    ask(
        "fresh282-09",
        "cut the unnecessary shots out of this DV-tape record of Harry's growing up before I give "
        "it to my parents at New Year (there are a lot of them and it's boring)",
        "which shots are unnecessary (where they are)",
        (*WHICH_PART, "which shots", "unnecessary", "shot", "scene"),
        probe=Probe(duration=3600.0, width=720, height=480),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
