"""How long the offline planner takes per request: mean and p95 over a few hundred varied prompts,
then the longest requests it reads (LONGEST_REQUEST characters, of shapes that cost most) and
one four times longer.

Run: python benchmarks/plan_speed.py   (targets: under 5 ms a prompt; the longest well under 1 s)
"""

from __future__ import annotations

import importlib.util
import itertools
import random
import re
import statistics
import sys
import time
from pathlib import Path

from promptcut.errors import UserError
from promptcut.operations import CATALOGUE
from promptcut.planner.offline import LONGEST_REQUEST, grammar_size, plan

_TESTS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "test_planner.py"


def _test_phrasings() -> dict[str, list[str]]:
    """The phrasings the planner's unit tests check, by operation."""
    # test_planner reads its sibling phrasings_*.py modules by name, as pytest lets it.
    sys.path.insert(0, str(_TESTS.parent))
    spec = importlib.util.spec_from_file_location("test_planner", _TESTS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: [p for p, _ in cases] for name, cases in module.PHRASINGS.items()}


def prompts(seed: int = 7) -> list[str]:
    """Single clauses, polite wrappings, and requests of two to four clauses."""
    rng = random.Random(seed)
    by_op = _test_phrasings()
    for name, op in CATALOGUE.items():
        by_op.setdefault(name, []).extend(op.examples)
    singles = [p for phrasings in by_op.values() for p in phrasings]
    polite = [f"{a} {p}{b}" for p, (a, b) in zip(
        singles, itertools.cycle([("Please", ""), ("can you", "?"), ("hey,", ", thanks!")]),
        strict=False,
    )]  # fmt: skip
    joins = [", ", " and ", ". Then ", " then ", ", after that "]
    multi = []
    names = [n for n, phrasings in by_op.items() if phrasings]  # "custom": the model only
    for _ in range(300):
        ops = rng.sample(names, rng.randint(2, 4))
        parts = [rng.choice(by_op[n]) for n in ops]
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice(joins) + part
        multi.append(text)
    return singles + polite + multi


def long_requests(length: int, seed: int = 7) -> dict[str, str]:
    """Requests of `length` characters, of the shapes that cost the planner most: many 'and's,
    a long list, one long clause, words of edits in no order."""
    rng = random.Random(seed)
    words = re.findall(
        r"\S+",
        "the video cut trim make it brighter and then add text blur mute speed up 2x first 5 "
        "seconds of audio louder crop to square for instagram please , with",
    )
    shapes = {
        "edit words in no order": " ".join(rng.choice(words) for _ in range(length)),
        "one edit and again": " and ".join(["make it brighter"] * length),
        "a list of ranges": "cut " + ", ".join(f"{i}-{i + 1}s" for i in range(length)),
        "one word": "a" * length,
        "very very …": "make " + "very " * length + "bright",
        "brackets": "trim it " + "(" * length + ")" * length,
        "numbers": " ".join(str(i) for i in range(length)),
    }
    return {name: text[:length] for name, text in shapes.items()}


def main() -> None:
    cases = prompts()
    for p in cases[:50]:  # warm the regex caches, as a running server would have them
        _plan(p)
    times: list[float] = []
    refused = 0
    for p in cases:
        start = time.perf_counter()
        ok = _plan(p)
        times.append((time.perf_counter() - start) * 1000)
        refused += not ok
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"{len(cases)} prompts, {grammar_size()} phrasings in the catalogue, {refused} refused")
    print(f"mean {statistics.fmean(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    for length in (LONGEST_REQUEST, 4 * LONGEST_REQUEST):
        for name, text in long_requests(length).items():
            start = time.perf_counter()
            ok = _plan(text)
            took = time.perf_counter() - start
            print(f"{length:,} characters, {name}: {took:.2f} s ({'planned' if ok else 'refused'})")


def _plan(prompt: str) -> bool:
    try:
        plan(prompt)
    except UserError:
        return False
    return True


if __name__ == "__main__":
    main()
