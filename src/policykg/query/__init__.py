"""Query stage: SPARQL over the built graph (``sparql``), the lookups people run
(``lookups``), the SPARQL endpoint (``serve``) and the Graph Store push (``push``)."""
from .sparql import Result, Store, load

__all__ = ["Result", "Store", "load"]
