"""A two-hundred-and-forty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh247.md): one checkable case a row, encoded the way fresh244.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh245's, the
rows are short, typical asks; all 19 come from personal blogs, a photography forum and three
GitHub issues, nearly all of people filming birds, animals, gardens and farms: hummingbirds at a
feeder, a swarm, a calving, lambs, a roebuck, garden and allotment tours, a burrowing owl, feeding
stations, chickens and motion cameras. Each case follows its row's `expected` column; the
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals of a DOABLE ask no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    AnyOf,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh247.md")

_MUSIC = "music.mp3"
_MUTTERINGS = "mutterings.m4a"
_CLIPS = ["clip2.mp4", "clip3.mp4", "clip4.mp4"]

CASES: tuple[Case, ...] = (
    do(
        "fresh247-01",
        "slow the action in this unedited video of my hummingbird feeders down to 1/8 of normal "
        "speed: not enough to make the wings visible, but enough to see what they are doing "
        "during their battles",
        [step("speed", factor=0.125, **WHOLE)],
        probe=Probe(duration=60.0, width=1920, height=1080),
        note="an eighth of the speed, all of it",
    ),
    ask(
        "fresh247-02",
        "zoom in this video from the camera next to my mom's busiest hummingbird feeder and slow "
        "down the clips a little, to see if one of the birds is banded",
        "where to zoom in (which part of the frame: the bird's legs, where a band would be)",
        (*WHICH_PART, "which part", "zoom", "area", "region", "legs"),
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    do(
        "fresh247-03",
        "make this short video of us helping a new beekeeper collect a swarm 6 x speed, the "
        "directors cut",
        [step("speed", factor=6, **WHOLE)],
        probe=Probe(duration=180.0, width=1280, height=720),
        note="six times faster, all of it",
    ),
    ask(
        "fresh247-04",
        "cut down this 15 minutes of footage of Dixie the cow giving birth at the MN Zoo: it was "
        "hard to decide what to cut out, even though most of you won't watch the whole video; "
        "the best part is when Dixie acknowledges her baby",
        "what to cut out (which parts to keep, and how long the result should be)",
        (*WHICH_PART, "which parts", "cut", "keep", "how long"),
        probe=Probe(duration=900.0, width=640, height=480),
    ),
    ask(
        "fresh247-05",
        "make an annotation on screen in this tour of my back garden: just after the pond bit I "
        "described the Centaurea atropurpurea and then called the next one a (Senecio) "
        "cineraria… No.. It's also a Centaurea!",
        'when "just after the pond bit" is (the time the annotation should show)',
        (*WHICH_PART, "pond", "timestamp"),
        probe=Probe(duration=300.0, width=1280, height=720),
    ),
    do(
        "fresh247-06",
        "put music on this new garden video tour of my backyard instead of my voice: the wind "
        "made it hard to hear me in the video",
        [step("replace_audio", file=_MUSIC)],
        [step("mute"), step("add_music", file=_MUSIC, **WHOLE)],
        assets=[_MUSIC],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="the music in place of the voice",
    ),
    no_op(
        "fresh247-07",
        "clone out the vehicles on the highway in the background of this video of the burrowing "
        "owl guarding the nest: the background was ruined with motion from vehicles, and what I "
        "needed was a global, multi frame clone",
        "no op",
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="no op: removing moving vehicles from every frame is object removal",
    ),
    do(
        "fresh247-08",
        "fix the bouncing in this rear-facing video from the Cheeha ride, with the camera clipped "
        "to the tail bag: the sound was superb but the bouncing was annoying",
        [step("stabilize")],
        probe=Probe(duration=1200.0, width=1280, height=720),
        note="steadied (any strength), the sound kept",
    ),
    do(
        "fresh247-09",
        "put our mutterings, recorded as we watched it back together, on this 8 minute video "
        "tour of the plot",
        [step("replace_audio", file=_MUTTERINGS)],
        [step("mute"), step("add_music", file=_MUTTERINGS, **WHOLE)],
        [step("add_music", file=_MUTTERINGS, **WHOLE)],
        assets=[_MUTTERINGS],
        probe=Probe(duration=480.0, width=1280, height=720),
        note="the recorded commentary as the sound, in place of or over the video's own",
    ),
    do(
        "fresh247-10",
        "compress the file of this first vid of the three lambs, so it doesn't take a while to "
        "upload: Hubs / Head IT Man says I have to 'compress the file'",
        [step("compress") | step("quality", level="small")],
        probe=Probe(duration=60.0, width=1280, height=720),
        note="a smaller file (any size)",
    ),
    do(
        "fresh247-11",
        "make the video files I captured these twin ewe lambs with compatible with WordPress",
        [step("convert", format="mp4")],
        [step("codec", codec="h264")],
        [step("convert", format="mp4"), step("codec", codec="h264")],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        probe=Probe(duration=90.0, width=1280, height=720),
        note="an H.264 MP4, which WordPress takes",
    ),
    no_op(
        "fresh247-12",
        "remove the date and time in this recorded video",
        "no op",
        probe=Probe(duration=60.0, width=1280, height=720),
        note="no op: removing text burned into the picture",
    ),
    ask(
        "fresh247-13",
        "edit out my talking to the lambs hanging around my feet in this video starring our "
        "little gulmoget ewe lamb",
        "where my talking is (which parts to cut)",
        (*WHICH_PART, "which parts", "talking"),
        probe=Probe(duration=120.0, width=640, height=480),
    ),
    ask(
        "fresh247-14",
        "shorten the video footage at the end of this video of our first lambing experience: it "
        "feels long",
        "how much of the end to cut (where the footage at the end starts, or how long to keep)",
        (*WHICH_PART, "how much", "how long", "seconds"),
        probe=Probe(duration=240.0, width=1280, height=720),
    ),
    do(
        "fresh247-15",
        "run these four clips of the roebuck together: the camera records clips of a maximum of "
        "20s at night, and iMovie refuses to export the result",
        [step("join", clips=AnyOf(_CLIPS, []), at="end")],
        assets=_CLIPS,
        probe=Probe(duration=20.0, width=1920, height=1080),
        note="the other three clips after this one, in order",
    ),
    ask(
        "fresh247-16",
        "edit this hour of the birds on my two feeding stations down to a viewable length and "
        "add a bit of music, which I purchased way back in 1978 on an old 45 rpm",
        "which parts to keep (a viewable length: how long, and which of the hour)",
        (*WHICH_PART, "which parts", "how long", "length", "keep"),
        assets=[_MUSIC],
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh247-17",
        "make a single video file for all the motion events in the last 24 hours, a daily digest "
        "that I can quickly review by watching one file",
        "a motion-detection program's daily digest of its event recordings, not an edit of a "
        "given file",
    ),
    out_of_scope(
        "fresh247-18",
        "set up a system like The HenCam, to be able to keep an eye on my chickens when away and "
        "share the fun of my animals with others",
        "setting up a live web camera, not an edit of a given file",
    ),
    out_of_scope(
        "fresh247-19",
        "put a date and time visible on the videos the nature camera registers",
        "a wildlife camera server's recording feature, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
