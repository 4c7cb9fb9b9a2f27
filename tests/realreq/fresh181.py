"""A hundred-and-eighty-first fresh, held-out collection of real requests
(tests/realreq/fresh181.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh177's, the
rows are short, typical asks, like the development set's; 14 come from GitHub issues and pull
requests (a DVD ripper, a photo booth app, a silent ringtone, a music downloader, a Minecraft
mod's sounds, GitHub's markup, a Slack emoji collection, a game-recreation project, a Haskell
screencast series, a Reddit video maker, an audiobook liberator, a video generation model,
pytube and a football-statistics project), 5 from blog posts (a dad's tribute video, a memorial
video, a church harmonica recording, a Remembrance Day service, a friend's funeral) and one from a
tapers' forum thread. Each case follows its row's `expected` column; `[out of scope]` rows are
OUT-OF-SCOPE refusals, the `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh181.md")

#: fresh181-03: the song the person names.
_SONG = "wonderful_world.mp3"

#: fresh181-05: a fade at each end of the church recording, of any length.
_FADE_IN = step("fade", direction="in", target=AnyOf("audio", "both"))
_FADE_OUT = step("fade", direction="out", target=AnyOf("audio", "both"))

#: fresh181-07: quieter, by a level or by decibels, all of it.
_QUIETER = step("volume", percent=Between(10, 99), **WHOLE) | step(
    "volume", db=Between(-20, -0.5), **WHOLE
)

CASES: tuple[Case, ...] = (
    do(
        "fresh181-01",
        "brighten the digital copy I made of the DVD: the file seems to have a darker screen "
        "than the original DVD (it is an old movie in black/white)",
        [step("brightness", percent=Above(0), **WHOLE)],
        [step("gamma", gamma=Above(1), **WHOLE)],
        note="brighter (or lighter mid-tones), any amount, all of it",
    ),
    do(
        "fresh181-02",
        "turn the boomerang right side up: my camera is set to 180 degrees, and for still images "
        "and collages everything is fine, but boomerangs are exported upside-down",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned a half turn (or flipped both ways)",
    ),
    do(
        "fresh181-03",
        'lay down the track of "What a Wonderful World" by Louis Armstrong under the montage for '
        "my dad's tribute video: my dad loved not only the lyrics, but also impersonating "
        "Satchmo",
        [step("add_music", file=_SONG)],
        [step("replace_audio", file=_SONG)],
        [step("mute"), step("add_music", file=_SONG)],
        assets=[_SONG],
        note="the song as the montage's sound, in place of its own or mixed with it",
    ),
    do(
        "fresh181-04",
        "send the video footage of my friend who passed away through a heart wrenching slow "
        "motion filter, for the memorial video I made for him",
        [step("speed", factor=Between(0.25, 0.75), **WHOLE), maybe(step("mute"))],
        note="slow motion, 0.25x to 0.75x, all of it",
    ),
    do(
        "fresh181-05",
        "add a fade in and out to my recording of Fr. Henry Petter playing Silent Night on the "
        "harmonica at my parents' church (a minidisc recorder and a cheap, homemade stereo mic "
        "on my lap in the pew)",
        [anywhere(_FADE_IN), anywhere(_FADE_OUT)],
        probe=Probe(duration=180.0),
        note="a fade in at the start and a fade out at the end, any length, either order",
    ),
    do(
        "fresh181-06",
        "make the silent ringtone just under 30s, not exactly 30s: if it is just under 30s it "
        "should import via preview in Safari",
        [step("trim", start=0, end=Between(25, 29.95)), maybe(step("convert"))],
        [step("cut", start=Between(25, 29.95), end=30), maybe(step("convert"))],
        probe=Probe(duration=30.0),
        note="the 30 s file kept to 25 to 29.95 s (29 s is what a commenter made)",
    ),
    do(
        "fresh181-07",
        "mitigate the loudness of the downloaded song, to avoid audio clipping: like all "
        "downloads, it has excessive loudness",
        [_QUIETER],
        [step("normalize")],
        note="quieter, all of it (or brought to a loudness target below the loud master)",
    ),
    do(
        "fresh181-08",
        "remove the very low pitched sound on bird-ambience2.ogg that sounds like a truck engine "
        "or something",
        [step("audio_denoise")],
        note="the steady low rumble taken out, any strength",
    ),
    do(
        "fresh181-09",
        "remux the few-second OBS recording from MKV to MP4, just for attaching it to GitHub: MKV "
        "is the default format produced by OBS",
        [
            step("convert", format="mp4"),
            maybe(step("codec", codec="h264")),
            maybe(step("reencode")),
        ],
        probe=Probe(duration=10.0),
        note="the same clip as an MP4",
    ),
    do(
        "fresh181-10",
        "re-export noice.gif: it fails to upload to Slack, and Slack support is unable to "
        "explain why, as the file falls within all specified limits",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps")), maybe(step("quality"))],
        [step("reencode"), maybe(GIF), maybe(step("resize")), maybe(step("fps"))],
        probe=Probe(has_audio=False),
        note="the GIF written anew (a smaller size or frame rate is fair)",
    ),
    no_op(
        "fresh181-11",
        "chop out almost all of the speaking parts of the recorded Remembrance Day service from "
        "Brecon Cathedral, to leave just the music: the 37MB file is a bit large for loading "
        "onto our blog",
        "needs analysis",
        note="finding where the speaking is, between the pieces of music (making the file smaller "
        "alone is doable)",
    ),
    no_op(
        "fresh181-12",
        "fix the recovered recording of the second night of The Hold Steady's residency: after "
        "the 4 minute mark of the final track, the file plays 2 seconds of audio, then skips "
        "back 1.9 seconds, and so on (I could manually go through each 'skip' and delete, but "
        "that would take much more time than I have)",
        "needs analysis",
        note="finding each repeated stretch (2 s played, then 1.9 s of it again) to delete",
    ),
    no_op(
        "fresh181-13",
        "remove the music from the video, so I can rip the sliding sound effect from it: the "
        "default sliding sfx needs to be upsampled or its source found",
        "needs analysis",
        note="the music and the sound effect are one mixed sound track: taking the music out "
        "needs them separated",
    ),
    ask(
        "fresh181-14",
        "make the music at the start of the video quieter while you talk, or fade it off "
        "earlier before you start talking",
        "which part: when the talking starts (where the music should be lowered or faded)",
        (*WHICH_PART, "talk", "seconds", "how long", "how much"),
    ),
    ask(
        "fresh181-15",
        "add a watermark in the video, or add some ending clip video",
        "the watermark (an image file or its words) or the ending clip (which file)",
        ("watermark", "image", "logo", "file", "text", "which", "what", "clip"),
    ),
    ask(
        "fresh181-16",
        'remove the poor-quality "This is Audible." and "Audible hopes you have enjoyed this '
        "program.\" messages at the very beginning/end of the audiobook: they just don't sound "
        "good",
        "how long the two messages are (where the book itself starts and ends)",
        (*WHICH_PART, "how long", "seconds", "how many", "how much"),
    ),
    ask(
        "fresh181-17",
        "display the lyrics as the songs are sung in the video of my friend's funeral: I like "
        "the songs that she picked more and more",
        "the lyrics (their words, or a subtitle file) and when each line is sung",
        ("lyrics", "words", "text", "subtitle", "file", "which", "what", "when", "time"),
    ),
    out_of_scope(
        "fresh181-18",
        "make me a video of a football player hitting the post from the center",
        "generating a video from a text prompt, not an edit of a given file",
    ),
    out_of_scope(
        "fresh181-19",
        "download only the first 6 or 8 seconds of the YouTube video: my application needs only "
        "those",
        "downloading part of a YouTube video, not an edit of a given file",
    ),
    out_of_scope(
        "fresh181-20",
        "make the camera follow the ball automatically, set up the zoom and record my son's "
        "football match: when he has a match I have to deal with the camcorder instead of "
        "supporting him and enjoying the match",
        "steering a camera to record a live match, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
