"""One document through nlp and the registered extractors -> :class:`Extraction`.

This is the unit of work that is cached and run in parallel: it depends on
nothing but the document (and the extractors and rule files, which the
cache key covers). The extractors run in the order their declarations give
(``extractors.registry``); an extractor that fails on one sentence costs
that sentence's records of that extractor and a warning, not the document.
"""
from __future__ import annotations

from .extractors.context import Context
from .extractors.registry import Extractor, stages
from .nlp import sentences_of
from .records import Document, Extraction, Fact, Measure, Mention

MAX_WARNINGS = 20  # per document


def extract_document(document: Document) -> Extraction:
    sentences = sentences_of(document.text)
    ctx = Context(document, sentences)
    for scope, extractors in stages():
        if scope == "document":
            run_document(extractors[0], ctx)
        else:
            for i, sent in enumerate(sentences):
                for ex in extractors:
                    run_sentence(ex, sent, i, ctx)
    mentions = tuple(sorted((m for ms in ctx.mentions for m in ms), key=lambda m: (m.start, m.end, m.type)))
    return Extraction(document, tuple((s.start, s.end) for s in sentences), mentions, tuple(ctx.facts),
                      tuple(ctx.measures), tuple(ctx.warnings[:MAX_WARNINGS]))


def run_sentence(ex: Extractor, sent, index: int, ctx: Context) -> None:
    try:
        records = list(ex.func(sent, ctx))
        if records:  # (most sentences give an extractor nothing)
            checked(records)
    except Exception as err:  # noqa: BLE001 - one sentence must not cost the document
        warn(ctx, ex, err, sent.text)
        return
    for record in records:
        ctx.add(record, index)


def run_document(ex: Extractor, ctx: Context) -> None:
    try:
        records = checked(list(ex.func(ctx)))
    except Exception as err:  # noqa: BLE001
        warn(ctx, ex, err, "")
        return
    for record in records:
        ctx.add(record)


def checked(records: list) -> list[Mention | Fact | Measure]:
    """The records, or TypeError naming what an extractor returned that is not one."""
    for record in records:
        if not isinstance(record, (Mention, Fact, Measure)):
            raise TypeError(f"an extractor returned {type(record).__name__}; expected Mention, Fact or Measure")
    return records


def warn(ctx: Context, ex: Extractor, err: Exception, where: str) -> None:
    place = f" in “{where[:40]}”" if where else ""
    ctx.warnings.append(f"{ctx.document.path}: extractor {ex.name} failed{place}: {type(err).__name__}: {str(err)[:120]}")
