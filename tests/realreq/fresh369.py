"""A three-hundred-and-sixty-ninth fresh, held-out collection of real requests
(tests/realreq/fresh369.md): one checkable case a row, encoded the way fresh309.py encodes its
rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh365's, the
rows are short, typical asks; 14 come from GitHub issues and three from web pages (game modders
and indie game developers: Godot's Movie Maker and VideoPlayer, a Might and Magic VI modding wiki,
a Greenlight diary, flowframes, Tiberian Sun's patches, Ludum Dare, HandBrake, a replay enhancer,
Captura, Cockatrice, OpenRCT2, Unity's recorder and itch.io): a recording made an h.264 mp4, its
sound 16-bit, a video made ogv for Godot, a cutscene at 460x344, a cloud loop made a GIF under
1 MB, a Bink file, an intro no larger than 800x600, a webm at 49 fps, a timelapse of about six
minutes, pixel art upscaled, a watermark, a 40 MB GIF made smaller, replays exported, games
recorded, an upload limit and a recorder's bug.
Each case follows its row's `expected` column."""

from __future__ import annotations

from pathlib import Path

from .cases import ask, do, no_op, out_of_scope
from .score import GIF, AnyOf, Between, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh369.md")

_H264 = step("codec", codec="h264")
_MP4 = step("convert", format="mp4")
_NO_SOUND = {"has_audio": False}

CASES: tuple[Case, ...] = (
    do(
        "fresh369-01",
        "convert this Movie Maker recording of my retro FPS to an h.264 mp4: the files are "
        "extremely large, and like 4/5 of the tools I use do not properly support the format "
        "Godot currently outputs",
        [_H264, maybe(_MP4)],
        [_MP4, maybe(_H264)],
        probe=Probe(duration=120.0, fps=60.0),
        note="an H.264 mp4 of the AVI recording",
    ),
    no_op(
        "fresh369-02",
        "make the audio of this AVI from Godot's Movie Maker 16 bit PCM instead of 32 bit, so it "
        "is compatible with editors like Vegas: 32 bit is overkill, anyway",
        "no op: the AVI's sound written as 16-bit PCM; no operation sets the sample format",
        probe=Probe(duration=120.0, fps=60.0),
    ),
    no_op(
        "fresh369-03",
        "convert this video to .ogv so Godot's VideoPlayer plays it: many video and animation "
        "editing programs do not have an ogg export",
        "no op: an Ogg Theora (.ogv) video; no operation writes ogv",
        probe=Probe(duration=30.0),
    ),
    do(
        "fresh369-04",
        "make this video 460x344 for a cutscene of a 2D event in Might and Magic VI: in a higher "
        "resolution it will just be cut off where it starts clipping",
        [step("resize", width=460, height=344)],
        probe=Probe(duration=20.0, width=640, height=480),
        note="a 640x480 video scaled to 460x344",
    ),
    do(
        "fresh369-05",
        "turn this video of my game's clouds moving into a gif for the Steam Greenlight branding "
        "image: Steam only allows an image less than 1MB for this slot",
        [step("gif", fps=Between(None, 15)) | step("gif", width=Between(None, 640))],
        [maybe(step("resize")), maybe(step("fps")), anywhere(GIF)],
        probe=Probe(duration=5.0, fps=60.0, **_NO_SOUND),
        note="a small GIF (a lower frame rate or width) of the clip",
    ),
    no_op(
        "fresh369-06",
        "convert this video to a .bik file, as used in all games, for game modding",
        "no op: a Bink (.bik) video; no operation writes Bink, which has no open encoder",
        probe=Probe(duration=30.0),
    ),
    do(
        "fresh369-07",
        "make this intro video no larger than 800x600 for Tiberian Sun: the game may crash when "
        "the video is larger than the user's resolution",
        [step("resize", width=800, height=AnyOf(None, 600))],
        [step("resize", lines=Between(None, 450))],
        probe=Probe(duration=30.0),
        note="a 1920x1080 intro fitted inside 800x600: 800x450",
    ),
    do(
        "fresh369-08",
        "encode this 60FPS webm for my game at 49FPS: Godot's VideoPlayer does not play 60FPS "
        "webms while my display is 60Hz",
        [step("fps", fps=49), maybe(step("convert", format="webm"))],
        probe=Probe(duration=30.0, fps=60.0),
        note="the webm at 49 fps",
    ),
    do(
        "fresh369-09",
        "make this Ludum Dare timelapse video not much longer than 6 minutes",
        [step("speed", factor=Between(4.5, 6.0))],
        probe=Probe(duration=1800.0, **_NO_SOUND),
        note="a 30-minute timelapse sped up about 5x, to about 6 minutes",
    ),
    ask(
        "fresh369-10",
        "upscale this pixel art footage with nearest neighbour filtering",
        "to what size, or by how many times (no resolution is given)",
        ("what size", "how big", "resolution", "how many times", "scale", "factor", "1080"),
        probe=Probe(duration=60.0, width=320, height=240),
    ),
    ask(
        "fresh369-11",
        "add a watermark to this race replay video",
        "what the watermark is (a logo file or words), and where",
        ("which", "what", "logo", "image", "text", "file", "where"),
        probe=Probe(duration=300.0),
    ),
    out_of_scope(
        "fresh369-13",
        "export this game's replays into videos",
        "rendering a card game's replay as a video, not an edit of a video file",
    ),
    out_of_scope(
        "fresh369-14",
        "record short videos of the game as an animated gif, to demonstrate bugs or my "
        "creations, with a shortcut key for starting and ending the recording",
        "recording a game, not an edit of a video file",
    ),
    out_of_scope(
        "fresh369-15",
        "record a video file with audio from Unity, not only image sequences",
        "recording a game engine's output, not an edit of a video file",
    ),
    out_of_scope(
        "fresh369-16",
        "allow mp4 videos to be uploaded to itch.io, limited to 10mb for example: I don't like "
        "uploading to YouTube so much",
        "a site's upload feature, not an edit of a video file",
    ),
    out_of_scope(
        "fresh369-17",
        "fix my Movie Maker recording: the video I use as background of the scene plays at its "
        "original pace while recording, so in the output avi it looks sped up",
        "a game engine's recording bug (one video inside the scene), not an edit of the file",
    ),
)


def by_id(case_id: str) -> Case:
    """The case with this id."""
    for case in CASES:
        if case.id == case_id:
            return case
    raise KeyError(case_id)
