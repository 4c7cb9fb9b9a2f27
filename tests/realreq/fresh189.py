"""A hundred-and-eighty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh189.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh185's, the
rows are short, typical asks, like the development set's; 10 come from GitHub issues (a Raspberry
Pi camera recorder, an audio denoiser, an electron-tomography viewer, a lossless video cutter, a
worm tracker, a lecturer's course, a Z80 assembly course, an offline Khan Academy server, Hack
Club's timelapse site and a 3D printer host), one from the Code.org teachers' forum and two from
blog posts (a parent's and an amateur actor's); the search budget ran out before 20. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh189.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh189-01",
        "get rid of the 5-6s recorded in the video before I press the button (my python script "
        "puts the start_record file when I press a button)",
        [step("trim", start=Between(5, 6), end=None)],
        [step("cut", start=0, end=Between(5, 6))],
        note="the first 5 to 6 seconds taken off the start",
    ),
    do(
        "fresh189-02",
        "make my Create Task video faster than real-time, for example 1.2 speed",
        [step("speed", factor=Between(1.15, 1.3), **WHOLE)],
        note="1.2 times as fast (1.15 to 1.3 is fair), all of it",
    ),
    do(
        "fresh189-03",
        "denoise the ambient recording with bird calls: in the beginning of the file is a small "
        "portion (about 2 seconds) of pure mic noise, added for noise sampling",
        [
            anywhere(step("audio_denoise")),
            maybe(step("trim", start=Between(1.5, 2.5), end=None)),
        ],
        note="the steady noise taken out of the sound; the 2 s of noise may go too",
    ),
    do(
        "fresh189-04",
        "re-compress the movie Tomviz exported (MJPEG) to the MP4 container and H.264 codec: it "
        "crashed my Windows 11 laptop during a PowerPoint presentation, only when using an "
        "external monitor",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="an H.264 MP4 of the MJPEG movie",
    ),
    do(
        "fresh189-05",
        "merge the clips I cut from my game recording into one video, and remove the sound from "
        "the merged output (instead of reviewing multiple tracks)",
        [
            step("join", clips=AnyOf(["clip2.mp4", "clip3.mp4"], []), at="end"),
            step("mute"),
        ],
        assets=["clip2.mp4", "clip3.mp4"],
        note="the other clips after the video, in order, then the sound taken off the whole",
    ),
    no_op(
        "fresh189-06",
        "export every single cropped image for a single worm shown in the video: it has 1000 "
        "frames and 5 worms, and I would like 1000 cropped images that only show a single worm, "
        "for each worm",
        "needs analysis",
        probe=Probe(duration=33.3),
        note="needs analysis: tracking each of the 5 worms to crop around it as it moves (and "
        "5000 images out)",
    ),
    no_op(
        "fresh189-07",
        "fix the lecture 5 video: from 10:00 until 10:30 the sound is missing (or is it a very "
        "long pause?)",
        "no op",
        probe=Probe(duration=3600.0),
        note="no op: the sound of 10:00-10:30 is not in the file; nothing puts it back",
    ),
    no_op(
        "fresh189-08",
        "trim my 1 second clips, all between 1.2 and 1.5 seconds, down to exactly 1 second each, "
        "then run them all together in order: it's our ENTIRE day condensed to 1 minute",
        "no op",
        assets=("clip2.mp4", "clip3.mp4", "clip4.mp4"),
        probe=Probe(duration=1.3),
        note="no op: each clip cut to 1 s on its own before they are joined; trim and "
        "keep_ranges cut one timeline, join adds the clips whole",
    ),
    ask(
        "fresh189-09",
        "take the three scenes where Sam has the most lines out of the movie, as clips I could "
        "watch over and over again: I've been cast as Sam Wainwright in It's a Wonderful Life",
        "which scenes (their times in the film)",
        (*WHICH_PART, "scene", "times", "timestamps", "which"),
        probe=Probe(duration=7800.0),
    ),
    ask(
        "fresh189-10",
        "reduce this practical example video to between 5 and 8 minutes: this one went to 12",
        "which parts to cut (12 minutes down to 5-8)",
        (*WHICH_PART, "which parts", "cut", "remove", "keep"),
        probe=Probe(duration=720.0),
        note="speeding the explanation up is not it",
    ),
    out_of_scope(
        "fresh189-11",
        "update the basic addition and basic subtraction videos, whose resolution is too low",
        "getting the course's videos at a higher resolution (the original has nothing above "
        "240p), not an edit of a given file",
        probe=Probe(width=426, height=240),
    ),
    out_of_scope(
        "fresh189-12",
        "show how much time my timelapse represents, as a badge next to its title: I can see the "
        "length of the video, but I'm not sure how sped-up it is (it seems to be 1 minute to 1 "
        "second?)",
        "a timelapse site's display of the time a video represents, not an edit of the file",
    ),
    out_of_scope(
        "fresh189-13",
        "make a time lapse instead of a real movie: this would use significantly less space on "
        "the memory card and still produce reasonable quality timelapses, the timing a variable "
        "I could set",
        "a 3D printer camera's recording mode (frames taken at intervals), not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
