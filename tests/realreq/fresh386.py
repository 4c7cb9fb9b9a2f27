"""A three-hundred-and-eighty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh386.md): one checkable case a row, encoded the way fresh305.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh385's, the
rows are short, typical asks; all 17 come from GitHub issues of language learners' and subtitlers'
tools (Subtitle Edit, mpv-webm, playphrase, FastFlix, NVEnc, a Colab notebook, Memento, asbplayer,
WebMConverter, mpv.net, mpv, harbor and an Anki add-on): subtitles burned in from an .srt and an
.ass, a clip cut between two timepoints, 10-bit made 8-bit HEVC, PGS and embedded subtitles burned
in, a sentence clip's loudness evened out, a clip made a GIF for a flashcard, a crop, a clip, a
marked part and a subtitle line's clip with no times given, a cutter in a player, a batch, cards
from streaming media, a player's record button and a player's loudness.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Case, Probe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh386.md")

_EPISODE = Probe(duration=1440.0, width=1920, height=1080, fps=23.976)

CASES: tuple[Case, ...] = (
    do(
        "fresh386-01",
        "add the subtitles onto this video and save it as a hardsub on the video: this is my first "
        "time and I cannot generate the video with subtitles",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        probe=Probe(duration=300.0),
        note="the subtitles burned in",
    ),
    do(
        "fresh386-02",
        "encode this video with the external subtitles I loaded (and enabled) included: they are "
        "visible in the preview",
        [step("subtitles", file=AnyOf("subs.ass", None))],
        assets=["subs.ass"],
        probe=_EPISODE,
        note="the .ass subtitles burned in",
    ),
    do(
        "fresh386-03",
        "cut this video from 00:01:00.000 to 00:01:56.596, and give me the .srt of that timepoint "
        "too, not hardsub",
        [step("trim", start=60, end=116.596)],
        probe=Probe(duration=5400.0),
        note="the part from 1:00 to 1:56.596 kept (the cut .srt no operation writes)",
    ),
    do(
        "fresh386-04",
        "convert this anime episode from 10-bit to 8-bit HEVC, keeping the resolution, audio and "
        "subtitles the same: my tablet only plays 8-bit HEVC in hardware",
        [step("codec", codec="hevc")],
        probe=_EPISODE,
        note="encoded as (8-bit) HEVC",
    ),
    no_op(
        "fresh386-05",
        "burn this PGS subtitle into the video: the movie has non-english subtitles and I don't "
        "want to invoke a transcoder when I want them",
        "no op: image-based (PGS) subtitles burned in; only text subtitles are burned in",
        assets=["subs.sup"],
        probe=Probe(duration=7200.0, width=1920, height=1080),
    ),
    no_op(
        "fresh386-06",
        "convert this softsub video.mkv to a hardsub video.mp4",
        "no op: the mkv's own subtitle track burned in; no operation burns a track inside the file",
        probe=_EPISODE,
    ),
    do(
        "fresh386-07",
        "normalize the volume of this sentence clip for my Anki card: it comes from a video with "
        "off levels of volume",
        [step("normalize")],
        [step("volume")],
        probe=Probe(duration=4.0),
        note="the clip's loudness evened out",
    ),
    do(
        "fresh386-08",
        "make this short clip a GIF for my flashcard instead of a static screenshot: movement "
        "makes it more memorable",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=3.0, width=1280, height=720),
        note="the clip as an animated GIF",
    ),
    ask(
        "fresh386-09",
        "crop this video and burn in the subtitles: they should get resized to fit in the crop "
        "area instead of the crop cutting them off",
        "what to crop to (no area or aspect ratio is given)",
        ("crop", "aspect", "ratio", "area", "which part", "how much", "size"),
        assets=["subs.srt"],
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh386-10",
        "quickly make a clip of something in this video: it doesn't have to be cut frame-perfect, "
        "just cut to the key-frames and save it without encoding",
        "which part: from when to when",
        WHICH_PART,
        probe=_EPISODE,
    ),
    ask(
        "fresh386-11",
        "cut the part of this video between a beginning mark and an end mark, with the same "
        "quality as the original video",
        "where the marks are: from when to when",
        (*WHICH_PART, "mark"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh386-12",
        "make a short clip of this video for a specific subtitle line, with the subtitles "
        "burned in",
        "which line: from when to when",
        (*WHICH_PART, "line"),
        assets=["subs.srt"],
        probe=_EPISODE,
    ),
    out_of_scope(
        "fresh386-13",
        "let me cut up videos in mpv: press a key to set the beginning, then another to cut from "
        "that point until now into a separate file, just like with screenshots",
        "a cutting feature in a player, not an edit of a given file",
    ),
    out_of_scope(
        "fresh386-14",
        "hardcode subtitles into a batch of videos, linking each video to the subtitle file with "
        "the exact same file name",
        "a batch job over many files, not an edit of one video",
    ),
    out_of_scope(
        "fresh386-15",
        "export all subtitle lines from streaming media to sentence cards, like subs2srs",
        "making flashcards from a streaming site, not an edit of a video file",
    ),
    out_of_scope(
        "fresh386-16",
        "add a record button to the player that captures a video clip in the highest quality, "
        "with or without subtitles, and saves it to the device",
        "a recording feature in a player, not an edit of a given file",
    ),
    out_of_scope(
        "fresh386-17",
        "play every sound file in Anki with mpv at the same volume level",
        "a player's loudness setting in a flashcard program, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
