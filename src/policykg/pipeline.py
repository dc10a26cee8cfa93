"""The whole build: load -> structure -> extract -> link -> outputs.

- **streaming**: documents are loaded one at a time; each text is written to
  the staging folder's ``texts/`` as soon as it is loaded and only a
  text-less copy of the document is kept for linking;
- **parallel**: ``workers > 1`` loads and extracts in worker processes;
  results are consumed in input order, so the output bytes do not depend on
  the number of workers; at most a few documents per worker are in flight;
- **incremental**: extractions are cached per document (``cache``); files
  whose size, modification time and inode are as at the last build are not
  even read again (their text comes from the previous output's ``texts/``);
- **one document per text**: reposts (the same text, or nearly, under another
  name) are merged into the first in input order (``dedup``): only it is
  linked, with the others' paths as its ``sources``; with one worker a repost
  is not even extracted;
- **distributed**: ``dask="tcp://host:8786"`` loads and extracts on the
  workers of a Dask cluster (``cluster``); linking and writing stay here.

The outputs are written into a staging folder beside ``out`` and swapped in
at the end: a failed or killed build leaves the previous output intact.
"""
from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import outdir
from .cache import ExtractionCache, FileState, SourceIndex, default_cache_dir, document_key, file_state, text_digest
from .dedup import Deduper, Signature, signature_of
from .errors import DocumentTimeout, LoadError, NothingToBuildError
from .extract import extract_document
from .load import SUPPORTED_SUFFIXES, Source, iter_sources, skipped
from .records import Document, Extraction, Skipped, pack, textless, unpack, without_evidence_text
from .structure import analyse
from .workers import DOC_TIMEOUT, Task, WorkerDied, Workers, time_budget, timeout_reason


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
    dedup: bool = True  # reposts merged (False: every file is its own document)
    merged: int = 0  # reposts merged into an earlier document (not linked, listed in its sources)
    merged_into: int = 0  # documents that received reposts
    merged_exact: int = 0  # … of the merged: same normalised text
    merged_near: int = 0  # … nearly the same (another header, footer, a few edits)
    dask: str = ""  # the scheduler's address when built on a Dask cluster


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
          cache: bool = True, cache_dir: str | Path | None = None, doc_timeout: float | None = DOC_TIMEOUT,
          dedup: bool = True, dask: str | None = None) -> BuildSummary:
    """Build graph_out from the files and folders in ``paths``.

    ``workers``: processes loading and extracting documents in parallel (1: in
    this process). ``cache``/``cache_dir``: the per-document extraction cache
    (default ``.policykg-cache/`` beside ``out``); ``cache=False`` disables it.
    ``doc_timeout``: seconds a document may take to load, and again to
    extract, before it is skipped with the reason (None or 0: no limit).
    ``dedup``: merge reposts into the first document with their text
    (:mod:`policykg.dedup`); False keeps every file as its own document.
    ``dask``: the address of a Dask scheduler (``tcp://host:8786``): load and
    extract on its workers instead of ``workers`` local processes (needs the
    ``dask`` extra; DaskMissingError otherwise, DaskClusterError when the
    scheduler cannot be reached). Same output bytes either way.

    ``out`` must be missing, empty or the output of a previous build, and
    apart from the inputs (see ``outdir.check_out``: else OutputFolderError,
    nothing touched). Unreadable files are skipped and reported; raises
    NothingToBuildError when no document could be read, DiskFullError when
    the disk fills up, OutputCheckError when a written file does not parse
    (in each case the previous ``out`` is left untouched)."""
    paths = list(paths)
    out = outdir.check_out(out, paths)
    with outdir.disk_full_as_error(out):
        return build_into(paths, out, progress, workers=workers, cache=cache, cache_dir=cache_dir,
                          doc_timeout=doc_timeout, dedup=dedup, dask=dask)


def build_into(paths: list[str | Path], out: Path, progress: Progress | None, *, workers: int, cache: bool,
               cache_dir: str | Path | None, doc_timeout: float | None, dedup: bool = True,
               dask: str | None = None) -> BuildSummary:
    """:func:`build` once ``out`` is known to be replaceable."""
    from .link import Linker
    from .outputs import write_outputs

    started = time.perf_counter()
    summary = BuildSummary(out, workers=max(1, int(workers)), dedup=dedup, dask=dask or "")
    report = progress or (lambda stage, item: None)
    store = None
    if cache:
        summary.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir(out)
        store = ExtractionCache(summary.cache_dir)
    staged = outdir.make_staging(out)
    staging = staged.path
    try:
        texts = staging / "texts"
        texts.mkdir()
        linker = Linker(texts)
        deduper = Deduper(texts) if dedup else None
        merged: dict[str, list[str]] = {}  # representative id -> paths of its reposts
        for outcome in extract_all(paths, texts, store, summary.workers, summary, out / "texts", doc_timeout,
                                   deduper, dask):
            if isinstance(outcome.result, Skipped):
                summary.skipped.append(outcome.result)
                report("skipped", outcome.result)
                continue
            extraction = outcome.result if isinstance(outcome.result, Extraction) else unpack(outcome.result)
            doc = extraction.document
            rep = repost_of(outcome, doc, deduper)
            if rep:
                merged.setdefault(rep, []).append(doc.path)
                (texts / f"{doc.id}.txt").unlink(missing_ok=True)  # texts/ keeps the representatives
                report("repost", doc)
                continue
            linker.add(extraction)
            summary.documents += 1
            summary.characters += doc.length
            summary.formats[doc.format] += 1
            summary.genres[doc.genre or "other"] += 1
            report("document", doc)
        if merged:
            add_sources(linker, merged)
        summary.merged = sum(len(p) for p in merged.values())
        summary.merged_into = len(merged)
        if deduper is not None:
            summary.merged_exact, summary.merged_near = deduper.exact, deduper.near
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
        report("check", None)
        outdir.commit(staging, out)
        summary.stage_seconds["outputs"] = time.perf_counter() - t
    except BaseException as err:
        outdir.discard(staged)
        if isinstance(err, OSError) and not err.filename:
            err.filename = str(staging)  # a failed write() names no file: name the folder written into
        raise
    staged.release()
    for (type_, _), ent in kb.entities.items():
        summary.entities[type_] += 1
    summary.facts = sum(len(refs) for refs in kb.statements.values())
    summary.measures = Counter(lm.measure.kind for lm in kb.measures)
    summary.triples = counts["triples"]
    summary.date_conflicts = kb.date_conflicts
    summary.warnings.extend(kb.warnings)
    summary.seconds = time.perf_counter() - started
    return summary


def repost_of(outcome: Outcome, doc: Document, deduper: Deduper | None) -> str:
    """The id of the earlier document ``doc`` is a repost of ("" if none):
    decided already when it was loaded (one worker), else now, in input order."""
    if outcome.decided or deduper is None:
        return outcome.duplicate_of
    return deduper.representative(doc.id, Signature.unpack(outcome.signature))


def add_sources(linker, merged: dict[str, list[str]]) -> None:
    """Give each representative the paths of its reposts (``Document.sources``)."""
    for links in linker.kb.docs:
        paths = merged.get(links.document.id)
        if paths:
            links.document = replace(links.document, sources=(*links.document.sources, *paths))


# ---------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Outcome:
    """What became of one input file: its packed extraction (or why it was
    skipped), and what the cache needs to know about it. An extraction that
    neither crosses a process nor goes into the cache is not packed: it is the
    :class:`Extraction` that :func:`unpack` would give back."""

    result: list | Extraction | Skipped
    key: str = ""  # cache entry key ("" without cache)
    state: FileState | None = None  # the file as it was read
    digest: str = ""  # of the loaded text
    cache_hit: bool = False
    warnings: tuple[str, ...] = ()
    signature: list | None = None  # the packed dedup.Signature of the text (None without dedup)
    decided: bool = False  # whether duplicate_of is decided (one worker: when the file was loaded)
    duplicate_of: str = ""  # the id of the earlier document this one repeats (not extracted)
    text: str | None = None  # the loaded text, when the worker could not write it into texts/ (Dask)


def extract_all(paths: Iterable[str | Path], texts: Path, store: ExtractionCache | None, workers: int,
                summary: BuildSummary, previous_texts: Path | None = None,
                budget: float | None = DOC_TIMEOUT, deduper: Deduper | None = None,
                dask: str | None = None) -> Iterator[Outcome]:
    """What became of each input file (its packed extraction, or the reason it
    was skipped), in input order (see :class:`Outcome`). With ``deduper`` and
    one worker, a repost is recognised as soon as it is loaded and not extracted."""
    pool = open_pool(workers, budget, dask, texts)
    index = store.sources() if store is not None else None
    cache_dir = str(store.folder) if store is not None else ""
    sign = deduper is not None
    dedupe = deduper if pool is None else None
    pending: deque[Task | Outcome] = deque()
    window = 4 * (pool.count if pool is not None else 1)
    finished = False
    try:
        for source in iter_sources(paths):
            if isinstance(source, Skipped):
                pending.append(Outcome(source))
            elif (reused := unchanged(source, index, store, previous_texts, texts, sign)) is not None:
                pending.append(reused)
            elif pool is not None:
                pending.append(pool.submit(process_source, source, str(texts), cache_dir, budget, sign))
            else:
                pending.append(process_source(source, str(texts), cache_dir, budget, sign, dedupe, in_process=True))
            while pending and (len(pending) > window or not isinstance(pending[0], Task) or pending[0].done()):
                yield settle(pending.popleft(), index, summary, pool, texts)
        while pending:
            yield settle(pending.popleft(), index, summary, pool, texts)
        finished = True
    finally:
        if pool is not None:
            pool.shutdown() if finished else pool.kill()
    if store is not None and index is not None:
        index.save()
        store.drop_other_versions()


def open_pool(workers: int, budget: float | None, dask: str | None, texts: Path):
    """The workers of the build: a Dask cluster's (``dask``: its scheduler's
    address), ``workers`` local processes, or None (this process)."""
    if dask:
        from .cluster import DaskWorkers

        return DaskWorkers(dask, budget)
    return Workers(workers, budget, warm_up) if workers > 1 else None


def settle(entry: Task | Outcome, index: SourceIndex | None, summary: BuildSummary, pool=None,
           texts: Path | None = None) -> Outcome:
    """Count one outcome into the summary and the source index (waiting for it
    when a worker makes it); a text the worker sent back is written into ``texts``."""
    outcome = worker_outcome(entry, pool) if isinstance(entry, Task) else entry
    if outcome.text is not None:
        if texts is not None and not isinstance(outcome.result, Skipped):
            doc_id = outcome.result[1][0]
            Path(texts, f"{doc_id}.txt").write_text(outcome.text, encoding="utf-8", newline="")
        outcome = replace(outcome, text=None)
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


def worker_outcome(task: Task, pool) -> Outcome:
    """What a worker made of one file; a Skipped when the worker had to be stopped
    (the file outlived its time budget) or died on it."""
    source, texts = task.args[:2]
    try:
        return pool.result(task)
    except DocumentTimeout:
        reason, category = timeout_reason("extraction", pool.budget), "time budget"
    except WorkerDied as err:
        reason, category = str(err), "worker died"
    if texts:
        Path(texts, f"{source.id}.txt").unlink(missing_ok=True)  # if the worker wrote it
    return Outcome(Skipped(source.path, reason, category=category))


def unchanged(source: Source, index: SourceIndex | None, store: ExtractionCache | None,
              previous_texts: Path | None, texts: Path, sign: bool = False) -> Outcome | None:
    """The cached outcome of a file unchanged since the last build, its text
    copied from the previous output (with its dedup signature when ``sign``);
    None when anything does not match."""
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
    entry = store.entry_by_key(key) if text_digest(text) == digest else None
    if entry is None or (entry[0][1][1], entry[0][1][0]) != (source.path, source.id):
        return None
    packed, signature = entry
    if sign and signature is None:
        signature = signature_of(text.decode("utf-8", "surrogatepass")).pack()
    copy_text(previous, texts / f"{source.id}.txt", text)
    return Outcome(packed, key, state, digest, cache_hit=True, signature=signature if sign else None)


def copy_text(previous: Path, new: Path, text: bytes) -> None:
    """``new`` with the bytes of ``previous``: a hard link where possible, else a copy."""
    try:
        os.link(previous, new)
    except OSError:
        new.write_bytes(text)


def load_structured(source: Source) -> Document:
    """The document of one file, loaded and with its structure; its path is the
    source's even when it was read from a copy (bytes shipped to a Dask worker)."""
    doc = source.load()
    if doc.path != source.path:
        doc = replace(doc, path=source.path)
    return analyse(doc)


def process_source(source: Source, texts: str, cache_dir: str, budget: float | None = None, sign: bool = False,
                   dedupe: Deduper | None = None, in_process: bool = False) -> Outcome:
    """Load one file, write its text into ``texts`` (or, when ``texts`` is "",
    send it back in the outcome), then take its extraction from the cache or
    extract it and cache it. A file that cannot be loaded, that the extractor
    fails on, or that takes longer than ``budget`` seconds to load or to
    extract, is skipped with the reason. ``sign``: compute the text's dedup
    signature; ``dedupe`` (one worker): decide at once whether the document is
    a repost, and then do not extract it. ``in_process``: the outcome stays in this process,
    so without a cache the extraction is not packed (see :class:`Outcome`)."""
    state = file_state(source.file or source.path)
    try:
        with time_budget(budget):
            doc = load_structured(source)
    except LoadError as err:
        return Outcome(skipped(source, err))
    except DocumentTimeout:
        return Outcome(Skipped(source.path, timeout_reason("loading", budget), category="time budget"))
    digest = text_digest(doc.text)
    signature = signature_of(doc.text) if sign else None
    packed_sig = signature.pack() if signature is not None else None
    if dedupe is not None:
        rep = dedupe.representative(doc.id, signature, doc.text)
        if rep:  # a repost: neither extracted, nor cached, nor its text kept
            return Outcome(pack(Extraction(textless(doc))), "", state, digest, signature=packed_sig, decided=True,
                           duplicate_of=rep)
    text = Path(texts, f"{doc.id}.txt") if texts else None
    if text is not None:
        text.write_text(doc.text, encoding="utf-8", newline="")
    sent = None if text is not None else doc.text
    outcome = extract_or_cached(doc, state, digest, cache_dir, budget, text, packed_sig, in_process)
    if isinstance(outcome.result, Skipped) and dedupe is not None:
        dedupe.forget(doc.id)
    return replace(outcome, decided=dedupe is not None, text=sent)


def extract_or_cached(doc: Document, state: FileState | None, digest: str, cache_dir: str, budget: float | None,
                      text: Path | None, packed_sig: list | None, in_process: bool = False) -> Outcome:
    """The outcome of a loaded document: its extraction from the cache, or extracted (and cached)."""
    if not cache_dir:
        return Outcome(without_text(extract_or_reason(doc, budget, packed=not in_process), text), signature=packed_sig)
    store = ExtractionCache(Path(cache_dir))
    key = document_key(doc)
    cached = store.entry(doc, key)
    if cached is not None:
        packed, stored_sig = cached
        if packed_sig is not None and stored_sig is None:
            store.put(key, packed, packed_sig)
        return Outcome(packed, key, state, digest, cache_hit=True, warnings=tuple(store.warnings), signature=packed_sig)
    result = without_text(extract_or_reason(doc, budget), text)
    if not isinstance(result, Skipped):
        store.put(key, result, packed_sig)
    return Outcome(result, key, state, digest, warnings=tuple(store.warnings), signature=packed_sig)


def without_text(result: list | Skipped, text: Path | None) -> list | Skipped:
    """``result``; when the document is skipped, its text is taken out of the output's texts/."""
    if isinstance(result, Skipped) and text is not None:
        text.unlink(missing_ok=True)
    return result


def extract_or_reason(doc: Document, budget: float | None = None, packed: bool = True) -> list | Extraction | Skipped:
    """The document's packed extraction (text-less), or a Skipped with the
    reason the extractor failed or ran out of its ``budget`` (seconds): one
    bad document must not stop the build."""
    try:
        with time_budget(budget):
            extraction = extract_document(doc)
        extraction = replace(extraction, document=textless(doc))
        return pack(extraction) if packed else without_evidence_text(extraction)
    except DocumentTimeout:
        return Skipped(doc.path, timeout_reason("extraction", budget), doc.format, "time budget")
    except Exception as err:  # noqa: BLE001
        return Skipped(doc.path, f"extraction failed: {type(err).__name__}: {err}"[:300], doc.format, "extraction failed")


def warm_up() -> None:
    """Run once in each worker process: load the NLP pipeline and the extractors before the first document."""
    from .extractors.registry import run_order
    from .nlp import get_nlp

    run_order()
    get_nlp().make_doc("初始化")
