"""A hundred-and-sixty-fourth fresh, held-out collection of real requests
(tests/realreq/fresh164.md): one checkable case a row, encoded the way fresh41.py encodes its rows.

Nobody has tuned the planner on these rows, and its plans were not looked at before the rows'
`expected` was written: they measure how well it generalizes. Like fresh8's … fresh161's, the
rows are short, typical asks, like the development set's, mostly from people making GIFs,
stickers and memes from a clip; eight come from web pages (blog posts, two ds106 portfolios, a
Japanese hobby blog and a web-design forum) and six from GitHub issues (a Telegram sticker
converter, a WhatsApp sticker app, an image-manipulation Discord bot, a meme API, WhatsApp's
sticker app sample and a Telegram sticker bot). Each case follows its row's `expected` column;
`[out of scope]` rows are OUT-OF-SCOPE refusals, the `[no op]` and `[needs analysis]` rows
refusals of DOABLE asks no operation does."""

from __future__ import annotations

from pathlib import Path

from .cases import WHICH_PART, ask, do, no_op, out_of_scope
from .score import GIF, Case, Probe, anywhere, maybe, step

__all__ = ["CASES", "TABLE", "by_id"]

#: The table the cases encode, one row each.
TABLE = Path(__file__).with_name("fresh164.md")

CASES: tuple[Case, ...] = (
    do(
        "fresh164-01",
        "turn one of my own funny home videos into a GIF: as a child, watching America's Funniest "
        "Home Videos was a common thing for me and my family",
        [GIF, maybe(step("resize")), maybe(step("fps"))],
        note="an animated GIF, any size and rate, all of it",
    ),
    do(
        "fresh164-02",
        "make the video of my rat Casper spinning for a treat play back in reverse over and over "
        "again as a GIF: we could never get him to spin in a backwards direction",
        [anywhere(step("reverse")), anywhere(GIF), maybe(step("loop"))],
        note="reversed and a GIF, either order (a loop may come with it)",
    ),
    do(
        "fresh164-03",
        "rotate the video of the alligator and the dogs 90 degrees: my camera was confused "
        "filming downward, so the original video had the wrong orientation",
        [step("rotate", degrees=90)],
        note="a quarter turn clockwise",
    ),
    do(
        "fresh164-04",
        "make my site's background video a gif file: when I open the site the video does not "
        "start automatically (the 2 videos on chrome do not start)",
        [
            anywhere(GIF),
            maybe(step("resize")),
            maybe(step("fps")),
            maybe(step("mute")),
            maybe(step("compress")),
            maybe(step("quality")),
        ],
        note="an animated GIF (a smaller size or frame rate, or the sound dropped, may come with "
        "it)",
    ),
    no_op(
        "fresh164-05",
        "change the WEBM created for my sticker to WEBP, to get animated stickers: Telegram asks "
        "for either PNG or WEBP instead",
        "no op",
        probe=Probe(duration=3.0, width=512, height=512, has_audio=False),
        note="no op: an animated WebP output; no output format is WebP",
    ),
    no_op(
        "fresh164-06",
        "make a GIF of the lightning from the video I shot on my phone in the thunderstorm, "
        "trimming off the unneeded parts first: the lightning only shows for an instant (a storm "
        "strong enough to cause a power cut)",
        "needs analysis",
        note="needs analysis: finding the instant of the lightning flash (and the frames around "
        "it) needs a look at the picture",
    ),
    ask(
        "fresh164-07",
        "cut the cat video so it can be added as an animated WhatsApp sticker: I have a feeling "
        "WhatsApp caps the video duration to 5-8 seconds",
        "which part to keep (5 to 8 s of it)",
        (*WHICH_PART, "which 5", "seconds", "part"),
    ),
    ask(
        "fresh164-08",
        "convert the video from my camera to a different format, so my editing software can read "
        "it: I can only upload it from my camera in one file format, the very one my editing "
        "software cannot read",
        "which format (or which editing software)",
        ("format", "which", "what", "software", "editor", "program", "codec"),
    ),
    ask(
        "fresh164-09",
        "add slo-mo to the second run in the five-minute video from Olga's action cam, so it "
        "won't make us all feel ill: it's a bit chaotic when she's running",
        "which part (when the second run is) of the 300 s video",
        (*WHICH_PART, "second run", "run", "part"),
        probe=Probe(duration=300.0),
    ),
    ask(
        "fresh164-10",
        "cut the video down to the scene where Chris is explaining to his son that he needs to "
        "'trust him because he's getting a better job' and his son replies 'I trust you', and "
        "make it a GIF (I tend to be a pretty emotional person)",
        "which part (when the scene is)",
        (*WHICH_PART, "scene", "timestamp", "part"),
    ),
    ask(
        "fresh164-11",
        "put top & bottom meme text in impact font over it, similar to the .meme command from "
        "notsobot",
        "what the top and bottom text say (the words)",
        ("what text", "text", "words", "say", "caption", "what", "which"),
    ),
    out_of_scope(
        "fresh164-12",
        "add a feature to access video memes in addition to regular image memes: this project is "
        "really amazing and it helped me a lot",
        "a meme API's feature (serving video memes), not an edit of a given file",
    ),
    out_of_scope(
        "fresh164-13",
        "enable animated stickers with more frames: 30 frames is not enough for WhatsApp, I think "
        "that 100 frames would be an acceptable limit, since you can create stickers with more "
        "real movements",
        "the WhatsApp sticker app's limits on animated stickers, not an edit of a given file",
    ),
    out_of_scope(
        "fresh164-14",
        "convert the sticker sets https://t.me/addstickers/TheGreedOfManVideo and "
        "https://t.me/addstickers/HotCherry: the bot cannot convert stickers in webm or tgs format",
        "fetching Telegram sticker sets by their links (a bot's import), not an edit of a given "
        "file",
    ),
)


def by_id(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)
