"""Operations on the frame's geometry: resize, crop (to a ratio, a rectangle or off the edges),
pad to a ratio, shape for a platform, rotate, flip."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from promptcut.errors import InvalidRequest
from promptcut.operations.base import Analysis, Clip, Graph, Operation, escape_filter_path
from promptcut.operations.grammar import (
    frame,
    media_shape,
    parse_number,
    parse_ratio,
    parse_size,
    rule,
)

__all__ = ["Crop", "CropArea", "CropEdges", "Flip", "Pad", "Platform", "Resize", "Rotate"]

_MAX_SIDE = 16384

#: Video standards by name: the number of lines on the shorter side.
_NAMED_LINES = {
    "4k": 2160, "uhd": 2160, "ultra hd": 2160, "2k": 1440, "qhd": 1440, "full hd": 1080,
    "fhd": 1080, "fullhd": 1080, "hd": 720, "sd": 480,
}  # fmt: skip
_LINES = r"(?P<lines>\d{3,4}) ?p|(?P<named>4k|uhd|ultra hd|2k|qhd|full ?hd|fhd|hd|sd)"


def _even(x: float) -> int:
    """Nearest even number, at least 2: 4:2:0 video needs even sides."""
    return max(2, round(x / 2) * 2)


def _lines(g: dict[str, str]) -> int:
    return int(g["lines"]) if "lines" in g else _NAMED_LINES[re.sub(r"\s+", " ", g["named"])]


def _times(n: str) -> float:
    """'3', '1.5' or 'three' times."""
    return {"two": 2.0, "three": 3.0, "four": 4.0}.get(n) or float(n)


def _require_picture(clip: Clip) -> None:
    if not clip.has_video:
        raise InvalidRequest("there is no picture to change: the input has only sound")


class Resize(Operation):
    """Change the resolution: a standard like 720p, an exact size, or a percentage."""

    name: ClassVar[str] = "resize"
    frames = (
        frame(
            "resize it to {lines}",
            also="resize scale downscale upscale rescale change convert make set render export resolution size reduce lower increase down up shrink enlarge bring encode output",
        ),
        frame(
            "resize it to {size}",
            also="resize scale downscale upscale rescale change convert make set render export resolution size reduce lower increase down up shrink enlarge bring encode output",
        ),
        frame(
            "scale it to {percent}",
            "resize scale downscale upscale rescale shrink enlarge",
            also="size resolution down up",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "make it 720p",
        "scale it down to 480p",
        "resize to 1280x720",
        "scale to 50%",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    lines: int | None = Field(
        None, description="A standard like 720 for 720p: the shorter side, aspect kept."
    )
    width: int | None = Field(None, description="Width in pixels (aspect kept if alone).")
    height: int | None = Field(None, description="Height in pixels (aspect kept if alone).")
    percent: float | None = Field(None, gt=0, description="Scale both sides by this percentage.")
    fit: bool = Field(
        False,
        description="With width and height: scale to fit inside that size, keeping the shape "
        "(false: exactly that size).",
    )
    only_smaller: bool = Field(
        False,
        description='Only ever make it smaller ("no bigger than 1280x720"): a picture '
        "already inside the size is left as it is.",
    )

    @model_validator(mode="after")
    def _one_way(self) -> Resize:
        ways = [self.lines is not None, self.width or self.height, self.percent is not None]
        if sum(map(bool, ways)) != 1:
            raise ValueError("give exactly one of: lines, width/height, percent")
        if self.fit and not (self.width and self.height):
            raise ValueError("fit needs both a width and a height to fit inside")
        if self.only_smaller and self.percent is not None:
            raise ValueError("only_smaller needs a size or a standard to stay inside")
        return self

    def target(self, clip: Clip) -> tuple[int, int]:
        w, h = clip.width, clip.height
        if self.only_smaller:
            size = self.model_copy(update={"only_smaller": False}).target(clip)
            return size if size[0] * size[1] < w * h else (w, h)
        if self.lines is not None:
            scale = self.lines / min(w, h)
            return _even(w * scale), _even(h * scale)
        if self.percent is not None:
            return _even(w * self.percent / 100), _even(h * self.percent / 100)
        if self.width and self.height and self.fit:
            scale = min(self.width / w, self.height / h)
            return min(_even(w * scale), _even(self.width)), min(
                _even(h * scale), _even(self.height)
            )
        if self.width and self.height:
            return _even(self.width), _even(self.height)
        if self.width:
            return _even(self.width), _even(h * self.width / w)
        assert self.height
        return _even(w * self.height / h), _even(self.height)

    def check(self, clip: Clip) -> None:
        super().check(clip)
        w, h = self.target(clip)
        if max(w, h) > _MAX_SIDE:
            raise InvalidRequest(
                f"that would make the video {w}x{h}; promptcut stops at {_MAX_SIDE} pixels a side"
            )

    def render(self, graph: Graph) -> None:
        w, h = self.target(graph.clip)
        if (w, h) == (graph.clip.width, graph.clip.height) and self.only_smaller:
            return  # already no bigger than asked: left as it is
        graph.vf(f"scale={w}:{h}:flags=bicubic", "setsar=1")
        graph.clip = graph.clip.evolve(width=w, height=h)

    def describe(self) -> str:
        if self.only_smaller:
            box = (
                f"{self.lines}p"
                if self.lines
                else f"{self.width or 'auto'}x{self.height or 'auto'}"
            )
            return f"resize to fit {box} if it is bigger"
        if self.lines:
            return f"resize to {self.lines}p"
        if self.percent:
            return f"resize to {self.percent:g}%"
        if self.fit:
            return f"resize to fit {self.width}x{self.height}, keeping the shape"
        return f"resize to {self.width or 'auto'}x{self.height or 'auto'}"

    grammar = (
        rule(
            r"(?:(?:resize|rescale|scale|downscale|upscale|shrink|enlarge|downsize|convert|change|make|export|"
            r"render|reduce|set|output|save|encode|bring)(?: {it})?(?: the resolution| the size)?"
            r"(?: down| up)?(?: to| as| in| at| into)? )?(?:an? )?(?:"
            + _LINES
            + r")(?: resolution| quality| video| hd| full hd)?",
            lambda g: Resize(lines=_lines(g)),
        ),
        rule(
            # "scale it down to 480", "reduce the resolution to 720": a standard height, the
            # "p" left out, after a verb that only changes the size
            r"(?:resize|rescale|scale|downscale|upscale|downsize|(?:reduce|lower|increase|change|set)"
            r"(?: {it}| the) (?:resolution|vertical resolution|height))(?: {it})?(?: down| up)? to "
            r"(?P<lines>240|360|480|540|576|720|1080|1440|2160)(?: lines)?",
            lambda g: Resize(lines=_lines(g)),
        ),
        rule(
            r"(?:(?:resize|rescale|scale|downscale|upscale|shrink|enlarge|make|change|set|convert|"
            r"export|render|transcode|recode|re-?encode|encode)"
            r"(?: {it})?(?: the resolution| the size| the dimensions)?(?: down| up)?(?: to| as| into)? )?"
            r"{size:s}(?: pixels| px| resolution)?",
            lambda g: Resize(width=parse_size(g["s"])[0], height=parse_size(g["s"])[1]),
        ),
        rule(
            r"(?:(?:resize|rescale|scale|shrink|downscale|downsize|make|limit|cap|keep|constrain|reduce)"
            r"(?: {it})?(?: down)?(?: so(?: that)? (?:it|the (?:video|picture|resolution|size)) )?"
            r"(?: the (?:resolution|size))? )?"
            r"(?:(?:does not|doesn't|do not|don't|won't|will not|never|not to) (?:exceed|go over|go above|get bigger than|get larger than|be bigger than|be larger than)"
            r"|(?:is|be|stays?|to be) (?:no|not) (?:bigger|larger|more) than"
            r"|(?:to )?(?:at most|max(?:imum)?(?: of)?|a maximum of|no (?:bigger|larger|more) than|at a maximum of))"
            r" (?:(?P<s>\d{2,5} ?[x*] ?\d{2,5})(?: pixels| px| resolution)?|(?:" + _LINES + r"))",
            lambda g: Resize(
                width=parse_size(g["s"])[0] if g.get("s") else None,
                height=parse_size(g["s"])[1] if g.get("s") else None,
                lines=None if g.get("s") else _lines(g),
                fit=bool(g.get("s")),
                only_smaller=True,
            ),
        ),
        rule(
            r"make {it} (?:(?P<n>\d+(?:\.\d+)?|two|three|four) times|twice) (?:as (?:big|large)|bigger|larger)",
            lambda g: Resize(percent=100 * _times(g.get("n") or "2")),
        ),
        rule(
            r"(?:resize|rescale|scale|shrink|enlarge|downscale|upscale|make)(?: {it})?(?: down| up)? to {pct:p}(?: (?:of the )?(?:size|original size|resolution))?",
            lambda g: Resize(percent=parse_number(g["p"])),
        ),
        rule(
            # (never "the file": its size in bytes, "make the file smaller by 50%")
            r"(?:shrink|reduce|downscale|scale down|make)(?: (?!(?:the |this |my )?file\b){it})?"
            r"(?: smaller)? by {pct:p}",
            lambda g: Resize(percent=max(1.0, 100 - parse_number(g["p"]))),
        ),
        rule(
            r"(?:make (?!(?:the |this |my )?file\b){it} |resize {it} to |scale {it} to )?half "
            r"(?:the )?(?:size|resolution)",
            lambda g: Resize(percent=50),
        ),
        rule(
            # "divide its dimensions by two", "cut the resolution in half"
            r"halve (?:the |its )?(?:size|resolution|dimensions|width and height)(?: of {it})?"
            r"|(?:divide|reduce|cut|shrink|scale down|lower) (?:the |its )(?:resolution|dimensions|"
            r"width and height)(?: of {it})? (?:by (?:half|two|2|a factor of (?:two|2)|50%)"
            r"|in (?:half|50%))",
            lambda g: Resize(percent=50),
        ),
        rule(
            r"(?:make {it} |resize {it} to |scale {it} to )?(?:double|twice) (?:the )?(?:size|resolution)",
            lambda g: Resize(percent=200),
        ),
        rule(
            r"(?:(?:resize|scale|make|set)(?: {it})?(?: to)?(?: a)? )?(?:width (?:of |to )?(?P<w>\d{2,5})(?: ?px| pixels)?|(?P<w2>\d{2,5})(?: ?px| pixels) wide)",
            lambda g: Resize(width=int(g.get("w") or g["w2"])),
        ),
        rule(
            r"(?:(?:resize|scale|make|set)(?: {it})?(?: to)?(?: a)? )?(?:height (?:of |to )?(?P<h>\d{2,5})(?: ?px| pixels)?|(?P<h2>\d{2,5})(?: ?px| pixels) (?:tall|high))",
            lambda g: Resize(height=int(g.get("h") or g["h2"])),
        ),
    )


_RATIO_NAMES = {
    "square": "1:1", "vertical": "9:16", "portrait": "9:16", "horizontal": "16:9",
    "landscape": "16:9", "widescreen": "16:9",
}  # fmt: skip


#: The shapes a ratio said in other numbers is named as: "1.92:1.08" and "32:18" are 16:9.
_SHAPES = ((16, 9), (4, 3), (1, 1), (4, 5), (3, 2), (21, 9), (5, 4))


def _aspect(v: str) -> str:
    """A usable aspect ratio, written the one way: '16/9' -> '16:9', '1.92:1.08' -> '16:9'."""
    try:
        a, b = parse_ratio(v)
    except ValueError:
        raise ValueError(f"not an aspect ratio: {v!r} (write it like 16:9)") from None
    if not (a > 0 and b > 0 and 0.05 < a / b < 20):
        raise ValueError(f"not a usable aspect ratio: {v!r}")
    for w, h in (*_SHAPES, *((h, w) for w, h in _SHAPES)):
        if abs(a * h - b * w) < 1e-9 * max(a * h, b * w):
            return f"{w}:{h}"
    return f"{a:g}:{b:g}"


_IG = r"(?:instagram|insta|ig)"
PLATFORM_WORDS = (
    # ("a vertical instagram video" is a reel, "a vertical instagram post" a portrait post, "a
    # vertical youtube video" a short: the shape said before the name is the platform's)
    rf"(?:(?P<tiktok>(?:(?:vertical|portrait) )?tik ?tok)"
    rf"|(?P<reels>(?:(?:vertical|portrait) )?(?:{_IG} )?reels?|(?:vertical|portrait) {_IG}"
    r"(?! (?:post|feed|grid|stor(?:y|ies))\b))"
    rf"|(?P<story>(?:(?:vertical|portrait) )?(?:{_IG} )?stor(?:y|ies))"
    # ("a short video" is one that is short; "a short", "shorts", "a youtube short video" the
    # platform's)
    rf"|(?P<shorts>(?:(?:vertical|portrait) )?(?:youtube |yt )shorts?|shorts|short(?! (?:video|"
    r"clip|film|movie|version|gif|animation|loop|sequence|piece|edit|preview|teaser|trailer|"
    r"segment|recording|one)\b)|(?:vertical|portrait) (?:youtube|yt)\b)"
    rf"|(?P<portrait>{_IG} (?:portrait|4:5|vertical post)(?: post)?"
    rf"|(?:vertical|portrait) {_IG} (?:post|feed))"
    rf"|(?P<post>(?:square )?{_IG}(?: (?:post|feed|square|grid))?)|(?P<youtube>youtube|yt))"
)
#: The shapes people crop to, by their usual names.
_COMMON_RATIOS = frozenset(
    {"16:9", "9:16", "1:1", "4:5", "5:4", "4:3", "3:4", "21:9", "2:3", "3:2", "16:10", "9:21"}
)

#: A platform's name, its words read and no more.
PLATFORM_NAME = re.sub(r"\(\?P<\w+>", "(?:", PLATFORM_WORDS)
# "... for TikTok", "for an Instagram post": the platform a shape is for, and nothing else
# (an open tail here once swallowed the next instruction).
_FOR_PLATFORM = (
    r"(?: for (?:an? |the |my )?"
    + PLATFORM_NAME
    + r"(?: (?:video|post|clip|upload|feed|format))?)?"
)


class Crop(Operation):
    """Crop to an aspect ratio, keeping the center of the picture."""

    name: ClassVar[str] = "crop"
    frames = (
        frame("crop it to {ratio}", "crop cropped", also="make change convert aspect ratio format"),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "crop to 1:1 for instagram",
        "make it 9:16",
        "crop it to a square",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    aspect: str = Field(description="Width:height, e.g. '16:9', '9:16', '1:1', '4:5'.")

    @field_validator("aspect")
    @classmethod
    def _ratio(cls, v: str) -> str:
        return _aspect(v)

    def box(self, clip: Clip) -> tuple[int, int, int, int]:
        a, b = parse_ratio(self.aspect)
        w, h = clip.width, clip.height
        if w / h > a / b:
            cw, ch = _even(h * a / b), h - h % 2
        else:
            cw, ch = w - w % 2, _even(w * b / a)
        cw, ch = min(cw, w - w % 2), min(ch, h - h % 2)
        return cw, ch, (w - cw) // 2, (h - ch) // 2

    def render(self, graph: Graph) -> None:
        w, h, x, y = self.box(graph.clip)
        graph.vf(f"crop={w}:{h}:{x}:{y}")
        graph.clip = graph.clip.evolve(width=w, height=h)

    grammar = (
        rule(
            r"(?:(?:crop|make|turn|convert|change|reformat|format|resize|set|put|reframe)(?: {it})?(?: to| into| in| as)?"
            r"|(?P<cut>cut|trim|clip)(?: {it})?(?: down)? (?:to|into|as)) (?:an? |the )?(?:aspect ratio (?:of |to )?)?"
            r"(?P<r>\d{1,2}(?:\.\d+)? ?[:/] ?\d{1,2}(?:\.\d+)?)(?: (?:vertical|portrait|square|horizontal|landscape|widescreen))?"
            r"(?: (?:aspect(?: ratio)?|ratio|format|crop|frame|video))?" + _FOR_PLATFORM,
            # "cut it to 4:30" is a length; cut to a shape only the shapes people crop to.
            lambda g: (
                Crop(aspect=g["r"])
                if "cut" not in g or re.sub(r"\s", "", g["r"]) in _COMMON_RATIOS
                else None
            ),
        ),
        # Without a verb a bare "1:25" is as likely a time ("between 1:10 and 1:25"), so only
        # the ratios people crop to, or a ratio that says it is one.
        rule(
            r"(?:an? |the )?(?:aspect ratio (?:of |to )?)?"
            r"(?:(?P<r>16:9|9:16|1:1|4:5|5:4|4:3|3:4|21:9|2:3|3:2)(?: (?:vertical|portrait|square|horizontal|landscape|widescreen))?"
            r"(?: (?:aspect(?: ratio)?|ratio|format|crop|frame))?"
            r"|(?P<r2>\d{1,2}(?:\.\d+)? ?[:/] ?\d{1,2}(?:\.\d+)?) (?:aspect(?: ratio)?|ratio|format|crop|frame))"
            + _FOR_PLATFORM,
            lambda g: Crop(aspect=g.get("r") or g["r2"]),
        ),
        rule(
            r"(?:crop|cut|make|turn|convert|change|reformat|reframe)(?: {it})?(?: to| into| as)?(?: an?| the)? "
            # (a crop keeps the center: "the center square" says so again)
            r"(?:(?:center|centre|centered|centred|middle|central) )?"
            r"(?P<n>square|vertical|portrait|horizontal|landscape|widescreen)"
            r"(?: video| format| aspect(?: ratio)?| crop| frame)?" + _FOR_PLATFORM,
            lambda g: Crop(aspect=_RATIO_NAMES[g["n"]]),
        ),
        rule(
            r"(?:square|center) crop(?: {it})?|square {it}(?: up| off)?",
            lambda g: Crop(aspect="1:1"),
        ),
    )


_ANCHORS = (
    "center",
    "top-left",
    "top",
    "top-right",
    "left",
    "right",
    "bottom-left",
    "bottom",
    "bottom-right",
)
Anchor = Literal[
    "center",
    "top-left",
    "top",
    "top-right",
    "left",
    "right",
    "bottom-left",
    "bottom",
    "bottom-right",
]
_ANCHOR_WORDS = (
    r"(?P<anchor>(?:the )?(?:(?:top|upper|bottom|lower) ?-?(?:left|right)|top|upper|bottom|lower|left|right|"
    r"cent(?:er|re)|middle)(?: corner| edge| side)?)"
)


def _anchor(words: str | None) -> Anchor:
    if not words:
        return "center"
    w = re.sub(r"\b(?:the|corner|edge|side)\b|[\s-]", "", words)
    w = w.replace("upper", "top").replace("lower", "bottom")
    w = {"centre": "center", "middle": "center"}.get(w, w)
    for name in _ANCHORS:
        if w == name.replace("-", ""):
            return name  # type: ignore[return-value]
    raise ValueError(f"not a place in the picture: {words!r}")


def _place(anchor: Anchor, free_w: int, free_h: int) -> tuple[int, int]:
    """x, y of a box anchored in the picture, with free_w/free_h pixels to spare."""
    x = 0 if "left" in anchor else free_w if "right" in anchor else free_w // 2
    y = 0 if "top" in anchor else free_h if "bottom" in anchor else free_h // 2
    return x, y


class CropArea(Operation):
    """Crop to a rectangle of the picture given in pixels: a size, and where it sits."""

    name: ClassVar[str] = "crop_area"
    examples: ClassVar[tuple[str, ...]] = (
        "crop to 640x360 from the top left",
        "crop x=100 y=50 w=640 h=360",
        "crop a 200x200 area from the center",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    width: int = Field(gt=0, description="Width of the area to keep, in pixels.")
    height: int = Field(gt=0, description="Height of the area to keep, in pixels.")
    x: int | None = Field(
        None, ge=0, description="Pixels from the left edge to the area (None: placed by anchor)."
    )
    y: int | None = Field(
        None, ge=0, description="Pixels from the top edge to the area (None: placed by anchor)."
    )
    anchor: Anchor = Field(
        "center", description="Where the area sits when x/y are not given: center, top-left, ..."
    )

    def box(self, clip: Clip) -> tuple[int, int, int, int]:
        ax, ay = _place(self.anchor, clip.width - self.width, clip.height - self.height)
        return (
            self.width,
            self.height,
            ax if self.x is None else self.x,
            ay if self.y is None else self.y,
        )

    def check(self, clip: Clip) -> None:
        super().check(clip)
        w, h, x, y = self.box(clip)
        size = f"the picture is {clip.width}x{clip.height}"
        if w > clip.width or h > clip.height:
            raise InvalidRequest(f"{size}, smaller than the {w}x{h} area to crop to")
        if x + w > clip.width:
            raise InvalidRequest(
                f"{size}; a {w}x{h} area at x={x} runs {x + w - clip.width} pixels past its right edge"
            )
        if y + h > clip.height:
            raise InvalidRequest(
                f"{size}; a {w}x{h} area at y={y} runs {y + h - clip.height} pixels past its bottom edge"
            )

    def render(self, graph: Graph) -> None:
        w, h, x, y = self.box(graph.clip)
        graph.vf(f"crop={w}:{h}:{x}:{y}")
        graph.clip = graph.clip.evolve(width=w, height=h)

    def describe(self) -> str:
        where = (
            f"at {self.x or 0},{self.y or 0}"
            if self.x is not None or self.y is not None
            else f"({self.anchor})"
        )
        return f"crop to {self.width}x{self.height} {where}"

    grammar = (
        rule(
            r"(?:crop|cut|trim|reframe)(?: {it})?(?: down)?(?: to| out)? (?:an? |the )?{size:s}(?: ?px| pixels?)?(?: (?:area|region|box|rectangle|window|part|section))?"
            rf"(?: (?:from|at|in|on|of|off|anchored (?:at|to)) {_ANCHOR_WORDS})?",
            lambda g: _crop_to_size(g),  # (defined below the class)
        ),
        rule(
            rf"(?:crop|cut|trim)(?: {{it}})?(?: to)? (?:the |a )?{_ANCHOR_WORDS} {{size:s}}(?: ?px| pixels?)?(?: (?:area|region|box|rectangle|window|part|section|corner))?",
            lambda g: CropArea(**_sized(g["s"]), anchor=_anchor(g.get("anchor"))),
        ),
        rule(
            r"(?:crop|cut|trim)(?: {it})?(?: to)?(?: an? area| a region| a box| a rectangle)?(?: at| with)? "
            r"(?:x ?[=:]? ?(?P<x>\d+)|left ?[=:]? ?(?P<x2>\d+))[ ,]+(?:y ?[=:]? ?(?P<y>\d+)|top ?[=:]? ?(?P<y2>\d+))[ ,]+"
            r"(?:w|width) ?[=:]? ?(?P<w>\d+)[ ,]+(?:h|height) ?[=:]? ?(?P<h>\d+)",
            lambda g: CropArea(
                width=int(g["w"]),
                height=int(g["h"]),
                x=int(g.get("x") or g["x2"]),
                y=int(g.get("y") or g["y2"]),
            ),
        ),
        rule(
            r"(?:crop|cut|trim)(?: {it})?(?: to)?(?: an? area| a region| a box| a rectangle)?(?: of)?(?: an?| the)? {size:s}(?: ?px| pixels?)?"
            r"(?: (?:area|region|box|rectangle|window|part|section))?"
            r"(?: (?:at|starting at|from|with (?:its )?top left (?:corner )?at|whose top left is at)(?: x ?[=:]?)? ?(?P<x>\d+)(?: ?(?:,|and|y ?[=:]?) ?|\s+)(?:y ?[=:]? ?)?(?P<y>\d+)"
            r"| ?\+ ?(?P<x2>\d+) ?\+ ?(?P<y2>\d+))",
            lambda g: CropArea(
                **_sized(g["s"]), x=int(g.get("x") or g["x2"]), y=int(g.get("y") or g["y2"])
            ),
        ),
    )


def _crop_to_size(g: dict[str, str]) -> Operation | list[Operation]:
    """ "crop it to 640x360": that area of the picture. "crop this 1920x1080 video to 1080x1920":
    bigger than the picture one way, and of another shape, so its middle of that shape brought to
    that size, as a vertical video is made of a landscape one (an area placed elsewhere, or of
    the picture's own shape, is left to the check, which says it does not fit)."""
    size, anchor = _sized(g["s"]), _anchor(g.get("anchor"))
    w, h = size["width"], size["height"]
    shape = media_shape.get()
    if (
        anchor == "center"
        and shape
        and (w > shape[0] or h > shape[1])
        and w * shape[1] != h * shape[0]
    ):
        side = math.gcd(w, h)
        return [Crop(aspect=f"{w // side}:{h // side}"), Resize(width=w, height=h)]
    return CropArea(**size, anchor=anchor)


def _sized(text: str) -> dict[str, int]:
    w, h = parse_size(text)
    return {"width": w, "height": h}


_EDGE_ALL = r"(?:each|every|all(?: (?:4|the))?|the (?:4|four)) (?:sides?|edges?)|the (?:edges|borders)|all (?:around|round)|around|on all sides"
_EDGE_LR = (
    r"(?:the sides|both sides|(?:the )?left and (?:the )?right(?: sides?| edges?)?|left and right)"
)
_EDGE_TB = r"(?:(?:the )?top and (?:the )?bottom(?: edges?)?|top and bottom)"
_EDGE_ONE = r"(?:the )?(?P<one>top|bottom|left|right)(?: side| edge)?"


class CropEdges(Operation):
    """Crop a number of pixels (or a percentage) off the edges of the picture."""

    name: ClassVar[str] = "crop_edges"
    examples: ClassVar[tuple[str, ...]] = (
        "crop 100 pixels off each side",
        "crop 50 pixels off the top",
        "crop 10% off the left and right",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    left: float = Field(0, ge=0, description="Amount to remove from the left edge.")
    right: float = Field(0, ge=0, description="Amount to remove from the right edge.")
    top: float = Field(0, ge=0, description="Amount to remove from the top edge.")
    bottom: float = Field(0, ge=0, description="Amount to remove from the bottom edge.")
    unit: Literal["px", "%"] = Field(
        "px",
        description="px: the amounts are pixels; %: percentages of the width (left, right) or height (top, bottom).",
    )

    def box(self, clip: Clip) -> tuple[int, int, int, int]:
        if self.unit == "%":
            px = [
                round(clip.width * self.left / 100),
                round(clip.width * self.right / 100),
                round(clip.height * self.top / 100),
                round(clip.height * self.bottom / 100),
            ]
        else:
            px = [round(v) for v in (self.left, self.right, self.top, self.bottom)]
        left, right, top, bottom = px
        return clip.width - left - right, clip.height - top - bottom, left, top

    def check(self, clip: Clip) -> None:
        super().check(clip)
        w, h, _, _ = self.box(clip)
        if w < 2 or h < 2:
            raise InvalidRequest(
                f"the picture is {clip.width}x{clip.height}; cropping {self._amounts()} leaves nothing"
            )

    def render(self, graph: Graph) -> None:
        w, h, x, y = self.box(graph.clip)
        graph.vf(f"crop={w}:{h}:{x}:{y}")
        graph.clip = graph.clip.evolve(width=w, height=h)

    def _amounts(self) -> str:
        unit = " px" if self.unit == "px" else "%"
        sides = {"left": self.left, "right": self.right, "top": self.top, "bottom": self.bottom}
        return ", ".join(f"{v:g}{unit} off the {k}" for k, v in sides.items() if v)

    def describe(self) -> str:
        return f"crop {self._amounts()}"

    grammar = (
        rule(
            r"(?:crop|cut|trim|shave|remove|chop|take)(?: off| away)? (?P<n>\d+(?:\.\d+)?) ?(?P<u>px|pixels?|%|percent)"
            rf" (?:off|from|on|at|of) (?:{_EDGE_ALL}|(?P<lr>{_EDGE_LR})|(?P<tb>{_EDGE_TB})|{_EDGE_ONE})(?: of {{it}})?",
            lambda g: _edges(g),
        ),
        rule(
            rf"(?:crop|cut|trim|shave)(?: off)? (?:{_EDGE_ALL}|(?P<lr>{_EDGE_LR})|(?P<tb>{_EDGE_TB})|{_EDGE_ONE})(?: of {{it}})? by (?P<n>\d+(?:\.\d+)?) ?(?P<u>px|pixels?|%|percent)",
            lambda g: _edges(g),
        ),
        rule(
            r"(?:crop|cut|trim|shave|remove|chop|take)(?: off| away)?(?: {it})? (?:by )?(?P<n>\d+(?:\.\d+)?) ?(?P<u>px|pixels?|%|percent)"
            r"(?: (?:all (?:around|round)|around|on (?:each|every|all) sides?|per side|each side|on each edge))",
            lambda g: _edges(g),
        ),
        # "keep only the left half of the picture", "crop it to the top third"
        rule(
            r"(?:(?:keep|show|use|leave)(?: only| just)?|(?:crop|cut)(?: {it})?(?: down)? to(?: only| just)?)"
            r" the (?P<side>left|right|top|bottom|upper|lower) (?P<part>half|third|two thirds|quarter)"
            r"(?: of (?:{it}|the (?:picture|frame|image|screen)))?",
            lambda g: _part_kept(g["side"], g["part"]),
        ),
        # "crop the lower left quarter": a corner's quarter is what is kept (cut away, it would
        # leave no rectangle)
        rule(
            r"(?:(?:keep|show|use|leave)(?: only| just)?|(?:crop|cut)(?: {it})?(?: down)?"
            r"(?: to)?(?: only| just)?) the (?P<v>top|bottom|upper|lower)[ -](?P<h>left|right)"
            r"(?: corner)? quarter(?: of (?:{it}|the (?:picture|frame|image|screen)))?",
            lambda g: CropEdges(
                **{
                    ("bottom" if g["v"] in ("top", "upper") else "top"): 50.0,
                    ("right" if g["h"] == "left" else "left"): 50.0,
                },
                unit="%",
            ),
        ),
        # "crop the video so only the left half remains"
        rule(
            r"(?:crop|cut)(?: {it})? so (?:that )?(?:only |just )?the (?P<side>left|right|top|bottom|"
            r"upper|lower) (?P<part>half|third|two thirds|quarter)(?: of (?:{it}|the (?:picture|"
            r"frame|image|screen)))? (?:remains|is left|is kept|is visible|shows|stays)",
            lambda g: _part_kept(g["side"], g["part"]),
        ),
    )


def _part_kept(side: str, part: str) -> CropEdges:
    """The picture cut down to one side's part: "the left half" crops 50% off the right."""
    kept = {"half": 50.0, "third": 100 / 3, "two thirds": 200 / 3, "quarter": 25.0}[part]
    opposite = {"left": "right", "right": "left", "top": "bottom", "upper": "bottom",
                "bottom": "top", "lower": "top"}[side]  # fmt: skip
    return CropEdges(**{opposite: round(100 - kept, 4)}, unit="%")


def _edges(g: dict[str, str]) -> CropEdges:
    n = float(g["n"])
    unit: Literal["px", "%"] = "%" if g["u"] in ("%", "percent") else "px"
    if "one" in g:
        return CropEdges(**{g["one"]: n}, unit=unit)
    if "lr" in g:
        return CropEdges(left=n, right=n, unit=unit)
    if "tb" in g:
        return CropEdges(top=n, bottom=n, unit=unit)
    return CropEdges(left=n, right=n, top=n, bottom=n, unit=unit)


def _fit(w: int, h: int, box_w: int, box_h: int) -> tuple[int, int]:
    """The largest even size of w x h's shape that fits in box_w x box_h."""
    scale = min(box_w / w, box_h / h)
    return min(_even(w * scale), box_w), min(_even(h * scale), box_h)


def _padded(graph: Graph, canvas: tuple[int, int], color: str) -> None:
    """Scale the picture to fit `canvas`, centred, with bars of `color` around it."""
    clip = graph.clip
    cw, ch = canvas
    pw, ph = _fit(clip.width, clip.height, cw, ch)
    if (pw, ph) != (clip.width, clip.height):
        graph.vf(f"scale={pw}:{ph}:flags=bicubic", "setsar=1")
    graph.vf(f"pad={cw}:{ch}:{(cw - pw) // 2}:{(ch - ph) // 2}:color={color}")
    graph.clip = clip.evolve(width=cw, height=ch)


_RATIO = r"\d{1,2}(?:\.\d+)? ?[:/] ?\d{1,2}(?:\.\d+)?"
_COLORS = r"(?P<color>black|white|gr[ae]y|red|green|blue|yellow|pink|purple|orange|#[0-9a-f]{6,6})"
_PAD_SHAPE = (
    rf"(?:(?P<r>{_RATIO})(?: (?:aspect(?: ratio)?|ratio|format|frame|canvas|proportions?))?"
    r"|(?P<n>square|vertical|portrait|horizontal|landscape|widescreen)(?: video| format| frame| canvas)?"
    # a size: that shape, then that size ("1080x1920 with black fill")
    r"|(?P<size>\d{3,5} ?x ?\d{3,5}))"
)
_BARS = (
    rf" (?:with|using|by adding|and add) (?:(?:{_COLORS})(?: (?:bars|borders|padding|background|fill|around it))?"
    r"|(?:bars|borders|padding|letterboxing|letterbox|pillarboxing|pillarbox))(?: (?:on|at) (?:the )?(?:sides|top and bottom))?"
)
_NO_CROP = r" (?:without cropping|with no crop(?:ping)?|and (?:do not|don't) crop|no crop(?:ping)?|letterboxed|pillarboxed|padded)"


def _color(g: dict[str, str]) -> str:
    c = g.get("color", "black")
    return "gray" if c == "grey" else c


def padded_size(aspect: str, width: int, height: int) -> tuple[int, int]:
    """The frame a picture of this size is fitted into for an aspect ratio: it keeps its
    longer side."""
    a, b = parse_ratio(aspect)
    side = max(width, height)
    return (
        (side - side % 2, _even(side * b / a)) if a >= b else (_even(side * a / b), side - side % 2)
    )


#: Bars that make a picture look like a film in the cinema: "cinematic bars", "black bars on
#: the top and bottom, to make it look more cinematic".
_CINEMA = r"(?:cinematic|cinema|movie|film|hollywood|anamorphic|scope)"
_MATTE = r"(?:black )?(?:bars|letterbox(?:ing)?|matte|borders)"
_TOP_BOTTOM = r"(?: (?:on|at|to|across|along) (?:the )?top and (?:the )?bottom(?: of {it})?)?"
_AS_IN_CINEMA = (
    r",? (?:to make {it} look|to give {it} an?|for an?|so (?:that )?{it} looks?|to look) "
    r"(?:more |a bit more |a more |really )?(?:cinematic|like a (?:movie|film))"
    r"(?: look| feel| style| effect)?"
)
_PUT_ON = r"(?:add|place|put|give {it}|apply|use|throw(?: on)?|slap(?: on)?)(?: (?:some|the|an?))?"


class Pad(Operation):
    """Fit the whole picture into an aspect ratio, with bars (black by default) filling the rest.

    Nothing is cropped. The frame keeps its longer side: 1280x720 fitted into 9:16 becomes
    720x1280 with the picture scaled to 720x404 in the middle; into 1:1 it becomes 1280x1280
    with the picture unscaled."""

    name: ClassVar[str] = "pad"
    examples: ClassVar[tuple[str, ...]] = (
        "fit it into 9:16 with black bars",
        "letterbox to 16:9",
        "add black bars to make it square",
        "pad to 1:1 with white",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    aspect: str = Field(description="Width:height of the result, e.g. '9:16', '1:1', '16:9'.")
    color: str = Field(
        "black", description="Colour of the bars: black, white, gray, a name or #rrggbb."
    )

    @field_validator("aspect")
    @classmethod
    def _ratio(cls, v: str) -> str:
        return _aspect(v)

    def canvas(self, clip: Clip) -> tuple[int, int]:
        return padded_size(self.aspect, clip.width, clip.height)

    def check(self, clip: Clip) -> None:
        super().check(clip)
        w, h = self.canvas(clip)
        if max(w, h) > _MAX_SIDE:
            raise InvalidRequest(
                f"that would make the video {w}x{h}; promptcut stops at {_MAX_SIDE} pixels a side"
            )

    def render(self, graph: Graph) -> None:
        _padded(graph, self.canvas(graph.clip), self.color)

    def describe(self) -> str:
        return f"fit into {self.aspect} with {self.color} bars"

    grammar = (
        rule(
            rf"(?:fit|letterbox|pillarbox|pad)(?: {{it}})?(?: in| into| to| as)? (?:an? |the )?{_PAD_SHAPE}(?:{_BARS}|{_NO_CROP})?",
            lambda g: _pad(g),
        ),
        rule(
            r"(?:(?:put|place|make|turn|convert|change|reformat|format|resize|crop|set)(?: {it})?(?: in| into| to| as)? )?(?:an? |the )?"
            rf"{_PAD_SHAPE}(?:{_BARS}|{_NO_CROP})",
            lambda g: _pad(g),
        ),
        rule(
            rf"(?:add|put|use) (?:{_COLORS} )?(?:bars|borders|padding|letterboxing|letterbox|pillarboxing|pillarbox)(?: (?:on|at) (?:the )?(?:sides|top and bottom))?"
            rf" (?:to make {{it}}|to get|to fit(?: {{it}})? (?:in|into|to)|for|so (?:it is|it's)|to) (?:an? |the )?{_PAD_SHAPE}",
            lambda g: _pad(g),
        ),
        rule(rf"{_PUT_ON} {_CINEMA} {_MATTE}{_TOP_BOTTOM}", lambda g: _matte()),
        rule(rf"{_PUT_ON} {_MATTE}{_TOP_BOTTOM}{_AS_IN_CINEMA}", lambda g: _matte()),
    )


def _matte() -> list[Operation]:
    """A wide screen's bars over the picture: its middle kept at 2.39:1, in a frame of the shape
    it has (16:9 when that is not known)."""
    shape = media_shape.get()
    if shape is None:
        aspect = "16:9"
    else:
        side = math.gcd(*shape)
        aspect = f"{shape[0] // side}:{shape[1] // side}"
    return [Crop(aspect="2.39:1"), Pad(aspect=aspect)]


def _pad(g: dict[str, str]) -> Pad | list[Operation]:
    if g.get("size"):
        # "1920x1080 with black bars": the shape of that size, bars added, then that size
        w, h = parse_size(g["size"])
        side = math.gcd(w, h)
        return [Pad(aspect=f"{w // side}:{h // side}", color=_color(g)), Resize(width=w, height=h)]
    return Pad(aspect=g.get("r") or _RATIO_NAMES[g["n"]], color=_color(g))


#: Platform formats: aspect and the size the platform plays at.
PLATFORMS: dict[str, tuple[str, int, int]] = {
    "tiktok": ("9:16", 1080, 1920),
    "instagram_reels": ("9:16", 1080, 1920),
    "instagram_story": ("9:16", 1080, 1920),
    "youtube_shorts": ("9:16", 1080, 1920),
    "instagram_post": ("1:1", 1080, 1080),
    "instagram_portrait": ("4:5", 1080, 1350),
    "youtube": ("16:9", 1920, 1080),
}
PlatformName = Literal[
    "tiktok", "instagram_reels", "instagram_story", "youtube_shorts", "instagram_post",
    "instagram_portrait", "youtube",
]  # fmt: skip


def platform_name(g: dict[str, str]) -> PlatformName:
    for key, name in (
        ("tiktok", "tiktok"), ("reels", "instagram_reels"), ("story", "instagram_story"),
        ("shorts", "youtube_shorts"), ("portrait", "instagram_portrait"),
        ("post", "instagram_post"), ("youtube", "youtube"),
    ):  # fmt: skip
        if key in g:
            return name  # type: ignore[return-value]
    raise ValueError("no platform named")


#: The shape said after a platform's name: "instagram vertical", "youtube 9:16".
_SHAPE_WORDS = {"vertical": "9:16", "portrait": "4:5", "square": "1:1"}


def _in_its_shape(name: PlatformName, shape: str | None) -> PlatformName:
    """The platform's format in the shape said after its name ("instagram vertical" is a reel,
    "youtube 9:16" a short); a shape it has no format in is refused, never dropped."""
    if shape is None or PLATFORMS[name][0] == _SHAPE_WORDS.get(shape, shape):
        return name
    if shape == "portrait" and PLATFORMS[name][0] == "9:16":
        return name  # (a reel is portrait too)
    family = (
        ("instagram_post", "instagram_portrait", "instagram_reels")
        if name.startswith("instagram")
        else ("youtube", "youtube_shorts")
        if name.startswith("youtube")
        else ()
    )
    for other in family:
        aspect = PLATFORMS[other][0]
        if aspect == _SHAPE_WORDS.get(shape, shape) or (shape == "vertical" and aspect == "9:16"):
            return other  # type: ignore[return-value]
    if shape == "portrait" and "youtube_shorts" in family:
        return "youtube_shorts"
    raise ValueError(f"{name.replace('_', ' ')} is {PLATFORMS[name][0]}, not {shape}")


class Platform(Operation):
    """Shape the video for a platform: TikTok, Reels, Shorts (9:16), Instagram (1:1, 4:5), YouTube (16:9).

    The picture is cropped to the platform's shape around its centre, or, with fit="pad", fitted
    whole with bars. The result is the platform's own size (1080x1920 for TikTok, 1920x1080
    for YouTube), scaled up from a smaller source if need be: the platforms re-scale anything
    else themselves, so doing it once here, with a good scaler, gives a predictable file."""

    name: ClassVar[str] = "platform"
    frames = (
        frame(
            "format it for {platform}",
            also="make create generate produce render export save convert turn output give do format for crop fit ready optimize optimise suitable video reel short story",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "format it for TikTok",
        "format it for Instagram Reels",
        "for YouTube Shorts",
        "make it an instagram post with black bars",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    platform: PlatformName = Field(
        description="tiktok, instagram_reels, instagram_story, youtube_shorts (9:16, 1080x1920); "
        "instagram_post (1:1, 1080x1080); instagram_portrait (4:5, 1080x1350); youtube (16:9, 1920x1080)."
    )
    fit: Literal["crop", "pad"] = Field(
        "crop",
        description="crop: fill the frame, cutting the sides off; pad: show it all, with black bars.",
    )

    def render(self, graph: Graph) -> None:
        aspect, w, h = PLATFORMS[self.platform]
        if self.fit == "pad":
            _padded(graph, (w, h), "black")
            return
        Crop(aspect=aspect).render(graph)
        if (graph.clip.width, graph.clip.height) != (w, h):
            graph.vf(f"scale={w}:{h}:flags=bicubic", "setsar=1")
            graph.clip = graph.clip.evolve(width=w, height=h)

    def describe(self) -> str:
        aspect, w, h = PLATFORMS[self.platform]
        how = "cropped" if self.fit == "crop" else "with bars"
        return f"{self.platform.replace('_', ' ')} format ({aspect}, {w}x{h}, {how})"

    grammar = (
        rule(
            # (never the name alone, "e.g. tiktok": an example, in a reason, of where it is from)
            rf"(?!(?:eg |e\.g\.? |like |say )?{PLATFORM_NAME}$)"
            r"(?:(?:make|turn|format|reformat|convert|resize|crop|prepare|prep|get|optimi[sz]e|export|ready|fit|change|adapt|size|set up)"
            r"(?: {it})?(?: up| ready)?(?: (?:in|into|to|for|as|like))? |(?:for|as|like) )?(?:an? |the )?(?:(?:format|size|shape|aspect ratio|ratio) (?:of |for )?)?"
            rf"{PLATFORM_WORDS}(?: (?P<shape>9:16|1:1|4:5|16:9|vertical|portrait|square))?"
            r"(?: (?:video|format|post|clip|size|version|upload|aspect ratio|ratio|dimensions|ready|friendly|style))?"
            r"(?: (?:with (?:black )?(?P<pad>bars|borders|letterbox(?:ing)?|padding)|(?P<pad2>without cropping|letterboxed|fitted|and fit it|fit))"
            r"| (?:cropped|with (?:a )?crop(?:ping)?))?",
            lambda g: Platform(
                platform=_in_its_shape(platform_name(g), g.get("shape")),
                fit="pad" if "pad" in g or "pad2" in g else "crop",
            ),
        ),
    )


class Rotate(Operation):
    """Turn the picture by a quarter, half or three-quarter turn."""

    name: ClassVar[str] = "rotate"
    frames = (
        frame("rotate it {degrees} {direction}", "rotate turn rotated", also="by"),
        frame("rotate it {degrees}", "rotate turn rotated", also="by"),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "rotate it 90 degrees clockwise",
        "rotate left",
        "turn it upside down",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    degrees: Literal[90, 180, 270] = Field(description="Clockwise turn: 90, 180 or 270 degrees.")

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        if self.degrees == 180:
            graph.vf("hflip", "vflip")
            return
        graph.vf("transpose=clock" if self.degrees == 90 else "transpose=cclock")
        graph.clip = clip.evolve(width=clip.height, height=clip.width)

    def describe(self) -> str:
        return f"rotate {self.degrees}° clockwise"

    grammar = (
        rule(
            r"(?:rotate|turn|spin)(?: {it})?(?: (?:(?P<ccw0>counter[- ]?clockwise|anti[- ]?clockwise|ccw|left)|clockwise|cw|right))?"
            r"(?: by)? (?P<deg>[-+]?\d{2,3}) ?(?:degrees?|deg|°)?"
            r"(?: (?:(?P<ccw>counter[- ]?clockwise|anti[- ]?clockwise|ccw|to the left|left)|clockwise|cw|to the right|right))?",
            lambda g: _rotation(int(g["deg"]), ccw="ccw" in g or "ccw0" in g),
        ),
        rule(
            r"(?:rotate|turn)(?: {it})?(?: 90 degrees)? (?:(?P<ccw>to the left|left|counter[- ]?clockwise|anti[- ]?clockwise)|to the right|right|clockwise|sideways|on (?:its|it's) side)",
            lambda g: Rotate(degrees=270 if "ccw" in g else 90),
        ),
        rule(
            r"(?:turn|rotate|flip|put)(?: {it})? upside[- ]?down|upside[- ]?down",
            lambda g: Rotate(degrees=180),
        ),
    )


def _rotation(degrees: int, *, ccw: bool) -> Rotate:
    turn = (-degrees if ccw else degrees) % 360
    if turn not in (90, 180, 270):
        raise ValueError(f"promptcut rotates by quarter turns (90, 180, 270), not {degrees}")
    return Rotate(degrees=turn)


class Flip(Operation):
    """Mirror the picture left-to-right or top-to-bottom."""

    name: ClassVar[str] = "flip"
    frames = (
        frame("flip it {direction}", "flip mirror flipped mirrored", also="image picture make"),
        frame("flip it horizontally", "mirror mirrored", also="image picture make"),
    )
    examples: ClassVar[tuple[str, ...]] = ("mirror the video", "flip it vertically")
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    direction: Literal["horizontal", "vertical"] = Field(
        "horizontal", description="horizontal mirrors left-right; vertical mirrors top-bottom."
    )

    def render(self, graph: Graph) -> None:
        graph.vf("hflip" if self.direction == "horizontal" else "vflip")

    def describe(self) -> str:
        return f"flip {self.direction}ly"

    grammar = (
        rule(
            r"(?:mirror|flip)(?: {it})?(?: back)?(?: (?:horizontally|horizontal|left[- ]to[- ]right|right[- ]to[- ]left|left[- /]right|sideways|side to side|on the horizontal axis|like a mirror))?(?: image)?",
            lambda g: Flip(direction="horizontal"),
        ),
        rule(
            r"(?:make {it} )?(?:a )?mirror(?:ed)? (?:image|effect)",
            lambda g: Flip(direction="horizontal"),
        ),
        rule(
            r"(?:mirror|flip)(?: {it})?(?: back)? (?:vertically|top to bottom|bottom to top|"
            r"top[- /]bottom|up[- /]down|on the vertical axis)",
            lambda g: Flip(direction="vertical"),
        ),
        # "invert the video horizontally": inverted along a side is mirrored, not a negative
        rule(
            r"invert(?: {it})? (?P<way>horizontally|vertically)",
            lambda g: Flip(direction="horizontal" if g["way"] == "horizontally" else "vertical"),
        ),
    )


_SMOOTHING = {"light": 6, "medium": 12, "strong": 24}


class Stabilize(Operation):
    """Steady shaky footage: the motion is measured in one pass (vidstabdetect), then smoothed
    out in the render (vidstabtransform), zooming in just enough to hide the moving edges."""

    name: ClassVar[str] = "stabilize"
    method_names: ClassVar[tuple[str, ...]] = (
        "vidstab",
        "vid.stab",
        "deshake",
        "vidstabdetect",
        "vidstabtransform",
    )
    frames = (
        frame(
            "stabilize it",
            "stabilize stabilise stabilization stabilisation deshake steady steadier shaky shake",
            also="camera remove fix reduce smooth make apply motion image",
        ),
    )
    tool: ClassVar[str] = "metadata"
    examples: ClassVar[tuple[str, ...]] = (
        "stabilize it",
        "remove the camera shake",
        "make it less shaky",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    strength: Literal["light", "medium", "strong"] = Field(
        "medium",
        description="How much of the camera's motion to smooth away: light, medium or strong.",
    )

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image:
            raise InvalidRequest("a still image has no camera motion to steady")

    def analysis(self, clip: Clip) -> Analysis | None:
        return Analysis(
            "motion",
            "video",
            ("vidstabdetect=shakiness=6:accuracy=9:stepsize=12:result={file}",),
            writes="trf",
        )

    def read_measurement(self, report: str) -> dict[str, Any]:
        return {}  # the motion is in the file the pass wrote

    def render(self, graph: Graph) -> None:
        m = graph.measured
        if m is None:
            return  # planning only: the motion is measured before the render
        path = graph.read_file("motion", Path(m["file"]))
        graph.vf(
            f"vidstabtransform=input={escape_filter_path(path)}:smoothing={_SMOOTHING[self.strength]}:optzoom=1:interpol=bicubic",
            # Stabilizing resamples every frame; a light sharpen gives back the crispness.
            "unsharp=5:5:0.6:3:3:0.3",
        )

    def describe(self) -> str:
        return f"stabilize ({self.strength})"

    grammar = (
        rule(
            r"(?P<s>lightly |gently |slightly |strongly |heavily |fully |best |maximally |thoroughly )?(?:stabili[sz]e|steady|deshake|de-shake|smooth out|smooth)(?: {it})?(?: footage| video| shot| camera)?"
            r"(?: (?P<s2>a (?:bit|little)|slightly|a lot|heavily|strongly|completely))?",
            lambda g: Stabilize(strength=_stab_strength(g)),
        ),
        rule(
            r"(?:remove|reduce|fix|get rid of|take out|cut down on|eliminate|smooth out|steady|clean up)(?: (?P<s>some of|most of|all))?(?: the)? (?:camera |hand ?held |handheld )?(?:shake|shakiness|shaking|jitter|wobble|wobbliness|jerkiness|bouncing|bounciness)(?: (?:from|in|of) {it})?"
            r"(?: (?P<s2>a bit|a little|slightly|a lot|completely))?",
            lambda g: Stabilize(strength=_stab_strength(g)),
        ),
        rule(
            r"(?:make {it} )?(?:less|not so|not as) (?:shaky|jittery|wobbly|jerky|jumpy|bouncy)|(?:make {it} )?(?:steadier|smoother|stable)(?: footage)?",
            lambda g: Stabilize(),
        ),
        rule(
            r"(?:apply |add )?(?:video |image |digital )?stabili[sz]ation(?: to {it})?",
            lambda g: Stabilize(),
        ),
    )


def _stab_strength(g: dict[str, str]) -> Literal["light", "medium", "strong"]:
    word = (g.get("s") or g.get("s2") or "").strip()
    if word in ("lightly", "gently", "slightly", "a bit", "a little", "some of"):
        return "light"
    if word in (
        "strongly",
        "heavily",
        "fully",
        "a lot",
        "completely",
        "all",
        "most of",
        "best",
        "maximally",
        "thoroughly",
        "as much as possible",
    ):
        return "strong"
    return "medium"


class BlurFill(Operation):
    """Fit the whole picture into another aspect ratio with a blurred, enlarged copy of the
    video filling the sides, as vertical phone video is shown in 16:9 (or wide video in 9:16).

    Nothing is cropped. The frame keeps its longer side, as with black bars."""

    name: ClassVar[str] = "blur_fill"
    examples: ClassVar[tuple[str, ...]] = (
        "make this vertical video horizontal 16:9 with blurred sides",
        "fit it into 9:16 with a blurred background",
        "turn it landscape with blurry bars",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    aspect: str = Field(description="Width:height of the result, e.g. '16:9', '9:16', '1:1'.")

    @field_validator("aspect")
    @classmethod
    def _ratio(cls, v: str) -> str:
        return _aspect(v)

    def check(self, clip: Clip) -> None:
        Pad(aspect=self.aspect).check(clip)

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        w, h = Pad(aspect=self.aspect).canvas(clip)
        scale = min(w / clip.width, h / clip.height)
        fw, fh = min(w, _even(clip.width * scale)), min(h, _even(clip.height * scale))
        # The background is blurred small and scaled up: the same look as a big blur, at a
        # sixty-fourth of the cost.
        sw, sh = max(2, _even(w / 8)), max(2, _even(h / 8))
        src = graph.take_video()
        bg_in, fg_in, bg, fg, out = (graph.new_label("v") for _ in range(5))
        graph.add(f"[{src}]split=2[{bg_in}][{fg_in}]")
        graph.add(
            f"[{bg_in}]scale={sw}:{sh}:force_original_aspect_ratio=increase,crop={sw}:{sh},"
            f"boxblur=4:2,scale={w}:{h},setsar=1[{bg}]"
        )
        graph.add(f"[{fg_in}]scale={fw}:{fh},setsar=1[{fg}]")
        graph.add(f"[{bg}][{fg}]overlay=(W-w)/2:(H-h)/2[{out}]")
        graph.give_video(out)
        graph.clip = clip.evolve(width=w, height=h)

    def describe(self) -> str:
        return f"fit into {self.aspect} with a blurred background"

    grammar = (
        rule(
            r"(?:(?:make|turn|convert|change|reframe|fit|put|reformat|format)(?: (?:this|the|my|that|it))?(?: (?:vertical|horizontal|portrait|landscape|tall|wide|phone))?"
            r"(?: video| clip| footage| it)?(?: in| into| to| as)? )?(?:an? |the )?"
            rf"(?:(?:vertical|horizontal|portrait|landscape|widescreen) )?{_PAD_SHAPE}"
            r"(?: video| format)?,? (?:with|using|and (?:add|use)) (?:a |the )?(?:(?:stretched|enlarged|zoomed|scaled|large|big),? (?:and )?)?(?:blur(?:red|ry)?|soft)(?: background)? (?:sides|background|bars|edges|borders|fill|backdrop|copy(?: behind it)?)",
            lambda g: _blur_fill(g),
        ),
        rule(
            rf"(?:add |use )?(?:a )?blur(?:red|ry)? (?:sides|background|bars|edges|borders|fill|backdrop) (?:to make {{it}}|to fit(?: {{it}})?(?: in| into| to)?|for) (?:an? |the )?{_PAD_SHAPE}",
            lambda g: _blur_fill(g),
        ),
    )


def _blur_fill(g: dict[str, str]) -> BlurFill | list[Operation]:
    if "size" in g:
        w, h = parse_size(g["size"])
        side = math.gcd(w, h)
        return [BlurFill(aspect=f"{w // side}:{h // side}"), Resize(width=w, height=h)]
    if "r" in g:
        return BlurFill(aspect=g["r"].replace(" ", ""))
    return BlurFill(aspect=_RATIO_NAMES[g["n"]])


OPERATIONS: tuple[type[Operation], ...] = (
    Resize,
    Platform,
    BlurFill,
    Pad,
    CropArea,
    CropEdges,
    Crop,
    Rotate,
    Flip,
    Stabilize,
)
