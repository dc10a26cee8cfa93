"""Per-document extraction cache: a rebuild re-extracts only what changed.

An entry holds the extraction of one loaded :class:`~policykg.records.Document`,
pickled in the compact form the linker takes (:class:`~policykg.records.LinkInput`). Its key is a SHA-256 of

- the document as loaded: id, path, text and metadata (title, date, source,
  format, encoding) — a changed file, a renamed file or a changed id is a miss;
- the extractor: ``EXTRACTOR_VERSION`` plus a digest of the extraction code
  and the vocabularies it reads, so that changing the version (or the code)
  invalidates every entry without anyone having to remember to clear the cache.

Beside the entries, ``sources.pickle`` remembers each input file as it was at
the last build (path, id, size, modification time, inode) with its entry's key
and a digest of its loaded text: an unchanged file is neither read nor loaded
again — its extraction comes from its entry, its text from the previous
output's ``texts/`` (checked against the digest). And ``outputs/`` holds,
for each output folder built into, an :class:`OutputIndex`: where each
document's pieces of the output files are, so that a rebuild can copy those
that did not change (see ``export.Pieces``).

Layout: ``<cache dir>/<extractor digest>/<key[:2]>/<key>.pickle``; the
folders of other extractor digests are deleted after a build. Writes are
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
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .records import Document, LinkInput

CACHE_DIR_NAME = ".policykg-cache"
VERSION_DIR = re.compile(r"[0-9a-f]{20}")  # an extractor digest

# the modules whose code decides what an extraction holds
EXTRACTION_MODULES = ("extract", "nlp", "entities", "relations", "quantities", "time", "vocab", "records", "load")


def default_cache_dir(out: str | Path) -> Path:
    """``.policykg-cache/`` beside the output folder."""
    return Path(out).resolve().parent / CACHE_DIR_NAME


@lru_cache(maxsize=1)
def extractor_digest() -> str:
    """``EXTRACTOR_VERSION`` + the extraction code + the vocabularies, hashed."""
    from .extract import EXTRACTOR_VERSION  # not at the top: the export imports this module, not the extractor

    return files_digest(f"policykg-extractor\0{EXTRACTOR_VERSION}", EXTRACTION_MODULES, "vocab")[:20]


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Every module of the package and every ontology file, hashed: what the
    outputs are made with (see :class:`OutputIndex`)."""
    pkg = Path(__file__).resolve().parent
    return files_digest("policykg-code", sorted(p.stem for p in pkg.glob("*.py")), "")[:20]


def files_digest(salt: str, modules: Iterable[str], ontology_folder: str) -> str:
    """SHA-256 of ``salt``, the package's ``modules`` and the files in the ontology's ``ontology_folder``."""
    h = hashlib.sha256(salt.encode() + b"\0")
    pkg = Path(__file__).resolve().parent
    for name in modules:
        path = pkg / f"{name}.py"
        h.update(name.encode() + b"\0")
        if path.is_file():
            h.update(path.read_bytes())
    try:
        from .vocab import ontology_dir

        folder = Path(ontology_dir()) / ontology_folder
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file():
                h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    except Exception:  # noqa: BLE001 - no ontology folder: the code digest still holds
        pass
    return h.hexdigest()


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
    """Extractions (:class:`~policykg.records.LinkInput`) on disk, one file per document."""

    folder: Path
    hits: int = 0
    misses: int = 0
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        self.root = self.folder / extractor_digest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, doc: Document, key: str | None = None) -> LinkInput | None:
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
            if stored_key != key or not isinstance(extraction, LinkInput) or extraction.document != textless(doc):
                raise ValueError("entry is for another document")
        except Exception as err:  # noqa: BLE001 - any unreadable entry is a miss
            self._corrupt(doc, path, f"{type(err).__name__}: {err}"[:200])
            return None
        self.hits += 1
        return extraction

    def _corrupt(self, doc: Document, path: Path, why: str) -> None:
        self.misses += 1
        self.warnings.append(f"cache entry for {doc.path} ignored, re-extracting: {path.name}: {why}")

    def put(self, key: str, extraction: LinkInput) -> None:
        write_entry(self.path(key), key, extraction)

    def by_key(self, key: str) -> LinkInput | None:
        """The entry stored under ``key`` (None when missing or unreadable; no counting)."""
        try:
            stored_key, extraction = pickle.loads(self.path(key).read_bytes())
        except Exception:  # noqa: BLE001 - any unreadable entry: the caller loads the file instead
            return None
        return extraction if stored_key == key and isinstance(extraction, LinkInput) else None

    def drop_other_versions(self) -> None:
        """Delete the entries of other extractor versions: this code can never
        hit them, and without this the cache would grow with every upgrade."""
        try:
            folders = [p for p in self.folder.iterdir() if p.is_dir() and p != self.root and VERSION_DIR.fullmatch(p.name)]
        except OSError:
            return
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)

    def sources(self) -> "SourceIndex":
        return SourceIndex.read(self.root / "sources.pickle")

    def outputs(self, out: str | Path) -> "OutputIndex":
        """The index of the last build into the folder ``out`` (empty when there is none)."""
        folder = str(Path(out).resolve())
        return OutputIndex.read(self.root / "outputs" / f"{hashlib.sha256(folder.encode()).hexdigest()[:20]}.pickle", folder)


FileState = tuple[int, int, int]  # size, modification time (ns), inode


def file_state(path: str) -> FileState | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


def text_digest(text: str | bytes) -> str:
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


@dataclass
class SourceIndex:
    """(path, id) -> (file state, entry key, digest of the loaded text), as of the last build."""

    file: Path
    entries: dict[tuple[str, str], tuple[FileState, str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, file: Path) -> "SourceIndex":
        try:
            entries = pickle.loads(file.read_bytes())
            if not isinstance(entries, dict):
                raise ValueError(file)
        except Exception:  # noqa: BLE001 - missing or unreadable: every file is loaded
            entries = {}
        return cls(file, entries)

    def lookup(self, path: str, doc_id: str, state: FileState | None) -> tuple[str, str] | None:
        """(entry key, text digest) if the file is as it was at the last build."""
        entry = self.entries.get((path, doc_id))
        return (entry[1], entry[2]) if entry and state is not None and entry[0] == state else None

    def record(self, path: str, doc_id: str, state: FileState | None, key: str, digest: str) -> None:
        if state is not None:
            self.entries[(path, doc_id)] = (state, key, digest)

    def save(self) -> None:
        """Write atomically (never raises: a lost index only costs loading time)."""
        atomic_pickle(self.file, self.entries)


Piece = tuple[str, int, int, int]  # output file (relative to the output folder), start and end byte, items in it


@dataclass
class OutputIndex:
    """Where the last build into one output folder wrote each document's
    pieces of the output files (its block of graph.ttl, its rows of each
    per-document table …), with a fingerprint of what each document's
    pieces were made from (see ``export.Pieces``). Valid for the outputs
    made by the same code (``code``), and for each file only while it is as
    written (``files``: size, modification time, inode)."""

    file: Path
    out: str  # the output folder, resolved
    code: str = ""
    files: dict[str, FileState] = field(default_factory=dict)
    docs: dict[str, tuple[str, dict[str, Piece]]] = field(default_factory=dict)  # doc id -> (fingerprint, part -> piece)

    @classmethod
    def read(cls, file: Path, out: str) -> "OutputIndex":
        """The stored index (empty when missing, unreadable, or for another folder or code)."""
        try:
            stored = pickle.loads(file.read_bytes())
            if not isinstance(stored, cls) or stored.out != out or stored.code != code_digest():
                raise ValueError(file)
        except Exception:  # noqa: BLE001 - no usable index: every piece is made anew
            return cls(file, out, code_digest())
        stored.file = file
        return stored

    def save(self) -> None:
        """Write atomically (never raises: a lost index only costs export time)."""
        atomic_pickle(self.file, self)


def write_entry(path: Path, key: str, extraction: LinkInput) -> None:
    """Write one entry (its document made text-less) atomically (never raises: a cache that cannot be written
    only costs time on the next build)."""
    if not isinstance(extraction.document, TextlessDocument):
        extraction = extraction._replace(document=textless(extraction.document))
    atomic_pickle(path, (key, extraction))


def atomic_pickle(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` through a temporary file in the same folder;
    errors are swallowed (the cache only saves time)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:16]}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass
