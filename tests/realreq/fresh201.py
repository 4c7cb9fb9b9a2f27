"""A two-hundred-and-first fresh, held-out collection of real requests
(tests/realreq/fresh201.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh197's, the
rows are short, typical asks, like the development set's; 11 come from GitHub issues and one from
a forum thread, mostly about clips people recorded with game recorders, action cameras and the
like: a video editor, OBS Studio, a Steam artwork creator, a GPX overlay tool, an Ambilight LED
project, Creative COW, mpv, a GoPro MAX stitching script, a square-dance music player, two
game-clip recorders and the Steam client. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh201.md")

#: 21:9, as its ratio may be written.
_21_9 = AnyOf("21:9", "64:27", "7:3")

#: An MP4 or a MOV, the containers an editing system takes.
_EDITABLE = AnyOf("mp4", "mov")

CASES: tuple[Case, ...] = (
    do(
        "fresh201-01",
        "make the video 1 minute and 30 seconds long: the program has a default of 5 minutes, and "
        "I do not know how to remove that remaining time, which I have left over",
        [step("trim", start=0, end=Between(89, 91))],
        [step("cut", start=Between(89, 91), end=Between(299, 300))],
        [step("keep_ranges", ranges=[[0, 90]])],
        [step("remove_black", where=AnyOf("end", "ends"))],
        probe=Probe(duration=300.0),
        note="the first 90 s of the 300 s video kept (the empty time left over cut off)",
    ),
    do(
        "fresh201-02",
        "make the mp4 file I created with OBS usable in the Avid editing system: now I have to put "
        "it through Handbrake for Avid to recognize it",
        [
            anywhere(step("reencode")),
            maybe(step("convert", format=_EDITABLE)),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format=_EDITABLE)),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("convert", format="mov")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        note="re-encoded as Handbrake does: an H.264 MP4 or a MOV (a quality setting may come with "
        "it)",
    ),
    do(
        "fresh201-03",
        "convert the webm Steam background to a GIF small enough for Steam: backgrounds like webm "
        "and mp4 are not supported, and a GIF may be too large for Steam (limit: 8MB)",
        [
            anywhere(GIF),
            anywhere(step("compress", max_mb=Between(2, 8))),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=10.0, has_audio=False),
        note="a GIF under 8 MB, either order (a smaller size or frame rate may come with it)",
    ),
    do(
        "fresh201-04",
        "speed up the standard video I recorded on my GoPro 15 times: the GoPro's own 15x timewarp "
        "seems to use a variable time factor, even if a fixed value is set in the settings",
        [step("speed", factor=15, **WHOLE), maybe(step("mute")), maybe(step("fps"))],
        note="15 times as fast, all of it (the sound may be dropped)",
    ),
    do(
        "fresh201-05",
        "make a version of the Color Test video that is native 21:9 aspect ratio: I've got "
        "everything up and working, but would love to have a nice 21:9 demo video to showcase "
        "everything",
        [
            step("crop", aspect=_21_9)
            | step("crop_area", width=1920, height=Between(816, 830))
            | step(
                "crop_edges",
                top=Between(120, 136),
                bottom=Between(120, 136),
                left=0,
                right=0,
                unit="px",
            )
            | step(
                "crop_edges",
                top=Between(11, 12.6),
                bottom=Between(11, 12.6),
                left=0,
                right=0,
                unit="%",
            )
        ],
        note="1920x1080 cropped to about 1920x823, the same band off the top and the bottom",
    ),
    no_op(
        "fresh201-06",
        "remove a CCD stripe from the video (I didn't shoot this video, a family member shot it)",
        "needs analysis",
        note="needs analysis: the CCD smear stripe found as it moves with the light that causes "
        "it, and painted out; no operation tracks and removes it",
    ),
    no_op(
        "fresh201-07",
        "fix the green tint of the whole movie: it has a color space conversion problem",
        "no op",
        note="no op: the colours converted from the wrong colour space, the green cast taken out; "
        "no operation converts colour spaces or corrects a tint",
    ),
    no_op(
        "fresh201-08",
        "lessen the bad stitching of the 360 video we took underwater with our GoPro Max: it is "
        "bad because of the refractive index of water",
        "no op",
        note="no op: the two lenses' images stitched again for water; no operation stitches 360 "
        "video",
    ),
    ask(
        "fresh201-09",
        "crop the street sounds at the beginning of MIR 234 Beautiful Noise",
        "how long the street sounds last (where the music starts)",
        (*WHICH_PART, "how long", "how many", "seconds", "music"),
        probe=Probe(duration=180.0),
    ),
    out_of_scope(
        "fresh201-10",
        "reset the replay buffer after saving a clip, so that if I save again only 30 seconds "
        "after a 4 min clip, that clip will only be 30 seconds long",
        "a game recorder's replay buffer, not an edit of a given file",
    ),
    out_of_scope(
        "fresh201-11",
        "add an option and a hotkey for setting aside the past 30 seconds of the background game "
        "recording for later editing, so it won't get overwritten: if you do longer game "
        "sessions, you might want to set some highlight aside",
        "a Steam game recording feature (keeping part of the background recording), not an edit "
        "of a file",
    ),
    out_of_scope(
        "fresh201-12",
        "let me choose how loud my mic is in a clip: the audio is unbalanced, with my mic "
        "overpowering everything else",
        "a clip recorder's microphone level setting, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
