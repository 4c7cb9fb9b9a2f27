"""A forty-first fresh, held-out collection of real requests (tests/realreq/fresh41.md): one
checkable case a row, encoded the way fresh39.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh39's, the
rows are short, typical asks, like the development set's; all 24 come from GitHub issues of
encoders and downloaders, camera and recording tools, a watermark library, a video agent, a
test-automation tool's video instructions, a Twitter sound poster, a blog-to-podcast tool, a
presentation editor, a timelapse tool, a video player, a motion-tracking tool, a thumbnailer, a
terminal recorder, an ffmpeg wrapper, an IPTV panel and a KVM. Each case follows its row's
`expected` column; `[out of scope]` rows are OUT-OF-SCOPE refusals. An `[extra input: …]` marker
is left out of the request and the files it names are given as assets instead."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, out_of_scope
from .score import WHOLE, Above, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh41.md")

#: A still saved as an image, by the still operation's own format or a conversion.
_IMAGE = maybe(step("convert", format=AnyOf("png", "jpg")))

CASES: tuple[Case, ...] = (
    do(
        "fresh41-01",
        "put the watermark image at the top left position",
        [step("overlay_image", file="watermark.png", position="top-left", **WHOLE)],
        assets=["watermark.png"],
        note="the watermark in the top-left corner, all of it",
    ),
    do(
        "fresh41-02",
        "download the clip with a watermark: put our logo on the clip",
        [step("overlay_image", file="logo.png", **WHOLE)],
        assets=["logo.png"],
        note="the logo over the clip, any place, all of it",
    ),
    do(
        "fresh41-03",
        'clip the video at the 10-12 second and add the text "xyz"',
        [step("trim", start=10, end=12), step("text", text="xyz", **WHOLE)],
        [
            step(
                "text",
                text="xyz",
                start=AnyOf(None, Between(None, 10)),
                end=AnyOf(None, Between(12, None)),
            ),
            step("trim", start=10, end=12),
        ],
        note="the two seconds from 10 s kept, with the text over all of them",
    ),
    do(
        "fresh41-04",
        "put the Intro and Outro video files at the start and the end of the video, without the "
        "scenario's music laid over them",
        [
            anywhere(step("join", clips=["intro.mp4"], at="start")),
            anywhere(step("join", clips=["outro.mp4"], at="end")),
        ],
        assets=["intro.mp4", "outro.mp4"],
        note="the intro before the video and the outro after it, either join first",
    ),
    do(
        "fresh41-05",
        "add hard subtitles to the video from a srt file",
        [step("subtitles", file=AnyOf("subs.srt", None))],
        assets=["subs.srt"],
        note="the .srt burned in",
    ),
    do(
        "fresh41-06",
        "burn the captions directly into the video, for generating short clips: would be great "
        "for sharing, replacing things like Headliner",
        [step("subtitles", file=AnyOf("captions.srt", None))],
        assets=["captions.srt"],
        note="the captions file burned in",
    ),
    do(
        "fresh41-07",
        "fade out the video",
        [step("fade", direction="out", target=AnyOf("video", "both"))],
        note="a fade out at the end, any length, of the picture (and the sound)",
    ),
    do(
        "fresh41-08",
        "mirror the recorded video: the camera feed shows the video mirrored, but the recorded "
        "one is still the opposite",
        [step("flip", direction="horizontal")],
        note="mirrored left to right",
    ),
    do(
        "fresh41-09",
        "reduce the frame rate of the lecture video and keep only half of the frames (only for "
        "the video, not for the audio): this would blur some hand movements, but the slides "
        "would still be fully readable",
        [step("fps", fps=Between(3, 15))],
        probe=Probe(fps=30.0),
        note="half the frame rate, 15 fps (down to a tenth is fair); the sound kept",
    ),
    do(
        "fresh41-10",
        "compress the slide presentation to just 1 FPS: after all, you don't need much more for "
        "keynote presentations except good sound",
        [step("fps", fps=1), maybe(step("quality", level="small"))],
        probe=Probe(fps=30.0),
        note="one frame a second, same length (a smaller-file setting may come with it)",
    ),
    do(
        "fresh41-11",
        "do a PAL SpeedUp of the 23.976 fps video to 25 fps: the output should be about 4% "
        "shorter, not the same length as the input",
        [
            anywhere(step("speed", factor=Between(1.035, 1.05), **WHOLE)),
            maybe(step("fps", fps=Between(24.9, 25.1))),
        ],
        probe=Probe(fps=23.976),
        note="sped up by 25/23.976 (about 1.043); a 25 fps setting may come with it",
    ),
    do(
        "fresh41-12",
        "tweak the contrast of the video: it has low contrast, which makes it hard to track",
        [step("contrast", percent=Above(0), **WHOLE)],
        note="more contrast, any amount, all of it",
    ),
    do(
        "fresh41-13",
        "make the video gray-scale only: I'm using a no-ir camera, so the colors are skewed "
        "anyway, and gray-scale makes the data about a 1/3 of the size",
        [step("grayscale", **WHOLE), maybe(step("quality", level="small"))],
        note="black and white, all of it (a smaller-file setting may come with it)",
    ),
    do(
        "fresh41-14",
        "eliminate the fan noise from the sound recorded with the internal microphone: right "
        "now this has to be done in post-production, using the likes of Audacity",
        [step("audio_denoise")],
        note="the sound's steady background noise reduced",
    ),
    do(
        "fresh41-15",
        "fight the film noise and film grain of the video: it has parts covered with annoying "
        "mosquito film noise",
        [step("denoise", **WHOLE)],
        note="the picture's noise and grain reduced, all of it",
    ),
    do(
        "fresh41-16",
        "play the saved recorded video backwards",
        [step("reverse")],
        note="played backwards",
    ),
    do(
        "fresh41-17",
        "make a poster frame from the middle of the movie: it would be handy to get a "
        "representative image",
        [step("still", at=Between(27, 33)), _IMAGE],
        note="the frame from the middle of the 60 s video (a third of the way in is not it)",
    ),
    do(
        "fresh41-18",
        "use the first frame of the video as the poster picture, instead of having to create and "
        "link an external image",
        [step("still", at=Between(0, 0.04)), _IMAGE],
        note="the very first frame, as an image",
    ),
    ask(
        "fresh41-19",
        "reduce the FPS if it is over a certain threshold: some video files are encoded at 60 or "
        "even 120fps, often this is not necessary to archive the files and a lot of data can be "
        "saved",
        "which frame rate (the threshold is not given)",
        ("frame rate", "fps", "threshold", "which", "what rate", "how many frames"),
    ),
    ask(
        "fresh41-20",
        "make the thumbnail from the frame at the timestamp I specify, not just the first frame "
        "of the video",
        "which timestamp",
        ("which", "when", "time", "timestamp", "second", "where", "at what"),
    ),
    ask(
        "fresh41-21",
        "convert the video from its full runtime down to a few seconds, so the reviewer can see "
        "the behavior",
        "the length wanted, in seconds",
        ("how many seconds", "how long", "seconds", "length", "duration", "how short", "target"),
    ),
    ask(
        "fresh41-22",
        "add text on the video at a random time",
        "which text (the words)",
        ("which text", "what text", "the text", "text", "words", "what should"),
    ),
    out_of_scope(
        "fresh41-23",
        "add our logo or text to all channels like a watermark, as DTH providers add their logo "
        "to all channels: it publicises our IPTV name and users know they are using this IPTV",
        "watermarking every live channel of an IPTV service, not an edit of a file",
    ),
    out_of_scope(
        "fresh41-24",
        "add a black and white option to the KVM's video, for better image compression",
        "a setting of a KVM-over-IP's live stream (bandwidth), not an edit of a file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
