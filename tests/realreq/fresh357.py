"""A three-hundred-and-fifty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh357.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh356's, the
rows are short, typical asks about work and teaching videos; nine come from GitHub issues
(a video player, ShareX, Screenity, a Zoom plugin for WordPress, open-screenstudio, a wiki
tool's README demo, Frappe's LMS and Sensei) and eight from web pages (a programmer's blog, a
freelancer's blog, a university teaching centre, a medical faculty, a French school-video page,
a German lecturer's screencast page, a Spanish teacher's blog and a French teacher's blog):
a talk and a course lesson turned into audio, lecture videos brought down to 720p, to
960x540 or below 4K, a class recording's noise taken out, a README demo GIF, a one-channel
microphone, typing sped up, a zoom effect, "only video / audio", a student's interventions
removed, a player's speeds, a capture mode, an upload that hangs and a webinar archived.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh357.md")

_720P = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, 1280))
    | step("resize", width=1280, height=AnyOf(None, 720))
)
_HALF = (
    step("resize", width=960, height=AnyOf(None, 540))
    | step("resize", height=540, width=AnyOf(None, 960))
    | step("resize", lines=540)
    | step("resize", percent=50)
)
_BELOW_4K = (
    step("resize", lines=Below(2160))
    | step("resize", width=Below(3840), height=AnyOf(None, Below(2160)))
    | step("resize", height=Below(2160), width=AnyOf(None, Below(3840)))
    | step("resize", percent=Below(100))
)
_SMALLER = (
    step("resize", lines=Below(1080))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)
_MEETING = Probe(duration=3600.0, width=1280, height=720)

CASES: tuple[Case, ...] = (
    do(
        "fresh357-01",
        "convert this conference talk video into an audio file (mp3 or other), so I can play it "
        "on my phone while commuting or walking the dog: it wouldn't lose much without the "
        "visuals, the slides are more useful for the speaker than for the audience",
        [SOUND_ALONE],
        probe=Probe(duration=2700.0),
        note="the sound alone, as an mp3 or another audio file",
    ),
    do(
        "fresh357-02",
        "convert this video course lesson to audio, so I can listen to it like a podcast "
        "instead of having to sit at the computer for a long period of time",
        [SOUND_ALONE],
        probe=Probe(duration=900.0, width=1280, height=720),
        note="the sound alone",
    ),
    do(
        "fresh357-03",
        "transcode this 15 minute lecture video to 720p: it is significantly larger than the "
        "typical 200MB, and 720p will maximize my storage space and improve the student "
        "streaming experience",
        [_720P, maybe(step("compress", max_mb=Between(1, 200)))],
        [step("compress", max_mb=Between(1, 200)), maybe(_720P)],
        probe=Probe(duration=900.0),
        note="720p (the size then about 200 MB); a compress under 200 MB is accepted",
    ),
    do(
        "fresh357-04",
        "export this screencast as an mp4 video with medium quality (1280 x 720 pixels), for "
        "the faculty's media library",
        [_720P, maybe(step("convert", format="mp4")), maybe(step("quality", level="balanced"))],
        [
            step("convert", format="mp4"),
            _720P,
            maybe(step("quality", level="balanced")),
        ],
        probe=Probe(duration=1200.0),
        note="1280x720, an mp4 (the input already is one)",
    ),
    do(
        "fresh357-05",
        "reduce the dimensions of this class video to put it online on the school's ENT, where "
        "space is limited and videos quickly become bulky: divide its dimensions by two, for a "
        "nice 960x540 video",
        [_HALF, maybe(step("quality", level="small"))],
        probe=Probe(duration=240.0),
        note="half the width and height: 960x540",
    ),
    do(
        "fresh357-06",
        "give this 4K screencast of my lecture a smaller resolution: videos in 4K quality turn "
        "out enormously large, and take up storage space and bandwidth",
        [_BELOW_4K, maybe(step("quality", level="small"))],
        probe=Probe(duration=1800.0, width=3840, height=2160),
        note="a smaller resolution than 4K (1080p is the usual choice)",
    ),
    do(
        "fresh357-07",
        "reduce the noise in the sound of this class recording: my voice, through the mask, "
        "mixes with the background noise of the classroom and all the street noise that comes "
        "in through the open windows",
        [step("audio_denoise")],
        probe=Probe(duration=3000.0, width=1024, height=768),
        note="the background noise reduced, the voice kept",
    ),
    do(
        "fresh357-08",
        "make a demo GIF of this recording of the tool in action for the README, with the GIF "
        "size optimised (< 3MB)",
        [step("gif")],
        [step("convert", format="gif")],
        [_SMALLER, step("gif")],
        [step("fps", fps=Below(30)), step("gif")],
        probe=Probe(duration=15.0),
        note="an animated GIF, kept small (a lower width or frame rate)",
    ),
    no_op(
        "fresh357-09",
        "merge the sound channels of this screen recording: I use a RODE mic which has 1 "
        "channel, so when I record I hear only one channel",
        "no op: the one-sided sound put on both channels (mono); no operation mixes channels",
        probe=Probe(duration=600.0),
    ),
    no_op(
        "fresh357-10",
        "automatically detect and speed up the typing segments in this screen recording, to "
        "eliminate boring typing sequences",
        "needs analysis: finding where someone types; no operation detects typing",
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh357-11",
        "add a zoom in / out effect to this screen recording, similar to iMovie",
        "where in the picture to zoom, when, and how far (nothing says)",
        ("where", "which part", "which area", "when", "how much", "how far", "area", "region"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh357-12",
        "make this meeting recording show only video / audio",
        "which one: the picture without the sound, or the sound alone",
        ("which", "video or audio", "audio or video", "picture", "sound alone", "only the"),
        probe=_MEETING,
    ),
    ask(
        "fresh357-13",
        "edit this recorded video-conference session so as to remove the interventions of a "
        "student who has not given consent",
        "when that student speaks (which parts to cut)",
        WHICH_PART,
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh357-14",
        "add a 2.25x and 2.5x speed setting, or the option to input a custom speed, to this "
        "player app: I use it for watching lectures, and 2.0x is at times still too slow to "
        "watch them at optimum speed",
        "a video player's playback speeds, not an edit of a video file",
    ),
    out_of_scope(
        "fresh357-15",
        "add a video capture mode that follows the mouse cursor, capturing a region around it",
        "a screen recorder's capture mode, not an edit of a video file",
    ),
    out_of_scope(
        "fresh357-16",
        "upload this 10 min video of around 44 MB to my course in the LMS module: the screen "
        "didn't respond, so I assume the video wasn't uploaded",
        "a learning platform's upload that hangs, not an edit of a video file",
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh357-17",
        "grab a recording of the webinar once it is completed and add it as a video on a "
        "lesson, for archival and review",
        "a course platform's webinar integration, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
