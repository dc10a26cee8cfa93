"""The extractor registry: extractors are plain functions registered by name
with what they need and what they produce; the run order comes from these
declarations (the way spaCy registers pipeline components).

A ``sentence`` extractor is ``func(sentence, context) -> records``; a
``document`` extractor is ``func(context) -> records``. Records are
:class:`~policykg.records.Mention`, :class:`~policykg.records.Fact` and
:class:`~policykg.records.Measure`. ``needs`` and ``produces`` are labels:
mention types (``DATE``, ``ORG`` …), fact predicates (``fact:issued_by``),
measure kinds (``measure:target``) and context attributes (``home``).
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SCOPES = ("sentence", "document")


@dataclass(frozen=True)
class Extractor:
    name: str
    func: Callable
    scope: str
    needs: tuple[str, ...]
    produces: tuple[str, ...]
    module: str

    @property
    def source(self) -> Path:
        """The file of the extractor's module (its code is part of the cache key)."""
        return Path(importlib.import_module(self.module).__file__ or "")


REGISTRY: dict[str, Extractor] = {}


def extractor(name: str, *, scope: str = "sentence", needs: Iterable[str] = (), produces: Iterable[str] = ()):
    """Register ``func`` as the extractor ``name``."""
    if scope not in SCOPES:
        raise ValueError(f"extractor {name!r}: scope {scope!r}; expected one of {', '.join(SCOPES)}")

    def register(func: Callable) -> Callable:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"extractor {name!r} registered twice ({REGISTRY[name].module} and {func.__module__})")
        REGISTRY[name] = Extractor(name, func, scope, tuple(needs), tuple(produces), func.__module__)
        return func

    return register


def load_families() -> None:
    """Import every module of the ``policykg.extractors`` package (each registers its extractors)."""
    package = importlib.import_module("policykg.extractors")
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("_") and info.name not in ("registry", "context"):
            importlib.import_module(f"policykg.extractors.{info.name}")


@lru_cache(maxsize=1)
def run_order() -> tuple[Extractor, ...]:
    """Every registered extractor, each after all extractors producing what it
    needs (ties by name). Raises ValueError for a need nobody produces or a cycle."""
    load_families()
    producers: dict[str, set[str]] = {}
    for ex in REGISTRY.values():
        for label in ex.produces:
            producers.setdefault(label, set()).add(ex.name)
    after: dict[str, set[str]] = {}
    for ex in REGISTRY.values():
        deps = set()
        for label in ex.needs:
            if label not in producers:
                raise ValueError(f"extractor {ex.name!r} needs {label!r}, which no extractor produces "
                                 f"(produced: {', '.join(sorted(producers))})")
            deps |= producers[label] - {ex.name}
        after[ex.name] = deps
    order: list[Extractor] = []
    done: set[str] = set()
    while len(order) < len(REGISTRY):
        ready = sorted(n for n, deps in after.items() if n not in done and deps <= done)
        if not ready:
            stuck = sorted(n for n in after if n not in done)
            raise ValueError(f"extractors {', '.join(stuck)} need each other's output: no run order")
        # run sentence extractors together where the declarations allow it
        pick = next((n for n in ready if REGISTRY[n].scope == (order[-1].scope if order else "sentence")), ready[0])
        order.append(REGISTRY[pick])
        done.add(pick)
    return tuple(order)


def stages() -> list[tuple[str, tuple[Extractor, ...]]]:
    """The run order as stages: consecutive sentence extractors run together,
    sentence by sentence; each document extractor is a stage of its own."""
    out: list[tuple[str, tuple[Extractor, ...]]] = []
    for ex in run_order():
        if ex.scope == "sentence" and out and out[-1][0] == "sentence":
            out[-1] = ("sentence", out[-1][1] + (ex,))
        else:
            out.append((ex.scope, (ex,)))
    return out
