"""Link stage: extractions of many documents -> one knowledge base.

Mentions become entities (one per real thing: a policy across its written
variants, a body across its short names), facts become statements with
every sentence that states them, measures become one record per real fact
with their indicator, policy and (for targets) whether they were met.

Documents are taken one at a time (:class:`Linker`) and dropped once
linked; only entities, statements, measures and compact mention spans stay.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

from ..records import Extraction, Mention, textless
from .entities import finish_entities, name_of
from .measures import link_measures
from .model import DocumentLinks, Entity, KnowledgeBase, LinkedMeasure, Ref, TextReader

__all__ = ["DocumentLinks", "Entity", "KnowledgeBase", "LinkedMeasure", "Linker", "Ref", "TextReader", "link"]

EVIDENCE_PER_ENTITY = 3
ENTITY_ATTRIBUTES = ("category", "kind", "level", "foreign", "country")


def link(extractions: Iterable[Extraction], texts: str | Path | None = None) -> KnowledgeBase:
    """Link extractions (with their texts when ``texts`` is None) into a knowledge base."""
    linker = Linker(texts)
    for ex in extractions:
        linker.add(ex)
    return linker.finish()


class Linker:
    def __init__(self, texts: str | Path | None = None) -> None:
        self.kb = KnowledgeBase(TextReader(Path(texts) if texts is not None else None))
        self._forms: dict[tuple[str, str, str], int] = {}

    def add(self, ex: Extraction) -> None:
        doc = ex.document
        if doc.text and self.kb.texts.folder is None:
            self.kb.texts.keep(doc.id, doc.text)
        starts = [s for s, _ in ex.sentences]

        def sentence(pos: int) -> Ref:
            i = bisect_right(starts, pos) - 1
            if i < 0:
                return Ref(doc.id, pos, pos)
            return Ref(doc.id, *ex.sentences[i])

        spans = array("i")
        for m in ex.mentions:
            if m.type in ("DATE", "QUANTITY"):
                continue
            ent = self.entity(m.type, m.key, doc.id)
            ent.names[m.text] += 1
            self.take_attrs(ent, m)
            if len(ent.evidence) < EVIDENCE_PER_ENTITY:
                ref = sentence(m.start)
                if ref not in ent.evidence:
                    ent.evidence.append(ref)
            form = (m.text, m.type, m.key)
            index = self._forms.get(form)
            if index is None:
                index = self._forms[form] = len(self.kb.forms)
                self.kb.forms.append(form)
            spans.extend((m.start, m.end, index))
        for f in ex.facts:
            if f.subject_type != "DOCUMENT":
                self.entity(f.subject_type, f.subject, doc.id)
            if f.object_type not in ("DATE", "TEXT", "DOCUMENT"):
                self.entity(f.object_type, f.obj, doc.id)
            key = (f.subject_type, f.subject, f.predicate, f.object_type, f.obj)
            refs = self.kb.statements.setdefault(key, [])
            ref = Ref(doc.id, f.evidence.start, f.evidence.end)
            if ref not in refs:
                refs.append(ref)
        links = DocumentLinks(textless(doc), spans)
        for measure in ex.measures:
            lm = LinkedMeasure(measure, Ref(doc.id, measure.evidence.start, measure.evidence.end))
            links.measures.append(lm)
        self.kb.docs.append(links)
        self.kb.warnings.extend(ex.warnings)

    def entity(self, type_: str, key: str, doc: str) -> Entity:
        ent = self.kb.entities.get((type_, key))
        if ent is None:
            ent = self.kb.entities[(type_, key)] = Entity(type_, key)
        ent.docs.setdefault(doc, None)
        return ent

    @staticmethod
    def take_attrs(ent: Entity, m: Mention) -> None:
        for name, value in m.attrs:
            if name in ENTITY_ATTRIBUTES and value and name not in ent.attrs:
                ent.attrs[name] = value

    def finish(self) -> KnowledgeBase:
        kb = self.kb
        finish_entities(kb)
        link_measures(kb)
        return kb


__all__ += ["name_of"]
