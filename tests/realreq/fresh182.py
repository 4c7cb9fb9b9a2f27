"""A hundred-and-eighty-second fresh, held-out collection of real requests
(tests/realreq/fresh182.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh181's, the
rows are short, typical asks, like the development set's; 14 come from GitHub issues and pull
requests (an animated-art generator, a Java video library, a Splatoon 2 mod, a WipEout port, a
visual-novel patch, a student platform game, an educational game, a space-station game, a Tesla
dashcam merger, a university's lecture streaming site, a church media player, Eco's tracker,
Bluesky's app and a TV-channel server), many of them game developers' and modders' own sound
effects, music and intro movies, and 6 from blog posts, a mailing-list post and forum threads.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh182.md")

#: The 34x34 GIF made 680x680, twenty times its size.
_UP_680 = (
    step("resize", width=680, height=AnyOf(680, None))
    | step("resize", height=680, width=AnyOf(680, None))
    | step("resize", lines=680)
    | step("resize", percent=2000)
)

#: The 2560x1090 remake brought within the 480x288 the game takes (stretched to it, or 480
#: wide with its shape kept, or smaller).
_AT_MOST_480X288 = (
    step("resize", width=Between(320, 480), height=AnyOf(None, Between(136, 288)))
    | step("resize", height=Between(136, 204), width=AnyOf(None, Between(320, 480)))
    | step("resize", lines=Between(136, 204))
)

#: The track saved as an Ogg Vorbis file.
_OGG = step("convert", format="ogg") | step("extract_audio", format="ogg")

CASES: tuple[Case, ...] = (
    do(
        "fresh182-01",
        "speed up my 6 minute video of the bike ride up and down the river by a factor of six "
        "(iMovie can only speed it up by two): I am trying to create a time lapse effect",
        [step("speed", factor=Between(5.5, 6.5), **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=360.0),
        note="six times as fast, all of it (the sound may be dropped)",
    ),
    do(
        "fresh182-02",
        "put my cellphone video of Zherdev's game-winner at the Blue Jackets game in reverse "
        "(look out for the cannon in reverse, sweet!)",
        [step("reverse")],
        probe=Probe(duration=20.0, width=320, height=240),
        note="played backwards, sound with it",
    ),
    do(
        "fresh182-03",
        "upscale the gif from 34x34 to 680x680: frame 1 comes out crisp while the rest are blurry",
        [_UP_680, maybe(GIF)],
        [step("gif", width=680), maybe(_UP_680)],
        probe=Probe(duration=2.0, width=34, height=34, fps=12.0, has_audio=False),
        note="680x680, twenty times the 34x34 GIF, kept a GIF",
    ),
    do(
        "fresh182-04",
        "find how many fps the movie file has",
        [step("question", about="fps")],
        [step("question", about="everything")],
        note="the frame rate told (or everything about the file)",
    ),
    do(
        "fresh182-05",
        "re-encode the talk video at a better quality: after getting comments that the encoding "
        "was very very low quality, I found that the default settings for VP8 in ffmpeg are way "
        "too low",
        [
            anywhere(step("quality", level="high")),
            maybe(step("reencode")),
            maybe(step("convert", format="webm")),
            maybe(step("codec")),
        ],
        probe=Probe(duration=2700.0, width=1280, height=720),
        note="a higher-quality encode (a re-encode, a codec or the webm kept may come with it)",
    ),
    do(
        "fresh182-06",
        "amplify the win/lose BARS sound effect by about 8 dB: the sound is too quiet",
        [step("volume", db=Between(7, 9), **WHOLE)],
        [step("volume", percent=Between(220, 290), **WHOLE)],
        probe=Probe(duration=4.0),
        note="about 8 dB louder (7 to 9 dB, or 220% to 290% of the level), all of it",
    ),
    do(
        "fresh182-07",
        "downscale the WipEout intro cinematic remake (2560x1090) so the game can use it as its "
        "intro: at that resolution the game crashes (it fails to allocate memory), and the "
        "highest I could get it to take is 480x288",
        [
            _AT_MOST_480X288,
            maybe(step("convert", format=AnyOf("mp4", "mkv", "ts", "mov", "webm"))),
            maybe(step("quality")),
            maybe(step("codec")),
        ],
        probe=Probe(duration=120.0, width=2560, height=1090),
        note="within 480x288 (480x288, or 480 wide with the shape kept); another container may "
        "come with it",
    ),
    do(
        "fresh182-08",
        "shrink the voice only video to something like 100-120mb: it is 480mb, and it looks like "
        "the video file is way too big, so it crashes the game",
        [
            step("compress", max_mb=Between(90, 120)),
            maybe(step("quality")),
            maybe(step("resize")),
        ],
        probe=Probe(duration=600.0),
        note="under about 100 to 120 MB (the 480 MB file shrunk to a quarter or less)",
    ),
    do(
        "fresh182-09",
        "make bgnd_mus.wav loop properly: you can hear a little silence at the end of it",
        [step("remove_silence", where=AnyOf("end", "ends"))],
        probe=Probe(duration=60.0),
        note="the silence at the end cut (or at both ends), the music otherwise kept",
    ),
    do(
        "fresh182-10",
        "convert Minstrel_Dance.mp3 to Ogg Vorbis at a slightly lower quality that still sounds "
        "good: at 5.3 MB it is the largest file in the exported project, 5% of the total size of "
        "the game",
        [_OGG, maybe(step("quality", level=AnyOf("small", "balanced")))],
        probe=Probe(duration=150.0),
        note="the track saved as ogg, a smaller-file setting may come with it",
    ),
    do(
        "fresh182-11",
        "remove the 9 second silence at the start of the Tintin menu music track",
        [step("trim", start=Between(8.5, 9.5), end=None)],
        [step("cut", start=0, end=Between(8.5, 9.5))],
        [step("remove_silence", where=AnyOf("start", "ends"))],
        probe=Probe(duration=150.0),
        note="the first 9 seconds taken off (or the silence at the start cut)",
    ),
    no_op(
        "fresh182-12",
        "compress the sermon recording, so the whispers are not much quieter than the yelling: "
        "people listen to you preach on their morning commutes, and turning the volume up to "
        "hear the whispers makes the louder parts incredibly distorted",
        "no op",
        probe=Probe(duration=2400.0),
        note="no op: dynamic range compression; volume and normalize move the whole level",
    ),
    no_op(
        "fresh182-13",
        "combine the front camera clip with the rear, left and right camera clips, none of them "
        "mirrored: when footage is submitted it cannot be altered (ex. mirrored)",
        "no op",
        assets=("rear.mp4", "left.mp4", "right.mp4"),
        probe=Probe(duration=60.0, width=1280, height=960),
        note="no op: four clips laid out in one frame (a grid); pip puts one small clip over "
        "another",
    ),
    no_op(
        "fresh182-14",
        "fix the audio of the recording my school class made for our school: it is broken at "
        "some points (I was in charge of the audio, and I never did something like this before)",
        "no op",
        note="no op: repairing the overloaded, distorted bits; audio_denoise takes out steady "
        "noise",
    ),
    no_op(
        "fresh182-15",
        "fix the lecture recording: video and audio are quite a lot out of sync, about 12 "
        "seconds (most noticeable with the sound of chalk on the blackboard)",
        "no op",
        probe=Probe(duration=5400.0),
        note="no op: the sound shifted 12 s against the picture; no operation delays one stream",
    ),
    ask(
        "fresh182-16",
        "keep the funeral director's video (basically a slideshow set to music) playing before "
        "and after the funeral service: I had to keep watching it and restarting it each time it "
        "finished",
        "how many times it should play (or how long it should keep playing)",
        ("how many", "how long", "times", "minutes", "duration", "until"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh182-17",
        "make gifs of the gameplay video for our steam page: animation images should be 615 px "
        "wide, and whatever we want pixels tall, probably around 200 px",
        "which parts of the video (what each animation shows)",
        (*WHICH_PART, "which parts", "moments", "clips", "what"),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh182-18",
        "add a counter into the video that starts from X number and ends at X number in X amount "
        "of time",
        "which numbers, and over how long (the counter's start, end and time)",
        ("number", "how long", "start", "end", "duration", "which", "what", "count"),
    ),
    out_of_scope(
        "fresh182-19",
        "add a video editor to the Bluesky app, so I can trim my video down to the 60 second "
        "limit before uploading: there is currently no way to trim videos within the app itself",
        "a video editor in the Bluesky app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh182-20",
        "loop the video of a snowy scene with Christmas music during the flex breaks of the "
        "Christmas channel I made for my wife: the flex break plays the video once and stops",
        "a TV-channel server looping a clip in its flex breaks, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
