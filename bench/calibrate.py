"""Calibration of the synthetic corpus: synthetic articles against the seed and the devset.

``python bench/run.py --calibrate 200`` parses 200 synthetic articles (with NER and events, 2
processes) and the seed article, reads the 40 described real pages of the devset
(``layouts.jsonl``: excerpts of 1-2k characters with their events), and prints one table.
"""

from __future__ import annotations

import json
import statistics
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MAX_DEVSET_BYTES = 10 << 20  # the devset is 40 lines; refuse anything far larger


def _stats(path: Path) -> dict[str, Any]:
    from kzpolicy_data.parse import parse_file

    record = parse_file(path)
    return {
        "chars": len(record.text),
        "paragraphs": sum(1 for line in record.text.split("\n") if line.strip()),
        "turns": len(record.turns),
        "interview": record.metadata.genre.value == "interview",
        "language": record.metadata.in_language.value,
        "mentions": len(record.mentions),
        "events": len(record.events),
        "json_kb": len(record.model_dump_json()) / 1000,
        "date_prefix": path.read_bytes().startswith(b" date "),
    }


def _devset(path: Path) -> list[dict[str, Any]]:
    if not path.is_file() or path.is_symlink() or path.stat().st_size > MAX_DEVSET_BYTES:
        return []
    rows = []
    for line in path.read_text("utf-8").splitlines():
        page = json.loads(line)
        mock = str(page["mock"])
        rows.append(
            {
                "chars": len(mock),
                "paragraphs": sum(1 for x in mock.split("\n") if x.strip()),
                "turns": 2 * int(page["n_turns"]),
                "interview": bool(page["is_interview"]),
                "language": str(page["language"]),
                "events": len(page["events"]),
                "date_prefix": page["date_prefix"] == "yes",
            }
        )
    return rows


def _column(rows: list[dict[str, Any]]) -> dict[str, str]:
    if not rows:
        return {}
    n = len(rows)

    def mean(key: str) -> str:
        if key not in rows[0]:
            return "n/a"
        values = [float(r[key]) for r in rows]
        middle = statistics.median(values)
        if n == 1:
            return f"{middle:,.0f}"
        return f"{statistics.mean(values):,.1f} (median {middle:,.0f})"

    def per_1k(key: str) -> str:
        if key not in rows[0]:
            return "n/a"
        return f"{1000 * sum(r[key] for r in rows) / sum(r['chars'] for r in rows):.1f}"

    langs = Counter(r["language"] for r in rows)
    return {
        "articles": f"{n}",
        "characters of text": mean("chars"),
        "paragraphs (non-empty lines)": mean("paragraphs"),
        "turns": mean("turns"),
        "interviews": f"{sum(r['interview'] for r in rows) / n:.0%}",
        "language mix ru / kk / en": " / ".join(f"{langs[x] / n:.0%}" for x in ("ru", "kk", "en")),
        "` date ` prefix": f"{sum(r['date_prefix'] for r in rows) / n:.0%}",
        "mentions per article": mean("mentions"),
        "mentions per 1,000 characters": per_1k("mentions"),
        "events per article": mean("events"),
        "events per 1,000 characters": per_1k("events"),
        "record JSON, KB": mean("json_kb"),
    }


def calibration(n: int, devset: Path) -> str:
    from kzpolicy_data.contrib.synth import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp), n, seed=0)
        with ProcessPoolExecutor(max_workers=2) as pool:
            synthetic = list(pool.map(_stats, paths, chunksize=8))
    seed = [_stats(p) for p in sorted((ROOT / "raw").glob("000_*.txt"))]
    columns = [
        ("seed article", _column(seed)),
        (f"devset ({devset.name}, excerpts)", _column(_devset(devset))),
        (f"synthetic (synth --n {n} --seed 0)", _column(synthetic)),
    ]
    head = "| | " + " | ".join(name for name, _ in columns) + " |"
    lines = [head, "|---" * (len(columns) + 1) + "|"]
    for metric in columns[-1][1]:
        cells = [col.get(metric, "n/a") for _, col in columns]
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
