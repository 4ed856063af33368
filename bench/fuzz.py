"""Fuzz the input boundary: no input may raise anything but the package's own errors, and none may
take more than linear time.

    python bench/fuzz.py --n 100000 --jobs 2 [--seed 0]

Inputs, in equal shares: mutations of the seed article and of the devset mocks
(``/work/shared/devset/layouts.jsonl``, if present; else the parser fixtures), random token soup
built from the markers the parser reacts to (dashes, `?`, `Вопрос:`, entities, dates, quotes,
BOM, CR, zero-width characters), and random bytes. Each goes through ``parse_bytes`` (without NER
and events, for speed) and the checks ``validate`` runs on file contents and names (curation
YAML through the bounded loader and the schema, raw file names). Every fourth input is also
mutated into a curation file.

Slower than linear: an input whose time per byte is over ``SLOW_FACTOR`` times the per-byte time
of ordinary articles (measured at the start) is re-run at 10 times its size (the content
repeated); if its time then grows more than 3 times as much as ordinary text's does, it is
counted as superlinear and printed. The summary gives the counts per family.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kzpolicy_data.errors import KzPolicyError  # noqa: E402

DEVSET = Path("/work/shared/devset/layouts.jsonl")
SLOW_FACTOR = 20.0
FLOOR = 0.02  # seconds: below this, timing noise dominates
NAME = "000_0000000000000001.txt"
TOKENS = [
    "– ",
    "— ",
    "- ",
    "?",
    "??",
    "?!",
    "!",
    ".",
    "…",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "Вопрос:",
    "Ответ:",
    "В:",
    "О:",
    "Q:",
    "A:",
    "Сұрақ:",
    "Жауап:",
    "«",
    "»",
    '"',
    "“",
    "”",
    "&amp;",
    "& mdash;",
    "&nbsp;",
    "&#8211;",
    "&",
    "amp;",
    "\u200b",
    "\u00a0",
    "\ufeff",
    " date 2026-03-02 ",
    "date 2026-02-30",
    "2 марта 2026",
    "15:30",
    "Фото:",
    "Читайте также:",
    "Казахстан",
    "Токаев",
    "МИД",
    "Китай",
    "заявил",
    "подписали",
    "соглашение",
    "интервью",
    "Ерлан Журабаев",
    "политолог",
    "корреспондент",
    "Zakon.kz",
    "https://zakon.kz/a",
    "ВСЕ НОВОСТИ",
    "Реклама",
    "(",
    ")",
    ":",
    ";",
    ",",
    "1",
    "2026",
    "\t",
    "*",
    "#",
    "<b>",
    "</b>",
]
YAML_TOKENS = [
    "url: ",
    "https://a.kz/x",
    "headline: ",
    "events:",
    "\n",
    "  - ",
    "event_type: ",
    "AGREE",
    "evidence: ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!str ",
    "!!int ",
    "!!timestamp ",
    "!!binary ",
    "date: ",
    "2026-02-30",
    "2026-03-02",
    "speakers:",
    "match: ",
    "interviewee",
    "country: ",
    "KAZ",
    "XXX",
    ": ",
    "- ",
    "'",
    '"',
    "#",
    "|",
    ">",
    "9" * 50,
    "1e999",
    "~",
    "null",
    "<<: ",
    "? ",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "\t",
    " " * 40,
]


def seeds() -> dict[str, list[bytes]]:
    """Starting points: the seed article and the devset mocks (or the parser fixtures)."""
    seed = [(ROOT / "raw" / "000_952d0ef163f4dde3.txt").read_bytes()]
    mocks: list[bytes] = []
    if DEVSET.exists():
        for line in DEVSET.read_text("utf-8").splitlines():
            mock = json.loads(line).get("mock")
            if isinstance(mock, str) and mock:
                mocks.append(mock.encode())
    if not mocks:
        mocks = [p.read_bytes() for p in sorted((ROOT / "tests" / "data" / "raw").glob("*.txt"))]
    curations = [p.read_bytes() for p in sorted((ROOT / "raw").glob("*.yaml"))] + [
        p.read_bytes() for p in sorted((ROOT / "tests" / "data" / "invalid").glob("*.yaml"))
    ]
    return {"seed": seed, "devset": mocks, "curation": curations}


def mutate(data: bytes, rnd: random.Random, tokens: list[str]) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 12)):
        op = rnd.randrange(7)
        pos = rnd.randrange(len(out) + 1)
        if op == 0 and out:  # flip a byte
            out[min(pos, len(out) - 1)] = rnd.randrange(256)
        elif op == 1:  # insert a marker
            out[pos:pos] = rnd.choice(tokens).encode()
        elif op == 2 and out:  # delete a span
            del out[pos : pos + rnd.randint(1, 200)]
        elif op == 3 and out:  # duplicate a span
            end = min(len(out), pos + rnd.randint(1, 400))
            out[pos:pos] = out[pos:end] * rnd.randint(1, 8)
        elif op == 4:  # a run of one marker (the pathological family)
            out[pos:pos] = rnd.choice(tokens).encode() * rnd.randint(10, 2000)
        elif op == 5 and len(out) > 2:  # truncate
            del out[rnd.randrange(1, len(out)) :]
        else:  # swap two halves
            out = out[pos:] + out[:pos]
    return bytes(out[: 2 * 1024 * 1024 + 10])


def soup(rnd: random.Random, tokens: list[str]) -> bytes:
    return "".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 600))).encode()


def make_input(i: int, seed: int, pools: dict[str, list[bytes]]) -> tuple[str, bytes]:
    rnd = random.Random(seed * 1_000_003 + i)
    family = ("seed", "devset", "soup", "bytes")[i % 4]
    if family == "seed":
        return family, mutate(rnd.choice(pools["seed"]), rnd, TOKENS)
    if family == "devset":
        return family, mutate(rnd.choice(pools["devset"]), rnd, TOKENS)
    if family == "soup":
        return family, soup(rnd, TOKENS)
    return family, rnd.randbytes(rnd.randint(0, 3000))


def check_one(data: bytes, curation: bytes | None, name: str) -> None:
    """What `validate` does with a file's contents (names, raw text, curation YAML)."""
    from kzpolicy_data.parse import parse_bytes
    from kzpolicy_data.source.curation import parse_curation
    from kzpolicy_data.source.raw import check_raw_name

    check_raw_name(name)
    with contextlib.suppress(KzPolicyError):
        parse_bytes(data, NAME, ner=False, events=False)
    if curation is not None:
        with contextlib.suppress(KzPolicyError):
            parse_curation(curation.decode("utf-8", "replace"), "fuzz.yaml")


def timed(data: bytes, curation: bytes | None, name: str) -> tuple[float, str | None]:
    start = time.perf_counter()
    try:
        check_one(data, curation, name)
    except Exception:  # not the package's own: a finding
        return time.perf_counter() - start, traceback.format_exc(limit=6)
    return time.perf_counter() - start, None


def baseline_rate(pools: dict[str, list[bytes]]) -> float:
    """Seconds per byte of ordinary articles (the linear baseline)."""
    texts = pools["seed"] + pools["devset"]
    for text in texts:  # warm up
        timed(text, None, NAME)
    start = time.perf_counter()
    for text in texts:
        timed(text, None, NAME)
    return (time.perf_counter() - start) / sum(len(t) for t in texts)


def growth(data: bytes, curation: bytes | None, name: str, rate: float) -> float:
    """How much more time 10 copies of the input take than one (linear: about 10); 0 when the
    10 copies are themselves within the budget (a first run's hiccup, not the input)."""
    t1 = min(timed(data, curation, name)[0] for _ in range(3))
    big, big_curation = data * 10, (curation * 10 if curation else None)
    t10 = min(timed(big, big_curation, name)[0] for _ in range(2))
    if t10 <= max(FLOOR, SLOW_FACTOR * rate * (len(big) + len(big_curation or b""))):
        return 0.0
    return t10 / max(t1, FLOOR / 10)


def work(args: tuple[int, int, int, float]) -> dict[str, Any]:
    start_i, count, seed, rate = args
    pools = seeds()
    found: dict[str, Any] = {"counts": Counter(), "errors": [], "slow": []}
    names = ["000_952d0ef163f4dde3.txt", "x.TXT", "000_952d0ef163f4dde3.txt\n", "../a.txt"]
    for i in range(start_i, start_i + count):
        family, data = make_input(i, seed, pools)
        rnd = random.Random(i)
        curation = mutate(rnd.choice(pools["curation"]), rnd, YAML_TOKENS) if i % 4 == 0 else None
        name = rnd.choice(names) if i % 7 else rnd.randbytes(12).decode("latin-1")
        seconds, error = timed(data, curation, name)
        found["counts"][family] += 1
        if error is not None:
            found["errors"].append({"i": i, "family": family, "traceback": error})
            continue
        if seconds > FLOOR and seconds > SLOW_FACTOR * rate * (len(data) + len(curation or b"")):
            factor = growth(data, curation, name, rate)
            found["counts"]["slow_candidates"] += 1
            if factor > 30:  # 3 times a linear growth of 10
                found["slow"].append(
                    {
                        "i": i,
                        "family": family,
                        "bytes": len(data),
                        "seconds": round(seconds, 3),
                        "growth_at_10x": round(factor, 1),
                        "head": data[:120].decode("utf-8", "replace"),
                    }
                )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="write the findings as JSON")
    args = parser.parse_args()
    pools = seeds()
    rate = baseline_rate(pools)
    chunk = 500
    tasks = [(s, min(chunk, args.n - s), args.seed, rate) for s in range(0, args.n, chunk)]
    total: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    slow: list[dict[str, Any]] = []
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for found in pool.map(work, tasks):
            total.update(found["counts"])
            errors.extend(found["errors"])
            slow.extend(found["slow"])
    elapsed = time.perf_counter() - start
    inputs = sum(total[f] for f in ("seed", "devset", "soup", "bytes"))
    families = ", ".join(f"{f} {total[f]}" for f in ("seed", "devset", "soup", "bytes"))
    print(
        f"inputs: {inputs} ({families}; {inputs // 4} with a curation file) "
        f"in {elapsed:.0f} s, seed {args.seed}"
    )
    print(f"baseline: {rate * 1e6:.2f} µs per byte of ordinary articles")
    print(f"exceptions other than KzPolicyError: {len(errors)}")
    for e in errors[:10]:
        print(
            f"  input {e['i']} ({e['family']}):\n    "
            + e["traceback"].strip().replace("\n", "\n    ")
        )
    print(
        f"slow candidates (> {SLOW_FACTOR:.0f}x the baseline per byte): "
        f"{total['slow_candidates']}; superlinear (time x>30 at 10x size): {len(slow)}"
    )
    by_family = Counter(s["family"] for s in slow)
    if slow:
        print(
            "  superlinear by family: "
            + ", ".join(f"{k} {v}" for k, v in sorted(by_family.items()))
        )
    for s in slow[:10]:
        print(
            f"  input {s['i']} ({s['family']}, {s['bytes']} B, {s['seconds']} s, "
            f"x{s['growth_at_10x']} at 10x): {s['head']!r}"
        )
    if args.out:
        args.out.write_text(
            json.dumps(
                {"counts": total, "errors": errors, "slow": slow}, indent=1, ensure_ascii=False
            )
        )
    sys.exit(1 if errors or slow else 0)


if __name__ == "__main__":
    main()
