"""extractors/measures/pointers.py: what a bare measure points back to — here, a market a share is of is no site."""
from __future__ import annotations

from kit import extract

REPORT = ("2026年临安区人民政府工作报告\n——2026年1月8日在临安区第四届人民代表大会第五次会议上\n各位代表：\n"
          "一、2025年工作回顾\n{sentence}\n")


def test_a_measure_after_a_share_of_a_market_is_not_the_markets():
    sentence = "竹产品出口占全国市场份额比上年提高0.2个百分点；城镇调查失业率控制在3.5%以内。"
    got = [m.indicator for m in extract(REPORT.format(sentence=sentence), "gzbg-2026-98.txt").measures("observation")]
    assert got == ["竹产品出口占全国市场份额", "城镇调查失业率"]  # (not 竹产品出口占全国市场城镇调查失业率)


def test_a_news_forecast_opening_on_a_class_word_is_of_the_one_the_item_named_last():
    def forecasts(heading: str, body: str) -> list[str]:
        text = f"# 《新闻联播》 (20251114)\n\n### {heading}\n\n{body}\n"
        return [m.indicator for m in extract(text, "20251114.md").measures("forecast")]
    body = "在湘钒新材料股份有限公司的生产车间，一批高纯锑正在装箱。公司预计全年营业收入将突破38亿元。"
    assert forecasts("某地锑产业向新材料要增量", body) == ["湘钒新材料股份有限公司全年营业收入"]  # (not 公司…: any firm's)
    body = "今年1至10月，闽尾港区完成货物吞吐量1986万吨，同比增长12.4%。随着航道工程投用，港区预计全年货物吞吐量将突破2400万吨。"
    assert forecasts("闽尾港区吞吐量稳步增长", body) == ["闽尾港区全年货物吞吐量"]


DIGEST = ("# 《新闻联播》 (20240517)\n\n### 国内联播快讯\n\n<p><strong>央视网消息</strong>（新闻联播）：</p>"
          "<p><strong>{heading}</strong></p><p>{body}</p><p><strong>前4个月全国快递业务量同比增长24%</strong></p>"
          "<p>国家邮政局今天发布数据，1—4月，全国快递业务量累计完成500亿件。</p>\n")


def digest(heading: str, body: str, kind: str) -> list[tuple[str, str]]:
    text = DIGEST.format(heading=heading, body=body)
    return [(m.indicator, m.subject) for m in extract(text, "20240517.md").measures(kind)]


def test_a_digest_paragraph_calling_its_headings_port_the_port_is_of_that_port():
    body = "今年1—4月，港口完成货物吞吐量3100万吨，同比增长9.4%。预计全年港口货物吞吐量将突破1亿吨。"
    got = digest("北湾港前4个月货物吞吐量同比增长9.4%", body, "observation")
    assert got == [("港口货物吞吐量", "北湾港"), ("港口货物吞吐量", "北湾港"), ("快递业务量", "")]  # (the next sub-item's
    assert digest("北湾港前4个月货物吞吐量同比增长9.4%", body, "forecast") == [("北湾港货物吞吐量", "北湾港")]  # own)


def test_every_ports_figure_or_a_city_named_like_a_port_is_not_the_headings_port():
    body = "交通运输部数据显示，1—4月，全国港口完成货物吞吐量56亿吨，同比增长5.1%。"
    assert all(subject == "" for _, subject in digest("北湾港前4个月货物吞吐量同比增长9.4%", body, "observation"))
    body = "今年1—4月，港口完成外贸货物吞吐量1200万吨，同比增长12%。"
    assert all(subject != "防城港" for _, subject in digest("防城港前4个月外贸货物吞吐量增长12%", body, "observation"))


def test_a_digest_paragraph_pointing_back_to_its_headings_port_area_is_of_that_area():
    body = "今年1—11月，这一港区完成集装箱吞吐量120万标准箱，同比增长9.1%。预计全年集装箱吞吐量将突破130万标准箱。"
    got = digest("南湖港北岸港区前11个月集装箱吞吐量同比增长9.1%", body, "observation")
    assert [s for i, s in got if "吞吐量" in i] == ["南湖港北岸港区", "南湖港北岸港区"]


def test_a_throughput_under_a_ports_digest_heading_naming_no_other_port_is_that_ports():
    body = "今年一季度，完成货物吞吐量8600万吨，同比增长7.2%。预计上半年货物吞吐量将突破1.8亿吨。"
    got = digest("东湾港一季度货物吞吐量同比增长7.2%", body, "observation")
    assert [s for i, s in got if "吞吐量" in i] == ["东湾港", "东湾港"]
    body = "今年一季度，西湾港完成货物吞吐量8600万吨，同比增长7.2%。"
    assert all(s != "东湾港" for _, s in digest("东湾港一季度货物吞吐量同比增长7.2%", body, "observation"))


def test_a_measure_that_takes_the_site_of_the_figure_before_takes_that_figures_place_too():
    text = ("2026年防城港市人民政府工作报告\n——2026年1月9日在防城港市第九届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n东兴口岸过货量320万吨、增长8.6%，出入境人员560万人次、增长15.2%。\n")
    got = [(m.indicator, m.region) for m in extract(text, "gzbg-2026-97.txt").measures("observation")]
    assert ("口岸出入境人员", "东兴市") in got and ("口岸出入境人员", "防城港市") not in got  # (the port's, not the city's)


def test_a_news_sentence_opening_on_a_bare_zone_word_is_the_zone_its_item_named_before():
    from kit import extract
    r = extract("# 《新闻联播》 (20220608)\n\n### 某地汽车零部件产业加快转型\n\n在安徽宣城经济技术开发区，一批企业正加快转型。"
                "目前，园区已集聚汽车零部件企业63家，今年前三季度实现产值156.3亿元。\n", "20220608.md")
    assert {m.subject for m in r.measures("observation")} == {"安徽宣城经济技术开发区"}
