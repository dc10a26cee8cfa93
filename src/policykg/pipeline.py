"""The whole build: load -> extract (nlp, entities, relations) -> link -> graph -> export.

Scale (10,000 documents):

- **streaming**: documents are loaded lazily, one at a time; each text is
  written to the staging folder's ``texts/`` as soon as it is loaded, and only
  a text-less copy of the :class:`Document` (with its length) is kept for
  linking, so the corpus' texts never sit in memory together;
- **parallel**: ``workers > 1`` extracts documents in worker processes (fork
  where it is safe, else spawn; the spaCy/jieba pipeline is loaded once per
  worker by the initializer). Results are consumed in input order, so the
  output bytes do not depend on the number of workers; at most a few
  documents per worker are in flight, so memory stays bounded;
- **incremental**: extractions are cached per document (``cache``), keyed by
  the loaded document's content and the extractor version; a rebuild after a
  change re-extracts only the changed documents.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .cache import ExtractionCache, default_cache_dir, document_key, textless, write_entry
from .errors import NothingToBuildError
from .extract import extract_document
from .load import SUPPORTED_SUFFIXES, iter_documents
from .records import Document, Extraction, Skipped


@dataclass
class BuildSummary:
    out: Path
    documents: int = 0
    characters: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    facts: int = 0
    targets: int = 0
    observations: int = 0
    forecasts: int = 0
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
    """How many files ``build`` will try to read (cheap: a directory walk, no reading)."""
    n = 0
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                n += sum(1 for f in files if not f.startswith(".") and f.lower().endswith(SUPPORTED_SUFFIXES))
        else:
            n += 1
    return n


def build(
    paths: Iterable[str | Path],
    out: str | Path,
    progress: Progress | None = None,
    *,
    workers: int = 1,
    cache: bool = True,
    cache_dir: str | Path | None = None,
) -> BuildSummary:
    """Build graph_out from the files and folders in ``paths``.

    ``workers``: processes extracting documents in parallel (1: in this process).
    ``cache``/``cache_dir``: the per-document extraction cache (default
    ``.policykg-cache/`` beside ``out``); ``cache=False`` disables it.

    Unreadable files are skipped and reported; raises NothingToBuildError
    when no document could be read (the previous ``out`` is left untouched)."""
    from .export import write_outputs  # heavy (pandas, rdflib): not needed by workers
    from .link import link

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
        extractions: list[Extraction] = []
        for item in extract_all(paths, texts, store, summary.workers, summary):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                report("skipped", item)
                continue
            extractions.append(item)
            summary.documents += 1
            summary.characters += item.document.chars
            report("document", item.document)
        summary.stage_seconds["extract"] = time.perf_counter() - started
        if store is not None:
            summary.cache_hits, summary.cache_misses = store.hits, store.misses
            summary.warnings.extend(store.warnings)
        if not extractions:
            reasons = "; ".join(f"{s.path}: {s.reason}" for s in summary.skipped) or "no input paths"
            raise NothingToBuildError(f"nothing to build: no readable document ({reasons})")
        report("link", None)
        t = time.perf_counter()
        kb = link(extractions)
        del extractions
        summary.stage_seconds["link"] = time.perf_counter() - t
        t = time.perf_counter()
        counts = write_outputs(kb, out, lambda stage: report(stage, None), staging=staging)
        summary.stage_seconds["export"] = time.perf_counter() - t
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for (type_, _), ent in kb.entities.items():
        summary.entities[type_] += 1
    summary.facts = len(kb.facts) + sum(len(c) for c in kb.dates.values())
    kinds = Counter(lm.measure.kind for lm in kb.measures)
    summary.targets, summary.observations, summary.forecasts = kinds["target"], kinds["observation"], kinds["forecast"]
    summary.triples = counts["triples"]
    summary.date_conflicts = kb.date_conflicts
    summary.warnings.extend(kb.warnings)
    summary.seconds = time.perf_counter() - started
    return summary


# ---------------------------------------------------------------- extraction


def extract_all(paths: Iterable[str | Path], texts: Path, store: ExtractionCache | None, workers: int,
                summary: BuildSummary) -> Iterator[Extraction | Skipped]:
    """Load, write out the text, then take the extraction from the cache or
    extract it (here or in a worker); yields in input order. Extractions carry
    :class:`TextlessDocument` records."""
    pool = make_pool(workers) if workers > 1 else None
    pending: deque[tuple[Document, str, Future | Extraction | Skipped]] = deque()
    window = 4 * workers
    try:
        for item in iter_documents(paths):
            if isinstance(item, Skipped):
                pending.append((None, "", item))  # type: ignore[arg-type]
            else:
                (texts / f"{item.id}.txt").write_text(item.text, encoding="utf-8")
                key = document_key(item) if store is not None else ""
                cached = store.get(item, key) if store is not None else None
                if cached is not None:
                    pending.append((item, key, cached))
                elif pool is not None:
                    pending.append((item, key, pool.submit(extract_task, item, key, str(store.path(key)) if store else "")))
                else:
                    pending.append((item, key, extract_task(item, key, str(store.path(key)) if store else "")))
            while pending and (len(pending) > window or not isinstance(pending[0][2], Future) or pending[0][2].done()):
                yield finish(pending.popleft())
        while pending:
            yield finish(pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def finish(entry: tuple[Document, str, Future | Extraction | Skipped | str]) -> Extraction | Skipped:
    doc, _key, result = entry
    if isinstance(result, Future):
        result = result.result()
    if isinstance(result, Skipped):
        return result
    if isinstance(result, str):  # extraction failed: the reason
        return Skipped(doc.path, result)
    return result


def extract_task(doc: Document, key: str, cache_path: str) -> Extraction | str:
    """Extract one document (in a worker or here) and write its cache entry;
    a document the extractor fails on is skipped with the reason, not fatal."""
    try:
        extraction = extract_document(doc)
        extraction = replace(extraction, document=textless(extraction.document))
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the build
        return f"extraction failed: {type(err).__name__}: {err}"[:300]
    if cache_path:
        write_entry(Path(cache_path), key, extraction)
    return extraction


def make_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes; fork when nothing else runs in this process (cheap,
    safe), else spawn. Each worker loads the NLP pipeline once."""
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods and threading.active_count() == 1 else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=init_worker)


def init_worker() -> None:
    from .nlp import get_nlp

    get_nlp().make_doc("工业互联网")  # load jieba's dictionary now, not in the first task
