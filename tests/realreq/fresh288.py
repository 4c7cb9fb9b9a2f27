"""A two-hundred-and-eighty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh288.md): one checkable case a row, encoded the way fresh285.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh285's, the
rows are short, typical asks; all 15 come from GitHub issues of video encoders and converters
(VidCoder, IFME, NVEnc, Av1an, Flowframes, File Converter, a media automator), anime and video
downloaders, a karaoke disc builder, subtitle tools and players, and a course team's video
requests: an episode's own subtitle track burned in, an episode under 1 GB, x264 made x265, a
silent video given its audio, an mp3 given a black screen, 23.976 fps made 60, a segment kept,
an audio delay, an mkv made mp4, a film's side bars kept, a pre-step not chosen, an anime clip
not placed, a subtitle file's timings, a player's subtitle frame rate and an mkv's ASS
subtitles burned in.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh288.md")

_EPISODE = Probe(duration=1440.0, fps=23.976)

CASES: tuple[Case, ...] = (
    no_op(
        "fresh288-01",
        "burn in sub track 2 of this anime episode: we use a Roku to play media from Plex, but "
        "the Roku does not support PGS subtitles",
        "no op: burning the file's own (PGS) subtitle track 2 into the picture; subtitles burns "
        "a separate subtitle file",
        probe=_EPISODE,
    ),
    do(
        "fresh288-02",
        "make this episode less than 1 GB: its size is very large, more than 1 GB!",
        [step("compress", max_mb=Between(900, 1074))],
        probe=_EPISODE,
        note="under 1 GB",
    ),
    do(
        "fresh288-03",
        "encode this 720p 1.6 GB US TV show episode in x265, saving space: I want the identical "
        "quality of the x264 original but in x265",
        [step("codec", codec="hevc"), maybe(step("quality", level="high"))],
        [step("quality", level="high"), step("codec", codec="hevc")],
        probe=Probe(duration=3300.0, width=1280, height=720, fps=23.976),
        note="encoded as HEVC, at its quality",
    ),
    do(
        "fresh288-04",
        "merge this high quality mp4 file, downloaded without sound, with the MP4a file with "
        "the audio channels",
        [step("replace_audio", file="audio.m4a")],
        [step("add_music", file="audio.m4a")],
        assets=["audio.m4a"],
        probe=Probe(duration=235.0, fps=60.0, has_audio=False),
        note="the picture with the downloaded sound",
    ),
    no_op(
        "fresh288-05",
        "convert this mp3 file to mp4 with just a black screen so I can post it on Facebook",
        "no op: a picture track (black) made for a sound-only file; no operation adds one",
        probe=Probe(duration=200.0),
    ),
    do(
        "fresh288-06",
        "convert this 24-minute anime at 23.976 FPS to 60 FPS, without the sound lagging behind "
        "by the end",
        [step("fps", fps=Between(59.9, 60))],
        probe=_EPISODE,
        note="60 frames a second, same length, sound in sync",
    ),
    do(
        "fresh288-07",
        "take this segment out of the video so it is a stand-alone clip: timestamp 4:23-15:43",
        [step("trim", start=263, end=943)],
        [step("keep_ranges", ranges=[[263, 943]])],
        probe=Probe(duration=1800.0),
        note="4:23 to 15:43 kept",
    ),
    no_op(
        "fresh288-08",
        "fix the audio delay of 100 ms in this converted video: if I play it and add 100 ms of "
        "audio delay it syncs",
        "no op: the sound delayed 100 ms against the picture; no operation shifts the audio",
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh288-09",
        "do not encode this mkv, only convert it to mp4",
        [step("convert", format="mp4")],
        probe=Probe(duration=6420.0, fps=23.976),
        note="the same streams in an mp4",
    ),
    do(
        "fresh288-10",
        "encode this film keeping the black side bars of the original film, since at the end "
        "of the encoding, watching the film on TV, the black bars do not appear and the images "
        "look stretched",
        [step("reencode")],
        [step("codec", codec="h264")],
        [step("convert", format="mp4")],
        probe=Probe(duration=6000.0, width=720, height=576, fps=25.0),
        note="encoded with the picture as it is: no crop, no resize",
    ),
    ask(
        "fresh288-11",
        "add a pre-step to this music video before I build the disc, 4:3 or lower the bitrate: "
        "on real PS2 hardware the audio playing is sometimes out of sync with the video (I'm "
        "thinking maybe the video is too high in bitrate)",
        "which pre-step (made 4:3, or a lower bitrate, and how low)",
        ("which", "4:3", "bitrate", "how low", "how much"),
        probe=Probe(duration=210.0),
    ),
    ask(
        "fresh288-12",
        "clip this anime episode and keep only the part that has been clipped, for an edit",
        "which part to keep (its start and end)",
        (*WHICH_PART, "which part", "range"),
        probe=_EPISODE,
    ),
    out_of_scope(
        "fresh288-13",
        "speed up the timing of the subtitle output by 20% to be compatible with this original "
        "video: I slowed the sound down by 20% for the automatic subtitle generator",
        "the timings of a subtitle file, not an edit of the video",
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh288-14",
        "adjust the subtitle framerate to this video in the player: ex 23.976 / 25 fps",
        "how a player times its subtitles, not an edit of the file",
        probe=Probe(duration=5400.0, fps=23.976),
    ),
    no_op(
        "fresh288-15",
        "burn the ASS/SSA subtitles of this mkv into the video while encoding it: the final "
        "video only has the subtitles passed through, not burned in",
        "no op: burning the file's own (ASS) subtitle track into the picture; subtitles burns a "
        "separate subtitle file",
        probe=_EPISODE,
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
