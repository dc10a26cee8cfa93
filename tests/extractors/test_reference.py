"""extractors/reference.py: the date 今年 / 近日 / 3月15日 are read against —
the document's metadata date, else its signature's or title block's date,
else (with a warning naming the evidence) the earliest year the text reports
as already known."""
from __future__ import annotations

from kit import extract


def dates(r) -> dict[str, str]:
    return {m.text: m.key for m in r.mentions("DATE")}


def test_the_metadata_date_is_the_reference():
    r = extract("""\
        ---
        title: 某地经济运行情况
        date: 2023-05-06
        ---
        今年一季度，全省工业增加值增长6%。去年同期增长4%。3月15日，某某会议召开。
        """, "news.md")
    assert r.document.date == "2023-05-06"
    assert dates(r) == {"今年一季度": "2023-01", "去年": "2022", "3月15日": "2023-03-15"}
    assert r.extraction.warnings == ()


def test_the_signature_date_of_an_official_document_is_the_reference():
    r = extract("""\
        某某市人民政府关于做好今年某某工作的通知
        某政发〔2024〕2号
        各区县人民政府：
        今年是某某工作的关键之年，现将有关事项通知如下。
        某某市人民政府
        2024年3月1日
        """)
    assert r.document.date == "2024-03-01"  # the file gives none: its 成文日期
    assert dates(r)["今年"] == "2024"
    assert not any("no document date" in w for w in r.extraction.warnings)


def test_a_transcripts_day_is_the_reference_for_today():
    """Issue 13 (14): 今年 in a news day is the day's year (from its heading or file name); 今年前两个月
    is its first two months, and a figure of them is dated to their end."""
    r = extract("""\
        # 《新闻联播》 (20240312)

        ### 某省经济运行稳中向好

        今年前两个月，某省规模以上工业增加值同比增长7.2%。
        """, "20240312.md")
    assert dates(r)["今年前两个月"] == "2024-01"
    assert r.measure("observation", "规模以上工业增加值").time == "2024-02"


def test_an_undated_text_reads_today_as_the_earliest_consistent_year_with_a_warning():
    r = extract("""\
        某某产业发展情况
        截至2022年底，全国某某企业达到1000家。2023年3月，某某平台上线。
        今年，某某产业继续发展。
        """)
    assert dates(r)["今年"] == "2023"
    (warning,) = [w for w in r.extraction.warnings if "no document date" in w]
    assert "2023" in warning and "2023年3月" in warning  # names its evidence


def test_a_figure_for_a_whole_year_means_that_year_is_over():
    r = extract("""\
        某某产业发展情况
        2022年全省某某产业营业收入达到500亿元。
        今年，某某产业继续发展。
        """)
    assert dates(r)["今年"] == "2023"


def test_an_undated_text_with_no_known_year_leaves_today_unresolved():
    r = extract("""\
        某某工作情况
        近日，某某部召开会议。今年将继续推进某某工作。
        """)
    assert "今年" not in dates(r) and "近日" not in dates(r)
    assert any("left unresolved" in w for w in r.extraction.warnings)


def test_plans_are_not_evidence_of_a_known_year():
    r = extract("""\
        某某工作情况
        计划到2030年，建成某某体系。今年将继续推进某某工作。2021年，某某平台上线。
        """)
    assert dates(r).get("今年") == "2021"
