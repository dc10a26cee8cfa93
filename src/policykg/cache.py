"""Per-document extraction cache: a rebuild re-extracts only what changed.

An entry holds the extraction of one loaded :class:`~policykg.records.Document`,
in the compact form the linker takes (:class:`~policykg.records.LinkInput`). Its key is a SHA-256 of

- the document as loaded: id, path, text and metadata (title, date, source,
  format, encoding) — a changed file, a renamed file or a changed id is a miss;
- the extractor: ``EXTRACTOR_VERSION`` plus a digest of the extraction code
  and the vocabularies it reads, so that changing the version (or the code)
  invalidates every entry without anyone having to remember to clear the cache.

Beside the entries, ``sources.msgpack`` remembers each input file as it was at
the last build (path, id, size, modification time, inode) with its entry's key
and a digest of its loaded text: an unchanged file is neither read nor loaded
again — its extraction comes from its entry, its text from the previous
output's ``texts/`` (checked against the digest). And ``outputs/`` holds,
for each output folder built into, an :class:`OutputIndex`: where each
document's pieces of the output files are, so that a rebuild can copy those
that did not change (see ``export.Pieces``).

Layout: ``<cache dir>/<extractor digest>/<key[:2]>/<key>.msgpack``; the
folders of other extractor digests are deleted after a build. Writes are
atomic (temporary file in the same folder, then ``os.replace``), so a build
killed mid-write never leaves a half entry under a real name. An entry that
cannot be read back (truncated, damaged, of another format, for another
document) is reported as a warning and treated as a miss; the fresh extraction
overwrites it.

Nothing in the cache can run code: every file is plain data (:func:`dumps`:
MessagePack of lists, dicts, strings, numbers, booleans and None, with
Decimal and ``array`` as tagged values; no pickle, no marshal), framed by a
magic word, the format number and a CRC-32 of the data (:func:`frame`).
Whoever can write into the cache folder can make a build re-extract, never
make it execute anything.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
import threading
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import msgpack

from .records import Document, LinkInput, Part

CACHE_DIR_NAME = ".policykg-cache"
VERSION_DIR = re.compile(r"[0-9a-f]{20}")  # an extractor digest
SUFFIX = ".msgpack"

# the modules whose code decides what an extraction holds
EXTRACTION_MODULES = ("extract", "nlp", "entities", "relations", "quantities", "time", "vocab", "records", "load", "guard")


def default_cache_dir(out: str | Path) -> Path:
    """``.policykg-cache/`` beside the output folder."""
    return Path(out).resolve().parent / CACHE_DIR_NAME


@lru_cache(maxsize=1)
def extractor_digest() -> str:
    """``EXTRACTOR_VERSION`` + the extraction code + the vocabularies, hashed."""
    from .extract import EXTRACTOR_VERSION  # not at the top: the export imports this module, not the extractor

    return files_digest(f"policykg-extractor\0{EXTRACTOR_VERSION}\0{FORMAT}", EXTRACTION_MODULES, "vocab")[:20]


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
        return self.root / key[:2] / f"{key}{SUFFIX}"

    def get(self, doc: Document, key: str | None = None) -> LinkInput | None:
        """The cached extraction of ``doc``, or None (a miss; damaged or foreign entries warn)."""
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
            extraction = decode_entry(data, key)
            if extraction.document != textless(doc):
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
        """Store an extraction (never raises: what cannot be stored is a warning, and a miss next time)."""
        try:
            write_entry(self.path(key), key, extraction)
        except (ValueError, TypeError) as err:
            self.warnings.append(f"extraction of {extraction.document.path} not cached: {type(err).__name__}: {err}"[:300])

    def by_key(self, key: str) -> LinkInput | None:
        """The entry stored under ``key`` (None when missing or unreadable; no counting)."""
        try:
            return decode_entry(self.path(key).read_bytes(), key)
        except Exception:  # noqa: BLE001 - any unreadable entry: the caller loads the file instead
            return None

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
        return SourceIndex.read(self.root / f"sources{SUFFIX}")

    def outputs(self, out: str | Path) -> "OutputIndex":
        """The index of the last build into the folder ``out`` (empty when there is none)."""
        folder = str(Path(out).resolve())
        name = f"{hashlib.sha256(folder.encode('utf-8', 'surrogateescape')).hexdigest()[:20]}{SUFFIX}"
        return OutputIndex.read(self.root / "outputs" / name, folder)


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
            rows = unframe(file.read_bytes(), "sources")
            entries = {(path, doc_id): (tuple(state), key, digest) for path, doc_id, state, key, digest in rows
                       if all(isinstance(v, str) for v in (path, doc_id, key, digest)) and is_file_state(state)}
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
        rows = [(path, doc_id, state, key, digest) for (path, doc_id), (state, key, digest) in self.entries.items()]
        atomic_write(self.file, frame(dumps(rows), "sources"))


def is_file_state(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 3 and all(type(v) is int for v in value)


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
            stored = unframe(file.read_bytes(), "outputs")
            if stored["out"] != out or stored["code"] != code_digest():
                raise ValueError(file)
            files = {name: state for name, state in stored["files"].items()
                     if isinstance(name, str) and (state is None or is_file_state(state))}
            docs = {doc: (fingerprint, dict(parts)) for doc, (fingerprint, parts) in stored["docs"].items()
                    if isinstance(fingerprint, str) and all(is_piece(p) for p in parts.values())}
        except Exception:  # noqa: BLE001 - no usable index: every piece is made anew
            return cls(file, out, code_digest())
        return cls(file, out, stored["code"], files, docs)

    def save(self) -> None:
        """Write atomically (never raises: a lost index only costs export time)."""
        data = dumps({"out": self.out, "code": self.code, "files": self.files, "docs": self.docs})
        atomic_write(self.file, frame(data, "outputs"))


def is_piece(value: Any) -> bool:
    return (isinstance(value, tuple) and len(value) == 4 and isinstance(value[0], str)
            and all(type(v) is int for v in value[1:]))


# ---------------------------------------------------------------- entries


def write_entry(path: Path, key: str, extraction: LinkInput) -> None:
    """Write one entry (its document made text-less) atomically. File-system
    errors are swallowed (a cache that cannot be written only costs time on the
    next build); an extraction holding a value :func:`dumps` cannot write raises
    TypeError."""
    atomic_write(path, encode_entry(key, extraction))


def encode_entry(key: str, extraction: LinkInput) -> bytes:
    """The bytes of the entry of ``extraction`` under ``key``."""
    if not isinstance(extraction.document, TextlessDocument):
        extraction = extraction._replace(document=textless(extraction.document))
    return frame(dumps((key, pack_link_input(extraction))), "entry")


def decode_entry(data: bytes, key: str) -> LinkInput:
    """The extraction in an entry's bytes; raises ValueError (or another
    Exception) when they are damaged, of another format, or for another key."""
    stored_key, packed = unframe(data, "entry")
    if stored_key != key:
        raise ValueError("entry is for another document")
    return unpack_link_input(packed)


def pack_link_input(extraction: LinkInput) -> tuple:
    """A :class:`LinkInput` as plain data: its document as the tuple of its field
    values (its parts as tuples), everything else as it is (tuples, an array)."""
    doc = extraction.document
    values = tuple(tuple(tuple(p) for p in map(record_values, doc.parts)) if name == "parts" else getattr(doc, name)
                   for name in DOCUMENT_FIELDS)
    return (values, *extraction[1:])


def unpack_link_input(packed: tuple) -> LinkInput:
    values, *rest = packed
    if len(values) != len(DOCUMENT_FIELDS):
        raise ValueError(f"document of {len(values)} fields, expected {len(DOCUMENT_FIELDS)}")
    fields = dict(zip(DOCUMENT_FIELDS, values))
    fields["parts"] = tuple(Part(*p) for p in fields["parts"])
    extraction = LinkInput(TextlessDocument(**fields), *rest)
    if not isinstance(extraction.spans, array) or len(extraction.spans) % 3:
        raise ValueError("mention spans are not (start, end, form) triples")
    return extraction


DOCUMENT_FIELDS = tuple(TextlessDocument.__dataclass_fields__)


def record_values(record: Any) -> tuple:
    return tuple(getattr(record, name) for name in record.__dataclass_fields__)


# ---------------------------------------------------------------- plain data on disk

FORMAT = 1  # of every file written here: bump it when the layout of what is stored changes
MAGIC = b"policykg"
TAG_DECIMAL, TAG_ARRAY, TAG_INT = 1, 2, 3
MAX_DECIMAL_DIGITS = 1000  # a stored Decimal longer than this is damage, not data


def dumps(value: Any) -> bytes:
    """``value`` as bytes that :func:`loads` reads back: lists and tuples, dicts,
    str, bytes, int, float, bool, None, :class:`~decimal.Decimal` and
    :class:`array.array` — plain data only (MessagePack; Decimal, array and ints
    beyond 64 bits as tagged values). Raises TypeError for anything else.
    Strings with lone surrogates are kept (as in pickle)."""
    packers = _packers()
    try:
        return packers[0].pack(value)
    except UnicodeEncodeError:  # a lone surrogate: rare, and the slower packer keeps it
        return packers[1].pack(value)


def loads(data: bytes) -> Any:
    """What :func:`dumps` wrote. Lists and tuples come back as tuples (records'
    compact forms are tuples), dicts as dicts. Raises ValueError (or another
    Exception of msgpack's) on damaged data; never runs code."""
    try:
        return msgpack.unpackb(data, ext_hook=untag, use_list=False, strict_map_key=False)
    except UnicodeDecodeError:  # written with lone surrogates
        return msgpack.unpackb(data, ext_hook=untag, use_list=False, strict_map_key=False,
                               unicode_errors="surrogatepass")


_local = threading.local()


def _packers() -> tuple[msgpack.Packer, msgpack.Packer]:
    """This thread's packers (made once: a packer allocates its buffer), strict and surrogate-keeping."""
    try:
        return _local.packers
    except AttributeError:
        _local.packers = (msgpack.Packer(default=tag, use_bin_type=True),
                          msgpack.Packer(default=tag, use_bin_type=True, unicode_errors="surrogatepass"))
        return _local.packers


def tag(value: Any) -> msgpack.ExtType:
    if isinstance(value, Decimal):
        return msgpack.ExtType(TAG_DECIMAL, str(value).encode("ascii"))
    if isinstance(value, int):  # beyond 64 bits (msgpack writes the others)
        return msgpack.ExtType(TAG_INT, str(value).encode("ascii"))
    if isinstance(value, array):
        if sys.byteorder != "little":  # stored little-endian, whatever the machine
            value = array(value.typecode, value)
            value.byteswap()
        return msgpack.ExtType(TAG_ARRAY, value.typecode.encode("ascii") + value.tobytes())
    raise TypeError(f"cannot store a {type(value).__name__} in the cache: expected plain data "
                    "(lists, dicts, str, numbers, bool, None, Decimal, array)")


def untag(code: int, data: bytes) -> Any:
    if code == TAG_DECIMAL:
        value = Decimal(data.decode("ascii"))
        if len(data) > MAX_DECIMAL_DIGITS or not value.is_finite():
            raise ValueError(f"stored decimal {data[:40]!r} is not a finite number of at most {MAX_DECIMAL_DIGITS} digits")
        return value
    if code == TAG_ARRAY:
        values = array(data[:1].decode("ascii"), data[1:])
        if sys.byteorder != "little":
            values.byteswap()
        return values
    if code == TAG_INT and len(data) <= MAX_DECIMAL_DIGITS:
        return int(data)
    raise ValueError(f"unknown tagged value {code}")


def frame(data: bytes, kind: str) -> bytes:
    """``data`` with a header saying what it is: magic, format, kind, and a CRC-32 of
    ``data`` (so that a damaged file is told from a good one)."""
    head = b"%s %d %s %08x\n" % (MAGIC, FORMAT, kind.encode("ascii"), zlib.crc32(data))
    return head + data


def unframe(blob: bytes, kind: str) -> Any:
    """The value in a framed file of ``kind``; raises ValueError when it is not one
    (another format, another kind, damaged)."""
    head, sep, data = blob.partition(b"\n")
    parts = head.split(b" ")
    if not sep or len(parts) != 4 or parts[0] != MAGIC:
        raise ValueError("not a policykg cache file")
    if parts[1] != str(FORMAT).encode() or parts[2] != kind.encode("ascii"):
        raise ValueError(f"a cache file of format {parts[1].decode('ascii', 'replace')}, "
                         f"kind {parts[2].decode('ascii', 'replace')}; expected format {FORMAT}, {kind}")
    if int(parts[3], 16) != zlib.crc32(data):
        raise ValueError("damaged: its checksum does not match")
    return loads(data)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder;
    file-system errors are swallowed (the cache only saves time)."""
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
