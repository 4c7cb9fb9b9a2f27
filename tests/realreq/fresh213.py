"""A two-hundred-and-thirteenth fresh, held-out collection of real requests
(tests/realreq/fresh213.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh209's, the
rows are short, typical asks, like the development set's; 9 come from personal blogs and sites
(a dash cam driver, a pilot's two-camera flight, an RC plane flyer, a wildlife camera builder, a
media student's interviews, an FPV flyer, a helicopter pilot, a columnist's birthday pictures
and an audio hobbyist's live recording), 1 from a pilots' forum thread, 1 from Video Production
Stack Exchange and 1 from a newspaper's home-video column. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals
of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh213.md")

#: The song the RC flight is set to.
_SONG = "its_for_you.mp3"

#: The four other clips of the wildlife camera, after the first.
_CLIPS = ["clip2.mp4", "clip3.mp4", "clip4.mp4", "clip5.mp4"]

CASES: tuple[Case, ...] = (
    ask(
        "fresh213-01",
        "cut out all the boring/normal stuff from the dash cam footage of my 60 minute journey "
        "and compile a video of the reckless stuff: overtaking on double white lines, almost "
        "knocking down traffic cones",
        "which parts are the reckless stuff (their times in the hour)",
        (*WHICH_PART, "which moments", "reckless", "parts", "timestamps"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh213-02",
        "add text to my animation of geographical data, so that over a specific period of time "
        "(a specific number of frames) some text is showing: the text should vary by month or "
        "week of the video",
        "what text, and over which frames (the months or weeks and their times)",
        (
            "what text",
            "which text",
            "text",
            "which",
            "when",
            "frames",
            "period",
            "month",
            "week",
            "time",
        ),
    ),
    no_op(
        "fresh213-03",
        "get rid of that prop effect in the GoPro video of our RV-8 flight",
        "no op",
        probe=Probe(duration=300.0),
        note="no op: a propeller's rolling-shutter banding removed from the footage (a camera "
        "setting at recording)",
    ),
    do(
        "fresh213-04",
        "make the instrument panel video an inset on the view out the front video of my 40 "
        "minute flight",
        [step("pip", file="panel.mp4", **WHOLE)],
        assets=["panel.mp4"],
        probe=Probe(duration=2400.0),
        note="the panel clip as a picture-in-picture, any corner and size, over the whole flight",
    ),
    do(
        "fresh213-05",
        'set the video of my RC flight with the Sig FourStar 40 to music, "It\'s for You" by '
        "Lyle Mays and Pat Metheny: my take off was poor, the landing was worse",
        [step("replace_audio", file=_SONG)],
        [step("add_music", file=_SONG, **WHOLE)],
        [step("mute"), step("add_music", file=_SONG, **WHOLE)],
        assets=[_SONG],
        probe=Probe(width=1280, height=720),
        note="the song as the sound, in place of the video's own or mixed with it",
    ),
    do(
        "fresh213-06",
        "combine the five clips from the HD wildlife camera system I built into one video: the "
        "plan was to film muskrats coming out of the ice",
        [step("join", clips=AnyOf(_CLIPS, []), at="end")],
        [step("transition", clips=AnyOf(_CLIPS, []), at="end")],
        assets=_CLIPS,
        note="the other four clips after the first, in order",
    ),
    do(
        "fresh213-07",
        "raise the volume of the interview to hear the interviewee more clearly, without the "
        "background noise going up too",
        [step("audio_denoise"), LOUDER],
        [LOUDER, step("audio_denoise")],
        note="the noise taken down and the sound made louder, in either order",
    ),
    ask(
        "fresh213-08",
        "save only the highlights of the major sporting event I recorded: I've found it tedious "
        "to look at long stretches of game action in order to see certain key moments",
        "which key moments (their times)",
        (*WHICH_PART, "which moments", "moments", "highlights"),
    ),
    out_of_scope(
        "fresh213-09",
        "assemble my pictures from a birthday party into a slideshow with titles, transitions "
        "and background music, to show on my home television set",
        "making a video from photos, not an edit of a given video",
    ),
    no_op(
        "fresh213-10",
        "fix the one-channel stereo problem in my helicopter flight video, so my voice won't be "
        "coming into just one of your ears",
        "no op",
        note="no op: the one channel copied to both sides; no operation picks or remaps channels",
    ),
    ask(
        "fresh213-11",
        "keep only the smoother and more interesting pieces of my 4th of July flight over the "
        "lake, with a song: the ride is a little bumpy",
        "which pieces to keep (their times), and which song (the file)",
        (*WHICH_PART, "pieces", "parts", "song", "music", "file"),
    ),
    no_op(
        "fresh213-12",
        "remove the clapping from the nearby audience in the live recording, preparing it for "
        "presentation",
        "no op",
        note="no op: finding and removing claps over the music; audio_denoise takes out steady "
        "noise, not claps",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
