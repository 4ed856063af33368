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

from .summary import ANNOTATIONS_URL, ReleaseSummary, summarise_folder
from .tables import VIEWS, hf_features_yaml, view_schema

__all__ = ["card_text", "croissant", "write_card", "write_croissant"]

HOMEPAGE = "https://github.com/kzpolicy/kzpolicy_data"
CITATION = (
    "kzpolicy_data contributors. kzpolicy_data: expert interviews and articles on "
    "Kazakhstan's foreign and domestic policy. " + HOMEPAGE
)
# Responsible-AI statements: the card's sections and Croissant's `rai:` fields say the same.
USES = (
    "Research on political discourse about Kazakhstan and Central Asia; event extraction, "
    "dialogue structure and question answering in the languages of its texts. Not suited to "
    "measuring public opinion (the texts are what outlets chose to publish) or to judging the "
    "people quoted."
)
LIMITATIONS = (
    "Speakers, turns and events are extracted by rules and make errors: check each event's "
    "`coder` (`curated` or the extractor's version) and `confidence`; dates may be unresolved "
    "and articles without a publication date carry the `no_date` flag."
)
BIASES = (
    "Mostly Russian-language outlets from Kazakhstan; expert interviews over-represent "
    "officials and commentators close to the media; rule-based coding favours explicit "
    "statements over implied ones."
)
PERSONAL = (
    "Names, positions and affiliations of public figures (officials, experts, journalists) as "
    "printed in published media; no private data is added. Speakers are not linked to data "
    "beyond the article except by a Wikidata id where curated. Ask for removal through the "
    "repository's issues."
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


def _licence_table(summary: ReleaseSummary) -> str:
    rows = [
        f"| {pub} | {lic} | {n} |"
        for pub, by in sorted(summary.sources.items())
        for lic, n in sorted(by.items())
    ]
    return "\n".join(["| outlet | licence of the texts | articles |", "|---|---|---|", *rows])


def _licence_front(summary: ReleaseSummary) -> dict[str, Any]:
    licence = summary.hub_licence()
    if licence != "other":
        return {"license": licence}
    # The Hub's form for a licence it has no id for: a name and a link to the terms.
    return {
        "license": "other",
        "license_name": "kzpolicy-data-mixed",
        "license_link": f"{HOMEPAGE}/blob/main/LICENSE-DATA",
    }


def card_text(manifest: dict[str, Any], summary: ReleaseSummary | None = None) -> str:
    """The dataset card (``README.md``) of a release (``summary``: what its records hold)."""
    summary = summary or ReleaseSummary()
    counts = manifest["counts"]
    languages = summary.language_codes()
    # `datasets` cannot load a config whose files hold no rows, so empty views are not offered.
    views = [v for v in VIEWS if counts[v] > 0 or v == "records"]
    meta = {
        **_licence_front(summary),
        **({"language": languages} if languages else {}),
        "multilinguality": "multilingual" if len(languages) > 1 else "monolingual",
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
{manifest["schema_version"]}). This release holds {summary.language_text()}.

## Configurations

{listing}

```python
from datasets import load_dataset
ds = load_dataset("path/to/this/folder", "turns", split="train")
```

Files: `data/<config>/*.parquet` (canonical, typed), `jsonl/records-*.jsonl` (the same records,
readable), `manifest.json` (versions, counts, digest of the inputs), `croissant.json`,
`SHA256SUMS` (verify with `sha256sum -c SHA256SUMS`).

## Uses

{USES}

## Limitations

{LIMITATIONS}

## Biases

{BIASES}

## Personal information

{PERSONAL}

## Source licences

The dataset's licence is {_licence_summary(summary)}

- Annotations (metadata, segments, speakers, turns, mentions, events): CC BY 4.0
  ({ANNOTATIONS_URL}).
- Article texts remain their publishers' work, included for research under each article's own
  licence or permission note: `metadata.text_license` in the records and `text_license` in
  every row of the other views (`LICENSE-DATA`). Filter by it before redistributing texts.
- Code: MIT.

{_licence_table(summary)}

## How to cite

{CITATION}, version {manifest["version"]}. `CITATION.cff` in the repository has the same
reference in machine-readable form.
"""


def _licence_summary(summary: ReleaseSummary) -> str:
    texts = ", ".join(f"{note} ({n})" for note, n in summary.text_licences().items())
    if summary.hub_licence() != "other":
        return "CC BY 4.0 for the annotations and for every text."
    return (
        "not one licence (`license: other` above): CC BY 4.0 for the annotations; the article "
        f"texts by licence (articles): {texts or 'none'}."
    )


def write_card(folder: Path, manifest: dict[str, Any]) -> None:
    text = card_text(manifest, summarise_folder(folder))
    (folder / "README.md").write_text(text, encoding="utf-8", newline="\n")


_CR_TYPES = {
    pa.string(): "sc:Text",
    pa.int64(): "sc:Integer",
    pa.float64(): "sc:Float",
    pa.bool_(): "sc:Boolean",
    pa.date32(): "sc:Date",
}


def _field(view: str, field: pa.Field, parents: tuple[str, ...] = ()) -> dict[str, Any]:
    """A Croissant field for a Parquet column or a member of one: structs become sub-fields,
    lists are ``repeated``, so every field of every view is described. A sub-field has no
    source of its own: it is read with its column (mlcroissant cannot extract a member of a
    Parquet struct by path)."""
    dtype = field.type.value_type if pa.types.is_list(field.type) else field.type
    path = (*parents, field.name)
    out: dict[str, Any] = {
        "@type": "cr:Field",
        "@id": f"{view}/" + "/".join(path),
        "name": "/".join(path) if parents else field.name,
        **({"repeated": True} if pa.types.is_list(field.type) else {}),
    }
    if not parents:
        out["source"] = {"fileSet": {"@id": f"{view}-parquet"}, "extract": {"column": field.name}}
    if pa.types.is_struct(dtype):
        out["subField"] = [_field(view, dtype.field(i), path) for i in range(dtype.num_fields)]
    else:
        out["dataType"] = _CR_TYPES.get(dtype, "sc:Text")
    return out


def _fields(view: str) -> list[dict[str, Any]]:
    return [_field(view, f) for f in view_schema(view)]


def croissant(manifest: dict[str, Any], summary: ReleaseSummary | None = None) -> dict[str, Any]:
    """MLCommons Croissant 1.0 metadata (core and responsible-AI fields) of a release
    (``summary``: what its records hold, for the licences and languages)."""
    summary = summary or ReleaseSummary()
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": "kzpolicy_data",
        "description": "Expert interviews and articles on Kazakhstan's foreign and domestic "
        "policy from Kazakh and Russian-language media, with speakers, turns and PLOVER events.",
        "url": HOMEPAGE,
        "version": manifest["version"] if manifest["version"] != "preview" else "0.0.0",
        # The annotations' licence, then each text licence present (see the card's breakdown).
        "license": summary.licence_urls(),
        "citeAs": CITATION,
        "inLanguage": summary.language_codes(),
        "keywords": ["Kazakhstan", "interviews", "political events", "PLOVER"],
        "rai:dataCollection": "Articles scraped from public news sites, stored unedited in raw/ "
        "with their sha256; parsed by a versioned rule-based parser; events coded by a "
        "versioned rule-based extractor or curated by contributors (coder: curated).",
        "rai:dataCollectionType": ["Web Scraping", "Manual Human Curation"],
        "rai:dataPreprocessingProtocol": "Unicode NFC, line ends normalised, HTML entities "
        "decoded; noise lines kept as typed segments; every span is checked against the text.",
        "rai:dataAnnotationProtocol": "Events follow PLOVER; curated events need an evidence "
        "quote found verbatim in the text and known actor codes.",
        "rai:dataBiases": BIASES,
        "rai:dataLimitations": LIMITATIONS,
        "rai:personalSensitiveInformation": PERSONAL,
        "rai:dataUseCases": USES,
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
    text = (
        json.dumps(
            croissant(manifest, summarise_folder(folder)),
            indent=2,
            ensure_ascii=False,
            sort_keys=True,
        )
        + "\n"
    )
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
