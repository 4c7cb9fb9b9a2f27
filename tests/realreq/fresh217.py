"""A two-hundred-and-seventeenth fresh, held-out collection of real requests
(tests/realreq/fresh217.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh213's, the
rows are short, typical asks, like the development set's; 13 come from web pages, mostly the
blogs of gamers, Let's Play makers and streamers (a 4:3 retro game's feed, a new microphone's
hum, a GSoC student's screencast, a first game capture too big for YouTube, a Galaga video out
of sync, a recording synced by a countdown, a Hungarian game magazine's review narration,
fighting-game matches out of sync, a Dota streamer's two-hour VoDs, a five-hour stream, a
silent-movie style game video and a rugby dad's soundtrack claimed by YouTube), a sports forum's
GIF and a long post; 8 from GitHub issues and pull requests (gpu-screen-recorder, Barotrauma,
a Minecraft menu mod, an Infinity Engine mod, the Vice and Segra recorders, RocketSim and a
Telegram sticker converter). Each case follows its row's `expected` column; `[out of scope]`
rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE
asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    GIF,
    LOUDER,
    SOUND_ALONE,
    WHOLE,
    AnyOf,
    Below,
    Between,
    Case,
    Probe,
    anywhere,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh217.md")

#: The 1920x1080 picture scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: 1280x720, as the size may be written (720p of the 1920x1080 movie).
_720 = (
    step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", lines=720)
)

#: A smaller file, by a smaller-file setting or any size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress")

#: The sound, kept an audio file if it is converted after it is extracted.
_AUDIO_FORMAT = AnyOf("mp3", "m4a", "aac", "wav", "flac", "ogg", "opus")

#: Words a refusal says when it asks how far the sound is off.
_OFFSET = (
    "how much",
    "how far",
    "how many",
    "offset",
    "delay",
    "ahead",
    "behind",
    "seconds",
    "milliseconds",
    "amount",
)

CASES: tuple[Case, ...] = (
    do(
        "fresh217-01",
        "make the recording a usable video for discord: uploaded to discord it doesn't generate "
        "a preview, though it runs fine on mpv",
        [
            anywhere(step("reencode")),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("convert", format="mp4")),
            maybe(step("codec", codec="h264")),
            maybe(step("quality")),
        ],
        probe=Probe(fps=60.0),
        note="re-encoded to a standard video (H.264 or mp4 may be named)",
    ),
    do(
        "fresh217-02",
        "turn down the sound of the Daedalic splash screen video: it is too loud compared to the "
        "rest of the audio (the music when starting up the game for the first time was so loud "
        "it made me partially deaf)",
        [step("volume", percent=Below(100), **WHOLE) | step("volume", db=Below(0), **WHOLE)],
        probe=Probe(duration=10.0),
        note="quieter by any amount, all of it",
    ),
    do(
        "fresh217-03",
        "pull the audio from the .webm file, to set it as the bgm for the title screen",
        [SOUND_ALONE, maybe(step("convert", format=_AUDIO_FORMAT))],
        probe=Probe(duration=60.0, fps=60.0),
        note="the sound alone, in any audio format",
    ),
    do(
        "fresh217-04",
        "re-encode the movie with normalized video dimensions (1280x720) and optimized encoding "
        "parameters for reduced file size",
        [anywhere(_720), anywhere(_SMALLER), maybe(step("reencode"))],
        note="1280x720 and a smaller file, either order",
    ),
    do(
        "fresh217-05",
        "get the GIF of Bradley Roby's scoop-and-score under 2MB, to post it here: it starts out "
        "at 4.28MB",
        [
            anywhere(step("compress", max_mb=Between(1, 2))),
            maybe(GIF),
            maybe(_DOWN),
            maybe(step("fps", fps=Below(30))),
        ],
        probe=Probe(duration=6.0, has_audio=False),
        note="under 2 MB (1 to 2 MB), kept a GIF",
    ),
    do(
        "fresh217-06",
        "fit my 4:3 retro gameplay into 16:9, filling the extra space by mirroring the gameplay "
        "and blurring the background",
        [step("blur_fill", aspect="16:9")],
        probe=Probe(width=1440, height=1080),
        note="the 4:3 feed in 16:9 with a blurred copy at its sides",
    ),
    do(
        "fresh217-07",
        "take out the magnetic hum my new mic picks up from the USB port it's plugged into: "
        "unedited, it is a high pitched annoyance",
        [step("audio_denoise")],
        note="the steady hum taken out of the sound",
    ),
    do(
        "fresh217-08",
        "clean up the audio of my advanced screencast: it is pretty quiet, and it sounds like I'm "
        "blasting off to somewhere",
        [step("audio_denoise"), LOUDER],
        [LOUDER, step("audio_denoise")],
        note="the noise taken down and the sound made louder, in either order",
    ),
    do(
        "fresh217-09",
        "make the screen capture of me playing a game smaller: it takes up over 1gb for just "
        "under 10 minutes, and it takes a long time to upload 1 gig onto YouTube",
        [
            anywhere(
                step("quality", level=AnyOf("small", "balanced"))
                | step("compress", max_mb=Below(1000))
            ),
            maybe(_DOWN),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format="mp4")),
        ],
        probe=Probe(duration=590.0),
        note="a smaller file of the 1 GB, 590 s capture",
    ),
    no_op(
        "fresh217-10",
        "fix my Galaga gameplay video: on the computer it is horribly choppy, running at probably "
        "only four or five frames per second, and the sound is fuzzy and five seconds behind the "
        "video",
        "no op",
        probe=Probe(duration=300.0),
        note="no op: the sound moved 5 s earlier (no operation shifts it), dropped frames lost",
    ),
    no_op(
        "fresh217-11",
        "mute my mic in this clip",
        "no op",
        note="no op: the voice taken out of one mixed track; mute() drops all of the sound",
    ),
    no_op(
        "fresh217-12",
        "sync up the video with my separately recorded mic audio using the 3.2.1.mark countdown, "
        "then cut out the countdown",
        "needs analysis",
        assets=["mic.wav"],
        note="needs analysis: the countdown's mark found in both files to line them up",
    ),
    no_op(
        "fresh217-13",
        "cut the ums, the stutters and the too frequent word repetitions out of the narration of "
        "our video review, then run a noise filter over the whole thing",
        "needs analysis",
        note="needs analysis: filler words and stutters found by speech recognition",
    ),
    ask(
        "fresh217-14",
        "fix the audio desynchronization in the matches Josh and I recorded on Thursday: the "
        "audio ended up getting completely out of whack",
        "how far the sound is off, and which way (the offset)",
        _OFFSET,
    ),
    ask(
        "fresh217-15",
        "keep the promo video for the App Store at its length limit: the limit is, as far as I "
        "remember, 30 seconds",
        "which 30 seconds of the 60 s recording to keep",
        (*WHICH_PART, "which 30", "seconds", "part"),
    ),
    ask(
        "fresh217-16",
        "save the WebM sticker as a GIF, with its playback speed adjusted",
        "what speed (faster or slower, and by how much)",
        (
            "speed",
            "faster",
            "slower",
            "how much",
            "how fast",
            "factor",
            "rate",
            "which",
            "what",
        ),
        probe=Probe(duration=3.0, width=512, height=512, has_audio=False),
    ),
    ask(
        "fresh217-17",
        "cut the 2 hour VoD into single games: the YouTube editor doesn't work with any videos of "
        "2 hours or more",
        "where each game starts and ends",
        (*WHICH_PART, "each game", "games", "timestamps"),
        probe=Probe(duration=7200.0),
    ),
    ask(
        "fresh217-18",
        "cut down my 5 hour stream VOD into a highlight reel, in an entertaining way",
        "which moments to keep (their times)",
        (*WHICH_PART, "which moments", "moments", "highlights", "timestamps"),
        probe=Probe(duration=18000.0),
    ),
    ask(
        "fresh217-19",
        "add a slew of text cards to my fifteen minutes of eSthetics game footage, going all "
        '"silent movie text gags" with title cards',
        "what the cards say, and where they go",
        (
            "what text",
            "which text",
            "what should",
            "say",
            "text",
            "cards",
            "where",
            "when",
            "which",
            "time",
        ),
        probe=Probe(duration=900.0),
    ),
    out_of_scope(
        "fresh217-20",
        "only record the audio from the game, not the audio of the whole desktop",
        "a recorder's capture setting (which sources it records), not an edit of a given file",
    ),
    out_of_scope(
        "fresh217-21",
        "disguise the soundtrack of my TRFC U9 Rugby video, Tubthumping by Chumbawamba, so that "
        "it is unrecognisable to robots but sounds exactly the same to the mums and dads of the "
        "U9s",
        "hiding a song from automatic copyright matching while it sounds the same to people",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
