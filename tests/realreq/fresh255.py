"""A two-hundred-and-fifty-fifth fresh, held-out collection of real requests
(tests/realreq/fresh255.md): one checkable case a row, encoded the way fresh253.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh253's, the
rows are short, typical asks; eleven of the 14 come from Japanese personal blogs and diaries
(given in English, the Japanese kept in the table), of people who filmed their family, concerts
and trips and then met their computer: a .MOV too big for a 3 MB home page, an AVI too slow to
upload, a train window's clip whose sound would not play, a DV tape's DVD with no chapters, a
concert's separate recording, a sound out of step, a still for a blog, a concert cut to its
songs, a 6-hour trip for 3 DVDs; the other three come from English blogs and forums.
Each case follows its row's `expected` column; the `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` rows refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    AnyOf,
    Between,
    Case,
    Probe,
    maybe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh255.md")

_SONG = "song.mp3"
_RECORDING = "recording.wav"

#: A smaller file for the web: re-encoded as an mp4 or as H.264, or compressed.
_SMALLER_FILE = (
    [step("convert", format="mp4"), maybe(step("quality", level="small"))],
    [step("codec", codec=AnyOf("h264", "hevc")), maybe(step("quality", level="small"))],
    [step("compress") | step("quality", level="small")],
    [step("convert", format="mp4"), step("compress")],
)

CASES: tuple[Case, ...] = (
    do(
        "fresh255-01",
        "reduce the wind noise across the microphone in this camcorder video without affecting "
        "the speech too much: I have had a play using the high or low pass filters but with "
        "limited success, I am not an audio expert",
        [step("audio_denoise")],
        probe=Probe(duration=300.0, width=1280, height=720),
        note="the wind noise reduced (any strength)",
    ),
    do(
        "fresh255-02",
        "make this .MOV file from my digital camera smaller so I can put it on my home page: the "
        "largest file I can send to my provider's server is 3 megabytes for now, and this one is "
        "4287 KB",
        [maybe(step("resize")), step("compress", max_mb=Between(2, 3))],
        probe=Probe(duration=30.0, width=640, height=480),
        note="under 3 MB (a smaller picture may come with it)",
    ),
    do(
        "fresh255-03",
        "make this 2 minute 46 second AVI from my digital camera smaller for uploading to "
        "YouTube: it is only 320 pixels wide and still takes 79.6 megabytes, and uploading it "
        "takes far too long; how about encoding it into another format?",
        *_SMALLER_FILE,
        probe=Probe(duration=166.0, width=320, height=240),
        note="a smaller file: re-encoded as an mp4 or H.264, or compressed",
    ),
    do(
        "fresh255-04",
        "put a song of about the same length in place of the sound of this roughly two-minute "
        "video of the view from the train window, taken with my EXILIM EX-V8: there seems to be "
        "a problem with how the sound was recorded, and no sound comes out at all",
        [step("replace_audio", file=_SONG)],
        assets=[_SONG],
        probe=Probe(duration=120.0, width=640, height=480),
        note="the song instead of the broken sound",
    ),
    no_op(
        "fresh255-05",
        "put chapters at the scene changes in this 1 hour 51 minute video from an old DV tape "
        "that my family asked me to make into a DVD: without them the skip button goes straight "
        "to the end, and it is hard to use with no way to jump to the start of each part",
        "no op",
        probe=Probe(duration=6660.0, width=720, height=480),
        note="no op: chapter marks (promptcut writes no chapters)",
    ),
    no_op(
        "fresh255-06",
        "combine this video with the sound I recorded separately, synchronized to the video's "
        "own sound, using the recorded sound instead of the video's: getting the sounds to match "
        "by hand takes a knack",
        "needs analysis",
        assets=[_RECORDING],
        probe=Probe(duration=600.0, width=1920, height=1080),
        note="needs analysis: the recording moved to fit the picture by matching it to the "
        "video's sound; replace_audio takes no offset and measures none",
    ),
    no_op(
        "fresh255-07",
        "do something about the sound being out of sync in this video I have: a video whose "
        "sound is off is no fun at all to watch",
        "no op",
        probe=Probe(duration=600.0, width=1280, height=720),
        note="no op: shifting the sound against the picture (by an amount not said)",
    ),
    ask(
        "fresh255-08",
        "copy the track of my younger boy's performance out of this video the professional "
        "videographers taped of the entire 2 days of recitals, so those of you interested will "
        "be able to see his intense concentration playing Boulevard of Broken Dreams",
        "where his performance is (its start and end)",
        (*WHICH_PART, "his performance", "which part"),
        probe=Probe(duration=7200.0, width=720, height=480),
    ),
    ask(
        "fresh255-09",
        "cut a picture out of somewhere in this video made from my late father's 8mm films, to "
        "put on my blog: it has no sound, like a silent film, and the films from primary school "
        "to high school are in no order at all",
        "which moment to take the picture from",
        (*WHICH_PART, "which frame", "which moment", "second", "timestamp"),
        probe=Probe(duration=3600.0, width=720, height=480, has_audio=False),
    ),
    ask(
        "fresh255-10",
        "cut out just the parts with the songs from this video of our performance, splitting "
        "the scenes and deleting the parts I don't need: no wipes or captions, only the songs",
        "where each song starts and ends",
        (*WHICH_PART, "which parts", "song"),
        probe=Probe(duration=5400.0, width=1440, height=1080),
    ),
    ask(
        "fresh255-11",
        "edit this 6 hours of video of our jmc Europe music trip 2012 down to 3 hours for 3 "
        "DVDs: the trip was so full that little of it can be called unneeded",
        "which parts to keep (which 3 of the 6 hours)",
        (*WHICH_PART, "which parts", "keep"),
        probe=Probe(duration=21600.0, width=1920, height=1080),
    ),
    out_of_scope(
        "fresh255-12",
        "burn the video of the recital of my daughter's choir class onto Blu-ray, as easily as "
        "possible, to hand out: my camcorder records onto mini DVD-RW discs, which have to be "
        "changed every 20 minutes",
        "burning Blu-ray discs to hand out, not an edit of a given file",
    ),
    out_of_scope(
        "fresh255-13",
        "pick out the videos with my eldest daughter's name in the title, from her birth to her "
        "primary school graduation, from my folders kept by year, and dub them onto one DVD for "
        "her: 35 three-minute videos telecined from 8mm film",
        "choosing files from folders and burning a DVD, not an edit of a given file",
    ),
    out_of_scope(
        "fresh255-14",
        'create a "Joyous one, this is your life" video for my daughter\'s graduation party from '
        "these pictures, videos and music, summarizing 18 wonderful years in 30 minutes or less",
        "composing a new film from many pictures, videos and music, not an edit of a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
