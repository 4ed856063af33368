"""The release's documentation files: the Hugging Face dataset card and Croissant metadata.

Both are generated from the models (features, field descriptions) and the build manifest, so
they cannot drift from the data they describe.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml

from .tables import VIEWS, hf_features_yaml, view_schema

__all__ = ["card_text", "croissant", "write_card", "write_croissant"]

LICENSE = "cc-by-4.0"
LANGUAGES = ["ru", "kk", "en"]
HOMEPAGE = "https://github.com/kzpolicy/kzpolicy_data"
CITATION = (
    "kzpolicy_data contributors. kzpolicy_data: expert interviews and articles on "
    "Kazakhstan's foreign and domestic policy. " + HOMEPAGE
)
VIEW_DOCS = {
    "records": "one row per article: the full nested record (metadata, speakers, turns, events)",
    "turns": "one row per interview turn, with its speaker and the article's metadata",
    "qa_pairs": "one row per answer, with the question it replies to",
    "events": "one row per referenced event (PLOVER type, actors, date, evidence)",
}


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K")):
        if n < limit:
            return name
    return "100K<n<1M"


def card_text(manifest: dict[str, Any]) -> str:
    """The dataset card (``README.md``) of a release."""
    counts = manifest["counts"]
    # `datasets` cannot load a config whose files hold no rows, so empty views are not offered.
    views = [v for v in VIEWS if counts[v] > 0 or v == "records"]
    meta = {
        "license": LICENSE,
        "language": LANGUAGES,
        "multilinguality": "multilingual",
        "pretty_name": "kzpolicy_data: Kazakhstan policy interviews and articles",
        "size_categories": [_size_category(counts["articles"])],
        "task_categories": ["text-classification", "question-answering", "token-classification"],
        "tags": ["kazakhstan", "interviews", "political-events", "plover", "central-asia"],
        "configs": [
            {
                "config_name": view,
                **({"default": True} if view == "records" else {}),
                "data_files": [{"split": "train", "path": f"data/{view}/*.parquet"}],
            }
            for view in views
        ],
        "dataset_info": [
            {
                "config_name": view,
                "features": hf_features_yaml(view),
            }
            for view in views
        ],
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    listing = "\n".join(f"- `{v}`: {VIEW_DOCS[v]} ({counts[v]} rows)" for v in views)
    return f"""---
{front}---

# kzpolicy_data {manifest["version"]}

What the media say about Kazakhstan's foreign and domestic policy: expert interviews and
articles from Kazakh and Russian-language outlets, as validated records (schema
{manifest["schema_version"]}). {counts["articles"]} articles.

## Configurations

{listing}

```python
from datasets import load_dataset
ds = load_dataset("path/to/this/folder", "turns", split="train")
```

Files: `data/<config>/*.parquet` (canonical, typed), `jsonl/records-*.jsonl` (the same records,
readable), `manifest.json` (versions, counts, digest of the inputs), `croissant.json`,
`SHA256SUMS` (verify with `sha256sum -c SHA256SUMS`).

## Licence

Annotations: CC BY 4.0. Article texts remain their publishers' work, included for research under
the per-article note in `metadata.license`. Code: MIT.

## Citation

{CITATION}
"""


def write_card(folder: Path, manifest: dict[str, Any]) -> None:
    (folder / "README.md").write_text(card_text(manifest), encoding="utf-8", newline="\n")


_CR_TYPES = {
    pa.string(): "sc:Text",
    pa.int64(): "sc:Integer",
    pa.float64(): "sc:Float",
    pa.bool_(): "sc:Boolean",
    pa.date32(): "sc:Date",
}


def _fields(view: str) -> list[dict[str, Any]]:
    out = []
    for f in view_schema(view):
        dtype = f.type.value_type if pa.types.is_list(f.type) else f.type
        if dtype not in _CR_TYPES:  # nested structs live in the records Parquet; not flattened
            continue
        out.append(
            {
                "@type": "cr:Field",
                "@id": f"{view}/{f.name}",
                "name": f.name,
                "dataType": _CR_TYPES[dtype],
                **({"repeated": True} if pa.types.is_list(f.type) else {}),
                "source": {"fileSet": {"@id": f"{view}-parquet"}, "extract": {"column": f.name}},
            }
        )
    return out


def croissant(manifest: dict[str, Any]) -> dict[str, Any]:
    """MLCommons Croissant 1.0 metadata (core and responsible-AI fields) of a release."""
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": "kzpolicy_data",
        "description": "Expert interviews and articles on Kazakhstan's foreign and domestic "
        "policy from Kazakh and Russian-language media, with speakers, turns and PLOVER events.",
        "url": HOMEPAGE,
        "version": manifest["version"] if manifest["version"] != "preview" else "0.0.0",
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "citeAs": CITATION,
        "inLanguage": LANGUAGES,
        "keywords": ["Kazakhstan", "interviews", "political events", "PLOVER"],
        "rai:dataCollection": "Articles scraped from public news sites, stored unedited in raw/ "
        "with their sha256; parsed by a versioned rule-based parser; events coded by a "
        "versioned rule-based extractor or curated by contributors (coder: curated).",
        "rai:dataCollectionType": ["Web Scraping", "Manual Human Curation"],
        "rai:dataPreprocessingProtocol": "Unicode NFC, line ends normalised, HTML entities "
        "decoded; noise lines kept as typed segments; every span is checked against the text.",
        "rai:dataAnnotationProtocol": "Events follow PLOVER; curated events need an evidence "
        "quote found verbatim in the text and known actor codes.",
        "rai:dataBiases": "Mostly Russian-language outlets from Kazakhstan; expert interviews "
        "over-represent officials and commentators close to the media; rule-based coding "
        "favours explicit statements.",
        "rai:dataLimitations": "Automatic speaker and event extraction makes errors; check "
        "`coder` and `confidence`; dates may be unresolved.",
        "rai:personalSensitiveInformation": "Names and positions of public figures as printed "
        "in published media; no private data is added.",
        "rai:dataUseCases": "Research on political discourse, event extraction, dialogue and "
        "question answering in Russian and Kazakh.",
        "rai:dataSocialImpact": "Makes media claims about policy traceable to their source; "
        "may be misused to profile commentators.",
        "distribution": [
            {
                "@type": "cr:FileSet",
                "@id": f"{view}-parquet",
                "name": f"{view}-parquet",
                "encodingFormat": "application/x-parquet",
                "includes": f"data/{view}/*.parquet",
            }
            for view in VIEWS
        ],
        "recordSet": [
            {
                "@type": "cr:RecordSet",
                "@id": view,
                "name": view,
                "description": VIEW_DOCS[view],
                "field": _fields(view),
            }
            for view in VIEWS
        ],
    }


def write_croissant(folder: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(croissant(manifest), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    (folder / "croissant.json").write_text(text, encoding="utf-8", newline="\n")


# The JSON-LD context of MLCommons Croissant 1.0 (from its specification).
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
