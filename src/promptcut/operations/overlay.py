"""Operations that put another picture on the video: a logo or watermark image, a second
video picture-in-picture."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field, field_validator

from promptcut.errors import InvalidRequest
from promptcut.media.info import MediaInfo
from promptcut.operations.base import Clip, Graph, Operation, Ranged, num
from promptcut.operations.grammar import (
    IT,
    PIECES,
    Rule,
    frame,
    parse_time,
    parse_times,
    place_of,
)
from promptcut.operations.text import COLORS

__all__ = ["OPERATIONS", "OverlayImage", "PictureInPicture"]

Position = Literal[
    "top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom",
    "bottom-right",
]  # fmt: skip

#: File types read as a still picture (a logo) and as a second video (picture-in-picture).
IMAGE_EXTS = ("png", "jpg", "jpeg", "webp", "bmp", "tif", "tiff", "gif")
VIDEO_EXTS = (
    "mp4", "m4v", "mov", "mkv", "webm", "avi", "ts", "mts", "m2ts", "mpg", "mpeg", "flv", "wmv",
)  # fmt: skip

#: Border width when none is given, as a share of the frame's shorter side.
BORDER = 0.01
_WEIGHTS = {"thin": 0.5, "medium": 1.0, "thick": 2.0}
_HEX = re.compile(r"#(?:[0-9a-f]{6}|[0-9a-f]{3})")


def _ffmpeg_color(value: str) -> str:
    """A colour as ffmpeg reads it: a known name, or '#rrggbb' / '#rgb' written 0xRRGGBB."""
    if value in COLORS:
        return COLORS[value]
    if _HEX.fullmatch(value):
        digits = value[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return "0x" + digits.upper()
    raise ValueError(
        f"unknown colour {value!r}; use a name like 'white' or a hex code like '#ff8800'"
    )


def _even(x: float) -> int:
    """Nearest even number, at least 2: a 4:2:0 picture is padded and placed in pixel pairs."""
    return max(2, round(x / 2) * 2)


class _Placed(Ranged):
    """What a logo and a picture-in-picture share: a file, where it sits, how big, how opaque,
    an optional border, and when it shows."""

    needs: ClassVar[frozenset[str]] = frozenset({"video"})
    #: the picture's width when no size is asked for, % of the video's width
    default_size: ClassVar[float]

    file: str = Field(
        min_length=1, max_length=255, description="The file to put on the video, as given."
    )
    position: Position = Field("bottom-right", description="Where on the frame it sits.")
    size: float | None = Field(
        None,
        gt=0,
        description="Its width as a percentage of the video's width, aspect kept (None: the usual size).",
    )
    pixels: int | None = Field(
        None, ge=2, le=16384, description="Its width in pixels, instead of `size`."
    )
    opacity: float = Field(
        100, gt=0, description="How opaque it is, in percent: 100 hides what is under it."
    )
    margin: float = Field(
        3,
        ge=0,
        le=25,
        description="Gap between it and the frame's edges, as a percentage of the frame's shorter side.",
    )
    border: str | None = Field(
        None,
        description="Colour of a border around it: a name ('white') or '#rrggbb' (None: none).",
    )
    border_weight: Literal["thin", "medium", "thick"] = Field(
        "medium",
        description="Border thickness relative to the frame: medium is about 1% of its shorter side.",
    )
    border_width: int | None = Field(
        None, ge=1, le=200, description="Border thickness in pixels, instead of `border_weight`."
    )

    @field_validator("size")
    @classmethod
    def _fits(cls, v: float | None) -> float | None:
        if v is not None and v > 100:
            raise ValueError(
                f"{v:g}% of the video's width would not fit on it; ask for at most 100%"
            )
        return v

    @field_validator("opacity")
    @classmethod
    def _at_most_opaque(cls, v: float) -> float:
        if v > 100:
            raise ValueError(f"opacity goes from 0 to 100%, not {v:g}%")
        return v

    @field_validator("border")
    @classmethod
    def _known_color(cls, v: str | None) -> str | None:
        if v is not None:
            _ffmpeg_color(v)
        return v

    def assets(self) -> tuple[str, ...]:
        return (self.file,)

    def _picture(self, graph: Graph) -> MediaInfo:
        """The asset, which must hold a picture."""
        info = graph.asset(self.file)
        if info.video is None:
            raise InvalidRequest(
                f"{self.file} has no picture to put on the video: it is sound only"
            )
        return info

    def box(self, clip: Clip, info: MediaInfo) -> tuple[int, int, int]:
        """Width and height the picture is scaled to, and its border's thickness, in pixels."""
        assert info.video is not None
        iw, ih = info.video.width, info.video.height
        width = self.pixels or clip.width * (self.size or self.default_size) / 100
        border = 0
        if self.border is not None:
            share = BORDER * _WEIGHTS[self.border_weight]
            border = self.border_width or round(min(clip.width, clip.height) * share)
            border = _even(border)
        # Never bigger than the frame, border included.
        width = min(width, clip.width - 2 * border)
        height = width * ih / iw
        if height > clip.height - 2 * border:
            height = clip.height - 2 * border
            width = height * iw / ih
        return min(_even(width), clip.width), min(_even(height), clip.height), border

    def place(self, clip: Clip, w: int, h: int) -> tuple[int, int]:
        """Top-left corner of a w x h box at `position`, `margin` in from the edges."""
        m = round(min(clip.width, clip.height) * self.margin / 100)
        vertical, _, horizontal = self.position.partition("-")
        if self.position in ("left", "right", "center"):
            vertical, horizontal = "center", self.position
        x = {"left": m, "right": clip.width - w - m}.get(horizontal, (clip.width - w) // 2)
        y = {"top": m, "bottom": clip.height - h - m}.get(vertical, (clip.height - h) // 2)
        return max(0, x), max(0, y)

    def _looks(self, w: int, h: int, border: int) -> list[str]:
        """Filters that scale the picture, frame it and make it see-through, as asked."""
        chain = [f"scale={w}:{h}", "setsar=1"]
        if border:
            color = _ffmpeg_color(self.border or "white")
            chain.append(f"pad={w + 2 * border}:{h + 2 * border}:{border}:{border}:color={color}")
        if self.opacity < 100:
            chain += ["format=rgba", f"colorchannelmixer=aa={num(self.opacity / 100)}"]
        return chain

    def _describe(self, what: str) -> str:
        parts = [f"{what} at {self.position}"]
        if self.pixels:
            parts.append(f"{self.pixels} px wide")
        else:
            parts.append(f"{self.size or self.default_size:g}% wide")
        if self.opacity < 100:
            parts.append(f"{self.opacity:g}% opacity")
        if self.border:
            parts.append(f"{self.border} border")
        return ", ".join(parts) + self.describe_range()


class OverlayImage(_Placed):
    """Put an image on the video, such as a logo or watermark, at a corner or the center.

    The image is read once and stays on screen for the whole video or the time asked for; its
    transparency is kept. It is scaled to a fifth of the video's width unless asked otherwise,
    keeping its shape, and sits 3% of the frame's shorter side in from the edges."""

    name: ClassVar[str] = "overlay_image"
    frames = (
        frame(
            "put {file} in the {position}",
            also="add put place insert overlay logo watermark image picture png corner",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "put logo.png in the bottom left corner",
        "add watermark.png top right at 50% opacity",
        "overlay logo.png small in the corner for the first 5 seconds",
        "logo.png in the center, 30% of the width",
    )
    default_size: ClassVar[float] = 20.0

    def render(self, graph: Graph) -> None:
        info = self._picture(graph)
        clip = graph.clip
        if not (clip.has_video and graph.keep_video):
            return
        w, h, border = self.box(clip, info)
        x, y = self.place(clip, w + 2 * border, h + 2 * border)
        # Read once: overlay repeats the image's only frame to the end of the video. Looping
        # the file (`-loop 1`) would decode, scale and fade it again for every frame.
        n = graph.open_input(self.file)
        picture = graph.new_label("v")
        graph.add(f"[{n}:v:0]{','.join(self._looks(w, h, border))}[{picture}]")
        main = graph.take_video()
        out = graph.new_label("v")
        graph.add(f"[{main}][{picture}]overlay=x={x}:y={y}{self.enable(clip)}[{out}]")
        graph.give_video(out)

    def describe(self) -> str:
        return self._describe(self.file)


class PictureInPicture(_Placed):
    """Play a second video in a corner of the main one (picture-in-picture).

    It is scaled to a share of the main video's width (30% unless asked), keeping its shape,
    and can have a coloured border. It starts with the main video (or at the time asked for);
    if it is shorter, it disappears when it ends and the main video goes on alone; if it is
    longer, it is cut where the main video ends. Its sound is not mixed in: ask for that
    separately ("mix in the sound of clip2.mp4")."""

    name: ClassVar[str] = "pip"
    examples: ClassVar[tuple[str, ...]] = (
        "overlay clip2.mp4 in the top left corner",
        "picture in picture with clip2.mp4 bottom right at 25% size",
        "put cam.mp4 small in the corner with a white border",
    )
    default_size: ClassVar[float] = 30.0

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image:
            raise InvalidRequest(
                "the input is a still image, so a second video cannot play on it; "
                "make the still into a video first"
            )

    def render(self, graph: Graph) -> None:
        info = self._picture(graph)
        if info.is_image:
            raise InvalidRequest(
                f"{self.file} is a still image, not a video; put it on as a logo instead "
                f"(e.g. 'put {self.file} in the {self.position.replace('-', ' ')} corner')"
            )
        clip = graph.clip
        if not (clip.has_video and graph.keep_video):
            return
        w, h, border = self.box(clip, info)
        x, y = self.place(clip, w + 2 * border, h + 2 * border)
        a, b = self.span(clip)
        # The main timeline wins: the second video is read no further than the window it
        # shows in, and starts at the window's start.
        n = graph.open_input(self.file, "-t", num(b - a))
        shift = f"+{num(a)}/TB" if a > 0 else ""
        chain = [f"setpts=PTS-STARTPTS{shift}", *self._looks(w, h, border)]
        picture = graph.new_label("v")
        graph.add(f"[{n}:v:0]{','.join(chain)}[{picture}]")
        main = graph.take_video()
        out = graph.new_label("v")
        # eof_action=pass: once the second video ends, the main one shows alone.
        graph.add(f"[{main}][{picture}]overlay=x={x}:y={y}:eof_action=pass[{out}]")
        graph.give_video(out)

    def describe(self) -> str:
        return self._describe(f"{self.file} picture-in-picture")


# ---------------------------------------------------------------- phrasings
# A request is the file with pieces around it, in any order: words that ask ("put", "overlay",
# "picture in picture"), where ("in the top left corner"), how big ("small", "at 25% size"),
# how see-through ("at 50% opacity"), a border ("with a white border"). The kind of file says
# which operation it is: an image is a logo, a video is picture-in-picture. A time range
# ("for the first 5 seconds") is taken out by the planner.
_COLOR = "|".join(sorted(COLORS, key=len, reverse=True)) + "|#[0-9a-f]{6}|#[0-9a-f]{3}"
_PCT = PIECES["pct"]
_T = PIECES["time"]
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_FRACTION = r"(?:(?:a|one|1) )?(?:half|third|quarter|fifth|tenth)|1/(?:2|3|4|5|10)"
_SHARE = rf"{_PCT}|{_FRACTION}"
_FRAME = (
    r"(?: (?:of|on|in) (?:the )?(?:main )?"
    r"(?:screen|frame|video|picture|image|clip|display|footage|it|shot|view))?"
)
_WHOLE = r"(?:(?:the )?(?:main |original )?(?:video|frame|screen|picture|clip)(?:'s)? )?"
_PREFIX = r"(?:(?:at|to|with|in|of|and|an?|the|it|its|set|make|made|scaled|scale|sized|resized|shrunk|shrink|reduced|down|taking|takes|take|up|covering|covers|filling|fills|that|which|is|about|around|roughly) )*"
_PIECES = [
    ("file", rf"[\"']?(?P<file>{PIECES['file']})[\"']?"),
    (
        "pip",
        r"(?:(?:as|in|into|like|with|for|make|do|create|add|use|using) )?(?:an? |the )?"
        r"(?:picture[ -]?in[ -]?(?:a[ -])?picture|pip|p-i-p|pnp)"
        r"(?: (?:style|mode|format|view|window|overlay|inset|box|effect|layout))?",
    ),
    ("opacity", rf"{_PREFIX}(?:opacity|alpha|visibility|opaqueness)(?: (?:of|at|to|=|level|set to|level of))* (?P<o1>{_PCT}|0?\.\d+|1(?:\.0+)?)"),
    ("opacity", rf"{_PREFIX}(?P<o2>{_PCT}) (?:opacity|opaque|alpha|visible|visibility|opaqueness)"),
    ("transparency", rf"{_PREFIX}(?:transparency)(?: (?:of|at|to|=|level|set to|level of))* (?P<t1>{_PCT})"),
    ("transparency", rf"{_PREFIX}(?P<t2>{_PCT}) (?:transparent|transparency|see[ -]?through|translucent)"),
    (
        "see-through",
        r"(?:(?:at|with|in|and|make it|made|that is|which is|so it is|so it's|but) )*(?:an? )?"
        r"(?P<how>(?:semi|half|partly|partially|slightly|somewhat|very|mostly|a bit|a little|barely|fully|completely|totally|a little bit|kind of|quite)?[ -]?)"
        r"(?P<what>transparent|transparency|translucent|see[ -]?through|opaque|faint|faded|subtle|ghosted|ghostly|visible|opacity)"
        r"(?: (?:look|effect|style|watermark|logo|overlay))?",
    ),
    (
        "border",
        r"(?:(?:with|and|in|inside|framed (?:in|by|with)|surrounded by|plus|has|having) )?(?:an? |the )?"
        rf"(?:(?P<bw>thin|thick|fat|wide|narrow|heavy|bold|fine|slim|small|big|subtle) )?(?:(?P<bpx>\d+) ?(?:px|pixels?|pixel)(?: wide| thick)? )?"
        rf"(?:(?P<bc>{_COLOR}) )?(?:border|frame|outline|stroke|rim|bezel|edge)(?: (?:around|round|on) (?:it|the (?:\w+)))?(?: (?:in|of) (?P<bc2>{_COLOR}))?"
        rf"|(?P<bc3>{_COLOR})[ -]?(?:bordered|framed|outlined)|(?:bordered|framed|outlined)(?: (?:in|with) (?P<bc4>{_COLOR}))?",
    ),
    (
        "margin",
        r"(?:(?:with|and) )?(?:no|without(?: an?| any)?|zero|0) (?:margin|padding|gap|spacing|space)"
        r"|(?:right )?(?:flush|tight|snug)(?: (?:in|to|with|against|into) (?:the )?(?:corner|edges?|sides?))?"
        r"|(?:right )?(?:up )?against the (?:edges?|sides?|corner)"
        rf"|(?:(?:with|and) )?(?:an? )?(?P<m1>{_PCT}) (?:margin|padding|gap|inset|from the (?:edges?|sides?|corner))"
        rf"|(?:(?:with|and) )?(?:an? )?(?:margin|padding|gap) of (?P<m2>{_PCT})"
        # "with some margin": the usual one
        r"|(?P<usual>(?:(?:with|and) )?(?:some|a (?:little|small|bit of)|a) (?:margin|padding|gap|"
        r"space|room)(?: (?:from|to) the (?:edges?|sides?|corner))?)",
    ),
    (
        "pixels",
        r"(?:(?:at|to|with|in|and|scaled to|sized to|resized to|scaled down to|about|around|an?) )*(?:a width of |width )?"
        r"(?P<px>\d{2,5}) ?(?:px|pixels?)(?: (?:wide|across|in width|width))?|(?P<px2>\d{2,5}) ?(?:px|pixels?)? wide",
    ),
    (
        "size",
        rf"{_PREFIX}(?P<share>{_SHARE})(?: (?:of )?(?:the )?(?:size|sized|scale|wide|width|big|in size|in width|across"
        rf"|of (?:the )?{_WHOLE}(?:width|size|frame|screen|video|picture|image|clip|area)|of the way across))?",
    ),
    (
        "size",
        r"(?:(?:at|in|to|make it|made|as) )?(?:an? )?(?:(?:very|really|extra|super|quite|fairly|pretty|nice and|kind of|much|a lot|far|way) )?"
        r"(?P<word>small|smaller|smallish|tiny|little|mini|medium|normal|regular|large|larger|big|bigger|huge|giant|thumbnail"
        r"|discreet|discrete|unobtrusive)"
        r"(?:[ -](?:size|sized|version|window|box|inset|overlay|logo|watermark|image|picture|icon|video|clip|thumbnail|pip|corner window|frame))?",
    ),
    (
        "over",
        rf"(?:on top of|over the top of|over|onto|on|atop|across|superimposed on|overlaid on|overlayed on|laid over) (?:{IT}|(?:the )?(?:main|original|first|other) (?:video|clip|footage|one))"
        r"|on top|over the top|on screen|on the screen|(?:as an? |an? )?overlay|overlaid|overlayed|superimposed|layered on top",
    ),
    (
        "position",
        r"(?:(?:at|in|on|to|along|across|near|into|towards?|onto|inside|placed (?:at|in)|positioned (?:at|in)|sitting in|sat in|over) )?"
        r"(?:the |a |one )?(?:very |far )?"
        r"(?P<pos>(?:top|upper|bottom|lower)(?:[ -](?:left|right|cent(?:er|re)|middle|mid)(?:[ -]?hand)?)?"
        r"|(?:left|right)(?:[ -]?hand)?(?:[ -](?:top|bottom|upper|lower))?|cent(?:ered|red|er|re)|dead cent(?:er|re)|middle|corner)"
        rf"(?: (?:corner|side|edge|part|half|third|area|region|spot|position))?{_FRAME}",
    ),
    (
        "filler",
        rf"(?:to|in|into|inside|within) {IT}|{IT}|throughout|the whole (?:time|way through)|all the way through|the entire (?:time|way)"
        r"|(?:for|during) the (?:whole|entire|full) (?:video|clip|thing|time|duration|length)|the whole time|everywhere|always"
        r"|(?:so (?:it|that it) )?(?:plays?|playing|runs?|running|shows?|showing|shown|sits?|sitting|appears?|appearing|displayed|placed|positioned|floating|stays?|staying)",
    ),
    (
        "verb",
        r"(?:put|place|add|overlay|insert|stick|slap|drop|show|display|superimpose|include|embed|burn(?: in)?|stamp|paste|position|pin|layer|lay|use|apply|give (?:it|me)|watermark|brand|mark|have|set|throw|plop|plonk|pop|chuck|bung|whack|float|composite|inset|make|bring|want|need|(?:i|we)(?: would|'d)? (?:like|want|need)|id like)(?: (?:in|on|up|over|onto))?",
    ),
    (
        "noun",
        r"(?:(?:the|an?|my|our|this|that|your|its|their|his|her|some|another|a second|the second|the other|other|second|2nd|company|brand|channel) )*"
        r"(?:logo|watermark|image|picture|pic|photo|icon|badge|graphic|sticker|emblem|bug|branding|brand mark|video|clip|footage|camera|cam|webcam|face ?cam|reaction|inset|window|box|file|insert|png|one)s?(?: (?:image|file|video|clip|overlay|feed))?",
    ),
    ("when", rf"(?:for|during|in|over) (?:the )?(?:very )?first (?P<first>{_T})"),
    ("when", rf"(?:for|during|in|over) (?:the )?(?:very )?(?:last|final) (?P<last>{_T})"),
    ("when", rf"(?:from|between) (?P<a>{_T}) ?(?:to|and|-|until|till|through) ?(?P<b>{_T})(?: mark)?"),
    ("when", rf"(?:from|after|starting at|starting from|beginning at|starting) (?P<since>{_T})(?: on(?:wards?)?| to the end| until the end)?"),
    ("when", rf"(?:until|till|up to|before) (?P<until>{_T})"),
    ("when", rf"for (?:the )?(?P<for>{_T})"),
    ("article", r"the|an?|my|our|this|that|your|its|their|some"),
]  # fmt: skip


def _regex(pattern: str) -> str:
    """A piece as regex text: spaces are whitespace, ' ?' optional whitespace, and it ends at
    a word's end."""
    return "(?:" + pattern.replace(" ?", r"\s*").replace(" ", r"\s+") + r")(?=[\s,:;]|$)"


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_SEP = r"(?:\s*[,:]\s*|\s+)(?:(?:and|with|w/|&|using|of|as|plus|then)\s+)?"
_READERS = [(kind, re.compile(_regex(p))) for kind, p in _PIECES]
_ONE = "(?>" + "|".join(_unnamed(_regex(p)) for _, p in _PIECES) + ")"
_REQUEST = rf"(?P<all>{_ONE}(?:{_SEP}{_ONE})*)"
_LOOSE_SEP = re.compile(r"[\s,:]*")
_FULL_SEP = re.compile(_SEP)


def _read(text: str) -> list[tuple[str, re.Match[str]]] | None:
    """The pieces `text` is made of, left to right; None when some of it is no piece."""
    found: list[tuple[str, re.Match[str]]] = []
    i = 0
    while i < len(text):
        loose = _LOOSE_SEP.match(text, i)
        full = _FULL_SEP.match(text, i)
        # A joining word ("with") may start the next piece ("with a white border") or not.
        starts = dict.fromkeys(m.end() for m in (full, loose) if m is not None)
        for start in starts:
            if start >= len(text):
                return found
            match = next(((k, m) for k, rx in _READERS if (m := rx.match(text, start))), None)
            if match is not None and match[1].end() > start:
                found.append(match)
                i = match[1].end()
                break
        else:
            return None
    return found


_SIZE_WORDS = {
    "tiny": 0.4, "mini": 0.5, "thumbnail": 0.6, "small": 2 / 3, "smaller": 2 / 3, "smallish": 2 / 3,
    "little": 2 / 3, "medium": 1.0, "normal": 1.0, "regular": 1.0, "large": 1.6, "larger": 1.6,
    "big": 1.6, "bigger": 1.6, "huge": 2.4, "giant": 2.4,
    # "a discreet logo" (often spelt "discrete"): small enough not to draw the eye
    "discreet": 2 / 3, "discrete": 2 / 3, "unobtrusive": 2 / 3,
}  # fmt: skip
_BORDER_WEIGHTS = {
    "thin": "thin", "fine": "thin", "slim": "thin", "narrow": "thin", "subtle": "thin",
    "small": "thin", "thick": "thick", "fat": "thick", "wide": "thick", "heavy": "thick",
    "bold": "thick", "big": "thick",
}  # fmt: skip


def _share(text: str) -> float:
    """'25%' -> 25, 'a quarter' -> 25, '1/3' -> 33.3."""
    m = re.search(r"1/(\d+)", text)
    if m:
        return 100 / int(m.group(1))
    for word, value in _FRACTIONS.items():
        if word in text:
            return value
    return float(re.sub(r"[^\d.]", "", text.split("%")[0].split(" ")[0]) or "0")


def _see_through(how: str, what: str) -> float | None:
    """Opacity in percent for words like 'semi-transparent', 'faint', 'fully opaque'; None
    for words that say nothing about how much."""
    how = how.strip(" -")
    if what in ("opaque", "visible", "opacity"):
        if how in ("semi", "half", "partly", "partially"):
            return 50.0
        if what == "visible" and how == "barely":
            return 25.0
        if what == "opacity" or (what == "visible" and not how):
            return None  # "with opacity", "clearly visible": nothing about how much
        return 100.0 if how in ("fully", "completely", "totally", "") else 50.0
    if how in ("fully", "completely", "totally"):
        raise ValueError("a fully transparent picture would not show; give an opacity like 50%")
    if how in ("slightly", "a bit", "a little", "a little bit", "somewhat", "kind of"):
        return 75.0
    if how in ("very", "mostly", "barely"):
        return 25.0
    return 50.0


def _build(text: str, kind: Literal["image", "video"]) -> _Placed | None:
    """The operation a request reads as, if its file is of `kind`; None otherwise."""
    pieces = _read(text)
    if pieces is None:
        return None
    files = [m.group("file") for k, m in pieces if k == "file"]
    if len(files) != 1:
        return None
    file = files[0]
    ext = file.rsplit(".", 1)[-1]
    if ext not in (IMAGE_EXTS if kind == "image" else VIDEO_EXTS):
        return None
    params: dict[str, object] = {"file": file}
    vertical = horizontal = ""
    corner = False
    size_scale: float | None = None
    since: float | None = None
    length: float | None = None
    asked = False  # anything that says "on top of the video", not "after it"
    for k, m in pieces:
        g = {name: v for name, v in m.groupdict().items() if v}
        if k == "pip":
            asked = True
        elif k == "opacity":
            params["opacity"] = _opacity(g.get("o1") or g["o2"])
            asked = True
        elif k == "transparency":
            params["opacity"] = 100 - _pct_value(g.get("t1") or g["t2"])
            asked = True
        elif k == "see-through":
            found = _see_through(g.get("how", ""), g["what"])
            if found is not None:
                params["opacity"] = found
            asked = True
        elif k == "border":
            params["border"] = next((g[c] for c in ("bc", "bc2", "bc3", "bc4") if c in g), "white")
            if "bpx" in g:
                params["border_width"] = int(g["bpx"])
            if g.get("bw") in _BORDER_WEIGHTS:
                params["border_weight"] = _BORDER_WEIGHTS[g["bw"]]
            asked = True
        elif k == "margin":
            found_margin = g.get("m1") or g.get("m2")
            if "usual" not in g:  # "with some margin" is the margin it has anyway
                params["margin"] = _pct_value(found_margin) if found_margin else 0.0
            asked = True
        elif k == "pixels":
            params["pixels"] = int(g.get("px") or g["px2"])
            asked = True
        elif k == "size":
            if "share" in g:
                params["size"] = round(_share(g["share"]), 4)
            else:
                size_scale = _SIZE_WORDS[g["word"]]
            asked = True
        elif k == "position":
            pos = g["pos"]
            corner = corner or "corner" in m.group(0)
            vertical = "top" if re.search("top|upper", pos) else vertical
            vertical = "bottom" if re.search("bottom|lower", pos) else vertical
            horizontal = "left" if "left" in pos else "right" if "right" in pos else horizontal
            asked = True
        elif k == "when":
            if "first" in g:
                params["end"] = parse_time(g["first"])
            elif "last" in g:
                params["start"] = -parse_time(g["last"])
            elif "a" in g:
                params["start"], params["end"] = parse_times(g["a"], g["b"])
            elif "since" in g:
                since = parse_time(g["since"])
            elif "until" in g:
                params["end"] = parse_time(g["until"])
            else:
                length = parse_time(g["for"])
        elif k == "over" or (
            k == "verb" and re.match(r"overlay|superimpose|composite|inset|layer", m.group(0))
        ):
            asked = True
    if kind == "video" and not asked:
        return None  # "add clip2.mp4 to it" is a join, not a picture on the picture
    try:
        place_of([m["pos"] or "" for k, m in pieces if k == "position"])
    except ValueError as e:
        raise InvalidRequest(f"{e}; say one place") from None
    op: type[_Placed] = OverlayImage if kind == "image" else PictureInPicture
    if vertical and horizontal:
        params["position"] = f"{vertical}-{horizontal}"
    elif corner and (vertical or horizontal):
        # "the top corner": the usual side of that edge
        params["position"] = f"{vertical or 'bottom'}-{horizontal or 'right'}"
    elif vertical or horizontal:
        params["position"] = vertical or horizontal
    elif re.search(
        r"cent(?:er|r)|middle", " ".join(m.group(0) for k, m in pieces if k == "position")
    ):
        params["position"] = "center"
    if since is not None:
        params["start"] = since
        if length is not None:
            params["end"] = since + length
    elif length is not None:
        params["end"] = length
    if size_scale is not None and "size" not in params and "pixels" not in params:
        params["size"] = round(op.default_size * size_scale, 1)
    return op.model_validate(params)


def _pct_value(text: str) -> float:
    """The number in '50%', '12.5 percent'."""
    m = re.search(r"\d+(?:\.\d+)?|\.\d+", text)
    if m is None:
        raise ValueError(f"not a percentage: {text!r}")
    return float(m.group(0))


def _opacity(text: str) -> float:
    """Opacity in percent from '50%' or a fraction like '0.5'."""
    number = _pct_value(text)
    return number if re.search(r"%|per ?cent|pct", text) else number * 100


OverlayImage.grammar = (Rule(_REQUEST, lambda g: _build(g["all"], "image")),)
PictureInPicture.grammar = (Rule(_REQUEST, lambda g: _build(g["all"], "video")),)

OPERATIONS: tuple[type[Operation], ...] = (OverlayImage, PictureInPicture)
