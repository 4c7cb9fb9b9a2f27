"""A hundred-and-ninety-first fresh, held-out collection of real requests
(tests/realreq/fresh191.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh189's, the
rows are short, typical asks, like the development set's; 15 come from GitHub issues (a web video
player, the W3C's accessibility showcase, a meeting recorder, ShareX, Jellyfin's Chromecast
client, an Android video editor, a soundboard, OpenShot, the BBC's audiowaveform, a WordPress
plugin, a gallery app, a data engineering handbook, a macOS utility's screen recorder,
BigBlueButton and a simple video cutter) and one from a video forum's thread. Each case follows
its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals, the
`[needs analysis]` row a refusal of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, SOUND_ALONE, WHOLE, AnyOf, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh191.md")

#: The frame saved as an image file, png or jpg, if the plan names one.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg", "jpeg")))

CASES: tuple[Case, ...] = (
    do(
        "fresh191-01",
        "remove the buzz from the video of the martial arts seminar I hosted: on zooming in there "
        "is an increasingly loud buzz on the track (in the video it starts around 14 seconds in)",
        [step("audio_denoise")],
        note="the buzz taken out of the sound, all of it",
    ),
    do(
        "fresh191-02",
        "use the frame at second 3 of the video as its poster image: our editors make a "
        "screenshot of the video by hand, and as this takes a lot of time for multiple videos it "
        "would be quite convenient to just enter a frame second number",
        [step("still", at=Between(2.9, 3.1)), _IMAGE],
        note="the frame at 3 s saved as an image (png or jpg)",
    ),
    do(
        "fresh191-03",
        "slow the narration of the layout video down again from seconds 23 through 26: the VO "
        "speeds up there",
        [
            step(
                "speed",
                start=Between(22.5, 23.5),
                end=Between(25.5, 26.5),
                factor=Between(0.5, 0.95),
            )
        ],
        note="slower (0.5 to 0.95) from 23 s to 26 s only",
    ),
    do(
        "fresh191-04",
        "decrease the volume of the meeting recording with a few decibels: it is a bit high (the "
        "distortion happens only during the songs)",
        [
            step("volume", db=Between(-6.5, -1.5), **WHOLE)
            | step("volume", percent=Between(45, 85), **WHOLE)
        ],
        note="a few decibels quieter (-2 to -6 dB, 50 to 80 %), all of it",
    ),
    do(
        "fresh191-05",
        "make the captured mp3 louder: it is so quiet it's barely audible",
        [LOUDER, maybe(step("convert", format="mp3"))],
        note="louder, all of it, by any amount or to a loudness target; kept an mp3",
    ),
    do(
        "fresh191-06",
        "put my movie in h.264: when I want to play the movies in hevc, my Google TV Chromecast "
        "tells me that it's impossible (error)",
        [
            step("codec", codec="h264"),
            maybe(step("convert", format=AnyOf("mp4", "mkv"))),
            maybe(step("quality")),
        ],
        probe=Probe(duration=5400.0),
        note="the picture encoded as H.264 (an mp4 or mkv, or a quality setting, may come with it)",
    ),
    do(
        "fresh191-07",
        "mute all the audio in the exported video: the existing mute speaker icon is only for the "
        "player, not for the export",
        [step("mute")],
        note="no sound in the result",
    ),
    do(
        "fresh191-08",
        "keep only the time interval 5.5-7.5 seconds of the video, for my soundboard: it is only "
        '"good" there',
        [step("trim", start=5.5, end=7.5), maybe(SOUND_ALONE)],
        [step("keep_ranges", ranges=[[5.5, 7.5]]), maybe(SOUND_ALONE)],
        note="5.5 s to 7.5 s kept; the sound alone may come with it",
    ),
    do(
        "fresh191-09",
        "remove the 2 frames at the start of the exported clip (1080p, 60 fps): they are from the "
        "middle of the video (the 5 second part), and in many cases they become the thumbnail",
        [step("trim", start=Between(0.03, 0.1), end=None)],
        [step("cut", start=0, end=Between(0.03, 0.1))],
        probe=Probe(duration=10.0, fps=60.0),
        note="the first 2 frames (1/30 s at 60 fps; up to 0.1 s is fair) taken off the start",
    ),
    no_op(
        "fresh191-10",
        "cut a ringtone from the MP3, where the beat is high, or from where the vocals start to "
        "where they end",
        "needs analysis",
        note="finding where the vocals start and end (or where the beat is high); no operation "
        "finds them",
    ),
    ask(
        "fresh191-11",
        "add some background music to the plugin's introduction video: we are going to upload it "
        "onto YouTube",
        "which music (the file to add)",
        (
            "which music",
            "music file",
            "file",
            "track",
            "song",
            "which",
            "provide",
            "upload",
            "attach",
            "give",
        ),
    ),
    ask(
        "fresh191-12",
        "set the video's preview image manually: without it, people are forced to see the video "
        "to remember what it is about",
        "which frame (the moment to show as the preview)",
        ("which frame", "frame", "which", "moment", "when", "time", "second", "where", "at what"),
    ),
    ask(
        "fresh191-13",
        'remove "Flow" from the product demo video: I\'d like us to use this demo for some of the '
        "new website pages",
        'where "Flow" is in the video (which parts to take out)',
        (*WHICH_PART, "which parts", "what", "where", "flow", "appear", "show"),
    ),
    out_of_scope(
        "fresh191-14",
        "record a dubbing over my screen recording: whenever I'm using it, I usually forget to "
        "turn on the mic while talking",
        "recording a voice-over with the microphone, not an edit of a given file",
    ),
    out_of_scope(
        "fresh191-15",
        "split the recorded class into several smaller files: if the class is long and you want it "
        "in several parts so that you can email it to your friends or share it on social "
        "networks, you run into limitations",
        "splitting one recording into several files, not one edited video",
    ),
    out_of_scope(
        "fresh191-16",
        "add a double and 3 times speed option to the cutter: I cut out scenes from football "
        "games with it and don't want to watch the game in normal speed",
        "the cutting tool's playback speed while watching, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
