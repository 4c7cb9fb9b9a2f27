"""A fifty-ninth fresh, held-out collection of real requests (tests/realreq/fresh59.md): one
checkable case a row, encoded the way fresh57.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh57's, the
rows are short, typical asks, like the development set's, leaning on speed, formats, size, frame
rate and resolution; they come from two Creative COW threads, a blog's reader question and GitHub
issues of a frame interpolator, a lecture-recording integration, a cutscene extractor, screen
recorders and their libraries, a screensaver, lecture players, an iOS camera library, a game's
replays, a video editor and an emulator. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh59.md")

#: Made 720p: 720 lines, or 1280 wide, or 720 high.
_720P = step("resize", lines=720) | step("resize", height=720) | step("resize", width=1280)

CASES: tuple[Case, ...] = (
    do(
        "fresh59-01",
        "get the Canon C300 footage shot in slo mo back to normal speed: we'd like to use the "
        "footage we shot at 60 frames as regular speed (23.98) footage",
        [
            anywhere(step("speed", factor=Between(2.4, 2.6), **WHOLE)),
            maybe(step("fps")),
        ],
        probe=Probe(fps=23.976),
        note="sped up by 60/23.976 (about 2.5), all of it; a frame rate may come with it",
    ),
    do(
        "fresh59-02",
        "convert the 24fps animation to 30p so that it looks good: the corporate video it goes "
        "into was shot at 30p",
        [step("fps", fps=Between(29.97, 30))],
        probe=Probe(fps=24.0),
        note="30 frames a second, the same length (no speed change)",
    ),
    do(
        "fresh59-03",
        "convert my CS2 clip from 240 fps to 60 without losing the smoothness",
        [step("fps", fps=Between(59.94, 60))],
        probe=Probe(fps=240.0),
        note="60 frames a second, the same length",
    ),
    do(
        "fresh59-04",
        "encode the slides video at a lower resolution than 4k: 1080p (or possibly even 720p) "
        "would be sufficient for the video",
        [
            step("resize", lines=AnyOf(1080, 720))
            | step("resize", height=AnyOf(1080, 720))
            | step("resize", width=AnyOf(1920, 1280))
            | step("resize", percent=AnyOf(50, Between(33.3, 33.4)))
        ],
        probe=Probe(width=3840, height=2160),
        note="1080p of the 3840x2160 video (720p also fair)",
    ),
    do(
        "fresh59-05",
        "get the cutscene clip in better quality (60fps): it is in 30fps now",
        [step("fps", fps=Between(59.94, 60))],
        probe=Probe(fps=30.0),
        note="60 frames a second, the same length",
    ),
    do(
        "fresh59-06",
        "output the 1080i video I shot with my camcorder in 720p",
        [_720P],
        note="720p (1280x720)",
    ),
    do(
        "fresh59-07",
        "save the screen recording as mov instead of mp4: the mp4 videos saved to my iPhone have "
        "been glitchy",
        [step("convert", format="mov")],
        note="a .mov file",
    ),
    do(
        "fresh59-08",
        "save the recorded video as MP4: the default webm format is unusual and not very "
        "suitable for ordinary users",
        [step("convert", format="mp4")],
        note="an .mp4 file",
    ),
    do(
        "fresh59-09",
        "make the mp4 H.264: it can't be opened in the default MacOS applications (QuickTime and "
        "Preview), they don't support the VP9 codec",
        [
            step("codec", codec="h264"),
            maybe(step("convert", format="mp4")),
            maybe(step("reencode")),
        ],
        note="the picture encoded as H.264 (an mp4 or a re-encode may come with it)",
    ),
    do(
        "fresh59-10",
        'set the playback speed of the clip to 75%: the cars are quite "too fast" in comparison '
        "to the slow motion content",
        [step("speed", factor=0.75, **WHOLE)],
        note="three quarters of the speed, all of it",
    ),
    do(
        "fresh59-11",
        "speed the lecture recording up 3 times: the Prof speaks so slowly but clearly that I can "
        "understand him easily at 3 times speed",
        [step("speed", factor=3, **WHOLE)],
        note="three times as fast, all of it",
    ),
    do(
        "fresh59-12",
        "speed the class recording up 1.25x: 1.5x speed is way too fast for lectures",
        [step("speed", factor=1.25, **WHOLE)],
        note="1.25 times as fast, all of it",
    ),
    do(
        "fresh59-13",
        "export the video as an M4V file instead of MP4",
        [step("convert", format="m4v")],
        note="an .m4v file",
    ),
    ask(
        "fresh59-14",
        "slow the replay down more, like 0.25 or 0.1: sometimes I want to analyze the replays "
        "slower than 0.5x speed",
        "which speed (0.25 or 0.1)",
        ("which", "0.25", "0.1", "how slow", "speed", "factor", "how much"),
        note="two speeds, neither chosen",
    ),
    ask(
        "fresh59-15",
        "export the video in a different framerate, to make a smooth slow-mo video",
        "which frame rate (and how much slower)",
        ("frame rate", "framerate", "fps", "which", "how slow", "how much", "speed", "what rate"),
    ),
    ask(
        "fresh59-16",
        "export the uncompressed multiple GB MOV recording as 720p or 1080p, to get to a usable "
        "file size",
        "which resolution (720p or 1080p)",
        ("which", "resolution", "720", "1080"),
        probe=Probe(width=2880, height=1800),
        note="two resolutions, neither chosen",
    ),
    out_of_scope(
        "fresh59-17",
        "add a movie recording feature to the emulator",
        "recording the games played in an emulator, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
