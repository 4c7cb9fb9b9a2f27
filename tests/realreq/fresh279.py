"""A two-hundred-and-seventy-ninth fresh, held-out collection of real requests
(tests/realreq/fresh279.md): one checkable case a row, encoded the way fresh277.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh277's, the
rows are short, typical asks; all 8 come from GitHub issues of chat apps and their players
(Signal on Android, iOS and the desktop, Rocket.Chat, TUM-Live, Discord's Flatpak, Telegram
Desktop): three videos made small enough for Signal, an x265 camera video made to play in
Chrome, a .mov made to play in a chat's player, an mp4 with mp3 sound re-encoded, an AV1 video
made to play on Discord and a video made square for a round video note.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import do
from .score import Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh279.md")

_SIGNAL = step("compress", max_mb=Between(1, 100))

CASES: tuple[Case, ...] = (
    do(
        "fresh279-01",
        "make this 1-minute 1080p 30fps video (about 100 MB) small enough to send to a Signal "
        'group: it says "Attachment exceeds size limits for the type of message you are '
        'sending"',
        [_SIGNAL],
        probe=Probe(duration=60.0, width=1920, height=1080, fps=30.0),
        note="under Signal's 100 MB",
    ),
    do(
        "fresh279-02",
        "make this two minute iPhone video small enough to send in Signal: it is refused with "
        '"Attachment is too large"',
        [_SIGNAL],
        probe=Probe(duration=120.0, width=1920, height=1080, fps=30.0),
        note="under Signal's 100 MB",
    ),
    do(
        "fresh279-03",
        "make this 195 MB video small enough to send in Signal (it has already been shrunk with "
        'HandBrake; sending it results in "send failed")',
        [_SIGNAL],
        probe=Probe(duration=600.0, width=1920, height=1080, fps=30.0),
        note="under Signal's 100 MB",
    ),
    do(
        "fresh279-04",
        "convert this camera video from my Pixel 4 (saved in x265) so I can view it in Chrome: "
        "there I only get the sound",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4"), step("codec", codec="h264")],
        probe=Probe(duration=60.0, width=1920, height=1080, fps=30.0),
        note="H.264, which Chrome plays",
    ),
    do(
        "fresh279-05",
        "convert this .mov video so it plays in the chat's player: .mov doesn't play there, "
        "support for .mp4 and .webm is there already",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        [step("convert", format="webm")],
        probe=Probe(duration=30.0, width=1920, height=1080, fps=30.0),
        note="an .mp4 (or .webm)",
    ),
    do(
        "fresh279-06",
        "convert this file such that tumlive will have audio: once uploaded it does not come "
        "with any audio, but my local file has audio (mp3 sound in an mp4)",
        [step("reencode"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("reencode")],
        probe=Probe(duration=218.0, width=518, height=1064, fps=30.0),
        note="sound and picture re-encoded (AAC sound)",
    ),
    do(
        "fresh279-07",
        "make this video encoded in AV1 play when uploaded to Discord: only the image from the "
        "thumbnail is displayed, but the audio is played normally (played locally it works)",
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        [step("convert", format="mp4"), step("codec", codec="h264")],
        probe=Probe(duration=30.0, width=1920, height=1080, fps=30.0),
        note="H.264, which Discord plays",
    ),
    do(
        "fresh279-08",
        "make this video square so that, converted to a Telegram video note, it is placed in a "
        "circle and not an oval (it is a square video with black stripes on the sides)",
        [step("crop", aspect="1:1")],
        probe=Probe(duration=20.0, width=1280, height=720, fps=30.0),
        note="cropped to a square",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
