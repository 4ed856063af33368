"""Release: publish a build as ``releases/vX.Y.Z/``, atomically, with a diff and an index.

A release is built into a temporary folder inside ``releases/`` and renamed into place only
when complete, so a failed or killed release leaves no partial folder behind. The release
index (``releases/index.json``) lists every version with the sha256 of each of its files; it is
the registry the downloader (pooch) verifies against.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from .build import BuildReport, build
from .index import latest_version, parse_version, record_digests, write_index

__all__ = ["diff_releases", "release"]


def diff_releases(old: Path | None, new: Path) -> dict[str, Any]:
    """Added, removed and changed record ids between two release folders."""
    before = record_digests(old) if old else {}
    after = record_digests(new)
    return {
        "from": old.name if old else None,
        "to": new.name,
        "added": sorted(after.keys() - before.keys()),
        "removed": sorted(before.keys() - after.keys()),
        "changed": sorted(k for k in after.keys() & before.keys() if after[k] != before[k]),
        "unchanged": len([k for k in after.keys() & before.keys() if after[k] == before[k]]),
    }


def _changes_md(diff: dict[str, Any], report: BuildReport, version: str) -> str:
    def block(title: str, ids: list[str]) -> str:
        body = "\n".join(f"- `{i}`" for i in ids) if ids else "- none"
        return f"## {title} ({len(ids)})\n\n{body}\n"

    since = f"since {diff['from']}" if diff["from"] else "first release"
    return (
        f"# kzpolicy_data {version}: changes {since}\n\n"
        f"{report.articles} articles, {report.turns} turns, "
        f"{sum(report.events_by_type.values())} events.\n\n"
        + "\n".join(
            [
                block("Added records", diff["added"]),
                block("Changed records", diff["changed"]),
                block("Removed records", diff["removed"]),
            ]
        )
    )


def release(
    version: str,
    raw_dir: Path = Path("raw"),
    releases_dir: Path = Path("releases"),
    *,
    jobs: int | None = None,
    progress: bool = True,
    root: Path | None = None,
    sqlite: bool = False,
) -> BuildReport:
    """Build ``raw_dir`` and publish it as ``releases_dir/vX.Y.Z``.

    Refuses an existing version or one not greater than the latest; writes nothing on failure.
    ``sqlite`` adds the SQLite database as an asset if it is small enough (see ``.sqlite``).
    """
    new = parse_version(version)
    name = "v{}.{}.{}".format(*new)
    target = releases_dir / name
    if target.exists():
        raise ReleaseError(
            "this version is already published", path=target, hint="choose a greater version"
        )
    last = latest_version(releases_dir)
    if last and parse_version(last) >= new:
        raise ReleaseError(
            f"{name} is not greater than the latest release {last}",
            path=releases_dir,
            hint="SemVer: patch = same records, minor = added, major = changed or removed",
        )
    releases_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.staging-", dir=releases_dir))
    previous = releases_dir / last if last else None
    try:
        out = staging / name

        def add_diff(folder: Path) -> None:
            diff = diff_releases(previous, folder)
            diff["to"] = name  # ``folder`` is the build's temporary folder
            (folder / "diff.json").write_text(
                json.dumps(diff, indent=2, sort_keys=True) + "\n", "utf-8", newline="\n"
            )

        report = build(
            raw_dir,
            out,
            jobs=jobs,
            progress=progress,
            version=name[1:],
            root=root,
            extra_files=add_diff,
        )
        diff = json.loads((out / "diff.json").read_text("utf-8"))
        (out / "CHANGES.md").write_text(_changes_md(diff, report, name), "utf-8", newline="\n")
        from .writer import write_checksums

        write_checksums(out)  # again: CHANGES.md was added after the first pass
        if sqlite:
            from .sqlite import attach_database

            attach_database(out)
        os.rename(out, target)
        report.out_dir = target
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    write_index(releases_dir)
    return report
