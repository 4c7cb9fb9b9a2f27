"""Operations on the frame's geometry: resize, crop to an aspect ratio, rotate, flip."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from promptcut.errors import InvalidRequest
from promptcut.operations.base import Clip, Graph, Operation
from promptcut.operations.grammar import parse_number, parse_ratio, parse_size, rule

__all__ = ["Crop", "Flip", "Resize", "Rotate"]

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


def _require_picture(clip: Clip) -> None:
    if not clip.has_video:
        raise InvalidRequest("there is no picture to change: the input has only sound")


class Resize(Operation):
    """Change the resolution: a standard like 720p, an exact size, or a percentage."""

    name: ClassVar[str] = "resize"
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

    @model_validator(mode="after")
    def _one_way(self) -> Resize:
        ways = [self.lines is not None, self.width or self.height, self.percent is not None]
        if sum(map(bool, ways)) != 1:
            raise ValueError("give exactly one of: lines, width/height, percent")
        return self

    def target(self, clip: Clip) -> tuple[int, int]:
        w, h = clip.width, clip.height
        if self.lines is not None:
            scale = self.lines / min(w, h)
            return _even(w * scale), _even(h * scale)
        if self.percent is not None:
            return _even(w * self.percent / 100), _even(h * self.percent / 100)
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
        graph.vf(f"scale={w}:{h}:flags=bicubic", "setsar=1")
        graph.clip = graph.clip.evolve(width=w, height=h)

    def describe(self) -> str:
        if self.lines:
            return f"resize to {self.lines}p"
        if self.percent:
            return f"resize to {self.percent:g}%"
        return f"resize to {self.width or 'auto'}x{self.height or 'auto'}"

    grammar = (
        rule(
            r"(?:(?:resize|rescale|scale|downscale|upscale|shrink|downsize|convert|change|make|export|"
            r"render|reduce|set|output|save|encode|bring)(?: {it})?(?: the resolution| the size)?"
            r"(?: down| up)?(?: to| as| in| at| into)? )?(?:an? )?(?:"
            + _LINES
            + r")(?: resolution| quality| video)?",
            lambda g: Resize(lines=_lines(g)),
        ),
        rule(
            r"(?:(?:resize|rescale|scale|downscale|upscale|shrink|make|change|set|convert|export|render)"
            r"(?: {it})?(?: the resolution| the size| the dimensions)?(?: down| up)?(?: to| as| into)? )?"
            r"{size:s}(?: pixels| px| resolution)?",
            lambda g: Resize(width=parse_size(g["s"])[0], height=parse_size(g["s"])[1]),
        ),
        rule(
            r"(?:resize|rescale|scale|shrink|downscale|upscale|make)(?: {it})?(?: down| up)? to {pct:p}(?: (?:of the )?(?:size|original size|resolution))?",
            lambda g: Resize(percent=parse_number(g["p"])),
        ),
        rule(
            r"(?:shrink|reduce|downscale|scale down|make)(?: {it})?(?: smaller)? by {pct:p}",
            lambda g: Resize(percent=max(1.0, 100 - parse_number(g["p"]))),
        ),
        rule(
            r"(?:make {it} |resize {it} to |scale {it} to )?half (?:the )?(?:size|resolution)",
            lambda g: Resize(percent=50),
        ),
        rule(
            r"(?:make {it} |resize {it} to |scale {it} to )?(?:double|twice) (?:the )?(?:size|resolution)",
            lambda g: Resize(percent=200),
        ),
        rule(
            r"(?:resize|scale|make|set)(?: {it})?(?: to)?(?: a)? (?:width (?:of |to )?(?P<w>\d{2,5})(?: ?px| pixels)?|(?P<w2>\d{2,5})(?: ?px| pixels) wide)",
            lambda g: Resize(width=int(g.get("w") or g["w2"])),
        ),
        rule(
            r"(?:resize|scale|make|set)(?: {it})?(?: to)?(?: a)? (?:height (?:of |to )?(?P<h>\d{2,5})(?: ?px| pixels)?|(?P<h2>\d{2,5})(?: ?px| pixels) (?:tall|high))",
            lambda g: Resize(height=int(g.get("h") or g["h2"])),
        ),
    )


_RATIO_NAMES = {
    "square": "1:1", "vertical": "9:16", "portrait": "9:16", "horizontal": "16:9",
    "landscape": "16:9", "widescreen": "16:9",
}  # fmt: skip


class Crop(Operation):
    """Crop to an aspect ratio, keeping the center of the picture."""

    name: ClassVar[str] = "crop"
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
        try:
            a, b = parse_ratio(v)
        except ValueError:
            raise ValueError(f"not an aspect ratio: {v!r} (write it like 16:9)") from None
        if not (a > 0 and b > 0 and 0.05 < a / b < 20):
            raise ValueError(f"not a usable aspect ratio: {v!r}")
        return f"{a:g}:{b:g}"

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
            r"|cut(?: {it})? (?:to|into|as)) (?:an? |the )?(?:aspect ratio (?:of |to )?)?"
            r"(?P<r>\d{1,2}(?:\.\d+)? ?[:/] ?\d{1,2}(?:\.\d+)?)(?: (?:aspect(?: ratio)?|ratio|format|crop|frame))?"
            r"(?: for (?:an? )?[a-z ]+)?",
            lambda g: Crop(aspect=g["r"]),
        ),
        # Without a verb a bare "1:25" is as likely a time ("between 1:10 and 1:25"), so only
        # the ratios people crop to, or a ratio that says it is one.
        rule(
            r"(?:an? |the )?(?:aspect ratio (?:of |to )?)?"
            r"(?:(?P<r>16:9|9:16|1:1|4:5|5:4|4:3|3:4|21:9|2:3|3:2)(?: (?:aspect(?: ratio)?|ratio|format|crop|frame))?"
            r"|(?P<r2>\d{1,2}(?:\.\d+)? ?[:/] ?\d{1,2}(?:\.\d+)?) (?:aspect(?: ratio)?|ratio|format|crop|frame))"
            r"(?: for (?:an? )?[a-z ]+)?",
            lambda g: Crop(aspect=g.get("r") or g["r2"]),
        ),
        rule(
            r"(?:crop|cut|make|turn|convert|change|reformat|reframe)(?: {it})?(?: to| into| as)?(?: an?)? "
            r"(?P<n>square|vertical|portrait|horizontal|landscape|widescreen)"
            r"(?: video| format| aspect(?: ratio)?| crop| frame)?(?: for (?:an? )?[a-z ]+)?",
            lambda g: Crop(aspect=_RATIO_NAMES[g["n"]]),
        ),
        rule(r"(?:square|center) crop(?: {it})?", lambda g: Crop(aspect="1:1")),
    )


class Rotate(Operation):
    """Turn the picture by a quarter, half or three-quarter turn."""

    name: ClassVar[str] = "rotate"
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
            r"(?:rotate|turn|spin)(?: {it})?(?: by)? (?P<deg>[-+]?\d{2,3}) ?(?:degrees?|deg|°)?"
            r"(?: (?:(?P<ccw>counter ?clockwise|anti ?clockwise|ccw|to the left|left)|clockwise|cw|to the right|right))?",
            lambda g: _rotation(int(g["deg"]), ccw="ccw" in g),
        ),
        rule(
            r"(?:rotate|turn)(?: {it})?(?: 90 degrees)? (?:(?P<ccw>to the left|left|counter ?clockwise|anti ?clockwise)|to the right|right|clockwise)",
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
            r"(?:mirror|flip)(?: {it})?(?: (?:horizontally|left to right|right to left|sideways|side to side|on the horizontal axis|like a mirror))?(?: image)?",
            lambda g: Flip(direction="horizontal"),
        ),
        rule(
            r"(?:make {it} )?(?:a )?mirror(?:ed)? (?:image|effect)",
            lambda g: Flip(direction="horizontal"),
        ),
        rule(
            r"(?:mirror|flip)(?: {it})? (?:vertically|top to bottom|bottom to top|on the vertical axis)",
            lambda g: Flip(direction="vertical"),
        ),
    )


OPERATIONS: tuple[type[Operation], ...] = (
    Resize,
    Crop,
    Rotate,
    Flip,
)
