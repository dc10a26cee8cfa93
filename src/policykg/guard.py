"""One value an extractor cannot handle costs that value's records, never the document.

An extractor wrapped with :func:`guarded` that raises on one call (a number
beyond the decimal context, an index out of range on an odd sentence …)
returns no records for that call; the problem becomes a warning naming the
document, the extractor and the value it was called with, and extraction
goes on with the next call::

    @guarded("quantities")
    def quantity_mentions(sent, doc): ...

    with collecting(doc.path) as problems:   # the pipeline, around one document
        extraction = extract_document(doc)
    # problems: ['in/x.txt: extractor quantities failed on “到2025年…” (at 120-160): InvalidOperation: …']

Outside :func:`collecting` the warning goes to Python's ``warnings`` (as a
:class:`GuardWarning`). Only ``Exception`` is caught: a document's time
budget (``errors.DocumentTimeout``) and Ctrl-C go through.
"""
from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, overload

F = TypeVar("F", bound=Callable[..., Any])

_problems: ContextVar[tuple[str, list[str]] | None] = ContextVar("policykg_guard_problems", default=None)
SHOWN_VALUE = 60  # characters of the value quoted in a warning
MAX_PROBLEMS = 20  # per document: the rest are counted, not listed


class GuardWarning(UserWarning):
    """An extractor failed on one value outside :func:`collecting`."""


@contextmanager
def collecting(document: str) -> Iterator[list[str]]:
    """Collect, into the list yielded, the problems of the guarded extractors that
    run inside the block, each naming ``document`` (a path or an id)."""
    problems: list[str] = []
    token = _problems.set((document, problems))
    try:
        yield problems
    finally:
        _problems.reset(token)
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            del problems[MAX_PROBLEMS:]
            problems.append(f"{document}: … and {more} more extractor failures")


@overload
def guarded(name: F) -> F: ...
@overload
def guarded(name: str | None = None, *, empty: Callable[[], Any] = list) -> Callable[[F], F]: ...


def guarded(name=None, *, empty=list):
    """Wrap an extractor so that an exception in one call returns ``empty()`` (no
    records) and reports the problem (see the module's docstring). ``name``: how
    the warning names the extractor (default: its function name). Use as
    ``@guarded``, ``@guarded("quantities")`` or ``guarded("x")(func)``. A
    generator function is run to its end inside the guard (its records come as a list)."""
    if callable(name):
        return guarded()(name)

    def wrap(func: F) -> F:
        label = name or func.__name__
        generator = inspect.isgeneratorfunction(func)

        @functools.wraps(func)
        def run(*args, **kwargs):
            try:
                return list(func(*args, **kwargs)) if generator else func(*args, **kwargs)
            except Exception as err:  # noqa: BLE001 - the point: one value's problem stays its own
                report(label, args, err)
                return empty()

        run.guarded = True  # type: ignore[attr-defined]
        return run  # type: ignore[return-value]

    return wrap


def report(extractor: str, args: tuple, err: Exception) -> None:
    """Record the failure of ``extractor`` on ``args``."""
    active = _problems.get()
    document = active[0] if active else "?"
    message = f"{document}: extractor {extractor} failed on {describe(args)}: {type(err).__name__}: {err}"[:400]
    message += "; its records there are left out, the rest of the document is kept"
    if active:
        active[1].append(message)
    else:
        warnings.warn(message, GuardWarning, stacklevel=3)


def describe(args: tuple) -> str:
    """The value an extractor was called with, as a warning quotes it: the first
    argument's text (a sentence's, or a string) shortened, with its offsets when it has them."""
    if not args:
        return "(no arguments)"
    value = args[0]
    text = getattr(value, "text", value)
    shown = text if isinstance(text, str) else repr(value)
    shown = shown if len(shown) <= SHOWN_VALUE else shown[:SHOWN_VALUE] + "…"
    where = ""
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        where = f" (at {start}-{end})"
    return f"“{shown}”{where}"
