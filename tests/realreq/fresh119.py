"""A hundred-and-nineteenth fresh, held-out collection of real requests
(tests/realreq/fresh119.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh117's, the
rows are short, typical asks, like the development set's; they come from GitHub issues of video
editors and tools people use on their own videos (OpenShot, a frame-interpolation web UI,
auto-editor, an archivists' ffmpeg cookbook, a transcoding toolkit), of projects with a video to
fix (a recipe repository's demos, an extension's walkthrough, a package's screencast, a NAS's
ProRes archive, a design team's tasks, a course's project videos), of a whistleblowing platform,
an app patcher and a photo gallery, from a video-production site's article and from a blog post
saved in an issue. Each case follows its row's `expected` column; `[no op]` rows are DOABLE
refusals and `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is
left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    WHOLE,
    Above,
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
TABLE = Path(__file__).with_name("fresh119.md")

#: 1080 lines of a 640x480 (4:3) video, the aspect kept: 1440x1080.
_1080 = (
    step("resize", lines=1080)
    | step("resize", height=1080, width=AnyOf(1440, None))
    | step("resize", width=1440, height=AnyOf(1080, None))
    | step("resize", width=1920, height=1080, fit=True)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh119-01",
        "lower the volume of the music: it is too loud and covers up the speaking voice on the "
        "video",
        [
            step(
                "add_music",
                file="music.mp3",
                db=AnyOf(None, Below(0)),
                percent=AnyOf(None, Below(100)),
                **WHOLE,
            )
        ],
        assets=["music.mp3"],
        note="add_music is quiet (-18 dB) unless a level is asked; any lower level, ducked or "
        "not, is right too",
    ),
    do(
        "fresh119-02",
        "restore the copy of the black and white movie (a 1930s motion picture): reduce grain, "
        "stabilize frames, increase frame rate",
        [
            anywhere(step("denoise", **WHOLE)),
            anywhere(step("stabilize")),
            anywhere(step("fps", fps=Between(30, 60))),
        ],
        probe=Probe(fps=24.0),
        note="grain reduced, steadied and a higher frame rate than the film's 24, any order",
    ),
    do(
        "fresh119-03",
        "reverse the clip of me throwing the cards, so instead of the cards being dropped to the "
        "ground they fly into my hands from above and below: it's for a short video promoting my "
        "transfer business",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh119-04",
        "turn the cooking demo video into a GIF, so the file is a bit smaller: otherwise, with so "
        "many dishes, how could the repository hold so many videos",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF, any size and rate (a resize or a lower rate may come with it)",
    ),
    do(
        "fresh119-05",
        "maximize the volume of the walkthrough video: I couldn't hear it with my pc and the "
        "video at maximum, in Starbucks surrounded by people talking and music playing",
        [LOUDER],
        note="louder, any amount or a loudness target, all of it",
    ),
    do(
        "fresh119-06",
        "improve the contrast of the screencast, for accessibility: the best way is a white "
        "background with darker text; it will help the readability of the screencast",
        [step("contrast", percent=Above(0), **WHOLE)],
        [step("invert", **WHOLE), maybe(step("contrast", percent=Above(0), **WHOLE))],
        note="more contrast (or the dark screencast inverted to a light one), all of it",
    ),
    do(
        "fresh119-07",
        "transcode the ProRes footage down to H.265 once it hits the archive: the file sizes go "
        "from 30-80 GB per a-roll shot to 1-4 GB",
        [
            anywhere(step("codec", codec="hevc")),
            maybe(step("convert", format=AnyOf("mp4", "mov", "mkv"))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        note="encoded as HEVC (a container or smaller-file setting may come with it)",
    ),
    do(
        "fresh119-08",
        "export just the audio, like mp3, at a 192k audio bitrate",
        [step("extract_audio", format="mp3", kbps=192)],
        note="the sound alone as an mp3 at 192 kbit/s",
    ),
    do(
        "fresh119-09",
        "make a 1080p MP4 from the SD original, with a pillarbox",
        [
            anywhere(_1080),
            anywhere(step("pad", aspect="16:9", color=AnyOf("black", "#000000"))),
            maybe(step("convert", format="mp4")),
        ],
        [step("platform", platform="youtube", fit="pad"), maybe(step("convert", format="mp4"))],
        probe=Probe(width=640, height=480, fps=29.97),
        note="1440x1080 from 640x480, with black side bars to 1920x1080, either order",
    ),
    do(
        "fresh119-10",
        "convert the MKV I ripped from a DVD using MakeMKV to MP4: its video track is MPEG-1/2",
        [anywhere(step("convert", format="mp4")), maybe(step("codec", codec="h264"))],
        probe=Probe(width=720, height=480, fps=29.97),
        note="an mp4 (an H.264 encode may come with it: MPEG-2 is not allowed in MP4)",
    ),
    do(
        "fresh119-11",
        "remove the camera shake from my iPhone 4S video clip from the trip to Costa Rica: its "
        "built-in video stabilization doesn't seem to help at all",
        [step("stabilize")],
        note="stabilized, any strength",
    ),
    no_op(
        "fresh119-12",
        "anonymize the voice message left by the whistleblower, changing the pitch of the voice",
        "no op",
        note="a pitch shift of the voice; no operation changes pitch (speed keeps it)",
    ),
    ask(
        "fresh119-13",
        "apply the intro and outro we made for BLEXIT to this video, taking out the PragerU scene "
        "it has at the end and the introduction it has at the beginning",
        "how long the PragerU introduction and end scene are (where the video proper starts "
        "and ends)",
        (*WHICH_PART, "how long", "how many", "seconds", "PragerU", "scene"),
        assets=["intro.mp4", "outro.mp4"],
    ),
    ask(
        "fresh119-14",
        "trim the cooking theme part out of the video until I can get another video to use: "
        "there were complaints about the cooking theme",
        "which part (where the cooking part starts and ends)",
        (*WHICH_PART, "which part", "cooking", "seconds"),
    ),
    ask(
        "fresh119-15",
        "make my project video 3 minutes max: I recorded myself and it took 10 minutes, and my "
        "project has a lot of features",
        "which parts to keep (3 of the 10 minutes)",
        (*WHICH_PART, "which parts", "what to keep", "keep", "features", "speed", "shorten"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh119-16",
        "make a 10 second Happy Birthday To My Sister video: the text in white on a pink "
        "background, 1280x720, with the first 10 seconds of music.mp3",
        "a new video made from nothing (a coloured background with text), not an edit of a "
        "given video",
        assets=["music.mp3"],
    ),
    out_of_scope(
        "fresh119-17",
        "download the videos, reels and stories from Instagram, so I can study the electronics "
        "diagrams offline",
        "downloading from Instagram, not an edit of a given file",
    ),
    out_of_scope(
        "fresh119-18",
        "auto generate a short video clip of my dog over the years, complete with transitions "
        "and music, like iOS memories: it's the only thing keeping me tied to icloud",
        "a new clip made from a photo library, choosing the pictures by who is in them, not an "
        "edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
