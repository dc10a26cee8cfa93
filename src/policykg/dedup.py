"""Reposts: one document per text, however often it is published.

The same policy is republished on many portals, sometimes with another
header, footer or byline and a few edits. Such documents are one document
with several sources: the first in input order (the representative) is
linked, the others are not (their facts would be counted again); their paths
are the representative's ``Document.sources``.

- **exact**: the same normalised text (letters and digits only, full-width
  folded, lower case: whitespace, punctuation and line breaks do not count);
- **near**: MinHash signatures (datasketch) of character shingles of the
  normalised text, indexed with MinHashLSH; a candidate whose estimated
  Jaccard similarity reaches the threshold is confirmed on the two texts
  (:func:`same_text`): sentence by sentence they must agree except at their
  edges (header, footer) and for a few small edits, none of which changes a
  digit. Two different documents that share a long header and footer differ
  inside, by their bodies, and are kept apart.

The thresholds are data (``ontology/rules/dedup.yaml``). A :class:`Deduper`
keeps only signatures in memory (an exact digest, the MinHash values and the
LSH buckets of each representative); the texts of candidates are read back
from the output's ``texts/`` folder when a candidate has to be confirmed.
Decisions depend only on the texts and their input order, so any number of
workers (or a Dask cluster) gives the same result.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import numpy as np

from .errors import OntologyError

__all__ = ["DedupRules", "Deduper", "Signature", "dedup_rules", "normalised", "same_text", "signature_of"]


@dataclass(frozen=True)
class DedupRules:
    shingle: int = 5
    sample: int = 4
    num_perm: int = 64
    seed: int = 1
    threshold: float = 0.8
    min_chars: int = 200
    inner_edit_ratio: float = 0.02
    digit_edits_keep_apart: bool = True


@lru_cache(maxsize=1)
def dedup_rules() -> DedupRules:
    """The rules of ``ontology/rules/dedup.yaml``; OntologyError names a bad value."""
    from .lexicon import rules

    data = rules("dedup")
    values = {}
    for name, default in DedupRules.__dataclass_fields__.items():
        value = data.get(name, default.default)
        kind = type(default.default)
        ok = isinstance(value, bool) if kind is bool else (
            isinstance(value, (int, float)) and not isinstance(value, bool) if kind is float else
            isinstance(value, int) and not isinstance(value, bool))
        if not ok:
            raise OntologyError(f"rules/dedup.yaml: {name} is {value!r}; expected a {kind.__name__}")
        values[name] = kind(value)
    r = DedupRules(**values)
    if r.shingle < 1 or r.sample < 1 or r.num_perm < 4 or r.min_chars < 0:
        raise OntologyError(f"rules/dedup.yaml: shingle, sample, num_perm and min_chars must be positive, got {r}")
    if not 0 < r.threshold <= 1 or not 0 <= r.inner_edit_ratio < 1:
        raise OntologyError(f"rules/dedup.yaml: threshold must be in (0, 1] and inner_edit_ratio in [0, 1), got {r}")
    return r


# ---------------------------------------------------------------- normalisation


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """(keep, fold) over the Basic Multilingual Plane: which characters count
    (letters and digits), and what each becomes (full-width -> ASCII, A-Z -> a-z)."""
    keep = np.fromiter((chr(i).isalnum() for i in range(0x10000)), dtype=bool, count=0x10000)
    keep[0xD800:0xE000] = False  # surrogates
    fold = np.arange(0x10000, dtype=np.uint32)
    fold[0xFF10:0xFF1A] = np.arange(ord("0"), ord("9") + 1)
    fold[0xFF21:0xFF3B] = np.arange(ord("a"), ord("z") + 1)
    fold[0xFF41:0xFF5B] = np.arange(ord("a"), ord("z") + 1)
    fold[ord("A"):ord("Z") + 1] = np.arange(ord("a"), ord("z") + 1)
    return keep, fold


def normalised_codes(text: str) -> np.ndarray:
    """The code points of the normalised text (uint32): letters and digits
    only, full-width folded to ASCII, lower case. Characters outside the
    Basic Multilingual Plane are kept as they are."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    keep, fold = _tables()
    bmp = codes < 0x10000
    small = np.where(bmp, codes, 0)
    mask = np.where(bmp, keep[small], True)
    return np.where(bmp, fold[small], codes)[mask]


def normalised(text: str) -> str:
    """The normalised text (see :func:`normalised_codes`) as a string."""
    return normalised_codes(text).astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


# ---------------------------------------------------------------- signatures


@dataclass(frozen=True, slots=True)
class Signature:
    """What deduplication keeps of a text: a digest of the normalised text
    ("" when it has no letters or digits: never merged), its length, and the
    MinHash values of its shingles (empty below ``min_chars``)."""

    exact: str
    length: int
    minhash: tuple[int, ...] = ()

    def pack(self) -> list:
        return [self.exact, self.length, list(self.minhash)]

    @classmethod
    def unpack(cls, data: object) -> Signature | None:
        """The signature of :meth:`pack`'s output; None when ``data`` is not one."""
        try:
            exact, length, values = data  # type: ignore[misc]
            if isinstance(exact, str) and isinstance(length, int) and all(isinstance(v, int) for v in values):
                return cls(exact, length, tuple(values))
        except (TypeError, ValueError):
            pass
        return None


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int):
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations


def shingle_hashes(codes: np.ndarray, size: int, sample: int) -> np.ndarray:
    """The distinct 32-bit hashes of the ``size``-character shingles of
    ``codes`` whose hash is divisible by ``sample``."""
    n = len(codes) - size + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    c = codes.astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    prime = np.uint64(1_000_003)
    for j in range(size):  # polynomial hash, modulo 2**64 by wrap-around
        h = h * prime + c[j:j + n]
    h = (h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    if sample > 1:
        h = h[h % np.uint64(sample) == 0]
    return np.unique(h)


def signature_of(text: str, rules: DedupRules | None = None) -> Signature:
    """The :class:`Signature` of a document text."""
    from datasketch import MinHash

    r = rules or dedup_rules()
    codes = normalised_codes(text)
    if not len(codes):
        return Signature("", 0)
    exact = hashlib.blake2b(codes.astype("<u4").tobytes(), digest_size=16).hexdigest()
    if len(codes) < r.min_chars:
        return Signature(exact, len(codes))
    m = MinHash(num_perm=r.num_perm, hashfunc=int, scheme="affine32", permutations=_permutations(r.num_perm, r.seed))
    hashes = shingle_hashes(codes, r.shingle, r.sample)
    if not len(hashes):  # a long text of one repeated character: its shingles all sampled out
        hashes = shingle_hashes(codes, r.shingle, 1)
    m.update_batch(hashes.tolist())
    return Signature(exact, len(codes), tuple(int(v) for v in m.hashvalues))


# ---------------------------------------------------------------- confirmation on the texts

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_DIGIT = re.compile(r"\d")
_CHAR_DIFF_UP_TO = 250_000  # len(a) * len(b) up to which a changed stretch is compared character by character


def sentences(text: str) -> list[str]:
    """The normalised sentences of a text (cut at sentence ends and line breaks), empty ones dropped."""
    out = []
    for piece in _SENTENCE_END.split(text):
        n = normalised(piece)
        if n:
            out.append(n)
    return out


@dataclass(frozen=True)
class Comparison:
    shared: int  # characters of the sentences both texts have, in order, within the core
    edits: int  # characters that differ inside the core (both texts together)
    digits: bool  # an inner difference involves a digit


def compare(a: list[str], b: list[str]) -> Comparison:
    """How two texts (their :func:`sentences`) differ inside their core: from the
    first to the last sentence they share, in order."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    equal = [i for i, op in enumerate(ops) if op[0] == "equal"]
    if not equal:
        return Comparison(0, sum(map(len, a)) + sum(map(len, b)), True)
    shared = edits = 0
    digits = False
    for tag, i1, i2, j1, j2 in ops[equal[0]:equal[-1] + 1]:
        if tag == "equal":
            shared += sum(len(s) for s in a[i1:i2])
            continue
        for piece in changed("".join(a[i1:i2]), "".join(b[j1:j2])):
            edits += len(piece)
            digits = digits or bool(_DIGIT.search(piece))
    return Comparison(shared, edits, digits)


def changed(a: str, b: str) -> list[str]:
    """The stretches of ``a`` and of ``b`` that differ (character by character
    when the two are short enough, else both whole)."""
    if len(a) * len(b) > _CHAR_DIFF_UP_TO:
        return [a, b]
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            out += [s for s in (a[i1:i2], b[j1:j2]) if s]
    return out


def same_text(a: str, b: str, rules: DedupRules | None = None) -> bool:
    """True when ``b`` is a repost of ``a``: the same sentences in the same
    order except at the edges, with inner differences of at most
    ``inner_edit_ratio`` of the shared characters and (by default) no changed digit."""
    r = rules or dedup_rules()
    c = compare(sentences(a), sentences(b))
    if not c.shared or c.digits and r.digit_edits_keep_apart:
        return False
    return c.edits <= r.inner_edit_ratio * c.shared


# ---------------------------------------------------------------- the decisions


def _band_key(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=8).digest()


@dataclass
class Deduper:
    """Decides, document after document in input order, whether each repeats
    an earlier one. ``texts``: the folder holding ``{id}.txt`` of every
    document seen (for confirming near duplicates)."""

    texts: Path | None
    rules: DedupRules = field(default_factory=dedup_rules)
    exact: int = 0  # documents merged as exact duplicates
    near: int = 0  # … as near duplicates

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._by_digest: dict[bytes, str] = {}
        self._ids: list[str] = []
        self._values: list[np.ndarray] = []
        self._lsh = MinHashLSH(threshold=self.rules.threshold, num_perm=self.rules.num_perm, hashfunc=_band_key)
        self._last: tuple[str, bytes] | None = None

    def representative(self, doc_id: str, sig: Signature | None, text: str | None = None) -> str:
        """The id of the earlier document ``doc_id`` repeats, or "" when it is
        new (it is then remembered as a representative). Ask once per
        document, in input order. ``text``: the document's text (else read
        from ``texts`` when a candidate has to be confirmed)."""
        if sig is None or not sig.exact:
            return ""
        digest = bytes.fromhex(sig.exact)
        rep = self._by_digest.get(digest)
        if rep is not None:
            self.exact += 1
            return rep
        rep = self._near(doc_id, sig, text)
        self._by_digest[digest] = rep or doc_id  # a later copy of this text goes where this one went
        self._last = (doc_id, digest) if not rep else None
        return rep

    def forget(self, doc_id: str) -> None:
        """Take back the last document found new, when it turns out not to be
        built after all (its extraction failed): its reposts are then not merged."""
        if self._last is None or self._last[0] != doc_id:
            return
        _, digest = self._last
        self._last = None
        del self._by_digest[digest]
        if self._ids and self._ids[-1] == doc_id:
            index = len(self._ids) - 1
            self._lsh.remove(index)
            self._ids[index] = ""

    def _near(self, doc_id: str, sig: Signature, text: str | None) -> str:
        if not sig.minhash:
            return ""
        values = np.asarray(sig.minhash, dtype=np.uint32)
        minhash = self._minhash(values)
        for index in sorted(self._lsh.query(minhash)):
            if np.mean(self._values[index] == values) < self.rules.threshold:
                continue
            rep = self._ids[index]
            if rep and self._confirmed(rep, doc_id, text):
                self.near += 1
                return rep
        index = len(self._ids)
        self._ids.append(doc_id)
        self._values.append(values)
        self._lsh.insert(index, minhash, check_duplication=False)
        return ""

    def _minhash(self, values: np.ndarray):
        from datasketch import MinHash

        return MinHash(num_perm=self.rules.num_perm, hashvalues=values, scheme="affine32",
                       permutations=_permutations(self.rules.num_perm, self.rules.seed))

    def _confirmed(self, rep: str, doc_id: str, text: str | None) -> bool:
        rep_text = self._text(rep)
        doc_text = text if text is not None else self._text(doc_id)
        return rep_text is not None and doc_text is not None and same_text(rep_text, doc_text, self.rules)

    def _text(self, doc_id: str) -> str | None:
        if self.texts is None:
            return None
        try:
            return (self.texts / f"{doc_id}.txt").read_text(encoding="utf-8")
        except OSError:
            return None
