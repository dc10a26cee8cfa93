"""Per-document extraction cache: a rebuild re-extracts only what changed.

An entry holds the extraction of one loaded document in the packed form of
``records.pack`` (plain lists, strings and numbers), stored as JSON: a cache
entry is data, never code, so whoever can write into the cache folder can
at worst cost a re-extraction. Its key is a SHA-256 of

- the document as loaded (id, path, text and metadata): a changed file, a
  renamed file or a changed id is a miss;
- the extractor: every module the registered extractors run (found from the
  registry and what those modules import), every file under ``ontology/``,
  and the segmenter backend with its package's version (rjieba and jieba
  cut a few words differently) and datasketch's, so that changing an
  extractor, a rule file or the segmenter invalidates what it affects
  without anyone keeping a list of modules.

An entry may also hold the dedup signature of the document's text
(``dedup.Signature``), so that an unchanged repost is recognised without
reading it again.

Beside the entries, ``sources.json`` remembers each input file as it was at
the last build (path, id, size, modification time, inode) with its entry's
key and a digest of its loaded text: an unchanged file is not read again.

Layout: ``<cache dir>/<extractor digest>/<key[:2]>/<key>.json``; the folders
of other extractor digests are deleted after a build. Writes are atomic; an
entry that cannot be read back is a warning and a miss.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import types
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .records import Document, pack, unpack

CACHE_DIR_NAME = ".policykg-cache"
VERSION_DIR = re.compile(r"[0-9a-f]{20}")
EXTRACTOR_VERSION = "2"


def default_cache_dir(out: str | Path) -> Path:
    """``.policykg-cache/`` beside the output folder."""
    return Path(out).resolve().parent / CACHE_DIR_NAME


def extraction_modules() -> list[types.ModuleType]:
    """The package's modules that loading, structure and extraction run: ``load``, ``structure``, ``extract``, every
    registered extractor's module, and every policykg module they use — by a module, a function or class they hold,
    or any name their ``from … import`` lines take (a compiled pattern or a word list has no module of its own). An
    unchanged file's cached extraction is used without loading it again, so the code that loads it counts too."""
    from . import extract, load, structure
    from .extractors.registry import run_order

    todo = [load, structure, extract, *(sys.modules[ex.module] for ex in run_order())]
    seen: dict[str, types.ModuleType] = {}
    while todo:
        module = todo.pop()
        if module.__name__ in seen:
            continue
        seen[module.__name__] = module
        names = [value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
                 for value in vars(module).values()] + imported_modules(module)
        for name in names:
            if isinstance(name, str) and name.startswith("policykg") and name not in seen and name in sys.modules:
                todo.append(sys.modules[name])
    return [seen[name] for name in sorted(seen)]


FROM_IMPORT = re.compile(r"^\s*from\s+(\.*[\w.]*)\s+import\b", re.MULTILINE)


def imported_modules(module: types.ModuleType) -> list[str]:
    """The policykg modules a module's source names in its ``from X import …`` lines (relative ones resolved),
    imported if a function imports them only when it runs, so that every process counts the same modules."""
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return []
    package = module.__package__ or module.__name__.rpartition(".")[0]
    out = []
    for name in FROM_IMPORT.findall(Path(path).read_text(encoding="utf-8")):
        full = importlib.util.resolve_name(name, package) if name.strip(".") else ""
        if full.startswith("policykg") and full not in sys.modules:
            importlib.import_module(full)
        out += [full] if full else []
    return out


@lru_cache(maxsize=1)
def extractor_digest() -> str:
    """The extraction code and the ontology's files, hashed."""
    from .lexicon import ontology_dir

    h = hashlib.sha256(f"policykg-extractor\0{EXTRACTOR_VERSION}\0{segmenter_version()}\0".encode())
    for module in extraction_modules():
        path = getattr(module, "__file__", None)
        h.update(module.__name__.encode() + b"\0")
        if path and os.path.isfile(path):
            h.update(Path(path).read_bytes())
    folder = ontology_dir()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:20]


def segmenter_version() -> str:
    """The segmenter backend and its package's version, and datasketch's (the
    dedup signatures stored with the entries): "rjieba 0.2.2, datasketch 2.0.0"."""
    from importlib.metadata import PackageNotFoundError, version

    from .nlp.segmenter import default_backend

    def of(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "?"

    backend = default_backend()
    return f"{backend} {of('rjieba' if backend == 'rjieba' else 'jieba')}, datasketch {of('datasketch')}"


def document_key(doc: Document) -> str:
    """Content hash of a loaded document (text, metadata and structure) and the extractor."""
    h = hashlib.sha256(extractor_digest().encode())
    meta = [doc.id, doc.path, doc.title, doc.date, doc.source, doc.format, doc.encoding, doc.url,
            [list(m) for m in doc.meta], doc.genre, [list(p.__reduce__()[1]) for p in doc.parts], list(doc.sources)]
    h.update(json.dumps(meta, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    h.update(b"\0" + doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@dataclass
class ExtractionCache:
    """Packed extractions on disk, one JSON file per document."""

    folder: Path
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        self.root = self.folder / extractor_digest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, doc: Document, key: str) -> list | None:
        """The packed extraction of ``doc``, or None (a miss; an unreadable entry warns)."""
        found = self.entry(doc, key)
        return found[0] if found is not None else None

    def entry(self, doc: Document, key: str) -> Entry | None:
        """(packed extraction, packed dedup signature or None) of ``doc``, or None
        (a miss; an unreadable entry warns)."""
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:
            self.warnings.append(f"cache entry for {doc.path} ignored, re-extracting: {path.name}: {err.strerror or err}")
            return None
        found = decode_entry(data, key)
        if found is None or found[0][1][0] != doc.id or found[0][1][1] != doc.path:
            self.warnings.append(f"cache entry for {doc.path} ignored, re-extracting: {path.name}: not an entry for this document")
            return None
        return found

    def entry_by_key(self, key: str) -> Entry | None:
        """(packed extraction, packed signature or None) stored under ``key`` (None when missing or unreadable)."""
        try:
            return decode_entry(self.path(key).read_bytes(), key)
        except OSError:
            return None

    def put(self, key: str, packed: list, signature: list | None = None) -> None:
        """Store a packed extraction (and the dedup signature of its text, when known)."""
        entry = [key, packed] if signature is None else [key, packed, signature]
        atomic_write(self.path(key), json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"))

    def drop_other_versions(self) -> None:
        """Delete the entries of other extractor versions (this code can never hit them)."""
        try:
            folders = [p for p in self.folder.iterdir() if p.is_dir() and p != self.root and VERSION_DIR.fullmatch(p.name)]
        except OSError:
            return
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)

    def sources(self) -> SourceIndex:
        return SourceIndex.read(self.root / "sources.json")


Entry = tuple[list, list | None]  # packed extraction, packed dedup signature


def decode_entry(data: bytes, key: str) -> Entry | None:
    """(packed extraction, packed signature or None) of an entry's bytes, None
    unless it is a well-formed entry for ``key``. A signature that is not one
    is dropped (it is computed again from the text)."""
    from .dedup import Signature

    try:
        stored_key, packed, *rest = json.loads(data.decode("utf-8", "surrogatepass"))
        if stored_key != key or len(rest) > 1:
            return None
        unpack(packed)  # checks the shape
        signature = rest[0] if rest and Signature.unpack(rest[0]) is not None else None
        return packed, signature
    except (ValueError, TypeError, UnicodeDecodeError):
        return None


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
    def read(cls, file: Path) -> SourceIndex:
        entries: dict[tuple[str, str], tuple[FileState, str, str]] = {}
        try:
            for path, doc_id, state, key, digest in json.loads(file.read_text(encoding="utf-8")):
                entries[(path, doc_id)] = (tuple(state), key, digest)  # type: ignore[assignment]
        except (OSError, ValueError, TypeError):
            entries = {}
        return cls(file, entries)

    def lookup(self, path: str, doc_id: str, state: FileState | None) -> tuple[str, str] | None:
        entry = self.entries.get((path, doc_id))
        return (entry[1], entry[2]) if entry and state is not None and tuple(entry[0]) == tuple(state) else None

    def record(self, path: str, doc_id: str, state: FileState | None, key: str, digest: str) -> None:
        if state is not None:
            self.entries[(path, doc_id)] = (state, key, digest)

    def save(self) -> None:
        rows = [[p, d, list(s), k, g] for (p, d), (s, k, g) in sorted(self.entries.items())]
        atomic_write(self.file, json.dumps(rows, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder;
    errors are swallowed (the cache only saves time)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:16]}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass


__all__ = ["CACHE_DIR_NAME", "ExtractionCache", "SourceIndex", "default_cache_dir", "document_key", "extractor_digest",
           "file_state", "pack", "text_digest", "unpack"]
