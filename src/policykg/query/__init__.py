"""Query stage: SPARQL over the built graph (``sparql``), the lookups people run
(``lookups``), the SPARQL endpoint (``serve``) and the Graph Store push (``push``).

The names below are imported on first use, so that a light submodule
(``policykg.query.matching``) does not pull in pandas and pyoxigraph."""
from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Result", "Store", "load"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module(".sparql", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
