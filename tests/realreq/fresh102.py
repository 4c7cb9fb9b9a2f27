"""A hundred-and-second fresh, held-out collection of real requests (tests/realreq/fresh102.md):
one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh101's, the
rows are short, typical asks, like the development set's; all 16 come from GitHub issues and pull
requests of gamers' and streamers' tools: Twitch VOD and stream recorders and downloaders, a
streaming app, an OBS plugin, a game clip recorder, a video cutter, game replay viewers, a game
capture tool, an esports site, a streamer's project board and an emulator's graphics plugin. Each
case follows its row's `expected` column; `[no op]` rows are refusals, `[out of scope]` rows are
OUT-OF-SCOPE refusals. An `[extra input: …]` marker is left out of the request and the files it
names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import CORNERS, WHICH_PART, ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, WHOLE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh102.md")

#: A 60 fps game clip.
_SIXTY = Probe(fps=60.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh102-01",
        'cut the 10ish second "Preparing your stream..." prelude that Twitch put at the start of '
        "the recorded VOD",
        [step("trim", start=Between(8, 12), end=None)],
        [step("cut", start=0, end=Between(8, 12))],
        note="the first ten seconds or so cut off, the rest kept",
    ),
    do(
        "fresh102-02",
        "keep only the audio of the VOD: I generally convert the vods into audio files for "
        "podcasts",
        [SOUND_ALONE],
        note="the sound alone, as an audio file of any format",
    ),
    do(
        "fresh102-03",
        "convert the recorded .ts stream into a real .mp4: the fake .mp4, which is really a .ts, "
        "causes slower playback",
        [step("convert", format="mp4")],
        note="saved as a real mp4",
    ),
    do(
        "fresh102-04",
        "stabilize the VR first person view footage: it shakes a lot and is not pleasant for the "
        "viewer",
        [step("stabilize")],
        note="the shaking smoothed away, any strength",
    ),
    do(
        "fresh102-05",
        "merge the chat video with the original twitch video: add the chat over the original, "
        "placed in some corner",
        [step("pip", file="chat.mp4", position=CORNERS, **WHOLE)],
        assets=["chat.mp4"],
        note="the chat video over the twitch video in a corner, all of it",
    ),
    do(
        "fresh102-06",
        "basic trim of the stream recording before uploading it to YouTube: remove the dead air "
        "at the start and end",
        [step("remove_silence", where="ends")],
        note="the silence the recording starts and ends with cut, any threshold",
    ),
    do(
        "fresh102-07",
        "normalize the audio of the game capture: sometimes something is said loudly, sometimes "
        "quietly in a distance",
        [step("normalize")],
        note="the sound brought to a loudness target, any target",
    ),
    do(
        "fresh102-08",
        "make the video size of the tournament match smaller, so I can upload the matches to "
        "YouTube",
        [step("quality", level="small")],
        [step("compress")],
        [step("resize", lines=Below(1080)), maybe(step("quality", level="small"))],
        [step("resize", height=Below(1080)), maybe(step("quality", level="small"))],
        [step("resize", percent=Below(100)), maybe(step("quality", level="small"))],
        note="a smaller file: a smaller-file setting, a size target or a smaller picture",
    ),
    do(
        "fresh102-09",
        "make a gif of the replay clip to embed on discord/twitter: .gif doesn't seem to support "
        "60fps",
        [step("gif", fps=None) | step("gif", fps=Below(60)) | step("convert", format="gif")],
        probe=_SIXTY,
        note="an animated GIF of the 60 fps clip, at any lower frame rate",
    ),
    do(
        "fresh102-10",
        "render the subtitles into the mp4 video, so the streamer's subtitle data is not lost",
        [step("subtitles", file=AnyOf("subs.srt", None)), maybe(step("convert", format="mp4"))],
        assets=["subs.srt"],
        note="the .srt burned into the video",
    ),
    no_op(
        "fresh102-11",
        "fix the clip's audio: it starts earlier than the video, something like 1300ms, so it is "
        "off for the entire duration",
        "delaying the sound 1.3 s against the picture; no operation shifts the sound in time",
    ),
    ask(
        "fresh102-12",
        "speed up the parts between the highlights of the video game clip, like in this mgs5 "
        "trailer",
        "which parts (where the highlights are)",
        (*WHICH_PART, "highlight", "parts"),
    ),
    ask(
        "fresh102-13",
        "cut out the segments of copyright between the start and end of the VOD, without "
        "importing it into a video editor",
        "which segments (their times)",
        (*WHICH_PART, "segment"),
    ),
    ask(
        "fresh102-14",
        "create a gif from a selected part of the replay, for sharing info with teammates, "
        "especially on mobile",
        "which part of the replay (the times)",
        WHICH_PART,
    ),
    out_of_scope(
        "fresh102-15",
        "flip the video only for me, the streamer: I see myself flipped, but on the stream the "
        "content stays normal",
        "what a streaming app shows the streamer while live, not an edit of a file",
    ),
    out_of_scope(
        "fresh102-16",
        "crop the black bars the N64 games show as a frame, to get a full screen gaming experience",
        "an emulator's picture while playing, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
