"""link/measures.py: indicators (merged only when written the same way), one
record per real fact (a target restated is one target with several sources),
and whether each target was met by a later observation."""
from __future__ import annotations

import pytest

from policykg.link import link
from policykg.link.measures import indicator_key

from .fixtures import INTERPRETATION, NEWS, PLAN, extractions

PLAN_KEY = "浙江省工业互联网创新发展行动计划(2021-2023年)"


@pytest.fixture(scope="module")
def kb():
    return link(extractions(PLAN, INTERPRETATION, NEWS))


def targets(kb, indicator: str):
    return [lm for lm in kb.measures if lm.measure.kind == "target" and lm.measure.indicator == indicator]


def test_a_target_restated_elsewhere_is_one_target_with_two_sources(kb):
    (platforms,) = targets(kb, "工业互联网平台")
    assert platforms.policy == PLAN_KEY
    assert platforms.sources == 2
    assert platforms.ref.doc == "plan"


def test_a_target_met_by_a_later_observation(kb):
    (platforms,) = [lm for lm in targets(kb, "工业互联网平台") if lm.ref.doc == "plan"]
    assert platforms.status == "met"
    (obs,) = [lm for lm in kb.measures if lm.id in platforms.assessed_by]
    assert obs.measure.kind == "observation" and obs.measure.quantity.value == 120


def test_a_target_not_met(kb):
    (cloud,) = targets(kb, "上云企业")
    assert cloud.status == "not met" and cloud.assessed_by


def test_a_target_without_observations_is_unknown():
    kb = link(extractions(PLAN))
    assert {lm.status for lm in kb.measures if lm.measure.kind == "target"} == {"unknown"}


def test_targets_and_observations_are_kept_apart(kb):
    kinds = {(lm.measure.kind, lm.measure.indicator) for lm in kb.measures}
    assert ("observation", "工业互联网平台") in kinds and ("target", "工业互联网平台") in kinds


def test_indicators_merge_only_when_written_the_same_way(kb):
    ind = kb.get("INDICATOR", "工业互联网平台")
    assert ind is not None and set(ind.docs) == {"plan", "interpretation", "news"}
    assert indicator_key("工业互联网“平台”的数量") == indicator_key("工业互联网平台数量")
    assert indicator_key("机场旅客吞吐量") != indicator_key("机场货邮吞吐量")


def test_every_measure_has_an_id_and_an_indicator_entity(kb):
    ids = [lm.id for lm in kb.measures]
    assert len(ids) == len(set(ids)) and all(ids)
    for lm in kb.measures:
        if lm.indicator:
            assert kb.get("INDICATOR", lm.indicator) is not None


def test_a_countys_target_is_not_assessed_by_the_nations_figure():
    from kit import extract
    report = extract("2025年龙游县人民政府工作报告\n——2025年1月8日在龙游县第十八届人民代表大会第五次会议上\n各位代表：\n"
                     "二、2025年工作安排\n今年全县经济社会发展的主要预期目标是：固定资产投资增长8%。\n", "gzbg-2025-95.txt")
    news = extract("# 《新闻联播》 (20251015)\n\n### 前三季度经济数据\n\n前三季度，全国固定资产投资同比增长3.1%。\n",
                   "20251015.md")
    kb = link([report.extraction, news.extraction])
    (target,) = [lm for lm in kb.measures if lm.measure.kind == "target"]
    assert target.status == "unknown"  # (not "not met" by the country's 3.1%)


def test_two_counties_figures_alike_in_one_prefecture_are_two_facts_a_figure_restated_in_one_report_is_one():
    from kit import extract
    reports = [extract(f"2025年{county}人民政府工作报告\n——2025年1月8日在{county}第十八届人民代表大会第五次会议上\n各位代表：\n"
                       "一、2024年工作回顾\n全年实现地区生产总值402.6亿元，增长6.3%。\n"
                       "二、2025年工作安排\n推进城区与北海片区一体化发展，新建公共停车位2000个。\n"  # (another place named: no county)
                       "三、2025年十件民生实事\n1.新建公共停车位2000个、旅游公厕20座。\n",
                       f"gzbg-2025-{n}.txt") for n, county in ((91, "武义县"), (92, "浦江县"))]
    kb = link([r.extraction for r in reports])
    growth = [lm for lm in kb.measures if lm.measure.kind == "observation" and lm.measure.measure == "change"]
    assert sorted(lm.measure.subject for lm in growth) == ["武义县", "浦江县"]  # (both in 金华市: not one fact)
    parking = [lm for lm in kb.measures if lm.measure.kind == "target" and lm.measure.indicator == "新建公共停车位"]
    assert sorted(lm.ref.doc for lm in parking) == ["gzbg-2025-91", "gzbg-2025-92"]  # (each report's once)


def test_an_undated_placeless_forecast_of_two_news_days_is_two_forecasts():
    from kit import extract
    days = [extract(f"# 《新闻联播》 ({day})\n\n### 假期出行\n\n交通运输部预计，{holiday}期间，自驾出行占比约80%。\n", f"{day}.md")
            for day, holiday in (("20250403", "清明假期4月4日至6日"), ("20250529", "端午假期5月31日至6月2日"))]
    kb = link([r.extraction for r in days])
    shares = [lm for lm in kb.measures if lm.measure.kind == "forecast" and lm.measure.indicator == "自驾出行占比"]
    assert sorted((lm.ref.doc, lm.measure.time) for lm in shares) == [("20250403", ""), ("20250529", "")]
