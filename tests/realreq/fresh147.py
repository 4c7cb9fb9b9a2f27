"""A hundred-and-forty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh147.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh145's, the
rows are short, typical asks, like the development set's; 7 come from GitHub issues of desktop
tools (a DAW, HandBrake twice, LosslessCut twice, OpenShot and a HandBrake-based transcoding
script) and 3 from blog posts (a technician's interview recording, a camera's movies for a DVD
player, a reader's DVD of her daughters' recitals). The search budget ran out after 8 queries,
so the set has 10 rows. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, SOUND_ALONE, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh147.md")

#: 581 frames of the 602-frame recording at 30 fps: 19.37 s (580 to 582 frames).
_581_FRAMES = Between(19.33, 19.4)

CASES: tuple[Case, ...] = (
    do(
        "fresh147-01",
        "reduce the noise of the Aircon blower in the video interview I recorded at my client's "
        "office: the meeting room was isolated from the office noise, and I could lower the fan "
        "speed but cannot totally turn it off",
        [step("audio_denoise"), maybe(LOUDER)],
        note="the steady blower noise reduced (the voice made louder after it is fair)",
    ),
    do(
        "fresh147-02",
        "reverse the audio clip, so it plays backwards: it is very handy when we use audio files "
        "like loops (hi hats) to make transitions in EDM music",
        [step("reverse"), maybe(SOUND_ALONE)],
        probe=Probe(duration=4.0),
        note="the audio loop played backwards, all of it",
    ),
    no_op(
        "fresh147-03",
        "convert the movie I shot with my digital camera to DivX with MP3 audio, to play it on "
        "my TV using the USB function of my DVD player: the camera's movies are Motion JPEG and "
        "the audio is PCM (yes even PCM is not supported!)",
        "no op",
        note="no op: an AVI with DivX-style MPEG-4 video and MP3 sound; convert writes no .avi, "
        "and codec has only H.264 and H.265",
    ),
    do(
        "fresh147-04",
        "convert the old recorded DVD with my daughters' recitals into mp4: I'd like to put the "
        "videos on a USB stick",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        probe=Probe(width=720, height=576, fps=25.0),
        note="an mp4 of the 720x576 PAL DVD video (an H.264 encode or a quality setting may come "
        "with it)",
    ),
    do(
        "fresh147-05",
        "cut a small amount of frames (20 frames or less) off the end of the OBS recording: the "
        "602 frame video should come out with 581 frames",
        [step("trim", start=0, end=_581_FRAMES)],
        [step("cut", start=_581_FRAMES, end=Between(20.0, 20.1))],
        probe=Probe(duration=20.07, fps=30.0),
        note="the first 581 frames kept: 19.37 s of the 20.07 s recording at OBS's default 30 fps",
    ),
    ask(
        "fresh147-06",
        "blur out parts of my recording for privacy reasons",
        "which parts (where in the picture, and when; blur takes no region)",
        (*WHICH_PART, "which parts", "parts", "area", "region", "what"),
    ),
    ask(
        "fresh147-07",
        "delete the unwanted area of the old DVD Recorder video and rejoin the rest",
        "which part is unwanted (the times)",
        (*WHICH_PART, "which part", "unwanted", "part", "what"),
    ),
    ask(
        "fresh147-08",
        "cut the video from 0:00:30 to 0:01:00 and burn in its soft subtitle at the same time: a "
        "line from 0:00:25 to 0:00:35 should show for the first 5s of the output",
        "the subtitle file (the subtitle is a soft track inside the video)",
        ("subtitle file", "file", "srt", "vtt", "which subtitles"),
        probe=Probe(duration=120.0),
    ),
    out_of_scope(
        "fresh147-09",
        "let me play the video in reverse, in order to go back to something I just saw while "
        "fast-forwarding (possibly J could skip back some amount of time)",
        "reverse playback in the player while watching, not an edit of a file",
    ),
    out_of_scope(
        "fresh147-10",
        "add a trimming helper that shows the source video, with a control to mark start and end "
        "times for trimming: I trim clips from longer videos and compress them for sharing online "
        "very frequently",
        "an app feature (a trimming helper with a built-in player), not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
