"""extractors/measures/nouns.py: the noise words cut from around an indicator,
with and without the sentence's tokens; an added count says so."""
from __future__ import annotations

import pytest

from kit import extract
from policykg.extractors.measures.nouns import clean_indicator
from policykg.nlp import sentences_of


STEMS = [
    ("全省工业增加值", "工业增加值"),
    ("全国文明村镇", "全国文明村镇"),  # 全国 of a national title stays
    ("全国粮食产量", "粮食产量"),  # (the scope of a measure does not)
    ("Ⅰ—Ⅲ类水质断面", "Ⅰ—Ⅲ类水质断面"),  # a grade range in Roman numerals stays
    ("力争全市规上工业企业数量", "规上工业企业数量"),
    ("其中，新能源汽车产量同比", "新能源汽车产量"),
    ("新建省级智能工厂", "新建省级智能工厂"),
    ("全国万元国内生产总值用水量", "万元国内生产总值用水量"),  # a per-unit basis before a place word stays
    ("全省", ""),
    ("培育", ""),
    ("杭州市", ""),
    ("交通基础设施建设投资规模", "交通基础设施建设投资规模"),  # (建设 qualifies the investment: the facilities stay)
    ("分区分类建设高标准农田", "建设高标准农田"),  # (建设 acts on the things counted)
    ("全国信息传输和软件服务领域新设立的外资企业", "新设立外资企业"),  # (the new ones, not the stock)
    ("我国对拉美新增直接投资", "对拉美新增直接投资"),  # (with whom: 对拉美 is kept before the addition verb)
    ("非洲地区新增确诊病例", "非洲地区新增确诊病例"),  # (the part of the world whose addition it is)
    ("进口汽车的平均单价", "进口汽车的平均单价"),  # (a verb and what it acts on say which things are priced)
    ("高质量办理省人大代表建议", "办理省人大代表建议"),  # (a manner before a service verb is no part of it)
    ("包括社区食堂、老年餐桌在内的助餐点", "助餐点"),  # (the examples it includes are not what is counted)
    ("一级能效家电销售额", "一级能效家电销售额"),  # (a grade with a numeral is part of the thing)
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


def test_an_adverb_after_what_is_counted_is_no_part_of_it():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n15个“某某”风貌保护试点稳步推进，30个重点项目顺利推进，"
                "56个土地综合整治项目扎实推进。\n", "gzbg_2026-01-20.txt")
    assert sorted(m.indicator for m in r.measures("observation")) == ["土地综合整治项目", "某某风貌保护试点", "重点项目"]


def test_a_property_before_de_qualifies_what_is_counted():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全省推广753个区域适应性的主导品种。\n", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["主导品种"]


def test_a_word_of_manner_before_the_verb_is_no_part_of_what_is_counted():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n高质量建成高标准农田300万亩，高水平建设产业园区5个。\n",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["建成高标准农田", "建设产业园区"]



def test_one_count_before_two_kinds_of_one_head_joined_by_he_is_of_both():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n新建120个乡镇综合服务中心和养老配送中心。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新建乡镇综合服务中心和养老配送中心"]
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n培育50家龙头企业和一批配套企业。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["培育龙头企业"]  # (a second thing with a count of its own)


def test_a_measure_head_the_tagger_reads_as_a_numeral_stays():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全省刑事案件立案数、诈骗案件既遂数分别下降11.2%、7.4%。",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["刑事案件立案数", "诈骗案件既遂数"]  # (not 诈骗案件)


@pytest.mark.parametrize("stem, indicator", [
    ("某江—某河国际航道进出口", "某江—某河国际航道进出口"),  # one dash joins a name of two
    ("国家重点工程——青川水库蓄水量", "青川水库蓄水量"),  # a double dash sets off a description
])
def test_one_dash_between_words_joins_a_name(stem, indicator):
    assert clean_indicator(stem) == indicator


def test_a_grade_word_opening_with_zhong_is_not_cut_as_a_frame():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n某市大米中高端销售占总销量超40%。\n", "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("observation")] == ["大米中高端销售占总销量比重"]  # (not 高端销售…: 中 no frame)


def test_a_share_of_trade_with_partners_keeps_its_dui():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n外贸结构更优，对共建“一带一路”国家出口占比首次超45%。\n",
                "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("observation")] == ["对共建“一带一路”国家出口占比"]  # (the province's exports)


@pytest.mark.parametrize("sentence, indicator", [
    ("截至6月末，两家电网企业的充电桩接入总数达120万个。", "电网企业的充电桩接入总数"),  # a body's, a longer noun phrase
    ("目前，全国提供居家上门服务的机构已超过8万个。", "提供居家上门服务的机构"),  # a verb and its object say which
    ("去年，甲国与东南亚地区各国的贸易总额达到5000亿元。", "甲国与东南亚地区各国的贸易总额"),
])
def test_a_qualifier_before_de_that_says_which_things_stays(sentence, indicator):
    r = extract(f"# 《新闻联播》 (20250702)\n\n### 某某\n\n{sentence}\n", "20250702.md")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_a_place_word_after_de_is_no_thing_counted():
    r = extract("# 《新闻联播》 (20250702)\n\n### 某某\n\n今天，我国自主设计的国内首台50兆瓦燃气轮机投入运行。\n", "20250702.md")
    assert not any(m.indicator.endswith("国内") for m in r.measures())


def test_a_count_of_works_joined_by_he_counts_both_works():
    def names(sentence: str) -> list[str]:
        item = "# 《新闻联播》 (20251102)\n\n### 要闻\n\n" + sentence + "\n"
        return [m.indicator for m in extract(item, "20251102.md").measures("observation")]
    assert names("今年全省已推进35个中型灌区建设和现代化改造。") == ["中型灌区建设和现代化改造"]  # (not 中型灌区建设)
    assert "湿地生态保护" not in names("我国已实施了12个湿地生态保护和修复重大工程。")  # (the works, not the protection)


def test_a_list_followed_by_the_quoted_name_that_counts_its_items_is_measured_by_that_name():
    def names(sentence: str) -> list[str]:
        return [m.indicator for m in extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n",
                                             "gzbg-2026-99.txt").measures("observation")]
    assert names("外贸结构持续优化，光伏组件、锂电池、电动汽车“新三样”出口增长20%。") == ["“新三样”出口"]  # (not 电动汽车's)
    assert names("新增单项冠军企业5家、专精特新“小巨人”企业40家。")[-1] == "新增专精特新“小巨人”企业"  # (one title)


def test_what_the_things_a_story_counts_are_seen_doing_is_no_figure():
    def names(sentence: str) -> list[str]:
        item = "# 《新闻联播》 (20250612)\n\n### 要闻\n\n" + sentence + "\n"
        return [m.indicator for m in extract(item, "20250612.md").measures("observation")]
    assert names("在河南某县，当地调集了260多台收割机加紧抢收。") == []  # (not 收割机加紧抢收)
    assert names("目前，某园区1200栋厂房拔地而起。") == []
    assert names("今年已有6座抽水蓄能电站启动建设。") == ["抽水蓄能电站启动建设"]  # (what happened to them: counted)


def test_a_count_of_a_packages_items_or_a_releases_scope_is_no_figure():
    def names(sentence: str) -> list[str]:
        return [m.indicator for m in extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n",
                                             "gzbg-2026-99.txt").measures("observation")]
    assert names("省政府承诺的12件民生实事全部兑现。") == []  # (the package's own items)
    assert names("统计部门按月发布35个大中城市二手住宅销售价格变动情况。") == []  # (the release's scope)
