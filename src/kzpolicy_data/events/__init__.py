"""Events: what the articles say happened, PLOVER-coded, with evidence in the text.

``extract`` finds them with rules over the shared analysis, ``dates`` resolves their dates against
publication, ``curated`` adds the curator's, ``catalogue`` links the same event across articles
and ``annotate`` puts them together on a record.
"""

from .annotate import annotate, event_key, event_matches
from .extract import CODER, EXTRACTOR_VERSION, extract_events
from .mentions import extract_mentions

__all__ = [
    "CODER",
    "EXTRACTOR_VERSION",
    "annotate",
    "event_key",
    "event_matches",
    "extract_events",
    "extract_mentions",
]
