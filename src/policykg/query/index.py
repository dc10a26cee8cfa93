"""The store's names, matched against user text (:mod:`.matching`): indicators,
and policies and reports by title, alias or identifier (a 文号: every literal
fact marked ``lookup`` in ``ontology/mapping/facts.csv``). Built with one
SPARQL query per store and cached on it; user text never reaches SPARQL."""
from __future__ import annotations

from ..mapping import fact_kinds
from .matching import normalise, score
from .sparql import PREFIXES, Store

NOT_FOUND = "not found"


def lookup_terms() -> list[str]:
    """The predicates a policy is found by: its title, labels and identifier facts."""
    return ["eli:title", "skos:prefLabel", "skos:altLabel", *(k.term for k in fact_kinds().values() if k.lookup)]


def label_index(store: Store, kind: str) -> list[tuple[str, str, str]]:
    """(iri, label, preferred label) for every indicator or policy/report; cached per store."""
    key = f"labels:{kind}"
    if key not in store.cache:
        classes = "pkg:Indicator" if kind == "indicator" else "pkg:Policy pkg:Report"
        terms = "eli:title skos:prefLabel skos:altLabel" if kind == "indicator" else " ".join(lookup_terms())
        rows = store.select(f"""SELECT ?e ?lp ?l WHERE {{ VALUES ?c {{ {classes} }} VALUES ?lp {{ {terms} }}
                               ?e a ?c ; ?lp ?l }}""")
        order = {PREFIXES["eli"] + "title": 0, PREFIXES["skos"] + "prefLabel": 1, PREFIXES["skos"] + "altLabel": 2}
        pref: dict[str, tuple[int, str]] = {}
        for r in rows:
            rank = order.get(r["lp"], 3)
            if rank < 2 and (r["e"] not in pref or rank < pref[r["e"]][0]):
                pref[r["e"]] = (rank, str(r["l"]))
        store.cache[key] = [(r["e"], str(r["l"]), pref.get(r["e"], (9, r["e"]))[1]) for r in rows]
    return store.cache[key]


def match(store: Store, kind: str, text: str) -> list[tuple[str, str, float]]:
    """Entities matching ``text``, best first: (iri, preferred label, score)."""
    key = f"norm:{kind}"
    if key not in store.cache:
        store.cache[key] = [(iri, normalise(label), pref) for iri, label, pref in label_index(store, kind)]
    index = store.cache[key]
    t = normalise(text)
    best: dict[str, tuple[str, float]] = {}
    if t:
        half = max(2, len(t) / 2)
        for iri, l, pref in index:  # rules 1-3: plain substring tests, fast over 100k labels
            if t in l:
                s = 1.0 if t == l else 0.8 + 0.1 * len(t) / len(l)
            elif l and len(l) >= half and l in t:
                s = 0.6 + 0.1 * len(l) / len(t)
            else:
                continue
            if s > best.get(iri, ("", 0.0))[1]:
                best[iri] = (pref, s)
        if not best:  # rule 4: shared characters
            for iri, l, pref in index:
                s = score(t, l)
                if s > best.get(iri, ("", 0.0))[1]:
                    best[iri] = (pref, s)
    ranked = sorted(((i, p, s) for i, (p, s) in best.items()), key=lambda x: (-x[2], len(x[1]), x[1]))
    strong = [r for r in ranked if r[2] >= 0.6]
    return strong if strong else ranked[:5]


