"""Burning subtitles from an SRT, ASS/SSA or WebVTT file into the picture."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import Field, field_validator

from promptcut.errors import InvalidRequest
from promptcut.fonts import TEXT_FONT
from promptcut.operations.base import Clip, Graph, Operation, escape_filter_path, num
from promptcut.operations.grammar import IT, PIECES, Rule, frame
from promptcut.operations.text import COLORS, rgb

__all__ = ["OPERATIONS", "SUBTITLE_EXTS", "Subtitles"]

#: The subtitle files promptcut burns in, by extension.
SUBTITLE_EXTS = ("srt", "ass", "ssa", "vtt")

#: Line height as a share of the frame's height, so subtitles read alike at 240p and 4K.
SIZES = {"small": 1 / 24, "medium": 1 / 17, "large": 1 / 11}
#: Style alignment for each position, centred. libass reads `Alignment` in a forced style with
#: the old SSA numbering (2 bottom, 6 top, 10 middle), not the numpad one ASS files use (2, 8,
#: 5): the end-to-end tests check where the lines land.
ALIGNMENT = {"bottom": 2, "top": 6, "middle": 10}
#: The family of the shipped font (promptcut.fonts); libass finds it in `fontsdir`, so nothing
#: depends on the fonts the machine has (a fresh server or the isolated run may have none).
FONT_FAMILY = "DejaVu Sans"
#: The script height ffmpeg's decoders give SRT and WebVTT cues (ASS_DEFAULT_PLAYRESY): style
#: sizes are in these units, which libass scales to the frame's height.
DEFAULT_PLAY_RES_Y = 288
#: How many cues a file may hold for the video it is burnt into: libass takes in every cue
#: before the first frame, in time that grows faster than their number (measured: 10,000 cues
#: 1 s, 30,000 cues 5 s; 100,000 turned a 6 s clip into a 170 s render). Real subtitles hold
#: one or two a second, a film's whole file a few thousand, which a short excerpt may reuse.
CUES_PER_SECOND = 2
CUES_ALWAYS_ALLOWED = 2_000

# Retiming filters: once one has run, a frame's time is no longer its time in the source the
# subtitle file was timed against.
_RETIMING = frozenset(
    {"trim", "setpts", "reverse", "concat", "loop", "tpad", "select", "framestep", "xfade"}
)
_FILTER_NAME = re.compile(r"(?:^|(?<!\\)[,;\]])\s*([a-z][a-z0-9_]*)(?=[=,;\[]|$)")


# ---------------------------------------------------------------- reading subtitle files
@dataclass(frozen=True)
class SubtitleFile:
    """What promptcut needs to know of a subtitle file it has checked."""

    kind: Literal["srt", "ass", "vtt"]
    cues: int
    #: the height, in script units, that style sizes and margins are given in
    play_res_y: float


_SRT_TIME = r"(\d{1,3}):([0-5]?\d):([0-5]?\d)[,.](\d{1,3})"
_SRT_TIMING = re.compile(rf"{_SRT_TIME}\s*-->\s*{_SRT_TIME}(?:\s.*)?")
_VTT_TIME = r"(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_VTT_TIMING = re.compile(rf"{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?")


def _seconds(h: str | None, m: str, s: str, ms: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines, each with the 1-based number of its first line."""
    blocks: list[tuple[int, list[str]]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if blocks and blocks[-1][0] + len(blocks[-1][1]) == n:
            blocks[-1][1].append(line)
        else:
            blocks.append((n, [line]))
    return blocks


def _cue_times(name: str, n: int, match: re.Match[str]) -> None:
    g = match.groups()
    start, end = _seconds(*g[:4]), _seconds(*g[4:])
    if end < start:
        raise InvalidRequest(
            f"{name} line {n}: the subtitle ends ({end:g} s) before it starts ({start:g} s)"
        )


def _read_srt(name: str, lines: list[str]) -> SubtitleFile:
    """Every block must be a cue: an optional number, a time line, the words. (The first
    block's shape is also what lets ffmpeg recognise the file as SRT by its content.)"""
    cues = 0
    for first, block in _blocks(lines):
        at = 1 if block[0].strip().isdigit() and len(block) > 1 else 0
        timing = _SRT_TIMING.fullmatch(block[at].strip())
        if timing is None:
            # Never quote the line: the file may be one the user did not mean to show.
            raise InvalidRequest(
                f"{name} is not a readable SRT subtitle file: line {first + at} "
                "should be a cue's time, like '00:00:01,000 --> 00:00:04,000'"
            )
        _cue_times(name, first + at, timing)
        cues += 1
    return SubtitleFile("srt", cues, DEFAULT_PLAY_RES_Y)


def _read_vtt(name: str, lines: list[str]) -> SubtitleFile:
    """A WEBVTT header, then cues (an optional identifier, a time line, the words) and
    NOTE, STYLE or REGION blocks."""
    if not re.fullmatch(r"WEBVTT(?:[ \t].*)?", lines[0].rstrip()):
        raise InvalidRequest(f"{name} is not a WebVTT subtitle file: it does not begin 'WEBVTT'")
    cues = 0
    for first, block in _blocks(lines)[1:]:
        if re.match(r"(?:NOTE|STYLE|REGION)(?:\s|$)", block[0]):
            continue
        at = next((i for i, line in enumerate(block[:2]) if "-->" in line), 0)
        timing = _VTT_TIMING.fullmatch(block[at].strip())
        if timing is None:
            raise InvalidRequest(
                f"{name} is not a readable WebVTT file: line {first + at} "
                "should be a cue's time, like '00:01.000 --> 00:04.000'"
            )
        _cue_times(name, first + at, timing)
        cues += 1
    return SubtitleFile("vtt", cues, DEFAULT_PLAY_RES_Y)


def _read_ass(name: str, lines: list[str]) -> SubtitleFile:
    """A [Script Info] section first, an [Events] section with Dialogue lines; the script
    height as libass works it out (PlayResY, else from PlayResX, else 288)."""
    if lines[0].strip().lower() != "[script info]":
        raise InvalidRequest(
            f"{name} is not a readable ASS/SSA subtitle file: it does not begin '[Script Info]'"
        )
    info: dict[str, str] = {}
    section = ""
    cues = 0
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.lower()
        elif section == "[script info]" and ":" in stripped:
            key, _, value = stripped.partition(":")
            info[key.strip().lower()] = value.strip()
        elif section == "[events]" and stripped.lower().startswith("dialogue:"):
            cues += 1
    if not cues:
        raise InvalidRequest(f"{name} has no subtitles: its [Events] section has no Dialogue lines")

    def size(key: str) -> float | None:
        try:
            value = float(info.get(key, ""))
        except ValueError:
            return None
        return value if value > 0 else None

    height = size("playresy")
    width = size("playresx")
    if height is None:
        height = (1024.0 if width == 1280 else width * 3 / 4) if width else DEFAULT_PLAY_RES_Y
    return SubtitleFile("ass", cues, height)


def read_subtitles(name: str, text: str) -> SubtitleFile:
    """Check that `text`, the file called `name`, is the kind of subtitles its extension says;
    InvalidRequest says where it is not.

    ffmpeg picks a reader for the file by its content, so the content must begin as its kind
    of subtitles begins: then no other reader (a playlist that opens further files) claims it."""
    ext = name.rsplit(".", 1)[-1].lower()
    if "\x00" in text:
        raise InvalidRequest(f"{name} is not a text subtitle file")
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0]:
        lines.pop(0)
    if not "".join(lines).strip():
        raise InvalidRequest(f"{name} is empty: it holds no subtitles")
    if ext == "srt":
        found = _read_srt(name, lines)
    elif ext == "vtt":
        found = _read_vtt(name, lines)
    elif ext in ("ass", "ssa"):
        found = _read_ass(name, lines)
    else:
        raise InvalidRequest(
            f"{name} is not a subtitle file; promptcut burns in .srt, .ass, .ssa and .vtt files"
        )
    if not found.cues:
        raise InvalidRequest(f"{name} holds no subtitles")
    return found


# ---------------------------------------------------------------- phrasings
def _regex(pattern: str) -> str:
    """Spaces in a pattern are some whitespace; ' ?' is optional whitespace."""
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


_SIZE_WORDS = {
    "small": "small", "smaller": "small", "tiny": "small", "little": "small",
    "medium": "medium", "normal": "medium", "regular": "medium", "default": "medium",
}  # fmt: skip
_SIZE = r"small|smaller|tiny|little|medium|normal|regular|default|large|larger|big|bigger|huge|giant|massive"
_COLOR = "|".join(sorted(COLORS, key=len, reverse=True)) + "|#[0-9a-f]{6}|#[0-9a-f]{3}"
_VERB = (
    r"(?:add|load|burn|hard ?burn|hard-burn|bake|hard ?code|hard-code|hard[ -]?sub|embed|put|overlay|show|display|include|"
    r"insert|render|apply|use|place|stick|stitch|slap|pop|draw|superimpose|print|turn on|enable|"
    r"give (?:it|me)|"
    r"i (?:want|need)|want|need)(?: (?:in|on|up))?"
)


def _noun(n: int) -> str:
    """'subtitles', 'the srt captions', 'big subs'; `n` keeps its group names apart. A subtitle
    file's name may stand for the noun: the planner writes 'captions' as 'captions.vtt' when
    that is the file given."""
    return (
        rf"(?:(?:(?P<the{n}>the|these|those|my|its|our|all the)|an?)? ?(?:some )?)?"
        r"(?:(?:hard ?coded|hard-coded|hard|burned|burnt|burned-in|burnt-in|burned in|burnt in|open|"
        r"closed|srt|vtt|webvtt|ass|ssa) )?"
        rf"(?:(?P<size{n}>{_SIZE}) )?(?:(?P<color{n}>{_COLOR}) )?"
        r"(?:sub ?titles?|subs|captions?|cc|closed captioning"
        # ("a subtitle file" is a file given, as "the subtitles" are)
        rf"|(?P<named{n}>{PIECES['file']}))(?:(?P<thefile{n}> file)| track| text)?"
    )


def _file(n: int) -> str:
    """A subtitle file named in the request: 'subs.srt', 'the file subs.srt'."""
    return rf"(?:(?:(?:the|my|our|this|that) )?(?:file )?\(?(?P<file{n}>{PIECES['file']})\)?(?: file)?)"


_FROM = (
    r"(?:(?:that are |which are )?(?:from|in|of|using|with|w/|out of|inside|per|according to|"
    r"(?:found|stored|saved|given|provided|listed|contained|written) in)|:)"
)
_ONTO = (
    rf"(?:(?:to|on|onto|into|over|in|on top of|throughout|across|for) (?:{IT}|there|here)|on there)"
)
_POS = (
    r"(?:(?:at|in|on|to|along|across|near|towards?) )?(?:the )?(?:very )?"
    r"(?P<pos>top|upper|bottom|lower|middle|cent(?:er|re))"
    r"(?: (?:part|edge|side|half|third|area|portion))?"
    rf"(?: of (?:the )?(?:screen|frame|picture|image|display|{IT}))?"
)
_SIZED = (
    r"(?:(?:with|in|using|at) )?(?:an? |the )?(?:(?:very|really|extra|super|nice and|nice) )?"
    rf"(?P<size>{_SIZE})"
    r"(?: (?:size|sized|font|font size|text|letters|lettering|type|print|captions?|subtitles?|subs|words))?"
)
_COLORED = (
    r"(?:(?:in|with|using|colou?red|written in) )?(?:an? |the )?(?:colou?r )?"
    rf"(?P<color>{_COLOR})(?: (?:colou?r|colou?red|font|text|letters|lettering|writing))?"
)
# "on a black background", "with a semi-opaque grey box": a box behind each line
_BOXED = (
    r"(?:(?:with|on|in|over|against|inside) )?(?:an? |the )?(?:solid |opaque )?"
    rf"(?:(?P<bg>{_COLOR}) )?(?P<boxed>background|box|backdrop|bar|band)s?"
    # ("with a background color": a box, its colour not said)
    r"(?: colou?r)?"
    r"(?: (?:behind|under|underneath) (?:it|them|the (?:text|words|lines|subtitles|captions)))?"
)
# "yellow on black": the letters' colour, then the box's
_ON = (
    rf"(?:(?:in|with|using|colou?red|written in) )?(?P<fg>{_COLOR})(?: (?:text|letters|font))? on "
    rf"(?:an? )?(?P<bg2>{_COLOR})(?: (?:background|box|backdrop))?"
)
# "with the characters outlined in black", "with a dark outline": the look they have anyway
_OUTLINED = (
    r"(?:(?:with|in|using) )?(?:(?:the|its|their) (?:characters|letters|text|words|lines|font) "
    r"(?:outlined|edged|bordered) in (?:black|a dark colou?r)"
    # (never "a black border": a bar or frame, not the letters' outline)
    r"|(?:an? |the )?(?:thin |thick )?(?:black|dark) (?:outline|stroke)s?"
    r"(?: (?:around|on) (?:the |its |their )?(?:characters|letters|text|words|lines))?)"
)
# "when you burn them into the video": what the step does anyway, said again
_WHEN_BURNED = (
    r"(?:when|as|while) (?:you |it |they )?(?:burn|hard ?code|embed|put|add)(?:s|ed|ing)? "
    r"(?:them|it|these|those|the (?:subtitles|captions|subs))(?: (?:in|into|onto|on))?"
    rf"(?: {IT})?"
)
_TAIL = (
    rf"(?:(?: ?, ?| )(?:(?:and|with|&) )?(?:{_ONTO}|{_POS}|{_SIZED}|{_ON}|{_BOXED}|{_COLORED}|"
    rf"{_OUTLINED}|{_WHEN_BURNED}))*"
)
# "add a black background to the subtitles", "give the captions a dark box": a box behind them
_BOX_TO = (
    r"(?:(?:add|put|give|use|draw|place)(?: (?:in|on))?) (?:an? |the )?(?:solid |opaque )?"
    rf"(?:(?P<bg3>{_COLOR}|dark) )?(?P<boxed3>background|box|backdrop)(?: colou?r)? "
    r"(?:to|behind|under|underneath|for|on) "
)
_REQUEST = _regex(
    "(?:"
    # add (the) subtitles (from subs.srt) (to the video)
    rf"{_VERB} {_noun(1)}(?: {_ONTO})?(?: ?{_FROM} ?{_file(1)})?"
    # burn in subs.srt (as subtitles), use subs.srt to subtitle the video
    rf"|{_VERB} {_file(2)}(?: (?:on|in))?(?: (?:(?:as|for) )?{_noun(2)})?(?: (?:to|for) (?:sub ?title|caption) {IT})?"
    # subtitle the video with subs.srt
    rf"|(?:sub ?title|caption) {IT}(?: (?:with|w/|using|from) {_file(3)})?"
    # subtitles from subs.srt; subs.srt as subtitles
    rf"|{_noun(4)}(?: ?{_FROM} ?{_file(4)})?"
    rf"|{_file(5)} (?:as|for) {_noun(5)}"
    rf"|{_BOX_TO}{_noun(6)}(?: ?{_FROM} ?{_file(6)})?"
    rf"|give {_noun(7)}(?: ?{_FROM} ?{_file(7)})? (?:an? |the )?(?:solid |opaque )?"
    rf"(?:(?P<bg4>{_COLOR}|dark) )?(?P<boxed4>background|box|backdrop)(?: colou?r)?"
    f"){_TAIL}"
)


_BOXES = ("boxed", "boxed3", "boxed4")


def _build(g: dict[str, str]) -> Subtitles | None:
    """The step the words ask for; None when the file named is not a subtitle file (that is
    another operation's request: "add music.mp3"), or when no file is named and the words do
    not point at one given ("add the subtitles" does; "add captions" may ask promptcut to
    write them, which it cannot)."""
    files = [v for k, v in g.items() if k.startswith(("file", "named"))]
    if any(f.rsplit(".", 1)[-1] not in SUBTITLE_EXTS for f in files) or len(set(files)) > 1:
        return None
    file = files[0] if files else None
    if file is None and not any(k.startswith("the") for k in g):
        return None
    params: dict[str, object] = {"file": file}
    size = next((v for k, v in g.items() if k.startswith("size")), None)
    if size:
        params["size"] = _SIZE_WORDS.get(size, "large")
    color = next((v for k, v in g.items() if k.startswith(("color", "fg"))), None)
    if color:
        params["color"] = color
    # ("with a background behind them": a box, dark as boxes behind words are)
    background = next((g[k] for k in ("bg", "bg2", "bg3", "bg4") if g.get(k)), None)
    if background == "dark" or (background is None and any(g.get(k) for k in _BOXES)):
        background = "black"
    if background:
        params["background"] = background
    pos = g.get("pos")
    if pos:
        params["position"] = (
            "top"
            if pos in ("top", "upper")
            else "bottom"
            if pos in ("bottom", "lower")
            else "middle"
        )
    return Subtitles.model_validate(params)


# ---------------------------------------------------------------- the operation
class Subtitles(Operation):
    """Burn subtitles from an SRT, ASS/SSA or WebVTT file into the picture, each line when the
    file says, in white with a dark outline near the bottom unless asked otherwise.

    The file's times are times of the video as given: when earlier steps cut or sped it up,
    each line still shows over the moment it was timed for (a line at 14 s shows at 9 s once the
    first 5 seconds are trimmed). Steps that only change the picture (a crop, a look) apply to
    the frame before the subtitles are laid out on it, unless the time was changed earlier too:
    then the subtitles go onto the original picture, before every other step, so they follow
    the cuts, and a later crop can clip a long line."""

    name: ClassVar[str] = "subtitles"
    frames = (
        frame(
            "burn in the subtitles",
            "subtitles subtitle subs srt vtt",
            "burn hardburn hardcode embed render hard",
            also="in into onto put",
        ),
        frame(
            "burn in the subtitles from {file}",
            "subtitles subtitle captions subs srt vtt",
            also="burn add hardcode embed put render write in into hard onto from merge mux combine "
            "attach include with",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "add subtitles from subs.srt",
        "burn in captions.vtt at the top",
        "hardcode subs.srt with big text",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    file: str | None = Field(
        None,
        description="The subtitle file (.srt, .ass, .ssa or .vtt), by the name it was given "
        "with; None: the one subtitle file given with the request.",
    )
    position: Literal["bottom", "top", "middle"] | None = Field(
        None,
        description="Where the lines sit; None: at the bottom, or where an ASS/SSA file puts them.",
    )
    size: Literal["small", "medium", "large"] | None = Field(
        None,
        description="Letter size relative to the frame's height; None: medium, or what an "
        "ASS/SSA file says.",
    )
    color: str | None = Field(
        None,
        description="Colour of the letters: a name like 'yellow' or '#rrggbb'; None: white, or "
        "what an ASS/SSA file says.",
    )

    background: str | None = Field(
        None,
        description="Colour of a box behind each line: a name like 'black' or '#rrggbb'; None: "
        "no box (a dark outline), or what an ASS/SSA file says.",
    )

    @field_validator("color", "background")
    @classmethod
    def _known_color(cls, v: str | None) -> str | None:
        if v is not None:
            rgb(v.lower())  # an unknown colour is refused here, with the names to use
        return v.lower() if v else v

    @field_validator("file")
    @classmethod
    def _subtitle_file(cls, v: str | None) -> str | None:
        if v is not None and v.rsplit(".", 1)[-1].lower() not in SUBTITLE_EXTS:
            raise ValueError(
                f"{v} is not a subtitle file; promptcut burns in .srt, .ass, .ssa and .vtt files"
            )
        return v

    def assets(self) -> tuple[str, ...]:
        return (self.file,) if self.file else ()

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if clip.is_image:
            raise InvalidRequest("the input is a still image; subtitles need a video to play over")

    def render(self, graph: Graph) -> None:
        name = self.file or _only_subtitle_file(graph)
        path = graph.asset_file(name)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidRequest(f"{name} is not a UTF-8 text subtitle file") from None
        except OSError as e:
            raise InvalidRequest(f"{name} cannot be read: {e.strerror or e}") from None
        found = read_subtitles(name, text)
        if not (graph.clip.has_video and graph.keep_video):
            return
        _check_cue_count(name, found.cues, graph.clip.duration)
        n = 1 + sum(key.startswith("subtitles-") for key in graph.files)
        subtitles = graph.read_file(f"subtitles-{n}", path)
        fonts = graph.read_file("fonts", TEXT_FONT.parent)
        burn = (
            f"subtitles=filename={escape_filter_path(subtitles)}"
            f":fontsdir={escape_filter_path(fonts)}"
            f":force_style={escape_filter_path(self._style(found))}"
        )
        _burn(graph, burn)

    def _style(self, found: SubtitleFile) -> str:
        """The style libass is made to use, from this step's own values only (never the
        file's words): the shipped font always; for SRT and WebVTT a readable look (white,
        dark outline, a margin from the edge); for ASS/SSA what was asked, over the file's."""
        res = found.play_res_y
        style = {"FontName": FONT_FAMILY}
        own = found.kind != "ass"
        if own or self.size:
            font = res * SIZES[self.size or "medium"]
            style["FontSize"] = num(round(font, 2))
            if own:
                outline = font / 12
                style |= {
                    "Bold": "1",
                    "PrimaryColour": "&H00FFFFFF",
                    "OutlineColour": "&H00000000",
                    "BackColour": "&H80000000",
                    "BorderStyle": "1",
                    "Outline": num(round(outline, 2)),
                    "Shadow": num(round(outline / 2, 2)),
                }
        if self.color:
            style["PrimaryColour"] = _ass_colour(self.color)
        if self.background:
            # an opaque box per line: libass draws it in the outline's colour, the outline's
            # width its margin around the letters
            font = res * SIZES[self.size or "medium"]
            style |= {
                "BorderStyle": "3",
                "OutlineColour": _ass_colour(self.background),
                "BackColour": _ass_colour(self.background),
                "Outline": num(round(font / 6, 2)),
                "Shadow": "0",
            }
        if own or self.position:
            style["Alignment"] = str(ALIGNMENT[self.position or "bottom"])
            style["MarginV"] = num(round(res / 20, 2))
        return ",".join(f"{k}={v}" for k, v in style.items())

    def describe(self) -> str:
        parts = [f"subtitles from {self.file}" if self.file else "subtitles"]
        if self.position:
            parts.append(f"at the {self.position}")
        if self.size:
            parts.append(f"{self.size} text")
        if self.color:
            parts.append(f"in {self.color}")
        if self.background:
            parts.append(f"on a {self.background} box")
        return ", ".join(parts)

    grammar = (Rule(_REQUEST, _build),)


def _ass_colour(name: str) -> str:
    """A colour as ASS styles write it: &H00BBGGRR (blue first, opaque)."""
    value = rgb(name)
    red, green, blue = value >> 16, (value >> 8) & 0xFF, value & 0xFF
    return f"&H00{blue:02X}{green:02X}{red:02X}"


def _check_cue_count(name: str, cues: int, duration: float) -> None:
    allowed = max(CUES_ALWAYS_ALLOWED, math.ceil(duration * CUES_PER_SECOND))
    if cues > allowed:
        raise InvalidRequest(
            f"{name} holds {cues:,} subtitles, too many to burn into a {duration:.1f} s video "
            f"(at most {allowed:,}: {CUES_PER_SECOND} a second of video, or "
            f"{CUES_ALWAYS_ALLOWED:,}); use a file with only this video's subtitles"
        )


def _only_subtitle_file(graph: Graph) -> str:
    """The subtitle file given with the request, when it names none and there is just one."""
    found = sorted(n for n in graph.asset_files if n.rsplit(".", 1)[-1] in SUBTITLE_EXTS)
    if len(found) == 1:
        return found[0]
    if not found:
        raise InvalidRequest(
            "the request asks for subtitles but no subtitle file was given; "
            "add one with --asset subs.srt (.srt, .ass, .ssa or .vtt)"
        )
    raise InvalidRequest(
        f"several subtitle files were given ({', '.join(found)}); say which one to burn in"
    )


def _seek_offset(graph: Graph) -> float:
    """Seconds the input seek skips (a leading trim): frames then start at 0."""
    args = graph.input_args
    return float(args[args.index("-ss") + 1]) if "-ss" in args else 0.0


def _retimed(graph: Graph) -> bool:
    """Whether a filter already in the graph moves frames in time (a cut, a speed change)."""
    text = ";".join([*graph.statements, ",".join(graph.video)])
    return any(name in _RETIMING for name in _FILTER_NAME.findall(text))


def _burn(graph: Graph, burn: str) -> None:
    """Put the subtitles filter where its cues meet the frames they were timed for: in plan
    order while the timeline is the source's (give or take a leading trim by seek, undone
    around the filter), else first of all, on the source's own frames."""
    offset = _seek_offset(graph)
    chain = (
        [f"setpts=PTS+{num(offset)}/TB", burn, f"setpts=PTS-{num(offset)}/TB"] if offset else [burn]
    )
    if not _retimed(graph):
        graph.vf(*chain)
        return
    source = "[0:v:0]"
    if any(source in s for s in graph.statements):
        label = graph.new_label("v")
        graph.statements[:] = [s.replace(source, f"[{label}]") for s in graph.statements]
        graph.statements.insert(0, f"{source}{','.join(chain)}[{label}]")
        graph.touched = True
    elif graph.v_label == "0:v:0":
        graph.video[:0] = chain
        graph.touched = True
    else:  # the picture comes from another input altogether: nothing of the source to follow
        graph.vf(*chain)


OPERATIONS: tuple[type[Operation], ...] = (Subtitles,)
