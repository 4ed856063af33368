"""Hatch build hook: ship the latest release and the release index inside the wheel.

So that `pip install kzpolicy-data` gives `kzpolicy_data.access.load()` the latest release offline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        releases = Path(self.root) / "releases"
        found = [
            p for p in releases.glob("v*") if p.is_dir() and re.fullmatch(r"v\d+\.\d+\.\d+", p.name)
        ]
        if not found:
            return
        latest = max(found, key=lambda p: tuple(int(x) for x in p.name[1:].split(".")))
        build_data["force_include"][str(latest)] = "kzpolicy_data/_release"
        index = releases / "index.json"
        if index.exists():
            build_data["force_include"][str(index)] = "kzpolicy_data/_release_index.json"
