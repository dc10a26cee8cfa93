"""structure/sections.py: numbered sections with the role their heading gives
(goals, tasks, safeguards, principles, review), their ranges, the role a
sub-section takes from its parent, and the goal paragraphs of reports."""
from __future__ import annotations

import pytest

from policykg.structure.lines import lines_of
from policykg.structure.sections import goal_paragraphs, role_of, section_parts

PLAN = """\
一、总体要求
（一）指导思想
坚持创新驱动。
（二）发展目标
到2027年，产业规模达到1000亿元。
二、重点任务
（一）培育企业
1. 支持龙头企业做大做强。
2. 培育专精特新企业。
三、保障措施
加强组织领导。
"""


@pytest.mark.parametrize("heading, role", [
    ("发展目标", "goals"),
    ("主要目标", "goals"),
    ("重点任务", "tasks"),
    ("支持政策", "tasks"),
    ("保障措施", "safeguards"),
    ("组织实施", "safeguards"),
    ("总体要求", "principles"),
    ("指导思想", "principles"),
    ("2025年工作回顾", "review"),
    ("发展现状", "review"),
    ("加快建设数字基础设施", ""),
    ("加强政府自身建设", "tasks"),  # (a work report's part after its plan: of the plan)
    ("2026年全市十件民生实事", "tasks"),  # (the year's list of works for the people: of the plan)
    ("", ""),
])
def test_role_of_a_heading(heading, role):
    assert role_of(heading) == role


def test_the_earliest_cue_of_a_heading_gives_its_role():
    assert role_of("主要目标和重点任务") == "goals"
    assert role_of("重点任务和主要目标") == "tasks"


def test_a_heading_under_a_review_tells_what_was_done_whatever_its_words():
    assert role_of("重点领域改革迈出新步伐", parent="review") == "review"
    assert role_of("重点领域改革迈出新步伐") == "tasks"


def sections(text: str) -> list[tuple[str, int, str, str]]:
    return [(p.label, p.level, p.role, text[p.start:p.end]) for p in section_parts(lines_of(text), len(text))]


def test_sections_levels_and_roles():
    found = [(label, level, role) for label, level, role, _ in sections(PLAN)]
    assert found == [
        ("总体要求", 1, "principles"), ("指导思想", 2, "principles"), ("发展目标", 2, "goals"),
        ("重点任务", 1, "tasks"), ("培育企业", 2, "tasks"),
        ("支持龙头企业做大做强", 3, "tasks"), ("培育专精特新企业", 3, "tasks"),
        ("保障措施", 1, "safeguards"),
    ]


def test_a_section_runs_to_the_next_heading_of_its_level_or_higher():
    found = {label: body for label, _, _, body in sections(PLAN)}
    assert found["发展目标"] == "（二）发展目标\n到2027年，产业规模达到1000亿元。\n"
    assert found["重点任务"].startswith("二、重点任务") and found["重点任务"].endswith("2. 培育专精特新企业。\n")
    assert found["保障措施"] == "三、保障措施\n加强组织领导。\n"


def test_a_section_ends_at_a_bound_and_the_headings_after_it_take_no_role_from_before():
    text = "一、工作目标\n到2025年，普及率达到99%。\n某某市人民政府\n（一）供水设施\n本办法适用于全市。\n"
    bound = text.index("某某市人民政府")
    found = [(p.label, p.role, text[p.start:p.end]) for p in section_parts(lines_of(text), len(text), (bound,))]
    assert found == [("工作目标", "goals", "一、工作目标\n到2025年，普及率达到99%。\n"),
                     ("供水设施", "", "（一）供水设施\n本办法适用于全市。\n")]


def test_a_long_numbered_paragraph_is_not_a_heading():
    text = "一、" + "推动" * 40 + "。\n二、保障措施\n"
    assert [label for label, *_ in sections(text)] == ["保障措施"]


def test_goal_paragraphs():
    text = "今年经济社会发展主要预期目标是：地区生产总值增长5%左右。\n重点做好以下工作。\n"
    parts = goal_paragraphs(lines_of(text))
    assert [(p.role, text[p.start:p.end]) for p in parts] == [("goals", "今年经济社会发展主要预期目标是：地区生产总值增长5%左右。")]
    assert goal_paragraphs(lines_of("全省地区生产总值增长5%。\n")) == []


def test_a_scraped_work_report_keeps_its_unnumbered_headings_as_sections():
    from kit import extract
    r = extract("2026年某省政府工作报告\n“十四五”时期工作回顾\n五年来，全省新建5G基站8万个。\n"
                "“十五五”时期的主要目标任务\n城镇调查失业率控制在5.5%以内。\n2026年重点工作\n新建充电桩2万个。\n",
                "gzbg_2026-01-20.txt")
    roles = [(p.label, p.role) for p in r.document.parts if p.kind == "section"]
    assert roles == [("“十四五”时期工作回顾", "review"), ("“十五五”时期的主要目标任务", "goals"), ("2026年重点工作", "tasks")]
    assert [(m.kind, m.indicator, m.time) for m in r.measures()] == [
        ("observation", "新建5G基站", ""), ("target", "城镇调查失业率", "2030"), ("target", "新建充电桩", "2026")]


def test_an_unnumbered_heading_holds_the_numbered_sections_that_start_after_it():
    from kit import extract
    r = extract("2026年某省政府工作报告\n2025年工作回顾\n一、经济运行稳中有进\n全省新建5G基站8万个。\n"
                "2026年重点工作\n一、持续扩大有效需求\n新建充电桩2万个。\n二、推进乡村全面振兴\n新建高标准农田50万亩。\n",
                "gzbg_2026-01-20.txt")
    sections = [(p.label, p.role) for p in r.document.parts if p.kind == "section"]
    assert sections == [("2025年工作回顾", "review"), ("经济运行稳中有进", "review"), ("2026年重点工作", "tasks"),
                        ("持续扩大有效需求", "tasks"), ("推进乡村全面振兴", "tasks")]
    assert [(m.kind, m.indicator) for m in r.measures()] == [
        ("observation", "新建5G基站"), ("target", "新建充电桩"), ("target", "新建高标准农田")]


def test_a_review_word_after_the_year_a_report_plans_for_heads_that_years_tasks():
    assert role_of("2026年主要工作", plan_year="2026") == "tasks"
    assert role_of("2026年主要工作") == "review" and role_of("2025年工作回顾", plan_year="2026") == "review"
