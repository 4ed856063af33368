"""Evaluate the parser and the event extractor on the real development corpus (bench/real/).

Reads ``bench/real/gold.jsonl`` and the texts from the cache (``$KZP_REAL_CACHE``, by default
``~/.cache/kzpolicy-data/real/``; see bench/real/README.md). A text missing from the cache, or
whose bytes do not match the digest, is listed and skipped. Each text is parsed as a raw article
with NER and events, and scored per article:

- structure: interview detection (genre is interview exactly when the gold says so), date (the
  same date, or none where the gold has none), interviewee (every gold guest's nominative among
  the record's interviewees' names), first question and first answer (the record's first turn
  of that kind starts with the gold turn's first 24 letters and digits, or all of them when it is
  shorter, the gold's read as the record reads text: normalised), turn count (exact);
- events: a predicted event matches a gold one (each used once) when the type agrees (namespace
  ignored), the sources share a code (a gold ``IGO`` accepts any ``IGO:*``) and, where the gold
  names recipients, one is shared (EVENTS_GUIDE.md, "How an evaluation counts"). Precision and
  recall are of the published events; ``modality`` prints how many matched events also have the
  gold's modality. The reliability table bins every candidate (published, or queued for review)
  by confidence: the share right in each bin is what the confidence claims.

The test split was drawn by story, not by site, so many test texts come from a site that dev
texts (and the rules written from them) come from too. The rows ``site new`` and ``site in dev``
split a test text's figures by whether any dev text is from its site (``site``: the outlet less
its language subdomain); ``site new`` is the nearer measure of text the code was not tuned on.

    python bench/evaluate_real.py [--split dev|test|all] [--errors] [--json]

Tune on dev; report test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kzpolicy_data import parse_bytes  # noqa: E402
from kzpolicy_data.errors import KzPolicyError  # noqa: E402
from kzpolicy_data.events.annotate import unpublished  # noqa: E402
from kzpolicy_data.events.confidence import model  # noqa: E402
from kzpolicy_data.source.raw import normalise  # noqa: E402

GOLD = ROOT / "bench" / "real" / "gold.jsonl"
STRUCTURE = ("interview", "date", "interviewee", "first_q", "first_a", "n_turns")
_LETTERS = re.compile(r"[^\W_]+")
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def cache_dir() -> Path:
    env = os.environ.get("KZP_REAL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "kzpolicy-data" / "real"


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "edu", "ac"}


def site(outlet: str) -> str:
    """The site an outlet's pages come from, whatever its language subdomain (`kaz.inform.kz`,
    `en.inform.kz` -> `inform.kz`; `bbc.co.uk`): one site, one set of page templates."""
    parts = outlet.lower().removeprefix("www.").split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def dev_sites(path: Path = GOLD) -> set[str]:
    """The sites of the corpus's dev texts: a rule written from a dev page may fit its site's
    other pages, so a test text from one of them is not quite text the code was not tuned on."""
    return {site(r["outlet"]) for r in load_gold(path) if r["split"] == "dev"}


def text_of(row: dict[str, Any], cache: Path) -> str | None:
    """The stored text, or None when it is missing or not the coded bytes."""
    path = cache / f"{row['sha256']}.txt"
    if not path.is_file():
        return None
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        return None
    return data.decode("utf-8")


_INITIAL = re.compile(r"^\w\.$")


def _key(text: str, n: int = 24) -> str:
    return "".join(_LETTERS.findall(text.lower().replace("ё", "е")))[:n]


def _name(text: str) -> str:
    """A name as compared: lower-cased, without a middle initial or a `Jr.` (the gold prints
    `George Krol` for `George A. Krol` in some rows and `John M. Ordway` in others)."""
    words = text.lower().replace("ё", "е").replace(",", " ").split()
    words = [w for w in words if w not in ("jr.", "jr")]
    return " ".join(
        w for n, w in enumerate(words) if not (0 < n < len(words) - 1 and _INITIAL.match(w))
    )


def _codes(actors: list[str]) -> set[str]:
    return set(actors)


def _type(t: str) -> str:
    return t.split(":")[-1]


def _sources_agree(gold: list[str], got: list[str]) -> bool:
    for g in gold:
        for p in got:
            if g == p or (g == "IGO" and p.startswith("IGO:")):
                return True
    return False


def matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The guide's rule: type, a shared source, and a shared recipient where gold names any."""
    if _type(pred["type"]) != _type(gold["type"]):
        return False
    if not _sources_agree(gold["source"], pred["source"]):
        return False
    if gold["recipient"]:
        return _sources_agree(gold["recipient"], pred["recipient"])
    return True


def pair(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one matches, as many as there can be (a maximum bipartite matching by augmenting
    paths): a greedy pass would let one prediction take the only gold another could match.
    Earlier predictions choose first, so among maximum matchings the order still decides."""
    options = [[j for j, g in enumerate(golds) if matches(p, g)] for p in preds]
    owner: dict[int, int] = {}  # gold -> prediction

    def claim(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or claim(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        claim(i, set())
    return sorted((i, j) for j, i in owner.items())


def predicted(record: Any, events: list[Any] | None = None) -> list[dict[str, Any]]:
    return [
        {
            "type": e.event_type.value,
            "modality": e.modality.value,
            "source": [a.code for a in e.source],
            "recipient": [a.code for a in e.recipient],
            "confidence": e.confidence,
            "evidence": [record.quote(ev.span)[:90] for ev in e.evidence],
        }
        for e in (record.events if events is None else events)
    ]


# The next speaker's label closing a turn on the same line (a transcript that lost its breaks).
_NEXT_LABEL = re.compile(
    r"(?<=[.!?…»\"])[ \t]+(?:[^\s.!?:]\.[ \t]?)?[^\s.!?:][^.!?:\n]{0,40}:[ \t]*$"
)


def structure(record: Any, row: dict[str, Any], text: str) -> dict[str, bool | None]:
    out: dict[str, bool | None] = dict.fromkeys(STRUCTURE)
    interview = row["genre"] == "interview"
    out["interview"] = (record.metadata.genre.value == "interview") == interview
    got_date = record.metadata.date_published
    out["date"] = (str(got_date) if got_date else None) == row["date"]
    if not interview:
        return out
    turns = record.turns
    out["n_turns"] = len(turns) == len(row["turns"])
    for metric, kind, name in (("first_q", "Q", "question"), ("first_a", "A", "answer")):
        gold = next((t for t in row["turns"] if t["kind"] == kind), None)
        if gold is None:
            continue
        got = next((record.turn_text(t) for t in turns if t.kind.value == name), None)
        # the gold turn ends where the next one starts: a short turn ("Как же все начиналось?")
        # must not be compared with the next turn's words
        end = min([t["start"] for t in row["turns"] if t["start"] > gold["start"]], default=None)
        if end is not None and (newline := text.rfind("\n", gold["start"], end)) != -1:
            end = newline  # nor with the next turn's label (`В 2009-м.\nН. Асадова: ...`)
        elif end is not None and (label := _NEXT_LABEL.search(text, gold["start"], end)):
            end = label.start()  # also inline (`Добрый вечер. А.ВЕНЕДИКТОВ: Вы ...`)
        # compared as the record reads text: a letter typed in the other script's look-alike
        # (`Көшiм` with a Latin `i`) is the record's `Көшім`
        want = _key(
            normalise(text[gold["start"] : end if end is not None else gold["start"] + 200])
        )
        out[metric] = got is not None and bool(want) and _key(got, len(want)) == want
    if row["interviewees"]:
        names = {
            _name(s.name)
            for s in record.speakers
            if s.interview_role.value == "interviewee" and s.name
        }
        out["interviewee"] = all(_name(g["nominative"]) in names for g in row["interviewees"])
    return out


def evaluate(
    rows: list[dict[str, Any]],
    cache: Path,
    errors: bool = False,
    seen: set[str] | None = None,
) -> dict[str, Any]:
    """Counters by scope (``all``, ``lang xx``, ``layout yy``, and for a text outside dev
    ``site new``/``site in dev`` by whether ``seen``, the dev split's sites, holds its site): per
    structure metric ``m`` the hits ``m`` and cases ``m/n``; events ``tp``, ``got``, ``want``,
    ``modality``; and the reliability bins."""
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    bins: Counter[str] = Counter()
    missing, failed = [], []
    for row in rows:
        text = text_of(row, cache)
        if text is None:
            missing.append(row["id"])
            continue
        try:
            record = parse_bytes(text.encode(), f"{row['id'].lower()}.txt")
        except KzPolicyError as exc:
            failed.append(f"{row['id']}: {exc}")
            continue
        hits = structure(record, row, text)
        preds, golds = predicted(record), row["events"]
        pairs = pair(preds, golds)
        modality = sum(preds[i]["modality"] == golds[j]["modality"] for i, j in pairs)
        cands = predicted(record, record.events + unpublished(record))
        cands.sort(key=lambda c: not c["source"])  # a sourced candidate claims gold first
        right = {i for i, _ in pair(cands, golds)}
        for n, p in enumerate(cands):
            b = next(k for k in range(len(BINS) - 1) if BINS[k] <= p["confidence"] < BINS[k + 1])
            bins[f"{b}/n"] += 1
            bins[f"{b}/ok"] += n in right
        scopes = ["all", f"lang {row['language']}", f"layout {row['layout']}"]
        if seen is not None and row["split"] != "dev":
            scopes.append("site in dev" if site(row["outlet"]) in seen else "site new")
        for scope in scopes:
            c = stats[scope]
            c["articles"] += 1
            for m, v in hits.items():
                if v is not None:
                    c[f"{m}/n"] += 1
                    c[m] += v
            c.update(tp=len(pairs), got=len(preds), want=len(golds), modality=modality)
        if errors:
            _report(row, record, hits, preds, golds, pairs, text)
    return {"stats": stats, "bins": bins, "missing": missing, "failed": failed}


def _report(
    row: dict[str, Any],
    record: Any,
    hits: dict[str, bool | None],
    preds: list[dict[str, Any]],
    golds: list[dict[str, Any]],
    pairs: list[tuple[int, int]],
    text: str,
) -> None:
    wrong = [m for m, v in hits.items() if v is False]
    if not wrong and len(pairs) == len(preds) == len(golds):
        return
    print(f"{row['id']} [{row['language']} {row['layout']} {row['genre']}] {row['url']}")
    if wrong:
        guests = [s.name for s in record.speakers if s.interview_role.value == "interviewee"]
        gold_guests = [g["nominative"] for g in row["interviewees"]]
        print(
            f"  structure misses: {', '.join(wrong)} (genre {record.metadata.genre.value}, "
            f"date {record.metadata.date_published} / {row['date']}, turns {len(record.turns)} / "
            f"{len(row['turns'])}, guests {guests} / {gold_guests})"
        )
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, p in enumerate(preds):
        if i not in matched_p:
            print(f"  wrong  {p['type']} {p['source']} -> {p['recipient']} {p['modality']} "
                  f"{p['confidence']}: {p['evidence'][0]!r}")  # fmt: skip
    for j, g in enumerate(golds):
        if j not in matched_g:
            ev = g["evidence"][0] if g["evidence"] else [0, 0]
            print(f"  missed {g['type']} {g['source']} -> {g['recipient']} {g['modality']}: "
                  f"{text[ev[0]:ev[1]][:90]!r}")  # fmt: skip


def _pct(hit: int, n: int) -> str:
    return f"{hit / n:6.1%} ({hit}/{n})" if n else "     -"


def table(result: dict[str, Any]) -> str:
    stats = result["stats"]
    head = "| scope | articles | " + " | ".join(STRUCTURE) + " | event P | event R | modality |"
    lines = [head, "|" + "---|" * (len(STRUCTURE) + 5)]
    order = sorted(
        stats, key=lambda s: (s != "all", not s.startswith("site"), s.startswith("layout"), s)
    )
    for scope in order:
        c = stats[scope]
        cells = [_pct(c[m], c[f"{m}/n"]) for m in STRUCTURE]
        lines.append(
            f"| {scope} | {c['articles']} | "
            + " | ".join(cells)
            + f" | {_pct(c['tp'], c['got'])} | {_pct(c['tp'], c['want'])} | "
            f"{_pct(c['modality'], c['tp'])} |"
        )
    bins = result["bins"]
    lines.append("")
    lines.append(
        f"reliability of every candidate (confidence bin: share right); published from "
        f"{model().threshold:.2f}, with a source:"
    )
    for k in range(len(BINS) - 1):
        n = bins[f"{k}/n"]
        if n:
            lines.append(
                f"  [{BINS[k]:.2f}, {min(BINS[k + 1], 1):.2f}): {_pct(bins[f'{k}/ok'], n)}"
            )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true", help="list every article with a miss")
    ap.add_argument("--json", action="store_true", help="print the counters as JSON")
    args = ap.parse_args()
    rows = [r for r in load_gold(args.gold) if args.split in ("all", r["split"])]
    result = evaluate(rows, cache_dir(), args.errors, dev_sites(args.gold))
    scored = len(rows) - len(result["missing"])
    print(f"real corpus, split {args.split}: {scored} of {len(rows)} articles scored")
    if result["missing"]:
        print(
            f"  not in the cache ({cache_dir()}): {len(result['missing'])}; "
            "see bench/real/README.md to collect them"
        )
    for f in result["failed"]:
        print(f"  failed to parse: {f}")
    if args.json:
        print(json.dumps(result, indent=1, default=dict))
    else:
        print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
