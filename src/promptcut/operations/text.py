"""Text drawn on the picture: titles and captions given in quotes."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field, field_validator

from promptcut.errors import InvalidRequest
from promptcut.fonts import TEXT_FONT
from promptcut.operations.base import (
    Clip,
    Graph,
    Operation,
    Ranged,
    escape_filter_path,
    fmt_seconds,
    num,
)
from promptcut.operations.grammar import (
    IT,
    PIECES,
    Rule,
    frame,
    media_duration,
    parse_time,
    place_of,
)

__all__ = ["OPERATIONS", "Text"]

#: Colour names people use, as ffmpeg names them.
COLORS = {
    "white": "white", "black": "black", "red": "red", "green": "green", "blue": "blue",
    "yellow": "yellow", "orange": "orange", "pink": "pink", "purple": "purple",
    "violet": "violet", "cyan": "cyan", "magenta": "magenta", "gray": "gray", "grey": "gray",
    "gold": "gold", "golden": "gold", "silver": "silver", "brown": "brown", "navy": "navy",
    "teal": "teal", "lime": "lime", "maroon": "maroon", "turquoise": "turquoise",
    "light blue": "lightblue", "dark blue": "darkblue", "light green": "lightgreen",
    "dark green": "darkgreen", "dark red": "darkred", "light gray": "lightgray",
    "light grey": "lightgray", "dark gray": "darkgray", "dark grey": "darkgray",
}  # fmt: skip
_HEX = re.compile(r"#(?:[0-9a-f]{6}|[0-9a-f]{3})")
#: The colours of COLORS as RGB, for filters that take no names (libass styles).
RGB = {
    "white": 0xFFFFFF, "black": 0x000000, "red": 0xFF0000, "green": 0x008000, "blue": 0x0000FF,
    "yellow": 0xFFFF00, "orange": 0xFFA500, "pink": 0xFFC0CB, "purple": 0x800080,
    "violet": 0xEE82EE, "cyan": 0x00FFFF, "magenta": 0xFF00FF, "gray": 0x808080,
    "gold": 0xFFD700, "silver": 0xC0C0C0, "brown": 0xA52A2A, "navy": 0x000080,
    "teal": 0x008080, "lime": 0x00FF00, "maroon": 0x800000, "turquoise": 0x40E0D0,
    "lightblue": 0xADD8E6, "darkblue": 0x00008B, "lightgreen": 0x90EE90,
    "darkgreen": 0x006400, "darkred": 0x8B0000, "lightgray": 0xD3D3D3, "darkgray": 0xA9A9A9,
}  # fmt: skip

#: Letter height as a share of the frame's height, so text reads alike at 240p and 4K.
SIZES = {"small": 1 / 20, "medium": 1 / 12, "large": 1 / 7}
#: Widest advance of the font's letters, in font sizes: long lines shrink to fit the frame.
_ADVANCE = 0.75
#: How long text said "at the end", "at the start" or "at 1:00" is shown, seconds.
SHOWING = 3.0

Position = Literal[
    "top", "bottom", "center", "left", "right", "top-left", "top-right", "bottom-left",
    "bottom-right",
]  # fmt: skip


def _color(value: str) -> str:
    """A colour for ffmpeg: a known name, or '#rrggbb' / '#rgb' written 0xRRGGBB."""
    if value in COLORS:
        return COLORS[value]
    if _HEX.fullmatch(value):
        digits = value[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return "0x" + digits.upper()
    raise ValueError(
        f"unknown colour {value!r}; use a name like 'red' or a hex code like '#ff8800'"
    )


def rgb(value: str) -> int:
    """A colour name or hex code (as `_color` takes it) as 0xRRGGBB."""
    named = _color(value)
    return RGB[named] if named in RGB else int(named[2:], 16)


# ---------------------------------------------------------------- phrasings
# A request for text is the quoted words with pieces around them, in any order: words that ask
# ("add the title"), where ("at the top"), when ("at the end", "for 2 seconds"), how ("big and
# yellow", "with a black box behind it"). Each piece ends at a word's end; a literal space in
# them is some whitespace.
_COLOR = "|".join(sorted(COLORS, key=len, reverse=True)) + "|#[0-9a-f]{6}|#[0-9a-f]{3}"
_T = PIECES["time"]
_FRAME = r"(?: of (?:the )?(?:screen|frame|video|picture|image|clip|display|footage|it))?"
_LEAD_WORDS = [
    (
        "verb",
        r"(?:add|put|write|place|overlay|draw|show|display|insert|type|print|stick|slap|include|create|superimpose|stamp|burn(?: in)?|give it|give me|i want)(?: (?:in|on|up|out))?"
        # "watermark it with 'X'", "caption the clip with 'X'"
        rf"|(?:watermark|caption|title|label|stamp|subtitle)(?: {IT})? with",
    ),
    (
        "noun",
        r"(?:title card|text overlay|lower third|intro title|end title|end card|watermark text|text watermark|"
        r"title|text|caption|subtitle|heading|headline|label|words?|message|line|overlay|banner|sign|watermark|"
        # what the words are ("overlay the date '2024-05-01'"): the quoted words all the same
        r"date|time ?stamp|name|phrase|slogan|tagline|credit|copyright(?: notice)?|url|website|link|handle|hashtag|disclaimer|warning|note)s?:?|(?:that|which) (?:says|reads)|saying|reading|with the (?:text|words?)|of|the|an?|some|this|my|following",
    ),
]
_PIECES = [
    ("filler", rf"(?:on top of|over|onto|on|to|in) {IT}|on (?:the )?screen|as (?:an? |the )?(?:text )?(?:watermark|caption|title|label|overlay|signature|credit)|throughout|the whole time|all the way through|(?:in )?bold(?: letters| text| font)?|(?:centered|centred) text"),
    ("nobox", r"(?:without|with no|no) (?:an? |any )?(?:outline|border|stroke|shadow)"),
    # ("white on black": the letters' colour, then the box's)
    ("box", rf"on (?:an? )?(?:{_COLOR})(?=$| |,)|(?:(?:with|on|in|over|inside|against) )?(?:an? |the )?(?:(?:{_COLOR}|solid|semi-?transparent|transparent|translucent|dark) )*(?:box|background|backdrop|bar|rectangle|panel|strip)(?: (?:behind|under|underneath|around|below) (?:it|the text|the words|the title|them))?"),
    ("outline", rf"(?:with )?(?:an? |the )?(?:thick |thin )?(?:(?:{_COLOR}) )?(?:outline|border|stroke|drop shadow|shadow|outlined)"),
    ("fade", rf"(?:with )?(?:an? )?(?:(?P<fd>{PIECES['num']}) ?(?:s|secs?|seconds?) )?(?:fade|fading)(?: (?:in and out|in & out|in|out))?(?: effect)?|(?:that |which )?fades? (?:in and out|in|out)"),
    ("end", rf"(?:at|in|near|towards?|during) (?:the )?(?:very )?(?:end|ending|close|outro)(?: of {IT})?"),
    ("start", rf"(?:at|in|near|during) (?:the )?(?:very )?(?:start|beginning|opening|intro)(?: of {IT})?"),
    ("from", rf"(?P<how>from|at|starting at|starting from|beginning at|after) (?P<at>{_T})"),
    ("for", rf"for (?:the )?(?:first )?(?P<for>{_T})"),
    ("pos", rf"(?:(?:at|in|on|to|along|across|near|into|towards?) )?(?:the )?(?:very )?(?P<pos>(?:top|upper|bottom|lower)(?:(?: |-)(?:left|right|cent(?:er|re)|middle))?|(?:left|right)(?:(?: |-)(?:top|bottom|upper|lower))?|cent(?:ered|red|er|re)(?: horizontally)?|middle)(?: (?:hand )?(?:corner|side|edge|part|half|third|area))?{_FRAME}"),
    # "in the corner", "in a corner": any corner, so the usual one, as a logo's
    ("corner", rf"(?:(?:at|in|on|to|into) )?(?:the|an?|one|any) corner{_FRAME}"),
    ("size", r"(?:in )?(?:an? )?(?:(?:very|really|extra|super) )?(?P<size>small|smaller|tiny|little|medium|normal|regular|large|larger|big|bigger|huge|giant|massive)(?: (?:size|sized|font|text|letters|lettering|type|print))?"),
    ("pixels", r"(?:(?:at|in|with) )?(?:an? )?(?:font )?(?:size )?(?:of )?(?P<px>\d+) ?(?:px|pixels?|pt|points?)(?: (?:high|tall|font|size|text|letters))?|(?:font )?size (?P<px2>\d+)"),
    ("color", rf"(?:(?:in|with|colou?red|colou?r|text colou?r|font colou?r) )?(?:(?:an?|the) )?(?:colou?r )?(?:of )?(?P<color>{_COLOR})(?: (?:colou?r|colou?red|text|font|letters|lettering|writing))?"),
]  # fmt: skip


def _regex(pattern: str) -> str:
    """A piece as regex text: spaces are whitespace, ' ?' optional whitespace, and it ends at
    a word's end."""
    return "(?:" + pattern.replace(" ?", r"\s*").replace(" ", r"\s+") + r")(?=[\s,]|$)"


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_QUOTE = r"(?P<q>\"[^\"]+\"|'[^']+')"
_SEP = r"(?:\s*,\s*|\s+)(?:(?:and|with|&)\s+)?"
_LEAD = _LEAD_WORDS + _PIECES
_LEAD_RE = [(kind, re.compile(_regex(p))) for kind, p in _LEAD]
_TRAIL_RE = [(kind, re.compile(_regex(p))) for kind, p in _PIECES]
_ONE_LEAD = "(?>" + "|".join(_unnamed(_regex(p)) for _, p in _LEAD) + ")"
_ONE_TRAIL = "(?>" + "|".join(_unnamed(_regex(p)) for _, p in _PIECES) + ")"
_REQUEST = rf"(?P<all>(?:{_ONE_LEAD}{_SEP})*{_QUOTE}(?:{_SEP}{_ONE_TRAIL})*)"


def _read(text: str, pieces: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, re.Match[str]]]:
    """The pieces `text` is made of, read as the request's pattern reads them."""
    found: list[tuple[str, re.Match[str]]] = []
    i = 0
    while i < len(text):
        sep = re.compile(rf"(?:{_SEP})?").match(text, i)
        starts = [sep.end() if sep else i]
        if sep and re.search(r"(?:and|with|&)\s+$", sep.group(0)):
            # as the pattern backtracks: "with" may begin the piece ("with a box") instead
            starts.append(len(text) - len(text[i:].lstrip(" \t\n,")))
        for start in starts:
            if start >= len(text):
                return found
            match = next(((k, m) for k, rx in pieces if (m := rx.match(text, start))), None)
            if match is not None:
                found.append(match)
                i = match[1].end()
                break
        else:
            raise ValueError(f"could not read {text[i:].strip()!r}")
    return found


_SIZE_WORDS = {
    "small": "small", "smaller": "small", "tiny": "small", "little": "small",
    "medium": "medium", "normal": "medium", "regular": "medium",
}  # fmt: skip


def _named_color(text: str, default: str) -> str:
    found = re.search(rf"(?<![\w#])(?:{_COLOR})(?![\w])", text)
    return found.group(0) if found else default


def _build(quoted: str, whole: str) -> Text:
    """The Text a matched request asks for: the quoted words, and every piece around them."""
    before, _, after = whole.partition(quoted)
    params: dict[str, object] = {"text": quoted[1:-1]}
    vertical = horizontal = ""
    at: float | None = None
    length: float | None = None
    at_a_moment = False
    when = ""
    bottom_by_default = False
    fading: set[str] = set()
    fade_len = 0.5
    outline_said = box_said = False
    read = _read(before, _LEAD_RE) + _read(after, _TRAIL_RE)
    for kind, m in read:
        text, g = m.group(0), {k: v for k, v in m.groupdict().items() if v}
        if kind == "noun" and re.match(r"caption|subtitle|lower", text):
            bottom_by_default = True
        elif kind == "nobox":
            params["outline"], outline_said = None, True
        elif kind == "box":
            params["background"], box_said = _named_color(text, "black"), True
        elif kind == "outline":
            params["outline"], outline_said = _named_color(text, "black"), True
        elif kind == "fade":
            fade_len = float(g["fd"]) if "fd" in g else fade_len
            said = set(re.findall(r"\b(in|out)\b", text))
            fading |= said or {"in", "out"}
        elif kind in ("end", "start"):
            when = kind
        elif kind == "from":
            at = parse_time(g["at"])
            # "at 1:00" is a moment: shown there for a while; "from 1:00" on, to the end
            at_a_moment = g["how"] == "at"
        elif kind == "for":
            length = parse_time(g["for"])
        elif kind == "pos":
            pos = g["pos"]
            vertical = "top" if re.search("top|upper", pos) else vertical
            vertical = "bottom" if re.search("bottom|lower", pos) else vertical
            horizontal = "left" if "left" in pos else "right" if "right" in pos else horizontal
            if "corner" in text:  # "the bottom corner": a corner, on the usual side
                horizontal = horizontal or "right"
                vertical = vertical or "bottom"
        elif kind == "corner":
            vertical, horizontal = vertical or "bottom", horizontal or "right"
        elif kind == "size":
            params["size"] = _SIZE_WORDS.get(g["size"], "large")
        elif kind == "pixels":
            params["pixels"] = int(g.get("px") or g["px2"])
        elif kind == "color":
            params["color"] = g["color"]
    try:
        place_of([m["pos"] or "" for kind, m in read if kind == "pos"])
    except ValueError as e:
        raise InvalidRequest(f"{e}; say one place") from None
    if bottom_by_default and not (vertical or horizontal):
        vertical = "bottom"
    position = "-".join(p for p in (vertical, horizontal) if p) or "center"
    if position != "center":
        params["position"] = position
    if box_said and not outline_said:
        params["outline"] = None
    for side in sorted(fading):
        params[f"fade_{side}"] = fade_len
    if when == "end":
        params["start"] = -(length or SHOWING)
    elif at is not None:
        params["start"] = at
        duration = media_duration.get()
        if length is not None:
            params["end"] = at + length
        elif at_a_moment and (duration is None or at + SHOWING < duration):
            params["end"] = at + SHOWING  # (nearer the end than that: shown to the end)
    elif when == "start" or length is not None:
        params["end"] = length or SHOWING
    return Text.model_validate(params)


class Text(Ranged):
    """Draw text on the picture: a title or caption, placed, sized and coloured as asked."""

    name: ClassVar[str] = "text"
    frames = (
        frame(
            "add the text {text}",
            "text title caption words label",
            also="add put write overlay show insert display burn",
            optional=("position", "range", "head", "tail"),
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "add the title 'Summer' at the top",
        "write 'THE END' in the middle of the screen",
        "put the text 'Hello' in the top left corner in red",
        "add a caption 'Day 1' for the first 3 seconds",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    text: str = Field(
        min_length=1,
        max_length=500,
        description="The words to draw, exactly as written; a line break starts a new line.",
    )
    position: Position = Field("center", description="Where on the frame the text sits.")
    size: Literal["small", "medium", "large"] = Field(
        "medium", description="Letter size relative to the frame's height."
    )
    pixels: int | None = Field(
        None, ge=4, le=2000, description="Font size in pixels, instead of `size`."
    )
    color: str = Field("white", description="Text colour: a name ('red') or '#rrggbb'.")
    background: str | None = Field(
        None, description="Colour of a box behind the text (None: no box)."
    )
    outline: str | None = Field(
        "black", description="Colour of a border around the letters, for legibility (None: none)."
    )
    fade_in: float = Field(0.0, ge=0, description="Seconds the text takes to fade in.")
    fade_out: float = Field(0.0, ge=0, description="Seconds the text takes to fade out.")

    @field_validator("text")
    @classmethod
    def _has_words(cls, v: str) -> str:
        v = v.replace("\r\n", "\n").replace("\r", "\n")
        if not v.strip():
            raise ValueError("the text to draw is empty; put the words in quotes")
        return v

    @field_validator("color", "background", "outline")
    @classmethod
    def _known_color(cls, v: str | None) -> str | None:
        if v is not None:
            _color(v)
        return v

    def span(self, clip: Clip) -> tuple[float, float]:
        # "At the end" of a clip shorter than the default showing is all of it.
        a, b = super().span(clip)
        return max(0.0, a), b

    def check(self, clip: Clip) -> None:
        super().check(clip)
        fading = self.fade_in + self.fade_out
        if fading and clip.is_image:
            raise InvalidRequest("the input is a still image, so the text cannot fade in or out")
        a, b = self.span(clip)
        if fading > b - a + 0.05:
            raise InvalidRequest(
                f"the text shows for {fmt_seconds(b - a)}, too short for "
                f"{fading:g} s of fading in and out"
            )

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        if not (clip.has_video and graph.keep_video):
            return
        font = graph.read_file("font", TEXT_FONT)
        words = graph.write_file("text", self.text)
        px = self.pixels or clip.height * SIZES[self.size]
        border = max(1, round(px / 16)) if self.outline else 0
        pad = max(2, round(px / 4)) if self.background else 0
        margin = f"h/20+{border + pad}"
        if self.pixels:
            fontsize = str(self.pixels)
        else:
            # As high as asked, but never wider than 90 % of the frame.
            longest = max(len(line) for line in self.text.split("\n"))
            ratio = 1 / SIZES[self.size]
            fontsize = f"'min(h/{num(ratio)},w*0.9/{num(_ADVANCE * max(longest, 1))})'"
        vertical, _, horizontal = self.position.partition("-")
        if self.position in ("left", "right"):
            vertical, horizontal = "center", self.position
        x = {"left": margin, "right": f"w-text_w-({margin})"}.get(horizontal, "(w-text_w)/2")
        y = {"top": margin, "bottom": f"h-text_h-({margin})"}.get(vertical, "(h-text_h)/2")
        options = [
            f"fontfile={escape_filter_path(font)}",
            f"textfile={escape_filter_path(words)}",
            "expansion=none",
            f"fontsize={fontsize}",
            f"fontcolor={_color(self.color)}",
            f"x='{x}'",
            f"y='{y}'",
            "text_align=center",
        ]
        if self.outline:
            options += [f"borderw={border}", f"bordercolor={_color(self.outline)}"]
        if self.background:
            options += ["box=1", f"boxcolor={_color(self.background)}@0.75", f"boxborderw={pad}"]
        alpha = self._alpha(clip)
        if alpha:
            options.append(f"alpha='{alpha}'")
        graph.vf("drawtext=" + ":".join(options) + self.enable(clip))

    def _alpha(self, clip: Clip) -> str:
        """The fade as an opacity expression over time, or '' for none."""
        a, b = self.span(clip)
        ramps = []
        if self.fade_in:
            ramps.append(f"clip((t-{num(a)})/{num(self.fade_in)},0,1)")
        if self.fade_out:
            ramps.append(f"clip(({num(b)}-t)/{num(self.fade_out)},0,1)")
        return ramps[0] if len(ramps) == 1 else f"min({','.join(ramps)})" if ramps else ""

    def describe(self) -> str:
        shown = self.text if len(self.text) <= 30 else self.text[:29] + "…"
        where = "" if self.position == "center" else f" at {self.position}"
        return f"text {shown!r}{where}" + self.describe_range()

    grammar = (Rule(_REQUEST, lambda g: _build(g["q"], g["all"])),)


OPERATIONS: tuple[type[Operation], ...] = (Text,)
