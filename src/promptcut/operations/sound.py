"""Operations on the sound: mute, volume, loudness normalization, noise reduction, extracting
the audio."""

from __future__ import annotations

import json
import math
import re
from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from promptcut.errors import InvalidRequest
from promptcut.formats import output_format
from promptcut.operations.base import Analysis, Clip, Graph, Operation, Ranged, num
from promptcut.operations.grammar import frame, parse_number, rule

__all__ = ["AudioDenoise", "ExtractAudio", "Mute", "Normalize", "Volume"]

_AUDIO = (
    r"(?:the |its )?(?:(?:original|own|video's) )?"
    r"(?:audio|sound|soundtrack|sound track|audio track|volume|(?:background )?music)"
)


#: The sound named as a part of the file: "without an audio track", "with no sound stream".
_TRACK = r"(?: (?:track|line|stream|channel))?"


class Mute(Operation):
    """Remove the sound: the result has no audio track."""

    name: ClassVar[str] = "mute"
    touches: ClassVar[frozenset[str]] = frozenset({"sound"})
    frames = (
        frame(
            "mute it",
            "mute silence remove strip delete drop kill disable",
            "audio sound soundtrack music voice",
            also="track volume level loudness gain off out all take rid without",
            optional=("range",),
        ),
        frame(
            "mute it",
            "mute muted silent",
            also="make audio sound soundtrack track volume level loudness gain",
            optional=("range",),
        ),
    )
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
            rf"(?:take|turn|switch|cut|shut) {_AUDIO}(?: of {{it}})? (?:out|off)",
            lambda g: Mute(),
        ),
        rule(
            r"(?:make {it} |i want {it} |leave {it} |render {it} |export {it} )?(?:silent|soundless|mute|muted|"
            rf"without (?:any |the |its |an? )?(?:audio|sound){_TRACK}"
            rf"|with no (?:audio|sound){_TRACK}|no (?:audio|sound){_TRACK})",
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
_LEVEL = (
    r"(?:the |its )?(?:volume|audio|sound|level|loudness|audio level|sound level|gain|voices?|"
    r"speech|dialogue)"
)


def _louder_by(percent: float, said_by: bool) -> float:
    """How much louder "N% louder" is: N% more; but "200% louder" is as often said of twice the
    level as of three times it, so from 100% on it is asked (never "louder by 200%")."""
    if percent >= 100 and not said_by:
        raise ValueError(
            f"{percent:g}% louder: to {percent:g}% of its level, or {percent:g}% more than it "
            f"is ({100 + percent:g}%)? For example: 'set the volume to {percent:g}%'"
        )
    return percent


def _lowered_by(percent: float) -> float:
    """The level a sound lowered by `percent` is left at: InvalidRequest for more than all of it
    ("lower it by 120%" leaves less than silence: never read as silence)."""
    if percent > 100:
        raise InvalidRequest(
            f"lowering the volume by {percent:g}% would take away more than all of it; say a "
            "level ('to 20%'), a change up to 100%, or 'mute it'"
        )
    return 100 - percent


class Volume(Ranged):
    """Make the sound louder or quieter, by a percentage of its level or by decibels; all of it
    or one part (0% there silences that part)."""

    name: ClassVar[str] = "volume"
    touches: ClassVar[frozenset[str]] = frozenset({"sound"})
    frames = (
        frame(
            "increase the volume by {percent}",
            "increase raise boost amplify crank bump pump",
            "audio sound soundtrack volume level loudness gain",
            also="track up make",
        ),
        frame(
            "boost the volume by {db}",
            "increase raise boost amplify crank bump pump louder",
            "audio sound soundtrack volume level loudness gain louder",
            also="track up make",
        ),
        frame(
            "lower the volume by {db}",
            "reduce lower decrease drop quieter soften",
            "audio sound soundtrack volume level loudness gain quieter",
            also="track down make",
        ),
        frame(
            "set the volume to {percent}",
            "volume",
            also="set change adjust make put audio sound level reduce lower decrease drop bring "
            "original current normal existing increase raise boost up",
        ),
        frame(
            "make it louder",
            "louder",
            also="audio sound soundtrack track volume level loudness gain make",
        ),
        frame(
            "make it quieter",
            "quieter softer",
            also="audio sound soundtrack track volume level loudness gain make",
        ),
        frame(
            "increase the volume",
            "increase raise boost amplify crank bump pump",
            "audio sound soundtrack volume loudness",
            also="track up level gain",
        ),
        frame(
            "lower the volume",
            "reduce lower decrease",
            "audio sound soundtrack volume loudness",
            also="track down level gain",
        ),
    )
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
        only = self.enable(graph.clip)
        if self.db is not None:
            graph.af(f"volume={num(self.db)}dB{only}")
        else:
            graph.af(f"volume={num((self.percent or 0) / 100)}{only}")

    def describe(self) -> str:
        if self.db is not None:
            return f"volume {self.db:+g} dB{self.describe_range()}"
        if self.percent == 0:
            return f"silence{self.describe_range()}"
        return f"volume to {self.percent:g}% ({20 * math.log10(max(self.percent or 0, 1e-6) / 100):+.1f} dB){self.describe_range()}"

    grammar = (
        rule(
            rf"(?:{_LOWER}|{_RAISE}|turn) {_LEVEL}(?: of {{it}})? (?:down |up )?(?:to|at) {{pct:p}}",
            lambda g: Volume(percent=parse_number(g["p"])),
        ),
        rule(
            rf"{_LOWER} {_LEVEL}(?: of {{it}})?(?: down)? by {{pct:p}}",
            lambda g: Volume(percent=_lowered_by(parse_number(g["p"]))),
        ),
        rule(
            rf"{_RAISE} {_LEVEL}(?: of {{it}})?(?: up)? by {{pct:p}}",
            lambda g: Volume(percent=100 + parse_number(g["p"])),
        ),
        rule(
            rf"(?P<v>{_LOWER}|{_RAISE}) {_LEVEL}(?: of {{it}})?(?: down| up)? (?:by )?{{db:d}}",
            lambda g: Volume(db=_signed_db(g["v"], g["d"])),
        ),
        # "reduce it by 6 dB": decibels say it is the sound
        rule(
            rf"(?P<v>{_LOWER}|{_RAISE}) {{it}}(?: down| up)? by {{db:d}}",
            lambda g: Volume(db=_signed_db(g["v"], g["d"])),
        ),
        # "turn it down 50%": by that much
        rule(
            rf"turn (?:{{it}}|{_LEVEL})(?: of {{it}})? (?P<dir>up|down) (?:by )?{{pct:p}}",
            lambda g: Volume(
                percent=_lowered_by(parse_number(g["p"]))
                if g["dir"] == "down"
                else 100 + parse_number(g["p"])
            ),
        ),
        rule(
            rf"turn (?:{{it}}|{_LEVEL})(?: of {{it}})? (?P<dir>up|down) (?:by )?{{db:d}}",
            lambda g: Volume(db=abs(parse_number(g["d"])) * (1 if g["dir"] == "up" else -1)),
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
            r"(?:the )?(?:volume|sound|audio) (?P<dir>up|down)(?:(?P<bit> a (?:bit|little|touch)| slightly)|(?P<much> a lot| much| way))?",
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
        # "make the quiet video loud": louder, by the usual step
        rule(r"make (?:{it}|the (?:audio|sound)) loud(?: enough)?", lambda g: Volume(db=6.0)),
        rule(
            r"(?:make {it} )?{db:d} (?P<dir>louder|quieter|softer)",
            lambda g: Volume(db=abs(parse_number(g["d"])) * (1 if g["dir"] == "louder" else -1)),
        ),
        rule(
            r"(?:make {it} |make the (?:audio|sound) )?(?P<dir>louder|quieter|softer) by {db:d}",
            lambda g: Volume(db=abs(parse_number(g["d"])) * (1 if g["dir"] == "louder" else -1)),
        ),
        # "quieter by 50%", "50% quieter"
        rule(
            r"(?:make {it} |make the (?:audio|sound) )?(?:(?P<dir>louder|quieter|softer) by {pct:p}|"
            r"{pct:p2} (?P<dir2>louder|quieter|softer))",
            lambda g: Volume(
                percent=100 + _louder_by(parse_number(g.get("p") or g["p2"]), said_by="p" in g)
                if (g.get("dir") or g["dir2"]) == "louder"
                else _lowered_by(parse_number(g.get("p") or g["p2"]))
            ),
        ),
        rule(
            r"(?:make )?(?:{it} |the (?:audio|sound) )?(?P<twice>twice|2 times) as loud|(?:make )?(?:{it} |the (?:audio|sound) )?half as loud",
            lambda g: Volume(percent=200 if "twice" in g else 50),
        ),
        # "make the audio 2x louder", "3 times louder": the level times that
        rule(
            r"(?:make |turn )?(?:{it} |the (?:audio|sound|volume) )?(?:up )?"
            r"(?P<n>[1-9]\d*(?:\.\d+)?) ?(?:x|times) (?:louder|as loud|the volume)",
            lambda g: Volume(percent=100 * _more_than_one(parse_number(g["n"]))),
        ),
        # "the volume x5": the level times that
        rule(
            r"(?:(?:set|turn|put|make) )?(?:{it}'s |the )?(?:volume|audio|sound|gain)(?: level)? ?"
            r"(?:x|×|\*) ?(?P<n>[1-9]\d*(?:\.\d+)?)",
            lambda g: Volume(percent=100 * _more_than_one(parse_number(g["n"]))),
        ),
        # "amplify the volume 2 times": the level times that
        rule(
            r"(?:(?:amplify|boost|increase|raise|multiply) (?:{it}|the (?:audio|sound|volume))|"
            r"(?:make {it} )?louder)(?: by)? "
            r"(?P<n>[1-9]\d*(?:\.\d+)?) ?(?:x|times)",
            lambda g: Volume(percent=100 * _more_than_one(parse_number(g["n"]))),
        ),
        # "decrease the sound level two times", "3 times quieter": the level a share of it
        rule(
            r"(?:(?:decrease|reduce|lower|lessen|drop|cut|turn down) (?:{it}|the (?:audio|sound|"
            r"volume|loudness)(?: level)?(?: (?:of|in|on) {it})?)|(?:make {it} )?(?:quieter|softer))"
            r"(?: by)? "
            r"(?P<n>[1-9]\d*(?:\.\d+)?) ?(?:x|times)",
            lambda g: Volume(percent=100 / _more_than_one(parse_number(g["n"]))),
        ),
        rule(
            r"(?:make )?(?:{it} |the (?:audio|sound|volume) )?"
            r"(?P<n>[1-9]\d*(?:\.\d+)?) ?(?:x|times) (?:quieter|softer|less loud)",
            lambda g: Volume(percent=100 / _more_than_one(parse_number(g["n"]))),
        ),
        rule(r"double (?:the )?(?:volume|loudness)", lambda g: Volume(percent=200)),
        rule(r"(?:halve|half) (?:the )?(?:volume|loudness)", lambda g: Volume(percent=50)),
        # "cut the volume in half" (read as "in 50%" once the planner spells out fractions)
        rule(
            r"(?:cut|reduce|drop|bring down|lower|turn down) (?:the )?(?:volume|loudness|audio|sound) (?:in|by) (?:half|50 ?%)",
            lambda g: Volume(percent=50),
        ),
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


#: Loudness targets by where the result is going (integrated LUFS, true peak dBTP).
_TARGETS: dict[str, tuple[float, float]] = {
    "youtube": (-14.0, -1.0), "spotify": (-14.0, -1.0), "streaming": (-14.0, -1.0),
    "tiktok": (-14.0, -1.0), "instagram": (-14.0, -1.0), "web": (-14.0, -1.0),
    "social media": (-14.0, -1.0), "apple music": (-16.0, -1.0), "podcast": (-16.0, -1.5),
    "podcasts": (-16.0, -1.5), "broadcast": (-23.0, -1.0), "tv": (-23.0, -1.0),
    "ebu": (-23.0, -1.0), "ebu r128": (-23.0, -1.0), "r128": (-23.0, -1.0),
    "atsc": (-24.0, -2.0), "netflix": (-27.0, -2.0), "film": (-27.0, -2.0),
}  # fmt: skip
_TARGET_NAMES = "|".join(sorted(map(re.escape, _TARGETS), key=len, reverse=True))
_LOUDNESS = r"(?:the )?(?:audio|sound|volume|loudness|levels?|audio levels?|sound levels?)"
_LUFS = r"(?P<lufs>-?\d+(?:\.\d+)?) ?(?:lufs|lkfs|lu)"
#: The highest peak said with a normalization: "so that peaks are around -3dB", "with a true
#: peak of -2 dBTP".
_PEAK = (
    r",? (?:so (?:that )?(?:the )?peaks? (?:are|is|sit|land|hit|reach|stay|top out)(?: at)?|"
    r"with (?:the |a )?(?:true )?peaks?(?: (?:at|of|around|near))?|to (?:a |the )?(?:true )?peak"
    r"(?: of)?)(?: (?:about|around|roughly|approximately|near|at most))? (?P<peak>-\d+(?:\.\d+)?) ?"
    r"(?:dbtp|dbfs|db)\b"
)
_FOR = rf"(?:for|to|like|at|as)(?: an?| the)? (?P<target>{_TARGET_NAMES})(?: standards?| loudness| levels?| specs?| videos?| episodes?)?"


#: loudnorm reads the sound 3 s at a time; a clip shorter than that it treats apart (with a
#: little room: the first window may be cut a few samples short).
_LOUDNORM_WINDOW = 3.05


class Normalize(Operation):
    """Make the sound as loud as a target (EBU R128 integrated loudness): measured in one pass,
    set exactly in the render, so the result lands within 1 LU of the target."""

    name: ClassVar[str] = "normalize"
    method_names: ClassVar[tuple[str, ...]] = (
        "ebu r128",
        "r128",
        "ebu",
        "loudnorm",
        "lufs",
        "loudness normalization",
        # the target a service names: "to -14 LUFS (YouTube standard)"
        "youtube",
        "spotify",
        "apple music",
        "podcast",
        "broadcast",
        "streaming",
    )
    touches: ClassVar[frozenset[str]] = frozenset({"sound"})
    frames = (
        frame(
            "normalize the audio",
            "normalize normalise normalization normalisation",
            also="audio sound soundtrack track volume level loudness gain levels apply do run",
        ),
        frame(
            "normalize the audio to {lufs}",
            "normalize normalise normalization normalisation",
            also="audio sound soundtrack track volume level loudness gain levels apply do run",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "normalize audio to -14 LUFS for youtube",
        "normalize the loudness for a podcast",
        "make the audio broadcast loudness",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"audio"})

    lufs: float = Field(
        -14.0,
        ge=-70,
        le=-5,
        description="Target integrated loudness in LUFS: -14 for YouTube and streaming, -16 podcasts, -23 broadcast.",
    )
    true_peak: float = Field(-1.0, ge=-9, le=0, description="Highest true peak allowed, dBTP.")

    def analysis(self, clip: Clip) -> Analysis | None:
        return Analysis("loudness", "audio", (f"{self._filter()}:print_format=json",))

    def read_measurement(self, report: str) -> dict[str, Any]:
        blocks = re.findall(r"\{[^{}]*\"input_i\"[^{}]*\}", report)
        if not blocks:
            raise ValueError("the loudness pass reported no measurement")
        data: dict[str, Any] = json.loads(blocks[-1])
        return data

    def _filter(self, lra: float = 11.0) -> str:
        return f"loudnorm=I={num(self.lufs)}:TP={num(self.true_peak)}:LRA={num(lra)}"

    def render(self, graph: Graph) -> None:
        m = graph.measured
        if m is None:
            return  # planning only: the measurement comes before the render
        keys = ("input_i", "input_tp", "input_lra", "input_thresh", "target_offset")
        v = {k: float(m[k]) for k in keys}
        if not all(math.isfinite(x) for x in v.values()):
            return  # silence: there is no loudness to bring to a target
        if graph.clip.duration < _LOUDNORM_WINDOW:
            # loudnorm takes a clip shorter than its window in one piece and measures it
            # again itself, ignoring the measured values: silence (the sandbox's stand-in for
            # the sound) then comes out as NaN, which no encoder takes. One gain is what its
            # linear mode would apply: up to the target, as far as the true peak allows.
            gain = min(self.lufs - v["input_i"], self.true_peak - v["input_tp"])
            graph.af(f"volume={num(gain)}dB")
            return
        # Linear mode (one gain for the whole clip, exact) needs a loudness range target at
        # least as wide as the measured one.
        lra = max(11.0, math.ceil(v["input_lra"]))
        graph.af(
            f"{self._filter(lra)}:measured_I={num(v['input_i'])}:measured_TP={num(v['input_tp'])}"
            f":measured_LRA={num(v['input_lra'])}:measured_thresh={num(v['input_thresh'])}"
            f":offset={num(v['target_offset'])}:linear=true",
            # loudnorm works at 192 kHz; give the result the clip's own rate back.
            f"aresample={graph.clip.sample_rate or 48000}",
        )

    def describe(self) -> str:
        peak = "" if self.true_peak == -1.0 else f", peaks at most {self.true_peak:g} dBTP"
        return f"normalize loudness to {self.lufs:g} LUFS{peak}"

    grammar = (
        rule(
            rf"(?:(?:loudness|audio|volume|sound) )?(?:normali[sz]e|level|standardi[sz]e|even out|balance)(?: {{it}})?(?: {_LOUDNESS})?(?: loudness)?(?: (?:to|at)(?: (?:about|around|roughly|approximately|close to|near))? {_LUFS})?(?: {_FOR})?(?:{_PEAK})?",
            lambda g: _normalize(g),
        ),
        rule(
            rf"(?:loudness|audio|volume|sound) normali[sz]ation(?: (?:to|at) {_LUFS})?(?: {_FOR})?",
            lambda g: _normalize(g),
        ),
        rule(
            rf"(?:make|set|bring|master|mix|adjust)(?: {{it}}| {_LOUDNESS})? (?:to |at )?{_LUFS}(?: (?:loudness|integrated))?(?: {_FOR})?",
            lambda g: _normalize(g),
        ),
        rule(
            rf"(?:make|set|bring|master|mix|adjust)(?: {{it}}| {_LOUDNESS})? (?:to |at )?(?:the )?(?P<target>{_TARGET_NAMES}) (?:loudness|levels?|volume|standards?)",
            lambda g: _normalize(g),
        ),
        rule(rf"{_LUFS}(?: loudness)?(?: {_FOR})?", lambda g: _normalize(g)),
    )


def _normalize(g: dict[str, str]) -> Normalize:
    lufs, peak = _TARGETS.get(g.get("target", ""), (-14.0, -1.0))
    if "lufs" in g:
        lufs = -abs(float(g["lufs"]))
    if "peak" in g:
        peak = float(g["peak"])
        if not -9 <= peak <= 0:
            raise ValueError(f"a peak of {peak:g} dB is out of reach: say one from -9 to 0 dB")
    return Normalize(lufs=lufs, true_peak=peak)


_DENOISE_DB = {"light": 6.0, "medium": 12.0, "strong": 24.0}
# Noise that is clearly heard, not seen; a bare "noise" is the video's (denoise) unless the
# sound is named.
_NOISE = (
    r"(?:background noise|hiss|hissing|hum|humming|buzz|buzzing|fan noise|wind noise|room noise|"
    r"audio noise|crackle|crackling|static|road noise|traffic noise|street noise|rumble|rumbling|"
    r"(?:very )?low[- ]pitched (?:sound|noise|drone|rumble|hum))"
)


class AudioDenoise(Operation):
    """Reduce steady background noise in the sound (hiss, hum, fan noise). The noise level is
    measured first, in the quietest tenth of the sound, so the reduction aims at it."""

    name: ClassVar[str] = "audio_denoise"
    method_names: ClassVar[tuple[str, ...]] = ("afftdn", "fft denoiser")
    touches: ClassVar[frozenset[str]] = frozenset({"sound"})
    frames = (
        frame(
            "remove the background noise",
            "noise hiss hum",
            # (a verb: "with noise" alone asks for nothing)
            "remove reduce clean eliminate cut suppress lower filter kill rid strip",
            also="background wind fan audio sound soundtrack track volume level loudness gain",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "remove the background noise",
        "denoise the audio",
        "clean up the sound",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"audio"})

    strength: Literal["light", "medium", "strong"] = Field(
        "medium", description="How much noise to take out: light, medium or strong."
    )

    def analysis(self, clip: Clip) -> Analysis | None:
        # The level of every 100 ms; the quietest of them are the noise between the sounds.
        window = max(1, (clip.sample_rate or 48000) // 10)
        return Analysis(
            "noise_floor",
            "audio",
            (
                f"asetnsamples=n={window}:p=0",
                "astats=metadata=1:reset=1:measure_perchannel=none:measure_overall=RMS_level",
                "ametadata=mode=print:key=lavfi.astats.Overall.RMS_level",
            ),
        )

    def read_measurement(self, report: str) -> dict[str, Any]:
        levels = sorted(
            v
            for v in (float(x) for x in re.findall(r"Overall\.RMS_level=(-?[\d.]+|-?inf)", report))
            if math.isfinite(v)
        )
        if not levels:
            return {"noise_floor": None}
        return {"noise_floor": round(levels[len(levels) // 10], 2)}

    def render(self, graph: Graph) -> None:
        measured = (graph.measured or {}).get("noise_floor")
        if graph.measured is None:
            return  # planning only
        floor = -50.0 if measured is None else min(-20.0, max(-80.0, float(measured)))
        # afftdn removes `nr` dB from what sits at the noise floor `nf`; a little above the
        # measured level catches the noise's own swings.
        graph.af(f"afftdn=nr={num(_DENOISE_DB[self.strength])}:nf={num(floor + 2)}")

    def describe(self) -> str:
        return f"reduce audio noise ({self.strength})"

    grammar = (
        rule(
            r"(?:remove|reduce|cut|kill|get rid of|eliminate|lower|filter out|clean(?: up| out)?|take out|suppress)"
            r"(?: (?P<s>some|a bit of|a little|most|all))?(?: of)?(?: the)?(?: constant| annoying)? "
            rf"(?:(?:background |audio |room |mic |microphone )?{_NOISE}(?: (?:in|from|of) (?:the )?(?:audio|sound|background|recording|voice|mic))?"
            r"|noise (?:in|from|of) (?:the )?(?:audio|sound|recording|voice|mic))"
            # ("reduce the background noise a bit": how much, said after it)
            r"(?: (?P<s2>a bit|a little|slightly|a lot|heavily|strongly|completely))?",
            lambda g: AudioDenoise(strength=_strength(g.get("s") or g.get("s2"))),
        ),
        rule(
            r"(?:denoise|de-noise|clean(?: up)?)(?: the)? (?:audio|sound|voice|speech|dialog(?:ue)?)(?: (?P<s>a bit|a little|slightly|a lot|heavily|strongly|completely))?",
            lambda g: AudioDenoise(strength=_strength(g.get("s"))),
        ),
        rule(
            r"(?:audio|sound) (?:noise reduction|denoising|denoise|cleanup|clean-up)",
            lambda g: AudioDenoise(),
        ),
    )


def _strength(word: str | None) -> Literal["light", "medium", "strong"]:
    w = (word or "").strip()
    if w in ("some", "a bit of", "a little", "a bit", "slightly"):
        return "light"
    if w in ("all", "most", "a lot", "heavily", "strongly", "completely"):
        return "strong"
    return "medium"


#: A bitrate's unit: "320k", "192 kbps", "128 kb/s", "256 kbit/s".
_KBPS = r"(?:k|kbps|kb/s|kbit/s|kbits?/s|kilobits? per second)"
#: Audio files that keep every sample: no bitrate to set.
LOSSLESS_AUDIO = frozenset({"wav", "flac"})


class ExtractAudio(Operation):
    """Keep only the sound, as an audio file (m4a unless the output name or request says mp3,
    wav, flac or opus)."""

    name: ClassVar[str] = "extract_audio"
    frames = (
        frame(
            "extract the audio",
            "extract rip pull separate",
            "audio sound soundtrack music",
            also="track only out get save export",
        ),
        frame(
            "extract the audio as {format}",
            "extract rip pull separate get save export",
            also="audio sound soundtrack track volume level loudness gain music only out",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "extract the audio",
        "just give me the sound",
        "audio only",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"audio"})

    format: str | None = Field(None, description="Audio file type: mp3, wav, m4a, flac or opus.")
    kbps: int | None = Field(
        None, ge=32, le=320, description="Bitrate in kbit/s (32-320), for mp3, m4a, opus or ogg."
    )

    @field_validator("format")
    @classmethod
    def _audio(cls, v: str | None) -> str | None:
        if v is None:
            return None
        fmt = output_format(v)
        if fmt.kind != "audio":
            raise ValueError(
                f".{fmt.ext} is not an audio file type; use mp3, wav, m4a, flac or opus"
            )
        return fmt.ext

    @model_validator(mode="after")
    def _compressed(self) -> ExtractAudio:
        if self.kbps is not None and self.format in LOSSLESS_AUDIO:
            raise ValueError(
                f".{self.format} keeps every sample as it is and has no bitrate to set; "
                f"{self.kbps} kbps is for mp3, m4a, opus or ogg"
            )
        return self

    def render(self, graph: Graph) -> None:
        """No filter: an audio output format leaves the picture out. A bitrate asked for is the
        encoder's (the output's format checks it can take one)."""
        if self.kbps is not None:
            graph.encoding["audio_bitrate"] = self.kbps * 1000
            graph.encoding["audio_bitrate_said"] = True

    def output_ext(self) -> str | None:
        return self.format

    def output_kind(self) -> Literal["audio"]:
        return "audio"

    def describe(self) -> str:
        said = "extract the audio" + (f" as .{self.format}" if self.format else "")
        return said + (f" at {self.kbps} kbps" if self.kbps else "")

    grammar = (
        rule(
            r"(?:extract|export|save|get|pull|rip|separate|detach|give me|i (?:just |only )?(?:want|"
            r"need))(?: out)?(?: just| only)?(?: the)? "
            r"(?:audio|sound|soundtrack|sound track|audio track)(?: only)?(?: (?:from|of|out of|"
            r"off(?: of)?) {it})?(?: (?:as|to|into|in) (?:an? )?(?:separate |audio )?file)?",
            lambda g: ExtractAudio(),
        ),
        # "keep only the audio", "take just the sound": the sound alone ("keep the audio" said
        # with another edit keeps it where it is, and is no extraction)
        rule(
            r"(?:keep|take)(?: out)?(?: just| only)(?: the)? (?:audio|sound|soundtrack|sound track|"
            r"audio track)(?: (?:from|of|out of) {it})?|(?:keep|take)(?: out)?(?: the)? (?:audio|"
            r"sound|soundtrack|sound track|audio track)(?: only| alone)(?: (?:from|of|out of) {it})?"
            r"|(?:take) (?:out )?the (?:audio|sound|soundtrack|audio track) (?:from|of|out of) {it}"
            r"(?: (?:as|to|into|in) (?:an? )?(?:separate |audio )?file)?",
            lambda g: ExtractAudio(),
        ),
        # "split the audio from the video": split off from it, never into parts
        rule(
            r"split(?: off| out)?(?: the)? (?:audio|sound|soundtrack|audio track) (?:from|off|out of) {it}",
            lambda g: ExtractAudio(),
        ),
        rule(
            r"(?:just|only) (?:the )?(?:audio|sound)|audio only|sound only",
            lambda g: ExtractAudio(),
        ),
        # "extract the audio as a 320k mp3", "save the sound as mp3 at 192 kbps": the file type
        # and its bitrate (without one, "extract the audio as mp3" is read as a conversion)
        rule(
            rf"(?=.*\d ?{_KBPS}\b)(?:extract|export|save|get|pull|rip|separate|convert|give me)(?: out)?(?: just| only)?"
            r"(?: the)? (?:audio|sound|soundtrack|sound track|audio track)(?: only)?"
            r"(?: (?:from|of|out of) {it})?(?: (?:as|to|into|in) (?:an? )?"
            rf"(?:(?P<k>\d{{2,3}}) ?{_KBPS} )?(?P<fmt>mp3|m4a|aac|opus|ogg|wav|flac)(?: file| format| audio)?)?"
            # ("…, at a 192k audio bitrate", "…, 192 kbps": said after it)
            rf"(?:,? (?:(?:at|with|in) )?(?:an? )?(?:(?:audio )?bit ?rate of )?(?P<k2>\d{{2,3}}) ?"
            rf"{_KBPS}(?: (?:audio )?bit ?rate)?)?",
            lambda g: ExtractAudio(
                format=g.get("fmt"), kbps=int(g.get("k") or g.get("k2") or 0) or None
            ),
        ),
        rule(
            # ("make it an audio file", "turn it into an audio podcast": the sound alone, as a
            # file of its own; never "a podcast", which may be a video)
            r"(?:(?:convert|turn|make)(?: {it})? (?:in)?to|make {it}) (?:an? )?(?:audio(?: file| track| "
            r"podcast)?|sound file|audio-only (?:file|version|podcast))",
            lambda g: ExtractAudio(),
        ),
    )


def _more_than_one(times: float) -> float:
    """A factor said with "louder": more than one, or the words contradict themselves."""
    if times <= 1:
        raise ValueError(f"{times:g}x louder is no louder; say how loud, e.g. 'half as loud'")
    return times


OPERATIONS: tuple[type[Operation], ...] = (Mute, Volume, Normalize, AudioDenoise, ExtractAudio)
