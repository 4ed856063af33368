"""Evaluate the rule-based event extractor.

1. Precision and recall of the rules (every candidate, published or queued for review; with
   ``--gated`` only the published events) on the gold set
   ``tests/data/events_eval/{ru,kk,en}.yaml``, per language, per event type and per split
   (``dev``: the cases rules were tuned on; ``test``: about 30 % held out, chosen by a hash of
   the case id, see ``split``). An extracted event is right when its type,
   modality and source and recipient codes equal a gold event's of the same case (for cases
   tagged ``symmetric``, a two-party event may have its two parties swapped). Dates are scored
   separately, over the matched events whose gold has a date.
2. Unaided recall on the seed article's curated events: the extractor runs on the seed WITHOUT its
   curation file; a curated event counts as found when an extracted event has the same type, the
   same polarity (negated or not), the same source and recipient codes, and overlapping evidence.
   The curation codes the Gulf states as bare ``IGO``, which matches any ``IGO:<ABBR>``.

    python bench/evaluate_events.py [--split dev|test|all] [--lang ru] [--errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from kzpolicy_data import parse_bytes, parse_file
from kzpolicy_data.events import event_key
from kzpolicy_data.events.annotate import unpublished
from kzpolicy_data.events.extract import extract_events
from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.records import Event

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"
EVAL = ROOT / "tests" / "data" / "events_eval"
LANGUAGES = ("ru", "kk", "en")

Key = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def split(case_id: str) -> str:
    """``test`` for about 30 % of the cases (by a stable hash of the id), ``dev`` for the rest."""
    return "test" if hashlib.sha256(case_id.encode()).digest()[0] < 77 else "dev"


def _gold_key(e: dict[str, Any]) -> Key:
    return (e["type"], e["modality"], tuple(sorted(e["source"])), tuple(sorted(e["recipient"])))


def _same(got: Key, want: Key, symmetric: bool) -> bool:
    if got == want:
        return True
    if not symmetric or got[:2] != want[:2]:
        return False
    return len(got[2]) + len(got[3]) == 2 and sorted(got[2] + got[3]) == sorted(want[2] + want[3])


def _match(got: list[Key], want: list[Key], symmetric: bool) -> list[tuple[int, int]]:
    """Pairs ``(got index, want index)``, each event used once."""
    pairs, used = [], set()
    for i, g in enumerate(got):
        for j, w in enumerate(want):
            if j not in used and _same(g, w, symmetric):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def load_cases(languages: Iterable[str] = LANGUAGES) -> list[dict[str, Any]]:
    cases = []
    for lang in languages:
        for case in yaml.safe_load((EVAL / f"{lang}.yaml").read_text("utf-8")):
            cases.append({**case, "lang": lang, "split": split(case["id"])})
    return cases


def run_case(case: dict[str, Any], gated: bool = False) -> list[Event]:
    """The rules' events of a case (published or queued), or with ``gated`` only the published
    ones (a source and a confidence at the threshold fitted on real text)."""
    published = dt.date.fromisoformat(str(case["published"]))
    body = case["text"].replace("\n", " ")
    data = f" date {published} {body}\n".encode()
    if gated:
        return parse_bytes(data, "case").events
    record = parse_bytes(data, "case", events=False)
    return extract_events(record, Analysis(record.text))


def _pr(tp: int, got: int, want: int) -> str:
    p, r = tp / max(got, 1), tp / max(want, 1)
    return f"precision {p:6.1%} ({tp}/{got})  recall {r:6.1%} ({tp}/{want})"


def evaluate(
    cases: list[dict[str, Any]], errors: bool = False, gated: bool = False
) -> dict[str, Counter[str]]:
    """Counters of ``tp``, ``got``, ``want`` (and dates) by ``lang``, ``type`` and ``split``."""
    stats: dict[str, Counter[str]] = {}
    for case in cases:
        events = run_case(case, gated)
        got = [event_key(e) for e in events]
        want = [_gold_key(e) for e in case["events"]]
        pairs = _match(got, want, "symmetric" in case.get("tags", []))
        for scope in (f"lang {case['lang']}", f"split {case['split']}", "all"):
            c = stats.setdefault(scope, Counter())
            c.update(tp=len(pairs), got=len(got), want=len(want))
        for k in got:
            stats.setdefault(f"type {k[0]}", Counter()).update(got=1)
        for k in want:
            stats.setdefault(f"type {k[0]}", Counter()).update(want=1)
        for i, j in pairs:
            stats.setdefault(f"type {got[i][0]}", Counter()).update(tp=1)
            gold_date = case["events"][j].get("date")
            if gold_date is not None:
                right = events[i].date.edtf == str(gold_date)
                stats["all"].update(dated=1, date_right=int(right))
        if errors and (len(pairs) < len(got) or len(pairs) < len(want)):
            print(f"{case['id']} [{case['split']}] {case['text']}")
            print(f"    gold {want}\n    got  {got}")
    return stats


def seed_recall() -> tuple[int, int, int, list[str]]:
    """Curated events of the seed found by the extractor without the curation file: among its
    candidates (published or queued for review), and among the published events."""
    gold = [e for e in parse_file(SEED).events if e.coder.name == "curated"]
    bare = parse_file(SEED, curation_path=None, events=False)
    published = parse_file(SEED, curation_path=None).events
    found = unpublished(bare) + published
    lines, hits, shown = [], 0, 0
    for g in gold:
        ok = any(_seed_match(f, g) for f in found)
        pub = any(_seed_match(f, g) for f in published)
        hits += ok
        shown += pub
        what = "published" if pub else ("queued   " if ok else "MISSED   ")
        lines.append(f"  {what} {event_key(g)}  {g.summary}")
    return hits, shown, len(gold), lines


def _seed_match(found: Event, gold: Event) -> bool:
    def codes(actors: Iterable[Any], bare: set[str]) -> set[str]:
        return {"IGO" if a.code.startswith("IGO:") and "IGO" in bare else a.code for a in actors}

    neg = (found.modality.value == "negated") == (gold.modality.value == "negated")
    gs, gr = {a.code for a in gold.source}, {a.code for a in gold.recipient}
    same = (
        found.event_type == gold.event_type
        and codes(found.source, gs) == gs
        and codes(found.recipient, gr) == gr
    )
    overlap = any(
        a.span.start < b.span.end and b.span.start < a.span.end
        for a in found.evidence
        for b in gold.evidence
    )
    return neg and same and overlap


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--lang", choices=LANGUAGES, action="append")
    ap.add_argument("--errors", action="store_true", help="print the cases with a mistake")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument(
        "--gated", action="store_true", help="score only the published events, not the rules'"
    )
    args = ap.parse_args()
    cases = [c for c in load_cases(args.lang or LANGUAGES) if args.split in ("all", c["split"])]
    stats = evaluate(cases, args.errors, args.gated)
    what = "published events" if args.gated else "the rules' candidates, published or queued"
    print(f"gold set: {len(cases)} cases ({args.split}), {what}")
    for scope in sorted(stats, key=lambda s: (s.split()[0] != "all", s.split()[0] == "type", s)):
        c = stats[scope]
        print(f"  {scope:<20} {_pr(c['tp'], c['got'], c['want'])}")
    a = stats.get("all", Counter())
    print(f"  dates right on matched dated events: {a['date_right']}/{a['dated']}")
    if not args.no_seed:
        hits, shown, total, lines = seed_recall()
        print(
            f"seed recall (unaided, type + polarity + actors): {hits}/{total} found, "
            f"{shown}/{total} published (the others queued for review)"
        )
        print("\n".join(lines))


if __name__ == "__main__":
    main()
