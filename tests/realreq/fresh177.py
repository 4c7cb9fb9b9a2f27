"""A hundred-and-seventy-seventh fresh, held-out collection of real requests
(tests/realreq/fresh177.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh173's, the
rows are short, typical asks, like the development set's, here from people preparing a video for
a website, a screen or a community: 11 come from GitHub issues (a digital-signage video wall, a
nonprofit's website, two HandBrake users, a KDE video wallpaper, a Brazilian university's video
service, a product-film maker, moviepy, OpenShot and a Kodi film add-on), one from a WordPress
theme's support forum and two from blog posts (a wildlife blog, a gardener's blog). Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, optional, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh177.md")

#: The 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: An encoding setting that may come with a smaller file.
_CODEC = step("codec", codec=AnyOf("h264", "hevc"))

#: A smaller file than the 68 MB one, by a quality setting or a size target under it.
_UNDER_68 = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Below(68))

#: A smaller file than the slider's "just over 3MB" one.
_UNDER_3 = step("quality", level="small") | step("compress", max_mb=Between(0.2, 3))

#: Darker, all of it.
_DARKER = step("brightness", percent=Below(0), **WHOLE) | step("gamma", gamma=Below(1), **WHOLE)

#: The PPGE vignette before the video.
_VIGNETTE_START = step("join", clips=["vinheta.mp4"], at="start") | step(
    "transition", clips=["vinheta.mp4"], at="start"
)

#: The video's own subtitles burned in (before the vignette moves its times).
_SUBTITLES = step("subtitles", file=AnyOf("legenda.srt", None))

#: The video's theme, written as given.
_THEME = step("text", text="Políticas de Acesso e Ações Afirmativas na Educação Superior")

CASES: tuple[Case, ...] = (
    do(
        "fresh177-01",
        "rotate the source video so its top is on the left, for our wall of portrait panels "
        "mounted side by side: the wall editor appears to assume landscape panels",
        [step("rotate", degrees=270)],
        note="a quarter turn anticlockwise (the top goes to the left), all of it",
    ),
    do(
        "fresh177-02",
        "make the new customized video for our home page smaller: it is 68MB, while the current "
        "video is only 1MB",
        [anywhere(_UNDER_68), maybe(_DOWN), maybe(_CODEC)],
        [anywhere(_DOWN), maybe(_UNDER_68), maybe(_CODEC)],
        [step("codec", codec="hevc"), maybe(_UNDER_68), maybe(_DOWN)],
        note="a smaller file than the 68 MB one: a smaller-file setting or size, a smaller "
        "picture, or H.265, any with the others",
    ),
    ask(
        "fresh177-03",
        "compress my 230 MB MP4 so I can upload it to the website I am using to build a new "
        "webpage: it still cannot be uploaded, though other files I compressed uploaded with no "
        "problem",
        "the size the website accepts (its upload limit)",
        ("limit", "how small", "what size", "which size", "size", "MB", "max", "website"),
    ),
    do(
        "fresh177-04",
        "get the file size of the 1280 x 688 video down to around 800mb: the original is 1.05gb, "
        "but the finished file came out 1.23gb",
        [
            anywhere(step("compress", max_mb=Between(700, 850))),
            maybe(_CODEC),
            maybe(step("quality")),
        ],
        probe=Probe(width=1280, height=688),
        note="about 800 MB (700 to 850) of the 1.05 GB, 1280x688 video",
    ),
    do(
        "fresh177-05",
        "keep the brightness of the wallpaper video down: some of us are light-sensitive, so I "
        "always use dark themes on everything",
        [_DARKER],
        note="darker (a negative brightness or a gamma below 1), all of it",
    ),
    do(
        "fresh177-06",
        "insert the vignette, also add the subtitles (their text is attached) and add the video's "
        "theme, the information on the opening vignette: Políticas de Acesso e Ações Afirmativas "
        "na Educação Superior",
        [_SUBTITLES, _VIGNETTE_START, anywhere(_THEME)],
        assets=["vinheta.mp4", "legenda.srt"],
        note="legenda.srt burned in, then vinheta.mp4 before the video, and the theme written "
        "anywhere",
    ),
    do(
        "fresh177-07",
        "put the event video in black and white and in slow motion, under the text of the "
        "transition screens",
        [step("grayscale", **WHOLE), step("speed", factor=Between(0.2, 0.8), **WHOLE)],
        [step("speed", factor=Between(0.2, 0.8), **WHOLE), step("grayscale", **WHOLE)],
        note="black and white and slower (0.2 to 0.8 times), all of it, either order",
    ),
    ask(
        "fresh177-08",
        "make a 55-second cut of the 116-second square product film for Instagram that preserves "
        "the key message and emotional arc: Instagram does not allow videos longer than 60 "
        "seconds for Reels/feed posts",
        "which parts to keep (which 55 of the 116 seconds)",
        (*WHICH_PART, "which scenes", "scene", "keep", "cut", "parts"),
        probe=Probe(duration=116.0, width=1080, height=1080),
    ),
    do(
        "fresh177-09",
        "minify the slider's background video: it is just over 3MB, and with two video slides the "
        "page went over 7MB and kept on crashing",
        [anywhere(_UNDER_3), maybe(_DOWN), maybe(step("mute")), maybe(_CODEC)],
        [anywhere(_DOWN), maybe(_UNDER_3), maybe(step("mute")), maybe(_CODEC)],
        note="a smaller file than the 3 MB one: a smaller-file setting or size under 3 MB, or a "
        "smaller picture; the sound may go",
    ),
    do(
        "fresh177-10",
        "put the jig on the video of the visitors to our bird feeders: the wildtrack of ambient "
        "sound I recorded, the occasional clicking of the feeders and background bird calls, "
        "didn't really register",
        [step("replace_audio", file="jig.mp3")],
        [optional(step("mute")), step("add_music", file="jig.mp3", **WHOLE)],
        assets=["jig.mp3"],
        note="jig.mp3 as the sound (replacing the ambient sound, or over it), all of it",
    ),
    ask(
        "fresh177-11",
        "add a custom frame/borders to the video",
        "what frame (its colour and thickness, or the frame image)",
        ("color", "colour", "thick", "width", "size", "what", "which", "style", "image", "frame"),
    ),
    ask(
        "fresh177-12",
        "put a simple title on the video of the local zoning board, posted to Youtube: it doesn't "
        "need anything fancy, but needs a bit more text than fits on one line",
        "the title's words (what it says)",
        ("what text", "which text", "text", "what should", "say", "words", "wording", "what"),
    ),
    out_of_scope(
        "fresh177-13",
        "stitch the motion-activated camera's pictures of the birds at the hummingbird feeder "
        "together into a short stop-motion movie, with a soundtrack",
        "making a movie from still pictures, not an edit of a given video",
    ),
    out_of_scope(
        "fresh177-14",
        "convert the film to English speaking",
        "dubbing a film into another language, not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
