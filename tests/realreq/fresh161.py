"""A hundred-and-sixty-first fresh, held-out collection of real requests
(tests/realreq/fresh161.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh157's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues of people
with recorded footage (researchers' lab and experiment videos, a neuroscience dataset explorer, a
lab microscope, a forced-swim-test scorer, PsychoPy, a council-meeting platform, archivists'
digitized tapes, a museum's media player, a public-media archive, a museum's gallery app, a
government research team, the CD Foundation, a conference-video app, a colony scanner, a
human-rights documentation app and an archive's media microservices) and one from a forum thread
(Chief Delphi). Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE asks no operation does. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh161.md")

#: The 1920x1080 recording scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh161-01",
        "convert the mkv to mp4 or a more compressed format: mkvs are very slow/don't work on "
        "Google's API",
        [
            anywhere(step("convert", format=AnyOf("mp4", "webm"))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec")),
            maybe(step("compress")),
        ],
        note="an mp4 (or webm) of the mkv; a smaller quality may come with it",
    ),
    no_op(
        "fresh161-02",
        "convert the recorded h264 video to avi, to be able to read it into ImageJ/Fiji: right "
        "now we have to convert it to mp4, then to avi, which is a bit idiotic",
        "no op",
        note="no op: an .avi file; convert writes no AVI (mp4, mov, mkv, ts, webm … only)",
    ),
    do(
        "fresh161-03",
        "convert the MTS file to MP4: in my movie class we have MTS files instead of MP4 files "
        "for backups, and I hate using stuff like free convert because it's slow and has "
        "limitations",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        note="an mp4 of the MTS file",
    ),
    do(
        "fresh161-04",
        "burn the captions from the saved .srt file into my local recording: I teach English and "
        "it would be good to have the captions on the actual video (rather than optionally "
        "selected by the viewer)",
        [step("subtitles", file=AnyOf("captions.srt", None))],
        assets=["captions.srt"],
        note="the .srt burned into the picture",
    ),
    do(
        "fresh161-05",
        "raise the council meeting recording's audio volume: it is noticeably lower compared to "
        "the same meeting on YouTube",
        [LOUDER],
        probe=Probe(duration=600.0),
        note="louder, all of it (a level, decibels or a loudness target)",
    ),
    do(
        "fresh161-06",
        "compress the almost 50-minute recording of my Fallout project before uploading: my slow "
        "network couldn't handle the upload properly, it kept failing with errors",
        [
            anywhere(step("quality", level="small")),
            maybe(_DOWN),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("fps", fps=Below(30))),
        ],
        [
            anywhere(step("compress")),
            maybe(_DOWN),
            maybe(step("quality")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        [
            anywhere(step("codec", codec="hevc")),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(_DOWN),
        ],
        [
            anywhere(_DOWN),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=2940.0),
        note="a smaller file of the 49-minute 1080p recording: a smaller quality, any size "
        "limit, H.265 or a smaller resolution",
    ),
    do(
        "fresh161-07",
        "downsample the FST video to 15 fps, as stated in the original paper: it is recorded in "
        "60 fps (I am trying to quantify FST videos for my PhD project)",
        [step("fps", fps=15)],
        probe=Probe(duration=360.0, fps=60.0),
        note="15 frames a second from 60, same length",
    ),
    do(
        "fresh161-08",
        "increase the speed of the movie of preprocessed data: it would be great if the fps rate "
        "could be increased",
        [step("speed", factor=Above(1), **WHOLE)],
        probe=Probe(has_audio=False),
        note="faster, any amount above 1x, all of it",
    ),
    do(
        "fresh161-09",
        "make the 2-minute video clip play in Pavlovia: it works pretty well offline, but once I "
        "load it in Pavlovia, the movie does not start, showing only the first image for the "
        "whole duration, without audio",
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        [
            anywhere(step("reencode")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=120.0),
        note="an H.264 mp4 the browser plays (or a plain re-encode)",
    ),
    do(
        "fresh161-10",
        "compress our team's Chairman's Video to less than 5 MB, as this year's requirements say",
        [
            anywhere(step("compress", max_mb=Between(1, 5))),
            maybe(step("quality")),
            maybe(step("resize")),
            maybe(step("codec")),
        ],
        probe=Probe(duration=180.0),
        note="under 5 MB, the up to 3-minute video",
    ),
    no_op(
        "fresh161-11",
        "fix the combing (interlacing + field shift) in the digitized video",
        "no op",
        probe=Probe(width=720, height=480, fps=29.97),
        note="no op: deinterlacing; no operation deinterlaces",
    ),
    no_op(
        "fresh161-12",
        "add time code to the synchronised bee video on the top right corner: this is for "
        "measurement of sync latency (we video the playback and slow the video)",
        "no op",
        note="no op: a running timecode burned in; text draws fixed words",
    ),
    ask(
        "fresh161-13",
        "create a highlight reel of key interview quotes from the AR interview, to distribute "
        "research findings more across stakeholders, anonymized to protect research participant "
        "privacy",
        "which quotes (the parts to keep)",
        (*WHICH_PART, "quotes", "which quotes", "parts", "clips", "moments", "keep"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh161-14",
        "make the segment on bilingual education in the En Camino program viewable online as a "
        "clip, for an essay in the Latino Empowerment exhibit: the entire program would remain "
        "available only on premises because of red-lit programming in another segment",
        "which part (where the segment starts and ends)",
        (*WHICH_PART, "segment", "part", "timestamps"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh161-15",
        "make a new screen capture from Alex's video interview, before or after they start talking",
        "which moment (a time before or after the talking)",
        ("which moment", "moment", "which frame", "frame", "when", "time", "which", "second"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh161-16",
        "make Michael Galloway's clip on the Best Practices working group, part of the 'State of "
        "the Union' talk, available as a standalone clip we can embed in the landing page, docs, "
        "etc.",
        "which part (where his clip starts and ends in the talk)",
        (*WHICH_PART, "clip", "part", "segment", "timestamps"),
        probe=Probe(duration=1800.0),
    ),
    out_of_scope(
        "fresh161-17",
        'add a "Save a copy..." for downloaded sessions, maybe in the share menu: sometimes I\'d '
        "like to trim down a clip to send to someone",
        "a feature of a conference-video app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh161-18",
        "put the images of the plates together to make GIFs showing a timelapse of growth",
        "a colony scanner's plate images made into timelapse GIFs, not an edit of a given video",
    ),
    out_of_scope(
        "fresh161-19",
        "add a secure face-blurring tool for both photos and videos to the Tella app: at-risk "
        "activists documenting protests under hostile regimes request it",
        "an editing feature of a documentation app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh161-20",
        "upload the mp3 to Pop Up Archive for transcription: based on interviews, it would be "
        "useful to have this process automated",
        "uploading to a transcription service, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
