"""A two-hundred-and-eighty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh289.md): one checkable case a row, encoded the way fresh285.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh285's, the
rows are short, typical asks; all 17 come from GitHub issues (a design studio's task board, a
distribution's art team, a church presentation app, a web player and a muxer, a video cutter,
a video model, Wikimedia's uploader, a course, a lip-sync model, a meetup's docs, a CLI's demo,
a security team's presentation, a school site, an IDE's README, a media player and a website
theme): two seconds cut, a recording made an audio podcast, two .mov files made mp4, a minute
kept from 1:00 to 4:00, 3:25 to 5:27 kept, a generated clip muted, an 18 GB video made small
enough for Commons, a presenter kept still, a sync offset, talks split, pauses in a demo GIF,
music with no file, frames and music with none, a GIF shortened to an unnamed part, a player's
audio delay and a theme's loop.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh289.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")

CASES: tuple[Case, ...] = (
    do(
        "fresh289-01",
        "delete 1:59 to 2:01 of this End of Year film, so that it reads: DEFFEND TRUMP in "
        "front of a very unlikely audience",
        [step("cut", start=119, end=121)],
        [step("cut_ranges", ranges=[[119, 121]])],
        probe=Probe(duration=180.0),
        note="the two seconds from 1:59 to 2:01 taken out",
    ),
    do(
        "fresh289-02",
        "turn this flashback recording into an audio podcast: forced to show its video it can "
        "be done but not at its best (the quality is 720p but feels like 480p, and the "
        "background noise is from the surroundings and the devices)",
        [SOUND_ALONE],
        probe=Probe(duration=2400.0, width=1280, height=720),
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh289-03",
        "convert this .mov video to mp4: .mov video files won't play, mp4 files have no issues "
        "playing",
        [_MP4, maybe(_H264)],
        [_H264, maybe(_MP4)],
        probe=Probe(duration=120.0),
        note="an mp4 (or the mov in a codec the app plays)",
    ),
    do(
        "fresh289-04",
        "convert this Quicktime (MOV) video to MP4 so that it plays back in the Chrome browser: "
        "FFMPEG takes for ever to convert MOV to MP4",
        [_MP4, maybe(_H264)],
        [_H264, _MP4],
        probe=Probe(duration=300.0),
        note="an MP4 the browser plays",
    ),
    do(
        "fresh289-05",
        "trim this video: it is 5:00, I want to start at 1:00 and end at 4:00, so the video is "
        "only 3 minutes long",
        [step("trim", start=60, end=240)],
        [step("keep_ranges", ranges=[[60, 240]])],
        probe=Probe(duration=300.0),
        note="1:00 to 4:00 kept, three minutes",
    ),
    do(
        "fresh289-06",
        "split out the specified time segment of this video, 3 min 25 s to 5 min 27 s: the "
        "start time is 00:03:25, the end time 00:05:27",
        [step("trim", start=205, end=327)],
        [step("keep_ranges", ranges=[[205, 327]])],
        probe=Probe(duration=900.0),
        note="3:25 to 5:27 kept",
    ),
    do(
        "fresh289-07",
        "remove the audio from this generated clip: random I2V clips will just have background "
        "music for no reason",
        [step("mute")],
        probe=Probe(duration=5.0, width=1280, height=704, fps=24.0),
        note="no sound",
    ),
    do(
        "fresh289-08",
        "make this 18 GB video (55 minutes, 3840x2160) small enough to upload to Wikimedia "
        "Commons: MP4 videos may be up to 8 GB, and Commons has a 5 GB limit",
        [
            step("compress", max_mb=Between(900, 8000)),
            maybe(step("resize", lines=Below(2160))),
            maybe(step("convert", format=AnyOf("webm", "mp4"))),
        ],
        [
            step("resize", lines=Below(2160)),
            step("compress", max_mb=Between(900, 8000)),
            maybe(step("convert", format=AnyOf("webm", "mp4"))),
        ],
        [step("resize", lines=Below(2160))],
        probe=Probe(duration=3300.0, width=3840, height=2160),
        note="under the upload limit (5 to 8 GB), or made smaller than 4K",
    ),
    no_op(
        "fresh289-09",
        "reduce body motion in this video: the presenter moves around a lot (noticeably more "
        "than in other courses), occasionally distracting",
        "no op: a presenter kept still; stabilize steadies a shaking camera, not a person who "
        "moves",
        probe=Probe(duration=240.0),
    ),
    no_op(
        "fresh289-10",
        "remove the temporal lag between the audio and the video of this clip according to "
        "the offset I got, making the video synced with the audio",
        "no op: the sound shifted against the picture; no operation does it (and the offset is "
        "not given)",
        probe=Probe(duration=10.0, fps=25.0),
    ),
    no_op(
        "fresh289-11",
        "break this full video of the lightning talks down into each talk",
        "no op: several files, one a talk, from one video (and where each talk starts is not "
        "given)",
        probe=Probe(duration=3600.0),
    ),
    no_op(
        "fresh289-12",
        "add a little delay between each input in this demo GIF: I find it too fast to have "
        "time to understand what is happening",
        "needs analysis",
        probe=Probe(duration=20.0, width=800, height=500, fps=10.0, has_audio=False),
        note="pauses where each input is typed; finding those moments needs analysing the picture",
    ),
    ask(
        "fresh289-13",
        "add music to this infected word video; could it somehow tie together with the earlier "
        "open word video, since they are a conceptual continuum in the same section of the "
        "presentation",
        "which music (no music file is given)",
        ("music", "audio file", "which", "what", "file", "track", "song"),
        probe=Probe(duration=60.0),
    ),
    ask(
        "fresh289-14",
        "modify this video interview by adding opening and closing frames and a background "
        "music that doesn't break copyright",
        "which music (and what the opening and closing frames show)",
        ("music", "audio file", "which", "what", "file", "track", "song", "frame", "image"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh289-15",
        "reduce this gif's length: we want the gif to showcase the click open, and not the edit",
        "where the click open ends and the edit starts (the part to keep)",
        ("which part", "which", "where", "when", "start", "end", "range", "time", "second"),
        probe=Probe(duration=20.0, width=800, height=500, fps=10.0, has_audio=False),
    ),
    out_of_scope(
        "fresh289-16",
        "add a function to omxplayer to delay the audio when it is not in sync with the video",
        "a player's feature (an audio delay while playing), not an edit of a file",
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh289-17",
        "have no loop on the mp4 video in the Hero section of my site",
        "how a website theme plays the video (its loop setting), not an edit of the file",
        probe=Probe(duration=20.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
