"""A two-hundred-and-forty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh249.md): one checkable case a row, encoded the way fresh244.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh245's, the
rows are short, typical asks; all 12 come from personal blogs (three of them Japanese), a model
railroad forum, an Adobe community forum and a beekeeper's diary: quiet camera recordings, a
water bus's fine shake, an organ concert, a knitting tutorial, O gauge trains, a layout's train
sounds, a flower's time-lapse, 40 hours out of a window, an interview by the surf, a talk for
YouTube and a hive. Each case follows its row's `expected` column; the `[out of scope]` row is an
OUT-OF-SCOPE refusal, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    WHOLE,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh249.md")

#: The real train sounds put on the layout video in place of its own.
_TRAIN_SOUNDS = "train_sounds.mp3"

CASES: tuple[Case, ...] = (
    do(
        "fresh249-01",
        "raise the volume of this video nearly to the limit: recorded with the microphone that "
        "comes with the camera, the sound came out smaller than I imagined",
        [LOUDER],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="louder (a large raise, or a loudness target), all of it",
    ),
    do(
        "fresh249-02",
        "make the sound of this video louder: the sound I recorded with the video camera was "
        "too small, and when I tried to adjust it in the video editing software I could not "
        "raise it to the level I wanted",
        [LOUDER],
        probe=Probe(duration=240.0, width=1920, height=1080),
        note="louder (any amount, or a loudness target), all of it",
    ),
    do(
        "fresh249-03",
        "take out the fine shake in this 4K video of the water bus on the Sumida river, from "
        "Asakusa by way of Hama-rikyu to Hinode pier: I rested the gimbal lightly on the "
        "handrail of the rear terrace, which is near the screw, so the handrail vibrated finely "
        "and the gimbal and the camera's stabilization could not completely remove the fine "
        "shake",
        [step("stabilize")],
        probe=Probe(duration=300.0, width=3840, height=2160),
        note="steadied (any strength)",
    ),
    ask(
        "fresh249-04",
        "remove the blocked footage from people walking in front of the camera, and the parts "
        "with people talking in the loft, from this video of the organ dedication concert: the "
        "camera was in the organ loft, positioned so it was not in the way of Janice seeing the "
        "front of the church",
        "where the blocked stretches and the talking are (their start and end times)",
        (*WHICH_PART, "blocked", "walking", "talking"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    do(
        "fresh249-05",
        "cancel the tone of this little video tutorial for the cast on: do you remember back in "
        'school when your teacher asked you to make a "radio play" and you were shocked to hear '
        "your own voice? I still feel like that",
        [step("mute")],
        probe=Probe(duration=240.0, width=1280, height=720),
        note="no sound at all",
    ),
    no_op(
        "fresh249-06",
        "greatly reduce or eliminate the track noise in this video of my O gauge trains and "
        "play the music even louder: I'm simply turning up the volume of my boom box CD player, "
        "running my quietest trains, and making the video with my iPhone 6 Plus camera",
        "no op",
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="no op: the track noise taken out of the music recorded with it in one sound track",
    ),
    do(
        "fresh249-07",
        "add real train sounds to this video of my layout, instead of letting the trains "
        "themselves provide the sound (which isn't hard, since many of my locomotives are "
        "Athearn Blue Box!)",
        [step("replace_audio", file=_TRAIN_SOUNDS)],
        [step("mute"), step("add_music", file=_TRAIN_SOUNDS, **WHOLE)],
        assets=[_TRAIN_SOUNDS],
        probe=Probe(duration=240.0, width=1280, height=720),
        note="the real train sounds in place of the locomotives' own",
    ),
    do(
        "fresh249-08",
        "cut out the darkness from this time-lapse from my time-lapse box of a flower growing "
        "from sprout to bloom: plants grow more at night, which is why the plants seem to jump",
        [step("remove_black", where="all")],
        probe=Probe(duration=600.0, width=1920, height=1080, has_audio=False),
        note="every dark (night) stretch cut out",
    ),
    do(
        "fresh249-09",
        "compress this 40 hours of low-light camcorder footage out of my window into a 5-minute "
        "video: speed it up and blend the sped-up frames together, making very slow natural "
        "processes (like the movement of the sun) nice and fast and smooth",
        [step("speed", factor=Between(440, 520), **WHOLE)],
        probe=Probe(duration=144000.0, width=1920, height=1080),
        note="about 480 times faster: 40 hours to about 5 minutes",
    ),
    do(
        "fresh249-10",
        "do something about the loud waves in this interview for my short doc about a blind, "
        "open-water swimmer: I did the interview too close to the shore, and Essential Sound in "
        "Premiere only dampened the wave noise slightly, not enough to use the interview as a "
        "voice-over for b-roll",
        [step("audio_denoise")],
        probe=Probe(duration=900.0, width=1920, height=1080),
        note="the surf's roar lowered",
    ),
    ask(
        "fresh249-11",
        "make this 20-minute recording of my AGBT talk fit on YouTube: YouTube has a ridiculous "
        "and arbitrary limit of 10 minutes for a video",
        "what to cut to get under 10 minutes (or whether to split it into parts)",
        (*WHICH_PART, "which parts", "what to cut", "keep", "split", "10 minutes"),
        probe=Probe(duration=1200.0, width=1024, height=768),
    ),
    out_of_scope(
        "fresh249-12",
        "preserve the quality of this video of the bees at work on YouTube: it looks so good on "
        "my iPad",
        "how YouTube re-encodes an upload, not an edit of the file",
        probe=Probe(duration=60.0, width=1280, height=720),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
