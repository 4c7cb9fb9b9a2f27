"""A hundred-and-fifty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh157.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh153's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues and pull
requests, mostly about the small files people pass around in project trackers (a university
program's vignette, a team's Slack and HipChat emoji GIFs, a design studio's tutorial, a
visual-novel mod's sound effects, a community's tutorial video, a music player's ringtone, Godot's
trailer clips, a Minetest mod's and Roundcube's notification sounds, the City of Austin's videos,
Hack Club's GIFs, openETCS's video, a Playnite extension's songs, a fan game's music, a pixel-art
GIF, GitHub's training video), and three are not edits of a given file (a video-generation
model's prompt, a hackathon's demo video still to be made, a judo scoreboard's second screen).
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[needs analysis]` rows refusals of DOABLE asks that need an analysis promptcut does not
have."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, LOUDER, MP3, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh157.md")

#: The 300x300 GIF brought down to a Slack emoji's size, 32 to 128 pixels.
_EMOJI = (
    step("resize", width=Between(32, 128))
    | step("resize", height=Between(32, 128))
    | step("resize", lines=Between(32, 128))
    | step("resize", percent=Between(10, 43))
    | step("gif", width=Between(32, 128))
)

#: A smaller sound file: a smaller-file setting, a lower bitrate, or a size target.
_SMALLER_SOUND = (
    step("quality", level=AnyOf("small", "balanced"))
    | step("extract_audio", kbps=Below(129))
    | step("compress")
)

#: The sound saved as an ogg file.
_OGG = step("convert", format="ogg") | step("extract_audio", format="ogg")

CASES: tuple[Case, ...] = (
    do(
        "fresh157-01",
        "put the RP program's vignette in 1080p, if it can be done",
        [
            step("resize", lines=1080)
            | step("resize", height=1080, width=AnyOf(1920, None))
            | step("resize", width=1920, height=AnyOf(1080, None))
            | step("resize", percent=150),
            maybe(step("quality")),
        ],
        probe=Probe(width=1280, height=720),
        note="1920x1080 of the 1280x720 vignette",
    ),
    do(
        "fresh157-02",
        "downsize the animated Coolio GIF properly, so it's usable in Slack and the quality is "
        "higher: his emoji is currently pixelated, and his hair needs to have movement",
        [anywhere(_EMOJI), maybe(GIF), maybe(step("fps")), maybe(step("compress"))],
        probe=Probe(width=300, height=300, duration=3.0, has_audio=False),
        note="32 to 128 pixels wide (a Slack emoji is at most 128 px), still a GIF",
    ),
    ask(
        "fresh157-03",
        "in the part of the tutorial video where I upload an image that already exists, replace "
        "the image at the side, so it isn't obvious I'm uploading one I already have (lol); for "
        "the rest, do your magic of removing all my clumsy parts from the video",
        "which parts are clumsy (their times), and the image to put in",
        (*WHICH_PART, "which parts", "parts", "image", "which image", "file"),
        probe=Probe(duration=300.0),
    ),
    do(
        "fresh157-04",
        "normalize the level of the switch sound effect: it is too quiet (I don't think it should "
        "be normalized to 0 dB, perhaps -6 dB)",
        [LOUDER, maybe(step("convert", format="ogg"))],
        probe=Probe(duration=1.0),
        note="normalized (or louder by any amount), all of it",
    ),
    do(
        "fresh157-05",
        "make the (archer) floating head GIF square for our emoticons: it needs to be square, and "
        "with the extended robot arms, it's very... rectangular",
        [
            anywhere(step("pad", aspect="1:1") | step("blur_fill", aspect="1:1")),
            maybe(step("resize")),
            maybe(GIF),
        ],
        [anywhere(step("crop", aspect="1:1")), maybe(step("resize")), maybe(GIF)],
        probe=Probe(width=500, height=250, duration=2.0, has_audio=False),
        note="1:1, bars above and below keeping the arms (or the middle square cropped)",
    ),
    ask(
        "fresh157-06",
        "add English subtitles to the tutorial video, and slow it down: the action and "
        "explanation are sometimes too fast, so I have to repeat several times to get the point "
        "(everyone's English skill varies)",
        "the subtitles (a subtitle file, or their words and times)",
        (
            "subtitle",
            "srt",
            "file",
            "which",
            "what",
            "words",
            "text",
            "provide",
            "upload",
            "attach",
        ),
        probe=Probe(duration=600.0),
    ),
    do(
        "fresh157-07",
        "make the ringtone an mp3: as a .wav, 4 minutes of music take above 40mb",
        [MP3, maybe(step("quality"))],
        [step("extract_audio", format="mp3", kbps=Between(64, 320))],
        probe=Probe(duration=240.0),
        note="the sound as an mp3",
    ),
    do(
        "fresh157-08",
        "make the clip for the Godot trailer 1080p and 60fps, without audio: as long as we are "
        "asking, that is what I would prefer",
        [
            anywhere(
                step("resize", lines=1080)
                | step("resize", height=1080, width=AnyOf(1920, None))
                | step("resize", width=1920, height=AnyOf(1080, None))
                | step("resize", percent=150)
            ),
            anywhere(step("fps", fps=60)),
            anywhere(step("mute")),
            maybe(step("quality")),
        ],
        probe=Probe(width=1280, height=720, fps=30.0, duration=10.0),
        note="1920x1080, 60 fps and no sound, any order",
    ),
    do(
        "fresh157-09",
        "shorten the ding-dong notification sound: it is way too long; from beginning to end, 2 "
        "- 2.5 seconds is the absolute maximum for a default notification sound",
        [
            step("trim", start=0, end=Between(0.5, 2.5)),
            maybe(step("fade", direction="out")),
        ],
        probe=Probe(duration=5.0),
        note="the first 0.5 to 2.5 s of the 5 s sound kept (a fade out is fair)",
    ),
    no_op(
        "fresh157-10",
        "add captions to the 'Know your rights' video: we have English and Spanish scripts to "
        "start from",
        "needs analysis",
        probe=Probe(duration=180.0),
        note="needs analysis: timing the script's lines to the speech (no timed subtitle file)",
    ),
    ask(
        "fresh157-11",
        "pause the GIF for slightly longer on the slides of text: it feels a bit fast on some of "
        "them",
        "which slides (their times) and how much longer",
        (*WHICH_PART, "which slides", "slides", "how long", "how much", "seconds"),
        probe=Probe(duration=20.0, has_audio=False),
    ),
    do(
        "fresh157-12",
        "add the openETCS logo at the end of the video",
        [step("join", clips=AnyOf(["logo.png"], []), at="end")],
        [step("transition", clips=AnyOf(["logo.png"], []), at="end")],
        [step("overlay_image", file="logo.png", start=Between(100, 119.5), end=None)],
        assets=["logo.png"],
        probe=Probe(duration=120.0),
        note="logo.png shown after the video (a transition into it, or the logo over the last "
        "seconds, is fair)",
    ),
    do(
        "fresh157-13",
        "make the new notification sound smaller: the file is quite big in comparison to the old "
        "one",
        [anywhere(_SMALLER_SOUND), maybe(step("convert", format=AnyOf("mp3", "ogg", "m4a")))],
        probe=Probe(duration=2.0),
        note="a smaller file (a smaller-file setting, a lower bitrate or a size target)",
    ),
    do(
        "fresh157-14",
        "trim the silence from the start of the song: it makes the Playnite fullscreen experience "
        "feel less responsive",
        [step("remove_silence", where=AnyOf("start", "ends"))],
        probe=Probe(duration=180.0),
        note="the silence at the start cut (or at both ends), the song otherwise kept",
    ),
    do(
        "fresh157-15",
        "convert the added music track from mp3 into ogg: we have to make sure it doesn't "
        "inflate the filesize",
        [_OGG, maybe(step("quality", level=AnyOf("small", "balanced")))],
        probe=Probe(duration=120.0),
        note="the track saved as ogg",
    ),
    ask(
        "fresh157-16",
        "upscale the whole pixel-art GIF animation, not only its first frame",
        "how much bigger (a factor or a size)",
        (
            "how much",
            "how big",
            "factor",
            "size",
            "resolution",
            "scale",
            "which",
            "what",
            "times",
            "pixels",
            "width",
        ),
        probe=Probe(width=64, height=64, duration=1.0, has_audio=False),
    ),
    no_op(
        "fresh157-17",
        "even out the slight drop in audio at 2:17 of the updated training video",
        "needs analysis",
        probe=Probe(duration=300.0),
        note="needs analysis: finding where the dip starts and ends, and how much to raise it",
    ),
    out_of_scope(
        "fresh157-18",
        "make a video of a breathtaking FIFA World Cup 2026 stadium packed with over 90,000 "
        "passionate fans waving colorful flags: a star footballer walks onto the pitch in "
        "dramatic slow motion, spectacular goals, fireworks exploding after every goal",
        "generating a video from a prompt, not an edit of a given file",
    ),
    out_of_scope(
        "fresh157-19",
        "create a video demo for the hackathon: the guidelines for the demo are in the handbook",
        "making (recording) a demo video, not an edit of a given file",
    ),
    out_of_scope(
        "fresh157-20",
        "mirror the second, external screen on the mat (facing the other side) back, that is, "
        "swap white and blue back",
        "a judo scoreboard app's second display, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
