"""Operations that join other clips to the video: append, prepend, join several, with
transitions between them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal, cast, get_args

from pydantic import Field

from promptcut.errors import InvalidRequest
from promptcut.media.info import MediaInfo
from promptcut.operations.base import Clip, Graph, Operation, fmt_seconds, num
from promptcut.operations.grammar import frame, parse_time, rule

__all__ = ["OPERATIONS", "XFADE", "Join", "Transition"]

#: How long a still image joined as a clip is shown, unless the request says.
IMAGE_SECONDS = 3.0

XfadeName = Literal[
    "fade", "wipeleft", "wiperight", "wipeup", "wipedown", "slideleft", "slideright", "slideup",
    "slidedown", "circlecrop", "rectcrop", "distance", "fadeblack", "fadewhite", "radial",
    "smoothleft", "smoothright", "smoothup", "smoothdown", "circleopen", "circleclose",
    "vertopen", "vertclose", "horzopen", "horzclose", "dissolve", "pixelize", "diagtl", "diagtr",
    "diagbl", "diagbr", "hlslice", "hrslice", "vuslice", "vdslice", "hblur", "fadegrays",
    "wipetl", "wipetr", "wipebl", "wipebr", "squeezeh", "squeezev", "zoomin", "fadefast",
    "fadeslow", "hlwind", "hrwind", "vuwind", "vdwind", "coverleft", "coverright", "coverup",
    "coverdown", "revealleft", "revealright", "revealup", "revealdown",
]  # fmt: skip
#: ffmpeg's xfade transitions (`transition=`), every one but `custom`.
XFADE: tuple[str, ...] = get_args(XfadeName)

# People's words for a transition, and the xfade transition each means. An editor's "cross
# dissolve" is a plain crossfade; a bare "dissolve" is ffmpeg's dissolve, asked for by name.
_DIRECTIONS = ("left", "right", "up", "down")
_STYLE_WORDS: dict[str, str] = {
    "crossfade": "fade", "cross fade": "fade", "cross-fade": "fade", "xfade": "fade",
    "fade": "fade", "cross dissolve": "fade", "cross-dissolve": "fade", "blend": "fade",
    "mix": "fade", "soft cut": "fade", "transition": "fade",
    "dissolve": "dissolve", "pixel dissolve": "dissolve",
    "fade to black": "fadeblack", "fade through black": "fadeblack", "dip to black": "fadeblack",
    "fade to white": "fadewhite", "fade through white": "fadewhite", "dip to white": "fadewhite",
    "white flash": "fadewhite", "flash": "fadewhite",
    "fade through gray": "fadegrays", "fade through grey": "fadegrays",
    "wipe": "wipeleft", "slide": "slideleft", "push": "slideleft", "smooth wipe": "smoothleft",
    "cover": "coverleft", "reveal": "revealleft",
    "left to right wipe": "wiperight", "right to left wipe": "wipeleft",
    "circle": "circleopen", "circle open": "circleopen", "circle close": "circleclose",
    "iris": "circleopen", "iris in": "circleclose", "iris out": "circleopen",
    "circle crop": "circlecrop", "rect crop": "rectcrop", "box": "rectcrop",
    "zoom": "zoomin", "zoom in": "zoomin", "pixelate": "pixelize", "pixelize": "pixelize",
    "pixel": "pixelize", "clock": "radial", "clock wipe": "radial", "radial": "radial",
    "radial wipe": "radial", "blur": "hblur", "squeeze": "squeezeh", "diagonal": "diagtl",
    "diagonal wipe": "diagtl", "barn door": "horzopen", "fast fade": "fadefast",
    "slow fade": "fadeslow", "distance": "distance",
    "vertical open": "vertopen", "vertical close": "vertclose",
    "horizontal open": "horzopen", "horizontal close": "horzclose",
    **{f"{kind} {d}": f"{kind}{d}" for kind in ("wipe", "slide", "smooth", "cover", "reveal")
       for d in _DIRECTIONS},
    **{f"{d} {kind}": f"{kind}{d}" for kind in ("wipe", "slide", "cover", "reveal")
       for d in _DIRECTIONS},
    **{f"push {d}": f"slide{d}" for d in _DIRECTIONS},
    **{name: name for name in XFADE},
}  # fmt: skip


def _style_key(words: str) -> str:
    """The table's key for a matched style: 'Cross-Fades' -> 'cross-fade', 'wipe  left' ->
    'wipe left'."""
    key = re.sub(r"\s+", " ", words.strip().lower())
    if key not in _STYLE_WORDS and key.endswith("s"):
        key = key[:-1]
    key = re.sub(r" (?:to the|to) (left|right|up|down)$", r" \1", key)
    return key


#: Style words that only ever mean a transition; others ("blur", "zoom", "push") count as one
#: only when the request says "transition" or "effect" with them.
_CLEAR = re.compile(r"fade|dissolve|wipe|slide|transition|blend")


def style_of(words: str) -> XfadeName:
    """The xfade transition people mean by `words`: 'crossfade' -> 'fade', 'wipe right' ->
    'wiperight'; ValueError names a few that work."""
    key = _style_key(words)
    if key not in _STYLE_WORDS:
        raise ValueError(
            f"'{words}' is not a transition promptcut knows; try a crossfade, dissolve, "
            "fade to black, wipe left or slide right"
        )
    return cast(XfadeName, _STYLE_WORDS[key])


# ---------------------------------------------------------------- words
#: Files that can be joined as clips: video, or a still image shown for a while. Sound files
#: are left to the music operations.
_VISUAL_EXTS = (
    "mp4", "m4v", "mov", "mkv", "webm", "avi", "ts", "mts", "m2ts", "mpg", "mpeg", "flv", "wmv",
    "gif", "png", "jpg", "jpeg", "webp", "bmp", "tif", "tiff",
)  # fmt: skip
_FILE = rf"(?<![\w.-])[a-z0-9_][\w.-]*\.(?:{'|'.join(_VISUAL_EXTS)})(?![\w-])"
_FILE_RE = re.compile(_FILE)
# One file or a list of them: "a.mp4, b.mp4 and c.mp4", "a.mp4 then b.mp4".
_FILES = (
    rf"(?:the (?:clips?|videos?|files?) )?(?P<files>{_FILE}"
    rf"(?:(?: ?, ?(?:and |then )?| and | then | & | plus | followed by ){_FILE})*)"
    r"(?: (?:clips?|videos?|files?))?"
)
_IN_ORDER = (
    r"(?: (?:just |simply )?(?:in (?:that|this|the same|the given) order|in order|one after (?:the )?"
    r"(?:other|another)|back to back|end to end|head to tail|in sequence|sequentially))?"
)
_HOLD = r"(?: for {time:hold})?"

# Style words, longest first so "wipe left" wins over "wipe"; spaces and hyphens flexible.
_STYLE = "|".join(
    re.sub(r"[ -]", "(?:-| )?", re.escape(w).replace("\\ ", " ").replace("\\-", "-"))
    for w in sorted(_STYLE_WORDS, key=len, reverse=True)
)
# "a quick crossfade", "a nice slow dissolve": words about the transition that change nothing
_MANNER = (
    r"(?:(?:quick|short|fast|slow|long|smooth|nice|gentle|soft|subtle|simple|little|brief|clean) )*"
)
_STYLE_DIRECTED = r"(?P<dir> (?:to the |to )?(?:left|right|up|down))?"
# "with a 2 second crossfade", "with dissolves", "using a wipe transition", "with a crossfade
# of 1.5 seconds", "with a transition".
_TRANSITION = (
    rf",? (?:with|using|via|and) (?:an? |some |the )?{_MANNER}(?:{{time:t}} (?:long )?)?{_MANNER}"
    rf"(?P<style>{_STYLE})s?{_STYLE_DIRECTED}s?(?P<said> (?:transition|effect)s?)?"
    r"(?: (?:of|over|lasting|for|that lasts) {time:t2})?"
    r"(?: (?:between|in between) (?:them|each|each clip|each one|the clips|the videos|clips))?"
)
# Placing clips: after the video or before it.
_AFTER = (
    r"(?:(?:right |directly |straight |just )?(?:after|following|behind) {it}"
    r"|(?:on|onto|on to|to|at|in) the (?:end|back)(?: of {it})?|on(?:to)? {it}|to {it}"
    r"|as (?:the |an )?(?:outro|ending|end card|last (?:clip|part|bit))|at the end|last)"
)
_BEFORE = (
    r"(?:(?:right |directly |just )?before {it}|(?:on|onto|to|at|in) the (?:start|beginning|front|head)(?: of {it})?"
    r"|in front(?: of {it})?|as (?:the |an )?(?:intro|opening|first (?:clip|part|bit))|first)"
)
_PLACE_VERB = (
    r"(?:add|append|attach|put|place|stick|tack|insert|stitch|splice|glue|paste|join|"
    r"concatenate|concat|merge|combine|play|include|prepend|throw|slap|drop)"
)
_JOIN_VERB = r"(?:append|join|concatenate|concat|merge|combine|stitch|splice|connect|glue|compile)"
# "them": every clip given with the request.
_THEM = (
    r"(?:them|these|those|the (?:clips|videos|files|video files|video clips|media files)"
    r"|all (?:of )?(?:them|these|the clips|the videos|the files)"
    r"|(?:it|the video|this) and the (?:others?|other clips?|rest)|everything"
    # "the two mp4 files", "both videos" (how many is checked against the clips given)
    r"|the (?:two|three|four|five|2|3|4|5) (?:[a-z0-9]+ )?(?:clips|videos|files|recordings|movies)"
    # "the two pieces of my recipe video", "both halves of the recording": the video in parts,
    # each given
    r"|(?:the (?:two|three|four|2|3|4)|both(?: the)?) (?:parts|pieces|halves|sections)"
    r"(?: (?:of|from) (?:the|my|our|this|that) (?:[\w'-]+ ){0,4}?(?:video|recording|clip|movie|"
    r"footage|file|vlog|tutorial|interview|lecture))?"
    # ("these 24 separate chunks of the pantomime": every clip given, counted)
    r"|(?:these|those|my|our|all(?: (?:of )?the)?) \d{1,3} (?:[a-z0-9]+ ){0,2}?(?:clips|videos|"
    r"files|recordings|movies|chunks|fragments)(?: (?:of|from) (?:the|my|our|this|that) (?:[a-z-]+ ){0,3}?[a-z-]+)?"
    r"|both(?: of)?(?: them| the (?:clips|videos|files)| (?:clips|videos|files))?"
    # "the multiple screen recordings of the user session", "the videos from the DVR": every
    # clip given, what they are or where they came from said
    r"|(?:the|my|our) (?:multiple |several |many |different |separate |individual |split |"
    r"fragmented )?"
    # ("the other selected highlight clips": every clip given, what they are said; never
    # which of them, "the first two clips")
    r"(?:(?!(?:first|last|second|third|fourth|fifth|next|previous|some|few|odd|even|best|worst|"
    r"main|\d+)\b)[a-z0-9-]+ ){0,3}?(?:clips|videos|files|recordings|movies|fragments|chunks)"
    r"(?: (?:of|from) (?:the|my|our|this|that) (?:[a-z-]+ ){0,3}?[a-z-]+)?)"
)
#: What joining makes: "into 1", "into one video", "to a single file".
_INTO_ONE = (
    r"(?: (?:in)?to (?:one|1|a single|a new|one single)(?: (?:single |new |long |big |combined |"
    r"continuous )*(?:[a-z0-9]+ ){0,2}?(?:file|video|clip|movie|mp4|recording))?"
    # ("into a single MP4 file", read as "into a mp4 file": one file of that kind)
    r"| (?:in)?to an? (?:mp4|mov|mkv|webm|m4v) (?:file|video))?"
)


def _files(g: dict[str, str]) -> tuple[str, ...]:
    return tuple(_FILE_RE.findall(g["files"]))


def _at(g: dict[str, str]) -> Literal["start", "end"]:
    return "start" if g.get("before") is not None else "end"


def _seconds(g: dict[str, str], default: float = 1.0) -> float:
    if g.get("t") and g.get("t2") and parse_time(g["t"]) != parse_time(g["t2"]):
        # "a 2 second crossfade for 3 seconds": which is meant is not guessed
        raise InvalidRequest(f"the transition is said to last {g['t']} and {g['t2']}; say which")
    t = g.get("t") or g.get("t2")
    return parse_time(t) if t else default


def _hold(g: dict[str, str]) -> dict[str, float]:
    return {"image_seconds": parse_time(g["hold"])} if "hold" in g else {}


_IMAGE_FILE = re.compile(r".*\.(?:png|jpe?g|webp|bmp|tiff?)$")


def _plain(g: dict[str, str], clips: tuple[str, ...], at: Literal["start", "end"]) -> Join | None:
    # "put logo.png on it" lays the logo over the picture; an image is joined as a clip only
    # when the words say where in time ("at the end", "for 3 seconds").
    on_it = re.fullmatch(r"(?:on(?:to| to)?|to) .*", g.get("after", ""))
    if on_it and "hold" not in g and clips and all(_IMAGE_FILE.match(c) for c in clips):
        return None
    return Join(clips=clips, at=at, **_hold(g))


def _transition(
    g: dict[str, str], clips: tuple[str, ...], at: Literal["start", "end"]
) -> Transition | None:
    """The transition the words ask for; None for style words that are not clearly one
    ("with a blur" is more likely a blur of the picture)."""
    style = g.get("style", "transition")
    if "said" not in g and not _CLEAR.search(_style_key(style)):
        return None
    return Transition(
        clips=clips,
        at=at,
        seconds=_seconds(g),
        style=style_of(_style_key(style) + _dir(g)),
        **_hold(g),
    )


def _dir(g: dict[str, str]) -> str:
    """A direction written after the style ("wipe to the left"), as the table spells it."""
    d = g.get("dir")
    return f" {d.split()[-1]}" if d else ""


Where = Callable[[dict[str, str]], tuple[tuple[str, ...], Literal["start", "end"]]]
Make = Callable[[dict[str, str], tuple[str, ...], Literal["start", "end"]], Operation | None]


def _placed(make: Make, where: Where) -> Callable[[dict[str, str]], Operation | None]:
    """A rule's builder: what `make` builds of the clips and place `where` reads."""
    return lambda g: make(g, *where(g))


#: Ways to say which clips go where: a Join as written, a Transition with a transition named
#: after it ("... with a 2 second crossfade").
_PLACINGS: tuple[tuple[str, Where], ...] = (
    # "add clip2.mp4 after the video", "put intro.mp4 at the start", "tack on outro.mp4 at the end"
    (
        rf"{_PLACE_VERB}(?: on| in)?(?: {{it}} (?:with|and))? {_FILES}{_IN_ORDER} (?:(?P<after>{_AFTER})|(?P<before>{_BEFORE})){_HOLD}",
        lambda g: (_files(g), _at(g)),
    ),
    # "append outro.mov", "join a.mp4, b.mp4 and c.mp4 in that order", "combine with clip2.mp4"
    (
        rf"{_JOIN_VERB}(?: {{it}})?(?: (?:with|and|to|onto|together with))? {_FILES}(?: (?:to|onto) {{it}})?(?: together)?{_IN_ORDER}{_HOLD}",
        lambda g: (_files(g), "end"),
    ),
    (rf"prepend {_FILES}(?: to {{it}})?{_IN_ORDER}{_HOLD}", lambda g: (_files(g), "start")),
    # "start with intro.mp4", "end it with outro.mp4", "follow it with clip2.mp4"
    (
        rf"(?:(?P<before>start|begin|open|lead|kick off|precede {{it}})|end|finish|close|wrap up|follow {{it}}(?: up)?)(?: {{it}})?(?: off)? with {_FILES}{_IN_ORDER}{_HOLD}",
        lambda g: (_files(g), _at(g)),
    ),
    # "join them": every clip given
    (
        rf"(?:{_JOIN_VERB}|put|play|link) {_THEM}(?: back)?(?: all)?(?: together)?{_INTO_ONE}"
        rf"{_IN_ORDER}",
        lambda g: ((), "end"),
    ),
    # "join the recording back into one video": the pieces it was split into, given
    (
        rf"(?:{_JOIN_VERB}|put) (?:the|my|our|this) (?:[a-z-]+ ){{0,3}}?(?:recording|video|clip|file|"
        rf"footage|movie)(?: (?:of|from) (?:the|my|our|this|that) (?:[a-z-]+ ){{0,3}}?[a-z-]+)? back"
        rf"(?: together(?:{_INTO_ONE})?| (?:in)?to (?:one|1|a single)(?: (?:file|video|clip|movie|"
        rf"recording))?)",
        lambda g: ((), "end"),
    ),
)


# ---------------------------------------------------------------- rendering
_LAYOUTS = {1: "mono", 2: "stereo", 3: "2.1", 4: "quad", 5: "5.0", 6: "5.1", 7: "6.1", 8: "7.1"}


def _layout(channels: int) -> str:
    """The channel layout ffmpeg calls `channels` channels by."""
    return _LAYOUTS.get(channels, "stereo")


def _rate(fps: float) -> str:
    """A frame rate as ffmpeg reads it exactly: NTSC's 29.97 is 30000/1001, not 29.97003."""
    for base in (24, 30, 48, 60, 120):
        if abs(fps - base / 1.001) < 0.005:
            return f"{base * 1000}/1001"
    return num(fps)


@dataclass(frozen=True)
class _Piece:
    """One clip of the join, its streams conformed to the video's: pad labels and length."""

    name: str
    seconds: float
    video: str | None
    audio: str | None


class _Joining(Operation):
    """What joins share: the clips, where they go, and how each is conformed to the video."""

    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    clips: tuple[str, ...] = Field(
        (),
        description="The files to join, by name, in the order they play (empty: every video "
        "given with the request, in the order given).",
    )
    at: Literal["end", "start"] = Field(
        "end", description="end: the clips play after the video; start: before it."
    )
    image_seconds: float | None = Field(
        None,
        gt=0,
        le=600,
        description=f"How long a still image among the clips is shown, in seconds (None: "
        f"{IMAGE_SECONDS:g}).",
    )

    def assets(self) -> tuple[str, ...]:
        return self.clips

    def check(self, clip: Clip) -> None:
        if clip.is_image:
            raise InvalidRequest(
                "the input is a still image; promptcut joins clips to a video (a still image "
                "can be one of the clips joined to it)"
            )
        if not clip.has_video:
            raise InvalidRequest("the input has only sound, so there is no video to join clips to")

    def _sources(self, graph: Graph) -> list[tuple[str, MediaInfo]]:
        """The clips to join, probed, in order; InvalidRequest for one that cannot be a clip."""
        names = self.clips or tuple(
            name for name, info in graph.assets.items() if info.video and not info.is_image
        )
        if not names:
            raise InvalidRequest(
                "there are no other clips to join; give them with --asset (e.g. --asset clip2.mp4)"
            )
        sources = [(name, graph.asset(name)) for name in names]
        for name, info in sources:
            if info.video is None:
                raise InvalidRequest(
                    f"{name} has no picture, so it cannot be joined as a clip; to play it as "
                    f"sound, ask for it as background music"
                )
        if self.image_seconds is not None and not any(i.is_image for _, i in sources):
            raise InvalidRequest(
                f"'for {self.image_seconds:g} seconds' says how long a still image is shown, but "
                f"{', '.join(n for n, _ in sources)} {'is a video' if len(sources) == 1 else 'are videos'}; "
                "to use part of a clip, join it whole and trim the result"
            )
        return sources

    def _length(self, info: MediaInfo) -> float:
        if info.is_image:
            return IMAGE_SECONDS if self.image_seconds is None else self.image_seconds
        return info.duration

    def order(self, graph: Graph) -> list[tuple[str, MediaInfo] | None]:
        """The pieces in the order they play: each clip's name and probe, None for the video
        itself."""
        sources = self._sources(graph)
        return [*sources, None] if self.at == "start" else [None, *sources]

    def render(self, graph: Graph) -> None:
        clip = graph.clip
        order = self.order(graph)
        sources = [p for p in order if p is not None]
        self._check_lengths(
            [p[0] if p else "the video" for p in order],
            [self._length(p[1]) if p else clip.duration for p in order],
        )

        has_audio = clip.has_audio or any(info.audio for _, info in sources)
        if clip.has_audio:
            rate, channels = clip.sample_rate, clip.channels
        else:  # the first clip with sound sets it
            first = next(info.audio for _, info in sources if info.audio) if has_audio else None
            rate, channels = (first.sample_rate, first.channels) if first else (0, 0)
        conform = _Conform(
            # 4:2:0 needs even sides: an odd one loses its last row or column, as it would on
            # the way out anyway
            width=clip.width - clip.width % 2,
            height=clip.height - clip.height % 2,
            fps=clip.fps or 30.0,
            rate=rate,
            layout=_layout(channels),
            video=graph.keep_video,
            audio=has_audio and graph.keep_audio,
        )
        pieces = [
            conform.asset(graph, p[0], p[1], self._length(p[1]))
            if p
            else conform.main(graph, clip.duration)
            for p in order
        ]
        graph.clip = clip.evolve(
            duration=self._combine(graph, pieces),
            has_audio=has_audio,
            sample_rate=rate,
            channels=channels,
            fps=conform.fps,
            width=conform.width,
            height=conform.height,
        )

    def _check_lengths(self, names: Sequence[str], seconds: Sequence[float]) -> None:
        """Refuse, with the lengths, a join whose pieces are too short for it."""

    def _combine(self, graph: Graph, pieces: Sequence[_Piece]) -> float:
        raise NotImplementedError

    def _what(self) -> str:
        clips = ", ".join(self.clips) or "every clip given"
        return f"{clips} {'after' if self.at == 'end' else 'before'} the video"


@dataclass(frozen=True)
class _Conform:
    """The shape every piece is brought to: the video's size, frame rate, sample rate and
    channel layout (`video`/`audio`: whether that stream is built at all)."""

    width: int
    height: int
    fps: float
    rate: int
    layout: str
    video: bool
    audio: bool

    def _video(self) -> str:
        # Same size (fitted, then centred on black), square pixels, frame rate, pixel format
        # and time base: what concat and xfade need of every input.
        return (
            f"scale={self.width}:{self.height}:force_original_aspect_ratio=decrease"
            ":force_divisible_by=2:flags=bicubic,"
            f"pad={self.width}:{self.height}:(ow-iw)/2:(oh-ih)/2,setsar=1"
        )

    def _tail(self) -> str:
        return f"fps={_rate(self.fps)},format=yuv420p,settb=AVTB"

    def _sound(self, seconds: float) -> str:
        # Exactly as long as the piece: padded with silence or cut, so the next piece's sound
        # starts with its picture.
        return (
            f"aresample={self.rate},aformat=sample_rates={self.rate}:channel_layouts={self.layout},"
            f"apad=whole_dur={num(seconds)},atrim=duration={num(seconds)}"
        )

    def _silence(self, seconds: float) -> str:
        return f"anullsrc=r={self.rate}:cl={self.layout},atrim=duration={num(seconds)}"

    def main(self, graph: Graph, seconds: float) -> _Piece:
        video = audio = None
        if self.video:
            src = graph.take_video()
            video = graph.new_label("v")
            w, h = graph.clip.width, graph.clip.height
            crop = (
                f"crop={self.width}:{self.height}:0:0,"
                if (w, h) != (self.width, self.height)
                else ""
            )
            graph.add(f"[{src}]{crop}setsar=1,{self._tail()}[{video}]")
        if self.audio:
            audio = graph.new_label("a")
            if graph.clip.has_audio:
                graph.add(f"[{graph.take_audio()}]{self._sound(seconds)}[{audio}]")
            else:
                graph.add(f"{self._silence(seconds)}[{audio}]")
        return _Piece("the video", seconds, video, audio)

    def asset(self, graph: Graph, name: str, info: MediaInfo, seconds: float) -> _Piece:
        index = graph.open_input(name)
        video = audio = None
        if self.video:
            video = graph.new_label("v")
            # A still is held for its seconds: its one frame repeated, then cut to length.
            hold = f",tpad=stop_mode=clone:stop_duration={num(seconds)}" if info.is_image else ""
            cut = f",trim=duration={num(seconds)}" if info.is_image else ""
            graph.add(f"[{index}:v:0]{self._video()}{hold},{self._tail()}{cut}[{video}]")
        if self.audio:
            audio = graph.new_label("a")
            if info.audio is not None:
                graph.add(f"[{index}:a:0]{self._sound(seconds)}[{audio}]")
            else:
                graph.add(f"{self._silence(seconds)}[{audio}]")
        return _Piece(name, seconds, video, audio)


class Join(_Joining):
    """Join other clips to the video: after it, before it, or several in a row.

    Clips are fitted to the video's size, frame rate and sound; a still image shows for a few
    seconds."""

    name: ClassVar[str] = "join"
    frames = (
        frame(
            "join the video with {file}",
            "join merge combine concatenate append stitch attach",
            also="together after end video videos clips clip one single all them add",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "add clip2.mp4 after the video",
        "put intro.mp4 at the start",
        "append outro.mov",
        "join a.mp4, b.mp4 and c.mp4 in that order",
    )

    def _combine(self, graph: Graph, pieces: Sequence[_Piece]) -> float:
        v, a = pieces[0].video is not None, pieces[0].audio is not None
        if v or a:
            # concat takes each piece's streams side by side: [v0][a0][v1][a1]...
            inputs = "".join(f"[{p.video}]" * v + f"[{p.audio}]" * a for p in pieces)
            video, audio = graph.new_label("v") if v else "", graph.new_label("a") if a else ""
            outs = (f"[{video}]" if v else "") + (f"[{audio}]" if a else "")
            graph.add(f"{inputs}concat=n={len(pieces)}:v={int(v)}:a={int(a)}{outs}")
            if v:
                graph.give_video(video)
            if a:
                graph.give_audio(audio)
        return sum(p.seconds for p in pieces)

    def describe(self) -> str:
        return f"join {self._what()}"

    grammar = (
        *(rule(pattern, _placed(_plain, where)) for pattern, where in _PLACINGS),
        # "put it between intro.mp4 and outro.mp4"
        rule(
            r"(?:put|place|wrap|sandwich|play) {it} (?:in )?between "
            rf"(?P<first>{_FILE}) and (?P<last>{_FILE})",
            lambda g: [
                Join(clips=(g["first"],), at="start"),
                Join(clips=(g["last"],), at="end"),
            ],
        ),
    )


class Transition(_Joining):
    """Join other clips to the video with transitions: crossfades, dissolves, wipes, slides.

    The sound crossfades with the picture; each transition shortens the result by its length."""

    name: ClassVar[str] = "transition"
    examples: ClassVar[tuple[str, ...]] = (
        "combine with clip2.mp4 with a 2 second crossfade",
        "fade into outro.mp4",
        "add clip2.mp4 with a wipe transition",
        "join them with dissolves",
    )

    seconds: float = Field(1.0, gt=0, description="How long each transition lasts, in seconds.")
    style: XfadeName = Field(
        "fade",
        description="The transition, by ffmpeg's xfade name: fade (a crossfade), dissolve, "
        "fadeblack, wipeleft, wiperight, slideleft, slideright, circleopen, zoomin, ...",
    )

    def _check_lengths(self, names: Sequence[str], seconds: Sequence[float]) -> None:
        t = self.seconds
        for i, (name, length) in enumerate(zip(names, seconds, strict=True)):
            ends = (i > 0) + (i < len(names) - 1)  # transitions into and out of this piece
            if t * ends > length + 1e-6:
                what = "it" if name == "the video" else name
                raise InvalidRequest(
                    f"a {t:g} s transition is longer than {name} ({fmt_seconds(length)})"
                    if ends == 1
                    else f"{name} is {fmt_seconds(length)} long, too short for a {t:g} s "
                    f"transition at each end of {what}"
                )

    def _combine(self, graph: Graph, pieces: Sequence[_Piece]) -> float:
        t = num(self.seconds)
        first = pieces[0]
        video, audio, elapsed = first.video, first.audio, first.seconds
        for piece in pieces[1:]:
            # xfade starts the overlap at an offset on the first input's timeline: the length
            # of everything joined so far, less the transition.
            offset = elapsed - self.seconds
            if video is not None and piece.video is not None:
                out = graph.new_label("v")
                graph.add(
                    f"[{video}][{piece.video}]xfade=transition={self.style}:duration={t}"
                    f":offset={num(offset)}[{out}]"
                )
                video = out
            if audio is not None and piece.audio is not None:
                out = graph.new_label("a")
                graph.add(f"[{audio}][{piece.audio}]acrossfade=d={t}[{out}]")
                audio = out
            elapsed = offset + piece.seconds
        if video is not None:
            graph.give_video(video)
        if audio is not None:
            graph.give_audio(audio)
        return elapsed

    def describe(self) -> str:
        return f"join {self._what()} with a {self.seconds:g} s {self.style} transition"

    grammar = (
        *(rule(pattern + _TRANSITION, _placed(_transition, where)) for pattern, where in _PLACINGS),
        # "add clip2.mp4 with a wipe transition": a transition says where it goes
        rule(
            rf"(?:add|put|attach|insert|play|include) {_FILES}{_IN_ORDER}{_TRANSITION}",
            lambda g: _transition(g, _files(g), "end"),
        ),
        # "fade into outro.mp4", "crossfade to clip2.mp4 over 2 seconds", "add a wipe
        # transition into b.mp4"
        rule(
            rf"(?:(?:add|use|do|make|put|insert) )?(?:an? )?(?:{{time:t}} (?:long )?)?(?P<style>{_STYLE}){_STYLE_DIRECTED}(?P<said> transition)?(?: {{it}})? (?:in)?to {_FILES}{_IN_ORDER}(?: at the end)?(?: (?:over|lasting|in|of) {{time:t2}})?",
            lambda g: _transition(g, _files(g), "end"),
        ),
        # "fade from intro.mp4 into the video"
        rule(
            rf"(?:(?:add|use|do|make|put|insert) )?(?:an? )?(?:{{time:t}} (?:long )?)?(?P<style>{_STYLE}){_STYLE_DIRECTED}(?P<said> transition)?(?: in)? from {_FILES}(?: (?:in)?to {{it}})?(?: (?:over|lasting|in|of) {{time:t2}})?",
            lambda g: _transition(g, _files(g), "start"),
        ),
        # "crossfade it with clip2.mp4"
        rule(
            rf"(?P<style>cross ?-?fade|cross ?-?dissolve|dissolve)(?: {{it}})? (?:with|and) {_FILES}{_IN_ORDER}(?: (?:over|lasting|in|of) {{time:t2}})?",
            lambda g: _transition(g, _files(g), "end"),
        ),
        # "add a fade transition between the video and clip2.mp4"
        rule(
            rf"(?:(?:add|use|put|do|with) )?(?:an? |some )?(?:{{time:t}} (?:long )?)?(?P<style>{_STYLE}){_STYLE_DIRECTED}s?"
            rf"(?P<said> (?:transition|effect)s?)? (?:in )?between {{it}} and {_FILES}(?: (?:over|lasting|of) {{time:t2}})?",
            lambda g: _transition(g, _files(g), "end"),
        ),
        # "add crossfades between them", "use dissolves between the clips"
        rule(
            rf"(?:(?:add|use|put|do|with) )?(?:an? |some )?(?:{{time:t}} (?:long )?)?(?P<style>{_STYLE}){_STYLE_DIRECTED}s?(?P<said> (?:transition|effect)s?)? (?:in )?between (?:them|the clips|the videos|each clip|each one|all of them|the files)",
            lambda g: _transition(g, (), "end"),
        ),
    )


OPERATIONS: tuple[type[Operation], ...] = (Join, Transition)
