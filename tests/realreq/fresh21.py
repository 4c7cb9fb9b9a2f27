"""A twenty-first fresh, held-out collection of real requests (tests/realreq/fresh21.md): one
checkable case a row, encoded the way fresh20.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh20's, the rows
are short, typical asks, like the development set's; 7 of them come from GitHub issue threads,
13 from personal blogs and a forum outside GitHub and 1 from a personal note kept as a GitHub
gist. Each case follows its row's `expected` column; `[no op]` rows are DOABLE refusals and
`[out of scope]` rows OUT-OF-SCOPE refusals. No row names an extra input."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import VERTICAL, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh21.md")

#: fresh21-03: 480p from 1920x1080 is 853 or 854 x 480.
_480 = step("resize", lines=480) | step("resize", height=480, width=AnyOf(None, 852, 853, 854))

#: fresh21-04: 512x288 from 1280x720 (the same 16:9 ratio).
_512 = step("resize", width=512, height=AnyOf(288, None)) | step("resize", lines=288)

#: fresh21-04: a smaller encode, the file being too big for the web page.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: fresh21-06: the lower third, as one text (one or two lines) or the name and the title apart.
_NAME = "Melanie Laurie"
_TITLE = "Instructional Designer, Online Learning Team"
_LOWER_THIRD = {
    "position": AnyOf("bottom-left", "bottom"),
    "start": AnyOf(None, 0),
    "end": Between(2, 10),
}
_BOTH_LINES = step(
    "text",
    text=AnyOf(
        f"{_NAME}, {_TITLE}",
        f"{_NAME}\n{_TITLE}",
        f"{_NAME} - {_TITLE}",
        f"{_NAME} – {_TITLE}",
        f"{_NAME} — {_TITLE}",
    ),
    **_LOWER_THIRD,
)

#: fresh21-07: black and white, by grayscale or by taking all the colour out.
_BW = step("grayscale", **WHOLE) | step("saturation", percent=Between(-100, -99), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh21-01",
        "trim the video to maximum 15 secs: select only 15 seconds from the start",
        [step("trim", start=AnyOf(0, None), end=15)],
        note="the first 15 s of a 60 s video",
    ),
    do(
        "fresh21-02",
        "speed up the dashcam video of the trip to Myrtle Beach about 32x normal speed",
        [step("speed", factor=Between(30, 34), **WHOLE)],
        probe=Probe(duration=22000.0),
        note="about 32x (a 6 hour drive played in just under 12 minutes)",
    ),
    do(
        "fresh21-03",
        "make the app capture small for my GitHub readme: convert it to 30fps mp4 (H.264) and "
        "remove the audio, then export it as a 480p mov",
        [
            anywhere(step("fps", fps=30)),
            anywhere(step("mute")),
            anywhere(_480),
            anywhere(step("convert", format="mov")),
        ],
        probe=Probe(fps=60.0),
        note="30 fps, no sound, 480 lines, a .mov at the end; the order does not matter",
    ),
    do(
        "fresh21-04",
        "reduce the size of the 85 second freight train video from 1280x720 to 512x288 "
        "(maintaining the same width to height ratio): at 107.6MB it takes way too long to "
        "display on my website",
        [anywhere(_512), maybe(_SMALLER)],
        probe=Probe(duration=85.0, width=1280, height=720, fps=15.0),
        note="made 512x288; a smaller encode may come with it, in either order",
    ),
    do(
        "fresh21-05",
        "fix the shaky, unsteady frames and the wind noise of the bird park footage: preserve "
        "the natural sound of birds chirping, but the recorded wind rush is annoying to the max",
        [anywhere(step("stabilize")), anywhere(step("audio_denoise"))],
        note="the picture stabilized and the wind noise reduced (the birds kept); either order",
    ),
    do(
        "fresh21-06",
        "add a lower third, a title banner across the bottom at the beginning: Melanie Laurie, "
        "Instructional Designer, Online Learning Team",
        [_BOTH_LINES],
        [
            anywhere(step("text", text=_NAME, **_LOWER_THIRD)),
            anywhere(step("text", text=_TITLE, **_LOWER_THIRD)),
        ],
        note="the name and the title at the bottom (left), from the start for a few seconds",
    ),
    do(
        "fresh21-07",
        "convert the 15 second silent video to black and white in the style of an old newsreel",
        [_BW, maybe(step("look"))],
        probe=Probe(duration=15.0, has_audio=False),
        note="black and white; an old-film look may be added",
    ),
    do(
        "fresh21-08",
        "take the short clip of my Little skipping down the hallway and play it backwards four "
        "times right in a row",
        [anywhere(step("reverse")), anywhere(step("loop", times=4))],
        probe=Probe(duration=5.0),
        note="reversed and played four times in all; reversing and looping commute",
    ),
    do(
        "fresh21-09",
        "use all of the clips but make the 4:40 video sequence only 3:20 long, with the time "
        "stretch effect",
        [step("speed", factor=Between(1.38, 1.42), **WHOLE)],
        probe=Probe(duration=280.0),
        note="280 s made 200 s: 1.4x, nothing cut",
    ),
    no_op(
        "fresh21-10",
        "make a cross-faded seamless loop video from the non-loop video",
        "no op: a loop made by cross-fading the clip's end into its start; loop only repeats "
        "the clip",
    ),
    no_op(
        "fresh21-11",
        "resave the 15 second .avi video as .wmv so that I can post it: in .avi it is about "
        "26MB, but as .wmv it is about 2MB",
        "no op: promptcut writes no .wmv files (compress() would make it small, but .wmv is "
        "what is asked)",
        probe=Probe(duration=15.0),
    ),
    no_op(
        "fresh21-12",
        "fix the video where the speaker is leaning to one side: one of the tripod legs wasn't "
        "fully extended or the head of the tripod wasn't level",
        "no op: straightening a slightly tilted picture (a rotation by a few degrees); rotate "
        "turns by quarter turns only",
    ),
    ask(
        "fresh21-13",
        "stop on one frame and stay on it",
        "which frame (where) and for how long",
        (*WHICH_PART, "frame", "how long", "seconds", "duration", "timestamp"),
    ),
    ask(
        "fresh21-14",
        'clip out the short "dead zone" in the middle of the two minute hummingbird video',
        "where the dead zone starts and ends",
        (*WHICH_PART, "from", "seconds", "timestamps"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh21-15",
        "condense the family holiday video into eight minutes: I'm at 11:39 so far, so I've "
        "still got to cut over three minutes",
        "which parts to cut (over three minutes of the 11:39)",
        (*WHICH_PART, "which parts", "parts", "clips", "from", "seconds", "timestamps"),
        probe=Probe(duration=699.0),
    ),
    ask(
        "fresh21-16",
        "edit off the ends of the eleven second clip and slow down the footage so you can see "
        "the hose clearly",
        "how much of each end to cut (where the kept part starts and ends)",
        (*WHICH_PART, "how much", "from", "seconds", "timestamps"),
        probe=Probe(duration=11.0),
    ),
    ask(
        "fresh21-17",
        "speed up the construction time lapse: it's almost seven minutes long, which is longer "
        "than I wanted",
        "how much faster, or how long it should be",
        (
            "how much",
            "how fast",
            "how long",
            "which speed",
            "what speed",
            "factor",
            "length",
            "duration",
            "target",
            "minutes",
        ),
        probe=Probe(duration=415.0),
    ),
    out_of_scope(
        "fresh21-18",
        "cartoonize the video",
        "AI style transfer (cartoonization) needs a learned model",
    ),
    out_of_scope(
        "fresh21-19",
        "put a face beauty effect on the video, just like whitening, face-lift, etc.",
        "AI face retouching (beautifying the faces in the picture)",
    ),
    out_of_scope(
        "fresh21-20",
        "relight the scene of the short with diffuse lighting to remove the shadows, and change "
        "the temperature to something more natural",
        "AI relighting (removing the shadows of the single light source)",
        probe=VERTICAL,
    ),
    out_of_scope(
        "fresh21-21",
        "change the clothes in the video",
        "generative editing of the clothes in the picture",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
