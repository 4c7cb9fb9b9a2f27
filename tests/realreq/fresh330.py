"""A three-hundred-and-thirtieth fresh, held-out collection of real requests
(tests/realreq/fresh330.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh329's, the
rows are short, typical asks; ten come from web pages and six from GitHub issues (churches,
worship teams and the tools they use: a church media volunteer's and a church's blogs, a
videographer's forum, a church website builder's and a sermon host's help pages, a worship media
magazine and shop, a deaf woman's blog, a Catholic forum, FreeShow, OnlyM, Bible Song Pro and
Jesus Film): a sermon's mp3 for a podcast, a sermon's sound alone for the website, a wedding's
buzz and a service's hiss taken out, a header background video under 15 MB, a worship background
converted so it plays smoothly, a lyrics video over another by its transparency, the message kept
from a full service, a church video captioned without its captions, a slow video sped up by an
unsaid amount, a title changed to unsaid words, a presenter's loop setting, a live camera over
looping announcements, a player's audio delay, a background that doesn't loop and a player's
speed control.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import SOUND_ALONE, AnyOf, Below, Between, Case, Probe, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh330.md")

_SMALLER_1080 = step("resize", lines=Below(1080)) | step("resize", percent=Below(100))
_NO_SOUND = {"has_audio": False}
_SERMON = Probe(duration=2400.0)

CASES: tuple[Case, ...] = (
    do(
        "fresh330-01",
        "separate out the video and audio of this sermon video and create an audio mp3 that we "
        "can place on a podcast",
        [step("extract_audio", format="mp3")],
        [step("convert", format="mp3")],
        probe=_SERMON,
        note="the sermon's sound alone, as an mp3",
    ),
    do(
        "fresh330-02",
        "turn this sermon video into audio only, to host it on the website: you can listen with "
        "the browser minimized or your phone on standby, or download the sermon",
        [SOUND_ALONE],
        probe=_SERMON,
        note="the sermon's sound alone",
    ),
    do(
        "fresh330-03",
        "get rid of the low buzz over the audio of this wedding video (the line out from the "
        "church's sound board: the pastor's mic and the piano): it sounds really good, if only I "
        "could get rid of that damn buzz",
        [step("audio_denoise")],
        probe=Probe(duration=1800.0, width=720, height=480),
        note="the steady buzz taken out of the sound",
    ),
    do(
        "fresh330-04",
        "remove the background hiss from the sound of this service video: it is generally more "
        "noticeable on better sound systems and larger speakers",
        [step("audio_denoise")],
        probe=Probe(duration=3000.0),
        note="the steady hiss taken out of the sound",
    ),
    do(
        "fresh330-05",
        "compress this header background video for our church website: there is a 15mb upload "
        "limit for header background videos, and large files impact the website's speed, "
        "especially on mobile",
        [
            step("compress", max_mb=Between(1, 15)),
            maybe(_SMALLER_1080),
            maybe(step("mute")),
        ],
        [_SMALLER_1080, step("compress", max_mb=Between(1, 15)), maybe(step("mute"))],
        probe=Probe(duration=30.0, **_NO_SOUND),
        note="under 15 MB",
    ),
    do(
        "fresh330-06",
        "convert this worship background video to a compressed video (e.g. MPEG, QuickTime) to "
        "play under the lyrics: full-frame, uncompressed digital video can stutter, or worse, "
        "crash the computer",
        [step("convert", format=AnyOf("mp4", "mov"))],
        [step("codec", codec="h264")],
        probe=Probe(duration=60.0, **_NO_SOUND),
        note="a compressed mp4 or mov (H.264)",
    ),
    no_op(
        "fresh330-07",
        "put this lyrics video with a transparent background over another video as the background",
        "no op: the lyrics video laid, full frame, over background.mp4 by its transparency",
        assets=["background.mp4"],
        probe=Probe(duration=240.0, **_NO_SOUND),
    ),
    ask(
        "fresh330-08",
        "keep only a select portion of this live recording: we live broadcast the full service, "
        "but only want to keep the message portion",
        "from when to when (where the message starts and ends)",
        WHICH_PART,
        probe=Probe(duration=5400.0),
    ),
    ask(
        "fresh330-09",
        "caption this video we show in church: it isn't close-captioned, and every time another "
        "video without visual words appears, I feel like the church is saying 'we don't care "
        "about you'",
        "the captions: a subtitle file or the words (none is given)",
        ("subtitle", "srt", "vtt", "transcript", "caption file", "captions file", "the words"),
        probe=Probe(duration=180.0),
    ),
    ask(
        "fresh330-10",
        "this video moves WAAAAAYYYYYYY too slowly: the slides are displayed for much longer than "
        "it takes to read them (three or four times), the fade out/in between slides takes much "
        "too long, and the title screen is displayed for ten full seconds",
        "how much faster, or how long each slide and fade should last",
        ("how much", "how fast", "how long", "how many", "which speed", "factor"),
        probe=Probe(duration=600.0),
    ),
    ask(
        "fresh330-11",
        "change the title of this Fireworks video: we want it not for the 4th of July but for an "
        "upcoming church awards celebration",
        "what the title should say (no words are given)",
        (
            "what should",
            "what text",
            "what title",
            "which title",
            "wording",
            "what words",
            "new title",
        ),
        probe=Probe(duration=30.0),
    ),
    out_of_scope(
        "fresh330-12",
        "set this video to auto loop so that anytime I open it in FreeShow it loops in playback, "
        "as I can in EasyWorship",
        "a presentation program's playback setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh330-13",
        "before our service starts, show our announcements running in a loop with a small "
        "thumbnail of the sanctuary camera in the corner",
        "a live camera feed in a presentation program, not an edit of a video file",
    ),
    out_of_scope(
        "fresh330-14",
        "add a setting for a millisecond delay to the audio, similar to VLC, for playing videos "
        "at the kingdom hall",
        "a media player's audio-delay setting, not an edit of a video file",
    ),
    out_of_scope(
        "fresh330-15",
        "when I add a video for background, it doesn't loop",
        "a bug report about a presentation program's background playback",
    ),
    out_of_scope(
        "fresh330-16",
        "add a way to adjust the playback speed of these 30-minute bible study videos (like 1.1, "
        "1.2, 1.3, 1.5x) so I can watch them at a faster speed",
        "a playback-speed control in a video player, not an edit of a video file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
