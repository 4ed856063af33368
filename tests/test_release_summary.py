"""The README states what the latest release holds, generated from its data."""

from __future__ import annotations

import json
import re

from kzpolicy_data.contrib.generated import release_summary
from kzpolicy_data.release.index import latest_version
from kzpolicy_data.release.summary import ReleaseSummary, summarise_folder

from .conftest import ROOT


def test_the_readme_states_the_latest_release_as_it_is() -> None:
    version = latest_version(ROOT / "releases")
    assert version is not None
    text = release_summary(ROOT)
    assert text and f"**{version}**" in text
    readme = (ROOT / "README.md").read_text("utf-8")
    assert text.strip() in readme  # `kzpolicy-data schema` keeps it current
    folder = ROOT / "releases" / version
    counts = json.loads((folder / "manifest.json").read_text("utf-8"))["counts"]
    summary = summarise_folder(folder)
    n = int(re.search(r"holds (\d+) article", text).group(1))  # type: ignore[union-attr]
    assert n == counts["articles"] == summary.articles
    assert f"{counts['turns']} interview turns" in text


def test_languages_are_those_present() -> None:
    one = ReleaseSummary()
    one.add("ru", "Zakon.kz", None)
    assert one.language_text() == "1 article, in Russian" and one.language_codes() == ["ru"]
    one.add("kk", "Egemen", "CC BY 4.0")
    one.add("kk", "Egemen", "CC BY 4.0")
    assert one.language_text() == "3 articles: 2 in Kazakh, 1 in Russian"
    assert one.language_codes() == ["kk", "ru"]
