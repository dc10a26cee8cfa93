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
    ("目前一二类壮苗占比", "一二类壮苗占比"),  # two grades written as one stay
    ("三类医疗器械注册证", "三类医疗器械注册证"),  # a grade before a noun is no count
    ("全市新建商品住房去化周期", "新建商品住房去化周期"),  # a head the tagger reads as a time word stays
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
    ("我省自主培育的水稻品种推广面积", "自主培育的水稻品种推广面积"),  # (a count verb before 的 qualifies: no cut)
    ("国家层面复制推广的改革经验", "国家层面复制推广的改革经验"),
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


def test_a_word_of_manner_before_the_verb_is_no_part_of_what_is_counted():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n高质量建成高标准农田300万亩，高水平建设产业园区5个。\n",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["建成高标准农田", "建设产业园区"]


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


def test_a_list_followed_by_the_quoted_name_that_counts_its_items_is_measured_by_that_name():
    def names(sentence: str) -> list[str]:
        return [m.indicator for m in extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n",
                                             "gzbg-2026-99.txt").measures("observation")]
    assert names("外贸结构持续优化，光伏组件、锂电池、电动汽车“新三样”出口增长20%。") == ["“新三样”出口"]  # (not 电动汽车's)
    assert names("新增单项冠军企业5家、专精特新“小巨人”企业40家。")[-1] == "新增专精特新“小巨人”企业"  # (one title)
    assert names("电动客车、锂离子电池和光伏组件产品“新三样”出口增长12%。") == ["“新三样”出口"]  # (the last two joined by 和)


def test_a_deployment_verb_stays_with_what_it_puts_in():
    """投入 before machines or people counted says what is counted (the machines put to work, not all the machines);
    as a noun after what is invested (研发投入占…比重) it stays the measure's."""
    def named(sentence: str) -> list[str]:
        return [m.indicator for m in extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n",
                                             "gzbg-2026-99.txt").measures("observation")]
    assert named("全省投入玉米收获机4.2万台。") == ["投入玉米收获机"]
    assert named("全省推广再生稻80万亩。") == ["推广再生稻"]  # (推广 likewise: what is spread)
    assert named("全社会研发投入占地区生产总值比重达到2.6%。") == ["全社会研发投入占地区生产总值比重"]


@pytest.mark.parametrize("sentence, kept", [
    # the list cannot be kept whole: the class after 等 is measured, not the last example
    ("氢能、储能、生物制造、类脑智能等前沿产业领域创新型企业超过3000家。", [("前沿产业领域创新型企业", "3000")]),
    # the class after 等 names nothing alone (领域项目, 称号的企业, 为代表的项目): no row, not one example for all
    ("某省举行了重大项目现场推进活动，涉及城市更新、生态环保、农业农村、社会民生、文化旅游等领域项目360个、总投资2400多亿元。",
     []),
    ("拥有国家技术创新示范企业、制造业单项冠军、“专精特新”等称号的优质特色企业超过900家。", []),
    ("在某市，以绿色低碳材料和精细化学品、高端医疗装备、新能源等为代表的项目数量占比超过了三成。", []),
])
def test_a_list_cut_before_its_etc_is_measured_by_its_class_or_not_at_all(sentence, kept):
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == kept


@pytest.mark.parametrize("sentence, indicator", [
    ("（2）第15届某某博览会签约项目超过300个；", "第15届某某博览会签约项目"),  # (not 届某某博览会签约项目)
    ("2024年，全国12345热线共受理群众诉求3200万件。", "12345热线受理群众诉求"),  # (a number naming a service)
])
def test_a_number_inside_a_name_stays_in_it(sentence, indicator):
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_a_year_opening_a_name_is_no_part_of_it():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n（9）2025清明档电影票房超过8亿元；\n", "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["清明档电影票房"]


def test_an_average_per_unit_opening_an_indicator_stays():
    r = extract("某市开发区高质量发展方案\n一、主要目标\n到2027年，开发区工业总产值达到900亿元，亩均税收达到40万元以上。\n")
    assert [m.indicator for m in r.measures("target")] == ["开发区工业总产值", "亩均税收"]  # (not 税收)


def test_a_time_of_day_that_makes_an_activity_stays():
    r = extract("某市夜间经济方案\n一、主要目标\n到2026年，全市夜间消费额占社会消费品零售总额比重达到30%。\n")
    assert [m.indicator for m in r.measures("target")] == ["夜间消费额占社会消费品零售总额比重"]  # (not 消费额占…)


def test_an_aim_word_after_the_indicator_is_no_part_of_it():
    r = extract("某市新能源汽车产业方案\n一、主要目标\n到2027年，全市新能源汽车产量力争达到150万辆。\n")
    assert [m.indicator for m in r.measures("target")] == ["新能源汽车产量"]  # (not 新能源汽车产量力争)


def test_a_place_word_after_a_period_is_where_not_what():
    """全省 after a period inside the words before a figure (冰雪旅游季全省接待游客) says where: the period stays, and
    a season's name keeps its season (not 今年一季度)."""
    def named(sentence: str) -> list[str]:
        return [m.indicator for m in extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n",
                                             "gzbg-2026-99.txt").measures("observation")]
    assert named("冬春旅游季全省接待游客2800万人次。") == ["冬春旅游季接待游客"]
    assert named("今年一季度全省接待游客900万人次。") == ["接待游客"]
    news = extract("# 《新闻联播》 (20251009)\n\n### 要闻\n\n中国国家铁路集团有限公司今天发布，预计运输期间全国铁路发送旅客2.3亿人次。\n", "20251009.md")
    assert [m.indicator for m in news.measures("forecast")] == ["运输期间全国铁路发送旅客"]  # (全国: the scope)
    assert named("秋收期间全省投入玉米收获机4.2万台。") == ["秋收期间投入玉米收获机"]


def test_two_grades_written_as_one_stay_with_what_they_grade():
    """一、二类苗比例 is the share of the first two grades, not a list cut after 一 (not 苗比例)."""
    news = extract("# 《新闻联播》 (20260301)\n\n### 要闻\n\n农业农村部数据显示，目前全国油菜一、二类苗比例达到86.2%，"
                   "比上年同期提高2.4个百分点。\n", "20260301.md")
    assert {m.indicator for m in news.measures("observation")} == {"油菜一、二类苗比例"}
    report = extract("2026年某市政府工作报告\n一、2025年工作回顾\n新增二类、三类医疗器械注册证84张，增长21.7%。\n",
                     "gzbg-2026-99.txt")
    assert {m.indicator for m in report.measures("observation")} == {"新增二类、三类医疗器械注册证"}  # (both rows)


def test_a_list_of_examples_after_a_verb_stays_before_a_wide_class():
    """推广甲、乙等技术面积: the class 技术 is too wide alone, the examples and the verb say which."""
    def named(sentence: str) -> list[str]:
        return [m.indicator for m in extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n",
                                             "gzbg-2026-99.txt").measures("observation")]
    assert named("全省推广秸秆深翻、增施有机肥等技术面积达到350万亩。") == ["推广秸秆深翻、增施有机肥等技术面积"]


def test_a_qualifier_that_acts_on_a_name_before_its_de_stays():
    """具备北斗终端的联合收割机: which machines are counted (北斗 tagged a person's name does not cut it off)."""
    news = extract("# 《新闻联播》 (20250521)\n\n### 要闻\n\n农业农村部数据显示，今年全国具备北斗终端的联合收割机已超过20万台。\n",
                   "20250521.md")
    assert [m.indicator for m in news.measures("observation")] == ["具备北斗终端的联合收割机"]


@pytest.mark.parametrize("sentence, indicator", [
    ("截至6月底，全国已完成入户登记的行政村超过30万个。", "完成入户登记的行政村"),  # (a count verb acting inside the qualifier)
    ("其中具备远程监测和自动报警功能的电梯超过8万台。", "具备远程监测和自动报警功能的电梯"),  # (a qualifier of 13 characters)
])
def test_a_long_or_verb_opened_qualifier_before_de_stays(sentence, indicator):
    news = extract(f"# 《新闻联播》 (20250521)\n\n### 要闻\n\n全国在用电梯超过1000万台。{sentence}\n", "20250521.md")
    assert indicator in {m.indicator for m in news.measures("observation")}


def test_words_after_a_sizes_slash_name_nothing():
    text = "某市燃气锅炉整治方案\n一、工作目标\n到2025年底，20蒸吨/小时及以上燃气锅炉累计完成低氮改造150台。\n"
    names = [m.indicator for m in extract(text, "plan.txt").measures()]
    assert not any(n.startswith(("小时", "改造小时")) for n in names)  # (not 小时及以上燃气锅炉…)


def test_a_count_opening_the_words_and_a_forecasting_body_are_no_part_of_the_indicator():
    assert clean_indicator("12项惠民实事完成投资") == "惠民实事投资"  # (not 项惠民实事…)
    news = "# 《新闻联播》 (20221014)\n\n### 要闻\n\n{}\n"
    got = [m.indicator for m in extract(news.format("中国钢铁工业协会预计全年粗钢产量10亿吨左右。"), "20221014.md")
           .measures("forecast")]
    assert got == ["全年粗钢产量"]  # (the association expects it; the output is not its own)
    got = [m.indicator for m in extract(news.format("湘钒新材料股份有限公司预计全年营业收入38亿元。"), "20221014.md")
           .measures("forecast")]
    assert got == ["湘钒新材料股份有限公司全年营业收入"]  # (a firm's forecast is of its own figures)


def test_a_share_after_a_gap_is_of_the_figure_before_the_gap():
    news = ("# 《新闻联播》 (20260515)\n\n### 要闻\n\n4月份，装备制造业增加值增长9.8%，快于全部规模以上工业3.7个百分点，"
            "占全部规模以上工业增加值的比重为35.6%。\n")
    got = [m.indicator for m in extract(news, "20260515.md").measures("observation")]
    assert "装备制造业增加值占全部规模以上工业增加值比重" in got  # (not …增速快于全部规模以上工业占…)


def test_an_aim_between_whose_and_what_is_no_part_of_the_indicator():
    r = extract("2026年某市政府工作报告\n——2026年1月9日在某市第十六届人民代表大会第五次会议上\n各位代表：\n二、2026年工作安排\n"
                "电子信息产业力争产值突破40亿元，文旅产业争取收入达到12亿元。\n")
    assert sorted(m.indicator for m in r.measures("target")) == ["文旅产业收入", "电子信息产业产值"]
