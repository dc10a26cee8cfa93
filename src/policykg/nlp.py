"""NLP stage: spaCy's blank Chinese pipeline with the jieba segmenter.

The user dictionary comes from the closed vocabularies (organisations,
regions), so that names are single tokens. Sentences are split by a
``sentencizer`` on Chinese sentence-final punctuation and line breaks.
Long documents are processed in paragraph-aligned chunks so memory stays
bounded and spaCy's ``max_length`` is never hit.

Nothing here downloads anything: ``spacy.blank("zh")`` needs no model.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import tempfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jieba
import numpy as np
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH
from spacy.language import Language

from .vocab import load_vocabulary, ontology_file

SENTENCE_END = "。！？!?"
CHUNK_CHARS = 20_000

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline: blank zh + jieba (+ vocabulary words) + sentencizer."""
    for word, tag in vocabulary_words():
        jieba.add_word(word, freq=200_000, tag=tag)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("sentencizer", config={"punct_chars": list(SENTENCE_END)})
    return nlp


@lru_cache(maxsize=1)
def dictionary_tags() -> dict[str, str]:
    """The part-of-speech tag of every word of jieba's dictionary: what
    ``jieba.posseg`` parses from the dictionary file when it is imported
    (half a second in every process), kept in a marshal file in the
    temporary folder, like jieba's own cache, and loaded from there (a fifth
    of that). The file is named by a digest of the dictionary."""
    with jieba.dt.get_dict_file() as f:
        data = f.read()
    cached = Path(tempfile.gettempdir()) / f"policykg-jieba-tags.{hashlib.sha256(data).hexdigest()[:16]}.marshal"
    try:
        tags = marshal.loads(cached.read_bytes())
        if isinstance(tags, dict):
            return tags
    except (OSError, EOFError, ValueError, TypeError):  # missing or damaged: parse again
        pass
    tags = {}
    for line in data.split(b"\n"):  # as jieba.posseg reads it
        line = line.strip().decode("utf-8")
        if line:
            word, _, tag = line.split(" ")
            tags[word] = tag
    try:
        fd, tmp = tempfile.mkstemp(prefix=cached.name, dir=cached.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(tags))
        os.replace(tmp, cached)
    except OSError:  # no writable temporary folder: parse again next time
        pass
    return tags


def vocabulary_words() -> list[tuple[str, str]]:
    """(word, part-of-speech tag) for the jieba user dictionary: organisations
    are "nt", regions "ns"."""
    vocab = load_vocabulary()
    words = {name: "nt" for name, _ in vocab.organization_names()}
    # a city's bare short form (大连) is left to jieba's own dictionary, so that
    # "大连接" still splits as 大/连接 and the region matcher can check alignment
    words.update({name: "ns" for name, e in vocab.region_names() if not (e.level == "city" and name == e.short)})
    for term in domain_terms():
        words.setdefault(term, "n")
    return sorted((w, t) for w, t in words.items() if len(w) >= 2)


def domain_terms() -> list[str]:
    """Technical terms that jieba's general dictionary splits badly (物联网 → 物/联网)."""
    import csv

    with ontology_file("vocab/terms.csv").open(encoding="utf-8", newline="") as handle:
        return [row["term"].strip() for row in csv.DictReader(handle) if row["term"].strip()]


@dataclass(frozen=True)
class Chunk:
    """A paragraph-aligned piece of a document and its offset in the document text."""

    offset: int
    text: str


def iter_chunks(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[Chunk]:
    """Cut ``text`` at paragraph breaks into pieces of at most ``max_chars``
    (a single longer paragraph is cut at a sentence end, else hard)."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            cut = text.rfind("\n", start + max_chars // 2, end)
            if cut < 0:
                cut = max(text.rfind(p, start + max_chars // 2, end) for p in SENTENCE_END)
            if cut > start:
                end = cut + 1
        yield Chunk(start, text[start:end])
        start = end





@dataclass(frozen=True)
class Sentence:
    """A sentence with its tokens as (start, end) character offsets in the document."""

    start: int
    end: int
    text: str
    tokens: tuple[tuple[int, int], ...]
    paragraph: int  # index of the paragraph the sentence is in

    def token_starts(self) -> set[int]:
        return {s for s, _ in self.tokens}

    @property
    def token_offsets(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(starts, ends) of the tokens, each in document order (tokens do not
        overlap), for bisecting; computed once per sentence (``sentences_of``
        fills it in from its token table)."""
        offsets = self.__dict__.get("_token_offsets")
        if offsets is None:
            offsets = tuple(zip(*self.tokens)) or ((), ())
            self.__dict__["_token_offsets"] = offsets  # a cache, not a field: the dataclass stays frozen
        return offsets


def sentences_of(text: str) -> list[Sentence]:
    """Split a document text into sentences (with jieba tokens), chunk by chunk.

    A sentence ends at 。！？ (with any closing quotes/brackets after it) or at a
    line break; blank-line runs start a new paragraph.

    Only the tokenizer (jieba) runs through spaCy; the sentence boundaries are
    those of the pipeline's ``sentencizer``, computed here from the token
    arrays (``Doc.to_array``) instead of ``Token``/``Span`` objects, which cost
    as much as the tokenising itself."""
    out: list[Sentence] = []
    paragraph = 0
    nlp = get_nlp()
    for chunk in iter_chunks(text):
        base = chunk.offset
        ctext = chunk.text
        doc = nlp.make_doc(ctext)
        if not len(doc):
            continue
        table = _TokenTable(doc, base)
        for sent_start, sent_end in table.sentence_bounds():
            for piece_start, piece_end in split_lines(sent_start, sent_end, ctext):
                raw = ctext[piece_start:piece_end]
                if raw.strip():
                    lead = len(raw) - len(raw.lstrip())
                    trail = len(raw.rstrip())
                    s, e = piece_start + lead, piece_start + trail
                    if out and text[out[-1].end : base + s].count("\n") >= 2:
                        paragraph += 1
                    out.append(table.sentence(s, e, text[base + s : base + e], paragraph))
    return move_openers(merge_closing_quotes(out, text), text)


_TOKEN_ATTRS = [IDX, LENGTH, IS_SPACE, IS_PUNCT, ORTH]


@lru_cache(maxsize=1)
def _sentence_end_ids() -> np.ndarray:
    strings = get_nlp().vocab.strings
    return np.array(sorted(strings.add(p) for p in get_nlp().get_pipe("sentencizer").punct_chars), dtype=np.uint64)


class _TokenTable:
    """The tokens of one chunk as columns (from one ``Doc.to_array`` call), and
    the non-space tokens as (start, end) document offsets, to slice out each
    sentence's tokens."""

    def __init__(self, doc, base: int):
        rows = doc.to_array(_TOKEN_ATTRS)
        self.base = base
        self.starts = rows[:, 0]  # chunk offsets
        self.ends = self.starts + rows[:, 1]
        self.is_punct = rows[:, 3].astype(bool)
        self.is_end = np.isin(rows[:, 4], _sentence_end_ids())
        words = ~rows[:, 2].astype(bool)
        self.word_starts = tuple((self.starts[words] + base).tolist())  # document offsets
        self.word_ends = tuple((self.ends[words] + base).tolist())
        self.words = tuple(zip(self.word_starts, self.word_ends))

    def sentence_bounds(self) -> Iterator[tuple[int, int]]:
        """(start_char, end_char) of each sentence in the chunk, exactly as spaCy's
        ``Sentencizer`` cuts them: a sentence starts at the first token that is
        neither punctuation nor a sentence-final character, after a sentence-final one."""
        first = 0
        for i in self._sentence_starts():
            yield int(self.starts[first]), int(self.ends[i - 1])
            first = i
        yield int(self.starts[first]), int(self.ends[-1])

    def _sentence_starts(self) -> list[int]:
        # token i starts a sentence iff it could start one (not punctuation,
        # not a sentence end) and a sentence end lies between it and the
        # previous such token: i is the next possible start after some end
        can_start = np.flatnonzero(~self.is_punct & ~self.is_end)
        after_end = np.searchsorted(can_start, np.flatnonzero(self.is_end), side="right")
        after_end = np.unique(after_end[after_end < len(can_start)])
        return can_start[after_end].tolist()

    def sentence(self, start: int, end: int, text: str, paragraph: int) -> Sentence:
        """The sentence at the chunk characters [start, end), with the non-space
        tokens overlapping it (and their offsets, ready for ``token_offsets``)."""
        first = bisect_right(self.word_ends, self.base + start)  # first token ending after start
        last = bisect_left(self.word_starts, self.base + end)  # first token starting at or after end
        sent = Sentence(self.base + start, self.base + end, text, self.words[first:last], paragraph)
        sent.__dict__["_token_offsets"] = (self.word_starts[first:last], self.word_ends[first:last])
        return sent


def split_lines(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            yield pos, end
            return
        yield pos, nl
        pos = nl + 1


CLOSERS = re.compile(r"^[”’」』）)】]+")


def merge_closing_quotes(sents: list[Sentence], text: str) -> list[Sentence]:
    """The sentencizer splits 。” into 。 | ” … : move the closer back."""
    out: list[Sentence] = []
    for sent in sents:
        m = CLOSERS.match(sent.text)
        if m and out and out[-1].end == sent.start:
            prev = out.pop()
            k = m.end()
            out.append(Sentence(prev.start, prev.end + k, text[prev.start : prev.end + k], prev.tokens, prev.paragraph))
            if k < len(sent.text):
                rest = sent.text[k:]
                lead = len(rest) - len(rest.lstrip())
                s = sent.start + k + lead
                out.append(Sentence(s, sent.end, text[s : sent.end], tuple(t for t in sent.tokens if t[0] >= s), sent.paragraph))
            continue
        out.append(sent)
    return out


OPENER_CHARS = "《“‘（(「『【"
OPENERS = re.compile(rf"[{OPENER_CHARS}]+$")


def trailing_openers(text: str) -> re.Match | None:
    """``OPENERS.search(text)``, skipped when the text cannot end in an opener."""
    if text[-1:] in OPENER_CHARS or text.endswith("\n"):
        return OPENERS.search(text)
    return None


def move_openers(sents: list[Sentence], text: str) -> list[Sentence]:
    """jieba can glue "。《" into one token: give the opening bracket back to the next sentence."""
    out: list[Sentence] = []
    carry = 0
    for sent in sents:
        start = sent.start - carry
        if carry and text[start : sent.start].strip() == text[start : sent.start]:
            sent = Sentence(start, sent.end, text[start : sent.end], ((start, sent.start), *sent.tokens), sent.paragraph)
        m = trailing_openers(sent.text)
        carry = 0
        if m and m.start() > 0:
            carry = len(m.group())
            end = sent.end - carry
            sent = Sentence(sent.start, end, text[sent.start : end], tuple(t for t in sent.tokens if t[1] <= end), sent.paragraph)
        out.append(sent)
    return out


def trie_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One compiled regex matching any of ``words``, longest first, built from a
    character trie (fast even for thousands of names). When every word has two
    characters or more, a lookahead on the first two lets the regex engine skip
    the positions where no word can start without entering the trie."""
    trie: dict = {}
    words = {word for word in words if word}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    pattern = _trie_pattern(trie)
    if words and min(map(len, words)) >= 2:
        firsts = re.escape("".join(sorted({w[0] for w in words})))
        seconds = re.escape("".join(sorted({w[1] for w in words})))
        pattern = f"(?=[{firsts}][{seconds}])(?:{pattern})"
    return re.compile(pattern)


def _trie_pattern(node: dict) -> str:
    branches = []
    optional = "" in node
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body
