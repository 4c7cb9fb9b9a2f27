"""A twenty-sixth fresh, held-out collection of real requests (tests/realreq/fresh26.md): one
checkable case a row, encoded the way fresh24.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh25's, the
rows are short, typical asks, like the development set's; all 25 come from GitHub issues of
converters, recorders, GIF tools, ffmpeg wrappers, a video generator, players and AI projects
(found in corpus "issues"). Each case follows its row's `expected` column; `[no op]` rows are
DOABLE refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is
left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
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
TABLE = Path(__file__).with_name("fresh26.md")


#: fresh26-03: the music, a time-lapse of 62 s at 15 fps with no sound of its own.
_TIMELAPSE = Probe(duration=62.0, fps=15.0, has_audio=False)
_FIVE = Between(4.8, 5.2)
_MUSIC_FADED = step("add_music", file="music.mp3", fade_in=_FIVE, fade_out=_FIVE) | step(
    "replace_audio", file="music.mp3", fade_in=_FIVE, fade_out=_FIVE
)
_MUSIC = step("add_music", file="music.mp3") | step("replace_audio", file="music.mp3")

#: fresh26-07: a phone video, 1080 x 2400, made a GIF 360 wide (360x800).
_PHONE = Probe(width=1080, height=2400)
_360 = (
    step("resize", width=360, height=AnyOf(None, 800))
    | step("resize", height=800, width=AnyOf(None, 360))
    | step("resize", lines=360)
)

#: fresh26-10: smaller than the 38 MB of the 6 s clip.
_SMALLER = step("quality", level="small") | step("compress", max_mb=Below(38))

#: fresh26-14: white letters, centred.
_WHITE = AnyOf("white", "#ffffff")

#: fresh26-15: the animation's sound, from the file given (it has none of its own).
_AUDIO = step("replace_audio", file="audio.mp3") | step("add_music", file="audio.mp3")

CASES: tuple[Case, ...] = (
    do(
        "fresh26-01",
        "boost the volume of the audio, for example changing the bitrate from 160 to 256",
        [anywhere(LOUDER), maybe(step("quality", level="high"))],
        note="louder, any amount or a loudness target; the bitrate is no volume, a higher "
        "quality may come with it",
    ),
    do(
        "fresh26-02",
        "make the ending of the video not so abrupt",
        [
            step(
                "fade",
                direction="out",
                duration=Between(0.3, 5),
                target=AnyOf("both", "video"),
            )
        ],
        note="a fade out at the end, the picture with or without the sound",
    ),
    do(
        "fresh26-03",
        "put music.mp3 over the timelapse video, fading it in over 5 seconds at the beginning "
        "and out over 5 seconds from 57 seconds: my timelapse videos are all 1:02 (62 seconds) "
        "@ 15fps",
        [_MUSIC_FADED],
        [
            anywhere(_MUSIC),
            anywhere(step("fade", direction="in", duration=_FIVE, target="audio")),
            anywhere(step("fade", direction="out", duration=_FIVE, target="audio")),
        ],
        assets=["music.mp3"],
        probe=_TIMELAPSE,
        note="the music with 5 s fades in and out (afade: the sound only), in the music step or "
        "as sound fades",
    ),
    do(
        "fresh26-04",
        'change the contrast of the video, like -vf "eq=contrast=2.0" in ffmpeg',
        [step("contrast", percent=Between(50, 150), **WHOLE)],
        note="eq contrast 2.0 doubles the contrast: clearly more, about +50 … +150%",
    ),
    do(
        "fresh26-05",
        "the video I shot is a bit dark: adjust it",
        [
            anywhere(
                step("brightness", percent=Above(0), **WHOLE)
                | step("gamma", gamma=Above(1), **WHOLE)
            ),
            maybe(step("contrast", **WHOLE)),
        ],
        note="brighter (or lighter mid-tones), any amount; a contrast change may come with it",
    ),
    do(
        "fresh26-06",
        "split out a 10 s clip of the video: ffmpeg -ss 00:01:38 -i input.mp4 -t 00:00:10 "
        "-vcodec copy -acodec copy output.mp4",
        [step("trim", start=98, end=108)],
        probe=Probe(duration=600.0),
        note="10 s from 1:38 kept",
    ),
    do(
        "fresh26-07",
        "convert the video from my phone to a gif with the same aspect ratio as the video, so "
        "there's no space around the sides: the video resolution is 1080 x 2400, I'll use 360x800",
        [step("gif", width=360)],
        [anywhere(_360), anywhere(GIF)],
        probe=_PHONE,
        note="a GIF 360 wide (360x800), the shape kept",
    ),
    do(
        "fresh26-08",
        "export the recording as a gif: some platforms don't accept mp4 uploads",
        [GIF],
        note="an animated GIF",
    ),
    do(
        "fresh26-09",
        "make a WebM of the mp4: opera under v25 doesn't support mp4 playback",
        [step("convert", format="webm")],
        note="a WebM",
    ),
    do(
        "fresh26-10",
        "compress the 6 second clip: it is about 38MB (using MPEG2-TS), larger than I want",
        [
            anywhere(_SMALLER),
            maybe(step("resize")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=6.0),
        note="a smaller encode or a size under 38 MB; a smaller resize or an mp4 may come with it",
    ),
    do(
        "fresh26-11",
        "create a single file by joining this video and the other one",
        [step("join", clips=AnyOf(["other.mp4"], []), at="end")],
        assets=["other.mp4"],
        note="the other video after this one",
    ),
    do(
        "fresh26-12",
        "burn our site logo into the video as a watermark, at a small size",
        [
            step(
                "overlay_image",
                file="logo.png",
                size=AnyOf(None, Below(30)),
                **WHOLE,
            )
        ],
        assets=["logo.png"],
        note="the logo over the whole video, small (the usual size or under 30% of the width), "
        "any place or opacity",
    ),
    do(
        "fresh26-13",
        "add the text over the recorded video: drawtext=fontsize=30:fontcolor=red:text='amal'",
        [step("text", text="amal", color=AnyOf("red", "#ff0000"), **WHOLE)],
        note="'amal' in red, for the whole video; drawtext's default place is the top left, the "
        "person named none",
    ),
    do(
        "fresh26-14",
        "create the video with text: -filter_complex '[0]scale=540:-1[s];[s]drawtext="
        "text='MY_TEXT':fontsize=24:fontcolor=white:x=(w-text_w)/2:y=(h-text_h)/2'",
        [
            anywhere(step("resize", width=540)),
            anywhere(
                step("text", text="MY_TEXT", position="center", color=_WHITE, **WHOLE),
            ),
        ],
        note="540 wide (the shape kept), and MY_TEXT in white in the centre; either order",
    ),
    do(
        "fresh26-15",
        "attach an audio to the resulting animation video: the animations are often used for "
        "music clip production",
        [_AUDIO],
        assets=["audio.mp3"],
        probe=Probe(duration=30.0, has_audio=False),
        note="the audio file as the animation's sound",
    ),
    do(
        "fresh26-16",
        "convert the video file to an audio file (m4a/mp3)",
        [
            step("extract_audio", format=AnyOf("m4a", "mp3", None))
            | step("convert", format=AnyOf("m4a", "mp3"))
        ],
        note="the sound alone, as m4a or mp3",
    ),
    no_op(
        "fresh26-17",
        "the video recording came off a mixer in mono (right speaker only): make the audio come "
        'out of both speakers (I know not true "stereo")',
        "no op: copying the one sounding channel to both sides; no op remaps or downmixes channels",
    ),
    ask(
        "fresh26-18",
        'remove the few seconds of "preparation time" at the very beginning of the recording '
        '(switching to powerpoint, looking at the webcam) and the clicking on "stop recording" '
        "at the very end",
        "how many seconds at each end (where the preparation ends and the last word is)",
        (*WHICH_PART, "how many", "how much", "seconds", "how long"),
    ),
    ask(
        "fresh26-19",
        "take out sections from the middle of the recording: right now I can only trim the ends",
        "which sections (no times)",
        WHICH_PART,
    ),
    ask(
        "fresh26-20",
        "reduce all the captured sound of the recording by a user-specified amount: it clips "
        "(red lines in Audacity)",
        "how much quieter (the amount is the user's, not given)",
        ("how much", "how many", "db", "decibel", "amount", "level", "percent", "quieter"),
    ),
    ask(
        "fresh26-21",
        "add a soundtrack to the timelapse video",
        "which soundtrack (no file is given)",
        ("which", "file", "music", "soundtrack", "track", "song", "audio"),
    ),
    ask(
        "fresh26-22",
        "cut the video from the end",
        "how much (how many seconds off the end, or where it should end)",
        (*WHICH_PART, "how many", "how much", "seconds", "how long"),
    ),
    out_of_scope(
        "fresh26-23",
        "remove the background from the video and make it transparent",
        "separating the person from an ordinary background (AI matting, no green screen)",
    ),
    out_of_scope(
        "fresh26-24",
        "make the character in the image mimic the motion of the character in this video, while "
        "retaining the image's background",
        "generating a new video of another character (AI motion transfer)",
        assets=["character.png"],
    ),
    out_of_scope(
        "fresh26-25",
        "add an image brightness adjustment to the player: many films, especially from the "
        "1980s and 1990s, are so dark you can't see anything without more brightness",
        "a brightness control in the player, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
