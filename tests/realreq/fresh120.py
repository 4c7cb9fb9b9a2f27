"""A hundred-and-twentieth fresh, held-out collection of real requests
(tests/realreq/fresh120.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh117's, the
rows are short, typical asks, like the development set's; they come from personal blog posts
and a blog comment (a drummer's band video, a cat GIF, a Bible-study recording, a gamedev
time-lapse, a crafts YouTuber's clips, a dog movie, a YouTube Short, a record attempt, a screen
recording for a client, a backyard baseball video, a business hook video, a kitchen audio tweet,
a ski-trip aftermovie), a Reddit comment on a Noita GIF, a videographers' forum, a Blender
question, a Vencord plugin request and the Restream ideas board. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh120.md")

#: 1080p of a 16:9 video (1920x1080).
_1080P = (
    step("resize", lines=1080)
    | step("resize", height=1080)
    | step("resize", width=1920)
    | step("resize", width=1920, height=1080)
)
#: Brighter, by any amount, all of it (or the mid-tones lightened).
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh120-01",
        "slow down the video of the song we play as Vedat Minor, to change the tempo without the "
        "pitch changing: I have a tendency to rush",
        [step("speed", factor=Between(0.75, 0.98), **WHOLE)],
        probe=Probe(duration=240.0),
        note="a little slower (0.75x to 0.98x), all of it; the sound keeps its pitch",
    ),
    do(
        "fresh120-02",
        "brighten the video of Bruce, my one year old cat, a little: it is dark",
        [_BRIGHTER],
        note="brighter (or the mid-tones lifted), any amount, all of it",
    ),
    do(
        "fresh120-03",
        "make all the speakers on the Bible study recording roughly volume-matched, without "
        "clipping or distortion: people closer to the mic were louder",
        [anywhere(step("normalize")), maybe(step("audio_denoise"))],
        note="an even loudness (a denoise of the sound may come with it)",
    ),
    do(
        "fresh120-04",
        "speed up the time-lapse recording of my gamedev session: at this playback speed it is "
        "still a little too slow",
        [step("speed", factor=Between(1.2, 4), **WHOLE)],
        probe=Probe(duration=600.0, fps=2.0, has_audio=False),
        note="faster (1.2x to 4x), all of the 2 fps recording",
    ),
    do(
        "fresh120-05",
        "fix the interview's audio: the sound of the pool cleaner is messing it up really bad; "
        "it is a constant sound, and I need the stuff he is saying in that noisy area",
        [step("audio_denoise")],
        note="the steady noise taken out of the sound, any strength",
    ),
    do(
        "fresh120-06",
        "convert the Noita GIF to mp4, upscaled to 1080p: this works beautifully since it's pixel "
        "graphics",
        [
            anywhere(step("convert", format="mp4")),
            anywhere(_1080P),
            maybe(step("fps", fps=30)),
            maybe(step("codec", codec="h264")),
        ],
        probe=Probe(duration=10.0, width=512, height=288, fps=33.33, has_audio=False),
        note="an mp4, 1920x1080 from the 512x288 GIF, either order (a 30 fps may come with it)",
    ),
    do(
        "fresh120-07",
        "turn the clips from my new camera the right way up for my YouTube channel: they are "
        "upside down when I import them into my video editing software, which doesn't allow for "
        "rotating the clips",
        [step("rotate", degrees=180)],
        [step("flip", direction="horizontal"), step("flip", direction="vertical")],
        [step("flip", direction="vertical"), step("flip", direction="horizontal")],
        note="turned a half turn (or flipped both ways)",
    ),
    do(
        "fresh120-08",
        "add a soundtrack to the movie of my dogs chasing each other around the back yard: a "
        "piece of music Jeri recorded that is the right length",
        [step("add_music", file="jeri.mp3")],
        [step("replace_audio", file="jeri.mp3")],
        assets=["jeri.mp3"],
        note="jeri.mp3 as the soundtrack, under or instead of the video's own sound",
    ),
    do(
        "fresh120-09",
        "cut one more second from my 60 second YouTube short: Youtube adds a second to the "
        "duration calculation, so a 60 second video counts as 61 seconds and is not a valid short",
        [step("trim", start=AnyOf(0, None), end=Between(55, 59.05))],
        [step("trim", start=Between(0.95, 5), end=AnyOf(None, Between(59.95, 60.05)))],
        [step("cut", start=0, end=Between(0.95, 5))],
        [step("cut", start=Between(55, 59.05), end=Between(59.95, 60.05))],
        [step("cut", start=Between(1, 58), end=Between(2, 59))],
        [step("remove_silence")],
        [step("speed", factor=Between(1.02, 1.1), **WHOLE)],
        probe=Probe(duration=60.0, width=1080, height=1920),
        note="the 60 s short made 55 to 59 s long: a second or more trimmed or cut off, the "
        "pauses cut, or a little faster",
    ),
    no_op(
        "fresh120-10",
        "include a time display and a running lap count in my Guinness application record video",
        "no op",
        note="a running timer and lap counter; text draws fixed words, no timer op",
    ),
    no_op(
        "fresh120-11",
        "fix the screen recording I made to explain to a client how to do something complicated "
        "in Drupal: the video and audio are out of sync, about 4 seconds, just enough to be "
        "really annoying",
        "no op",
        probe=Probe(duration=287.0, width=960, height=576, fps=15.0),
        note="shifting the sound against the picture (audio about 4 s late); no op does it",
    ),
    ask(
        "fresh120-12",
        "edit the video of Monkey playing baseball in the backyard so as to only leave the last "
        "hit, where he points to the tree and then smacks the ball right over it",
        "which part to keep (when the last hit starts and ends)",
        (*WHICH_PART, "which hit", "seconds", "timestamp"),
        probe=Probe(duration=120.0),
    ),
    ask(
        "fresh120-13",
        "shave a bit off my hook video to make it under the minute limit for Google: I can't get "
        "away with lopping off either end, I have to splice it in the middle",
        "which part of the middle to cut out",
        (*WHICH_PART, "which part", "middle", "seconds", "how much"),
        probe=Probe(duration=75.0),
    ),
    ask(
        "fresh120-14",
        "trim the five minute audio recording from my kitchen down to 140 seconds so it can be "
        "tweeted: Twitter only allows 140 seconds for audio or video uploads",
        "which 140 seconds to keep (a good and coherent bit)",
        (*WHICH_PART, "which 140", "which part", "seconds"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh120-15",
        "condense the four hours of GoPro footage of my ski trip to Avoriaz to a 6 minute "
        "aftermovie: there are about 2 hours of footage just of my feet",
        "which parts to keep (6 minutes of it)",
        (*WHICH_PART, "which parts", "which clips", "keep", "highlights"),
        probe=Probe(duration=14400.0),
    ),
    ask(
        "fresh120-16",
        "edit my ~2 hour video into something much shorter: a high speed multiplier during "
        "uneventful parts, slowing down to real time during interesting parts",
        "which parts are uneventful (their times) and how much faster",
        (*WHICH_PART, "uneventful", "interesting", "how fast", "how much faster", "factor"),
        probe=Probe(duration=7200.0),
    ),
    out_of_scope(
        "fresh120-17",
        'have a button that says "Compress" on the popup that appears when I upload a video '
        "larger than 25mb telling me to buy nitro: compressing is the way I get past the upload "
        "size limit everyday",
        "a Discord client plugin's upload button, not an edit of a given file",
    ),
    out_of_scope(
        "fresh120-18",
        "stream horizontal (16:9) and vertical (9:16) formats simultaneously to different "
        "destinations: with limited upload bandwidth (5 Mbps) I cannot use an external encoder "
        "like OBS for dual output",
        "a live stream's dual output, not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
