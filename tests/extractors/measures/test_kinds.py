"""extractors/measures/kinds.py: what kind of figure a number is and the period it is of."""
from __future__ import annotations

from kit import d, extract, value

NEWS_ITEM = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"


def test_an_amount_over_a_plans_years_is_of_no_one_year_and_a_stock_is_of_its_end():
    r = extract(NEWS_ITEM.format(sentence="数据显示，“十四五”期间，全国文化事业经费达到830亿元。"), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("文化事业经费", "")]  # (not 2025)
    r = extract(NEWS_ITEM.format(sentence="“十四五”期间，全国充电桩达到1200万个。"), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("充电桩", "2025")]  # (reached by its end)


def test_what_the_year_written_out_has_reached_so_far_is_dated_to_the_day():
    r = extract(NEWS_ITEM.format(sentence="据测算，2025年演出市场总收入已突破300亿元。"), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("演出市场总收入", "2025-04-02")]  # (not 2025)
    r = extract(NEWS_ITEM.format(sentence="2024年，演出市场总收入已突破700亿元。"), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("演出市场总收入", "2024")]  # (a past year's)


def test_what_was_made_over_a_plan_period_is_dated_to_no_one_year():
    item = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n“十四五”期间我国研制发布卫星导航国家标准85项。\n"
    assert [(m.indicator, m.time) for m in extract(item, "20250402.md").measures("observation")] == [
        ("卫星导航国家标准", "")]  # (not 2025: the period's total)


def test_a_figure_after_the_years_since_a_start_year_is_of_no_one_year():
    r = extract(NEWS_ITEM.format(sentence="我国2021年启动某项改革，四年来，已建成80家示范基地。"
                                          "截至2024年，十年来全国累计投入资金500亿元，建成美丽乡村示范村3000个。"), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [
        ("建成示范基地", ""), ("投入资金", ""), ("建成美丽乡村示范村", "2024")]  # (not 2021; 截至2024年 dates the stock)


def test_a_bare_level_compared_with_a_year_before_is_a_reported_figure():
    r = extract(NEWS_ITEM.format(sentence="全国航空货运量820万吨，同比增长11.3%，其中国际、国内同比分别增长20.1%和6.4%。"),
                "20250402.md")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [
        ("航空货运量", "8200000"), ("航空货运量", "11.3"), ("国际航空货运量", "20.1"), ("国内航空货运量", "6.4")]


def test_a_modal_character_inside_a_word_makes_no_figure_hypothetical():
    text = ("# 《新闻联播》 (20231125)\n\n### 工业生产\n\n10月份，太阳能电池、智能手机产量分别增长12.3%和8.5%，"
            "可再生能源发电量增长9%。某电站建成后，每年可减少碳排放10万吨。\n")
    rows = {(m.kind, m.indicator) for m in extract(text, "20231125.md").measures()}
    assert ("observation", "太阳能电池产量") in rows and ("observation", "智能手机产量") in rows  # (能 of 太阳能, 智能)
    assert ("observation", "可再生能源发电量") in rows  # (可 of 可再生)
    assert not any("碳排放" in name for _, name in rows)  # (每年可减少: what it can do, no figure)


def test_a_toll_is_of_the_day_of_the_month_its_sentence_tells_and_that_day_reports_no_other_figure():
    def rows(sentence: str) -> list[tuple[str, str]]:
        r = extract("# 《新闻联播》 (20241116)\n\n### 国际\n\n" + sentence + "\n", "20241116.md")
        return [(m.indicator, m.time) for m in r.measures("observation")]
    assert rows("15日，某国一处商场发生枪击事件，造成6人死亡。") == [("死亡人数", "2024-11-15")]
    assert rows("20日，某国南部发生洪灾，已造成12人死亡。") == [("死亡人数", "2024-10-20")]  # (the month before)
    assert rows("某国媒体14日报道，8艘舰艇当天驶入某海域。") == []  # (the day of a story's event: no statistic)


def test_a_toll_takes_the_day_of_its_event_and_not_the_day_the_event_began():
    def rows(sentence: str) -> list[tuple[str, str]]:
        r = extract("# 《新闻联播》 (20241116)\n\n### 国际\n\n" + sentence + "\n", "20241116.md")
        return [(m.indicator, m.time) for m in r.measures("observation")]
    assert rows("某国近期冲突不断，13日晚，某国军队空袭某城，造成7人死亡。") == [("死亡人数", "2024-11-13")]  # (not 近期)
    assert rows("当地时间14日凌晨，某国北部发生强烈地震，造成9人死亡。") == [("死亡人数", "2024-11-14")]
    assert rows("某国军队12日空袭某城郊区，造成5人死亡。") == [("死亡人数", "2024-11-12")]  # (the strike's clause)
    assert rows("据某县15日公布的数据，9日燃起的山火已造成11人死亡。") == [("死亡人数", "")]  # (not the fire's day)


def test_a_part_a_clause_after_a_period_and_a_span_of_days_take_the_time_they_are_of():
    def rows(sentence: str, doc: str = "20240719") -> list[tuple[str, str]]:
        r = extract(f"# 《新闻联播》 ({doc})\n\n### 要闻\n\n" + sentence + "\n", f"{doc}.md")
        return [(m.indicator, m.time) for m in r.measures("observation")]
    assert rows("今年上半年，经某口岸进出口总值达500亿元。其中，机电产品进出口总值120亿元，同比增长5%。")[-1] == (
        "机电产品进出口总值", "2024-06")  # (a part opening on 其中: its whole's period)
    assert rows("从生产端看，一季度高技术制造业投资同比增长15%，甲产品、乙产品产量分别增长22%、53%。")[-1] == (
        "乙产品产量", "2024-03")  # (a period opening a clause dates the clauses after it)
    assert rows("数据显示，1月1日至3日，全社会跨区域人员流动量5.95亿人次。", "20240104") == [
        ("全社会跨区域人员流动量", "")]  # (a span of days: of no one day)


def test_a_figure_of_several_years_or_of_a_surveys_year_takes_the_time_it_is_of():
    def rows(sentence: str, doc: str = "20250402") -> list[tuple[str, str]]:
        r = extract(f"# 《新闻联播》 ({doc})\n\n### 要闻\n\n" + sentence + "\n", f"{doc}.md")
        return [(m.indicator, m.time) for m in r.measures("observation")]
    assert rows("2021年、2022年某国发生两次强震，共造成800人遇难。") == [("死亡人数", "")]  # (of both years)
    assert rows("某国军队20日夜间到21日轰炸某地多个地区，造成至少16人死亡。") == [("死亡人数", "")]  # (of both days)
    assert rows("“十四五”时期，全国完成铁路投资3.6万亿元，2021年以来连续5年投资超7000亿元。", "20260110")[-1] == (
        "铁路投资", "")  # (each year's, of no one: not the day's)
    assert rows("记者今天从某部获悉，2024年全国国民体质监测显示，成年人体质达标率较2020年提升1.2个百分点。")[-1][1] == "2024"
    assert rows("今年快递单价从去年的9元降到今年上半年的8元以下。", "20250801")[-1] == ("快递单价", "2025-06")  # (its end)


def test_where_a_forecast_starts_from_in_a_past_year_is_that_years_observation_and_dates_no_other_figure():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n预计2025年，全国文化产业营收将从2023年12.9万亿元增长到15万亿元。\n",
                "20250402.md")
    rows = [(m.kind, m.indicator, m.quantity.text, m.time) for m in r.measures()]
    assert ("observation", "文化产业营收", "12.9万亿元", "2023") in rows  # (a level reached, not a forecast)
    assert ("forecast", "文化产业营收", "15万亿元", "2025") in rows  # (not the day, nor 2023's)
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n截至今天12时，全省累计调拨救灾物资12万件。\n", "20250402.md")
    assert [m.time for m in r.measures("observation")] == ["2025-04-02"]  # (12时 is the hour, no value)


def test_a_modal_fused_with_the_numbers_verb_makes_the_figure_hypothetical():
    r = extract("# 《新闻联播》 (20250325)\n\n### 天气\n\n山西北部、河北及南方部分地区降温可达12—14摄氏度。\n", "20250325.md")
    assert r.measures("observation") == []  # (可达: what it may reach, no figure)


def test_what_this_can_do_is_no_figure_in_any_clause_after_it():
    r = extract("# 《新闻联播》 (20250325)\n\n### 春耕\n\n这样可以节电20%以上，农药使用量减少15%—25%。\n", "20250325.md")
    assert r.measures("observation") == []  # (这样可以…: what the system can do, all clauses on)


def test_a_date_right_after_a_news_lead_or_a_sources_colon_dates_the_figures_after_it():
    def dated(sentence: str) -> list[tuple[str, str]]:
        r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
        return [(m.indicator, m.time) for m in r.measures("observation")]
    assert dated("央视网消息（新闻联播）：2024年，全国粮食产量达到1.4万亿斤。") == [("粮食产量", "2024")]
    assert dated("央视网消息（新闻联播）：截至2024年底，全国森林面积达到900万平方公里。") == [("森林面积", "2024-12")]
    assert dated("海关总署今天公布的数据显示：今年1—2月，我国货物贸易进出口6万亿元。") == [("货物贸易进出口", "2025-02")]


def test_a_growth_on_its_base_in_a_reports_tasks_is_a_target_like_the_level_before_it():
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n实施重点产业链提升行动，重点产业链营收达到5000亿元、同比增长8%左右。",
                "gzbg_2026-01-20.txt")
    assert [(m.kind, m.measure) for m in r.measures()] == [("target", "level"), ("target", "change")]
    r = extract("2026年某省政府工作报告\n二、2026年重点工作\n去年重点产业链营收已达到4600亿元，同比增长9%。", "gzbg_2026-01-20.txt")
    assert {m.kind for m in r.measures()} == {"observation"}  # (a result told in the tasks)


def test_what_a_thing_can_do_each_year_is_no_figure_in_any_clause_after_the_cue_whatever_stands_between():
    r = extract(NEWS_ITEM.format(sentence="改造完成后，码头每年因此可减少柴油消耗约3000吨，减少二氧化碳排放约6000吨。"), "20250402.md")
    assert r.measures("observation") == []
    r = extract(NEWS_ITEM.format(sentence="今年一季度，码头减少柴油消耗约3000吨，减少二氧化碳排放约6000吨。"), "20250402.md")
    assert -6000 in [m.quantity.value for m in r.measures("observation")]  # (what was done)


def test_what_is_being_hurried_on_is_no_figure_reached():
    r = extract(NEWS_ITEM.format(sentence="全国抓紧新增50万个普惠性托位，多地建成一批社区托育设施。"), "20250402.md")
    assert r.measures("observation") == []
    r = extract(NEWS_ITEM.format(sentence="今年以来，全国新增50万个普惠性托位。"), "20250402.md")
    assert [m.indicator for m in r.measures("observation")] == ["新增普惠性托位"]


def test_a_period_read_against_the_documents_year_but_ending_after_the_document_is_of_the_year_before():
    review = "2026年某省政府工作报告\n一、2025年工作回顾\n上半年，全省规模以上工业增加值增长6.1%，三季度出口增长4%。\n"
    assert [(m.indicator, m.time) for m in extract(review, "gzbg_2026-01-20.txt").measures("observation")] == [
        ("规模以上工业增加值", "2025-06"), ("出口", "2025-09")]  # (not 2026: the report is of January 2026)
    news = "# 《新闻联播》 (20250110)\n\n### 要闻\n\n11月份，全国居民消费价格同比上涨0.3%。四季度，全国发电量增长2%。\n"
    assert [(m.indicator, m.time) for m in extract(news, "20250110.md").measures("observation")] == [
        ("居民消费价格", "2024-11"), ("发电量", "2024-12")]
    ahead = "# 《新闻联播》 (20250410)\n\n### 要闻\n\n数据显示，今年5月至7月的出境机票预订量同比增长12%。\n"
    assert [m.time for m in extract(ahead, "20250410.md").measures("observation")] == ["2025-07"]  # (bookings ahead)


def test_a_cumulative_total_set_for_a_deadline_is_a_target_outside_a_review():
    r = extract("某某市关于加快推进新型基础设施建设的实施意见\n各区人民政府：\n为加快推进新型基础设施建设，提出如下意见。\n"
                "一、到2027年，全市累计建成5G基站4万个。\n")
    assert [(m.kind, m.indicator, m.time) for m in r.measures()] == [("target", "建成5G基站", "2027")]


def test_a_base_year_before_a_targets_change_is_no_date_of_the_past():
    r = extract("某某市人民政府关于进一步加强安全生产工作的意见\n各县（市、区）人民政府：\n为加强安全生产工作，提出如下意见。\n"
                "一、到2025年，全市生产安全事故死亡人数比2020年下降15%以上。\n")
    assert [(m.kind, m.time, str(m.quantity.value)) for m in r.measures()] == [("target", "2025", "-15")]


def test_a_targets_deadline_is_the_last_one_before_it():
    r = extract("某市营商环境行动方案\n一、主要目标\n2025年底前推出“一件事”集成服务20项以上，到2027年扩展至50项。\n")
    assert [(m.indicator, m.time) for m in r.measures("target")][:1] == [("推出“一件事”集成服务", "2025-12")]  # (not 2027)


def test_a_forecast_of_a_day_the_clause_names_and_of_a_span_of_none():
    r = extract("# 《新闻联播》 (20240927)\n\n### 要闻\n\n国庆黄金周铁路运输将从9月29日开始，至10月8日结束，预计全国铁路发送旅客1.8亿人次，"
                "其中10月1日预计发送旅客2200万人次。\n", "20240927.md")
    assert [(m.quantity.value, m.time) for m in r.measures("forecast")] == [
        (180000000, ""), (22000000, "2024-10-01")]  # (not 2024-10-08, the span's last day)


def test_a_forecast_after_a_day_the_clause_before_names_as_the_peak_is_that_days():
    r = extract("# 《新闻联播》 (20240603)\n\n### 要闻\n\n预计端午假期期间全国铁路发送旅客5000万人次，日均1000万人次，"
                "其中6月8日为出行高峰日，预计发送旅客1300万人次。\n", "20240603.md")
    assert [(m.quantity.value, m.time) for m in r.measures("forecast")][-1] == (13000000, "2024-06-08")


def test_a_peak_day_named_before_a_forecast_dates_it_and_a_span_after_it_does_not():
    r = extract("# 《新闻联播》 (20240428)\n\n### 要闻\n\n铁路部门预计，4月29日至5月6日运输期间，全国铁路发送旅客1.5亿人次，"
                "其中4月30日为单日客流最高峰，预计发送旅客1900万人次以上。\n", "20240428.md")
    assert [(m.quantity.value, m.time) for m in r.measures("forecast")] == [(150000000, ""), (19000000, "2024-04-30")]
    r = extract("# 《新闻联播》 (20250827)\n\n### 要闻\n\n预计8月28日至9月7日开学季期间，全国铁路发送旅客1.5亿人次，"
                "8月31日为学生返校高峰日，预计当日发送旅客1600万人次。\n", "20250827.md")
    assert [(m.quantity.value, m.time) for m in r.measures("forecast")][-1] == (16000000, "2025-08-31")
    r = extract("# 《新闻联播》 (20240331)\n\n### 要闻\n\n高速公路预计日均流量约4000万辆次，小型客车继续免收通行费，"
                "免费通行时间为4月4日0时至4月6日24时。\n", "20240331.md")
    assert [m.time for m in r.measures("forecast")] == [""]  # (not 2024-04-06: the span after it is the toll-free one)


def test_a_target_said_for_this_year_under_a_heading_naming_two_periods_is_of_the_year():
    r = extract("2026年某县人民政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第六次会议上\n各位代表：\n"
                "二、“十五五”发展目标和2026年工作安排\n"
                "综合考虑各方面因素，今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。新建学校3所。\n",
                "gzbg-2026-98.txt")
    got = {m.indicator: m.time for m in r.measures("target")}
    assert got == {"地区生产总值": "2026", "新建学校": ""}  # (no year said: the heading names two)


def test_a_news_forecast_of_a_bare_rate_with_no_place_is_not_written():
    sentence = "欧盟委员会今天发布预测，预计今年欧元区经济将增长0.9%，通胀率将降至5.4%。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert "通胀率" not in [m.indicator for m in r.measures("forecast")]  # (the euro area's, which the row would not say)


def test_a_deadline_in_a_later_part_of_the_sentence_does_not_date_the_tasks_before_it():
    r = extract("2026年某市政府工作报告\n——2026年1月8日在某市第十五届人民代表大会第五次会议上\n各位代表：\n"
                "二、2026年工作安排\n新引进医药企业25家；到2027年，生物医药产业营业收入达到400亿元。\n", "gzbg-2026-94.txt")
    got = {m.indicator: m.time for m in r.measures("target")}
    assert got["新引进医药企业"] == "2026" and got["生物医药产业营业收入"] == "2027"


def test_a_news_forecast_over_a_span_of_days_written_as_two_days_is_of_no_one_day():
    sentence = "交通运输部预计，10月1日零时至10月7日24时，全国高速公路日均流量约4100万辆次。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("forecast")] == [("高速公路日均流量", "")]


BRIEF = ("# 《新闻联播》 (20250402)\n\n### 国内联播快讯\n\n<p><strong>央视网消息</strong>（新闻联播）：</p>"
         "<p><strong>{heading}</strong></p><p>{sentence}</p>\n")


def test_a_weather_forecast_of_places_cut_off_before_their_etc_is_not_written():
    sentence = "中央气象台预计，6月10日至12日，我国南方大部地区气温偏高，江汉、江淮等地最高气温将达35℃以上。"
    r = extract(BRIEF.format(heading="江汉江淮将迎高温天气", sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("forecast") if m.indicator.startswith("地")] == []  # (地最高气温 had been)


def test_an_area_of_two_directions_is_not_the_zone_of_its_second():
    sentence = "中央气象台预计，11月3日至5日，我国中东部地区将出现降温，江淮、江南北部局地降温10℃以上。"
    r = extract(BRIEF.format(heading="冷空气将影响我国中东部地区", sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("forecast")] == [("江淮、江南北部局地降温", "")]


def test_a_work_reports_part_on_the_governments_own_work_after_its_plan_sets_targets():
    r = extract("2026年某市政府工作报告\n——2026年1月8日在某市第十五届人民代表大会第五次会议上\n各位代表：\n"
                "一、2025年工作回顾\n全市地区生产总值增长5.5%。\n二、2026年工作安排\n新建5G基站800个。\n"
                "三、加强政府自身建设\n人大代表建议和政协委员提案办复率保持100%。\n", "gzbg-2026-94.txt")
    assert "人大代表建议和政协委员提案办复率" not in [m.indicator for m in r.measures("observation")]
    assert [m.time for m in r.measures("target") if m.indicator == "人大代表建议和政协委员提案办复率"] == ["2026"]


def test_a_work_reports_list_of_works_for_the_people_sets_targets():
    r = extract("2026年某州政府工作报告\n——2026年1月9日在某州第十四届人民代表大会第六次会议上\n各位代表：\n"
                "一、2025年工作回顾\n全州地区生产总值增长6%。\n二、2026年工作安排\n新建5G基站600个。\n"
                "三、2026年全州十件民生实事\n1.为城乡老年人免费开展健康体检，体检率达到92%以上；\n"
                "2.新建农村卫生室80个。\n", "gzbg-2026-77.txt")
    assert [m.indicator for m in r.measures("observation") if "体检" in m.indicator or "卫生室" in m.indicator] == []
    assert {m.indicator: m.time for m in r.measures("target") if "体检" in m.indicator or "卫生室" in m.indicator} \
        == {"健康体检率": "2026", "新建农村卫生室": "2026"}


def test_a_year_opening_a_goal_sentence_of_a_plan_is_its_deadline():
    r = extract("某市人民政府关于印发《某市外贸发展行动方案》的通知\n某政发〔2025〕3号\n各区县人民政府：\n现将方案印发给你们。\n"
                "某市人民政府\n2025年3月2日\n某市外贸发展行动方案\n一、发展目标\n2025年，全市跨境电商交易额突破40亿元，"
                "新增外贸企业150家以上。\n", "policy.txt")
    assert {m.indicator: m.time for m in r.measures("target")} == {"跨境电商交易额": "2025", "新增外贸企业": "2025"}


def test_within_the_year_dates_a_reports_task_to_its_year_under_a_heading_naming_two():
    r = extract("2026年某市政府工作报告\n——2026年1月8日在某市第十五届人民代表大会第五次会议上\n各位代表：\n"
                "二、“十五五”时期主要目标和2026年工作安排\n年内新增就地消纳电量30亿千瓦时以上。\n", "gzbg-2026-94.txt")
    assert [(m.indicator, m.time) for m in r.measures("target")] == [("新增就地消纳电量", "2026")]


def test_the_budget_a_grant_is_capped_at_is_no_target():
    r = extract("某市人民政府关于印发《某市汽车消费补贴办法》的通知\n某政发〔2025〕3号\n各区县人民政府：\n现将办法印发给你们。\n"
                "某市人民政府\n2025年3月2日\n某市汽车消费补贴办法\n一、支持政策\n（一）个人购买新能源乘用车的，每辆补贴2000元，"
                "资金总额控制在5000万元以内，发完即止。\n", "policy.txt")
    assert r.measures("target") == []


def test_a_forecast_of_the_whole_year_is_of_the_year_not_the_day():
    sentence = "今年以来，我国共完成商业航天发射20次，预计全年发射次数将达到60次左右。"
    r = extract("# 《新闻联播》 (20250402)\n\n### 某条新闻\n\n" + sentence + "\n", "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("forecast")] == [("航天发射次数", "2025")]


def test_a_level_held_for_many_years_is_of_no_one_day():
    sentence = "“十四五”以来，我国棉花产量连续多年稳定在550万吨以上。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("棉花产量", "")]


def test_a_capacity_in_gigawatt_hours_is_a_goal_and_a_loans_spread_in_basis_points_is_none():
    r = extract("某市人民政府关于印发《某市新能源产业行动方案》的通知\n某政发〔2025〕3号\n各区县人民政府：\n现将方案印发给你们。\n"
                "某市人民政府\n2025年3月2日\n某市新能源产业行动方案\n一、发展目标\n到2027年，全市储能电池产能达到120吉瓦时，"
                "产业产值突破900亿元。\n二、支持政策\n（一）创业担保贷款利率在贷款市场报价利率基础上上浮不超过50个基点。\n",
                "policy.txt")
    assert [m.indicator for m in r.measures("target")] == ["储能电池产能", "产业产值"]


def test_a_tier_a_grant_is_for_is_no_goal():
    r = extract("某市人民政府关于印发《某市粮食加工扶持办法》的通知\n某政发〔2025〕3号\n各区县人民政府：\n现将办法印发给你们。\n"
                "某市人民政府\n2025年3月2日\n某市粮食加工扶持办法\n一、支持政策\n（一）对加工企业收购本地原粮的，按照实际收购量给予"
                "补贴：收购量2万吨以上不足6万吨的，每吨补贴8元；收购量6万吨以上的，每吨补贴12元。\n", "policy.txt")
    assert r.measures("target") == []
    assert [m.condition for m in r.measures("instrument")] == ["收购量2万吨以上不足6万吨", "收购量6万吨以上"]


def test_a_year_recovered_to_is_a_base_not_a_deadline():
    sentence = "暑运以来，全国铁路日均开行旅客列车超过1.1万列，跨境旅客列车开行量恢复到2019年同期的90%以上。"
    r = extract("# 《新闻联播》 (20250402)\n\n### 某条新闻\n\n" + sentence + "\n", "20250402.md")
    assert r.measures("target") == []


def test_a_quoted_plan_period_naming_a_kind_of_project_sets_no_deadline():
    r = extract("2025年某县政府工作报告\n——2025年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n"
                "二、2025年工作安排\n谋划储备“十五五”重大项目200个。\n", "gzbg-2025-94.txt")
    assert [m.time for m in r.measures("target")] == ["2025"]


def test_what_a_work_reports_review_expects_of_the_year_gone_by_is_its_result():
    """A 2026 report's review writes last year's figures as expected (预计全年实现…): they are the year gone by's
    results, not forecasts of the report's year; what a project is expected to do once built stays none."""
    text = ("2026年某县政府工作报告\n一、2025年工作回顾\n预计全年实现地区生产总值88.4亿元、增长6.1%。"
            "某某物流园建成后预计年营业收入将达到12亿元。\n")
    r = extract(text, "gzbg-2026-99.txt")
    assert [(m.kind, m.indicator, str(m.quantity.value), m.time) for m in r.measures()] == [
        ("observation", "地区生产总值", "8840000000", "2025"), ("observation", "地区生产总值", "6.1", "2025")]


def test_an_effect_per_step_of_a_condition_is_no_forecast():
    text = ("# 《新闻联播》 (20231005)\n\n### 国际\n\n美国政府停摆危机持续。美国财政部估计，“停摆”每持续一周，"
            "将使美国四季度经济增长率下降约0.1个百分点。\n")
    assert extract(text, "20231005.md").measures("forecast") == []


def test_what_projects_will_bring_once_at_full_capacity_is_no_forecast():
    text = NEWS_ITEM.format(sentence="黑龙江鸡西市今年新开工5个石墨深加工项目，项目负责人介绍，预计全部达产后石墨深加工产值将达到42亿元。")
    assert extract(text, "20250402.md").measures("forecast") == []


def test_what_is_now_after_an_expectation_is_no_forecast():
    sentence = "气象部门预计，本轮降雪期间全省最大用气负荷将超过8000万立方米，目前全省储气设施储气量超过3亿立方米。"
    got = [(m.kind, m.indicator) for m in extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures()]
    assert [k for k, i in got if "用气负荷" in i] == ["forecast"]
    assert not [i for k, i in got if k == "forecast" and "储气" in i]


def test_a_forecast_of_a_season_the_year_opens_is_of_no_year():
    sentence = "交通运输部预计，今年暑运期间，全国铁路旅客发送量将达到8.9亿人次。"
    (m,) = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")
    assert (m.indicator, m.time) == ("铁路旅客发送量", "")


def test_a_day_of_the_month_a_forecast_names_alone_is_the_coming_one():
    sentence = "中央气象台预计，受冷空气影响，5日前后华北部分地区最高气温将降至10℃以下。"  # (the news day is 2 April)
    (m,) = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")
    assert m.time == "2025-04-05"  # (not 2025-03-05)


def test_what_is_so_now_does_not_date_what_is_expected():
    sentence = "记者从组委会获悉，截至目前，已有71个国家和国际组织设展办会，预计线下参展企业超过2400家。"
    (m,) = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")
    assert (m.indicator, m.time) == ("线下参展企业", "")  # (not the news day)
    sentence = "目前，预计今年全国粮食产量将超过1.4万亿斤。"  # (what the year is expected to bring: the year)
    (m,) = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")
    assert m.time == "2025"


def test_an_edition_pointed_at_after_whoever_expects_it_writes_no_forecast():
    sentence = "目前已有来自215个国家和地区的超过20万名境外采购商预注册，主办方预计本届到会境外采购商将超过23万人。"
    assert extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast") == []


def test_who_expects_a_figure_is_no_part_of_its_indicator():
    sentence = "第137届广交会将于4月15日开幕，主办方预计本届广交会到会境外采购商将超过23万人。"
    (m,) = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")
    assert not m.indicator.startswith("主办方") and m.indicator.endswith("广交会到会境外采购商")


def test_a_forecast_over_a_span_that_starts_and_ends_is_of_no_one_day():
    sentence = "中秋小长假铁路运输将于9月18日启动，至9月21日结束，预计全国铁路发送旅客3360万人次，日均840万人次。"
    got = [(m.indicator, m.time) for m in extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")]
    assert got == [("铁路发送旅客", ""), ("日均铁路发送旅客", "")]
    sentence = "今年春运从1月14日持续到2月22日，预计全社会跨区域人员流动量达90亿人次。"
    got = [m.time for m in extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")]
    assert got == [""]  # (a campaign that runs on to a day: its total is of no one day)


def test_what_an_expected_reach_is_brought_by_opens_its_indicator():
    sentence = "今年暑期，全国共青团系统共开设“爱心托管班”1.2万个，预计服务学生超过200万人次。"
    got = [m.indicator for m in extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("forecast")]
    assert got == ["共青团系统开设“爱心托管班”服务学生"]  # (not a bare 服务学生)


def test_an_expectation_in_an_official_documents_preamble_is_a_forecast_not_a_target():
    text = ("某市卫生健康委员会关于印发《某市急救体系建设方案》的通知\n某卫发〔2025〕8号\n各县（区）卫生健康局：\n"
            "现将《某市急救体系建设方案》印发给你们，请认真贯彻执行。\n某市卫生健康委员会\n2025年7月1日\n某市急救体系建设方案\n"
            "近年来，我市急救体系建设取得积极进展。预计到2025年底，全市急救站点达到40个。\n一、主要目标\n到2027年，全市急救站点达到55个。\n")
    r = extract(text, "pkulaw-8.txt")
    assert [(m.kind, m.indicator, m.quantity.value) for m in r.measures()] == [
        ("forecast", "急救站点", 40), ("target", "急救站点", 55)]


def test_how_things_stand_now_in_an_official_document_is_no_target():
    text = ("某市餐厨废弃物处理设施建设实施方案\n一、工作目标\n到2027年，全市餐厨废弃物无害化处理率达到95%。\n二、重点任务\n"
            "（一）现有餐厨废弃物处理厂3座，日处理能力合计450吨；2026年底前新建1座，日处理能力合计达到600吨。\n")
    r = extract(text, "plan.txt")
    assert "现有餐厨废弃物处理厂" not in [m.indicator for m in r.measures("target")]
    assert ("现有餐厨废弃物处理厂", 3) in [(m.indicator, m.quantity.value) for m in r.measures("observation")]


def test_how_things_stand_now_holds_for_every_clause_of_its_part():
    text = ("某市燃气锅炉整治方案\n一、工作目标\n到2027年，全市清洁供热率达到85%。\n二、重点任务\n"
            "（一）现有燃气锅炉420台，合计容量3600蒸吨/小时；2026年底前完成低氮改造200台。\n")
    r = extract(text, "plan.txt")
    assert not any(m.quantity.value == 3600 for m in r.measures("target"))  # (the present's, no goal)
    assert [(m.quantity.value, m.quantity.unit) for m in r.measures("observation") if m.quantity.value == 3600] \
        == [(3600, "蒸吨/小时")]


def test_a_forecast_in_a_part_that_opens_on_this_year_is_this_years_not_the_deadline_before_it():
    news = ("# 《新闻联播》 (20220117)\n\n### 某某生态城绿色发展见成效\n\n到2025年，生态城可再生能源利用率将达到25%以上；"
            "今年，生态城预计地区生产总值增长8%左右。\n")
    got = [(m.indicator, m.time) for m in extract(news, "20220117.md").measures("forecast")]
    assert got == [("生态城地区生产总值", "2022")]  # (not 2025)


def test_a_year_after_qizhong_dates_its_own_target_not_the_paragraphs_deadline():
    text = ("《某县促进某某产业高质量发展若干政策》政策解读\n\n二、主要目标\n\n到2028年，全县竹木制品产业产值突破120亿元；"
            "规模以上企业达到90家。其中，2026年全县竹木制品产业产值力争达到95亿元。\n")
    got = [(str(m.quantity.value), m.time) for m in extract(text, "x-jiedu.txt").measures("target")]
    assert ("9500000000", "2026") in got and ("12000000000", "2028") in got


def test_a_standard_or_duty_laid_down_is_no_target():
    text = ("某市殡葬设施建设方案\n一、主要目标\n新建公益性公墓单个墓位占地面积不得超过0.8平方米。沿海县（市）应当每年组织开展海葬活动3次以上。"
            "到2027年，节地生态安葬率达到65%以上。\n")
    assert [m.indicator for m in extract(text, "plan.txt").measures("target")] == ["节地生态安葬率"]


def test_a_goal_in_the_part_after_a_forecast_is_no_forecast():
    text = ("# 《新闻联播》 (20260518)\n\n### 要闻\n\n某省商务厅负责人表示，预计今年全省货物贸易进出口总值将突破2800亿元；"
            "到2028年，力争全省货物贸易进出口总值达到3500亿元。\n")
    r = extract(text, "20260518.md")
    assert [str(m.quantity.value) for m in r.measures("forecast")] == ["280000000000"]


def test_an_expectation_of_the_documents_own_year_among_a_plans_goals_is_a_forecast():
    text = ("某县人民政府关于加快发展研学旅游的实施意见\n某政〔2025〕7号\n各乡（镇）人民政府：\n一、发展目标\n"
            "2024年，全县接待研学游客9.2万人次，同比增长38%。预计2025年全县接待研学游客12万人次左右。\n"
            "到2027年，全县接待研学游客达到20万人次。\n二、重点任务\n（一）开发研学线路。\n某县人民政府\n2025年3月5日\n")
    got = {(m.kind, m.quantity.value) for m in extract(text, "pkulaw-1.txt").measures() if m.quantity is not None
           and m.kind in ("target", "forecast")}
    assert ("forecast", 120000) in got and ("target", 120000) not in got and ("target", 200000) in got


def test_a_goal_in_the_clause_after_a_forecast_is_no_forecast():
    text = "# 《新闻联播》 (20220921)\n\n### 货运\n\n国铁集团预计，四季度日均装车将保持在17万车以上，全年货物发送量力争达到38亿吨。\n"
    assert 3800000000 not in [m.quantity.value for m in extract(text, "20220921.md").measures("forecast")]


def test_a_forecast_of_a_year_it_names_after_goals_of_a_later_deadline_is_that_years():
    r = extract("某县马铃薯产业发展实施意见\n一、发展目标\n到2027年，全县马铃薯种植面积稳定在18万亩以上，全产业链产值力争突破25亿元。"
                "预计2025年，全县马铃薯全产业链产值达到19亿元左右。\n二、重点任务\n加强组织领导。\n某县人民政府\n2025年2月20日\n",
                "pkulaw-1.txt")
    (forecast,) = r.measures("forecast")
    assert forecast.time == "2025" and value(forecast)[0] == d("1900000000")


def test_a_clause_after_a_forecast_that_says_what_the_period_before_was_is_no_forecast():
    sentence = "国际棉花咨询委员会日前发布报告，预计2025/2026年度全球棉花供应过剩120万吨，而上一年度为供应短缺85万吨。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert d("850000") not in [value(m)[0] for m in r.measures("forecast")]
    assert d("1200000") in [value(m)[0] for m in r.measures("forecast")]
    sentence = "世界钢铁协会日前发布短期展望，预计2026年全球钢材需求增加1800万吨，较上次预测下调300万吨。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [value(m)[0] for m in r.measures("forecast")] == [d("18000000")]  # (not the revision)


PLAN = ("某县桑蚕产业发展三年行动方案（2025—2027年）\n一、发展目标\n"
        "2024年，全县桑园面积4.2万亩，养蚕量21万张。某乡、某镇桑园面积分别达到1.1万亩、0.9万亩。\n"
        "到2027年，全县桑园面积达到6万亩。\n二、重点任务\n加快良种推广。\n")


def test_a_goals_sections_paragraph_opening_on_a_past_year_states_the_baseline_not_goals():
    r = extract(PLAN, "pkulaw-1.txt")
    assert [(m.indicator, str(m.quantity.value), m.time) for m in r.measures("target")] == [("全县桑园面积", "60000", "2027")]
    assert [(m.indicator, m.time) for m in r.measures("observation")] == [("全县桑园面积", "2024"), ("养蚕量", "2024")]


def test_a_baseline_paragraph_turning_to_the_plans_year_sets_goals_from_there_on():
    r = extract("某县2025年粮食生产扶持政策\n一、目标任务\n2024年，全县粮食播种面积412.6万亩。2025年，全县粮食播种面积稳定在410万亩"
                "以上。新建高标准农田20万亩。\n二、支持措施\n对新建高标准农田的，每亩补助300元。\n", "pkulaw-1.txt")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("target")] == [("全县粮食播种面积", "4100000"),
                                                                                   ("新建高标准农田", "200000")]


def test_a_parts_own_year_a_year_before_a_goal_word_and_a_later_clauses_deadline_date_only_their_own_figures():
    r = extract("某县藤茶产业发展三年行动方案（2025—2027年）\n一、发展目标\n"
                "到2027年，全县藤茶种植面积达到12万亩。其中：2025年，种植面积达到9.5万亩；2026年，种植面积达到10.8万亩。\n"
                "到2027年，全县累计引进亿元以上项目30个。2025年力争新增规模以上工业企业15家，预计全年实际到位资金达到75亿元左右。\n"
                "二、重点任务\n全县将实施重点建设项目420个，力争一季度完成年度投资计划的25%以上。\n", "pkulaw-1.txt")
    assert [(str(m.quantity.value), m.time) for m in r.measures() if m.kind in ("target", "forecast")] == [
        ("120000", "2027"), ("95000", "2025"), ("108000", "2026"), ("30", "2027"), ("15", "2025"), ("7500000000", "2025"),
        ("420", "")]


def test_a_forecast_opening_on_its_year_after_yuji_is_of_that_year_not_the_paragraphs_deadline():
    text = ("某县人民政府办公室关于印发《某县蔬菜产业三年行动方案（2025—2027年）》的通知\n某政办发〔2025〕6号\n各乡镇人民政府：\n"
            "现将《某县蔬菜产业三年行动方案（2025—2027年）》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2025年3月5日\n"
            "某县蔬菜产业三年行动方案（2025—2027年）\n一、发展目标\n到2027年，全县蔬菜全产业链产值达到80亿元。"
            "预计2025年全县蔬菜产值可达48亿元左右。\n二、重点任务\n加快良种推广。\n")
    r = extract(text, "pkulaw-1.txt")
    assert [(str(m.quantity.value), m.time) for m in r.measures("forecast")] == [("4800000000", "2025")]
