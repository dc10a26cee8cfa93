"""The segmenter of the spaCy pipeline, registered as ``policykg.segmenter.v1``.

``backend = "rjieba"`` (the default) segments with jieba-rs through the rjieba
binding: jieba's dictionary, HMM and part-of-speech tags at native speed;
``backend = "jieba"`` with jieba's Python segmenter (and its tags from the
dictionary). Either way the user words come from the vocabularies
(organisations, regions, terms) so that their names are single tokens, and
each token carries its jieba part-of-speech tag as ``Token.tag_``.

The backend can be chosen with the environment variable
``POLICYKG_SEGMENTER`` (``rjieba`` or ``jieba``).
"""
from __future__ import annotations

import csv
import logging
import os
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..errors import OntologyError
from ..lexicon import ontology_file, vocabulary

BACKENDS = ("rjieba", "jieba")
USER_WORD_FREQ = 200_000


def user_words() -> list[tuple[str, str]]:
    """(word, tag) for the user dictionary: organisations "nt", regions "ns",
    terms of ``vocab/terms.csv`` "n"."""
    vocab = vocabulary()
    found = {name: "nt" for name, _ in vocab.organization_names()}
    # a city's bare short form (大连) is left to the dictionary, so that 大连接 still splits 大/连接
    found.update({name: "ns" for name, e in vocab.region_names() if not (e.level == "city" and name == e.short)})
    with ontology_file("vocab/terms.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.setdefault(row["term"].strip(), "n")
    return sorted((w, t) for w, t in found.items() if len(w) >= 2)


@lru_cache(maxsize=2)
def tagger(backend: str) -> Callable[[str], list[tuple[str, str]]]:
    """A function text -> [(word, tag)] covering the text, with the user words loaded."""
    if backend == "rjieba":
        import rjieba

        seg = rjieba.Jieba()
        for word, tag in user_words():
            seg.add_word(word, USER_WORD_FREQ, tag)
        return seg.tag
    if backend == "jieba":
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        for word, tag in user_words():
            tok.add_word(word, freq=USER_WORD_FREQ, tag=tag)
        pos = jieba.posseg.POSTokenizer(tok)
        return lambda text: [(p.word, p.flag) for p in pos.cut(text)]
    raise OntologyError(f"segmenter backend {backend!r}; expected one of {', '.join(BACKENDS)}")


class Segmenter:
    """A spaCy tokenizer: text -> Doc with words, spaces and tags."""

    def __init__(self, vocab: Vocab, backend: str):
        self.vocab = vocab
        self.backend = backend
        self.tag = tagger(backend)

    def __call__(self, text: str) -> Doc:
        pairs = self.tag(text)
        words = [w for w, _ in pairs]
        return Doc(self.vocab, words=words, spaces=[False] * len(words), tags=[t or "x" for _, t in pairs])

    def to_bytes(self, **kwargs) -> bytes:  # spaCy serialisation hooks: nothing to save
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> Segmenter:
        return self


@spacy.registry.tokenizers("policykg.segmenter.v1")
def create_segmenter(backend: str = "rjieba") -> Callable[[Language], Segmenter]:
    def make(nlp: Language) -> Segmenter:
        return Segmenter(nlp.vocab, backend)

    return make


def default_backend() -> str:
    backend = os.environ.get("POLICYKG_SEGMENTER", "rjieba")
    if backend not in BACKENDS:
        raise OntologyError(f"POLICYKG_SEGMENTER={backend!r}; expected one of {', '.join(BACKENDS)}")
    return backend


def make_nlp(backend: str | None = None) -> Language:
    """``spacy.blank("zh")`` with the registered segmenter."""
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policykg.segmenter.v1",
                                                           "backend": backend or default_backend()}}})
