"""extractors/measures/scope.py: whose a figure is when its own words do not say."""
from __future__ import annotations

from kit import extract

NEWS_ITEM = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"


def test_later_figures_are_of_the_area_the_first_figure_measures():
    sentence = "目前，青岚新区总开发面积覆盖180平方公里，总建筑面积达3200万平方米，新建道路650公里。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("青岚新区总开发面积", ""), ("总建筑面积", "青岚新区"), ("新建道路", "青岚新区")]


def test_a_heading_that_opens_with_a_verb_names_no_subject():
    text = ("# 《新闻联播》 (20250402)\n\n### 提升码头作业效率助力外贸发展\n\n"
            "港口推行无纸化放行，实现单一窗口申报覆盖全国口岸，整体通关时间压缩超过50%。\n")
    assert [(m.indicator, m.subject) for m in extract(text, "20250402.md").measures("observation")] == [
        ("通关时间", "")]  # (not 提升码头)


def test_a_zone_a_sentence_opens_in_is_its_figures_subject_brackets_and_all():
    sentence = "在中国（某某）自由贸易试验区，已有45项制度创新成果落地实施。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [m.subject for m in r.measures("observation")] == ["中国（某某）自由贸易试验区"]


def test_a_named_line_with_the_place_it_runs_from_in_brackets_is_the_subject_and_the_place_its_region():
    sentence = "目前，中亚班列（乌鲁木齐）共开通12条国际货运线路。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.subject, m.region) for m in r.measures("observation")] == [
        ("开通国际货运线路", "中亚班列", "乌鲁木齐市")]


def test_measures_within_a_sector_in_a_sector_plan_are_that_sectors():
    text = ("“十四五”某某装备制造业发展规划\n一、发展回顾\n"
            "前十强企业营业收入突破900亿元，百强企业利润占全行业比重达42%，累计发布行业标准36项。\n")
    r = extract(text, "plan.txt")
    assert {m.indicator: m.subject for m in r.measures("observation")} == {
        "前十强企业营业收入": "", "百强企业利润占全行业比重": "某某装备制造业", "行业标准": "某某装备制造业"}


def test_a_zone_named_with_its_province_in_brackets_is_the_subject_of_its_figures():
    text = "2026年某省政府工作报告\n一、2025年工作回顾\n中国（湖南）自由贸易试验区累计形成183项制度创新成果。\n"
    assert [(m.subject, m.region) for m in extract(text, "gzbg_2026-01-20.txt").measures("observation")] == [
        ("中国（湖南）自由贸易试验区", "湖南省")]


def test_an_event_held_somewhere_is_the_subject_of_the_figures_after_it_whatever_its_name_ends_with():
    sentence = "第三批国家组织耗材集采昨天（9月2日）在天津开标，42种耗材采购成功，共有1.2万家医疗机构参与。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")][0] == ("耗材采购成功", "第三批国家组织耗材集采")
    sentence = "某某进口博览会新闻发布会今天在上海举行，本届展览面积将达36万平方米。"  # (a press event: the fair's figures)
    assert "某某进口博览会新闻发布会" not in [m.subject for m in extract(NEWS_ITEM.format(sentence=sentence),
                                                                 "20250402.md").measures()]


def test_a_zone_going_on_with_a_verb_tagged_a_noun_is_the_subject():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n长春新区落地创新成果104项。\n", "gzbg-2026-99.txt")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("创新成果", "长春新区")]  # (落地: n)


def test_the_subjects_head_is_not_said_again_in_the_indicator():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n长春新区新增创新成果104项。\n", "gzbg-2026-99.txt")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("新增创新成果", "长春新区")]  # (not 新区新增…)


def test_a_railway_station_a_news_sentence_opens_on_is_the_subject_of_its_figures():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n广州南站是华南最大的铁路枢纽之一，连日来日均发送旅客超过30万人次。\n",
                "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("日均发送旅客", "广州南站")]


def test_a_site_or_route_after_a_description_opening_a_news_sentence_is_the_subject_of_its_figures():
    def rows(sentence: str) -> list[tuple[str, str]]:
        r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
        return [(m.indicator, m.subject) for m in r.measures("observation")]
    assert rows("面积2.1平方公里的某某路商圈集聚了300多个国内外知名品牌，客流持续增长。") == [("国内外知名品牌", "某某路商圈")]
    assert rows("作为两国共建的标杆项目，“甲港—乙港”集装箱航线开通半年来累计运输货值达12.3亿元。") == [
        ("运输货值", "“甲港—乙港”集装箱航线")]
    assert rows("省内最大的渔光互补项目——某某光伏电站实现全容量并网，年上网电量超3.2亿千瓦时。") == [("上网电量", "某某光伏电站")]
    assert rows("全省集装箱班轮航线达到120条。") == [("集装箱班轮航线", "")]  # (the routes counted: no subject)
    assert rows("某某灌区日前全面建成投入使用，年增节水能力超500万立方米。") == [("年增节水能力", "某某灌区")]


def test_a_whole_sector_figure_takes_the_one_sector_its_heading_names():
    text = "# 《新闻联播》 (20250402)\n\n### 3月我国铁路运输生产规模创新高\n\n3月，全行业完成货物发送量4.5亿吨。\n\n" \
           "### 某地经济运行平稳\n\n3月，全行业完成营业收入300亿元。\n"
    r = extract(text, "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["铁路货物发送量"]  # (全行业 under no sector: nothing)


def test_a_part_opening_on_qizhong_takes_the_subject_of_the_whole_before_it():
    text = "# 《新闻联播》 (20250402)\n\n### 出入境人员快速增长\n\n今年1月，全国移民管理机构共查验出入境人员1200万人次。" \
           "其中，外国人出入境人数达80万人次。\n"
    r = extract(text, "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("查验出入境人员", "移民管理机构"), ("外国人出入境人数", "移民管理机构")]


def test_a_bare_site_head_takes_the_named_site_a_figure_of_its_item_had():
    text = "# 《新闻联播》 (20250402)\n\n### 某大桥口岸客流创新高\n\n截至今天，横琴大桥珠海公路口岸进出境车辆已累计突破2500万辆次，" \
           "单日进出境车辆最高峰达2.97万辆次。今年以来，口岸进出境车辆已达300万辆次。\n"
    r = extract(text, "20250402.md")
    assert [m.subject for m in r.measures("observation") if m.indicator.startswith("口岸")] == ["横琴大桥珠海公路口岸"]


def test_a_digest_lines_number_does_not_hide_the_topic_it_opens_on():
    r = extract("# 《新闻联播》 (20250402)\n\n### 国内联播快讯\n\n（3）“甲港—乙港”集装箱航线开通一年来进出口超30亿元；\n",
                "20250402.md")
    assert [m.subject for m in r.measures("observation")] == ["“甲港—乙港”集装箱航线"]


def test_a_bare_zone_head_takes_the_zone_its_items_heading_opens_on():
    text = "# 《新闻联播》 (20250402)\n\n### 浙江自贸试验区五年累计进出口货值超2万亿元\n\n今年以来，全省外贸运行平稳。" \
           "目前试验区内海关备案企业近8000家。\n"
    r = extract(text, "20250402.md")
    assert [m.subject for m in r.measures("observation") if m.indicator.startswith("试验区")] == ["浙江自贸试验区"]


def test_a_domestic_or_foreign_part_takes_the_sector_of_its_whole_before():
    text = "# 《新闻联播》 (20250402)\n\n### 3月我国铁路运输生产规模创新高\n\n3月，全行业完成货物发送量4.5亿吨，同比增长3%。" \
           "其中，国际货物发送量同比增长12%。\n"
    r = extract(text, "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["铁路货物发送量", "铁路货物发送量", "铁路国际货物发送量"]


def test_a_class_of_firms_going_on_with_leiji_is_the_subject_of_the_figures_after_it():
    sentence = "今年一季度，地方国有企业累计实现营业收入3.1万亿元，有效投资持续扩大，固定资产投资6200亿元。"
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")][-1] == ("固定资产投资", "地方国有企业")


def test_a_part_counting_people_after_qizhong_takes_the_site_of_its_whole():
    text = "# 《新闻联播》 (20250402)\n\n### 机场客流创新高\n\n今年以来，白云机场进出港旅客突破3000万人次。其中，国际旅客达300万人次。\n"
    r = extract(text, "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["白云机场进出港旅客", "白云机场国际旅客"]


def test_a_part_opening_on_words_of_its_wholes_name_takes_the_scope_the_whole_opens_with():
    text = "# 《新闻联播》 (20250402)\n\n### 某地外贸创新高\n\n今年一季度，经某某口岸进出口总值达500亿元。" \
           "其中，进出口机电产品总值120亿元，同比增长5%。\n\n### 电力交易\n\n去年，南方电网经营区跨省交易电量完成3000亿千瓦时。" \
           "其中，跨省清洁能源交易电量完成900亿千瓦时。\n"
    r = extract(text, "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == [
        "经某某口岸进出口总值", *["经某某口岸进出口机电产品总值"] * 2, "南方电网经营区跨省交易电量",
        "南方电网经营区跨省清洁能源交易电量"]


def test_a_bare_measure_opening_a_later_clause_goes_on_with_the_figure_befores_subject():
    sentence = "截至12日，20家受灾地区保险机构共收到保险报案3.2万件，估损金额12.5亿元，福建发布暴雨预警。"
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("收到保险报案", "20家受灾地区保险机构"), ("估损金额", "20家受灾地区保险机构")]


def test_a_news_figure_with_the_same_head_as_the_last_one_of_its_item_takes_its_sector():
    text = ("# 《新闻联播》 (20250620)\n\n### 5月港口生产平稳\n\n5月份，我国完成港口货物吞吐量15.2亿吨，同比增长4%。"
            "内、外贸吞吐量同比分别增长3.5%和5.1%。\n")
    names = [m.indicator for m in extract(text, "20250620.md").measures("observation")]
    assert "港口内贸吞吐量" in names and "港口外贸吞吐量" in names  # (the ports', not every trade's throughput)


def test_an_edition_of_an_event_opening_the_item_is_the_subject_whatever_its_name_ends_with():
    r = extract(NEWS_ITEM.format(sentence="第九届某洽会今天闭幕。境外采购商到会超过3万人。"), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("境外采购商到会", "第九届某洽会")]
    r = extract(NEWS_ITEM.format(sentence="第九届某洽会今天开幕，参展企业超过2000家。"), "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("参展企业", "第九届某洽会")]


def test_an_events_name_stops_at_the_date_it_closed():
    r = extract("# 《新闻联播》 (20250506)\n\n### 要闻\n\n第137届中国进出口商品交易会5月5日在广州闭幕，境外采购商累计到会28.9万人。\n",
                "20250506.md")
    assert {m.subject for m in r.measures("observation")} == {"第137届中国进出口商品交易会"}  # (not …交易会5月)


REPORT = ("2026年某县政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n"
          "一、2025年工作回顾\n{sentence}\n")


def subjects_in(text: str, name: str) -> list[tuple[str, str]]:
    return [(m.indicator, m.subject) for m in extract(text, name).measures("observation")]


def test_an_event_whose_name_holds_a_verb_or_opens_with_shu_is_the_subject_of_its_figures():
    assert subjects_in(REPORT.format(sentence="数字中国建设峰会成功举办第七届，现场签约数字经济项目568个。"),
                       "gzbg-2026-98.txt") == [("现场签约数字经济项目", "数字中国建设峰会")]
    assert subjects_in(REPORT.format(sentence="某市举办消费论坛，签约项目20个。"), "gzbg-2026-98.txt") == [
        ("签约项目", "")]  # (a verb of holding: a clause, no event's name)


def test_the_countryside_is_no_villages_name():
    sentence = "今年以来，荔波县把乡村旅游作为重要产业，累计发展精品民宿168家、农家乐430余家。"
    assert subjects_in(NEWS_ITEM.format(sentence=sentence), "20250402.md") == [
        ("发展精品民宿", "荔波县"), ("农家乐", "荔波县")]  # (not 荔波县把乡村; the next item of the list goes on with it)


def test_an_events_figures_are_not_those_of_a_report_released_at_it():
    text = NEWS_ITEM.format(sentence="第八届某某博览会今天闭幕，某机构发布《某某年度报告2025》。报告显示，2024年全国高校"
                                     "科技成果转化总合同金额达2269.1亿元。")
    assert subjects_in(text, "20250402.md") == [("全国高校科技成果转化总合同金额", "")]


def test_a_bare_measure_takes_no_sector_from_before_a_semicolon_or_from_a_sentence_before_its_own_sector():
    text = ("2026年某县政府工作报告\n一、2025年工作回顾\n"
            "陶瓷产业转型加快，规上企业40家，产值52.3亿元；家具制造产业链条延伸，规上企业12家，产值18.7亿元。"
            "新材料、新能源产业加速成长，某某产业园入驻企业15家，全年产值9.6亿元。\n")
    got = {m.quantity.value: m.indicator for m in extract(text, "gzbg-2026-99.txt").measures("observation")}
    assert got[5230000000] == "陶瓷产业产值"
    assert got.get(1870000000) != "陶瓷产业产值" and got.get(960000000) != "陶瓷产业产值"  # (another sector's)


def test_a_news_sentence_goes_on_with_its_subject_past_a_semicolon_that_opens_on_a_verb():
    text = ("# 《新闻联播》 (20260528)\n\n### 要闻\n\n国家统计局今天发布数据，1至4月份，全国规模以上工业企业实现利润总额2.1万亿元，"
            "同比增长6.2%；实现营业收入43.2万亿元，同比增长4.3%。\n")
    names = [m.indicator for m in extract(text, "20260528.md").measures("observation")]
    assert any(n.endswith("营业收入") and len(n) > 4 for n in names)  # (the firms' revenue, not a bare 营业收入)


def test_a_digest_items_heading_names_the_port_or_park_its_bare_figures_are_of():
    def rows(heading: str, body: str) -> list[tuple[str, str, str]]:
        text = f"# 《新闻联播》 (20251114)\n\n### {heading}\n\n{body}\n"
        return [(m.kind, m.indicator, getattr(m, "subject", "")) for m in extract(text, "20251114.md").measures()]
    got = rows("闽港集团东渡港区集装箱吞吐量前10个月增长9.4%", "今年1—10月，完成集装箱吞吐量212.6万标准箱，同比增长9.4%。")
    assert {s for _, _, s in got} == {"闽港集团东渡港区"}  # (not nobody's: the nation's ports)
    got = rows("湘赣橘木产业园前4个月产值增长15.2%", "今年1至4月，产品出口额达到2.4亿元，增长21.6%。")
    assert {s for _, _, s in got} == {"湘赣橘木产业园"}  # (a time word after the name in the heading)
    got = rows("可仓港区前三季度货物吞吐量突破2000万吨",
               "今年前三季度，完成货物吞吐量2046万吨，其中煤炭吞吐量912万吨。全年货物吞吐量预计突破3000万吨。")
    assert [i for k, i, _ in got if k == "forecast"] == ["可仓港区货物吞吐量"]  # (a name tagged a verb; not the 其中
    # part's 煤炭)


def test_a_body_that_publishes_a_statistic_is_its_source_and_a_component_index_takes_the_family_named_before_it():
    news = ("# 《新闻联播》 (20250403)\n\n### 要闻\n\n中国钢铁工业协会今天公布，3月份中国钢铁业景气指数为51.5%，"
            "环比回升1.4个百分点；新订单指数为52.3%，回升2.2个百分点。\n")
    got = {(m.indicator, m.quantity.unit): m.subject for m in extract(news, "20250403.md").measures("observation")}
    assert got[("中国钢铁业景气指数", "%")] == ""  # (not the association's own index)
    assert got[("新订单指数", "%")] == "中国钢铁业景气指数"  # (the family named before it in the same sentence)
