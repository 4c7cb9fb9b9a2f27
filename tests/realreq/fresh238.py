"""A two-hundred-and-thirty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh238.md): one checkable case a row, encoded the way fresh237.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh237's, the
rows are short, typical asks; all 13 come from church, choir, theatre, festival and seminar
volunteers and parents writing on their own blogs and parish pages, in Japanese, Dutch and German
(a Dutch church filming its services, Japanese church media volunteers, a cello pupil's mother,
a school drama teacher, a drama group, a Hanover church's video editor, a hamlet's festival
cameraman, a Zoom seminar host and a parent at a school music concert), translated into English.
Each case follows its row's `expected` column; the `[out of scope]` row is an OUT-OF-SCOPE
refusal, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    AnyOf,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh238.md")


def _sound_instead(name: str) -> tuple[list, ...]:
    """The video's own sound gone, the file's in its place."""
    return (
        [step("replace_audio", file=name)],
        [step("mute"), step("add_music", file=name, **WHOLE)],
    )


CASES: tuple[Case, ...] = (
    do(
        "fresh238-01",
        "put the sound of the church radio (the kerkomroep) under the film of the church service"
        " that Kees recorded, before it appears on our YouTube channel",
        *_sound_instead("kerkomroep.mp3"),
        [step("add_music", file="kerkomroep.mp3", **WHOLE)],
        assets=["kerkomroep.mp3"],
        probe=Probe(duration=3600.0, width=1920, height=1080),
        note="the church radio's sound under the film: in place of the camera's, or added",
    ),
    do(
        "fresh238-02",
        "make the volume of the message right in the video of the worship service: it is mainly "
        "the message part that we publish at present",
        [step("normalize")],
        probe=Probe(duration=3600.0, width=1920, height=1080),
        note="its sound brought to a proper loudness (normalized, any target)",
    ),
    no_op(
        "fresh238-03",
        "line up the sound from the separate voice recorder with the video camera's recording of "
        "the cello piece: trying to match picture and sound is so hard, and it has to be "
        "submitted tomorrow",
        "needs analysis",
        assets=["recorder.wav"],
        probe=Probe(duration=240.0, width=1920, height=1080),
        note="needs analysis: the recorder's sound moved to fit the picture by matching their "
        "waveforms; replace_audio takes no offset and measures none",
    ),
    ask(
        "fresh238-04",
        "cut the part with the melody of 'O Sacred Head, Now Wounded' out of the video of our "
        "worship service: YouTube instructed us to cut that part, because ad revenue is paid to "
        "the copyright holder",
        "where the part with that hymn's melody is (its start and end)",
        (*WHICH_PART, "hymn", "timestamps"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    do(
        "fresh238-05",
        "make the video of the pastor's message from the mobile phone lighter: under 30 minutes "
        "of it takes more than 2 GB, so uploading takes a long time",
        # (a smaller quality level is compressing with no size, as the other sets accept)
        [step("compress") | step("quality", level="small")],
        [step("resize", lines=Between(240, 720))],
        probe=Probe(duration=1700.0, width=1920, height=1080),
        note="made smaller: compressed, or scaled down to 720p or less",
    ),
    do(
        "fresh238-06",
        "take just the sound out of the other camera's file of our play 'Tatakeba, Oto wa "
        "Kikoeru' and lay this camera's picture over that sound (we filmed it with two cameras)",
        *_sound_instead("camera2.mp4"),
        assets=["camera2.mp4"],
        probe=Probe(duration=3600.0, width=1920, height=1080),
        note="the other camera's sound in place of this one's",
    ),
    out_of_scope(
        "fresh238-07",
        "put the recorded video of last year's performance of 'Ookami no Koe' onto a DVD just as "
        "it is: that's the quickest",
        "making a DVD of it, not an edit of the video file",
        probe=Probe(duration=5400.0, width=1920, height=1080),
    ),
    do(
        "fresh238-08",
        "fix the Facebook Live video of the service: the Bible passages shown on the screen all "
        "came out in mirror writing (flipped left to right)",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="mirrored left to right again, so the writing reads the right way",
    ),
    ask(
        "fresh238-09",
        "adjust the mix of the music in the service video so that the singer standing on the "
        "left also gets a little louder when she comes into close-up",
        "when the close-ups of the singer are (which times to make louder)",
        (*WHICH_PART, "close-up", "how much"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    ask(
        "fresh238-10",
        "edit the roughly two and a half hours of video of our hamlet's harvest festival down to "
        "within one hour (this year the head of the hamlet asked me to be the video person)",
        "which parts to keep (or cut) to get it within an hour",
        (*WHICH_PART, "which parts", "keep", "cut"),
        probe=Probe(duration=9000.0, width=1920, height=1080),
    ),
    do(
        "fresh238-11",
        "join the recording of my Zoom seminar back into one video: I clicked the stop button by "
        "mistake and started recording again, so it came out as more than one file",
        [step("join", clips=AnyOf(["part2.mp4"], []), at="end")],
        assets=["part2.mp4"],
        probe=Probe(duration=3600.0, width=1920, height=1080),
        note="the second file played after the first",
    ),
    do(
        "fresh238-12",
        "steady the video of my eldest daughter's school music concert: I held the heavy video "
        "camera in both hands and moved it left and right to find her, and the shake is so bad "
        "I nearly got motion sick watching it on the TV",
        [step("stabilize")],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="stabilized",
    ),
    ask(
        "fresh238-13",
        "remove the video noise from the wedding video of my friend's daughter, adjust the "
        "brightness and adjust the sound",
        "which way and how much to change the brightness and the sound",
        ("brighter", "darker", "louder", "quieter", "how much", "which"),
        probe=Probe(duration=1200.0, width=1920, height=1080),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
