"""A hundred-and-forty-third fresh, held-out collection of real requests
(tests/realreq/fresh143.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh141's, the
rows are short, typical asks, like the development set's, about families' and people's own
videos; 14 come from GitHub issues and pull requests (a foundation's planning board, Adobe's
tutorial docs, tsMuxer, HandBrake, VidCoder, MPC-HC, a TV downloader, gyroflow, PySceneDetect, a
game community's newsletter, a robotics course, a car head unit toolbox, a photo gallery and a
photo backup server), 5 from personal blog posts and one from a CD Freaks forum post. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[needs analysis]` rows refusals of DOABLE asks no operation does. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh143.md")

#: "Happy" in the background at a lower level: mixed under the walk's own sound, or in its place.
_HAPPY_LOWER = (
    step("add_music", file="happy.mp3", percent=Below(100))
    | step("add_music", file="happy.mp3", db=Below(0))
    | step("replace_audio", file="happy.mp3", percent=Below(100))
    | step("replace_audio", file="happy.mp3", db=Below(0))
)

#: A fresh H.264 encode, for a file an iPad 2 will take.
_IPAD_EXTRAS = (
    maybe(step("quality")),
    maybe(step("resize")),
    maybe(step("convert", format=AnyOf("mp4", "m4v", "mov"))),
)

CASES: tuple[Case, ...] = (
    do(
        "fresh143-01",
        "decrease the quality of my video of the mural process: it is too big for the tweet, it "
        "must be less than 128mb",
        [
            step("compress", max_mb=Between(64, 128)),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("resize")),
        ],
        note="under 128 MB (64 to 128 is fair); a smaller-file setting or a lower resolution may "
        "come with it",
    ),
    do(
        "fresh143-02",
        "make the presenters' voices louder in the tutorial video: they end the sentences too low "
        "and soft to be heard, and it distracts you at the end of every sentence",
        [LOUDER],
        note="louder, any amount or to a loudness target, all of it (evening out the soft ends "
        "with a compressor has no op)",
    ),
    do(
        "fresh143-03",
        "convert my MPEG-4 video to AVCHD .m2ts: my Sony VBD-MA1 Blu-ray recorder only supports "
        "AVCHD and MPEG-2 video files for copying, no MPEG-4",
        [
            anywhere(step("convert", format="ts")),
            maybe(step("codec", codec="h264")),
        ],
        note="an AVCHD transport stream: promptcut writes no .m2ts or .mts, so .ts (the same "
        "MPEG transport stream); an H.264 encode may come with it",
    ),
    do(
        "fresh143-04",
        "convert the AVI file from my DashCam so it opens: I just got into a car accident, and it "
        "would not open in ANY app (tried 5)",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="an mp4 (an H.264 encode may come with it)",
    ),
    do(
        "fresh143-05",
        "convert the DVD of the AKV Kappensitzung 2006 (Teil 2) into an MP4: the converter stops "
        "at 54 % with an error",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        probe=Probe(width=720, height=576, fps=25.0),
        note="an mp4 of the 720x576 PAL DVD video (an H.264 encode or a quality setting may come "
        "with it)",
    ),
    do(
        "fresh143-06",
        "slow down my time-lapse movie of the meal preparation: forty minutes in the kitchen "
        "preparing, eating, and cleaning up dinner was condensed down to two seconds, so if you "
        "don't blink before you click play, you'll miss it",
        [step("speed", factor=Between(0.02, 0.5), **WHOLE)],
        probe=Probe(duration=2.0),
        note="the 2 s movie slower, 0.02x to 0.5x, all of it",
    ),
    do(
        "fresh143-07",
        'add my recording of "Back to the Island" to the soundtrack of the video of the seagulls '
        "fishing in the shallows",
        [step("replace_audio", file="back_to_the_island.mp3")],
        [step("add_music", file="back_to_the_island.mp3")],
        [step("mute"), step("add_music", file="back_to_the_island.mp3")],
        assets=["back_to_the_island.mp3"],
        note="the recording as the video's soundtrack, in place of its sound or mixed with it",
    ),
    do(
        "fresh143-08",
        'play "Happy" by Pharrell Williams in the background of the video of my walk by the '
        "river, at a lower volume: the assignment is a song the neighbors would enjoy",
        [_HAPPY_LOWER, maybe(step("volume"))],
        [step("mute"), _HAPPY_LOWER],
        assets=["happy.mp3"],
        note="happy.mp3 mixed in (or in place of the sound) at a lower level: below 100%, or "
        "below 0 dB",
    ),
    do(
        "fresh143-09",
        "normalize the audio of the movie file itself: the music and sound effects are all "
        "misplaced, some too loud and others too low to hear",
        [step("normalize")],
        note="the movie's sound to a loudness target, all of it (evening out its loud "
        "and soft parts with a compressor has no op)",
    ),
    do(
        "fresh143-10",
        "re-encode the downloaded programme so iTunes will copy it to my iPad 2: it refuses, "
        "stating that it cannot be played on the device (AVC profile High@4.1)",
        [anywhere(step("reencode")), maybe(step("codec", codec="h264")), *_IPAD_EXTRAS],
        [anywhere(step("codec", codec="h264")), maybe(step("reencode")), *_IPAD_EXTRAS],
        note="a fresh H.264 encode (a quality setting, a smaller size or an mp4 may come with it)",
    ),
    no_op(
        "fresh143-11",
        "make the speed of my FPV drone video constant and smooth: the flying speed is changing "
        "often due to wind or my mistakes, especially indoors, so even perfectly stabilized it is "
        "not smooth at all",
        "needs analysis",
        note="measuring how fast the drone flies through each part (motion analysis) and retiming "
        "it; speed only takes fixed factors over given ranges",
    ),
    no_op(
        "fresh143-12",
        "cut the long runs of static, noise, VHS artifacts and rolling tracking bars out of my VHS "
        "capture, keeping the content parts",
        "needs analysis",
        note="telling static and noise from the recorded content; remove_black takes out black "
        "stretches, not static, and nothing says where the runs are",
    ),
    no_op(
        "fresh143-13",
        "blur H's face in the video of the fourth and fifth grade holiday concert, so I can post "
        "parts of it on this blog",
        "needs analysis",
        note="finding and following one child's face through the video; blur takes the whole "
        "picture",
    ),
    ask(
        "fresh143-14",
        "cut a 30 sec. section of the movie, the cave escape from Indiana Jones and the Raiders of "
        "the Lost Ark, in .MPG format: I am trying to make my own Vista Ultimate DreamScene",
        "when the cave escape is (which 30 seconds to keep)",
        (*WHICH_PART, "timestamp", "seconds", "minute", "scene"),
        probe=Probe(duration=6900.0),
    ),
    ask(
        "fresh143-15",
        "cut down and/or speed up the comparison at the end of the replay demo: it feels a bit "
        "long for what it's supposed to show",
        "where the comparison starts, and how much shorter or faster it should be",
        (*WHICH_PART, "how much", "how long", "how many", "seconds", "how fast", "factor"),
    ),
    ask(
        "fresh143-16",
        'display something like "Introducing [Delivery Robot]" near the beginning of the video '
        "of our robot",
        "the robot's name (the words to show)",
        ("name", "what", "which", "text", "words", "title", "call"),
    ),
    ask(
        "fresh143-17",
        "cut our Outer Banks vacation footage (around 50 minutes) down to fit a 3 minute song, "
        '"Island in the Sun" by Weezer',
        "which parts to keep (what goes in the 3 minutes)",
        (*WHICH_PART, "which parts", "parts", "moments", "clips", "keep", "what"),
        assets=["island_in_the_sun.mp3"],
        probe=Probe(duration=3000.0),
    ),
    out_of_scope(
        "fresh143-18",
        "play back my mp4 videos on the car's multimedia unit itself: when I put the usb stick in "
        "the car, only audio plays without a video",
        "a car head unit's video playback (MIB2), not an edit of a file",
    ),
    out_of_scope(
        "fresh143-19",
        "provide video playback for my phone's .mov videos in the gallery: they are not even "
        "displayed, making some folders appear empty",
        "a photo gallery's playback support, not an edit of a file",
    ),
    out_of_scope(
        "fresh143-20",
        "back up the slow motion video I took on my iPhone as is, at 240fps: it is 'flattened' to "
        "30fps when 'backed up'",
        "a photo backup app's upload of the original file, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
