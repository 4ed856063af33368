"""Release: publish a build as ``releases/vX.Y.Z/``, as a transaction, with a diff and an index.

One release at a time (a lock file, ``releases/.lock``). A release is built in a staging
folder inside ``releases/`` and published by renaming it into place: the rename is the commit.
The index (``releases/index.json``, every version with the sha256 of each file and of its
``SHA256SUMS``) is derived from the published folders and written atomically right after; if
the process dies between the two, :func:`recover` (run by every release, and by
``kzpolicy-data release --repair``) adds the published folder to the index after verifying it,
and removes staging folders left behind. A failure before the rename leaves the old state; an
error while writing the index undoes the rename.

SemVer is enforced from the diff with the previous release: a patch has the same records, a
minor only adds records, a major may change anything (``force_version`` overrides); before 1.0.0
a minor release may change anything too.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..build.build import BuildReport, build, discover, inputs_digest
from ..build.outdir import exclusive_lock
from ..errors import KzPolicyError, ReleaseError
from ..release.index import latest_version, parse_version, record_digests, write_index
from ..release.schema_change import moved_fields, reencoded_only, schema_change

__all__ = ["diff_releases", "recover", "release", "release_lock", "repair", "semver_problem"]

LOCK = ".lock"
_STALE = (".v*.staging-*", ".*.tmp-*", ".index.json.tmp")


def diff_releases(old: Path | None, new: Path) -> dict[str, Any]:
    """Added, removed and changed record ids between two release folders, and for each
    changed record the fields that changed (``fields``)."""
    from ..release.fields_diff import changed_fields

    before = record_digests(old) if old else {}
    after = record_digests(new)
    changed = sorted(k for k in after.keys() & before.keys() if after[k] != before[k])
    return {
        "from": old.name if old else None,
        "to": new.name,
        "added": sorted(after.keys() - before.keys()),
        "removed": sorted(before.keys() - after.keys()),
        "changed": changed,
        "unchanged": len([k for k in after.keys() & before.keys() if after[k] == before[k]]),
        "fields": changed_fields(old, new, changed) if old else {},
        # {"from": "1.1.0", "to": "2.0.0"} when the releases' schemas differ, else None
        "schema": schema_change(old, new),
    }


def semver_problem(last: str | None, new: str, diff: dict[str, Any]) -> str | None:
    """Why ``new`` is the wrong kind of version for ``diff`` since ``last`` (None if it fits)."""
    if last is None:
        return None
    old, cur = parse_version(last), parse_version(new)
    counts = {k: len(diff[k]) for k in ("added", "removed", "changed")}
    # SemVer's initial development (0.y.z): the minor number plays the major's part, as Cargo
    # and npm read it, so 0.2.0 may change records that 0.1.x had.
    if cur[0] > old[0] or (cur[0] == 0 and cur[1] > old[1]):
        return None
    if cur[1] > old[1]:
        if counts["removed"] or counts["changed"]:
            return (
                f"a minor release may only add records, but {counts['removed']} were removed "
                f"and {counts['changed']} changed: this is a major release"
            )
        return None
    if any(counts.values()):
        return (
            f"a patch release has the same records, but {counts['added']} were added, "
            f"{counts['removed']} removed and {counts['changed']} changed"
        )
    return None


def _changes_md(diff: dict[str, Any], report: BuildReport, version: str) -> str:
    fields: dict[str, list[str]] = diff.get("fields", {})
    schema: dict[str, str] | None = diff.get("schema")
    moved = (
        f"The record schema changed from {schema['from']} to {schema['to']}"
        f"{moved_fields(schema)}.\n\n"
        if schema
        else ""
    )

    def block(title: str, ids: list[str]) -> str:
        def line(rid: str) -> str:
            changed = ", ".join(f"`{f}`" for f in fields.get(rid, []))
            if not changed and schema and rid in fields:
                changed = reencoded_only(schema)
            return f"- `{rid}`: {changed}" if changed else f"- `{rid}`"

        body = "\n".join(line(i) for i in ids) if ids else "- none"
        return f"## {title} ({len(ids)})\n\n{body}\n"

    since = f"since {diff['from']}" if diff["from"] else "first release"
    return (
        f"# kzpolicy_data {version}: changes {since}\n\n"
        f"{_n(report.articles, 'article')}, {_n(report.turns, 'turn')}, "
        f"{_n(sum(report.events_by_type.values()), 'event')}.\n\n"
        + moved
        + "\n".join(
            [
                block("Added records", diff["added"]),
                block("Changed records", diff["changed"]),
                block("Removed records", diff["removed"]),
            ]
        )
    )


@contextmanager
def release_lock(releases_dir: Path) -> Iterator[None]:
    """Hold ``releases/.lock`` (an advisory lock the OS drops if the process dies)."""
    with exclusive_lock(
        releases_dir / LOCK,
        busy="another release is running on this folder",
        path=releases_dir,
        hint="wait for it to finish; the lock is released when it exits",
    ):
        yield


def repair(releases_dir: Path) -> list[str]:
    """``release --repair``: :func:`recover` under the lock; a folder that cannot be written
    (read-only, full) is a :class:`ReleaseError` naming it."""
    try:
        with release_lock(releases_dir):
            return recover(releases_dir)
    except OSError as exc:
        raise ReleaseError(
            f"cannot repair the releases: {exc.strerror or exc}",
            path=exc.filename or releases_dir,
            hint="check free space and permissions, then run `release --repair` again",
        ) from None


def recover(releases_dir: Path) -> list[str]:
    """Finish or undo an interrupted release (call with the lock held); what it did.

    Removes staging folders and temporary files left behind; verifies every published folder
    and rewrites the index, so a folder renamed into place just before a crash is listed; sets
    ``CITATION.cff`` to the latest version if a crash left it behind."""
    from ..release.integrity import check_counts, check_files

    done: list[str] = []
    if not releases_dir.is_dir():
        return done
    for pattern in _STALE:
        for path in sorted(releases_dir.glob(pattern)):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            done.append(f"removed {path}")
    indexed = _indexed(releases_dir)
    from ..release.index import versions

    for name in versions(releases_dir):
        if name not in indexed:
            check_files(releases_dir / name)  # the index will vouch for it: check it first
            check_counts(releases_dir / name)
            done.append(f"added {name} to the index")
    write_index(releases_dir)
    latest = latest_version(releases_dir)
    was = _citation_version(releases_dir)
    if latest is not None and was is not None and parse_version(was) < parse_version(latest):
        _update_citation(releases_dir, latest)
        done.append(f"set CITATION.cff to version {latest[1:]} (was {was})")
    return done


def _indexed(releases_dir: Path) -> set[str]:
    from ..release.index import read_index

    try:
        return set(read_index(releases_dir)["versions"])
    except ReleaseError:
        return set()


def _permissions(folder: Path) -> None:
    """Folders 0755 and files 0644, whatever the staging folder's (0700) or the umask."""
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def _citation_version(releases_dir: Path) -> str | None:
    """The version CITATION.cff states (None if there is none, or it is not a version)."""
    path = releases_dir.parent / "CITATION.cff"
    if not path.is_file():
        return None
    m = re.search(r"(?m)^version: *[\"']?([0-9.]+)[\"']? *$", path.read_text("utf-8"))
    try:
        return m[1] if m and parse_version(m[1]) else None
    except ReleaseError:
        return None


def _update_citation(releases_dir: Path, name: str) -> None:
    """One version source: the repository's CITATION.cff (which the package version reads)
    follows the latest release."""
    path = releases_dir.parent / "CITATION.cff"
    if not path.is_file() or latest_version(releases_dir) != name:
        return
    text = path.read_text("utf-8")
    text = re.sub(r"(?m)^version: .*$", f"version: {name[1:]}", text, count=1)
    text = re.sub(r"(?m)^date-released: .*$", f'date-released: "{dt.date.today()}"', text, count=1)
    path.write_text(text, "utf-8", newline="\n")


def release(
    version: str,
    raw_dir: Path = Path("raw"),
    releases_dir: Path = Path("releases"),
    *,
    jobs: int | None = None,
    progress: bool = True,
    root: Path | None = None,
    sqlite: bool = False,
    force_version: bool = False,
) -> BuildReport:
    """Build ``raw_dir`` and publish it as ``releases_dir/vX.Y.Z``.

    Refuses an existing version, one not greater than the latest, or one whose kind (patch,
    minor, major) does not fit the diff unless ``force_version``; writes nothing on failure.
    ``sqlite`` adds the SQLite database as an asset if it is small enough (see ``.sqlite``).
    """
    new = parse_version(version)
    name = "v{}.{}.{}".format(*new)
    try:
        with release_lock(releases_dir):
            done = recover(releases_dir)
            finished = _finished(name, raw_dir, releases_dir, done)
            if finished is not None:
                return finished
            return _release(
                name, raw_dir, releases_dir, jobs, progress, root, force_version, sqlite
            )
    except OSError as exc:  # a full or read-only disk: nothing was published
        raise ReleaseError(
            f"cannot write the release: {exc.strerror or exc}",
            path=exc.filename or releases_dir,
            hint="check free space and permissions; the previous state was kept",
        ) from None


def _finished(name: str, raw_dir: Path, releases_dir: Path, done: list[str]) -> BuildReport | None:
    """The report of ``name`` if the recovery just finished its interrupted release (a crash
    after the rename left CITATION.cff behind) and ``raw_dir`` still holds what it was built
    from: releasing it again means finishing it, not a refusal."""
    note = f"set CITATION.cff to version {name[1:]} "
    target = releases_dir / name
    if not any(d.startswith(note) for d in done) or not target.is_dir():
        return None
    manifest = json.loads((target / "manifest.json").read_text("utf-8"))
    if manifest.get("inputs_digest") != inputs_digest(discover(raw_dir)):
        return None  # raw/ changed since: "already published" it is
    counts = manifest.get("counts", {})
    report = BuildReport(out_dir=target, articles=counts.get("articles", 0))
    report.turns, report.resumed = counts.get("turns", 0), True
    report.notes = [f"{name} was published by an interrupted release; finished it", *done]
    return report


def _release(
    name: str,
    raw_dir: Path,
    releases_dir: Path,
    jobs: int | None,
    progress: bool,
    root: Path | None,
    force_version: bool,
    sqlite: bool,
) -> BuildReport:
    target = releases_dir / name
    if target.exists():
        raise ReleaseError(
            "this version is already published", path=target, hint="choose a greater version"
        )
    last = latest_version(releases_dir)
    if last and parse_version(last) >= parse_version(name):
        raise ReleaseError(
            f"{name} is not greater than the latest release {last}",
            path=releases_dir,
            hint="SemVer: patch = same records, minor = added, major = changed or removed",
        )
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.staging-", dir=releases_dir))
    previous = releases_dir / last if last else None
    try:
        out = staging / name

        def add_diff(folder: Path) -> None:
            diff = diff_releases(previous, folder)
            diff["to"] = name  # ``folder`` is the build's temporary folder
            problem = None if force_version else semver_problem(last, name, diff)
            if problem:
                raise ReleaseError(
                    f"{name} after {last}: {problem}",
                    path=raw_dir,
                    hint="choose the version the diff calls for, or pass --force-version",
                )
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
            guard_out=False,  # a staging folder this release just made
        )
        diff = json.loads((out / "diff.json").read_text("utf-8"))
        (out / "CHANGES.md").write_text(_changes_md(diff, report, name), "utf-8", newline="\n")
        from ..release.writer import write_checksums

        write_checksums(out)  # again: CHANGES.md was added after the first pass
        if sqlite:
            from ..access.sqlite_assets import attach_database

            attach_database(out)
        _permissions(out)
        os.rename(out, target)  # the commit
        try:
            write_index(releases_dir)
        except (OSError, KzPolicyError):
            os.rename(target, out)  # undo: the old state, not a half-published release
            raise
        report.out_dir = target
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _update_citation(releases_dir, name)
    return report


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
