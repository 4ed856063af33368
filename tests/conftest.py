from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

# "ci" runs more examples, derandomised: the same draws on every run, so a submission cannot be
# refused by a lucky draw (exploring is the fuzz bench's job: `bench/fuzz.py --explore`, and
# `HYPOTHESIS_PROFILE=explore`); every counterexample found is kept as an `@example`. "dev"
# keeps the local loop quick. Choose with HYPOTHESIS_PROFILE.
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed v0.1.0 exported to SQLite once, for the tests that only read it."""
    from click.testing import CliRunner

    from kzpolicy_data.cli import cli

    out = tmp_path_factory.mktemp("db") / "kzpolicy.db"
    args = ["export", "0.1.0", "--to", "sqlite", str(out), "--releases", str(ROOT / "releases")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out
