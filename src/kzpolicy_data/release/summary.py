"""What a release holds, read from its data: articles by language and by outlet and licence.

The card, Croissant and the SQLite metadata state the dataset's licence and languages from this
summary, never from constants: a release of one Russian article must not claim Kazakh and
English, and texts that are not CC BY must not be declared CC BY.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from ..records import Record
from .tables import text_licence

__all__ = [
    "ANNOTATIONS_LICENCE",
    "ANNOTATIONS_URL",
    "NO_NOTE",
    "ReleaseSummary",
    "summarise_folder",
    "summarise_records",
]

ANNOTATIONS_LICENCE = "cc-by-4.0"  # ours: metadata, segments, speakers, turns, mentions, events
ANNOTATIONS_URL = "https://creativecommons.org/licenses/by/4.0/"
NO_NOTE = "research use only (no licence stated)"
LANGUAGE_NAMES = {"ru": "Russian", "kk": "Kazakh", "en": "English", "other": "other languages"}
# Licence notes a curator may write, as the Hub's ids and their URLs (lower-cased, no spaces).
_KNOWN = {
    "ccby4.0": ("cc-by-4.0", ANNOTATIONS_URL),
    "cc-by-4.0": ("cc-by-4.0", ANNOTATIONS_URL),
    "ccby-sa4.0": ("cc-by-sa-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    "cc-by-sa-4.0": ("cc-by-sa-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    "cc0": ("cc0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "cc01.0": ("cc0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
}


def _known(note: str) -> tuple[str, str] | None:
    return _KNOWN.get(note.lower().replace(" ", ""))


@dataclass
class ReleaseSummary:
    """Articles by language and by ``(outlet, licence of the text)``."""

    languages: dict[str, int] = field(default_factory=dict)
    sources: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, language: str, publisher: str | None, licence: str | None) -> None:
        self.languages[language] = self.languages.get(language, 0) + 1
        by = self.sources.setdefault(publisher or "(unknown outlet)", {})
        note = licence or NO_NOTE
        by[note] = by.get(note, 0) + 1

    def add_record(self, record: Record) -> None:
        meta = record.metadata
        publisher = meta.publisher.name if meta.publisher else None
        self.add(meta.in_language.value, publisher, text_licence(meta))

    @property
    def articles(self) -> int:
        return sum(self.languages.values())

    def language_codes(self) -> list[str]:
        """The ISO 639-1 codes of the languages present, most articles first."""
        found = sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0]))
        return [code for code, _ in found if code != "other"]

    def language_text(self) -> str:
        """``1 article, in Russian`` / ``3 articles: 2 in Russian, 1 in Kazakh``."""
        n = self.articles
        noun = "article" if n == 1 else "articles"
        found = sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(found) == 1:
            return f"{n} {noun}, in {LANGUAGE_NAMES.get(found[0][0], found[0][0])}"
        parts = ", ".join(f"{k} in {LANGUAGE_NAMES.get(c, c)}" for c, k in found)
        return f"{n} {noun}: {parts}" if found else f"{n} {noun}"

    def text_licences(self) -> dict[str, int]:
        """Articles by the licence of their text."""
        out: dict[str, int] = {}
        for by in self.sources.values():
            for note, n in by.items():
                out[note] = out.get(note, 0) + n
        return dict(sorted(out.items()))

    def hub_licence(self) -> str:
        """The card's ``license``: one Hub id only if every text and the annotations share it;
        otherwise ``other``, with the breakdown in the card's body (as the Hub expects)."""
        ids = {(_known(note) or ("other", ""))[0] for note in self.text_licences()}
        return ANNOTATIONS_LICENCE if ids <= {ANNOTATIONS_LICENCE} else "other"

    def licence_urls(self) -> list[str]:
        """Croissant's ``license``: the annotations' licence, then each text licence (its URL
        when it is a known licence, else its note as written)."""
        out = [ANNOTATIONS_URL]
        for note in self.text_licences():
            known = _known(note)
            value = known[1] if known else f"Article texts: {note}"
            if value not in out:
                out.append(value)
        return out


def summarise_records(records: Iterable[Record]) -> ReleaseSummary:
    summary = ReleaseSummary()
    for record in records:
        summary.add_record(record)
    return summary


def summarise_folder(folder: Path) -> ReleaseSummary:
    """The summary of a release folder, from three columns of its records view (a rebuild that
    rewrites one shard group must not parse every record again to write its card)."""
    summary = ReleaseSummary()
    for part in sorted((folder / "data" / "records").glob("part-*.parquet")):
        names = pq.read_schema(part).field("metadata").type
        licence = "text_license" if names.get_field_index("text_license") >= 0 else "license"
        columns = ["metadata.in_language", "metadata.publisher.name", f"metadata.{licence}"]
        table = pq.read_table(part, columns=columns)
        for lang, pub, note in zip(*(c.to_pylist() for c in table.columns), strict=True):
            summary.add(lang, pub, note)
    return summary
