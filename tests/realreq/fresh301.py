"""A three-hundred-and-first fresh, held-out collection of real requests
(tests/realreq/fresh301.md): one checkable case a row, encoded the way fresh297.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh297's, the
rows are short, typical asks; all 19 come from GitHub issues (language learners and note-takers:
an Obsidian image plugin, a Mastodon client, AnkiDroid, two Logseq plugin threads, an Obsidian
plugin's readme, HandBrake, asbplayer, mpvacious, movies2anki, mpv-webm, Memento, Subtitle Edit, a
flight recorder and a Chinese learning app): a phone video made to take less space, a video
compressed before sending, a webm made under 100Mb for a card, an avi made to play on a phone, an
MKV and a wmv made to play in Logseq, a readme mov made a gif, Chinese subtitles burned in, quiet
mined audio raised, loud mined sound lowered, a snippet normalized, a video split by its
subtitles, a GIF of a portion with no times, a word isolated with no times, subtitles burned with
no file, a player's Anki export, an app's playback regression, a simulator's saved flight and an
Anki card made from a clip.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh301.md")

_MP4 = step("convert", format="mp4")
_WEBM = step("convert", format="webm")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_SMALLER_GIF = (
    step("resize", lines=Below(1080))
    | step("resize", width=Below(1440))
    | step("resize", percent=Below(100))
    | step("fps", fps=Below(30))
)
_UNDER_100 = step("compress", max_mb=Between(10, 100))
_QUIETER = (
    step("volume", percent=Below(100), **WHOLE)
    | step("volume", db=Below(0), **WHOLE)
    | step("normalize")
)


def _smaller(max_mb: float) -> tuple[list, ...]:
    """A smaller file: a small quality, a size limit under `max_mb`, or a smaller picture."""
    return (
        [_SMALL, maybe(_SMALLER_1080)],
        [_SMALLER_1080, maybe(_SMALL)],
        [step("compress", max_mb=Between(1, max_mb)), maybe(_SMALLER_1080)],
        [_SMALLER_1080, step("compress", max_mb=Between(1, max_mb))],
    )


CASES: tuple[Case, ...] = (
    do(
        "fresh301-01",
        "make this video I inserted from my mobile take up less space, like your plugin does "
        "with reference images (using ffmpeg for example)",
        *_smaller(100),
        probe=Probe(duration=30.0, width=1080, height=1920),
        note="a smaller file of a phone video (about 65 MB for 30 seconds)",
    ),
    do(
        "fresh301-02",
        "compress this video before sending it",
        *_smaller(100),
        probe=Probe(duration=60.0, width=1080, height=1920),
        note="a smaller file of a phone video (about 130 MB a minute)",
    ),
    do(
        "fresh301-03",
        "make this webm file, larger than 100Mb, show in my AnkiDroid card: 100Mb seems to be "
        "the magic number here; the smaller files work ok (even with longer duration), but the "
        "larger ones don't",
        [maybe(_SMALLER_1080), _UNDER_100, maybe(_WEBM)],
        [_UNDER_100, maybe(_SMALLER_1080), maybe(_WEBM)],
        [maybe(_SMALLER_1080), _WEBM, _UNDER_100],
        probe=Probe(duration=1800.0, width=1280, height=720),
        note="under 100 MB; it may stay a webm",
    ),
    do(
        "fresh301-04",
        "make this avi video in my card play on my smartphone (Ankidroid 2.4, android 4.3): the "
        "desktop version plays videos but the mobile version doesn't; avi formats fail and mkv "
        "only plays audio without video",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=8.0, width=640, height=360),
        note="an H.264 MP4 the phone plays",
    ),
    do(
        "fresh301-05",
        'make this MKV video play in Logseq: right now it shows as "No media"',
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        [_WEBM],
        probe=Probe(duration=600.0),
        note="an MP4 (or a webm) the Electron app plays",
    ),
    do(
        "fresh301-06",
        "make this local wmv video play in Logseq with the media-ts plugin: it does not support "
        "the local wmv file format",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        [_WEBM],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="an MP4 (or a webm) the Electron app plays",
    ),
    do(
        "fresh301-07",
        "use a gif instead of this mov in the readme page: though the example is quite long, mov "
        "has better scrolling but gif is better working on mobile",
        [maybe(_SMALLER_GIF), GIF],
        probe=Probe(duration=40.0, width=1440, height=900),
        note="a GIF of the whole demo; smaller or slower frames may come before it",
    ),
    do(
        "fresh301-08",
        "import this Chinese subtitle SRT file and burn the subtitle into this English .MP4 video",
        [step("subtitles", file=AnyOf("chinese.srt", None))],
        assets=["chinese.srt"],
        probe=Probe(duration=600.0),
        note="the Chinese SRT burned into the picture",
    ),
    do(
        "fresh301-09",
        "raise the volume of this mined audio: it is really quiet, I've had to use Audacity and "
        "go one by one to raise the volume",
        [LOUDER],
        probe=Probe(duration=4.0, width=1280, height=720),
        note="louder, by any amount, or normalized",
    ),
    do(
        "fresh301-10",
        "lower the volume of this mined sound: it's way too high, so I need to edit it later; "
        "lowering the player volume and an extension to control tab volume both failed",
        [_QUIETER],
        probe=Probe(duration=4.0, width=1280, height=720),
        note="quieter, by any amount, or normalized",
    ),
    do(
        "fresh301-11",
        "sound-normalize this audio snippet, so that if I create cards for a quiet show and a "
        "loud show, the volume will be roughly the same",
        [step("normalize")],
        probe=Probe(duration=5.0, width=1280, height=720),
        note="normalized to a loudness target",
    ),
    no_op(
        "fresh301-12",
        "split this small video into video and audio pieces using its subtitles, to use in "
        "ordinary cards, so I don't need to split a big TV series episode at the time (which "
        "also wouldn't work on my smartphone)",
        "no op: several files (one per subtitle line) from one",
        probe=Probe(duration=120.0, width=1280, height=720),
    ),
    ask(
        "fresh301-13",
        "make a GIF from a portion of this MKV, which has SRT subtitles, with the subtitles "
        "burned in: they should show up in the GIF",
        "which portion (no times are given)",
        (*WHICH_PART, "portion", "second", "minute"),
        probe=Probe(duration=1440.0),
    ),
    ask(
        "fresh301-14",
        'isolate "あれです" in this clip from the rest of the sounds that the original caption '
        "left in: I don't want that part of sound in the flashcard",
        'where "あれです" is said (no times are given)',
        (*WHICH_PART, "second", "timestamp"),
        probe=Probe(duration=4.0, width=1280, height=720),
    ),
    ask(
        "fresh301-15",
        "export this video with burned in subtitle: I am facing difficulty, please help",
        "which subtitles (no subtitle file is given)",
        ("subtitle file", "srt", "which subtitle", ".ass", "vtt"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh301-16",
        "take a video clip of this with length based on the subtitle's timings and add it to my "
        "anki note instead of a screenshot, like subs2srs",
        "a player's Anki export (a clip per subtitle line sent to a note), not an edit of a given "
        "file; no line or times are named",
        probe=Probe(duration=1440.0),
    ),
    out_of_scope(
        "fresh301-17",
        "make this video clip on my card (taken from subs2srs) play in AnkiDroid again: version "
        "2.16.5 plays it without any issue, but from 2.16.5 above the play button does no action",
        "an app's playback regression; the same file plays in 2.16.5",
        probe=Probe(duration=4.0, width=640, height=360),
    ),
    out_of_scope(
        "fresh301-18",
        "make this saved flight an MP4, MOV, etc.",
        "a saved flight is a replay for the simulator, not a video: it has to be screen-recorded "
        "while it plays",
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh301-19",
        "turn the audio segment and subtitles of this English video, where I can't understand "
        "it, into an anki card, like the anki plugin that turns audio segments in the mpv player "
        "into anki memory cards",
        "making an Anki card (a note with sound and text) in a learning app, not an edit of the "
        "given file; the part is not named either",
        probe=Probe(duration=900.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
