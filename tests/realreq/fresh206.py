"""A two-hundred-and-sixth fresh, held-out collection of real requests
(tests/realreq/fresh206.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh205's, the
rows are short, typical asks, like the development set's; all 20 come from GitHub issues and pull
requests, mostly about the sound, music and video files of games, mods and apps: Meridian 59,
Telegram Desktop, Quiet (twice), a Pomodoro timer, an EmulationStation theme, a voice-typing app,
a Minecraft mod, Space Station 14, JoustMania, a Red Alert 2 mod, AudioMass, tgstation, Momentum
Mod, the OpenGOAL launcher, a Twitch bot, a stealth maze game, a Kingdom Hearts emulator mix, a
Shrek 2 mod and an ESP32 web radio. Each case follows its row's `expected` column; `[out of
scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` row a refusal of a DOABLE ask no operation
does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    LOUDER,
    SOUND_ALONE,
    WHOLE,
    Above,
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
TABLE = Path(__file__).with_name("fresh206.md")

#: A sound file kept a sound file (saved or extracted as one), or left as it is.
_KEPT_AUDIO = maybe(SOUND_ALONE)

#: The sound saved as an Ogg file.
_OGG = step("convert", format="ogg") | step("extract_audio", format="ogg")

#: Quieter, by any fair amount, all of it.
_QUIETER = step("volume", percent=Between(5, 95), **WHOLE) | step(
    "volume", db=Between(-26, -0.5), **WHOLE
)

CASES: tuple[Case, ...] = (
    do(
        "fresh206-01",
        "convert the door sound from wav to ogg, and lower its volume by 8db",
        [
            anywhere(
                step("volume", db=Between(-8.5, -7.5), **WHOLE)
                | step("volume", percent=Between(37, 42), **WHOLE)
            ),
            anywhere(_OGG),
        ],
        probe=Probe(duration=2.0),
        note="8 dB quieter (about 40%), all of it, and saved as ogg, either order",
    ),
    do(
        "fresh206-02",
        "trim the last 0.25 seconds from the notification sound's wav file: it has a hard click at "
        "the end (similar in sound to a mouse click), which is especially audible in headphones "
        "set to high volume",
        [step("trim", start=0, end=-0.25), _KEPT_AUDIO],
        note="the last quarter second cut off, the rest kept",
    ),
    do(
        "fresh206-03",
        "reduce the volume of the notification sound to 0.4: right now it is way too high; it "
        "should be audible but not annoyingly loud",
        [
            step("volume", percent=Between(38, 42), **WHOLE)
            | step("volume", db=Between(-8.5, -7.5), **WHOLE),
            _KEPT_AUDIO,
        ],
        note="40% of its level (about -8 dB), all of it",
    ),
    do(
        "fresh206-04",
        "make the ringing sound at the end of a break or a pomodoro louder: in relation to the "
        "system sound volume it is MUCH too quiet, and I have to turn the system volume REALLY "
        "high to hear it as loud as I want, which makes the notification sounds of other "
        "applications much too loud",
        [LOUDER, _KEPT_AUDIO],
        note="louder, all of it, by any amount or to a loudness target",
    ),
    do(
        "fresh206-05",
        "remove the silence from the select sound file: it has a large amount of silence before "
        "and after the actual sound effect, which causes the select sound to be delayed after "
        "pressing a button",
        [step("remove_silence", where=AnyOf("ends", "all")), _KEPT_AUDIO],
        note="the silence before and after the sound cut (or every silence)",
    ),
    do(
        "fresh206-06",
        "trim the silence at the end of pop_start.wav: it has almost a full second of silence at "
        "the end, which threw off the mute timing",
        [step("remove_silence", where=AnyOf("end", "ends", "all")), _KEPT_AUDIO],
        [step("trim", start=0, end=Between(-1.0, -0.8)), _KEPT_AUDIO],
        probe=Probe(duration=1.5),
        note="the trailing silence cut (or the last 0.8 to 1 s trimmed off)",
    ),
    do(
        "fresh206-07",
        "compress respite.ogg, 10.6 MB: it makes this mod very large to download and very "
        "difficult to share as a modpack, and it doesn't need to be this large",
        [
            anywhere(
                step("compress", max_mb=Below(10.6))
                | step("quality", level=AnyOf("small", "balanced"))
                | step("extract_audio", kbps=Between(32, 192))
            ),
            maybe(_OGG),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=Probe(duration=300.0),
        note="a smaller file (under 10.6 MB, a smaller-file setting or a lower bitrate), an ogg",
    ),
    do(
        "fresh206-08",
        "reduce the size and volume of the lobby music file",
        [
            anywhere(
                step("compress", max_mb=Above(0))
                | step("quality", level=AnyOf("small", "balanced"))
                | step("extract_audio", kbps=Between(32, 192))
            ),
            anywhere(_QUIETER),
            maybe(_OGG),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
        ],
        probe=Probe(duration=180.0),
        note="a smaller file and quieter, all of it, either order",
    ),
    do(
        "fresh206-09",
        "make the menu music more fast paced: currently it's too slow",
        [step("speed", factor=Between(1.05, 2), **WHOLE), _KEPT_AUDIO],
        probe=Probe(duration=120.0),
        note="faster (1.05 to 2 times), all of it",
    ),
    do(
        "fresh206-10",
        "play the antdie sound in REVERSE, to get some unique and grotesque sound for the evo "
        "active state",
        [step("reverse"), _KEPT_AUDIO],
        probe=Probe(duration=2.0),
        note="the sound played backwards, all of it",
    ),
    do(
        "fresh206-11",
        "fade out the very end of this piece of audio: I forgot to fade it out before I uploaded "
        "it",
        [
            step(
                "fade",
                direction="out",
                target=AnyOf("audio", "both"),
                duration=Between(0.3, 5),
            ),
            _KEPT_AUDIO,
        ],
        note="a fade out of the sound at its end, 0.3 to 5 s",
    ),
    do(
        "fresh206-12",
        "shorten the title music to about the length of lobby setup: does it really need to be 4 "
        "minutes if lobby setup is roughly only 2, though?",
        [
            step("trim", start=0, end=Between(110, 130)),
            maybe(step("fade", direction="out")),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=240.0),
        note="the first 2 minutes or so of the 4-minute track kept (a fade out may come with it)",
    ),
    do(
        "fresh206-13",
        "fit the main menu background video to 21:9 the same way the background image does, by "
        "fitting it horizontally",
        [step("crop", aspect=AnyOf("21:9", "64:27", "7:3"))],
        [step("crop_area", width=1920, height=Between(820, 824))],
        [
            step(
                "crop_edges",
                left=0,
                right=0,
                top=Between(126, 131),
                bottom=Between(126, 131),
                unit="px",
            )
        ],
        probe=Probe(width=1920, height=1080),
        note="the 1920x1080 video cropped to 21:9, its top and bottom cut",
    ),
    no_op(
        "fresh206-14",
        "upgrade the video quality of the jak1 background video: it is blocky, with bizarre "
        "compression artifacting, probably as a consequence of being encoded in much, MUCH lower "
        "quality than I expected (my eyes will thank you for this)",
        "no op",
        note="no op: the detail lost to the low-quality encoding cannot be brought back by "
        "re-encoding; it needs the original footage",
    ),
    ask(
        "fresh206-15",
        'maybe cut the last part of the "You think you can beat me 123?" sound',
        "how much of the end to cut (where the last part starts)",
        (*WHICH_PART, "how much", "seconds", "last part"),
    ),
    ask(
        "fresh206-16",
        "make the alarm sound file just be a single alarm sound, so that it loops better",
        "which part is one alarm sound (where it starts and ends)",
        (*WHICH_PART, "single", "one alarm", "part", "seconds"),
    ),
    ask(
        "fresh206-17",
        "bump the notification sound's volume down more, until it matches the volume of Slack",
        "how much quieter (the level of Slack's sound)",
        ("how much", "Slack", "level", "dB", "percent", "how quiet", "volume"),
    ),
    ask(
        "fresh206-18",
        "add subtitles to the replaced pre-rendered cutscene, embedded in the video file: the "
        "original pre-rendered cutscenes have them, and it is helpful for deaf/hard of hearing "
        "players as well as anyone who benefits from it",
        "the subtitles (a subtitle file, or their text and timing)",
        ("subtitle", "srt", "file", "text", "caption", "which"),
    ),
    out_of_scope(
        "fresh206-19",
        "let me skip the unskippable intro videos at the start of the game at launch, other than "
        "by deleting the .bik files",
        "a game skipping its intro videos at launch, not an edit of a given file",
    ),
    out_of_scope(
        "fresh206-20",
        "make the alarm repeat until either the screen is tapped or 10 minutes have elapsed: the "
        "alarm 'ring' is not long enough to wake me from sleep",
        "a radio's alarm repeating until it is tapped, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
