"""`diff` and CHANGES.md say which fields of each changed record changed."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kzpolicy_data.build.build import BuildReport
from kzpolicy_data.cli import cli
from kzpolicy_data.publish.release import _changes_md, diff_releases
from kzpolicy_data.release.fields_diff import field_paths

from .conftest import ROOT

RELEASES = ROOT / "releases"
SEED = "000_952d0ef163f4dde3"


def test_field_paths_name_what_changed() -> None:
    old = {
        "id": "a",
        "metadata": {"headline": "A", "genre": "news"},
        "turns": [{"id": "t1", "text": "x"}],
    }
    new = {
        "id": "a",
        "metadata": {"headline": "B", "genre": "news"},
        "turns": [{"id": "t1", "text": "y"}],
    }
    assert field_paths(old, new) == {"metadata.headline", "turns[].text"}
    # Items matched by id, not position: a reordering is no change; an added item names the list.
    two = [{"id": "e1", "x": 1}, {"id": "e2", "x": 2}]
    assert field_paths({"events": two}, {"events": two[::-1]}) == set()
    assert field_paths({"events": two[:1]}, {"events": two}) == {"events"}
    # A field a schema change dropped or added is a change; paths stop at two levels.
    span = {"span": {"start": 0, "end": 1, "quote": "a"}}
    assert field_paths({"turns": [span]}, {"turns": [{"span": {"start": 0, "end": 1}}]}) == {
        "turns[].span"
    }
    assert field_paths({"schema_version": "1.1.0"}, {"schema_version": "2.0.0"}) == {
        "schema_version"
    }


def test_diff_lists_the_changed_fields_in_text_and_json() -> None:
    args = ["diff", "0.1.0", "0.2.0", "--releases", str(RELEASES)]
    text = CliRunner().invoke(cli, args)
    assert text.exit_code == 0, text.output
    line = next(x for x in text.stdout.splitlines() if x.strip().startswith(SEED))
    assert "metadata.genre_confidence" in line
    # the schema version is said once, not as a field of every record
    assert "schema changed: 1.0.0 -> 1.1.0" in text.stdout and "schema_version" not in line
    assert "MIGRATION" not in text.stdout  # a minor change moved nothing
    data = json.loads(CliRunner().invoke(cli, [*args, "--format", "json"]).stdout)
    assert data["changed"] == [SEED]
    assert "mentions[].name" in data["fields"][SEED]


def test_changes_md_names_the_fields() -> None:
    diff = diff_releases(RELEASES / "v0.1.0", RELEASES / "v0.2.0")
    report = BuildReport(out_dir=RELEASES / "v0.2.0")
    md = _changes_md(diff, report, "0.2.0")
    assert f"- `{SEED}`: " in md and "`metadata.genre_confidence`" in md
    assert "schema changed from 1.0.0 to 1.1.0.\n" in md and "MIGRATION" not in md
    major = diff_releases(RELEASES / "v0.4.0", RELEASES / "v1.0.0")
    md = _changes_md(major, BuildReport(out_dir=RELEASES / "v1.0.0"), "1.0.0")
    assert "schema changed from 1.1.0 to 2.0.0 (records compared after moving" in md
    # v1.0.0 publishes fewer extracted events than v0.4.0: the seed's events changed in value
    assert "docs/MIGRATION-2.0.md" in md and f"- `{SEED}`: `events`" in md
