"""A hundred-and-seventy-ninth fresh, held-out collection of real requests
(tests/realreq/fresh179.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh177's, the
rows are short, typical asks, like the development set's; 15 come from personal blog posts and
a personal project page about a family or home video (a grandson's clip, a DC trip DVD, a
daughter's smugmug videos, camcorder MTS files, a cricket bowler's slow motion, a baptism, a
Kevin Hart GIF for Instagram, a VHS interview, a sermon, a Little League game, a band's first
video, a year in review, training videos for a church branch, a Sunday School lesson), two from
forum threads (forum.videohelp.com, the Vegas forum), two from question-and-answer columns
(pctoptips.co.uk, casablancaexpert.com) and one from a GitHub issue (piko). Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    SOUND_ALONE,
    WHOLE,
    Above,
    AnyOf,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh179.md")

#: The 1920x1080 camcorder video brought down to about DVD resolution (480 or 576 lines).
_DVD_SIZE = (
    step("resize", lines=AnyOf(480, 576))
    | step("resize", height=Between(400, 576), width=AnyOf(None, Between(700, 1024)))
    | step("resize", width=Between(700, 1024), height=AnyOf(None, Between(400, 576)))
    | step("resize", percent=Between(35, 55))
)

#: A 70s look: a vintage or faded grade, warm tones, or sepia.
_SEVENTIES = step("look", style=AnyOf("vintage", "faded", "warm")) | step("sepia")

#: My own music, in place of the video's sound or under it.
_MY_MUSIC = step("replace_audio", file="music.mp3") | step("add_music", file="music.mp3")

CASES: tuple[Case, ...] = (
    do(
        "fresh179-01",
        "rotate the short video clip (.AVI) of my grandson recorded on my digital camera, an "
        "easier way than turning the monitor through 90 degrees: it was shot in portrait rather "
        "than landscape mode",
        [step("rotate", degrees=AnyOf(90, 270))],
        probe=Probe(duration=30.0, width=640, height=480),
        note="a quarter turn, either way (the direction is not said)",
    ),
    do(
        "fresh179-02",
        "slow down the time lapsed security video a client gave me, enough to tell what the "
        "people are saying: played in a regular VTR, the voices sound like they were sped up by "
        "a factor of about 10",
        [step("speed", factor=Between(0.08, 0.2), **WHOLE)],
        note="about ten times slower (0.08x to 0.2x), all of it",
    ),
    do(
        "fresh179-03",
        "remove the audio track from the short video clip people took with their cell phone, to "
        "drop it into Alison's Washington DC Trip DVD",
        [step("mute")],
        probe=Probe(duration=20.0, width=1280, height=720),
        note="no sound, all of it",
    ),
    no_op(
        "fresh179-04",
        "convert the MJPEG AVI file from my Canon SD300 to MPEG 1, to post it on smugmug: it is "
        "the only format they take (for compat reasons)",
        "no op",
        probe=Probe(duration=60.0, width=640, height=480, fps=30.0),
        note="no op: an MPEG-1 (.mpg) file; no output format is MPEG",
    ),
    do(
        "fresh179-05",
        "join these MTS files from my Canon VIXIA HF S100 and transcode them to a resolution "
        "comparable to that found on DVD, to have the video in a viewable format on my computer "
        "with good quality and minimal size",
        [
            anywhere(
                step("join", clips=AnyOf(["clip2.mts"], []), at="end")
                | step("transition", clips=AnyOf(["clip2.mts"], []), at="end")
            ),
            anywhere(_DVD_SIZE),
            maybe(step("quality", level=AnyOf("small", "balanced", "high"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format=AnyOf("mp4", "mkv", "mov", "ts"))),
        ],
        assets=["clip2.mts"],
        probe=Probe(duration=600.0, width=1920, height=1080, fps=29.97),
        note="clip2.mts after this one, and the whole brought down to 480 or 576 lines",
    ),
    do(
        "fresh179-06",
        "turn the AVI file I captured in really high quality with my new G9 camera into a slow "
        "motion video, to analyse my bowling (or my son's) technique",
        [step("speed", factor=Between(0.1, 0.5), **WHOLE)],
        probe=Probe(duration=20.0, width=640, height=480, fps=30.0),
        note="slow motion, 0.1x to 0.5x, all of it",
    ),
    do(
        "fresh179-07",
        "strip the audio from the iPhone video of Louis's speech at the birthday party, for the "
        "video I'm making of Sophia's baptism: all the clips I took of the baptism have messed up "
        "audio",
        [SOUND_ALONE],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="the sound alone, as an audio file",
    ),
    do(
        "fresh179-08",
        "make the Kevin Hart GIF into a video I can upload to Instagram: Instagram doesn't accept "
        "videos less than 2 seconds, which is the exact running time of every GIF (I tried using "
        "iMovie to loop the time, but that didn't work)",
        [
            anywhere(step("loop", times=Above(1))),
            anywhere(step("convert", format=AnyOf("mp4", "mov"))),
            maybe(step("codec", codec="h264")),
        ],
        probe=Probe(duration=2.0, width=480, height=270, fps=15.0, has_audio=False),
        note="played at least twice (4 s or more) and saved as an MP4, either order",
    ),
    do(
        "fresh179-09",
        "convert the VHS footage of this interview from its native 4:3 to a more conventional "
        "16:9, to upload my very first film project to YouTube",
        [step("crop", aspect="16:9")],
        [step("pad", aspect="16:9")],
        [step("blur_fill", aspect="16:9")],
        [step("platform", platform="youtube")],
        probe=Probe(duration=1200.0, width=768, height=576, fps=25.0),
        note="16:9 of the 4:3 capture: cropped, with bars or with blurred sides",
    ),
    do(
        "fresh179-10",
        "flip the 12 minutes of high definition video of this week's sermon the right way up: I "
        "filmed it upside down from a pillar, to get a better angle",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        probe=Probe(duration=720.0, width=1920, height=1080),
        note="a half turn (or flipped both ways), all of it",
    ),
    do(
        "fresh179-11",
        "speed up the video of Zachary at our last game against the Mets a bit, add a 70s filter "
        "and my own music",
        [
            anywhere(step("speed", factor=Between(1.1, 2), **WHOLE)),
            anywhere(_SEVENTIES),
            anywhere(_MY_MUSIC),
        ],
        assets=["music.mp3"],
        probe=Probe(duration=30.0, width=1280, height=720),
        note="a bit faster (1.1x to 2x), a vintage/faded/warm look or sepia, and music.mp3 as "
        "its sound or under it, in any order",
    ),
    no_op(
        "fresh179-12",
        "filter out some or all of the cell phone ringing and answering that covers the important "
        "part of my speech at my brother's wedding: the camera was up in a balcony, a significant "
        "distance from me, so the noise is louder than the sound of my voice",
        "no op",
        probe=Probe(duration=600.0, width=720, height=480, fps=29.97),
        note="no op: separating a ringtone and a man's phone call from the speech; audio_denoise "
        "takes out steady noise only",
    ),
    no_op(
        "fresh179-13",
        "de-interlace the edited HD footage I shot at 1440x1080i on my Canon XH-A1, before my "
        "client adds it to YouTube",
        "no op",
        probe=Probe(duration=300.0, width=1440, height=1080, fps=29.97),
        note="no op: deinterlacing; no operation deinterlaces",
    ),
    no_op(
        "fresh179-14",
        "sync the audio track I recorded into Audacity with the video from my little pink "
        "camera: they are not exactly the same length (the camera recorded a teency bit faster "
        "than Audacity did, or vice versa), so they drift out of sync",
        "no op",
        assets=["audio.wav"],
        probe=Probe(duration=180.0, width=640, height=480),
        note="no op: audio.wav stretched to the video's length in place of its sound; no "
        "operation time-stretches one stream to fit the other",
    ),
    ask(
        "fresh179-15",
        "cut the first draft of our year-in-review video down to just the highlights, about five "
        "minutes, so it won't be dull",
        "which parts are the highlights (what to keep of the 15 minutes)",
        (*WHICH_PART, "highlights", "which parts", "moments", "keep", "what"),
        probe=Probe(duration=900.0),
    ),
    ask(
        "fresh179-16",
        "add 30 seconds of background music to the video I'm creating for someone: I can't locate "
        "the power adapter for my synthesizer",
        "which music (the file to add)",
        (
            "which music",
            "music file",
            "file",
            "track",
            "song",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    ask(
        "fresh179-17",
        "add captions to the training video Marriner needs to share with some people in the "
        "branch: it has no captions",
        "the captions' words (a subtitle file or a transcript)",
        (
            "subtitle file",
            "caption file",
            "srt",
            "vtt",
            "transcript",
            "words",
            "text",
            "file",
            "provide",
            "upload",
            "what",
        ),
    ),
    ask(
        "fresh179-18",
        "cut the sermon out of the recording of Sunday's service, for the Cathedral website",
        "which part is the sermon (where it starts and ends)",
        (*WHICH_PART, "sermon", "timestamps", "seconds", "minutes"),
        probe=Probe(duration=4200.0),
    ),
    out_of_scope(
        "fresh179-19",
        "make my PowerPoint lesson with its voice recording into an mp4 file that can upload to "
        "YouTube: I teach Gospel Doctrine in Sunday School and have been asked to do up to a 20 "
        "min virtual video for each lesson",
        "a PowerPoint presentation made into a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh179-20",
        'let me download my own Instagram Stories with the music included: when I use "Save to '
        "My Story\", it doesn't save with music, though that is possible with other stories",
        "downloading one's own story, with its music, from Instagram; not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
