"""A seventieth fresh, held-out collection of real requests (tests/realreq/fresh70.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh69's, the
rows are short, typical asks, like the development set's, most of them cutting, trimming and
joining; all 17 come from GitHub issues of a Plex/Jellyfin clipper, VOD and video downloaders, a
conference's VOD tracker, a file converter, a Discord bot's download library, a player and one of
its scripts, a media framework, a security-camera recorder, a live-stream recorder, an encoder, a
media center and a Raspberry Pi camera interface used as a doorbell camera. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]`
marker is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import AnyOf, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh70.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh70-01",
        "export a 15s clip that ends at 05:27, the timestamp where I paused the episode on Plex: "
        "I watched a scene I wanna quickly share",
        [step("trim", start=312, end=327)],
        probe=Probe(duration=1320.0),
        note="the 15 seconds up to 5:27 of the 22 minute episode",
    ),
    do(
        "fresh70-02",
        "crop the video to get only a specified range of it: the video is 2 minutes and 30 "
        "seconds long, and I only want the video from the minute 1 to the minute 2",
        [step("trim", start=60, end=120)],
        probe=Probe(duration=150.0),
        note="minute 1 to minute 2 of the 150 s video kept (a cut in time, not a frame crop)",
    ),
    do(
        "fresh70-03",
        "keep only the clip between the timestamps 22:03 - 23:00",
        [step("trim", start=1323, end=1380)],
        probe=Probe(duration=3600.0),
        note="22:03 to 23:00 of the hour-long video kept",
    ),
    do(
        "fresh70-04",
        'keep only a portion of the VOD: the second hour (from "01:00:00" to "02:00:00")',
        [step("trim", start=3600, end=7200)],
        probe=Probe(duration=14400.0),
        note="the second hour of the 4 h VOD kept",
    ),
    do(
        "fresh70-05",
        "keep the VOD from 00:00:00 to 00:00:30 only",
        [step("trim", start=0, end=30)],
        probe=Probe(duration=3600.0),
        note="the first 30 seconds of the hour-long VOD kept",
    ),
    do(
        "fresh70-06",
        "trim the full VOD to my panel, which goes from 00:34:20 to 01:04:50: the recording for "
        "my panel was split between two VODs",
        [step("trim", start=2060, end=3890)],
        probe=Probe(duration=7200.0),
        note="34:20 to 1:04:50 of the 2 h VOD kept",
    ),
    do(
        "fresh70-07",
        "extract a portion of the longer video, for example from 00:17:01 - 00:18:07",
        [step("trim", start=1021, end=1087)],
        probe=Probe(duration=3600.0),
        note="17:01 to 18:07 of the hour-long video kept",
    ),
    do(
        "fresh70-08",
        "change the video length to 20 seconds no matter what the actual length is: I'm working "
        "on a discord bot",
        [step("trim", start=0, end=20)],
        note="cut to its first 20 seconds (the 60 s video)",
    ),
    do(
        "fresh70-09",
        "join video2-2.mp4 and video2-3.mp4 after this part, video2-1.mp4: the object storage "
        "forces object size to be less than 4GB, so the video had to be split into several files",
        [step("join", clips=AnyOf(["video2-2.mp4", "video2-3.mp4"], []), at="end")],
        assets=["video2-2.mp4", "video2-3.mp4"],
        note="the two other parts after this one, in order",
    ),
    do(
        "fresh70-10",
        "combine the multiple screen recordings of the user session into one long screen "
        "recording file",
        [step("join", clips=AnyOf(["recording2.mp4", "recording3.mp4"], []), at="end")],
        assets=["recording2.mp4", "recording3.mp4"],
        note="the other recordings after this one, in order",
    ),
    do(
        "fresh70-11",
        "create a 20 minute video using the 5 minute events",
        [
            step(
                "join",
                clips=AnyOf(["event2.mp4", "event3.mp4", "event4.mp4"], []),
                at="end",
            )
        ],
        assets=["event2.mp4", "event3.mp4", "event4.mp4"],
        probe=Probe(duration=300.0),
        note="the three other 5 minute events after this one, in order: 20 minutes",
    ),
    do(
        "fresh70-12",
        "merge the video files of the same live broadcast before uploading them: often when "
        "network conditions are unstable, multiple fragmented video files are recorded",
        [step("join", clips=AnyOf(["part2.mp4"], []), at="end")],
        assets=["part2.mp4"],
        note="the other fragment after this one",
    ),
    do(
        "fresh70-13",
        "remove the audio, video only: it's useful for gif-type sites that are actually video",
        [step("mute")],
        note="the sound removed, the video kept",
    ),
    ask(
        "fresh70-14",
        "download only a specific part of the VOD: downloading the whole thing and then cutting "
        "it again is a hassle",
        "which part (the start and end times)",
        WHICH_PART,
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh70-15",
        "make cuts in the video file: remove the useless or bad scenes",
        "which scenes (their times)",
        (*WHICH_PART, "scene", "scenes", "parts"),
    ),
    ask(
        "fresh70-16",
        "cut the part I need from the whole episode, a 2 second video: I often use it to look for "
        "visual references",
        "which 2 seconds (where the part starts)",
        WHICH_PART,
        probe=Probe(duration=2700.0),
    ),
    out_of_scope(
        "fresh70-17",
        "when the doorbell rings, capture a 10 second video: 5 seconds before the event "
        "occurred, and 5 seconds after",
        "a live camera's recording from before and after a trigger (its buffer), not an edit of "
        "a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
