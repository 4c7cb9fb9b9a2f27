"""An eighty-eighth fresh, held-out collection of real requests (tests/realreq/fresh88.md): one
checkable case a row, encoded the way fresh85.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh85's, the
rows are short, typical asks, like the development set's; they come from church technology
blogs and a church volunteer's blog, a teacher's conference handout, a music teacher's and a
conductor's blogs, a higher-education video review, a how-to on shrinking videos, a family tech
blog, a screencasting note, a father's blog, a programmer's blog, and GitHub issues of an Android
camera library, a screen recorder and a museum kiosk player. Each case follows its row's
`expected` column; `[no op]` rows are DOABLE refusals, `[out of scope]` rows are OUT-OF-SCOPE
refusals. An `[extra input: …]` marker is left out of the request and the files it names are
given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh88.md")

#: Downscaled to 720p, from the 1080p recording.
_AT_720 = (
    step("resize", lines=720)
    | step("resize", height=720)
    | step("resize", width=1280, height=AnyOf(720, None))
)
#: Made smaller, to about 200 MB.
_ABOUT_200MB = step("compress", max_mb=Between(150, 210))

CASES: tuple[Case, ...] = (
    do(
        "fresh88-01",
        "clean up the dodgy sermon recording: the laptop had a built in microphone, so it "
        "recorded not only the line-in from the mixing desk but also the hiss, flutter and buzz "
        "of the laptop",
        [step("audio_denoise")],
        note="the sound's hiss and buzz reduced",
    ),
    do(
        "fresh88-02",
        "cut the three minutes before the guest of honor entered the room from the surprise party "
        "video, so the file is smaller",
        [step("trim", start=180), maybe(step("quality", level="small"))],
        [step("cut", start=0, end=180), maybe(step("quality", level="small"))],
        probe=Probe(duration=600.0),
        note="the first three minutes cut off (a smaller-file setting may come with it)",
    ),
    do(
        "fresh88-03",
        "get rid of the three to five second intro of our institution's logo at the start of the "
        "video: the first five to ten seconds are critical to retaining your viewers",
        [step("trim", start=Between(3, 5))],
        [step("cut", start=0, end=Between(3, 5))],
        note="the first three to five seconds cut off",
    ),
    do(
        "fresh88-04",
        "brighten the recorded video: when I record video, it gets too dark",
        [step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)],
        note="brighter, any amount, all of it",
    ),
    do(
        "fresh88-05",
        "add the audio I recorded separately to the screencast video: I prefer recording audio and "
        "video separately",
        [step("replace_audio", file="narration.m4a") | step("add_music", file="narration.m4a")],
        assets=["narration.m4a"],
        probe=Probe(has_audio=False),
        note="the separately recorded narration as the silent screencast's sound",
    ),
    do(
        "fresh88-06",
        "convert the Christmas program video, which the camera saved in files fit for a Mac, so it "
        "works on my Windows machine",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("quality", level=AnyOf("high", "balanced"))),
            maybe(step("reencode")),
        ],
        [step("codec", codec="h264"), maybe(step("reencode"))],
        note="saved as an mp4, or encoded as H.264",
    ),
    do(
        "fresh88-07",
        "extract the audio track from the video as a file my iPod will play: a WMA file won't play "
        "on it",
        [
            step("extract_audio", format=AnyOf("mp3", "m4a", None))
            | step("convert", format=AnyOf("mp3", "m4a"))
        ],
        note="the sound alone, as an mp3 or an m4a",
    ),
    do(
        "fresh88-08",
        "reduce the bit rate of the sermon to 32kbps and export it as an mp3 for the church "
        "website: it is merely spoken word",
        [step("extract_audio", format="mp3", kbps=32)],
        note="the sound alone, as a 32 kbps mp3",
    ),
    do(
        "fresh88-09",
        "stabilize my daughter's video of the plane's takeoff: the raw video is almost unwatchable "
        "in spots, due to the extreme camera movement",
        [step("stabilize")],
        note="stabilized, any strength",
    ),
    do(
        "fresh88-10",
        "make the 40-minute video 720p and smaller, like 200MB: I'm a student and want to record "
        "some academic videos",
        [_AT_720, _ABOUT_200MB],
        [_ABOUT_200MB, _AT_720],
        probe=Probe(duration=2400.0),
        note="scaled to 720p and compressed to about 200 MB, either order",
    ),
    do(
        "fresh88-11",
        "break the demonstration video down in slow motion: the demonstration itself is too fast, "
        "students can't easily identify the forces involved",
        [step("speed", factor=Between(0.05, 0.75), **WHOLE)],
        note="slowed down, any factor below 1, all of it",
    ),
    no_op(
        "fresh88-12",
        "convert the birthday video from QuickTime to Windows Media, to share it",
        "promptcut writes no .wmv files",
    ),
    ask(
        "fresh88-13",
        "speed up the footage of my concert: about 30 seconds into the performance the iPad "
        "switched to slo-mo, and it went back to regular mode for the third movement",
        "how much faster (the slo-mo's rate) and where the third movement starts",
        (
            "how much",
            "how fast",
            "factor",
            "how many times",
            "what speed",
            "which speed",
            "third movement",
            "where",
            "when",
        ),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh88-14",
        "chop things out of the 30 minute show to fit YouTube's limit of 15 minutes",
        "which parts to cut",
        (*WHICH_PART, "what to cut", "which parts"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh88-15",
        "rotate the video back: it was supposed to be a vertical one, but it turned out to be "
        "horizontal",
        "which way to turn it (90° clockwise or counter-clockwise)",
        ("which way", "direction", "clockwise", "degrees", "90", "which"),
    ),
    ask(
        "fresh88-16",
        "edit the lower thirds into the Saturday evening sermon: the verses that appear at the "
        "bottom of the video",
        "which verses (the words of the lower thirds) and when each appears",
        (
            "which verse",
            "what verse",
            "which text",
            "what text",
            "the text",
            "words",
            "what should",
        ),
    ),
    out_of_scope(
        "fresh88-17",
        "loop the short video until a button push triggers the longer video, then flip back to the "
        "looping short video and wait to trigger again: it is for our small non-profit museum",
        "an interactive kiosk's playback (a Raspberry Pi player waiting for a GPIO button), not an "
        "edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
