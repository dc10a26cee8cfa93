"""The SKOS scheme of policy instrument types (``ontology/instruments.ttl``):
each type's Chinese label -> its concept."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from ..errors import OntologyError
from ..lexicon import ontology_file
from . import terms as T


@lru_cache(maxsize=1)
def instrument_types() -> dict[str, str]:
    """Chinese label (资金支持 …) -> concept IRI, for the types below the three top concepts."""
    g = Graph().parse(ontology_file("instruments.ttl"), format="turtle")
    out = {}
    for concept, label in g.subject_objects(SKOS.prefLabel):
        if isinstance(label, Literal) and label.language == "zh" and (concept, SKOS.broader, None) in g:
            out[str(label)] = str(concept)
    if not out:
        raise OntologyError("ontology/instruments.ttl: no instrument types (skos:Concept with skos:broader and a @zh label)")
    return out


def instrument_concept(label: str) -> str:
    try:
        return T.turtle_iri(instrument_types()[label])
    except KeyError:
        raise OntologyError(f"instrument type {label!r}; expected one of {', '.join(instrument_types())}") from None
