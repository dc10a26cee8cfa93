"""The one mapping from record kinds to RDF terms and table columns, kept as
data in ``ontology/mapping/``:

- ``prefixes.csv``: namespace prefixes (Turtle, SPARQL, the lookups);
- ``entities.csv``: entity type -> class, IRI path, table, view type;
- ``facts.csv``: fact predicate -> RDF term, subject/object types, the table
  column it fills (a literal such as 文号 becomes a column of its subject's
  table), whether it has one value, its label on the policy card;
- ``measures.csv``: measure kind -> class, the policy's link to it, table,
  value / upper value / time terms;
- ``tables.yaml``: every table's columns in order.

A new fact or measure kind is one row here; linking, the graph, the tables
and the lookups read it from this module.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .errors import OntologyError
from .lexicon import ontology_file, yaml_data


@dataclass(frozen=True)
class EntityKind:
    type: str
    term: str  # class, prefixed (pkg:Policy)
    path: str  # IRI path under id:
    table: str
    view: str  # node type in the graph view


@dataclass(frozen=True)
class FactKind:
    predicate: str
    subject: str  # POLICY ORG PLATFORM DOCUMENT
    object: str  # an entity type, DATE or TEXT
    term: str
    table: str  # the subject's table whose column this fact fills ("" for relations.csv only)
    column: str
    single: bool  # one value per subject (the most precise / first stated)
    label: str  # shown on the policy card
    cell: str  # what the table cell holds: name (of the object entity), id, or value (a literal)
    lookup: bool  # the subject can be looked up by this value (policykg policy GRAPH 国办发〔2024〕6号)

    @property
    def literal(self) -> bool:
        return self.object in ("DATE", "TEXT")


@dataclass(frozen=True)
class MeasureKind:
    kind: str
    term: str
    link: str  # the policy's property pointing to it ("" when none)
    table: str
    value_term: str
    max_term: str
    time_term: str
    label: str


def read_rows(name: str) -> list[dict[str, str]]:
    path = ontology_file(f"mapping/{name}")
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    return {row["prefix"]: row["namespace"] for row in read_rows("prefixes.csv")}


@lru_cache(maxsize=1)
def entity_kinds() -> dict[str, EntityKind]:
    return {row["type"]: EntityKind(row["type"], row["class"], row["path"], row["table"], row["view"])
            for row in read_rows("entities.csv")}


@lru_cache(maxsize=1)
def fact_kinds() -> dict[str, FactKind]:
    return {row["predicate"]: FactKind(row["predicate"], row["subject"], row["object"], row["term"], row["table"],
                                       row["column"], row["single"] == "yes", row["label"], row["cell"], row["lookup"] == "yes")
            for row in read_rows("facts.csv")}


@lru_cache(maxsize=1)
def measure_kinds() -> dict[str, MeasureKind]:
    return {row["kind"]: MeasureKind(row["kind"], row["class"], row["link"], row["table"], row["value_term"],
                                     row["max_term"], row["time_term"], row["label"])
            for row in read_rows("measures.csv")}


@lru_cache(maxsize=1)
def table_columns() -> dict[str, tuple[str, ...]]:
    path = ontology_file("mapping/tables.yaml")
    data = yaml_data(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: expected a mapping of table names to column lists")
    return {name: tuple(cols) for name, cols in data.items()}


def fact_kind(predicate: str) -> FactKind:
    try:
        return fact_kinds()[predicate]
    except KeyError:
        raise OntologyError(f"fact predicate {predicate!r} is not in ontology/mapping/facts.csv; "
                            f"expected one of {', '.join(fact_kinds())}") from None


def measure_kind(kind: str) -> MeasureKind:
    try:
        return measure_kinds()[kind]
    except KeyError:
        raise OntologyError(f"measure kind {kind!r} is not in ontology/mapping/measures.csv; "
                            f"expected one of {', '.join(measure_kinds())}") from None


def expand(term: str) -> str:
    """The full IRI of a prefixed term (pkg:Policy)."""
    prefix, _, local = term.partition(":")
    return prefixes()[prefix] + local


SLUG_DROP = re.compile(r"_+")


def slug(text: str, limit: int = 80) -> str:
    """An IRI path segment from a name: letters and digits of any script (NFKC),
    ``-`` and ``_``; everything else (spaces, punctuation, brackets, controls,
    private-use characters, U+FFFD) becomes ``_``. Never empty."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        out.append(ch if (cat[0] in "LN" and cat != "Lm") or ch in "-_" else "_")
    value = SLUG_DROP.sub("_", "".join(out)).strip("_")[:limit]
    return value or "_"
