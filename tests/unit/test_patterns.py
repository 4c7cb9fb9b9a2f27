"""The compiled-grammar cache: patterns rebuilt from it behave exactly like re.compile's, and a
damaged or foreign cache file is ignored."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from promptcut.errors import UserError
from promptcut.operations import CATALOGUE, patterns


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROMPTCUT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_programs", None)
    monkeypatch.setattr(patterns, "_new", {})
    monkeypatch.setattr(patterns, "_memory", {})
    return tmp_path


SAMPLES = [
    "trim off the first 3 seconds",
    "make it black and white",
    "speed it up 2x",
    "add the title 'Summer' at the top",
    "mix in music.mp3 at 20% volume",
]


def test_a_rebuilt_pattern_matches_like_the_original() -> None:
    for op in CATALOGUE.values():
        for rule in op.grammar[:2]:
            rebuilt = patterns._build(rule.source, patterns._program(rule.source))
            expected = re.compile(rule.source)
            assert rebuilt.groupindex == expected.groupindex
            for text in SAMPLES:
                got, want = rebuilt.fullmatch(text), expected.fullmatch(text)
                assert (got and got.groupdict()) == (want and want.groupdict())


def test_the_cache_round_trips_through_its_file(cache_dir: Path) -> None:
    source = r"(?P<verb>trim|cut) the first (?P<n>\d+) seconds"
    patterns.compiled(source)
    patterns._save()
    (saved,) = cache_dir.glob("grammar-*.json")
    programs = patterns._load()
    assert len(programs) == 1
    assert patterns._build(source, next(iter(programs.values()))).fullmatch(
        "cut the first 5 seconds"
    )
    assert saved.read_bytes().startswith(b'{"key": ')


def test_a_damaged_cache_is_ignored(cache_dir: Path) -> None:
    patterns.compiled(r"a+b")
    patterns._save()
    (saved,) = cache_dir.glob("grammar-*.json")
    header, body = saved.read_bytes().split(b"\n", 1)
    saved.write_bytes(header + b"\n" + body.replace(b"[", b"[9999,", 1))
    assert patterns._load() == {}
    meta = json.loads(header)
    meta["key"] = "another-python"
    saved.write_bytes(json.dumps(meta).encode() + b"\n" + body)
    assert patterns._load() == {}
    saved.write_bytes(b"not json at all")
    assert patterns._load() == {}


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"\b(?:cut|trim) (?:off )?the (?P<n>\d+) seconds", (" seconds",)),
        (r"(?:mute|silence) it", ("mute", "silence")),
        (r"(?:make )?it (?:louder|quieter)?", ("it ",)),
        (r"(?:make it )?(?:louder|quieter)?", ()),  # nothing is in every match
        (r"(?i)mute it", ()),  # (the words' case is not known)
        (r"x(?:ab|cd)+y", ()),  # words shorter than three letters test nothing
    ],
)
def test_the_words_every_match_contains(source: str, words: tuple[str, ...]) -> None:
    assert patterns.needed_words(source) == words


def test_no_text_a_pattern_matches_is_screened_out(cache_dir: Path) -> None:
    from promptcut.operations import lexicon
    from promptcut.planner import offline

    texts = [offline.normalize(e) for op in CATALOGUE.values() for e in op.examples]
    texts += [e for op in CATALOGUE.values() for e in op.examples]
    texts += [e.upper() for op in CATALOGUE.values() for e in op.examples]
    compiled = [re.compile(rule.source) for op in CATALOGUE.values() for rule in op.grammar]
    compiled += [p for p, _ in lexicon.SYNONYMS] + [p for p, _ in offline._SAID_PLAINLY.rules]
    screen = patterns.Screen(compiled)
    tested = 0
    for text in texts:
        could = set(screen.could_match(text))
        for index, pattern in enumerate(compiled):
            if pattern.search(text):
                tested += 1
                assert index in could, (pattern.pattern, text)
    assert tested > 300


def test_a_pattern_that_ignores_case_is_screened_in_any_case(cache_dir: Path) -> None:
    screen = patterns.Screen([re.compile(r"drop every other frame", re.IGNORECASE)])
    assert screen.could_match("Drop EVERY other Frame") == [0]
    assert screen.could_match("keep every frame") == []
    # a letter of another script that matches an ASCII one when case is ignored: "ſ" is "s"
    assert re.search("(?i)seconds", "ſeconds")
    assert patterns.Screen([re.compile("seconds", re.IGNORECASE)]).could_match("ſeconds") == [0]


def _one_by_one(rules: tuple[tuple[re.Pattern[str], Any], ...], text: str) -> str:
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


def _outcome(rewrite: Callable[[str], str], text: str) -> str:
    """What `rewrite` makes of `text`, or what it refuses it with."""
    try:
        return rewrite(text)
    except UserError as refused:
        return f"refused: {refused}"


def test_rewrites_give_what_every_rule_in_turn_gives(cache_dir: Path) -> None:
    from promptcut.planner import offline
    from realreq.score import SET_NAMES, cases_of

    texts = [e for op in CATALOGUE.values() for e in op.examples]
    texts += [case.request for name in SET_NAMES[::40] for case in cases_of(name)]
    texts += [e.lower() for e in texts] + [e.upper() for e in texts[::4]]
    every = (offline._SAID_PLAINLY, offline._SYNONYMS, offline._BEFORE_NOUNS)
    for rewrites in every:
        changed = 0
        for text in texts:
            expected = _outcome(partial(_one_by_one, rewrites.rules), text)
            assert _outcome(rewrites, text) == expected, text
            changed += expected != text
        assert changed, "no text was rewritten"


def test_a_word_one_rewrite_brings_in_lets_a_later_one_apply(cache_dir: Path) -> None:
    rules = (
        (re.compile(r"\bget rid of\b"), "remove"),
        (re.compile(r"\bremove the sound\b"), "mute it"),
        (re.compile(r"\bmute it\b"), "mute the video"),
    )
    rewrites = patterns.Rewrites(rules)
    assert rewrites("get rid of the sound") == "mute the video"
    assert rewrites("get rid of the logo") == "remove the logo"
    # a rule is applied once, in its turn, as a loop of them would: never again after a later one
    again = patterns.Rewrites(((re.compile("ab"), "c"), (re.compile("c"), "ab")))
    assert again("ab") == _one_by_one(again.rules, "ab") == "ab"


def test_the_words_are_kept_with_the_programs(cache_dir: Path) -> None:
    source = r"(?:mute|silence) the (?:audio|sound)"
    assert patterns.needed_words(source) == (" the ",)
    patterns._save()
    assert " the " in json.dumps(patterns._load())


def test_the_rules_a_clause_may_be_read_by_are_those_whose_words_it_has() -> None:
    from promptcut.planner import offline
    from promptcut.planner.offline import normalize

    every = offline._whole_rules()
    clauses = [normalize(e) for op in CATALOGUE.values() for e in op.examples]
    clauses += ["cut 1-2s, 2-3s and the last 5 seconds", "make it 2x faster and louder"]
    for clause in clauses:
        expected = sorted(
            place
            for place, (_, rule, _) in enumerate(every.rules)
            if not (words := patterns.needed_words(rule.source)) or any(w in clause for w in words)
        )
        assert every.candidates(clause) == expected, clause
