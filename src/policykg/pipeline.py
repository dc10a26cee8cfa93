"""The whole build: load -> extract (nlp, entities, relations) -> link -> graph -> export."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NothingToBuildError
from .export import write_outputs
from .extract import extract_document
from .link import link
from .load import iter_documents
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


Progress = Callable[[str, Document | Skipped | None], None]


def build(paths: Iterable[str | Path], out: str | Path, progress: Progress | None = None) -> BuildSummary:
    """Build graph_out from the files and folders in ``paths``.

    Unreadable files are skipped and reported; raises NothingToBuildError
    when no document could be read (the previous ``out`` is left untouched)."""
    started = time.perf_counter()
    summary = BuildSummary(Path(out))
    report = progress or (lambda stage, item: None)
    extractions: list[Extraction] = []
    for item in iter_documents(paths):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            report("skipped", item)
            continue
        extractions.append(extract_document(item))
        summary.documents += 1
        summary.characters += len(item.text)
        report("document", item)
    if not extractions:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in summary.skipped) or "no input paths"
        raise NothingToBuildError(f"nothing to build: no readable document ({reasons})")
    report("link", None)
    kb = link(extractions)
    counts = write_outputs(kb, Path(out), lambda stage: report(stage, None))
    for (type_, _), ent in kb.entities.items():
        summary.entities[type_] += 1
    summary.facts = len(kb.facts) + sum(len(c) for c in kb.dates.values())
    kinds = Counter(lm.measure.kind for lm in kb.measures)
    summary.targets, summary.observations, summary.forecasts = kinds["target"], kinds["observation"], kinds["forecast"]
    summary.triples = counts["triples"]
    summary.date_conflicts = kb.date_conflicts
    summary.seconds = time.perf_counter() - started
    return summary
