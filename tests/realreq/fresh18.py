"""An eighteenth fresh, held-out collection of real requests (tests/realreq/fresh18.md): one
checkable case a row, encoded the way fresh17.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh17's, the rows
are short, typical asks, like the development set's; 18 of them come from GitHub threads and 12
from pages outside GitHub. Each case follows its row's `expected` column; `[no op]` rows are
DOABLE refusals and `[out of scope]` rows OUT-OF-SCOPE refusals. An `[extra input: …]` marker is
left out of the request and the file it names is given as an asset instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh18.md")

#: A contact sheet saved as an image, either way.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: fresh18-08: 540x540 from a square picture.
_540 = (
    step("resize", width=540, height=AnyOf(540, None))
    | step("resize", height=540, width=AnyOf(540, None))
    | step("resize", lines=540)
)

#: fresh18-09: scaled to fit inside 405x320 (from 1920x1080: 405x228), then padded to 405:320.
_FIT_405x320 = step("resize", width=405, height=320, fit=True) | step(
    "resize", width=405, height=None
)
_PAD_405x320 = step("pad", aspect=AnyOf("405:320", "81:64"), color="black")

#: fresh18-10: 40 px off the bottom of 720x480, then padded back to 3:2 (20 px bars).
_BOTTOM_40 = (
    step("crop_edges", bottom=40, top=0, left=0, right=0, unit="px")
    | step("crop_area", width=720, height=440, x=0, y=0)
    | step("crop_area", width=720, height=440, x=None, y=None, anchor="top")
)
_PAD_3_2 = step("pad", aspect=AnyOf("3:2", "720:480"), color="black")

#: fresh18-15: the lower third, as one text of two lines (or joined) or two texts.
_NAME = "Nabiha Syed"
_ROLE = "Executive Director, Mozilla Foundation"
_LOWER_THIRD = {
    "position": AnyOf("bottom-left", "bottom"),
    "start": AnyOf(None, 0),
    "end": Between(5, 7),
}
_BOTH_LINES = step(
    "text",
    text=AnyOf(
        f"{_NAME}\n{_ROLE}",
        f"{_NAME}, {_ROLE}",
        f"{_NAME} - {_ROLE}",
        f"{_NAME} – {_ROLE}",
        f"{_NAME} — {_ROLE}",
    ),
    **_LOWER_THIRD,
)

CASES: tuple[Case, ...] = (
    do(
        "fresh18-01",
        "reduce or eliminate the tremendous hum in the audio of the captured tape (a stable "
        "frequency, 60-ish Hz)",
        [step("audio_denoise")],
        note="a steady hum: reduced by the noise reduction, any strength",
    ),
    do(
        "fresh18-02",
        "remove the subtle camera shake, a kind of fine vibration, from the footage of the live "
        "event, shot from a tripod almost all the way zoomed in",
        [step("stabilize")],
        note="any strength",
    ),
    do(
        "fresh18-03",
        "make the wildlife clip a little sharper, for the pleasure of the viewer",
        [step("sharpen", strength=AnyOf("light", "medium"), start=None, end=None)],
        note="a little: light (medium is fair too)",
    ),
    do(
        "fresh18-04",
        'make a "Chrome" version of the movie: color -> black & white, like the black and white '
        "Chrome version of Mad Max Fury Road",
        [step("grayscale", start=None, end=None)],
        [step("saturation", percent=Between(-100, -99), start=None, end=None)],
    ),
    do(
        "fresh18-05",
        "trim the first 10:15 from the 36 min board meeting video: it has people eating food, "
        "chatting, and some cat herding at the beginning",
        [step("trim", start=615, end=AnyOf(None, 2160))],
        [step("cut", start=0, end=615)],
        probe=Probe(duration=2160.0),
        note="keep 10:15 (615 s) to the end of the 36 min video",
    ),
    do(
        "fresh18-06",
        "delete the black-screen parts of the video",
        [step("remove_black", where="all")],
    ),
    do(
        "fresh18-07",
        "trim the end of the colloquium recording a little bit, to 1:22:38 (the current start is "
        "good)",
        [step("trim", start=AnyOf(0, None), end=4958)],
        probe=Probe(duration=5400.0),
        note="keep the start, end at 1:22:38 (4958 s) of a 90 min recording",
    ),
    do(
        "fresh18-08",
        "crop the 1072x1072 area at x=520 y=32, scale it to 540x540 and pad the end by holding "
        "the last frame for 1 second: -vf "
        '"crop=w=1072:h=1072:x=520:y=32,scale=540:540,tpad=stop_mode=clone:stop_duration=1"',
        [
            step("crop_area", width=1072, height=1072, x=520, y=32),
            _540,
            anywhere(step("freeze", at=Between(9.8, 10.0), seconds=1)),
        ],
        probe=Probe(duration=10.0, width=2560, height=1440),
        note="a 10 s 2560x1440 clip: the 1072x1072 area at 520,32, 540x540, the last frame held "
        "1 s",
    ),
    do(
        "fresh18-09",
        "downscale the video to 405:320 and add the black bars to the top and bottom or left and "
        'right: -vf "scale=iw*min(405/iw,320/ih):ih*min(405/iw,320/ih),'
        'pad=405:320:(405-iw)/2:(320-ih)/2"',
        [_FIT_405x320, _PAD_405x320],
        [_PAD_405x320, step("resize", width=405, height=AnyOf(320, None))],
        note="1920x1080 fitted into 405x320 (405x228), black bars above and below",
    ),
    do(
        "fresh18-10",
        "get rid of the news crawl near the bottom of the screen: crop 40 pixels off the bottom, "
        "and split the padding equally between top and bottom, as if letterboxed (two black bars "
        "20 pixels high)",
        [_BOTTOM_40, _PAD_3_2],
        probe=Probe(width=720, height=480),
        note="a 720x480 clip: 720x440 kept, padded back to 720x480 with 20 px bars",
    ),
    do(
        "fresh18-11",
        "slow the footage from its original 50fps down to about 10-15% of that speed, with "
        "Twixtor rendering new frames in between",
        [step("speed", factor=Between(0.1, 0.15), smooth=True, start=None, end=None)],
        probe=Probe(fps=50.0),
        note="new frames rendered in between: motion interpolation (smooth)",
    ),
    do(
        "fresh18-12",
        "play the video at a speed so that it plays completely in 5 seconds",
        [step("speed", factor=4, start=None, end=None)],
        probe=Probe(duration=20.0),
        note="a 20 s clip played in 5 s: 4x",
    ),
    do(
        "fresh18-13",
        "automatically cut out the silence from the video, with a margin of 0.1 seconds: "
        "auto-editor video.mp4 --margin 0.1sec",
        [step("remove_silence", margin=0.1, where="all")],
    ),
    do(
        "fresh18-14",
        "concatenate the video (part_1.mp4) and part_2.mp4 with fades from and to black in between",
        [
            step(
                "transition",
                clips=AnyOf(["part_2.mp4"], []),
                at="end",
                style="fadeblack",
            )
        ],
        assets=["part_2.mp4"],
        note="part_2.mp4 after the video, through black (any length)",
    ),
    do(
        "fresh18-15",
        'overlay a lower third, approximately 5-7 seconds long, on the 1920x1080 video: "Nabiha '
        'Syed" and below it "Executive Director, Mozilla Foundation"',
        [_BOTH_LINES],
        [
            anywhere(step("text", text=_NAME, **_LOWER_THIRD)),
            anywhere(step("text", text=_ROLE, **_LOWER_THIRD)),
        ],
        note="the name over the role, at the bottom (left), from the start for 5-7 s",
    ),
    do(
        "fresh18-16",
        "create a thumbnail sheet for the video without any meta information: just a 2x2 image "
        "grid with a 640 width",
        [
            step("contact_sheet", columns=2, rows=2),
            maybe(step("resize", width=640)),
            _IMAGE,
        ],
        note="2x2 tiles of 320 px are 640 wide already; a contact sheet has no header",
    ),
    no_op(
        "fresh18-17",
        "make the splitscreen effect shown in the Prison Break credits: two clips in one shot, "
        "the closeup of the actor's faces on one side and then a different clip on the other side",
        "a split screen (two clips side by side); pip only puts a small clip in a corner",
        assets=["clip2.mp4"],
    ),
    no_op(
        "fresh18-18",
        'make the time in the text "Camera mic until 4:21" count down (M:S), to give the viewer '
        "an idea how much longer they need to tolerate the awful audio",
        "a running countdown (text that changes every second); text only stands still",
        probe=Probe(duration=300.0),
    ),
    no_op(
        "fresh18-19",
        "adaptively stretch the contrast of the video recorded under poor conditions: stretch "
        "each frame's contrast closer to the full brightness range, depending on the brightest "
        "and darkest values of the surrounding frames (about ±10 seconds)",
        "an adaptive, per-frame contrast stretch smoothed over time; contrast is one fixed amount",
    ),
    no_op(
        "fresh18-20",
        "remove the date and timestamp overlay that the keychain cam encoded into the video: I'd "
        "prefer a nice clean image without the timestamp",
        "removing burned-in text from a region (delogo); no such operation",
    ),
    ask(
        "fresh18-21",
        "add some text to the top of the starting clip, for the duration of its whole 3 seconds",
        "what text",
        ("which", "what", "text", "words", "say", "wording"),
    ),
    ask(
        "fresh18-22",
        "speed up the video: output a video that consists of one of every X frames instead of "
        "every frame",
        "how many times faster (X is not given)",
        ("how much", "how many", "how fast", "factor", "which", "what", "times", "value"),
    ),
    ask(
        "fresh18-23",
        "add yakety sax into the background of the timelapse",
        "which music file (none is given)",
        ("which", "music file", "track", "song", "file", "provide", "give", "audio"),
    ),
    ask(
        "fresh18-24",
        "delete the opening and the ending credits of a specified length or number of frames",
        "how long the opening and the ending credits are",
        (*WHICH_PART, "how long", "length", "frames", "seconds", "duration"),
    ),
    ask(
        "fresh18-25",
        "cut the visioconference recording: it was started a little before the actual beginning "
        "of the conference, and cut the questions at the end",
        "where the conference begins and where the questions begin",
        (*WHICH_PART, "timestamp", "questions"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh18-26",
        "crop the video, to remove unnecessary things at the beginning or end of it",
        "how much to remove, at the beginning and/or the end",
        (*WHICH_PART, "how much", "how long", "seconds"),
    ),
    out_of_scope(
        "fresh18-27",
        "download this reel, match its style to my raw footage, add this music, and caption it",
        "downloading a reel and copying its style (and no music file is given)",
    ),
    out_of_scope(
        "fresh18-28",
        "generate an AI voiceover from my script (text-to-speech) and overlay it on the video",
        "speech synthesis",
    ),
    out_of_scope(
        "fresh18-29",
        "expand the 415x416 video to 1024x1024, adding extra background using Stable Diffusion",
        "generative outpainting",
        probe=Probe(width=415, height=416),
    ),
    out_of_scope(
        "fresh18-30",
        "extend the existing video, generating new frames from its end to make it longer",
        "generating new video (AI continuation)",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
