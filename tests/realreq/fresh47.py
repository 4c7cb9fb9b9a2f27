"""A forty-seventh fresh, held-out collection of real requests (tests/realreq/fresh47.md): one
checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh45's, the
rows are short, typical asks, like the development set's, most of them with two or three edits
in one sentence or with one short reason or aside; 8 come from blog posts and a forum thread (a
family-event videographer, a case-study video, a reversed cat video, a commercials editor's
client, a sped-up screen recording, an iPhone rotation, tour trailers, a wedding recorded with a
camcorder), 16 from GitHub issues, most of them the trackers in which teams hand each other
video-editing tasks (a university's media programme, meetups, a teacher's exercises, sprint
reviews, a civic-tech call), and a social-network client, a review tool, a video cutter, a
workshop tool, a conference bot and a YouTube uploader. Each case follows its row's `expected`
column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out
of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh47.md")


#: A smaller-file setting that may come with an export "compressed" for the web.
_SMALLER = maybe(step("quality", level=AnyOf("small", "balanced")))

#: fresh47-07: the silences first (so the vignette and the credits are not cut), then both joins.
_SILENCES = step("remove_silence", min_silence=Between(1.9, 2.1), where="all")
_VINHETA = step("join", clips=["vinheta.mp4"], at="start")
_CREDITOS = step("join", clips=["creditos.mp4"], at="end")

#: fresh47-16: the microphone's track laid over before the logo is joined at the start (in sync).
_MIC = step("replace_audio", file="mic.wav") | step("add_music", file="mic.wav", **WHOLE)
_LOGO_START = step("join", clips=["logo.png"], at="start")
_LOGO_END = step("join", clips=["logo.png"], at="end")

#: fresh47-17: the subtitles burned in before the opening vignette is joined (their times).
_LEGENDAS = step("subtitles", file=AnyOf("legendas.srt", None))
_INICIO = step("join", clips=["vinheta_inicio.mp4"], at="start")
_FIM = step("join", clips=["vinheta_fim.mp4"], at="end")

#: fresh47-10: 720p, the shorter side 720, of the landscape 1920x1080 video before the turn…
_720_LANDSCAPE = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, 1280))
    | step("resize", width=1280, height=AnyOf(None, 720))
)
#: … or of the portrait 1080x1920 video after it.
_720_PORTRAIT = (
    step("resize", lines=720)
    | step("resize", width=720, height=AnyOf(None, 1280))
    | step("resize", height=1280, width=AnyOf(None, 720))
)

#: fresh47-11: a square picture, by a crop.
_SQUARE = step("crop", aspect="1:1") | step("platform", platform="instagram_post", fit="crop")
#: 720x720 of the square…
_720_SQUARE = (
    step("resize", lines=720)
    | step("resize", width=720, height=AnyOf(None, 720))
    | step("resize", height=720, width=AnyOf(None, 720))
)

CASES: tuple[Case, ...] = (
    do(
        "fresh47-01",
        "lighten the video by 8% and increase the contrast by 7%: it came out a little darker "
        "than the others",
        [
            anywhere(step("brightness", percent=8, **WHOLE)),
            anywhere(step("contrast", percent=7, **WHOLE)),
        ],
        note="8 points brighter and 7% more contrast, all of it, either order",
    ),
    do(
        "fresh47-02",
        "take out the minute and a half intro and make the video black & white (there were some "
        "weird lighting/color issues)",
        [
            anywhere(step("trim", start=90, end=None) | step("cut", start=0, end=90)),
            anywhere(step("grayscale", **WHOLE)),
        ],
        probe=Probe(duration=360.0),
        note="the first 90 s gone and the rest black and white, either order",
    ),
    do(
        "fresh47-03",
        "reverse the video of my cat jumping onto the table and also slow it down 50%: it was a "
        "little too fast to enjoy the weird backwardness",
        [anywhere(step("reverse")), anywhere(step("speed", factor=0.5, **WHOLE))],
        probe=Probe(duration=10.0),
        note="played backwards at half speed, either order",
    ),
    do(
        "fresh47-04",
        "make the 30 second commercial into 15 seconds: don't cut anything out, just make it 15 "
        "seconds",
        [step("speed", factor=2, **WHOLE)],
        probe=Probe(duration=30.0),
        note="twice as fast, nothing cut",
    ),
    do(
        "fresh47-05",
        "speed up the 1-hour-and-9-minute screen recording so it results in a 30 second video",
        [step("speed", factor=Between(129, 148), **WHOLE), maybe(step("mute"))],
        probe=Probe(duration=4140.0),
        note="4140 s played in about 30 s (138 times faster; 28 to 32 s is fair)",
    ),
    do(
        "fresh47-06",
        "skip the silence in the video and set a common speed like 1.5x: the 2x is useful, but "
        "sometimes it's just too fast",
        [
            anywhere(step("remove_silence", where="all")),
            anywhere(step("speed", factor=1.5, **WHOLE)),
        ],
        note="the silences cut and the rest 1.5 times as fast, either order",
    ),
    do(
        "fresh47-07",
        "cut out the silences longer than 2 seconds, then just put the PRACTICE vignette at the "
        "start and the credits at the end",
        [_SILENCES, _VINHETA, _CREDITOS],
        [_SILENCES, _CREDITOS, _VINHETA],
        assets=["vinheta.mp4", "creditos.mp4"],
        note="the silences over 2 s cut first, then the vignette before and the credits after",
    ),
    do(
        "fresh47-08",
        "clip the first 30 seconds of false starts from the dance entry video",
        [step("trim", start=30, end=None) | step("cut", start=0, end=30)],
        probe=Probe(duration=345.0),
        note="the first 30 s of the 5:45 video gone",
    ),
    do(
        "fresh47-09",
        "remove 0:17 – 1:24 and 1:34 – 3:37 from the footage: giant toy meerkats are in view, "
        "and a listed company's sign",
        [step("cut_ranges", ranges=[[17, 84], [94, 217]])],
        [step("keep_ranges", ranges=[[0, 17], [84, 94], [217, 780]])],
        [step("cut", start=94, end=217), step("cut", start=17, end=84)],
        [step("cut", start=17, end=84), step("cut", start=27, end=150)],
        probe=Probe(duration=780.0),
        note="17-84 s and 94-217 s cut out of the 13 min footage (the second cut's times on the "
        "timeline the first one left, if it comes second)",
    ),
    do(
        "fresh47-10",
        "rotate the iPhone video 90° and save it in 720p, to save on storage space",
        [step("rotate", degrees=90), _720_PORTRAIT, _SMALLER],
        [_720_LANDSCAPE, step("rotate", degrees=90), _SMALLER],
        note="a quarter turn clockwise and the shorter side 720, either order",
    ),
    do(
        "fresh47-11",
        "crop the clip to square for social media and export it from 4k into a more "
        "web-friendly 720p resolution",
        [_SQUARE, _720_SQUARE, _SMALLER],
        [step("resize", lines=720) | step("resize", height=720), _SQUARE, _SMALLER],
        probe=Probe(width=3840, height=2160),
        note="a 720x720 square from the 4K clip (a smaller-file setting may come with it)",
    ),
    do(
        "fresh47-12",
        "put the person from the DSLR shot at the top right of the screen",
        [step("pip", file="dslr.mp4", position="top-right", **WHOLE)],
        assets=["dslr.mp4"],
        note="the DSLR shot small in the top-right corner, all of it",
    ),
    do(
        "fresh47-13",
        "remove the sound of the video and put another sound over it (the commentary is to be "
        "redone)",
        [step("replace_audio", file="commentaire.mp3")],
        [step("mute"), step("add_music", file="commentaire.mp3")],
        assets=["commentaire.mp3"],
        note="the video's own sound replaced by the new commentary",
    ),
    do(
        "fresh47-14",
        "merge the background music into the movie and add a simple fade-in",
        [
            anywhere(step("add_music", file="music.mp3")),
            anywhere(step("fade", direction="in", target=AnyOf("video", "both"))),
        ],
        assets=["music.mp3"],
        note="the music under the movie's own sound, and a fade in at the start, either order",
    ),
    do(
        "fresh47-15",
        "boost the audio of the wedding video so you can hear the priest and vows, and remove "
        "the ugly camcorder buzz",
        [anywhere(LOUDER), anywhere(step("audio_denoise"))],
        note="the sound louder and its steady buzz reduced, either order",
    ),
    do(
        "fresh47-16",
        "lay the track from the speaker's microphone over the video and add the meetup logo at "
        "the start and the end",
        [_MIC, _LOGO_START, _LOGO_END],
        [_MIC, _LOGO_END, _LOGO_START],
        [_LOGO_END, _MIC, _LOGO_START],
        assets=["mic.wav", "logo.png"],
        note="the microphone's sound on the talk (before the opening logo shifts it), and the "
        "logo before and after",
    ),
    do(
        "fresh47-17",
        "insert the PPGE vignettes before and after the video and insert the subtitles",
        [_LEGENDAS, _INICIO, _FIM],
        [_LEGENDAS, _FIM, _INICIO],
        [_FIM, _LEGENDAS, _INICIO],
        assets=["vinheta_inicio.mp4", "vinheta_fim.mp4", "legendas.srt"],
        note="the subtitles burned into the talk (before the opening vignette shifts it), and "
        "the vignettes before and after",
    ),
    do(
        "fresh47-18",
        "add the Commons Stack video intro to the last Sprint Review video",
        [step("join", clips=AnyOf(["intro.mp4"], []), at="start")],
        assets=["intro.mp4"],
        note="the intro before the video",
    ),
    ask(
        "fresh47-19",
        "remove the leftover parts, like the end where its author stops recordMyDesktop, include "
        "the narration and remove the original background sound (so it does not overlap the "
        "narration)",
        "which parts are left over (how much of the end to cut)",
        ("which part", "which", "how much", "how long", "where", "when", "seconds", "leftover"),
        assets=["narracion.mp3"],
    ),
    ask(
        "fresh47-20",
        "edit the video at the beginning and end, and fix the sound: the audio is really low and "
        "I'm having trouble hearing your voice",
        "how much to cut at the beginning and at the end",
        ("how much", "how long", "how many", "seconds", "which", "where", "when"),
    ),
    ask(
        "fresh47-21",
        'edit out the "down time" of the call video: we had some technical difficulties that '
        "made it much longer than it needs to be",
        "where the down time is (which parts to cut)",
        ("which part", "which", "where", "when", "range", "time", "start", "end"),
    ),
    ask(
        "fresh47-22",
        "add a watermark to the video to protect it from being copied before the project is "
        "paid for by the client",
        "which watermark (no image or text is given)",
        ("which watermark", "which", "what", "image", "text", "logo", "file"),
    ),
    out_of_scope(
        "fresh47-23",
        "normalize the talks' audio volume in the streaming server: talks have vastly different "
        "audio volume, incl Q&A",
        "normalizing the sound of a conference's live streams on its streaming server, not an "
        "edit of a file",
    ),
    out_of_scope(
        "fresh47-24",
        "automate the End Screen of the video: maybe not from scratch, but just import it from "
        "the last video",
        "YouTube's End Screen elements, set on an upload (copied from the last video), not an "
        "edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
