"""A thirty-first fresh, held-out collection of real requests (tests/realreq/fresh31.md): one
checkable case a row, encoded the way fresh29.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh29's, the
rows are short, typical asks, like the development set's; all 25 come from GitHub issues of
end-user apps: compressors and converters, media servers, galleries and pickers, players and
their mods, a messenger, recorders and GIF makers, a slideshow maker, a clip editor, a game's
demo manager, OpenShot and Apple's Photos. Each case follows its row's `expected` column; the
`[no op]` row is a DOABLE refusal and `[out of scope]` rows OUT-OF-SCOPE refusals. An
`[extra input: …]` marker is left out of the request and the file it names is given as an asset
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    MP3,
    MP3_SAVED,
    WHOLE,
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh31.md")

#: A smaller file, by a quality level or a size of any amount.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: An mp4 named as the format, if the plan names one.
_MP4 = maybe(step("convert", format="mp4"))


#: Brighter (or lighter mid-tones), any amount.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: fresh31-05: the centre square of a 1920x1080 frame.
_SQUARE = (
    step("crop", aspect="1:1")
    | step("crop_area", width=1080, height=1080, x=None, y=None, anchor="center")
    | step("crop_area", width=1080, height=1080, x=420, y=0)
    | step("platform", platform="instagram_post", fit="crop")
)

#: fresh31-06: 720p from a 1920x1080 picture.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67.5))
)

#: fresh31-10: half the width of the 1920 px recording.
_HALF = step("resize", percent=50) | step("resize", width=960, height=AnyOf(540, None))

#: A still saved as an image, if the plan names its format.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

CASES: tuple[Case, ...] = (
    do(
        "fresh31-01",
        "compress the video and remove the sound from it",
        [anywhere(step("mute")), anywhere(_SMALLER)],
        note="silent, and a smaller file, either order",
    ),
    do(
        "fresh31-02",
        "automatically amplify the sound level of the video: it has a very small volume level, "
        "and DRC does not help, on the contrary, it reduces the average",
        [LOUDER],
        note="louder, any amount or a loudness target",
    ),
    do(
        "fresh31-03",
        "mirror the video (flip it left to right): the streamer's camera uses mirror mode, so "
        "when text appears it's completely unreadable",
        [step("flip", direction="horizontal")],
        note="mirrored back left to right",
    ),
    do(
        "fresh31-04",
        "make the video brighter: the video itself is dark",
        [_BRIGHTER],
        note="brighter, any amount, all of it",
    ),
    do(
        "fresh31-05",
        "crop the video to a square",
        [_SQUARE],
        note="the centre 1080x1080 of the 1920x1080 frame",
    ),
    do(
        "fresh31-06",
        "re-encode the 1080p HD video to 720p SD, to resize the file",
        [anywhere(_720), maybe(step("quality", level=AnyOf("small", "balanced")))],
        note="1280x720",
    ),
    do(
        "fresh31-07",
        "force the video to 30fps instead of its higher frame rate, to prevent headaches and "
        "eye strain",
        [step("fps", fps=30)],
        probe=Probe(fps=60.0),
        note="30 fps from 60",
    ),
    do(
        "fresh31-08",
        "save this local video at 2x speed",
        [step("speed", factor=2, **WHOLE)],
        note="twice as fast, all of it",
    ),
    do(
        "fresh31-09",
        "cut automatically the silent moments in my personal video",
        [step("remove_silence", where="all")],
        note="every silence cut out",
    ),
    do(
        "fresh31-10",
        "save the gif with half the size (1x): I recorded it on a retina screen",
        [step("gif", width=960)],
        [anywhere(_HALF), anywhere(step("gif", width=AnyOf(None, 960)))],
        [anywhere(_HALF), anywhere(step("convert", format="gif"))],
        note="a GIF 960 px wide, half the 1920 px recording",
    ),
    do(
        "fresh31-11",
        "export the video content of the motion photo as a GIF",
        [GIF],
        note="an animated GIF",
    ),
    do(
        "fresh31-12",
        "convert the video to audio (mp4 to mp3)",
        [MP3],
        MP3_SAVED,
        note="the sound alone, as an mp3 (extracted, then saved as mp3, is the same)",
    ),
    do(
        "fresh31-13",
        "convert the MP4 file to a compressed MP4 file",
        [anywhere(_SMALLER), _MP4],
        note="a smaller mp4, by a quality level or a size",
    ),
    do(
        "fresh31-14",
        "compress the 1 minute video with a medium level of compression, so it is less than "
        "100MB but more than 2MB: the very high level of compression severely degrades the "
        "quality",
        [step("compress", max_mb=Between(2, 100)) | step("quality", level="balanced")],
        probe=Probe(duration=60.0),
        note="under 100 MB (and not squeezed to 2 MB), or the balanced quality",
    ),
    do(
        "fresh31-15",
        "burn in (hardcode) the subtitles, so it can be played on dumb devices",
        [step("subtitles", file=AnyOf("subtitles.srt", None))],
        assets=["subtitles.srt"],
        note="the .srt burned into the picture",
    ),
    do(
        "fresh31-16",
        "merge the two videos together during conversion",
        [step("join", clips=AnyOf(["other.mp4"], []), at="end")],
        assets=["other.mp4"],
        note="the second video after the first",
    ),
    do(
        "fresh31-17",
        "attach a logo in the video",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo on the picture, anywhere, all of it",
    ),
    no_op(
        "fresh31-18",
        "crop the black bars from the top and bottom of the video",
        "no op: how tall the bars are must be detected in the picture (cropdetect); no "
        "auto-crop op, and no size is given",
    ),
    do(
        "fresh31-19",
        "make the thumbnail of the video from the middle, not from the first frame: for me, the "
        "first frame is usually a blank screen",
        [step("still", at=AnyOf(None, Between(15, 45))), _IMAGE],
        note="a frame from the middle of the 60 s video (the default, a third of the way in, "
        "is fine)",
    ),
    ask(
        "fresh31-20",
        "correct the orientation of the video: I accidentally started taking it in the wrong "
        "orientation",
        "which way to turn it (90° clockwise, counter-clockwise, or 180°)",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "counterclockwise",
            "counter-clockwise",
            "left",
            "90",
            "180",
        ),
    ),
    ask(
        "fresh31-21",
        "trim the video: AMD replay records the last minute and a half of my screen, and more "
        "often than not I do not need that much time",
        "which part to keep (how much, from where) of the 90 s clip",
        (*WHICH_PART, "which part", "how much", "how long", "keep", "seconds"),
        probe=Probe(duration=90.0),
    ),
    ask(
        "fresh31-22",
        "crop the recording to the desired area: I recorded the whole screen, because I didn't "
        "know which parts of it would be relevant",
        "which area to keep (a size and where it sits, or what to crop off which edges)",
        (
            "which",
            "where",
            "area",
            "region",
            "edge",
            "side",
            "pixels",
            "how much",
            "size",
            "position",
            "coordinates",
        ),
    ),
    ask(
        "fresh31-23",
        "add text to the video",
        "what text (the words)",
        ("what text", "which text", "words", "what should", "what to write", "wording"),
    ),
    out_of_scope(
        "fresh31-24",
        "record just the demo highlights: all my own kills, leaving out everything else",
        "rendering a game's demo (replay) file through the game; not an edit of a video",
    ),
    out_of_scope(
        "fresh31-25",
        "record a narrative speech with my microphone and apply it to the video clip",
        "recording from a microphone; no recording is given",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
