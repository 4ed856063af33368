"""The package's layout stays what README.md describes: layered, acyclic, small modules."""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest

import kzpolicy_data

PACKAGE = Path(kzpolicy_data.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 450


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("kzpolicy_data", cache_dir=None)


def test_no_import_cycles(graph: grimp.ImportGraph) -> None:
    # Function-level imports count: grimp reads every import statement in a module.
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported == "kzpolicy_data":
                cycles.append(f"{module} imports the package root")
            elif graph.chain_exists(importer=imported, imported=module):
                cycles.append(f"{module} <-> {imported}")
    assert cycles == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_is_small(path: Path) -> None:
    assert len(path.read_text("utf-8").splitlines()) <= MAX_LINES


def test_every_folder_is_a_documented_package() -> None:
    readme = (PACKAGE.parent.parent / "README.md").read_text("utf-8")
    for folder in sorted(p for p in PACKAGE.iterdir() if p.is_dir() and p.name != "data"):
        if folder.name == "__pycache__":
            continue
        assert (folder / "__init__.py").exists(), folder.name
        assert f"`{folder.name}/`" in readme, f"README.md does not describe {folder.name}/"
