"""Put a coded text back into the cache from a fresh search result.

    python bench/real/restore.py URL FILE [--query "..."]

The texts never enter the repository, so a new machine starts with an empty cache. For the
manifest row whose ``url`` is URL, this takes FILE (the search result's ``excerpt`` saved as
returned) and keeps it only if it is the text that was coded: its digest, or the digest of one of
its prefixes (the same page's excerpt can come back longer than the one saved), must equal the
row's ``sha256``. The page is checked by ``is_excluded.py`` first, as when it was collected.
With ``--query``, the search words that found the page are recorded in ``queries.tsv`` beside
this script, so that the next restore needs one look-up.

Exit 0: restored (prints the id); 1: refused or not the coded text (says why); 2: usage.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import hashlib
import subprocess
import sys
from pathlib import Path

from store import EXCLUDED, cache_dir

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.tsv"
QUERIES = HERE / "queries.tsv"


def manifest_rows() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def coded_prefix(text: str, digest: str) -> str | None:
    """The prefix of ``text`` whose UTF-8 digest is ``digest``, longest first; else None.

    One hash per prefix length would be quadratic; the running hash is copied at each character
    instead, so the work grows with the text once.
    """
    running = hashlib.sha256()
    found: str | None = None
    for i, ch in enumerate(text):
        running.update(ch.encode("utf-8"))
        if running.copy().hexdigest() == digest:
            found = text[: i + 1]
    return found


def record_query(row_id: str, query: str) -> None:
    # Several restorers may run at once: one at a time rewrites the file.
    with (HERE / ".queries.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _rewrite_queries(row_id, query)


def _rewrite_queries(row_id: str, query: str) -> None:
    known: dict[str, str] = {}
    if QUERIES.exists():
        with QUERIES.open(encoding="utf-8", newline="") as fh:
            known = {r["id"]: r["query"] for r in csv.DictReader(fh, delimiter="\t")}
    known[row_id] = " ".join(query.split())
    tmp = QUERIES.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("id\tquery\n")
        for key in sorted(known):
            fh.write(f"{key}\t{known[key]}\n")
    tmp.replace(QUERIES)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("file", type=Path)
    parser.add_argument("--query", help="the search words that found the page")
    args = parser.parse_args(argv)
    rows = [r for r in manifest_rows() if r["url"] == args.url]
    if not rows:
        print(f"{args.url}: not in {MANIFEST.name}; only coded pages are restored", file=sys.stderr)
        return 1
    check = subprocess.run(
        [sys.executable, str(EXCLUDED), args.url, str(args.file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if check.returncode != 0:
        print(f"{args.url}: {check.stdout.strip() or check.stderr.strip()}", file=sys.stderr)
        return 1
    text = args.file.read_bytes().decode("utf-8")
    for row in rows:
        kept = coded_prefix(text, row["sha256"])
        if kept is None:
            continue
        out = cache_dir()
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{row['sha256']}.txt").write_bytes(kept.encode("utf-8"))
        if args.query:
            record_query(row["id"], args.query)
        print(f"restored {row['id']} ({len(kept)} of {len(text)} characters)")
        return 0
    print(
        f"{args.url}: no prefix of {args.file} ({len(text)} characters) has the coded digest "
        f"{rows[0]['sha256'][:12]}…: the excerpt is shorter than the coded one or differs in a "
        "character (check the newlines and spaces were saved as returned)",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
