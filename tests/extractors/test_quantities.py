"""extractors/quantities.py: QUANTITY mentions carrying value, unit, comparator
and range as attributes; a value out of range is dropped, not the document."""
from __future__ import annotations

from kit import extract


def quantities(text: str):
    return [(m.text, m.attr("value"), m.attr("unit"), m.attr("comparator"), m.attr("upper"))
            for m in extract(text).mentions("QUANTITY")]


def test_quantity_attributes():
    found = quantities("全省工业增加值达到1.42万亿元，企业数量超过7600万台（套），增长5%—5.5%。\n")
    assert ("达到1.42万亿元", "1420000000000", "元", "=", "") in found  # the comparator words are part of the span
    assert any(v == "76000000" and u == "台套" and c == ">" for _, v, u, c, _ in found)
    assert any(v == "5" and x == "5.5" and u == "%" for _, v, u, _, x in found)


def test_a_value_out_of_range_is_dropped_and_the_rest_extracted():
    """Issue 16 (7): a number of 29+ digits is that number's problem, not the document's."""
    r = extract("某某指标达到" + "9" * 30 + "元，同比增长5%。\n2024年，全省建成5G基站1万个。\n")
    values = [m.attr("value") for m in r.mentions("QUANTITY")]
    assert "10000" in values and "5" in values  # (nor the sentence's: its other numbers stay)
    assert not any(len(v) > 25 for v in values)
    assert r.measures()  # the document is extracted


def test_quantity_mentions_point_into_the_text():
    r = extract("2024年，全省建成5G基站1万个，增长12.5%。\n")
    for m in r.mentions("QUANTITY"):
        assert r.document.text[m.start:m.end] == m.text


def test_fang_after_digits_is_cubic_metres_but_not_before_a_word_it_begins():
    assert [(v, u, c) for _, v, u, c, _ in quantities("新增天然气产量10亿方以上。\n")] == [("1000000000", "立方米", ">=")]
    assert [u for _, _, u, _, _ in quantities("从3方面推进改革，三方合作不断深化。\n")] == []  # (方面; 三方: two parties)


def test_a_numeral_inside_a_place_name_is_no_quantity():
    r = extract("某某实施意见\n一、主要目标\n到2027年，第六师五家渠市新增高效节水灌溉面积3万亩。\n", "pkulaw-1.txt")
    assert [m.text for m in r.mentions("QUANTITY")] == ["3万亩"]


def test_energy_in_gigawatt_hours_is_not_power():
    text = "2026年某县政府工作报告\n各位代表：\n一、2025年工作回顾\n动力电池产能达到150吉瓦时，储能装机5吉瓦。\n"
    units = [m.attr("unit") for m in extract(text, "gzbg-2026-98.txt").mentions("QUANTITY")]
    assert units == ["吉瓦时", "吉瓦"]


def test_a_class_numeral_before_a_noun_with_its_own_figure_is_a_grade_not_a_count():
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n新获批二类医疗器械注册证56个、三类医疗器械注册证12个。"
                "组建三类服务队伍。\n", "gzbg-2026-99.txt")
    counts = [m.text for m in r.mentions("QUANTITY")]
    assert counts.count("三类") == 1 and "56个" in counts and "12个" in counts  # (the 三类 teams are a count)
    names = [m.indicator for m in r.measures("observation")]
    assert "新获批三类医疗器械注册证" in names  # (the grade stays in the name, the list's verb is shared)
