"""Evaluate the rule-based event extractor.

1. Recall on the seed article's curated events: the extractor runs on the seed WITHOUT its
   curation file; a curated event counts as found when an extracted event has the same type,
   the same polarity (negated or not), the same source and recipient codes, and overlapping
   evidence.
2. Precision and recall on the fixture sentences in tests/data/events/.

    python bench/evaluate_events.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from kzpolicy_data import parse_bytes, parse_file
from kzpolicy_data.events import event_key, event_matches

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"


def seed_recall() -> tuple[int, int, list[str]]:
    gold = [e for e in parse_file(SEED).events if e.coder.name == "curated"]
    found = parse_file(SEED, curation_path=None).events
    lines, hits = [], 0
    for g in gold:
        ok = any(event_matches(f, g) for f in found)
        hits += ok
        lines.append(f"  {'found ' if ok else 'MISSED'} {event_key(g)}  {g.summary}")
    return hits, len(gold), lines


def fixture_scores() -> tuple[int, int, int]:
    """(true positives, extracted, expected) over the fixture sentences."""
    tp = extracted = expected = 0
    for path in sorted((ROOT / "tests" / "data" / "events").glob("*.yaml")):
        case = yaml.safe_load(path.read_text("utf-8"))
        published = dt.date.fromisoformat(str(case["published"]))
        record = parse_bytes(f" date {published} {case['text']}\n".encode(), path.stem)
        got = {event_key(e) for e in record.events}
        want = {
            (e["type"], e["modality"], tuple(sorted(e["source"])), tuple(sorted(e["recipient"])))
            for e in case["events"]
        }
        tp += len(got & want)
        extracted += len(got)
        expected += len(want)
    return tp, extracted, expected


def main() -> None:
    hits, total, lines = seed_recall()
    print(f"seed recall (unaided, type + polarity + actors): {hits}/{total}")
    print("\n".join(lines))
    tp, extracted, expected = fixture_scores()
    print(
        f"fixtures: precision {tp}/{extracted} = {tp / max(extracted, 1):.2f}, "
        f"recall {tp}/{expected} = {tp / max(expected, 1):.2f}"
    )


if __name__ == "__main__":
    main()
