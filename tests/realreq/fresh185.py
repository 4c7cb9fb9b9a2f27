"""A hundred-and-eighty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh185.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh181's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues and
pull requests of video editors, players and converters (Flowblade, Olive, OpenShot, a file
converter, SubtitleEdit, a screen-capture tool, a WebM converter, LosslessCut, PeerTube, an
Android player, a browser video player, a playout automation and youtube-dl). Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh185.md")

#: The 1920x1080 recording scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A box behind the subtitle lines, in any colour it may be written in.
_BOX = AnyOf(
    "black",
    "#000000",
    "#000",
    "#111111",
    "#222222",
    "#333333",
    "gray",
    "grey",
    "#808080",
    "white",
    "#ffffff",
    "yellow",
    "blue",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh185-01",
        "put a fade-out in the end of the clip: I tried to edit my first video with Flowblade",
        [
            anywhere(
                step(
                    "fade",
                    direction="out",
                    duration=Between(0.3, 5),
                    target=AnyOf("both", "video"),
                )
            ),
            maybe(step("fade", direction="in")),
        ],
        note="a fade out at the end, 0.3 to 5 s (a fade in may come with it)",
    ),
    do(
        "fresh185-02",
        "convert the video to an MP4 that plays in WhatsApp: when I convert any video file to MP4 "
        "and share it by WhatsApp, it can't play it",
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
            maybe(step("resize")),
            maybe(step("compress")),
            maybe(step("reencode")),
        ],
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("quality")),
            maybe(step("resize")),
            maybe(step("compress")),
            maybe(step("reencode")),
        ],
        note="an H.264 MP4 (the codec, the format, or both; a smaller size may come with it)",
    ),
    do(
        "fresh185-03",
        "play the image sequence at 60 fps: it was imported with 25 fps while I need it to be 60",
        [
            step("speed", factor=Between(2.3, 2.5), **WHOLE),
            maybe(step("fps", fps=Between(59, 60))),
        ],
        probe=Probe(fps=25.0, has_audio=False),
        note="each of the 25 fps frames shown for 1/60 s: 2.4 times as fast (60 fps may come "
        "with it)",
    ),
    do(
        "fresh185-04",
        "burn the .srt subtitles into the video with a background color: it has hardcoded "
        "subtitles in another language",
        [step("subtitles", file=AnyOf("subs.srt", None), background=_BOX)],
        assets=["subs.srt"],
        note="the .srt burned in with a coloured box behind the lines",
    ),
    do(
        "fresh185-05",
        "scale down the finished screen recording before uploading it: most services have a file "
        "size limit, and screen recordings easily get into the Gigabytes",
        [
            anywhere(_DOWN),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("compress")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
        ],
        note="a smaller picture than the 1920x1080 recording, its shape kept (a smaller-file "
        "setting may come with it)",
    ),
    do(
        "fresh185-06",
        "remove the blank/black first frame of the exported video (the source .MOV video does "
        "not have this), without re-encoding the entire video if possible",
        [step("trim", start=Between(0.03, 0.1), end=None)],
        [step("cut", start=0, end=Between(0.03, 0.1))],
        [step("remove_black", where=AnyOf("start", "ends", "all"))],
        probe=Probe(fps=30.0),
        note="the first frame (1/30 s; up to 0.1 s is fair) taken off the start, or the black "
        "start found and cut",
    ),
    do(
        "fresh185-07",
        "timelapse the unedited 1080p 60fps footage of my 3D print to 32X the normal speed "
        "(usually there is no sound): it can be 10-48 hours",
        [
            step("speed", factor=32, **WHOLE),
            maybe(step("fps", fps=60)),
            maybe(step("mute")),
        ],
        probe=Probe(duration=36000.0, fps=60.0, has_audio=False),
        note="32 times as fast, all of the 10-hour footage (60 fps or no sound may come with it)",
    ),
    no_op(
        "fresh185-08",
        "convert the .mp3 into webm, with a black screen as the video (or maybe some picture)",
        "no op",
        note="no op: a picture track (black, or a still) made for a sound-only file",
    ),
    no_op(
        "fresh185-09",
        "speed up the video where there is no talking, and don't speed up the parts with talking",
        "no op",
        note="no op: only the silent stretches played faster; remove_silence cuts them instead",
    ),
    ask(
        "fresh185-10",
        "trim off the beginning and ending of the video losslessly, without re-encoding: "
        "re-encoding introduces additional compression",
        "how much of the beginning and of the ending to trim off",
        (*WHICH_PART, "how much", "beginning", "ending", "seconds"),
    ),
    ask(
        "fresh185-11",
        "speed up the clip with its audio sped up too, instead of removing the sound entirely",
        "how much faster (the factor)",
        ("how much", "how fast", "faster", "speed", "factor", "times", "rate"),
    ),
    out_of_scope(
        "fresh185-12",
        "add a zoom option to the video player: this feature would be great to have",
        "a player's zoom while watching, not an edit of a file",
    ),
    out_of_scope(
        "fresh185-13",
        "let the player's volume go above 100%: some videos are recorded too quietly, and even "
        "with Windows 10 at maximum volume I can't hear them clearly",
        "a browser player's volume limit, not an edit of a given file",
    ),
    out_of_scope(
        "fresh185-14",
        "pause the video clip on its last frame automatically, so we avoid a black frame on-air",
        "a playout system's behaviour on air, not an edit of a file",
    ),
    out_of_scope(
        "fresh185-15",
        "download just 30 seconds of the video",
        "downloading part of an online video, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
