"""A two-hundred-and-ninety-first fresh, held-out collection of real requests
(tests/realreq/fresh291.md): one checkable case a row, encoded the way fresh289.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh289's, the
rows are short, typical asks; all 20 come from GitHub threads of people building websites and
site themes (a task app's help page, a conference site, a campaign's 404 page, an interactive
film, a SQL site builder, a media site's front page, a student club's landing page, an
archivists' cookbook, a transcript registry, a launcher theme, an interview site, a design
manual, a data story, an app's teaser, a church site's home page, a shop theme, Next.js, an
education site, a conference site and a design site): a help GIF made mp4 (in Japanese), a
heavy background video made a GIF (in Japanese), a poster from the first frame, a WebM for
Firefox, the sound removed so it autoplays on iPhones, three GIFs made smaller, a clip cut to
3 seconds and muted, a fade out, a frame with the interviewee, a 1px border, a resize with no
size, a "preview" with no place, a "mobile optimized" hero, and five asks of a page or a player.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope, smaller_gif
from .score import GIF, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh291.md")

_H264 = step("codec", codec="h264")
_IMAGE = step("convert", format=AnyOf("jpg", "png"))
_SMALLER_720 = (
    step("resize", lines=Below(720))
    | step("resize", width=Below(1280), height=AnyOf(None, Below(720)))
    | step("resize", height=Below(720), width=AnyOf(None, Below(1280)))
    | step("resize", percent=Below(100))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh291-01",
        "convert this how-to-use GIF to mp4: that's lighter",
        [step("convert", format="mp4"), maybe(_H264)],
        [_H264, step("convert", format="mp4")],
        probe=Probe(duration=20.0, width=800, height=500, fps=10.0, has_audio=False),
        note="the GIF saved as an mp4",
    ),
    do(
        "fresh291-02",
        "make this background video an animated GIF: the background video is heavy, and an "
        "animated GIF would do for every environment",
        [GIF],
        [_SMALLER_720, GIF],
        [step("fps", fps=Below(30)), GIF],
        probe=Probe(duration=15.0, width=1280, height=720, fps=30.0, has_audio=False),
        note="an animated GIF of the video (smaller or at fewer frames if wished)",
    ),
    do(
        "fresh291-03",
        "make a poster image for the video on the 404 page, to show while the video file is "
        "loading: ideally the same as the first frame of the video, otherwise the user will "
        "just see a black background",
        [step("still", at=0), maybe(_IMAGE)],
        probe=Probe(duration=20.0, width=1280, height=720),
        note="the first frame as a picture",
    ),
    do(
        "fresh291-04",
        "encode this video in WebM as well: some installs of Firefox don't support it (because "
        "of software patents in the US), and switching to HD it just stalls",
        [step("convert", format="webm")],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="a WebM of the video",
    ),
    do(
        "fresh291-05",
        "remove the sound from this video so that it autoplays on iPhones: I added it with the "
        "autoplay function, it works on a computer, but it is not played on my iPhone",
        [step("mute")],
        probe=Probe(duration=30.0, width=1920, height=1080),
        note="no sound track",
    ),
    do(
        "fresh291-06",
        "reduce the size of this frontpage GIF considerably: it's almost 1MB and takes up most "
        "of the loading time (a gif resizer cut it by 60% without really noticing a big loss "
        "in quality)",
        [step("compress", max_mb=Below(1))],
        *smaller_gif(720, 400, 15.0),
        probe=Probe(duration=8.0, width=720, height=400, fps=15.0, has_audio=False),
        note="a smaller GIF, well under 1 MB",
    ),
    do(
        "fresh291-07",
        "compress this GIF animation for the landing page to around 400 kb: the file is 21mb, "
        "basically it's of a higher frame rate, so try reducing the frames",
        [step("compress", max_mb=Between(0.3, 0.6))],
        [step("fps", fps=Below(30)), step("compress", max_mb=Between(0.3, 0.6))],
        [step("gif", fps=Below(30)), step("compress", max_mb=Between(0.3, 0.6))],
        probe=Probe(duration=6.0, width=800, height=600, fps=30.0, has_audio=False),
        note="about 400 KB, fewer frames allowed",
    ),
    do(
        "fresh291-08",
        "optimize the size of this eia608.gif so the site can load faster: it's 10.7MB, kinda "
        "big for a lil gif",
        [step("compress", max_mb=Below(10.7))],
        *smaller_gif(640, 480, 15.0),
        probe=Probe(duration=20.0, width=640, height=480, fps=15.0, has_audio=False),
        note="a smaller GIF, under 10.7 MB",
    ),
    do(
        "fresh291-09",
        "reduce this clip's length to 3 seconds and remove the audio: the current GIF is about "
        "11MB, definitely too large to be used on the landing page",
        [step("trim", start=AnyOf(0, None), end=3), step("mute")],
        [step("mute"), step("trim", start=AnyOf(0, None), end=3)],
        probe=Probe(duration=12.0, width=1280, height=720),
        note="three seconds (the first), without sound",
    ),
    do(
        "fresh291-10",
        "make this intro video fade out at the end, like in the old P8 themes: now it just "
        "cuts out to the game selection screen",
        [step("fade", direction="out")],
        probe=Probe(duration=10.0, width=1920, height=1080),
        note="a fade out at the end",
    ),
    no_op(
        "fresh291-11",
        "make the preview frame of this interview video show the interviewee: it shows the "
        "first frame, which is me; it should show a frame with @ntoll in",
        "needs analysis",
        probe=Probe(duration=900.0, width=1280, height=720),
        note="a still where the interviewee is on screen; finding it needs analysing the picture",
    ),
    no_op(
        "fresh291-12",
        "add a 1px border (#E8E8E8) to this video: it depicts a person speaking in front of a "
        "stark white backdrop, and placed on our website with the same pure white background "
        "the subject feels like a video overlay",
        "no op: a thin frame drawn round the picture; no operation draws a border",
        probe=Probe(duration=120.0, width=1280, height=720),
    ),
    ask(
        "fresh291-13",
        "resize this video",
        "which size (a resolution, a width or a percentage)",
        (
            "size",
            "resolution",
            "which",
            "what",
            "width",
            "height",
            "dimension",
            "percent",
            "720",
            "1080",
        ),
        probe=Probe(duration=30.0, width=1920, height=1080),
    ),
    ask(
        "fresh291-14",
        'remove the "preview" from this teaser video',
        'where the "preview" is (when it shows, or what it is)',
        (*WHICH_PART, "preview", "what"),
        probe=Probe(duration=60.0, width=1920, height=1080),
    ),
    ask(
        "fresh291-15",
        "make this horizontal hero video for the home page mobile optimized",
        "what the optimizing means (a vertical crop for phones, a smaller file or resolution)",
        (
            "which",
            "what",
            "vertical",
            "portrait",
            "aspect",
            "crop",
            "size",
            "resolution",
            "smaller",
            "mean",
        ),
        probe=Probe(duration=20.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh291-16",
        "have the audio of the background video in my homepage's video section keep playing "
        "even when scrolling down the page and off the video",
        "how a shop theme plays its video section (sound while scrolled away), not an edit of "
        "a file",
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh291-17",
        "add something like next/image but for videos to Next.js: it would reduce the quality "
        "of the video, convert it to webm, maybe even stream the files",
        "a web framework's feature (optimizing every video it serves), not an edit of a file",
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh291-18",
        "make the video on the home page play sound when you come in: have the music playing "
        "and not on silent automatically",
        "how a page autoplays its video (browsers keep it silent), not an edit of the file",
        probe=Probe(duration=60.0),
    ),
    out_of_scope(
        "fresh291-19",
        "don't download the background video on small screens: on mobile it takes a lot of "
        "time & data, and because of the screen size it's unenjoyable",
        "what a website loads on phones, not an edit of the file",
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh291-20",
        "make the landing page sizzle video either replay with the tint back over the top or "
        "just keep looping until the user decides to pause it, instead of ending with these "
        "tiles to view more videos",
        "how the page's player behaves when the video ends, not an edit of the file",
        probe=Probe(duration=90.0),
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
