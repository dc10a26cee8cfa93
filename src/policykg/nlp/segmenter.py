"""The segmenter of the spaCy pipeline, registered as ``policykg.segmenter.v1``.

Three backends cut a text into words with jieba's dictionary, the user words
of the vocabularies (organisations "nt", regions "ns", terms "n", loaded the
same way into each) and jieba's part-of-speech tags (``Token.tag_``):

- ``rjieba`` (the default): jieba-rs through the rjieba binding, jieba's
  algorithm (dictionary DAG + HMM for unknown words) at native speed. Where
  jieba-rs keeps a run of letters, digits and ``-._%+#&`` whole
  (2021-2023, TFT-LCD, www.gov.cn) jieba's Python segmenter cuts it at the
  punctuation (2021/-/2023): the run is cut as jieba cuts it, so that both
  backends give the same words (``benchmarks/segmenter.py`` measures it).
- ``jieba``: jieba's Python segmenter (``Tokenizer.cut``, the segmenter of
  spaCy's own ``zh`` pipeline), the same algorithm; a word's tag is its
  dictionary tag, or for a word the HMM found, what jieba's part-of-speech
  HMM gives its last character (``m``/``eng``/``x`` for runs of digits,
  letters, other characters), as jieba-rs does.
- ``jieba-posseg``: ``jieba.posseg``, which segments with its own
  part-of-speech HMM: other words than ``jieba.cut`` on about half of the
  paragraphs, and four times slower. Kept for comparison.

The backend is chosen by the environment variable ``POLICYKG_SEGMENTER``
(default ``rjieba``). The user words are the same whatever the backend.
"""
from __future__ import annotations

import csv
import logging
import os
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

import numpy as np
import spacy
from spacy.attrs import TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..errors import OntologyError
from ..lexicon import common_words, counties, ontology_file, rules, vocabulary
from ..countries import countries

BACKENDS = ("rjieba", "jieba", "jieba-posseg")
USER_WORD_FREQ = 200_000

Tagger = Callable[[str], list[tuple[str, str]]]


def user_words() -> list[tuple[str, str]]:
    """(word, tag) for the user dictionary: organisations "nt", regions and counties "ns",
    terms of ``vocab/terms.csv`` "n"."""
    vocab = vocabulary()
    found = {name: "nt" for name, _ in vocab.organization_names()}
    # a city's bare short form (大连) is left to the dictionary, so that 大连接 still splits 大/连接
    found.update({name: "ns" for name, e in vocab.region_names() if not (e.level == "city" and name == e.short)})
    # counties whose name is no common word before its suffix (大足区, not 大足|区万; not 东方市, which
    # would cut 东方市场)
    found.update({name: "ns" for name in counties() if name[:-1] not in common_words()})
    with ontology_file("vocab/terms.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.setdefault(row["term"].strip(), "n")
    found.update({name: "nz" for name in bilateral_names()})
    return sorted((w, t) for w, t in found.items() if len(w) >= 2)


def bilateral_names() -> list[str]:
    """中 + a country's one-character short form + a route's head (中老铁路, 中巴经济走廊)."""
    short = sorted(alias for alias in countries() if len(alias) == 1)
    return [f"中{c}{head}" for c in short for head in rules("places")["bilateral_heads"]]


# jieba cuts a run of non-Han word characters that is not a dictionary word
# like this (jieba.finalseg's re_skip): letters and digits with a decimal part
# and a percent sign stay together, everything between them is a word
_ASCII_PIECE = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def ascii_tag(word: str) -> str:
    """jieba-rs's tag of a word not in the dictionary: "m" all digits, "eng"
    with letters, "x" without either."""
    alnum = sum(c.isascii() and c.isalnum() for c in word)
    if not alnum:
        return "x"
    return "m" if alnum == sum(c.isascii() and c.isdigit() for c in word) else "eng"


def jieba_pieces(word: str) -> list[str]:
    """``word`` (a run of letters, digits and -._%+#&) cut as jieba cuts it."""
    return [p for p in _ASCII_PIECE.split(word) if p]


class RjiebaTagger:
    """rjieba's words and tags, cut and tagged as jieba does (see the module's docstring)."""

    def __init__(self) -> None:
        import rjieba

        self.seg = seg = rjieba.Jieba()
        # jieba-rs's add_word keeps the dictionary's tag of a word it knows (京津冀 "n"),
        # where jieba gives the user's ("ns"): those words get the user's tag afterwards
        self.retags: dict[str, str] = {}
        for word, tag in user_words():
            if seg.has_word(word) and seg.tag(word, False) != [(word, tag)]:
                self.retags[word] = tag
            seg.add_word(word, USER_WORD_FREQ, tag)

    def __call__(self, text: str) -> list[tuple[str, str]]:
        pairs = self.untagged_user_words(text)
        words = list(map(itemgetter(0), pairs))
        tags = self.user_tags(words, list(map(itemgetter(1), pairs)))
        return list(zip(words, tags))

    def user_tags(self, words: list[str], tags: list[str]) -> list[str]:
        """``tags`` with the user's tag for each user word of ``retags`` (looked up only when a word is one)."""
        if not self.retags.keys().isdisjoint(words):
            retags = self.retags
            tags = [retags.get(w, t) for w, t in zip(words, tags)]
        return tags

    def untagged_user_words(self, text: str) -> list[tuple[str, str]]:
        """The words and tags, except that the user words of ``retags`` keep the dictionary's tag
        (:meth:`user_tags` gives them theirs)."""
        pairs = self.seg.tag(text)
        runs = [m.span() for m in _ASCII_RUN_WITH_PUNCT.finditer(text)]
        if not runs:
            return pairs
        ends = list(accumulate(map(len, map(itemgetter(0), pairs))))
        out: list[tuple[str, str]] = []
        done = 0  # pairs[:done] are in out
        for start, end in runs:  # the words inside a run, cut as jieba cuts them
            i = bisect_right(ends, start)
            while i < len(pairs) and ends[i] <= end:
                pieces = self.ascii_pieces(pairs[i][0])
                if pieces:
                    out += pairs[done:i]
                    out += pieces
                    done = i + 1
                i += 1
        out += pairs[done:]
        return out

    def ascii_pieces(self, word: str) -> list[tuple[str, str]]:
        """``word`` (letters, digits and -._%+#&) as jieba's words and tags, when jieba
        cuts it and jieba-rs does not; else []."""
        if len(word) < 2 or not word.isascii() or self.seg.has_word(word):
            return []
        pieces = jieba_pieces(word)
        return [(p, ascii_tag(p)) for p in pieces] if len(pieces) > 1 else []


def rjieba_tagger() -> Tagger:
    return RjiebaTagger()


_ASCII_RUN_WITH_PUNCT = re.compile(r"[a-zA-Z0-9+#&._%\-]*[+#&._%\-][a-zA-Z0-9+#&._%\-]*")


def jieba_tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for word, tag in user_words():
        tok.add_word(word, freq=USER_WORD_FREQ, tag=tag)
    return tok


def jieba_tagger() -> Tagger:
    import jieba.posseg as posseg

    tok = jieba_tokenizer()
    tags = dict(posseg.dt.word_tag_tab)
    tags.update(tok.user_word_tag_tab)
    han = re.compile(r"[\u4E00-\u9FD5]")

    def unknown(word: str) -> str:
        if not han.search(word):
            return ascii_tag(word)
        _, states = posseg.viterbi(word, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
        return states[-1][1]

    def tag(text: str) -> list[tuple[str, str]]:
        return [(w, tags.get(w) or unknown(w)) for w in tok.cut(text)]

    return tag


def posseg_tagger() -> Tagger:
    import jieba.posseg as posseg

    pos = posseg.POSTokenizer(jieba_tokenizer())
    return lambda text: [(p.word, p.flag) for p in pos.cut(text)]


@lru_cache(maxsize=3)
def tagger(backend: str) -> Tagger:
    """A function text -> [(word, tag)] covering the text, with the user words loaded."""
    makers = {"rjieba": rjieba_tagger, "jieba": jieba_tagger, "jieba-posseg": posseg_tagger}
    if backend not in makers:
        raise OntologyError(f"segmenter backend {backend!r}; expected one of {', '.join(BACKENDS)}")
    return makers[backend]()


class Segmenter:
    """A spaCy tokenizer: text -> Doc with words, spaces and tags."""

    def __init__(self, vocab: Vocab, backend: str):
        self.vocab = vocab
        self.backend = backend
        self.tag = tagger(backend)
        self.tag_ids: dict[str, int] = {}
        fast = isinstance(self.tag, RjiebaTagger)
        self.pairs = self.tag.untagged_user_words if fast else self.tag
        self.user_tags = self.tag.user_tags if fast else None

    def __call__(self, text: str) -> Doc:
        words, tags = self.words_and_tags(text)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        if words:  # the tags as one array: a third of the time of Doc(tags=...)
            ids = self.tag_ids
            for new in set(tags).difference(ids):
                ids[new] = self.vocab.strings.add(new or "x")
            array = np.fromiter(map(ids.__getitem__, tags), dtype=np.uint64, count=len(tags))
            doc.from_array([TAG], array.reshape(-1, 1))
        return doc

    def words_and_tags(self, text: str) -> tuple[list[str], list[str]]:
        """The words of ``text`` and their tags as the Doc gets them (a tag "" is "x" there), without the Doc."""
        pairs = self.pairs(text)
        words, tags = list(map(itemgetter(0), pairs)), list(map(itemgetter(1), pairs))
        if self.user_tags is not None and pairs:
            tags = self.user_tags(words, tags)
        return words, tags

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
    """The backend named by ``POLICYKG_SEGMENTER`` (default rjieba)."""
    backend = os.environ.get("POLICYKG_SEGMENTER", "") or "rjieba"
    if backend not in BACKENDS:
        raise OntologyError(f"POLICYKG_SEGMENTER={backend!r}; expected one of {', '.join(BACKENDS)}")
    return backend


def make_nlp(backend: str | None = None) -> Language:
    """``spacy.blank("zh")`` with the registered segmenter."""
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policykg.segmenter.v1",
                                                           "backend": backend or default_backend()}}})
