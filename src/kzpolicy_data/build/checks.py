"""The rules a corpus must follow, shared by ``build`` and ``validate`` (same checks, same words).

Per file: the raw file naming rule (and the extension's case). Per record: a publication date
that exists and is not after today, and no event whose source is among its recipients ("USA ->
KAZ + USA" says nothing). Across the corpus: unique ids, one article per URL (compared by
:func:`url_key`: scheme, ``www.``, a trailing slash and the fragment do not count), no article
twice, exactly or nearly (the same interview reprinted by another outlet).

Near-duplicates are found with a bottom-k sketch of word 5-grams (pure Python, so the light
install has it too): the ``SKETCH`` smallest 64-bit hashes of an article's 5-grams. Two
articles' Jaccard similarity is estimated from the smallest hashes of the union of their
sketches; candidates are found through the few smallest hashes, so a corpus is checked in
time linear in its size and memory of ``SKETCH`` integers per article.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import sys
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import KzPolicyError, RawFileError, ValidationFailed
from ..records import Record
from ..source.raw import check_raw_name

__all__ = [
    "NEAR_DUPLICATE_THRESHOLD",
    "CorpusChecker",
    "corpus_problems",
    "extension_problems",
    "file_problems",
    "folder_problems",
    "orphan_problems",
    "pack_sketch",
    "record_problems",
    "role_problems",
    "similarity",
    "sketch",
    "unpack_sketch",
    "url_key",
]

# Jaccard similarity of word 5-grams above which two articles are the same text reprinted.
NEAR_DUPLICATE_THRESHOLD = 0.7
_SHINGLE = 5
SKETCH = 128
# Candidates share two of their BANDS smallest hashes: at a similarity of 0.7 two articles
# share about 11 of 16, and fewer than two with a chance below 1e-6. One shared hash is mostly
# chance (a common phrase), and each candidate costs a comparison.
_BANDS = 16
_MIN_SHARED = 2
# A hash shared by this many articles is boilerplate (an outlet's footer, a standard sentence):
# its bucket is dropped, or every new article would be compared with all of them and the check
# would grow with the square of the corpus. A near-duplicate still shares its rarer hashes.
_BUCKET_CAP = 24
_WORD = re.compile(r"\w+")


def file_problems(path: Path) -> list[KzPolicyError]:
    """Problems of a raw file's name (checked before it is read)."""
    error = check_raw_name(path)
    return [error] if error is not None else []


def url_key(url: str) -> str:
    """An article URL as compared for duplicates: host in lower case without ``www.``, path
    without a trailing slash, the query; not the scheme or the fragment (the same page)."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


def record_problems(
    path: str | Path, record: Record, today: dt.date, *, require_date: bool = True
) -> list[KzPolicyError]:
    """Rules for an article's record that the parser does not enforce: a past date, and (for
    contributions: ``require_date``) a date at all; no event with its source among its
    recipients. The build publishes an undated article of the corpus with its ``no_date`` flag
    rather than refusing the whole corpus."""
    meta = record.metadata
    curation = Path(path).with_suffix(".yaml").name
    problems = role_problems(record, str(path))
    if meta.date_published is None and require_date:
        problems.append(
            ValidationFailed(
                "no publication date found",
                path=path,
                line=1,
                hint=f"add `date_published: YYYY-MM-DD` to the curation file {curation}",
            )
        )
    elif meta.date_published is not None and meta.date_published > today:
        problems.append(
            ValidationFailed(
                f"publication date {meta.date_published} is in the future (today is {today})",
                path=path,
                line=1,
                hint="check the date prefix or the curation file's date_published",
            )
        )
    return problems


def sketch(text: str) -> array[int]:
    """The ``SKETCH`` smallest 64-bit hashes of the text's word 5-grams, ascending."""
    words = [w.encode() for w in _WORD.findall(text.lower())]  # UTF-8 of the joined 5-gram
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    hashes = {
        from_bytes(blake2b(b" ".join(words[i : i + _SHINGLE]), digest_size=8).digest())
        for i in range(max(1, len(words) - _SHINGLE + 1))
    }
    return array("Q", sorted(hashes)[:SKETCH])


def pack_sketch(sketch_: Sequence[int]) -> str:
    """A sketch as base64 of its little-endian 64-bit hashes (1.4 KB, where a JSON list of ints
    takes 2.5 KB and a Python list of ints 5 KB: a rebuild state holds one per article)."""
    packed = array("Q", sketch_)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def unpack_sketch(text: str) -> array[int]:
    """The sketch :func:`pack_sketch` packed."""
    packed = array("Q", base64.b64decode(text, validate=True))
    if sys.byteorder == "big":
        packed.byteswap()
    return packed


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two articles from their sketches."""
    sa, sb = set(a), set(b)
    union = sorted(sa | sb)[:SKETCH]
    if not union:
        return 0.0
    top = union[-1]  # the sketch of the union: its SKETCH smallest hashes
    return sum(1 for h in sa & sb if h <= top) / len(union)


def role_problems(record: Record, name: str, line: int | None = None) -> list[KzPolicyError]:
    """An error for every event that has an actor both as source and as recipient (``line``:
    the record's line in a JSONL file)."""
    problems: list[KzPolicyError] = []
    for i, event in enumerate(record.events):
        both = sorted({a.code for a in event.source} & {a.code for a in event.recipient})
        if both:
            problems.append(
                ValidationFailed(
                    f"event {event.id} has {', '.join(both)} as both source and recipient",
                    path=name,
                    line=line,
                    json_path=f"$.events[{i}].recipient",
                    hint="a domestic event has no recipient; in a curation file remove the "
                    "source from the recipients (an extracted one is a bug: please report it)",
                )
            )
    return problems


@dataclass
class CorpusChecker:
    """Corpus-wide rules, one record at a time (the build streams; ``validate`` collects).

    ``report=False`` adds a record only to compare later ones against (``validate --corpus``).
    """

    ids: dict[str, str] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)  # url_key -> file
    texts: dict[str, str] = field(default_factory=dict)
    sketches: dict[str, array[int]] = field(default_factory=dict)
    bands: dict[int, list[str]] = field(default_factory=dict)
    common: set[int] = field(default_factory=set)  # buckets dropped at _BUCKET_CAP

    def add(self, name: str, record: Record, *, report: bool = True) -> list[KzPolicyError]:
        """Check one record against those added before, then remember it."""
        digest = hashlib.sha256(record.text.encode()).hexdigest()
        return self.add_parts(
            name, record.id, digest, sketch(record.text), url=record.metadata.url, report=report
        )

    def add_parts(
        self,
        name: str,
        rid: str,
        digest: str,
        mine: Sequence[int],
        *,
        url: str | None = None,
        report: bool = True,
    ) -> list[KzPolicyError]:
        """:meth:`add` from what a record's check needs: its id, the sha256 of its text, its
        sketch and its URL (a rebuild keeps them for shards it reuses without reading their
        records)."""
        problems: list[KzPolicyError] = []
        if rid in self.ids and self.ids[rid] != name:
            problems.append(
                ValidationFailed(
                    f"record id {rid!r} is also the id of {self.ids[rid]}",
                    path=name,
                    hint="ids come from file names: rename one file",
                )
            )
        self.ids.setdefault(rid, name)
        key = url_key(url) if url else None
        if key is not None and self.urls.setdefault(key, name) != name:
            problems.append(
                ValidationFailed(
                    f"{self.urls[key]} has the same URL ({url})",
                    path=name,
                    hint="one article per URL: remove one of the two, or correct the `url:` "
                    "of its curation file",
                )
            )
        if digest in self.texts:
            duplicate = ValidationFailed(
                f"exact duplicate of {self.texts[digest]} (same normalised text)",
                path=name,
                hint="the article is already in the corpus: remove one of the two files",
            )
            return [*problems, duplicate] if report else []
        self.texts[digest] = name
        shared = Counter(o for h in mine[:_BANDS] for o in self.bands.get(h, ()))
        need = min(_MIN_SHARED, len(mine))
        candidates = sorted(o for o, n in shared.items() if n >= need)
        for other in candidates:
            score = similarity(mine, self.sketches[other])
            if score >= NEAR_DUPLICATE_THRESHOLD:
                problems.append(
                    ValidationFailed(
                        f"near-duplicate of {other} (about {score:.0%} of word 5-grams shared)",
                        path=name,
                        hint="probably the same interview reprinted by another outlet; "
                        "keep one (the original publisher)",
                    )
                )
        for h in mine[:_BANDS]:
            if h in self.common:
                continue
            bucket = self.bands.setdefault(h, [])
            bucket.append(name)
            if len(bucket) >= _BUCKET_CAP:
                self.common.add(h)
                del self.bands[h]
        self.sketches[name] = array("Q", mine)
        return problems if report else []


def corpus_problems(records: Sequence[tuple[str, Record]]) -> list[KzPolicyError]:
    """Corpus-wide rules over ``(file name, record)`` pairs: unique ids, no duplicate articles."""
    checker = CorpusChecker()
    problems: list[KzPolicyError] = []
    for name, record in records:
        problems.extend(checker.add(name, record))
    return problems


def folder_problems(raw_dir: Path) -> list[KzPolicyError]:
    """Files of a raw folder that would otherwise be silently skipped: ``X.TXT``, ``X.Yaml``
    (wrong-case extensions) and curation files without their raw article."""
    problems: list[KzPolicyError] = []
    if not raw_dir.is_dir():
        return problems
    for path in sorted(raw_dir.iterdir()):
        if path.suffix == ".yaml":
            problems.extend(orphan_problems(path))
        elif path.suffix != ".txt":
            problems.extend(extension_problems(path))
    return problems


def extension_problems(path: Path) -> list[KzPolicyError]:
    """``X.TXT``, ``X.Yaml`` or ``X.yml`` would be skipped by the build: an error instead."""
    if path.suffix.lower().strip() == ".txt":  # `X.TXT`, or `X.txt\n` (a newline in the name)
        return file_problems(path)
    if path.suffix.lower() in {".yaml", ".yml"} and path.suffix != ".yaml":
        return [
            RawFileError(
                f"extension {path.suffix!r} is not read: curation files end in `.yaml`",
                path=path,
                hint="rename the file",
            )
        ]
    return []


def orphan_problems(curation: Path) -> list[KzPolicyError]:
    """A curation file must sit next to its raw article (same stem, ``.txt``)."""
    if curation.with_suffix(".txt").is_file():
        return []
    return [
        ValidationFailed(
            f"curation file without a raw article: {curation.with_suffix('.txt').name} "
            "does not exist",
            path=curation,
            hint="rename it to the stem of its article, or delete it",
        )
    ]
