"""A two-hundred-and-sixteenth fresh, held-out collection of real requests
(tests/realreq/fresh216.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh213's, the
rows are short, typical asks, like the development set's, of people who are not video
professionals editing a video for their work or hobby; 13 come from personal blogs and sites
(two genealogists, a couple digitizing 8mm films, an amateur pianist, a school's technology
teacher, a football coach, a horse rider, an author reading online, a wedding videographer, a
blogger, a grandmother, a cake maker and a teacher), 1 from a newspaper's home-movie column, 1
from a youth football club's news page, 1 from a Linux user group's wiki and 4 from forum threads
(Audacity, a donkey and mule forum, Creative COW and Shotcut), some in German, French and Dutch.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
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
TABLE = Path(__file__).with_name("fresh216.md")

#: The 1280x720 presentation scaled down, its shape kept: any smaller size.
_DOWN_720 = (
    step("resize", lines=Below(720))
    | step("resize", height=Below(720), width=AnyOf(None, Below(1280)))
    | step("resize", width=Below(1280), height=AnyOf(None, Below(720)))
    | step("resize", percent=Below(100))
)

#: What may come with a smaller file: an encoding setting or an mp4.
_CODEC = maybe(step("codec", codec=AnyOf("h264", "hevc")))
_MP4 = maybe(step("convert", format="mp4"))

#: The voice over of the 8mm film, the Earth Day song and Jake's music.
_VOICEOVER = "voiceover.m4a"
_SONG = "earth_day_song.mp3"
_MUSIC = "music.mp3"

#: The video's own sound lowered, all of it, enough to leave the clapping faint.
_QUIETER = step("volume", percent=Between(5, 90), **WHOLE) | step(
    "volume", db=Between(-30, -1), **WHOLE
)

#: A sound recording kept a sound file (saved or extracted as one), or left as it is.
_KEPT_AUDIO = maybe(SOUND_ALONE)

CASES: tuple[Case, ...] = (
    do(
        "fresh216-01",
        "make the video of our genealogy society's January presentation small enough to upload "
        "to the web, so non-local members can view it from home: the 720p .MOV file ended up "
        "being humongous and way too big to upload",
        [
            anywhere(step("compress")),
            maybe(_DOWN_720),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            _CODEC,
            _MP4,
        ],
        [anywhere(step("quality", level="small")), maybe(_DOWN_720), _CODEC, _MP4],
        [
            anywhere(_DOWN_720),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            _CODEC,
            _MP4,
        ],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="a smaller file: any size target, a smaller-file setting or a smaller picture",
    ),
    ask(
        "fresh216-02",
        "capture still images from the digitized video of my mom's 8mm film, pausing at the "
        "perfect times, to turn into new photographs of my long-deceased ancestors",
        "which moments (the times of the frames to save)",
        (*WHICH_PART, "which frames", "which moments", "moments", "frames", "times"),
        probe=Probe(duration=180.0, has_audio=False),
    ),
    do(
        "fresh216-03",
        "put Mom's voice over about who's who, for the record, on the digitized roll of her 8mm "
        "film: there is no sound",
        [step("replace_audio", file=_VOICEOVER)],
        [step("add_music", file=_VOICEOVER, **WHOLE)],
        assets=[_VOICEOVER],
        probe=Probe(duration=180.0, has_audio=False),
        note="the voice over as the film's sound (it has none of its own)",
    ),
    do(
        "fresh216-04",
        "play our home movie of harvesting carrots backwards, so the carrots jump up off the "
        "ground and back into the red wagon: my brother thought it was very funny",
        [step("reverse")],
        probe=Probe(duration=180.0, has_audio=False),
        note="the soundless film played backwards",
    ),
    do(
        "fresh216-05",
        "cut out the front and end of my piano recording of January Skies (where there was just "
        "silence), and increase the overall playback volume",
        [step("remove_silence", where="ends"), anywhere(LOUDER), _KEPT_AUDIO],
        [
            step("remove_silence", where="start"),
            step("remove_silence", where="end"),
            anywhere(LOUDER),
            _KEPT_AUDIO,
        ],
        [
            step("remove_silence", where="end"),
            step("remove_silence", where="start"),
            anywhere(LOUDER),
            _KEPT_AUDIO,
        ],
        probe=Probe(duration=180.0),
        note="the silence at both ends cut (not the pauses in the music) and the sound louder",
    ),
    no_op(
        "fresh216-06",
        "make the recording of my daughter playing our piano more crisp and less muffled: I "
        "already used the first three seconds of audio as criteria to remove any background "
        "noise",
        "no op",
        probe=Probe(duration=120.0),
        note="no op: brightening a muffled sound needs an equalizer (a treble boost); the noise "
        "is already removed",
    ),
    do(
        "fresh216-07",
        "put the audio track of the Earth Day song we recorded on Tuesday morning under the "
        "performance video, lowering the video's own volume enough to still allow the kids' "
        "clapping to come through, but not much else",
        [anywhere(_QUIETER), step("add_music", file=_SONG, **WHOLE)],
        assets=[_SONG],
        probe=Probe(duration=180.0),
        note="the video's own sound much quieter (the clapping left faint) and the song mixed "
        "under it, in either order",
    ),
    do(
        "fresh216-08",
        "make the recording of the talk so that the speaker is heard clearly at all times, so "
        "as not to miss anything he says, reducing the background noise and with a constant "
        "volume",
        [anywhere(step("audio_denoise")), anywhere(step("normalize"))],
        probe=Probe(duration=3600.0),
        note="the background noise reduced and the loudness evened out, in either order",
    ),
    ask(
        "fresh216-09",
        "take some examples of each play from the game cuts and freeze each for about 5 "
        "seconds, with the play title at the top of the screen and lines showing each player's "
        "assignment, as in-house material for our players",
        "which moments to freeze (the plays' times) and their titles",
        (*WHICH_PART, "which plays", "plays", "title", "titles", "moments", "frames"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh216-10",
        "make the summary of the youth match from my footage: right after each fragment for the "
        "summary I briefly closed the lens cap, which gives a black screen of 4 or 5 frames, so "
        "the editing software can search for those black images",
        "where each fragment starts (only its end is marked by the black frames), or how long a "
        "stretch before each mark to keep",
        (*WHICH_PART, "how long", "how much", "seconds", "fragment", "fragments", "before"),
        probe=Probe(duration=1800.0),
    ),
    do(
        "fresh216-11",
        "make the film of my donkey acrobats at the school fête look old, black-and-white, or "
        "rather brown-and-white, so that the sun no longer shows: my friend filmed both "
        "performances, and the sun was shining at one and not at the other",
        [step("sepia", **WHOLE)],
        [step("look", style="vintage", **WHOLE)],
        probe=Probe(duration=240.0),
        note="a brown-and-white old-film look, all of it",
    ),
    ask(
        "fresh216-12",
        "cut my 6-minute groundwork video down to the 4 mins 30 secs the Interdressage Practical "
        "Horsemanship class allows: chop as much off the beginning as I can, so it starts with "
        "us trotting up the centre line to halt and salute, and chop it at the end of the "
        "'umbrella from the left hand side' piece",
        "where those two points are (the times of the halt and salute and of the umbrella "
        "piece's end)",
        (*WHICH_PART, "how much", "which parts", "seconds", "beginning", "umbrella", "salute"),
        probe=Probe(duration=370.0),
    ),
    do(
        "fresh216-13",
        "take out the hiss in the video of my first little online reading: the noise annoyed me "
        "and still annoys me (especially at the beginning of the reading)",
        [step("audio_denoise")],
        probe=Probe(duration=600.0),
        note="the steady hiss reduced (any strength)",
    ),
    ask(
        "fresh216-14",
        "delete the indiscreet conversation some guests were having, before realising they were "
        "on camera, from the wedding video: they asked me, nay begged me",
        "which part (the conversation's times)",
        (*WHICH_PART, "which conversation", "conversation"),
        probe=Probe(duration=3600.0),
    ),
    do(
        "fresh216-15",
        "cut out the audio of my video, including myself talking: some background music was "
        "playing at the place where I shot it, and its copyright holder made a claim (I might "
        "monetize the video myself one day)",
        [step("mute")],
        [step("volume", percent=0, **WHOLE)],
        note="the sound taken out, all of it (the talking with the music)",
    ),
    no_op(
        "fresh216-16",
        "export the wide 4K shot of the stage in 720, cropped so that the speaker is centered "
        "and zoomed in on, with the frame moving as the speaker moves, so it appears the camera "
        "is actually tracking the speaker",
        "needs analysis",
        probe=Probe(duration=1800.0, width=3840, height=2160),
        note="needs analysis: a crop that follows the speaker needs tracking; crop_area keeps "
        "one place",
    ),
    do(
        "fresh216-17",
        "add the background music to this month's short movie of our grandson Jake, adjusting "
        "the volume between the background music and the video sound",
        [step("add_music", file=_MUSIC, **WHOLE), maybe(step("volume", **WHOLE))],
        assets=[_MUSIC],
        probe=Probe(duration=240.0),
        note="the music under the movie's own sound, at any level (a volume change of the "
        "video's sound may come with it)",
    ),
    ask(
        "fresh216-18",
        "speed up the film of the making of my Cocktail Cake to make a time-lapse style "
        "animation of it coming together",
        "how much faster (a factor, or how long the time-lapse should be)",
        (
            "how much",
            "how fast",
            "how long",
            "factor",
            "speed",
            "faster",
            "length",
            "seconds",
            "minutes",
        ),
        probe=Probe(duration=7200.0),
    ),
    ask(
        "fresh216-19",
        "put the song lyrics in sync over the video, 2 lines up at a time: I can enter text, but "
        "the text seems to stay for the entire song",
        "the lyrics and when each pair of lines shows (their words and times, or a subtitle file)",
        (
            "lyrics",
            "words",
            "text",
            "subtitle",
            "srt",
            "file",
            "which",
            "what",
            "when",
            "time",
        ),
        probe=Probe(duration=240.0),
    ),
    out_of_scope(
        "fresh216-20",
        "make the slideshow for my parents from the pics I take of my kiddos during the year, "
        "highlighting each student with adjectives and pics of just them",
        "making a video from photos, not an edit of a given video",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
