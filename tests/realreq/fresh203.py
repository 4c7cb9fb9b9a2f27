"""A two-hundred-and-third fresh, held-out collection of real requests
(tests/realreq/fresh203.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh201's, the
rows are short, typical asks, like the development set's; 12 come from GitHub issues (four of
them in Chinese), 7 from personal blogs and one from a fan forum: a Bluesky server, an audio
guestbook, a player library, a camera app, ijkplayer, a game's readme, an upscaler, a
short-video recorder, a developer advocate's video plans, an Instagram++ tracker, a camera hack
and a demo collection, and blogs about a freeway drive, conference recordings, a church
concert, an RV trip, a scrapbook, a Metallica gig and a Movie Maker film. Each case follows its
row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and
`[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
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
TABLE = Path(__file__).with_name("fresh203.md")

#: A much smaller file: a size target under the 100 MB Bluesky takes, or a smaller-file setting.
_SMALLER = step("compress", max_mb=Between(1, 100)) | step(
    "quality", level=AnyOf("small", "balanced")
)

#: The 3840x2160 video scaled down, its shape kept.
_DOWN = (
    step("resize", lines=Below(2160))
    | step("resize", height=Below(2160))
    | step("resize", width=Below(3840))
    | step("resize", percent=Below(100))
)

#: A file a Mac plays.
_MAC = AnyOf("mp4", "m4v", "mov")

#: Where the couple of minutes of nothingness at the end of the hour-long capture begin.
_BLANK_START = Between(3360, 3540)

#: A file that fits the 4.37 GB the formatted DVD holds.
_DVD = step("compress", max_mb=Between(1, 4370)) | step("quality", level=AnyOf("small", "balanced"))

#: Darker, all of it.
_DARKER = step("brightness", percent=Below(0), **WHOLE) | step("gamma", gamma=Below(1), **WHOLE)

#: A still saved as a picture.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: The 480x848 vertical video four times as big, its shape kept: 1920x3392.
_4X = (
    step("resize", percent=Between(395, 405))
    | step("resize", lines=Between(1915, 1925))
    | step("resize", width=Between(1915, 1925), height=AnyOf(None, Between(3385, 3395)))
    | step("resize", height=Between(3385, 3395), width=AnyOf(None, Between(1915, 1925)))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh203-01",
        "compress the 22 second video I recorded with my iPhone (super high res), weighing "
        "214.1 MB, so I can post it on Bluesky: a compressed version (9 MB) posts with no issue",
        [anywhere(_SMALLER), maybe(_DOWN), maybe(step("codec", codec="h264"))],
        probe=Probe(duration=22.0, width=3840, height=2160),
        note="a much smaller file (under 100 MB; the 9 MB that posted is fair), 22 s of 4K",
    ),
    do(
        "fresh203-02",
        "make the message on the SD card louder: the volume on the RAW is super low, and if I "
        "attempt to improve the gain the message becomes inaudible because of the noise (my "
        "wedding is in May, and I'm afraid not to have my gold phone ready)",
        [anywhere(LOUDER), maybe(step("audio_denoise"))],
        probe=Probe(duration=30.0),
        note="the guestbook message louder, all of it (a denoise may come with it)",
    ),
    do(
        "fresh203-03",
        "speed the video of my trip down I-90 and I-271 up 1000%, so the 24-minute trip is "
        "compressed to about 2-1/2 minutes: I find myself wishing for the trip to be faster "
        "simply because it can get dull",
        [step("speed", factor=Between(9.5, 11), **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=1440.0),
        note="ten times as fast (1000%), all of the 24-minute drive: about 2 1/2 minutes",
    ),
    do(
        "fresh203-04",
        "get rid of the hum of the air conditioner in my video of the conference session: it "
        "was everywhere, and two of the speakers are not projecting",
        [anywhere(step("audio_denoise")), maybe(LOUDER)],
        note="the air conditioner's hum taken out (a louder level may come with it)",
    ),
    no_op(
        "fresh203-05",
        "turn the background sound down and the voice up: our video has two audio tracks, one "
        "the video's background sound and one the voice",
        "no op",
        note="no op: one of two audio tracks turned down and the other up; no operation works on "
        "one audio track",
    ),
    do(
        "fresh203-06",
        "make my video the 30 fps I set: VLC shows 25.88fps, and DaVinci Resolve 12 doesn't "
        "play it back properly at all (probably because of the frame rate problem)",
        [step("fps", fps=30), maybe(step("reencode")), maybe(step("codec", codec="h264"))],
        probe=Probe(width=3840, height=2160, fps=25.88),
        note="30 frames a second, same length, from the 25.88 fps 4K video",
    ),
    do(
        "fresh203-07",
        "convert the WMV video into a format Kathy can watch on her Mac: the Mac version of "
        "Windows Media Player can't handle the latest WMV codec, which is, of course, exactly "
        "the one that Windows Movie Maker uses",
        [step("convert", format=_MAC), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), step("convert", format=_MAC)],
        note="an MP4, M4V or MOV a Mac plays (promptcut writes no .mpg)",
    ),
    do(
        "fresh203-08",
        "remove the blank space at the end of the Rooted concert video, where it overran while "
        "I was out playing the drums and recorded a couple of minutes of nothingness: the "
        "4.44GB file won't fit on the DVD, which formatted only has 4.37GB",
        [step("trim", start=0, end=_BLANK_START), maybe(_DVD)],
        [step("cut", start=_BLANK_START, end=Between(3599, 3600)), maybe(_DVD)],
        [step("keep_ranges", ranges=[[0, 3480]]), maybe(_DVD)],
        [step("remove_black", where=AnyOf("end", "ends")), maybe(_DVD)],
        [step("remove_silence", where=AnyOf("end", "ends")), maybe(_DVD)],
        probe=Probe(duration=3600.0),
        note="the last 1 to 4 minutes of the hour-long capture taken off (or its black or silent "
        "end)",
    ),
    do(
        "fresh203-09",
        "make the picture darker overall and the colors less vivid: now the colors are quite "
        "vivid, and the overall tone is on the bright side",
        [anywhere(_DARKER), anywhere(step("saturation", percent=Below(0), **WHOLE))],
        note="darker and less saturated, all of it, either order",
    ),
    no_op(
        "fresh203-10",
        "blur out the piece of paper with Loops' phone number very clearly printed on it, in "
        "every shot where the dashboard of the RV comes into focus: I'm not sure how happy he'd "
        "be to have any nutter with access to youtube give him a bell",
        "needs analysis",
        probe=Probe(duration=360.0),
        note="needs analysis: the paper tracked through the shots and blurred where it is; blur "
        "takes no moving area",
    ),
    do(
        "fresh203-11",
        "turn the video recorded from the Android phone into an animated GIF, to replace the "
        "GIF shown in the readme",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(duration=20.0),
        note="an animated GIF of the recording, all of it",
    ),
    do(
        "fresh203-12",
        "isolate one frame of the movie and transfer it into a photo for my scrapbook page: "
        "instead of taking a still picture, Paul had put my Sony Cybershot on 'movie' mode by "
        "accident (a few bottles of wine had been opened by then)",
        [step("still"), _IMAGE],
        probe=Probe(duration=10.0),
        note="one frame saved as a picture (any moment of the short clip)",
    ),
    do(
        "fresh203-13",
        "upscale the vertical video taken with my smartphone camera (848x480p) 4x: the upscale "
        "I tried came out flipped by 90° and the quality absolutely horrible",
        [_4X],
        probe=Probe(width=480, height=848),
        note="four times the size, aspect kept: 1920x3392",
    ),
    no_op(
        "fresh203-14",
        "make the film I shot before Christmas and edited in Movie Maker playable on common "
        'players, as a plain old VideoCD or Super VideoCD: its "Save to CD" burns a HighMAT '
        "format disc, and the only thing that plays that is the newest Panasonic DVD players",
        "no op",
        note="no op: a VideoCD's MPEG-1 (or a Super VideoCD's MPEG-2) .mpg; promptcut writes no "
        ".mpg, nor burns a disc",
    ),
    ask(
        "fresh203-15",
        "fix the merged video: I switched between the front and back cameras in the middle of "
        "recording, and the second half of the video is upside down",
        "where the upside-down part starts (when the cameras were switched)",
        (*WHICH_PART, "switch", "second half", "upside", "from when", "timestamp"),
    ),
    ask(
        "fresh203-16",
        "put the sound from the CD I bought of the Metallica show on my video from the gig: the "
        "Lumix TZ5 has a badly placed mono mic, and anything really loud will be distorted",
        "where in the CD's audio the clip falls (the offset that lines the two up)",
        (*WHICH_PART, "sync", "line up", "align", "offset", "which song", "track", "where in"),
        assets=["metallica_show.mp3"],
    ),
    ask(
        "fresh203-17",
        "give the DevRel life video lots of overlays/b-roll: when I talk about travelling, "
        "overlay something from the travelling video clips, maybe time-lapse, and when I talk "
        "about events, use me at an event somewhere",
        "when he talks about travelling and about events (the times to cut away to the clips)",
        (*WHICH_PART, "timestamps", "which moments", "how long", "talk about"),
        assets=["travelling.mp4", "event.mp4"],
    ),
    out_of_scope(
        "fresh203-18",
        "stop Instagram Story from cutting my premade 15 second video into two, 12sec and 3sec: "
        "it only happens in this new version, since I updated Instagram++ to v72.0",
        "a (modified) Instagram app splitting a story when it is posted, not an edit of the file",
        probe=Probe(duration=15.0),
    ),
    out_of_scope(
        "fresh203-19",
        "give my FZ1000 a Post-Focus feature, changing the focus while recording a 4K video",
        "a camera's firmware (focus bracketing while it records 4K), not an edit of a file",
    ),
    out_of_scope(
        "fresh203-20",
        "post the demo video to Bilibili too: I came over from Bilibili, and the demo videos "
        "are all posted on Douyin (the traffic there is high)",
        "posting a video to another platform (Bilibili), not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
