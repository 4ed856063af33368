"""Which coded texts the cache lacks, and what to search for to restore them.

    python bench/real/missing.py [--split dev|test] [--limit N]
    python bench/real/missing.py --wanted URL [URL ...]

The first form prints one line a missing text (test first, then dev): its id, language and URL,
then the search query that found it last time (``queries.tsv``) or, lacking one, ``notes:`` and
the start of the gold notes to build a query from. The second says which of a search answer's
URLs are coded texts the cache lacks (``WANTED id url``): one look-up often brings back several,
and ``restore.py`` puts each back. Nothing is written.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from restore import QUERIES, manifest_rows
from store import cache_dir

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"


def missing(rows: list[dict[str, str]], cache: Path) -> list[dict[str, str]]:
    """The rows whose text is not in ``cache``, test before dev, in manifest order."""
    lacking = [r for r in rows if not (cache / f"{r['sha256']}.txt").exists()]
    return sorted(lacking, key=lambda r: r["split"] != "test")


def queries() -> dict[str, str]:
    if not QUERIES.exists():
        return {}
    with QUERIES.open(encoding="utf-8", newline="") as fh:
        return {r["id"]: r["query"] for r in csv.DictReader(fh, delimiter="\t")}


def notes() -> dict[str, str]:
    with GOLD.open(encoding="utf-8") as fh:
        return {row["id"]: row.get("notes") or "" for row in map(json.loads, fh)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"))
    parser.add_argument("--limit", type=int, default=0, help="print at most N texts (0: all)")
    parser.add_argument("--wanted", nargs="+", metavar="URL", help="a search answer's URLs")
    args = parser.parse_args(argv)
    lacking = missing(manifest_rows(), cache_dir())
    if args.wanted:
        by_url: dict[str, list[str]] = {}
        for r in lacking:
            by_url.setdefault(r["url"], []).append(r["id"])
        for url in args.wanted:
            for row_id in by_url.get(url, []):
                print(f"WANTED {row_id} {url}")
        return 0
    if args.split:
        lacking = [r for r in lacking if r["split"] == args.split]
    known, told = queries(), notes()
    print(f"{len(lacking)} coded texts are not in {cache_dir()}", file=sys.stderr)
    for r in lacking[: args.limit or None]:
        hint = known.get(r["id"]) or "notes: " + " ".join(told.get(r["id"], "").split())[:300]
        print(f"{r['id']}\t{r['language']}\t{r['url']}\t{hint}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
