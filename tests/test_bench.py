"""A small smoke run of the benchmark (the real runs are not part of the test suite)."""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT


def test_benchmark_smoke_run(tmp_path: object) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--n",
            "20",
            "--work",
            str(tmp_path),
            "--only",
            "read+normalise",
            "--only",
            "validate-jsonschema-rs",
            "--only",
            "load-hf",
            "--cloned",
            "30",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    assert len(rows) == 7 and "skipped" not in proc.stdout, proc.stdout
    assert "x |" in rows[1]  # a ratio to the floor is printed
    # Cloned: the records are written under new ids and load whole.
    assert "## cloned N = 30" in proc.stdout
    assert [r.split("|")[1].strip() for r in rows[-2:]] == ["write-cloned", "load-hf"]


def test_event_evaluation_runs() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "evaluate_events.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "seed recall" in proc.stdout and "precision" in proc.stdout


def test_evaluate_structure_smoke_run() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "evaluate_structure.py"), "--no-ner", "-v"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    fixtures, short = [line for line in proc.stdout.splitlines() if line.startswith("all ")]
    cells = re.findall(r"(\d+)/(\d+)", fixtures)
    # interview, first Q, first A, turn count, language (names need NER: not measured here);
    # every fixture's structure is right.
    assert len(cells) == 5 and all(hit == n for hit, n in cells), fixtures
    # The 40 short excerpts: interview or not, language, complete pairs.
    cells = re.findall(r"(\d+)/(\d+)", short)
    assert cells == [("40", "40"), ("40", "40"), ("28", "28")], short
    assert "misses:" not in proc.stdout


def _run_on_gold(
    script: str, rows: list[dict[str, Any]], tmp_path: Path, cache: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run a real-corpus bench script on ``rows`` as its gold file and ``cache`` as its texts."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--gold", str(gold), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "KZP_REAL_CACHE": str(cache)},
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def test_real_evaluation_scores_cached_texts_and_skips_missing_ones(tmp_path: Path) -> None:
    """bench/evaluate_real.py on an invented text in a cache folder of its own: scored when its
    digest matches, listed (not scored) when it is missing."""
    text = (
        " date 2026-03-02 Посол Германии Ганс Мюллер ответил на вопросы.\n\n"
        "– Как прошел визит?\n\n– Президент Токаев провел переговоры с канцлером Германии.\n"
    )
    data = text.encode()
    digest = hashlib.sha256(data).hexdigest()
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"{digest}.txt").write_bytes(data)
    consult = {
        "type": "CONSULT",
        "modality": "asserted",
        "source": ["KAZ"],
        "recipient": ["DEU"],
        "evidence": [[text.index("Президент"), len(text) - 2]],
    }
    row = {
        "id": "R00000001",
        "url": "https://example.kz/1",
        "sha256": digest,
        "language": "ru",
        "outlet": "example.kz",
        "layout": "en-dash",
        "split": "dev",
        "genre": "interview",
        "date": "2026-03-02",
        "interviewees": [{"nominative": "Ганс Мюллер", "as_printed": "Ганс Мюллер", "start": 0}],
        "turns": [
            {"kind": "Q", "start": text.index("Как")},
            {"kind": "A", "start": text.index("Президент")},
        ],
        "events": [consult],
    }
    missing = {**row, "id": "R00000002", "sha256": "0" * 64, "url": "https://example.kz/2"}
    proc = _run_on_gold("evaluate_real.py", [row, missing], tmp_path, cache)
    assert "1 of 2 articles scored" in proc.stdout and "not in the cache" in proc.stdout
    row_all = next(line for line in proc.stdout.splitlines() if line.startswith("| all |"))
    cells = [c.strip() for c in row_all.split("|")[1:-1]]
    assert cells[2:9] == ["100.0% (1/1)"] * 7, row_all  # structure, and the gold interviewee


def test_real_evaluation_tells_test_texts_of_sites_new_to_dev(tmp_path: Path) -> None:
    """A test text from a site some dev text is from (whatever its language subdomain) is
    counted under `site in dev`; one from a site no dev text is from, under `site new`."""
    text = "Президент провел переговоры. Стороны подписали соглашение о торговле.\n"
    cache = tmp_path / "cache"
    cache.mkdir()
    rows = []
    for n, (outlet, split) in enumerate(
        (
            ("kaz.example.kz", "dev"),
            ("en.example.kz", "test"),
            ("www.other.kz", "test"),
            ("news.other.co.uk", "test"),
        )
    ):
        data = (text + " " * n).encode()
        digest = hashlib.sha256(data).hexdigest()
        (cache / f"{digest}.txt").write_bytes(data)
        rows.append(
            {
                "id": f"R0000000{n}", "sha256": digest, "language": "ru", "outlet": outlet,
                "layout": "plain", "split": split, "genre": "news", "date": None,
                "interviewees": [], "turns": [], "events": [],
            }
        )  # fmt: skip
    proc = _run_on_gold("evaluate_real.py", rows, tmp_path, cache, "--split", "all")
    counts = {
        line.split("|")[1].strip(): line.split("|")[2].strip()
        for line in proc.stdout.splitlines()
        if line.startswith("| site")
    }
    assert counts == {"site in dev": "1", "site new": "2"}, proc.stdout


def test_perturbation_bench_keeps_a_dash_interview_on_one_line(tmp_path: Path) -> None:
    """bench/perturb_real.py on invented texts: a dash interview run onto one line is still
    read as the same turns; a news text on one line is still news; test rows are never read."""
    interview = (
        "Посол Германии Ганс Мюллер ответил на наши вопросы.\n\n"
        "– Как прошел визит?\n\n– Хорошо. Мы подписали соглашение о торговле.\n\n"
        "– Что дальше?\n\n– Новые встречи весной.\n"
    )
    news = "Президент провел переговоры. Стороны подписали соглашение о торговле.\n"
    cache = tmp_path / "cache"
    cache.mkdir()
    rows = []
    for n, (text, genre, split) in enumerate(
        ((interview, "interview", "dev"), (news, "news", "dev"), (news + " ", "news", "test"))
    ):
        data = text.encode()
        digest = hashlib.sha256(data).hexdigest()
        (cache / f"{digest}.txt").write_bytes(data)
        turns = [
            {"kind": k, "start": interview.index(w)}
            for k, w in (("Q", "Как"), ("A", "Хорошо"), ("Q", "Что"), ("A", "Новые"))
        ]
        rows.append(
            {
                "id": f"R0000000{n}", "sha256": digest, "language": "ru", "split": split,
                "layout": "en-dash" if genre == "interview" else "plain", "genre": genre,
                "interviewees": [{"nominative": "Ганс Мюллер"}] if genre == "interview" else [],
                "turns": turns if genre == "interview" else [], "events": [],
            }
        )  # fmt: skip
    proc = _run_on_gold("perturb_real.py", rows, tmp_path, cache)
    lines = {line.split("|")[1].strip(): line for line in proc.stdout.splitlines() if "|" in line}
    assert "| 1 | 100.0% (1/1) | 100.0% (1/1) |" in lines["one-line"], proc.stdout
    assert "| 1 | 100.0% (1/1) | 100.0% (1/1) |" in lines["news-one-line"], proc.stdout
    assert "| 0 | - | - |" in lines["name-period"], proc.stdout


def test_real_evaluation_pairs_as_many_events_as_can_match() -> None:
    """A prediction that fits two gold events must not take the only one another fits."""
    sys.path.insert(0, str(ROOT / "bench"))
    from evaluate_real import pair

    def event(source: str, recipient: list[str]) -> dict[str, object]:
        return {"type": "CONSULT", "source": [source], "recipient": recipient}

    golds = [event("KAZ", ["RUS"]), event("KAZ", ["CHN"])]
    preds = [event("KAZ", ["RUS", "CHN"]), event("KAZ", ["RUS"])]
    assert pair(preds, golds) == [(0, 1), (1, 0)]
    assert pair(preds[:1], golds) == [(0, 0)]


@pytest.mark.parametrize(
    ("printed", "gold", "same"),
    [
        ("George A. Krol", "George Krol", True),
        ("Robert O. Blake, Jr.", "Robert Blake", True),
        ("Хавьер М. Пьедра", "Хавьер М. Пьедра", True),
        ("Алёна Ким", "Алена Ким", True),
        # an initial standing for the first name is the name, not a middle initial
        ("R. Vassilenko", "Roman Vassilenko", False),
        ("George Krol", "George Kroll", False),
    ],
)
def test_real_evaluation_names_the_same_person_without_a_middle_initial(
    printed: str, gold: str, same: bool
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from evaluate_real import _name

    assert (_name(printed) == _name(gold)) is same


def test_real_evaluation_compares_a_turn_without_the_next_speakers_inline_label() -> None:
    """A transcript whose breaks were lost (`Добрый вечер. А.ВЕНЕДИКТОВ: Вы ...`): the gold
    answer ends before the next turn's label, as the record's turn does (batch AJ)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from evaluate_real import _NEXT_LABEL

    text = "К.МАСИМОВ: Добрый вечер. А.ВЕНЕДИКТОВ: Вы только что приехали?"
    start, end = text.index("Добрый"), text.index("Вы только")
    label = _NEXT_LABEL.search(text, start, end)
    assert label is not None and text[start : label.start()] == "Добрый вечер."
    # a turn that ends without a label keeps all its words
    assert _NEXT_LABEL.search("Это так. Вот почему это важно. ", 0, 31) is None


def test_restore_keeps_only_the_coded_text_or_its_prefix() -> None:
    """bench/real/restore.py: a fresh excerpt longer than the coded one gives the coded prefix
    back; one that differs in a character, or is shorter, gives nothing."""
    sys.path.insert(0, str(ROOT / "bench" / "real"))
    try:
        from restore import coded_prefix
    finally:
        sys.path.pop(0)
    coded = "Посол провела пресс-конференцию.\n\n– Отношения крепче, чем когда-либо, – сказала. "
    digest = hashlib.sha256(coded.encode("utf-8")).hexdigest()
    assert coded_prefix(coded + "Как отметила посол, …", digest) == coded
    assert coded_prefix(coded, digest) == coded
    assert coded_prefix(coded.replace("–", "-"), digest) is None
    assert coded_prefix(coded[:-5], digest) is None


def test_missing_lists_what_the_cache_lacks_and_which_urls_are_wanted(tmp_path: Path) -> None:
    """bench/real/missing.py: the coded texts not in the cache, test first, each with its last
    query (or the gold notes); ``--wanted`` picks the URLs of a search answer that restore one."""
    rows = [
        json.loads(line)
        for line in (ROOT / "bench" / "real" / "gold.jsonl").read_text("utf-8").splitlines()[:40]
    ]
    present = rows[0]
    (tmp_path / f"{present['sha256']}.txt").write_text("x", "utf-8")
    env = {**os.environ, "KZP_REAL_CACHE": str(tmp_path)}
    script = str(ROOT / "bench" / "real" / "missing.py")

    def run(*args: str) -> list[str]:
        proc = subprocess.run(
            [sys.executable, script, *args], capture_output=True, text=True, env=env, check=True
        )
        return proc.stdout.splitlines()

    listed = [line.split("\t") for line in run("--limit", "100000")]
    ids = [cols[0] for cols in listed]
    assert present["id"] not in ids and rows[1]["id"] in ids
    splits = [
        next(r["split"] for r in rows if r["id"] == i) for i in ids if i in {r["id"] for r in rows}
    ]
    assert splits == sorted(splits, key=lambda s: s != "test")
    assert all(cols[3] for cols in listed)  # a query or the notes to build one from
    wanted = run("--wanted", present["url"], rows[1]["url"], "https://example.org/not-coded")
    assert wanted == [f"WANTED {rows[1]['id']} {rows[1]['url']}"]


def test_an_added_features_weight_is_the_penalised_likelihoods_root() -> None:
    """bench/fit_confidence.py --add: the weight where the L2-penalised log-likelihood's
    derivative is zero, the other weights held; candidates without the feature do not move it."""
    sys.path.insert(0, str(ROOT / "bench"))
    from fit_confidence import one_weight

    offsets, values, ys, c = [0.0, 0.5, -0.5, 1.0], [1.0, 1.0, 1.0, 1.0], [1, 1, 0, 1], 4.0
    w = one_weight(offsets, values, ys, c)
    grad = -w + c * sum(
        (y - 1 / (1 + math.exp(-(z + w * x)))) * x
        for z, x, y in zip(offsets, values, ys, strict=True)
    )
    assert w > 0 and abs(grad) < 1e-6
    assert abs(one_weight([*offsets, 3.0], [*values, 0.0], [*ys, 0], c) - w) < 1e-9


def test_assemble_keeps_a_story_on_one_side(tmp_path: Path, monkeypatch: Any) -> None:
    """bench/real/assemble.py: a reprint joins its story's side; a reprint read before the split
    (part row ``"split": "dev"``) whose story is on test is skipped, not put on dev beside it."""
    sys.path.insert(0, str(ROOT / "bench" / "real"))
    try:
        import assemble
    finally:
        sys.path.pop(0)
    gold, manifest = tmp_path / "gold.jsonl", tmp_path / "manifest.tsv"
    devset = tmp_path / "layouts.jsonl"
    devset.write_text("", "utf-8")
    story = "https://nationalinterest.org/feature/kazakhstan-central-asias-vital-nation-10763"
    reprint = "https://snuffysmithsblog.blogspot.com/2014/06/kazakhstan-central-asias-vital.html"
    base = {"sha256": "0" * 64, "language": "en", "outlet": "x", "layout": "plain"}
    gold.write_text(
        json.dumps({**base, "id": "R1", "url": story, "split": "test", "genre": "interview"})
        + "\n",
        "utf-8",
    )
    monkeypatch.setattr(assemble, "GOLD", gold)
    monkeypatch.setattr(assemble, "MANIFEST", manifest)
    monkeypatch.setattr(assemble, "DEVSET", devset)
    part = tmp_path / "part.jsonl"
    row = {**base, "id": "", "url": reprint, "genre": "interview"}
    part.write_text(json.dumps({**row, "split": "dev"}) + "\n", "utf-8")
    assert assemble.main([str(part)]) == 0
    assert [json.loads(line)["url"] for line in gold.read_text("utf-8").splitlines()] == [story]
    part.write_text(json.dumps({**row, "split": ""}) + "\n", "utf-8")
    assert assemble.main([str(part)]) == 0
    rows = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    assert [r["split"] for r in rows if r["url"] == reprint] == ["test"]
