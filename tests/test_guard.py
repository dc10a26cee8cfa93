"""Guarded extractors: one value an extractor fails on costs that value's records,
not the document (issue 16, item 7: a number of 29+ digits dropped whole documents)."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from policykg.errors import DocumentTimeout
from policykg.guard import GuardWarning, collecting, guarded
from policykg.records import Document

HUGE = "1" * 30  # beyond the 28 digits of the default decimal context


class Sentence:
    def __init__(self, text: str, start: int = 0):
        self.text, self.start, self.end = text, start, start + len(text)


@guarded("numbers")
def numbers(sent: Sentence, doc: str) -> list[int]:
    return [int(word) for word in sent.text.split()]  # ValueError on a word that is not a number


def test_a_failing_call_returns_no_records_and_a_warning_naming_document_extractor_and_value():
    with collecting("in/a.txt") as problems:
        assert numbers(Sentence("1 2 3"), "a") == [1, 2, 3]
        assert numbers(Sentence("4 五 6", start=120), "a") == []
        assert numbers(Sentence("7"), "a") == [7]
    assert len(problems) == 1
    assert problems[0].startswith("in/a.txt: extractor numbers failed on “4 五 6” (at 120-125): ValueError: ")
    assert problems[0].endswith("its records there are left out, the rest of the document is kept")


def test_outside_a_document_the_problem_is_a_python_warning():
    with pytest.warns(GuardWarning, match="extractor numbers failed on “x”"):
        assert numbers(Sentence("x"), "a") == []


def test_a_long_value_is_shortened_and_many_problems_are_counted():
    with collecting("d") as problems:
        for _ in range(25):
            numbers(Sentence("x" * 500), "d")
    assert len(problems) == 21 and problems[-1] == "d: … and 5 more extractor failures"
    assert "“" + "x" * 60 + "…”" in problems[0]


def test_the_time_budget_and_ctrl_c_are_not_swallowed():
    @guarded
    def slow(sent):
        raise DocumentTimeout(1)

    @guarded()
    def interrupted(sent):
        raise KeyboardInterrupt

    with collecting("d") as problems:
        with pytest.raises(DocumentTimeout):
            slow(Sentence("a"))
        with pytest.raises(KeyboardInterrupt):
            interrupted(Sentence("a"))
    assert problems == []


def test_a_generator_extractor_is_run_inside_the_guard():
    @guarded("pairs", empty=tuple)
    def pairs(sent):
        yield 1
        raise RuntimeError("half way")

    with collecting("d") as problems:
        assert pairs(Sentence("a")) == ()
    assert "extractor pairs failed" in problems[0] and "RuntimeError: half way" in problems[0]
    assert pairs.__name__ == "pairs" and pairs.guarded


# --------------------------------------------------------------------------- today's quantities

TEXT = ("工业和信息化部印发《工业互联网创新发展行动计划》。\n"
        f"到2025年，全省建成工业互联网平台{HUGE}个。\n"
        "到2025年，全省培育工业互联网平台50个，连接工业设备300万台。\n")


def test_a_29_digit_number_costs_its_sentence_s_quantities_not_the_document():
    from policykg.extract import extract_document

    doc = Document("d", "in/d.txt", TEXT, date="2023-05-01")
    with collecting(doc.path) as problems, warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing escapes as a Python warning inside collecting
        extraction = extract_document(doc)
    assert len(problems) == 1
    assert problems[0].startswith(f"in/d.txt: extractor quantities failed on “到2025年，全省建成工业互联网平台{HUGE}个。”")
    assert "InvalidOperation" in problems[0]
    # the other sentence's targets, both, and the first sentence's relation
    assert sorted((m.kind, m.indicator, str(m.quantity.value)) for m in extraction.measures) == [
        ("target", "培育工业互联网平台", "50"), ("target", "连接工业设备", "3000000")]
    assert ("工业互联网创新发展行动计划", "issued_by", "工业和信息化部") in {(f.subject, f.predicate, f.obj) for f in extraction.facts}
    assert [m.text for m in extraction.mentions if m.type == "QUANTITY"] == ["50个", "300万台"]


def test_the_build_keeps_the_document_and_reports_the_value(tmp_path):
    from policykg.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "huge.txt").write_text(TEXT, encoding="utf-8")
    summary = build([tmp_path / "in"], tmp_path / "out", cache=False)
    assert summary.documents == 1 and summary.skipped == []
    assert summary.targets >= 2
    assert [w for w in summary.warnings if "extractor quantities failed" in w and "huge.txt" in w]
    targets = (Path(tmp_path / "out" / "tables" / "targets.csv")).read_text(encoding="utf-8")
    assert ",3000000," in targets and ",50," in targets and HUGE not in targets
