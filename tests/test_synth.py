from __future__ import annotations

from collections import Counter
from pathlib import Path

from kzpolicy_data import parse_file
from kzpolicy_data.contrib.synth import synth_article, write_corpus
from kzpolicy_data.contrib.validate import check_raw_name


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    assert synth_article(3, 7) == synth_article(3, 7)
    assert synth_article(3, 7).data != synth_article(4, 7).data


def test_corpus_covers_the_variants_and_sizes() -> None:
    arts = [synth_article(0, i) for i in range(300)]
    assert Counter(a.language for a in arts).keys() == {"ru", "kk", "en"}
    assert set(a.style for a in arts) >= {"dash", "labels", "news", "one_line", "initials"}
    sizes = sorted(len(a.data) for a in arts if a.style != "one_line")
    assert sizes[len(sizes) // 10] > 1_500 and sizes[-1] < 60_000
    assert all(check_raw_name(Path(a.name)) == [] for a in arts)


def test_synthetic_articles_parse_to_their_genre_and_turns(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 40, seed=5)
    right = 0
    for path, art in zip(paths, (synth_article(5, i) for i in range(40)), strict=True):
        record = parse_file(path, ner=False, events=False)
        assert path.read_bytes() == art.data
        if art.style == "news":
            right += record.metadata.genre.value != "interview"
        else:
            right += len(record.turns) == art.turns
    assert right >= 34, f"only {right} of 40 synthetic articles parsed as generated"
