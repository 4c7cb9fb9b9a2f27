"""A hundred-and-ninetieth fresh, held-out collection of real requests
(tests/realreq/fresh190.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh189's, the
rows are short, typical asks, like the development set's; 5 come from GitHub issues (a speech
recognizer, a subtitle tool, OpenShot, a university course and a digital signage player) and 14
from other public places: threads of the Audacity forum, Adobe's forums, Creative COW, the VEGAS
forum and Videomaker's community, personal blog posts (a wedding, a ringtone, an internet radio
station, a community AV volunteer, a live webinar) and a student's coursework essay. Each case
follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh190.md")

#: The 1920x1080 video scaled down, its shape kept: any smaller size.
_DOWN = (
    step("resize", lines=Below(1080))
    | step("resize", height=Below(1080), width=AnyOf(None, Below(1920)))
    | step("resize", width=Below(1920), height=AnyOf(None, Below(1080)))
    | step("resize", percent=Below(100))
)

#: A smaller file, by a quality setting or a size target.
_SMALLER = step("quality", level=AnyOf("small", "balanced")) | step("compress", max_mb=Above(0))

#: Bars that make the window's frame 16:9 again, black.
_BARS = step("pad", aspect=AnyOf("16:9", "1920:1080"), color=AnyOf("black", "#000000"))

CASES: tuple[Case, ...] = (
    do(
        "fresh190-01",
        "trim the 1m pause at the start of my 5m clip (keyboard sounds), followed by a 4m "
        "conversation: with it, the transcript comes back blank",
        [step("trim", start=Between(55, 65), end=None)],
        [step("cut", start=0, end=Between(55, 65))],
        probe=Probe(duration=300.0),
        note="the first minute (55 to 65 s) taken off the 5-minute clip",
    ),
    do(
        "fresh190-02",
        "cut the 50 second intro of our first dance song, Meet Me By The Water, which we would "
        "have to wait through: plus we don't really feel like fox trotting around for four whole "
        "minutes",
        [
            step("trim", start=Between(48, 52), end=AnyOf(None, Between(60, 290))),
            maybe(step("fade")),
        ],
        [step("cut", start=0, end=Between(48, 52)), maybe(step("fade"))],
        probe=Probe(duration=290.0),
        note="the 50 s intro cut from the 4:50 song, to its end or a little before",
    ),
    do(
        "fresh190-03",
        "make the beginning 30 seconds of the Sarah Brightman song my incoming call ringtone: it "
        "comes on softly, so when I am near my phone I can pick it up before it becomes too loud "
        "for others to hear",
        [
            step("trim", start=0, end=Between(29, 31)),
            maybe(step("fade")),
            maybe(step("extract_audio")),
            maybe(step("convert", format=AnyOf("mp3", "m4a", "wav", "ogg", "flac", "opus"))),
        ],
        [
            step("keep_ranges", ranges=[[0, 30]]),
            maybe(step("fade")),
            maybe(step("extract_audio")),
            maybe(step("convert", format=AnyOf("mp3", "m4a", "wav", "ogg", "flac", "opus"))),
        ],
        probe=Probe(duration=270.0),
        note="the song's first 30 seconds",
    ),
    do(
        "fresh190-04",
        "remove the silence from both ends of the mp3 track: in radio, silence is generally the "
        "worst thing to have playing (dead air), and these spaces between tracks can feel like an "
        "eternity",
        [step("remove_silence", where="ends")],
        [step("remove_silence", where="start"), step("remove_silence", where="end")],
        [step("remove_silence", where="end"), step("remove_silence", where="start")],
        probe=Probe(duration=240.0),
        note="the silence at the start and at the end cut, none in the middle",
    ),
    do(
        "fresh190-05",
        "clean up the low quality speech recording a bit (done on a cassette player in noisy "
        "environments, then converted to MP3): it sounds absolutely horrible from my iPod FM "
        "transmitter in the car; I am not expecting any kind of magic, as long as I can "
        "understand what is being said",
        [
            anywhere(step("audio_denoise")),
            maybe(step("normalize")),
            maybe(step("volume")),
            maybe(step("convert", format="mp3")),
        ],
        probe=Probe(duration=1800.0),
        note="the noise taken out of the sound, all of it (louder or normalized may come with it)",
    ),
    do(
        "fresh190-06",
        "make my footage shot at 240fps play back as if it were originally shot at 120fps, in a "
        "23.976 timeline",
        [
            step("speed", factor=Between(0.19, 0.21), **WHOLE),
            maybe(step("fps", fps=Between(23.9, 24.1))),
        ],
        [
            step("speed", factor=Between(0.49, 0.51), **WHOLE),
            maybe(step("fps", fps=Between(23.9, 24.1))),
        ],
        probe=Probe(duration=10.0, fps=240.0),
        note="5x slower, 120 fps slow motion on a 23.976 timeline (or 2x, the 240 fps read as 120)",
    ),
    do(
        "fresh190-07",
        "window the video: a rectangular area within my 1920 x 1080 frame, for test purposes full "
        "height but only 800 wide, within which the clip appears; any part of it outside that "
        "window is black",
        [step("crop_area", width=800, height=1080), _BARS],
        [
            step(
                "crop_edges",
                left=Between(550, 570),
                right=Between(550, 570),
                top=0,
                bottom=0,
                unit="px",
            ),
            _BARS,
        ],
        [
            step(
                "crop_edges",
                left=Between(28.6, 29.7),
                right=Between(28.6, 29.7),
                top=0,
                bottom=0,
                unit="%",
            ),
            _BARS,
        ],
        note="an 800x1080 window of the 1920x1080 video, black around it",
    ),
    do(
        "fresh190-08",
        "compress my video for the Macmillan Coffee Morning (made up of loads of videos, images, "
        "music and animations) so it is easier to email or upload to a website: a small bit "
        "rate, as it doesn't have a lot of movement, and a relatively small display size",
        [
            anywhere(_SMALLER),
            anywhere(_DOWN),
            maybe(step("convert", format=AnyOf("mp4", "mov", "mkv", "webm"))),
            maybe(step("codec")),
            maybe(step("fps")),
        ],
        note="a smaller file (a smaller-file setting or a size) and a smaller picture, either "
        "order",
    ),
    no_op(
        "fresh190-09",
        "remove the voices from the 3-minute cartoon but keep the subtitles, for teaching "
        "children English: after watching it with its subtitles, the teacher and the students "
        "play it again to role-play",
        "needs analysis",
        probe=Probe(duration=180.0),
        note="needs analysis: the voices taken out of the soundtrack, music and effects kept "
        "(source separation); mute takes all the sound away",
    ),
    no_op(
        "fresh190-10",
        "cut out the wind-exposed talent's channel when the other talent is speaking, to reduce "
        "noise: I recorded an interview with each talent on his own lapel mic, one going to the "
        "left channel, the other to the right of the camcorder",
        "no op",
        note="no op: one channel silenced at the times the other talent speaks; no operation "
        "works on one channel",
    ),
    no_op(
        "fresh190-11",
        "remove only the cell phone interference sounds from my recording of a family event for "
        'a friend: several times a cell phone had been too close, and the "dit dah dit dddddddd '
        "dit dah dit\" sounds are very noticeable (Click Removal didn't catch them)",
        "needs analysis",
        note="needs analysis: bursts of interference found and taken out under the voices; "
        "audio_denoise only takes out steady noise",
    ),
    no_op(
        "fresh190-12",
        "remove the electrical receptacle and switch panel (both almost black) from the light "
        "beige wall behind the pianist in the piano recital video: it is annoying to see them "
        "throughout; the camera was not moved but occasionally zoomed a bit",
        "no op",
        note="no op: an object on the wall painted out, tracked through the zooms",
    ),
    no_op(
        "fresh190-13",
        "animate the photo with a spinning entrance",
        "no op",
        note="no op: a still brought in with a spin; no operation animates a picture",
    ),
    ask(
        "fresh190-14",
        "edit the one-hour lecture video of our event: cut out long pauses, and breaks when they "
        "couldn't advance their slides, and boring questions from the audience",
        "which breaks and which questions to cut (where they are)",
        (*WHICH_PART, "which questions", "questions", "breaks"),
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh190-15",
        "keep just the part of the 1080p interview frame I want, to discard the offending "
        "microphone that got untidily into the frame: is there a way that would let me keep "
        "1080p?",
        "where the microphone is (which part of the frame to keep)",
        (
            "which",
            "where",
            "part",
            "area",
            "region",
            "side",
            "edge",
            "corner",
            "pixels",
            "coordinates",
            "how much",
        ),
    ),
    ask(
        "fresh190-16",
        "lessen the strain sound on a word or couple of words in the track, where I went just a "
        "bit too loud",
        "which words (where they are)",
        (*WHICH_PART, "which words", "word"),
    ),
    out_of_scope(
        "fresh190-17",
        "show the whiteboard instead of the slides in future class recordings: the slides are in "
        "the repository, but important things are written on the whiteboard, which appears only "
        "in a corner in a small window",
        "how a course's future class recordings are made, not an edit of a given file",
    ),
    out_of_scope(
        "fresh190-18",
        "play looping video in portrait mode with Screenly: we have recently found a need to",
        "a signage player's looping and orientation, not an edit of a given file",
    ),
    out_of_scope(
        "fresh190-19",
        "record the live webinar with a legendary sound designer, a personal hero of mine: he is "
        "dropping gold nuggets about audio mixing, and there is no replay",
        "recording a live webinar's stream, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
