"""NLP stage: spaCy's blank Chinese pipeline with a registered segmenter, and sentences.

``get_nlp()`` is a spaCy ``Language`` (``spacy.blank("zh")``) whose tokenizer is
``policykg.segmenter.v1`` (:mod:`.segmenter`): rjieba (jieba-rs, jieba's
dictionary and tags at native speed) or jieba itself, with the user words
from the vocabularies. Nothing here downloads anything.

``sentences_of(text)`` cuts a document into :class:`Sentence` records: a
sentence ends at 。！？ (with any closing quotes after it) or at a line break.
Each keeps its tokens as document offsets with their part-of-speech tags; the
spaCy ``Doc`` stays inside this module.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LENGTH, TAG
from spacy.language import Language

from ..lexicon import memo
from .segmenter import Segmenter, make_nlp

__all__ = ["Sentence", "get_nlp", "sentences_of", "iter_chunks", "word_tags"]

SENTENCE_END = "。！？!?"
CLOSERS = "”’」』）)】"
CHUNK_CHARS = 20_000


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline (built once per process)."""
    return make_nlp()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: [start, end) of the document text, with its tokens as
    document offsets and their part-of-speech tags (jieba's tag set)."""

    start: int
    end: int
    text: str
    starts: tuple[int, ...] = ()  # token starts, document offsets, in order
    ends: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()

    def tokens(self) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, word, tag) of each token, sentence-relative offsets."""
        base, text = self.start, self.text
        for s, e, t in zip(self.starts, self.ends, self.tags):
            yield s - base, e - base, text[s - base:e - base], t

    def token_at(self, pos: int) -> int:
        """Index of the token covering the sentence-relative position ``pos`` (-1 if none)."""
        i = bisect_right(self.starts, self.start + pos) - 1
        return i if i >= 0 and self.ends[i] > self.start + pos else -1

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts or ends at the sentence-relative ``pos`` (or it is an edge)."""
        if pos <= 0 or pos >= len(self.text):
            return True
        p = self.start + pos
        i = bisect_left(self.starts, p)
        if i < len(self.starts) and self.starts[i] == p:
            return True
        j = bisect_left(self.ends, p)
        return j < len(self.ends) and self.ends[j] == p


@memo(maxsize=65536)
def word_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(text, tag_) of each token of ``get_nlp().make_doc(text)`` (whitespace tokens too), for a short text:
    a phrase an extractor segments on its own, read without building the Doc and memoised."""
    nlp = get_nlp()
    segmenter = nlp.tokenizer
    if not isinstance(segmenter, Segmenter):
        return tuple((t.text, t.tag_) for t in nlp.make_doc(text))
    words, tags = segmenter.words_and_tags(text)
    return tuple(zip(words, [tag or "x" for tag in tags]))  # (the Doc's tag of a word without one)


def iter_chunks(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``text`` cut at line breaks into pieces of at most
    ``max_chars`` (a longer line is cut at a sentence end, else hard)."""
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            cut = text.rfind("\n", start + max_chars // 2, end)
            if cut < 0:
                cut = max(text.rfind(p, start + max_chars // 2, end) for p in SENTENCE_END)
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


_SENTENCE = re.compile(rf"[^\n{SENTENCE_END}]*(?:[{SENTENCE_END}]+[{CLOSERS}]*|\n|$)")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, stripped of surrounding blanks."""
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


def sentences_of(text: str) -> list[Sentence]:
    """The sentences of a document text, each with its tokens (whitespace
    tokens left out) and tags."""
    nlp = get_nlp()
    out: list[Sentence] = []
    for offset, chunk in iter_chunks(text):
        starts, ends, tags = chunk_tokens(nlp, chunk, offset)
        if not starts:
            continue
        for s, e in sentence_spans(chunk):
            s, e = s + offset, e + offset
            first, last = bisect_right(ends, s), bisect_left(starts, e)
            out.append(Sentence(s, e, text[s:e], tuple(starts[first:last]), tuple(ends[first:last]),
                                tuple(tags[first:last])))
    return out


def chunk_tokens(nlp: Language, chunk: str, offset: int) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, tags) of the words of ``chunk`` that are not whitespace, as document offsets: what
    ``nlp.make_doc`` gives, read from the segmenter's words without building the Doc (a third of the time)."""
    segmenter = nlp.tokenizer
    if not isinstance(segmenter, Segmenter):
        return doc_tokens(nlp, chunk, offset)
    words, tags = segmenter.words_and_tags(chunk)
    starts: list[int] = []
    ends: list[int] = []
    kept: list[str] = []
    pos = offset
    for word, tag in zip(words, tags):
        end = pos + len(word)
        if not word.isspace():  # (spaCy's IS_SPACE)
            starts.append(pos)
            ends.append(end)
            kept.append(tag or "x")  # (the Doc's tag of a word without one)
        pos = end
    return starts, ends, kept


def doc_tokens(nlp: Language, chunk: str, offset: int) -> tuple[list[int], list[int], list[str]]:
    """:func:`chunk_tokens` read from the spaCy Doc of any tokenizer."""
    doc = nlp.make_doc(chunk)
    if not len(doc):
        return [], [], []
    strings = nlp.vocab.strings
    rows = doc.to_array([IDX, LENGTH, TAG, IS_SPACE])
    rows = rows[rows[:, 3] == 0]  # whitespace tokens are not words
    starts = rows[:, 0].astype(np.int64) + offset
    ends = starts + rows[:, 1].astype(np.int64)
    names: dict[int, str] = {}
    tags = [names.get(t) or names.setdefault(t, strings[t] if t else "") for t in rows[:, 2].tolist()]
    return starts.tolist(), ends.tolist(), tags
