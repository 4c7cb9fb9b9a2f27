"""A hundred-and-thirty-eighth fresh, held-out collection of real requests
(tests/realreq/fresh138.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh137's, the
rows are short, typical asks, like the development set's; 17 come from GitHub issues and pull
requests, most of them written in other languages than English (Chinese, Portuguese, Russian,
Slovak, Dutch): a talk's slides, a Bilibili downloader, a Slovak e-government guide site, a
student's portfolio, a conversation-data library, a build tool's demo, a HandBrake front end, a
Unity capture plugin, a file converter, an Android streaming library, a Brazilian university's
media team, a screen-sharing library, a voice-over translation extension, a Bilibili client and
a live recorder; one from an Adobe forums thread. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[needs analysis]` row a refusal of a
DOABLE ask no operation does. An `[extra input: …]` marker is left out of the request and the
files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    SOUND_ALONE,
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
TABLE = Path(__file__).with_name("fresh138.md")

#: A smaller picture than the 1920x1080 input, by any measure.
_DOWNSCALE = (
    step("resize", lines=Below(1080))
    | step("resize", width=Below(1920))
    | step("resize", height=Below(1080))
    | step("resize", percent=Below(100))
)

#: At most 640 pixels wide (a sticker-sized GIF) of the 1920x1080 input.
_STICKER_SIZE = (
    step("resize", width=Between(100, 640))
    | step("resize", lines=Between(100, 640))
    | step("resize", height=Between(100, 640))
    | step("resize", percent=Between(5, 34))
)

#: What may come with a small GIF: a resize, a lower frame rate, a size limit.
_SMALL_GIF_EXTRAS = (
    maybe(step("resize")),
    maybe(step("fps", fps=Between(5, 15))),
    maybe(step("compress")),
)

#: Half the 1920 px width, in pixels or in percent.
_HALF_PX = Between(950, 970)
_HALF_PC = Between(49, 51)

#: One half of the picture kept (the left or the right one), the other cut off.
_ONE_HALF = (
    step("crop_edges", left=0, right=_HALF_PC, top=0, bottom=0, unit="%")
    | step("crop_edges", left=_HALF_PC, right=0, top=0, bottom=0, unit="%")
    | step("crop_edges", left=0, right=_HALF_PX, top=0, bottom=0, unit="px")
    | step("crop_edges", left=_HALF_PX, right=0, top=0, bottom=0, unit="px")
    | step("crop_area", width=_HALF_PX, height=Between(1070, 1080), x=AnyOf(0, _HALF_PX))
    | step(
        "crop_area",
        width=_HALF_PX,
        height=Between(1070, 1080),
        anchor=AnyOf("left", "right", "top-left", "top-right", "bottom-left", "bottom-right"),
    )
)

CASES: tuple[Case, ...] = (
    do(
        "fresh138-01",
        "convert the huge animated GIF to an MP4 video, for the sake of people with low bandwidth",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("quality")),
            maybe(step("compress")),
        ],
        probe=Probe(has_audio=False),
        note="an mp4 of the silent GIF (H.264 or a smaller-file setting may come with it)",
    ),
    do(
        "fresh138-02",
        "convert the downloaded flv to mp4: the flv has no preview image, and the mp4 format can "
        "be previewed",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="an mp4 (H.264 may be named with it)",
    ),
    do(
        "fresh138-03",
        "convert the video you made to mp4: on the phone the video in the guide won't play, the "
        "iPhone doesn't support WebM video playback natively",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
            maybe(step("reencode")),
        ],
        note="an H.264 mp4 the iPhone plays",
    ),
    do(
        "fresh138-04",
        "give the portfolio video a smaller file size",
        [
            step("quality", level="small"),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("codec")),
        ],
        [
            anywhere(step("compress")),
            maybe(step("resize")),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("fps")),
        ],
        [
            anywhere(_DOWNSCALE),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("fps")),
            maybe(step("codec")),
        ],
        [
            anywhere(step("codec", codec="hevc")),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("resize")),
        ],
        note="a smaller file: a smaller-file setting, compressed, downscaled or HEVC",
    ),
    do(
        "fresh138-05",
        "extract the audio from the video recording, to save on bandwidth and transmission time "
        "when it is sent to be transcribed",
        [SOUND_ALONE],
        note="the sound alone, any audio format",
    ),
    do(
        "fresh138-06",
        "increase the playback speed of the demo recording: it's inconsistent now, mainframer is "
        "fast, and its demo is a slowpoke ;)",
        [step("speed", factor=Between(1.25, 4), **WHOLE)],
        note="faster, 1.25 to 4 times, all of it",
    ),
    do(
        "fresh138-07",
        "raise the sound of the encoded video: the sound is often excessively lowered; keep it as "
        "the original or raise it",
        [LOUDER],
        note="louder, any amount or to a loudness target, all of it",
    ),
    do(
        "fresh138-08",
        "show our game logo at the end of the gameplay recording, by appending the pre-recorded "
        "logo video to it: viewers of the video can't tell what game the video is from",
        [step("join", clips=AnyOf(["logo.mp4"], []), at="end")],
        [step("transition", clips=AnyOf(["logo.mp4"], []), at="end")],
        assets=["logo.mp4"],
        note="logo.mp4 played after the recording (a transition into it is fair)",
    ),
    do(
        "fresh138-09",
        "convert the webm to a GIF that can be imported as a WeChat sticker: webm to gif blows "
        "the file size up several times, and a GIF file that big can't be imported into WeChat "
        "stickers",
        [
            step("gif", fps=AnyOf(None, Between(5, 15)), width=AnyOf(None, Between(100, 640))),
            *_SMALL_GIF_EXTRAS,
        ],
        [
            anywhere(_STICKER_SIZE),
            anywhere(step("convert", format="gif")),
            maybe(step("fps", fps=Between(5, 15))),
            maybe(step("compress")),
        ],
        note="a small GIF: the gif operation's defaults or 15 fps or less and 640 px or less "
        "(a resize, a lower frame rate or a size limit may come with it)",
    ),
    do(
        "fresh138-10",
        "keep only one screen in the recording, not both: with a real VR app the screen splits in "
        "two screens with the same frames for 3D purposes",
        [_ONE_HALF],
        probe=Probe(width=1920, height=1080),
        note="the left or the right half (960 px) of the 1920x1080 recording kept",
    ),
    no_op(
        "fresh138-11",
        "remove the video speed text that appears at intermittent points from my digitised old "
        "home movies, to polish them before I enjoy, or revel in, the embarrassment of my kids: "
        "the text is grey with a black border, and the footage was shot without a tripod, so it "
        "moves about and zooms in and out randomly",
        "needs analysis",
        note="finding when the player's text appears and painting it out (delogo) over moving "
        "footage; no operation removes burned-in text",
    ),
    ask(
        "fresh138-12",
        "lower the volume a little at the transitions: they are relatively loud compared with your "
        "narration",
        "where the transitions are (their times)",
        (*WHICH_PART, "transition", "timestamp", "what time", "seconds"),
    ),
    ask(
        "fresh138-13",
        "turn the volume up a little where the animations appear: the narration seemed lower there "
        "than in the rest of the video",
        "where the animations appear (their times)",
        (*WHICH_PART, "animation", "timestamp", "what time", "seconds"),
    ),
    ask(
        "fresh138-14",
        'add a subtle sound effect when "Practice Mural" and the button appear, from 0:09 to 0:12, '
        'and a mouse click sound on the "Solicitar serviço" button: it is all very silent there',
        "the sound effects (the files: a subtle sound, a mouse click)",
        ("sound", "file", "which", "what", "effect", "click", "audio", "provide"),
    ),
    ask(
        "fresh138-15",
        "crop a certain region of the full-screen recording, then save the video",
        "which region (the area to keep)",
        ("which", "what", "region", "area", "where", "part", "size", "coordinates", "pixels"),
    ),
    out_of_scope(
        "fresh138-16",
        "add a setting that automatically speeds the video up by 1.25x or 1.5x when the "
        "translation is activated, like it is done with the volume: I'm tired of speeding up "
        "videos with translation by hand and slowing down those without it by hand",
        "a browser extension's playback setting for online videos (voice-over translation), not an "
        "edit of a given file",
    ),
    out_of_scope(
        "fresh138-17",
        "add a button on the play page to quickly download Bilibili videos: downloading Bilibili "
        "videos is a complicated process",
        "downloading videos from Bilibili (a client's download button), not an edit of a given "
        "file",
    ),
    out_of_scope(
        "fresh138-18",
        "add the live stream's subtitles to the recording: no live subtitles are produced while "
        "recording",
        "a live-stream recorder capturing the stream's subtitles, not an edit of a given file (no "
        "subtitle file is given)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
