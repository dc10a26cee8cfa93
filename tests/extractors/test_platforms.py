"""extractors/platforms.py: named platforms (by the body that runs it, a place,
a Latin brand, or a distinctive quoted name) and what is not a platform:
slogans, campaigns, events, vessels and codes in quotes, counts and generic
names that would merge the platforms of many places (issue 13, class 2)."""
from __future__ import annotations

import pytest

from kit import extract

LEAD = "某某情况\n"


def platforms(text: str) -> list[str]:
    return [m.text for m in extract(LEAD + text).mentions("PLATFORM")]


def test_a_platform_named_by_the_body_that_runs_it():
    r = extract(LEAD + "商务部茧丝绸信息平台显示，价格持续回暖。")
    assert [m.text for m in r.mentions("PLATFORM")] == ["商务部茧丝绸信息平台"]
    assert r.objects("商务部茧丝绸信息平台", "operated_by") == {"商务部"}


def test_a_platform_named_by_a_latin_brand():
    assert platforms("COSMOPlat平台赋能企业转型。") == ["COSMOPlat平台"]


def test_a_distinctive_quoted_system():
    assert platforms("上线“电算碳协同系统”，实现数据共享。") == ["电算碳协同系统"]


def test_a_platform_named_by_its_place():
    assert platforms("阿坝州数据开放平台上线运行。") == ["阿坝州数据开放平台"]


@pytest.mark.parametrize("text", [
    "某省开展“清朗·校园周边环境整治”专项行动。",  # a campaign
    "持续推进“清朗·网络直播”系统整治。",  # a campaign named with a platform head
    "“21·8”特大暴雨灾后重建工作有序推进。",  # an event code
    "“爱达·魔都号”邮轮首航。",  # a vessel
    "编号为“ZJ-2024·07”的系统。",  # a code
    "推出“亩均论英雄”改革。",  # a slogan
    "举办“创客中国”大赛。",  # an event
])
def test_slogans_campaigns_events_vessels_and_codes_are_not_platforms(text):
    assert platforms(text) == []


@pytest.mark.parametrize("text", [
    "各地建设中试平台和科创平台。",
    "打造五大平台。",
    "建设智慧养老服务平台。",
    "各地积极建设工业互联网平台和公共服务平台。",
    "推动中小企业上云上平台。",
    "支持建设一批行业级工业互联网平台。",
])
def test_generic_platforms_and_counts_are_not_platforms(text):
    assert platforms(text) == []


def test_a_count_of_a_places_platforms_is_no_platform():
    r = extract("""\
        ---
        title: 工业互联网发展成效
        date: 2024-02-01
        ---
        截至2023年底，浙江省工业互联网平台达到120个。
        """, "news.md")
    assert r.mentions("PLATFORM") == []
    obs = r.measure("observation", "工业互联网平台")
    assert obs.region == "浙江省"


def test_the_platforms_a_body_watches_are_a_class_not_one_platform():
    r = extract("某地新闻\n据文化和旅游部重点监测平台数据，假期旅游消费增长9%。")
    assert r.mentions("PLATFORM") == []


def test_a_level_awarded_names_a_class_of_platforms_not_one():
    r = extract("某市数字经济政策\n一、支持措施\n对新认定的国家级跨行业跨领域工业互联网平台，给予最高500万元补助。\n"
                "国家级农产品质量追溯平台上线运行。\n")
    assert [m.text for m in r.mentions("PLATFORM")] == ["国家级农产品质量追溯平台"]


def test_a_reform_named_by_its_counted_parts_is_no_platform():
    from policykg.extractors.platforms import campaign
    assert campaign("两清单一平台") and campaign("一库三平台")
    assert not campaign("某某工业互联网平台")


def test_a_head_across_two_words_is_no_platform():
    assert platforms("广东恩平台湾青年创业园新入驻台资企业12家。") == []  # (恩平|台湾: no 平台 in the words)
