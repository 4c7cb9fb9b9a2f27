"""A hundred-and-seventy-sixth fresh, held-out collection of real requests
(tests/realreq/fresh176.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh173's, the
rows are short, typical asks, like the development set's, mostly by people digitizing or fixing
old home videos and tapes: 6 come from GitHub issues (MKVToolNix, a video-for-Windows encoder, a
movie maker, OpenShot twice and GoPro Labs), 6 from forum threads and posts (the VEGAS forum,
RootsChat, automaticwasher.org, the Videomaker forum, the Adobe forums and the WaveCorrector
forum), 6 from blog posts, one from an expert's Q&A page and one from a newspaper column quoting
a reader. Each case follows its row's `expected` column; `[out of scope]` rows are OUT-OF-SCOPE
refusals, the `[no op]` and `[needs analysis]` rows refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import LOUDER, WHOLE, AnyOf, Below, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh176.md")

#: Scaled back (or padded) to the frame's size after a crop: the editor's choice.
_REFIT = (maybe(step("resize")), maybe(step("pad")))

#: fresh176-01: the 640x480 scene cut to 16:9, its top and bottom taken off (640x360).
_TO_16_9 = (
    step("crop", aspect="16:9")
    | step("crop_area", width=640, height=Between(356, 364))
    | step("crop_edges", top=Between(55, 65), bottom=Between(55, 65), unit="px")
    | step("crop_edges", top=Between(11.5, 13.5), bottom=Between(11.5, 13.5), unit="%")
)

#: fresh176-02: a small ribbon off the bottom of the 720x480 capture.
_BOTTOM_RIBBON = (
    step("crop_edges", bottom=Between(4, 40), unit="px")
    | step("crop_edges", bottom=Between(0.8, 8.5), unit="%")
    | step("crop_area", width=720, height=Between(440, 476), y=0)
    | step(
        "crop_area",
        width=720,
        height=Between(440, 476),
        y=None,
        anchor=AnyOf("top", "top-left", "top-right"),
    )
)

#: The result kept a sound file, as the input was.
_KEPT_AUDIO = maybe(step("convert", format=AnyOf("mp3", "ogg", "wav", "m4a", "flac", "opus")))

#: fresh176-10: a file an editor or a blog reads.
_READABLE = step("convert", format=AnyOf("mp4", "mov"))

CASES: tuple[Case, ...] = (
    do(
        "fresh176-01",
        "fit the older 4:3 video scene into my 16:9 project without showing black borders: I "
        "have tried Panorama Zoom, but the subjects (teenage girls) end up stretching sideways",
        [_TO_16_9, *_REFIT],
        [step("blur_fill", aspect="16:9"), maybe(step("resize"))],
        probe=Probe(width=640, height=480),
        note="the 4:3 scene cut to 16:9 (about 60 px off the top and bottom of 640x480), its "
        "shape kept, or fitted with blurred sides; no black bars, no stretching",
    ),
    do(
        "fresh176-02",
        "fix the video I read in from a camcorder tape, to put it onto DVD: the bottom edge of "
        'the screen has a small ribbon of "static" waving in and not completely out of the '
        "picture, and the sound track also waves in and out with static",
        [anywhere(_BOTTOM_RIBBON), anywhere(step("audio_denoise")), *_REFIT],
        probe=Probe(width=720, height=480, fps=29.97),
        note="a small ribbon (4 to 40 lines) cropped off the bottom of the 720x480 capture and "
        "the static taken out of the sound, either order",
    ),
    do(
        "fresh176-03",
        "get the sound enhanced on the cassette tape on which I recorded a family history "
        "interview with my late father: the quality of the recording is very poor, making it "
        "impossible to pick out much of what he says",
        [anywhere(step("audio_denoise")), maybe(LOUDER), _KEPT_AUDIO],
        [anywhere(LOUDER), maybe(step("audio_denoise")), _KEPT_AUDIO],
        note="the noise taken out of the interview (made louder may come with it), or made "
        "louder alone",
    ),
    do(
        "fresh176-04",
        'use the song "Summer Rain" by Johnny Rivers as the soundtrack of the 8mm reel of film '
        "of when her parents were dating, transferred to DVD: it was her parents' favorite song, "
        "and it's a Christmas gift for them",
        [
            step("replace_audio", file="summer_rain.mp3"),
            maybe(step("fade")),
            maybe(step("trim")),
        ],
        [
            step("add_music", file="summer_rain.mp3"),
            maybe(step("fade")),
            maybe(step("trim")),
        ],
        assets=["summer_rain.mp3"],
        probe=Probe(has_audio=False),
        note="the song put on the silent film as its sound (fades, a loop or a trim may come "
        "with it)",
    ),
    do(
        "fresh176-05",
        "merge part1.mts and part2.mts, written by my Sat-TV receiver, into one file and "
        "compress it to approx. 1GB: my final goal is to have 1 small file per TV recording",
        [
            step("join", clips=AnyOf(["part2.mts"], []), at="end"),
            step("compress", max_mb=Between(900, 1100)),
            maybe(step("quality", level=AnyOf("small", "balanced"))),
            maybe(step("codec", codec=AnyOf("h264", "hevc"))),
            maybe(step("convert", format=AnyOf("mkv", "mp4", "ts"))),
        ],
        assets=["part2.mts"],
        probe=Probe(duration=7080.0),
        note="part2.mts after the 1:58:00 part1.mts, then the whole under about 1 GB",
    ),
    do(
        "fresh176-06",
        "make the footage one camera recorded in a blue hue, as if it had a blue filter on it "
        "(but it didn't), look like the regular footage of the other camera; if it cannot be "
        "resolved, convert the blue footage to black and white",
        [step("look", style="warm", **WHOLE)],
        [step("grayscale", **WHOLE)],
        note="the blue cast warmed away (any strength), or black and white, all of it",
    ),
    do(
        "fresh176-07",
        "fix the video I recorded: it has a perfect quality, but comes with so much bright",
        [step("brightness", percent=Below(0), **WHOLE)],
        [step("gamma", gamma=Below(1), **WHOLE)],
        note="darker, any amount, all of it",
    ),
    do(
        "fresh176-08",
        "turn the two-second clip I accidentally recorded while hiking the trail in Killarney "
        "Provincial Park into a still photo: I don't want to waste it",
        [step("still"), maybe(step("convert", format=AnyOf("png", "jpg")))],
        probe=Probe(duration=2.0),
        note="one frame of the 2 s clip (any) as an image",
    ),
    do(
        "fresh176-09",
        "slow the movie down: its speed is too fast, as I have only ten pictures",
        [step("speed", factor=Between(0.05, 0.8), **WHOLE)],
        probe=Probe(duration=1.0, fps=10.0, has_audio=False),
        note="slower, all of it: each of the ten pictures (frames; 1 s at 10 fps assumed) shown "
        "longer",
    ),
    do(
        "fresh176-10",
        'convert the video of the girls "figure skating" in the living room, from our DVDs, to '
        "a format which the dvd software on my computer will read, so we can upload clips to "
        "Sarah's blog: the software will not read the file extension",
        [_READABLE, maybe(step("codec", codec="h264")), maybe(step("quality"))],
        [step("codec", codec="h264"), maybe(_READABLE)],
        probe=Probe(width=720, height=480, fps=29.97),
        note="the DVD video (MPEG-2) saved as an MP4 (H.264); a MOV is fair too",
    ),
    no_op(
        "fresh176-11",
        'remove the word "Backup" blinking in the top 1/3 of the frame for the entire recording '
        "of the service at my church, other than by cropping (which will result in a blurry "
        "picture): it is a 50/50 blink cycle, 12 frames on and 12 frames off",
        "needs analysis",
        note="finding where the word sits and painting it out over the frames it shows (delogo); "
        "no operation removes burned-in text, and cropping is refused",
    ),
    no_op(
        "fresh176-12",
        "combine the left/right channels of my really old homemade cassette tape recording so it "
        "sounds halfway decent: as it plays, everything is in the left channel, then it all "
        "suddenly switches to the right channel very loud for a couple seconds, then back to the "
        "left",
        "no op",
        note="mixing the two channels into one (the same sound in both); no operation mixes or "
        "copies channels",
    ),
    no_op(
        "fresh176-13",
        "clean up the audio track of the pre-recorded video for the hard of hearing: concentrate "
        "exclusively on the spoken voice and eliminate the background music and the background "
        "noises such as hissing, humming, scratching, rumbling or traffic noise",
        "needs analysis",
        note="separating the voice from the music (source separation); audio_denoise takes out "
        "steady noise, not music",
    ),
    ask(
        "fresh176-14",
        "rotate this clip of mine: when I use the 90 it just puts the video vertically on its "
        "side, and when I do the 180 it puts the video nice and full screened but upside down",
        "which way the picture should end up (what is wrong with it now): neither turn is right",
        (
            "which way",
            "which direction",
            "direction",
            "clockwise",
            "orientation",
            "degrees",
            "upright",
            "flip",
            "mirror",
            "which",
        ),
    ),
    ask(
        "fresh176-15",
        "fast forward through the part where I fall down, in the video another mom caught of my "
        "soccer goal, before I show it to my sisters",
        "which part (when he falls down)",
        (*WHICH_PART, "fall", "second", "seconds"),
        probe=Probe(duration=10.0),
    ),
    ask(
        "fresh176-16",
        "clip together the footage we had of Teagan with Jayson's dog, to share it with our "
        "family: some of it was long clips with not much action, and several clips were very "
        "short",
        "which parts to keep (where the action is), and the other clips to put with it",
        (*WHICH_PART, "which parts", "clips", "keep", "action", "how long"),
    ),
    out_of_scope(
        "fresh176-17",
        "transfer some 8mm videocassettes to disc, to mix video clips in with the stills of a "
        "photo montage for my dad's memorial service: I don't want to pay the rates charged by "
        "pirates who do this sort of thing for a living",
        "transferring videocassettes to disc (capture hardware or a service), not an edit of a "
        "file",
    ),
    out_of_scope(
        "fresh176-18",
        "copy the DVD I made on my own camera of the Not Bad President Elementary performance of "
        "The Granny Awards onto a big disc: the camera records on mini-DVDs, and the DVD slot on "
        "our computers is vertically-oriented, so you can't just put a small disc in",
        "copying a mini-DVD onto a full-size disc, not an edit of a file",
    ),
    out_of_scope(
        "fresh176-19",
        "copy some of our old home movies with my second VCR, to send copies to each of my "
        "children: the copies I've made so far are fuzzy and washed-out, not really worth "
        "sending",
        "dubbing videotapes from one VCR to another (its cabling), not an edit of a file",
    ),
    out_of_scope(
        "fresh176-20",
        "take GoPro Max's 360 video at 5~10 FPS",
        "a camera's recording frame rate (its firmware or settings), not an edit of a recorded "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
