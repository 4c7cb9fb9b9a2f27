"""Score the offline planner on the real-request development set (tests/realreq/dev.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# tests/realreq is a package of the test tree, not of promptcut: import it from there, and
# promptcut from this checkout's src/ (the code as it is now, installed or not).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from realreq.dev import CASES
from realreq.score import Verdict, run, totals, validate


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def _line(v: Verdict) -> str:
    mark = v.result
    if v.case.expect == "ask" and v.result == "RIGHT":
        mark = "ASKED" if v.asked else "RIGHT"
    text = v.shown.replace("\n", " ")
    if not v.planned:
        text = f"refused: {text[:100]}"
    line = f"{v.case.id:<11} {mark:<8} {text}"
    if v.reason and v.result != "RIGHT":
        line += f"\n{'':<20}-> {v.reason}"
    return line


def _summary(counts: dict[str, dict[str, int]]) -> list[str]:
    d, u, r = counts["doable"], counts["underspecified"], counts["refuse"]
    lines = [
        f"DOABLE with ops ({d['total']}): right {d['right']} ({_pct(d['right'], d['total'])}), "
        f"refused {d['refused']}, wrong {d['wrong']}",
        f"UNDERSPECIFIED ({u['total']}): refused {u['refused']} (asked for what is missing "
        f"{u['asked']}, refused without asking {u['refused'] - u['asked']}), wrong {u['wrong']}",
        f"OUT-OF-SCOPE + no-op ({r['total']}): refused {r['refused']}, wrong {r['wrong']}",
    ]
    errors = d["error"] + u["error"] + r["error"]
    if errors:
        lines.append(f"ERRORS (the planner crashed): {errors}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", help="comma-separated case ids")
    parser.add_argument("--wrong", action="store_true", help="show only the WRONG rows")
    parser.add_argument("--json", action="store_true", help="print the verdicts as JSON")
    args = parser.parse_args(argv)

    problems = validate(CASES)
    if problems:
        print("the development set itself is wrong:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    cases = list(CASES)
    if args.only:
        wanted = [x.strip() for x in args.only.split(",") if x.strip()]
        unknown = sorted(set(wanted) - {c.id for c in cases})
        if unknown:
            parser.error(f"unknown ids: {', '.join(unknown)}")
        cases = [c for c in cases if c.id in wanted]
    verdicts = run(cases)
    counts = totals(verdicts)
    shown = [v for v in verdicts if v.result == "WRONG"] if args.wrong else verdicts

    if args.json:
        print(json.dumps({"verdicts": [v.as_dict() for v in shown], "totals": counts}, indent=2))
        return 0
    for v in shown:
        print(_line(v))
    if args.wrong and not shown:
        print("no WRONG rows")
    print()
    for line in _summary(counts):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
