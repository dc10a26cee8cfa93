"""The policy card: one policy (or report) found by title, alias or 文号, with
its issuers, dates, the literal facts ``ontology/mapping/facts.csv`` names
(文号 …), its targets and instruments, the policies it cites or that cite it,
and the documents that mention it."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import NotFoundError
from ..mapping import fact_kinds
from .common import distinct, evidence_of, evidence_rows, first, group, labels, local, props, quantity, section
from .frames import records
from .index import NOT_FOUND, match
from .sparql import Store, compact, iri_values, load


@dataclass
class PolicyCard:
    iri: str
    title: str
    aliases: list[str]
    kind: str
    issuers: list[str]
    dates: list[str]
    facts: dict[str, list[str]]  # label (文号 …) -> values, for the literal facts of the mapping
    targets: pd.DataFrame
    instruments: pd.DataFrame
    relations: pd.DataFrame  # relation, other, evidence, doc, other_iri
    documents: pd.DataFrame  # doc, title, date, evidence, start, end
    candidates: list[tuple[str, str, float]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"iri": self.iri, "title": self.title, "aliases": self.aliases, "kind": self.kind, "issuers": self.issuers,
                "dates": self.dates, "facts": self.facts, "targets": records(self.targets),
                "instruments": records(self.instruments), "relations": records(self.relations),
                "documents": records(self.documents),
                "other_matches": [{"iri": i, "title": t, "score": round(s, 3)} for i, t, s in self.candidates]}


def literal_facts() -> dict[str, str]:
    """RDF term (prefixed) -> card label, for the literal facts about policies other than the date."""
    return {k.term: k.label for k in fact_kinds().values()
            if k.subject == "POLICY" and k.literal and k.predicate != "issued_on"}


def policy(graph: str | Path | Store, text: str) -> PolicyCard:
    """A policy card for the best policy (or report) whose title, alias or 文号 matches ``text``."""
    from .lookups import typed_frame

    store = load(graph)
    cands = match(store, "policy", text)
    if not cands:
        raise NotFoundError(f"no policy title, alias or 文号 matches {text!r} ({NOT_FOUND}); try part of the title, e.g. 加快发展的通知")
    iri, title, _ = cands[0]
    p = iri_values("p", [iri])
    basics = store.select(f"""SELECT ?title ?alias ?kind ?date ?issuer WHERE {{ {p}
        OPTIONAL {{ ?p eli:title ?title }} OPTIONAL {{ ?p skos:altLabel ?alias }} OPTIONAL {{ ?p pkg:policyKind ?kind }}
        OPTIONAL {{ ?p eli:date_document ?date }} OPTIONAL {{ ?p eli:passed_by/skos:prefLabel ?issuer }} }}""")
    dates = sorted({str(d) for d in distinct(basics, "date")}, key=len, reverse=True)
    named = literal_facts()
    found = props(store, [iri], " ".join(named)) if named else {iri: {}}
    facts = {label: [str(v) for v in found[iri].get(term.split(":", 1)[1], [])] for term, label in named.items()}
    rels = relations(store, iri)
    mentioned = store.select(f"SELECT ?d ?doc WHERE {{ {p} ?d pkg:mentions ?p ; dcterms:identifier ?doc }}")
    dprops = props(store, [r["d"] for r in mentioned], "dcterms:title dcterms:date")
    by_doc = group(evidence_rows(store, [iri]), "doc")
    docs = []
    for r in mentioned:
        d = dprops[r["d"]]
        _, start, end, exact = evidence_of(by_doc.get(r["doc"], []))
        docs.append(dict(doc=r["doc"], title=(d.get("title") or [""])[0], date=(d.get("date") or [""])[0],
                         evidence=exact or "", start=start, end=end))
    docs.sort(key=lambda r: r["doc"])
    return PolicyCard(
        iri=iri, title=first(basics, "title") or title,
        aliases=sorted({str(a) for a in distinct(basics, "alias")} - {first(basics, "title") or title}),
        kind=first(basics, "kind") or "", issuers=[str(i) for i in distinct(basics, "issuer")], dates=dates, facts=facts,
        targets=typed_frame(targets_of(store, iri)), instruments=typed_frame(instruments_of(store, iri)),
        relations=typed_frame(pd.DataFrame(rels, columns=["relation", "other", "evidence", "doc", "other_iri"], dtype=object)),
        documents=typed_frame(pd.DataFrame(docs, columns=["doc", "title", "date", "evidence", "start", "end"], dtype=object)),
        candidates=cands[1:],
    )


def linked(store: Store, iri: str, link: str, names: str, labelled: str) -> Iterator[tuple[str, dict, str, tuple]]:
    """(node, the first value of each of its ``names`` properties, the label of its
    ``labelled`` value, its evidence (doc, start, end, exact)) of each node the policy links to by ``link``."""
    xs = [r["x"] for r in store.select(f"SELECT ?x WHERE {{ {iri_values('p', [iri])} ?p {link} ?x }}")]
    found = props(store, xs, names)
    label = labels(store, [v for d in found.values() for v in d.get(labelled, [])])
    evidence = group(evidence_rows(store, xs), "x")
    for x in xs:
        one = {k: (v or [None])[0] for k, v in found[x].items()}
        yield x, one, label.get(one.get(labelled), ""), evidence_of(evidence.get(x, []))


def frame_by_position(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    rows.sort(key=lambda r: (str(r["doc"]), r["start"] or 0))
    return pd.DataFrame(rows, columns=columns, dtype=object)


def targets_of(store: Store, iri: str) -> pd.DataFrame:
    rows = [dict(indicator=name, target=quantity(one.get("targetValue"), one.get("unit"), one.get("comparator")),
                 deadline=one.get("deadline") or "", status=one.get("status") or "unknown",
                 evidence=exact or "", doc=doc or "", start=start, iri=x)
            for x, one, name, (doc, start, _, exact) in linked(
                store, iri, "pkg:setsTarget", "pkg:indicator pkg:targetValue pkg:unit pkg:comparator pkg:deadline pkg:status",
                "indicator")]
    return frame_by_position(rows, ["indicator", "target", "deadline", "status", "evidence", "doc", "start", "iri"])


def instruments_of(store: Store, iri: str) -> pd.DataFrame:
    rows = [dict(type=name, instrument=quantity(one.get("amount"), one.get("unit"), one.get("comparator")),
                 beneficiary=one.get("beneficiary") or "", condition=one.get("condition") or "",
                 evidence=exact or "", doc=doc or "", start=start, iri=x)
            for x, one, name, (doc, start, _, exact) in linked(
                store, iri, "pkg:hasInstrument",
                "pkg:instrumentType pkg:amount pkg:unit pkg:comparator pkg:beneficiary pkg:condition", "instrumentType")]
    return frame_by_position(rows, ["type", "instrument", "beneficiary", "condition", "evidence", "doc", "start", "iri"])


WORDS = {("out", "cites"): "cites", ("out", "implements"): "implements", ("out", "interprets"): "interprets",
         ("in", "cites"): "cited by", ("in", "implements"): "implemented by", ("in", "interprets"): "interpreted by"}


def relations(store: Store, iri: str) -> list[dict]:
    """The policies it cites, implements or interprets and those that cite … it, with the first sentence saying so."""
    p = iri_values("p", [iri])
    rel_rows = store.select(f"""SELECT ?dir ?rel ?other WHERE {{ {p}
        VALUES (?r ?rel) {{ (eli:cites "cites") (pkg:implements "implements") (pkg:interprets "interprets") }}
        {{ ?p ?r ?other BIND("out" AS ?dir) }} UNION {{ ?other ?r ?p BIND("in" AS ?dir) }} }}""")
    stmts = store.select(f"""SELECT ?st ?s ?pred ?o WHERE {{ {p}
        {{ ?st rdf:subject ?p ; rdf:predicate ?pred ; rdf:object ?o BIND(?p AS ?s) }}
        UNION {{ ?st rdf:object ?p ; rdf:predicate ?pred ; rdf:subject ?s BIND(?p AS ?o) }} }}""")
    st_ev = group(evidence_rows(store, [r["st"] for r in stmts]), "x")
    fact_ev: dict[tuple, list] = {}
    for r in stmts:
        fact_ev.setdefault((r["s"], local(r["pred"]), r["o"]), []).extend(st_ev.get(r["st"], []))
    other_names = labels(store, [r["other"] for r in rel_rows])
    out = []
    for r in rel_rows:
        key = (iri, r["rel"], r["other"]) if r["dir"] == "out" else (r["other"], r["rel"], iri)
        doc, _, _, exact = evidence_of(fact_ev.get(key, []))
        out.append(dict(relation=WORDS[(r["dir"], r["rel"])], other=other_names.get(r["other"], r["other"]),
                        evidence=exact or "", doc=doc or "", other_iri=r["other"]))
    return out


def format_policy(c: PolicyCard) -> str:
    lines = [
        f"《{c.title}》",
        f"  id:       {compact(c.iri)}",
        f"  kind:     {c.kind or '-'}",
        f"  aliases:  {'、'.join(c.aliases) or '-'}",
        f"  issuers:  {'、'.join(c.issuers) or '-'}",
        f"  date:     {c.dates[0] if c.dates else '-'}" + (f"  (also given as {', '.join(c.dates[1:])})" if len(c.dates) > 1 else ""),
    ]
    lines += [f"  {label}:{' ' * max(1, 9 - 2 * len(label))}{'、'.join(values)}" for label, values in c.facts.items() if values]
    lines += [
        "",
        section(f"Targets ({len(c.targets)})", c.targets, ["indicator", "target", "deadline", "status", "evidence", "doc"]),
        "",
        section(f"Instruments ({len(c.instruments)})", c.instruments, ["type", "instrument", "beneficiary", "evidence", "doc"]),
        "",
        section(f"Cites / interprets / cited by ({len(c.relations)})", c.relations, ["relation", "other", "evidence", "doc"]),
        "",
        section(f"Documents mentioning it ({len(c.documents)})", c.documents, ["doc", "date", "title", "evidence"]),
    ]
    if c.candidates:
        more = "、".join(t for _, t, _ in c.candidates[:8]) + (" …" if len(c.candidates) > 8 else "")
        lines += ["", f"other matches ({len(c.candidates)}): {more}"]
    return "\n".join(lines)
