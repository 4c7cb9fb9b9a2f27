"""A two-hundred-and-eleventh fresh, held-out collection of real requests
(tests/realreq/fresh211.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh209's, the
rows are short, typical asks, like the development set's; all 17 come from Japanese personal
blogs and pages, translated minimally into English: family, hobby and club recordings (a phone
video shot walking at 60 fps, a YouTube privacy complaint, iPhone slow-motion pigeons, a
kindergarten recital sold in two parts, an editor's client's talk, an old Choro-Q video, a talk
event's quiet guest, a dance demonstration's song, a garden's weeding, a song from a TV
programme, a piano recital blocked on Instagram, an iMovie export, a cat's jump, a square-dance
party's recording, a nursery's videotape, a PTA's activity video, a month of children's photos).
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[no op]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh211.md")

#: 9:16 for Shorts, by the platform preset or by its shape.
_SHORTS = (
    step("platform", platform="youtube_shorts")
    | step("crop", aspect="9:16")
    | step("pad", aspect="9:16")
    | step("blur_fill", aspect="9:16")
)

CASES: tuple[Case, ...] = (
    do(
        "fresh211-01",
        "steady the 60fps video I shot with my phone while walking, holding it in my hand, "
        "and write it out at 60fps: the phone's image stabilization, on in 30fps mode, is "
        "disabled in 60fps mode, so it shakes a lot",
        [step("stabilize"), maybe(step("fps", fps=60))],
        probe=Probe(width=1920, height=1080, fps=60.0),
        note="stabilized, kept at 60 fps",
    ),
    ask(
        "fresh211-02",
        "cut the scenes YouTube reported in its privacy complaint, at 6:28, 5:40, 10:15 and "
        "7:35, out of my uploaded video, or blur them: I have to fix it within 48 hours",
        "how long each reported scene is (where each ends), or what in it to blur",
        (*WHICH_PART, "how long", "long", "blur", "what"),
        probe=Probe(duration=720.0),
    ),
    do(
        "fresh211-03",
        "make the video of the flock of pigeons, shot with the slow-motion feature of my "
        "iPhone 5s, play slow: I took it out of iPhoto and uploaded it to YouTube, and it "
        "isn't slow",
        [step("speed", factor=Between(0.2, 0.5), **WHOLE), maybe(step("fps", fps=30))],
        probe=Probe(duration=10.0, width=1280, height=720, fps=120.0),
        note="slow motion, 0.2x to 0.5x (0.25 plays the 120 fps clip at 30), all of it",
    ),
    do(
        "fresh211-04",
        "put the A group's video and the B group's video of the recital together into one, "
        "instead of selling them separately (A is 40 minutes, B 32)",
        [step("join", clips=AnyOf(["b_group.mp4"], []), at="end")],
        assets=["b_group.mp4"],
        probe=Probe(duration=2400.0),
        note="the B group's 32 minutes after the A group's 40",
    ),
    ask(
        "fresh211-05",
        "sum up the roughly 4-minute talk between three people in about 2 minutes in the end",
        "which 2 minutes to keep (of the 4-minute talk)",
        (*WHICH_PART, "which parts", "parts", "keep", "what"),
        probe=Probe(duration=240.0),
    ),
    do(
        "fresh211-06",
        "remake my old Choro-Q video, shot in 2007 and saved as Windows Media Video, into a "
        "YouTube Shorts video",
        [
            _SHORTS,
            maybe(step("resize")),
            maybe(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
        ],
        note="9:16 for YouTube Shorts (cropped, padded or with blurred sides); an MP4 may come "
        "with it",
    ),
    no_op(
        "fresh211-07",
        "improve the sound of the talk event video: the host's voice carries well, but the "
        "older male guest's voice is small and buried in the hall's echo, the audience's "
        "noise and shutter sounds, so it can hardly be heard",
        "no op",
        note="raising one speaker's voice out of the room's echo and the audience's noise; "
        "audio_denoise takes out steady noise, not echo or another voice",
    ),
    ask(
        "fresh211-08",
        "shorten the song for our dance demonstration by cutting out the 2nd verse, going "
        "straight from the 1st verse to the 3rd, so that it keeps its intro and its ending "
        "with the final pose",
        "where the 2nd verse starts and ends",
        (*WHICH_PART, "verse", "second", "2nd"),
        probe=Probe(duration=270.0),
    ),
    do(
        "fresh211-09",
        "speed up the weeding of the garden, from around 1:31, by 100 times or more: I want "
        "the video shorter, but I don't want to cut the middle",
        [step("speed", factor=Above(99), start=Between(85, 95)), maybe(step("mute"))],
        probe=Probe(duration=3600.0),
        note="100x or more from about 1:31 on (the length not stated: taken as an hour)",
    ),
    ask(
        "fresh211-10",
        'take just the song, Ayaka Hirahara\'s "Futatabi", out of the programme I recorded, '
        "as an MP3 for the car, cutting the narration and the applause before and after it",
        "where the song starts and ends (the narration and applause to cut)",
        (*WHICH_PART, "song", "begin", "narration", "applause"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh211-11",
        "get the video of my recital unblocked on Instagram: it is blocked for Universal "
        "Music Group content, though it's my own playing and I filmed it myself",
        "a platform's copyright block (an appeal to Instagram), not an edit of the file",
    ),
    do(
        "fresh211-12",
        "write out my video at 60 frames a second: iMovie can't export at 60",
        [step("fps", fps=60)],
        [step("reencode"), maybe(step("fps", fps=60))],
        probe=Probe(fps=60.0),
        note="the 60 fps footage written out at 60 fps",
    ),
    ask(
        "fresh211-13",
        "slow down just the moment Kafka jumps after the toy mouse into the basket: if all "
        "of it is slow, it takes long to play and gets boring",
        "when the jump happens (the moment to slow down)",
        (*WHICH_PART, "moment", "jump", "which"),
    ),
    do(
        "fresh211-14",
        "convert the recording of our 40th anniversary party, recorded on the PC as WAV, to "
        "MP3, so that the 10 hours fit on one CD-R",
        [step("convert", format="mp3")],
        [step("extract_audio", format="mp3", kbps=AnyOf(None, Below(156)))],
        probe=Probe(duration=36000.0),
        note="an MP3 of the 10-hour WAV, about 1 MB a minute (under 700 MB)",
    ),
    out_of_scope(
        "fresh211-15",
        "save what's on the nursery's videotape of the \"sports day play\" to DVD forever: the "
        "tape is lent to each family in turn",
        "dubbing a videotape to a DVD, not an edit of a given file",
    ),
    ask(
        "fresh211-16",
        "show the date, the event's name and the work done each time the scene changes in "
        "the PTA's video of this half-year's activities, and how many officers attended the "
        "neighbourhood association: it makes arranging people easier next year",
        "the words to show (dates, event names, work, numbers) and when each scene starts",
        ("what", "which", "text", "words", "date", "event", "name", "when", "caption"),
    ),
    out_of_scope(
        "fresh211-17",
        "make an original movie automatically from the photos and videos of the children I "
        "took this month",
        "a movie generated from a month's photo library (the Photos app's Memories), not an "
        "edit of one given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
