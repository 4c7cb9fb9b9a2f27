"""The values inside requests: times, factors, ratios, sizes, percentages and decibels."""

from __future__ import annotations

import re

import pytest

from promptcut.operations.grammar import (
    PIECES,
    parse_factor,
    parse_number,
    parse_ratio,
    parse_size,
    parse_time,
    parse_times,
    rule,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("5s", 5.0),
        ("5 s", 5.0),
        ("5 seconds", 5.0),
        ("1 second", 1.0),
        ("5 secs", 5.0),
        ("5sec", 5.0),
        ("0:05", 5.0),
        ("1:30", 90.0),
        ("00:00:05.5", 5.5),
        ("1:02:03", 3723.0),
        ("1 min 30 sec", 90.0),
        ("1m 30s", 90.0),
        ("1 minute and 30 seconds", 90.0),
        ("1 hour 2 minutes", 3720.0),
        ("1.5 min", 90.0),
        ("2min", 120.0),
        ("500ms", 0.5),
        ("250 milliseconds", 0.25),
        (".5s", 0.5),
        ("90", 90.0),
        ("2.5", 2.5),
        ("1 hr", 3600.0),
        ("5 Seconds", 5.0),
    ],
)
def test_parse_time(text: str, seconds: float) -> None:
    assert parse_time(text) == pytest.approx(seconds)


@pytest.mark.parametrize(
    "text", ["5s", "5 seconds", "0:05", "00:00:05.5", "1 min 30 sec", "1.5 min"]
)
def test_every_time_parse_time_reads_is_a_time_piece(text: str) -> None:
    assert re.fullmatch(PIECES["time"], text)


@pytest.mark.parametrize(("text", "seconds"), [("1m30s", 90.0), ("1h2m3s", 3723.0)])
def test_parse_time_glued_compounds(text: str, seconds: float) -> None:
    assert parse_time(text) == pytest.approx(seconds)


def test_bare_number_takes_the_default_unit() -> None:
    assert parse_time("2", default_unit="min") == 120.0
    assert parse_time("2", default_unit="ms") == pytest.approx(0.002)


@pytest.mark.parametrize("text", ["", "soon", "five seconds", "s"])
def test_not_a_time(text: str) -> None:
    with pytest.raises(ValueError, match="not a time"):
        parse_time(text)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2", "5 seconds", (2.0, 5.0)),  # "between 2 and 5 seconds"
        ("1", "2 min", (60.0, 120.0)),  # "from 1 to 2 min"
        ("1 min", "2", (60.0, 120.0)),
        ("500", "800ms", (0.5, 0.8)),
        ("2", "5", (2.0, 5.0)),  # no unit anywhere: seconds
        ("0:05", "10", (5.0, 10.0)),  # a clock lends no unit
        ("30s", "1 min", (30.0, 60.0)),  # each keeps its own
    ],
)
def test_parse_times_lends_a_unit_across_the_pair(
    a: str, b: str, expected: tuple[float, float]
) -> None:
    assert parse_times(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [("25%", 25.0), ("-3 dB", -3.0), ("+6db", 6.0), ("1.5", 1.5), (".5x", 0.5), ("x2", 2.0)],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_parse_number_refuses_text_without_one() -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_number("loud")


@pytest.mark.parametrize(
    ("text", "factor"),
    [("2x", 2.0), ("2 x", 2.0), ("x2", 2.0), ("1.5 times", 1.5), ("0.25x", 0.25), ("4×", 4.0)],
)
def test_factor(text: str, factor: float) -> None:
    assert re.fullmatch(PIECES["factor"], text)
    assert parse_factor(text) == factor


@pytest.mark.parametrize("text", ["2", "2xl", "times 2", "x"])
def test_not_a_factor(text: str) -> None:
    assert not re.fullmatch(PIECES["factor"], text)


@pytest.mark.parametrize(
    ("text", "ratio"),
    [("16:9", (16.0, 9.0)), ("9/16", (9.0, 16.0)), ("4x5", (4.0, 5.0)), ("2.35 : 1", (2.35, 1.0))],
)
def test_ratio(text: str, ratio: tuple[float, float]) -> None:
    assert re.fullmatch(PIECES["ratio"], text)
    assert parse_ratio(text) == ratio


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1280x720", (1280, 720)),
        ("1280 x 720", (1280, 720)),
        ("1280 by 720", (1280, 720)),
        ("1920×1080", (1920, 1080)),
        ("640*360", (640, 360)),
    ],
)
def test_size(text: str, size: tuple[int, int]) -> None:
    assert re.fullmatch(PIECES["size"], text)
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["2x3", "1x1", "1280x", "1280 720"])
def test_not_a_size(text: str) -> None:
    """A size has sides of at least two digits, so '2x3' stays a factor or ratio."""
    assert not re.fullmatch(PIECES["size"], text)


@pytest.mark.parametrize(
    ("text", "value"), [("25%", 25.0), ("25 %", 25.0), ("50 percent", 50.0), ("10 per cent", 10.0)]
)
def test_percent(text: str, value: float) -> None:
    assert re.fullmatch(PIECES["pct"], text)
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("3db", 3.0), ("-6 db", -6.0), ("+4 decibels", 4.0), ("1 decibel", 1.0)]
)
def test_decibels(text: str, value: float) -> None:
    """Pieces read normalized (lower-case) text: "3dB" arrives as "3db"."""
    assert re.fullmatch(PIECES["db"], text)
    assert parse_number(text) == value


def test_rule_pieces_capture_by_name_and_spaces_are_flexible() -> None:
    r = rule(r"go from {time:a} to {time:b} at {factor:f}", lambda g: g)
    m = r.pattern.fullmatch("go from 0:05 to 1 min 30 sec at 2x")
    assert m is not None
    assert (m["a"], m["b"], m["f"]) == ("0:05", "1 min 30 sec", "2x")
    assert r.pattern.fullmatch("go from 5s to 10s at2x")  # " " is \s*


def test_rule_it_accepts_the_ways_people_name_the_video() -> None:
    r = rule(r"mute {it}", lambda g: g)
    for it in ("it", "the video", "this clip", "my footage", "the whole thing", "everything"):
        assert r.pattern.fullmatch(f"mute {it}"), it
    assert not r.pattern.fullmatch("mute the dog")
