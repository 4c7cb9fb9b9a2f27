"""Operations on colour and detail: blur, sharpen, brightness, contrast, saturation, gamma,
sepia, invert, vignette, denoise, and named looks built from them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, ClassVar, Literal

from pydantic import Field

from promptcut.operations import lexicon
from promptcut.operations.base import Graph, Operation, Ranged, num
from promptcut.operations.grammar import frame, parse_number, rule

__all__ = [
    "OPERATIONS",
    "Blur",
    "Brightness",
    "Contrast",
    "Denoise",
    "Gamma",
    "Invert",
    "Look",
    "Saturation",
    "Sepia",
    "Sharpen",
    "Vignette",
]

Strength = Literal["light", "medium", "strong"]
Groups = dict[str, str]

# ---------------------------------------------------------------- shared words
# What is being changed. Unlike `{it}` this leaves out "file" ("make the file lighter" is about
# its size) and adds the words people use for the picture.
_OBJ = (
    r"(?:(?:the|this|my|that|our|your) )?(?:whole |entire )?"
    r"(?:it|this|that|video|clip|footage|movie|film|recording|vid|thing|everything|"
    r"picture|image|shot|scene|frames?|visuals?)"
)
# Only the picture: for words that could as well be about the sound ("less noisy").
_VIS = (
    r"(?:(?:the|this|my|that|our|your) )?(?:video|footage|picture|image|clip|shot|frames?|visuals?)"
)
_COLORS = r"(?:(?:the|its|my|all the|all) )?colou?rs?"
# How much, said around a verb: "brighten it a little", "much darker" (the lexicon's words).
# Python allows a group name once per pattern, so each use is numbered.
_LITTLE = lexicon.LITTLE
_LOT = lexicon.LOT
# How much, said as an adjective of a noun: "a light blur", "a strong vignette".
_LEVEL = (
    r"(?:(?P<light>light|slight|subtle|small|soft|gentle|mild|little|faint|minor|tiny|"
    r"(?:a )?(?:touch|bit|hint|little bit) of)|"
    r"(?P<medium>medium|moderate|normal|average|regular|standard|some)|"
    r"(?P<strong>strong|heavy|big|intense|huge|massive|extreme|serious|thick|deep|hard|"
    r"(?:a )?(?:lot|ton) of|lots of|really strong|very strong))"
)
# Verbs that put an effect on: "add a blur", "give it a vignette", "apply a sepia filter".
_ADD = (
    rf"(?:add|apply|put|use|give {_OBJ}|put on|throw on|slap on|with|do|include|i want|want)"
    r"(?: in)?"
)
_UP = (
    r"(?P<up>increase|raise|boost|bump up|crank up|pump up|turn up|push up|up|add|more|higher|"
    r"enhance|heighten|lift|intensify|strengthen|deepen|improve)"
)
_DOWN = (
    r"(?P<down>decrease|lower|reduce|turn down|drop|cut|tone down|bring down|less|weaken|"
    r"soften|dial down|dial back)"
)
_TURN = r"(?:turn|bump|crank|push|bring|pump|dial|put)"
_LOOK_AT = r"(?:(?:look|appear|seem|feel) )?"


def _deg(n: int) -> str:
    return rf"(?:(?P<little{n}>{_LITTLE})|(?P<lot{n}>{_LOT}))"


def _level(g: Groups) -> Strength:
    """light / medium / strong from whichever degree words a rule matched."""
    if any(k.startswith(("little", "light")) for k in g):
        return "light"
    if any(k.startswith(("lot", "strong")) for k in g):
        return "strong"
    return "medium"


def _amount(g: Groups, levels: tuple[float, float, float], *, down: bool) -> float:
    """A signed percent: the number said ("by 20%"), else the level of the degree words."""
    p = g.get("p") or g.get("p2")
    if p is not None:
        value = parse_number(p)
    else:
        value = dict(zip(("light", "medium", "strong"), levels, strict=True))[_level(g)]
    return -value if down else value


def _eq(**options: float) -> str:
    return "eq=" + ":".join(f"{k}={num(v)}" for k, v in options.items())


def _mixer(red: float, green: float, blue: float) -> str:
    return f"colorchannelmixer=rr={num(red)}:gg={num(green)}:bb={num(blue)}"


# The sepia tone as fixed chroma: the same brown at any brightness (a colour matrix gives dark
# footage almost no tint and pushes highlights to white).
_SEPIA_U, _SEPIA_V = -15.0, 13.0


def _sepia(strength: float) -> str:
    keep = 1 - strength
    if keep <= 0:
        return f"lutyuv=u={num(128 + _SEPIA_U)}:v={num(128 + _SEPIA_V)}"
    u, v = 128 + _SEPIA_U * strength, 128 + _SEPIA_V * strength
    return f"lutyuv=u=(val-128)*{num(keep)}+{num(u)}:v=(val-128)*{num(keep)}+{num(v)}"


_VIGNETTE_ANGLE: dict[Strength, str] = {"light": "PI/6", "medium": "PI/5", "strong": "PI/4"}
_SCALE: dict[Strength, float] = {"light": 0.5, "medium": 1.0, "strong": 1.6}


def _ranged_vf(op: Ranged, graph: Graph, *filters: str) -> None:
    """Add timeline-capable filters, each limited to the op's range if it has one."""
    graph.vf(*(f + op.enable(graph.clip) for f in filters))


# ---------------------------------------------------------------- blur and detail
#: Blur radius (Gaussian sigma, in pixels of a 720-line picture) for each named strength.
BLUR_SIGMA: dict[Strength, float] = {"light": 2.0, "medium": 5.0, "strong": 10.0}

_RADIUS = (
    r"(?:by |of |with (?:a )?(?:radius |strength |sigma |amount )?(?:of )?|"
    r"(?:radius|strength|sigma|amount) (?:of )?)?{num:n} ?(?:px|pixels?)?"
)


def _blur(g: Groups) -> Blur:
    if "n" in g:
        return Blur(strength=float(g["n"]))
    return Blur(strength=_level(g))


class Blur(Ranged):
    """Blur the picture, lightly or strongly, all of it or a part."""

    name: ClassVar[str] = "blur"
    frames = (
        frame("blur it", "blur", also="make add apply effect whole blurry blurred"),
        # ("blurry" alone is what is wrong: with a verb or the effect named it is asked for)
        frame("blur it", "blurry blurred", "make add apply effect look", also="whole"),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "add a blur effect",
        "blur it slightly",
        "make it blurry",
        "add a strong gaussian blur",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    strength: Strength | Annotated[float, Field(gt=0, le=200)] = Field(
        "medium",
        description=(
            "How much to blur: light, medium or strong (the same look at any resolution), "
            "or a blur radius in pixels."
        ),
    )

    def sigma(self, height: int) -> float:
        if isinstance(self.strength, str):
            return max(0.5, round(BLUR_SIGMA[self.strength] * height / 720, 2))
        return self.strength

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, f"gblur=sigma={num(self.sigma(graph.clip.height))}")

    def describe(self) -> str:
        amount = self.strength if isinstance(self.strength, str) else f"{self.strength:g} px"
        return f"blur ({amount})" + self.describe_range()

    grammar = (
        rule(
            rf"(?:{_deg(1)} )?blur(?: out)?(?: {_OBJ})?(?: {_deg(2)})?(?: {_RADIUS})?",
            _blur,
        ),
        # (said alone, "blurry" or "too blurry" is what is wrong, never "blur it": a verb, or
        # the look named, asks for it)
        rule(
            rf"(?:(?:make|turn|render|get|have|let) (?:{_OBJ} )?{_LOOK_AT}|{_ADD} (?:an? |some )?)(?:{_deg(1)} )?(?:more )?"
            r"(?:blurry|blurred|blurrier|fuzzy|fuzzier|out of focus|unfocused|defocused)"
            rf"(?: (?:video|look|effect|image|picture))?(?: {_deg(2)})?",
            _blur,
        ),
        rule(
            rf"(?:an? )?(?:{_deg(1)} )?(?:blurry|blurred|fuzzy|defocused) (?:look|effect)(?: {_deg(2)})?",
            _blur,
        ),
        rule(rf"(?:{_deg(1)} )?defocus(?: {_OBJ})?(?: {_deg(2)})?", _blur),
        # "soften" alone may be about the sound; with the picture named it is a gentle blur.
        rule(rf"soften {_VIS}", lambda g: Blur(strength="light")),
        rule(
            rf"(?:{_ADD} )?(?:(?:an?|the|some) )?(?:{_LEVEL} )?(?:gaussian |gauss |box )?"
            rf"blur(?:ring|riness)?(?: effect| filter)?(?: (?:to|on|over|across) {_OBJ})?"
            rf"(?: {_deg(2)})?(?: {_RADIUS})?",
            _blur,
        ),
    )


_SHARPEN_AMOUNT: dict[Strength, float] = {"light": 0.6, "medium": 1.0, "strong": 1.6}


class Sharpen(Ranged):
    """Sharpen the picture so edges and fine detail look crisper."""

    name: ClassVar[str] = "sharpen"
    frames = (frame("sharpen it", "sharpen sharper", also="make apply"),)
    examples: ClassVar[tuple[str, ...]] = (
        "sharpen it up",
        "make the video sharper",
        "increase the sharpness",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    strength: Strength = Field(
        "medium", description="How much to sharpen: light, medium or strong."
    )

    def render(self, graph: Graph) -> None:
        # A 5x5 unsharp mask on brightness only: sharpening colour adds fringes.
        _ranged_vf(self, graph, f"unsharp=5:5:{num(_SHARPEN_AMOUNT[self.strength])}")

    def describe(self) -> str:
        return f"sharpen ({self.strength})" + self.describe_range()

    grammar = (
        rule(
            rf"(?:{_deg(1)} )?sharpen(?: up)?(?: {_OBJ})?(?: up)?(?: {_deg(2)})?",
            lambda g: Sharpen(strength=_level(g)),
        ),
        rule(
            rf"(?:(?:make|get|render) (?:{_OBJ} )?{_LOOK_AT})?(?:{_deg(1)} )?"
            r"(?:sharper|crisper|more crisp|crisp|more detailed|less blurry|less fuzzy|less soft)"
            rf"(?: {_deg(2)})?",
            lambda g: Sharpen(strength=_level(g)),
        ),
        rule(
            rf"(?:(?:{_ADD}|increase|boost|raise|enhance|improve|more|bump up|turn up) )?"
            rf"(?:(?:an?|the|some) )?(?:{_LEVEL} )?"
            r"(?:sharpening|sharpness|sharpen|unsharp mask)(?: effect| filter)?"
            rf"(?: (?:to|on|of|in) {_OBJ})?(?: {_deg(2)})?",
            lambda g: Sharpen(strength=_level(g)),
        ),
        rule(
            rf"(?:enhance|bring out|boost|sharpen)(?: the)? (?:fine )?details?(?: (?:of|in) {_OBJ})?",
            lambda g: Sharpen(),
        ),
        rule(
            rf"(?:de-?blur|un-?blur|(?:fix|reduce) (?:the )?(?:blur|blurriness))(?: (?:of|in) )?(?:{_OBJ})?",
            lambda g: Sharpen(),
        ),
    )


# ---------------------------------------------------------------- light and colour
#: Brightness change in percent for "a little", plain, and "a lot".
BRIGHTNESS_STEPS = (6.0, 10.0, 20.0)


def _brightness(g: Groups) -> Brightness:
    darker = (
        g.get("verb") in ("darken", "dim")
        or g.get("adj") in ("darker", "dimmer", "less bright", "more dark")
        or "down" in g
        or g.get("dir2") == "down"
        or g.get("bad") in ("bright", "light")
        or g.get("sign") == "-"
    )
    return Brightness(percent=_amount(g, BRIGHTNESS_STEPS, down=darker))


_KNOB = r"(?:brightness|contrast|saturation)"


def _knobs(g: Groups) -> list[Operation]:
    """'increase the contrast and saturation': one step per setting named, in the order said."""
    build = {"brightness": _brightness, "contrast": _contrast, "saturation": _saturation}
    names = [g[k] for k in ("a", "b", "c") if k in g]
    if len(set(names)) < len(names):
        raise ValueError(f"{names[0]} is named twice")
    return [build[n](g) for n in names]


class Brightness(Ranged):
    """Make the picture brighter or darker (to color correct it)."""

    name: ClassVar[str] = "brightness"
    method_names: ClassVar[tuple[str, ...]] = ("eq",)
    frames = (
        frame(
            "make it brighter by {percent}",
            "brighter brighten brightness lighter",
            also="increase make raise up boost",
        ),
        frame("make it darker by {percent}", "darker darken", also="make decrease lower reduce"),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "brighten it",
        "darken the video a little",
        "make it brighter by 20%",
        "reduce the brightness",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    percent: float = Field(
        ge=-100,
        le=100,
        description=(
            "How much lighter (positive) or darker (negative), in percent of the range from "
            "black to white: 10 is clearly brighter, -6 a little darker."
        ),
    )

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, _eq(brightness=self.percent / 100))

    def describe(self) -> str:
        return f"brightness {self.percent:+g}%" + self.describe_range()

    grammar = (
        rule(
            # ("lighten the exposure of the video": the light of it)
            rf"(?:{_deg(1)} )?(?P<verb>brighten|lighten|darken|dim)(?: up| down)?(?: {_OBJ}| (?:the )?"
            rf"(?:exposure|lighting)(?: (?:of|on|in) {_OBJ})?)?"
            rf"(?: up| down)?(?: {_deg(2)})?(?: (?:by )?{{pct:p}})?",
            _brightness,
        ),
        rule(
            rf"(?:(?:make|turn|get|render|have|set) (?:{_OBJ} )?{_LOOK_AT})?(?:{_deg(1)} |{{pct:p}} )?"
            r"(?P<adj>brighter|lighter|darker|dimmer|less dark|less bright|more bright|more dark)"
            rf"(?: looking)?(?: {_deg(2)})?(?: (?:by )?{{pct:p2}})?",
            _brightness,
        ),
        rule(
            rf"(?:{_UP}|{_DOWN}) (?:the |some )?(?:overall )?(?:brightness|exposure|lightness)"
            rf"(?: (?:of|on|in) {_OBJ})?(?: {_deg(2)})?(?: by {{pct:p}})?",
            _brightness,
        ),
        rule(
            rf"{_TURN} (?:the )?(?:brightness|exposure) (?P<dir2>up|down)(?: {_deg(2)})?(?: by {{pct:p}})?",
            _brightness,
        ),
        rule(
            rf"(?:(?:set|adjust|change) (?:the )?)?(?:brightness|exposure)(?: of {_OBJ})? (?:by |to )?(?P<sign>[+-]) ?{{pct:p}}",
            _brightness,
        ),
        rule(
            rf"(?:(?:it's|it is|its|{_OBJ} is|{_OBJ}'s|{_OBJ} looks) )?(?:{_deg(1)} )?too (?P<bad>dark|dim|bright|light)",
            _brightness,
        ),
        rule(
            rf"(?:{_UP}|{_DOWN}) (?:the )?(?P<a>{_KNOB})(?:,? (?:the )?(?P<b>{_KNOB}))?,? (?:and|&) (?:the )?(?P<c>{_KNOB})"
            rf"(?: (?:of|on|in) {_OBJ})?(?: {_deg(2)})?(?: by {{pct:p}})?",
            _knobs,
        ),
    )


#: Contrast change in percent for "a little", plain, and "a lot".
CONTRAST_STEPS = (10.0, 25.0, 50.0)


def _contrast(g: Groups) -> Contrast:
    lower = (
        "down" in g
        or g.get("dir2") == "down"
        or g.get("more") in ("less", "lower", "weaker", "reduced")
        or (g.get("adj") or "").startswith(("less", "lower", "low"))
        or g.get("sign") == "-"
    )
    if g.get("adj", "").startswith("high") and not g.get("p"):
        g = {**g, "lot1": "high"}
    return Contrast(percent=_amount(g, CONTRAST_STEPS, down=lower))


class Contrast(Ranged):
    """Raise or lower the contrast between the light and dark parts of the picture (to color
    correct it)."""

    name: ClassVar[str] = "contrast"
    method_names: ClassVar[tuple[str, ...]] = ("eq",)
    frames = (
        frame("increase the contrast by {percent}", "contrast", also="increase raise boost more"),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "increase the contrast",
        "a bit less contrast",
        "make it high contrast",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    percent: float = Field(
        ge=-90,
        le=200,
        description=(
            "How much more (positive) or less (negative) contrast, in percent: 25 is clearly "
            "punchier, -25 clearly flatter."
        ),
    )

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, _eq(contrast=1 + self.percent / 100))

    def describe(self) -> str:
        return f"contrast {self.percent:+g}%" + self.describe_range()

    grammar = (
        rule(
            rf"(?:{_UP}|{_DOWN}) (?:the |some )?contrast(?: (?:of|on|in|to) {_OBJ})?"
            rf"(?: {_deg(2)})?(?: by {{pct:p}})?",
            _contrast,
        ),
        rule(
            rf"{_TURN} (?:the )?contrast (?P<dir2>up|down)(?: {_deg(2)})?(?: by {{pct:p}})?",
            _contrast,
        ),
        rule(
            rf"(?:(?:add|give {_OBJ}|with|use) )?(?:{_deg(1)} )?"
            r"(?P<more>more|less|higher|lower|extra|stronger|weaker|increased|reduced|boosted)"
            rf"(?: the)? contrast(?: (?:to|in|on) {_OBJ})?(?: {_deg(2)})?",
            _contrast,
        ),
        rule(
            rf"(?:(?:make|give|turn) (?:{_OBJ} )?{_LOOK_AT}(?:an? )?)?(?:{_deg(1)} |{{pct:p}} )?"
            r"(?P<adj>more contrasty|less contrasty|contrastier|more contrasted|"
            r"higher contrast|lower contrast|high contrast|low contrast)"
            rf"(?: (?:look|style|image|video|picture))?(?: {_deg(2)})?",
            _contrast,
        ),
        rule(
            rf"(?:(?:set|adjust|change) (?:the )?)?contrast(?: of {_OBJ})? (?:by |to )?(?P<sign>[+-]) ?{{pct:p}}",
            _contrast,
        ),
    )


#: Saturation change in percent for "a little", plain, and "a lot".
SATURATION_STEPS = (15.0, 30.0, 60.0)
_LESS_COLOR = (
    "less", "lower", "reduced", "less saturated", "undersaturated", "less vivid", "less vibrant",
    "less colorful", "less colourful", "less intense", "duller", "weaker", "more muted", "muted",
    "softer", "desaturate", "tone down", "mute", "dull", "soften", "reduce", "weaken",
)  # fmt: skip


def _saturation(g: Groups) -> Saturation:
    if "abs" in g:
        return Saturation(percent=parse_number(g["abs"]) - 100)
    lower = (
        "down" in g
        or g.get("dir2") == "down"
        or g.get("sign") == "-"
        or any(g.get(k) in _LESS_COLOR for k in ("more", "adj", "verb"))
    )
    return Saturation(percent=_amount(g, SATURATION_STEPS, down=lower))


class Saturation(Ranged):
    """Make the colors more vivid or more muted (to color correct it)."""

    name: ClassVar[str] = "saturation"
    method_names: ClassVar[tuple[str, ...]] = ("eq",)
    frames = (
        frame(
            "increase the saturation by {percent}",
            "saturation saturate",
            also="increase raise boost more color colour",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "make the colors pop",
        "more saturated",
        "desaturate it a bit",
        "boost the saturation by 20%",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    percent: float = Field(
        ge=-100,
        le=200,
        description=(
            "How much more (positive) or less (negative) color, in percent: 30 is clearly "
            "more vivid, -30 clearly muted, -100 no color at all."
        ),
    )

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, _eq(saturation=1 + self.percent / 100))

    def describe(self) -> str:
        return f"saturation {self.percent:+g}%" + self.describe_range()

    grammar = (
        rule(
            rf"(?:{_UP}|{_DOWN}) (?:the |some )?(?:colou?r )?(?:saturation|vibrance|vibrancy|colou?r intensity)"
            rf"(?: (?:of|on|in) {_OBJ})?(?: {_deg(2)})?(?: by {{pct:p}})?",
            _saturation,
        ),
        rule(
            rf"{_TURN} (?:the )?(?:saturation|vibrance) (?P<dir2>up|down)(?: {_deg(2)})?(?: by {{pct:p}})?",
            _saturation,
        ),
        rule(
            rf"(?:(?:add|give {_OBJ}|with) )?(?:{_deg(1)} )?(?P<more>more|less|extra|higher|lower|reduced) "
            rf"(?:(?:colou?r )?(?:saturation|vibrance|vibrancy)|colou?rs?)(?: (?:to|in|on) {_OBJ})?",
            _saturation,
        ),
        rule(
            rf"(?:(?:make|turn|get|render) (?:{_OBJ} )?{_LOOK_AT})?(?:{_deg(1)} |{{pct:p}} )?"
            r"(?P<adj>more saturated|less saturated|oversaturated|over saturated|undersaturated|"
            r"more vivid|less vivid|vivid|more vibrant|less vibrant|vibrant|more colou?rful|"
            r"less colou?rful|colou?rful|saturated)"
            rf"(?: (?:colou?rs|look|tones))?(?: {_deg(2)})?(?: (?:by )?{{pct:p2}})?",
            _saturation,
        ),
        rule(
            rf"(?:(?:make|get|have|let) )?{_COLORS}(?: (?:of|in) {_OBJ})? (?:{_deg(1)} )?"
            r"(?P<adj>pop(?: more)?|more vivid|vivid|more vibrant|vibrant|richer|bolder|stronger|"
            r"more intense|more saturated|deeper|punchier|stand out|brighter|less vivid|"
            r"less vibrant|less intense|duller|weaker|more muted|muted|softer|less saturated)"
            rf"(?: {_deg(2)})?",
            _saturation,
        ),
        rule(
            r"(?P<verb>boost|enhance|intensify|saturate|deepen|enrich|pump up|amp up|punch up|"
            r"strengthen|tone down|mute|dull|soften|reduce|weaken)"
            rf"(?: up)? {_COLORS}(?: (?:of|in) {_OBJ})?(?: {_deg(2)})?(?: by {{pct:p}})?",
            _saturation,
        ),
        rule(
            rf"(?:{_deg(1)} )?(?:over)?saturate(?: {_OBJ})?(?: {_deg(2)})?(?: more)?(?: by {{pct:p}})?",
            _saturation,
        ),
        # Plain "desaturate it" is grayscale's; with an amount it is a partial desaturation.
        rule(
            rf"(?:{_deg(1)} |partially |partly )(?P<verb>desaturate)(?: {_OBJ})?(?: by {{pct:p}})?",
            _saturation,
        ),
        rule(
            rf"(?P<verb>desaturate)(?: {_OBJ})? (?:{_deg(2)}|by {{pct:p}}|partially|partly)",
            _saturation,
        ),
        rule(
            rf"(?:(?:set|adjust|change) (?:the )?)?saturation(?: of {_OBJ})? "
            rf"(?:(?:by )?(?P<sign>[+-]) ?{{pct:p}}|(?:to|at) {{pct:abs}})",
            _saturation,
        ),
        rule(
            rf"(?:(?:make|give) (?:{_OBJ} )?(?:more )?)?(?:richer|more vivid|more vibrant|vivid|vibrant|punchier|bolder|rich|bold) colou?rs",
            _saturation,
        ),
    )


#: Gamma for "a little", plain, and "a lot", raising; lowering uses the mirrored values.
GAMMA_UP = (1.1, 1.25, 1.5)
GAMMA_DOWN = (0.9, 0.8, 0.65)


def _gamma(g: Groups) -> Gamma:
    if "to" in g:
        return Gamma(gamma=float(g["to"]))
    lower = "down" in g or g.get("verb") in ("darken", "deepen", "crush", "lower")
    if "p" in g:
        p = parse_number(g["p"]) / 100
        return Gamma(gamma=round(1 - p if lower else 1 + p, 4))
    steps = GAMMA_DOWN if lower else GAMMA_UP
    return Gamma(gamma=dict(zip(("light", "medium", "strong"), steps, strict=True))[_level(g)])


class Gamma(Ranged):
    """Lighten or deepen the mid-tones (gamma), leaving black and white where they are (to color
    correct it)."""

    name: ClassVar[str] = "gamma"
    method_names: ClassVar[tuple[str, ...]] = ("eq",)
    examples: ClassVar[tuple[str, ...]] = (
        "increase the gamma",
        "set the gamma to 1.4",
        "lift the shadows",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    gamma: float = Field(
        ge=0.1,
        le=10,
        description=(
            "1 leaves the picture as it is; above 1 lightens the mid-tones so dark detail "
            "shows (1.25 is clear), below 1 deepens them."
        ),
    )

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, _eq(gamma=self.gamma))

    def describe(self) -> str:
        return f"gamma {self.gamma:g}" + self.describe_range()

    grammar = (
        rule(
            rf"(?:{_UP}|{_DOWN}) (?:the )?gamma(?: (?:of|on|in) {_OBJ})?(?: {_deg(2)})?"
            rf"(?: (?:by {{pct:p}}|to {{num:to}}))?",
            _gamma,
        ),
        rule(
            rf"(?:(?:set|adjust|change|apply|use|correct) (?:the )?(?:a )?)?gamma(?: correction| value| level)?"
            rf"(?: (?:of|on|for) {_OBJ})?(?: (?:to|at|of|=))? {{num:to}}",
            _gamma,
        ),
        rule(
            rf"(?:{_deg(1)} )?(?P<verb>brighten|lighten|lift|raise|open up|boost|darken|deepen|crush|lower) "
            rf"(?:the )?(?:shadows|mid ?tones|mid-tones|dark areas|darks)(?: (?:of|in) {_OBJ})?(?: {_deg(2)})?",
            _gamma,
        ),
    )


class Sepia(Ranged):
    """Give the picture the brown tone of an old photograph."""

    name: ClassVar[str] = "sepia"
    frames = (
        frame(
            "make it sepia",
            "sepia",
            also="make create generate produce render export save convert turn output give do tone toned filter effect look apply add",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "apply a sepia filter",
        "make it sepia",
        "sepia tone",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    strength: float = Field(
        1.0,
        gt=0,
        le=1,
        description="How fully to tone: 1 is full sepia, 0.5 keeps half of the original color.",
    )

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, _sepia(self.strength))

    def describe(self) -> str:
        amount = "" if self.strength == 1 else f" ({self.strength:g})"
        return f"sepia{amount}" + self.describe_range()

    grammar = (
        rule(
            r"(?:(?:make|turn|convert|change|render|do|set|give|apply|add|use|put on|put|throw on|with)"
            rf"(?: {_OBJ})?(?: (?:look|appear))?(?: (?:in|into|to))? )?(?:(?:an?|some|the) )?"
            rf"(?:{_LEVEL} )?(?:{_deg(1)} )?sepia(?:[ -]?ton(?:e|ed|es|ing))?"
            r"(?: (?:colou?rs?|mode|filter|effect|look|style|tint|tones?|treatment|version|photo look))?"
            rf"(?: (?:to|on|over) {_OBJ})?(?: {_deg(2)})?",
            lambda g: Sepia(strength=0.5 if _level(g) == "light" else 1.0),
        ),
        rule(
            rf"(?:(?:make|give) (?:{_OBJ} )?{_LOOK_AT}(?:like )?)?(?:(?:an?|the) )?"
            r"old(?:[ -]?(?:fashioned|timey|time))? (?:photo|photograph|picture|sepia)"
            r"(?: (?:look|effect|style|filter|tone))?",
            lambda g: Sepia(),
        ),
    )


class Invert(Ranged):
    """Invert the colors, like a photographic negative."""

    name: ClassVar[str] = "invert"
    frames = (
        frame(
            "invert the colors",
            "invert inverted negative",
            also="colors colours color colour make look image picture",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "invert the colors",
        "make it look like a negative",
        "negative",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, "negate")

    def describe(self) -> str:
        return "invert colors" + self.describe_range()

    grammar = (
        rule(
            rf"(?:invert|reverse|flip|negate|swap)(?: all)? (?:{_COLORS}|{_OBJ}(?:'s)? colou?rs)"
            rf"(?: (?:of|in|on) {_OBJ})?",
            lambda g: Invert(),
        ),
        rule(rf"(?:invert|negate)(?: {_OBJ})?", lambda g: Invert()),
        rule(
            r"(?:(?:make|turn|convert|change|render|give|apply|add|use|put on|show|do)"
            rf"(?: {_OBJ})?(?: (?:look|appear))?(?: (?:in|into|to|like))? )?(?:(?:an?|the) )?"
            r"(?:(?:photo|photographic|film|colou?r) )?(?:negative|inverted|inverse|inversion|invert)"
            r"(?: (?:colou?rs?|mode|filter|effect|look|style|image|version|video))?"
            rf"(?: (?:to|on) {_OBJ})?",
            lambda g: Invert(),
        ),
    )


class Vignette(Ranged):
    """Darken the corners and edges, drawing the eye to the middle of the picture."""

    name: ClassVar[str] = "vignette"
    frames = (frame("add a vignette", "vignette", also="add apply effect put dark corners edges"),)
    examples: ClassVar[tuple[str, ...]] = (
        "add a vignette",
        "darken the corners",
        "a subtle vignette",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    strength: Strength = Field(
        "medium", description="How dark the edges get: light, medium or strong."
    )

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, f"vignette=angle={_VIGNETTE_ANGLE[self.strength]}")

    def describe(self) -> str:
        return f"vignette ({self.strength})" + self.describe_range()

    grammar = (
        rule(
            rf"(?:{_ADD} )?(?:(?:an?|the|some) )?(?:{_LEVEL} )?(?:dark )?vignett(?:e|ing)"
            rf"(?: effect| filter| look| border)?(?: (?:to|on|around|over) {_OBJ})?(?: {_deg(2)})?",
            lambda g: Vignette(strength=_level(g)),
        ),
        rule(
            rf"(?:{_deg(1)} )?vignette {_OBJ}(?: {_deg(2)})?",
            lambda g: Vignette(strength=_level(g)),
        ),
        rule(
            rf"(?:{_deg(1)} )?(?:darken|shade|burn|dim) (?:the |all the |all 4 )?(?:corners|edges|borders|sides)"
            rf"(?: (?:of|in) {_OBJ})?(?: {_deg(2)})?",
            lambda g: Vignette(strength=_level(g)),
        ),
        rule(
            rf"(?:(?:add|give {_OBJ}|with) )?(?:{_deg(1)} )?(?:darker|dark|darkened|shaded) (?:corners|edges|borders)",
            lambda g: Vignette(strength=_level(g)),
        ),
        rule(
            rf"make (?:the )?(?:corners|edges|borders) (?:{_deg(1)} )?(?:darker|dark)(?: {_deg(2)})?",
            lambda g: Vignette(strength=_level(g)),
        ),
    )


#: hqdn3d settings (spatial luma, spatial chroma, temporal luma, temporal chroma); light is
#: ffmpeg's default, which leaves grain of a phone in low light mostly in place. hqdn3d, not
#: nlmeans: nlmeans keeps edges a little better but runs many times slower on 2-4 cores.
_DENOISE: dict[Strength, str] = {
    "light": "hqdn3d=4:3:6:4.5",
    "medium": "hqdn3d=6:4.5:9:6.75",
    "strong": "hqdn3d=10:8:15:12",
}
_GRAIN = (
    r"(?:(?:film )?grain|graininess|grainyness|speckles?|"
    r"(?:video|visual|image|picture|digital|sensor|iso|camera|low[- ]light) noise)"
)


class Denoise(Ranged):
    """Reduce grain and noise in the picture (not in the sound)."""

    name: ClassVar[str] = "denoise"
    method_names: ClassVar[tuple[str, ...]] = ("hqdn3d", "nlmeans")
    frames = (
        frame(
            "denoise it",
            "grain grainy denoise",
            also="remove reduce clean fix less picture image noise noisy",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "denoise it",
        "remove the grain from the footage",
        "reduce video noise",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    strength: Strength = Field(
        "medium",
        description="How hard to clean: light keeps the most detail, strong removes the most noise.",
    )

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, _DENOISE[self.strength])

    def describe(self) -> str:
        return f"denoise ({self.strength})" + self.describe_range()

    grammar = (
        rule(
            rf"(?:{_deg(1)} )?(?:de[- ]?noise|denoize|de[- ]?grain)(?: {_OBJ})?(?: {_deg(2)})?",
            lambda g: Denoise(strength=_level(g)),
        ),
        rule(
            r"(?:remove|reduce|get rid of|clean(?: up)?|eliminate|kill|cut|fix|lower|filter out|"
            r"take out|smooth out|suppress|lessen|minimi[sz]e|decrease|clear up)"
            r"(?: (?P<lot1>a lot|lots|most|all)| (?P<little1>a bit|a little|some))?(?: of)?"
            rf"(?: the)? {_GRAIN}(?: (?:from|in|of|on) {_OBJ})?(?: {_deg(2)})?",
            lambda g: Denoise(strength=_level(g)),
        ),
        # Plain "noise" may be the sound's: only with the picture named.
        rule(
            r"(?:remove|reduce|get rid of|clean(?: up)?|eliminate|kill|cut|fix|lower|filter out|"
            r"take out|suppress|lessen|minimi[sz]e|decrease)"
            rf"(?: (?:all|most|some))?(?: of)?(?: the)? (?:noise|noisiness) (?:from|in|of|on) {_VIS}(?: {_deg(2)})?",
            lambda g: Denoise(strength=_level(g)),
        ),
        rule(
            rf"(?:(?:make|get) (?:{_OBJ} )?{_LOOK_AT})?(?:{_deg(1)} )?less (?:grainy|speckled)",
            lambda g: Denoise(strength=_level(g)),
        ),
        rule(
            rf"make {_VIS} (?:{_deg(1)} )?less noisy",
            lambda g: Denoise(strength=_level(g)),
        ),
        rule(
            rf"(?:{_ADD} )?(?:(?:an?|some|the) )?(?:{_LEVEL} )?"
            r"(?:(?:video|image|visual|picture) (?:noise reduction|noise removal|de-?noising|noise filter)|"
            r"grain (?:removal|reduction)|de-?noising|denoiser|denoise filter)"
            rf"(?: (?:to|on) {_OBJ})?",
            lambda g: Denoise(strength=_level(g)),
        ),
        rule(
            rf"(?:{_ADD} )?(?:(?:an?|some|the) )?(?:{_LEVEL} )?noise (?:reduction|removal) (?:to|on) {_VIS}",
            lambda g: Denoise(strength=_level(g)),
        ),
    )


# ---------------------------------------------------------------- named looks
LookName = Literal["vintage", "warm", "cool", "cinematic", "faded"]


def _look_filters(style: LookName, s: float) -> list[str]:
    """The filters of a look at scale `s` (0.5 light, 1 medium, 1.6 strong)."""
    if style == "vintage":
        # Faded sepia with soft contrast and dark corners, like an old print.
        return [
            _sepia(min(1.0, 0.85 * s)),
            _eq(contrast=1 - 0.12 * s, brightness=0.03 * s),
            f"vignette=angle={_VIGNETTE_ANGLE['light']}",
        ]
    if style == "warm":
        return [_mixer(1 + 0.12 * s, 1 + 0.02 * s, 1 - 0.18 * s)]
    if style == "cool":
        return [_mixer(1 - 0.12 * s, 1, 1 + 0.15 * s)]
    if style == "cinematic":
        # Teal shadows, orange highlights, a little more contrast and a little less color.
        t = num(round(0.1 * s, 3))
        return [
            f"colorbalance=rs=-{t}:bs={t}:rh={t}:bh=-{t}",
            _eq(contrast=1 + 0.1 * s, saturation=1 - 0.1 * s),
        ]
    # faded: lifted blacks, soft contrast, muted color
    return [_eq(contrast=1 - 0.2 * s, brightness=0.05 * s, saturation=1 - 0.3 * s)]


_VINTAGE = (
    r"(?:vintage|retro|old[- ]?school|old[- ]?fashioned|old[- ]?timey?(?: film| movie| footage| reel)?|aged|nostalgic|"
    r"old (?:film|movie|(?:(?:super ?8|8 ?mm|16 ?mm|vhs|family) )?home (?:movie|video)|super ?8|8 ?mm|"
    r"16 ?mm|camera|tv)(?: film| footage| movie| reel)?|(?:19)?[5-9]0s|fifties|sixties|seventies|"
    r"eighties|nineties|(?:an? |the )?(?:old )?(?:film|movie|video|footage|home movie|tv show) "
    r"(?:from|out of) the (?:fifties|sixties|seventies|eighties|nineties|past))"
)
_STYLE_NOUN = (
    r"(?:look|feel|vibe|style|filter|effect|aesthetic|grade|colou?r grade|colou?r grading|"
    r"grading|tone|tones|colou?rs|treatment|version|lut|palette|colou?r palette|atmosphere|mood)"
)
_WARM_NOUN = (
    r"(?:tones?|tint|cast|hues?|palette|colou?rs|colou?r grade|colou?r grading|grade|"
    r"white balance|temperature|look|feel|filter|glow|vibe|atmosphere|light|lighting)"
)
# "cool" alone is praise ("make it look cool"): only with a word about color.
_COOL_NOUN = (
    r"(?:tones?|tint|cast|hues?|palette|colou?rs|colou?r grade|colou?r grading|white balance|"
    r"colou?r temperature|temperature)"
)
_MAKE = rf"(?:(?:make|turn|get|render|have) (?:{_OBJ}|{_COLORS}) {_LOOK_AT}(?:more )?)"


def _look(style: LookName) -> Callable[[Groups], Look]:
    return lambda g: Look(style=style, strength=_level(g))


class Look(Ranged):
    """Give the picture a named color look: vintage, warm, cool, cinematic or faded (to color
    grade it)."""

    name: ClassVar[str] = "look"
    frames = (
        frame(
            "give it a vintage look",
            "vintage retro",
            also="make create generate produce render export save convert turn output give do look effect add apply style filter old film movie feel",
        ),
        frame(
            "cinematic color grade",
            "cinematic filmic hollywood",
            "look grade grading color colour filter style feel",
            also="make create render give do effect add apply movie film",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "give it a vintage look",
        "old film look",
        "warmer tones",
        "make it look cold",
        "cinematic color grade",
        "faded look",
    )
    needs: ClassVar[frozenset[str]] = frozenset({"video"})

    style: LookName = Field(
        description=(
            "vintage: faded sepia, soft contrast, dark corners; warm: golden, orange tones; "
            "cool: bluer tones; cinematic: teal shadows and orange highlights, more contrast; "
            "faded: lifted blacks, soft contrast, muted color."
        )
    )
    strength: Strength = Field("medium", description="How strong the look is.")

    def render(self, graph: Graph) -> None:
        _ranged_vf(self, graph, *_look_filters(self.style, _SCALE[self.strength]))

    def describe(self) -> str:
        amount = "" if self.strength == "medium" else f" ({self.strength})"
        return f"{self.style} look{amount}" + self.describe_range()

    grammar = (
        rule(
            rf"(?:(?:{_ADD}|make|turn|go for)(?: {_OBJ})?(?: (?:look|feel|appear|seem))?(?: (?:like|more))?"
            rf"(?: an?| the| some)? )?(?:{_LEVEL} )?(?:{_deg(1)} )?(?:more )?{_VINTAGE}(?: {_STYLE_NOUN})?"
            rf"(?: (?:to|on) {_OBJ})?(?: {_deg(2)})?",
            _look("vintage"),
        ),
        rule(
            rf"(?:make )?(?:{_OBJ} )?look (?:{_deg(1)} )?(?:old|older|aged|dated)",
            _look("vintage"),
        ),
        rule(
            rf"{_MAKE}?(?:{_deg(1)} )?(?:warmer|warm)(?: {_WARM_NOUN})?(?: {_deg(2)})?",
            _look("warm"),
        ),
        rule(
            rf"(?:{_ADD} )?(?:(?:an?|some|the) )?(?:{_LEVEL} )?(?:{_deg(1)} )?(?:more )?"
            rf"(?:warm|warmer|golden|orange|amber|golden hour)(?: {_WARM_NOUN})(?: (?:to|on) {_OBJ})?",
            _look("warm"),
        ),
        rule(
            rf"warm(?: (?:{_OBJ}|{_COLORS}))? up(?: (?:{_OBJ}|{_COLORS}))?(?: {_deg(2)})?",
            _look("warm"),
        ),
        rule(
            rf"(?:add|increase|more|boost|bring out|give {_OBJ})(?: (?:some|a bit of|a little|more|the))? warmth"
            rf"(?: (?:to|in) (?:{_OBJ}|{_COLORS}))?",
            _look("warm"),
        ),
        rule(
            rf"{_MAKE}?(?:{_deg(1)} )?(?:colder|cold|icy|icier|frosty|chilly|wintry|bluer|bluish)"
            rf"(?: {_WARM_NOUN})?(?: {_deg(2)})?",
            _look("cool"),
        ),
        rule(
            rf"(?:{_MAKE}|(?:{_ADD} )?(?:(?:an?|some|the) )?)?(?:{_LEVEL} )?(?:{_deg(1)} )?(?:more )?"
            rf"(?:(?:cool|cooler|blue|blueish|bluish) {_COOL_NOUN}|"
            rf"(?:cold|colder|icy|frosty|wintry|chilly) {_WARM_NOUN})(?: (?:to|on) {_OBJ})?",
            _look("cool"),
        ),
        rule(
            rf"make {_COLORS}(?: (?:of|in) {_OBJ})? (?:{_deg(1)} )?(?:cooler|colder|bluer)(?: {_deg(2)})?",
            _look("cool"),
        ),
        rule(
            rf"cool(?: (?:{_OBJ}|{_COLORS}))? down(?: (?:{_OBJ}|{_COLORS}))?(?: {_deg(2)})?",
            _look("cool"),
        ),
        # "make it cinematic": the color grade films are known for (bars or framing are
        # asked for in their own words: "add black bars", "crop to 2.39:1")
        rule(
            rf"(?:make|turn)(?: {_OBJ})?(?: (?:look|feel|appear|seem))?(?: (?:like|more))?"
            rf"(?: an?| the| some)? (?:{_deg(1)} )?(?:more )?(?:cinematic|filmic|film-like|movie-like)"
            rf"(?: {_STYLE_NOUN})?(?: {_deg(2)})?",
            _look("cinematic"),
        ),
        # "make it look like a movie": a film's color grade (an old one's is vintage)
        rule(
            rf"(?:make|turn) {_OBJ} (?:look|feel) (?:more )?like (?:an?|a real|a proper) "
            r"(?:(?:real|proper|hollywood|professional|big|modern) )?(?:movie|film|"
            r"blockbuster|hollywood movie)",
            _look("cinematic"),
        ),
        rule(
            rf"(?:{_ADD}(?: {_OBJ})?(?: an?| the| some)? )?(?:{_LEVEL} )?"
            rf"(?:cinematic|filmic|hollywood|blockbuster)(?: colou?r)? {_STYLE_NOUN}(?: (?:to|on) {_OBJ})?",
            _look("cinematic"),
        ),
        rule(
            rf"(?:{_ADD}(?: {_OBJ})?(?: an?| the| some)? )?(?:teal (?:and|&|n) orange|orange (?:and|&|n) teal)"
            rf"(?: {_STYLE_NOUN})?(?: (?:to|on) {_OBJ})?",
            _look("cinematic"),
        ),
        rule(
            rf"(?:(?:{_ADD}|make|turn)(?: {_OBJ})?(?: (?:look|feel|appear))?(?: an?| the| some)? )?"
            rf"(?:{_LEVEL} )?(?:{_deg(1)} )?(?:faded|washed[- ]?out|matte)(?: {_STYLE_NOUN})?",
            _look("faded"),
        ),
    )


OPERATIONS: tuple[type[Operation], ...] = (
    Blur,
    Sharpen,
    Brightness,
    Contrast,
    Saturation,
    Gamma,
    Sepia,
    Invert,
    Vignette,
    Denoise,
    Look,
)
