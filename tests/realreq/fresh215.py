"""A two-hundred-and-fifteenth fresh, held-out collection of real requests
(tests/realreq/fresh215.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh213's, the
rows are short, typical asks, like the development set's; 14 come from Japanese personal blogs
and sites (a sports-day father, a piano learner, a capture hobbyist, a singer, two camcorder
owners, a mother whose father-in-law films her son, a railway sound recordist, a retired
photographer, a TV-music diarist, a car-stereo listener, a beginner YouTuber and a language
school), 1 from a Korean blog, 2 from English personal blogs and 5 from GitHub issues (IINA and
FFmpegFreeUI in Chinese, gif-for-cli, Gifski and qimgv). Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]`
rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    MP3,
    MP3_SAVED,
    VERTICAL,
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
TABLE = Path(__file__).with_name("fresh215.md")

#: The IC recorder's recording, synced to the camcorder video (fresh215-09).
_RECORDER = "ic_recorder.wav"

#: The 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a quality setting or any size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress")

#: What may come with a smaller, phone-friendly file: an mp4, H.264.
_PHONE_EXTRAS = (
    maybe(step("convert", format="mp4")),
    maybe(step("codec", codec="h264")),
)

#: An image file, if the still is saved as one by a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: The end of the 6:14 video (374 s), give or take two seconds.
_END = Between(372, 376)

CASES: tuple[Case, ...] = (
    do(
        "fresh215-01",
        "save the video of the Great Spotted Woodpecker from my 7D in the best format for "
        "watching on Android phones (or iPhones): the file is too large",
        [anywhere(_SMALLER), maybe(_DOWN), *_PHONE_EXTRAS],
        [anywhere(_DOWN), maybe(_SMALLER), *_PHONE_EXTRAS],
        note="a smaller file (a size target, a smaller-file setting or a smaller picture), an "
        "mp4 or H.264 if wished",
    ),
    do(
        "fresh215-02",
        "take a screenshot of the video after turning it 270°: I recorded it with my phone held "
        "sideways, and played on the computer it needs a 270° turn to be landscape (the player's "
        "screenshots come out misaligned and stretched)",
        [step("rotate", degrees=270), step("still"), _IMAGE],
        probe=VERTICAL,
        note="turned 270° first, then one frame saved as an image (any moment)",
    ),
    ask(
        "fresh215-03",
        "skip the head and/or tail of the video: it has ads at the start and the end",
        "how long the ads at the start and at the end are (the seconds to cut)",
        (*WHICH_PART, "how long", "how many seconds", "seconds", "length", "long", "ads"),
    ),
    do(
        "fresh215-04",
        "cut the wind noise out of my railway recording, then normalize it to lift the overall "
        "level",
        [step("audio_denoise"), LOUDER],
        [LOUDER, step("audio_denoise")],
        note="the wind noise taken down and the level lifted (normalized, or louder by any "
        "amount), in either order",
    ),
    ask(
        "fresh215-05",
        "keep only what I want from last year's sports day video, dropping the scenes I won't "
        "use: the recording I started thinking a race was beginning but it never did, the scenes "
        "that weren't interesting after all, the principal's speech",
        "which scenes to drop or keep (their times)",
        (*WHICH_PART, "which scenes", "scene", "scenes"),
    ),
    do(
        "fresh215-06",
        "turn my iPhone 4S video the right way up: copied to my PC it plays upside down (on the "
        "iPhone it shows the right way)",
        [step("rotate", degrees=180)],
        note="upside down: a half turn",
    ),
    ask(
        "fresh215-07",
        "erase the mistakes in my piano recording by editing the video, rather than recording it "
        "again",
        "where the mistakes are (their times)",
        (*WHICH_PART, "mistake", "mistakes"),
    ),
    no_op(
        "fresh215-08",
        "fix the sound drifting out of sync at the end of my captured 25fps video: by the end it "
        "lags by more than 1 and less than 3 seconds, so bring it 1500 ms earlier by making the "
        "whole sound shorter",
        "no op",
        probe=Probe(fps=25.0),
        note="no op: the sound alone shortened (its tempo changed) to end 1.5 s sooner; no "
        "operation changes the sound's timing apart from the picture",
    ),
    no_op(
        "fresh215-09",
        "sync the recording from my IC recorder with my camcorder video by matching their "
        "waveforms, then delete the camcorder's own sound: the sound the camcorder records at "
        "the same time is not very good",
        "needs analysis",
        assets=[_RECORDER],
        note="aligning the two recordings by their waveforms: replace_audio would only be right "
        "if both started at the same moment",
    ),
    do(
        "fresh215-10",
        "make the video from our camcorder play with its sound on my PC: it has AC-3 audio, "
        "which Windows 11 no longer supports, so PowerDirector 21 shows it without sound",
        [
            anywhere(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("convert", format="mp4")),
        ],
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="the AC-3 sound re-encoded (as AAC): a re-encode or an mp4",
    ),
    do(
        "fresh215-11",
        'fix the sound of my video: the bus engine\'s "dal-dal-dal" nearly burst my eardrums, '
        "and one cut's sound is only 30 while the very next is 150, all over the place",
        [step("audio_denoise"), step("normalize")],
        [step("normalize"), step("audio_denoise")],
        note="the engine noise taken down and the uneven levels evened out, in either order",
    ),
    do(
        "fresh215-12",
        "steady the video my father-in-law shot of our son: the camera's anti-shake couldn't "
        "cope, and checking it on the PC I nearly got motion sick",
        [step("stabilize")],
        note="steadied, any strength",
    ),
    do(
        "fresh215-13",
        "make a sub gif out of the main gif: start time 3s, end time 5s, a 2 second gif",
        [step("trim", start=3, end=5), maybe(GIF)],
        [step("keep_ranges", ranges=[[3, 5]]), maybe(GIF)],
        probe=Probe(duration=10.0, has_audio=False),
        note="3 s to 5 s of the GIF kept, a GIF still",
    ),
    ask(
        "fresh215-14",
        "make more than one gif file from the video, one for each of the slice ranges I place",
        "which ranges (their times)",
        (*WHICH_PART, "ranges", "which ranges"),
    ),
    out_of_scope(
        "fresh215-15",
        "let me select a chunk of the video on the timeline so I can play only that part: I "
        "often like to analyze some videos",
        "a viewer's A-B playback of a chunk, not an edit of the file",
    ),
    out_of_scope(
        "fresh215-16",
        "dub my 8mm films of my child onto DVD: about ten 30-minute reels, and the projector "
        "won't run any more (its rubber belt has hardened)",
        "transferring film to a DVD (scanning the reels and authoring a disc), not an edit of a "
        "given file",
    ),
    ask(
        "fresh215-17",
        "cut the song part of this 5-minute TV show out as an mp3, so I can take it out on my "
        "iPod shuffle",
        "where the song is in the show (its times)",
        (*WHICH_PART, "song", "which part"),
        probe=Probe(duration=300.0),
    ),
    do(
        "fresh215-18",
        "get the sound of the TV music show I recorded as an mp3, to play from a USB stick in my "
        "car stereo: the show is over two hours long",
        [MP3],
        MP3_SAVED,
        probe=Probe(duration=7800.0),
        note="all of the show's sound, as an mp3",
    ),
    do(
        "fresh215-19",
        "cut off the pitch-black screen that goes on and on after my video ends: it should be a "
        "little over 6 minutes (6:14), but it shows 42:24",
        [step("remove_black", where=AnyOf("end", "ends", "all"))],
        [step("trim", start=0, end=_END)],
        [step("cut", start=_END, end=Between(2540, 2544))],
        probe=Probe(duration=2544.0),
        note="the black after 6:14 of the 42:24 video taken off: the black removed at the end, "
        "or the first 6:14 kept",
    ),
    no_op(
        "fresh215-20",
        'take out the "click, click, click" of the wall clock\'s second hand behind the '
        "narration I recorded for the video",
        "no op",
        note="no op: removing a clock's ticks from behind speech; audio_denoise takes out steady "
        "noise, not ticks",
    ),
    do(
        "fresh215-21",
        "even out the contrasty shot of the presentation: bring the projector screen's blown-out "
        "highlights down and the shadow areas up to where the speaker is visible",
        [
            anywhere(step("contrast", percent=Below(0), **WHOLE)),
            maybe(step("gamma", gamma=Above(1), **WHOLE)),
        ],
        note="less contrast (highlights down, shadows up), all of it; a gamma lift may come "
        "with it",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
