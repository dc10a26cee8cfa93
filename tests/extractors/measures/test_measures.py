"""extractors/measures/: targets, observations and forecasts — each failure
class of issue 13 as sentences of our own, in small documents of the genre
they come from (a work report, an official plan, a news item), asserting the
right fact and the absence of the wrong one."""
from __future__ import annotations

import pytest

from kit import d, document, extract, extract_file, value

from policykg.extractors.measures.plausible import plausible
from policykg.lexicon import words

WORK_REPORT = document("work_report_2026.txt")
NEWS = document("news_2024.md")
SHANGHAI = document("plan_shanghai.txt")

REPORT = "2026年浙江省政府工作报告"

@pytest.fixture(scope="module")
def report():
    return extract_file(WORK_REPORT)


@pytest.fixture(scope="module")
def news():
    return extract_file(NEWS)


@pytest.fixture(scope="module")
def shanghai():
    return extract_file(SHANGHAI)


# ---------------------------------------------------------------- class 3: achieved figures vs plans

def test_a_work_reports_expected_targets_are_targets_of_the_report(report):
    gdp = report.measure("target", "地区生产总值")
    assert value(gdp) == (d("5"), d("5.5"), "%", "=")
    assert (gdp.measure, gdp.time, gdp.policy, gdp.region) == ("change", "2026", REPORT, "浙江省")
    assert not [m for m in report.measures("forecast")]  # 主要预期目标 are targets, not forecasts


def test_the_employment_target_of_the_expected_targets(report):
    jobs = report.measure("target", "城镇新增就业")
    assert value(jobs) == (d("1000000"), None, "人", ">=")


def test_a_work_reports_tasks_for_the_year_are_its_targets(report):
    factories = report.measure("target", "新建省级智能工厂")
    assert value(factories) == (d("50"), None, "家", "=")
    assert (factories.time, factories.policy) == ("2026", REPORT)
    assert not [m for m in report.measures("observation") if m.indicator == "新建省级智能工厂"]


def test_a_work_reports_review_figures_are_observations_not_targets(report):
    observed = {m.indicator for m in report.measures("observation")}
    assert {"固定资产投资", "货物出口", "规模以上工业增加值"} <= observed
    targeted = {m.indicator for m in report.measures("target")}
    assert not {"货物出口", "固定资产投资", "规模以上工业增加值"} & targeted
    assert report.measure("observation", "规模以上工业增加值").time == "2025"


def test_a_work_reports_review_figures_are_of_last_year(report):
    assert {m.time for m in report.measures("observation")} == {"2025"}


def test_an_achieved_figure_in_the_news_is_an_observation(news):
    exports = [m for m in news.measures() if m.indicator == "货物出口"]
    assert {m.kind for m in exports} == {"observation"}
    assert {value(m)[0] for m in exports} == {d("4200000000000"), d("6.1")}


def test_an_expectation_is_a_forecast(news):
    gdp = news.measure("forecast", "地区生产总值")
    assert value(gdp)[:3] == (d("5"), None, "%")
    assert not [m for m in news.measures("target") if m.indicator == "地区生产总值"]


def test_the_details_of_one_thing_a_story_describes_are_no_figures():
    def indicators(sentence: str) -> list[str]:
        return [m.indicator for m in extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
                .measures("observation")]
    assert indicators("就是这个30多平方公里的小镇聚集了1500多家五金企业，年产值达到200多亿元。") == []
    assert indicators("目前，这家企业已经在全球9个国家设立了13个研发中心。") == []
    assert indicators("这个暑期，全国铁路累计发送旅客8.9亿人次。") == ["铁路累计发送旅客"]  # (a time, not a thing)
    assert indicators("如今，全县苹果种植面积超过5万亩，全村人均收入增长12%。") == []  # (one county's, one village's)
    assert indicators("全国首个人工智能产业研究院成立一年来，服务企业超过300家。") == []  # (one thing, unnamed)
    assert indicators("今天是节后首个工作日，全国铁路发送旅客1500万人次。") == ["铁路发送旅客"]  # (a time)
    assert indicators("今年，浙江成为全国首个数字经济增加值过万亿的省份，全省数字经济核心产业增加值增长12%。") == [
        "数字经济核心产业增加值"]  # (what a named place became)
    assert indicators("今年以来，全国新开工改造城镇老旧小区2.1万个。") == ["新开工改造城镇老旧小区"]  # (the whole country)


def test_a_number_in_a_clause_describing_what_the_sentence_tells_of_is_no_figure():
    item = NEWS_ITEM.format(heading="要闻", sentence="刚刚在长城站完成1200多吨物资补给任务的科考船正在驶向南美洲。")
    assert extract(item, "20250402.md").measures("observation") == []


def test_a_figure_for_a_span_ahead_is_no_observation():
    item = NEWS_ITEM.format(heading="要闻", sentence="25家央企未来四年在甘肃投资超8600亿元。")
    assert extract(item, "20250402.md").measures("observation") == []  # planned, not done
    item = NEWS_ITEM.format(heading="要闻", sentence="在人工智能等未来产业，我国的专精特新企业已超3000家。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["专精特新企业"]  # (a noun)


# ---------------------------------------------------------------- class 7: ordinals and slogans

def test_ordinals_and_slogans_are_no_figures(report, news):
    for r in (report, news):
        indicators = {m.indicator for m in r.measures()}
        assert not indicators & {"规定", "八项规定", "大文章", "文章", "人民", "两国人民", "毫不动摇"}, r.summary()
        assert not [m for m in r.measures() if m.quantity is not None and m.quantity.value in (2, 5, 8)
                    and m.quantity.unit in ("项", "篇", "国", "个")]


@pytest.mark.parametrize("sentence", [
    "全面贯彻中央八项规定精神。",
    "做好科技金融、绿色金融、普惠金融、养老金融、数字金融五篇大文章。",
    "两国人民友谊源远流长。",
    "坚持“两个毫不动摇”。",
])
def test_a_slogan_sentence_gives_no_measure(sentence):
    assert extract("某某情况\n" + sentence).measures() == []


# ---------------------------------------------------------------- class 8: indicator wording

def test_the_indicator_is_the_measured_thing_not_the_clause(report):
    meat = report.measure("target", "肉产量")
    assert value(meat) == (d("1000000"), None, "吨", "=")
    assert report.measure("target", "粮食播种面积").quantity.unit == "亩"
    wordy = [m.indicator for m in report.measures() if m.indicator.startswith(("确保", "稳定在")) or m.indicator.endswith("稳定在")]
    assert wordy == []


def test_the_indicator_keeps_its_head_noun(report, shanghai):
    assert shanghai.measure("target", "社会消费品零售总额").time == "2027"
    assert report.measure("observation", "民间投资占固定资产投资比重").quantity.value == d("55")


def test_every_indicator_is_in_its_sentence(report, news, shanghai):
    """Issue 13 (11): the row's indicator must be supported by its evidence sentence: it is in it, or an
    addition verb of the sentence and what follows it are (打造10个市级商圈 -> 打造市级商圈)."""
    verbs = words("measures", "addition_verbs")
    for r in (report, news, shanghai):
        for m in r.measures():
            text = m.evidence.text.replace("\n", "")
            verb = next((v for v in sorted(verbs, key=len, reverse=True) if m.indicator.startswith(v)), "")
            assert m.indicator in text or verb in text and m.indicator[len(verb):] in text, (m.indicator, text)
    assert shanghai.measure("target", "打造市级商圈")


# ---------------------------------------------------------------- class 9: region

def test_all_of_the_city_in_a_shanghai_text_is_shanghai_not_a_street(shanghai):
    for m in shanghai.measures():
        assert m.region == "上海市", (m.indicator, m.region)
    assert "南京市" not in shanghai.keys("REGION")


# ---------------------------------------------------------------- class 10: 分别 lists

def test_respectively_lists_give_each_value_its_own_indicator(news):
    assert value(news.measure("observation", "接待游客人次"))[0] == d("12")
    assert value(news.measure("observation", "旅游收入"))[0] == d("9")


def test_respectively_lists_are_aligned_in_order(news):
    items = {m.indicator: m for m in news.measures("observation") if "旅游" in m.indicator or "游客" in m.indicator}
    assert value(items["旅游收入"])[0] == d("9")
    assert len(items) == 2
    assert {m.measure for m in items.values()} == {"change"}


def test_respectively_lists_among_tasks_are_targets(report):
    assert value(report.measure("target", "接待游客人次"))[0] == d("12")
    assert value(report.measure("target", "旅游收入"))[0] == d("9")


# ---------------------------------------------------------------- class 12: thresholds

def test_a_threshold_is_a_condition_not_the_value(report):
    projects = report.measure("target", "制造业项目")
    assert value(projects) == (d("80"), None, "个", "=")
    assert projects.condition == "总投资超5亿元"
    assert not [m for m in report.measures() if m.quantity is not None and m.quantity.value == d("500000000")]


@pytest.mark.parametrize("sentence, indicator, number", [
    ("到2025年，培育营业收入超10亿元的龙头企业20家。", "龙头企业", "20"),
    ("到2025年，建成年产值突破1亿元的智能工厂30个。", "智能工厂", "30"),
])
def test_thresholds_in_plans(sentence, indicator, number):
    r = extract("某某产业发展行动方案\n一、主要目标\n" + sentence)
    targets = r.measures("target")
    assert [(m.indicator, value(m)[0]) for m in targets] == [(indicator, d(number))], r.summary()


# ---------------------------------------------------------------- class 13: signs and ranges

def test_a_decline_is_negative(report, news):
    assert value(report.measure("observation", "固定资产投资")) == (d("-2.1"), None, "%", "=")
    assert report.measure("observation", "固定资产投资").measure == "change"
    assert value(news.measure("observation", "事故死亡人数"))[0] == d("-12")


def test_a_decline_of_more_than_is_less_than_its_negative(news):
    assert value(news.measure("observation", "较大事故")) == (d("-15"), None, "%", "<")


@pytest.mark.parametrize("sentence, low, high", [
    ("到2025年，全省数字经济核心产业增加值年均增长5%—5.5%。", "5", "5.5"),
    ("到2025年，全省软件业务收入年均增长8%至10%。", "8", "10"),
])
def test_a_range_keeps_both_ends(sentence, low, high):
    r = extract("某省某某产业发展规划\n一、发展目标\n" + sentence)
    (target,) = r.measures("target")
    assert value(target)[:2] == (d(low), d(high))
    assert target.measure == "change" and target.time == "2025"


def test_an_indicator_ending_with_a_verb_like_noun():
    r = extract("某省某某产业发展规划\n一、发展目标\n到2025年，全省研发投入年均增长8%。")
    assert value(r.measure("target", "研发投入年均增长"))[0] == d("8")  # the rate is per year, and says so


def test_a_decline_range_is_ordered():
    r = extract("某省某某产业发展规划\n一、发展目标\n到2025年，单位地区生产总值能耗下降13%—14%。")
    (target,) = r.measures("target")
    assert value(target)[:2] == (d("-14"), d("-13"))


# ---------------------------------------------------------------- class 14: dates of facts

def test_a_period_figure_in_the_news_is_of_the_days_year(news):
    assert {m.time[:4] for m in news.measures("observation") if m.time} == {"2024"}


def test_a_half_year_figure_is_dated_to_the_periods_end(news):
    assert news.measure("observation", "旅游收入").time == "2024-06"


@pytest.mark.parametrize("sentence, time", [
    ("截至6月30日，今年全国快递业务量已达800亿件。", "2024-06-30"),  # as of the date it names
    ("今年全国快递业务量已突破800亿件。", "2024-07-02"),  # so far: as of the day of the news
    ("今年全国累计灌溉供水463亿立方米。", "2024-07-02"),
    ("今年某机场旅客吞吐量突破2000万人次。", "2024-07-02"),  # a running count crossing a mark
    ("今年入汛时间早，自3月15日入汛以来，全国共发生19次强降雨过程。", "2024-07-02"),  # since a day of this year
    ("今年高校毕业生人数达1158万人。", "2024"),  # no 已 or 累计: the year's own figure
])
def test_what_this_year_has_reached_so_far_is_dated_to_when_it_was_said(sentence, time):
    r = extract(f"# 《新闻联播》 (20240702)\n\n### 某某工作稳步推进\n\n{sentence}\n", "20240702.md")
    (obs,) = r.measures("observation")
    assert obs.time == time


@pytest.mark.parametrize("sentence, kind, indicator", [
    ("今年元旦假期，海南离岛免税购物人数8.35万人次。", "observation", "离岛免税购物人数"),
    ("2023年春节档电影总票房67.58亿元。", "observation", "春节档电影总票房"),  # the season stays in the name
    ("今年暑运，全国民航旅客运输总量有望达到1.33亿人次。", "forecast", "民航旅客运输总量"),
])
def test_a_figure_of_a_season_or_holiday_is_not_dated_to_the_year(sentence, kind, indicator):
    r = extract(f"# 《新闻联播》 (20240702)\n\n### 某某消费持续升温\n\n{sentence}\n", "20240702.md")
    assert [(m.indicator, m.time) for m in r.measures(kind)] == [(indicator, "")]


def test_what_a_news_day_expects_of_this_year_is_of_the_year():
    r = extract("# 《新闻联播》 (20230907)\n\n### 国际经济\n\n德国某经济研究所6日发布预测报告称，德国今年国内生产总值将萎缩0.5%。\n",
                "20230907.md")
    assert [m.time for m in r.measures("forecast")] == ["2023"]


# ---------------------------------------------------------------- measures are not read everywhere

def test_no_measure_from_titles_signatures_or_principles():
    r = extract("""\
        某某市人民政府关于印发某某市2025年十大民生实事项目的通知
        某政发〔2025〕2号
        各区县人民政府：
        一、总体要求
        坚持以人民为中心，办好10件民生实事。
        二、主要目标
        到2025年底，新建养老服务中心20个。
        某某市人民政府
        2025年1月6日
        """)
    assert [m.indicator for m in r.measures("target")] == ["新建养老服务中心"]
    assert not [m for m in r.measures() if m.quantity is not None and m.quantity.value in (2025, 10, 2, 6)]


def test_a_work_reports_review_of_five_years_does_not_date_its_totals_by_last_year():
    r = extract("2026年某省政府工作报告\n一、过去一年和“十四五”工作回顾\n五年来，全省新增养老机构床位2939张。\n"
                "过去一年，全省规模以上工业增加值增长7.2%。", "gzbg_2026-01-20.txt")
    dates = {m.indicator: m.time for m in r.measures("observation")}
    assert dates.get("规模以上工业增加值") == "2025"
    assert dates.get("新增养老机构床位") == ""


@pytest.mark.parametrize("paragraph, date", [
    ("2025年目标任务全面完成。五年来，我们攻坚克难。全省粮食产量增长8%。", ""),  # the latest opening: five years
    ("“十四五”时期极不平凡。2023年5月，某某会议在本省召开。全省粮食产量增长8%。", ""),  # an event's year says nothing
    ("五年来，我们攻坚克难。2025年，全省粮食产量增长8%。", "2025"),  # the reviewed year, named last
    ("过去一年，我们攻坚克难。全省粮食产量增长8%。", "2025"),
])
def test_a_review_paragraph_is_of_the_period_its_latest_time_opening_names(paragraph, date):
    r = extract("2026年某省政府工作报告\n一、过去一年和“十四五”工作回顾\n" + paragraph, "gzbg_2026-01-20.txt")
    assert {m.indicator: m.time for m in r.measures("observation")} == {"粮食产量": date}


@pytest.mark.parametrize("sentence, indicator", [
    ("某地新闻\n某江流域首次实现两座水电站同步截流。", "某江流域"),
    ("某地新闻\n过去一年，我们在北京、明斯克和塔什干三度会晤，保持密切沟通。", "明斯克和塔什干"),
])
def test_no_figure_of_a_place_or_of_how_often_leaders_met(sentence, indicator):
    assert [m.indicator for m in extract(sentence).measures("observation")] == []


def test_an_adverb_of_the_clause_is_not_in_the_indicator():
    r = extract("某地新闻\n某某打造的星河工业互联网平台已服务企业两万余家。")
    assert [m.indicator for m in r.measures("observation")] == ["星河工业互联网平台服务企业"]


@pytest.mark.parametrize("sentence, indicator, subject", [
    ("某地新闻\n截至目前，海关总署共查获走私案件1200件。", "查获走私案件", "海关总署"),
    ("某地新闻\n截至目前，全国移民管理机构共查验出入境人员287.7万人次。", "查验出入境人员", "移民管理机构"),  # (a whole country's class)
    ("某地新闻\n截至3月底，某某市医保部门共追回医保资金1.2亿元。", "追回医保资金", ""),
    ("某地新闻\n截至目前，美国累计确诊病例超过2.6万例。", "美国累计确诊病例", ""),   # the adverb names the count
    ("某地新闻\n今年以来，新疆生产建设兵团组织了200支科技服务队伍。", "科技服务队伍", "新疆生产建设兵团"),  # a province-level body
    ("某地新闻\n截至目前，全国各省和新疆生产建设兵团累计上报项目1200个。", "上报项目", ""),  # the last of a list
])
def test_the_body_that_acted_is_the_subject_not_the_indicator(sentence, indicator, subject):
    (m,) = extract(sentence).measures("observation")
    assert m.indicator == indicator
    assert m.subject == subject


@pytest.mark.parametrize("sentence, indicator, subject", [
    ("某某调水工程持续完善水资源配置格局，受益人口近6000万人。", "受益人口", "某某调水工程"),
    ("某某新区已累计引进科技企业120家，入驻人员超2万人。", "引进科技企业", "某某新区"),
    ("某某卫星导航系统目前在轨运行卫星数量已达30颗。", "在轨运行卫星数量", "某某卫星导航系统"),
])
def test_a_news_sentence_opening_on_a_project_zone_or_system_names_whose_figures_follow(sentence, indicator, subject):
    m = next(m for m in extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md").measures("observation")
             if m.indicator == indicator)
    assert m.subject == subject


@pytest.mark.parametrize("sentences, indicator, subject", [
    ("某某国际博览会今天在某市开幕。共有3000余家企业参展，展览面积达到5万平方米。", "展览面积", "某某国际博览会"),
    ("第九届某某国际电影节今天开幕，吸引了50个国家和地区的2000余部影片报名。", "影片报名", "第九届某某国际电影节"),
    ("某某机场口岸今年以来客流持续增长。单日最高出入境航班量突破200架次，创历史纪录。", "单日最高出入境航班量", "某某机场口岸"),
    ("设立某某新区以来，各项建设加快推进。目前，总建筑面积达5000万平方米。", "总建筑面积", ""),  # a verb opens it
])
def test_a_later_figure_of_a_news_item_is_of_the_facility_or_event_its_first_sentence_opens_with(
        sentences, indicator, subject):
    measures = extract(NEWS_ITEM.format(heading="要闻", sentence=sentences), "20250402.md").measures("observation")
    assert [m.subject for m in measures if m.indicator == indicator] in ([subject], [] if not subject else [subject])


def test_where_a_level_started_is_undated_without_its_own_year():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n常住人口城镇化率从72%提升至76%左右。", "gzbg_2026-01-20.txt")
    got = sorted((m.indicator, value(m)[0], m.time) for m in r.measures("observation"))
    assert got == [("常住人口城镇化率", d("76"), "2025")]  # an undated start (72%) would read as the current level
    item = NEWS_ITEM.format(heading="企业发展", sentence="“十四五”期间，我国专精特新企业从不足3万家增至12万家。")
    got = [(m.indicator, value(m)[0]) for m in extract(item, "20250402.md").measures("observation")]
    assert got == [("专精特新企业", d("120000"))]  # in the news an undated start would read as the current count
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n常住人口城镇化率从2020年的72%提升至76%左右。",
                "gzbg_2026-01-20.txt")
    got = sorted((m.indicator, value(m)[0], m.time) for m in r.measures("observation"))
    assert got == [("常住人口城镇化率", d("72"), "2020"), ("常住人口城镇化率", d("76"), "2025")]


def test_where_a_target_starts_from_is_an_observation():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n学前教育生均标准从380元提高至1000元。", "gzbg_2026-01-20.txt")
    assert [(value(m)[0], m.time) for m in r.measures("target")] == [(d("1000"), "2026")]
    assert [(value(m)[0], m.time) for m in r.measures("observation")] == [(d("380"), "")]


@pytest.mark.parametrize("sentence, indicator", [
    ("某地新闻\n截至目前，来自各地的36支舞狮队按照成人组、少年组参加比赛。", "舞狮队"),
])
def test_what_is_counted_after_a_number_ends_before_the_clause_goes_on(sentence, indicator):
    assert [m.indicator for m in extract(sentence).measures("observation")] == [indicator]


@pytest.mark.parametrize("sentence", [
    "某地新闻\n某国防部今天称，过去一天防空部队击落了48架无人机。",
    "某地新闻\n当地官员说，有12名平民在昨天的袭击中身亡。",
])
def test_the_toll_of_a_violent_event_is_no_figure(sentence):
    assert extract(sentence).measures("observation") == []


def test_casualties_named_as_such_are_figures_and_a_plans_safety_indicator_too():
    r = extract("某地新闻\n截至目前，这次地震造成的死亡人数上升到120人。")
    assert [(m.indicator, value(m)[0]) for m in r.measures("observation")] == [("地震造成的死亡人数", d("120"))]
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全省生产安全事故死亡人数下降12%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["生产安全事故死亡人数"]


@pytest.mark.parametrize("sentence, counts", [
    ("某地新闻\n当地警方称，隧道塌方已造成至少9人死亡、14人受伤、2人失踪。",
     [("死亡人数", "9", ">="), ("受伤人数", "14", "="), ("失踪人数", "2", "=")]),
    ("某地新闻\n据当地媒体报道，这起踩踏事件致3人遇难。", [("死亡人数", "3", "=")]),
])
def test_a_number_of_people_before_a_casualty_word_counts_the_casualties(sentence, counts):
    r = extract(sentence)
    assert [(m.indicator, str(value(m)[0]), value(m)[3]) for m in r.measures("observation")] == counts


def test_what_a_task_adds_keeps_its_verb_so_it_does_not_read_as_the_stock():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n分区分类建设高标准农田900万亩，培育创新型中小企业200家，"
                "改造城镇危旧房2000户，开展职业技能培训30万人次。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["建设高标准农田", "培育创新型中小企业", "改造城镇危旧房", "职业技能培训"]


def test_a_share_without_its_subject_takes_the_subject_of_the_figure_before():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n力争软件业务收入增长9%，占地区生产总值比重达到6%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["软件业务收入", "软件业务收入占地区生产总值比重"]


@pytest.mark.parametrize("sentence, indicator", [
    ("六是帮扶2000余名符合条件的高校毕业生就业。", "高校毕业生就业"),   # the head after 的 is counted, not its qualifier
    ("油料产量继续保持300万吨以上。", "油料产量"),                          # 继续保持 is the level verb, not the indicator
    ("改造提升农村公共厕所5000个。", "改造提升农村公共厕所"),
    ("新改建农村公路2000公里。", "新改建农村公路"),
    ("建设3个有国际影响力的开源社区。", "建设开源社区"),
])
def test_indicator_wording_of_tasks(sentence, indicator):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == [indicator]


def test_a_list_verb_and_a_conjunction_are_no_part_of_what_is_counted():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="截至目前，国家档案局已开放馆藏档案，包括专题档案2万余件。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["专题档案"]
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="某奖项今天揭晓，共有12家企业以及10个项目获奖。"), "20250402.md")
    assert not [m for m in r.measures() if m.indicator.endswith("以")]


def test_the_price_of_lots_sold_is_theirs_and_an_account_keeps_its_name():
    r = extract(REVIEW + "出让探矿权120宗、成交价80亿元。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["出让探矿权", "出让探矿权成交价"]
    r = extract(NEWS_ITEM.format(heading="外汇", sentence="数据显示，一季度，我国经常账户顺差900亿美元。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["经常账户顺差"]


def test_an_approval_before_an_addition_verb_stays():
    r = extract(REVIEW + "获批建设2个国家级现代农业产业园。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["获批建设国家级现代农业产业园"]


def test_a_count_after_a_merger_is_of_what_is_left():
    r = extract(REVIEW + "市属国有企业重组整合至9户，全市乡镇撤并为40个。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["市属国有企业", "乡镇"]


def test_a_bound_before_a_noun_opens_no_name():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="目前，我国60岁以上人口数量已超过3亿。"), "20250402.md")
    assert not [m for m in r.measures() if m.indicator.startswith("以上")]


def test_a_count_of_the_places_just_listed_is_no_figure():
    r = extract(PLAN + "推动南京、苏州、无锡3个综合保税区提质升级，新增外贸企业300家。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["新增外贸企业"]


@pytest.mark.parametrize("sentence, indicator", [
    ("本周以来，灾区共迎来150辆运送救灾物资的卡车。", "运送救灾物资的卡车"),   # the trucks, not what they carry
    ("今年新增30家从事跨境电商的企业。", "新增从事跨境电商的企业"),
])
def test_a_count_with_a_clause_of_what_the_things_do_counts_the_things(sentence, indicator):
    assert [m.indicator for m in extract("某地新闻\n" + sentence).measures("observation")] == [indicator]


def test_a_conjunction_inside_a_word_does_not_cut_what_is_counted():
    r = extract("某地新闻\n截至目前，共有来自各地的80名志愿者参与服务。")
    assert [m.indicator for m in r.measures("observation")] == ["志愿者参与服务"]  # (参与 is a verb, not 与)


def test_respectively_when_the_last_item_qualifies_the_first_further():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n工业、制造业、工业技改投资分别增长8.1%、12.2%、5.3%。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, value(m)[0]) for m in r.measures("observation")] == [
        ("工业投资", d("8.1")), ("制造业投资", d("12.2")), ("工业技改投资", d("5.3"))]


def test_a_growth_is_not_carried_across_a_semicolon_to_an_earlier_figure():
    r = extract("某地新闻\n2024年，某市规模以上文化企业营收1.1万亿元；其中5000亿元来自新业态，同比增长7.5%。")
    assert ("规模以上文化企业营收", d("7.5")) not in [(m.indicator, value(m)[0]) for m in r.measures("observation")]


def test_a_work_reports_target_years_ahead_is_not_the_reports():
    r = extract("2026年某省政府工作报告\n二、“十五五”时期主要目标\n到2030年，全省地区生产总值年均增长5%左右。\n"
                "三、2026年重点工作\n今年全省地区生产总值增长5%左右。", "gzbg_2026-01-20.txt")
    assert [(m.time, m.policy) for m in r.measures("target")] == [("2030", ""), ("2026", "2026年某省政府工作报告")]


def test_a_paragraph_that_opens_on_five_years_does_not_date_its_figures_by_last_year():
    r = extract("2026年某省政府工作报告\n一、过去一年和“十四五”工作回顾\n过去一年，全省规模以上工业增加值增长7.2%。\n"
                "“十四五”时期是我省砥砺奋进的五年。这五年，发展质效持续提升。城镇新增就业110万人。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("规模以上工业增加值", "2025"), ("城镇新增就业", "")]


@pytest.mark.parametrize("sentence, indicator", [
    ("今年前5个月，纺织品占全省出口总值近三成。", "纺织品占全省出口总值比重"),     # a share of A in B names both
    ("今年前5个月，纺织品出口占全省出口总值的28.5%。", "纺织品出口占全省出口总值比重"),
    ("今年1—3月，全国新设立外资企业5200家。", "新设立外资企业"),
    ("截至目前，某区贸易伙伴拓展至120个国家及地区。", "贸易伙伴"),
    ("截至目前，某省粮食产量连续8年稳定在1000亿斤以上。", "粮食产量"),
])
def test_indicator_wording_of_figures(sentence, indicator):
    assert [m.indicator for m in extract("某地新闻\n" + sentence).measures("observation")] == [indicator]


def test_a_list_opened_by_an_addition_verb_shares_it():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n培育科技型企业200家、专精特新企业100家，"
                "建设8个县级养老中心、40个乡镇养老站点。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["培育科技型企业", "培育专精特新企业", "建设县级养老中心", "建设乡镇养老站点"]


@pytest.mark.parametrize("sentence, indicators", [
    ("新建省重点实验室、省技术创新中心各15家。", ["新建省重点实验室", "新建省技术创新中心"]),
    ("创建国家级和省级示范园区各3个。", ["创建国家级示范园区", "创建省级示范园区"]),
])
def test_each_item_of_a_list_before_each_number_has_it(sentence, indicators):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == indicators


@pytest.mark.parametrize("sentence", [
    "某地新闻\n在上午举行的发布会上，发布了三份年度报告。",        # what a launch presented
    "某地新闻\n本次展览展出了大约150件文物精品。",                 # what a show presented
    "某地新闻\n目前，规划建设的30条骨干通道中已有一半开工。",       # what a plan provides for
])
def test_what_an_event_showed_or_a_plan_provides_is_no_achieved_figure(sentence):
    assert extract(sentence).measures("observation") == []


def test_what_a_launch_presented_in_a_list_is_no_achieved_figure():
    item = ("# 《新闻联播》 (20230404)\n\n### 中法合拍影像作品在京发布\n\n“以光影为媒”中法合拍影像作品发布会今天（4月4日）举行，"
            "共同发布纪录片《雪豹王国：勇者的世界》《海底之下：深海的黎明》、纪录电影《北京人：远古的秘密》以及故事电影《熊猫》等5部中法合拍纪实影像作品。\n")
    assert extract(item, "20230404.md").measures("observation") == []


@pytest.mark.parametrize("sentence, expected", [
    # a change in percentage points after a growth figure changes the growth rate
    ("某地新闻\n前三季度，全省地区生产总值同比增长4.6%，比上半年加快0.3个百分点。",
     [("地区生产总值", "4.6", "change"), ("地区生产总值增速", "0.3", "change")]),
    ("某地新闻\n1—9月，全省货物进出口总额达8000亿元，同比增速较上年同期回落1.2个百分点。",
     [("货物进出口总额", "800000000000", "level"), ("货物进出口总额增速", "-1.2", "change")]),
    # a rate changes by itself
    ("某地新闻\n三季度，全省城镇调查失业率为5.1%，比上年同期下降0.2个百分点。",
     [("城镇调查失业率", "5.1", "level"), ("城镇调查失业率", "-0.2", "change")]),
])
def test_a_change_in_percentage_points_is_of_the_growth_rate_unless_the_figure_is_a_rate(sentence, expected):
    got = [(m.indicator, str(value(m)[0]), m.measure) for m in extract(sentence).measures("observation")]
    assert got == expected


def test_a_gap_to_a_long_benchmark_is_the_gap_of_the_figure_before_it():
    r = extract("某地新闻\n上半年，全省装备制造业同比增长9.8%，快于全部规模以上工业企业增加值平均增速3.1个百分点。")
    got = [(m.indicator, str(value(m)[0]), m.measure) for m in r.measures("observation")]
    assert got == [("装备制造业", "9.8", "change"), ("装备制造业增速", "3.1", "gap")]
    assert not [m for m in r.measures() if m.indicator.startswith("快于")]


def test_a_bracket_inside_an_indicator_stays_as_the_text_says_it():
    r = extract("某地新闻\n上半年，全省林业（含草原）增加值同比增长6.2%。")
    assert [m.indicator for m in r.measures("observation")] == ["林业（含草原）增加值"]  # (not 含草原增加值)


def test_an_average_clause_after_a_total_is_the_average_of_that_total():
    r = extract("某地新闻\n春节假期，全省铁路发送旅客超过3200万人次，日均超400万人次。")
    assert [(m.indicator, str(value(m)[0])) for m in r.measures("observation")] == [
        ("铁路发送旅客", "32000000"), ("日均铁路发送旅客", "4000000")]
    r = extract("某地新闻\n春节假期，全省铁路发送旅客超过3200万人次，每天近2万列旅客列车开行。")
    assert not [m for m in r.measures() if m.indicator.startswith("每天")]


def test_a_holiday_dates_what_its_sentence_reports_and_an_average_of_the_totals_words_crosses_a_semicolon():
    r = extract("某地新闻\n国庆假期，全省铁路共发送旅客1800万人次，同比增长8%；日均发送旅客257万人次。")
    assert [(m.indicator, str(value(m)[0])) for m in r.measures("observation")] == [
        ("铁路发送旅客", "18000000"), ("铁路发送旅客", "8"), ("铁路日均发送旅客", "2570000")]
    r = extract("某地新闻\n国庆假期，全省铁路共发送旅客1800万人次；日均超250万人次。")  # (a bare average: not past ；)
    assert [m.indicator for m in r.measures("observation")] == ["铁路发送旅客"]


def test_an_average_of_part_of_a_totals_words_takes_the_subject_before_them():
    r = extract("某地新闻\n上半年，全省民航完成旅客运输量1200万人次，日均运输旅客6万人次。")
    assert [m.indicator for m in r.measures("observation")] == ["民航旅客运输量", "民航日均运输旅客"]  # (not 民航旅客日均…)


@pytest.mark.parametrize("sentence, expected", [
    ("新建5个国家级、12个省级中医重点专科。", [("新建国家级中医重点专科", "5"), ("新建省级中医重点专科", "12")]),
    ("建强1个国家级和9个省级创新中心。", [("建强国家级创新中心", "1"), ("建强省级创新中心", "9")]),
])
def test_a_level_word_before_a_lists_last_item_takes_its_head(sentence, expected):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [(m.indicator, str(value(m)[0])) for m in r.measures("target")] == expected


@pytest.mark.parametrize("sentence", [
    "到2027年，实现60个重点园区公共服务全覆盖。",   # the name would end at 全 (…全覆盖)
    "培育壮大8个新兴产业。",                       # the name would be two verbs
    "在全省范围内确定50个具有代表性的县开展试点。",   # where, then a verb
])
def test_no_indicator_that_names_no_thing(sentence):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert not [m for m in r.measures() if m.indicator.endswith(("全", "确定")) or m.indicator == "培育壮大"]


def test_a_one_character_head_the_segmenter_tags_as_a_numeral_stays():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n新建社区卫生服务点300个。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["新建社区卫生服务点"]


@pytest.mark.parametrize("sentence, indicator", [
    ("某国统计机构公布数据显示，法国去年第四季度国内生产总值环比下降0.1%。", "法国"),
    ("意大利国家统计局今天公布的数据显示，上月通胀率为1.8%。", "意大利通胀率"),
    ("据美国媒体报道，当地一场火灾已造成12人死亡。", "死亡人数"),  # whose casualties: not said
    ("海关总署数据显示，前两个月我国对德国出口额增长3%。", "对德国出口额"),  # a figure of China's
])
def test_a_foreign_statistic_carries_its_country(sentence, indicator):
    got = [m.indicator for m in extract("某地新闻\n" + sentence).measures("observation")]
    assert len(got) == 1 and got[0].startswith(indicator) and (indicator != "死亡人数" or got[0] == indicator)


def test_a_country_in_a_quoted_title_is_no_figures_country():
    sentence = "上海博物馆“古埃及珍宝展”开展以来，累计接待观众超20万人次，带动城市综合消费5亿元。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["接待观众", "带动城市综合消费"]  # (not 埃及…)


@pytest.mark.parametrize("sentence, indicator", [
    ("某市举办促消费活动200场，带动城市综合消费50亿元。", "促消费活动带动城市综合消费"),  # the part driven, not all
    ("某市举办促消费活动200场，带动城市综合消费增长8%。", "城市综合消费"),  # the whole's growth
])
def test_an_amount_a_verb_of_driving_opens_keeps_the_verb(sentence, indicator):
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert indicator in [m.indicator for m in r.measures("observation")]


def test_the_numbers_of_a_penalty_are_no_figures():
    r = extract("中华人民共和国某某数据安全法\n（2021年8月20日第十三届全国人民代表大会常务委员会第三十次会议通过）\n"
                "第三十条 违反本法规定，情节严重的，处二百万元以下或者上一年度营业额百分之三以下罚款。")
    assert r.measures() == []


@pytest.mark.parametrize("sentence, expected", [
    ("2025年，全县茶叶种植面积约5万亩，产值突破20亿元。", ["全县茶叶种植面积", "茶叶产值"]),
    ("今年前三季度，某省外贸进出口3000亿元，其中出口1800亿元。", ["外贸进出口", "外贸出口"]),
    ("2025年，全省地区生产总值增长5%，投资增长3%。", ["地区生产总值", "投资"]),  # no subject to take
])
def test_a_bare_measure_after_a_figure_of_the_same_thing_takes_its_subject(sentence, expected):
    assert [m.indicator for m in extract("某地新闻\n" + sentence).measures("observation")] == expected


def test_a_count_over_several_years_has_no_single_year():
    r = extract("某地新闻\n“十三五”期间，共制定120项行业标准，软件业务收入年均增长12%。", "news_2021-03-01.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("制定行业标准", ""), ("软件业务收入年均增长", "")]
    # (the five years' average growth: dated 2020 it would read as that year's)
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n去年各部门办理代表建议1.2万多件，过去5年累计采纳代表意见建议1.6万多条。\n",
                "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")][1:] == [("采纳代表意见建议", "")]  # (not 2024)


def test_what_a_project_will_do_once_built_is_not_achieved():
    r = extract("某地新闻\n项目全面投产后，年发电量可达90亿千瓦时，每年减排二氧化碳约600万吨。", "news_2024-03-01.md")
    assert r.measures("observation") == []
    item = NEWS_ITEM.format(heading="要闻", sentence="这台新机组每年可发电6000万度，满足3万户家庭用电，"
                                                    "减少二氧化碳排放超过5万吨。")
    assert extract(item, "20250402.md").measures("observation") == []  # (what it can do each year, every clause on)


@pytest.mark.parametrize("sentence, region", [
    ("从昨天开始，河南郑州出现大暴雨，平均降雨量超过了180毫米。", "郑州市"),  # a city with its province
    ("今年前两个月，广东和浙江的外贸进出口总值增长5%。", ""),                    # two places: neither
])
def test_the_region_of_a_news_figure_is_the_one_place_its_sentence_names(sentence, region):
    assert [m.region for m in extract("某地新闻\n" + sentence, "news_2024-03-01.md").measures("observation")] == [region]


def test_a_quoted_name_keeps_its_last_character():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n深化开发区改革，供应工业“标准地”1.8万亩。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["供应工业“标准地”"]


def test_what_an_event_will_show_is_no_target_but_a_plan_for_a_year_is():
    news = "某地新闻\n"
    r = extract(news + "音乐节今晚开幕，20支乐团将在音乐节期间带来36场演出，音乐节将持续至5月底。", "news_2024-04-01.md")
    assert r.measures("target") == []
    r = extract(news + "到2027年，全省将建成充电桩20万个。", "news_2024-04-01.md")
    assert [m.indicator for m in r.measures("target")] == ["建成充电桩"]


@pytest.mark.parametrize("sentence", [
    "扎实抓好农村道路整治、危房改造和供水保障4件事。",   # counts the tasks just named
    "为70岁以上老年人免费提供健康体检。",               # an age qualifying who
])
def test_a_count_of_tasks_or_an_age_is_no_target(sentence):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert r.measures() == []


def test_a_figure_per_year_says_so():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n每年新增高标准农田50万亩，人均预期寿命达到80岁左右。",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["每年新增高标准农田", "人均预期寿命"]


NEWS_ITEM = """# 《新闻联播》 (20250402)

## 详细新闻

### {heading}

央视网消息（新闻联播）：{sentence}
"""


@pytest.mark.parametrize("heading, sentence, indicator, region", [
    ("云南鲜花出口持续增长", "今年一季度，鲜花出口额达到3亿元，同比增长15%。", "鲜花出口额", "云南省"),
    ("法国通胀率回落", "法国国家统计局公布，3月通胀率为1.1%。", "法国通胀率", ""),
    ("法国通胀率回落", "据统计，3月通胀率为1.1%。", "法国通胀率", ""),           # the item's country
    ("美国入境游下滑", "数据显示，今年3月至5月赴美机票预订量同比下降8%。", "赴美机票预订量", ""),  # in it already
    ("多地春耕进度加快", "今年一季度，鲜花出口额达到3亿元。", "鲜花出口额", ""),     # no place in the heading
    ("苏州古城保护有新进展", "至此，我国世界文化遗产总数达到45项。", "世界文化遗产总数", ""),  # the country's
    ("云南鲜花出口持续增长", "今年一季度，鲜花出口额增长15%，高于全国6个百分点。", "鲜花出口额增速高于全国", "云南省"),
])
def test_a_news_figure_takes_the_place_of_its_item(heading, sentence, indicator, region):
    r = extract(NEWS_ITEM.format(heading=heading, sentence=sentence), "20250402.md")
    assert (indicator, region) in [(m.indicator, m.region) for m in r.measures("observation")]


def test_a_part_of_a_sentence_after_a_semicolon_has_the_place_it_names():
    sentence = "在山东，全省经济平稳增长；在海南，全年旅游收入增长12%。"
    r = extract(NEWS_ITEM.format(heading="经济", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("旅游收入", "海南省")]


@pytest.mark.parametrize("sentence, indicator", [
    ("据统计，3月原油期货价格上涨4%。", "原油期货价格"),      # the bold sub-heading opens another story
    ("据统计，3月通胀率为1.1%。", "意大利通胀率"),            # the sub-heading's own country
])
def test_a_bold_sub_heading_opens_a_story_of_its_own(sentence, indicator):
    story = ("法国某地发生罢工<br></p><p>法国多地3日举行罢工。</p>"
             f"<p><strong>{'意大利' if '通胀' in sentence else '国际'}市场出现波动</strong><br></p><p>{sentence}")
    r = extract(NEWS_ITEM.format(heading="法国某地发生罢工", sentence=story + "</p>"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_a_figure_both_sides_share_is_no_one_country_s():
    r = extract(NEWS_ITEM.format(heading="法国与中国签署协定", sentence="协定生效后，中法双方零关税税目的进口额比例都达到90%。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["进口额比例"]


@pytest.mark.parametrize("sentence, indicator, amount", [
    ("全年压减非急需支出8亿元。", "非急需支出", "-800000000"),
    ("市直机关节约会议费用2300万元。", "会议费用", "-23000000"),
    ("全市国有企业由48户整合至15户。", "国有企业", "15"),
])
def test_what_a_verb_takes_away_is_a_decrease(sentence, indicator, amount):
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert [(m.indicator, str(value(m)[0])) for m in r.measures("observation")] == [(indicator, amount)]


def test_a_work_reports_paragraph_on_the_year_gone_by_sets_no_targets():
    r = extract("2026年某省政府工作报告\n刚刚过去的2025年，全省争取中央预算内投资120亿元，新建5G基站1.2万个。",
                "gzbg_2026-01-20.txt")
    assert r.measures("target") == []


def test_a_place_in_a_list_of_projects_is_not_the_figures_place():
    r = extract("2026年吉林省政府工作报告\n二、2026年重点工作\n推进甲公司通化、乙公司延吉等4个储能项目建设。",
                "gzbg_2026-01-20.txt")
    assert {m.region for m in r.measures("target")} <= {"", "吉林省"}


@pytest.mark.parametrize("sentence, indicator", [
    ("2025年全国民航完成固定资产投资1200亿元。", "民航固定资产投资"),
    ("一季度，服务零售额同比增长5.2%。", "服务零售额"),
    ("十年来累计关停小煤矿3000处。", "关停小煤矿"),
    ("春节当天，网络支付交易峰值达到每秒9.5万笔。", "每秒网络支付交易峰值"),
])
def test_indicator_wording_keeps_subject_and_period(sentence, indicator):
    assert [m.indicator for m in extract("某地新闻\n" + sentence, "news_2026-04-16.md").measures("observation")] == [indicator]


def test_a_news_deadline_without_anyone_to_set_the_goal_is_no_target():
    item = NEWS_ITEM.format(heading="新技术加快落地", sentence="到2030年，新一代电池的能量密度将提高3倍以上。")
    r = extract(item, "20250402.md")
    assert r.document.genre == "news" and r.measures("target") == []
    item = NEWS_ITEM.format(heading="新技术加快落地", sentence="到2030年，全省新型储能装机将达到500万千瓦。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("target")] == ["新型储能装机"]


def test_an_addition_verb_governs_a_count_verb_inside_what_it_makes():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n打造公益性艺术培训“乡村美育课堂”200个。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["打造公益性艺术培训“乡村美育课堂”"]  # (not the bare name)


def test_an_addition_verb_before_the_number_stays_with_what_is_counted():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n改建1500张护理型床位，组建20个创新联合体。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["改建护理型床位", "组建创新联合体"]
    r = extract("某地新闻\n今天，有关部门批复在甲市、乙市新增设4个国际快件监管中心。", "news_2026-04-16.md")
    assert [m.indicator for m in r.measures("observation")] == ["新增设国际快件监管中心"]  # (not the stock)


def test_where_a_place_lies_is_no_figure_and_within_a_province_is_the_province():
    r = extract("某地新闻\n该镇位于县城以东约40公里。2024年浙江省内快递业务量超过300亿件。", "news_2025-05-07.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("快递业务量", "浙江省")]


def test_a_bare_measure_after_a_count_of_goods_is_of_what_was_counted():
    r = extract("某地新闻\n今年一季度，手机以旧换新1500万部，销售额达600亿元。", "news_2026-04-16.md")
    assert [m.indicator for m in r.measures("observation")] == ["手机以旧换新", "手机以旧换新销售额"]


def test_what_is_to_be_looked_after_is_no_target():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n保护好、利用好320处文物保护单位。", "gzbg_2026-01-20.txt")
    assert r.measures("target") == []


@pytest.mark.parametrize("sentence", [
    "推动图书馆24小时开放，新增城市书房50家。",                       # a mode of opening; the 50 stays
    "考核评价设置6个一级指标、20个二级指标。",                       # the parts of a scheme
    "针对关税减让的1200种出口商品，加大市场开拓力度。",               # what a measure is aimed at
])
def test_modes_schemes_and_scopes_are_no_targets(sentence):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == (["新增城市书房"] if "书房" in sentence else [])


@pytest.mark.parametrize("sentence, expected", [
    ("2025年，全国万元工业增加值用水量24.1立方米。", ["万元工业增加值用水量"]),   # an intensity keeps its 万元
    ("2025年，中法贸易额超过800亿美元。", ["中法贸易额"]),                      # both countries of the trade
    ("昨天多地爆发抗议活动，超过60人被捕。", ["被捕人数"]),
    ("2025年，该项目带动上下游300余家企业集聚发展。", []),                      # 上下游 names nothing
    ("当前，全国正推动2万多家企业进行这样的改造。", []),                        # what 这样 points to is elsewhere
    ("2025年，全省排查整改类似隐患320处。", []),                               # what 类似 points to is elsewhere
])
def test_intensities_pairs_arrests_and_pointers(sentence, expected):
    assert [m.indicator for m in extract("某地新闻\n" + sentence, "news_2026-04-16.md").measures("observation")] == expected


def test_aggregates_in_a_row_do_not_share_a_subject():
    r = extract("某地新闻\n2025年，全省规上工业增加值增长6%，投资增长3%，出口增长5%。", "news_2026-04-16.md")
    assert [m.indicator for m in r.measures("observation")] == ["规上工业增加值", "投资", "出口"]
    r = extract("某地新闻\n2025年，全省生产汽车300万辆，出口增长5%。", "news_2026-04-16.md")
    assert "生产汽车出口" not in [m.indicator for m in r.measures("observation")]


def test_a_figure_after_a_pointer_names_no_one_in_its_row():
    r = extract("某地新闻\n某汽车公司昨天发布财报，该公司第三季度净利润约为12亿元。", "news_2026-04-16.md")
    assert r.measures("observation") == []


def test_a_quoted_name_with_a_plus_is_one_name():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n组建“高校+企业”联合体30个。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["组建“高校+企业”联合体"]


def test_two_countries_in_a_phrase_are_no_count_and_an_issue_keeps_its_verb():
    r = extract("某地新闻\n去年10月，两国领导人会晤，有力推动两国关系发展。", "news_2024-04-16.md")
    assert r.measures() == []
    r = extract("某地新闻\n2025年，国家增发5000亿元国债资金，支持重大项目建设。", "news_2026-04-16.md")
    assert [m.indicator for m in r.measures("observation")] == ["增发国债资金"]


@pytest.mark.parametrize("sentence", [
    "某地新闻\n武装人员释放了12名其扣押的人员。",          # 其扣押 points back
    "某地新闻\n消防员连续奋战20多小时。",                   # 多小时: the tail of a number
    "某地新闻\n某国北部某省4个村庄受灾。",                   # a province is no measured thing
    "某地新闻\n十年来，全县农民收入翻了一番。",              # 翻了一番 says how much, not of what
])
def test_fragments_pointers_and_places_are_no_indicators(sentence):
    assert extract(sentence, "news_2026-04-16.md").measures("observation") == []


@pytest.mark.parametrize("sentence, kept", [
    ("如今，产值突破2亿元，带动村民增收。", []),                                   # whose 产值? not said
    ("目前，已经收到订单300多份。", []),
    ("今年一季度，全国快递业务量达到450亿件。", ["快递业务量"]),                    # 全国 gives the scope
    ("今年一季度，江苏快递业务量达到45亿件。", ["快递业务量"]),                      # so does a place
    ("一季度，电池、家电出口分别增长12%、8%。", ["电池出口", "家电出口"]),           # 分别 items name their own
])
def test_a_short_news_indicator_needs_a_scope(sentence, kept):
    r = extract(NEWS_ITEM.format(heading="经济运行稳中有进", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == kept


@pytest.mark.parametrize("sentence, subject", [
    ("今年以来，甲乙电力有限公司已累计完成电网投资600亿元。", "甲乙电力有限公司"),
    ("甲乙电力有限公司今天发布，一季度全社会用电量增长5%。", ""),   # a source, not the subject
    ("记者从甲乙电力有限公司了解到，一季度全社会用电量增长5%。", ""),
    ("甲乙电力有限公司召开会议，一季度电网基本建设投资增长8%。", ""),  # the figure's clause has no subject of its own
])
def test_an_organisation_opening_the_figures_clause_is_its_subject(sentence, subject):
    r = extract(NEWS_ITEM.format(heading="电力投资加快", sentence=sentence), "20250402.md")
    assert [m.subject for m in r.measures("observation")][:1] == [subject]


@pytest.mark.parametrize("sentence, indicators", [
    ("新建改造农村公路3000公里。", ["新建改造农村公路"]),                         # two addition verbs in a row
    ("新制定地方标准200项以上。", ["新制定地方标准"]),                           # 新 makes a count an addition
    ("改造老旧小区5万户、燃气管网800公里、供热设施2000台。",
     ["改造老旧小区", "改造燃气管网", "改造供热设施"]),                          # every item of the list shares the verb
])
def test_an_addition_verb_is_kept_in_the_target(sentence, indicators):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == indicators


@pytest.mark.parametrize("sentence", [
    "以上共计20项指标，其中预期性指标14项、约束性指标6项。",     # a count of the plan's own indicators
    "以开发区设立30周年为契机，推动改革创新。",                   # an anniversary
    "积极争取2030国家科技重大专项。",                             # a year before 国家 is no count of countries
    "稳妥推进二轮土地承包到期后再延长试点。",                     # 二轮 is the second round
])
def test_numbers_that_measure_nothing_set_no_target(sentence):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert r.measures("target") == []


@pytest.mark.parametrize("sentence, indicator", [
    ("打造8个宜居宜业和美乡村示范片区。", "打造宜居宜业和美乡村示范片区"),   # 和 inside the counted name
    ("新建6个体育公园和口袋公园。", "新建体育公园和口袋公园"),               # two heads share the count
    ("培育10个示范园区和一批龙头企业。", "培育示范园区"),                    # the second has a count of its own
])
def test_a_count_before_two_joined_heads_counts_both(sentence, indicator):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == [indicator]


@pytest.mark.parametrize("sentence, expected", [
    ("改造老旧供水、燃气、污水管网500公里、400公里、200公里。", []),                 # 燃气 lacks the head: no reading
    ("出口、进口分别增长5%和3%。", [("出口", "5"), ("进口", "3")]),
    ("电子产品、家具出口增长12%、8%。", [("电子产品出口", "12"), ("家具出口", "8")]),  # a list without 分别
    ("全市生产总值达到1.2万亿元、增长5.4%。", [("生产总值", "1200000000000"), ("生产总值", "5.4")]),
])
def test_a_list_of_values_goes_to_its_items_or_nowhere(sentence, expected):
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == expected


@pytest.mark.parametrize("sentence, indicator", [
    ("2025年，3个一类创新药获批上市。", "一类创新药获批上市"),     # what happened to them is counted
    ("全年开行中欧班列1200列。", "开行中欧班列"),                   # 开行 adds, as 新建 does
    ("完成保交房任务，3个配售型住房项目完成认购。", "配售型住房项目完成认购"),  # (not all such projects)
    ("开通国际货运航线12条、国际客运航线20条。", "开通国际货运航线|开通国际客运航线"),  # (开通 adds, and is shared)
    ("某某海运航线开通两年来累计进出口货值达30亿元。", "进出口货值"),  # (since when, not what: the route's, its subject)
    ("（5）中哈合作十年伊犁河—额尔齐斯河国际航道进出口超30亿元；", "伊犁河—额尔齐斯河国际航道进出口"),  # (an anniversary)
])
def test_what_happens_to_the_counted_things_stays_in_the_indicator(sentence, indicator):
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == indicator.split("|")


@pytest.mark.parametrize("sentence", [
    "今天起，我国对部分医疗设备实施新一步降税，共涉及甲仪器、乙装置等45个税目产品。",  # the scope a measure covers, listed
    "今天，教育部、中央网信办等12个部门部署开展暑期安全教育活动。",  # how many bodies act together
    "交通运输部消息，目前，甲港至乙岛、丙港至丁岛这2条客运航线已全部复航。",  # the routes just named
    "近日，两部门明确，在8个城市各新建1个示范中心。",  # so many for each, a scheme's parameter
])
def test_a_count_of_what_a_list_names_before_it_is_no_figure(sentence):
    assert extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md").measures() == []


def test_what_a_route_passes_through_and_its_length_are_no_figures():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n公路全长800公里，途经3个地市和6个县，年内建成通车。",
                "gzbg_2026-01-20.txt")
    assert r.measures() == []  # the road's length is its specification, the goal is to open it
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="截至目前，某某快线已通达东南亚12个国家。"), "20250402.md")
    assert r.measures() == []  # where a line reaches
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="截至今年6月，进出口货物的收发货人涉及内地20个省（区、市）。"),
                "20250402.md")
    assert r.measures() == []  # where the traders are
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="某某引水工程总长超320公里，沿途串联8座水库。"), "20250402.md")
    assert [m.indicator for m in r.measures()] == []  # a project's length (not a network's: 运营线路总长)
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="白岩火山海拔超过5900米，位于某城东南约70公里处。"), "20250402.md")
    assert r.measures() == []  # an altitude is a fixed feature of a place


@pytest.mark.parametrize("sentence, expected", [
    ("全球首台30兆瓦级燃气轮机已正式投产。", []),                                # a class of machines
    ("该项目总投资约120亿元，由两家企业共同出资。", []),                        # 该项目: whose is said elsewhere
    ("日前，甲乙钢铁有限公司20名职工代表致信有关部门。", []),                   # a body is no measured thing
    ("2024年，全国铁路新增营业里程3000公里。", [("铁路新增营业里程", "3000", "=")]),  # whose addition it is
])
def test_news_figures_that_name_no_measured_thing(sentence, expected):
    r = extract(NEWS_ITEM.format(heading="经济运行", sentence=sentence), "20250402.md")
    assert [(m.indicator, str(m.quantity.value), m.quantity.comparator) for m in r.measures("observation")] == expected


def test_a_list_of_values_shares_the_comparator_of_its_verb():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n数字化研发设计工具普及率、关键工序数控化率分别超过90%、70%。",
                "gzbg_2026-01-20.txt")
    assert [m.quantity.comparator for m in r.measures("target")] == [">", ">"]


@pytest.mark.parametrize("section, sentence, indicator", [
    ("二、2026年重点工作", "力争国有企业研发投入增速高于全省平均3个百分点以上。", "国有企业研发投入增速高于全省平均"),
    ("一、2025年工作回顾", "规模以上工业增加值增长7%，高于全国1.2个百分点。", "规模以上工业增加值增速高于全国"),
])
def test_a_gap_says_what_it_is_a_gap_to(section, sentence, indicator):
    r = extract(f"2026年某省政府工作报告\n{section}\n{sentence}", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures() if m.measure == "gap"] == [indicator]


def test_a_list_that_does_something_together_is_the_subject():
    item = NEWS_ITEM.format(heading="假期出行", sentence="今天，全国铁路、公路、民航预计共发送旅客5000万人次。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("forecast")] == ["铁路、公路、民航共发送旅客"]


@pytest.mark.parametrize("sentence, indicator", [
    ("新建和改扩建40所中小学教学用房。", "新建和改扩建中小学教学用房"),   # the verbs stay with what they add
    ("全员劳动生产率年均增长6%。", "全员劳动生产率年均增长"),             # a rate per year says so
    ("软件业务收入突破2万亿元，年均增长10%以上。", "软件业务收入年均增长"),
])
def test_a_target_keeps_its_verbs_and_its_per_year(sentence, indicator):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert indicator in [m.indicator for m in r.measures("target")]


@pytest.mark.parametrize("sentence, expected", [
    ("在黑龙江，水稻测产结果突破600公斤，远高于400公斤标准值。", [("水稻测产结果", "600")]),  # 400 is the benchmark
    ("在30个大类行业中，有12个行业出口额实现同比增长。", []),                    # a count of sectors, not an amount
    ("某国政府15日向灾区部署了首批超过80台重型机械。", []),                      # a clause with a date names nothing
])
def test_benchmarks_counts_of_sectors_and_dated_clauses_are_no_figures(sentence, expected):
    r = extract(NEWS_ITEM.format(heading="各地动态", sentence=sentence), "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a part after 其中 shares the whole's 新增 (else it reads as the stock of cases)
    ("4月1日0—24时，湖北省新增感染病例120例，其中境外输入病例8例，本土病例112例。",
     {"新增感染病例": 120, "新增境外输入病例": 8, "新增本土病例": 112}),
    # 增加 is no verb of what is new: 增加值 stays as it is
    ("一季度，全国工业增加值增长6%，其中制造业增加值增长7%。", {"工业增加值": 6, "制造业增加值": 7}),
])
def test_a_part_after_qizhong_shares_the_wholes_verb_of_what_is_new(sentence, expected):
    r = extract(NEWS_ITEM.format(heading="疫情通报", sentence=sentence), "20250402.md")
    assert {m.indicator: int(m.quantity.value) for m in r.measures("observation")} == expected


def test_two_addition_verbs_joined_by_a_comma_both_stay():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全年新建、改造灌区渠道320公里。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新建、改造灌区渠道"]


def test_a_count_of_places_before_a_bracket_is_not_the_indicators_head():
    r = extract(NEWS_ITEM.format(heading="疫情通报", sentence="4月1日0—24时，12个市（州、区）新增报告病例56例。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["新增报告病例"]


def test_a_later_list_item_opening_with_a_qualifying_word_shares_the_addition_verb():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n新增国家级示范园区3个、省级示范园区9个、单项示范企业4家。",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["新增国家级示范园区", "新增省级示范园区", "新增单项示范企业"]
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="截至目前，吉林省已出动救援人员3万多人次、车辆8000多辆次。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["出动救援人员", "出动车辆"]  # (not 车辆: the fleet)


@pytest.mark.parametrize("sentence", [
    "出台支持民营企业发展15条举措。",
    "出台优化营商环境政策措施12项，新建标准厂房30万平方米。",
])
def test_a_count_of_a_packages_measures_is_no_figure(sentence):
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert all(m.quantity.unit not in ("条", "项") for m in r.measures())
    assert [m.indicator for m in r.measures()] == ([] if "厂房" not in sentence else ["新建标准厂房"])


@pytest.mark.parametrize("sentence, subjects", [
    # a named facility opening the sentence is the subject of its figures
    ("记者从某某集团获悉，乌江水电站目前已实现8台机组全开运行，日均发电量达0.9亿度。", {"日均发电量": "乌江水电站"}),
    ("截至目前，某某港口累计完成集装箱吞吐量500万标箱，减少碳排放20万吨。", {"碳排放": "某某港口"}),
    ("杭州某某乐园今年开园，设有8条过山车，新增水上项目12项。", {"新增水上项目": "杭州某某乐园"}),  # (a venue, not the city)
    ("吉林某某滑雪场今年扩建，新增雪道面积3万平方米。", {"新增雪道面积": "吉林某某滑雪场"}),
    # after words that describe it: where it lies, since when, what kind it is
    ("位于湖南长沙湘江畔的橘洲纪念馆，自今年5月推出主题展览以来，总参观人数已超过50万人次。", {"总参观人数": "橘洲纪念馆"}),
    ("如今的青山村，已吸引30多名青年创客，每年接待游客超50万人次。", {"每年接待游客": "青山村"}),
    ("日前，某某能源集团苏里格气田通过专家组审定，探明地质储量1200亿立方米。", {"探明地质储量": "某某能源集团苏里格气田"}),
    ("昨天，国家重点工程——金沙水库正式下闸蓄水，蓄水量达1.2亿立方米。", {"蓄水量": "金沙水库"}),
])
def test_a_news_sentence_opening_with_a_named_facility_gives_its_figures_that_subject(sentence, subjects):
    r = extract(NEWS_ITEM.format(heading="某地新闻", sentence=sentence), "20250402.md")
    found = {m.indicator: m.subject for m in r.measures("observation")}
    assert {k: found.get(k) for k in subjects} == subjects


@pytest.mark.parametrize("sentence", [
    "网信部门指导网站平台累计处置违规账号8000个。",  # a body and what it directs
    "今年以来，十余家平台销售外贸产品3000万件。",  # a count of platforms
    "今年以来，经某某口岸进出口货物总值500亿元。",  # a route through a port
    "不仅是青山村，近年来，某市因地制宜，打造了200个特色村庄。",  # a clause that names a village, undescribed
])
def test_a_sentence_opening_with_no_single_named_facility_gives_no_subject(sentence):
    r = extract(NEWS_ITEM.format(heading="某地新闻", sentence=sentence), "20250402.md")
    assert r.measures("observation") and all(m.subject == "" for m in r.measures("observation"))


def test_a_future_adverb_is_not_part_of_a_forecasts_indicator_and_extending_is_an_increase():
    r = extract(NEWS_ITEM.format(heading="假期出行", sentence="民航方面，“五一”假期机票预订量目前已超300万人次，全国民航预计将运输旅客500万人次左右。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("forecast")] == ["民航运输旅客"]
    r = extract(NEWS_ITEM.format(heading="铁路建设", sentence="2025年，全国铁路营业里程预计将再延长2000公里左右。"), "20250402.md")
    assert [(m.indicator, m.measure) for m in r.measures("forecast")] == [("铁路营业里程增量", "change")]


def test_a_size_that_qualifies_the_counted_projects_stays_in_the_indicator():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n实施亿元以上技改项目800个以上。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, int(m.quantity.value)) for m in r.measures("target")] == [("亿元以上技改项目", 800)]


@pytest.mark.parametrize("heading, sentence", [
    ("援助物资运抵", "据悉这批物资约有60吨，包括麻醉机、手术衣等医疗用品。"),  # 这批 points back to what the item named
    ("军营开放", "从4月22日到24日，青岛、烟台等全国22个城市62座海军军营向公众开放。"),  # 22个城市 counts places
])
def test_a_pointer_or_a_count_of_places_is_no_indicator(heading, sentence):
    assert extract(NEWS_ITEM.format(heading=heading, sentence=sentence), "20250402.md").measures() == []


def test_a_date_opening_a_later_clause_dates_what_follows_it_not_the_sentences_first_year():
    sentence = "假期出行平稳有序。\n\n2025年清明假期工作专班数据显示，今天（4月2日），全社会跨区域人员流动量预计19440万人次。"
    r = extract(NEWS_ITEM.format(heading="假期出行", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("forecast")] == [("全社会跨区域人员流动量", "2025-04-02")]


def test_where_a_count_reaches_is_no_indicator_but_a_gap_to_the_country_is():
    r = extract(NEWS_ITEM.format(heading="班列运行", sentence="目前，某某班列已通达全球90个国家和地区的300个港口。"), "20250402.md")
    assert [m.indicator for m in r.measures()] == []
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n规上工业增加值增长7.7%，高于全国1.8个百分点。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.measure) for m in r.measures("observation")] == [("规上工业增加值", "change"),
                                                                              ("规上工业增加值增速高于全国", "gap")]


@pytest.mark.parametrize("heading, sentence", [
    ("基层宣讲", "今天，来自三个省的30名宣讲员围绕身边人身边事分享了一个个红色故事。"),  # who told stories
    ("工地见闻", "在某水库建设工地，2000多名建设者加紧施工，力争今年10月底前建成投用。"),  # who work on a site
    ("群众来信", "近日，某县某中学的15名学生给总书记写信，汇报学习收获。"),  # who wrote a letter
])
def test_the_people_of_a_news_story_are_no_figure(heading, sentence):
    assert extract(NEWS_ITEM.format(heading=heading, sentence=sentence), "20250402.md").measures() == []


def test_people_counted_as_what_was_achieved_stay_figures():
    r = extract(NEWS_ITEM.format(heading="就业服务", sentence="今年以来，某省通过就业服务站帮助困难群众实现就业12.5万人。"),
                "20250402.md")
    assert [int(m.quantity.value) for m in r.measures("observation")] == [125000]
    r = extract(NEWS_ITEM.format(heading="地震灾情", sentence="地震已造成某地12人遇难、3人下落不明。"), "20250402.md")
    assert [(m.indicator, int(m.quantity.value)) for m in r.measures("observation")] == [("死亡人数", 12), ("失踪人数", 3)]


def test_a_figure_of_related_things_does_not_say_whose_it_is():
    sentence = "今年以来，绿色建材下乡活动带动相关产品销售额超过300亿元。"
    assert extract(NEWS_ITEM.format(heading="消费升温", sentence=sentence), "20250402.md").measures() == []


def test_a_total_expected_over_a_span_of_days_is_dated_to_no_one_day():
    sentence = "6月20日—8月20日，全国民航预计运送旅客1.2亿人次，同比增长5%。"
    r = extract(NEWS_ITEM.format(heading="暑期出行", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.measure, m.time) for m in r.measures("forecast")] == [
        ("民航运送旅客", "level", ""), ("民航运送旅客", "change", "")]  # (the change is the total's: of the span too)


@pytest.mark.parametrize("sentence, indicator", [
    ("救助困难残疾儿童8000人。", "救助困难残疾儿童"),  # the children helped, not all of them
    ("帮扶困难群众5万人。", "帮扶困难群众"),
    ("开展职业技能培训23万人次。", "职业技能培训"),  # an activity is counted without its verb
])
def test_a_count_of_people_keeps_what_was_done_for_them(sentence, indicator):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == [indicator]


@pytest.mark.parametrize("sentence, indicator", [
    ("更新老旧电梯2000部。", "更新老旧电梯"),  # what is replaced, not all the old lifts
    ("加装、更新住宅电梯300部以上。", "加装、更新住宅电梯"),  # two verbs joined by 、 both stay
])
def test_replacing_or_fitting_things_keeps_its_verb(sentence, indicator):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == [indicator]


def test_what_a_list_of_names_counts_is_named_after_the_number():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n新增甲山湖、乙河谷、丙峰岭3家5A级景区。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, int(m.quantity.value)) for m in r.measures("observation")] == [("新增5A级景区", 3)]
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n甲市、乙县2个平台获评国家级中试平台。", "gzbg_2026-01-20.txt")
    assert "乙县" not in [m.indicator for m in r.measures()]


@pytest.mark.parametrize("sentence, share", [
    ("今年1—5月，新能源汽车销量增长18.5%，占新车销量31.2%。", "新能源汽车销量占新车销量比重"),  # of the growth's subject
    ("其中，出口机电产品1.8万亿元，占出口总值近六成。", "出口机电产品占出口总值比重"),  # of a figure that is no measure itself
    ("其中，光纤宽带用户达5.9亿户，在宽带用户总数中占比达96.5%。", "光纤宽带用户占宽带用户总数比重"),  # 在…中占比
    ("今年前5个月，某省外贸进出口1.2万亿元，同比增长8%，快于全国增速2个百分点，占全国进出口总值的6.1%。",
     "外贸进出口占全国进出口总值比重"),  # not of the gap before it
])
def test_a_share_names_what_it_is_a_share_of(sentence, share):
    r = extract(NEWS_ITEM.format(heading="数据发布", sentence=sentence), "20250402.md")
    assert share in [m.indicator for m in r.measures("observation")]
    assert not any(m.indicator.startswith("占") for m in r.measures())


def test_a_share_of_no_one_named_is_no_figure():
    r = extract(NEWS_ITEM.format(heading="区域发展", sentence="这里占全国国土面积超过七成，涵盖多个省份。"), "20250402.md")
    assert r.measures() == []


@pytest.mark.parametrize("sentence, indicator", [
    ("全国千兆宽带用户达2.1亿户。", "千兆宽带用户"),  # a word of numerals that is part of the name
    ("今年以来，第一太平洋银行股价累计已下跌80%。", "第一太平洋银行股价"),
    ("全国每万人口高价值发明专利拥有量达到15件。", "每万人口高价值发明专利拥有量"),
    ("1—2月份，线上服务消费热度指数同比增长18.5%。", "线上服务消费热度指数"),   # a locative that opens a name
    ("今年1—7月，我国西部铁路建设共完成投资900亿元。", "西部铁路建设投资"),
    ("今年前5个月，北方港口货物吞吐量同比增长12%。", "北方港口货物吞吐量"),
])
def test_a_word_with_numerals_or_a_locative_stays_in_the_indicator(sentence, indicator):
    r = extract(NEWS_ITEM.format(heading="数据发布", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_an_increase_by_an_amount_says_so_in_its_indicator():
    sentence = "9月末，某国外汇储备规模为3000亿美元，较8月末上升50亿美元，升幅为1.7%。"
    r = extract(NEWS_ITEM.format(heading="外汇储备", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.measure, int(m.quantity.value)) for m in r.measures("observation")][:2] == [
        ("外汇储备规模", "level", 300000000000), ("外汇储备规模增量", "change", 5000000000)]
    assert not any(m.indicator.endswith("增量") for m in r.measures() if m.quantity.unit == "%")
    sentence = "五一假期，全国博物馆接待观众超5000万人次，较去年同期增加600万。"  # (the unit of the level, said once)
    r = extract(NEWS_ITEM.format(heading="假期", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.quantity.unit) for m in r.measures("observation")] == [
        ("博物馆接待观众", "人次"), ("博物馆接待观众增量", "人次")]


def test_values_of_a_list_share_its_points_and_a_rise_to_a_value_is_a_level():
    report = "2026年某省政府工作报告\n一、2025年工作回顾\n"
    r = extract(report + "全省餐饮收入、限额以上餐饮收入增速分别比上年上升6.7个、6.8个百分点。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.quantity.unit) for m in r.measures("observation")] == [
        ("餐饮收入增速", "百分点"), ("限额以上餐饮收入增速", "百分点")]
    r = extract(report + "城镇和农村居民人均可支配收入分别提高到48794元和23184元。", "gzbg_2026-01-20.txt")
    assert {m.measure for m in r.measures("observation")} == {"level"}


def test_a_count_of_a_plans_own_tasks_is_no_target():
    sentence = ("近日，农业农村部、国家发展改革委等六部门联合印发方案，提出到2027年底前，"
                "数字乡村建设将重点推进智慧农业改造、乡村数字治理等五大领域20项具体任务。")
    assert extract(NEWS_ITEM.format(heading="印发方案", sentence=sentence), "20250402.md").measures() == []
    sentence = "国家税务总局近日推出18条支持小微企业发展的便利措施，从四个方面提出9项重点举措。"  # nor a package's measures
    assert extract(NEWS_ITEM.format(heading="印发措施", sentence=sentence), "20250402.md").measures() == []
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n高质量完成15件民生实事。", "gzbg_2026-01-20.txt")
    assert r.measures() == []  # nor the items of the year's 民生实事 package
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n每年高质量办好12件惠民实事。", "gzbg_2026-01-20.txt")
    assert r.measures() == []  # (惠民实事, 为民实事: the same package)


REVIEW = "2026年某省政府工作报告\n一、2025年工作回顾\n"


@pytest.mark.parametrize("sentence, expected", [
    # the verb inside the first value says the whole list is of changes, a comparator after it notwithstanding;
    # an item longer than the last one's first word shares only its head (产值)
    ("光伏组件和储能电池产值年均增长9%、6.5%。", [("光伏组件产值年均增长", "change"), ("储能电池产值年均增长", "change")]),
    ("纺织品、服装和鞋类出口同比分别增长超12%、10%和7%。",
     [("纺织品出口", "change"), ("服装出口", "change"), ("鞋类出口", "change")]),
    # a count after the list names the list (三大商品), it is no part of the last item
    ("全省铁矿石、原油、大豆三大商品进口分别增长2%、3%和4%。",
     [("铁矿石进口", "change"), ("原油进口", "change"), ("大豆进口", "change")]),
    ("一季度南、北两条通道货运量同比分别增长12%、15%。", [("南通道货运量", "change"), ("北通道货运量", "change")]),
    ("全省新能源汽车、锂电池两大产品分别占全国市场份额的20%、30%。",
     [("新能源汽车占全国市场份额", "level"), ("锂电池占全国市场份额", "level")]),
])
def test_a_lists_verb_its_summary_count_and_its_whole_read_for_every_item(sentence, expected):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.measure) for m in r.measures("observation")] == expected


def test_an_average_per_year_says_so():
    r = extract(REVIEW + "过去五年，年均新增农村劳动力转移就业12万人。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["年均新增农村劳动力转移就业"]


def test_a_bare_account_after_a_semicolon_keeps_the_subject_of_the_account_before():
    r = extract(REVIEW + "全省规模以上文化企业营业收入6200亿元，增长7%；利润总额400亿元，增长9%。", "gzbg_2026-01-20.txt")
    assert {m.indicator for m in r.measures("observation")} == {"规模以上文化企业营业收入", "规模以上文化企业利润总额"}


@pytest.mark.parametrize("sentence, expected", [
    ("千人口执业医师数达3.2人。", ["千人口执业医师数"]),                          # per thousand people
    ("全省交付的052D型驱逐舰数量达到6艘。", ["052D型驱逐舰数量"]),               # a model number stays
    ("现在，当地不仅养殖面积扩大到2000亩，还发展了乡村旅游。", []),            # 当地 points elsewhere
    ("制造业对全省经济增长的贡献率达到40.2%。", ["制造业对全省经济增长贡献率"]),  # whose rate of what
    ("办理代表建议300件，满意率100%。", ["办理代表建议"]),                      # a rate of nothing named
])
def test_per_capita_bases_model_numbers_and_rates_that_name_nothing(sentence, expected):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == expected


def test_a_place_of_a_list_does_not_scope_the_next_clause_and_quanshen_is_the_province_named_before():
    r = extract(REVIEW + "实施包头、赤峰等5个示范工程，新建绿色矿山40座。", "gzbg_2026-01-20.txt")
    assert {m.indicator: m.region for m in r.measures("observation")}["新建绿色矿山"] == ""  # not 包头市
    item = NEWS_ITEM.format(heading="西部地区加快发展", sentence="甘肃加快培育新型储能产业。力争今年底，全省工业增加值突破3800亿元。")
    assert [(m.indicator, m.region) for m in extract(item, "20250402.md").measures("target")] == [("工业增加值", "甘肃省")]
    item = NEWS_ITEM.format(heading="各地动态", sentence="在辽宁沈阳，已建成近3000个口袋公园。")
    assert [m.region for m in extract(item, "20250402.md").measures("observation")] == ["沈阳市"]


@pytest.mark.parametrize("sentence, indicator", [
    ("全省共有120家僵尸企业有序退出。", "僵尸企业退出"),          # the adverb goes, what they did stays
    ("近20万亩油茶林迎来了丰收。", "油茶林"),                    # what they met is not what is counted
    ("35家驻省科研院所聚力赋能，取得一批成果。", "驻省科研院所"),
])
def test_what_counted_things_do_after_them(sentence, indicator):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


@pytest.mark.parametrize("sentence, expected", [
    ("地区生产总值达到3.1万亿元，人均GDP进入全国前10位。", ["地区生产总值"]),       # a rank is no amount
    ("全面完成优化营商环境40条改革举措。", []),                                   # a package's measures
    ("全区地方财政收入、支出分别突破200亿元和2500亿元。", ["地方财政收入", "地方财政支出"]),  # one subject for both
])
def test_ranks_packages_and_a_subject_shared_by_a_list(sentence, expected):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == expected


@pytest.mark.parametrize("sentence, indicator", [
    ("获批国家级创新平台12个。", "获批国家级创新平台"),               # what was approved, not the stock
    ("提请省人大常委会审议地方性法规草案9件。", "审议地方性法规草案"),
    ("制定修改废止省政府规章11件。", "制定修改废止省政府规章"),          # a run of verbs stays whole
])
def test_verbs_of_what_was_made_or_approved_stay(sentence, indicator):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_places_of_a_list_give_their_common_province_or_none():
    item = NEWS_ITEM.format(heading="夏粮收购", sentence="目前，安徽、江苏夏粮收购量达到150万吨。")
    assert [m.region for m in extract(item, "20250402.md").measures("observation")] == [""]  # two provinces: neither
    item = NEWS_ITEM.format(heading="各地动态", sentence="目前，承德、保定等受灾地区公路已恢复通行600处。")
    assert [m.region for m in extract(item, "20250402.md").measures("observation")] == ["河北省"]
    r = extract(PLAN + "在12个市州城区和西宁新区增补义务教育学位3万个。", "gzbg_2026-01-20.txt")
    assert [m.region for m in r.measures("target")] == [""]  # (the last place of a list joined by 和)
    item = NEWS_ITEM.format(heading="灌区", sentence="今年，某部实施宁夏某某等109处大中型灌区现代化改造。")
    assert [m.region for m in extract(item, "20250402.md").measures("observation")] == [""]  # (an example's place)


def test_a_model_name_stays_and_an_involved_total_is_of_the_things_before():
    r = extract(NEWS_ITEM.format(heading="航空装备", sentence="C919大型客机累计订单超过1000架。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["C919大型客机累计订单"]
    r = extract(NEWS_ITEM.format(heading="航空装备", sentence="运-9大型运输机最大起飞重量达77吨。"), "20250402.md")
    assert r.measures("observation") == []  # (a model's specification, no figure reached)
    item = NEWS_ITEM.format(heading="民间投资", sentence="截至6月底，全国已推介民间投资项目2100个，涉及总投资3.2万亿元。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == [
        "推介民间投资项目", "推介民间投资项目总投资"]


@pytest.mark.parametrize("sentence, indicator", [
    ("目前，国家重点监测的地表水断面总数达到3600个。", "国家重点监测的地表水断面总数"),  # a short qualifier scopes
    ("今年以来，加拿大林火的过火面积已超过2000平方公里。", "加拿大林火的过火面积"),
    ("目前，ARJ21的全球订单已经超过600架。", "ARJ21的全球订单"),                      # so does a model's name
    ("目前，开始的男子组比赛共有30人参加。", None),                                  # a verb's clause does not
])
def test_a_short_qualifier_opening_with_a_noun_scopes_the_indicator(sentence, indicator):
    found = [m.indicator for m in extract(NEWS_ITEM.format(heading="各地", sentence=sentence), "20250402.md").measures()]
    assert (indicator in found) if indicator else not any("开始的" in f for f in found)


def test_a_site_before_a_count_is_where_and_a_place_inside_a_list_item_is_no_region():
    item = NEWS_ITEM.format(heading="暴雪", sentence="受暴雪影响，北京首都机场约300架次国际航班被取消。")
    assert extract(item, "20250402.md").measures() == []  # not 北京首都机场 = 300
    r = extract(REVIEW + "全年建成运输机场2座。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["建成运输机场"]  # the sites are what is counted
    item = NEWS_ITEM.format(heading="水网", sentence="今年以来，淮河干流治理、长江安庆河段治理等25项重大工程开工建设。")
    assert [m.region for m in extract(item, "20250402.md").measures()] == [""]


def test_a_value_with_its_own_verb_or_unit_keeps_its_own_comparator():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n力争文旅产业收入超8000亿元、增长9%。", "gzbg_2026-01-20.txt")
    assert [(m.measure, m.quantity.comparator) for m in r.measures("target")] == [("level", ">"), ("change", "=")]


def test_an_indicator_cut_before_its_object_is_none():
    item = NEWS_ITEM.format(heading="文旅", sentence="在上海，小程序还汇总了全市从博物馆到文旅地标，从体育比赛到每天近200场演出的各类资源。")
    assert [m.indicator for m in extract(item, "20250402.md").measures()] == []


@pytest.mark.parametrize("sentence, expected", [
    ("更新改造人民路等道路60条。", ["更新改造道路"]),                    # an example before 等 is no part of the class
    ("新开发人工智能等产业项目30个。", ["新开发人工智能等产业项目"]),          # a class too wide keeps its example
    ("新开发健康养生、智能应用等老年课程80门。", ["新开发老年课程"]),          # a list of examples; the verb stays
    ("培育独角兽、瞪羚等高成长性科技型企业50家。", ["培育高成长性科技型企业"]),
    ("创建省级科技创新平台（基地）12家。", ["创建省级科技创新平台"]),          # the words before a bracket
    ("推出政务服务“立等可取”事项40项。", ["推出政务服务“立等可取”事项"]),    # 等 inside quotes is no example
    ("处置虚假广告以及宣扬迷信等有害信息300万条。", ["有害信息"]),          # examples joined by 以及
    ("土壤环境质量等级中等及以上点位占比92%。", ["土壤环境质量等级中等及以上点位占比"]),  # 等级, 中等: no 等 of examples
    ("建成运输机场3座、通用机场8座。", ["建成运输机场", "建成通用机场"]),      # 通用机场 a term, not a verb
    ("养老规划师、婴幼儿发展指导师等岗位需求量增长30%。", ["养老规划师、婴幼儿发展指导师等岗位需求量"]),  # 岗位: too wide
])
def test_examples_brackets_and_quotes_in_an_indicator(sentence, expected):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == expected


def test_frames_companions_and_headlines_are_no_indicators():
    item = NEWS_ITEM.format(heading="工业", sentence="前5个月，全国31个制造业大类行业中，有25个行业保持增长。")
    assert "制造业大类行业" not in [m.indicator for m in extract(item, "20250402.md").measures()]
    item = NEWS_ITEM.format(heading="科技", sentence="目前，已布局建设的60个“重大科研设施”中，有20个已建成运行。")
    assert not [m for m in extract(item, "20250402.md").measures() if "科研设施中" in m.indicator]  # in quotes too
    item = NEWS_ITEM.format(heading="抗震", sentence="在西藏定日，地震发生后，卓玛和另外三名驻村干部徒手救出了5名村民。")
    assert [m.indicator for m in extract(item, "20250402.md").measures()] == []  # not 卓玛 = 3
    item = NEWS_ITEM.format(heading="摘要", sentence="8.暑期档观影人数再创新高电影全产业链产值超4000亿元；")
    assert [m.indicator for m in extract(item, "20250402.md").measures()] == ["电影全产业链产值"]


def test_a_count_of_kinds_is_no_figure():
    item = NEWS_ITEM.format(heading="专项行动", sentence="中央网信办开展专项行动，集中整治账号仿冒等6类突出问题。")
    assert extract(item, "20250402.md").measures() == []
    r = extract(REVIEW + "以旧换新品类扩围至60类。", "gzbg_2026-01-20.txt")
    assert [m.quantity.value for m in r.measures("observation")] == [d("60")]  # kinds of goods are a measure


def test_a_ratio_keeps_its_zhibi_and_a_period_that_qualifies_a_noun_is_no_deadline():
    plan = "2026年某省政府工作报告\n二、2026年重点工作\n"
    r = extract(plan + "规上工业企业研发费用与营收之比达到3%左右。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["规上工业企业研发费用与营收之比"]
    r = extract(plan + "加快建设“十四五”批复的4个大基地，确保新能源发电量超2000亿度。", "gzbg_2026-01-20.txt")
    assert {m.indicator: m.time for m in r.measures("target")}["新能源发电量"] == "2026"


def test_a_clause_that_goes_on_keeps_the_body_that_opened_the_sentence():
    item = NEWS_ITEM.format(heading="企业", sentence="鞍钢集团营业收入连续增长，在“世界500强”排名由300位上升到200位。")
    assert {m.subject for m in extract(item, "20250402.md").measures("observation")} == {"鞍钢集团"}
    r = extract(REVIEW + "中国科学院加快建设，牵头建设30家全国重点实验室。", "gzbg_2026-01-20.txt")
    assert [m.subject for m in r.measures("observation")] == ["中国科学院"]
    r = extract(REVIEW + "中国科学院加快建设，紫金山等实验室加快建设，牵头建设30家全国重点实验室。", "gzbg_2026-01-20.txt")
    assert [m.subject for m in r.measures("observation")] == [""]  # another subject between: not 中国科学院's


def test_what_is_launched_keeps_its_verb_and_a_count_of_nothing_named_is_none():
    plan = "2026年某省政府工作报告\n二、2026年重点工作\n"
    r = extract(plan + "再推出30个“高效办成一件事”重点事项。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["推出高效办成一件事重点事项"]
    r = extract(REVIEW + "在河南，聚焦产业转型发展等一共开工了790个项目。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == []  # no 聚焦产业转型发展等一共开工 = 790


def test_a_period_inside_a_lists_shared_head_is_no_part_of_the_indicator():
    item = NEWS_ITEM.format(heading="外贸", sentence="其中，我国挖掘机和起重机前4个月出口量分别增长12.1%和20.5%。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["挖掘机出口量", "起重机出口量"]


def test_a_rate_keeps_all_that_says_of_what():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n重点人群家庭医生签约服务覆盖率达到85%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["重点人群家庭医生签约服务覆盖率"]


def test_a_counted_name_joined_by_dashes_stays_whole():
    r = extract(REVIEW + "启动建设60条“县城—中心镇—重点村”发展轴。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["建设县城—中心镇—重点村发展轴"]


PLAN = "2026年某省政府工作报告\n二、2026年重点工作\n"


def planned(text: str) -> list[str]:
    """The indicators of the targets a work report's plan section sets in ``text``."""
    return [m.indicator for m in extract(PLAN + text, "gzbg_2026-01-20.txt").measures("target")]


def reviewed(text: str) -> list[str]:
    """The indicators of the observations a work report's review section reports in ``text``."""
    return [m.indicator for m in extract(REVIEW + text, "gzbg_2026-01-20.txt").measures("observation")]


def test_the_size_that_names_a_project_is_no_figure():
    r = extract(PLAN + "释放某石化80万吨乙烯改造项目新装置产能，加快建设某湖150万千瓦光伏基地。", "gzbg_2026-01-20.txt")
    assert r.measures() == []  # not 释放某石化 = 80万吨, 加快建设某湖 = 150万千瓦
    r = extract(PLAN + "实施亿元以上项目300个。", "gzbg_2026-01-20.txt")
    assert [value(m) for m in r.measures("target")] == [(d("300"), None, "个", "=")]  # a count of projects is one


def test_a_later_item_that_opens_with_an_abbreviation_shares_the_lists_verb_and_a_scale_stays():
    r = extract(PLAN + "新建省级以上概念验证中心6家、中试基地12家。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["新建省级以上概念验证中心", "新建中试基地"]
    r = extract(PLAN + "百亿级产业集群达到8个。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["百亿级产业集群"]  # not 产业集群 = 8


def test_a_fair_a_sentence_opens_on_is_the_subject_of_its_figures():
    item = NEWS_ITEM.format(heading="要闻", sentence="第九届某某博览会今天在广州开幕，展览面积达120万平方米；"
                                                    "共有来自60个国家和地区的企业参展。")
    assert [(m.indicator, m.subject) for m in extract(item, "20250402.md").measures("observation")] == [
        ("展览面积", "第九届某某博览会")]


def test_a_short_news_indicator_with_no_scope_names_too_little():
    for sentence in ("展会今天在广州开幕，展览面积达120万平方米。",  # of the fair, not of 广州
                     "调度数据显示，目前河南、安徽收购量均超150万吨。",  # of the new wheat, not all 收购量
                     "医院船起航以来，累计开展手术约900例。",  # a class of ship: too little to be a subject
                     "共有来自60个国家和地区的500部影片报名参赛。",  # 国家 of 国家和地区 is no scope
                     "在某某公园，近30万株郁金香盛开。",  # five characters with no measure in them
                     "一季度，电动自行车产销量分别完成200万辆和190万辆，市场占有率达到31.1%。"):  # a share of what
        item = NEWS_ITEM.format(heading="要闻", sentence=sentence)
        assert extract(item, "20250402.md").measures("observation") == [], sentence
    kept = {"前11个月广东进出口增长10%；": "进出口",  # a common measure of a named place
            "截至目前，全国少先队大队达17万个。": "少先队大队",  # a scope word: the whole country's
            "火灾已造成3人死亡。": "死亡人数",  # a toll
            "国家外汇管理局数据显示，5月跨境收支合计1.5万亿美元。": "跨境收支",  # a central body's figure: the country's
            "今年以来，经某口岸的港澳台居民242万人次。": "港澳台居民"}  # a flow counted in 人次
    for sentence, indicator in kept.items():
        item = NEWS_ITEM.format(heading="要闻", sentence=sentence)
        assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == [indicator], sentence


def test_a_platform_that_opens_a_news_clause_is_the_subject_of_its_figures():
    item = NEWS_ITEM.format(heading="工业互联网", sentence="在常州，某集团打造的天工工业互联网平台（以下简称“天工平台”）"
                                                       "已连接设备超过80万台，覆盖30余个细分行业，服务企业近3万家。")
    found = {m.indicator: m.subject for m in extract(item, "20250402.md").measures("observation")}
    assert found["连接设备"] == found["服务企业"] == "天工工业互联网平台"
    item = NEWS_ITEM.format(heading="工业互联网", sentence="某公司与天工工业互联网平台合作，服务企业近3万家。")
    assert "天工工业互联网平台" not in {m.subject for m in extract(item, "20250402.md").measures("observation")}


def test_an_undated_start_of_a_work_reports_review_is_no_current_figure():
    r = extract("2026年某省政府工作报告\n一、过去一年和“十四五”工作回顾\n快递业务量从2.1亿件增加到6.3亿件。",
                "gzbg_2026-01-20.txt")
    assert [value(m) for m in r.measures("observation")] == [(d("630000000"), None, "件", "=")]  # not 2.1亿 as now


def test_a_count_of_what_will_happen_is_no_observation():
    item = NEWS_ITEM.format(heading="安全生产", sentence="近日，20个中央安全生产考核巡查组将陆续进驻地方开展明查暗访。")
    assert extract(item, "20250402.md").measures("observation") == []


def test_one_count_of_a_list_names_the_list_and_a_verb_before_the_first_number_is_shared():
    r = extract(PLAN + "建设15家以上中试平台、概念验证中心，推动成果落地转化。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["建设中试平台、概念验证中心"]  # not 中试平台 alone
    r = extract(REVIEW + "近30家首店、旗舰店入驻。", "gzbg_2026-01-20.txt")
    assert "首店、旗舰店入驻" not in [m.indicator for m in r.measures()]  # a clause, not a list of things
    r = extract(PLAN + "利用闲置资源改造建设80个乡镇综合养老服务中心和200个村级互助幸福院。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["建设乡镇综合养老服务中心", "建设村级互助幸福院"]


def test_a_quoted_name_before_a_noun_and_kinds_sharing_a_head_stay():
    r = extract(PLAN + "招募“西部计划”志愿者2000名，新增国家级、省级专精特新企业40家。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["招募“西部计划”志愿者", "新增国家级、省级专精特新企业"]
    r = extract(PLAN + "建设工会驿站120个、“司机之家”30个。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["建设工会驿站", "建设司机之家"]  # the list's verb past the quote
    r = extract(REVIEW + "“五一”假期超12亿人次出行。", "gzbg_2026-01-20.txt")
    assert "“五一”" not in [m.indicator for m in r.measures()]  # a quoted holiday alone names nothing


def test_a_step_verb_is_no_part_of_the_indicator_and_steps_climbed_are_no_figure():
    r = extract(REVIEW + "全省粮食产量跃上600亿斤台阶。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["粮食产量"]  # not 粮食产量跃上
    r = extract(REVIEW + "地区生产总值连续迈上3个万亿元台阶。", "gzbg_2026-01-20.txt")
    assert r.measures() == []  # the steps passed, not a figure of the economy


def test_a_trip_is_no_figure_but_a_flow_of_trips_is():
    r = extract(REVIEW + "组织6批次企业家代表团赴哈萨克斯坦开展经贸交流。", "gzbg_2026-01-20.txt")
    assert r.measures() == []  # not 次企业家代表团赴哈萨克斯坦 = 6 批
    r = extract(REVIEW + "内地居民赴港旅游人次达1100万人次。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["内地居民赴港旅游人次"]


def test_a_preposition_opening_a_list_governs_every_item():
    item = NEWS_ITEM.format(heading="外贸", sentence="其中，对东盟、欧盟、美国出口分别增长6%、2%、3%。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == [
        "对东盟出口", "对欧盟出口", "对美国出口"]  # exports to the US, not the US's exports


def test_a_work_reports_measure_that_names_no_sector_takes_the_sector_its_sentence_opens_on_or_is_not_written():
    r = extract("""\
        2026年某省政府工作报告
        三、2026年重点工作
        石化产业持续减油增化提质，提升全产业链附加值。产值突破1300亿元，增长10%。
        新材料产业瞄准高端化发力。拓展某材料产业化应用。产值超过350亿元。
        非常规天然气方面，加快增储上产，力争产量突破200亿立方米、投资超120亿元。
        部区共建某交易中心，力争交易额达到100亿元。
        力争全省粮食产量1600亿斤。
        """, "gzbg_2026-01-20.txt")
    assert sorted((m.indicator, m.quantity.unit) for m in r.measures("target")) == [
        ("新材料产业产值", "元"), ("石化产业产值", "%"), ("石化产业产值", "元"), ("粮食产量", "斤"),
        ("非常规天然气产量", "立方米"), ("非常规天然气投资", "元")]


@pytest.mark.parametrize("sentence", [
    "聚焦13个产业集群，布局一批产业集聚区。",  # what the work is aimed at, not a count to reach
    "已禁止民众前往火山口3公里内区域。",  # a zone around a place
    "16兆瓦风机成功并网发电。",  # the size of one machine
])
def test_an_aim_or_a_zone_is_no_figure(sentence):
    r = extract(f"2026年某省政府工作报告\n三、2026年重点工作\n{sentence}\n", "gzbg_2026-01-20.txt")
    assert r.measures() == []


@pytest.mark.parametrize("sentence, value", [
    ("2023年，全国废旧家电回收总量达450万吨，而据研究测算，每回收1吨废旧家电，可减少排放约4.7吨。", 1),  # the unit a rate is per
])
def test_the_unit_a_rate_is_per_is_no_figure(sentence, value):
    r = extract(f"# 《新闻联播》 (20240702)\n\n### 某某能源\n\n{sentence}\n", "20240702.md")
    assert value not in {m.quantity.value for m in r.measures()}


def test_where_a_thing_stands_names_no_measured_thing():
    assert not plausible("风电机组矗立在离岸", "公里", "level")  # (…矗立在离岸70公里的海域)
    assert plausible("海上风电装机", "千瓦", "level")


def test_insurance_payouts_are_a_measured_amount():
    assert plausible("农业保险赔付", "元", "level")  # (全国农业保险已赔付300亿元: the payouts)
    r = extract("# 《新闻联播》 (20250620)\n\n### 某某保险\n\n今年1—4月，全国车辆保险已赔付280亿元。\n", "20250620.md")
    assert [(m.indicator, m.quantity.value) for m in r.measures("observation")] == [("车辆保险赔付", 28000000000)]


@pytest.mark.parametrize("sentence, indicators", [
    ("得知李祖村年人均收入达到5.2万元，他十分高兴。", ["李祖村年人均收入"]),  # 得知 is how it was learned
    ("今天（6月4日），某展览会在北京开幕，展会由工业和信息化部主办，国内外约400家知名企业参展。", []),  # a scope, not what is counted
])
def test_how_a_figure_was_learned_and_its_scope_alone_name_nothing(sentence, indicators):
    r = extract(f"# 《新闻联播》 (20240702)\n\n### 某某发展\n\n{sentence}\n", "20240702.md")
    assert [m.indicator for m in r.measures("observation")] == indicators


def test_the_measures_of_a_package_listed_before_its_name_are_no_figures():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措。\n",
                "gzbg_2026-01-20.txt")
    assert r.measures() == []


@pytest.mark.parametrize("sentence", [
    "如今，杏林志愿服务中心不仅有40名常驻医生，假期还有学生加入。",   # the centre's doctors are counted, not the centre
    "澳大利亚森林大火仍有120多处火情失控。",
    "该铁路公司运营有6条线路。",
])
def test_what_a_count_counts_after_it_is_no_measure_of_the_words_before(sentence):
    assert extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md").measures() == []


def test_a_ratio_keeps_all_that_says_of_what():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="全国集中供水工程覆盖农村人口比例达到75%。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["集中供水工程覆盖农村人口比例"]


@pytest.mark.parametrize("sentence, indicators", [
    ("据统计，前三季度，全国冰雪装备产业加快发展，销售收入同比增长15%。", ["冰雪装备产业销售收入"]),  # the sector a clause opens on
    ("浙江杭州瞄准智能传感器领域，三年间企业数量翻番，产值增长了30%。", []),  # whose 产值: not said
])
def test_a_bare_sector_measure_in_the_news_takes_the_sector_its_sentence_opens_on(sentence, indicators):
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == indicators


def test_a_result_verb_before_the_value_is_no_part_of_the_indicator():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n民间投资增长3.1%，重点项目投资完成1820亿元，增长6.2%。",
                "gzbg_2026-01-20.txt")
    assert [(m.indicator, str(value(m)[0])) for m in r.measures("observation")] == [
        ("民间投资", "3.1"), ("重点项目投资", "182000000000"), ("重点项目投资", "6.2")]


def test_a_change_after_a_part_named_under_qizhong_is_the_parts_not_the_wholes():
    sentence = "3月，全国快递业务量完成150亿件，同比增长20%，其中，农村地区表现突出，同比增长31%。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [(m.indicator, str(value(m)[0])) for m in r.measures("observation")] == [
        ("快递业务量", "15000000000"), ("快递业务量", "20")]


def test_an_adverb_of_manner_before_a_lists_verb_is_cut_and_the_verb_shared():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n有序改造排水管网300公里、污水管网120公里。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["改造排水管网", "改造污水管网"]


def test_a_month_set_off_by_commas_dates_its_figures_not_the_month_a_sentence_opens_on():
    sentence = "延续3月回升势头，4月当月，全国发电量6800亿千瓦时。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250502.md")
    assert [m.time for m in r.measures("observation")] == ["2025-04"]


@pytest.mark.parametrize("sentence", [
    "目前，这家企业已拥有15项发明专利，40项实用新型专利。",  # the unit a pointer names: no one named
    "暴雨已迫使德国2万人撤离。",  # an indicator ending with a country names nothing
    "今冬，当地吸引国内外游客超80万人次。",  # a place pointed at, named elsewhere
    "最多的一天，这里接待游客超过2万人次。",
    "这台机组年均发电量超过5000万千瓦时，是国内单机容量最大的机组。",  # one machine the story shows
    "这款机型已在新疆、内蒙古区域装机超400台。",  # places after 在 are where it was fitted, not who fitted it
    "在上海，像这样的新型研发机构还有5家。",  # such things as the story shows (这样的 in the figure's clause)
    "在某线路的养护区段，有8座车站地处全国铁路海拔最高区段。",  # where they stand: a scene, no figure
    # a firm's people speaking: the firm's figures, not the place's (the firm unnamed in the sentence)
    "企业负责人介绍，去年以来，浙江某厂订单量增长了四成，交货周期由30天缩短至18天。",
    "公司总经理李某告诉记者，目前山东工厂的自动化率已超过85%。",
])
def test_figures_of_a_unit_pointed_at_or_of_a_place_are_no_figures(sentence):
    assert extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md").measures() == []


def test_a_government_speaker_leaves_the_places_figure():
    sentence = "浙江省农业农村厅负责人介绍，今年全省早稻机收率超过95%。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("早稻机收率", "浙江省")]


def test_a_pointer_before_a_place_named_again_leaves_the_places_figure():
    sentence = "这座新建的电站已投产，预计到2027年，福建风电发电量占比将达到15%以上。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("forecast")] == ["风电发电量占比"]


def test_a_manufacturing_sector_names_its_bare_export_delivery_value():
    sentence = "一季度，医疗器械制造业出口稳中有升，累计实现出口交货值同比增长4.2%。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["医疗器械制造业出口交货值"]


def test_a_total_to_reach_in_a_plans_tasks_is_a_target_with_its_verb():
    r = extract(PLAN + "深入实施非遗活化工程，累计培育80个示范项目。", "gzbg_2026-01-20.txt")
    assert [(m.kind, m.indicator) for m in r.measures()] == [("target", "培育示范项目")]


@pytest.mark.parametrize("sentence", [
    "今天，财政部紧急预拨1亿元资金支持湖南、湖北、江西3省做好防汛抢险救灾工作。",  # places counted as the unit
    "据报道，突袭中该营在敌军持续炮击下推进超过15公里。",  # what 该 points to is not in the row
])
def test_counts_of_places_and_figures_of_a_thing_pointed_at_are_no_figures(sentence):
    assert extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md").measures() == []


def test_a_village_a_news_sentence_opens_on_past_its_setting_is_its_figures_subject():
    sentence = "在各方帮扶下，石门坎村因地制宜发展茶叶产业，2024年人均年收入超过21000元。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("人均年收入", "石门坎村")]


@pytest.mark.parametrize("sentence, indicators", [
    ("更新小区老旧电梯300部、老旧水管900公里。", ["更新小区老旧电梯", "更新老旧水管"]),  # an item opening with an adjective
    ("新增掌上办服务事项80项、“一网通办”事项30项。", ["新增掌上办服务事项", "新增“一网通办”事项"]),  # an item in quotes
    ("招募乡村振兴志愿者2000名、社区社工1000名。", ["招募乡村振兴志愿者", "招募社区社工"]),
    ("提升改造150公里县乡公路和80万平方米村内道路。", ["提升改造县乡公路", "提升改造村内道路"]),
    ("消除老城区、新城区等12处易涝点位。", ["消除易涝点位"]),
    ("续建3个水库项目。", ["续建水库项目"]),
])
def test_every_item_of_a_task_list_keeps_the_verb_that_opens_it(sentence, indicators):
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == indicators


def test_a_part_under_qizhong_named_by_two_characters_takes_the_wholes_name():
    sentence = "今年前两个月，全国港口完成货物吞吐量26亿吨，同比增长5%，其中内贸、外贸分别增长4%和7%。"
    r = extract(NEWS_ITEM.format(heading="港口生产平稳", sentence=sentence), "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")][2:] == [
        ("内贸港口货物吞吐量", "4"), ("外贸港口货物吞吐量", "7")]
    sentence = "今年前两个月，我国货物贸易进出口总值6万亿元，其中出口3.5万亿元。"  # 出口 is a measure of its own
    r = extract(NEWS_ITEM.format(heading="外贸开局平稳", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["货物贸易进出口总值", "出口"]


def test_a_group_of_people_alone_after_another_groups_figure_did_the_same():
    sentence = "其中，内地居民出入境300万人次，同比增长30%；港澳台居民200万人次，同比增长15%；外国人80万人次。"
    r = extract(NEWS_ITEM.format(heading="国庆假期出入境", sentence=sentence), "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [
        ("内地居民出入境", "3000000"), ("内地居民出入境", "30"), ("港澳台居民出入境", "2000000"),
        ("港澳台居民出入境", "15"), ("外国人出入境", "800000")]  # (not 港澳台居民)
    sentence = "国家移民管理局今天发布数据，国庆假期共800万人次出入境，同比增长20%，其中，内地居民400万人次，港澳台居民300万人次。"
    r = extract(NEWS_ITEM.format(heading="国庆假期出入境", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")][2:] == ["内地居民出入境", "港澳台居民出入境"]


@pytest.mark.parametrize("sentence, subject", [
    ("截至今年3月，某市产业基金在新兴产业领域累计投入超300亿元，带动项目总投资超900亿元。", "某市产业基金"),
    ("12年来，张建国先后参加抢险工作500余次，累计救援受困人员1万余人次。", "张建国"),
    ("第六届世界青商大会昨天在杭州闭幕，会上共签约项目78个，总投资额3699亿元。", "第六届世界青商大会"),  # an edition
    ("某某船舶工业延续良好发展态势，手持订单量同比增长23%。", "某某船舶工业"),  # a sector
    ("某某卫生健康委今天发布消息，截至目前，我国已建设医联体超1.8万个。", ""),  # a government body: the source
    ("今年1—5月，我国通信业主要经济指标总体稳定，电信业务收入同比增长9%。", ""),  # no person, edition, body or sector
    ("国家统计局表示，今年1—5月，全国餐饮收入增长9%。", ""),   # a source, not the subject
    ("今年1—5月，高技术制造业投资同比增长11.2%，服务业投资同比增长6.5%。", ""),  # the opening's own figure: a parallel one
    ("今年，甲乙集团和丙丁集团签署的造船协议包括10艘货船，船舶合同金额超过50亿元。", ""),  # a verb inside a noun phrase
])
def test_a_short_news_indicator_in_a_later_clause_takes_the_subject_the_sentence_opens_on(sentence, subject):
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.subject for m in r.measures("observation")][-1:] == [subject]


@pytest.mark.parametrize("sentence, subjects", [
    ("今年上半年，地方国有企业持续加大创新投入，高技术产业完成投资8000亿元，同比增长12%。",
     ["地方国有企业", "地方国有企业"]),   # a class of firms (持续 is an adverb) is whose any figure after it is
    ("今年上半年，外资企业积极扩大在华投资，新设外资企业达2万家。", [""]),  # (the indicator names its firms)
    ("今年上半年，企业持续加大创新投入，高技术产业完成投资8000亿元。", [""]),  # a bare 企业: the one firm of a story
])
def test_a_class_of_firms_a_news_sentence_opens_on_is_the_subject_of_its_figures(sentence, subjects):
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.subject for m in r.measures("observation")] == subjects


def test_a_place_pointer_after_a_place_named_in_its_sentence_points_to_that_place():
    sentence = "在浙江安吉，当地发展乡村旅游，去年接待游客超过300万人次。"
    r = extract(NEWS_ITEM.format(heading="乡村旅游红火", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["接待游客"]


def test_figures_of_paragraphs_after_one_opening_on_five_years_are_of_no_one_year():
    text = ("2026年某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n一年来，全省经济稳中有进。\n"
            "新建高标准农田120万亩，城镇新增就业45万人。\n“十四五”时期是我省发展极不平凡的五年。\n"
            "经济实力跃上新台阶，建成5G基站12万个。\n民生保障更加有力，新增中小学学位22万个。\n")
    r = extract(text, "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [
        ("新建高标准农田", "2025"), ("城镇新增就业", "2025"), ("建成5G基站", ""), ("新增中小学学位", "")]


def test_a_total_over_a_span_of_days_is_dated_by_no_one_day():
    sentence = "世卫组织数据显示，10月31日至11月6日，某国一周内新增确诊病例数达4万例。1月1日至3月31日，全国铁路累计发送旅客9亿人次。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.time for m in r.measures("observation")] == ["", "2025-03-31"]


def test_a_rate_counted_in_items_and_a_term_left_out_of_a_lists_items_are_read_as_written():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="今年，我国还下调900多项商品进口税率。"), "20250402.md")
    assert r.measures() == []  # a count of what a rate is of, not the rate
    sentence = "其中，3年、5年、10年期发行利率分别为1.5%、1.6%和1.9%。"
    r = extract(NEWS_ITEM.format(heading="国债发行", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["3年期发行利率", "5年期发行利率", "10年期发行利率"]


def test_a_report_verb_that_names_a_sector_is_part_of_the_indicator():
    sentence = "工业和信息化部统计显示，2024年，我国新型显示产业全行业产值超过5000亿元。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["新型显示产业全行业产值"]


@pytest.mark.parametrize("sentence", [
    "目前，国际航空货运通达60多个国家。",            # the level verb 达 inside the number's words
    "目前，海上航线覆盖100多个国家和地区。",         # the places a network reaches
    "目前，我国国际货运航班通航58个国家。",           # the places flights reach
    "今年，5大支柱产业迈入万亿级规模。",              # a set named by its number
])
def test_places_reached_and_sets_named_by_their_number_are_no_figures(sentence):
    assert extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md").measures() == []


def test_a_preposition_before_a_place_in_one_character_stays_in_the_indicator():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n在浙就业省外劳动力2300万人。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["在浙就业省外劳动力"]
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n在鄂投资外资企业1200家。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["在鄂投资外资企业"]  # (鄂 tagged as a name)


def test_a_size_before_de_says_which_things_are_counted_and_a_suffixed_item_shares_the_verb():
    sentence = "截至2023年底，民用运输机场总数259个，千万人次及以上的运输机场数量达到38个。"
    r = extract(NEWS_ITEM.format(heading="交通运输", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["民用运输机场总数", "千万人次及以上运输机场数量"]
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n建成养老服务综合体30个、示范型老人家食堂40个。",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["建成养老服务综合体", "建成示范型老人家食堂"]


def test_a_short_news_indicator_takes_the_facility_its_items_heading_opens_on_and_measures():
    item = ("# 《新闻联播》 2025年04月02日\n\n## 某某大桥单日客流超15万人次创新高\n\n"
            "另据统计，春节期间，出入境客流超过45万人次，较去年同期增长22%。\n\n"
            "## 某某国际机场铁路开通运营\n\n今年以来，出入境客流超过30万人次。\n")
    r = extract(item, "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("出入境客流", "某某大桥"), ("出入境客流", "某某大桥"), ("出入境客流", "")]  # (the second heading measures nothing)


@pytest.mark.parametrize("sentence, expected", [
    ("该电站总装机容量达到120万千瓦，每年可增发电量26亿度。", []),        # which plant was said before
    ("日前，该模式今年已累计使用循环包装箱超19万箱次。", []),
    ("该州州长称，袭击造成至少3人死亡。", ["死亡人数"]),                    # a toll stays
])
def test_a_sentence_opening_on_a_pointer_writes_no_figure_but_its_toll(sentence, expected):
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures()] == expected


def test_a_casualty_count_after_a_count_of_events_is_of_those_events_and_a_completed_amount_stays():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n生产安全事故起数和死亡人数分别下降12%、15%。"
                "招商引资项目投资完成额增长9%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["生产安全事故起数", "生产安全事故死亡人数", "招商引资项目投资完成额"]
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n道路交通事故起数、死亡人数、受伤人数、直接经济损失分别下降"
                "11%、14%、9%、20%。", "gzbg_2026-01-20.txt")  # (an item counting no casualties stops no other)
    assert [m.indicator for m in r.measures("observation")][:3] == ["道路交通事故起数", "道路交通事故死亡人数", "道路交通事故受伤人数"]


def test_a_lists_shared_about_a_plans_whole_verb_and_a_bracket_in_a_counted_name():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n确保肉、奶产量分别稳定在300万吨和700万吨左右。"
                "建设800个农村供水项目，其中小型水库5座、调蓄设施795个。建设10个乡镇（街道）综合文化站。",
                "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.quantity.comparator) for m in r.measures("target")] == [
        ("肉产量", "~"), ("奶产量", "~"), ("建设农村供水项目", "="), ("建设小型水库", "="), ("建设调蓄设施", "="),
        ("建设乡镇（街道）综合文化站", "=")]


@pytest.mark.parametrize("sentence, indicator", [
    ("截至目前，全国已有国家级文化产业示范园区34家。", "国家级文化产业示范园区"),
    ("目前，全国共有少先队大队17万个。", "少先队大队"),
    ("截至10月12日24时，现有确诊病例4397例。", "现有确诊病例"),  # 现有 says which cases
    ("目前，某省已拥有全国重点实验室8家。", "全国重点实验室"),    # what is had, all of it
])
def test_a_verb_of_having_is_no_part_of_what_is_counted(sentence, indicator):
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_an_indicator_ending_with_a_county_that_became_a_city_names_a_place():
    sentence = "金秋时节，安徽水稻主产区无为市85万亩水稻进入收割期。"  # 无为县 in the vocabulary, a city since
    assert extract(NEWS_ITEM.format(heading="秋收", sentence=sentence), "20250402.md").measures("observation") == []


def test_a_task_done_for_someone_names_them_and_what_is_done():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n为退役军人提供3万个就业岗位。四是为8万名残疾人提供基本康复服务。"
                "为期三天的展会接待观众5万人次。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["为退役军人提供就业岗位", "为残疾人提供基本康复服务",
                                                          "展会接待观众"]


def test_a_note_after_a_task_is_no_part_of_what_is_done_and_a_home_of_some_people_is_a_thing_counted():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n6.为3000名孤独症儿童提供康复训练（牵头单位：省残联）。"
                "7.新建职工之家50个（牵头单位：省总工会）。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["为孤独症儿童提供康复训练", "新建职工之家"]


def test_a_lists_yearly_average_change_says_so_in_every_item():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n有色冶金、石化化工增加值年均分别增长12.8%、4.8%。",
                "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["有色冶金增加值年均增长", "石化化工增加值年均增长"]


def test_a_count_of_what_follows_the_number_after_words_that_name_no_measure_is_no_figure():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n某研究所创新港14个项目落户某科创园，建成5G基站1.2万个。",
                "gzbg_2026-01-20.txt")  # 14 counts 项目; the words before it name no measure
    assert [m.indicator for m in r.measures("observation")] == ["建成5G基站"]


@pytest.mark.parametrize("sentence, indicator", [
    ("新建改造供水、燃气管网800公里。", "新建改造供水、燃气管网"),            # one length of both networks
    ("城乡居民养老、医疗保险参保率稳定在95%以上。", "城乡居民养老、医疗保险参保率"),
    ("工业投资、民间投资年均增长6%左右。", "工业投资、民间投资年均增长"),
    ("新增1个省级产业集群、新入规企业30家以上。", "新增新入规企业"),       # the first item has its own number
    ("建设物流园区、新建标准厂房50万平方米。", "新建标准厂房"),            # an item with its own verb
])
def test_nouns_joined_by_a_list_mark_before_one_number_share_it(sentence, indicator):
    assert planned(sentence)[-1] == indicator


def test_a_value_list_gives_each_joined_noun_its_own_value():
    assert reviewed("每万人公共图书馆面积、文化站数增至120平方米、3.5个。") == ["每万人公共图书馆面积", "每万人文化站数"]


@pytest.mark.parametrize("sentence, indicator", [
    ("推进城镇老旧燃气管道300公里改造。", "城镇老旧燃气管道改造"),       # the works close the clause
    ("重点推进某河干流岸线120公里生态修复。", "某河干流岸线生态修复"),    # 重点推进 opens the task
    ("重点监测商贸企业销售额增长6%。", "重点监测商贸企业销售额"),         # 重点 qualifies a noun: it stays
])
def test_works_after_the_number_are_part_of_what_is_counted_and_a_task_adverb_is_not(sentence, indicator):
    assert planned(sentence) == [indicator]


def test_a_class_words_bare_measure_in_news_says_not_whose_it_is():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="据测算，锂电池、正极材料出货量均创新高，行业总产值超过8000亿元。"
                                 "今年，我国光伏行业总产值超过9000亿元。"), "20250402.md")
    assert [(m.indicator, m.quantity.value) for m in r.measures("observation")] == [("光伏行业总产值", 9e11)]


@pytest.mark.parametrize("sentence, indicator", [
    ("取得关键核心技术成果50项以上。", "关键核心技术成果"),                    # 取得 says nothing of what is counted
    ("打造城镇建设精品样板200个。", "打造城镇建设精品样板"),                  # the first verb governs; 建设 is in the name
    ("新认证绿色、有机、名特优新水产品500个以上。", "新认证绿色、有机、名特优新水产品"),
])
def test_an_obtaining_verb_goes_and_a_verb_inside_a_made_things_name_stays(sentence, indicator):
    assert planned(sentence) == [indicator]


def test_a_task_done_to_someone_names_them_and_a_change_after_them_is_not_named():
    assert planned("对困难老年人开展眼底筛查20万人次。") == ["对困难老年人开展眼底筛查"]
    r = extract(NEWS_ITEM.format(heading="金融数据", sentence="其中，对小微企业发放的普惠贷款余额同比增长12.1%。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["对小微企业发放的普惠贷款余额"]


def test_a_time_limit_within_which_something_is_done_is_no_figure():
    r = extract(PLAN + "对符合条件的进口鲜活产品实行6小时内放行。", "gzbg_2026-01-20.txt")
    assert r.measures() == []


def test_works_after_the_things_counted_are_part_of_what_is_counted():
    assert planned("推动15家省级现代服务业集聚区提能升级，新增领军企业80家。") == ["省级现代服务业集聚区提能升级", "新增领军企业"]


@pytest.mark.parametrize("sentence", [
    "新增电子信息等3个过三千亿、生物医药等5个过千亿产业。",    # a size the things passed
    "目前已有江苏、广东等多个省份的农村改厕完成率超过90%。",   # of members it does not name
])
def test_a_size_passed_and_unnamed_members_are_no_indicator(sentence):
    r = extract(REVIEW + sentence, "gzbg_2026-01-20.txt")
    assert all(not m.indicator.startswith(("过三千亿", "省份")) for m in r.measures())


def test_a_short_list_item_repeating_the_head_before_shares_its_qualifier():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="全国已建成120个劳动教育实验区、950个实验校。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["建成劳动教育实验区", "建成劳动教育实验校"]
    assert reviewed("新增国家级渔业产业园区2个、产业强镇5个。") == ["新增国家级渔业产业园区", "新增国家级渔业产业强镇"]
    assert "国家级林草种样品" not in reviewed("国家级林草种苗质量抽检共检测苗木苗批200个、草种样品90个。")


@pytest.mark.parametrize("sentence, expected", [
    ("本届博览会共有近3000家企业参展，其中境外参展企业约800家。", []),           # which fair was said before
    ("近日某某服饰周开幕，本次展会展位面积近8万平方米。", []),                 # a later clause points back too
    ("某某服饰周今天在杭州开幕，本次展会展位面积近8万平方米。", ["展会展位面积"]),  # (the event held, its subject)
    ("本届服贸会展览展示规模达到了12万平方米。", ["服贸会展览展示规模"]),    # the indicator names the event
    ("截至目前，该港口共有航线76条。", []),                                   # 港口 is no name of its own
    ("目前，示范区已累计形成90项制度创新成果。", []),                          # the bare head of the one named before
])
def test_a_clause_opening_on_this_edition_or_that_thing_writes_no_figure_unless_it_names_it(sentence, expected):
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures()] == expected


def test_levels_alone_in_a_list_share_the_last_items_head_and_reorganising_adds():
    assert reviewed("省级、市级技术创新中心分别达到35家、210家。"
                    "完成新建、重组6家省重点实验室，20条特色线路撬动乡村旅游升级。") == [
        "省级技术创新中心", "市级技术创新中心", "新建、重组省重点实验室", "特色线路"]


@pytest.mark.parametrize("sentence, indicator", [
    ("有外贸实绩的企业数量增长6%。", "有外贸实绩的企业数量"),                  # those that have it, not all firms
    ("全省有研发活动的企业数量增长12%。", "有研发活动的企业数量"),
    ("已有来自全国各地的游客超30万人次。", "游客"),                              # 来自: where they come from
])
def test_a_qualifier_opening_with_a_verb_of_having_says_which_are_counted(sentence, indicator):
    assert reviewed(sentence) == [indicator]


def test_a_site_named_by_two_places_keeps_both_in_its_indicator():
    assert reviewed("厦门漳州港货物吞吐量2.1亿吨。") == ["厦门漳州港货物吞吐量"]


def test_a_component_index_takes_the_survey_its_news_item_named_before():
    text = ("# 《新闻联播》 (20250402)\n\n## 详细新闻\n\n### 3月份制造业采购经理指数回升\n\n"
            "国家统计局今天发布，3月份中国制造业采购经理指数为50.5%，有15个行业采购经理指数环比回升。\n\n"
            "3月份新订单指数为51.8%，较上月上升1.2个百分点。\n")
    r = extract(text, "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation") if m.indicator == "新订单指数"] == [
        ("新订单指数", "中国制造业采购经理指数"), ("新订单指数", "中国制造业采购经理指数")]


def test_a_longer_component_index_takes_the_survey_not_a_breakdown_of_it():
    text = ("# 《新闻联播》 (20250402)\n\n## 详细新闻\n\n### 3月份制造业采购经理指数回升\n\n"
            "国家统计局今天发布，3月份中国制造业采购经理指数为50.5%；消费品行业和装备制造业采购经理指数均有回升。\n\n"
            "另外，3月份生产经营活动预期指数为53.8%，非制造业商务活动指数为50.8%。\n")
    rows = {(m.indicator, m.subject) for m in extract(text, "20250402.md").measures("observation")}
    assert ("生产经营活动预期指数", "中国制造业采购经理指数") in rows  # (not the breakdown named last)
    assert ("非制造业商务活动指数", "") in rows  # (a survey of its own)


def test_a_part_under_qizhong_with_the_wholes_head_takes_its_qualifier():
    r = extract(NEWS_ITEM.format(heading="港口生产", sentence="全国港口集装箱吞吐量同比增长7%，其中，内、外贸吞吐量分别增长5%和9%；"
                                 "死亡人数下降10%，其中受伤人数下降8%。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")][:3] == [
        "港口集装箱吞吐量", "内贸港口集装箱吞吐量", "外贸港口集装箱吞吐量"]
    assert "受伤死亡人数" not in [m.indicator for m in r.measures("observation")]


def test_grades_share_the_last_head_and_a_condition_under_is_no_part_of_the_indicator():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="目前，我国已累计建成3000余家基础级、800余家示范级数字车间。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["建成基础级数字车间", "建成示范级数字车间"]
    assert planned("正常气候条件下油料产量达到80万吨。") == ["油料产量"]


@pytest.mark.parametrize("sentence", ["集装箱航线增至120条、吞吐量超1800万标准箱。", "养老服务机构达到2100个、床位8.6万张。"])
def test_a_bare_throughput_or_bed_count_opening_its_item_names_not_whose(sentence):
    assert reviewed(sentence) in (["集装箱航线"], ["养老服务机构"])


def test_places_qualifying_the_items_of_a_list_are_not_where_the_sentences_figures_are():
    r = extract(REVIEW + "宝鸡苹果、安康茶叶入选国家级特色产业集群，核桃综合产值增长6.5%。",
                "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("核桃综合产值", "")]


def test_a_lists_verb_after_a_short_subject_is_shared_but_not_one_inside_a_measure():
    assert reviewed("省市县选派驻村干部1万名、科技特派员3000名。"
                    "文旅产业增加值增长6%、入境游客人数增长10%。") == [
        "选派驻村干部", "选派科技特派员", "文旅产业增加值", "入境游客人数"]


def test_trade_with_someone_keeps_its_to_and_how_it_adds_up_is_no_part_of_it():
    r = extract(NEWS_ITEM.format(heading="外贸", sentence="前两个月，我国对金砖国家出口增长3.1%，西部铁路建设共完成投资800亿元。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["对金砖国家出口", "西部铁路建设投资"]


def test_works_after_a_list_of_counts_are_done_to_every_item_not_after_a_verb_of_its_own():
    assert planned("推动5个省级物流枢纽、3个冷链物流基地提质升级。") == ["省级物流枢纽提质升级", "冷链物流基地提质升级"]
    assert reviewed("完成900个行政村生活污水和120个农村黑臭水体治理。") == ["行政村生活污水治理", "农村黑臭水体治理"]  # (和)
    assert planned("打造8个休闲片区、20条精品线路带动乡村旅游升级。") == ["打造休闲片区", "打造精品线路"]


def test_labour_income_after_a_count_of_transferred_workers_is_theirs():
    assert reviewed("农村劳动力转移就业80万人，实现劳务收入120亿元。") == ["农村劳动力转移就业", "农村劳动力劳务收入"]


def test_a_rate_after_a_scoped_rate_of_its_kind_shares_the_scope_and_how_long_is_no_part_of_a_name():
    r = extract(NEWS_ITEM.format(heading="乡村建设", sentence="如今，我国农村燃气普及率达80%，卫生厕所普及率达75%左右，"
                                 "城镇化率达到67%，快递网点覆盖率达到95%。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [
        "农村燃气普及率", "农村卫生厕所普及率", "城镇化率", "快递网点覆盖率"]
    assert reviewed("市本级一般性支出连续3年压减比例超5%。") == ["市本级一般性支出压减比例"]


def test_a_list_of_examples_before_a_class_that_a_measure_heads_is_kept_whole():
    assert reviewed("其中，集成电路、生物医药等新兴产业税收增长20%。") == ["集成电路、生物医药等新兴产业税收"]


def test_a_rate_split_from_what_it_is_of_by_a_date_is_of_it():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="平均营业收入2019年至2021年年均增长率达12.5%。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["营业收入年均增长率"]


def test_a_measure_of_a_work_named_in_book_marks_keeps_its_title():
    r = extract(NEWS_ITEM.format(heading="电影", sentence="截至昨晚，我国电影《某某传奇》全球票房突破50亿元。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["《某某传奇》全球票房"]


def test_urban_and_rural_items_share_what_follows_the_rural_word_and_a_stop_word_is_not_cut_in_two():
    assert reviewed("城镇和农村居民人均可支配收入分别增长4.2%、6.1%。") == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert reviewed("5000家企业参与“千企帮千村”行动。") == []  # 企业 counts nothing measured; no 企业参


def test_a_facility_named_by_places_opening_a_sentence_says_where_it_is_not_where_later_figures_are():
    r = extract(REVIEW + "成都天府国际机场T2航站楼等项目建成投运，5G基站从2万座增加到12万座。宁波舟山港集装箱吞吐量4000万标箱。"
                "减免12万名学前幼儿保教费。", "gzbg_2026-01-20.txt")  # (a fee counted in 名 is no amount)
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [
        ("5G基站", ""), ("宁波舟山港集装箱吞吐量", "宁波市")]


def test_a_streak_and_places_a_list_counts_are_no_figures():
    assert reviewed("新建高标准农田150万亩，耕地面积实现3连增。襄阳、宜昌等8个县市获批国家试点。") == ["新建高标准农田"]


def test_a_source_clause_before_a_named_zone_leaves_the_zone_the_subject_unless_a_place_names_it():
    r = extract(NEWS_ITEM.format(heading="外贸", sentence="据某海关统计，某某自贸试验区挂牌以来，累计进出口货值1.2万亿元。"
                                 "据某海关统计，某某先行示范区建设以来，深圳市进出口值增长20%。"), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("进出口货值", "某某自贸试验区")]
    # (深圳市进出口值 is not the 先行示范区's: its clause names its place)


def test_a_grade_alone_names_nothing_and_a_net_addition_is_shared():
    assert reviewed("3个千亿级、8个百亿级产业集群。净增经营主体12万户、规上企业900户。") == [
        "千亿级产业集群", "百亿级产业集群", "净增经营主体", "净增规上企业"]
    assert reviewed("3个千亿级、8个百亿级产业集群加快发展。")[0] == "千亿级产业集群"  # (the head ends at its verb)
    assert reviewed("2个千亿级、11个百亿级投资规模的化工项目落地建设。")[0] == "千亿级投资规模的化工项目"


def test_a_frame_of_a_sectors_development_names_the_sector_and_no_verb_inside_quotes_cuts():
    assert planned("煤层气发展方面，加快增储上产，力争产量突破50亿立方米。") == ["煤层气产量"]
    assert "“+职业指导”技能" not in planned("开展“岗位推荐+技能培训+职业指导”技能培训3万人次。")


def test_a_model_with_a_hyphen_after_letters_and_a_grade_before_a_shared_head_keep_the_list_verb():
    assert planned("新建5G-A基站3000座。") == ["新建5G-A基站"]
    assert planned("着力培育3个世界级、5个国家级、8个省级先进制造业集群。") == [
        "培育世界级先进制造业集群", "培育国家级先进制造业集群", "培育省级先进制造业集群"]


def test_how_long_lately_is_no_part_of_a_name_and_signing_with_places_counts_nothing():
    r = extract(NEWS_ITEM.format(heading="春运", sentence="连日来日均客流量保持在8万人以上。我国已与60多个国家和地区签订了100多个合作协议。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["日均客流量", "合作协议"]  # (not 国家和地区签订)


def test_a_count_of_things_that_reached_a_status_says_which_status():
    assert reviewed("新建医共体20个，2100所乡镇卫生院达到国家推荐标准。") == ["新建医共体", "乡镇卫生院达到国家推荐标准"]
    assert reviewed("新建医共体20个，86项政务服务事项实现“全程网办”。")[1] == "政务服务事项实现全程网办"
    # (a status too long to say names no figure: not a bare 企业 of 45)
    assert reviewed("新建医共体20个，45家企业入选2025年度国家级专精特新重点小巨人企业名单。") == ["新建医共体"]
    assert reviewed("新建医共体20个，5家省属企业进入中国企业500强。")[1] == "省属企业进入中国企业500强"  # (a rank too)


def test_a_figure_with_a_part_left_out_says_so():
    assert reviewed("扣除房地产开发投资后，固定资产投资增长2.7%。") == ["固定资产投资（扣除房地产开发投资）"]
    assert reviewed("全省固定资产投资增长3%，扣除房地产开发投资后增长6%。") == [
        "固定资产投资", "固定资产投资（扣除房地产开发投资）"]  # (an exclusion alone is of the figure before)
    assert reviewed("剔除价格因素影响后，农民收入增长5%。") == ["农民收入（剔除价格因素）"]
    assert reviewed("扣除房地产开发投资后增长6%。") == []


def test_a_sum_of_a_list_closed_by_its_class_is_not_of_its_first_item():
    assert reviewed("超过300亿元省级预算内投资、专项债券、政策性金融工具等资金投向重点项目。") == []
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="日前，某商会组织6批次企业家代表团赴甲国、乙国、丙国等5个国家开展交流。"),
                "20250402.md")
    assert r.measures("observation") == []  # (not 某商会组织 = 6 批次)


def test_a_frame_before_except_names_no_figure():
    r = extract(NEWS_ITEM.format(heading="三农", sentence="目前，某省的900万亩晚稻中除部分早熟品种陆续收获外，大部分仍处于灌浆期。"),
                "20250402.md")
    assert r.measures("observation") == []  # (not 晚稻中除部分早熟品种)


def test_a_count_of_part_of_a_whole_named_before_and_of_award_winners_are_no_figures():
    r = extract(NEWS_ITEM.format(heading="工业", sentence="在调查的25个行业中，有15个行业订单指数回升。"
                                 "某工业奖今天揭晓，共有12个企业以及12个项目获得“某工业奖”。全国31个省（区、市）中有20个粮食增产。"
                                 "全国高新技术企业数量达到46万家。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["高新技术企业数量"]


def test_a_yearly_average_growth_says_so_however_worded():
    assert reviewed("全省最低工资标准年均增幅4.2%，出口年均增速12%以上。") == ["最低工资标准年均增长", "出口年均增长"]


def test_points_after_an_unwritten_share_are_the_shares_not_the_figures_before_it():
    r = extract(NEWS_ITEM.format(heading="知识产权", sentence="全国有效商标注册量达到4800万件，占33%，较上年提高2.3个百分点。"),
                "20250402.md")
    assert [(m.indicator, value(m)) for m in r.measures("observation")] == [
        ("有效商标注册量", (d("48000000"), None, "件", "="))]  # (not 有效商标注册量增速 = 2.3 百分点)


def test_an_adjective_before_a_noun_stays_in_the_indicator_but_not_before_a_verb():
    r = extract(NEWS_ITEM.format(heading="农业", sentence="全省有效灌溉面积达到3000万亩。全省有效降低企业成本1200亿元。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["有效灌溉面积"]  # (not 灌溉面积)


def test_how_many_digits_a_growth_has_is_no_figure():
    r = extract(NEWS_ITEM.format(heading="消费", sentence="某地重点监测零售企业销售额均有两位数的增长。"), "20250402.md")
    assert r.measures("observation") == []  # (两位数: how many digits, not 2 位)


def test_a_list_verb_keeps_the_works_it_opens_with():
    assert reviewed("开工改造老旧小区120个、城中村3万户。") == ["开工改造老旧小区", "开工改造城中村"]


def test_a_list_verb_reaches_an_item_with_a_name_in_quotes():
    assert reviewed("新增6个省级森林乡村、2个“山水林田湖”生态示范基地。") == ["新增省级森林乡村", "新增山水林田湖生态示范基地"]


def test_a_list_verb_reaches_an_item_that_opens_with_a_set_phrase():
    assert reviewed("新增省级示范幼儿园35所、义务教育优质学校12所。") == ["新增省级示范幼儿园", "新增义务教育优质学校"]


def test_the_places_a_visit_goes_to_are_no_figure():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="3月上旬，国务院组织5个督查组，赴15个省区市开展实地督查。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["督查组"]


def test_the_countries_a_product_is_sold_to_are_where_it_reaches():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="目前，寿山石雕已经销售到60多个国家和地区。"), "20250402.md")
    assert r.measures("observation") == []  # (not 寿山石雕销售 = 60 个)


def test_a_zone_opening_a_since_clause_is_the_subject_of_the_figures_after():
    r = extract(NEWS_ITEM.format(heading="口岸", sentence="记者从某海关获悉，自2024年3月1日某某深度合作区实施分线管理以来，"
                                 "进出境人员超900万人次。"), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("进出境人员", "某某深度合作区")]


def test_a_news_measure_of_a_bare_class_of_body_is_of_the_one_the_story_is_about():
    r = extract(NEWS_ITEM.format(heading="外贸", sentence="今年前2个月，企业出口销售额260万元，同比增长12%。"
                                 "国家税务总局数据显示，今年前2个月，企业采购机械设备金额同比增长8%。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["企业采购机械设备金额"]  # (all firms: a central source)


def test_a_count_of_listed_countries_is_no_count_of_what_they_qualify():
    r = extract(NEWS_ITEM.format(heading="出入境", sentence="今天起，甲国、乙国等8个东盟国家旅游团可免签入境。"
                                 "1至4月，新开工甲枢纽、乙灌区等20项国家重大水利工程。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["新开工国家重大水利工程"]  # (国家 here is national)


def test_what_counted_things_can_do_is_no_name_of_them_and_terms_the_tagger_reads_as_adverbs_stay():
    assert reviewed("新增了30个能自动导航、能分拣包裹的物流机器人，建成50个可再生能源项目。") == ["建成可再生能源项目"]
    assert reviewed("成功创建40个省级民族团结进步示范单位。") == ["创建省级民族团结进步示范单位"]
    assert reviewed("近岸海域水质稳定，自然岸线保有率达到40%。") == ["自然岸线保有率"]  # (自然 no adverb here)


def test_every_count_after_a_five_year_tally_verb_is_of_the_period():
    r = extract(REVIEW + "“十四五”期间，某省累计培育高成长性企业500家，科技型中小企业16000家。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [
        ("培育高成长性企业", ""), ("科技型中小企业", "")]  # (not the second dated 2025)


def test_a_figure_of_some_unnamed_members_is_no_figure():
    r = extract(NEWS_ITEM.format(heading="住房", sentence="今年以来，各地加快改造步伐，多个省份开工率超过60%。"
                                 "一季度，甲省等地的旅游收入增长20%以上。目前，全国已有2800多家厨具企业。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["厨具企业"]  # (多家 after a number is "more than")


def test_a_work_reports_figure_since_a_time_is_of_its_review_not_the_pages_date():
    assert [(m.indicator, m.time) for m in extract(REVIEW + "去年以来，全省新增市场主体12万户。", "gzbg_2026-01-20.txt")
            .measures("observation")] == [("新增市场主体", "2025")]
    assert [m.time for m in extract(REVIEW + "“十四五”以来，地区生产总值年均增长4.4%，数字经济占比达到30%以上。",
                                    "gzbg_2026-01-20.txt").measures("observation")] == ["", ""]  # (five years)


def test_what_is_reported_is_counted_not_the_reporter():
    r = extract(NEWS_ITEM.format(heading="卫生", sentence="据某国疾控中心数据，全国23个州报告了600例麻疹确诊病例。"
                                 "去年以来，某国各地报告66例人感染H5N1型禽流感病毒病例。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["麻疹确诊病例"]  # (a name cut at H5N1 is none)


def test_a_bare_generation_or_turnover_in_the_news_names_no_sector():
    r = extract(NEWS_ITEM.format(heading="能源", sentence="今年上半年，我国光热建设快速发展，累计发电量同比增长15%。"
                                 "记者从某局了解到，4月，我国水路运输规模增势良好，运输总周转量同比增长9%。"), "20250402.md")
    assert r.measures("observation") == []  # (of 光热 and 水路, which the rows would not say)


def test_a_bare_passenger_count_deal_value_or_capacity_opening_a_news_clause_names_no_one():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="记者从某集团获悉，今年以来客流量持续增长，年度旅客发送量首次突破30亿人次。"
                                 "连续6年举办某博览会，累计意向成交额超3000亿元。"
                                 "日前，某地12个储能项目建成投用，总装机容量达到50万千瓦。"
                                 "高峰日，全平台点击量超过300亿次。"), "20250402.md")
    assert r.measures("observation") == []  # (of a railway, a fair, projects and a platform the rows would not name)
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="工业和信息化部统计显示，今年1—4月，通信业运行平稳，三家基础电信企业"
                                 "电信业务总量同比增长11%，累计完成业务收入5000亿元，同比增长5%。"), "20250402.md")
    assert "业务收入" not in [m.indicator for m in r.measures("observation")]  # (after 完成: of the firms before)


def test_things_handled_that_a_pointer_says_were_named_before_give_no_figure():
    item = NEWS_ITEM.format(heading="要闻", sentence="某部门持续加大整治力度，累计处置相关违规账号6000个。"
                                                 "截至去年底，全国共整改有关问题2.1万个。")
    assert extract(item, "20250402.md").measures("observation") == []  # (the accounts and problems of the campaign)


def test_the_rating_of_one_generating_unit_is_its_specification_not_a_figure():
    item = NEWS_ITEM.format(heading="要闻", sentence="今天，某水电站首台机组正式并网发电，机组装机容量40万千瓦。")
    assert extract(item, "20250402.md").measures("observation") == []


def test_a_verb_and_its_result_alone_name_nothing_counted():
    item = NEWS_ITEM.format(heading="要闻", sentence="我国新能源发展加快，第一批基地基本建成，第二批、第三批建成投产约3000万千瓦。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == []  # (not 建成投产)


def test_a_percentage_is_no_level_of_an_amount():
    assert reviewed("全县耕地流转面积超过六成，全省森林覆盖率达到42%。") == ["森林覆盖率"]  # (not 耕地流转面积 = 60%)


def test_a_growth_after_a_figure_not_written_is_not_carried_to_the_figure_before():
    r = extract(NEWS_ITEM.format(heading="经济", sentence="全省经营主体达900万户、增长5%，其中企业300万户、增长8%。"), "20250402.md")
    assert [(m.indicator, value(m)) for m in r.measures("observation")] == [
        ("经营主体", (d("9000000"), None, "户", "=")), ("经营主体", (d("5"), None, "%", "="))]  # (not 经营主体 +8%)


def test_a_demand_is_a_measured_head_that_a_list_shares():
    assert reviewed("医药制造业、汽车制造业相关物流需求分别增长12%、8%。") == ["医药制造业相关物流需求", "汽车制造业相关物流需求"]


def test_a_bracket_inside_a_name_stays_in_the_indicator():
    assert reviewed("新增首台（套）重大技术装备30项，建成乡镇（街道）养老服务中心400个。") == [
        "新增首台（套）重大技术装备", "建成乡镇（街道）养老服务中心"]
    assert reviewed("甲省、乙省等4个省（区）完成投资额均超过1000亿元。") == []  # (not 个省（区）投资额)


def test_a_city_in_a_means_frame_is_not_where_the_figures_are():
    r = extract("2026年浙江省政府工作报告\n一、2025年工作回顾\n以杭州科创中心建设为引领，新增专精特新企业25家。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("新增专精特新企业", "浙江省")]  # (not 杭州市)


def test_a_named_place_or_event_a_news_sentence_opens_on_is_its_figures_subject():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="在某某国际边境合作中心，购物游客每天超过1.5万人。"
                                 "今天（5月8日），第12届某某国际装备展览会在某市开幕，展出面积达6万平方米。"), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("每天购物游客", "某某国际边境合作中心"), ("展出面积", "第12届某某国际装备展览会")]


def test_what_is_newly_opened_keeps_its_verb():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n稳妥运行14个边民互市点，新开通8个边民互市点。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("target")] == ["边民互市点", "新开通边民互市点"]  # (the stock, what is new)
    assert reviewed("在全省推广稻渔综合种养，建立稻渔综合种养示范点86个。") == ["建立稻渔综合种养示范点"]
    assert reviewed("推进高职院校提质，升格设置3所职业本科院校。") == ["升格设置职业本科院校"]  # (what is new of the kind)
    assert reviewed("评定“某某优品”30个、消费名企名品80个。")[-1:] == ["评定消费名企名品"]  # (designated, not a stock)
    item = NEWS_ITEM.format(heading="要闻", sentence="截至目前，我国已建立涵盖12颗卫星、8.6万个地面监测站的监测体系。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["地面监测站"]  # (涵盖's)


def test_how_far_a_network_has_spread_over_listed_sectors_is_a_figure():
    item = NEWS_ITEM.format(heading="要闻", sentence="截至目前，某某平台已经覆盖原材料、装备制造、消费品等30余个重点行业。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["重点行业"]  # (not 涉及's scope)


def test_a_count_of_countries_and_regions_qualifying_a_later_count_is_no_figure():
    item = NEWS_ITEM.format(heading="要闻", sentence="某某电影节今天开幕，主竞赛单元收到90个国家和地区的1500部影片报名。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["影片报名"]


def test_a_term_with_a_conjunction_character_stays_whole():
    assert reviewed("建成2000多个宜居宜业和美乡村及500个特色田园乡村。") == ["建成宜居宜业和美乡村", "建成特色田园乡村"]


def test_terms_and_a_between_scope_stay_whole_in_an_indicator():
    assert reviewed("新增农村公路2000公里、自然村组通硬化路1.2万公里。")[-1:] == ["新增自然村组通硬化路"]  # (not 村组)
    assert reviewed("甲乙两省加快互联互通，两地间建成高速公路15条。") == ["两地间建成高速公路"]  # (between the two)


def test_a_count_of_those_a_scheme_reached_keeps_the_scheme():
    assert reviewed("托育补贴政策惠及30余万名婴幼儿。") == ["托育补贴政策惠及婴幼儿"]  # (not 婴幼儿: all infants)


def test_a_named_zone_opening_a_work_reports_clause_is_that_clauses_subject_only():
    def subjects(sentence: str) -> list[tuple[str, str]]:
        r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
        return [(m.indicator, m.subject) for m in r.measures("observation")]
    assert subjects("青岛西海岸新区新增专精特新企业120家，全省新增高新技术企业3000家。") == [
        ("新增专精特新企业", "青岛西海岸新区"), ("新增高新技术企业", "")]
    assert subjects("青岛西海岸新区获批设立，新增专精特新企业120家。") == [("新增专精特新企业", "")]  # (the next clause: the
    # province's, as a report goes on from one subject to the next)
    assert subjects("第三届某某博览会圆满成功举办，意向成交金额达到60亿元。") == [
        ("意向成交金额", "第三届某某博览会")]  # (an event's own measures follow it)


def test_a_city_a_plans_verb_acts_on_is_not_where_the_figure_is():
    r = extract("陕西省2026年政府工作报告\n二、2026年重点工作\n推进宝鸡某某化工等项目，力争工业投资增长8%。",
                "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.region) for m in r.measures("target")] == [("工业投资", "陕西省")]  # (not 宝鸡市: a project's place)


def test_an_edition_of_an_event_a_news_sentence_opens_on_is_the_subject_of_any_figure_after_it():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="第88届某某交易会第二期线下展日前结束，境外采购商到会超8万人。"),
                "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("境外采购商到会", "第88届某某交易会第二期线下展")]


def test_a_spot_inside_a_known_place_a_news_sentence_opens_on_is_its_figures_subject():
    def rows(sentence: str) -> list[tuple[str, str, str]]:
        r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
        return [(m.indicator, m.region, m.subject) for m in r.measures("observation")]
    assert rows("在吉林松花湖度假区，假期首日接待游客超2万人次。") == [("接待游客", "吉林省", "吉林松花湖度假区")]
    # (not 吉林省's visitors; nor when the spot is the whole place, or its clause speaks of the whole place again)
    assert rows("在吉林长春，假期首日接待游客超2万人次。") == [("接待游客", "长春市", "")]
    assert rows("在吉林松花湖度假区，记者了解到，全省冰雪场馆接待游客超200万人次。") == [("冰雪场馆接待游客", "吉林省", "")]
    assert rows("在石家庄正定县，假期首日接待游客超2万人次。") == [("接待游客", "石家庄市", "石家庄正定县")]  # (a county)
    assert rows("在正定县，假期首日接待游客超2万人次。") == [("接待游客", "石家庄市", "正定县")]  # (its name alone)
    assert rows("在吉林松花湖度假区，游人如织；在吉林长春，假期首日接待游客超2万人次。") == [("接待游客", "长春市", "")]
    # (a clause before the figure's may open on the spot too)
    assert rows("吉林推动冰雪旅游，在吉林松花湖度假区，假期首日接待游客超2万人次。") == [
        ("接待游客", "吉林省", "吉林松花湖度假区")]


def test_all_of_the_city_is_the_city_whose_body_gives_the_figure():
    def regions(sentence: str) -> list[tuple[str, str]]:
        r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
        return [(m.indicator, m.region) for m in r.measures("observation")]
    assert regions("天津市商务局数据显示，假期前三天，全市重点商超销售额同比增长12.5%。") == [("重点商超销售额", "天津市")]
    assert regions("商务部数据显示，假期前三天，全市重点商超销售额同比增长12.5%。") == [("重点商超销售额", "")]  # (no place said)


def test_a_percentage_a_cost_is_reduced_by_is_its_fall():
    r = extract(REVIEW + "全省降低企业物流成本6%，单位产品油耗降低3%。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.measure, value(m)) for m in r.measures("observation")][:1] == [
        ("企业物流成本", "change", (d("-6"), None, "%", "="))]  # (not 降低企业物流成本 = 6%)


def test_a_round_number_each_member_of_a_count_passes_is_a_threshold_not_a_figure():
    assert reviewed("全省12家工业企业营业收入超百亿元，5个产业规模突破千亿元。") == []  # (not 营业收入 > 100亿)
    assert reviewed("全省23座大型水库蓄水量达到312亿立方米。") == ["大型水库蓄水量"]  # (a sum of the count's members)
    assert reviewed("前8个月全省外贸进出口总值超6万亿元。") == ["外贸进出口总值"]  # (8个月 counts no members)


def test_the_same_measure_named_again_short_takes_its_full_name():
    r = extract(NEWS_ITEM.format(heading="邮政", sentence="截至11月30日，今年全国快递业务量已突破1600亿件，超过去年全年的业务量1500亿件。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["快递业务量", "快递业务量"]  # (not 业务量)


def test_a_bonds_term_stays_in_its_yield():
    r = extract(NEWS_ITEM.format(heading="金融", sentence="今天，10年期某国国债收益率升至3.1%。其中，2年、5年、10年期发行利率分别为1.5%、1.7%、2.1%。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [
        "10年期某国国债收益率", "2年期发行利率", "5年期发行利率", "10年期发行利率"]


def test_who_came_to_a_ceremony_is_no_figure():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="两国政府、建设企业以及某医院医护人员代表近300人参加仪式。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == []  # (not …医护人员代表 = 300)


def test_who_came_to_the_event_a_sentence_tells_of_is_no_figure():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="某某论坛今天开幕，中外嘉宾近300人参加。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == []  # (not 中外嘉宾 = 300)
    sentence = "中国驻泰国使馆日前举行国庆招待会，中泰各界人士近600人参加活动。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == []  # (the event told of, called 活动)


def test_a_share_named_alone_after_a_figure_in_its_clause_is_that_figures():
    assert reviewed("全省新能源汽车年产量增至60万辆、占比达到38%。") == ["新能源汽车年产量", "新能源汽车年产量占比"]


def test_a_helping_body_is_no_part_of_the_indicator():
    assert reviewed("某重点实验室助力页岩油年产量突破80万吨。") == ["页岩油年产量"]


def test_a_national_designation_in_a_document_of_a_place_keeps_its_national():
    r = extract("2026年浙江省政府工作报告\n一、2025年工作回顾\n全国文明城市达到11个，全国重点实验室增至30家。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["全国文明城市", "全国重点实验室"]
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="截至2024年底，全国高新技术企业数量达到46万家。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["高新技术企业数量"]  # (全国: the scope in national news)


def test_a_number_that_says_which_thing_or_under_which_condition_is_no_figure():
    r = extract(NEWS_ITEM.format(heading="天气", sentence="近日，某省大部出现38℃以上高温天气。某型列车在高于时速350公里运行条件下的试验取得成功。"
                                 "某国是一个有着5000多万人口的国家。"), "20250402.md")
    assert r.measures("observation") == []
    assert [m.indicator for m in extract(PLAN + "新培育20户以上智能工厂。", "gzbg_2026-01-20.txt").measures("target")] == [
        "新培育智能工厂"]  # (20户以上 counts the factories)


def test_a_discovery_verb_stays_with_what_it_found_and_a_deposits_size_is_no_figure():
    assert reviewed("新探明甲特大型铀矿、乙超30吨金矿等大中型矿产地20处。") == ["新探明大中型矿产地"]


def test_what_a_network_reaches_along_with_places_is_no_figure():
    r = extract(NEWS_ITEM.format(heading="工业", sentence="目前，某省制造业创新中心达30家，涵盖12个城市、15个战略性新兴产业集群。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["制造业创新中心"]


def test_an_adverb_or_a_verb_after_the_counted_noun_is_no_part_of_the_indicator():
    assert reviewed("6.5万套保交房任务全面完成。") == ["保交房任务"]  # (not 保交房任务全面)
    assert reviewed("3万套棚改安置房任务如期完成。") == ["棚改安置房任务"]  # (not 棚改安置房任务如期)
    assert reviewed("港口集装箱吞吐量历史性突破800万标箱。") == ["港口集装箱吞吐量"]  # (not …吞吐量历史性)
    assert "启用应急避难场所" in reviewed("并启用500多个应急避难场所。")  # (启用 opens them: a flow, not the stock)
    assert "复种青稞作出" not in reviewed("12万亩复种青稞作出了较大贡献。")


def test_where_a_trade_goes_is_part_of_the_indicator_not_its_region():
    r = extract("2026年广东省政府工作报告\n一、2025年工作回顾\n粤港合作持续深化，对澳门出口增长12%。", "gzbg_2026-01-20.txt")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("对澳门出口", "广东省")]


@pytest.mark.parametrize("sentence, indicator", [
    ("全省孕前优生健康检查覆盖率达到96%。", "孕前优生健康检查覆盖率"),   # (not 优生健康检查覆盖率: 孕前 is no time)
    ("全省课后服务覆盖率达到98%。", "课后服务覆盖率"),
    ("全省产前筛查率提高到90%。", "产前筛查率"),                       # (jieba alone splits 产/前)
])
def test_a_word_of_before_or_after_that_names_a_service_stays_in_the_indicator(sentence, indicator):
    assert reviewed(sentence) == [indicator]


def test_a_change_over_a_span_of_years_is_of_no_one_year():
    item = NEWS_ITEM.format(heading="要闻", sentence="“十四五”期间，我国高新技术企业数量增长超三倍。"
                                                    "2015年到2025年，我国海上风电装机增长近8倍。")
    r = extract(item, "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [
        ("高新技术企业数量", ""), ("海上风电装机（较2015年）", "")]  # (not 2025: the span's change, over its start)


def test_a_place_in_a_clause_of_circumstance_is_no_region_of_the_figure_after_it():
    def found(sentence: str) -> list[tuple[str, str, str]]:
        r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
        return [(m.indicator, m.region, m.subject) for m in r.measures("observation")]
    assert found("今天上午，随着一列中欧班列从西安国际港站开出，中欧班列累计开行数量突破12万列。") == [
        ("中欧班列累计开行数量", "", "")]  # (the country's, not 西安's)
    assert found("随着成都某大桥建成通车，全市跨江大桥达到80座。") == [("跨江大桥", "成都市", "")]  # (全市: its)


def test_a_later_item_shares_the_verb_of_issuing_its_list_opens_with():
    assert reviewed("颁发不动产权证书300多万本、电子证书200多万本。") == ["颁发不动产权证书", "颁发电子证书"]


def test_signing_stays_with_what_was_signed():
    item = NEWS_ITEM.format(heading="要闻", sentence="第五届某某博览会今天闭幕，签约投资金额超300亿元，签约合作项目60余个。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")] == ["签约投资金额", "签约合作项目"]


def test_shortened_to_a_level_is_that_level_and_shortened_by_is_a_decrease():
    item = NEWS_ITEM.format(heading="要闻", sentence="截至今年一季度，我国算力枢纽节点间时延缩短至15毫秒左右，"
                                                    "进口货物通关时间压缩60%。")
    assert [(m.indicator, str(m.quantity.value)) for m in extract(item, "20250402.md").measures("observation")] == [
        ("算力枢纽节点间时延", "15"), ("进口货物通关时间", "-60")]


def test_a_gap_below_a_benchmark_named_with_its_verb_is_not_negated_again():
    found = [(m.indicator, str(m.quantity.value)) for m in extract(
        REVIEW + "地区生产总值增长4.5%、低于全国0.5个百分点，规上工业增加值增长7%、高于全国1.2个百分点。",
        "gzbg_2026-01-20.txt").measures("observation")]
    assert ("地区生产总值增速低于全国", "0.5") in found and ("规上工业增加值增速高于全国", "1.2") in found


def test_a_quoted_name_holding_a_list_mark_stays_whole():
    assert reviewed("实施“百村示范、千村提升”工程项目1500个。") == ["“百村示范、千村提升”工程项目"]


def test_a_count_of_people_before_a_level_they_gained_is_no_change_of_that_level():
    assert reviewed("完成农村供水工程1.2万处，提升8000万农村人口供水保障水平。") == ["农村供水工程"]


def test_a_contribution_rate_opening_on_dui_is_the_sector_of_the_figure_before():
    item = NEWS_ITEM.format(heading="要闻", sentence="今年，高技术制造业增加值增长12%，对全省工业增长贡献率达40%。")
    assert [m.indicator for m in extract(item, "20250402.md").measures("observation")][-1:] == [
        "高技术制造业对工业增长贡献率"]


@pytest.mark.parametrize("sentence, indicator", [
    ("某局数据显示，去年我国资本账户逆差150亿美元，逆差规模与同期国内生产总值之比为0.8%。",
     "资本账户逆差规模与同期国内生产总值之比"),  # the measure named again short takes what made it whole
    ("全年接待游客1.2亿人次，游客人均消费达到1500元。", "游客人均消费"),  # (not a verb's words: 接待)
])
def test_a_measure_named_again_short_takes_the_words_that_made_it_whole(sentence, indicator):
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")][-1] == indicator


def test_an_amount_per_unit_keeps_the_unit_it_is_per():
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n村民以土地入股，每亩年固定收入1000元。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["每亩年固定收入"]  # (not a total 固定收入)


def test_an_indicator_after_names_listed_with_a_pause_mark_is_of_them_all():
    sentence = "数据显示，全国义务教育巩固率和基本养老保险、基本医疗保险参保率都超过95%。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["基本养老保险、基本医疗保险参保率"]  # (of both)
    r = extract("2026年某市政府工作报告\n一、2025年工作回顾\n完成投资、开工项目120个。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["开工项目"]  # (a clause before, not a listed name)


def test_a_bare_measure_in_a_sectors_plan_is_that_sectors():
    text = ("“十四五”机器人服务业发展规划\n\n一、发展回顾\n\n“十三五”期间，我国机器人服务业快速发展。业务收入从2015年的"
            "1.2万亿元增长至2020年的2.5万亿元，从业人数达到120万人，制造业重点领域数字化研发设计工具普及率达到73%。\n")
    r = extract(text, "plan.txt")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("业务收入", "机器人服务业"), ("业务收入", "机器人服务业"), ("从业人数", "机器人服务业"),
        ("制造业重点领域数字化研发设计工具普及率", "")]  # (a measure that names its own scope keeps it)


@pytest.mark.parametrize("sentence, indicator", [
    ("65岁及以上人口占比达到15%。", "65岁及以上人口占比"),  # (not everyone's share)
    ("0至3岁婴幼儿托位达到5万个。", "0至3岁婴幼儿托位"),
])
def test_an_age_bracket_before_an_indicator_stays_in_it(sentence, indicator):
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence, "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == [indicator]


def test_a_later_rate_of_a_list_shares_the_qualifier_of_the_one_before():
    r = extract(REVIEW + "可再生能源装机占比62.4%、发电量占比47.9%。", "gzbg_2026-01-20.txt")
    assert [m.indicator for m in r.measures("observation")] == ["可再生能源装机占比", "可再生能源发电量占比"]
    r = extract(REVIEW + "第三产业增加值占比55%、第二产业占比38%。", "gzbg_2026-01-20.txt")  # another kind of the qualifier's
    assert [m.indicator for m in r.measures("observation")] == ["第三产业增加值占比", "第二产业占比"]


def test_a_tail_carried_on_twice_is_said_once():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="月末，某国黄金储备规模为2300吨，较上月末增加5吨，升幅为0.2%；"
                                 "较上年末增加60吨，升幅为2.7%。"), "20250402.md")
    assert "黄金储备规模升幅升幅" not in [m.indicator for m in r.measures("observation")]


def test_a_temperature_below_zero_keeps_its_sign_and_loses_the_verb_before_it():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="受寒潮影响，黑龙江漠河最低气温降至-41.5℃。"), "20250402.md")
    assert [(m.indicator, str(m.quantity.value), m.subject) for m in r.measures("observation")] == [
        ("最低气温", "-41.5", "漠河县")]  # (the county, written short after its province, is the subject)


def test_a_count_of_bodies_that_act_is_no_figure():
    assert reviewed("国务院印发某某意见后，20个中央部门出台配套政策文件。") == []


def test_a_verb_alone_takes_the_object_the_same_verb_had_before_it_or_names_nothing():
    r = extract(NEWS_ITEM.format(heading="要闻", sentence="今年以来，全省建设改造乡镇物流站超800个，“十四五”时期累计建设改造3000多个。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["建设改造乡镇物流站", "建设改造乡镇物流站"]


def test_a_ranking_closing_the_clause_keeps_its_size():
    assert reviewed("3家企业入围全国物流企业50强。") == ["企业入围全国物流企业50强"]
    assert reviewed("引进世界500强企业12家。") == ["引进世界500强企业"]


def test_a_gap_opening_its_clause_is_of_the_level_before_it_or_no_figure():
    def found(sentence: str) -> list[str]:
        r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
        return [m.indicator for m in r.measures("observation")]
    assert found("截至目前，光纤宽带用户达6亿户，超过铜缆用户数近5亿户。")[-1] == "光纤宽带用户超过铜缆用户数"
    assert found("截至目前，光纤宽带用户达6亿户，在宽带用户总数中占比达90%，超过铜缆用户数近5亿户。") == [
        "光纤宽带用户", "光纤宽带用户占宽带用户总数比重"]  # (the gap is not the share's)
    assert reviewed("领先省份企业设备联网率接近50%。") == ["领先省份企业设备联网率"]  # (领先 qualifies, no gap)


def test_a_count_of_things_settling_in_names_its_host_or_is_no_figure():
    def rows(sentence: str) -> list[tuple[str, str, str]]:
        r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
        return [(m.indicator, m.subject, m.region) for m in r.measures("observation")]
    assert rows("今天，新一批成果发布，60多家数字经济企业入驻，产业园正式开园运行。") == []  # (into which park, not said)
    assert rows("目前已有12家知名物流企业入驻，订单的70%来自境外。") == []
    assert rows("今年以来，杭州已有80家数字经济企业落户。") == [("数字经济企业落户", "", "杭州市")]  # (the city's)


def test_a_places_size_at_no_time_of_its_own_is_a_description_not_a_figure():
    def rows(sentence: str) -> list[tuple[str, float]]:
        r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
        return [(m.indicator, m.quantity.value) for m in r.measures("observation")]
    assert rows("青岚湖水域面积达900多平方公里，是候鸟迁徙途中的重要驿站。") == []
    assert rows("新列入名录的古村落遗产区总面积达1200公顷，包含3大片区。") == []
    assert rows("截至2024年底，青岚湖水域面积达到900平方公里。") == [("青岚湖水域面积", 900)]  # (a time: reached)


def test_what_an_unnamed_scheme_reaches_is_no_figure_in_the_news():
    sentence = ("国家发展改革委相关负责人介绍，今年以来，国家积极向民间资本推介项目，搭建全国重点民间投资项目库，"
                "推动更多民间资本参与铁路、核电等领域重大项目建设，共涉及项目2800个，总投资达到4万亿元。")
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert not any(m.indicator.startswith("涉及项目") for m in r.measures("observation"))


def test_values_of_a_list_in_basis_points_and_a_season_cut_from_its_year():
    sentence = "今年以来，1年期和5年期以上贷款市场报价利率分别累计下降10个和25个基点。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.quantity.unit for m in r.measures("observation")][:1] == ["基点"]
    sentence = "粮农组织预测，2025至2026年度全球谷物库存预计升至8.7亿吨。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("forecast")] == ["全球谷物库存"]


def test_a_bare_volume_of_passengers_or_freight_takes_the_mode_the_sentence_names():
    sentence = "今年，全国铁路预计投产新线2500公里，货物发送量将达到53亿吨；民航完成旅客运输量7亿人次。"
    r = extract("# 《新闻联播》 (20250402)\n\n### 某条新闻\n\n" + sentence + "\n", "20250402.md")
    got = {m.indicator for m in r.measures("forecast") + r.measures("observation")}
    assert "铁路货物发送量" in got and "货物发送量" not in got
    assert "民航旅客运输量" in got and "铁路民航旅客运输量" not in got


def test_a_change_after_an_unread_figure_is_not_carried_past_it():
    """…同比增长5.9%，日均装车17.6万车，同比增长7%: the 7% is the loadings', which are not read; not the goods' again."""
    sentence = "6月份，国家铁路发送货物3.1亿吨，同比增长4.2%，日均装车16.9万车，同比增长6%。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250702.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [
        ("国家铁路发送货物", "310000000"), ("国家铁路发送货物", "4.2")]


def test_a_part_that_is_a_measure_takes_no_name_of_the_whole():
    """…其中个人消费…，出口增长0.9%: 出口 is a measure of its own, not 出口日本实际国内生产总值."""
    sentence = "日本内阁府公布，二季度日本实际国内生产总值环比增长0.5%，其中个人消费环比增长1.1%，出口增长0.9%。"
    r = extract(NEWS_ITEM.format(heading="要闻", sentence=sentence), "20250702.md")
    assert not any("出口日本" in m.indicator for m in r.measures())


def test_a_bare_head_opening_a_clause_points_back_to_the_name_it_ends():
    """组建某某城市发展集团，集团资产总额…: the group's figure, not the district's; 全国港口完成货物吞吐量 is no such head."""
    r = extract("2025年某区政府工作报告\n一、2024年工作回顾\n会展片区联动效应初步显现，片区全年实现住宿业营业额增长24.6%。"
                "夔门工业园区新入驻企业23家，园区工业产值突破160亿元。\n", "gzbg-2025-99.txt")
    found = [(m.indicator, m.subject) for m in r.measures("observation")]
    assert ("片区全年住宿业营业额", "会展片区") in found and ("园区工业产值", "夔门工业园区") in found


def test_firms_settling_in_after_a_site_named_at_the_parts_start_are_that_sites():
    r = extract("2025年某区政府工作报告\n一、2024年工作回顾\n某某湖片区智能制造产业园一期投入使用，入驻先进制造企业24家；"
                "齐鲁医药港一期标准厂房交付使用，入驻医疗器械企业18家。\n", "gzbg-2025-99.txt")
    assert [m.subject for m in r.measures("observation")][-1] == "齐鲁医药港"


def test_a_pointing_head_keeps_the_documents_own_place_opening_the_name_and_a_lakes_area_is_the_lakes():
    """组建槐荫…集团: the document's district opens the group's name; 某某海湖区…，湖区面积…: the lake's area."""
    r = extract("2025年济南市历城区政府工作报告\n一、2024年工作回顾\n组建历城文旅发展集团，集团营业收入达到38亿元。"
                "白云湖湖区水质稳定在Ⅲ类，湖区面积稳定在12平方公里。\n", "gzbg-2025-99.txt")
    found = {(m.indicator, m.subject) for m in r.measures("observation")}
    assert {("集团营业收入", "历城文旅发展集团"), ("湖区面积", "白云湖湖区")} <= found


@pytest.mark.parametrize("sentence, indicator", [
    ("落实家电以旧换新政策，力争带动销售额15亿元以上。", "家电以旧换新政策带动销售额"),  # what a task is to bring, its scheme's
    ("改造农村危房300户，惠及群众1200人以上。", "改造农村危房惠及群众"),            # whom the works done reach
    ("引进培养急需紧缺人才500名以上。", "引进培养急需紧缺人才"),                    # a run of verbs stays whole
    ("完成重点企业设备更新和技术改造项目60个。", "重点企业设备更新和技术改造项目"),  # a verb inside a
])                                                                                   # coordinated noun is no cut
def test_a_tasks_figure_names_what_its_clause_says_it_is_of(sentence, indicator):
    r = extract("2026年某县政府工作报告\n二、2026年工作安排\n" + sentence + "\n", "gzbg-2026-98.txt")
    assert indicator in {m.indicator for m in r.measures("target")}


def test_sectors_listed_before_a_last_item_with_its_own_qualifier_share_only_its_head():
    r = extract(NEWS_ITEM.format(heading="用电", sentence="8月份，第一产业、第二产业和城乡居民生活用电量分别增长10.1%、3.2%和9%。"),
                "20250914.md")
    assert [m.indicator for m in r.measures("observation")] == ["第一产业用电量", "第二产业用电量", "城乡居民生活用电量"]


def test_funds_in_place_after_projects_brought_in_are_those_projects_and_an_age_group_opens_a_name():
    r = extract("2026年某县政府工作报告\n一、2025年工作回顾\n全年引进招商项目38个，到位资金26.5亿元。\n"
                "二、2026年工作安排\n新建社区养老服务站12个、老年助餐点25个。\n", "gzbg-2026-98.txt")
    assert "招商项目到位资金" in {m.indicator for m in r.measures("observation")}
    assert "新建老年助餐点" in {m.indicator for m in r.measures("target")}


def test_a_worked_example_of_a_rule_states_no_figure():
    text = ("《某县房票安置办法》政策问答\n1．问：房票面额怎么计算？\n答：举例说明：某被征收人房屋评估价值50万元，"
            "搬迁费和临时安置费合计1万元，则房票面额为56万元。\n")
    assert extract(text, "mouxian-jiedu.txt").measures() == []
