"""Per-document extraction cache: a rebuild re-extracts only what changed.

An entry holds the pickled :class:`~policykg.records.Extraction` of one loaded
:class:`~policykg.records.Document`. Its key is a SHA-256 of

- the document as loaded: id, path, text and metadata (title, date, source,
  format, encoding) — a changed file, a renamed file or a changed id is a miss;
- the extractor: ``EXTRACTOR_VERSION`` plus a digest of the extraction code
  and the vocabularies it reads, so that changing the version (or the code)
  invalidates every entry without anyone having to remember to clear the cache.

Layout: ``<cache dir>/<extractor digest>/<key[:2]>/<key>.pickle``. Writes are
atomic (temporary file in the same folder, then ``os.replace``), so a build
killed mid-write never leaves a half entry under a real name. An entry that
cannot be read back (truncated, garbage, from another Python, for another
document) is reported as a warning and treated as a miss; the fresh extraction
overwrites it.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .extract import EXTRACTOR_VERSION
from .records import Document, Extraction

CACHE_DIR_NAME = ".policykg-cache"

# the modules whose code decides what an Extraction holds
EXTRACTION_MODULES = ("extract", "nlp", "entities", "relations", "quantities", "time", "link", "vocab", "records", "load")


def default_cache_dir(out: str | Path) -> Path:
    """``.policykg-cache/`` beside the output folder."""
    return Path(out).resolve().parent / CACHE_DIR_NAME


@lru_cache(maxsize=1)
def extractor_digest() -> str:
    """``EXTRACTOR_VERSION`` + the extraction code + the vocabularies, hashed."""
    h = hashlib.sha256(f"policykg-extractor\0{EXTRACTOR_VERSION}\0".encode())
    pkg = Path(__file__).resolve().parent
    for name in EXTRACTION_MODULES:
        path = pkg / f"{name}.py"
        h.update(name.encode() + b"\0")
        if path.is_file():
            h.update(path.read_bytes())
    try:
        from .vocab import ontology_dir

        vocab = Path(ontology_dir()) / "vocab"
        for path in sorted(vocab.glob("*")) if vocab.is_dir() else ():
            if path.is_file():
                h.update(path.name.encode() + b"\0" + path.read_bytes())
    except Exception:  # noqa: BLE001 - no vocabulary folder: the code digest still holds
        pass
    return h.hexdigest()[:20]


def document_key(doc: Document) -> str:
    """Content hash of a loaded document (id, path, text, metadata) and the extractor."""
    h = hashlib.sha256(extractor_digest().encode())
    for value in (doc.id, doc.path, doc.title, doc.date, doc.source, doc.format, doc.encoding):
        h.update(b"\0" + value.encode("utf-8", "surrogatepass"))
    h.update(b"\0" + doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@dataclass(frozen=True)
class TextlessDocument(Document):
    """A :class:`Document` whose text lives elsewhere (written to ``texts/``,
    hashed into the cache key): ``text`` is empty, ``chars`` is its length.
    What the build keeps for linking and caches, so that neither memory nor
    the cache holds the corpus' texts."""

    chars: int = 0


def textless(doc: Document) -> TextlessDocument:
    if isinstance(doc, TextlessDocument):
        return doc
    fields = {name: getattr(doc, name) for name in Document.__dataclass_fields__}
    fields.update(text="", chars=len(doc.text))
    return TextlessDocument(**fields)


@dataclass
class ExtractionCache:
    """Extractions on disk, one file per document."""

    folder: Path
    hits: int = 0
    misses: int = 0
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        self.root = self.folder / extractor_digest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, doc: Document, key: str | None = None) -> Extraction | None:
        """The cached extraction of ``doc``, or None (a miss; corrupt entries warn)."""
        key = key or document_key(doc)
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as err:
            self._corrupt(doc, path, f"unreadable ({err.strerror or err})")
            return None
        try:
            stored_key, extraction = pickle.loads(data)
            if stored_key != key or not isinstance(extraction, Extraction) or extraction.document != textless(doc):
                raise ValueError("entry is for another document")
        except Exception as err:  # noqa: BLE001 - any unreadable entry is a miss
            self._corrupt(doc, path, f"{type(err).__name__}: {err}"[:200])
            return None
        self.hits += 1
        return extraction

    def _corrupt(self, doc: Document, path: Path, why: str) -> None:
        self.misses += 1
        self.warnings.append(f"cache entry for {doc.path} ignored, re-extracting: {path.name}: {why}")

    def put(self, key: str, extraction: Extraction) -> None:
        write_entry(self.path(key), key, extraction)


def write_entry(path: Path, key: str, extraction: Extraction) -> None:
    """Write one entry (its document made text-less) atomically (never raises: a cache that cannot be written
    only costs time on the next build)."""
    if not isinstance(extraction.document, TextlessDocument):
        extraction = replace(extraction, document=textless(extraction.document))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:16]}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump((key, extraction), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass
