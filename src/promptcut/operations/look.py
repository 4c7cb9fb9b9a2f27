"""Operations on how the picture looks: grayscale, fades."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from promptcut.errors import InvalidRequest
from promptcut.operations.base import Clip, Graph, Operation, Ranged, fmt_seconds, num
from promptcut.operations.grammar import frame, parse_time, rule

__all__ = ["Fade", "Grayscale"]

_GRAY = (
    r"(?:black ?(?:and|&|n|'n'|-and-|\+) ?white|b ?& ?w|b/w|bw|b and w|gr[ae]y ?scale|gr[ae]y|"
    r"monochrome|mono(?= (?:filter|effect|look|style|colou?rs?|tones?))|desaturated|colou?rless|"
    r"noir|black and white)"
)


class Grayscale(Ranged):
    """Make the picture black and white, all of it or a part ("0:05 to 0:10")."""

    name: ClassVar[str] = "grayscale"
    frames = (
        frame(
            "make it black and white",
            "grayscale greyscale monochrome",
            also="make create generate produce render export save convert turn output give do color colour mode filter",
        ),
        frame(
            "make it black and white",
            "black",
            "white",
            also="make create generate produce render export save convert turn output give do color colour mode filter",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "make it black and white",
        "grayscale",
        "remove the color",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    def render(self, graph: Graph) -> None:
        graph.vf("hue=s=0" + self.enable(graph.clip))

    def describe(self) -> str:
        return "grayscale" + self.describe_range()

    grammar = (
        rule(
            rf"(?:(?:make|turn|convert|change|render|put|set|switch|do|have)(?: {{it}})?(?: in| into| to)? )?(?:a |an )?"
            rf"{_GRAY}(?: (?:colou?rs?|mode|filter|effect|look|style|tones?|video|footage))?(?: {{it}})?",
            lambda g: Grayscale(),
        ),
        rule(
            rf"(?:apply|add|use|give {{it}}|put on)(?: an?| the)? {_GRAY} (?:filter|effect|look|style)(?: to {{it}})?",
            lambda g: Grayscale(),
        ),
        rule(
            r"(?:remove|drop|strip|take out|get rid of|kill|take away|drain)(?: all)?(?: the)? (?:colou?rs?|saturation)(?: (?:from|of|in) {it})?",
            lambda g: Grayscale(),
        ),
        rule(r"(?:fully )?desaturate(?: {it})?(?: completely| fully)?", lambda g: Grayscale()),
    )


#: Where a fade of the sound is, said after it: the start for a fade in, the end for one out.
_AT_ITS_END = (
    r"(?: (?:at|in) the (?:very )?(?:(?P<at_in>start|beginning)|(?P<at_out>end|ending))"
    r"(?: of (?:{it}|the (?:audio|sound|music)))?)?"
)


class Fade(Operation):
    """Fade in from black at the start or out to black at the end, sound with picture."""

    name: ClassVar[str] = "fade"
    frames = (
        frame(
            "{fade}",
            also="add effect video black from to start end beginning apply simple short smooth",
            optional=("length",),
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "add a 3 second fade in",
        "fade out over the last 2 seconds",
        "fade in and out",
        "fade the audio out",
    )

    direction: Literal["in", "out"] = Field(
        description="in: from black at the start; out: to black at the end."
    )
    duration: float = Field(1.0, gt=0, description="Length of the fade in seconds.")
    target: Literal["both", "video", "audio"] = Field(
        "both", description="Fade the picture, the sound, or both."
    )

    def check(self, clip: Clip) -> None:
        if clip.is_image:
            raise InvalidRequest("the input is a still image, so it has no start or end to fade")
        if self.target == "audio" and not clip.has_audio:
            raise InvalidRequest("there is no sound to fade: the input has no audio track")
        if self.target == "video" and not clip.has_video:
            raise InvalidRequest("there is no picture to fade: the input has only sound")
        if self.duration > clip.duration + 0.05:
            raise InvalidRequest(
                f"a {self.duration:g} s fade is longer than the video ({fmt_seconds(clip.duration)})"
            )

    def render(self, graph: Graph) -> None:
        d = min(self.duration, graph.clip.duration)
        start = 0.0 if self.direction == "in" else max(0.0, graph.clip.duration - d)
        spec = f"t={self.direction}:st={num(start)}:d={num(d)}"
        if self.target in ("both", "video"):
            graph.vf(f"fade={spec}")
        if self.target in ("both", "audio"):
            graph.af(f"afade={spec}")

    def describe(self) -> str:
        what = "" if self.target == "both" else f" ({self.target})"
        return f"fade {self.direction} {self.duration:g} s{what}"

    grammar = (
        # Before the general rule, which refuses a fade with no direction ("fade to black" has one).
        rule(
            r"fade(?: {it})? (?:to|into) black(?: at the end)?(?: (?:over|for|of)(?: the last)? {time:d2})?",
            lambda g: Fade(direction="out", duration=_fade_len(g)),
        ),
        rule(
            r"fade(?: {it})? (?:in )?from black(?: at the (?:start|beginning))?(?: (?:over|for|of)(?: the first)? {time:d2})?",
            lambda g: Fade(direction="in", duration=_fade_len(g)),
        ),
        rule(
            r"(?:(?:add|put|give {it}|apply|do|use|with|start with|end with|include)(?: in)? )?(?:an? |the )?"
            r"(?:(?P<d>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?) (?:long )?)?"
            r"(?:(?P<audio2>audio|sound|music) )?(?P<dir>in|out)?(?:fade|fading)(?: (?P<dir2>in|out))?(?:(?: from| to) black)?(?: effect| transition)?"
            r"(?: (?:of|over|for|lasting|that lasts)(?: the (?:first|last))? {time:d2})?"
            r"(?: (?:at|to|in|on) (?:the )?(?:(?P<at_in>start|beginning)|(?P<at_out>end|ending)|video|clip)(?: of {it})?"
            r"| (?:to|on|of|for) (?:the )?(?:(?P<audio>audio|sound|music|soundtrack|audio track)|(?P<picture>picture|image)))?"
            # how long, said after where: "a fade to black at the end for 3 seconds"
            r"(?:,? (?:(?:of|over|for|lasting|that lasts) )?{time:d3}(?: long)?)?",
            lambda g: _fades(_placed_fade(g)),
        ),
        rule(
            r"(?P<dir>in|out)?fade(?: {it})? (?P<dir2>in|out)(?: from black| to black)?(?:(?: (?:(?:over|for|of|during)(?: the (?:first|last))?|the (?:first|last)))? {time:d2})?",
            lambda g: _fades(g),
        ),
        # "add a 2 second fade in and fade out": both as long
        rule(
            r"(?:(?:add|put|apply|use|do|give {it}) )?(?:an? )?{time:d2} (?:long )?fade(?: |-)?in "
            r"(?:and|&) (?:an? )?(?:fade(?: |-)?)?out(?: (?:at|to) (?:the )?end)?",
            lambda g: [
                Fade(direction="in", duration=_fade_len(g)),
                Fade(direction="out", duration=_fade_len(g)),
            ],
        ),
        rule(
            r"fade(?: {it})? (?:in and out|in and fade out|in & out)(?: (?:over|for|of) {time:d2})?",
            lambda g: [
                Fade(direction="in", duration=_fade_len(g)),
                Fade(direction="out", duration=_fade_len(g)),
            ],
        ),
        # "fade out the ending", "fade the beginning in": the end faded out, the start in
        rule(
            r"fade (?:out (?:the )?(?:very )?(?:end|ending|outro|close)|(?:the )?(?:very )?(?:end|"
            r"ending|outro|close) out)(?: of {it})?(?: (?:over|for|of) {time:d2})?",
            lambda g: Fade(direction="out", duration=_fade_len(g)),
        ),
        rule(
            r"fade (?:in (?:the )?(?:very )?(?:start|beginning|opening|intro)|(?:the )?(?:very )?"
            r"(?:start|beginning|opening|intro) in)(?: of {it})?(?: (?:over|for|of) {time:d2})?",
            lambda g: Fade(direction="in", duration=_fade_len(g)),
        ),
        # "fade out the last 3 seconds of audio"
        rule(
            r"fade (?P<dir>in|out)(?: over)? the (?:first|last|final) {time:d2} of (?:the )?"
            r"(?:audio|sound|music)",
            lambda g: Fade(direction=_direction(g), duration=_fade_len(g), target="audio"),
        ),
        rule(
            r"fade (?P<dir>in|out) (?:the )?(?:audio|sound|music|volume)(?: (?:over|for|of)(?: the (?:first|last))? {time:d2})?",
            lambda g: Fade(direction=_direction(g), duration=_fade_len(g), target="audio"),
        ),
        rule(
            r"fade (?:the )?(?:audio|sound|music|volume) (?P<dir>in|out)(?: (?:over|for|of)(?: the (?:first|last))? {time:d2})?",
            lambda g: Fade(direction=_direction(g), duration=_fade_len(g), target="audio"),
        ),
        # where, said after: "fade in the audio at the start" ("fade the music out at the end"
        # after music is added is the music's own fade, read with it)
        rule(
            r"fade (?P<dir>in|out) (?:the )?(?:audio|sound|volume)(?: (?:over|for|of)(?: the (?:first|last))? {time:d2})?"
            + _AT_ITS_END,
            lambda g: _audio_fade(g),
        ),
        rule(
            r"fade (?:the )?(?:audio|sound|volume) (?P<dir>in|out)(?: (?:over|for|of)(?: the (?:first|last))? {time:d2})?"
            + _AT_ITS_END,
            lambda g: _audio_fade(g),
        ),
    )


def _audio_fade(g: dict[str, str]) -> Fade:
    """A fade of the sound, at the end its direction says ("fade in the audio at the end" is
    asked about)."""
    return Fade(
        direction=_direction(_placed_fade(g, " the audio")), duration=_fade_len(g), target="audio"
    )


def _placed_fade(g: dict[str, str], what: str = "") -> dict[str, str]:
    """A fade's direction from where it is said to be ("a fade at the end": out); a direction
    said that is not the place's ("fade out at the start") is asked about, with examples of
    `what` fades."""
    said = g.get("dir") or g.get("dir2")
    placed = "in" if "at_in" in g else "out" if "at_out" in g else None
    if said and placed and said != placed:
        raise ValueError(
            "a fade in is at the start and a fade out at the end: which is meant? For example: "
            f"'fade in{what} at the start' or 'fade out{what} at the end'"
        )
    return {**g, "dir": said or placed or ""}


def _fade_len(g: dict[str, str]) -> float:
    if "d3" in g:
        if "d2" in g:
            raise InvalidRequest(f"the fade is said to last {g['d2']} and {g['d3']}; say which")
        g = {**g, "d2": g["d3"]}
    if "d" in g and "d2" in g and float(g["d"]) != parse_time(g["d2"]):
        # "a 3 second fade in for 5 seconds": which is meant is not guessed
        raise InvalidRequest(f"the fade is said to last {g['d']} s and {g['d2']}; say which")
    if "d" in g:
        return float(g["d"])
    return parse_time(g["d2"]) if "d2" in g else 1.0


def _direction(g: dict[str, str]) -> Literal["in", "out"]:
    d = g.get("dir") or g.get("dir2")
    if d not in ("in", "out"):
        raise ValueError("say whether to fade in or fade out")
    return d  # type: ignore[return-value]


def _fades(g: dict[str, str]) -> Fade:
    target = "audio" if "audio" in g or "audio2" in g else "video" if "picture" in g else "both"
    return Fade(direction=_direction(g), duration=_fade_len(g), target=target)


OPERATIONS: tuple[type[Operation], ...] = (
    Grayscale,
    Fade,
)
