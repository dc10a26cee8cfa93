"""Which policies give what to whom: the policy instruments whose type,
beneficiary, condition, policy or sentence mentions the user's text
(``policykg instruments GRAPH 专精特新``)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import NotFoundError
from .common import EVIDENCE, complete_evidence, label_of, label_value, quantity, section
from .frames import records
from .index import NOT_FOUND
from .matching import normalise
from .sparql import Store, load

COLUMNS = ["policy", "issuer", "date", "type", "instrument", "beneficiary", "condition", "region", "evidence", "doc",
           "amount", "amount_max", "unit", "comparator", "start", "end", "policy_iri", "iri"]


@dataclass
class InstrumentsResult:
    text: str
    instruments: pd.DataFrame

    def to_dict(self) -> dict:
        return {"query": self.text, "instruments": records(self.instruments)}


def all_instruments(store: Store) -> list[dict]:
    """Every instrument with its policy, type, amount, beneficiary, condition and first sentence (cached per store)."""
    if "instruments" not in store.cache:
        rows = store.select(f"""SELECT * WHERE {{ ?x a pkg:Instrument ; pkg:instrumentType ?t .
            OPTIONAL {{ ?t skos:prefLabel ?type }} OPTIONAL {{ ?x pkg:amount ?amount }} OPTIONAL {{ ?x pkg:amountMax ?amount_max }}
            OPTIONAL {{ ?x pkg:unit ?unit }} OPTIONAL {{ ?x pkg:comparator ?cmp }} OPTIONAL {{ ?x pkg:beneficiary ?beneficiary }}
            OPTIONAL {{ ?x pkg:condition ?condition }} OPTIONAL {{ ?x pkg:region ?region {label_of('region')} }}
            OPTIONAL {{ ?policy pkg:hasInstrument ?x OPTIONAL {{ ?policy eli:title ?title }} OPTIONAL {{ ?policy eli:date_document ?date }}
                        OPTIONAL {{ ?policy eli:passed_by/skos:prefLabel ?issuer }} }}
            OPTIONAL {{ {EVIDENCE} }} }}""")
        found: dict[str, dict] = {}
        for r in rows:
            m = found.setdefault(r["x"], dict(
                iri=r["x"], type=str(r.get("type") or ""), amount=r.get("amount"), amount_max=r.get("amount_max"),
                unit=r.get("unit") or "", comparator=r.get("cmp") or "=", beneficiary=str(r.get("beneficiary") or ""),
                condition=str(r.get("condition") or ""), region=label_value(r, "region") or "", policy=str(r.get("title") or ""),
                policy_iri=r.get("policy"), date=r.get("date"), issuer=[], evidence="", doc="", start=None, end=None))
            if r.get("issuer") is not None and str(r["issuer"]) not in m["issuer"]:
                m["issuer"].append(str(r["issuer"]))
            if complete_evidence(r) and (not m["doc"] or (str(r["doc"]), r["start"]) < (m["doc"], m["start"])):
                m.update(evidence=str(r["exact"]), doc=str(r["doc"]), start=r["start"], end=r["end"])
        store.cache["instruments"] = sorted(found.values(), key=lambda m: (m["doc"], m["start"] or 0))
    return store.cache["instruments"]


def instruments(graph: str | Path | Store, text: str) -> InstrumentsResult:
    """The instruments whose type, beneficiary, condition, policy title or sentence contains ``text``."""
    from .lookups import typed_frame

    store = load(graph)
    want = normalise(text)
    hits = [m for m in all_instruments(store)
            if want and any(want in normalise(m[k]) for k in ("type", "beneficiary", "condition", "policy", "evidence"))]
    if not hits:
        raise NotFoundError(f"no instrument mentions {text!r} ({NOT_FOUND}); try a type (资金支持) or who gets it (企业)")
    rows = [dict(m, issuer="|".join(m["issuer"]), instrument=quantity(m["amount"], m["unit"], m["comparator"])) for m in hits]
    return InstrumentsResult(text, typed_frame(pd.DataFrame(rows, columns=COLUMNS, dtype=object)))


def format_instruments(r: InstrumentsResult) -> str:
    return section(f"Instruments mentioning “{r.text}” ({len(r.instruments)})", r.instruments,
                   ["policy", "type", "instrument", "beneficiary", "condition", "evidence", "doc"])
