"""A hundred-and-forty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh149.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh145's, the
rows are short, typical asks, like the development set's; all 9 come from GitHub issues and pull
requests about lessons, classes and talks (an online-course platform, a teaching community, a
data science course, a Python meetup's talk videos, a university's media-production programme,
an education charity's design board, BigBlueButton, Screencastify and an education company's
tracker); the search budget ran out before more were found. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal
of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh149.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh149-01",
        "make the lesson video louder: its maximum volume is very low, and sometimes we work in "
        "places with a lot of noise, where outside noises get in the way",
        [LOUDER],
        note="louder, any amount or to a loudness target, all of it",
    ),
    do(
        "fresh149-02",
        "join the video of how the task is done with Romi's narration, recorded separately, for "
        "the post on how to record a class and upload it to YouTube",
        [step("replace_audio", file="locucion.mp3")],
        [step("add_music", file="locucion.mp3")],
        [step("mute"), step("add_music", file="locucion.mp3")],
        assets=["locucion.mp3"],
        note="the narration as the video's sound, in place of its own or mixed with it",
    ),
    do(
        "fresh149-03",
        "improve the audio quality on the course video (not high priority, but for whenever we "
        "are putting a final polish on things)",
        [step("audio_denoise"), maybe(step("normalize")), maybe(LOUDER)],
        [step("normalize"), maybe(step("audio_denoise"))],
        note="the sound cleaned of noise and/or brought to a good loudness",
    ),
    no_op(
        "fresh149-04",
        "fix the talk video: it is broken at 17:0-something, there is a half-second pause in the "
        "audio and after that it is out of sync",
        "no op",
        probe=Probe(duration=1800.0),
        note="no op: the half-second gap taken out of the sound from 17:0x on (the rest of the "
        "sound moved 0.5 s earlier); no operation shifts or cuts the sound against the picture",
    ),
    ask(
        "fresh149-05",
        "edit Prof. Fabrício's video lesson: start it with the Practice vignette and put credits "
        "at the end: the professor's name, the subject, the course, recording, editing, art",
        "what the credits say (the course and the names for recording, editing and art)",
        ("credit", "name", "names", "what", "which", "who", "text", "course", "subject"),
        assets=["vinheta.mp4"],
    ),
    ask(
        "fresh149-06",
        "trim the CRL #1 video to the interview",
        "which part is the interview (where it starts and ends)",
        (*WHICH_PART, "interview", "part", "timestamps", "seconds"),
    ),
    out_of_scope(
        "fresh149-07",
        "support my music class: the low intensity sounds are cut off, so the music is not clear",
        "a web-conferencing system's live sound settings for a music class, not an edit of a file",
    ),
    out_of_scope(
        "fresh149-08",
        'remove the "share your screen" screen, and just use the default screen when I am using '
        '"screen recording"',
        "a screen recorder's consent screen (an app feature), not an edit of a file",
    ),
    out_of_scope(
        "fresh149-09",
        "add a video recording feature in the live class module",
        "a learning platform's feature for recording live classes, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
