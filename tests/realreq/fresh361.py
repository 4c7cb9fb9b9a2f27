"""A three-hundred-and-sixty-first fresh, held-out collection of real requests
(tests/realreq/fresh361.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh357's, the
rows are short, typical asks; 11 come from GitHub issues and pull requests and five from web
pages (web developers and bloggers with background and hero videos: Shorthand's and a
university's guidelines, a web designer's blog, tina.io, ScreenToGif, MUI Toolpad, Instill,
Music Blocks, a robotics team's site, QuranVideoMaker, a shop platform's banner help, Cerner's
blog, FreeShow, Seer, AVideo and a Q&A thread): a background video's sound removed, clips
converted to WebM (one under 1 MB, one GIF to about 400 KB), a poster from the first frame,
GIFs swapped for MP4s (one under 260 KB), a background video made a GIF, a video darkened
behind white text, a loop under 30 seconds, a 5-second banner from bits of a longer video and a
GIF cut to one motion (each asking which part), and a presentation program's and a viewer's
loop, a batch of 1,000 posters and a page's playback on phones.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, out_of_scope
from .score import WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh361.md")

_WEBM = step("convert", format="webm")
_MP4 = step("convert", format="mp4")
_IMAGE = step("convert", format=AnyOf("jpg", "png"))
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh361-01",
        "remove the sound from this background video in editing to reduce the file size, as "
        "Shorthand will mute it anyway",
        [step("mute")],
        probe=Probe(duration=20.0),
        note="the sound removed",
    ),
    do(
        "fresh361-02",
        "convert this short 6-7 second 1080p background clip for my website to webm, down from "
        "6.6MB to under 1MB, for faster loads",
        [anywhere(_WEBM), anywhere(step("compress", max_mb=Between(0.1, 1)))],
        probe=Probe(duration=6.5),
        note="a WebM file under 1 MB",
    ),
    do(
        "fresh361-03",
        "change this .mp4 video to .webm: it has a more compressed file size, which is great as "
        "we can increase page speed times",
        [_WEBM],
        probe=Probe(duration=30.0),
        note="the video as WebM",
    ),
    do(
        "fresh361-04",
        "convert this 4.5mb GIF recording into a WebM of about 400kb that works and looks the same",
        [anywhere(_WEBM), anywhere(step("compress", max_mb=Between(0.3, 0.45)))],
        probe=Probe(duration=15.0, width=800, height=600, fps=10.0, **_NO_SOUND),
        note="the GIF as a WebM of about 400 KB",
    ),
    do(
        "fresh361-05",
        "make a poster image from the first frame of this hero video, much smaller than the "
        "current poster",
        [step("still", at=Between(0, 0.1)), maybe(_IMAGE)],
        probe=Probe(duration=20.0, **_NO_SOUND),
        note="the first frame as an image",
    ),
    do(
        "fresh361-06",
        "replace this gif on the landing page with a video: it takes several seconds to load",
        [step("convert", format=AnyOf("mp4", "webm"))],
        probe=Probe(duration=10.0, width=1024, height=640, fps=15.0, **_NO_SOUND),
        note="the GIF as an MP4 (or WebM) video",
    ),
    do(
        "fresh361-07",
        "turn this 3.44mb loading-animation gif into an mp4 of less than 260kb to reduce the page "
        "load time",
        [anywhere(_MP4), anywhere(step("compress", max_mb=Between(0.05, 0.26)))],
        probe=Probe(duration=6.0, width=1024, height=576, fps=15.0, **_NO_SOUND),
        note="the GIF as an MP4 under 260 KB",
    ),
    do(
        "fresh361-08",
        "make this homepage background video a gif image: it's a larger file than the video, but "
        "it has much better compatibility with different browsers",
        [step("gif")],
        [step("convert", format="gif")],
        probe=Probe(duration=15.0, **_NO_SOUND),
        note="the video as an animated GIF",
    ),
    do(
        "fresh361-09",
        "put a black overlay over this video so it is darkened slightly, but the white text is "
        "much more visible: with a slightly lighter/brighter background, nobody can read the text",
        [step("brightness", percent=Between(-40, -1), **WHOLE)],
        probe=Probe(duration=60.0),
        note="the whole picture a little darker",
    ),
    ask(
        "fresh361-10",
        "keep this looping background video under 30 seconds in length (a recommended standard "
        "is 10-15 seconds), and remove the audio channel to reduce its final file size",
        "which part (10 to 30 seconds) of it to keep",
        WHICH_PART,
        probe=Probe(duration=90.0),
    ),
    ask(
        "fresh361-11",
        "make a short promotional video for a banner out of bits of this Kit Launch reveal video: "
        "max 400-500kb in file size, which usually results in around 5-6 seconds length",
        "which bits of the reveal video to use",
        (*WHICH_PART, "bits", "parts", "moments"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh361-12",
        "reduce the length of this almost 12mb demo gif for a blog post to show a single motion "
        "and keep it smaller",
        "which motion (which part) to keep",
        (*WHICH_PART, "motion"),
        probe=Probe(duration=30.0, width=1280, height=720, fps=15.0, **_NO_SOUND),
    ),
    out_of_scope(
        "fresh361-13",
        "give FreeShow a smooth transition between the end of a video background and its start, "
        "like in ProPresenter: right now it just loops and begins right at the start, making the "
        "transition snappy",
        "a loop transition setting in a presentation program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh361-14",
        "make Seer loop my perfect looping mp4 videos smoothly, just like a gif does, without the "
        "break/freeze right when it replays from the beginning",
        "a file viewer's looping playback, not an edit of a video file",
    ),
    out_of_scope(
        "fresh361-15",
        "use the first frame of each video as its poster frame, for 1,000 videos at a time",
        "a batch job over a video site's library, not an edit of one video",
    ),
    out_of_scope(
        "fresh361-16",
        "make this short background video of my website play just the once on mobile devices: it "
        "plays fine on chrome on a desktop computer, but on a mobile device in chrome/safari it "
        "does not play",
        "a web page's playback on phones, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
