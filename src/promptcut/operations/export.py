"""Operations on how the result is encoded: a size to stay under, a quality level, a still
frame, a contact sheet, GIF settings."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

from pydantic import Field

from promptcut.errors import InvalidRequest
from promptcut.operations import lexicon
from promptcut.operations.base import Clip, Graph, Operation, fmt_seconds, num
from promptcut.operations.convert import Convert
from promptcut.operations.grammar import frame, parse_number, parse_time, rule
from promptcut.operations.timeline import Trim

__all__ = ["OPERATIONS", "Codec", "Compress", "ContactSheet", "Gif", "Quality", "Reencode", "Still"]

#: Upload limits people name instead of a number, in megabytes.
_LIMITS = {name: mb for name, mb in lexicon.SERVICES.items() if mb is not None}
_LIMIT_NAMES = "|".join(sorted(map(re.escape, _LIMITS), key=len, reverse=True))
_MB = rf"(?P<n>\d+(?:\.\d+)?) ?(?P<unit>{lexicon.SIZE_UNITS})"


def _megabytes(g: dict[str, str]) -> float:
    if "n" in g:
        return lexicon.megabytes(g["n"], g.get("unit", "mb"))
    # ("to send it in email or whatsapp": small enough for either, so for both)
    return min(_LIMITS[g[k]] for k in ("site", "site2") if k in g)


class Compress(Operation):
    """Make the file small enough: under a size in MB, or under a service's upload limit
    (Discord 10 MB, email 25 MB, WhatsApp 16 MB, Messenger 25 MB). The bitrate is worked out
    from the length, with headroom; if the file still comes out too big it is encoded once
    more, smaller."""

    name: ClassVar[str] = "compress"
    frames = (
        frame(
            "compress it to under {mb}",
            "compress shrink reduce smaller",
            also="size file down under below max maximum limit make",
        ),
        # ("apply a reasonable compression to this video", "do some compression on it")
        frame(
            "make the file smaller",
            "compress shrink",
            also="smaller size file make reduce apply add use do reasonable",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "shrink it to under 2 MB",
        "make it small enough for discord",
        "compress the video to 25mb",
    )

    max_mb: float = Field(
        gt=0,
        description="The size the file must stay under, in megabytes (1 MB = 1,000,000 bytes).",
    )

    def check(self, clip: Clip) -> None:
        if clip.is_image:
            raise InvalidRequest(
                "a still image has no bitrate to lower; save it as .jpg for a small file"
            )

    def render(self, graph: Graph) -> None:
        graph.encoding["max_bytes"] = int(self.max_mb * 1_000_000)
        if graph.measured is not None:
            graph.encoding["size_scale"] = float(graph.measured["scale"])

    def retry_too_large(
        self, measured: dict[str, Any] | None, size: int, limit: int
    ) -> dict[str, Any] | None:
        scale = float((measured or {}).get("scale", 1.0))
        return {"scale": scale * limit / size * 0.93}

    def describe(self) -> str:
        return f"compress to under {self.max_mb:g} MB"

    grammar = (
        rule(
            r"(?:compress|shrink|reduce|decrease|lower|squeeze|get|bring|cut|make|keep|downsize|export|save|encode|re-?encode|render|convert|output)"
            r"(?: {it})?(?: the (?:file ?)?size(?: of {it})?)?(?: down)? (?:to |into |under |below |less than |smaller than |no (?:more|bigger|larger) than |at most |within |to under |to below |so it's under |so it is under |so that it(?:'s| is) under )+"
            rf"(?:an? )?{_MB}",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
        rule(
            r"(?:make|get|keep|compress|shrink)(?: {it})?(?: the file)? (?:small enough|smaller|compressed|under the limit|fit)"
            r"(?: (?:for|to (?:send|share|upload|post|put|attach)(?: {it})?"
            # ("to send it to someone else by WhatsApp": to whom, on the way)
            r"(?: to (?:someone|somebody|a friend|friends|people|others|family|my [a-z]+)(?: else)?)?"
            rf" (?:by|via|over|on|in|to|through|into)|to fit) (?:an? )?(?P<site>{_LIMIT_NAMES}))",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
        rule(
            rf"(?:compress|shrink)(?: {{it}})? (?:for|to fit) (?:an? )?(?P<site>{_LIMIT_NAMES})(?: limit)?",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
        # "compress the video to send it in email or whatsapp chats": under the smaller limit
        rule(
            r"(?:compress|shrink|make {it} smaller)(?: {it})? (?:to|so (?:that )?(?:i|we|you) can) "
            r"(?:send|share|mail|post|upload|attach)(?: {it})?(?: (?:in|via|by|on|over|through|to|as)"
            # ("to upload it on places like GitHub": that service's limit)
            r"(?: (?:places|sites|websites|services|platforms|apps) (?:like|such as))?"
            rf" (?:an? )?(?P<site>{_LIMIT_NAMES})(?: (?:or|and|/) (?:an? )?(?P<site2>{_LIMIT_NAMES}))?"
            r"(?: chats?| messages?| groups?| attachments?)?)",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
        # "compress it to satisfy the 50mb upload limit", "make it fit the 8 MB limit"
        rule(
            r"(?:(?:compress|shrink|reduce|squeeze|downsize|re-?encode|encode|export|save|render|make|get)"
            r"(?: {it})? )?(?:so (?:that )?it )?(?:to )?(?:satisfy|meet|fit|fits|stay under|stays under|"
            r"respect|comply with|get under|go under|be under|is under|fit within|fit under|fit in|"
            rf"fit into|match) (?:the |an? |my |their |[a-z]+'s )?{_MB} (?:upload |file |size |file size |attachment )?"
            r"(?:limit|cap|maximum|max|restriction|limitation)(?: (?:of|on|for|at) [a-z' ]{1,40})?",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
        # "make the file a lot smaller, to say 10 mb": smaller, and how small
        rule(
            r"(?:make|get|shrink|reduce)(?: {it}| the file(?: size)?)?(?: (?:a lot|much|a bit|way|far|"
            r"a good deal))? (?:smaller|down),? (?:to|under|below|to under|to below)"
            r"(?: (?:about|around|roughly|say|like|approx(?:imately)?|maybe))? "
            rf"{_MB}",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
        rule(
            rf"(?:(?:file )?size )?(?:under|below|less than|max|at most) {_MB}",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
        rule(
            rf"{_MB} (?:max(?:imum)?|limit|or less|file|or smaller)",
            lambda g: Compress(max_mb=_megabytes(g)),
        ),
    )


_LEVELS = {
    "best": "high", "highest": "high", "high": "high", "top": "high", "maximum": "high",
    "max": "high", "better": "high", "good": "high", "great": "high", "archival": "high",
    "lower": "small", "low": "small", "smaller": "small", "small": "small", "lowest": "small",
    "medium": "balanced", "normal": "balanced", "standard": "balanced", "balanced": "balanced",
    "default": "balanced", "decent": "balanced",
}  # fmt: skip


class Quality(Operation):
    """Trade file size for picture and sound quality: high (bigger, slower to make),
    balanced (the default), or small (smaller, softer)."""

    name: ClassVar[str] = "quality"
    examples: ClassVar[tuple[str, ...]] = (
        "export in high quality",
        "make the file smaller",
        "lower quality is fine",
    )

    level: Literal["high", "balanced", "small"] = Field(description="high, balanced or small.")

    def render(self, graph: Graph) -> None:
        graph.encoding["quality"] = self.level

    def describe(self) -> str:
        return f"{self.level} quality"

    grammar = (
        rule(
            r"(?:export|render|save|encode|make|keep|output|give me|use|set)?(?: {it})?(?: (?:in|at|with|to))? (?:the |a |an )?"
            r"(?P<level>best|highest|high|top|maximum|max|better|great|archival|lower|low|lowest|medium|normal|standard|balanced|decent)"
            r"(?: possible)? ?(?:-)?(?:quality|res(?:olution)? quality|bitrate|settings)(?: (?:export|encode|render|version|file|setting))?(?: is (?:fine|ok|okay|good enough|acceptable)| please| possible)?",
            lambda g: Quality(level=_LEVELS[g["level"]]),
        ),
        rule(
            r"(?:don't|do not) (?:lose|reduce|lower|sacrifice) (?:any )?quality",
            lambda g: Quality(level="high"),
        ),
        # "reduce the quality", "compromise the quality a bit": a smaller file, softer
        rule(
            r"(?:reduce|lower|decrease|drop|compromise(?: on)?|sacrifice|give up(?: some)?|worsen)"
            r"(?: the| its| some)? (?:video |picture |image |file )?(?:quality|bit ?rate)"
            r"(?: a (?:bit|little)| slightly)?",
            lambda g: Quality(level="small"),
        ),
        rule(
            r"(?:increase|raise|maximi[sz]e|up|bump up|bump)(?: the| its)? (?:video |export |render )?"
            r"quality(?: to the max(?:imum)?)?",
            lambda g: Quality(level="high"),
        ),
        rule(
            r"(?:make|keep|get|export|save) (?:the file|the file ?size|it as a file) (?:a (?:bit|little|lot) )?(?:smaller|lighter)(?: (?:for sharing|please))?"
            r"|(?:a )?smaller file(?: size)?|(?:reduce|lower|cut|decrease) the file ?size|(?:as )?small (?:a file )?as possible",
            lambda g: Quality(level="small"),
        ),
    )


class Reencode(Operation):
    """Re-encode the whole picture and sound, even where a cut could copy them untouched
    (by default a cut of an H.264 video copies every frame it does not have to re-encode)."""

    name: ClassVar[str] = "reencode"
    examples: ClassVar[tuple[str, ...]] = (
        "re-encode it",
        "re-encode the video from scratch",
    )

    def render(self, graph: Graph) -> None:
        graph.encoding["reencode"] = True

    def describe(self) -> str:
        return "re-encode everything"

    grammar = (
        rule(
            r"(?:re-?encode|re-?compress)(?: {it})?(?: (?:fully|completely|in full|from scratch|"
            r"again|anyway|instead))?"
            r"|(?:force|do|use) (?:a )?(?:full )?re-?encod(?:e|ing)(?: of {it})?",
            lambda g: Reencode(),
        ),
    )


#: The codecs a picture can be asked in, by the names people give them.
_CODEC_NAMES = rf"(?P<codec>{lexicon.CODECS}|264x|265x)"
#: How each is said back.
_CODECS = {"h264": "H.264 (AVC)", "hevc": "HEVC (H.265)"}


def _codec(said: str) -> Literal["h264", "hevc"]:
    """The codec a name stands for ("x264" is read as "264x", the way "x2" is "2x")."""
    return "h264" if said.replace(".", "") in ("h264", "x264", "264x", "avc") else "hevc"


class Codec(Operation):
    """Encode the picture as H.264 (AVC), which every player, browser and editor takes, or
    HEVC (H.265), about half the size at the same quality. A picture already in that codec
    that no step changes is copied as it is; the file stays an .mp4, .mov, .mkv or .ts."""

    name: ClassVar[str] = "codec"
    touches: ClassVar[frozenset[str]] = frozenset({"container"})
    needs: ClassVar[frozenset[str]] = frozenset({"video"})
    examples: ClassVar[tuple[str, ...]] = (
        "convert it to h264",
        "encode the video as HEVC",
    )

    codec: Literal["h264", "hevc"] = Field(description="h264 (AVC) or hevc (H.265).")

    def render(self, graph: Graph) -> None:
        graph.encoding["video_codec"] = self.codec

    def describe(self) -> str:
        return f"encode the picture as {_CODECS[self.codec]}"

    grammar = (
        rule(
            r"(?:convert|change|transcode|re-?encode|encode|compress|export|save|render|output|"
            r"make|turn|swap|switch|move)(?: {it})? (?:in|into|to|as|with|using|in the|over to)"
            r"(?: the)? "
            rf"{_CODEC_NAMES}(?: (?:video|codec|format|encoding|compression|version|file))?"
            r"(?: please)?",
            lambda g: Codec(codec=_codec(g["codec"])),
        ),
        # "make the mp4 H.264": the codec said as what it is made
        rule(
            rf"make {{it}} {_CODEC_NAMES}(?: (?:video|codec|encoded|format))?(?: please)?",
            lambda g: Codec(codec=_codec(g["codec"])),
        ),
        # ("h264 please": the codec alone, never a factor read from "x2")
        rule(
            r"(?P<codec>h\.?264|avc|h\.?265|hevc)(?: (?:video|codec|format|encoding|version|file))?"
            r"(?: please)?",
            lambda g: Codec(codec=_codec(g["codec"])),
        ),
        rule(
            r"(?:change|switch|set|convert) (?:the |its )?(?:video )?codec(?: of {it})? to "
            rf"{_CODEC_NAMES}",
            lambda g: Codec(codec=_codec(g["codec"])),
        ),
        rule(
            rf"use (?:the )?{_CODEC_NAMES}(?: codec| encoder)?",
            lambda g: Codec(codec=_codec(g["codec"])),
        ),
        # "convert it to mp4 with h264": the container, and the codec of its picture
        rule(
            r"(?:convert|change|transcode|re-?encode|encode|export|save|render|output|make|turn)"
            r"(?: {it})? (?:in|into|to|as)(?: an?)? \.?(?P<fmt>mp4|mov|mkv|ts)(?: file| video)? "
            rf"(?:with|in|using|as) {_CODEC_NAMES}(?: (?:video|codec|encoding|compression))?",
            lambda g: [Convert(format=g["fmt"]), Codec(codec=_codec(g["codec"]))],
        ),
    )


#: "… as a png", "… as a picture": what a still is saved as (a format named is converted to).
_AS_PICTURE = (
    r"(?: (?:as|in|into|to) (?:an? )?(?:(?P<fmt>png|jpe?g)(?: file| image| picture)?|picture|image|"
    r"photo|still(?: image)?|screenshot|image file|picture file|file|separate (?:image|picture)))?"
)


class Still(Operation):
    """Save one frame as an image (png, or jpg if asked): a screenshot at a time, the first or
    last frame, or a thumbnail (a third of the way in, past most intros)."""

    name: ClassVar[str] = "still"
    frames = (
        frame(
            "save a still frame {at}",
            "screenshot snapshot still thumbnail picture image",
            also="take save make extract get export create grab capture frame",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "save a still frame from 0:05 as a jpg",
        "take a screenshot at 10 seconds",
        "make a thumbnail",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    at: float | None = Field(
        None,
        description="Seconds into the video; negative counts back from the end; None: a third of the way in.",
    )

    def _time(self, clip: Clip) -> float:
        if self.at is None:
            return clip.duration / 3
        if self.at < 0:
            return max(0.0, clip.duration + self.at)
        return self.at

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image:
            return
        t = self._time(clip)
        if t >= clip.duration:
            raise InvalidRequest(
                f"the video is {fmt_seconds(clip.duration)} long, so there is no frame at {fmt_seconds(t)}"
            )

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        if clip.is_image:
            return
        t = self._time(clip)
        if t > 0:
            Trim(start=t).render(graph)

    def output_kind(self) -> Literal["image"]:
        return "image"

    def describe(self) -> str:
        if self.at is None:
            return "still frame (thumbnail)"
        return f"still frame at {self.at:g} s"

    grammar = (
        rule(
            r"(?:save|export|grab|take|get|extract|make|capture|give me|pull|create|output|sample|"
            r"keep|show me)(?: me)?(?: out)? (?:an? |the |one )?"
            r"(?:still(?: frame| image| photo| picture)?|frame|screenshot|screen ?grab|snapshot|screen ?cap|picture|image|photo|png|jpe?g)"
            r" (?:from|at|of|on)(?: the)?(?: frame at)? {time:t}(?: mark)?(?: of {it})?"
            + _AS_PICTURE,
            lambda g: _still(parse_time(g["t"]), g.get("fmt")),
        ),
        rule(
            r"(?:(?:save|export|grab|take|get|extract|make|capture|give me|pull|create|output)(?: me)? (?:an? |the )?"
            r"(?:(?:screenshot|snapshot|still|picture|image|png|jpe?g) of (?:the )?)?|(?:an? )?(?:screenshot|snapshot|still) of (?:the )?)"
            r"(?P<which>first|opening|last|final|closing|ending) (?:frame|image|shot)(?: of {it})?"
            + _AS_PICTURE,
            lambda g: _still(0.0 if g["which"] in ("first", "opening") else -0.05, g.get("fmt")),
        ),
        rule(
            r"(?:save|export|grab|take|get|extract|make|create|generate|give me|pick)(?: me)? (?:an? |the )?"
            r"(?:thumbnail|poster frame|cover image|preview image|cover)(?: (?:image|picture|frame))?(?: for {it})?(?: (?:at|from) {time:t})?"
            + _AS_PICTURE,
            lambda g: _still(parse_time(g["t"]) if "t" in g else None, g.get("fmt")),
        ),
        rule(
            r"(?:screenshot|snapshot|still|frame grab)(?: (?:at|of|from))? {time:t}" + _AS_PICTURE,
            lambda g: _still(parse_time(g["t"]), g.get("fmt")),
        ),
    )


def _still(at: float | None, fmt: str | None) -> list[Operation]:
    from promptcut.operations.convert import Convert

    steps: list[Operation] = [Still(at=at)]
    if fmt:
        steps.append(Convert(format=fmt))
    return steps


class ContactSheet(Operation):
    """One image of frames taken evenly through the video, in a grid: a contact sheet."""

    name: ClassVar[str] = "contact_sheet"
    examples: ClassVar[tuple[str, ...]] = (
        "make a contact sheet",
        "a 4x4 grid of frames",
        "contact sheet of 9 frames",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    columns: int = Field(4, ge=1, le=12, description="Frames across.")
    rows: int = Field(4, ge=1, le=12, description="Frames down.")

    #: width of one frame in the sheet, pixels
    tile_width: ClassVar[int] = 320

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image:
            raise InvalidRequest("a still image has only one frame to show")

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        count = self.columns * self.rows
        w = min(self.tile_width, clip.width - clip.width % 2)
        h = max(2, round(clip.height * w / clip.width / 2) * 2)
        graph.vf(
            # Frames at the middle of each of `count` equal slices of the video.
            f"fps={num(count / clip.duration)}:start_time={num(clip.duration / count / 2)}",
            f"scale={w}:{h}",
            f"tile={self.columns}x{self.rows}",
        )
        graph.clip = clip.evolve(width=w * self.columns, height=h * self.rows)

    def output_kind(self) -> Literal["image"]:
        return "image"

    def describe(self) -> str:
        return f"contact sheet {self.columns}x{self.rows}"

    grammar = (
        rule(
            r"(?:make|create|generate|give me|export|save)?(?: me)? ?(?:an? |the )?(?:(?P<c>\d{1,2}) ?x ?(?P<r>\d{1,2}) )?"
            r"(?:contact sheet|storyboard|thumbnail grid|grid(?: of (?:frames|thumbnails|stills)|(?= of \d))|frame grid)"
            r"(?: (?:of|with) (?P<n>\d{1,3}) (?:frames|thumbnails|stills|shots))?(?: (?:of|for|from) {it})?",
            lambda g: _sheet(g),
        ),
    )


def _sheet(g: dict[str, str]) -> ContactSheet:
    if "c" in g:
        return ContactSheet(columns=int(g["c"]), rows=int(g["r"]))
    if "n" in g:
        n = int(g["n"])
        cols = max(1, round(n**0.5))
        rows = -(-n // cols)
        return ContactSheet(columns=cols, rows=rows)
    return ContactSheet()


class Gif(Operation):
    """Make an animated GIF, with its frame rate and width if given (defaults: 12 fps, at most
    480 pixels wide, which keeps GIFs shareable)."""

    name: ClassVar[str] = "gif"
    method_names: ClassVar[tuple[str, ...]] = ("palettegen", "paletteuse", "palette")
    frames = (
        frame(
            "make a gif",
            "gif",
            also="make create generate produce render export save convert turn output give do animated",
            optional=("range",),
        ),
        frame(
            "make a gif at {fps}",
            "gif",
            also="make create generate produce render export save convert turn output give do animated",
            optional=("range",),
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "make a gif at 15 fps",
        "gif 320 pixels wide",
        "turn it into a 10fps gif",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    fps: float | None = Field(None, gt=0, le=50, description="Frames per second of the GIF.")
    width: int | None = Field(None, ge=16, le=1920, description="Width of the GIF in pixels.")

    def render(self, graph: Graph) -> None:
        if self.fps is not None:
            graph.encoding["gif_fps"] = self.fps
        if self.width is not None:
            graph.encoding["gif_width"] = self.width

    def output_ext(self) -> str:
        return "gif"

    def describe(self) -> str:
        parts = [
            f"{self.fps:g} fps" if self.fps else "",
            f"{self.width} px wide" if self.width else "",
        ]
        return "gif " + ", ".join(p for p in parts if p) if any(parts) else "gif"

    grammar = (
        rule(
            r"(?:(?:make|turn|convert|export|save|render|create)(?: {it})?(?: (?:in)?to| as)? )?(?:an? |the )?"
            r"(?:(?P<f1>\d+(?:\.\d+)?) ?fps )?(?:(?P<w1>\d{2,4}) ?(?:px|pixels?)(?: wide)? )?(?:animated )?gif"
            r"(?: (?:at|with|of|in|,)? ?(?P<f2>\d+(?:\.\d+)?) ?(?:fps|frames? (?:per|a) second))?"
            r"(?:(?: and| at| with|,)? ?(?:a width of )?(?P<w2>\d{2,4}) ?(?:px|pixels?)(?: wide| across)?)?",
            lambda g: _gif(g),
        ),
    )


def _gif(g: dict[str, str]) -> Gif | None:
    fps = g.get("f1") or g.get("f2")
    width = g.get("w1") or g.get("w2")
    if fps is None and width is None:
        return None  # a bare "make it a gif" is a format change: Convert reads it
    return Gif(fps=parse_number(fps) if fps else None, width=int(width) if width else None)


OPERATIONS: tuple[type[Operation], ...] = (
    Compress,
    Quality,
    Reencode,
    Codec,
    Still,
    ContactSheet,
    Gif,
)
