"""A three-hundred-and-eighteenth fresh, held-out collection of real requests
(tests/realreq/fresh318.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh317's, the
rows are short, typical asks; nine come from GitHub issues and eight from web pages (community and
public-access TV, council and board meetings, local news and nonprofits: Chicagoland Public Access
Television, Bowie's and Midpen Media's studios, a school district blog, CouncilDataProject, the
Node.js community committee, Frankly, Nunaliit, CHAOSS, Biscotti, Seattle Community Media, a
meeting-video vendor, a cable forum, Solid, a local news blog, Park Street Media and Speakr): a
16x9 program made 4x3, a show made to a studio's H.264, size and resolution rules, a field
production exported at 720p 60, a board meeting's quiet sound, two meetings as sound alone, a
recording sped up 2x, a 2 GB interview made smaller, captions with no file, a meeting clipped with
no end, a show cut to 28:00 with nothing said of what to cut, a break cut out with no times, a
cable channel's sound, a meeting published, a link to a time, a podium mic and a paused recorder.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, Above, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh318.md")

_MP4 = step("convert", format="mp4")
_H264 = step("codec", codec="h264")
_SMALL = step("quality", level="small")
_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_WHOLE = {"start": None, "end": None}
_LOUDER = (
    step("volume", percent=Above(100), **_WHOLE)
    | step("volume", db=Above(0), **_WHOLE)
    | step("normalize")
)
_SD = maybe(
    step("resize", lines=480) | step("resize", width=720, height=480) | step("resize", height=480)
)
_HD = step("resize", width=1920, height=1080) | step("resize", lines=1080)
_720 = (
    step("resize", lines=720) | step("resize", width=1280, height=720) | step("resize", height=720)
)

CASES: tuple[Case, ...] = (
    do(
        "fresh318-01",
        "export this 16x9 program as a 4x3 for our public access channel, either cropping it or "
        "letterboxing the top and bottom, so it doesn't play squeezed to fit 4x3, distorting "
        "the picture",
        [step("crop", aspect="4:3"), _SD],
        [step("pad", aspect="4:3"), _SD],
        probe=Probe(duration=1740.0, width=1920, height=1080, fps=29.97),
        note="4:3, cropped or letterboxed (a standard-definition size may come with it)",
    ),
    do(
        "fresh318-02",
        "make this final edit of my show adhere to the studio's guidelines: H.264 compression, "
        "1920 x 1080 resolution, a bit rate no greater than 10 Mb/s, and a file size of 1GB for "
        "a final broadcast render",
        [
            anywhere(_HD),
            anywhere(step("compress", max_mb=Between(100, 1000))),
            maybe(_H264),
            maybe(_MP4),
        ],
        probe=Probe(duration=1620.0, width=3840, height=2160, fps=29.97),
        note="1080p, under 1 GB (under 10 Mb/s for 27 minutes), H.264",
    ),
    do(
        "fresh318-03",
        "export this field production at 720p 60 as an MP4 file, with H.264 video and AAC "
        "audio, for the media center's channel",
        [
            anywhere(_720),
            maybe(step("fps", fps=60)),
            maybe(_MP4),
            maybe(_H264),
        ],
        probe=Probe(duration=900.0, width=1920, height=1080, fps=60.0),
        note="720p at 60 fps, an H.264 MP4",
    ),
    do(
        "fresh318-04",
        "fix the production sound volume of this board meeting recording: to hear any of the "
        "discussions, viewers have to crank up their TV sets to a very high range",
        [_LOUDER],
        probe=Probe(duration=7200.0),
        note="louder, by any amount, or normalized",
    ),
    do(
        "fresh318-05",
        "make this council meeting audio only, so I can listen to it like I would a podcast on "
        "mobile: I can turn off my display and go for a walk",
        [SOUND_ALONE],
        probe=Probe(duration=7200.0),
        note="the sound alone",
    ),
    do(
        "fresh318-06",
        "serve this meeting recording in audio format, so it can be downloaded and listened to "
        "offline, via mobile, while on the go",
        [SOUND_ALONE],
        probe=Probe(duration=3600.0),
        note="the sound alone",
    ),
    do(
        "fresh318-07",
        "speed this breakout room recording up 2x to halve the costs: the platform charges by "
        "the minute",
        [step("speed", factor=2, **_WHOLE)],
        probe=Probe(duration=3600.0, width=1280, height=720),
        note="twice as fast, all of it",
    ),
    do(
        "fresh318-08",
        "reduce this long video interview, in excess of 2 GB, so that it is visible and playable "
        "by members in the Alaska villages where it was recorded",
        [_SMALL, maybe(_SMALLER_1080), maybe(_MP4)],
        [_SMALLER_1080, maybe(_SMALL), maybe(_MP4)],
        [step("compress", max_mb=Between(1, 2000)), maybe(_SMALLER_1080), maybe(_MP4)],
        probe=Probe(duration=5400.0, width=1920, height=1080),
        note="a smaller file: a small quality, a smaller picture, or a size limit",
    ),
    no_op(
        "fresh318-09",
        "caption this meeting recording that we post: it would be helpful for anyone who is "
        "hearing impaired, having difficulty connecting to audio, or for our non-native English "
        "speakers",
        "no op: captions transcribed from the speech and burned in; no operation transcribes",
        probe=Probe(duration=3600.0),
    ),
    ask(
        "fresh318-10",
        "clip this meeting recording, thinking of QuickTime's video trim feature: it recorded "
        "way beyond my meeting, 3+ hours",
        "where the meeting ended (where to clip)",
        ("where", "when", "which part", "end", "how long", "time", "stop"),
        probe=Probe(duration=11000.0),
    ),
    ask(
        "fresh318-11",
        "make this show 28:00 minutes for the half hour program slot",
        "what to cut to bring it down to 28 minutes",
        ("which part", "what to cut", "which", "where", "what should", "remove"),
        probe=Probe(duration=1860.0),
    ),
    ask(
        "fresh318-12",
        "cut the portion where the board takes a break out of this meeting video",
        "when the break starts and ends",
        WHICH_PART,
        probe=Probe(duration=9000.0),
    ),
    out_of_scope(
        "fresh318-13",
        "make my one hour program on Public Access Channel 21 look and sound good when it is "
        "aired on local Spectrum channel 21: you can't hear it unless the TV volume is turned up "
        "almost all the way and it sounds muffled too; if we can't have HD, could we just have "
        "decent sound?",
        "the cable channel's transmission quality, not an edit of a video file",
    ),
    out_of_scope(
        "fresh318-14",
        "publish this meeting recording under the community's own URI space, archivable by the "
        "Internet Archive / Wayback machine",
        "hosting and publishing media, not an edit of a video file",
    ),
    out_of_scope(
        "fresh318-15",
        "create a link that will take you to the exact spot in this CATS city council video "
        "where Chopra starts talking, at about the 2 hour 53 minute mark",
        "a link to a time in a hosted video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh318-16",
        "find a better podium mic, with a better SNR and narrower range, as folks speak quietly "
        "and we get feedback very early",
        "recording equipment, not an edit of a video file",
    ),
    out_of_scope(
        "fresh318-17",
        "let me pause the recording during meeting breaks and resume it later: meetings often "
        "last several hours, and breaks clutter the transcript with irrelevant conversations "
        "and background noise",
        "pausing a recorder while recording, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
