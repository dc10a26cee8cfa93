"""The output folder: what a build may replace, where it writes meanwhile, how it swaps in.

A build never deletes what is not its own:

- :func:`check_out` refuses an ``--out`` that is a file, a symbolic link, a
  non-empty folder that no policykg build made (made ones hold the marker
  file :data:`MARKER`), an input folder, a folder holding an input, or a folder
  inside an input folder where the next build would read it back;
- everything is written into a staging folder beside the output
  (:func:`make_staging`: ``.<out>.tmp-<pid>-<token>``, holding a lock for as
  long as its build lives), then :func:`commit` checks that the graph files
  parse (:func:`check_written`), writes the marker and swaps the folder in
  with one atomic directory exchange: a build that fails or is killed at any
  moment leaves the previous output complete;
- temporaries of builds that died (killed, power cut) are removed by the next
  build into the same folder (:func:`clean_stale`); a live concurrent build's
  staging folder is left alone;
- a full disk is one line (:func:`disk_full_as_error`), not a traceback.

Used by the pipeline (``build``) and the writers (``outputs.write_outputs``):
``check_out(out, inputs)`` first, ``make_staging(out)`` for the folder to write
into, ``commit(staging, out)`` when everything is written, the whole inside
``with disk_full_as_error(out):``.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import io
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import DiskFullError, OutputCheckError, OutputFolderError

MARKER = ".policykg-build.json"  # written into every output folder a build makes
MARKER_TEXT = '{"made_by": "policykg", "format": 1}\n'  # constant: the output stays byte-for-byte deterministic
LOCK = ".lock"  # in a staging folder: flock-ed by its build while it lives
LEGACY_OUTPUT = {"graph.ttl", "graph.html", "graph.graphml", "tables", "texts"}  # what builds before the marker wrote
LEGACY_TEMP_AGE = 3600.0  # seconds: a temporary of an older build (no pid in its name) is stale after this
DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


# ---------------------------------------------------------------- what --out may be


def check_out(out: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """``out`` as given, if a build may write it; else raises OutputFolderError
    naming the path and why (see the module's docstring)."""
    out = Path(out)
    where = real_path(out)
    for given in inputs:
        check_apart(out, where, Path(given))
    check_replaceable(out)
    return out


def check_replaceable(out: Path) -> None:
    """Raises OutputFolderError unless ``out`` is missing, an empty folder or a folder a build made."""
    try:
        st = out.lstat()
    except FileNotFoundError:
        return
    except OSError as err:
        raise OutputFolderError(f"cannot use {out} as the output folder: {err.strerror or err}") from None
    if os.path.islink(out):
        raise OutputFolderError(f"refusing to write the output to {out}: it is a symbolic link "
                                f"(to {os.readlink(out)}); give the folder itself")
    if not out.is_dir():
        raise OutputFolderError(f"refusing to replace {out}: it is an existing {file_kind(st.st_mode)}, "
                                "not a folder made by policykg; give a new or empty folder as --out")
    if made_by_a_build(out):
        return
    try:
        entries = sorted(p.name for p in out.iterdir())
    except OSError as err:
        raise OutputFolderError(f"cannot read the output folder {out}: {err.strerror or err}") from None
    if entries:
        shown = ", ".join(entries[:5]) + (f" … ({len(entries)} entries)" if len(entries) > 5 else "")
        raise OutputFolderError(f"refusing to replace {out}: it is a folder policykg did not make "
                                f"(no {MARKER} in it) and it is not empty ({shown}); "
                                "give a new or empty folder as --out, or remove it yourself")


def file_kind(mode: int) -> str:
    import stat

    for test, name in ((stat.S_ISREG, "file"), (stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"),
                       (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "file system entry"


def made_by_a_build(folder: Path) -> bool:
    """The folder holds the marker of a build — or is the output of a build from before
    the marker (nothing in it but graph.ttl and the other output files)."""
    try:
        marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
        return isinstance(marker, dict) and marker.get("made_by") == "policykg"
    except FileNotFoundError:
        return legacy_output(folder)
    except (OSError, ValueError):
        return False


def legacy_output(folder: Path) -> bool:
    """A policykg output written before the marker existed: graph.ttl, and nothing but
    output files (tables/*.csv, texts/*.txt, the graph files). Replacing it loses nothing."""
    try:
        names = {p.name for p in folder.iterdir()}
        if "graph.ttl" not in names or not names <= LEGACY_OUTPUT:
            return False
        for sub, suffix in (("tables", ".csv"), ("texts", ".txt")):
            if sub in names and not all(p.is_file() and p.suffix == suffix for p in (folder / sub).iterdir()):
                return False
        return all((folder / name).is_file() for name in names - {"tables", "texts"})
    except OSError:
        return False


def check_apart(out: Path, where: Path, given: Path) -> None:
    """Raises OutputFolderError when the output and the input ``given`` overlap: the
    same, the output holding the input, or the output inside an input folder where
    the next build would read its texts back (hidden folders are not read). An input
    is where its symbolic links lead: the build reads through them."""
    place = Path(os.path.realpath(given))
    if place == where:
        raise OutputFolderError(f"refusing to write the output to {out}: it is the input {given}; "
                                "give another folder as --out")
    if where in place.parents:
        raise OutputFolderError(f"refusing to replace {out}: it holds the input {given}; give another folder as --out")
    if place in where.parents and place.is_dir():
        inside = where.relative_to(place).parts
        if not any(part.startswith(".") for part in inside):
            raise OutputFolderError(f"refusing to write the output to {out}: it is inside the input folder {given}, "
                                    "where the next build would read its texts back as documents; "
                                    "give a folder outside the inputs as --out")


def absolute(path: str | Path) -> Path:
    """``path`` absolute and normalised (so that ``.`` and ``a/..`` have a name and a parent)."""
    return Path(os.path.abspath(path))


def real_path(path: Path) -> Path:
    """``path`` absolute, its parent folders' symbolic links resolved (the last part kept as is)."""
    whole = absolute(path)
    return Path(os.path.realpath(whole.parent)) / whole.name if whole.name else whole


# ---------------------------------------------------------------- the staging folder


@dataclass
class Staging:
    """A staging folder beside the output and the lock that says its build is alive."""

    path: Path
    lock: int  # open descriptor of path/LOCK, flock-ed

    def release(self) -> None:
        """Drop the lock (the folder is gone or about to be the output)."""
        if self.lock >= 0:
            os.close(self.lock)
            self.lock = -1


def temp_prefix(out: Path, kind: str) -> str:
    return f".{out.name}.{kind}-"


def make_staging(out: str | Path) -> Staging:
    """A fresh staging folder beside ``out`` (``.<out>.tmp-<pid>-<token>``), locked;
    the stale temporaries of dead builds into ``out`` are removed first."""
    out = absolute(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(out)
    path = out.parent / f"{temp_prefix(out, 'tmp')}{os.getpid()}-{secrets.token_hex(4)}"
    path.mkdir(mode=0o700)
    try:
        fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    return Staging(path, fd)


def discard(staging: Staging | Path) -> None:
    """Remove a staging folder (the build failed)."""
    path = staging.path if isinstance(staging, Staging) else Path(staging)
    shutil.rmtree(path, ignore_errors=True)
    if isinstance(staging, Staging):
        staging.release()


def clean_stale(out: Path) -> list[Path]:
    """Remove the temporaries beside ``out`` of builds that are no longer running;
    returns them. A staging folder is stale when its lock is free (or, without a
    lock file, when the process in its name is gone; a temporary of an older
    build, without a pid, when it is over an hour old). An aside copy of a
    previous output (``.<out>.old-*``, the swap's fallback) is put back when
    ``out`` is missing, else removed."""
    out, removed = absolute(out), []
    try:
        siblings = sorted(out.parent.iterdir())
    except OSError:
        return removed
    for path in siblings:
        kind = temp_kind(out, path)
        if kind is None or not is_stale(path):
            continue
        if kind == "old" and not os.path.lexists(out):
            try:
                os.rename(path, out)  # the previous output, aside when its build died: put it back
                continue
            except OSError:
                pass
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def temp_kind(out: Path, path: Path) -> str | None:
    """"tmp" or "old" when ``path`` is a temporary of a build into ``out``, else None."""
    for kind in ("tmp", "old"):
        if path.name.startswith(temp_prefix(out, kind)) and path.is_dir() and not path.is_symlink():
            return kind
    return None


def is_stale(path: Path) -> bool:
    """No live build owns this temporary folder."""
    lock = path / LOCK
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        pid = temp_pid(path)
        if pid is None:
            try:
                return time.time() - path.stat().st_mtime > LEGACY_TEMP_AGE
            except OSError:
                return False
        return not process_alive(pid)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True  # nobody holds it: its build is gone
    except OSError:
        return False
    finally:
        os.close(fd)


def temp_pid(path: Path) -> int | None:
    match = re.search(r"\.(?:tmp|old)-(\d+)-[0-9a-f]+$", path.name)
    return int(match.group(1)) if match else None


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours
    return True


# ---------------------------------------------------------------- checking and swapping in


def commit(staging: Staging | Path, out: str | Path, known_good: Ranges | None = None) -> None:
    """Check what was written into ``staging`` (:func:`check_written`, but for the
    ``known_good`` byte ranges), mark it as a build's output and swap it in for
    ``out`` atomically; ``out``'s previous content is removed. Raises
    OutputCheckError (a graph file does not parse) or OutputFolderError (``out``
    became something a build must not replace) and then leaves ``out`` as it was;
    the caller discards the staging folder."""
    out = absolute(out)
    path = staging.path if isinstance(staging, Staging) else Path(staging)
    check_written(path, known_good)
    (path / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    try:
        (path / LOCK).unlink()
    except FileNotFoundError:
        pass
    check_replaceable(out)
    replace_dir(path, out)
    if isinstance(staging, Staging):
        staging.release()


Ranges = dict[str, list[tuple[int, int]]]  # output file (relative to the folder) -> byte ranges [start, end)


def check_written(folder: Path, known_good: Ranges | None = None) -> None:
    """Raises OutputCheckError unless ``graph.ttl`` parses as Turtle (pyoxigraph's
    parser, which ``policykg query`` and ``serve`` use: IRIs checked) and
    ``graph.graphml`` as XML. A file that was not written is not checked.
    ``known_good``: ranges of the files that are not parsed again (pieces copied
    from a previous output that was checked); each must hold whole statements
    (Turtle) or whole elements (XML), so that the rest parses on its own."""
    known_good = known_good or {}
    ttl, graphml = folder / "graph.ttl", folder / "graph.graphml"
    if ttl.exists():
        check_turtle(ttl, known_good.get("graph.ttl", ()))
    if graphml.exists():
        check_xml(graphml, known_good.get("graph.graphml", ()))


def check_turtle(path: Path, skip: Iterable[tuple[int, int]] = ()) -> None:
    import pyoxigraph

    try:
        with Without(path, skip) as f:
            for _ in pyoxigraph.parse(input=f, format=pyoxigraph.RdfFormat.TURTLE):
                pass
    except (SyntaxError, ValueError, MemoryError) as err:  # MemoryError: one term over the parser's 16 MB buffer
        line = getattr(err, "lineno", None)
        raise OutputCheckError(f"the graph written is not valid Turtle, so the build stops and the previous output "
                               f"is unchanged: {path.name}: {printable(str(err))}{excerpt(path, skip, line)}") from None


def check_xml(path: Path, skip: Iterable[tuple[int, int]] = ()) -> None:
    from xml.parsers import expat

    parser = expat.ParserCreate()
    try:
        with Without(path, skip) as f:
            parser.ParseFile(f)
    except expat.ExpatError as err:
        raise OutputCheckError(f"the graph written is not well-formed XML, so the build stops and the previous "
                               f"output is unchanged: {path.name}: line {err.lineno}, column {err.offset}: "
                               f"{expat.ErrorString(err.code)}{excerpt(path, skip, err.lineno)}") from None


class Without(io.BufferedReader):
    """A file read with some byte ranges left out (what was checked before)."""

    def __init__(self, path: Path, skip: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__(Kept(path, skip), buffer_size=1 << 20)


class Kept(io.RawIOBase):
    def __init__(self, path: Path, skip: Iterable[tuple[int, int]]) -> None:
        self.fd = os.open(path, os.O_RDONLY)
        size = os.fstat(self.fd).st_size
        self.keep, at = [], 0  # [start, end) ranges to read, in order
        for start, end in sorted(skip):
            if start > at:
                self.keep.append((at, min(start, size)))
            at = max(at, end)
        if at < size:
            self.keep.append((at, size))
        self.keep.reverse()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self.keep:
            start, end = self.keep[-1]
            if start >= end:
                self.keep.pop()
                continue
            data = os.pread(self.fd, min(len(buffer), end - start), start)
            if not data:
                self.keep.pop()
                continue
            buffer[:len(data)] = data
            self.keep[-1] = (start + len(data), end)
            return len(data)
        return 0

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        super().close()


def printable(text: str) -> str:
    """``text`` with every character that does not print (controls, private use,
    noncharacters, lone surrogates) written as ``\\uXXXX``."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"
                   for c in text)


def excerpt(path: Path, skip: Iterable[tuple[int, int]], line: int | None, width: int = 160) -> str:
    """``; the line reads '…'`` (its first ``width`` characters, escaped) — what a bug
    report needs; ``line`` counts in the file without the ``skip`` ranges, as parsed."""
    if not line:
        return ""
    try:
        with Without(path, skip) as f:
            for number, text in enumerate(f, 1):
                if number == line:
                    shown = text.rstrip(b"\n").decode("utf-8", "backslashreplace")[:width]
                    return f"; the line reads '{printable(shown)}'"
    except OSError:
        pass
    return ""


RENAME_EXCHANGE = 2
AT_FDCWD = -100


def replace_dir(new: Path, out: Path) -> None:
    """Put ``new`` in place of ``out`` atomically (Linux renameat2 RENAME_EXCHANGE),
    falling back to rename-aside-and-rename where exchange is unsupported (a build
    killed between the two renames leaves the aside copy, which the next build puts
    back: see :func:`clean_stale`)."""
    new.chmod(0o755)
    if not os.path.lexists(out):
        try:
            os.rename(new, out)
            return
        except OSError as err:
            if err.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                raise  # else: out appeared meanwhile (a concurrent build): exchange with it
    if exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # now the previous output
        return
    aside = out.with_name(f"{temp_prefix(out, 'old')}{os.getpid()}-{secrets.token_hex(4)}")
    os.rename(out, aside)
    os.rename(new, out)
    shutil.rmtree(aside, ignore_errors=True)


def exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return rc == 0


# ---------------------------------------------------------------- a full disk


@contextmanager
def disk_full_as_error(out: str | Path) -> Iterator[None]:
    """Turn an OSError "no space left on device" (or "disk quota exceeded") raised
    inside the block into a DiskFullError naming the file being written. The caller
    has removed its staging folder on the way out, so the previous output stands."""
    try:
        yield
    except OSError as err:
        if err.errno not in DISK_FULL:
            raise
        where = err.filename or out
        raise DiskFullError(f"no space left on device writing {where}; the previous output is unchanged") from None
