"""Operations on the sound: mute, volume."""

from __future__ import annotations

import math
from typing import ClassVar

from pydantic import Field, model_validator

from promptcut.errors import InvalidRequest
from promptcut.operations.base import Clip, Graph, Operation, num
from promptcut.operations.grammar import parse_number, rule

__all__ = ["Mute", "Volume"]

_AUDIO = r"(?:the )?(?:audio|sound|soundtrack|sound track|audio track|volume|music)"


class Mute(Operation):
    """Remove the sound: the result has no audio track."""

    name: ClassVar[str] = "mute"
    examples: ClassVar[tuple[str, ...]] = ("mute it", "remove the audio", "make it silent")

    def check(self, clip: Clip) -> None:
        if not clip.has_video:
            raise InvalidRequest("muting would leave nothing: the input has only sound")

    def render(self, graph: Graph) -> None:
        graph.drop_audio()

    grammar = (
        rule(
            rf"(?:mute|silence)(?: {{it}})?(?: {_AUDIO})?(?: completely| entirely| fully)?",
            lambda g: Mute(),
        ),
        rule(
            rf"(?:remove|strip|drop|delete|kill|cut|take out|take off|get rid of|turn off|disable|lose|ditch)(?: all)?(?: of)? {_AUDIO}(?: (?:from|of|in|on) {{it}})?",
            lambda g: Mute(),
        ),
        rule(
            r"(?:make {it} |i want {it} |leave {it} |render {it} |export {it} )?(?:silent|soundless|mute|muted|"
            r"without (?:any )?(?:audio|sound)|with no (?:audio|sound)|no (?:audio|sound))",
            lambda g: Mute(),
        ),
        rule(
            r"(?:i don't want|i do not want|no need for)(?: any)? (?:audio|sound)", lambda g: Mute()
        ),
    )


_LOWER = (
    r"(?:reduce|lower|decrease|drop|turn down|bring down|cut|lessen|dial down|tone down|soften|"
    r"quiet down|take down|make|set|change|adjust|put)"
)
_RAISE = (
    r"(?:boost|increase|raise|turn up|amplify|bump up|bring up|pump up|crank up|up|make|set|"
    r"change|adjust|put)"
)
_LEVEL = r"(?:the )?(?:volume|audio|sound|level|loudness|audio level|sound level|gain)"


class Volume(Operation):
    """Make the sound louder or quieter, by a percentage of its level or by decibels."""

    name: ClassVar[str] = "volume"
    examples: ClassVar[tuple[str, ...]] = (
        "reduce the volume to 25%",
        "boost the volume by 3dB",
        "make it louder",
        "lower the volume by 6 dB",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"audio"})

    percent: float | None = Field(
        None,
        ge=0,
        description="The new level as a percentage of the old: 50 halves it, 200 doubles.",
    )
    db: float | None = Field(None, description="Change in decibels: +6 is about twice as loud.")

    @model_validator(mode="after")
    def _one_way(self) -> Volume:
        if (self.percent is None) == (self.db is None):
            raise ValueError("give the volume change as a percentage or in dB, not both")
        return self

    def check(self, clip: Clip) -> None:
        super().check(clip)
        if self.db is not None and abs(self.db) > 60:
            raise InvalidRequest(f"a change of {self.db:+g} dB is out of range (at most ±60 dB)")
        if self.percent is not None and self.percent > 1000:
            raise InvalidRequest(f"{self.percent:g}% is out of range (at most 1000%)")

    def render(self, graph: Graph) -> None:
        if self.db is not None:
            graph.af(f"volume={num(self.db)}dB")
        else:
            graph.af(f"volume={num((self.percent or 0) / 100)}")

    def describe(self) -> str:
        if self.db is not None:
            return f"volume {self.db:+g} dB"
        return f"volume to {self.percent:g}% ({20 * math.log10(max(self.percent or 0, 1e-6) / 100):+.1f} dB)"

    grammar = (
        rule(
            rf"{_LOWER} {_LEVEL}(?: of {{it}})? (?:down )?(?:to|at) {{pct:p}}",
            lambda g: Volume(percent=parse_number(g["p"])),
        ),
        rule(
            rf"{_LOWER} {_LEVEL}(?: of {{it}})?(?: down)? by {{pct:p}}",
            lambda g: Volume(percent=max(0.0, 100 - parse_number(g["p"]))),
        ),
        rule(
            rf"{_RAISE} {_LEVEL}(?: of {{it}})?(?: up)? by {{pct:p}}",
            lambda g: Volume(percent=100 + parse_number(g["p"])),
        ),
        rule(
            rf"(?P<v>{_LOWER}|{_RAISE}) {_LEVEL}(?: of {{it}})?(?: down| up)? (?:by )?{{db:d}}",
            lambda g: Volume(db=_signed_db(g["v"], g["d"])),
        ),
        rule(
            r"(?:set )?(?:the )?volume (?:to |at )?{pct:p}",
            lambda g: Volume(percent=parse_number(g["p"])),
        ),
        rule(
            rf"(?P<v>(?:reduce|lower|decrease|turn down|bring down|lessen|dial down|tone down|quiet down))(?: {_LEVEL})?(?: of)?(?: {{it}})?(?: down)?(?:(?P<bit> a (?:bit|little|touch)| slightly)|(?P<much> a lot| much| way down))?",
            lambda g: Volume(db=-3.0 if "bit" in g else -12.0 if "much" in g else -6.0),
        ),
        rule(
            rf"(?P<v>(?:boost|increase|raise|turn up|amplify|bump up|bring up|pump up|crank up))(?: {_LEVEL})?(?: of)?(?: {{it}})?(?: up)?(?:(?P<bit> a (?:bit|little|touch)| slightly)|(?P<much> a lot| much| way up))?",
            lambda g: Volume(db=3.0 if "bit" in g else 12.0 if "much" in g else 6.0),
        ),
        rule(
            rf"turn (?:{{it}}|{_LEVEL})(?: of {{it}})? (?P<dir>up|down)(?:(?P<bit> a (?:bit|little|touch)| slightly)|(?P<much> a lot| much| way))?",
            lambda g: Volume(
                db=(1 if g["dir"] == "up" else -1)
                * (3.0 if "bit" in g else 12.0 if "much" in g else 6.0)
            ),
        ),
        rule(
            r"(?:make )?(?:{it} |the (?:audio|sound) )?(?:(?P<bit>a (?:bit|little|touch) |slightly )|(?P<much>much |a lot |way ))?(?P<dir>louder|quieter|softer)",
            lambda g: Volume(
                db=(1 if g["dir"] == "louder" else -1)
                * (3.0 if "bit" in g else 12.0 if "much" in g else 6.0)
            ),
        ),
        rule(
            r"(?:make {it} )?{db:d} (?P<dir>louder|quieter|softer)",
            lambda g: Volume(db=abs(parse_number(g["d"])) * (1 if g["dir"] == "louder" else -1)),
        ),
        rule(r"double (?:the )?(?:volume|loudness)", lambda g: Volume(percent=200)),
        rule(r"(?:halve|half) (?:the )?(?:volume|loudness)", lambda g: Volume(percent=50)),
    )


def _signed_db(verb: str, amount: str) -> float:
    """'-3 dB' keeps its sign; otherwise the verb says which way ('lower ... 6 dB' is -6)."""
    value = parse_number(amount)
    if amount.strip().startswith(("-", "+")):
        return value
    quieter = any(
        verb.startswith(w)
        for w in (
            "reduce",
            "lower",
            "decrease",
            "drop",
            "turn down",
            "bring down",
            "cut",
            "lessen",
            "dial down",
            "tone down",
            "soften",
            "quiet",
            "take down",
        )
    )
    return -abs(value) if quieter else abs(value)


OPERATIONS: tuple[type[Operation], ...] = (
    Mute,
    Volume,
)
