"""A two-hundred-and-fifty-second fresh, held-out collection of real requests
(tests/realreq/fresh252.md): one checkable case a row, encoded the way fresh247.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh249's, the
rows are short, typical asks; all 17 come from personal and professional blogs, video forums and
two GitHub issues, nearly all of people recording interviews, talks and archives: a talking-heads
program, an outdoor interview, a historical society's interview, a shelter interview, a restaurant
clip, a camcorder's MOD files, podcast feeds and downloads, a hesitant interviewee, an hour cut
down, a Zoom interview, a pastor's message, a neighbor's interview, a hissing interview, a
graduation, a black and white interview and a vertical one. Each case follows its row's
`expected` column; the `[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` rows
refusals of a DOABLE ask no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import (
    WHOLE,
    Above,
    Case,
    Probe,
    step,
)

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh252.md")

#: Lighter: brightness up or the mid-tones lifted, all of it.
_LIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

CASES: tuple[Case, ...] = (
    do(
        "fresh252-01",
        "flip this talking-heads interview (mirror image) so that we end up with a balance "
        "of each screen direction: 1-3 people usually dominate due to the strength of "
        "their responses and sometimes they're all looking left-right",
        [step("flip", direction="horizontal")],
        probe=Probe(duration=120.0, width=1920, height=1080),
        note="mirrored left to right, all of it",
    ),
    no_op(
        "fresh252-02",
        "get the lav mic's signal onto both L&R channels of this outdoor interview: the "
        "Samson unit's OUT is only coming into one channel of the MA-300, so I'm only "
        "getting audio on one side; I'm not worried about whether it's stereo at this "
        "point, I just want a clean signal on both sides",
        "no op",
        probe=Probe(duration=300.0, width=1440, height=1080),
        note="no op: copying one channel to both sides",
    ),
    no_op(
        "fresh252-03",
        "tweak the audio of this 30 minute video for the local historical society, an "
        "interview with four gentlemen, so the deepest voice can be understood: it is to "
        "be presented in an old church that is an echo chamber, and the 4th man, who is in "
        "his 90s, has a basso profundo voice that comes through totally muddled",
        "no op",
        probe=Probe(duration=1800.0, width=720, height=480),
        note="no op: equalizing one deep voice for an echoing room",
    ),
    do(
        "fresh252-04",
        "lighten the frames of my interview at the shelter: the interviewee insisted on "
        "doing the interview on this picnic table but it ended up casting a dark shadow "
        "over her",
        [_LIGHTER],
        probe=Probe(duration=300.0, width=1920, height=1080),
        note="lighter (brightness up or the mid-tones lifted), all of it",
    ),
    no_op(
        "fresh252-05",
        "minimise the noises I don't want in this clip taken in a busy restaurant: the "
        "background noise of the diners talking, chairs scraping etc. makes it hard to "
        "hear the dialogue I was recording",
        "no op",
        probe=Probe(duration=120.0, width=1280, height=720),
        note="no op: taking chatter and scrapes out from under speech",
    ),
    do(
        "fresh252-06",
        "convert this MOD video from the JVC camcorder I used years ago for school "
        "projects to MP4, so I can import it into DigiKam to catalog it with the other "
        "photos and videos: most software doesn't recognize it",
        [step("convert", format="mp4")],
        [step("convert", format="mp4"), step("codec", codec="h264")],
        [step("codec", codec="h264"), step("convert", format="mp4")],
        probe=Probe(duration=120.0, width=720, height=480),
        note="an MP4 of the MOD file",
    ),
    out_of_scope(
        "fresh252-07",
        "get audio only of the videos the YouTube podcast gateway serves: I don't need the "
        "video, because I listen to those videos (conference talks mainly) on the bike",
        "a podcast gateway's feed of audio-only episodes, not an edit of a given file",
    ),
    out_of_scope(
        "fresh252-08",
        "export the mp4 video files of the online shows I download in the Apple Podcasts "
        "app, which now stores the downloads in a segmented and user unreadable format",
        "getting video downloads out of a podcast app, not an edit of a given file",
    ),
    do(
        "fresh252-09",
        "cut out the long, contemplative pauses in this interview with Tania, sometimes "
        "within sentences: she obviously hasn't done a terrible amount of interviews and "
        "she is very hesitant",
        [step("remove_silence", where="all")],
        probe=Probe(duration=900.0, width=1280, height=720),
        note="every pause cut, within the interview too",
    ),
    ask(
        "fresh252-10",
        "edit this hour of interview footage down to under 2 minutes: the topic of the "
        "interview was the very recent passing of a spouse",
        "which parts to keep (the under 2 minutes of the hour)",
        (*WHICH_PART, "which parts", "keep", "moments"),
        probe=Probe(duration=3600.0, width=1920, height=1080),
    ),
    ask(
        "fresh252-11",
        "cut this Zoom interview with my friend Robert, about eight mins, right back for a "
        "video on his website: remove myself entirely, and remove bits that Rob obviously "
        "wouldn't want or need",
        "where I speak and which bits to remove (the parts to cut)",
        (*WHICH_PART, "which parts", "which bits", "cut", "remove"),
        probe=Probe(duration=480.0, width=1280, height=720),
    ),
    ask(
        "fresh252-12",
        "enhance this raw footage of the message Pastor Kent delivered in character as "
        "Smoke, a convicted felon, so it can be put on the web: someone filmed the message",
        "what to enhance (what is wrong with the sound or the picture, and what to change)",
        ("what", "which", "enhance", "improve", "sound", "picture", "audio", "video"),
        probe=Probe(duration=1500.0, width=1280, height=720),
    ),
    out_of_scope(
        "fresh252-13",
        "make her children and grandchildren a DVD of the interview I videotaped with our "
        "elderly neighbor less than a year ago",
        "authoring a DVD, not an edit of a given file",
    ),
    do(
        "fresh252-14",
        "reduce the evil, incessant hiss all the way through this half hour interview with "
        "my main interviewee: I think this kind of hiss is called 'white noise' because it "
        "was generated by the camera (I plugged a good microphone straight into a Canon "
        "5D)",
        [step("audio_denoise")],
        probe=Probe(duration=1800.0, width=1920, height=1080),
        note="the hiss lowered (any strength)",
    ),
    do(
        "fresh252-15",
        "clean up some of the camera shake in my video of a friend's college graduation: "
        "there wasn't space to set up a tripod, so I used one of those lap monopods, and "
        "some camera shake was induced by things like me shifting in my seat",
        [step("stabilize")],
        probe=Probe(duration=600.0, width=720, height=480),
        note="steadied (any strength)",
    ),
    do(
        "fresh252-16",
        "make this close up interview black and white: in color the wall was nothing "
        "special, but when seen in black and white the texture really came out and made "
        "the background the perfect contrast to the subject",
        [step("grayscale", **WHOLE)],
        probe=Probe(duration=180.0, width=1920, height=1080),
        note="black and white, all of it",
    ),
    do(
        "fresh252-17",
        "correct this great interview I shot in portrait mode (vertical) to landscape "
        "mode: rotating doesn't help, and changing the background color in Final Cut X or "
        "iMovie does little",
        [step("blur_fill", aspect="16:9")],
        probe=Probe(duration=300.0, width=1080, height=1920),
        note="landscape with a blurred fill, not the bars he finds do little",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
