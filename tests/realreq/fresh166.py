"""A hundred-and-sixty-sixth fresh, held-out collection of real requests
(tests/realreq/fresh166.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh165's, the
rows are short, typical asks, like the development set's; 9 come from GitHub issues (an anime
downloader, an NVR, a Minecraft recording mod, a ComfyUI ffmpeg node pack, a game recorder, a
frame interpolator, a video converter, a GIF maker and a yt-dlp web frontend), 9 from blog posts
and personal pages (a storytelling course, a 50th anniversary video, a cat blog, old movies
restored, a golfer, a camcorder owner, a golf swing, a writer's cats, a children's theater) and 2
from forum questions (Corel's and Adobe's). Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh166.md")

#: 21:9, as its ratio may be written.
_21_9 = AnyOf("21:9", "64:27", "7:3")

#: Brighter, by its level or by lighter mid-tones, all of it.
_BRIGHTER = step("brightness", percent=Above(0), **WHOLE) | step("gamma", gamma=Above(1), **WHOLE)

#: Words a refusal says when it asks which music file to add.
_WHICH_MUSIC = (
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
)

CASES: tuple[Case, ...] = (
    do(
        "fresh166-01",
        "put the video of my friend Jake dancing in reverse (for some reason he chose the song "
        "'The Lion Sleeps Tonight' from the Lion King)",
        [step("reverse")],
        note="played backwards, picture and sound, all of it",
    ),
    do(
        "fresh166-02",
        "crop the black bars off the anime episode: Crunchyroll encodes all videos in 16:9, but "
        "some animes (e.g. The Fruit of Grisaia) have a 21:9 ratio, resulting in black bars",
        [step("crop", aspect=_21_9)],
        [step("crop_area", width=1920, height=Between(810, 830))],
        [
            step(
                "crop_edges",
                left=0,
                right=0,
                top=Between(120, 136),
                bottom=Between(120, 136),
                unit="px",
            )
        ],
        [
            step(
                "crop_edges",
                left=0,
                right=0,
                top=Between(11, 12.6),
                bottom=Between(11, 12.6),
                unit="%",
            )
        ],
        probe=Probe(duration=1440.0),
        note="21:9 of the 1920x1080 episode: 1920x823 in the middle, ~129 px off the top and "
        "bottom",
    ),
    ask(
        "fresh166-03",
        "condense the interviews for my in-laws' 50th wedding anniversary into 10 minutes: we "
        "have approximately eleventeen million minutes of video",
        "which parts to keep (whose wishes and stories go in the 10 minutes)",
        (*WHICH_PART, "which parts", "parts", "keep", "stories", "interview", "what"),
        probe=Probe(duration=7200.0),
    ),
    do(
        "fresh166-04",
        "rotate the video of Grendel I accidentally shot with the camera on its side, and add the "
        "black blocks on either side in order to maintain the original aspect ratio",
        [
            step("rotate", degrees=AnyOf(90, 270)),
            step("pad", aspect=AnyOf("16:9", "1920:1080")),
            maybe(step("resize")),
        ],
        [
            step("rotate", degrees=AnyOf(90, 270)),
            step("platform", platform="youtube", fit="pad"),
        ],
        note="a quarter turn (either way), then black bars to the 16:9 of the 1920x1080 file",
    ),
    do(
        "fresh166-05",
        "increase the dynamic range of the old movie scene (The Adventures of Richard the Lion "
        "Heart) to get every last drop of contrast out of it and clear things up: everything has "
        "mushed towards a middle gray, muddling contrasts",
        [
            anywhere(step("contrast", percent=Above(0), **WHOLE)),
            maybe(step("brightness", **WHOLE)),
            maybe(step("gamma", **WHOLE)),
            maybe(step("saturation", **WHOLE)),
        ],
        note="more contrast, all of it (a brightness, gamma or saturation change may come with it)",
    ),
    out_of_scope(
        "fresh166-06",
        "make a summary video or gif that gives an overview of the main motion events on a "
        "camera, with the time they occurred hovering over the action: a daytime and a night "
        "time summary, auto generated for the camera feed",
        "an NVR's auto-generated daily summary of a camera feed's motion events, not an edit of a "
        "given file",
    ),
    no_op(
        "fresh166-07",
        "convert the video of the grandkids to 3GP for my new Motorola E815 cell phone (a "
        "2.3-inch screen): my wife thinks it is great to be able to show her friends videos of "
        "the grandkids on it",
        "no op",
        note="no op: a 3GP file for the phone (176x144 or so); promptcut writes no .3gp files "
        "(as for fresh67-04)",
    ),
    do(
        "fresh166-08",
        "play the video of my 7-wood swing in slow motion, so I can see where my wrists unhinge "
        "and release too early",
        [step("speed", factor=Between(0.1, 0.75), **WHOLE)],
        probe=Probe(duration=10.0),
        note="slow motion, 0.1x to 0.75x, all of it",
    ),
    do(
        "fresh166-09",
        "make the picture brighter overall: except for the light fixtures it is too dark, even "
        "the white shirt sleeves are only a medium-gray level at 55 IRE",
        [anywhere(_BRIGHTER), maybe(_BRIGHTER), maybe(step("contrast", **WHOLE))],
        note="brighter, or lighter mid-tones, all of it (a contrast change may come with it)",
    ),
    ask(
        "fresh166-10",
        "slow down the recording so I can edit it: after I stopped and viewed it, the video plays "
        "so much faster than I expected (settings: 1920x1080, 90FPS), in VLC, Sony Vegas and "
        "After Effects too",
        "how much slower (how much too fast it plays)",
        (
            "how much",
            "how many",
            "factor",
            "speed",
            "slower",
            "times",
            "percent",
            "rate",
            "what",
            "which",
        ),
        probe=Probe(fps=90.0),
    ),
    do(
        "fresh166-11",
        "slow the clips my assistant shot on our Canon XC15 down to a normal rate: the high speed "
        "video button was accidentally selected, so they were captured at 120x regular speed and "
        "play very quickly (most do not even appear to be 1 second)",
        [step("speed", factor=Between(0.0077, 0.0091), **WHOLE), maybe(step("fps"))],
        probe=Probe(duration=1.0),
        note="120 times slower (1/120 = 0.0083), all of it, smooth or not: the 1 s clip made 2 "
        "minutes",
    ),
    no_op(
        "fresh166-12",
        "make a side-by-side video that shows my swing as it was not too long ago compared to "
        "what it looks like now",
        "no op",
        assets=["december_swing.mp4"],
        note="no op: a split screen (the two swings side by side in one picture); pip only puts "
        "a small clip in a corner",
    ),
    do(
        "fresh166-13",
        "turn the video into a gif: some platforms don't allow uploading video",
        [anywhere(GIF), maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF, any frame rate and width",
    ),
    out_of_scope(
        "fresh166-14",
        "record automatically in the background when a game is opened, and save only the last 5 "
        "minutes when I press a hotkey: I play Tarkov for an hour, but the good squad wipe is "
        "less than 5 minutes long",
        "a game recorder's replay buffer (recording the screen), not an edit of a given file",
    ),
    do(
        "fresh166-15",
        "make the output just the original 24 frames per second with all the duplicate frames "
        "removed, with no interpolation: the video was originally 24 fps, but the file I have is "
        "30 fps and just has duplicate frames every 6th frame",
        [step("fps", fps=24)],
        probe=Probe(fps=30.0),
        note="one frame in five dropped: 24 fps, same length",
    ),
    ask(
        "fresh166-16",
        "edit music into the video of the cats batting at the toy I'm holding: the soundtrack is "
        "just the cats and me breathing",
        "which music (the file to add)",
        _WHICH_MUSIC,
    ),
    no_op(
        "fresh166-17",
        "smooth out this footage from my phone: it has a bunch of dropped frames that end up as "
        "duplicate frames in the video file (I tried interpolation, but the result gave me major "
        "artifacts)",
        "needs analysis",
        note="finding the duplicated frames and making in-between ones in their place; no "
        "operation detects duplicate frames",
    ),
    no_op(
        "fresh166-18",
        "take the incredible audience noise out of the recording of the last show (babies crying "
        "hysterically, loud rustling and coughing, the creaking and moaning of constant "
        "walking): it was by far the best show performance-wise, but the camera was so far to "
        "the back of the hall",
        "needs analysis",
        note="telling the show's voices and music from the crying, rustling, coughing and "
        "footsteps; audio_denoise takes out steady noise, not these",
    ),
    ask(
        "fresh166-19",
        "trim the long clip after importing it, before exporting the GIF, rather than having to "
        "edit the video source first",
        "which part of the clip to keep (the in and out times)",
        (*WHICH_PART, "which part", "in and out", "seconds", "how long", "keep"),
        probe=Probe(duration=600.0),
    ),
    out_of_scope(
        "fresh166-20",
        "add a trim feature to the downloader (a frontend for yt-dlp), similar to "
        "youtubetrimmer.com",
        "trimming online videos while downloading them (a downloader's feature), not an edit of "
        "a given file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
