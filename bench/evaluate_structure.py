"""Evaluate the interview structure on the parser fixtures (tests/data/raw/*.expected.yaml).

Prints, over all fixtures and per layout family (the `family` column of
tests/data/raw/LAYOUTS.md; fixtures not listed there are `older`): interview detection,
interviewee name (needs the NER pipeline), first question start, first answer start, exact turn
count, and the language; then genre, language and complete pairs on the 40 short excerpts of
tests/data/short. ``-v`` lists every fixture that misses something and what.

    python bench/evaluate_structure.py [--no-ner] [-v] [--timing]

``--timing`` also times the parse without NLP of every fixture scaled to ~8 KB and ~80 KB
(its paragraphs repeated), median of 5 runs: the target is < 50 ms at 8 KB, and x10 the size
should cost about x10 the time (linear).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from kzpolicy_data import parse_bytes, parse_file
from kzpolicy_data.codes import TurnKind

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "tests" / "data" / "raw"
METRICS = ("interview", "interviewee", "first_q", "first_a", "n_turns", "language")
_ROW = re.compile(r"^\|\s*`(?P<stem>[\w-]+)`\s*\|[^|]*\|\s*(?P<family>[^|(]+)")


def families() -> dict[str, str]:
    """Fixture stem -> coarse layout family, from LAYOUTS.md."""
    path = RAW / "LAYOUTS.md"
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            m = _ROW.match(line)
            if m:
                out[m.group("stem")] = m.group("family").strip()
    return out


def _first(record: Any, kind: TurnKind) -> str | None:
    return next((record.turn_text(t) for t in record.turns if t.kind == kind), None)


def score(path: Path, exp: dict[str, Any], ner: bool) -> dict[str, bool | None]:
    """Per-metric hit (True/False) or None when the metric does not apply to this fixture."""
    rec = parse_file(path, events=False, ner=ner)
    interview = exp["genre"] == "interview"
    starts = exp.get("starts", [])
    kinds = exp.get("kinds", "")
    turns = rec.turns
    out: dict[str, bool | None] = dict.fromkeys(METRICS)
    out["interview"] = (rec.metadata.genre.value == "interview") == interview
    out["language"] = rec.metadata.in_language.value == exp["language"]
    if not interview:
        return out
    out["n_turns"] = len(turns) == len(kinds)
    for metric, letter, kind in (
        ("first_q", "Q", TurnKind.QUESTION),
        ("first_a", "A", TurnKind.ANSWER),
    ):
        if letter in kinds and len(starts) > kinds.index(letter):
            got = _first(rec, kind)
            out[metric] = got is not None and got.startswith(starts[kinds.index(letter)])
    if ner and "interviewee" in exp:
        names = [s.name for s in rec.speakers if s.interview_role.value == "interviewee"]
        out["interviewee"] = exp["interviewee"] in names
    return out


def _scaled(text: str, size: int) -> bytes:
    """The article with its body paragraphs repeated until it is about ``size`` bytes."""
    data = text.encode()
    head, _, body = text.partition("\n\n")
    body = body or head
    while len(data) < size:
        text = text + "\n\n" + body
        data = text.encode()
    return data


def timing(paths: list[Path]) -> None:
    """Median parse time (no NLP, no events) of the fixtures scaled to 8 KB and 80 KB."""
    parse_bytes(paths[0].read_bytes(), paths[0].name, ner=False, events=False)  # load models
    for size in (8_000, 80_000):
        times = []
        for path in paths:
            data = _scaled(path.read_text("utf-8"), size)
            runs = []
            for _ in range(5):
                t0 = time.perf_counter()
                parse_bytes(data, path.name, ner=False, events=False)
                runs.append(time.perf_counter() - t0)
            times.append(statistics.median(runs))
        ms = sorted(1000 * t for t in times)
        print(
            f"parse without NLP at ~{size // 1000} KB: median {statistics.median(ms):.1f} ms, "
            f"p95 {ms[int(0.95 * (len(ms) - 1))]:.1f} ms, max {ms[-1]:.1f} ms "
            f"over {len(ms)} fixtures"
        )


def short_excerpts() -> None:
    """The 40 layout mocks as short as real excerpts (tests/data/short): genre, language and
    complete question/answer pairs, by language and interview/non-interview."""
    from kzpolicy_data import parse_bytes

    path = ROOT / "tests" / "data" / "short" / "devset_mocks.jsonl"
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    misses = []
    for line in path.read_text("utf-8").splitlines():
        page = json.loads(line)
        rec = parse_bytes(page["mock"].encode(), f"{page['id'].lower()}.txt", ner=False)
        kinds = [t.kind for t in rec.turns]
        pairs = sum(
            1
            for i in range(len(kinds) - 2)
            if kinds[i : i + 2] == [TurnKind.QUESTION, TurnKind.ANSWER]
            and TurnKind.QUESTION in kinds[i + 2 :]
        )
        genre_ok = (rec.metadata.genre.value == "interview") == page["is_interview"]
        pairs_ok = pairs == page["n_turns"]
        kind = "interviews" if page["is_interview"] else "non-interviews"
        for group in ("all", f"{page['language']} {kind}"):
            g = groups[group]
            g[0] += 1
            g[1] += genre_ok
            g[2] += rec.metadata.in_language.value == page["language"]
            g[3] += page["is_interview"]
            g[4] += page["is_interview"] and pairs_ok
        if not (genre_ok and pairs_ok):
            misses.append(f"  {page['id']}: {rec.metadata.genre.value}, {pairs} complete pairs")
    print("\nshort excerpts (tests/data/short, the 40 mocks as printed)")
    print(f"{'group':<22}{'interview?':>14}{'language':>14}{'complete pairs':>16}")
    for name in ["all", *sorted(g for g in groups if g != "all")]:
        n, genre, lang, interviews, pairs_hit = groups[name]
        pairs_cell = f"{pairs_hit}/{interviews}" if interviews else "-"
        print(f"{name:<22}{f'{genre}/{n}':>14}{f'{lang}/{n}':>14}{pairs_cell:>16}")
    if misses:
        print("\n".join(["misses:", *misses]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-ner", action="store_true", help="skip the NER pipeline (no names)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    ap.add_argument("--timing", action="store_true", help="time 8 KB and 80 KB parses")
    args = ap.parse_args()
    fam = families()
    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: {m: [0, 0] for m in METRICS})
    misses: list[str] = []
    t0 = time.perf_counter()
    paths = sorted(RAW.glob("*.txt"))
    for path in paths:
        exp = yaml.safe_load(path.with_suffix(".expected.yaml").read_text("utf-8"))
        result = score(path, exp, ner=not args.no_ner)
        for group in ("all", fam.get(path.stem, "older")):
            for metric, hit in result.items():
                if hit is not None:
                    totals[group][metric][0] += hit
                    totals[group][metric][1] += 1
        missed = [m for m, hit in result.items() if hit is False]
        if missed:
            misses.append(f"  {path.stem}: {', '.join(missed)}")
    elapsed = time.perf_counter() - t0
    print(f"{len(paths)} fixtures in {elapsed:.1f} s (ner={'off' if args.no_ner else 'on'})")
    header = f"{'family':<34}" + "".join(f"{m:>14}" for m in METRICS)
    print(header)
    print("-" * len(header))
    for group in ["all", *sorted(g for g in totals if g != "all")]:
        cells = []
        for metric in METRICS:
            hit, n = totals[group][metric]
            cells.append(f"{hit}/{n} {100 * hit / n:3.0f}%" if n else "-")
        print(f"{group[:34]:<34}" + "".join(f"{c:>14}" for c in cells))
    if args.verbose and misses:
        print("misses:")
        print("\n".join(misses))
    short_excerpts()
    if args.timing:
        timing(paths)


if __name__ == "__main__":
    main()
