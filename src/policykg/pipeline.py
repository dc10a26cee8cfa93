"""The whole build: load -> structure -> extract -> link -> outputs.

- **streaming**: documents are loaded one at a time; each text is written to
  the staging folder's ``texts/`` as soon as it is loaded and only a
  text-less copy of the document is kept for linking;
- **parallel**: ``workers > 1`` loads and extracts in worker processes;
  results are consumed in input order, so the output bytes do not depend on
  the number of workers; at most a few documents per worker are in flight;
- **incremental**: extractions are cached per document (``cache``); files
  whose size, modification time and inode are as at the last build are not
  even read again (their text comes from the previous output's ``texts/``).

The outputs are written into a staging folder beside ``out`` and swapped in
at the end: a failed or killed build leaves the previous output intact.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cache import ExtractionCache, FileState, SourceIndex, default_cache_dir, document_key, file_state, text_digest
from .errors import LoadError, NothingToBuildError
from .extract import extract_document
from .load import SUPPORTED_SUFFIXES, Source, iter_sources, skipped
from .records import Document, Skipped, pack, textless, unpack
from .structure import analyse


@dataclass
class BuildSummary:
    out: Path
    documents: int = 0
    characters: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    formats: Counter = field(default_factory=Counter)
    genres: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    facts: int = 0
    measures: Counter = field(default_factory=Counter)
    triples: int = 0
    date_conflicts: list[str] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 1
    cache_dir: Path | None = None  # None: cache disabled
    cache_hits: int = 0
    cache_misses: int = 0
    warnings: list[str] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)


Progress = Callable[[str, Document | Skipped | None], None]


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many files ``build`` will try to read (a directory walk, no reading)."""
    n = 0
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            for _, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                n += sum(1 for f in files if not f.startswith(".") and f.lower().endswith(SUPPORTED_SUFFIXES))
        else:
            n += 1
    return n


def build(paths: Iterable[str | Path], out: str | Path, progress: Progress | None = None, *, workers: int = 1,
          cache: bool = True, cache_dir: str | Path | None = None) -> BuildSummary:
    """Build graph_out from the files and folders in ``paths``.

    Unreadable files are skipped and reported; raises NothingToBuildError
    when no document could be read (the previous ``out`` is left untouched)."""
    from .link import Linker
    from .outputs import write_outputs

    started = time.perf_counter()
    out = Path(out)
    summary = BuildSummary(out, workers=max(1, int(workers)))
    report = progress or (lambda stage, item: None)
    store = None
    if cache:
        summary.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir(out)
        store = ExtractionCache(summary.cache_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        texts = staging / "texts"
        texts.mkdir()
        linker = Linker(texts)
        for outcome in extract_all(paths, texts, store, summary.workers, summary, out / "texts"):
            if isinstance(outcome.result, Skipped):
                summary.skipped.append(outcome.result)
                report("skipped", outcome.result)
                continue
            extraction = unpack(outcome.result)
            linker.add(extraction)
            doc = extraction.document
            summary.documents += 1
            summary.characters += doc.length
            summary.formats[doc.format] += 1
            summary.genres[doc.genre or "other"] += 1
            report("document", doc)
        summary.stage_seconds["extract"] = time.perf_counter() - started
        if not summary.documents:
            reasons = "; ".join(f"{s.path}: {s.reason}" for s in summary.skipped) or "no input paths"
            raise NothingToBuildError(f"nothing to build: no readable document ({reasons})")
        report("link", None)
        t = time.perf_counter()
        kb = linker.finish()
        summary.stage_seconds["link"] = time.perf_counter() - t
        t = time.perf_counter()
        counts = write_outputs(kb, staging, lambda stage: report(stage, None))
        replace_dir(staging, out)
        summary.stage_seconds["outputs"] = time.perf_counter() - t
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for (type_, _), ent in kb.entities.items():
        summary.entities[type_] += 1
    summary.facts = sum(len(refs) for refs in kb.statements.values())
    summary.measures = Counter(lm.measure.kind for lm in kb.measures)
    summary.triples = counts["triples"]
    summary.date_conflicts = kb.date_conflicts
    summary.warnings.extend(kb.warnings)
    summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Outcome:
    """What became of one input file: its packed extraction (or why it was
    skipped), and what the cache needs to know about it."""

    result: list | Skipped
    key: str = ""  # cache entry key ("" without cache)
    state: FileState | None = None  # the file as it was read
    digest: str = ""  # of the loaded text
    cache_hit: bool = False
    warnings: tuple[str, ...] = ()


def extract_all(paths: Iterable[str | Path], texts: Path, store: ExtractionCache | None, workers: int,
                summary: BuildSummary, previous_texts: Path | None = None) -> Iterator[Outcome]:
    """What became of each input file, in input order (see :class:`Outcome`)."""
    pool = make_pool(workers) if workers > 1 else None
    index = store.sources() if store is not None else None
    cache_dir = str(store.folder) if store is not None else ""
    pending: list[Future | Outcome] = []
    window = 4 * workers
    try:
        for source in iter_sources(paths):
            if isinstance(source, Skipped):
                pending.append(Outcome(source))
            elif (reused := unchanged(source, index, store, previous_texts, texts)) is not None:
                pending.append(reused)
            elif pool is not None:
                pending.append(pool.submit(process_source, source, str(texts), cache_dir))
            else:
                pending.append(process_source(source, str(texts), cache_dir))
            while pending and (len(pending) > window or not isinstance(pending[0], Future) or pending[0].done()):
                yield settle(pending.pop(0), index, summary)
        while pending:
            yield settle(pending.pop(0), index, summary)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if store is not None and index is not None:
        index.save()
        store.drop_other_versions()


def settle(entry: Future | Outcome, index: SourceIndex | None, summary: BuildSummary) -> Outcome:
    """Count one outcome into the summary and the source index."""
    outcome = entry.result() if isinstance(entry, Future) else entry
    summary.warnings.extend(outcome.warnings)
    if outcome.key:
        if outcome.cache_hit:
            summary.cache_hits += 1
        else:
            summary.cache_misses += 1
        if index is not None and not isinstance(outcome.result, Skipped):
            doc = outcome.result[1]
            index.record(doc[1], doc[0], outcome.state, outcome.key, outcome.digest)
    return outcome


def unchanged(source: Source, index: SourceIndex | None, store: ExtractionCache | None,
              previous_texts: Path | None, texts: Path) -> Outcome | None:
    """The cached outcome of a file unchanged since the last build, its text
    copied from the previous output; None when anything does not match."""
    if index is None or store is None or previous_texts is None:
        return None
    state = file_state(source.file or source.path)
    known = index.lookup(source.path, source.id, state)
    if known is None:
        return None
    key, digest = known
    previous = previous_texts / f"{source.id}.txt"
    try:
        text = previous.read_bytes()
    except OSError:
        return None
    packed = store.by_key(key) if text_digest(text) == digest else None
    if packed is None or (packed[1][1], packed[1][0]) != (source.path, source.id):
        return None
    copy_text(previous, texts / f"{source.id}.txt", text)
    return Outcome(packed, key, state, digest, cache_hit=True)


def copy_text(previous: Path, new: Path, text: bytes) -> None:
    """``new`` with the bytes of ``previous``: a hard link where possible, else a copy."""
    try:
        os.link(previous, new)
    except OSError:
        new.write_bytes(text)


def load_structured(source: Source) -> Document:
    """The document of one file, loaded and with its structure."""
    return analyse(source.load())


def process_source(source: Source, texts: str, cache_dir: str) -> Outcome:
    """Load one file, write its text, then take its extraction from the cache
    or extract it and cache it. A file that cannot be loaded, or that the
    extractor fails on, is skipped with the reason."""
    state = file_state(source.file or source.path)
    try:
        doc = load_structured(source)
    except LoadError as err:
        return Outcome(skipped(source, err))
    Path(texts, f"{doc.id}.txt").write_text(doc.text, encoding="utf-8", newline="")
    digest = text_digest(doc.text)
    if not cache_dir:
        return Outcome(extract_or_reason(doc))
    store = ExtractionCache(Path(cache_dir))
    key = document_key(doc)
    cached = store.get(doc, key)
    if cached is not None:
        return Outcome(cached, key, state, digest, cache_hit=True, warnings=tuple(store.warnings))
    result = extract_or_reason(doc)
    if not isinstance(result, Skipped):
        store.put(key, result)
    return Outcome(result, key, state, digest, warnings=tuple(store.warnings))


def extract_or_reason(doc: Document) -> list | Skipped:
    """The document's packed extraction (text-less), or a Skipped with the
    reason the extractor failed: one bad document must not stop the build."""
    try:
        extraction = extract_document(doc)
        return pack(replace(extraction, document=textless(doc)))
    except Exception as err:  # noqa: BLE001
        return Skipped(doc.path, f"extraction failed: {type(err).__name__}: {err}"[:300], doc.format, "extraction failed")


def make_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes; fork when nothing else runs in this process, else spawn."""
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods and threading.active_count() == 1 else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=init_worker)


def init_worker() -> None:
    """Load the NLP pipeline and the extractors once per worker."""
    from .extractors.registry import run_order
    from .nlp import get_nlp

    run_order()
    get_nlp().make_doc("初始化")


# ---------------------------------------------------------------- the atomic swap

RENAME_EXCHANGE = 2
AT_FDCWD = -100


def replace_dir(new: Path, out: Path) -> None:
    """Put ``new`` in place of ``out`` atomically (Linux renameat2 RENAME_EXCHANGE),
    falling back to rename-aside-and-rename where exchange is unsupported."""
    new.chmod(0o755)
    if not out.exists():
        os.rename(new, out)
        return
    if exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)
        return
    aside = out.with_name(f".{out.name}.old-{os.getpid()}")
    os.rename(out, aside)
    os.rename(new, out)
    shutil.rmtree(aside, ignore_errors=True)


def exchange(a: Path, b: Path) -> bool:
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0
