"""Fuzz the input boundary: no input may raise anything but the package's own errors, none may
take more than linear time, and none may go over its time or memory budget.

    python bench/fuzz.py --n 100000 --jobs 2 [--seed 0] [--no-nlp] [--explore]

Inputs, in equal shares: mutations of the seed article and of the devset mocks
(``../shared/devset/layouts.jsonl``, if present; else the parser fixtures), random token soup
built from the markers the parser reacts to (dashes, `?`, `Вопрос:`, entities, dates, quotes,
BOM, CR, zero-width characters), random bytes, and Russian prose of many clauses, actors and
event words (what the dependency parser and the role rules walk). Every ``BIG_EVERY``-th input is
instead a large one (1-2 MB: runs of `?` or `– ` lines, one huge paragraph of `?`, long prose,
noise pages of menus, counters and captions). Each goes through the whole pipeline
(``parse_bytes`` with NER and events; ``--no-nlp`` without, as the pull-request check runs it)
under an explicit per-article budget, and through the checks ``validate`` runs on file contents
and names (curation YAML through the bounded loader and the schema, raw file names). Every
fourth input is also mutated into a curation file.

Per input the fuzz records its time, and per worker its peak resident memory. An input that
goes over its budget is a finding (a hang would be one: the budget's timer ends it).
``--explore`` draws its inputs from a seed taken from the clock and prints it: CI and the
figures in BENCHMARKS.md use fixed seeds; a finding of an exploring run is kept as an explicit
case (an ``@example`` or a test in ``tests/test_hostile.py``).

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

DEVSET = ROOT.parent / "shared" / "devset" / "layouts.jsonl"
BIG_EVERY = 4_000
# The budget every input runs under: the package's defaults (see kzpolicy_data.budget).
BUDGET_SECONDS = 120.0
BUDGET_MB = 1024
PROSE_WORDS = [
    "Президент Казахстана Касым-Жомарт Токаев",
    "министр иностранных дел",
    "Данияр Ахметов",
    "провел переговоры с",
    "коллегой из Ирана",
    "подписали соглашение о",
    "посетил Москву",
    "осудил удары",
    "США",
    "Китай",
    "Россия",
    "Узбекистан",
    "ЕАЭС",
    "ООН",
    "который",
    "что",
    "если",
    "не",
    "будет",
    ", ",
    " и ",
    " — ",
    "в Астане",
    "на полях саммита",
    "заявил, что",
    "поддержал инициативу",
    "ввели санкции против",
    "Ирангуль",
    "Индира",
    "Сенат",
    "Мажилис",
    "выборы",
    "референдум",
    "Қазақстан",
    "Ресеймен",
    "келісімге қол қойды",
    "Kazakhstan",
    "signed an agreement with",
    "held talks",
]
NOISE_LINES = [
    "Главная",
    "Новости",
    "Политика",
    "Фото: пресс-служба",
    "23045",
    "4236 рет көрсетілді",
    "None",
    "Читайте также:",
    "https://example.kz/news/1",
    "Ваш браузер не поддерживает HTML5 аудио",
    "Leave a Reply",
    "18+",
    "USD 470.5  EUR 510.2",
    "Поделиться",
]
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


def prose(rnd: random.Random, size: int) -> bytes:
    """Sentences of many clauses, actors, event words and names that begin like places."""
    out: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rnd.choice(PROSE_WORDS) for _ in range(rnd.randint(3, 60)))
        end = rnd.choice([". ", ".\n\n", "? ", "\n", "! "])
        out.append(sentence + end)
        length += len(sentence) * 2
    return "".join(out).encode()[:size]


def big(rnd: random.Random) -> tuple[str, bytes]:
    """A large input near the 2 MB limit, of the shapes that once took gigabytes."""
    size = rnd.randint(1_000_000, 2 * 1024 * 1024 - 64)
    kind = rnd.randrange(5)
    unit = ["?\n", "– \n", "? ", "", ""][kind]
    if kind == 3:
        return "big-prose", prose(rnd, size)
    if kind == 4:
        lines = "\n".join(rnd.choice(NOISE_LINES) for _ in range(size // 12))
        return "big-noise", lines.encode()[:size]
    return "big-runs", (unit * (size // len(unit.encode()))).encode()


FAMILIES = ("seed", "devset", "soup", "bytes", "prose")


def make_input(i: int, seed: int, pools: dict[str, list[bytes]]) -> tuple[str, bytes]:
    rnd = random.Random(seed * 1_000_003 + i)
    if i % BIG_EVERY == BIG_EVERY - 1:
        return big(rnd)
    family = FAMILIES[i % len(FAMILIES)]
    if family == "prose":
        return family, prose(rnd, rnd.randint(200, 8000))
    if family == "seed":
        return family, mutate(rnd.choice(pools["seed"]), rnd, TOKENS)
    if family == "devset":
        return family, mutate(rnd.choice(pools["devset"]), rnd, TOKENS)
    if family == "soup":
        return family, soup(rnd, TOKENS)
    return family, rnd.randbytes(rnd.randint(0, 3000))


NLP = True  # set in each worker from --no-nlp


def check_one(data: bytes, curation: bytes | None, name: str) -> None:
    """What `validate` and `build` do with a file's contents (names, raw text, curation YAML);
    an input over its budget raises :class:`BudgetExceeded`."""
    from kzpolicy_data.budget import Budget, BudgetExceeded
    from kzpolicy_data.parse import parse_bytes
    from kzpolicy_data.source.curation import parse_curation
    from kzpolicy_data.source.raw import check_raw_name

    check_raw_name(name)
    try:
        parse_bytes(data, NAME, ner=NLP, events=NLP, budget=Budget(BUDGET_SECONDS, BUDGET_MB))
    except BudgetExceeded:
        raise
    except KzPolicyError:
        pass
    if curation is not None:
        with contextlib.suppress(KzPolicyError):
            parse_curation(curation.decode("utf-8", "replace"), "fuzz.yaml")


def timed(data: bytes, curation: bytes | None, name: str) -> tuple[float, str | None]:
    from kzpolicy_data.budget import BudgetExceeded

    start = time.perf_counter()
    try:
        check_one(data, curation, name)
    except BudgetExceeded as exc:
        return time.perf_counter() - start, f"over budget: {exc}"
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


def warm(nlp: bool) -> None:
    """Load the models before the first input, so that no input's budget pays for them."""
    global NLP
    NLP = nlp
    if nlp:
        from kzpolicy_data.nlp.analysis import _syntax_parser, load_models

        load_models()
        _syntax_parser()


def work(args: tuple[int, int, int, float, bool]) -> dict[str, Any]:
    import resource

    start_i, count, seed, rate, nlp = args
    warm(nlp)
    pools = seeds()
    found: dict[str, Any] = {"counts": Counter(), "errors": [], "slow": [], "over": []}
    found["max_seconds"] = (0.0, -1, "")
    names = ["000_952d0ef163f4dde3.txt", "x.TXT", "000_952d0ef163f4dde3.txt\n", "../a.txt"]
    for i in range(start_i, start_i + count):
        family, data = make_input(i, seed, pools)
        rnd = random.Random(i)
        curation = mutate(rnd.choice(pools["curation"]), rnd, YAML_TOKENS) if i % 4 == 0 else None
        name = rnd.choice(names) if i % 7 else rnd.randbytes(12).decode("latin-1")
        seconds, error = timed(data, curation, name)
        found["counts"][family] += 1
        if seconds > found["max_seconds"][0]:
            found["max_seconds"] = (round(seconds, 2), i, family)
        if error is not None and error.startswith("over budget"):
            found["over"].append({"i": i, "family": family, "bytes": len(data), "error": error})
            continue
        if error is not None:
            found["errors"].append({"i": i, "family": family, "traceback": error})
            continue
        if len(data) * 10 > 2 * 1024 * 1024:
            continue  # 10 copies would be over the size limit: refused, not timed
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
    found["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="write the findings as JSON")
    parser.add_argument("--no-nlp", action="store_true", help="parse without NER and events")
    parser.add_argument(
        "--explore", action="store_true", help="a seed from the clock (printed), not --seed"
    )
    args = parser.parse_args()
    if args.explore:
        args.seed = time.time_ns() % 1_000_000_007
    nlp = not args.no_nlp
    warm(nlp)
    pools = seeds()
    rate = baseline_rate(pools)
    chunk = 500
    tasks = [(s, min(chunk, args.n - s), args.seed, rate, nlp) for s in range(0, args.n, chunk)]
    total: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    slow: list[dict[str, Any]] = []
    over: list[dict[str, Any]] = []
    peak, longest = 0.0, (0.0, -1, "")
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for found in pool.map(work, tasks):
            total.update(found["counts"])
            errors.extend(found["errors"])
            slow.extend(found["slow"])
            over.extend(found["over"])
            peak = max(peak, found["peak_mb"])
            longest = max(longest, tuple(found["max_seconds"]))  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    names = sorted(total.keys() - {"slow_candidates"})
    inputs = sum(total[f] for f in names)
    families = ", ".join(f"{f} {total[f]}" for f in names)
    print(
        f"inputs: {inputs} ({families}; {inputs // 4} with a curation file) "
        f"in {elapsed:.0f} s, seed {args.seed}, pipeline: "
        + ("NER and events" if nlp else "without NLP")
    )
    print(f"baseline: {rate * 1e6:.2f} µs per byte of ordinary articles")
    print(
        f"budget: {BUDGET_SECONDS:g} s and {BUDGET_MB} MB of growth an input; "
        f"over it: {len(over)}; "
        f"longest input {longest[0]} s (input {longest[1]}, {longest[2]}); "
        f"peak resident memory of a worker: {peak:.0f} MB"
    )
    for o in over[:10]:
        print(f"  input {o['i']} ({o['family']}, {o['bytes']} B): {o['error']}")
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
                {"counts": total, "errors": errors, "slow": slow, "over": over, "peak_mb": peak},
                indent=1,
                ensure_ascii=False,
            )
        )
    sys.exit(1 if errors or slow or over else 0)


if __name__ == "__main__":
    main()
