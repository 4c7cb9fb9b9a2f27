"""A two-hundred-and-thirty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh234.md): one checkable case a row, encoded the way fresh233.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh233's, the
rows are short, typical asks, like the development set's, here of people who film their own
trips and rides; all 19 come from personal blogs, a forum of sorts and a magazine's Q&A (a man
filming waves at Point Loma, a motorcyclist with dash cams, a cyclist at Bear Mountain, a man
watching a parapenter from his terrace, a cyclist descending Towonga Gap, a road cyclist at
Woodside, a driver on the Montezuma Grade, a beginner drone pilot, a woman flying a drone in
the south of France, a couple with a GoPro on the dashboard, a man who rode the North East, a
driver across the country, a motorcyclist going to Suches, a motorcyclist on Usal Road, a
helmet-cam vlogger, a man on a road trip to Austin, a man with a new dash cam, a beginning
underwater videographer and a woman riding trails with microphones). Each case follows its row's
`expected` column; the `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    AnyOf,
    Between,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh234.md")

_MUSIC = "music.mp3"

#: The video's own sound gone, the music instead.
_MUSIC_INSTEAD = (
    [step("replace_audio", file=_MUSIC)],
    [step("mute"), step("add_music", file=_MUSIC, **WHOLE)],
)

CASES: tuple[Case, ...] = (
    do(
        "fresh234-01",
        "play my video of the (very tiny) waves hitting the cliffs at half speed: normal speed "
        "makes the waves look pathetic and puny, which they were, half speed gives them a bit "
        "of majesty",
        [step("speed", factor=0.5, **WHOLE)],
        probe=Probe(duration=60.0, width=1280, height=720, fps=60.0),
        note="half speed, all of it (smooth or not)",
    ),
    do(
        "fresh234-02",
        "convert this dash cam clip from .ts to .MP4 so I can load it into iMovie",
        [step("convert", format=AnyOf("mp4", "m4v"))],
        probe=Probe(duration=300.0),
        note="saved as an .mp4",
    ),
    do(
        "fresh234-03",
        "make the two minute clip of Bear Mountain small enough to upload on Blogger: it is "
        "too large",
        [step("compress", max_mb=Between(1, 100))],
        probe=Probe(duration=120.0),
        note="compressed under Blogger's 100 MB",
    ),
    do(
        "fresh234-04",
        "compress the video of the parapenter sailing around before I upload it to Vimeo (I "
        "thought my hand holding was going to be horribly jerky, but it will do)",
        # (the lead, after first sight: a smaller quality level is compressing with no size, as
        # the other sets accept)
        [step("compress") | step("quality", level="small")],
        probe=Probe(duration=139.0),
        note="compressed, any size",
    ),
    do(
        "fresh234-05",
        "set the helmet cam video of the high-speed descent from Towonga Gap to music, to "
        "cover the howling wind noise",
        *_MUSIC_INSTEAD,
        assets=[_MUSIC],
        probe=Probe(duration=180.0),
        note="the howling wind gone, the music instead",
    ),
    do(
        "fresh234-06",
        "annotate the video of our ride, it needs a bit of explanation in parts: at 1 minute, "
        "45 seconds we ran into a truck trying to make a corner that it couldn't quite make, "
        "and at 5 minutes, 17 seconds is the exact timing point for the beginning of the climb",
        [
            step("text", start=Between(100, 110)),
            step("text", start=Between(312, 322)),
        ],
        probe=Probe(duration=380.0),
        note="two captions, any words, from about 1:45 and 5:17",
    ),
    do(
        "fresh234-07",
        "speed up the video of the drive down the winding Montezuma Grade Road 8x, so the more "
        "than 20 minutes of driving are compressed into a short sequence: this way, the long "
        "winding and twisting road is certainly more enjoyable",
        [step("speed", factor=8, **WHOLE)],
        probe=Probe(duration=1360.0),
        note="8 times as fast, all of it (22:40 to 2:50)",
    ),
    do(
        "fresh234-08",
        "take the voice over off this drone video from a beginner: my recorded voice does not "
        "sound very professional",
        [step("mute")],
        probe=Probe(duration=240.0),
        note="the voice over (its sound) taken off",
    ),
    do(
        "fresh234-09",
        "make a clip of an acceptable size for the internet from the video I took with the "
        "drone above my house",
        [step("compress") | step("quality", level="small")],
        [step("resize", lines=Between(240, 720))],
        probe=Probe(duration=120.0, width=3840, height=2160),
        note="made smaller: compressed, or scaled down to 720p or less",
    ),
    no_op(
        "fresh234-10",
        "edit out the long pauses when we stop and nothing is changing from the GoPro "
        "time-lapse of our Memorial Day drive",
        "needs analysis",
        probe=Probe(duration=600.0, has_audio=False),
        note="needs analysis: finding where the picture stands still; no operation does it",
    ),
    no_op(
        "fresh234-11",
        "split my 3 hour video of the North East ride up into 18 parts",
        "no op",
        probe=Probe(duration=10800.0),
        note="no op: eighteen videos from one; promptcut writes one file",
    ),
    ask(
        "fresh234-12",
        "accelerate the long, grey, monotonous drive through winter-dismal Missouri by 400%, to "
        "have mercy on less engaged viewers",
        "where the drive through Missouri is (the part to speed up)",
        (*WHICH_PART, "Missouri", "timestamp", "minute"),
        probe=Probe(duration=1260.0),
    ),
    ask(
        "fresh234-13",
        "edit the 8+ minute video of my ride for a re-release, leaving only the segment with "
        "the recorded audio: it was way too long",
        "where the segment with the recorded audio is (the part to keep)",
        (*WHICH_PART, "segment", "audio", "timestamp", "minute"),
        probe=Probe(duration=500.0),
    ),
    ask(
        "fresh234-14",
        "work the rough cut of the Usal Road footage down to 4-6 minutes, so a civilian will "
        "sit through me bouncing along, and add some music to it: I'm still at nearly half an "
        "hour",
        "which 4-6 minutes to keep (and the music file)",
        (*WHICH_PART, "which minutes", "keep", "music", "timestamps"),
        probe=Probe(duration=1750.0),
    ),
    ask(
        "fresh234-15",
        "edit the swear words out of my first helmet video with voice: the odd swear word did "
        "get into the video",
        "where the swear words are (the parts to cut)",
        (*WHICH_PART, "swear", "words", "timestamps", "second"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh234-16",
        "edit out all of the rest stops, gas stops and city driving from the road trip "
        "time-lapse, so what you see is primarily freeway miles",
        "where the rest stops, gas stops and city driving are (the parts to cut)",
        (*WHICH_PART, "rest stops", "gas stops", "city", "timestamps"),
        probe=Probe(duration=900.0, has_audio=False),
    ),
    ask(
        "fresh234-17",
        "edit down this 85 minutes of raw video from my new dash cam to a 53 second clip",
        "which 53 seconds to keep (the part to keep)",
        (*WHICH_PART, "which", "53 seconds", "keep", "timestamp"),
        probe=Probe(duration=5100.0),
    ),
    out_of_scope(
        "fresh234-18",
        "tell me what filter I should buy for my underwater video and when to use it: my first "
        "attempt was disappointing due to an overall blue cast",
        "a camera filter to buy, not an edit of a video file",
    ),
    out_of_scope(
        "fresh234-19",
        "give me a mute button for the microphones, right under the handle bars near the "
        "headset where I can easily press it with my thumb: there won't be any post",
        "a microphone's mute button while recording, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
