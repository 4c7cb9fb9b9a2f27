"""A hundred-and-ninety-fifth fresh, held-out collection of real requests
(tests/realreq/fresh195.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh193's, the
rows are short, typical asks, like the development set's; 17 come from GitHub issues and one from
a pull request, mostly of subtitle, dubbing, transcription and audio tools (castnow, Subtitle
Edit, IFME, pyvideotrans, OpenShot, a student game, TTSAutomate, lms, sub-to-audio, dandere2x,
Ultimate Vocal Remover, mp3splt, decipher, codeforlife-portal, RedditVideoMakerBot,
Storyboarder, anime-dl and PowerToys), one from the Audacity forum and one from a blog post.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    MP3,
    MP3_SAVED,
    VERTICAL,
    WHOLE,
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh195.md")

#: An audio file kept an audio file: the format may be named again on the way out.
_KEPT_AUDIO = maybe(step("convert", format=AnyOf("mp3", "ogg", "wav", "m4a", "flac", "opus")))

CASES: tuple[Case, ...] = (
    do(
        "fresh195-01",
        "put the subtitles at the top, so that I can still see the burned-in subtitles",
        [step("subtitles", file=AnyOf("subs.srt", None), position="top")],
        assets=["subs.srt"],
        note="subs.srt burned in at the top, above the subtitles already in the picture",
    ),
    do(
        "fresh195-02",
        "burn in the subtitles at a certain height, so that they are not hidden by the Instagram "
        "info on the Reel",
        [step("subtitles", file=AnyOf("subs.srt", None), position=AnyOf("middle", "top"))],
        assets=["subs.srt"],
        probe=VERTICAL,
        note="burned in higher than the bottom of the 1080x1920 Reel: in the middle (the top is "
        "fair)",
    ),
    do(
        "fresh195-03",
        "encode the video to x265 with the .ass subtitles hardsubbed",
        [
            step("subtitles", file=AnyOf("subs.ass", None)),
            anywhere(step("codec", codec="hevc")),
            maybe(step("quality")),
            maybe(step("convert", format=AnyOf("mp4", "mkv"))),
        ],
        assets=["subs.ass"],
        note="subs.ass burned in and the picture encoded as H.265, either order",
    ),
    do(
        "fresh195-04",
        "merge the audio file the app created into the original video, for dubbing with my "
        "voice: the dubbed video is unsynchronized with the subtitles, even when I begin with a "
        "slowed video",
        [step("replace_audio", file="dub.wav")],
        assets=["dub.wav"],
        note="the video's sound replaced by the dub the app made",
    ),
    do(
        "fresh195-05",
        "delete the audio so that I can put music in my video",
        [step("mute")],
        note="no sound; the music is for later",
    ),
    do(
        "fresh195-06",
        "convert the background music m4a to an mp3",
        [MP3, maybe(step("quality"))],
        [*MP3_SAVED, maybe(step("quality"))],
        probe=Probe(duration=120.0),
        note="the m4a saved as an mp3",
    ),
    do(
        "fresh195-07",
        "clean up the terrible hum in my 3 hour Q&A podcast recording: about half way through, "
        "one of the lapel mics suddenly went bad, and I really don't want to have to re-record "
        "over an hour of it (I am willing to sacrifice some quality)",
        [step("audio_denoise"), _KEPT_AUDIO],
        probe=Probe(duration=10800.0),
        note="the steady hum reduced, all of the 3-hour recording",
    ),
    do(
        "fresh195-08",
        "remove the silence at the start and end of the file: it causes issues with playback of "
        "numbers etc.",
        [step("remove_silence", where="ends"), _KEPT_AUDIO],
        [
            step("remove_silence", where="start"),
            step("remove_silence", where="end"),
            _KEPT_AUDIO,
        ],
        [
            step("remove_silence", where="end"),
            step("remove_silence", where="start"),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=4.0),
        note="the silence at both ends cut, none in the middle",
    ),
    do(
        "fresh195-09",
        "remove the long period of silence in Ufomammut's 'Lucifer Song' (~42 minutes long): the "
        "real song ends after ~11 minutes and then there are 31 minutes of silence (WTF???) "
        "before a ~20 seconds hidden track",
        [step("remove_silence", where="all"), _KEPT_AUDIO],
        [step("cut", start=Between(640, 680), end=Between(2500, 2530)), _KEPT_AUDIO],
        probe=Probe(duration=2540.0),
        note="the 31 minutes of silence cut (11:00 to 42:00 of the 42:20 song), the hidden "
        "track kept",
    ),
    do(
        "fresh195-10",
        "make the video I filmed from the hot air balloon viewable: it is very shaky, "
        "particularly where I was zooming in (the flight was a surprise for our first "
        "anniversary)",
        [step("stabilize")],
        note="steadied, any strength",
    ),
    do(
        "fresh195-11",
        "speed up the voice a bit, maybe to around 1.4 times its current reading speed: my "
        "subtitle has 2 hours duration, but the final wav has 3 hours duration, so it can't be "
        "used for voice over videos",
        [step("speed", factor=Between(1.35, 1.5), **WHOLE), _KEPT_AUDIO],
        probe=Probe(duration=10800.0),
        note="about 1.4x (up to the 1.5x that makes the 3 hours 2), all of it",
    ),
    do(
        "fresh195-12",
        "make the output video an MP4: Premiere can not import MKV files",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="an MP4 (H.264 or a quality setting may come with it)",
    ),
    no_op(
        "fresh195-13",
        "remove just the guitar from the song (I'm new to this world of mixing)",
        "needs analysis",
        note="needs analysis: one instrument separated out of the mix; no operation separates "
        "sources",
    ),
    no_op(
        "fresh195-14",
        "split the 60-minute WAV of my old audio cassette into tracks at the silences: I am "
        "digitizing my large collection of old audio cassettes",
        "no op",
        probe=Probe(duration=3600.0),
        note="no op: one file made several, split at the silences; every operation makes one file",
    ),
    ask(
        "fresh195-15",
        "delete the meaningless parts of the video, where the narration is not coherent: it will "
        "greatly reduce the playback time",
        "which parts (the times to delete)",
        (*WHICH_PART, "parts", "which parts", "meaningless", "times", "seconds"),
    ),
    ask(
        "fresh195-16",
        "update the video intro with the new logo: it still shows the old logo",
        "the new logo (the image file, and where the old one is)",
        (
            "logo",
            "new logo",
            "file",
            "image",
            "which",
            "where",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    ask(
        "fresh195-17",
        "add a custom image or voice as an outro at the end of the video: at the end, the "
        "background video pauses and it's a still image for like 3 seconds before the video ends",
        "which image or voice (the file for the outro)",
        (
            "which",
            "what",
            "image",
            "voice",
            "file",
            "outro",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    out_of_scope(
        "fresh195-18",
        "let me export a video of my storyboard showing the captions on it like in the editor, "
        "and select a range of boards to export as a video: a real time saver when working on "
        "different shots and scenes",
        "a storyboard app's video export of its boards and captions, not an edit of a given video",
    ),
    out_of_scope(
        "fresh195-19",
        "download the videos with the subtitles hardcoded, so the output files are .mp4",
        "downloading anime episodes from a streaming site, not an edit of a given file",
    ),
    out_of_scope(
        "fresh195-20",
        "add live translated captions in Windows 10: handy in case of audio issues, or if you are "
        "non-native and need to interact in English",
        "live captions and translation of whatever plays on the computer, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
