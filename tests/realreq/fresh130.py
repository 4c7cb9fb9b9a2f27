"""A hundred-and-thirtieth fresh, held-out collection of real requests
(tests/realreq/fresh130.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh129's, the
rows are short, typical asks, like the development set's; all 14 come from GitHub issues of users
of screen recorders, GIF makers, players and downloaders and of people watching demo videos: an
online image editor, a Chinese-character animation set, a music-sorting tool's demo, a screen
recorder, a GIF recorder, W3C's showcase videos, an OBS audio plugin, a TOTP tool's demo, an
evaluation package's demos, a yt-dlp front end, an Android call recorder, PowerToys Peek, the
IINA player and a Discord client's plugin requests. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]`
rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, WHOLE, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh130.md")

#: A short animated GIF as it is given: no sound.
_GIF_IN = Probe(duration=6.0, width=480, height=360, fps=15.0, has_audio=False)

CASES: tuple[Case, ...] = (
    do(
        "fresh130-01",
        "delete 1 out of every 6 frames from the GIF: the GIF becomes faster, but the file size "
        "is also reduced, and websites don't accept it because it's too big",
        [
            step("speed", factor=Between(1.15, 1.25), **WHOLE),
            maybe(GIF),
            maybe(step("fps")),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        probe=_GIF_IN,
        note="6/5 as fast (one frame in six gone), all of it, still a GIF (a frame rate or a "
        "smaller file may come with it)",
    ),
    do(
        "fresh130-02",
        "convert the gif to a forever-looping one: now if you didn't catch it from the first "
        "sight, you have to close the viewer and reopen it to see the animation again",
        [anywhere(GIF), maybe(step("fps")), maybe(step("resize"))],
        probe=_GIF_IN,
        note="the GIF made again (a GIF loops forever); a frame rate or size may be chosen",
    ),
    do(
        "fresh130-03",
        "make the demo video a GIF for GitHub: even on my giant 4K monitor it's hard to read the "
        "text, and the video controls take up some valuable space",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="any GIF of the whole video; a width or frame rate may be chosen",
    ),
    do(
        "fresh130-04",
        "make the sound of the video recording louder: it is softer than the original",
        [LOUDER],
        note="louder by any amount, or normalized, all of it",
    ),
    do(
        "fresh130-05",
        "turn up the volume of the recorded call: you have to get close to the phone to hear "
        "it, even with the volume at max",
        [LOUDER],
        probe=Probe(duration=300.0),
        note="louder by any amount, or normalized, all of the call recording (sound alone)",
    ),
    no_op(
        "fresh130-06",
        "trim the GIF so it starts when the event happens and ends when it has finished: remove "
        "the duplicate frames at the start and at the end, but not the ones in the middle; I "
        "don't want to waste people's time making them wait 3-4 seconds",
        "needs analysis",
        probe=_GIF_IN,
        note="where the picture starts and stops changing must be found (a still start and end, "
        "no sound to go by)",
    ),
    no_op(
        "fresh130-07",
        "increase the volume of the voice-over on this video: the whistling in the background is "
        "nice but too loud",
        "needs analysis",
        note="the voice and the whistling are one mixed track: raising the voice alone needs "
        "them separated",
    ),
    no_op(
        "fresh130-08",
        "fix the game audio losing sync with the video: the longer the recording, the more out "
        "of sync it becomes, ending up like 5 seconds behind after 30 mins or so",
        "no op",
        probe=Probe(duration=1800.0),
        note="a drift (5 s over 30 min), not a fixed offset: the sound would have to be "
        "stretched back onto the picture",
    ),
    ask(
        "fresh130-09",
        "increase the font size on the demo video: it is impossible to read, and not everyone "
        "has a 4k screen",
        "which area to enlarge (where the text is, how far to zoom)",
        ("which", "area", "part", "where", "region", "zoom", "crop", "how much", "pixels"),
    ),
    ask(
        "fresh130-10",
        "make the demo video smaller: the picture is big, but most of it is covered by an empty "
        "command prompt",
        "which area to keep (where the commands are)",
        ("which", "area", "part", "where", "region", "crop", "pixels", "coordinates", "size"),
    ),
    ask(
        "fresh130-11",
        "fade the video and audio at the cuts, to improve the sudden cuts where SponsorBlock "
        "removed segments",
        "where the cuts are (their times)",
        (*WHICH_PART, "cuts", "timestamp", "what time"),
    ),
    out_of_scope(
        "fresh130-12",
        "give the Peek preview a button to cut/trim the footage, like the Mac space bar preview: "
        "after filming large amounts of footage, to remove unnecessary parts",
        "a feature of a file previewer (PowerToys Peek), not an edit of a given file",
    ),
    out_of_scope(
        "fresh130-13",
        "add volume normalization to IINA, like potplayer's: some videos' sound is really small, "
        "and IINA's max volume is only 100%",
        "a feature of a video player (normalizing as it plays), not an edit of a given file",
    ),
    out_of_scope(
        "fresh130-14",
        "make a Discord plugin to decrease file size: as we know, Discord has file limitations",
        "a plugin for a chat client, for any file, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
