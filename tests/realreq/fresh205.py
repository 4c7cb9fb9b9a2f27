"""A two-hundred-and-fifth fresh, held-out collection of real requests
(tests/realreq/fresh205.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh201's, the
rows are short, typical asks, like the development set's; 19 come from GitHub issues and pull
requests and one from a forum thread, mostly about the sound, music and video files of small
games, mods and apps: a Raspberry Pi video looper, a Hades II mod, a bot's site, Adobe's
Audition forum, a chess commentary extension, a trucking game, Threadbare, an HTML5 game, a door
project, vgstation13, a Minetest server, an ambient sound app, a voice-typing app, a Minecraft
mod, a kids' app, a game jam game, Blanket, an interval timer, No More Room in Hell and a Geometry
Dash mod menu. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh205.md")

#: The 1920x1080 movie at 720p, as its size may be written.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(1280, None))
    | step("resize", width=1280, height=AnyOf(720, None))
    | step("resize", percent=Between(66, 67.5))
)

CASES: tuple[Case, ...] = (
    no_op(
        "fresh205-01",
        "convert my .mp4 file to raw h.264: I want to loop several files seamless with hello video",
        "no op",
        note="no op: a raw H.264 elementary stream (.h264); convert writes no such file",
    ),
    do(
        "fresh205-02",
        "create a proper 720p version of the custom dialogue background movie: it is currently "
        "copy-pasted from the 1080p version, and a 720p one will save some disk space, as well as "
        "ensure better compatibility for lower end devices",
        [_720, maybe(step("quality")), maybe(step("codec"))],
        probe=Probe(width=1920, height=1080),
        note="720p of the 1920x1080 movie",
    ),
    do(
        "fresh205-03",
        "remove the audio from the video: due to DMCA we are removing video with audios until "
        "further notice",
        [step("mute")],
        note="no sound",
    ),
    do(
        "fresh205-04",
        "remove all this darned static from my video: I had a very difficult day this past week "
        "and literally punched out my Yeti mic, and the video was done impromptu and came out "
        "priceless for my purposes, so it won't be easy to reshoot",
        [step("audio_denoise")],
        note="the static in the sound reduced",
    ),
    do(
        "fresh205-05",
        "reduce the background noise / static audible on the Yasser sound (it could use a "
        "lowpass/highpass filter or noise reduction)",
        [step("audio_denoise")],
        note="the background noise in the sound reduced",
    ),
    do(
        "fresh205-06",
        "slow this music track down by double, wayyy down without distortion: it's techno, and it "
        "will make for an excellent track for background music while playing the game",
        [step("speed", factor=0.5, **WHOLE)],
        note="half speed, all of it, the pitch kept",
    ),
    do(
        "fresh205-07",
        "convert the river sound to Ogg Vorbis with the default quality setting: the 17 MB WAV "
        "file is 30% of the size of the project, and in the context of hundreds of learners "
        "cloning the source tree, 17 MB per clone adds up fast",
        [
            anywhere(step("convert", format="ogg") | step("extract_audio", format="ogg")),
            maybe(step("quality")),
        ],
        note="an Ogg file of the WAV sound",
    ),
    do(
        "fresh205-08",
        "encode the song as something more reasonable than 320kbps (try VBR, maxing at 128), and "
        "strip out any white space",
        [
            anywhere(step("extract_audio", kbps=Between(64, 128))),
            anywhere(step("remove_silence")),
            maybe(step("convert", format="mp3")),
        ],
        note="128 kbps or less, and the silence taken out, either order",
    ),
    do(
        "fresh205-09",
        "make a new, shorter mp3 of the song: it was 1 min long for 50 sec of silence and 10 sec "
        "of song (Audacity noob here)",
        [step("remove_silence"), maybe(step("convert", format="mp3"))],
        probe=Probe(duration=60.0),
        note="the 50 s of silence cut out of the 60 s mp3",
    ),
    do(
        "fresh205-10",
        "remove the initial silence from the smash sound, so it plays immediately when played: "
        "this will make the in-game hit sounds considerably more responsive-feeling",
        [step("remove_silence", where=AnyOf("start", "ends"))],
        note="the silence at the start cut (or at both ends)",
    ),
    do(
        "fresh205-11",
        "make the trololol music smaller, just 30sec for example: it is too long, and it will take "
        "less space (no need to remove it, it's funny)",
        [step("trim", start=0, end=Between(25, 35)), maybe(step("fade"))],
        note="the first 30 seconds or so kept (a fade out may come with it)",
    ),
    do(
        "fresh205-12",
        "edit the Mars Wind sound and bring the volume up: even at 100% volume it is very quiet in "
        "relation to other sounds, almost inaudible with track volume at 100% and phone volume at "
        "75%",
        [LOUDER],
        note="louder, all of it",
    ),
    do(
        "fresh205-13",
        "make the start sound 15db quieter: it is a bit too loud, which is especially apparent "
        "when you're playing music and the SFX blast over a bit",
        [step("volume", db=Between(-16, -14), **WHOLE)],
        [step("volume", percent=Between(16, 20), **WHOLE)],
        note="15 dB quieter (about 18%), all of it",
    ),
    no_op(
        "fresh205-14",
        "replace parousia.ogg with a mono variety, to fix its volume and positioning: audio in "
        "Minecraft must be mono in order for it to be positional in the world, and playing audio "
        "intended to be positional in stereo results in typically loud volumes",
        "no op",
        note="no op: the stereo mixed down to one channel; no operation picks or remaps channels",
    ),
    ask(
        "fresh205-15",
        "trim the sleep time sound to remove the fade in fade out effect, and use that sound "
        "instead",
        "how much to trim at each end (how long the fades are)",
        (*WHICH_PART, "how much", "how long", "seconds", "fade", "length"),
    ),
    ask(
        "fresh205-16",
        "make the reset song from this mp3, but shorter: it should be upbeat and around 5 seconds",
        "which 5 seconds to keep",
        (*WHICH_PART, "which 5", "seconds", "part"),
    ),
    ask(
        "fresh205-17",
        "turn down the honk in the city sound: it is too loud, so sudden that it becomes "
        "distracting and pulls you out of whatever you're focusing on",
        "when the honk is (the part to turn down)",
        (*WHICH_PART, "honk", "timestamp", "part"),
    ),
    ask(
        "fresh205-18",
        "shorten the harsh beep sequence sound effect",
        "how much shorter (which part to keep)",
        (*WHICH_PART, "how much", "how long", "seconds", "length", "duration", "part"),
    ),
    out_of_scope(
        "fresh205-19",
        "add WebM support for startup vids, for modding purposes: encoding the currently supported "
        "formats is a hassle",
        "a game's support for a video format for its startup videos, not an edit of a given file",
    ),
    out_of_scope(
        "fresh205-20",
        "only start the recording once the level starts, and stop the recording once the level "
        "complete screen appears",
        "a game recorder starting and stopping by itself, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
