"""Which files to read: formats by suffix, folder walks, document ids.

Formats are data (``ontology/load/formats.csv``): suffixes that are read, and
suffixes of documents that cannot be read (.doc, .wps, .et …) with the advice
given for them. A folder walk reports, rather than silently passes over, what
it cannot use: an unreadable subfolder, a FIFO or device named like a
document, a folder named like one with nothing to read in it, a link to a
folder (not followed), a broken link, a document in a refused format. Files
of other suffixes (images, style sheets …) are not documents and are passed
over. Names that are not valid UTF-8 are kept for opening the file and shown
(in paths, ids and messages) with ``%XX`` for their undecodable bytes.
"""
from __future__ import annotations

import csv
import dataclasses
import os
import stat
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path, PurePath

from ..records import Skipped
from ..lexicon import ontology_file
from .decode import file_kind, safe_name


@dataclasses.dataclass(frozen=True)
class Formats:
    read: dict[str, str]  # suffix -> format
    refused: dict[str, tuple[str, str]]  # suffix -> (format, advice)


@lru_cache(maxsize=1)
def formats() -> Formats:
    read: dict[str, str] = {}
    refused: dict[str, tuple[str, str]] = {}
    with ontology_file("load/formats.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            suffix = (row.get("suffix") or "").strip().lower()
            fmt = (row.get("format") or "").strip()
            if not suffix or not fmt:
                continue
            if (row.get("status") or "").strip() == "read":
                read[suffix] = fmt
            else:
                refused[suffix] = (fmt, (row.get("advice") or "").strip())
    return Formats(read, refused)


SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(formats().read)
SUPPORTED_TEXT = " ".join(SUPPORTED_SUFFIXES)


def suffix_of(name: str) -> str:
    return PurePath(name).suffix.lower()


def supported(name: str) -> bool:
    return suffix_of(name) in formats().read


def refused(name: str) -> bool:
    return suffix_of(name) in formats().refused


def unsupported_reason(name: str) -> tuple[str, str]:
    """(reason, format) for a file whose suffix is not read."""
    suffix = suffix_of(name)
    if suffix in formats().refused:
        fmt, advice = formats().refused[suffix]
        return f"unsupported format {suffix}: {advice}", fmt
    shown = suffix or "(no extension)"
    return f"unsupported file type '{shown}', expected one of {SUPPORTED_TEXT}", suffix.lstrip(".")


def shown_path(path: str | os.PathLike) -> str:
    """The path as records and messages show it: posix separators, safe characters."""
    return safe_name(PurePath(os.fspath(path)).as_posix())


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    """A file to load, with the document id it will have.

    ``path``: as given on the command line (posix separators, safe characters);
    ``file``: the name to open when it differs from ``path`` (a name that is
    not valid UTF-8), else ""."""

    path: str
    id: str
    file: str = ""

    def load(self):
        """The loaded :class:`~policykg.records.Document` (raises :class:`~policykg.errors.LoadError`)."""
        from . import load_document

        return load_document(self.file or self.path, doc_id=self.id)


def _skip(path: str, reason: str, category: str, fmt: str = "") -> Skipped:
    return Skipped(shown_path(path), reason, fmt, category)


def walk(folder: str) -> list[tuple[str, str] | Skipped]:
    """(path to open, relative posix path) of every document file under
    ``folder``, and a Skipped for everything named above, in order of relative path."""
    found: list[tuple[str, str | Skipped]] = []  # (sort key, file or Skipped)
    stack = [(folder, "")]
    while stack:
        directory, rel_dir = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = list(it)
        except PermissionError:
            found.append((rel_dir, _skip(directory, "permission denied: cannot list the folder's files",
                                         "permission denied")))
            continue
        except OSError as err:
            found.append((rel_dir, _skip(directory, f"cannot list the folder's files: {err.strerror or err}",
                                         "unreadable")))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            item = _entry(entry, rel, stack)
            if item is not None:
                found.append((rel, item))
    found.sort(key=lambda pair: pair[0])
    readable = [rel for rel, item in found if isinstance(item, tuple)]
    out: list[tuple[str, str] | Skipped] = []
    for rel, item in found:
        if item == _FOLDER:
            prefix = rel + "/"
            if not any(r.startswith(prefix) for r in readable):
                suffix = suffix_of(rel)
                out.append(_skip(os.path.join(folder, rel), f"is a folder named like a {suffix} file, with no "
                                 "documents in it; expected a file", "not a regular file", suffix.lstrip(".")))
            continue
        out.append(item)
    return out


_FOLDER = "\0folder"  # a folder named like a document file


def _entry(entry: os.DirEntry, rel: str, stack: list) -> object:
    """What a directory entry is for the walk: (path, rel) to read, a Skipped,
    _FOLDER for a folder named like a document, or None to pass over."""
    name = entry.name
    doc_like = supported(name)
    try:
        if entry.is_symlink():
            try:
                target = os.stat(entry.path)
            except OSError:
                return _skip(entry.path, "does not exist (broken symbolic link)", "missing",
                             suffix_of(name).lstrip(".")) if doc_like or refused(name) else None
            if stat.S_ISDIR(target.st_mode):
                return _skip(entry.path, "is a link to a folder, not followed; give the folder itself to read it",
                             "not a regular file")
            mode = target.st_mode
        else:
            mode = entry.stat(follow_symlinks=False).st_mode
    except OSError as err:
        return _skip(entry.path, f"cannot be examined: {err.strerror or err}", "unreadable")
    if stat.S_ISDIR(mode):
        stack.append((entry.path, rel))
        return _FOLDER if doc_like or refused(name) else None
    if not (doc_like or refused(name)):
        return None
    if not stat.S_ISREG(mode):
        return _skip(entry.path, f"is {file_kind(mode)}, not a regular file; expected a document file",
                     "not a regular file", suffix_of(name).lstrip("."))
    if refused(name):
        reason, fmt = unsupported_reason(name)
        return _skip(entry.path, reason, "unsupported format", fmt)
    return (entry.path, rel)


def _unique_id(stem: str, used: dict[str, int]) -> str:
    if stem not in used:
        used[stem] = 1
        return stem
    n = used[stem]
    while True:
        n += 1
        candidate = f"{stem}~{n}"
        if candidate not in used:
            used[stem] = n
            used[candidate] = 1
            return candidate


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | Skipped]:
    """Every file named by ``paths`` (files or folders), not yet read.

    Folders are walked recursively (hidden files and folders ignored), their
    document files in order of relative path, and what cannot be used is
    reported (see module docstring). Yields a :class:`Source` per file and a
    :class:`Skipped` (path, reason, format, category) for each argument or
    entry that cannot be used. Document ids are file stems (safe characters),
    made unique with ``~2``, ``~3`` … in walk order; a file named twice (or
    through a link) is read once."""
    used: dict[str, int] = {}
    seen: dict[str, str] = {}
    for arg in paths:
        arg_os = os.fspath(arg)
        shown = shown_path(arg_os)
        try:
            st = os.stat(arg_os)
        except FileNotFoundError:
            broken = os.path.islink(arg_os)
            yield Skipped(shown, "does not exist (broken symbolic link)" if broken else "does not exist",
                          suffix_of(arg_os).lstrip("."), "missing")
            continue
        except PermissionError:
            yield Skipped(shown, "permission denied", suffix_of(arg_os).lstrip("."), "permission denied")
            continue
        except OSError as err:
            yield Skipped(shown, f"cannot be examined: {err.strerror or err}", suffix_of(arg_os).lstrip("."),
                          "unreadable")
            continue
        if stat.S_ISDIR(st.st_mode):
            items = walk(arg_os)
            if not any(isinstance(item, tuple) for item in items) and not items:
                yield Skipped(shown, f"no supported files ({SUPPORTED_TEXT})", "", "no documents")
                continue
            files = items
        elif not stat.S_ISREG(st.st_mode):
            yield Skipped(shown, f"is {file_kind(st.st_mode)}, not a regular file; expected a document file",
                          suffix_of(arg_os).lstrip("."), "not a regular file")
            continue
        elif not supported(arg_os):
            reason, fmt = unsupported_reason(arg_os)
            yield Skipped(shown, reason, fmt, "unsupported format")
            continue
        else:
            files = [(arg_os, "")]
        for item in files:
            if isinstance(item, Skipped):
                yield item
                continue
            file_os, _ = item
            file_shown = shown_path(file_os)
            try:
                real = os.path.realpath(file_os)
            except (OSError, ValueError):
                real = file_os
            if real in seen:
                yield Skipped(file_shown, f"same file as {seen[real]}, loaded once", suffix_of(file_os).lstrip("."),
                              "duplicate")
                continue
            seen[real] = file_shown
            stem = safe_name(PurePath(file_os).stem)
            yield Source(file_shown, _unique_id(stem, used), file_os if file_os != file_shown else "")
