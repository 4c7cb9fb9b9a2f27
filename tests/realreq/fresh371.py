"""A three-hundred-and-seventy-first fresh, held-out collection of real requests
(tests/realreq/fresh371.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh369's, the
rows are short, typical asks; all 15 come from GitHub issues and pull requests of home media
server users (Jellyfin, Plex, DreamPlex, ytdl-sub, CloudStream, PlexConnect, PlexKodiConnect,
Snacks, FastFlix, IINA, Stremio, Plezy and RasPlex): a quiet TV episode made louder, a movie's
volume boosted past 100%, a movie raised from 25 to 45, a webm made an mp4 for Plex, a 720p
episode shrunk to 300-400 MB, AAC 5.1 or any sound made AC3 for an Apple TV or a Sonos Playbar,
only the first audio track kept, a target size with no size, an mkv trimmed with no times, and
player settings (burned subtitles, AC3 transcoding, black bar zoom, frame rate doubling, an
error message).
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh371.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_720 = step("resize", lines=Below(720)) | step("resize", percent=Below(100))

CASES: tuple[Case, ...] = (
    do(
        "fresh371-01",
        "make the audio of this TV episode louder: it is too low even when both my laptop and "
        "Jellyfin have their volume at 100%",
        [LOUDER],
        probe=Probe(duration=2640.0),
        note="louder, by any amount, all of it",
    ),
    do(
        "fresh371-02",
        "boost the overall volume of this movie past 100%, like VLC has: vocals are very low, and "
        "turning the TV volume up works but then the music or sound effects are blasting",
        [LOUDER],
        probe=Probe(duration=6600.0),
        note="louder, by any amount, all of it",
    ),
    do(
        "fresh371-03",
        "make the sound of this movie louder: I normally run the volume on 25 but need to raise it "
        "to 45 when watching it with Plex",
        [step("volume", percent=Between(140, 250), **WHOLE)],
        [step("volume", db=Between(2, 9), **WHOLE)],
        [step("normalize")],
        probe=Probe(duration=6600.0),
        note="about 1.8 times as loud (45 against 25), or normalized",
    ),
    do(
        "fresh371-04",
        "convert this webm video to mp4 for my Plex TV show library: Plex and webm do not play "
        "well together",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=900.0),
        note="the webm made an mp4",
    ),
    do(
        "fresh371-05",
        "reduce the size of this 720p episode: it is between 500mb and 600mb, while on other "
        "sites the same 720p videos are 300mb to 400mb",
        [step("compress", max_mb=Between(300, 400)), maybe(_SMALLER_720)],
        [_SMALL, maybe(_SMALLER_720)],
        probe=Probe(duration=2700.0, width=1280, height=720, fps=24.0),
        note="a 550 MB episode made 300 to 400 MB (or a smaller quality)",
    ),
    no_op(
        "fresh371-06",
        "transcode the AAC 5.1 audio of this movie to AC3 without transcoding the video: the "
        "Apple TV does not support AAC 5.1, but does support AC3",
        "no op: the sound re-encoded as AC3 5.1, the picture copied; no operation chooses the "
        "audio codec",
        probe=Probe(duration=7200.0, fps=24.0),
    ),
    no_op(
        "fresh371-07",
        "convert the audio track of this movie to Dolby Digital: it is the only codec my Sonos "
        "Playbar will understand and my TV will passthrough and play correctly",
        "no op: the sound re-encoded as AC3 (Dolby Digital); no operation chooses the audio codec",
        probe=Probe(duration=7200.0, fps=24.0),
    ),
    no_op(
        "fresh371-08",
        "keep only the first audio track of this movie, which has no English track: it allows "
        "significant file size reduction by removing unnecessary audio",
        "no op: the other audio tracks dropped; no operation picks audio tracks",
        probe=Probe(duration=7200.0, fps=24.0),
    ),
    ask(
        "fresh371-09",
        "encode this video to a target file size",
        "what size (none is given)",
        ("what size", "how big", "how small", "which size", "MB", "megabytes", "target"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh371-10",
        "trim this mkv clip",
        "which part to keep, or from when to when (no times are given)",
        WHICH_PART,
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh371-11",
        'add "Burn subtitles" to the Jellyfin Android app: lots of ass subtitles don\'t work '
        "without burn subtitles",
        "a player (client) setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh371-12",
        "add an AC3 transcoding feature to Stremio, which will really help users on Android TV "
        "play 5.1 audio: old movies are mostly DTS, and budget home theatres only support Dolby",
        "a player's audio setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh371-13",
        "implement a view mode in the player that detects the hardcoded black bars and zooms in "
        "just enough, for my 21:9 monitor, like Kodi can",
        "a player's view mode, not an edit of a video file",
    ),
    out_of_scope(
        "fresh371-14",
        "make Jellyfin on my Fire TV double the frame rate of interlaced content, like Plex and "
        "other players do, as I want to use it for watching TV",
        "a player's deinterlacing, not an edit of a video file",
    ),
    out_of_scope(
        "fresh371-15",
        "make RasPlex visibly fail with a message when content has no compatible audio track, "
        "instead of never loading: my oldish TV only supports 2-channel and AC3",
        "a player's error message, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
