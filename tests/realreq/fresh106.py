"""A hundred-and-sixth fresh, held-out collection of real requests (tests/realreq/fresh106.md):
one checkable case a row, encoded the way fresh105.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh105's, the
rows are short, typical asks, like the development set's; eleven come from GitHub issues (a
GPS-track animator, a web-stories editor, a video platform, a motion-detection camera server, a
subtitle-search clipper, a 3D-printer timelapse plugin, a mobile video editor and a phone app)
and two from forum threads (an AMV editing forum, a PC help forum). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh106.md")

#: A generated animation: no sound of its own.
_SILENT = Probe(has_audio=False)


def _music_fading_out() -> list[list]:
    """The music under (or as) the animation's sound, faded out at the end: by the music's own
    fade, or by a fade of the sound alone after it."""
    plans: list[list] = []
    for op in ("add_music", "replace_audio"):
        plans.append([step(op, file="music.mp3", fade_out=Above(0))])
        plans.append([step(op, file="music.mp3"), step("fade", direction="out", target="audio")])
    return plans


CASES: tuple[Case, ...] = (
    do(
        "fresh106-01",
        "play the clip backwards instead of forwards",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh106-02",
        "filter the noise out of the wedding service recording: the person recording stood next "
        "to a very large, loud fan in the church",
        [step("audio_denoise")],
        note="the fan's steady noise taken out of the sound, any strength",
    ),
    do(
        "fresh106-03",
        "add the music file as a background music track for the animation, fading out at the "
        "end of the animation",
        *_music_fading_out(),
        assets=["music.mp3"],
        probe=_SILENT,
        note="the music as the animation's sound, faded out at its end, any length",
    ),
    do(
        "fresh106-04",
        "add a profile picture of the person who did the bicycle trip or the hiking tour, e.g. "
        "at the top left corner",
        [step("overlay_image", file="profile.jpg", position=CORNERS, **WHOLE)],
        assets=["profile.jpg"],
        note="the picture in a corner (top-left as suggested, 'e.g.'), all of it",
    ),
    do(
        "fresh106-05",
        "mute the video: there is already an option to trim it, but not one to mute it",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh106-06",
        "add the sign language interpreter as a picture-in-picture in the corner of the screen: "
        "subtitles are not accessible to many signing deaf folks",
        [step("pip", file="interpreter.mp4", position=CORNERS, **WHOLE)],
        assets=["interpreter.mp4"],
        note="the interpreter's video small in a corner, all of it",
    ),
    do(
        "fresh106-07",
        "brighten the night video: while streaming it looks fine, but saved as a movie it looks "
        "too dark",
        [step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)],
        note="brighter, any amount, all of it",
    ),
    do(
        "fresh106-08",
        "burn the subs into the mp4, for people who send these off to recipients without sound on",
        [
            step("subtitles", file=AnyOf("subs.srt", None)),
            maybe(step("convert", format="mp4")),
        ],
        assets=["subs.srt"],
        note="the .srt burned in (an mp4 setting may come with it)",
    ),
    do(
        "fresh106-09",
        "add title and end pages to the animation, at the beginning and the end: graphics files "
        "containing text and/or photos",
        [
            anywhere(step("join", clips=["title.png"], at="start")),
            anywhere(step("join", clips=["end.png"], at="end")),
        ],
        assets=["title.png", "end.png"],
        note="the title page before the animation and the end page after it, either join first",
    ),
    ask(
        "fresh106-10",
        "start the timelapse with the last image, maybe for x seconds: it would be nice to see "
        "the finished model for a moment at the beginning",
        "how long to show the last image at the start (the x seconds)",
        ("how long", "seconds", "duration", "how many", "length"),
    ),
    ask(
        "fresh106-11",
        "add a logo to the rendered timelapse video",
        "which logo (the image file)",
        ("logo", "image", "file", "which", "picture", "png"),
    ),
    ask(
        "fresh106-12",
        "add a dissolve transition between the split clips: it would make the edit feel smoother "
        "than a hard cut",
        "which clips (or where the video is split)",
        ("which clips", "clips", "which", "where", "split", "files", "videos"),
    ),
    out_of_scope(
        "fresh106-13",
        "flip just left and right, keeping top and down: my wireless camera in the car is a rear "
        "mirror, but cars on my left show on the right of the phone screen",
        "mirroring a wireless camera's live view in a phone app, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
