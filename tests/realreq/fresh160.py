"""A hundred-and-sixtieth fresh, held-out collection of real requests
(tests/realreq/fresh160.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh157's, the
rows are short, typical asks, like the development set's; 12 come from blog posts of swimmers,
cyclists, singers, musicians and parents filming a recital, a swim meet or a musical, and 8 from
GitHub issues (a music player, a fitness app, a YouTube front end, a tennis analysis tool, a
student course, a dive-video tool, a group-singing app and a Discord uploader). Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and
`[needs analysis]` rows refusals of DOABLE asks no operation does. An `[extra input: …]` marker is
left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    MP3,
    VERTICAL,
    WHOLE,
    Above,
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
TABLE = Path(__file__).with_name("fresh160.md")

#: Brighter, by any amount, all of it (or the mid-tones lightened).
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: The leg swings GIF as it is given: short, no sound.
_GIF_IN = Probe(duration=4.0, width=480, height=270, fps=15.0, has_audio=False)

#: Words a refusal says when it asks which music file to add.
_WHICH_MUSIC = (
    "which music",
    "music file",
    "file",
    "track",
    "song",
    "tunes",
    "which",
    "provide",
    "upload",
    "attach",
    "give",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh160-01",
        "cut the last 12 minutes of my swim video: a lady in the next lane bumped the carefully "
        "aligned camera on her way to the ladder, so they are of the pool wall instead of my "
        "PR-breaking sets of 100 yard freestyle",
        [step("trim", start=0, end=Between(170, 190))],
        [step("cut", start=Between(170, 190), end=Between(895, 900))],
        probe=Probe(duration=900.0),
        note="the first 3 minutes kept, the last 720 s of the 900 s video off",
    ),
    do(
        "fresh160-02",
        "make the breast stroke video less jumpy: I was trying to NOT slip on the deck or fall "
        "into the pool while video taping Jill's swim",
        [step("stabilize")],
        note="steadied",
    ),
    do(
        "fresh160-03",
        "turn my piano recording back to normal: it's playing with a 90° counterclockwise "
        "rotation like I'm looking at the sky (I usually use my smartphone in 'Portrait' fixed "
        "mode)",
        [step("rotate", degrees=90)],
        probe=VERTICAL,
        note="a quarter turn clockwise, undoing the 90° counterclockwise one",
    ),
    do(
        "fresh160-04",
        "turn up the sound of Braden's piano recital video: even though I heard him just fine, "
        "you may have to turn up your speakers",
        [LOUDER],
        note="louder by any amount, or brought to a normal loudness, all of it",
    ),
    do(
        "fresh160-05",
        "brighten Matthew's piano recital video: it doesn't look very good because he was "
        "sitting in front of windows and the backlighting was really bad",
        [anywhere(_BRIGHTER), maybe(step("contrast", percent=Above(0), **WHOLE))],
        note="brighter (or lighter mid-tones), all of it; more contrast may come with it",
    ),
    do(
        "fresh160-06",
        "clean the noise from the camera's internal mechanisms out of the musical's audio: it's "
        "there throughout (not horrible, but it's there)",
        [step("audio_denoise")],
        note="the steady mechanical noise taken out of the sound",
    ),
    no_op(
        "fresh160-07",
        "lower the audience's applause after each song and the clapping between songs in the "
        "live recording, then raise the overall volume: the applause was recorded louder than "
        "the performance, so it's hard to listen to",
        "needs analysis",
        probe=Probe(duration=1800.0),
        note="needs analysis: finding the applause and the claps, to lower only them; volume and "
        "normalize move the whole level",
    ),
    do(
        "fresh160-08",
        "mute the video's onboard audio track and add my own audio and soundtrack: we recorded "
        "the script on the computer separately and then filmed the scenes",
        [
            step("replace_audio", file="script.wav"),
            step("add_music", file="soundtrack.mp3", **WHOLE),
        ],
        [
            step("replace_audio", file="soundtrack.mp3"),
            step("add_music", file="script.wav", **WHOLE),
        ],
        assets=["script.wav", "soundtrack.mp3"],
        note="the recorded script as the sound, the soundtrack mixed under it (or the other way "
        "round)",
    ),
    do(
        "fresh160-09",
        "convert the cigar box guitar track I saved from my Korg mini studio to MP3: it's in MP2 "
        "format, and this site doesn't support that",
        [MP3],
        probe=Probe(duration=120.0),
        note="the track saved as an mp3",
    ),
    do(
        "fresh160-10",
        "whizz the bike ride video up by a factor of ten, otherwise it would be tedious (little "
        "traffic, no close shaves, pancake landscape), and turn it the right way up: it's upside "
        "down",
        [
            anywhere(step("speed", factor=10, **WHOLE)),
            anywhere(step("rotate", degrees=180)),
            maybe(step("mute")),
        ],
        [
            anywhere(step("speed", factor=10, **WHOLE)),
            anywhere(step("flip", direction="horizontal")),
            anywhere(step("flip", direction="vertical")),
            maybe(step("mute")),
        ],
        probe=Probe(duration=2020.0),
        note="ten times as fast, all of the ~34-minute ride, and a half turn, either order",
    ),
    do(
        "fresh160-11",
        "set the speed of this piece to 87% of the original, without altering the pitch, for "
        "audio rehearsals (not only by increments of 0.1)",
        [step("speed", factor=0.87, **WHOLE)],
        probe=Probe(duration=240.0),
        note="0.87x, all of it (the pitch kept)",
    ),
    do(
        "fresh160-12",
        "slow down the leg swings GIF by cutting frames and slowing them in a sort of "
        "stop-motion fashion: the GIF was reduced in size, which is why the leg swings are so "
        "fast",
        [
            anywhere(step("speed", factor=Between(0.25, 0.8), **WHOLE)),
            maybe(step("fps", fps=Below(15))),
            maybe(GIF),
        ],
        probe=_GIF_IN,
        note="slower, all of it (a lower frame rate may come with it), still a GIF",
    ),
    no_op(
        "fresh160-13",
        "play the video at half speed tape style, with the audio played back at the same "
        "unaltered rate as the video, so a Soprano voice turns into a Barytone voice: I would use "
        "the heck out of this",
        "no op",
        note="no op: half speed with the pitch falling an octave; speed keeps the pitch and no "
        "operation shifts it",
    ),
    ask(
        "fresh160-14",
        "cut the highlight footage from the tennis video: I want to cut rallies 5/8",
        "where rallies 5 and 8 are (their start and end)",
        (*WHICH_PART, "rally", "rallies", "timestamp", "seconds"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh160-15",
        "compress the recorded video: it always exceeds the upload size limit",
        "the size limit (how many MB)",
        ("limit", "size", "mb", "megabytes", "how big", "how small", "which", "what"),
    ),
    ask(
        "fresh160-16",
        "clean up some gobbledy-gook at the end of my Bist du bei mir recording, where my friend "
        "was trying to record the second piece and it didn't quite work",
        "where the gobbledy-gook begins (how much of the end to cut)",
        (*WHICH_PART, "how much", "seconds", "where"),
        probe=Probe(duration=240.0),
    ),
    ask(
        "fresh160-17",
        "put some good tunes on the helmet camera video instead of its audio: the audio is "
        "unusable (and quite scary) due to my painfully laboured panting, and the language is "
        "too profane for a family audience",
        "which music (the file to add)",
        _WHICH_MUSIC,
    ),
    out_of_scope(
        "fresh160-18",
        "let me export another overlay video that displays the time elapsed during the dive",
        "rendering an overlay video from a dive computer's log, not an edit of a given file",
    ),
    out_of_scope(
        "fresh160-19",
        "delay the video in the same way that the audio is delayed, so we get the visual of us "
        "all singing at the same time",
        "a live group-singing app's video delay, not an edit of a file",
    ),
    out_of_scope(
        "fresh160-20",
        "let me use this for video files: I'd like to upload replays from my stream to my discord",
        "uploading stream replays to Discord, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
