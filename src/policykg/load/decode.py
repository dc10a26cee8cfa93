"""Bytes -> text: reading regular files only, recognising the format by its
bytes, decoding text (UTF-8 ± BOM, UTF-16 with BOM, GB18030), refusing
binaries by name, and keeping only characters that XML 1.0 and Turtle
literals allow and that mean something.
"""
from __future__ import annotations

import os
import re
import stat
import zipfile
from io import BytesIO

from ..errors import LoadError

EXPECTED_TEXT = "expected UTF-8, GB18030 or UTF-16 text"
MAX_BYTES = 512 * 1024 * 1024  # a bigger file is refused as "too large" before it is read

# --------------------------------------------------------------------------- #
# characters
# --------------------------------------------------------------------------- #

# C0 controls but \t \n (\r, \f, \v and the Unicode line breaks are turned into
# line breaks before this is applied), DEL, C1 controls, lone surrogates,
# private use, noncharacters and U+FFFD; zero-width characters and BOMs too.
_BAD_CHARS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffd\ufffe\uffff"
    "\u200b-\u200d\u2060\ufeff"
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0x10000, 0x110000, 0x10000))
    + "\U000f0000-\U0010ffff"
)
_BAD_CHARS_RE = re.compile(f"[{_BAD_CHARS}]")


def clean_chars(text: str) -> str:
    """``text`` without the characters a Document may not carry (see module docstring)."""
    if text.isprintable() and "\ufffd" not in text:
        return text  # (every character of _BAD_CHARS but U+FFFD is unprintable: the common case in one pass)
    return _BAD_CHARS_RE.sub("", text) if _BAD_CHARS_RE.search(text) else text


def safe_name(name: str) -> str:
    """A file name or path as a string of safe characters: bytes that were not
    UTF-8 (kept by ``os.fsdecode`` as lone surrogates) and characters a
    Document may not carry become ``%XX`` (their bytes in hexadecimal)."""
    if not _BAD_CHARS_RE.search(name):
        return name
    out = []
    for ch in name:
        if not _BAD_CHARS_RE.match(ch):
            out.append(ch)
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # surrogateescape: one undecodable byte
            out.append(f"%{ord(ch) - 0xDC00:02X}")
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
    return "".join(out)


# --------------------------------------------------------------------------- #
# reading
# --------------------------------------------------------------------------- #

def read_regular_file(path: str, shown: str, fmt: str = "") -> bytes:
    """The bytes of ``path`` (``shown`` in messages); only a regular file is
    read: a FIFO, socket, device or folder is refused without opening it for
    reading (a FIFO would block forever)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError:
        raise LoadError(shown, "permission denied", "permission denied", fmt) from None
    except FileNotFoundError:
        raise LoadError(shown, "does not exist", "missing", fmt) from None
    except IsADirectoryError:
        raise LoadError(shown, "is a directory, expected a file", "not a regular file", fmt) from None
    except OSError as err:
        raise LoadError(shown, f"cannot be opened: {err.strerror or err}", "unreadable", fmt) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = file_kind(st.st_mode)
            raise LoadError(shown, f"is {kind}, not a regular file; expected a document file",
                            "not a regular file", fmt)
        if st.st_size > MAX_BYTES:
            raise LoadError(shown, f"too large: {st.st_size} bytes, expected at most {MAX_BYTES} bytes",
                            "too large", fmt)
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)
    except PermissionError:
        raise LoadError(shown, "permission denied", "permission denied", fmt) from None
    except IsADirectoryError:
        raise LoadError(shown, "is a directory, expected a file", "not a regular file", fmt) from None
    except OSError as err:
        if isinstance(err, LoadError):  # pragma: no cover - LoadError is not an OSError
            raise
        raise LoadError(shown, f"cannot be read: {err.strerror or err}", "unreadable", fmt) from None
    finally:
        os.close(fd)


def file_kind(mode: int) -> str:
    """What a non-regular file is, for messages: "a directory", "a FIFO (named pipe)" …"""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


# --------------------------------------------------------------------------- #
# format by content
# --------------------------------------------------------------------------- #

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(raw: bytes) -> str:
    """The format the bytes show: "pdf", "docx", "zip", "ole2" (old MS Office /
    WPS), or "" (text or another binary: see :func:`decode`)."""
    pos = raw.find(b"%PDF-", 0, 1024)
    if pos == 0 or (pos > 0 and b"%%EOF" in raw[-2048:]):  # the header may follow a little junk
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(raw)) as zf:
                names = set(zf.namelist())
        except Exception:  # noqa: BLE001 - zipfile raises many kinds for damaged archives
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        return "zip"
    if raw.startswith(_OLE2):
        return "ole2"
    return ""


# --------------------------------------------------------------------------- #
# decoding
# --------------------------------------------------------------------------- #

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (_OLE2, "MS Office document, e.g. .doc/.xls/.wps"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"MZ", "Windows executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document; save it as .docx or plain text"),
)
_RIFF_KINDS = {b"WEBP": "WEBP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 11, 27)) + b"\x7f"
_SAMPLE = 65536


def binary_kind(raw: bytes) -> str | None:
    """Name what kind of binary file ``raw`` is, or None if it may be text."""
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            if magic == b"MZ" and b"\x00" not in raw[:1024]:
                continue  # plain text that happens to start with "MZ"
            if magic == b"BZh" and b"\x00" not in raw[:1024] and raw[3:4].isalpha():
                continue
            return kind
    if raw.startswith(b"RIFF") and raw[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[raw[8:12]]
    if b"\x00" in raw:
        sample = raw[:4096]
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = max(1, len(sample) // 2)
        if max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half:
            return "NUL bytes; looks like UTF-16 without a byte-order mark"
        return "contains NUL bytes"
    sample = raw[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, 0.05 * len(sample)):
        return "many control bytes"
    return None


class DecodeError(ValueError):
    """Bytes that are not text: ``category`` is "empty", "binary" or "encoding"."""

    def __init__(self, reason: str, category: str):
        super().__init__(reason)
        self.category = category


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode ``raw`` -> (text, encoding name) or raise :class:`DecodeError`."""
    if not raw.strip():
        raise DecodeError("empty file", "empty")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"undecodable bytes: not UTF-8 (first bad byte 0x{raw[3 + err.start]:02x} "
                f"at offset {3 + err.start}) despite a UTF-8 byte-order mark", "encoding") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        try:
            return raw[2:].decode(codec), "utf-16"
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"undecodable bytes: invalid {codec.upper()} after its byte-order mark "
                f"({err.reason} at offset {2 + err.start})", "encoding") from None
    kind = binary_kind(raw)
    if kind:
        raise DecodeError(f"binary file ({kind}), {EXPECTED_TEXT}", "binary")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        b = raw[utf8_error.start]
        raise DecodeError(
            f"undecodable bytes: not UTF-8 (first bad byte 0x{b:02x} at offset "
            f"{utf8_error.start}) nor GB18030", "encoding") from None
    # Guard against mojibake: UTF-8 text with a few corrupt bytes usually also
    # "decodes" as GB18030, into garbage. If UTF-8 is almost right, keep UTF-8
    # and drop the bad bytes instead.
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    non_ascii = sum(1 for _ in _NON_ASCII_RE.finditer(lenient[:200000])) - bad
    if non_ascii >= 20 and bad <= max(2, non_ascii // 1000):
        return lenient, "utf-8"
    return text, "gb18030"
