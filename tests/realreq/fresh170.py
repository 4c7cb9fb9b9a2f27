"""A hundred-and-seventieth fresh, held-out collection of real requests
(tests/realreq/fresh170.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh169's, the
rows are short, typical asks, like the development set's; 11 come from blog posts about people's
own videos (kids' thank-you video for their grandparents, a baby's first word, a camcorder's quiet
sound, a talk filmed walking up to the stage, two hummingbirds in slow motion, a street filmed
for a song, a sunset time-lapse, a motorcycle ride, a cat GIF, a beach day recut) and 7 from
GitHub issues (a converter's support tracker, HandBrake, a file converter, a practice
repository, a OnePlus customizer, Wire and an Instagram patcher). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import (
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
TABLE = Path(__file__).with_name("fresh170.md")

#: fresh170-01: a smaller-file setting or a size under the 183 MB the MOV is.
_NOT_BIGGER = step("quality", level=AnyOf("small", "balanced")) | step(
    "compress", max_mb=Between(1, 183)
)

#: fresh170-03: a file YouTube takes.
_YOUTUBE_FILE = step("convert", format=AnyOf("mp4", "mov", "webm", "mkv"))

#: fresh170-03: under YouTube's 100 MB upload limit.
_UNDER_100 = step("compress", max_mb=Between(1, 100))

#: fresh170-04: darker mid-tones lifted.
_LIFTED = step("gamma", gamma=Above(1), **WHOLE)

#: fresh170-04: brighter, all of it.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE)

#: fresh170-09: the recording of the girl with the ukulele.
_SONG = "ukulele_song.wav"

#: fresh170-10: the ukulele loop.
_LOOP = "ukulele_loop.mp3"

#: fresh170-11: the helmet's bluetooth audio, recorded on the phone.
_HELMET = "helmet_audio.m4a"

#: fresh170-11: the video's own sound made quieter.
_QUIETER = step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)

#: fresh170-12: an audio file's formats.
_AUDIO_FORMAT = AnyOf("mp3", "m4a", "wav", "flac", "ogg", "opus")

CASES: tuple[Case, ...] = (
    do(
        "fresh170-01",
        "convert the 183mb MOV to MP4 without the size leap: last time it jumped to 562mb and took "
        "a while",
        [
            anywhere(step("convert", format="mp4")),
            maybe(_NOT_BIGGER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=90.0),
        note="an MP4, no bigger than the 183 MB MOV (a smaller-file setting or a size under it "
        "may come with it)",
    ),
    do(
        "fresh170-02",
        "convert the .mov file of the Lydia Smurf Song to .mp4, without the video being rotated "
        "after conversion",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=60.0, width=1080, height=1920),
        note="an MP4 of the upright phone video, no turn added",
    ),
    do(
        "fresh170-03",
        "convert the kids' 3GP thank-you video for the grandparents from my mobile into a file "
        "YouTube will take, under its 100mb upload limit, and the right way up: the whole video "
        "played upside down",
        [
            anywhere(step("rotate", degrees=180)),
            anywhere(_YOUTUBE_FILE),
            maybe(_UNDER_100),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
        ],
        [
            anywhere(step("flip", direction="horizontal")),
            anywhere(step("flip", direction="vertical")),
            anywhere(_YOUTUBE_FILE),
            maybe(_UNDER_100),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
        ],
        probe=Probe(duration=30.0, width=176, height=144, fps=15.0),
        note="turned a half turn (or flipped both ways) and saved as a file YouTube takes, any "
        "order",
    ),
    do(
        "fresh170-04",
        "brighten the video from my phone this morning of crosby's first word: wee hours before "
        "work and school, so apologies for the darkness",
        [
            anywhere(_BRIGHTER),
            maybe(_LIFTED),
            maybe(step("contrast", percent=Above(0), **WHOLE)),
            maybe(step("saturation", percent=Above(0), **WHOLE)),
            maybe(step("denoise")),
        ],
        [
            anywhere(_LIFTED),
            maybe(_BRIGHTER),
            maybe(step("contrast", percent=Above(0), **WHOLE)),
            maybe(step("saturation", percent=Above(0), **WHOLE)),
            maybe(step("denoise")),
        ],
        note="brighter (or lighter mid-tones), all of it",
    ),
    do(
        "fresh170-05",
        "turn up the sound volume of my video beyond the 150% iMovie allows: video cameras don't "
        "capture sound too well, and when I import the video onto my computer I can barely hear "
        "what I want to hear",
        [
            step("volume", percent=Above(150), **WHOLE)
            | step("volume", db=Above(3.5), **WHOLE)
            | step("normalize")
        ],
        note="louder than 150% (+3.5 dB), all of it, or normalized",
    ),
    do(
        "fresh170-06",
        "cut the about 50 seconds of bad video at the start, when I was walking up to the stage "
        "and people were walking in front of the camcorder, and fade into the performance: a "
        "shorter better video is much better than a longer crappy one",
        [
            step("trim", start=Between(40, 60), end=None),
            step("fade", direction="in"),
            maybe(step("fade", direction="out")),
        ],
        [
            step("cut", start=Between(0, 0.1), end=Between(40, 60)),
            step("fade", direction="in"),
            maybe(step("fade", direction="out")),
        ],
        probe=Probe(duration=240.0),
        note="about 50 s (40 to 60 s) cut off the start, then a fade in at the new start",
    ),
    do(
        "fresh170-07",
        "put the video I took with my phone of the hummingbird at our Hummingbird Cafe in slow "
        "motion, except the last two seconds at regular speed, so you can see the difference",
        [
            step(
                "speed",
                factor=Between(0.1, 0.75),
                start=AnyOf(None, Between(0, 0.1)),
                end=Between(7.9, 8.1),
            )
        ],
        probe=Probe(duration=10.0),
        note="slow motion from the start to 8 s of the 10 s clip, the last 2 s at regular speed",
    ),
    do(
        "fresh170-08",
        "show my 20 seconds of the hummingbird at my backyard feeder at full speed, then the same "
        "clip slowed down to only 1/10th the normal speed, to really highlight just how a "
        "hummingbird moves its wings when it flies",
        [
            step("loop", times=2),
            step(
                "speed",
                factor=0.1,
                start=Between(19.9, 20.1),
                end=AnyOf(None, Between(39.9, 40.1)),
            ),
        ],
        probe=Probe(duration=20.0),
        note="the 20 s clip twice, the second time at a tenth of the speed",
    ),
    do(
        "fresh170-09",
        "increase the speed of the video of our cruise through the neighborhood 4x, so that the "
        "cruise and the song end at the same time (barely over one minute), and use the recording "
        'of the girl with the ukulele singing "It\'s a Beautiful Day in the Neighborhood" as its '
        "audio",
        [step("speed", factor=4, **WHOLE), step("replace_audio", file=_SONG)],
        [step("speed", factor=4, **WHOLE), step("add_music", file=_SONG)],
        [step("speed", factor=4, **WHOLE), step("mute"), step("add_music", file=_SONG)],
        [step("mute"), step("speed", factor=4, **WHOLE), step("add_music", file=_SONG)],
        assets=[_SONG],
        probe=Probe(duration=270.0),
        note="four times as fast (270 s to about 67 s), then the song as the sound, in place of "
        "the drive's own or mixed with it",
    ),
    do(
        "fresh170-10",
        "put the little ukulele loop I created to my sunset time-lapse movie, so you are not "
        "forced to only watch and not listen",
        [step("replace_audio", file=_LOOP)],
        [step("add_music", file=_LOOP)],
        assets=[_LOOP],
        probe=Probe(duration=10.0, width=640, height=480, has_audio=False),
        note="the loop as the sound of the silent time-lapse",
    ),
    do(
        "fresh170-11",
        "mix the audio I recorded on my phone through my helmet's bluetooth system in with my "
        "motorcycle video, to get something that's almost watchable: otherwise all you hear is the "
        "rumble of wind noise",
        [step("replace_audio", file=_HELMET)],
        [maybe(_QUIETER), step("add_music", file=_HELMET)],
        [step("mute"), step("add_music", file=_HELMET)],
        assets=[_HELMET],
        probe=Probe(duration=900.0),
        note="the helmet recording as the sound, in place of the wind noise (or mixed over it)",
    ),
    do(
        "fresh170-12",
        "convert the mkv (a copy of a dvd made by makemkv, an episode of star trek) to audio, for "
        "fun: I expected it to spit out a weird sounding thing",
        [SOUND_ALONE],
        [step("extract_audio"), step("convert", format=_AUDIO_FORMAT)],
        probe=Probe(duration=2700.0, width=720, height=480, fps=29.97),
        note="the sound alone, as an audio file",
    ),
    ask(
        "fresh170-13",
        "make an animated GIF of the cat trying to jump off of a car and onto the roof, missing "
        "completely and sliding down off the car: a quick GIF that only lasts three seconds, to "
        "get the full effect",
        "which three seconds (when the jump starts in the 30 s video)",
        (*WHICH_PART, "which three", "three seconds", "3 seconds", "jump", "moment", "timestamp"),
        probe=Probe(duration=30.0),
    ),
    ask(
        "fresh170-14",
        "recut my clip of Caroline's first 4th of July at the beach without the bathing suit "
        "pictures of Ana that were initially included (she complained)",
        "where the bathing suit pictures are in the clip (which parts to cut)",
        (*WHICH_PART, "which pictures", "bathing", "pictures", "which parts", "timestamp"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh170-15",
        "fix the bad audio and distorted video of my video (who can I send this to?)",
        "what is wrong with the sound and the picture (what to fix)",
        (
            "what",
            "which",
            "describe",
            "how",
            "distort",
            "problem",
            "issue",
            "noise",
            "kind",
            "specific",
        ),
    ),
    out_of_scope(
        "fresh170-16",
        "stop pausing the music while I record a video on the OnePlus camera: it is very annoying",
        "a phone camera app's behaviour while recording (other apps' music paused), not an edit "
        "of a file",
    ),
    out_of_scope(
        "fresh170-17",
        "record the video and audio call, and save it as a video/audio file of my desire after I "
        "stop recording or end the call",
        "recording a messaging app's video call, not an edit of a given file",
    ),
    out_of_scope(
        "fresh170-18",
        "save the one time (or two times) photos and videos people send me on Instagram to my "
        "gallery",
        "saving Instagram's view-once media in a patched app, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
