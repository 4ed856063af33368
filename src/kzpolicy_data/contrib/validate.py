"""Validate: check contributed files and report every problem, never stopping at the first.

Checks, in order: raw file names and bytes; curation files (bounded YAML, then every JSON
Schema error with the YAML line of each, then the model's own rules, and that the article they
belong to exists); the parse of each article; record JSONL files made elsewhere (each line
against the record schema and the model's cross-checks); and the corpus rules that ``build``
applies too (:mod:`kzpolicy_data.build.checks`: names, dates, unique ids, no duplicates).
``corpus`` adds a folder whose articles the checked files are compared with, without reporting
the folder's own problems: what a pull request's check needs.
Each problem reads ``file:line::$.json.path: message (hint)``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..build.checks import (
    CorpusChecker,
    extension_problems,
    file_problems,
    orphan_problems,
    record_problems,
    role_problems,
)
from ..errors import KzPolicyError, ValidationFailed
from ..records import Record
from ..schema import error_message
from ..source.curation import MAX_CURATION_BYTES, Curation, load_yaml
from ..source.guarded import iter_lines, loads_json, read_bounded
from ..source.raw import RAW_NAME

__all__ = [
    "RAW_NAME",
    "ValidationReport",
    "check_curation_file",
    "check_jsonl_file",
    "check_raw_name",
    "validate",
]


@dataclass
class ValidationReport:
    """Everything ``validate`` checked and every problem it found."""

    checked: list[str] = field(default_factory=list)
    problems: list[KzPolicyError] = field(default_factory=list)
    records: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "records": self.records,
            "problems": [p.to_dict() for p in self.problems],
            "notes": self.notes,
        }

    def summary(self) -> str:
        lines = [str(p) for p in self.problems] + [f"note: {n}" for n in self.notes]
        verdict = "valid" if self.ok else f"{len(self.problems)} problem(s)"
        lines.append(f"checked {len(self.checked)} file(s), {self.records} record(s): {verdict}")
        return "\n".join(lines)


def check_raw_name(path: Path) -> list[KzPolicyError]:
    """The raw file naming rule: ``NNN_<16 hex>.txt`` (what ``new-article`` creates)."""
    return file_problems(path)


def _node_line(node: yaml.Node | None, path: Sequence[Any]) -> int | None:
    """1-based line of the YAML node at ``path`` (or of its deepest existing parent)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == part), None)
            key = next((k for k, _ in node.value if k.value == part), None)
            if found is None:
                return line
            node, line = found, (key.start_mark.line + 1 if key is not None else line)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _json_path(parts: Iterable[Any]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def check_curation_file(path: Path) -> list[KzPolicyError]:
    """Every problem of a curation file, each with its YAML line and JSON path."""
    from jsonschema import Draft202012Validator, FormatChecker

    from ..source.curation import render_schema

    try:
        data = read_bounded(path, MAX_CURATION_BYTES, ValidationFailed, "a curation file")
        text = data.decode("utf-8-sig")
        data, node = load_yaml(text, str(path))
    except UnicodeDecodeError as exc:
        return [ValidationFailed(f"cannot read as UTF-8: {exc}", path=path, hint="save as UTF-8")]
    except KzPolicyError as exc:
        return [exc, *orphan_problems(path)]
    validator = Draft202012Validator(json.loads(render_schema()), format_checker=FormatChecker())
    problems: list[KzPolicyError] = []
    for err in sorted(validator.iter_errors(data or {}), key=lambda e: list(map(str, e.path))):
        where = list(err.absolute_path)
        if err.validator == "additionalProperties":
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            allowed = ", ".join(sorted(err.schema.get("properties", {})))
            for key in extra:
                problems.append(
                    ValidationFailed(
                        f"unknown key {key!r}",
                        path=path,
                        line=_node_line(node, [*where, key]),
                        json_path=_json_path([*where, key]),
                        hint=f"allowed keys here: {allowed}",
                    )
                )
            continue
        problems.append(
            ValidationFailed(
                f"{error_message(err)} (found {json.dumps(err.instance, ensure_ascii=False)[:80]})",
                path=path,
                line=_node_line(node, where),
                json_path=_json_path(where),
                hint="see the curation file format in CONTRIBUTING.md",
            )
        )
    if not problems:  # the model's own rules (e.g. real calendar dates) beyond the schema
        try:
            Curation.model_validate(data or {})
        except ValidationError as exc:
            for e in exc.errors():
                problems.append(
                    ValidationFailed(
                        str(e["msg"]).removeprefix("Value error, "),
                        path=path,
                        line=_node_line(node, list(e["loc"])),
                        json_path=_json_path(e["loc"]),
                        hint="see the curation file format in CONTRIBUTING.md",
                    )
                )
    return problems + orphan_problems(path)


# A record's line holds its text about three times (text, turns, spans): 2 MB articles.
MAX_RECORD_LINE = 32 * 1024 * 1024
_ONE_PER_LINE = "one JSON object (a record) per line"


def check_jsonl_file(path: Path) -> tuple[list[KzPolicyError], list[Record]]:
    """Validate each line of a records JSONL file; return the problems and the good records.

    The file is read guarded (no links, FIFOs or devices; lines of bounded length) and each
    line parsed with bounded depth and integers: a hostile file is reported, never a hang or a
    traceback."""
    from ..schema import schema_validator

    validator = schema_validator()
    problems: list[KzPolicyError] = []
    good: list[Record] = []
    try:
        for n, raw in iter_lines(path, MAX_RECORD_LINE, ValidationFailed):
            try:
                data = loads_json(raw, path, ValidationFailed, line=n, hint=_ONE_PER_LINE)
            except KzPolicyError as exc:
                problems.append(exc)
                continue
            if not isinstance(data, dict):
                problems.append(
                    ValidationFailed(
                        f"expected a JSON object (a record), found {type(data).__name__}",
                        path=path,
                        line=n,
                        hint="each line must be one record object",
                    )
                )
                continue
            errors = validator.errors(data)
            for where, message in errors:
                problems.append(ValidationFailed(message[:300], path=path, line=n, json_path=where))
            if errors:
                continue
            try:
                record = Record.model_validate(data)
            except ValidationError as exc:
                for e in exc.errors():
                    problems.append(
                        ValidationFailed(
                            str(e["msg"]).removeprefix("Value error, ")[:400],
                            path=path,
                            line=n,
                            json_path=_json_path(e["loc"]),
                        )
                    )
                continue
            problems.extend(role_problems(record, str(path), line=n))
            good.append(record)
    except KzPolicyError as exc:  # the file itself cannot be read (or a line is too long)
        problems.append(exc)
    return problems, good


_SUFFIXES = {".txt", ".yaml", ".yml", ".jsonl"}


def _expand(paths: Sequence[Path]) -> list[Path]:
    """Files to check: folders expanded (any case of a known extension, so that `X.TXT` is
    reported, not skipped), each file once however it was named on the command line."""
    out: dict[str, Path] = {}
    for p in paths:
        # A folder named like a file we check (`NNN_x.txt`) is checked as one, and refused.
        expand = p.is_dir() and not p.is_symlink() and p.suffix.lower() not in _SUFFIXES
        found = sorted(x for x in p.iterdir() if x.suffix.lower() in _SUFFIXES) if expand else [p]
        for x in found:
            out.setdefault(os.path.normpath(os.path.abspath(x)), x)
    return list(out.values())


def _nlp_installed() -> bool:
    try:
        from ..nlp.analysis import require_nlp

        require_nlp()
    except KzPolicyError:
        return False
    return True


def validate(
    paths: Sequence[Path | str] | None = None,
    *,
    today: dt.date | None = None,
    corpus: Path | str | None = None,
) -> ValidationReport:
    """Check raw articles, curation files and record JSONL files; collect every problem.

    ``corpus``: a folder of raw articles the checked files must not duplicate (its own
    problems are not reported)."""
    from ..parse import parse_file

    report = ValidationReport()
    today = today or dt.date.today()
    nlp = _nlp_installed()
    if not nlp:
        report.notes.append(
            "the `nlp` extra is not installed: articles were parsed without NER and events, so "
            "curated events were not checked (pip install 'kzpolicy-data[nlp]')"
        )
    checker = CorpusChecker()
    files = _with_articles(_expand([Path(p) for p in (paths or [Path("raw")])]))
    if corpus is not None:
        report.problems.extend(_add_corpus(checker, Path(corpus), files))
    for path in files:
        report.checked.append(str(path))
        if not path.exists() and not path.is_symlink():
            report.problems.append(
                ValidationFailed("no such file", path=path, hint="check the path")
            )
        elif path.suffix == ".yaml":
            report.problems.extend(check_curation_file(path))
        elif path.suffix == ".jsonl":
            problems, good = check_jsonl_file(path)
            report.problems.extend(problems)
            report.records += len(good)
            for i, r in enumerate(good):
                report.problems.extend(checker.add(f"{path}:{i + 1}", r))
        elif path.suffix.lower() == ".txt":
            report.problems.extend(file_problems(path))
            try:
                record = parse_file(path, ner=nlp, events=nlp)
            except KzPolicyError as exc:
                report.problems.append(exc)
                continue
            report.records += 1
            report.problems.extend(record_problems(path, record, today))
            report.problems.extend(checker.add(str(path), record))
        elif extension_problems(path):
            report.problems.extend(extension_problems(path))
        else:
            report.problems.append(
                ValidationFailed(
                    f"unexpected file type {path.suffix!r}",
                    path=path,
                    hint="raw articles are .txt, curation files .yaml, records .jsonl",
                )
            )
    return report


def _with_articles(files: list[Path]) -> list[Path]:
    """A curation file is checked with its article: its values only mean something (and may
    only fail) once the article is parsed with them."""
    out = list(files)
    seen = {os.path.normpath(os.path.abspath(p)) for p in files}
    for path in files:
        article = path.with_suffix(".txt")
        key = os.path.normpath(os.path.abspath(article))
        if (
            path.suffix == ".yaml"
            and key not in seen
            and (article.exists() or article.is_symlink())
        ):
            out.append(article)
            seen.add(key)
    return out


def _add_corpus(checker: CorpusChecker, corpus: Path, checked: list[Path]) -> list[KzPolicyError]:
    """Let the checked files be compared with the corpus's other articles."""
    from ..parse import parse_file

    mine = {os.path.normpath(os.path.abspath(p)) for p in checked}
    if not corpus.is_dir():
        return [
            ValidationFailed(
                "no such folder: the checked files were compared with no corpus",
                path=corpus,
                hint="--corpus names the folder of raw articles, e.g. raw",
            )
        ]
    for path in sorted(corpus.glob("*.txt")):
        if os.path.normpath(os.path.abspath(path)) in mine or not RAW_NAME.fullmatch(path.name):
            continue
        try:
            record = parse_file(path, ner=False, events=False)
        except KzPolicyError:
            continue  # the corpus's own problems are not this check's to report
        checker.add(str(path), record, report=False)
    return []
