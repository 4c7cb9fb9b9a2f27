"""A thirty-fourth fresh, held-out collection of real requests (tests/realreq/fresh34.md): one
checkable case a row, encoded the way fresh33.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh33's, the
rows are short, typical asks, like the development set's; 23 come from GitHub issues of
end-user apps and the libraries people script with (video editors, converters and transcoders,
a camera capture app, a test recorder, mobile video libraries, a web media toolkit, a player, a
video bot) and one from a forum thread. They cover the first half of the development set's
categories: cuts and trims, conversion and compression, resize, crops and 9:16, rotation and
flips, speed, volume and mute, and the sound extracted, replaced or with music.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals.
An `[extra input: …]` marker is left out of the request and the file it names is given as an
asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh34.md")

#: fresh34-07: 1080p from a 3840x2160 picture.
_1080 = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1920, None))
    | step("resize", width=1920, height=AnyOf(1080, None))
)

#: fresh34-08: the whole landscape picture fitted into 9:16, with bars or a blurred fill.
_FIT_NINE_SIXTEEN = (
    step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
    | step(
        "platform",
        platform=AnyOf("instagram_story", "instagram_reels", "tiktok", "youtube_shorts"),
        fit="pad",
    )
)

CASES: tuple[Case, ...] = (
    do(
        "fresh34-01",
        "cut the video from min 13 - 17 and save it: the video is 20 mins long in total, so it "
        "should have 4 mins reduced and skip mins 13 to 17",
        [step("cut", start=780, end=1020)],
        [step("cut_ranges", ranges=[[780, 1020]])],
        [step("keep_ranges", ranges=[[0, 780], [1020, 1200]])],
        probe=Probe(duration=1200.0),
        note="minutes 13 to 17 taken out of the 20",
    ),
    do(
        "fresh34-02",
        "remove the extra 30 minutes of silence at the start of my presentation video: "
        "presumably it started after the coffee break",
        [step("trim", start=1800, end=AnyOf(None, 3600))],
        [step("cut", start=0, end=1800)],
        [step("remove_silence", where="start")],
        probe=Probe(duration=3600.0),
        note="the first 30 minutes gone",
    ),
    ask(
        "fresh34-03",
        "crop the beginning and end of the archiving/tech meeting video, to upload it to youtube",
        "how much to cut off the beginning and the end",
        (*WHICH_PART, "how much", "how long", "how many", "seconds", "minutes"),
        probe=Probe(duration=3600.0),
    ),
    do(
        "fresh34-04",
        "convert the video to .mp4",
        [step("convert", format="mp4")],
        note="an mp4 file",
    ),
    do(
        "fresh34-05",
        "convert the video to AVC",
        [
            step("convert", format=AnyOf("mp4", "mkv", "mov"))
            | step("reencode")
            | step("codec", codec="h264")
        ],
        note="H.264 (AVC) video",
    ),
    do(
        "fresh34-06",
        "make the recorded video file smaller: it is too large",
        [step("quality", level=AnyOf("small", "balanced")) | step("compress")],
        note="a smaller file, no size given",
    ),
    do(
        "fresh34-07",
        "make a 1080p version of the 4k movie: my sad little i3 Plex server doesn't have the "
        "horsepower to transcode from 4k to 1080 in real time when I am watching on non-4k devices",
        [_1080],
        probe=Probe(duration=7200.0, width=3840, height=2160),
        note="1920x1080",
    ),
    do(
        "fresh34-08",
        "unzoom the video for Instagram stories: it is automatically placed to fill the screen, "
        "and instead I want it to fit the screen",
        [_FIT_NINE_SIXTEEN],
        [_FIT_NINE_SIXTEEN, step("resize")],
        note="the whole landscape picture inside a 9:16 frame",
    ),
    do(
        "fresh34-09",
        "mirror the video file of my camera back: it is mirrored horizontally, and QuickTime and "
        "my camera itself mirror it the other way around",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh34-10",
        "rotate the video 270 degrees",
        [step("rotate", degrees=270)],
        note="a three-quarter turn",
    ),
    do(
        "fresh34-11",
        "export the video at, say, 2x speed (throw away every 2nd frame)",
        [step("speed", factor=2, **WHOLE)],
        note="twice as fast, all of it",
    ),
    do(
        "fresh34-12",
        "speed up the video, e.g. x1.5 (not necessarily the pitch)",
        [step("speed", factor=1.5, **WHOLE)],
        note="1.5 times as fast, all of it",
    ),
    ask(
        "fresh34-13",
        "speed up the video playback for the story I am creating",
        "how much faster",
        (
            "how much",
            "how fast",
            "what speed",
            "which speed",
            "factor",
            "times faster",
            "multiplier",
            "1.5x",
            "2x",
        ),
    ),
    do(
        "fresh34-14",
        "make the video with NO audio (on purpose): there is background noise etc in the video "
        "file",
        [step("mute")],
        note="no sound track",
    ),
    do(
        "fresh34-15",
        "change the audio volume of the very quiet video to 89 db: its audio level is 76,5 db, so "
        "the gain would be 12,5 db (I'm not looking for the normalize function)",
        [
            step("volume", db=Between(12, 13), **WHOLE)
            | step("volume", percent=Between(400, 445), **WHOLE)
        ],
        note="12.5 dB louder, all of it",
    ),
    ask(
        "fresh34-16",
        "split the audio and set a segment to a lower volume",
        "which segment (its start and end), and how much lower",
        (*WHICH_PART, "segment", "how much", "how quiet", "how low", "percent", "db", "level"),
    ),
    out_of_scope(
        "fresh34-17",
        "control the volume of the video in the preview by the software itself: now I need the "
        "system volume to adjust it",
        "a player's (preview) volume, not an edit of the file",
    ),
    do(
        "fresh34-18",
        "extract the audio from the video in mp3 or flac format",
        [
            step("extract_audio", format=AnyOf("mp3", "flac"))
            | step("convert", format=AnyOf("mp3", "flac"))
        ],
        note="the sound alone, as an mp3 or a flac",
    ),
    do(
        "fresh34-19",
        "export a wav file from the video's audio stream",
        [step("extract_audio", format="wav") | step("convert", format="wav")],
        note="the sound alone, as a wav",
    ),
    do(
        "fresh34-20",
        "remove the original video's background sound when adding the audio: the added audio and "
        "the background sound overlap",
        [step("replace_audio", file="audio.mp3")],
        assets=["audio.mp3"],
        note="the new audio instead of the video's own sound",
    ),
    do(
        "fresh34-21",
        "add music from local to the video",
        [step("add_music", file="music.mp3") | step("replace_audio", file="music.mp3")],
        assets=["music.mp3"],
        note="the music on the video",
    ),
    ask(
        "fresh34-22",
        "add a background music track to the video, with volume control and fade in/out: it would "
        "make the video much more engaging",
        "which music (no file is given)",
        (
            "which music",
            "what music",
            "which song",
            "what song",
            "which track",
            "music file",
            "audio file",
            "which file",
            "file",
        ),
    ),
    out_of_scope(
        "fresh34-23",
        "cut off the narrator's voice in the documentary scene and leave the background music: I "
        "do not want the narrator to be heard",
        "separating the voice from the music (source separation)",
    ),
    out_of_scope(
        "fresh34-24",
        "record a song as the background while recording the video, like a karaoke app: when I "
        "play a song while recording I hear it, but on playback only the microphone sound is there",
        "capturing music while recording is a camera feature; no recording or song is given",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
