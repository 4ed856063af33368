"""Named entities: natasha's news NER model, run as natasha runs it, at a third of the cost.

natasha's ``NewsNERTagger`` (slovnet) tokenises the text with razdel, encodes the words, runs its
CNN and decodes a CRF. The model is kept; the steps around it, and the convolutions, are done
here instead, with the same results (``tests/test_ner.py`` compares them with natasha's on every
fixture and on random text):

- razdel's tokeniser is a Python rule engine (about 20 µs a token). Its rules never join across
  a space, and look past one atom only at a dash, underscore, point, comma or slash, so a
  whitespace-separated chunk is tokenised the same wherever it stands, given the atom on each
  side when its edge needs it. Chunks repeat (words do), so they are memoised, and a plain word
  needs no rules at all.
- slovnet's convolutions gather every window of the (channels x tokens) input into a new
  array; here the input is kept (tokens x channels), so a window is a contiguous run of rows and
  the three taps are read in place: a third less time, the same sums up to rounding.
- slovnet's Viterbi decoding gathers with ``np.indices`` at every token; a max does the same.
- a word's vocabulary and shape ids are memoised too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ..budget import checkpoint

__all__ = ["MAX_WINDOW", "Entity", "entities", "news_embedding", "razdel_tokens", "tagger"]


@dataclass(frozen=True)
class Entity:
    """A named-entity span found by natasha: ``PER``, ``ORG`` or ``LOC``."""

    type: str
    start: int
    end: int


_CHUNK = re.compile(r"\S+")
# razdel's atoms (razdel.segmenters.tokenize.ATOM): the first and last atom of a chunk are all
# that its neighbours' rules can see.
_DASHES = "‑–—−-"
_ATOM = re.compile(r"[а-яё]+|[a-z]+|\d+|\S", re.I)
_DIGIT = re.compile(r"\d")
# razdel joins a letter that is none of its RU or LAT atoms (an OTHER atom: Kazakh қ, ә, ...)
# to any letter beside it, and splits a Russian run from a Latin one: so a chunk of letters with
# no such seam is one token, and one of these marks after it is a second (no rule joins them to
# a word; "!" is left out for razdel's "yahoo!"). Nine chunks in ten of real text are tokenised
# so, without the rules.
_SCRIPT_SEAM = re.compile(r"[а-яё][a-z]|[a-z][а-яё]", re.I)
_WORD_ENDS = ",.:;?"
_CHUNKS_CACHED = 1 << 16


def _needs_left(chunk: str) -> bool:
    """Whether razdel's rules read the atom before ``chunk`` (its dash, underscore and number
    rules look two atoms left of a split after a leading delimiter)."""
    first = chunk[0]
    if first in _DASHES or first == "_":
        return True
    return first in ".,/\\" and len(chunk) > 1 and bool(_DIGIT.match(chunk[1]))


def _needs_right(chunk: str) -> bool:
    last = chunk[-1]
    if last in _DASHES or last == "_":
        return True
    return last in ".,/\\" and len(chunk) > 1 and bool(_DIGIT.match(chunk[-2]))


@lru_cache(maxsize=_CHUNKS_CACHED)
def _chunk_tokens(left: str, chunk: str, right: str) -> tuple[tuple[int, str], ...]:
    """razdel's tokens of ``chunk`` between the atoms ``left`` and ``right`` ("" for none), as
    (offset in the chunk, text)."""
    from razdel import tokenize

    at = len(left) + 1 if left else 0
    text = f"{left} {chunk}" if left else chunk
    if right:
        text += " " + right
    return tuple((t.start - at, t.text) for t in tokenize(text) if at <= t.start < at + len(chunk))


def razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    """``razdel.tokenize(text)`` as (start, stop, text), memoised chunk by chunk."""
    chunks = [(m.start(), m.group()) for m in _CHUNK.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for k, (at, chunk) in enumerate(chunks):
        word = chunk[:-1] if chunk[-1] in _WORD_ENDS else chunk
        if word.isalpha() and not _SCRIPT_SEAM.search(word):
            out.append((at, at + len(word), word))
            if len(word) < len(chunk):
                out.append((at + len(word), at + len(chunk), chunk[-1]))
            continue
        left = right = ""
        if k and _needs_left(chunk):
            left = _ATOM.findall(chunks[k - 1][1])[-1]
        if k + 1 < len(chunks) and _needs_right(chunk):
            right = _ATOM.match(chunks[k + 1][1]).group()  # type: ignore[union-attr]
        for offset, word in _chunk_tokens(left, chunk, right):
            out.append((at + offset, at + offset + len(word), word))
    return out


@cache
def news_embedding() -> Any:
    """natasha's word embeddings, loaded once per process (the NER and syntax models share them)."""
    from natasha import NewsEmbedding

    return NewsEmbedding()


@cache
def tagger() -> Any:
    """natasha's news NER model, loaded once per process."""
    from natasha import NewsNERTagger

    return NewsNERTagger(news_embedding())


@lru_cache(maxsize=_CHUNKS_CACHED)
def _word_ids(word: str) -> tuple[int, int]:
    """The model's word and shape ids of a token (slovnet's ``WordShapeEncoder.item``)."""
    from slovnet.shape import word_shape

    encoder = tagger().infer.encoder
    return encoder.words_vocab.encode(word.lower()), encoder.shapes_vocab.encode(word_shape(word))


@dataclass(frozen=True)
class _Layer:
    """One CNN layer of the model, its weights laid out for a (tokens x channels) input."""

    taps: Any  # (kernel * channels_in) x filters, rows ordered tap by tap
    bias: Any
    padding: int
    kernel: int
    mean: Any
    std: Any
    scale: Any
    shift: Any


@cache
def _layers() -> tuple[_Layer, ...]:
    layers = []
    for layer in tagger().infer.model.encoder.layers:
        weight = layer.conv.weight.array  # filters x channels_in x kernel
        filters, channels, kernel = weight.shape
        taps = weight.transpose(2, 1, 0).reshape(kernel * channels, filters).copy()
        norm = layer.norm
        layers.append(
            _Layer(
                taps,
                layer.conv.bias.array,
                layer.conv.padding,
                kernel,
                norm.mean.array,
                norm.std.array,
                norm.weight.array,
                norm.bias.array,
            )
        )
    return tuple(layers)


def _emissions(word_id: Any, shape_id: Any) -> Any:
    """slovnet's ``NER`` model (embedding, CNN encoder, projection) on one unpadded sequence,
    as (tokens x tags) scores."""
    import numpy as np
    from numpy.lib.stride_tricks import as_strided

    model = tagger().infer.model
    x = np.concatenate((model.emb.word(word_id), model.emb.shape(shape_id)), axis=-1)[0]
    for layer in _layers():
        count, channels = x.shape
        padded = np.zeros((count + 2 * layer.padding, channels), dtype=x.dtype)
        padded[layer.padding : layer.padding + count] = x
        row = padded.strides[0]
        windows = as_strided(
            padded,
            shape=(len(padded) - layer.kernel + 1, layer.kernel * channels),
            strides=(row, padded.strides[1]),
            writeable=False,
        )
        x = (windows @ layer.taps + layer.bias).clip(0)
        x = (x - layer.mean) / layer.std * layer.scale + layer.shift
    proj = model.head.proj
    return x @ proj.weight.array + proj.bias.array


def _viterbi(emissions: Any, transitions: Any) -> list[int]:
    """The best tag sequence: slovnet's ``CRF.decode`` for one unpadded sequence, the same sums
    in the same order (so the same ties), without its per-token index gathering."""
    score = emissions[0]
    history = []
    for k in range(1, len(emissions)):
        step = (score[:, None] + transitions) + emissions[k]
        history.append(step.argmax(0))
        score = step.max(0)
    best = int(score.argmax())
    tags = [best]
    for indexes in reversed(history):
        best = int(indexes[best])
        tags.append(best)
    tags.reverse()
    return tags


# NER reads a text in windows of at most this many tokens: its model holds a (tokens x 330 x 3)
# array for the whole sequence, so one 2 MB article of "?" lines took 3.5 GiB in one call. A
# window ends at a line break where one falls in its second half; real paragraphs are far
# shorter, so only texts longer than a window can tag differently from natasha's whole-text run.
MAX_WINDOW = 2048


def _windows(text: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """``[i, j)`` token ranges of at most ``MAX_WINDOW`` tokens, cut after a line break when
    one falls in the window's second half."""
    out, i = [], 0
    while len(tokens) - i > MAX_WINDOW:
        j = i + MAX_WINDOW
        for k in range(j - 1, i + MAX_WINDOW // 2, -1):
            if "\n" in text[tokens[k - 1][1] : tokens[k][0]]:
                j = k
                break
        out.append((i, j))
        i = j
    if i < len(tokens):
        out.append((i, len(tokens)))
    return out


def entities(text: str) -> list[Entity]:
    """natasha's PER / ORG / LOC spans in ``text`` (``NewsNERTagger(text).spans``), tagged in
    windows of at most ``MAX_WINDOW`` tokens so that memory does not grow with the text."""
    if not text.strip():
        return []
    tokens = razdel_tokens(text)
    found: list[Entity] = []
    for i, j in _windows(text, tokens):
        checkpoint()
        found += _tag(tokens[i:j])
    return found


def _tag(tokens: list[tuple[int, int, str]]) -> list[Entity]:
    """The entities of one window of tokens (slovnet's encoder, CNN and CRF)."""
    import numpy as np

    infer = tagger().infer
    # slovnet's encoder for one text (WordShapeEncoder.input of a single item, so no padding)
    ids = np.array([[_word_ids(word) for _, _, word in tokens]]).transpose(2, 0, 1)
    word_id, shape_id = ids[0], ids[1]
    emissions = _emissions(word_id, shape_id)
    vocab = infer.decoder.tags_vocab
    tags = [vocab.decode(t) for t in _viterbi(emissions, infer.model.head.crf.transitions.array)]
    found: list[Entity] = []
    kind, start, stop = "", 0, 0
    for (t_start, t_stop, _), tag in zip(tokens, tags, strict=True):
        part, _, label = tag.partition("-")
        if part == "B" or (part != "I" and kind):
            if kind:
                found.append(Entity(kind, start, stop))
            kind, start = (label, t_start) if part == "B" else ("", 0)
        if kind:
            stop = t_stop
    if kind:
        found.append(Entity(kind, start, stop))
    return found
