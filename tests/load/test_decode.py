"""policykg.load.decode: bytes -> text, binaries, characters a Document may carry."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from loadhelp import write  # noqa: F401 - fixtures

from policykg.errors import LoadError
from policykg.load import load_document
from policykg.load.decode import clean_chars, safe_name, sniff

SAMPLE = "关于推进工业互联网发展的通知\n\n各地要加快建设工业互联网平台。到2025年，建成10个跨行业平台。\n"
SAMPLE_TEXT = "关于推进工业互联网发展的通知\n\n各地要加快建设工业互联网平台。到2025年，建成10个跨行业平台。"


@pytest.mark.parametrize(
    "encoded, encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le", "utf16be"],
)
def test_encodings_decode_to_the_same_text(write, encoded, encoding):
    doc = load_document(write("n.txt", encoded))
    assert doc.encoding == encoding
    assert doc.text == SAMPLE_TEXT
    assert "\ufeff" not in doc.text


def test_crlf_and_cr_become_lf(write):
    crlf = load_document(write("a.txt", SAMPLE.replace("\n", "\r\n")))
    cr = load_document(write("b.txt", SAMPLE.replace("\n", "\r")))
    plain = load_document(write("c.txt", SAMPLE))
    assert "\r" not in crlf.text and "\r" not in cr.text
    assert crlf.text == cr.text == plain.text


def test_mostly_utf8_with_one_bad_byte_is_not_read_as_gb18030_mojibake(write):
    unit = "工业互联网平台，连接设备。abc ".encode("utf-8")
    raw = unit * 3 + b"\xc0\xa0" + unit * 17  # two stray bytes ...
    raw.decode("gb18030")  # ... that GB18030 happily swallows (into mojibake)
    doc = load_document(write("x.txt", raw))
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("工业互联网平台，连接设备。abc")
    assert "\ufffd" not in doc.text  # the replacement characters are dropped too


@pytest.mark.parametrize(
    "data",
    [b"", b"  \n\r\n\t \n", "\u3000\u3000\n".encode("utf-8"), b"\xef\xbb\xbf"],
    ids=["zero", "blank", "ideographic-space", "bom"],
)
def test_empty_files_are_refused(write, data):
    path = write("empty.txt", data)
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.reason == "empty file"
    assert info.value.category == "empty"
    assert info.value.path == path.as_posix()
    assert str(info.value) == f"{path.as_posix()}: empty file"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        (b"\x7fELF\x02\x01\x01" + bytes(50), "ELF executable"),
        (b"abc\x00def\x00" * 10, "NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 20, "control bytes"),
    ],
    ids=["png", "elf", "nul", "control"],
)
def test_binary_files_renamed_txt_are_refused_with_their_kind(write, data, kind):
    path = write("picture.txt", data)
    with pytest.raises(LoadError) as info:
        load_document(path)
    reason = info.value.reason
    assert reason.startswith("binary file (") and kind in reason
    assert reason.endswith("expected UTF-8, GB18030 or UTF-16 text")
    assert info.value.category == "binary" and info.value.format == "txt"
    assert "picture.txt" in str(info.value)


def test_a_zip_that_is_no_docx_is_a_binary(write):
    with pytest.raises(LoadError) as info:
        load_document(write("archive.txt", b"PK\x03\x04\x14\x00\x06\x00" + bytes(100)))
    assert info.value.category == "binary" and "ZIP archive" in info.value.reason


def test_utf16_without_bom_is_named_as_such(write):
    path = write("u.txt", "hello world, plain text".encode("utf-16-le"))
    with pytest.raises(LoadError, match="UTF-16 without a byte-order mark"):
        load_document(path)


def test_bytes_neither_utf8_nor_gb18030(write):
    raw = "工业互联网".encode("utf-8") + b"\xff\xfe\x80 abc"
    with pytest.raises(LoadError) as info:
        load_document(write("bad.txt", raw))
    assert info.value.reason == "undecodable bytes: not UTF-8 (first bad byte 0xff at offset 15) nor GB18030"
    assert info.value.category == "encoding"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied_real(write):
    path = write("secret.txt", SAMPLE)
    path.chmod(0)
    try:
        with pytest.raises(LoadError, match="permission denied") as info:
            load_document(path)
        assert info.value.category == "permission denied"
    finally:
        path.chmod(0o644)


def test_permission_denied_monkeypatched(write, monkeypatch):
    path = write("secret.txt", SAMPLE)
    real = os.open

    def deny(name, *args, **kwargs):
        if str(name).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(name))
        return real(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.reason == "permission denied" and "secret.txt" in str(info.value)


def test_directory_and_missing_file_give_os_reasons(tmp_path):
    with pytest.raises(LoadError, match="is a directory") as info:
        load_document(tmp_path)
    assert info.value.category == "not a regular file"
    with pytest.raises(LoadError, match="does not exist"):
        load_document(tmp_path / "nope.txt")


# --------------------------------------------------------------------------- #
# characters
# --------------------------------------------------------------------------- #

def test_clean_chars_drops_what_xml_and_turtle_cannot_carry():
    bad = "\x00\x01\x08\x0b\x0c\x1b\x7f\x85\x9f\ud800\udfff\ue000\uf8ff\ufdd0\ufffd\ufffe\uffff\U0001fffe\U000f0000\u200b"
    assert clean_chars("甲" + bad + "乙\t丙\n丁") == "甲乙\t丙\n丁"
    assert clean_chars("正常文本 OK") == "正常文本 OK"
    for ch in bad:  # one bad character alone in a line of printable text (the fast path's case)
        assert clean_chars(f"甲{ch}乙") == "甲乙", hex(ord(ch))


def test_every_bad_character_but_the_replacement_mark_is_unprintable():
    """clean_chars skips its pattern for a printable text without U+FFFD: that holds only
    while every character of the pattern but U+FFFD is one str.isprintable refuses."""
    from policykg.load.decode import _BAD_CHARS_RE

    printable = [hex(c) for c in range(0x110000) if chr(c).isprintable() and _BAD_CHARS_RE.match(chr(c))]
    assert printable == ["0xfffd"]


def test_control_and_private_use_characters_never_reach_a_document(write):
    text = "标题\x07行\n\n正文\ue123第一段\ufffd，含\x85控制\x9b字符\ufffe。\n"
    doc = load_document(write("c.txt", text.encode("utf-8")))
    assert doc.text == "标题行\n\n正文第一段，含控制字符。"  # NEL (U+0085) broke the line; it was joined back
    for ch in "\x07\ue123\ufffd\x85\x9b\ufffe":
        assert ch not in doc.text


def test_safe_name_percent_encodes_undecodable_bytes_and_bad_characters():
    assert safe_name("报告.txt") == "报告.txt"
    assert safe_name(os.fsdecode(b"r\xe9sum\xe9.txt")) == "r%E9sum%E9.txt"
    assert safe_name("a\x01b\ue000c") == "a%01b%EE%80%80c"


def test_sniff_reads_the_format_from_the_bytes(tmp_path):
    data = Path(__file__).resolve().parents[1] / "data" / "load"
    assert sniff((data / "office.pdf").read_bytes()) == "pdf"
    assert sniff((data / "notice.docx").read_bytes()) == "docx"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)) == "ole2"
    assert sniff("<!DOCTYPE html><p>正文</p>".encode()) == ""
