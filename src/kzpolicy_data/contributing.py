"""The generated part of CONTRIBUTING.md: the curation file format, from its schema."""

from __future__ import annotations

import json

from .curation import _render_schema
from .schema import field_table, register_doc_block

__all__ = ["curation_fields"]


def curation_fields() -> str:
    """Markdown tables of every field a curation file may hold."""
    return field_table(json.loads(_render_schema()), root="Curation")


register_doc_block("CONTRIBUTING.md", "curation-fields", curation_fields)
