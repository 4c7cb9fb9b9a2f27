"""A two-hundred-and-nineteenth fresh, held-out collection of real requests
(tests/realreq/fresh219.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh217's, the
rows are short, typical asks, like the development set's; 17 come from web pages, personal blogs
and sites in Chinese, Korean, Japanese and English (a Taiwanese student's teacher, a Korean video
maker, a Korean saxophonist's mother's radio, a Korean family's trip, a Japanese aunt's column on
her nephew's wedding, a yoga studio, a three-family summer trip, a microphone tinkerer, two
iPhone owners, an interview tape recorded at 3x speed, a teacher in Korea, a rocket launch, a
lightning storm, a train at a crossing and a railfan) and a music app's forum thread; 4 from
GitHub issues in Chinese (two live-stream recorders, a screen recorder and a browser script for
Bilibili). Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    MP3,
    MP3_SAVED,
    WHOLE,
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
TABLE = Path(__file__).with_name("fresh219.md")

#: The danmaku of the stream recording, made an ASS subtitle file (fresh219-04).
_DANMAKU = "danmaku.ass"

#: Wetdog's song for the train video (fresh219-19).
_SONG = "train-track.mp3"

#: The 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: What may come with a file made smaller or playable elsewhere: H.264 (or HEVC), an mp4.
_CODEC = maybe(step("codec", codec=AnyOf("h264", "hevc")))
_MP4 = maybe(step("convert", format="mp4"))

CASES: tuple[Case, ...] = (
    do(
        "fresh219-01",
        "make my screen recording 60 frames per second all the way through, for editing: "
        "mediainfo shows only 40-some frames per second (it seems to be variable frame rate), "
        "recorded full screen on a 4K 60 Hz display",
        [step("fps", fps=60)],
        probe=Probe(duration=300.0, width=3840, height=2160, fps=43.0),
        note="a steady 60 frames per second",
    ),
    ask(
        "fresh219-02",
        "add subtitles to the 4-minute lecture video: it has only the talk and no subtitles, and "
        "my teacher fears nobody will understand what the old gentleman in the video is doing",
        "the subtitles (their words and times, or a subtitle file)",
        (
            "subtitle",
            "subtitles",
            "srt",
            "file",
            "words",
            "text",
            "transcript",
            "what",
            "which",
            "when",
        ),
        probe=Probe(duration=240.0),
    ),
    do(
        "fresh219-03",
        "repackage the Bilibili live recording from flv into mp4: the flv's timecodes are broken "
        "and flv can't be imported into most video software, so mp4 makes the later work easier",
        [anywhere(step("convert", format="mp4")), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=7200.0),
        note="the recording made an mp4",
    ),
    do(
        "fresh219-04",
        "burn the danmaku, turned into ASS subtitles, into the stream recording: without the "
        "danmaku a lot of the fun is lost, you don't even know which comments are being answered",
        [step("subtitles", file=_DANMAKU)],
        assets=[_DANMAKU],
        probe=Probe(duration=7200.0),
        note="the danmaku's ASS file burnt into the picture",
    ),
    out_of_scope(
        "fresh219-05",
        "make the sound louder than 100% when I watch videos on Bilibili: some videos on "
        "Bilibili are too quiet",
        "a volume boost in a website's video player (a browser script's feature), not an edit of "
        "a given file",
    ),
    do(
        "fresh219-06",
        "reduce the file size of the AVI I exported, which came out at a hopeless 17GB, keeping "
        "its size and quality as far as possible: it's for uploading to YouTube in 1080 HD",
        [anywhere(step("quality", level=AnyOf("high", "balanced"))), _CODEC, _MP4],
        [anywhere(step("compress")), _CODEC, _MP4],
        [anywhere(step("codec", codec=AnyOf("h264", "hevc"))), _MP4],
        [anywhere(step("convert", format="mp4")), _CODEC],
        probe=Probe(duration=600.0),
        note="a smaller file at the same 1920x1080 (no smaller picture)",
    ),
    do(
        "fresh219-07",
        "turn the hymns I played on the saxophone and recorded on my smartphone from mp4 into "
        "mp3, for the radio I bought my mother, which takes a USB stick: with the mp4 files it "
        "stays dead",
        [MP3],
        MP3_SAVED,
        probe=Probe(duration=300.0),
        note="the sound alone, as an mp3",
    ),
    out_of_scope(
        "fresh219-08",
        "make the travel video for the elders on my father's side, who couldn't come on the trip "
        "and asked for it, from the photos gathered in our four adults' group chat, with "
        "NewJeans' Ditto, AJR's World's Smallest Violin and MAX's Blueberry Eyes",
        "making a video from photos (a slideshow set to songs), not an edit of a given video",
    ),
    ask(
        "fresh219-09",
        "shorten the three hours or so of video of my nephew's wedding at Kasuga Taisha in Nara "
        "to 30 minutes, with music in the background and a title, to put on a DVD for my sister "
        "and her husband",
        "which 30 minutes to keep (the parts' times), and the music and the title's words",
        (*WHICH_PART, "which parts", "parts", "keep", "music", "song", "title", "what"),
        probe=Probe(duration=10800.0),
    ),
    ask(
        "fresh219-10",
        "put this footage together into about 8 to 9 minutes for our YouTube: it swelled to 25 "
        "minutes",
        "which parts to keep (their times), 8 to 9 minutes of the 25",
        (*WHICH_PART, "which parts", "parts", "keep", "cut"),
        probe=Probe(duration=1500.0),
    ),
    ask(
        "fresh219-11",
        "cut the extra scenes out of the hour or so of video from our three-family summer trip, "
        "for a screening: we took turns filming and walked on still recording without noticing, "
        "and there is camera shake; and put in BGM",
        "which scenes to cut (their times), and which music",
        (*WHICH_PART, "which scenes", "scenes", "music", "song", "bgm"),
        probe=Probe(duration=3600.0),
    ),
    do(
        "fresh219-12",
        'reduce the "zaa" noise in the video I recorded on my smartphone with a USB microphone '
        "in Open Camera: maybe the noise isn't from the wind after all",
        [step("audio_denoise")],
        note="the steady noise taken out of the sound",
    ),
    do(
        "fresh219-13",
        "convert the video I shot on my iPhone 5s from mov to mp4: the WordPress FLV Embed "
        "plugin needs mp4 to embed it",
        [anywhere(step("convert", format="mp4")), maybe(step("codec", codec="h264"))],
        note="the iPhone's mov made an mp4",
    ),
    no_op(
        "fresh219-14",
        "convert the video I took on my iPhone to MPEG2 as I always do, so it plays both on the "
        "TV and on the photo frame: this time TMPGEnc gave only sound and no picture, as the "
        "iPhone now records in H.265",
        "no op",
        probe=Probe(duration=52.288, width=1280, height=720),
        note="no op: an MPEG-2 (.mpg) file; promptcut writes none",
    ),
    no_op(
        "fresh219-15",
        "slow down the MP3 of the precious interview tape I was lent so it can be heard: it was "
        "recorded in a radio cassette's 3x speed mode, and played normally it chatters and can't "
        "be made out at all, faster than double speed",
        "no op",
        probe=Probe(duration=1800.0),
        note="no op: a third of the speed with the pitch lowered with it (a tape slowed down); "
        "speed keeps the pitch",
    ),
    do(
        "fresh219-16",
        "squeeze the patchwork video I shared at JeonJu University, a 110MB wmv, under "
        "SkyDrive's 50MB upload limit, so Rubajan can have it",
        [
            anywhere(step("compress", max_mb=Between(10, 50))),
            maybe(_DOWN),
            maybe(step("codec", codec="h264")),
            _MP4,
        ],
        probe=Probe(duration=600.0),
        note="under 50 MB (10 to 50 MB)",
    ),
    no_op(
        "fresh219-17",
        "zoom in on the rocket in my iPhone video of the launch and give me a video of that: I "
        "had the iPhone set as wide as possible to catch it, so the rocket is just a dot, rising "
        "from over the telephone pole toward the sun",
        "needs analysis",
        probe=Probe(duration=180.0),
        note="needs analysis: a crop that follows the rising rocket needs tracking; crop_area "
        "keeps one place, and none is given",
    ),
    do(
        "fresh219-18",
        "un-mirror my video introducing Tyler: the image is mirrored, a side-effect of capturing "
        "it with the iPhone as a webcam (my wedding ring is on my right hand, and the guitar and "
        "mandolin on the wall look strung backwards)",
        [step("flip", direction="horizontal")],
        note="the mirror image flipped left to right",
    ),
    no_op(
        "fresh219-19",
        "find the frames in which the lightning bolts appear in my 15 minutes of continuous "
        "video of the lightning storm at Pirates' Beach, and capture each as a still photo",
        "needs analysis",
        probe=Probe(duration=900.0),
        note="needs analysis: the flashes found in the picture; still() saves one given frame",
    ),
    do(
        "fresh219-20",
        "add the song 'train-track' by the punk band Wetdog to my video of a train going by at "
        "the crossing: I think it is pretty cool when the music runs out but the video doesn't",
        [step("replace_audio", file=_SONG, loop=False)],
        [step("add_music", file=_SONG, loop=False, **WHOLE)],
        assets=[_SONG],
        note="the song on the video, not looped, so it ends before the video does",
    ),
    ask(
        "fresh219-21",
        "kill the sound on the first two segments of my rock train video, the scenes shot from "
        "the chase vehicle and the panorama of my chosen spot, and keep it from when the train "
        "arrives: the wind was overpowering and annoying",
        "where the second segment ends (the time the train arrives)",
        (*WHICH_PART, "segment", "segments", "train arrives", "seconds"),
        probe=Probe(duration=180.0),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
