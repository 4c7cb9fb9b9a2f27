"""A hundred-and-fifty-first fresh, held-out collection of real requests
(tests/realreq/fresh151.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh149's, the
rows are short, typical asks, like the development set's; 13 come from GitHub issues and pull
requests (HandBrake, a Discord bot, an audio-player library, a meditation app, a chat-driven video
editor, a video-translation tool, a Claude skills repository, a chat app's ringtone thread, a
chat-driven video agent, an AI video-editing app and an upload widget), four from forum threads,
two from blog posts and one from a Q&A question. Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does. An `[extra input: …]` marker is left out of the
request and its file given as an asset."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh151.md")

#: The 1920x1080 GIF scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a quality setting or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

CASES: tuple[Case, ...] = (
    do(
        "fresh151-01",
        "mute the audio on the iPad video file, to line the iPad recording up with my mixed "
        "live/virtual recording",
        [step("mute")],
        note="the sound removed, all of it",
    ),
    do(
        "fresh151-02",
        "get rid of the background noise in the recording I made on my phone of someone reciting "
        "a poem: there is a lot of background noise from other people talking (the lady speaking "
        "Chinese is the part I want)",
        [step("audio_denoise")],
        probe=Probe(duration=120.0),
        note="the background noise taken out of the sound (any strength)",
    ),
    do(
        "fresh151-03",
        "shrink the video's file size to fit on a DVD: I don't care about the quality",
        [
            anywhere(step("compress", max_mb=Between(4000, 4700))),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("resize")),
            maybe(step("codec")),
        ],
        probe=Probe(duration=7200.0),
        note="under 4700 MB (a 4.7 GB DVD; 4000 to 4700 is fair), of the 2-hour video",
    ),
    do(
        "fresh151-04",
        "make the 90 to 120 minute movie a file size of 5.00GB: it usually compresses to about "
        "1.50GB, and it filters out some of the HD",
        [
            anywhere(step("compress", max_mb=Between(4800, 5000))),
            maybe(step("quality", level="high")),
        ],
        probe=Probe(duration=6000.0),
        note="a 5 GB file (4800 to 5000 MB is fair) of the 100-minute movie",
    ),
    do(
        "fresh151-05",
        "downscale and compress the .pov gif: it is unnecessarily large and sometimes not "
        "loading on mobile",
        [
            anywhere(_DOWN),
            maybe(_SMALLER),
            maybe(GIF),
            maybe(step("fps", fps=Below(30))),
        ],
        probe=Probe(has_audio=False),
        note="smaller than its 1920x1080, maybe a smaller file too, kept a GIF",
    ),
    do(
        "fresh151-06",
        "fade out the 2:00 track during the last 10 seconds, from 1:50 to 2:00",
        [step("fade", direction="out", duration=10)],
        probe=Probe(duration=120.0),
        note="a 10 second fade out at the end of the 120 s track",
    ),
    do(
        "fresh151-07",
        "compress the time scale of the video of the long train by 8 times, to demonstrate time "
        "lapse video; leave the sound in, just for the fun of it",
        [step("speed", factor=8, **WHOLE)],
        note="8 times faster, all of it, the sound kept",
    ),
    do(
        "fresh151-08",
        "slow down the video in the post-session feedback modal: the video content is good, but "
        "the speed feels off compared to the rest of the app",
        [step("speed", factor=Between(0.5, 0.9), **WHOLE)],
        note="slower, all of it",
    ),
    do(
        "fresh151-09",
        "reverse the movie of the grandkids jumping off the playground equipment, so they look "
        "like they jump impossibly high and land on narrow ledges (they were bored this weekend, "
        "so we went out and made a movie)",
        [step("reverse")],
        note="played backwards, all of it",
    ),
    no_op(
        "fresh151-10",
        "clean up the audio of my concert video before I put it on YouTube: it is raspy, lacks "
        "bass, and crackles and hisses wherever the music rises in volume (the MiniDV camera's "
        "microphone was distorting)",
        "no op",
        probe=Probe(width=720, height=480, fps=29.97),
        note="no op: repairing overloaded, clipped sound (declipping, the bass restored); "
        "audio_denoise takes out steady noise, not distortion",
    ),
    no_op(
        "fresh151-11",
        "cut the footage to the drum beats of the audio I imported, and merge it onto the video "
        "track",
        "needs analysis",
        assets=("audio.mp3",),
        note="needs analysis: finding the drum beats in audio.mp3 to place the cuts",
    ),
    no_op(
        "fresh151-12",
        "let GPT analyse the one-hour video 123.mp4 and restructure its content into 5 minutes of "
        "highlights, then cut the video automatically",
        "needs analysis",
        probe=Probe(duration=3600.0),
        note="needs analysis: choosing the best 5 minutes of the hour",
    ),
    no_op(
        "fresh151-13",
        "edit the 49-minute railfanning video of five trains at a busy signal down to five "
        "minutes or less: cut out the dead time with no action (watching the trains lumber by in "
        "their entirety is like watching paint dry)",
        "needs analysis",
        probe=Probe(duration=2940.0),
        note="needs analysis: finding the stretches with no action",
    ),
    ask(
        "fresh151-14",
        "enhance the radio novel a bit before I send it to my acquaintance: it has poor quality, "
        "only 22.05 kHz and 1 channel, mono, and sounds like an old radio or an old telephone",
        "what to improve (louder, less noise, less muffled): a higher sample rate adds nothing",
        ("what", "which", "louder", "noise", "improve", "how", "volume", "clearer"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh151-15",
        "take 5 seconds from each clip and merge the cut clips into one video on the video track",
        "which 5 seconds of each clip",
        (*WHICH_PART, "which 5", "first", "seconds"),
        assets=("clip2.mp4", "clip3.mp4"),
    ),
    ask(
        "fresh151-16",
        "add captions to the launch video: it would make it easier for the viewer to follow (a "
        "demo video has no voiceover)",
        "what the captions say (their words and when)",
        ("what", "text", "words", "which", "subtitle file", "srt", "say"),
    ),
    ask(
        "fresh151-17",
        "make an alternative version of the ringtone with just the first 4 notes instead of 5, "
        "and leave a bit of sound at the end without cutting it abruptly, so the loop sounds even "
        "smoother",
        "where the 4th note ends (the time to cut at)",
        (*WHICH_PART, "second", "how long", "note"),
        probe=Probe(duration=6.0),
    ),
    out_of_scope(
        "fresh151-18",
        "dub the video to Hindi and add French subtitles on the dubbed video",
        "dubbing into another language (translating and synthesizing the speech)",
    ),
    out_of_scope(
        "fresh151-19",
        "remove the server from the table: the clip shows a person behind a table with a server "
        "on the table",
        "generative object removal (inpainting)",
    ),
    out_of_scope(
        "fresh151-20",
        "show a screencast of a website or presentation and the video of myself within the same "
        "video, while recording live",
        "recording a screencast with a live webcam, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
