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


def test_a_threshold_condition_starts_at_a_word_not_inside_the_verb_before_it():
    text = ("某市推动铸造产业高质量发展实施方案\n一、工作目标\n到2028年，培育年营业收入超20亿元的精密铸件企业4家，"
            "引进总投资超3亿元的配套项目12个。\n")
    got = {m.indicator: m.condition for m in extract(text, "plan.txt").measures("target")}
    assert got["精密铸件企业"] == "年营业收入超20亿元"  # (not 育年营业收入…: 培育 is one word)
    assert got["配套项目"] == "总投资超3亿元"
