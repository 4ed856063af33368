"""The installed package's version (from its metadata)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:
    __version__ = version("kzpolicy-data")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
