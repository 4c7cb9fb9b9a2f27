"""A hundred-and-thirty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh137.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh133's, the
rows are short, typical asks, like the development set's; all 16 come from GitHub issues of
people with a phone, app, meeting, course, podcast or website video: a city's IT requests, an
Immich power-tools project, a video encoding GUI, a git tool's README, a physics-simulation site,
a programming course, a podcast's listeners, a Shortcuts action collection, the Open Library, the
US Veterans Affairs site team, a drum-machine web app, a rhythm game's website, the Mastodon
Android app and two Android gallery apps. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    MP3,
    MP3_SAVED,
    SOUND_ALONE,
    WHOLE,
    Above,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh137.md")

#: Smaller than the 3840x2160 GoPro picture, by any measure.
_BELOW_4K = (
    step("resize", lines=Below(2160))
    | step("resize", height=Below(2160))
    | step("resize", width=Below(3840))
    | step("resize", percent=Below(100))
)
#: A smaller file without a resize: a smaller-file setting, a size, or the HEVC codec.
_SMALLER_FILE = (
    step("quality", level=AnyOf("small", "balanced"))
    | step("compress", max_mb=Above(0))
    | step("codec", codec="hevc")
)
#: A lighter file than the 1.8 MB 1080p header video: a size under it, a smaller-file setting, a
#: smaller picture.
_LIGHTER = (
    step("compress", max_mb=Below(1.8))
    | step("quality", level=AnyOf("small", "balanced"))
    | step("resize", lines=Below(1080))
    | step("resize", height=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh137-01",
        "convert the WebEx video file to audio: it is my responsibility as staff liaison with "
        "the Boards & Commission to submit audio files after the Impact Fee Advisory Committee "
        "meetings",
        [SOUND_ALONE],
        note="the sound alone, any audio format",
    ),
    do(
        "fresh137-02",
        "convert the GoPro video to a smaller size: my GoPro videos uploaded to Immich are wasting "
        "too much space",
        [
            anywhere(_BELOW_4K),
            maybe(_SMALLER_FILE),
            maybe(_SMALLER_FILE),
            maybe(step("fps", fps=Below(30))),
            maybe(step("convert", format="mp4")),
        ],
        [
            anywhere(_SMALLER_FILE),
            maybe(_SMALLER_FILE),
            maybe(step("fps", fps=Below(30))),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(width=3840, height=2160),
        note="a smaller picture, a smaller-file setting, a size or HEVC, in any combination",
    ),
    do(
        "fresh137-03",
        "convert the mp4 to mp3 or extract the audio from it, so at the end I'll have an mp3 file "
        "with the mp4's audio",
        [MP3],
        MP3_SAVED,
        note="the sound alone, saved as an mp3",
    ),
    do(
        "fresh137-04",
        "slow down the README's demo gif, it is too fast: too much text appears, I tried to show "
        "the gif as a demo to my folks and couldn't keep up",
        [step("speed", factor=Between(0.3, 0.9), **WHOLE), maybe(GIF)],
        note="slower, all of it (saved as a GIF again, maybe)",
    ),
    do(
        "fresh137-05",
        "make the home page's background header video smaller: at 1.8MB it seems excessive to me",
        [
            anywhere(_LIGHTER),
            maybe(_LIGHTER),
            maybe(_LIGHTER),
            maybe(step("mute")),
            maybe(step("fps", fps=Below(30))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=20.0),
        note="a lighter file of the 20 s 1080p video: under 1.8 MB, a smaller-file setting or a "
        "smaller picture (muting it, a lower frame rate or a codec may come with them)",
    ),
    do(
        "fresh137-06",
        'trim a few more seconds off at the quick cut at 23:32, where it cuts off the word "this" '
        "in the middle, so the transition is smoother",
        [step("cut", start=Between(1407, 1411), end=Between(1411.5, 1413))],
        [step("cut", start=Between(1411, 1413), end=Between(1413, 1418))],
        [step("cut_ranges", ranges=[[1409, 1412]])],
        [step("cut_ranges", ranges=[[1412, 1415]])],
        [step("keep_ranges", ranges=[[0, 1409], [1412, 2400]])],
        [step("keep_ranges", ranges=[[0, 1412], [1415, 2400]])],
        probe=Probe(duration=2400.0),
        note="1 to 5 s cut next to the cut at 23:32 (1412 s), before or after it, of the 40 min "
        "video",
    ),
    do(
        "fresh137-07",
        "make the podcast episode louder: I can use the same volume for all my podcasts except "
        "this one, where I have to almost max out the volume to hear properly",
        [LOUDER, maybe(step("convert", format="mp3"))],
        probe=Probe(duration=3600.0),
        note="louder, all of it, by any amount or to a loudness target",
    ),
    no_op(
        "fresh137-08",
        "make the video into a Live Photo",
        "no op",
        note="an Apple Live Photo (a still and a short video paired by metadata) is no file any "
        "operation writes",
    ),
    no_op(
        "fresh137-09",
        "remove the music from the intro video, to only have the speaker's voice: it has piano "
        "music playing over the sound of the narrator's voice, and it's insanely distracting and "
        "annoying",
        "needs analysis",
        note="the music is mixed with the narrator's voice in one sound track (source separation)",
    ),
    ask(
        "fresh137-10",
        "edit the Design Intent short video: the directions it includes on how to schedule your "
        "Design Intent touchpoint are now outdated",
        "which part holds the outdated directions (when it starts and ends), and what replaces it",
        (*WHICH_PART, "section", "part", "replace", "outdated", "new directions"),
    ),
    ask(
        "fresh137-11",
        "clean up the congressional inquiry training video for clarity (remove pauses, "
        "redundancies, or unclear sections): it should be clear and concise, so it can serve as a "
        "reference for future onboarding and training",
        "which sections are redundant or unclear (where each is)",
        (*WHICH_PART, "section", "redundan", "unclear", "part"),
    ),
    ask(
        "fresh137-12",
        "make a 3 or 4 second gif preview of the web app for the GitHub README, the view zoomed on "
        "the drum machine",
        "which 3 or 4 seconds, and where the drum machine is in the picture (the area to zoom on)",
        (*WHICH_PART, "area", "region", "zoom", "crop", "coordinates", "pixels", "seconds"),
    ),
    ask(
        "fresh137-13",
        "shorten the landing page gameplay video to 30 seconds: that allows for an increased "
        "bitrate",
        "which 30 seconds to keep",
        (*WHICH_PART, "which 30", "seconds", "keep"),
    ),
    out_of_scope(
        "fresh137-14",
        "extend the video time limit to 5 minutes: 2 minutes is a very short time",
        "the Mastodon app's limit on an uploaded video's length, not an edit of a file",
    ),
    out_of_scope(
        "fresh137-15",
        "add a special playback for slow motion videos, like Google Photos, Xiaomi Gallery and "
        "Samsung Gallery",
        "a gallery app's player feature (playing a phone's slow-motion videos slowed), not an edit "
        "of a file",
    ),
    out_of_scope(
        "fresh137-16",
        "add an option to forcefully rotate videos in landscape reverse, so I can put my phone in "
        "any comfortable position while watching videos without worrying about auto rotate",
        "a gallery app's player orientation setting, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
