"""policykg.load.files: which files are read, what is reported, document ids."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from loadhelp import SEEDS, write  # noqa: F401 - fixtures

import policykg.load as load_mod
from policykg.errors import LoadError
from policykg.load import SUPPORTED_SUFFIXES, iter_documents, iter_sources, load_document
from policykg.load.files import Source
from policykg.records import Document, Skipped

SAMPLE = "关于推进工业互联网发展的通知\n\n各地要加快建设工业互联网平台。到2025年，建成10个跨行业平台。\n"
SRC = Path(__file__).resolve().parents[2] / "src"


def test_supported_suffixes_come_from_the_formats_table():
    for suffix in (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"):
        assert suffix in SUPPORTED_SUFFIXES
    assert ".doc" not in SUPPORTED_SUFFIXES and ".wps" not in SUPPORTED_SUFFIXES


def test_doc_id_and_path(write):
    path = write("003_abc.txt", SAMPLE)
    doc = load_document(path)
    assert doc.id == "003_abc" and doc.path == path.as_posix()
    assert load_document(path, doc_id="other").id == "other"


def test_iter_documents_goes_on_after_bad_files(tmp_path, write):
    folder = tmp_path / "in"
    write("in/a.txt", SAMPLE)
    write("in/b.txt", b"")
    write("in/c.txt", b"\x89PNG\r\n\x1a\n" + bytes(40))
    write("in/d.md", "# 标题\n\n正文内容。\n")
    write("in/e.pdf", b"%PDF-1.4 truncated")
    write("in/f.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    write("in/g.png", b"\x89PNG\r\n\x1a\n")  # not a document: passed over
    write("in/.hidden.txt", SAMPLE)
    write("in/.git/x.txt", SAMPLE)
    results = list(iter_documents([folder]))
    assert [type(r).__name__ for r in results] == ["Document", "Skipped", "Skipped", "Document", "Skipped", "Skipped"]
    assert [r.path for r in results] == [(folder / n).as_posix() for n in ("a.txt", "b.txt", "c.txt", "d.md", "e.pdf", "f.doc")]
    assert (results[1].reason, results[1].category, results[1].format) == ("empty file", "empty", "txt")
    assert results[2].reason.startswith("binary file (PNG image)") and results[2].category == "binary"
    assert results[3].id == "d" and results[3].format == "md"
    assert results[4].category == "malformed PDF" and results[4].format == "pdf"
    assert results[4].reason.startswith("malformed PDF: pdfium cannot open it")
    assert results[5] == Skipped((folder / "f.doc").as_posix(), "unsupported format .doc: save it as .docx or .pdf",
                                 "doc", "unsupported format")


def test_iter_documents_arguments(tmp_path, write):
    good = write("good.txt", SAMPLE)
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    image = write("photo.jpg", b"\xff\xd8\xff")
    wps = write("old.wps", b"\xd0\xcf\x11\xe0")
    missing = tmp_path / "missing.txt"
    results = list(iter_documents([str(missing), empty_dir, image, wps, good]))
    assert results[0] == Skipped(missing.as_posix(), "does not exist", "txt", "missing")
    assert results[1].path == empty_dir.as_posix() and results[1].reason.startswith("no supported files (.txt")
    assert results[2].category == "unsupported format" and "'.jpg'" in results[2].reason
    assert results[3] == Skipped(wps.as_posix(), "unsupported format .wps: save it as .docx or .pdf", "wps",
                                 "unsupported format")
    assert isinstance(results[4], Document) and results[4].id == "good"


def test_iter_documents_is_lazy(tmp_path, write, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        write(name, SAMPLE)
    calls = []
    real = load_mod.load_document
    monkeypatch.setattr(load_mod, "load_document", lambda p, doc_id=None: calls.append(p) or real(p, doc_id))
    gen = iter_documents([tmp_path])
    assert calls == []
    next(gen)
    assert len(calls) == 1


def test_recursive_sorted_walk_and_duplicate_stems(tmp_path, write):
    write("b/x.txt", "第二篇。")
    write("a/x.md", "第一篇。")
    write("a/sub/x.html", "<p>第三篇。</p>")
    write("a/z.htm", "<p>第四篇。</p>")
    docs = list(iter_documents([tmp_path]))
    rel = [Path(d.path).relative_to(tmp_path).as_posix() for d in docs]
    assert rel == ["a/sub/x.html", "a/x.md", "a/z.htm", "b/x.txt"]
    assert [d.id for d in docs] == ["x", "x~2", "z", "x~3"]
    assert [d.text for d in docs] == ["第三篇。", "第一篇。", "第四篇。", "第二篇。"]


def test_same_file_twice_is_loaded_once(tmp_path, write):
    path = write("a.txt", SAMPLE)
    results = list(iter_documents([path, tmp_path]))
    assert isinstance(results[0], Document)
    assert isinstance(results[1], Skipped) and "same file" in results[1].reason
    assert results[1].category == "duplicate"


def test_loading_twice_gives_equal_documents():
    first = list(iter_documents([SEEDS]))
    second = list(iter_documents([SEEDS]))
    assert first == second
    assert [d.id for d in first] == sorted(p.stem for p in SEEDS.glob("*.txt"))


# --------------------------------------------------------------------------- #
# bad input: special files, folders, names
# --------------------------------------------------------------------------- #

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_txt_is_reported_and_does_not_hang(tmp_path, write):
    write("in/a.txt", SAMPLE)
    os.mkfifo(tmp_path / "in" / "x.txt")
    os.mkfifo(tmp_path / "alone.txt")
    script = textwrap.dedent(f"""
        from policykg.load import iter_documents, load_document
        from policykg.errors import LoadError
        for r in iter_documents([{str(tmp_path / 'in')!r}, {str(tmp_path / 'alone.txt')!r}]):
            print(type(r).__name__, r.path, getattr(r, "category", ""), getattr(r, "reason", ""), sep="|")
        try:
            load_document({str(tmp_path / 'in' / 'x.txt')!r})
        except LoadError as err:
            print("LoadError", err.category, err.reason, sep="|")
    """)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = [line.split("|") for line in out.stdout.splitlines()]
    assert lines[0][:2] == ["Document", (tmp_path / "in" / "a.txt").as_posix()]
    assert lines[1][:3] == ["Skipped", (tmp_path / "in" / "x.txt").as_posix(), "not a regular file"]
    assert "FIFO" in lines[1][3]
    assert lines[2][:3] == ["Skipped", (tmp_path / "alone.txt").as_posix(), "not a regular file"]
    assert lines[3][:2] == ["LoadError", "not a regular file"] and "FIFO" in lines[3][2]


def test_a_folder_named_txt_is_reported_when_it_holds_no_documents(tmp_path, write):
    write("in/a.txt", SAMPLE)
    (tmp_path / "in" / "x.txt").mkdir()
    write("in/y.md/inner.txt", SAMPLE)  # a folder named like a file, with a document: read
    results = list(iter_documents([tmp_path / "in"]))
    kinds = [(type(r).__name__, Path(r.path).relative_to(tmp_path / "in").as_posix()) for r in results]
    assert kinds == [("Document", "a.txt"), ("Skipped", "x.txt"), ("Document", "y.md/inner.txt")]
    assert results[1].category == "not a regular file" and "folder named like a .txt file" in results[1].reason


def test_an_unreadable_subfolder_is_reported(tmp_path, write, monkeypatch):
    write("in/a.txt", SAMPLE)
    write("in/locked/b.txt", SAMPLE)
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(iter_documents([tmp_path / "in"]))
    assert isinstance(results[0], Document)
    assert results[1] == Skipped((tmp_path / "in" / "locked").as_posix(),
                                 "permission denied: cannot list the folder's files", "", "permission denied")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can list any folder")
def test_an_unreadable_subfolder_is_reported_real(tmp_path, write):
    write("in/locked/b.txt", SAMPLE)
    (tmp_path / "in" / "locked").chmod(0)
    try:
        results = list(iter_documents([tmp_path / "in"]))
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert [r.category for r in results] == ["permission denied"]


def test_a_link_to_a_folder_is_reported_not_followed(tmp_path, write):
    write("other/b.txt", SAMPLE)
    write("in/a.txt", SAMPLE)
    os.symlink(tmp_path / "other", tmp_path / "in" / "linked")
    results = list(iter_documents([tmp_path / "in"]))
    assert isinstance(results[0], Document)
    assert results[1].path == (tmp_path / "in" / "linked").as_posix()
    assert "link to a folder, not followed" in results[1].reason


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the file system requires UTF-8 names")
def test_a_file_name_that_is_not_utf8_gives_safe_id_and_path(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw_name = os.fsencode(folder) + b"/r\xe9sum\xe9 \xff.txt"
    with open(raw_name, "wb") as fh:
        fh.write(SAMPLE.encode("utf-8"))
    (doc,) = list(iter_documents([folder]))
    assert isinstance(doc, Document)
    assert doc.id == "r%E9sum%E9 %FF"
    assert doc.path == (folder / "r%E9sum%E9 %FF.txt").as_posix()
    doc.path.encode("utf-8")  # no lone surrogates
    assert doc.text.startswith("关于推进工业互联网发展的通知")
    (source,) = list(iter_sources([folder]))
    assert isinstance(source, Source) and source.file and source.file != source.path


def test_a_doc_file_is_refused_with_advice(write):
    with pytest.raises(LoadError) as info:
        load_document(write("old.doc", "actually any bytes"))
    assert info.value.reason == "unsupported format .doc: save it as .docx or .pdf"
    assert (info.value.category, info.value.format) == ("unsupported format", "doc")


def test_an_old_office_file_named_docx_is_refused(write):
    with pytest.raises(LoadError) as info:
        load_document(write("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)))
    assert info.value.category == "unsupported format" and "save it as .docx or .pdf" in info.value.reason
