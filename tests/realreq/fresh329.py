"""A three-hundred-and-twenty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh329.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh325's, the
rows are short, typical asks; all 10 come from GitHub issues (gamers making clips: Vice, Clips
Kitty, Segra, Steamcord, ReplaySorcery, a Steam recording converter and SteamOS): a clip made
960x540 at 50 fps, a 9:16 version of a 16:9 clip, audio tracks kept apart, one track muted or
turned down, some tracks merged into one, sound a few seconds late, and a replay tool's mic, a
Steam recording's segments, a console's Bluetooth sound and a clip player's volume slider,
which are not edits of a video.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh329.md")

_CLIP = {"duration": 30.0, "width": 1920, "height": 1080, "fps": 60.0}

CASES: tuple[Case, ...] = (
    do(
        "fresh329-01",
        "make this clip 960x540 at a frame rate of 50",
        [step("resize", width=960, height=540), step("fps", fps=50)],
        [step("fps", fps=50), step("resize", width=960, height=540)],
        [step("resize", lines=540), step("fps", fps=50)],
        [step("fps", fps=50), step("resize", lines=540)],
        probe=Probe(**_CLIP),
        note="960x540 (540p) and 50 frames a second, in either order",
    ),
    do(
        "fresh329-02",
        "make a 9:16 portrait version of this 16:9 clip as well: exporting landscape as well "
        "as portrait videos is an important use case",
        [step("crop", aspect="9:16")],
        [step("platform", platform="tiktok")],
        [step("platform", platform="youtube_shorts")],
        [step("platform", platform="instagram_reels")],
        [step("blur_fill", aspect="9:16")],
        [step("pad", aspect="9:16")],
        probe=Probe(**_CLIP),
        note="a portrait 9:16 version: cropped, fitted with a blurred fill, or with bars",
    ),
    no_op(
        "fresh329-03",
        "make a clip of this recording but keep its audio tracks separated instead of "
        "combining them into one, so I can import it into my editing software",
        "no op: the clip with its audio tracks kept apart; no operation keeps several tracks",
        probe=Probe(duration=600.0, fps=60.0),
    ),
    ask(
        "fresh329-04",
        "when trimming this clip, mute one of its audio tracks, or manage the volume of each "
        "track individually (like SteelSeries Moments)",
        "which track, and muted or at what volume",
        ("which track", "which audio", "which one", "how much", "volume", "mute"),
        probe=Probe(**_CLIP),
    ),
    ask(
        "fresh329-05",
        "choose which audio tracks, or how many, get compressed down to a single track for "
        "this shareable clip",
        "which tracks go into the single track (none are named)",
        ("which track", "which audio", "which ones", "how many"),
        probe=Probe(**_CLIP),
    ),
    ask(
        "fresh329-06",
        "fix this video clip: the audio starts a few seconds after the video",
        'how many seconds ("a few")',
        ("how many", "how much", "how long", "seconds"),
        probe=Probe(duration=33.0, width=1280, height=800, fps=60.0),
    ),
    out_of_scope(
        "fresh329-07",
        "also record my microphone in the replay clips, on its own channel like NVIDIA "
        "ShadowPlay: I don't hear myself screaming in a funny clip",
        "recording the microphone with a replay tool, not an edit of a video file",
    ),
    out_of_scope(
        "fresh329-08",
        "export mp4 videos from the Steam game recording files (many small .m4s segments and "
        "some json files), so I can export while playing",
        "rebuilding Steam's recording segments into a video, not an edit of a given video file",
    ),
    out_of_scope(
        "fresh329-09",
        "make Game Recording on my Steam Deck capture the audio when it plays on my Bluetooth"
        " headphones",
        "a console's recording feature, not an edit of a video file",
    ),
    out_of_scope(
        "fresh329-10",
        "add a little volume slider at the bottom of the clips preview to lower the volume "
        "while watching my clips, as Medal does",
        "a volume control in a clip player, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
