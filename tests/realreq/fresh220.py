"""A two-hundred-and-twentieth fresh, held-out collection of real requests
(tests/realreq/fresh220.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh217's, the
rows are short, typical asks, like the development set's; 19 come from personal blogs and sites,
most of them of gamers, Let's Play makers and small YouTubers (a dollar-store vlog's dead air, a
divx conversion upside down, a Star Wars fan video's song, a PSP's 480 x 272, a movie for a
plane trip, a LEGO build at 3000%, a Minecraft minecart ride and a creeper clip set to music,
a Super Mario 64 Let's Play in ten-minute chunks, a Halloween show's separate sound, a Banjo-
Kazooie capture's interlacing, a clip for the Wii's photo channel, a local access game show cut
to 30 minutes, a play made a GIF, a splitscreen filmed off the TV, a first Minecraft video, a
Let's Play's plot cards, a boy's Minecraft screenshots and a channel's intro clip) and 1 from a
forum thread (a dynamic stretch undone). Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows refusals of DOABLE asks no
operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Case,
    Probe,
    Want,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh220.md")

#: The second files the rows name.
_MUSIC = "music.mp3"
_STAR_WARS = "star_wars.mp3"
_MY_MUSIC = "my_music.mp3"
_SONG = "minecraft_song.mp3"
_CAMCORDER = "camcorder_audio.wav"


def _as_sound(file: str) -> Want:
    """A sound file made the video's sound: replacing it, or mixed in over all of it."""
    return step("replace_audio", file=file) | step("add_music", file=file, **WHOLE)


CASES: tuple[Case, ...] = (
    do(
        "fresh220-01",
        "trim out the dead air in my dollar store video (the original was about 35 minutes: I "
        "couldn't pause it while shooting), and add some background music, because that's a "
        "thing I've seen people do",
        [step("remove_silence"), step("add_music", file=_MUSIC, **WHOLE)],
        assets=[_MUSIC],
        probe=Probe(duration=2100.0),
        note="the silences cut, then the music under what is left",
    ),
    do(
        "fresh220-02",
        "fix the video I converted from divx to MP4 to play on my iPod: the converted video is "
        "upside down (it looks fine, but you must hang from the ceiling by your toes to view it "
        "correctly)",
        [step("rotate", degrees=180)],
        [step("flip", direction="vertical")],
        note="turned right side up: a half turn, or a top-to-bottom flip",
    ),
    do(
        "fresh220-03",
        "take the song out of this amazing Luke Skywalker video and put another one in its "
        "place, the incredible music John Williams wrote for Star Wars: the creator of the video "
        'used a song that drops the "f" bomb',
        [step("replace_audio", file=_STAR_WARS)],
        [step("mute"), step("add_music", file=_STAR_WARS, **WHOLE)],
        assets=[_STAR_WARS],
        probe=Probe(duration=240.0),
        note="the song replaced by the Star Wars music",
    ),
    do(
        "fresh220-04",
        "encode the video as a full screen 480 x 272 AVC MP4 for my PSP (it has the firmware "
        "3.30+ that supports them)",
        [
            step("resize", width=480, height=272),
            maybe(step("codec", codec="h264")),
            maybe(step("convert", format="mp4")),
        ],
        note="480x272 (H.264 and mp4 may be named)",
    ),
    do(
        "fresh220-05",
        "convert the .avi movie to .mp4, to keep my 5 year old entertained on the plane: "
        "converted to .3gp it only plays in a tiny window on my Blackjack, and full screen it is "
        "very pixelated and choppy",
        [step("convert", format="mp4"), maybe(step("codec", codec="h264"))],
        [step("codec", codec="h264"), maybe(step("convert", format="mp4"))],
        probe=Probe(duration=5400.0),
        note="an mp4 (H.264 may be named)",
    ),
    do(
        "fresh220-06",
        "make the video of my son putting together his LEGO Star Wars present from his birthday "
        "play at 3000% normal speed: the full version is just shy of four hours long",
        [step("speed", factor=30, **WHOLE)],
        probe=Probe(duration=14000.0),
        note="30 times as fast, all of it",
    ),
    do(
        "fresh220-07",
        "speed up the film of my last ride around our Minecraft world x3 (the original ride "
        "took about 16 minutes), and put my music on it: it's composed and performed by me",
        [step("speed", factor=3, **WHOLE), _as_sound(_MY_MUSIC)],
        assets=[_MY_MUSIC],
        probe=Probe(duration=960.0),
        note="3 times as fast, then the music (not sped up with the film)",
    ),
    do(
        "fresh220-08",
        "put the Minecraft song on my clip of getting hugged by a creeper, as its music: I "
        "wasn't recording sound, and the song's line about opening the door and the creeper "
        "exploding syncs up perfectly",
        [_as_sound(_SONG)],
        assets=[_SONG],
        probe=Probe(duration=60.0, has_audio=False),
        note="the song as the soundless clip's sound",
    ),
    no_op(
        "fresh220-09",
        "chop the huge recording of my Super Mario 64 session into ten-minute-sized chunks for "
        "YouTube",
        "no op",
        probe=Probe(duration=3600.0),
        note="no op: one file made several; every operation makes one file",
    ),
    no_op(
        "fresh220-10",
        "synchronise the audio I recorded separately on a camcorder with the video of our "
        "Halloween show: the video was running at 60Hz and the audio at 50Hz, so change the "
        "audio length by -20%",
        "no op",
        assets=[_CAMCORDER],
        probe=Probe(duration=180.0),
        note="no op: a second file's sound time-stretched by 20%; speed changes both together",
    ),
    no_op(
        "fresh220-11",
        "de-interlace the Banjo-Kazooie: Nuts & Bolts demo footage straight off my Easycap, to "
        'get a solid image: "Blended" de-interlacing is terrible for videogame footage, a '
        "blurry mess",
        "no op",
        probe=Probe(width=720, height=480, fps=29.97),
        note="no op: deinterlacing",
    ),
    no_op(
        "fresh220-12",
        "revert the video from its dynamic stretched 16:9 aspect ratio to 4:3: it was shot in "
        "4:3, and the sides were stretched to fit 16:9 while the center of the frame was kept "
        "unaltered",
        "no op",
        note="no op: a non-linear stretch of the sides undone; resize or crop leaves them warped",
    ),
    no_op(
        "fresh220-13",
        "convert the family clip so it can be viewed from my SD card in the Wii's photo "
        "channel: the Wii only supports MJPEG video files (AVI)",
        "no op",
        probe=Probe(duration=60.0),
        note="no op: an MJPEG AVI; no output format is AVI, no codec MJPEG",
    ),
    ask(
        "fresh220-14",
        "carve 18 minutes off the fourth Gameshelf, to put it below the 30-minute mark so SCAT "
        "can air it",
        "which 18 minutes of the 45-minute cut to take out (the parts)",
        (*WHICH_PART, "which parts", "which 18", "parts", "minutes", "cut"),
        probe=Probe(duration=2700.0),
    ),
    ask(
        "fresh220-15",
        "cut my gameplay recording down to fifteen seconds (the Gfycat size limit) where "
        "something noteworthy happened, to make a GIF of it",
        "which fifteen seconds (when the noteworthy moment is)",
        (*WHICH_PART, "which fifteen", "which 15", "moment", "seconds"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh220-16",
        "crop the frame of my Minecraft video, filmed off the TV in splitscreen, so that the "
        "second player's screen and the name-bar above Morlium don't show",
        "the area to keep (how much to crop off which sides)",
        (
            "area",
            "region",
            "rectangle",
            "how much",
            "pixels",
            "which side",
            "which part",
            "where",
            "which",
            "size",
            "crop",
        ),
    ),
    ask(
        "fresh220-17",
        "cut my 90 minutes of raw Minecraft gameplay down to ten minutes of entertaining "
        "footage, for my channel's first Minecraft video",
        "which ten minutes to keep (the parts)",
        (*WHICH_PART, "which parts", "which ten", "parts", "keep", "moments"),
        probe=Probe(duration=5400.0),
    ),
    ask(
        "fresh220-18",
        "insert plot cards into the footage for my new Let's Play video, like they did when "
        "they restored Metropolis: the screen capture stopped recording right in the middle of "
        "the story",
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
        probe=Probe(duration=3600.0),
    ),
    out_of_scope(
        "fresh220-19",
        "make John's Minecraft screenshots into a video about bullying, with a title slide, a "
        "credits slide and captions for each screenshot",
        "a video made from still images, not an edit of a given video",
    ),
    out_of_scope(
        "fresh220-20",
        "make a new intro clip for my YouTube channel, three seconds long: the text "
        '"Mabrick\'s Movies" orbiting the Earth, with a satellite like sound playing as it '
        "goes by",
        "an animation made from nothing (a text in orbit, a sound), not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
