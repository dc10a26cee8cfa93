"""tables/*.csv: one row per record, the columns of ``ontology/mapping/tables.yaml``.

UTF-8 with a byte-order mark (Excel on Windows then reads the Chinese),
header row, ``|`` joining multi-valued cells, empty cells for unknown.
Columns that facts fill (a policy's issuers, date and 文号, a platform's
operator …) come from ``ontology/mapping/facts.csv``, so a new fact kind
with a table column needs no code here.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..link import Entity, KnowledgeBase, LinkedMeasure
from ..mapping import entity_kinds, fact_kinds, table_columns
from .terms import plain_decimal, xml_text

ENCODING = "utf-8-sig"
Row = dict[str, object]


def write_tables(kb: KnowledgeBase, folder: Path) -> dict[str, int]:
    """Write every table; returns the number of rows of each."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, rows in table_rows(kb):
        counts[table] = write_table(folder / f"{table}.csv", table_columns()[table], rows)
    return counts


def write_table(path: Path, columns: tuple[str, ...], rows: Iterable[Row]) -> int:
    n = 0
    with open(path, "w", encoding=ENCODING, newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([cell(row.get(c, "")) for c in columns])
            n += 1
    return n


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "|".join(cell(v) for v in value if v not in (None, ""))
    return xml_text(str(value))


def table_rows(kb: KnowledgeBase) -> Iterator[tuple[str, Iterable[Row]]]:
    names = Names(kb)
    yield "documents", document_rows(kb, names)
    yield "mentions", mention_rows(kb)
    for type_, kind in entity_kinds().items():  # (ontology/mapping/entities.csv: each type's table)
        yield kind.table, (entity_row(kb, e, kind.table, names) for e in sorted(
            (e for e in kb.entities.values() if e.type == type_), key=lambda e: e.id))
    for kind, table in (("target", "targets"), ("observation", "observations"), ("forecast", "forecasts"),
                        ("instrument", "instruments")):
        yield table, (measure_row(kb, lm, names) for lm in kb.measures if lm.measure.kind == kind)
    yield "relations", relation_rows(kb, names)


class Names:
    """Entity (type, key) -> id and name, for the cells that name entities."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def id(self, type_: str, key: str) -> str:
        ent = self.kb.get(type_, key)
        return ent.id if ent else ""

    def name(self, type_: str, key: str) -> str:
        ent = self.kb.get(type_, key)
        return ent.name if ent else key

    def indicator_counts(self) -> dict[str, tuple[int, int]]:
        """Indicator key -> (targets, observations) on it."""
        if not hasattr(self, "_counts"):
            counts: dict[str, tuple[int, int]] = {}
            for lm in self.kb.measures:
                t, o = counts.get(lm.indicator, (0, 0))
                counts[lm.indicator] = (t + (lm.measure.kind == "target"), o + (lm.measure.kind == "observation"))
            self._counts = counts
        return self._counts


def fact_cells(kb: KnowledgeBase, type_: str, key: str, table: str, names: Names) -> Row:
    """The columns of ``table`` that facts about the subject fill."""
    row: Row = {}
    for kind in fact_kinds().values():
        if kind.table != ("policies" if table == "reports" else table):  # (a report's issuers and date, as a policy's)
            continue
        subject_type = kind.subject
        if subject_type == "POLICY" and type_ == "REPORT":
            subject_type = "REPORT"
        objects = kb.objects(subject_type if type_ != "DOCUMENT" else "DOCUMENT", key, kind.predicate)
        if kind.predicate == "issued_on":
            ent = kb.get(type_, key)
            values = [ent.attrs.get("date", "")] if ent else []
        elif kind.cell == "id":
            values = [names.id(ot, o) for ot, o in objects]
        elif kind.cell == "name":
            values = [names.name(ot, o) for ot, o in objects]
        else:
            values = [o for _, o in objects]
        values = [v for v in dict.fromkeys(values) if v]
        row[kind.column] = values[:1] if kind.single else values
    return row


def entity_row(kb: KnowledgeBase, ent: Entity, table: str, names: Names) -> Row:
    row: Row = {"id": ent.id, "name": ent.name, "title": ent.name, "aliases": list(ent.aliases),
                "documents": list(ent.docs)}
    row.update(fact_cells(kb, ent.type, ent.key, table, names))
    if ent.type == "POLICY":
        row["kind"] = ent.attrs.get("kind", "")
    elif ent.type == "ORG":
        row["category"] = ent.attrs.get("category") or "other"
        row["country"] = ent.attrs.get("foreign", "")
    elif ent.type == "REGION":
        row["level"] = ent.attrs.get("level", "")
        row["province"] = ent.attrs.get("province", "")
    elif ent.type == "INDICATOR":
        row["targets"], row["observations"] = names.indicator_counts().get(ent.key, (0, 0))
    return row


def document_rows(kb: KnowledgeBase, names: Names) -> Iterator[Row]:
    for d in kb.docs:
        doc = d.document
        row: Row = {"id": doc.id, "path": doc.path, "title": doc.title, "date": doc.date, "chars": doc.length,
                    "format": doc.format, "genre": doc.genre, "source": doc.source, "url": doc.url,
                    "sources": list(doc.sources)}
        row.update(fact_cells(kb, "DOCUMENT", doc.id, "documents", names))
        policy = next((o for ot, o in kb.objects("DOCUMENT", doc.id, "embodies")), "")
        if policy:
            cells = fact_cells(kb, "POLICY", policy, "policies", names)
            row["issuers"] = cells.get("issuers", [])
            row["doc_number"] = cells.get("doc_number", [])
            if not row.get("title"):
                row["title"] = names.name("POLICY", policy)
        if not row.get("title") and doc.genre == "interpretation":  # (its own title line: 《某办法》政策解读)
            row["title"] = next((p.label for p in doc.parts if p.kind == "title"), "")
        yield row


def mention_rows(kb: KnowledgeBase) -> Iterator[Row]:
    forms = kb.forms
    for d in kb.docs:
        spans = d.spans
        for i in range(0, len(spans), 3):
            text, type_, key = forms[spans[i + 2]]
            ent = kb.get(type_, key)
            yield {"doc": d.document.id, "start": spans[i], "end": spans[i + 1], "text": text, "type": type_,
                   "entity": ent.id if ent else ""}


def measure_row(kb: KnowledgeBase, lm: LinkedMeasure, names: Names) -> Row:
    m = lm.measure
    q = m.quantity
    row: Row = {"id": lm.id, "indicator": m.indicator,
                "measure": m.measure, "region": names.name("REGION", m.region) if m.region else "",
                "subject": names.name("ORG", m.subject) if m.subject else "",
                "policy": names.name("POLICY", lm.policy) if lm.policy else "",
                "issuer": names.name("ORG", m.issuer) if m.issuer and not lm.policy else "",
                "type": m.category, "beneficiary": m.beneficiary, "condition": m.condition, "status": lm.status,
                "doc": lm.ref.doc, "start": lm.ref.start, "end": lm.ref.end, "text": kb.texts.exact(lm.ref),
                "deadline": m.time if m.kind == "target" else "", "date": m.time if m.kind != "target" else ""}
    if q is not None:
        value, upper = plain_decimal(q.value), plain_decimal(q.upper)
        row.update({"value": value, "value_max": upper, "amount": value, "amount_max": upper, "unit": q.unit,
                    "comparator": q.comparator})
    return row


def relation_rows(kb: KnowledgeBase, names: Names) -> Iterator[Row]:
    for (st, s, p, ot, o) in sorted(kb.statements):
        subject = f"doc/{s}" if st == "DOCUMENT" else names.id(st, s)
        obj = o if ot in ("DATE", "TEXT") else names.id(ot, o)
        for r in kb.statements[(st, s, p, ot, o)]:
            yield {"subject": subject, "predicate": p, "object": obj, "doc": r.doc, "start": r.start, "end": r.end}
