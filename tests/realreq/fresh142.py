"""A hundred-and-forty-second fresh, held-out collection of real requests
(tests/realreq/fresh142.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh141's, the
rows are short, typical asks, like the development set's; 15 come from GitHub issues and pull
requests of gamers' and streamers' tools (an OBS replay plugin, a SNES mod, a clip-sharing server,
a screen recorder, an Overwatch tracker, a CS2 highlight tool, HandBrake, a clip recorder,
LosslessCut, a Geometry Dash mod, a GIF recorder, a browser add-on, a VOD recovery tool, a phone
screen recorder, Minecraft's Replay Mod) and 2 from a father's blog and an Adobe forum thread.
Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals,
the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does. An
`[extra input: …]` marker is left out of the request and the files it names are given as assets
instead."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, Above, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh142.md")

#: A still saved as an image file, if the plan says so.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

#: The 256x224 SNES recording made 720p: 720 lines with its shape kept (about 823x720), or
#: fitted into 1280x720.
_720 = (
    step("resize", lines=720)
    | step("resize", height=720, width=AnyOf(None, Between(816, 830)))
    | step("resize", width=1280, height=720, fit=True)
)
_720_EXTRAS = (
    maybe(step("fps", fps=60)),
    maybe(step("quality", level="high")),
    maybe(step("convert", format="mp4")),
    maybe(step("codec", codec="h264")),
)

#: The 190 s 1280x720 video made a much smaller file, any way.
_SMALLER = (
    step("quality", level=AnyOf("small", "balanced"))
    | step("compress", max_mb=Below(600))
    | step("resize", lines=Below(720))
    | step("resize", height=Below(720), width=AnyOf(None, Below(1280)))
    | step("resize", width=Below(1280), height=AnyOf(None, Below(720)))
    | step("resize", percent=Below(100))
)

#: Richer colours for a washed-out picture: more contrast or more saturation, all of it.
_RICHER = step("contrast", percent=Above(0), **WHOLE) | step(
    "saturation", percent=Above(0), **WHOLE
)

CASES: tuple[Case, ...] = (
    do(
        "fresh142-01",
        "trim off the stuff before the 'point of interest', where the stopwatch shows 00:10, and "
        "save the file: the 20 second replay runs from 00:06 to 00:26 on the stopwatch",
        [step("trim", start=Between(3.8, 4.2), end=AnyOf(None, Between(19.9, 20.1)))],
        [step("cut", start=0, end=Between(3.8, 4.2))],
        [step("keep_ranges", ranges=[[4, 20]])],
        probe=Probe(duration=20.0),
        note="the first 4 s (stopwatch 00:06 to 00:10) taken off the 20 s replay",
    ),
    do(
        "fresh142-02",
        "get my SNES9x recording of the opera in the MSU-1 mod to 720p 60fps to post on youtube "
        "without losing audio quality: it is at 256x224 resolution at 60fps",
        [_720, *_720_EXTRAS],
        [step("pad", aspect="16:9"), _720, *_720_EXTRAS],
        [_720, step("pad", aspect="16:9"), *_720_EXTRAS],
        probe=Probe(duration=300.0, width=256, height=224, fps=60.0),
        note="720p (720 lines, or fitted into 1280x720, or padded to 16:9 first or after), 60 fps "
        "kept",
    ),
    do(
        "fresh142-03",
        "reduce the 3-minute-plus HD video of Caitlin and Ethan singing Justin Bieber's Baby "
        "significantly, to upload it to YouTube: at the HD recording rate it is a whopping 600MB+",
        [
            _SMALLER,
            maybe(_SMALLER),
            maybe(step("fps", fps=Below(30))),
            maybe(step("convert", format="mp4")),
            maybe(step("codec")),
        ],
        probe=Probe(duration=190.0, width=1280, height=720, fps=30.0),
        note="a much smaller file, any way (a lower frame rate, MP4 or a codec may come with it)",
    ),
    do(
        "fresh142-04",
        "take the clip's thumbnail from a slightly later frame instead of 00:00, like 1s, 5s or "
        "10s in, or the frame at 50%: my clip starts on a black or fade-in frame, so the "
        "thumbnail is completely black",
        [step("still", at=AnyOf(None, Between(0.9, 30.1))), _IMAGE],
        probe=Probe(duration=60.0),
        note="a frame from 1 s to 30 s of the 60 s clip (the default third of the way in is fine)",
    ),
    do(
        "fresh142-05",
        "fix the replay I recorded: it has very washed out colors (video quality very high, color "
        "range full, H264 at 60 fps)",
        [
            _RICHER,
            maybe(_RICHER),
            maybe(step("gamma", gamma=Below(1), **WHOLE)),
            maybe(step("brightness", percent=Below(0), **WHOLE)),
        ],
        probe=Probe(duration=602.75, width=2560, height=1440, fps=60.0),
        note="more contrast and/or more saturation, all of it, either order (deeper mid-tones or "
        "darker blacks may come with it)",
    ),
    do(
        "fresh142-06",
        "make the sound of the Ashe highlight intro recording louder: it is a little on the quiet "
        "side (I assume the sound effects or master volume were turned down in game)",
        [LOUDER],
        probe=Probe(duration=15.0),
        note="louder, any amount or a loudness target, all of it",
    ),
    do(
        "fresh142-07",
        "join my other selected CS2 highlight clips after this one into one video, in "
        "chronological order: a highlights collection, not a full kill compilation",
        [
            step(
                "join",
                clips=AnyOf(["highlight2.mp4", "highlight3.mp4"], []),
                at=AnyOf("end", None),
            )
        ],
        assets=["highlight2.mp4", "highlight3.mp4"],
        note="the two other highlights after this one, in that order",
    ),
    no_op(
        "fresh142-08",
        "give my gameplay footage the effect where the image gets distorted, somewhat blurry or "
        "smeared whenever I move around fast or something moving fast is on frame, like this "
        "guy's videos: this game's recorded footage is often very dull",
        "no op",
        note="a motion blur on fast movement (frames smeared where the picture moves); blur blurs "
        "the whole picture all the time",
    ),
    no_op(
        "fresh142-09",
        "mix the two audio tracks of my husband's ShadowPlay clip into one single track: he "
        "records desktop audio on one track and the microphone on the other, so that an issue "
        "with the microphone won't ruin the primary track",
        "no op",
        note="mixing a file's own second audio track into its first; no operation reads a file's "
        "other tracks",
    ),
    no_op(
        "fresh142-10",
        "fix the clip from the call with my friend: the clip has his audio very low",
        "needs analysis",
        note="his voice is mixed with the game and my mic in one track: raising it alone needs the "
        "voices separated",
    ),
    ask(
        "fresh142-11",
        "add a visible source credit to the clip, for legal reasons: starting my regular editing "
        "software for such a small task is quite heavy",
        "what the credit says (the text)",
        ("text", "credit", "what", "which", "words", "wording", "say", "source", "name"),
    ),
    ask(
        "fresh142-12",
        "cut the final footage of my level recording to only the complete attempt: recordings "
        "can get really long",
        "where the winning attempt starts (which part to keep)",
        (*WHICH_PART, "attempt", "timestamp", "part"),
        probe=Probe(duration=1800.0),
    ),
    ask(
        "fresh142-13",
        "limit the clip to 5 or 10 seconds: Twitter max is 30 seconds, but that would still be "
        "quite a big clip",
        "which 5 or 10 seconds to keep (which part)",
        (*WHICH_PART, "part", "seconds", "how long", "5 or 10"),
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh142-14",
        "squash the old TV programs on YouTube that the uploader stretched to 16:9 back to 4:3: "
        "there is nothing in the native YouTube interface to do it",
        "a browser add-on's playback of YouTube videos, not an edit of a file",
    ),
    out_of_scope(
        "fresh142-15",
        "unmute the part of the recovered karaoke VOD where they sang that song: it is still "
        "muted, and I really liked how they sang it",
        "audio Twitch removed from the VOD, which no edit of the file can bring back",
    ),
    out_of_scope(
        "fresh142-16",
        "let me pause and play my screen recording of RuneScape Mobile, like a cut: I'm at one "
        "location and don't want to make people watch the travel",
        "a screen recorder's pause while capturing, not an edit of a file",
    ),
    out_of_scope(
        "fresh142-17",
        "add the sound to the video I rendered with Replay Mod: I got an S rank on one of "
        "hielke's maps and, since I hadn't screen-recorded it, I rendered it with the mod, but "
        "the video has no sound at all",
        "a game's sound the mod never rendered: no file holds it, so no edit of the video can "
        "add it",
        probe=Probe(has_audio=False),
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
