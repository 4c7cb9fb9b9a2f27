"""A seventy-eighth fresh, held-out collection of real requests (tests/realreq/fresh78.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh77's, the
rows are short, typical asks, like the development set's; 14 of the 15 come from
question-and-answer pages, forum threads and blog posts (a DSP Stack Exchange question,
creativecow, the VEGAS forum, a piano forum, a GoPro blog, a Norwegian camcorder blog, a Polish
magazine, a church's notes, a Japanese piano diary, a fishing blog, a football-highlights post),
one from a GitHub issue of a camera surveillance tool. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import LOUDER, WHOLE, Above, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh78.md")

#: Lighter, by brightness or by the mid-tones, any amount, all of it.
_LIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: A file an old editor opens: an mp4, or a QuickTime mov.
_EDITABLE = step("convert", format=AnyOf("mp4", "mov"))

CASES: tuple[Case, ...] = (
    do(
        "fresh78-01",
        "filter the drone noise out of the audio I recorded with a microphone mounted on the drone",
        [step("audio_denoise")],
        note="the sound's steady drone (propeller) noise reduced",
    ),
    do(
        "fresh78-02",
        "make the picture brighter overall: except for the light fixtures it is too dark, even "
        "the white shirt sleeves are only a medium gray",
        [_LIGHTER],
        note="lighter, by brightness or gamma, any amount, all of it",
    ),
    do(
        "fresh78-03",
        "slow the 60 fps helmet cam clip down to 50%, smooth and fluid, without it getting jerky",
        [
            step("speed", factor=Between(0.49, 0.51), **WHOLE),
            maybe(step("fps", fps=Between(29.9, 30.1))),
        ],
        probe=Probe(fps=60.0),
        note="half speed, all of it (each 60 fps frame shown once at 30 fps; a 30 fps setting "
        "may come with it)",
    ),
    do(
        "fresh78-04",
        "demp lyden i videoklippet med 21 dB",
        [
            step("volume", db=Between(-21.5, -20.5), **WHOLE)
            | step("volume", percent=Between(8.4, 9.4), **WHOLE)
        ],
        note="the sound 21 dB quieter (about 9% of its level), all of it",
    ),
    do(
        "fresh78-05",
        "spowolnij ten film nagrany w tempie 240 kl./s osiem razy",
        [
            step("speed", factor=Between(0.124, 0.126), **WHOLE),
            maybe(step("fps")),
        ],
        probe=Probe(fps=240.0),
        note="eight times slower, all of it (a frame-rate setting may come with it)",
    ),
    do(
        "fresh78-06",
        "normalize the audio of the recorded church service",
        [step("normalize")],
        note="the sound normalized, any target",
    ),
    do(
        "fresh78-07",
        "ピアノの動画の音を大きくして：思ったよりずっと音が小さすぎて、とてもじゃないけどアップ出来る音量じゃない",
        [LOUDER],
        note="louder, by any amount or to a loudness target, all of it",
    ),
    do(
        "fresh78-08",
        "fix the shaky cam of my Olympic Torch Relay video: the 7D with the 18-200 mm zoom lens on "
        "it weighs nearly 4 lbs",
        [step("stabilize")],
        note="steadied",
    ),
    do(
        "fresh78-09",
        "play the video of my nephew going down the slide in reverse, so it looks like my sister "
        "threw him up the slide to his dad",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh78-10",
        "convert the MTS clip into something that Sony Vegas Platinum 8.0 will recognise, "
        "economically",
        [_EDITABLE, maybe(step("codec", codec="h264")), maybe(step("reencode"))],
        note="saved as an mp4 (or a mov)",
    ),
    do(
        "fresh78-11",
        "improve the focus of the video: it is out of focus because of a fault with the camera",
        [step("sharpen", **WHOLE)],
        note="sharpened, all of it",
    ),
    ask(
        "fresh78-12",
        "capture some still images from the GoPro video of the fishing trip, since I hadn't taken "
        "many photos",
        "which moments (the times of the frames)",
        ("which", "when", "time", "moment", "frame", "how many", "where", "at what"),
    ),
    ask(
        "fresh78-13",
        "slow the 40-yard touchdown pass down to quarter speed, just to believe it",
        "which part (when the pass is)",
        WHICH_PART,
    ),
    ask(
        "fresh78-14",
        "remove the front section of my piano practice video, to leave the decent bit",
        "how much (where the decent bit starts)",
        ("how much", "how long", "where", "when", "which", "start", "second", "time"),
    ),
    out_of_scope(
        "fresh78-15",
        "fix the automatic brightness of my cameras with IR floodlights: I need to turn the "
        "brightness up at night to see anything, but that leaves daytime viewing washed out",
        "the automatic brightness of live cameras, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
