"""A fifty-fourth fresh, held-out collection of real requests (tests/realreq/fresh54.md): one
checkable case a row, encoded the way fresh53.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh53's, the
rows are short, typical asks, like the development set's, mostly about sound and cutting; all 16
come from GitHub issues and pull requests of a media transcoder, a video converter, a geocaching
toolbox, a course's recordings, a game remake, a silence cutter, VOD downloaders, a transcription
editor, a demo manager, the p5.js videos, NPR's visual stories, a backdrop generator, a video
uploader, a meeting recorder and a dashcam app. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the
request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import LOUDER, WHOLE, Above, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh54.md")

#: Quieter, by any amount, all of it.
_QUIETER = step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh54-01",
        "overlay the 15 second audio on the 2 minute video from the 30th second to the 45th "
        "second, with fade in and fade out",
        [
            step(
                "add_music",
                file="audio.mp3",
                start=Between(29.5, 30.5),
                end=Between(44.5, 45.5),
                fade_in=Above(0),
                fade_out=Above(0),
            )
            | step(
                "add_music",
                file="audio.mp3",
                start=Between(29.5, 30.5),
                end=None,
                loop=False,
                fade_in=Above(0),
                fade_out=Above(0),
            )
        ],
        assets=["audio.mp3"],
        probe=Probe(duration=120.0),
        note="the audio mixed in from 30 s to 45 s of the 120 s video, faded in and out",
    ),
    do(
        "fresh54-02",
        "remove the audio track from the video: I uploaded it from my phone and want to share it "
        "without the audio",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh54-03",
        "simply increase the volume level of the video: it is a voice recorded from a stage, "
        "which is too silent",
        [LOUDER],
        note="louder, by any amount or to a loudness target, all of it",
    ),
    do(
        "fresh54-04",
        "make the recording's volume level higher and cut off the extra hissing sounds with a "
        "filter: there are complaints about quiet sound",
        [LOUDER, step("audio_denoise")],
        [step("audio_denoise"), LOUDER],
        note="louder (any amount, or normalized) and the hiss reduced, either order",
    ),
    do(
        "fresh54-05",
        "turn down the volume of the video: it has become too loud",
        [_QUIETER],
        note="quieter, by any amount, all of it",
    ),
    do(
        "fresh54-06",
        "remove the noise and make the voices clear in the recording made in a loud environment",
        [step("audio_denoise"), maybe(step("normalize"))],
        note="the sound's background noise reduced (a normalize may come with it)",
    ),
    do(
        "fresh54-07",
        "the VOD is too long: I only want the part from 01:00:00 to 01:30:00",
        [step("trim", start=3600, end=5400)],
        probe=Probe(duration=10800.0),
        note="1:00:00 to 1:30:00 of the 3 h VOD kept",
    ),
    do(
        "fresh54-08",
        "delete the segment from 20 sec to 45 sec of the recording",
        [step("cut", start=20, end=45)],
        [step("cut_ranges", ranges=[[20, 45]])],
        note="20 s to 45 s taken out, the rest joined",
    ),
    do(
        "fresh54-09",
        "cut the first 15 frames of the video: they are the fading map loading screen",
        [step("trim", start=Between(0.45, 0.55), end=None)],
        [step("cut", start=0, end=Between(0.45, 0.55))],
        probe=Probe(fps=30.0),
        note="the first half second (15 frames at 30 fps) taken off",
    ),
    do(
        "fresh54-10",
        "ramp the sound down at the end of the video during the visual fade, so it doesn't clip "
        "when it ends",
        [step("fade", direction="out", target=AnyOf("audio", "both"))],
        note="the sound faded out at the end, any length (the picture with it is fair)",
    ),
    do(
        "fresh54-11",
        "boost the audio levels in the final narrative audio mix, and fade it in at the beginning",
        [LOUDER, step("fade", direction="in", target=AnyOf("audio", "both"))],
        [step("fade", direction="in", target=AnyOf("audio", "both")), LOUDER],
        note="louder (any amount, or normalized) and the sound faded in, either order",
    ),
    do(
        "fresh54-12",
        "generate the backdrop video without audio",
        [step("mute")],
        note="no sound track",
    ),
    ask(
        "fresh54-13",
        "cut the first few seconds of the screen recording: they are a view of the recorder's "
        "UI, usually immediately followed by switching to a different screen",
        "how many seconds to cut",
        ("how many", "how much", "how long", "seconds", "length", "duration", *WHICH_PART),
    ),
    ask(
        "fresh54-14",
        "keep only the part of the VOD between the start and end time I enter",
        "which part (its start and end times)",
        (*WHICH_PART, "part", "timestamps"),
    ),
    ask(
        "fresh54-15",
        "cut away the prayers from the meeting recording, as I had to do with a wave editor",
        "which parts (when the prayers are)",
        (*WHICH_PART, "parts", "timestamps"),
    ),
    out_of_scope(
        "fresh54-16",
        "save the recording 30 seconds before and after a vibration trigger, instead of only "
        "recording after it",
        "a dashcam app's recording around a trigger (a pre-trigger buffer), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
