"""extractors/measures/parts.py: a part counted under 其中 keeps the whole it is of (issue 13, class 8)."""
from __future__ import annotations

from kit import extract

REPORT = ("2026年某县政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n"
          "一、2025年工作回顾\n{review}\n二、2026年工作安排\n{plan}\n")


def indicators(review: str, plan: str = "新建5G基站800个。") -> set[tuple[str, str]]:
    r = extract(REPORT.format(review=review, plan=plan), "gzbg-2026-94.txt")
    return {(m.indicator, m.kind) for m in r.measures()}


def test_new_starts_under_key_projects_are_new_key_projects():
    got = indicators("实施县重点项目150个，完成投资310亿元，其中新开工项目52个。",
                     "实施县重点项目160个以上，完成年度投资330亿元以上，其中新开工项目60个。")
    assert {("新开工县重点项目", "observation"), ("新开工县重点项目", "target")} <= got
    assert ("县重点项目年度投资", "target") in got  # (a bare total after the count: the projects')
    assert not {name for name, _ in got} & {"新开工项目", "年度投资"}


def test_a_part_of_another_head_stays_as_it_is():
    got = indicators("全县规上工业企业达到210家，其中高新技术企业85家。")
    assert ("高新技术企业", "observation") in got


def test_a_kind_of_the_things_a_whole_counts_takes_their_place_in_its_name():
    text = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n全国供销合作社系统已储备春耕农资1836万吨，其中化肥1318万吨。\n"
    got = [m.indicator for m in extract(text, "20250402.md").measures("observation")]
    assert got == ["供销合作社系统储备春耕农资", "供销合作社系统储备春耕化肥"]


def test_a_part_scoped_by_size_alone_takes_the_whole_firms_kind():
    got = indicators("茶叶加工企业发展到94家，其中规模以上企业11家，实现营业收入20.5亿元。")
    assert ("规模以上茶叶加工企业", "observation") in got and ("规模以上企业", "observation") not in got


def test_an_industrial_scope_of_size_and_people_under_a_two_word_action_take_the_wholes():
    got = indicators("园区共有陶瓷及配套企业58家，其中规模以上工业企业33家。全县资助参保12600人，其中低保对象9200人。")
    assert ("规模以上工业陶瓷及配套企业", "observation") in got and ("规模以上工业企业", "observation") not in got
    assert ("低保对象资助参保", "observation") in got and ("低保对象", "observation") not in got
