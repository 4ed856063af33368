"""`parse --no-events` skips event extraction only: the NER's entity mentions stay."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kzpolicy_data.cli import cli

SEED = Path(__file__).resolve().parent.parent / "raw" / "000_952d0ef163f4dde3.txt"


def test_no_events_keeps_the_mentions() -> None:
    result = CliRunner().invoke(cli, ["parse", "--format", "json", "--no-events", str(SEED)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["events"] == []
    assert record["mentions"], "--no-events dropped the entity mentions"


def test_no_ner_and_no_events_has_neither() -> None:
    args = ["parse", "--format", "json", "--no-ner", "--no-events", str(SEED)]
    record = json.loads(CliRunner().invoke(cli, args).stdout)
    assert record["events"] == [] and record["mentions"] == []
