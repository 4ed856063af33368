"""How the parser's reading of the real dev texts survives the shapes the dev split lacks.

Each dev text is parsed as saved and again after one change of layout that real pages show
(bench/real/README.md, ../shared/REAL_LAYOUTS.md), and the two readings are compared:

- ``one-line``: a dash-marked interview's turns run together on one line (`... ? – Answer`);
  kept if it is still an interview with the same sequence of question and answer turns;
- ``name-period``: colon labels (`Name: ...`) printed as name-period labels (`Name. ...`); kept
  if genre, turns and guests are the same;
- ``cut``: the excerpt cut 25 characters into its second turn (a scraper's or a teaser's cut);
  kept if it is still an interview with the same guests;
- ``news-one-line``: a text of another genre on one line; kept if it is still not an interview;
- ``spaced``: the scraper's space before the punctuation that closes a word (`Нурлан , в 2021
  г .`; ../shared/RAW_FORMAT.md, "Encoding damage"); kept if genre, turns and guests are the same;
- ``lost-quotes``: the scraper's `?` for every lost quote mark (`the ?Road to Europe? programme`);
  kept if genre, turns and guests are the same;
- ``mixed-dashes``: a dashed interview's first turn marked `- `, the later ones `– ` (the
  scraper's mixed markers, RAW_FORMAT.md); kept if genre, turns and guests are the same;
- ``glued``: the line breaks before a dashed text's first two turns lost, each dash glued to the
  sentence before it (`…сотрудничества.- Григорий`, the devset's D10); kept if genre, turns and
  guests are the same;
- ``byline``: the interviewer's byline on a line of its own under the first line (`Беседовала
  Анна Ким`; RAW_FORMAT.md "Header"); kept if genre, turns and guests are the same;
- ``indented``: every line indented by four spaces (as the devset's D31); kept if genre, turns
  and guests are the same;
- ``copied-block``: the first two paragraphs copied again below themselves (the scraper's
  duplicated block, the devset's D13); kept if genre, turns and guests are the same;
- ``glued-title``: the first line break between two letters lost, the first line glued to the
  next (`НазваниеСледующее`, D10); kept if genre, turns and guests are the same;
- ``unspaced``: the last paragraph but one saved with every space removed (RAW_FORMAT.md,
  "Encoding damage"); kept if genre, turns and guests are the same;
- ``chrome``: the site's chrome above the text, one item a line (a currency ticker, the
  language switch, a live label, a city printed twice above its temperature, a banner,
  navigation, a rubric: REAL_LAYOUTS.md, D17 and D18); kept if genre, turns and guests are the
  same;
- ``caps-title``: the first line (a title of three words or more) printed again above itself
  in capitals (D13); kept if genre, turns and guests are the same;
- ``typewriter``: every dash that opens a line printed as a typewriter's `--` (`-- Недавно
  госсекретарь ...`, an old page's em dash); kept if genre, turns and guests are the same;
- ``names``: the guest's first name and surname swapped for stand-ins the rules have never seen
  (`Ертысбаев`, `Ертысбаевым` -> `Жолдасбаев`, `Жолдасбаевым`); kept if genre and turns are the
  same and the guest is found under the new name.

Beside each figure, the floor: how many of the same texts the parser reads right as saved
(genre, guests and turn count as the gold has them). A perturbation can only be as robust as
that floor; what falls below it is a layout the rules depend on.

    python bench/perturb_real.py [--show] [--gold FILE]

Reads the dev split only: the test split stays for reporting.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from evaluate_real import GOLD, cache_dir, load_gold, text_of  # noqa: E402

from kzpolicy_data import parse_bytes  # noqa: E402

Reading = tuple[str, str, tuple[str | None, ...]]
_DASHED = ("en-dash", "em-dash", "hyphen")
_SPACES = re.compile(r"\s*\n\s*")


def read(text: str) -> Reading:
    """(genre, turn kinds as `qa…`, interviewee names) of a text parsed without events; the
    names in a fixed order, since their order counts for nothing (as in evaluate_real)."""
    rec = parse_bytes(text.encode("utf-8"), "perturbed.txt", events=False)
    names = [s.name for s in rec.speakers if s.interview_role.value == "interviewee"]
    guests = tuple(sorted(names, key=lambda n: n or ""))
    return rec.metadata.genre.value, "".join(t.kind.value[0] for t in rec.turns), guests


def _body_start(text: str, row: dict[str, Any]) -> int:
    """The start of the line of the first gold turn (its marker kept)."""
    return text.rfind("\n", 0, row["turns"][0]["start"]) + 1


def one_line(text: str, row: dict[str, Any]) -> str | None:
    if row["genre"] != "interview" or row["layout"] not in _DASHED or not row["turns"]:
        return None
    at = _body_start(text, row)
    return text[:at] + _SPACES.sub(" ", text[at:])


def name_period(text: str, row: dict[str, Any]) -> str | None:
    if row["genre"] != "interview":
        return None
    chars, changed = list(text), False
    for turn in row["turns"]:
        line = text.rfind("\n", 0, turn["start"]) + 1
        label = text[line : turn["start"]]
        if label.rstrip().endswith(":") and 2 <= len(label.split()) <= 4 and len(label) < 40:
            chars[line + label.rstrip().rfind(":")] = "."
            changed = True
    return "".join(chars) if changed else None


def cut(text: str, row: dict[str, Any]) -> str | None:
    if row["genre"] != "interview" or len(row["turns"]) < 2:
        return None
    return text[: row["turns"][1]["start"] + 25]


def news_one_line(text: str, row: dict[str, Any]) -> str | None:
    return None if row["genre"] == "interview" else _SPACES.sub(" ", text)


_CLOSING = re.compile(r"(?<=\w)([,;:.!?])(?=\s|$)")
_QUOTES = re.compile('[«»“”"]')


def spaced(text: str, row: dict[str, Any]) -> str | None:
    damaged = _CLOSING.sub(r" \1", text)
    return damaged if damaged != text else None


_TURN_DASH = re.compile(r"(?m)^([ \t]*)[–—−-](?=\s)")


def mixed_dashes(text: str, row: dict[str, Any]) -> str | None:
    if row["genre"] != "interview" or row["layout"] not in _DASHED:
        return None
    seen: list[int] = []

    def dash(m: re.Match[str]) -> str:
        seen.append(m.start())
        return m.group(1) + ("-" if len(seen) == 1 else "–")

    return _TURN_DASH.sub(dash, text)


def typewriter(text: str, row: dict[str, Any]) -> str | None:
    damaged = _TURN_DASH.sub(lambda m: m.group(1) + "--", text)
    return damaged if damaged != text else None


_BREAK_BEFORE_DASH = re.compile(r"([.?!])\n+([–—-]) ")


def glued(text: str, row: dict[str, Any]) -> str | None:
    if row["layout"] not in _DASHED:
        return None
    damaged = _BREAK_BEFORE_DASH.sub(r"\1\2 ", text, count=2)
    return damaged if damaged != text else None


_BYLINE = {
    "ru": "Беседовала Анна Ким",
    "kk": "Сұхбаттасқан Дана Әлиева",
    "en": "Interview by Anna Kim",
}


def byline(text: str, row: dict[str, Any]) -> str | None:
    end = text.find("\n")
    if end < 0:
        return None
    sep = "\n\n" if "\n\n" in text else "\n"
    return text[:end] + sep + _BYLINE[row["language"]] + text[end:]


def indented(text: str, row: dict[str, Any]) -> str | None:
    return "\n".join("    " + line for line in text.split("\n"))


_DATE_PREFIX = re.compile(r" date \d{4}-\d\d-\d\d ")


def copied_block(text: str, row: dict[str, Any]) -> str | None:
    prefix = m.group(0) if (m := _DATE_PREFIX.match(text)) else ""
    sep = "\n\n" if "\n\n" in text else "\n"
    paras = text[len(prefix) :].split(sep)
    if len(paras) < 4:
        return None
    return prefix + sep.join(paras[:2] + paras[:2] + paras[2:])


_FIRST_BREAK = re.compile(r"(?<=[^\W\d_])\n+(?=[^\W\d_])")


def glued_title(text: str, row: dict[str, Any]) -> str | None:
    damaged = _FIRST_BREAK.sub("", text, count=1)
    return damaged if damaged != text else None


def unspaced(text: str, row: dict[str, Any]) -> str | None:
    sep = "\n\n" if "\n\n" in text else "\n"
    paras = text.split(sep)
    if len(paras) < 4 or " " not in paras[-2]:
        return None
    paras[-2] = paras[-2].replace(" ", "")
    return sep.join(paras)


_CHROME = [
    *("$ 471.20  510.05  5.12", "РУС", "×", "Тікелей эфир", "Алматы", "Алматы", "+4.2°C"),
    *("Header Banner", "Home / News / Politics", "USD 471.20 EUR 510.05", "Subscribe", "Политика"),
]


def chrome(text: str, row: dict[str, Any]) -> str | None:
    prefix = m.group(0) if (m := _DATE_PREFIX.match(text)) else ""
    sep = "\n\n" if "\n\n" in text else "\n"
    return prefix + sep.join(_CHROME) + sep + text[len(prefix) :]


def caps_title(text: str, row: dict[str, Any]) -> str | None:
    prefix = m.group(0) if (m := _DATE_PREFIX.match(text)) else ""
    first, sep, _ = text[len(prefix) :].partition("\n")
    if not sep or len(first.split()) < 3 or first[:1] in "-–—−" or first.endswith("?"):
        return None
    sep = "\n\n" if "\n\n" in text else "\n"
    return prefix + first.upper() + sep + text[len(prefix) :]


def lost_quotes(text: str, row: dict[str, Any]) -> str | None:
    damaged = _QUOTES.sub("?", text)
    return damaged if damaged != text else None


_SURNAME_ENDS = ("ұлы", "қызы", "ова", "ева", "ина", "ов", "ев", "ин", "uly", "qyzy", "ova", "eva",
                 "ov", "ev", "in")  # fmt: skip
_FIRST = {  # stand-in first names: (Cyrillic, Latin), by whether the name ends in a vowel
    False: ("Бауыржан", "Baurzhan"),
    True: ("Гульнар", "Gulnar"),
}


def _swaps(name: str) -> list[tuple[str, str]]:
    """(old root, new root) for a guest's first name and surname: the root keeps its endings in
    every case the text prints (`Ертысбаевым` -> `Жолдасбаевым`)."""
    words = name.split()
    # `Алексей`, `Мамай` (`Мамаем`): a soft stem changes its last letter as it declines
    if len(words) != 2 or not all(w[:1].isupper() and w[-1] not in "йь" for w in words):
        return []
    latin = words[0][:1].isascii()
    first, surname = words
    female = first[-1] in "аяa" or surname.endswith(("ова", "ева", "ина", "қызы", "ova", "eva"))
    first_root = first[:-1] if first[-1] in "аяa" else first
    end = next((e for e in _SURNAME_ENDS if surname.endswith(e) and len(surname) > len(e) + 2), "")
    root = surname[: len(surname) - len(end)]
    new_root = ("Zholdas" if latin else "Жолдас") + root[-2:]
    return [(first_root, _FIRST[female][latin]), (root, new_root)]


def _swap_all(text: str, swaps: list[tuple[str, str]]) -> str:
    for old, new in swaps:
        text = re.sub(rf"(?<!\w){re.escape(old)}", new, text)
        text = re.sub(rf"(?<!\w){re.escape(old.upper())}", new.upper(), text)
    return text


def names(text: str, row: dict[str, Any]) -> str | None:
    if row["genre"] != "interview" or len(row["interviewees"]) != 1:
        return None
    swaps = _swaps(row["interviewees"][0]["nominative"])
    return _swap_all(text, swaps) if swaps else None


def _same_turns(a: Reading, b: Reading, row: dict[str, Any]) -> bool:
    return b[0] == "interview" and a[1] == b[1]


def _swapped_guest(a: Reading, b: Reading, row: dict[str, Any]) -> bool:
    """Same genre and turns, and the guest found under the stand-in name."""
    name = row["interviewees"][0]["nominative"]
    return a[:2] == b[:2] and _swap_all(name, _swaps(name)) in b[2]


PERTURBATIONS: dict[str, tuple[Callable[[str, dict[str, Any]], str | None], Callable[..., bool]]]
PERTURBATIONS = {
    "one-line": (one_line, _same_turns),
    "name-period": (name_period, lambda a, b, row: a == b),
    "cut": (cut, lambda a, b, row: b[0] == "interview" and a[2] == b[2]),
    "news-one-line": (news_one_line, lambda a, b, row: b[0] != "interview"),
    "spaced": (spaced, lambda a, b, row: a == b),
    "lost-quotes": (lost_quotes, lambda a, b, row: a == b),
    "mixed-dashes": (mixed_dashes, lambda a, b, row: a == b),
    "glued": (glued, lambda a, b, row: a == b),
    "byline": (byline, lambda a, b, row: a == b),
    "indented": (indented, lambda a, b, row: a == b),
    "copied-block": (copied_block, lambda a, b, row: a == b),
    "glued-title": (glued_title, lambda a, b, row: a == b),
    "unspaced": (unspaced, lambda a, b, row: a == b),
    "chrome": (chrome, lambda a, b, row: a == b),
    "caps-title": (caps_title, lambda a, b, row: a == b),
    "typewriter": (typewriter, lambda a, b, row: a == b),
    "names": (names, _swapped_guest),
}


def right(reading: Reading, row: dict[str, Any]) -> bool:
    """Whether a reading agrees with the gold on genre, guests and turn count."""
    if (reading[0] == "interview") != (row["genre"] == "interview"):
        return False
    if row["genre"] != "interview":
        return True
    gold = {" ".join(g["nominative"].lower().split()) for g in row["interviewees"]}
    got = {" ".join(n.lower().split()) for n in reading[2] if n}
    return gold <= got and len(reading[1]) == len(row["turns"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="list the texts a perturbation breaks")
    ap.add_argument("--gold", type=Path, default=GOLD, help="the gold file (default: the corpus)")
    args = ap.parse_args(argv)
    cache = cache_dir()
    rows = [r for r in load_gold(args.gold) if r["split"] == "dev"]
    counts = {name: [0, 0, 0] for name in PERTURBATIONS}  # texts, kept, floor
    for row in rows:
        text = text_of(row, cache)
        if text is None:
            continue
        base = read(text)
        for name, (perturb, kept) in PERTURBATIONS.items():
            changed = perturb(text, row)
            if changed is None:
                continue
            after = read(changed)
            c = counts[name]
            c[0] += 1
            c[1] += kept(base, after, row)
            c[2] += right(base, row)
            if args.show and not kept(base, after, row):
                print(f"{name}: {row['id']} [{row['language']} {row['layout']}] {base} -> {after}")
    print("| perturbation | dev texts | kept | floor: read right as saved |")
    print("|---|---|---|---|")
    for name, (n, ok, floor) in counts.items():
        share = f"{ok / n:.1%} ({ok}/{n})" if n else "-"
        base_share = f"{floor / n:.1%} ({floor}/{n})" if n else "-"
        print(f"| {name} | {n} | {share} | {base_share} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
