"""extractors/clauses.py: the clause-level reading shared by measures and
instruments — the clauses of a sentence, and whether a place is inside quotes."""
from __future__ import annotations

import pytest

from kit import extract
from policykg.extractors.clauses import Clause, clause_of, clauses_of, inside_quotes
from policykg.nlp import sentences_of


def test_clauses_of_a_sentence():
    sent = sentences_of("到2025年，全省建成基站1万个；培育企业50家。")[0]
    spans = [sent.text[c.start:c.end] for c in clauses_of(sent)]
    assert spans == ["到2025年", "全省建成基站1万个", "培育企业50家"]
    assert clause_of(clauses_of(sent), sent.text.index("50")) == Clause(sent.text.index("培育"), sent.text.index("。"))
    assert clause_of(clauses_of(sent), len(sent.text)) is None


@pytest.mark.parametrize("text, rel, inside", [
    ("《十四五规划》提出", 3, True),
    ("“五大平台”建设", 2, True),
    ("“五大平台”建设", 6, False),
    ("「两个确保」", 2, True),
    ("全省建成基站", 2, False),
])
def test_inside_quotes(text, rel, inside):
    assert inside_quotes(text, rel) is inside


def test_a_headline_running_an_event_on_to_an_expectation_breaks_there():
    text = "# 《新闻联播》 (20250105)\n\n### 要闻\n\n暑运将于7月1日启动预计全国铁路发送旅客9.5亿人次\n"
    (m,) = extract(text, "20250105.md").measures("forecast")
    assert (m.indicator, m.time) == ("铁路发送旅客", "")
