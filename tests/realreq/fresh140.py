"""A hundred-and-fortieth fresh, held-out collection of real requests
(tests/realreq/fresh140.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh137's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues and pull
requests of work and school: docs sites (Runme, DXOS, pies-doc, Kamal), Jitsi Meet, a project
website, Code for America's office screen, a conference's site, a plugin's README screencast, a
screen recorder, a university's lecture streaming site, W3C's accessibility showcase videos, a
BigBlueButton recording exporter, a French government service's site, an IBM code pattern, a
marine lab, a background-video library, a course platform, the Amazon Chime SDK and a MOOC. Each
case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[needs analysis]` rows refusals of DOABLE asks no operation does. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, VERTICAL, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh140.md")

#: The 3840x2160 screencast scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(2160))
    | step("resize", height=Below(2160), width=AnyOf(None, Below(3840)))
    | step("resize", width=Below(3840), height=AnyOf(None, Below(2160)))
    | step("resize", percent=Below(100))
)

#: The 16:9 band (1080x608) in the middle of the 1080x1920 frame: 656 px off the top and bottom.
_BAND_PX = Between(640, 670)
_BAND_PERCENT = Between(33, 35.5)

CASES: tuple[Case, ...] = (
    do(
        "fresh140-01",
        "slow down the GIF on the configuration page: it is a bit too fast to really appreciate "
        "the cell options (it could be achieved by reducing the framerate and re-exporting)",
        [step("speed", factor=Between(0.25, 0.9), **WHOLE), maybe(GIF)],
        note="slower, 0.25x to 0.9x, all of it (kept a GIF); a lower frame rate alone keeps the "
        "length",
    ),
    do(
        "fresh140-02",
        "flip the meeting recording I made with the Android phone screen recorder: the video is "
        "recorded in reverse and the content shown in the meeting is not readable",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh140-03",
        "encode the demo video to h264 in an mp4 container: not everyone's default browser reads "
        "webm directly",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        note="an H.264 MP4, either step or both, either order",
    ),
    do(
        "fresh140-04",
        "start the ten-minute Wings over the Golden Gate video at 0:25 and let it play until "
        "3:23: that's the best portion",
        [step("trim", start=25, end=203)],
        [step("keep_ranges", ranges=[[25, 203]])],
        probe=Probe(duration=600.0),
        note="0:25 to 3:23 kept of the 600 s video",
    ),
    do(
        "fresh140-05",
        "remove the audio from the autoplaying docs video: it was distracting when you navigate "
        "to the page, and it was only mouse click sounds, not a voiceover",
        [step("mute")],
        [step("volume", percent=Below(1), **WHOLE)],
        note="no sound",
    ),
    do(
        "fresh140-06",
        "split my Semble talk out of the keynote video: it's at 57:21 to 1:16:00",
        [step("trim", start=3441, end=4560)],
        [step("keep_ranges", ranges=[[3441, 4560]])],
        probe=Probe(duration=7200.0),
        note="57:21 to 1:16:00 kept of the two-hour keynote video",
    ),
    do(
        "fresh140-07",
        "make the screencast a much lower resolution: even on a 15\" MBP it's very difficult to "
        'follow, I recorded it on a 40" monitor',
        [_DOWN, maybe(step("quality"))],
        probe=Probe(width=3840, height=2160),
        note="the 3840x2160 screencast made smaller, any amount, its shape kept",
    ),
    do(
        "fresh140-08",
        "embed the SRT subtitles I generated with whisper.cpp into the introduction video",
        [step("subtitles", file=AnyOf("subtitles.srt", None))],
        assets=["subtitles.srt"],
        note="the .srt put in the video (burned in)",
    ),
    do(
        "fresh140-09",
        "I recorded a video in landscape, but the video is in portrait mode, the picture a band "
        "in the middle of the tall frame: crop it to the landscape video",
        [step("crop", aspect="16:9")],
        [step("crop_area", width=1080, height=Between(600, 612))],
        [step("crop_edges", top=_BAND_PX, bottom=_BAND_PX, unit="px")],
        [step("crop_edges", top=_BAND_PERCENT, bottom=_BAND_PERCENT, unit="%")],
        probe=VERTICAL,
        note="the 16:9 band (1080x608) in the middle of the 1080x1920 frame kept",
    ),
    do(
        "fresh140-10",
        "compress the mov to mp4 with lower fps",
        [
            anywhere(step("convert", format="mp4")),
            anywhere(step("fps", fps=Between(10, 50))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec="h264")),
            maybe(step("compress")),
        ],
        probe=Probe(fps=60.0),
        note="an MP4 at a lower frame rate (10 to 50 of the 60 fps), either order (a smaller-file "
        "setting or H.264 may come with it)",
    ),
    no_op(
        "fresh140-11",
        "remove the breathing noises from the recorded lecture's audio: I'm always frustrated "
        "when I watch a lecture and the sound quality is poor",
        "needs analysis",
        note="finding the breaths in the speech; audio_denoise takes out steady noise (hiss, hum), "
        "not breathing",
    ),
    no_op(
        "fresh140-12",
        'bring the voices of the man searching by voice and the man trying to "Submit" more into '
        "the foreground, and put the video description and the narration on the same audio "
        "level: right now the video description sounds louder than the narration",
        "needs analysis",
        note="the voices, the description and the narration are one mixed sound track: raising "
        "some of them needs them separated",
    ),
    ask(
        "fresh140-13",
        "remove the right white panel from the recording, when no webcams were recorded",
        "how wide the panel is (how much to crop off the right)",
        (
            "how wide",
            "width",
            "wide",
            "pixels",
            "how much",
            "how many",
            "which",
            "where",
            "area",
            "size",
        ),
    ),
    ask(
        "fresh140-14",
        "truncate the very end of the 5-minute video for admins (I love the end of the video, "
        "though)",
        "how much of the end (where it should stop)",
        (*WHICH_PART, "how much", "how many", "seconds"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh140-15",
        'the "Watch the Video" video is way too long (over an hour): cut it to 5-15 minutes, just '
        "focused on telling the user what he will see in the journey",
        "which parts to keep (what goes in the 5-15 minutes)",
        (*WHICH_PART, "which parts", "parts", "sections", "keep", "what"),
        probe=Probe(duration=3900.0),
    ),
    ask(
        "fresh140-16",
        "take the zoom recording (~4 hours) and split it up into individual talks, based on the "
        "program",
        "where each talk starts and ends (the program's times)",
        (*WHICH_PART, "program", "schedule", "timestamps", "times", "talk"),
        probe=Probe(duration=14400.0),
    ),
    out_of_scope(
        "fresh140-17",
        "remove the black screen that flashes for a second when the background video loops, "
        "before it really starts replaying (I use doLoop: true)",
        "a web player's looping (BigVideo.js reloading the video), not an edit of a file",
    ),
    out_of_scope(
        "fresh140-18",
        "let me select or upload a jpeg to be the front of the video in the course, like in "
        "YouTube and Thinkific: I used to make a jpeg of the title slide in the powerpoint, and a "
        "still from my multipaned webinar does not look nearly as nice",
        "a course platform's thumbnail setting, not an edit of a file",
    ),
    out_of_scope(
        "fresh140-19",
        "turn off the horizontal video flip for my live streaming: when I'm whiteboarding or "
        "diagraming on paper, any written text appears backward",
        "a video-call app's live mirroring, not an edit of a file",
    ),
    out_of_scope(
        "fresh140-20",
        "convert the spanish subtitles I wrote for the teaser from SRT to VTT (I wrote them as "
        "neutral as it was possible for me)",
        "converting a subtitle file's format, not an edit of a video",
        assets=["teaser.srt"],
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
