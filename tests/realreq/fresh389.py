"""A three-hundred-and-eighty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh389.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh385's, the rows
are short, typical asks; 13 come from GitHub issues and two from blog posts (media players' users
asking to save what they see: mpv, mpv-webm, mpv-cut, mpv.net, IINA, Stremio, VLC): a WMV made an
MP4 for a web player, a WMV's sound as an MP3, a webm's quiet sound brought up, a snapshot sheet of
a movie, an anime opening cut with its soft subs burnt in, embedded subtitles saved, a screenshot a
minute, a looped clip and a GIF with no part named, a rotation and an enlargement of unknown size, a
speed not given, and a player's rotation, a streamed video and a player's volume boost.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import Between, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh389.md")

_WHOLE = {"start": None, "end": None}

CASES: tuple[Case, ...] = (
    do(
        "fresh389-02",
        "convert this WMV video to MP4 so it plays in the online video player I am going to use "
        "(Flowplayer): it supports MP4, and I don't think WMV is one of its encodings",
        [step("convert", format="mp4")],
        probe=Probe(duration=600.0, width=1280, height=720),
        note="saved as an mp4",
    ),
    do(
        "fresh389-03",
        "turn this WMV video into an MP3 (or OGG) audio file for my 512 MB MP3 player, to listen "
        "to while commuting: it could be enjoyed almost just as well in pure audio format",
        [step("extract_audio", format="mp3") | step("convert", format="mp3")],
        [step("extract_audio", format="opus") | step("convert", format="ogg")],
        probe=Probe(duration=1800.0, width=640, height=360),
        note="the sound alone, as an mp3 (or ogg)",
    ),
    do(
        "fresh389-04",
        "fix the sound of this WebM clip: its audio is always much lower than the original's, "
        "maybe 50-60% lower than the original volume",
        [step("volume", percent=Between(180, 260), **_WHOLE)],
        [step("volume", db=Between(5, 9), **_WHOLE)],
        [step("normalize")],
        probe=Probe(duration=20.0),
        note="the sound brought back up: about twice to two and a half times as loud",
    ),
    do(
        "fresh389-05",
        "make a snapshot of this movie: sequential screencaps of it in one picture",
        [step("contact_sheet")],
        probe=Probe(duration=6600.0, width=1920, height=800, fps=23.976),
        note="a contact sheet, any grid",
    ),
    no_op(
        "fresh389-06",
        "cut the opening out of this anime mkv, from 6 to 130 seconds, and keep its soft subs: "
        "convert them to hard subs",
        "no op: the mkv's own subtitle track burnt in (the 6-130 s trim is doable); subtitles "
        "burns only a given subtitle file",
        probe=Probe(duration=1440.0, fps=23.976),
    ),
    no_op(
        "fresh389-07",
        "extract and save the embedded subtitles of this video",
        "no op: the subtitle track saved as a subtitle file; no operation writes subtitles out",
        probe=Probe(duration=1440.0),
    ),
    no_op(
        "fresh389-08",
        "for this 5 minute video, take a screenshot every 1 minute automatically, so that I get 5 "
        "images in a flash, to use as previews for others",
        "no op: five stills, one a minute; still saves one frame and contact_sheet one grid",
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh389-09",
        "save a clip from this video: the looped clip selection, like VLC does",
        "which part: from when to when",
        ("which part", "from when", "start", "end", "when", "timestamps", "which section"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh389-10",
        "record this video and save it as a gif file: from when I press r to when I press r again",
        "which part: from when to when (then a GIF of it)",
        ("which part", "from when", "start", "end", "when", "timestamps", "which section"),
        probe=Probe(duration=1500.0),
    ),
    ask(
        "fresh389-11",
        "rotate this video where I have rotated it in the player",
        "which way and how far (a quarter turn either way, or a half turn)",
        ("which way", "which direction", "clockwise", "degrees", "how far", "90", "180"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh389-12",
        "export this video enlarged",
        "how much, and which part of the picture (a zoom and crop) or which size (a resize)",
        ("how much", "which part", "what size", "which size", "zoom", "resolution", "percent"),
        probe=Probe(duration=300.0, width=1280, height=720),
    ),
    ask(
        "fresh389-13",
        "slow down or speed up the resulting webm, as I changed the playback speed in mpv",
        "what speed (how much faster or slower)",
        ("what speed", "which speed", "how much", "how fast", "faster or slower", "factor"),
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh389-14",
        "keep my last rotation of the video: when I press ctrl-r or r (180 degrees), keep it "
        "always after I close mpv and reopen it",
        "a player remembering its rotation setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh389-15",
        "save the video I streamed through Open URL after it's finished, so I don't have to "
        "download it again",
        "saving a streamed (online) video, not an edit of a given file",
    ),
    out_of_scope(
        "fresh389-16",
        "boost the volume in Stremio like some video players do: 200% is two times louder, so I "
        "can still watch comfortably in Stremio",
        "a player's volume setting for streams, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
