"""Validate: check contributed files and report every problem, never stopping at the first.

Checks, in order: raw file names and bytes; curation files against their JSON Schema (all
errors, with the YAML line of each); the parse of each article; record JSONL files made
elsewhere (each line against the record schema and the model's cross-checks); and corpus-wide
rules (unique ids, the same article not added twice, exact or near-duplicate).
Each problem reads ``file:line::$.json.path: message (hint)``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..errors import KzPolicyError, RawFileError, ValidationFailed
from ..records import Record
from ..release.checks import corpus_problems
from ..schema import error_message

__all__ = [
    "RAW_NAME",
    "ValidationReport",
    "check_curation_file",
    "check_jsonl_file",
    "check_raw_name",
    "validate",
]

RAW_NAME = re.compile(r"^[0-9]{3,}_[0-9a-f]{16}\.txt$")
# Jaccard similarity of word 5-gram shingles above which two articles are the same text
# (a reprint with another outlet's header and footer still scores well above it).


@dataclass
class ValidationReport:
    """Everything ``validate`` checked and every problem it found."""

    checked: list[str] = field(default_factory=list)
    problems: list[KzPolicyError] = field(default_factory=list)
    records: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "records": self.records,
            "problems": [p.to_dict() for p in self.problems],
        }

    def summary(self) -> str:
        lines = [str(p) for p in self.problems]
        verdict = "valid" if self.ok else f"{len(self.problems)} problem(s)"
        lines.append(f"checked {len(self.checked)} file(s), {self.records} record(s): {verdict}")
        return "\n".join(lines)


def check_raw_name(path: Path) -> list[KzPolicyError]:
    """The raw file naming rule: ``NNN_<16 hex>.txt`` (what ``new-article`` creates)."""
    if RAW_NAME.match(path.name):
        return []
    return [
        RawFileError(
            f"bad raw file name {path.name!r}: expected NNN_<16 lowercase hex>.txt, "
            "e.g. 000_952d0ef163f4dde3.txt (no spaces, uppercase, `..` or folders)",
            path=path,
            hint="create articles with `kzpolicy-data new-article`, which names them for you",
        )
    ]


class _LineLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as strings (the schema validates them)."""


_LineLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    """Every schema error of a curation file, each with its YAML line and JSON path."""
    from jsonschema import Draft202012Validator, FormatChecker

    from ..source.curation import render_schema

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [ValidationFailed(f"cannot read as UTF-8: {exc}", path=path, hint="save as UTF-8")]
    try:
        node = yaml.compose(text, Loader=_LineLoader)
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [
            ValidationFailed(
                f"not valid YAML: {getattr(exc, 'problem', exc)}",
                path=path,
                line=mark.line + 1 if mark is not None else None,
                hint="check indentation and quoting",
            )
        ]
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
    return problems


def check_jsonl_file(path: Path) -> tuple[list[KzPolicyError], list[Record]]:
    """Validate each line of a records JSONL file; return the problems and the good records."""
    from ..schema import schema_validator

    validator = schema_validator()
    problems: list[KzPolicyError] = []
    good: list[Record] = []
    with path.open("rb") as f:
        for n, raw in enumerate(f, 1):
            try:
                data = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                problems.append(
                    ValidationFailed(
                        f"not JSON: {exc}", path=path, line=n, hint="one JSON object per line"
                    )
                )
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
                good.append(Record.model_validate(data))
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
    return problems, good


def _expand(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.suffix in {".txt", ".yaml", ".jsonl"}))
        else:
            out.append(p)
    return out


def validate(
    paths: Sequence[Path | str] | None = None, *, today: dt.date | None = None
) -> ValidationReport:
    """Check raw articles, curation files and record JSONL files; collect every problem."""
    from ..parse import parse_file

    report = ValidationReport()
    today = today or dt.date.today()
    parsed: list[tuple[str, Record]] = []
    for path in _expand([Path(p) for p in (paths or [Path("raw")])]):
        report.checked.append(str(path))
        if not path.exists():
            report.problems.append(
                ValidationFailed("no such file", path=path, hint="check the path")
            )
        elif path.suffix == ".yaml":
            report.problems.extend(check_curation_file(path))
        elif path.suffix == ".jsonl":
            problems, good = check_jsonl_file(path)
            report.problems.extend(problems)
            report.records += len(good)
            parsed.extend((f"{path}:{i + 1}", r) for i, r in enumerate(good))
        elif path.suffix == ".txt":
            problems = check_raw_name(path)
            report.problems.extend(problems)
            try:
                record = parse_file(path)
            except KzPolicyError as exc:
                report.problems.append(exc)
                continue
            report.records += 1
            report.problems.extend(_record_rules(path, record, today))
            parsed.append((str(path), record))
        else:
            report.problems.append(
                ValidationFailed(
                    f"unexpected file type {path.suffix!r}",
                    path=path,
                    hint="raw articles are .txt, curation files .yaml, records .jsonl",
                )
            )
    report.problems.extend(corpus_problems(parsed))
    return report


def _record_rules(path: Path, record: Record, today: dt.date) -> list[KzPolicyError]:
    """Rules for contributed articles that the parser itself does not enforce."""
    meta = record.metadata
    if meta.date_published is None:
        return [
            ValidationFailed(
                "no publication date found",
                path=path,
                line=1,
                hint="add `date_published: YYYY-MM-DD` to the curation file "
                f"{path.with_suffix('.yaml').name}",
            )
        ]
    if meta.date_published > today:
        return [
            ValidationFailed(
                f"publication date {meta.date_published} is in the future (today is {today})",
                path=path,
                line=1,
                hint="check the date prefix or the curation file's date_published",
            )
        ]
    return []
