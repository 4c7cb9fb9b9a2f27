"""A two-hundred-and-forty-second fresh, held-out collection of real requests
(tests/realreq/fresh242.md): one checkable case a row, encoded the way fresh239.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh241's, the
rows are short, typical asks; all 14 come from musicians' and parents' blogs, two forums and a
classroom funding page: a violin practised to an accompaniment, recitals, a Clavinova bounced
from GarageBand, a pipe band, an accordion, a piano's pedals, a school play, a virtual choir.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh242.md")


def _sound_instead(name: str) -> tuple[list, ...]:
    """The video's own sound gone, the file's in its place."""
    return (
        [step("replace_audio", file=name)],
        [step("mute"), step("add_music", file=name, **WHOLE)],
    )


#: Smaller than the 1080p it was shot at, by any amount, aspect kept.
_SMALLER_PICTURE = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=None)
    | step("resize", width=Below(1920), height=None)
    | step("resize", percent=Below(100))
)

#: 160x120 from a 320x240 camera clip: the size named, or half of each side.
_TINY = (
    step("resize", width=160, height=120)
    | step("resize", width=160, height=None)
    | step("resize", height=120, width=None)
    | step("resize", lines=120)
    | step("resize", percent=50)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh242-01",
        "add the pre-recorded piano accompaniment to this video of me practicing the third "
        "movement of Bach's violin concerto #1 in A minor (I am wearing headphones to listen "
        "to it)",
        [step("add_music", file="accompaniment.mp3", **WHOLE)],
        assets=["accompaniment.mp3"],
        probe=Probe(duration=240.0, width=1280, height=720),
        note="the accompaniment under the violin's own sound (replacing would lose the violin)",
    ),
    do(
        "fresh242-02",
        "shrink this camcorder video of me playing the Mozart Trio in D Major at Liesl's "
        "violin recital to an acceptable size for YouTube",
        [step("compress")],
        [_SMALLER_PICTURE],
        [step("quality", level=AnyOf("small", "balanced"))],
        probe=Probe(duration=900.0, width=1920, height=1080),
        note="a smaller file, by any of the usual means",
    ),
    do(
        "fresh242-03",
        "put the audio I bounced from GarageBand (the MIDI signal from the Yamaha Clavinova, "
        'as a Steinway Grand Piano) on this video of Ian playing "Fantasia in C Major" by '
        "Telemann for the virtual recital",
        *_sound_instead("piano.m4a"),
        assets=["piano.m4a"],
        probe=Probe(duration=150.0, width=3840, height=2160, fps=30.0),
        note="the phone's sound replaced by the bounced piano (mixing both would double the piano)",
    ),
    do(
        "fresh242-04",
        "eliminate the constant background hiss from this HD video I shot on my new Canon 60D "
        "with an Azden SGM-1X shotgun microphone",
        [step("audio_denoise")],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="the steady hiss reduced (any strength)",
    ),
    no_op(
        "fresh242-05",
        "in this video I address the audience in a crowded coffee shop and at The Bund in "
        "Shanghai, full of tourists chatting about: focus on my voice and tune out the voice of "
        "people in the background",
        "no op",
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="no op: isolating one voice from chatter; audio_denoise only lowers steady noise",
    ),
    do(
        "fresh242-06",
        "reduce the file size of this clip of the local pipe and drum band in the Annapolis "
        "Royal Natal Day parade from 12 MB to 4.4 MB, so it would be more suitable for a web page",
        [step("compress", max_mb=Between(4.0, 4.4))],
        probe=Probe(duration=45.0, width=1280, height=720),
        note="under 4.4 MB",
    ),
    do(
        "fresh242-07",
        "make this video of me playing the polka Chodouňská on my Scandalli accordion a square "
        "(1:1 format): crop out the parts of the layout that I do not want in the video",
        [step("crop", aspect="1:1")],
        probe=Probe(duration=150.0, width=1920, height=1080),
        note="cropped to a square",
    ),
    do(
        "fresh242-08",
        "make this accordion video play in a teeny-weeny 160-by-120 pixel window, so that the "
        "file size won't be too large: I want people who connect to the 'Net via dial-up to "
        "enjoy the fun without having to wait forever",
        [_TINY],
        probe=Probe(duration=40.0, width=320, height=240),
        note="160x120 (half of the camera's 320x240)",
    ),
    do(
        "fresh242-09",
        "rip apart the audio from this movie file: I heard a few lines of an excellent song in "
        "it, with some wonderful tabla playing, and the song isn't anywhere online",
        [step("extract_audio")],
        probe=Probe(duration=600.0, width=720, height=400),
        note="its sound saved on its own, as they did",
    ),
    no_op(
        "fresh242-10",
        "take out the sound of me stepping on the sustain pedals in this video of me playing "
        "Stars and Butterflies from Pride and Prejudice: it annoys me too",
        "no op",
        probe=Probe(duration=150.0, width=640, height=480),
        note="no op: the pedal thumps taken out of the music; no operation removes one sound",
    ),
    ask(
        "fresh242-11",
        "zoom in and pan around the action in this wide HD shot of the entire stage, taken "
        "from the back of the auditorium at Daniel's class performance of Counting Our Blessings",
        "where to zoom in (which part of the stage, whom to follow)",
        ("where", "which part", "which", "who", "whom", "Daniel", "area", "region", "position"),
        probe=Probe(duration=1800.0, width=1920, height=1080),
    ),
    no_op(
        "fresh242-12",
        "compile the individual videos of my choir students singing their parts into one "
        'video, to create a virtual choir: they want to be able to sing "together" again',
        "no op",
        assets=["student1.mp4", "student2.mp4", "student3.mp4"],
        probe=Probe(duration=180.0, width=1280, height=720),
        note="no op: many clips tiled and mixed into one; no operation lays out a grid",
    ),
    out_of_scope(
        "fresh242-13",
        "create a DVD for the grandparents from this video of my son performing the song he "
        "sang at his pre-school picnic",
        "burning a video DVD, not an edit of the file",
        probe=Probe(duration=180.0, width=720, height=480),
    ),
    out_of_scope(
        "fresh242-14",
        "make video DVDs for all the families from my videotape of our children's theater's "
        "A Midsummer Night's Dream",
        "capturing a tape and authoring DVDs, not an edit of a given file",
        probe=Probe(duration=5400.0, width=720, height=480),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
