"""A hundred-and-twenty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh125.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh121's, the
rows are short, typical asks, like the development set's; all 18 come from GitHub issues and
pull requests of projects and teams with a video to fix: an IoT app accelerator, an auth
provider's devrel team, a cheatsheet tool, a marketplace's docs, a planning tool's docs team, an
Immich TV client, an IBM code pattern, a blog's screencasts, an analytics company's docs, an
analog-video effect tool, a protein-design repository, a video model's users, an Emacs
screencast recorder, a phone shop's landing page, an MDM company, a video cutter, a tutoring site
and an API-spec conference. Each case follows its row's `expected` column; `[out of scope]` rows
are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no operation does. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh125.md")

#: A smaller file, with or without a size to stay under.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: fresh125-13: the 800x600, 15 fps GIF made smaller in size.
_SMALLER_PICTURE = (
    step("resize", percent=Below(100))
    | step("resize", width=Below(800))
    | step("resize", height=Below(600))
    | step("resize", lines=Below(600))
)

#: fresh125-05: the music, faded out at the end, as the silent video's sound.
_WAX = step("replace_audio", file="wax.mp3") | step("add_music", file="wax.mp3")
_WAX_FADED = step("replace_audio", file="wax.mp3", fade_out=Above(0)) | step(
    "add_music", file="wax.mp3", fade_out=Above(0)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh125-01",
        "fix the video that does not work in Firefox: convert the movie to .MP4 format, as .MOV "
        "files don't render correctly in the Firefox browser",
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        note="the .mov saved as an mp4 (H.264 or a re-encode may come with it)",
    ),
    ask(
        "fresh125-02",
        "edit the demo video down",
        "which parts to cut (or how long it should be)",
        (*WHICH_PART, "how long", "length", "duration", "shorter"),
    ),
    do(
        "fresh125-03",
        "slow the demo gif down: it is about five times faster than would be needed for a human "
        "to figure out what is happening",
        [step("speed", factor=Between(0.15, 0.25), **WHOLE), maybe(GIF)],
        probe=Probe(duration=20.0, width=800, height=500, fps=15.0, has_audio=False),
        note="about a fifth of the speed, all of it; kept a GIF",
    ),
    do(
        "fresh125-04",
        "compress the home showcase video under Mintlify's 20 MB per-file limit: at 27.5 MB, the "
        "home page video returns an error instead of playing",
        [
            anywhere(step("compress", max_mb=Between(5, 20))),
            maybe(step("resize")),
            maybe(step("mute")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(duration=349.0, width=1712, height=1080),
        note="a file under 20 MB of the 5:49 video (a resize, a dropped sound track, H.264 or a "
        "smaller-file setting may come with it)",
    ),
    do(
        "fresh125-05",
        "add the elevator-sound background music to the video, and let the sound fade out in the "
        "end, to have a smooth end (the song is longer than the video): many users expect the "
        "videos to have sound and are confused if they can't hear anything",
        [_WAX_FADED],
        [_WAX, step("fade", direction="out", target="audio")],
        assets=["wax.mp3"],
        probe=Probe(duration=60.0, has_audio=False),
        note="the music as the silent video's sound, faded out at the end",
    ),
    out_of_scope(
        "fresh125-06",
        "have the screensaver loop my 5-10 s videos for the length of its interval (1 minute), "
        "instead of playing them once",
        "a playback setting of the Immich Android TV screensaver, not an edit of a given file",
    ),
    do(
        "fresh125-07",
        "reduce the background noise in the walkthrough video: there's a bit of a white "
        "noise/static in the audio at higher volumes",
        [step("audio_denoise")],
        note="the hiss taken out of the sound, any strength",
    ),
    do(
        "fresh125-08",
        "make the video also in webm or ogv: some browsers, like Firefox, don't support mp4",
        [step("convert", format="webm")],
        note="saved as a webm (promptcut writes no .ogv, the other format asked for)",
    ),
    ask(
        "fresh125-09",
        "cut the demo video's intro length down (just strip some of the repetition out): the part "
        "about localhost versus app is unnecessary",
        "which part (where the repetition and the localhost part are)",
        (*WHICH_PART, "timestamp", "repetition", "localhost"),
    ),
    no_op(
        "fresh125-10",
        "modify the video's audio to sound like VHS, so I don't have to convert the video to an "
        "mp3, edit it in Audacity, then put it back in the video and re-render",
        "no op",
        note="no operation gives the sound a VHS character (tape hiss, wow and flutter, a "
        "narrow band)",
    ),
    do(
        "fresh125-11",
        "convert the demo GIF (~34 MB) to a compressed MP4: it makes the repo unnecessarily large "
        "and slows down clone time",
        [
            anywhere(step("convert", format="mp4")),
            maybe(_SMALLER),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
        ],
        probe=Probe(duration=30.0, has_audio=False),
        note="the animation saved as an mp4 (a smaller-file setting, a resize, a lower frame rate "
        "or a codec may come with it)",
    ),
    out_of_scope(
        "fresh125-12",
        "make a video with this image of a boy giving a gift to his mother and then his mother "
        "hugging him",
        "generating a video's action from a still image, not an edit of a given video",
        assets=["image.png"],
    ),
    do(
        "fresh125-13",
        "make the gif smaller: it looks weird to have 7 MB for such a short & simple gif",
        [
            anywhere(step("compress", max_mb=Below(7))),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        [
            anywhere(step("quality", level="small")),
            maybe(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
        ],
        [step("gif", fps=Below(15)), maybe(_SMALLER_PICTURE)],
        [step("gif", width=Below(800)), maybe(step("fps", fps=Below(15)))],
        [_SMALLER_PICTURE, maybe(step("fps", fps=Below(15))), maybe(GIF)],
        [step("fps", fps=Below(15)), maybe(_SMALLER_PICTURE), maybe(GIF)],
        probe=Probe(duration=10.0, width=800, height=600, fps=15.0, has_audio=False),
        note="a smaller GIF of the 800x600, 15 fps one: under 7 MB, a smaller-file setting, fewer "
        "frames or a smaller picture",
    ),
    do(
        "fresh125-14",
        "compress the 10.9MB hero video using WebM or H.265 formats to reduce its size: the "
        "landing page loads it synchronously, causing massive bandwidth consumption",
        [anywhere(step("convert", format="webm")), maybe(_SMALLER), maybe(step("resize"))],
        [
            anywhere(step("codec", codec="hevc")),
            maybe(_SMALLER),
            maybe(step("resize")),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=20.0),
        note="a webm, or H.265 (a smaller-file setting or a resize may come with it)",
    ),
    ask(
        "fresh125-15",
        "blur the URLs & email in the recorded video, and crop it to just the browser window "
        "instead of the desktop, before we upload it to YouTube",
        "where the URLs, the email and the browser window are (the areas)",
        ("where", "which", "area", "region", "position", "coordinates", "pixel", "browser window"),
    ),
    do(
        "fresh125-16",
        "burn the transcript (the VTT file Microsoft Stream generated) into the video, for "
        "hearing disabilities: the site's player doesn't support displaying it",
        [step("subtitles", file=AnyOf("transcript.vtt", None))],
        assets=["transcript.vtt"],
        note="the .vtt burned in",
    ),
    do(
        "fresh125-17",
        "re-encode the MP4 used in our new landing page to support Firefox",
        [
            anywhere(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("convert", format="mp4")),
        ],
        note="the mp4 encoded again (as H.264)",
    ),
    out_of_scope(
        "fresh125-18",
        "create video material to show live during the conference: an intro / outro, a frame or "
        "layout with space for some sponsor logos, and a countdown for breaks",
        "making a conference stream's graphics from nothing, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
