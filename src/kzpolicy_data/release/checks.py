"""Corpus rules that the build and ``validate`` share: unique ids, no duplicate articles, and
no event whose source is among its recipients ("USA -> KAZ + USA" says nothing)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from ..errors import KzPolicyError, ValidationFailed
from ..records import Record

__all__ = ["NEAR_DUPLICATE_THRESHOLD", "corpus_problems", "exact_duplicate", "role_problems"]

# Jaccard similarity of word 5-grams above which two articles are the same text reprinted.
NEAR_DUPLICATE_THRESHOLD = 0.7
_SHINGLE = 5


def exact_duplicate(record: Record, name: str, seen: dict[str, str]) -> KzPolicyError | None:
    """An error if an earlier file had the same normalised text; else remember this one.

    ``seen`` maps text digests to file names; streaming callers (the build) keep only this."""
    digest = hashlib.sha256(record.text.encode()).hexdigest()
    if digest in seen:
        return ValidationFailed(
            f"exact duplicate of {seen[digest]} (same normalised text)",
            path=name,
            hint="the article is already in the corpus: remove one of the two files",
        )
    seen[digest] = name
    return None


def role_problems(record: Record, name: str) -> list[KzPolicyError]:
    """An error for every event that has an actor both as source and as recipient."""
    problems: list[KzPolicyError] = []
    for i, event in enumerate(record.events):
        both = sorted({a.code for a in event.source} & {a.code for a in event.recipient})
        if both:
            problems.append(
                ValidationFailed(
                    f"event {event.id} has {', '.join(both)} as both source and recipient",
                    path=name,
                    json_path=f"$.events[{i}].recipient",
                    hint="a domestic event has no recipient; in a curation file remove the "
                    "source from the recipients (an extracted one is a bug: please report it)",
                )
            )
    return problems


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}


def corpus_problems(records: Sequence[tuple[str, Record]]) -> list[KzPolicyError]:
    """Corpus-wide rules over ``(file name, record)`` pairs: unique ids, no duplicate articles."""
    from datasketch import MinHash, MinHashLSH

    problems: list[KzPolicyError] = []
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=128)
    hashes: dict[str, tuple[MinHash, set[str]]] = {}
    for name, record in records:
        problems.extend(role_problems(record, name))
        if record.id in ids:
            problems.append(
                ValidationFailed(
                    f"record id {record.id!r} is also the id of {ids[record.id]}",
                    path=name,
                    hint="ids come from file names: rename one file",
                )
            )
        ids.setdefault(record.id, name)
        duplicate = exact_duplicate(record, name, texts)
        if duplicate is not None:
            problems.append(duplicate)
            continue
        shingles = _shingles(record.text)
        mh = MinHash(num_perm=128, seed=1)
        for s in shingles:
            mh.update(s.encode())
        for other in sorted(lsh.query(mh)):
            jaccard = len(shingles & hashes[other][1]) / len(shingles | hashes[other][1])
            if jaccard >= NEAR_DUPLICATE_THRESHOLD:
                problems.append(
                    ValidationFailed(
                        f"near-duplicate of {other} ({jaccard:.0%} of word 5-grams shared)",
                        path=name,
                        hint="probably the same interview reprinted by another outlet; "
                        "keep one (the original publisher)",
                    )
                )
        lsh.insert(name, mh)
        hashes[name] = (mh, shingles)
    return problems
