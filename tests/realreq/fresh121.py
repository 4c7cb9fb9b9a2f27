"""A hundred-and-twenty-first fresh, held-out collection of real requests
(tests/realreq/fresh121.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh117's, the
rows are short, typical asks, like the development set's; all 17 come from GitHub issues of
teachers, schools and organisations and of users of apps and bots: a Brazilian university's
video service, a Canadian university's online-learning media requests, a consultancy's
community update, a design studio, a school portfolio platform, a Telegram file-conversion bot,
an animation library's user, a logic-design course, a web agency's college talk, Mozilla's and
CHAOSS's teams, a Shopify theme, Telegram Desktop and a church projection program. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` row a refusal of a DOABLE ask no operation does. An `[extra input: …]` marker is left
out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh121.md")

#: The instructor's title, on one line or with the name (or the credentials) on a line of its own.
_TITLE = AnyOf(
    "Margaret Manning-Shull, MS., M.Div., LMHCA, Instructor, TWU-Bellingham Extension Campus",
    "Margaret Manning-Shull\nMS., M.Div., LMHCA, Instructor, TWU-Bellingham Extension Campus",
    "Margaret Manning-Shull, MS., M.Div., LMHCA\nInstructor, TWU-Bellingham Extension Campus",
)
#: The title's second part, when the name is a text of its own.
_CREDENTIALS = AnyOf(
    "MS., M.Div., LMHCA, Instructor, TWU-Bellingham Extension Campus",
    "MS., M.Div., LMHCA\nInstructor, TWU-Bellingham Extension Campus",
)
#: The start of the 300 s welcome video taken off up to 0:44.
_FROM_044 = step("trim", start=44, end=AnyOf(None, Between(299.5, 300))) | step(
    "cut", start=0, end=44
)
#: One side 512 pixels, of a 1080x1080 clip (a Telegram video sticker's size).
_512 = (
    step("resize", width=512)
    | step("resize", height=512)
    | step("resize", lines=512)
    | step("resize", percent=Between(47.3, 47.5))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh121-01",
        "edit the class video, keeping in the new file only the interval from 01:04:35 to 01:48:00",
        [step("trim", start=3875, end=6480)],
        [step("keep_ranges", ranges=[[3875, 6480]])],
        probe=Probe(duration=7200.0),
        note="1:04:35 to 1:48:00 (3875 s to 6480 s) of the two-hour class kept",
    ),
    do(
        "fresh121-02",
        "edit this welcome video (it starts at 0:44) and add the instructor's title: Margaret "
        "Manning-Shull, MS., M.Div., LMHCA, Instructor, TWU-Bellingham Extension Campus",
        [_FROM_044, anywhere(step("text", text=_TITLE))],
        [
            _FROM_044,
            anywhere(step("text", text="Margaret Manning-Shull")),
            anywhere(step("text", text=_CREDENTIALS)),
        ],
        probe=Probe(duration=300.0),
        note="the first 44 s taken off, and the instructor's title drawn (any place, any time)",
    ),
    do(
        "fresh121-03",
        "trim the start of the community update video (cut to around 1:45) and cut the question "
        "and answer from Adam around 5:06 – 6:36",
        [
            step("trim", start=Between(100, 110), end=AnyOf(None, Between(1199, 1200))),
            step("cut", start=Between(193, 209), end=Between(283, 299)),
        ],
        [
            step("cut", start=Between(303, 309), end=Between(393, 399)),
            step("trim", start=Between(100, 110), end=AnyOf(None, Between(1105, 1110))),
        ],
        [step("keep_ranges", ranges=[[105, 306], [396, 1200]])],
        [step("cut_ranges", ranges=[[0, 105], [306, 396]])],
        probe=Probe(duration=1200.0),
        note="the first ~1:45 off and ~5:06-6:36 cut out of the 20 min video, in either order",
    ),
    do(
        "fresh121-04",
        "split the MS Teams instructor orientation video: 0 min to 23:20",
        [step("trim", start=AnyOf(0, None), end=1400)],
        [step("keep_ranges", ranges=[[0, 1400]])],
        [step("cut", start=1400, end=Between(3599, 3600))],
        probe=Probe(duration=3600.0),
        note="the first 23:20 (1400 s) of the hour-long recording kept",
    ),
    do(
        "fresh121-05",
        "please, if you can, make a fade-out at the end of this video, so it looks nice as a loop",
        [
            anywhere(
                step(
                    "fade",
                    direction="out",
                    duration=Between(0.3, 5),
                    target=AnyOf("both", "video"),
                )
            ),
            maybe(step("fade", direction="in")),
        ],
        probe=Probe(duration=20.0),
        note="a fade out at the end, 0.3 to 5 s (a fade in may come with it)",
    ),
    do(
        "fresh121-06",
        "make the student's video fit the 16MB upload limit: it is just over 16MB, and I am "
        "trying to avoid YouTube because of the potential privacy issues",
        [
            anywhere(step("compress", max_mb=Between(8, 16))),
            maybe(step("resize")),
            maybe(step("quality")),
        ],
        note="a file under 16 MB (a resize or a smaller-file setting may come with it)",
    ),
    do(
        "fresh121-07",
        "insert the subtitles in the institutional video: it is of utmost importance for the "
        "institution for the return to classes",
        [step("subtitles", file=AnyOf("legendas.srt", None))],
        assets=["legendas.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh121-08",
        "convert the video to an audio message",
        [SOUND_ALONE, maybe(step("convert", format=AnyOf("ogg", "opus", "mp3", "m4a", "wav")))],
        note="the sound alone, any audio format (ogg/opus is Telegram's voice format)",
    ),
    do(
        "fresh121-09",
        "make the video a Telegram sticker",
        [
            anywhere(step("convert", format="webm")),
            anywhere(_512),
            maybe(step("mute")),
            maybe(step("fps", fps=Between(1, 30))),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=3.0, width=1080, height=1080),
        note="a webm with one side 512 px, of the 3 s square clip (sound off, 30 fps or less, "
        "a smaller file may come with it)",
    ),
    no_op(
        "fresh121-10",
        "make the code in the lab video readable, professor: even at the highest quality (720p) "
        "the scenes showing code are hard to make out, though the other scenes' letters are big",
        "the small code text's detail is not in the 720p recording; no operation restores it "
        "(sharpening or upscaling does not make it legible)",
        probe=Probe(width=1280, height=720),
    ),
    ask(
        "fresh121-11",
        "edit out the Q&A with students from the talk video, so we can post it on our website",
        "where the Q&A is (when it starts and ends)",
        (*WHICH_PART, "q&a", "timestamp", "what time"),
    ),
    ask(
        "fresh121-12",
        "edit the bloopers out of the unit overview video: the speaker (Margaret) pauses and "
        "restarts at certain sections",
        "which sections (where each blooper is)",
        (*WHICH_PART, "blooper", "timestamp", "sections"),
    ),
    ask(
        "fresh121-13",
        "break the recorded virtual AMA video down into bite-size question-answer snippets",
        "where each question and answer starts and ends",
        (*WHICH_PART, "timestamp", "snippet", "each question"),
    ),
    ask(
        "fresh121-14",
        "edit the Intro to Augur recorded video content with video editing software",
        "what to change (which edit)",
        ("what", "which", "how", "edit", "change", "kind of", "want"),
    ),
    out_of_scope(
        "fresh121-15",
        "have the muted video uploaded on the product page autoplay and loop, so the play button "
        "isn't there: I have tried a gif, which works great, but it doesn't have the same "
        "quality as a video",
        "a store theme's video player (autoplay and loop on the product page), not an edit of "
        "the file",
    ),
    out_of_scope(
        "fresh121-16",
        "give Telegram Desktop a media editor like the mobile app's, for a very basic function "
        "like trimming (or cutting) a video",
        "a feature of the Telegram Desktop app, not an edit of a given file",
    ),
    out_of_scope(
        "fresh121-17",
        "let me put videos in the logo option of the projection software: so far it's only "
        "possible with images, and a gif doesn't look good",
        "a feature of a church projection program (a video as its logo screen), not an edit of "
        "a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
