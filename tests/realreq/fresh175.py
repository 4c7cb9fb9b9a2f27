"""A hundred-and-seventy-fifth fresh, held-out collection of real requests
(tests/realreq/fresh175.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh173's, the
rows are short, typical asks, like the development set's; 17 come from GitHub issues and pull
requests (EdgeTX's sound packs, OpenShot, two meditation apps, a mindfulness app, a screencast
course's feedback board, a web performance tool, Fleet's handbook, OpenMined's courses, an LCA
tool's docs, a concert archive, a university lecture's videos, a lecture streaming site, a
recorder app, a youtube-dl fork and a research project) and one from a forum question about
PowerPoint's instructional videos. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh175.md")

#: A smaller file, by a quality setting or a size under the 170 MB it is.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(170))

CASES: tuple[Case, ...] = (
    do(
        "fresh175-01",
        "make my 10-minute 1920x1080 instructional video exported from PowerPoint smaller, without "
        "compromising the output dimensions: it is almost 170 MB, with a really high bitrate "
        "(2501kbps), and Camtasia reduced it to 36.8 MB with no noticeable reduction in quality",
        [
            anywhere(_SMALLER),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("reencode")),
            maybe(step("convert", format="mp4")),
        ],
        [
            step("codec", codec="hevc"),
            maybe(step("quality")),
            maybe(step("reencode")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="a smaller file (a smaller-file setting or a size under 170 MB; about 37 MB is fair), "
        "its 1920x1080 kept; H.265 alone is fair",
    ),
    do(
        "fresh175-02",
        "slow down Emily's speech from 1.25 speed to 1.10 speed: she is speaking a bit too fast "
        "now",
        [step("speed", factor=Between(0.86, 0.9), **WHOLE)],
        note="0.88 of its speed (1.10 of the original instead of 1.25), all of it",
    ),
    do(
        "fresh175-03",
        "make the video x4 the normal speed, without it freezing for 2 to 4 seconds at the start "
        "of each clip",
        [step("speed", factor=4, **WHOLE), maybe(step("reencode"))],
        note="four times as fast, all of it",
    ),
    do(
        "fresh175-04",
        "reduce the length of the sound on the Color Meditation: half as long, and faded right "
        "away so that it gets quiet quickly",
        [
            step("trim", start=0, end=Between(27, 33)),
            step("fade", direction="out", duration=Between(5, 30)),
        ],
        [
            step("cut", start=Between(27, 33), end=Between(59.5, 60)),
            step("fade", direction="out", duration=Between(5, 30)),
        ],
        note="the first half kept (30 s of the 60 s sound), then faded out over a good part of it",
    ),
    do(
        "fresh175-05",
        "give the background audio for the meditation a fade-in transition at the start and a "
        "fade-out transition at the end: it starts and ends abruptly, and it will be more pleasant",
        [
            anywhere(
                step(
                    "fade",
                    direction="in",
                    duration=Between(0.5, 10),
                    target=AnyOf("both", "audio"),
                )
            ),
            anywhere(
                step(
                    "fade",
                    direction="out",
                    duration=Between(0.5, 10),
                    target=AnyOf("both", "audio"),
                )
            ),
        ],
        note="a fade in at the start and a fade out at the end, either order",
    ),
    do(
        "fresh175-06",
        "clean up the background noise of the audio file: it's barely noticeable, but I could hear "
        "some birds chirping etc when increasing the volume on my brother's computer",
        [step("audio_denoise")],
        note="the background noise reduced",
    ),
    no_op(
        "fresh175-07",
        "make the mouse pointer in the Playwright video bigger and more visible: it is small and "
        "can be hard to follow, especially when demonstrating code (the text pointer is hard to "
        "follow!)",
        "needs analysis",
        note="needs analysis: the pointer must be found in every frame to draw a bigger one over "
        "it; no operation finds or redraws it",
    ),
    no_op(
        "fresh175-08",
        "remove everything after the last visual change of the video, to make it smaller in size",
        "needs analysis",
        note="needs analysis: where the picture stops changing must be found; no operation finds "
        "it",
    ),
    no_op(
        "fresh175-09",
        "edit the sensitive information out of the design review recording before upload: wherever "
        'someone noticed a customer name, IP address or sensitive key, they said "pineapple" three '
        "times",
        "needs analysis",
        note='needs analysis: where "pineapple" is said (a transcript of the speech) must be '
        "found; no operation finds words in the speech",
    ),
    no_op(
        "fresh175-10",
        "fix the small sound break at 3:07 in the video of Lesson 2, Concept 2: it is really not "
        "that big of an issue, just want to be helpful in making this course perfect :D",
        "no op",
        probe=Probe(duration=600.0),
        note="no op: the sound missing at 3:07 cannot be brought back; no operation fills a gap in "
        "the sound",
    ),
    ask(
        "fresh175-11",
        "slow down the video a bit when doing data entry, as it is hard for us old folk to see",
        "which part (when the data entry is shown)",
        (*WHICH_PART, "data entry", "part", "section", "timestamp"),
    ),
    ask(
        "fresh175-12",
        "speed up my footage but keep all of it: every time I do so, it cuts my video",
        "how much faster (a factor, or a target length)",
        ("how much", "faster", "factor", "how fast", "speed", "times", "length", "which", "what"),
    ),
    ask(
        "fresh175-13",
        "eliminate the crowd noise sections of the pre-encore track",
        "where the crowd noise is (which parts to cut)",
        (*WHICH_PART, "crowd", "noise", "sections", "parts", "how much"),
    ),
    ask(
        "fresh175-14",
        'adjust the title slide and the intro of the lecture video: "Prog2" instead of "PM" on the '
        'title slide, and "Herzlich willkommen zu Programmieren 2" instead of "Herzlich willkommen '
        'zu ... PM" in the intro',
        'the new intro recording (the sound with the new words), and where "PM" is on the title '
        "slide",
        (
            "recording",
            "record",
            "audio",
            "sound",
            "voice",
            "file",
            "provide",
            "where",
            "which",
            "position",
        ),
    ),
    out_of_scope(
        "fresh175-15",
        "let me watch the streams and rewatch the lecture recordings at resolutions lower than "
        "1080p, like YouTube's 144p to 720p: I couldn't watch a lecture on my mobile internet "
        "connection, because I would have finished all my mobile data",
        "a lecture streaming site's choice of playback resolutions, not an edit of a given file",
    ),
    out_of_scope(
        "fresh175-16",
        "skip silence while recording, for recording audio lectures, debates, news etc. (Audio "
        "Recorder has this feature)",
        "a recorder app skipping silence while it records, not an edit of a given file",
    ),
    out_of_scope(
        "fresh175-17",
        "download the Loom video https://www.loom.com/share/0dadc9eb8d07475eab099dd55032e742 (Loom "
        "is a screen recording software)",
        "downloading a video from Loom's site, not an edit of a given file",
    ),
    out_of_scope(
        "fresh175-18",
        "transform the video of the real match into a video-game like video: it would make sharing "
        "video snippets a lot easier, without the censorship related to TV rights (as a football "
        "data analyst I always have annoying limitations on sharing videos with colleagues)",
        "re-rendering real footage as a video game (a 3D reconstruction of the match), not an edit "
        "of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
