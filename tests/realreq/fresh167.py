"""A hundred-and-sixty-seventh fresh, held-out collection of real requests
(tests/realreq/fresh167.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh165's, the
rows are short, typical asks, like the development set's; 10 come from personal blog posts about
people's own videos (a painting time-lapse, a wedding song, an iPhone clip for PowerPoint, a pool
jump in slow motion, a kindergarten concert, a 3gp for OpenCV, a horse film, an interview, a
music video project, a camcorder that will not hand its video over), 4 from forum threads (a
music school audition, a Super 8 capture, an interview with a bang in it, a hiking video) and 3
from GitHub issues and pull requests (MapKnitter, MAgent, tgstation). Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and
`[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, SOUND_ALONE, WHOLE, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh167.md")

#: 48 minutes (2880 s) to 2 minutes 25 seconds (145 s): about 19.9 times as fast, all of it.
_TO_2_25 = step("speed", factor=Between(18, 22), **WHOLE)

#: The song laid on the sped-up picture: in place of its sound, or over it.
_SONG = step("replace_audio", file="song.wav") | step("add_music", file="song.wav")

#: A file type PowerPoint embeds (of those promptcut writes).
_FOR_POWERPOINT = "mp4"

CASES: tuple[Case, ...] = (
    do(
        "fresh167-01",
        "speed up my 48-minute painting recording to 2 minutes and 25 seconds and put my song Time "
        "to Boogie on it: I want a speed up painting video for the song, an uptempo and funky "
        "number",
        [_TO_2_25, _SONG],
        [_TO_2_25, step("mute"), step("add_music", file="song.wav")],
        [step("mute"), _TO_2_25, step("add_music", file="song.wav")],
        assets=["song.wav"],
        probe=Probe(duration=2880.0),
        note="about 19.9x faster (2880 s to 145 s), all of it, then the song on it",
    ),
    do(
        "fresh167-02",
        "shorten the song I walk down the aisle to: splice the first few notes of the intro into "
        "the portion about 30-45 seconds into the song that picks up the main melody (the long "
        "lead-in isn't all that recognizable, and it's a little too slow to walk down the aisle "
        "to)",
        [step("cut", start=Between(1, 10), end=Between(30, 45))],
        probe=Probe(duration=270.0),
        note="the lead-in cut from a few seconds in (1 to 10 s) to 30 to 45 s",
    ),
    do(
        "fresh167-03",
        "convert my iPhone clip so I can embed it in my MS PowerPoint slide show: I got an error "
        "message about the video not having a 64-bit codec that was required (it's a video "
        "message for my mom)",
        [
            anywhere(step("convert", format=_FOR_POWERPOINT)),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        [
            anywhere(step("codec", codec="h264")),
            maybe(step("convert", format=_FOR_POWERPOINT)),
            maybe(step("reencode")),
            maybe(step("quality")),
        ],
        note="an H.264 MP4 PowerPoint can embed; H.264 alone is fair",
    ),
    do(
        "fresh167-04",
        "slow the four-second clip of us falling into the pool down to about 25 to 30 seconds, in "
        "smooth slow motion: it was shot at 24p, and with just the speed setting the clip is very "
        "choppy",
        [step("speed", factor=Between(0.13, 0.165), smooth=True, **WHOLE), maybe(step("fps"))],
        probe=Probe(duration=4.0, fps=24.0),
        note="4 s made 25 to 30 s (0.13x to 0.16x), interpolated, all of it",
    ),
    do(
        "fresh167-05",
        "steady the video of my son's kindergarten class playing and singing at the school music "
        "concert: my video camera is old, and I filmed from far away zoomed in all the way, so the "
        "picture shakes so much that on our TV I get sick from the video instead of enjoying my "
        "child's growth",
        [step("stabilize")],
        note="stabilized (strong fair)",
    ),
    do(
        "fresh167-06",
        "get just the soundtrack from my camcorder video (an AVI) for a regular audio CD: the "
        "music school audition requires one",
        [SOUND_ALONE],
        [step("extract_audio"), step("convert", format="wav")],
        note="the sound alone (WAV suits a CD; any audio file is fair)",
    ),
    do(
        "fresh167-07",
        "make the audio of the new MapKnitter introduction video not cut in so jarringly at the "
        "start (the rest seems pretty good)",
        [step("fade", direction="in", target="audio", duration=Between(0.3, 3))],
        note="the sound faded in at the start, 0.3 to 3 s",
    ),
    no_op(
        "fresh167-08",
        "change my phone's 3gp video to AVI, which I believe OpenCV can handle: when I used it "
        "with my OpenCV code, it exploded (I don't really care for the sound)",
        "no op",
        note="no op: an AVI file; promptcut writes no AVI",
    ),
    do(
        "fresh167-09",
        "make the example GIF in the README loop: right now it plays once and then stops",
        [anywhere(GIF), maybe(step("quality")), maybe(step("compress"))],
        probe=Probe(duration=10.0, width=800, height=600, has_audio=False),
        note="the GIF made again, as a GIF that loops forever",
    ),
    do(
        "fresh167-10",
        "put a different track on our slow-mo film of the horses, to make the footage more "
        "enjoyable for the farriers' Facebook group: several of them said that the music sucked",
        [step("replace_audio", file="music.mp3")],
        [step("mute"), step("add_music", file="music.mp3")],
        assets=["music.mp3"],
        note="the film's music replaced by the new track",
    ),
    no_op(
        "fresh167-11",
        "eliminate the dark waves that come and go through the picture of my Super 8 film "
        "capture: I filmed the projection with a video camera at 24 fps (the lowest it can set), "
        "and the projector runs at 18 fps",
        "no op",
        probe=Probe(fps=24.0),
        note="no op: removing the rolling dark bands of a projection filmed at another frame "
        "rate; no operation deflickers",
    ),
    no_op(
        "fresh167-12",
        "cut out the 'um' the interviewee says after just about every sentence: as soon as you "
        "notice him doing it, it becomes very annoying",
        "needs analysis",
        note="needs analysis: finding each 'um' needs speech recognition",
    ),
    no_op(
        "fresh167-13",
        "edit out the loud bang in the middle of the interview, like a firecracker or gunshot: I "
        "tried to cut around the sound, but the subject is speaking during the noise",
        "no op",
        note="no op: taking a bang out from under speech needs spectral repair; a cut or a "
        "volume change takes the words with it",
    ),
    ask(
        "fresh167-14",
        "re-render my first Palmetto Trail video into a shorter run time and fix the audio: the "
        "gravel sounds were picked up loud",
        "which parts to cut (how short), and what to change in the sound",
        (*WHICH_PART, "how long", "how short", "length", "parts", "minutes", "shorter"),
    ),
    ask(
        "fresh167-15",
        "trim the silence and the annoying tick at the end of splat.ogg: they have pestered me "
        "for the last time!",
        "where the splat ends (how much of the end to cut)",
        ("how much", "where", "when", "which", "seconds", "point", "length", "how long"),
        probe=Probe(duration=2.0),
    ),
    out_of_scope(
        "fresh167-16",
        "recover my progress on the music video: my computer died while it was rendering, and "
        "when I opened Premiere again, all of my tedious editing to the lyrics was gone",
        "recovering a video editor's lost project (its autosaves), not an edit of a given file",
    ),
    out_of_scope(
        "fresh167-17",
        "get the video of Casey singing 'the blues' with his Uncle Jason off my Canon Optura 400, "
        "so I can edit it and throw it on a CD: every time I plug in the camera, the computer "
        "tells me the hardware needs drivers installed",
        "getting footage off a camcorder the computer will not read (drivers), not an edit of a "
        "given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
