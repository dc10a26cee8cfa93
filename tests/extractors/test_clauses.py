"""extractors/clauses.py: the clause-level reading shared by measures and
instruments — clauses, quotes, list items, the shared head of a list, the
noise words around an indicator."""
from __future__ import annotations

import pytest

from policykg.extractors.clauses import Clause, clause_of, clauses_of, clean_indicator, inside_quotes, list_items, shared_head
from policykg.nlp import sentences_of
from kit import extract


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


@pytest.mark.parametrize("head, items", [
    ("接待游客人次、旅游收入", ["接待游客人次", "旅游收入"]),
    ("工业、服务业和农业", ["工业", "服务业", "农业"]),
    ("出口及进口", ["出口", "进口"]),
])
def test_list_items(head, items):
    assert list_items(head) == items


def test_shared_head_of_a_list():
    items = ["食品", "石化等产业增加值"]
    assert shared_head(items) == "产业增加值"
    assert items == ["食品", "石化"]
    assert shared_head(["出口", "进口"]) == ""


STEMS = [
    ("全省工业增加值", "工业增加值"),
    ("力争全市规上工业企业数量", "规上工业企业数量"),
    ("其中，新能源汽车产量同比", "新能源汽车产量"),
    ("新建省级智能工厂", "新建省级智能工厂"),
    ("全省", ""),
    ("培育", ""),
    ("杭州市", ""),
]


@pytest.mark.parametrize("stem, indicator", STEMS)
def test_clean_indicator_with_the_sentences_tokens(stem, indicator):
    sent = sentences_of(stem)[0]
    assert clean_indicator(stem, sent, 0) == indicator


@pytest.mark.parametrize("stem, indicator", [s for s in STEMS if s[1]])
def test_clean_indicator_without_a_sentence(stem, indicator):
    assert clean_indicator(stem) == indicator


def test_an_added_count_says_it_is_added():
    r = extract("某省工作安排\n到2027年，新增300家专精特新“小巨人”企业。")
    assert [m.indicator for m in r.measures("target")] == ["新增专精特新小巨人企业"]


def test_a_one_character_item_shares_the_next_word():
    r = extract("某港口2025年运行情况\n内、外贸吞吐量同比分别增长5.5%和8%。")
    assert {m.indicator for m in r.measures("observation")} == {"内贸吞吐量", "外贸吞吐量"}
