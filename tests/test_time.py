"""Tests for policykg.time (invented policy-style sentences)."""
from __future__ import annotations

import pytest

from policykg.time import find_times, most_precise, period_of, plan_years, resolve_date


def one(text: str, doc_date: str = ""):
    found = find_times(text, doc_date)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ absolute

@pytest.mark.parametrize(
    "sentence, text, value, until",
    [
        ("省政府于2019年8月15日印发实施方案", "2019年8月15日", "2019-08-15", ""),
        ("该意见于2019 年 8 月 5 日正式施行", "2019 年 8 月 5 日", "2019-08-05", ""),
        ("2020年3月，全省启动企业上云行动", "2020年3月", "2020-03", ""),
        ("2020年3月份，全省启动企业上云行动", "2020年3月份", "2020-03", ""),
        ("2024年全市生产总值增长6%", "2024年", "2024", ""),
        ("2023年底前完成验收", "2023年底前", "2023-12", ""),
        ("2022年末全省建成数据中心30个", "2022年末", "2022-12", ""),
        ("2023年年底，各地完成评估", "2023年年底", "2023-12", ""),
        ("2024年初，部署开展专项行动", "2024年初", "2024-01", ""),
        ("2023年上半年全市工业投资增长8%", "2023年上半年", "2023-01", "2023-06"),
        ("2023年下半年将开展督查", "2023年下半年", "2023-07", "2023-12"),
        ("2023年一季度规上工业增加值增长5%", "2023年一季度", "2023-01", "2023-03"),
        ("2023年第三季度数据显示", "2023年第三季度", "2023-07", "2023-09"),
        ("2023年前三季度软件收入增长12%", "2023年前三季度", "2023-01", "2023-09"),
        ("2024年前两个月外贸进出口1.35万亿元", "2024年前两个月", "2024-01", "2024-02"),
        ("2024年头两个月挖掘机指数增长2.91%", "2024年头两个月", "2024-01", "2024-02"),
        ("2023年前十一个月进出口增长", "2023年前十一个月", "2023-01", "2023-11"),
        ("2022年5月下旬召开推进会", "2022年5月下旬", "2022-05", ""),
        ("2021年度考核结果", "2021年度", "2021", ""),
        ("发布时间：2023-06-18", "2023-06-18", "2023-06-18", ""),
        ("发布时间：2023/6/18", "2023/6/18", "2023-06-18", ""),
        ("发布时间：2023.06.18", "2023.06.18", "2023-06-18", ""),
        ("二〇二三年六月十八日", "二〇二三年六月十八日", "2023-06-18", ""),
        ("２０２３年６月", "２０２３年６月", "2023-06", ""),
    ],
)
def test_absolute(sentence, text, value, until):
    t = one(sentence)
    assert (t.text, t.value, t.until, t.relative) == (text, value, until, False)
    assert sentence[t.start:t.end] == t.text


def test_invalid_day_is_skipped():
    assert find_times("2023年2月30日") == [] or find_times("2023年2月30日")[0].value != "2023-02-30"


# --------------------------------------------------------- month/day, no year

def test_month_day_takes_preceding_year():
    ts = find_times("2023年2月21日召开常务会议。3月4日，省委作出部署。", "2024-01-10")
    assert [(t.value, t.relative) for t in ts] == [("2023-02-21", False), ("2023-03-04", False)]


def test_month_day_after_relative_year():
    ts = find_times("今年2月21日，省政府召开会议；3月4日，印发方案", "2023-05-06")
    assert [(t.value, t.relative) for t in ts] == [("2023-02-21", True), ("2023-03-04", True)]


def test_month_day_uses_doc_year():
    t = one("11月30日，工信部发布三项规划", "2021-12-02")
    assert (t.value, t.relative) == ("2021-11-30", True)


def test_month_day_without_any_year_has_empty_value():
    t = one("11月30日，工信部发布三项规划")
    assert (t.value, t.relative) == ("", True)
    assert resolve_date("11月30日，工信部发布三项规划") == ""


# ------------------------------------------------------------------- relative

@pytest.mark.parametrize(
    "sentence, doc_date, value, until",
    [
        ("今年全省将新建5G基站2万个", "2023-04-12", "2023", ""),
        ("今年3月，省工信厅印发通知", "2023-04-12", "2023-03", ""),
        ("今年6月底，全市累计建成基站", "2023-08", "2023-06", ""),
        ("去年全市软件业收入增长11%", "2023-04-12", "2022", ""),
        ("上年同期增长4.5%", "2023-04-12", "2022", ""),
        ("明年将全面推广", "2023-04-12", "2024", ""),
        ("前年出台的政策", "2023-04-12", "2021", ""),
        ("去年底全省上云企业达到10万家", "2023-04-12", "2022-12", ""),
        ("近日，省政府办公厅印发方案", "2023-04-12", "2023-04-12", ""),
        ("日前，市经信局公布名单", "2023-04", "2023-04", ""),
        ("近期将出台配套细则", "2023-04-12", "2023-04-12", ""),
        ("本月全市新增上云企业", "2023-04-12", "2023-04", ""),
        ("上月全市新增上云企业", "2023-01-12", "2022-12", ""),
        ("目前全省已建成平台80个", "2023-04-12", "2023-04-12", ""),
        ("当前数字化转型进入深水区", "2023", "2023", ""),
        ("一季度全市工业增加值增长6%", "2023-04-12", "2023-01", "2023-03"),
        ("上半年全市工业增加值增长6%", "2023-08-02", "2023-01", "2023-06"),
        ("今年上半年全市工业增加值增长6%", "2023-08-02", "2023-01", "2023-06"),
    ],
)
def test_relative(sentence, doc_date, value, until):
    t = one(sentence, doc_date)
    assert (t.value, t.until, t.relative) == (value, until, True)


@pytest.mark.parametrize(
    "sentence", ["今年全省将新建5G基站2万个", "去年全市软件业收入增长11%", "近日，省政府办公厅印发方案",
                 "本月全市新增上云企业", "一季度全市工业增加值增长6%"])
def test_relative_without_doc_date(sentence):
    t = one(sentence)
    assert (t.value, t.relative) == ("", True)


def test_month_words_need_a_month():
    t = one("本月全市新增上云企业", "2023")
    assert t.value == ""


# ------------------------------------------------------------------- periods

@pytest.mark.parametrize(
    "sentence, text, value, until",
    [
        ("《全省智能制造行动计划（2022—2024年）》", "2022—2024年", "2022", "2024"),
        ("2022-2024年，累计培育标杆工厂50家", "2022-2024年", "2022", "2024"),
        ("2022年—2024年，累计培育标杆工厂50家", "2022年—2024年", "2022", "2024"),
        ("2022年至2024年，累计培育标杆工厂50家", "2022年至2024年", "2022", "2024"),
        ("2019年到2022年全省数字经济年均增长15%", "2019年到2022年", "2019", "2022"),
        ("《数字经济发展规划（2023-2025年）》", "2023-2025年", "2023", "2025"),
        ("2023年1-6月全省软件收入增长", "2023年1-6月", "2023-01", "2023-06"),
        ("2023年1月至8月全省软件收入增长", "2023年1月至8月", "2023-01", "2023-08"),
        ("“十四五”期间，全省将建设工业互联网平台100个", "“十四五”期间", "2021", "2025"),
        ("十三五时期全省数字经济快速发展", "十三五时期", "2016", "2020"),
        ("十二五规划实施情况", "十二五", "2011", "2015"),
        ("谋划“十五五”发展目标", "“十五五”", "2026", "2030"),
    ],
)
def test_periods(sentence, text, value, until):
    t = one(sentence)
    assert (t.text, t.value, t.until, t.role) == (text, value, until, "period")


def test_plan_years_are_computed():
    assert plan_years(1) == (1953, 1957)
    assert plan_years(3) == (1966, 1970)
    assert plan_years(11) == (2006, 2010)
    assert plan_years(14) == (2021, 2025)


@pytest.mark.parametrize("sentence", ["参照《产品目录（2021年版）》执行", "依据2022年版标准"])
def test_edition_is_not_a_time(sentence):
    assert find_times(sentence) == []


# --------------------------------------------------------------------- roles

@pytest.mark.parametrize(
    "sentence, text, value, role",
    [
        ("到2025年，全省规模以上工业企业数字化改造覆盖率达到80%以上", "到2025年", "2025", "deadline"),
        ("至2027年，建成国家级智能工厂10家", "至2027年", "2027", "deadline"),
        ("到2025年底，力争建成数字化车间500个", "到2025年底", "2025-12", "deadline"),
        ("2024年前完成全部改造任务", "2024年前", "2024", "deadline"),
        ("2024年底前完成全部改造任务", "2024年底前", "2024-12", "deadline"),
        ("力争2026年实现规模以上企业全覆盖", "力争2026年", "2026", "deadline"),
        ("力争到2026年实现规模以上企业全覆盖", "力争到2026年", "2026", "deadline"),
        ("2026年以前实现全覆盖", "2026年以前", "2026", "deadline"),
        ("到 2030 年，基本建成制造强省", "到 2030 年", "2030", "deadline"),
        ("截至2023年9月30日，全省累计建成5G基站8.6万个", "截至2023年9月30日", "2023-09-30", "asof"),
        ("截止到2022年底，共认定示范企业120家", "截止到2022年底", "2022-12", "asof"),
        ("截止2022年6月，全省上云企业超过30万家", "截止2022年6月", "2022-06", "asof"),
        ("2019年以来，全省累计投入专项资金20亿元", "2019年以来", "2019", "since"),
        ("自2019年起，省财政每年安排专项资金", "自2019年起", "2019", "since"),
        ("自2020年，全省开展企业上云行动", "自2020年", "2020", "since"),
        ("从2021年开始实施", "从2021年开始", "2021", "since"),
        ("2018年至今，累计建设平台50个", "2018年至今", "2018", "since"),
        ("2024年1月1日起施行", "2024年1月1日起", "2024-01-01", "since"),
        ("2023年12月某某乐园开园以来，已接待游客50万人次", "2023年12月", "2023-12", "since"),  # (an event at the time)
        ("2023年12月，某某乐园开园", "2023年12月", "2023-12", ""),
    ],
)
def test_roles(sentence, text, value, role):
    t = one(sentence)
    assert (t.text, t.value, t.role) == (text, value, role)


def test_relative_with_role():
    t = one("截至今年6月底，全市累计建成5G基站2.3万个", "2023-08-15")
    assert (t.text, t.value, t.role, t.relative) == ("截至今年6月底", "2023-06", "asof", True)
    t = one("今年以来，全省新增上云企业1.2万家", "2023-08-15")
    assert (t.value, t.role) == ("2023", "since")
    t = one("截至目前，共有12项标准立项", "2023-08-15")
    assert (t.value, t.role) == ("2023-08-15", "asof")


def test_change_verb_before_zhi_is_not_a_deadline():
    ts = find_times("普及率由2019年的41.2%提升至2021年的47.5%")
    assert [(t.text, t.value, t.role) for t in ts] == [("2019年", "2019", ""), ("2021年", "2021", "")]


def test_offsets():
    text = "一、总体目标\n到2025年，建成工业互联网平台30个。"
    ts = find_times(text, offset=500)
    assert len(ts) == 1
    assert (ts[0].start - 500, ts[0].end - 500) == (text.index("到"), text.index("，"))


def test_several_in_order():
    text = "2018年、2019年全省工业增加值分别增长7%和6.5%，2020年受疫情影响有所回落。"
    assert [t.value for t in find_times(text)] == ["2018", "2019", "2020"]


@pytest.mark.parametrize(
    "sentence", ["近3年来全省工业稳步增长", "连续四年位居全国前列", "打造3个月交付周期", "提升3.5个百分点",
                 "增长2020.5万元", "主要体现在三个方面", "在5个工作日前答复"])
def test_not_times(sentence):
    assert find_times(sentence) == []


# ------------------------------------------------------------------ helpers

def test_resolve_date():
    assert resolve_date("省政府办公厅2023年4月18日印发") == "2023-04-18"
    assert resolve_date("近日，省政府印发方案", "2023-04-20") == "2023-04-20"
    assert resolve_date("没有时间") == ""


@pytest.mark.parametrize(
    "dates, expected",
    [
        (["2021", "2021-12", "2021-12-02"], "2021-12-02"),
        (["2021-12", "2021"], "2021-12"),
        (["2021-12-02", "2021-11-30"], "2021-11-30"),
        (["2022", "2021"], "2021"),
        (["", "2020"], "2020"),
        ([], ""),
    ],
)
def test_most_precise(dates, expected):
    assert most_precise(dates) == expected
    assert most_precise(iter(dates)) == expected


@pytest.mark.parametrize(
    "iso, expected",
    [
        ("2020", ("2020-01-01", "2020-12-31")),
        ("2020-02", ("2020-02-01", "2020-02-29")),
        ("2021-11", ("2021-11-01", "2021-11-30")),
        ("2021-11-27", ("2021-11-27", "2021-11-27")),
    ],
)
def test_period_of(iso, expected):
    assert period_of(iso) == expected


def test_period_of_rejects():
    with pytest.raises(ValueError):
        period_of("")


def test_a_year_word_of_a_base_sets_no_year_for_the_periods_after_it():
    found = {t.text: t.value for t in find_times("受上年同期基数较高影响，上半年，出厂价格同比下降2.5%。", "2024-07-15")}
    assert found["上半年"] == "2024-01"  # (not 2023: 上年同期 is what is compared with)
    found = {t.text: t.value for t in find_times("去年，全市一季度生产总值增长5%。", "2024-07-15")}
    assert found["一季度"] == "2023-01"  # (a year word that is no base still sets it)


@pytest.mark.parametrize("sentence, doc_date, text, value, until, role", [
    ("1日晚，某国空袭某地南部。", "2025-11-04", "1日", "2025-11-01", "", ""),
    ("截至19日10时，保险机构共收到报案2万件。", "2025-11-04", "截至19日", "2025-10-19", "", "asof"),  # the month before
    ("德国12日报告新增病例1000例。", "2022-10-12", "12日", "2022-10-12", "", ""),
    ("3日至5日，全省接待游客120万人次。", "2025-11-06", "3日至5日", "2025-11-03", "2025-11-05", "period"),
    ("自7月1日暑运启动至15日，铁路发送旅客2亿人次。", "2025-07-16", "至15日", "2025-07-15", "", "asof"),
])
def test_a_day_of_the_month_alone_is_the_last_such_day_up_to_the_document(sentence, doc_date, text, value, until, role):
    found = [t for t in find_times(sentence, doc_date) if t.text == text]
    assert [(t.value, t.until, t.role) for t in found] == [(value, until, role)]


@pytest.mark.parametrize("sentence", ["连续3日降雨。", "近7日客流增长。", "每日发送旅客。", "30日内办结。", "前3日销量。",
                                      "推出5日游线路。", "第5日到达。"])
def test_days_counted_are_no_day_of_the_month(sentence):
    assert [t.text for t in find_times(sentence, "2025-11-04") if "日" in t.text] == []


def test_a_day_of_the_month_without_a_dated_document_is_no_time():
    assert [t.text for t in find_times("1日晚，某国空袭某地。", "2025")] == []
