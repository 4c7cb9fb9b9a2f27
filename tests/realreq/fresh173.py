"""A hundred-and-seventy-third fresh, held-out collection of real requests
(tests/realreq/fresh173.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh169's, the
rows are short, typical asks, like the development set's; all 15 come from GitHub issues and pull
requests: a Discord bot's clip, a bot framework's and a games library's README GIFs, a VTuber
group's homepage, lazygit's README, a course platform's feature board, a pinball front end,
LosslessCut, an MP3 splitter, a dereverberation library, ffmpeg-python, a company website, a
game's notebook site, a live-updates site and a video player. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal
of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh173.md")

#: A GIF: no sound.
_GIF_IN = Probe(has_audio=False)

#: The 1920x1080 GIF scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file: a size limit or a smaller-file setting.
_SMALLER_FILE = step("compress") | step("quality", level=AnyOf("small", "balanced"))

CASES: tuple[Case, ...] = (
    do(
        "fresh173-01",
        "brighten up the 2rax video",
        [step("brightness", percent=Above(0), **WHOLE)],
        [step("gamma", gamma=Above(1), **WHOLE)],
        note="brighter (or lighter mid-tones), any amount, all of it",
    ),
    do(
        "fresh173-02",
        "resize the GIF to 420px width",
        [step("resize", width=420), maybe(GIF)],
        [step("gif", width=420)],
        probe=_GIF_IN,
        note="420 pixels wide, its shape kept, still a GIF",
    ),
    do(
        "fresh173-03",
        "make the gif size small: right now it is too heavy and isn't displayed",
        [
            anywhere(_SMALLER_FILE),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(30))),
            maybe(GIF),
        ],
        [
            anywhere(_DOWN),
            maybe(_SMALLER_FILE),
            maybe(step("fps", fps=Below(30))),
            maybe(GIF),
        ],
        [
            anywhere(step("fps", fps=Below(30))),
            maybe(_DOWN),
            maybe(_SMALLER_FILE),
            maybe(GIF),
        ],
        [
            anywhere(step("gif", fps=Below(30)) | step("gif", width=Below(1920))),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(30))),
            maybe(_SMALLER_FILE),
        ],
        probe=_GIF_IN,
        note="a smaller GIF file: a size limit or smaller-file setting, a smaller picture or a "
        "lower frame rate",
    ),
    do(
        "fresh173-04",
        "make background.gif a WebM: at 2.0MB it is big (though as a video it may not autoplay "
        "on smartphones and stay a still image, so this is low priority)",
        [
            step("convert", format="webm"),
            maybe(step("compress", max_mb=Below(2.0))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("mute")),
        ],
        probe=_GIF_IN,
        note="a WebM of the 2.0 MB GIF (a smaller-file setting or size limit may come with it)",
    ),
    do(
        "fresh173-05",
        "replace the README gif with a video: the gif is superb, but gifs are not seekable on "
        "github, so there is no way to pause, rewind etc.",
        [
            step("convert", format=AnyOf("mp4", "webm", "mov")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4")), maybe(step("quality"))],
        probe=_GIF_IN,
        note="an MP4 (or WebM, MOV) video of the GIF",
    ),
    do(
        "fresh173-06",
        "make a preview of the course video showing just the first 2 minutes: we have been "
        "creating these clips ourselves, but Teachable and a few other online course software do "
        "this for you",
        [step("trim", start=0, end=120)],
        [step("cut", start=120, end=Between(1199, 1200))],
        [step("keep_ranges", ranges=[[0, 120]])],
        probe=Probe(duration=1200.0),
        note="the first 2 minutes of the 20-minute lesson video (a length assumed)",
    ),
    do(
        "fresh173-07",
        "rotate my 1440x2560 portrait-mode capture of the table for PinballY: it is played back "
        "sideways and stretched (table videos need the bottom of the playfield facing the left "
        "side of the screen)",
        [
            step("rotate", degrees=90),
            maybe(step("resize", width=2560, height=1440)),
            maybe(step("resize", lines=1440)),
        ],
        probe=Probe(width=1440, height=2560),
        note="a quarter turn clockwise, the playfield's bottom to the left: 2560x1440",
    ),
    do(
        "fresh173-08",
        "replace the audio track of the mp4 video I exported from Insta360 Studio with the music "
        "I trimmed down to the segment I want: the files are slightly different lengths, so use "
        "the shortest",
        [step("replace_audio", file="music.mp3", loop=False), maybe(step("trim"))],
        assets=["music.mp3"],
        note="the music instead of the video's sound, not looped; the result as long as the "
        "shorter of the two",
    ),
    do(
        "fresh173-09",
        "truncate the dead air at the end of the mp3 I split on silence: I often end up with "
        "several seconds of silence at the end, and I'd like to remove any long periods of "
        "silence",
        [
            step("remove_silence", where=AnyOf("end", "ends", "all")),
            maybe(step("convert", format="mp3")),
        ],
        probe=Probe(duration=240.0),
        note="the silence at the end cut (at both ends, or every long silence, is fair too)",
    ),
    no_op(
        "fresh173-10",
        "remove the reverb from the wet sound of a clap I recorded inside a small room (4.3 x 1.8 "
        "x 2.4 meters) before passing it on",
        "no op",
        note="no op: dereverberation; audio_denoise takes out steady noise, not a room's echo",
    ),
    ask(
        "fresh173-11",
        "replace the intro of the video with the new intro (it has no audio, but has an audio "
        "stream)",
        "how long the old intro is (where it ends)",
        (
            "how long",
            "old intro",
            "intro",
            "where",
            "when",
            "ends",
            "end",
            "seconds",
            "duration",
            "length",
            "which",
        ),
        assets=["new_intro.mp4"],
    ),
    ask(
        "fresh173-12",
        "add text captions to the video on the homepage: it is not very clear what its purpose is",
        "what the captions say (the words)",
        ("what", "text", "caption", "say", "words", "which", "content", "provide"),
    ),
    out_of_scope(
        "fresh173-13",
        "add features for replaying shots, such as pausing the replay, slow motion, speeding it "
        "up and maybe even different angles",
        "a golf game's shot-replay viewer, not an edit of a given file",
    ),
    out_of_scope(
        "fresh173-14",
        "make the video sound mute when the page opens up: when a user lands on the home page, "
        "the video should be on mute",
        "a web page's video player setting (start muted), not an edit of a file",
    ),
    out_of_scope(
        "fresh173-15",
        "play my videos shot in portrait mode on an iPhone and a Pixel 6a the right way: clapper "
        "displays them in landscape mode instead (mediainfo says they are supposed to be rotated "
        "90 degrees)",
        "a video player's support of rotation metadata, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
