"""A three-hundred-and-forty-second fresh, held-out collection of real requests
(tests/realreq/fresh342.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh309's, the
rows are short, typical asks; seven come from GitHub issues and nine from makers' and
hobbyists' web pages (DIY, woodworking, maker, crafts and model-railroad people with their build,
shop, layout and project videos: a boat builder's time-lapse blog, ScreenToGif, a first-YouTube-
video blog, a Brazilian DVD-menu tutorial, a nonprofit blogger's screencast, a teacher's blog on
underscore, two model railroaders' blogs, Octolapse, dprojects' Woodworking, a woodworking
magazine's blog, a church video hobbyist, BambuStudio, Golem's Brass renders, a MagicMirror
module and a robot kit): an hour-long build time-lapse condensed to five minutes, a recording
slowed to 72%, a computer's and a heater's hum reduced, a loop's sound faded at both ends, music
added to a practice video, underscore ducked under speech, a layout clip's sound replaced, an
era's song under a layout movie, a time stamp and layer on every frame, slow parts, false starts
and an hour's message cut with none placed, and a model turned to a printer's camera, rendered
frames stitched, a webcam stream flipped and a soldering guide filmed.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, anywhere, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh342.md")

_NO_SOUND = {"has_audio": False}
_QUICK = Between(0.05, 1.5)

CASES: tuple[Case, ...] = (
    do(
        "fresh342-01",
        "speed this one-hour time lapse of my boat building up further, condensing the whole "
        "hour down to five minutes: no one but us will be nearly as interested in watching a "
        "whole hour of this stuff",
        [step("speed", factor=Between(11.5, 12.5))],
        probe=Probe(duration=3600.0),
        note="an hour into five minutes: twelve times as fast, all of it",
    ),
    do(
        "fresh342-02",
        "slow this screen recording down to 72% so it matches the audio I recorded in "
        "Audacity: it has a slightly altered framerate",
        [step("speed", factor=Between(0.71, 0.73))],
        probe=Probe(duration=120.0, **_NO_SOUND),
        note="played at 72% of its speed, all of it",
    ),
    do(
        "fresh342-03",
        "reduce the hum from the computer and the other hum from the heat running that my "
        "microphone picked up in this office video, keeping my own voice",
        [step("audio_denoise")],
        probe=Probe(duration=300.0),
        note="the steady hums taken out of the sound",
    ),
    do(
        "fresh342-04",
        "put a quick fade-out at the end of this menu loop video's sound and a fade-in at its "
        "start, so the players' brief pause at the end of the loop is barely noticed and the "
        "loop's transition is smooth",
        [
            anywhere(step("fade", direction="in", target="audio", duration=_QUICK)),
            anywhere(step("fade", direction="out", target="audio", duration=_QUICK)),
        ],
        probe=Probe(duration=30.0, width=720, height=576, fps=25.0),
        note="the sound faded in and out quickly, the picture left as it is",
    ),
    do(
        "fresh342-05",
        "add this music (violin and cello, classical sounding, with an upbeat, driving tempo) "
        "to the video I created to practice my music skills, fading the audio and weaving it "
        "with the video track",
        [step("add_music", file="music.mp3")],
        [step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        probe=Probe(duration=120.0),
        note="the music with the video (a fade of the music is welcome)",
    ),
    do(
        "fresh342-06",
        "add this underscore music to my teaching video so that it politely steps aside when "
        "I speak: it gently dips when I speak and rises back up when I pause",
        [step("add_music", file="music.mp3", duck=True)],
        assets=["music.mp3"],
        probe=Probe(duration=600.0),
        note="the music under the speech, ducked while the teacher speaks",
    ),
    do(
        "fresh342-07",
        "delete the actual audio of this layout clip and put this EMD 567 prime mover sound "
        "clip on it instead: the trick is to never, ever use ambient sound",
        [step("replace_audio", file="prime_mover.mp3")],
        assets=["prime_mover.mp3"],
        probe=Probe(duration=60.0),
        note="the clip's own sound replaced by the prime mover's",
    ),
    do(
        "fresh342-08",
        "put Talking Heads' Once in a Lifetime on this Conrail layout movie, as music "
        "appropriate for the era",
        [step("add_music", file="song.mp3")],
        [step("replace_audio", file="song.mp3")],
        assets=["song.mp3"],
        probe=Probe(duration=180.0),
        note="the song with the movie",
    ),
    no_op(
        "fresh342-09",
        "include text in this print time-lapse with a time stamp and the current layer each "
        "image was taken at: I had a couple of pieces fail and being able to tell exactly what "
        "layer and time the problem occurred would be useful",
        "no op: a running time stamp and layer number on every frame; the layers are not in "
        "the video, and no operation draws a changing clock",
        probe=Probe(duration=30.0, **_NO_SOUND),
    ),
    ask(
        "fresh342-10",
        "trim the slow parts (e.g. typing) out of this woodworking video: it would greatly "
        "benefit from it",
        "which parts are slow (where the typing is): no times are given",
        ("which part", "which", "where", "when", "time", "range", "typing"),
        probe=Probe(duration=900.0, fps=10.0, **_NO_SOUND),
    ),
    ask(
        "fresh342-11",
        'cut out all my false starts and "Arg. And again…" moments from the voice-over of this '
        "chapter video",
        "where the false starts are: no times are given",
        ("which part", "which", "where", "when", "time", "range", "false start"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh342-12",
        "edit this video of about a one-hour message by our guest speaker down to 18 minutes",
        "which parts to keep (none are named)",
        ("which part", "which", "where", "when", "keep", "time", "range"),
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh342-13",
        "rotate the object I am printing so it faces the video camera, so the time-lapse "
        "captures most detail",
        "placing a model in a slicer before printing, not an edit of a video file",
    ),
    out_of_scope(
        "fresh342-14",
        "stitch the large dump of JPG frames my animation renders together into a GIF or an "
        "MP4, instead of me having to use a GIF maker",
        "a renderer's own export of its frames, not an edit of a video file",
    ),
    out_of_scope(
        "fresh342-15",
        "flip or rotate the webcam stream shown in this mirror module: my stream is upside "
        "down because that was the best way to mount my webcam",
        "a live webcam stream's display in a smart-mirror module, not an edit of a video file",
    ),
    out_of_scope(
        "fresh342-16",
        "make a step-by-step video guide of the soldering process, showing how you manage all "
        "the wires and connections in real time",
        "filming a new video, not an edit of a given one",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
