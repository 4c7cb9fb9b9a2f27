"""A hundred-and-thirty-third fresh, held-out collection of real requests
(tests/realreq/fresh133.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh129's, the
rows are short, typical asks, like the development set's; 13 come from GitHub issues and 3 from
blog posts, of people making videos for a church, a school, a university, sports and a family:
a church website's developers, a Brazilian university's video service, a football-video
project, an event organiser, an English teacher, a newspaper's technology blog, a design team,
a speech-features library's user, FOSDEM's speakers, a slow-motion tool's user, a company's
training videos, a design studio, GoPro Labs, a church projection program, a family blog and a
WhatsApp bot. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no
operation does. An `[extra input: …]` marker is left out of the request and the files it names
are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh133.md")

#: The two 15-second pieces of the 90-minute broadcast: starting at 10:10 and at 1:10:10, or
#: ending there, or centred on them.
_PIECES = AnyOf(
    [[610, 625], [4210, 4225]],
    [[595, 610], [4195, 4210]],
    [[602.5, 617.5], [4202.5, 4217.5]],
)
#: The campus's name, or the whole line asked for in green.
_CAMPUS = AnyOf("campus Chapecó", "UFFS/Campus Chapecó, 2020", "UFFS / Campus Chapecó, 2020")
#: The logo put on the tribute video, anywhere.
_LOGO = step("overlay_image", file="uffs_logo.png")
#: The words put up after the fade to black, on one line or two.
_TICKETS = AnyOf(
    "Tickets on Sale at signatureberlin.eventbrite.com",
    "Tickets on Sale at\nsignatureberlin.eventbrite.com",
)
#: Any smaller file: a smaller-file setting, or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

CASES: tuple[Case, ...] = (
    do(
        "fresh133-01",
        "cut 15 seconds from the church's last service broadcast at 10 minutes 10 seconds, and "
        "another cut at 1 hour, 10 minutes and 10 seconds, and merge the two cut videos into "
        "one MP4 file: the goal is a 30-second video for the banner on the site",
        [step("keep_ranges", ranges=_PIECES), maybe(step("convert", format="mp4"))],
        [
            step("cut_ranges", ranges=[[0, 610], [625, 4210], [4225, 5400]]),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=5400.0),
        note="10:10-10:25 and 1:10:10-1:10:25 of the 90-minute broadcast kept, joined, as an mp4",
    ),
    do(
        "fresh133-02",
        "edit the teachers' day tribute video: insert the UFFS logo and write campus Chapecó, "
        "or write in green: UFFS/Campus Chapecó, 2020",
        [_LOGO, step("text", text=_CAMPUS)],
        [step("text", text=_CAMPUS), _LOGO],
        [step("text", text="UFFS/Campus Chapecó, 2020", color="green"), maybe(_LOGO)],
        assets=["uffs_logo.png"],
        note="the logo and the campus's name, or the green line alone",
    ),
    do(
        "fresh133-03",
        "crop the match video into a 30s clip for the 43:10 event: from 42:55 to 43:25",
        [step("trim", start=2575, end=2605)],
        [step("keep_ranges", ranges=[[2575, 2605]])],
        probe=Probe(duration=2820.0),
        note="42:55 to 43:25 (2575 s to 2605 s) of the 47-minute half kept",
    ),
    do(
        "fresh133-04",
        "make the talks video from the main camera's recording, up to 42:00: please include "
        "the organisers giving an introduction about the event",
        [step("trim", start=AnyOf(0, None), end=2520)],
        [step("cut", start=2520, end=AnyOf(3600, Between(3599, 3600)))],
        [step("keep_ranges", ranges=[[0, 2520]])],
        probe=Probe(duration=3600.0),
        note="the first 42 minutes of the hour-long recording kept (the introduction included)",
    ),
    do(
        "fresh133-05",
        "make my edited lesson video for Year 10 (explaining Macbeth) smaller: despite having "
        "taken about 20 seconds of clicking and faffing off it, the file size increased, as "
        "did the upload time",
        [anywhere(_SMALLER), maybe(step("resize"))],
        note="a smaller file: a smaller-file setting or any size target (a resize may come)",
    ),
    do(
        "fresh133-06",
        "slow my father's transferred 8mm family movies down to the proper speed: the playback "
        "is just a bit faster than it had been filmed",
        [step("speed", factor=Between(0.8, 0.97), **WHOLE)],
        note="a little slower, all of it",
    ),
    do(
        "fresh133-07",
        'after the video fades to black, add the words: "Tickets on Sale at '
        'signatureberlin.eventbrite.com"',
        [
            maybe(step("fade", direction="out")),
            maybe(step("freeze", at=Between(50, None))),
            step("text", text=_TICKETS, start=Between(50, None), end=AnyOf(None, Between(59, 60))),
        ],
        [
            maybe(step("freeze", at=Between(50, None))),
            step("text", text=_TICKETS, start=Between(50, None), end=AnyOf(None, Between(59, 60))),
            maybe(step("fade", direction="out")),
        ],
        probe=Probe(duration=60.0),
        note="the words from the last seconds (after 50 s of the 60 s video) to the end",
    ),
    no_op(
        "fresh133-08",
        "remove the teacher's voice from the classroom recording, to keep the noise: my purpose "
        "is to assess the quality of classroom teaching, such as whether there is noise "
        "interference",
        "needs analysis",
        note="separating one voice from the rest of the sound needs source separation",
    ),
    no_op(
        "fresh133-09",
        "fix the recording for my talk: the big slides appear 14 seconds too early, compared to "
        "the speaker video and audio",
        "no op",
        note="delaying one part of a composed picture against the rest; no operation does it",
    ),
    ask(
        "fresh133-10",
        "slow down part of my table tennis video, keeping the sound: you can hear when the ball "
        "hits the rockets or the table, which is very helpful",
        "which part (and how slow)",
        (*WHICH_PART, "which part", "how slow", "how much", "speed", "factor"),
    ),
    ask(
        "fresh133-11",
        "cut the university video properly, so that the video ends when the content ends",
        "where the content ends (the time)",
        (*WHICH_PART, "where", "when", "time", "second", "how much"),
    ),
    ask(
        "fresh133-12",
        "make some cuts in the 2004 Crew Boat Hall of Fame speech video, with Jesse's "
        "selections, to get to 1 minute of video",
        "which parts to keep (Jesse's selections are in a document not given)",
        (*WHICH_PART, "which parts", "selections", "document", "keep"),
    ),
    out_of_scope(
        "fresh133-13",
        "overlay a game clock when using a GoPro to livestream a game",
        "a live stream's overlay (a GoPro's running game clock), not an edit of a given file",
    ),
    out_of_scope(
        "fresh133-14",
        "let FreeShow stream to YouTube directly (RTMP): this is the one feature holding my "
        "church back from using freeshow instead of propresenter",
        "live streaming from a church presentation program, not an edit of a given file",
    ),
    out_of_scope(
        "fresh133-15",
        "get the church service starring my mum, broadcast back in 1982, off the VHS: the video "
        "capture software on my PC claims it's copy-protected and stops after five seconds",
        "capturing a videotape (past its copy protection), not an edit of a given file",
    ),
    out_of_scope(
        "fresh133-16",
        "reduce the video download resolution to 480p: I received the less than 2 min videos "
        "but not more than 3 min (WhatsApp only supports media under 100 MB)",
        "downloading a YouTube video at a lower resolution through a WhatsApp bot, not an edit "
        "of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
