from __future__ import annotations

from collections import Counter
from pathlib import Path
from statistics import median

from kzpolicy_data import parse_file
from kzpolicy_data.contrib.synth import synth_article, write_corpus
from kzpolicy_data.contrib.validate import check_raw_name
from kzpolicy_data.events.extract import extract_events
from kzpolicy_data.nlp.analysis import Analysis


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    assert synth_article(3, 7) == synth_article(3, 7)
    assert synth_article(3, 7).data != synth_article(4, 7).data
    assert synth_article(3, 7, dense=True) == synth_article(3, 7, dense=True)
    assert synth_article(3, 7, dense=True).data != synth_article(3, 7).data


def test_corpus_is_calibrated_to_the_real_pages() -> None:
    arts = [synth_article(0, i) for i in range(400)]
    langs = Counter(a.language for a in arts)
    # 25 ru / 9 kk / 6 en and 28 interviews of 40 real pages (REAL_LAYOUTS.md)
    assert 0.52 < langs["ru"] / 400 < 0.72 and 0.15 < langs["kk"] / 400 < 0.30
    interviews = sum(not a.style.startswith("news") for a in arts)
    assert 0.6 < interviews / 400 < 0.8
    assert {a.style for a in arts} >= {"en_dash", "labels", "news", "news_quotes", "one_line"}
    # the seed is 4,300 characters; the dense corpus averaged about 20 KB
    chars = median(len(a.data.decode()) for a in arts)
    assert 3_000 < chars < 6_500
    assert all(check_raw_name(Path(a.name)) == [] for a in arts)


def test_dense_articles_are_the_old_heavy_ones() -> None:
    dense = [synth_article(0, i, dense=True) for i in range(100)]
    real = [synth_article(0, i) for i in range(100)]
    assert sum(len(a.data) for a in dense) > 1.5 * sum(len(a.data) for a in real)


def test_event_and_mention_densities_are_the_seeds(tmp_path: Path) -> None:
    # seed: 9 events found by the rules (published or queued) and 55 mentions in 4,300
    # characters (about 2 and 13 per 1,000): what the extractor works through
    records = [parse_file(p, ner=False) for p in write_corpus(tmp_path, 12, seed=2)]
    chars = sum(len(r.text) for r in records)
    found = [extract_events(r, Analysis(r.text)) for r in records]
    events = sum(len(f) for f in found) / chars * 1000
    mentions = sum(len(r.mentions) for r in records) / chars * 1000
    assert 1.0 < events < 3.5, events
    assert 6 < mentions < 20, mentions


def test_synthetic_articles_parse_to_their_genre_and_turns(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 40, seed=5)
    right = 0
    for path, art in zip(paths, (synth_article(5, i) for i in range(40)), strict=True):
        record = parse_file(path, ner=False, events=False)
        assert path.read_bytes() == art.data
        if art.style.startswith("news"):
            right += record.metadata.genre.value != "interview"
        else:
            right += len(record.turns) == art.turns
    assert right >= 34, f"only {right} of 40 synthetic articles parsed as generated"


def test_cli_writes_the_dense_corpus_on_request(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kzpolicy_data.cli import cli

    for flags, folder in (([], "real"), (["--dense"], "dense")):
        result = CliRunner().invoke(
            cli, ["synth", "--n", "3", "--out", str(tmp_path / folder), *flags]
        )
        assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "real").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "dense").iterdir())
    assert (tmp_path / "dense" / names[0]).read_bytes() == synth_article(0, 0, dense=True).data
    assert (tmp_path / "real" / names[0]).read_bytes() == synth_article(0, 0).data
