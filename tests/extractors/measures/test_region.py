"""extractors/measures/region.py: where a figure is, when its sentence names more than one place."""
from __future__ import annotations

from kit import extract

NEWS_ITEM = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"


def test_a_place_acting_in_a_clause_within_the_sentences_frame_is_the_figures():
    sentence = "在长三角，上海发挥龙头带动作用，已培育集成电路等4个万亿级产业集群，江苏发挥制造业优势。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("万亿级产业集群", "上海市")]  # (not 长三角)
    r = extract(NEWS_ITEM.format(sentence="在长三角，已培育集成电路等4个万亿级产业集群。"), "20250402.md")
    assert [m.region for m in r.measures("observation")] == ["长三角"]  # (no place acting: the frame's)


def test_a_trade_with_the_place_the_heading_names_is_not_that_places_figure():
    text = ("# 《新闻联播》 (20250402)\n\n### 澳门回归以来内地与澳门贸易稳步增长\n\n"
            "今年前3个月，内地与澳门贸易进出口值达900亿元，同比增长12.5%。\n")
    r = extract(text, "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [
        ("内地与澳门贸易进出口值", ""), ("内地与澳门贸易进出口值", "")]  # (not 澳门特别行政区)
    text = "# 《新闻联播》 (20250402)\n\n### 澳门旅游市场持续回暖\n\n今年前3个月，入境旅客达900万人次。\n"
    assert [m.region for m in extract(text, "20250402.md").measures("observation")] == ["澳门特别行政区"]


def test_a_figure_of_the_whole_country_is_not_the_place_the_sentence_opens_on():
    sentence = "日前，杭州西湖文化景观申报的新项目被列入《世界遗产名录》，我国世界遗产增至60项。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("世界遗产", "")]  # (not 杭州市)


def test_a_whole_city_in_the_news_is_the_municipality_named_before():
    text = ("# 《新闻联播》 (20250402)\n\n### 降雪\n\n"
            "从今天上午开始，天津迎来大范围降雪。截至下午4时，全市共出动环卫作业人员2.1万人次。\n")
    r = extract(text, "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("出动环卫作业人员", "天津市")]  # (not 共出动…)


def test_a_county_a_news_figure_is_read_from_is_its_subject_in_its_prefecture():
    text = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n今年国庆假期，安吉县旅游综合收入同比增长9%。\n"
    assert [(m.region, m.subject) for m in extract(text, "20250402.md").measures("observation")] == [("湖州市", "安吉县")]


def test_a_citys_sentence_whose_clause_says_the_whole_province_is_the_provinces():
    sentence = "在湖南益阳一处试验基地，技术人员正在测产，这让全省有800万亩低产田的种植户看到了希望。"
    r = extract(f"# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n", "20250402.md")
    assert [m.region for m in r.measures("observation")] == ["湖南省"]
    sentence = "今年前三季度，益阳市生产总值占全省比重达到4%。"  # (the whole of a share: still the city's)
    r = extract(f"# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n", "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("生产总值占全省比重", "益阳市")]


def test_a_part_after_its_whole_whose_place_is_only_the_headings_writes_no_figure():
    text = ("# 《新闻联播》 (20250402)\n\n### 宁波前三季度外贸稳中有升\n\n"
            "前三季度，高新技术产品出口1200亿元，增长8%。其中，对东盟出口同比增长21%。\n")
    assert [m.indicator for m in extract(text, "20250402.md").measures("observation")
            if m.indicator.startswith("对东盟")] == []  # (of the products the sentence before names, not all 宁波's)
    text = ("# 《新闻联播》 (20250402)\n\n### 要闻\n\n"
            "前三季度，全国高新技术产品出口1.2万亿元。其中，广东高新技术产品出口增长9%。\n")
    assert [m.region for m in extract(text, "20250402.md").measures("observation")][-1] == "广东省"  # (its own place)


def test_a_city_opening_the_name_of_a_project_is_not_the_place_of_a_reports_later_figures():
    r = extract("2026年湖南省政府工作报告\n一、2025年工作回顾\n长沙地铁险资项目成功落地，引入新基金15只。\n",
                "gzbg-2026-98.txt")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("引入新基金", "湖南省")]


def test_a_sentence_without_a_place_goes_on_about_the_place_that_opens_the_one_before():
    text = ("# 《新闻联播》 (20250620)\n\n### 各地抢抓农时\n\n在山西运城，今年小麦喜获丰收。眼下，夏粮收购进入高峰期，"
            "平均每天收购量达2.1万吨。\n\n伴随着利好政策，在浙江湖州，企业积极转型。今年前5个月，民营企业进出口增长9.5%。\n")
    rows = {m.indicator: m.region for m in extract(text, "20250620.md").measures("observation")}
    assert rows["每天收购量"] == "运城市"  # (the county's purchases, not an unplaced national figure)
    assert rows.get("民营企业进出口", "") == ""  # (a national figure after an example: not 湖州's)


def test_a_place_opening_the_sentence_before_past_its_time_is_the_place_of_a_placeless_sentence():
    text = ("# 《新闻联播》 (20250920)\n\n### 文旅\n\n2024年，甘肃A级旅游景区数量达到580家。"
            "年游客接待量从2012年的5000万人次跃升至2亿人次。\n")
    rows = {int(m.quantity.value): m.region for m in extract(text, "20250920.md").measures("observation")}
    assert rows[200000000] == "甘肃省"  # (the province's visitors, not an unplaced national figure)


def test_where_an_event_was_held_is_no_region_of_its_figures():
    def rows(heading: str, sentence: str) -> list[tuple[str, str, str]]:
        r = extract(f"# 《新闻联播》 (20250402)\n\n### {heading}\n\n{sentence}\n", "20250402.md")
        return [(m.indicator, m.region, m.subject) for m in r.measures("observation")]
    assert rows("第九届全国运动会在成都闭幕", "第九届全国运动会于3月20日在重庆开幕，设40个竞技比赛项目。") == [
        ("竞技比赛项目", "", "第九届全国运动会")]  # (co-hosted: neither the opening city nor the closing one)
    assert rows("要闻", "为期三天的2025西湖数字论坛今天在杭州举行，其中境外嘉宾比例近三成。") == [
        ("境外嘉宾比例", "", "2025西湖数字论坛")]  # (the event's name, not what describes it)
    assert rows("要闻", "第二届全国青年创业大赛16日至19日在长沙举行，共设18个比赛项目。") == [
        ("比赛项目", "", "第二届全国青年创业大赛")]  # (the days it was held are no part of its name)


def test_a_foreign_statistic_is_of_the_country_or_area_its_own_clause_names_not_of_the_source_body():
    def names(sentence: str) -> list[str]:
        item = "# 《新闻联播》 (20241101)\n\n### 国际\n\n" + sentence + "\n"
        return [m.indicator for m in extract(item, "20241101.md").measures("observation")]
    assert names("欧盟统计局31日公布的数据显示，欧元区10月失业率为6.3%。") == ["欧元区失业率"]  # (not 欧盟失业率)
    assert names("德国联邦统计局31日公布的数据显示，10月消费者价格指数上涨4.1%。") == ["德国消费者价格指数"]


def test_a_short_figure_after_a_part_of_a_foreign_country_is_not_written_as_the_countrys():
    def rows(heading: str, sentence: str) -> list[tuple[str, float]]:
        item = f"# 《新闻联播》 (20241101)\n\n### {heading}\n\n{sentence}\n"
        return [(m.indicator, m.quantity.value) for m in extract(item, "20241101.md").measures("observation")]
    assert rows("国际", "据美国媒体报道，俄勒冈州东部一处林火持续蔓延，过火面积已超800平方公里。") == []  # (not 美国过火面积)
    assert rows("国际", "据澳大利亚媒体报道，该国东南部多地林火仍在持续，过火面积扩大至2万公顷。") == []
    assert rows("美国俄勒冈州林火持续", "目前，过火面积达到3200公顷。") == []  # (the part in the heading)
    assert rows("国际", "据美国媒体报道，美国西部林火过火面积已超800平方公里。") == [("美国西部林火过火面积", 800)]
    assert rows("国际", "据美国媒体报道，全美15个州今年以来报告了600例麻疹确诊病例。") == [("美国麻疹确诊病例", 600)]
    assert rows("国际", "当地时间5日，日本石川县发生5.1级地震，震源深度约10公里。") == [("日本震源深度", 10)]


def test_a_county_plans_figures_are_the_countys_not_its_citys():
    text = """\
        长葛市人民政府关于促进消费的若干措施
        各乡镇人民政府：
        到2025年，全市社会消费品零售总额增长6%以上。
        过去一年，全市社会消费品零售总额增长5.2%。
        长葛市人民政府
        2024年9月28日
        """
    r = extract(text)
    assert [(m.indicator, m.region) for m in r.measures("target")] == [("社会消费品零售总额", "")]  # (not 许昌市)
    assert [(m.region, m.subject) for m in r.measures("observation")] == [("许昌市", "长葛市")]


def test_a_place_opening_a_clause_of_the_sentence_is_the_figures_subject_not_the_headings_event():
    text = ("# 《新闻联播》 (20250123)\n\n### 第十届某某冰雪节倒计时10天 某地冰雪旅游升温\n\n"
            "元旦以来，哈尔滨市累计接待游客1500万人次，实现旅游总收入200亿元。\n")
    r = extract(text, "20250123.md")
    assert [(m.indicator, m.region, m.subject) for m in r.measures("observation")] == [
        ("接待游客", "哈尔滨市", ""), ("旅游总收入", "哈尔滨市", "")]  # (not the festival's income)


def test_a_target_of_a_county_a_city_document_names_has_no_city_region():
    text = """\
        某市人民政府关于某县国土空间规划的批复
        某县人民政府：
        到2035年，茶陵县耕地保有量不低于100万亩。
        株洲市人民政府
        2024年3月1日
        """
    assert [(m.indicator, m.region) for m in extract(text).measures("target")] == [("耕地保有量", "")]  # (not 株洲市)


def test_a_rank_among_the_province_does_not_make_the_citys_figures_the_provinces():
    text = ("2026年常德市政府工作报告\n——2026年1月20日在常德市第八届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n2025年，全市地区生产总值增长5.9%，增速居全省第2位；农村居民人均可支配收入增长6.6%。\n")
    got = {m.indicator: m.region for m in extract(text).measures("observation")}
    assert got["农村居民人均可支配收入"] == "常德市"  # (not 湖南省)


def test_a_ranking_held_among_the_province_does_not_make_the_citys_figures_the_provinces():
    text = ("2026年许昌市人民政府工作报告\n——2026年1月20日在许昌市第八届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n开发区改革深入推进，许昌经济技术开发区在全省开发区综合排名中提升5位、居第8位，"
            "长葛经济技术开发区营业收入突破500亿元。\n")
    got = {m.indicator: m.region for m in extract(text).measures("observation")}
    assert got["长葛经济技术开发区营业收入"] == "许昌市"  # (not 河南省)


def test_a_rank_among_the_provinces_counties_in_brackets_does_not_make_the_districts_figures_the_provinces():
    text = ("2026年临安区人民政府工作报告\n——2026年1月8日在临安区第四届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全年实现地区生产总值820.6亿元，总量居全省县（市、区）第18位；一般公共预算收入61.2亿元。\n")
    got = {m.indicator: (m.region, m.subject) for m in extract(text, "gzbg-2026-98.txt").measures("observation")}
    assert got["一般公共预算收入"] == ("杭州市", "临安区")  # (not 浙江省)


def test_a_rank_among_a_named_city_does_not_make_the_countys_figures_the_citys():
    text = ("2026年龙游县人民政府工作报告\n——2026年1月8日在龙游县第十八届人民代表大会第六次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全年实现地区生产总值412.6亿元，增速居衢州市第1位；一般公共预算收入38.2亿元，增长4.3%。\n")
    got = {(m.indicator, m.quantity.unit): (m.region, m.subject) for m in extract(text).measures("observation")}
    assert got[("一般公共预算收入", "%")] == ("衢州市", "龙游县")  # (the county's, in its city; not the city's whole)


def test_a_place_a_figure_is_compared_with_does_not_make_the_figures_its_own():
    text = ("2026年常德市政府工作报告\n——2026年1月20日在常德市第八届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全市地区生产总值增长5.9%，增速高于全省平均水平0.6个百分点；农村居民人均可支配收入增长6.6%。\n")
    got = {m.indicator: m.region for m in extract(text).measures("observation")}
    assert got["农村居民人均可支配收入"] == "常德市"  # (not 湖南省)
    assert got["地区生产总值增速高于全省平均水平"] == "常德市"
    text = ("2026年龙游县人民政府工作报告\n——2026年1月8日在龙游县第十八届人民代表大会第六次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全年地区生产总值增长6.2%，增速高于衢州市平均水平0.8个百分点；一般公共预算收入增长4.3%。\n")
    got = {m.indicator: (m.region, m.subject) for m in extract(text).measures("observation")}
    assert got["一般公共预算收入"] == ("衢州市", "龙游县")  # (the county's, in its city; not the city's whole)
    assert got["地区生产总值增速高于衢州市平均水平"] == ("衢州市", "龙游县")  # (the gap, named; no row 平均水平)
    assert "平均水平" not in got


def test_a_districts_report_counts_its_own_whole_even_after_a_name_with_its_city():
    text = ("2025年集美区政府工作报告\n——2025年1月14日在厦门市集美区第六届人民代表大会第五次会议上\n各位代表：\n"
            "一、2024年工作回顾\n成功举办第六届集美·某某摄影季（厦门集美），全区接待游客2160万人次。\n")
    assert [(m.region, m.subject) for m in extract(text).measures("observation")] == [("厦门市", "集美区")]


def test_being_the_first_in_the_province_does_not_make_later_figures_the_provinces():
    text = ("2026年佛山市南海区政府工作报告\n——2026年1月15日在佛山市南海区第十七届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全年实现地区生产总值3612.5亿元、增长5.1%，成为全省首个地区生产总值超3000亿元的区；"
            "社会消费品零售总额986.2亿元。\n")
    got = {m.indicator: (m.region, m.subject) for m in extract(text).measures("observation")}
    assert got["社会消费品零售总额"] == ("佛山市", "南海区")  # (not 广东省's)


def test_a_rank_among_the_citys_counties_does_not_make_the_districts_figures_the_citys():
    text = ("2026年某市某某区政府工作报告\n——2026年1月8日在某市某某区第五届人民代表大会第六次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全年实现地区生产总值742.6亿元，经济总量继续位居全市旗县区首位；固定资产投资增长9.6%。\n")
    got = {m.indicator: m.subject for m in extract(text.replace("某市", "呼和浩特市").replace("某某区", "赛罕区")).measures("observation")}
    assert got["固定资产投资"] == "赛罕区"  # (not the city's)


def test_an_interpretation_of_a_county_level_citys_policy_gives_its_figures_to_that_city():
    r = extract("《长葛市促进乡村旅游发展若干措施》政策解读\n近年来，我市乡村旅游接待游客达到320万人次。\n"
                "到2027年，全市乡村旅游年接待游客达到500万人次。\n", "changge-jiedu.txt")
    assert {(m.kind, m.region, m.subject) for m in r.measures()} == {("observation", "许昌市", "长葛市"),
                                                                   ("target", "", "长葛市")}


def test_what_a_central_body_says_in_a_local_news_item_is_the_countrys():
    text = ("# 《新闻联播》 (20230905)\n\n### 家电下乡活动走进四川广安\n\n今天，家电下乡活动四川站在广安市启动。"
            "商务部有关负责人表示，今年以来，家电下乡活动已在8个省市启动。预计全年家电下乡销售额将突破3000亿元。\n")
    assert [(m.indicator, m.region) for m in extract(text, "20230905.md").measures("forecast")] == [("家电下乡销售额", "")]


def test_a_county_named_in_one_part_of_a_sentence_is_not_the_subject_of_the_next_part():
    text = ("2026年某市政府工作报告\n——2026年1月10日在韶关市第十五届人民代表大会第六次会议上\n各位代表：\n"
            "一、2025年工作回顾\n化工产业集群产值增长8.2%，翁源县兰花出口增长11.5%；陶瓷产业加快转型；"
            "新能源产业产值增长14.3%。\n")
    got = {m.indicator: (m.region, m.subject) for m in extract(text, "gzbg-2026-97.txt").measures("observation")}
    assert got["兰花出口"] == ("韶关市", "翁源县")
    assert got["新能源产业产值"] == ("韶关市", "")


def test_a_county_level_city_or_district_a_news_figure_is_read_from_is_its_subject_too():
    text = NEWS_ITEM.format(sentence="2021年，海伦市粮食总产量达到26.8亿斤，比2012年增长21.4%。")
    assert {(m.region, m.subject) for m in extract(text, "20250402.md").measures("observation")} == {("绥化市", "海伦市")}
    text = NEWS_ITEM.format(sentence="今年前8个月，澄海区玩具出口额同比增长22.4%。")
    assert [(m.region, m.subject) for m in extract(text, "20250402.md").measures("observation")] == [("汕头市", "澄海区")]


def test_a_county_in_a_reports_clause_without_a_figure_does_not_own_the_figures_after_it():
    report = ("2025年大理白族自治州人民政府工作报告\n——2025年1月10日在大理白族自治州第十五届人民代表大会第三次会议上\n各位代表：\n"
              "二、2025年主要工作\n{}\n")
    text = report.format("发展县域商贸物流，建设宾川县水果冷链物流中心，全州快递业务量增长15%以上。")
    assert [m.region for m in extract(text, "gzbg-2025-97.txt").measures("target")] == ["大理白族自治州"]
    text = report.format("宾川县水果产量达到120万吨，增长8%。")  # (its own clause: the county's)
    assert {m.subject for m in extract(text, "gzbg-2025-97.txt").measures("target")} == {"宾川县"}


def test_a_county_level_places_forecast_or_news_target_names_it_in_the_indicator_in_its_prefecture():
    text = NEWS_ITEM.format(sentence="瓜州县今年蜜瓜产量预计达到38.5万吨。井冈山市计划到2025年，建成乡村旅游精品线路10条。")
    got = [(m.kind, m.indicator, m.region) for m in extract(text, "20250402.md").measures() if m.kind != "observation"]
    assert got == [("forecast", "瓜州县蜜瓜产量", "酒泉市"), ("target", "井冈山市建成乡村旅游精品线路", "吉安市")]


def test_the_county_level_place_of_a_body_speaking_is_the_whole_its_clause_names():
    text = NEWS_ITEM.format(sentence="乳山市牡蛎产业协会预计，今年全市牡蛎产量将达到55万吨。"
                                     "嵊州市文化广电旅游局负责人表示，今年一季度全市接待游客320万人次。")
    got = [(m.kind, m.indicator, m.region, m.subject) for m in extract(text, "20250402.md").measures()]
    assert got == [("forecast", "乳山市牡蛎产量", "威海市", ""), ("observation", "接待游客", "绍兴市", "嵊州市")]


def test_a_foreign_statistic_with_what_it_leaves_out_in_brackets_is_the_countrys():
    sentence = "美国劳工部公布的数据显示，美国8月份CPI同比上涨5.3%，剔除波动较大的食品和能源价格后，核心CPI同比上涨4.0%。"
    got = [m.indicator for m in extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("observation")]
    assert got == ["美国CPI", "美国核心CPI（剔除波动较大的食品和能源价格）"]


def test_a_foreign_figure_after_a_semicolon_is_of_the_country_the_figure_before_is_and_a_long_note_does_not_lose_it():
    def indicators(sentence: str) -> list[str]:
        return [m.indicator for m in extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures()]
    sentence = "欧盟统计局1日公布的数据显示，欧元区3月失业率为6.1%，与上月持平；青年失业率为14.2%。"
    assert indicators(sentence) == ["欧元区失业率", "欧元区青年失业率"]  # (not a bare 青年失业率: nobody's)
    sentence = "据加拿大媒体调查，市场预计加拿大3月消费者价格指数同比上涨2.9%；剔除波动较大的食品和能源价格后，核心消费者价格指数预计同比上涨2.4%。"
    assert indicators(sentence) == ["加拿大消费者价格指数", "加拿大核心消费者价格指数（剔除波动较大的食品和能源价格）"]


def test_a_county_forecast_names_its_county_however_the_county_was_named():
    """The forecasts table has no subject column: a county's forecast says its county in the indicator, whether the
    county opens a clause before (…；预计…), speaks (某市农业局介绍，预计…) or sits in a lead (在某省某市，…)."""
    def forecasts(sentence: str) -> list[tuple[str, str]]:
        return [(m.indicator, m.region) for m in extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
                .measures("forecast")]
    assert forecasts("醴陵市今年早稻种植面积12.5万亩；预计早稻总产量5.1万吨左右，比上年增长6%。") == [
        ("醴陵市早稻总产量", "株洲市"), ("醴陵市早稻总产量", "株洲市")]
    assert forecasts("仁寿县农业农村局介绍，预计今年枇杷产量将达到8万吨。") == [("仁寿县枇杷产量", "眉山市")]
    assert forecasts("在湖北宜都市，全市柑橘进入采收期，预计今年采收柑橘55万吨。") == [("宜都市采收柑橘", "宜昌市")]


def test_a_county_named_short_before_its_own_whole_is_that_county():
    r = extract(NEWS_ITEM.format(sentence="醴陵全市今年油菜种植面积达到20万亩，预计菜籽产量3万吨。"), "20250402.md")
    assert [(m.kind, m.region, m.indicator) for m in r.measures()] == [
        ("observation", "株洲市", "油菜种植面积"), ("forecast", "株洲市", "醴陵市菜籽产量")]


def test_a_whole_city_after_a_county_level_city_is_that_citys_not_its_prefectures():
    sentence = "近年来，桐乡市推动养老服务设施嵌入社区。目前，全市建成社区老年食堂和助餐点213个。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region, m.subject) for m in r.measures("observation")] == [
        ("建成社区老年食堂和助餐点", "嘉兴市", "桐乡市")]


def test_a_national_figure_in_an_item_about_a_place_keeps_the_items_place_off():
    def regions(heading: str, sentence: str) -> list[tuple[str, str]]:
        text = f"# 《新闻联播》 (20250812)\n\n### {heading}\n\n{sentence}\n"
        return [(m.indicator, m.region) for m in extract(text, "20250812.md").measures()]
    assert regions("内蒙古阿尔山：冰雪游升温", "据中国旅游研究院预计，2025—2026冰雪季，我国冰雪休闲旅游人数有望达到4亿人次，冰雪休闲旅游收入约6000亿元。") \
        == [("冰雪休闲旅游人数", ""), ("冰雪休闲旅游收入", "")]  # (我国 opens a clause: every figure after it)
    assert regions("内蒙古阿尔山：草原旅游火热", "据中国旅游研究院测算，今年暑期国内旅游人次有望突破20亿。") == [("国内旅游人次", "")]


def test_a_part_after_a_county_level_citys_whole_is_that_citys_too():
    sentence = "福建建瓯24万亩锥栗进入采收尾声。今年全市锥栗产量预计1.6万吨，其中精深加工转化率达到35%。"
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region) for m in r.measures("forecast")] == [
        ("建瓯市锥栗产量", "南平市"), ("建瓯市精深加工转化率", "南平市")]


def test_each_county_of_a_list_is_the_subject_of_its_own_figure_and_a_rank_among_the_prefectures_counties_moves_nothing():
    text = ("2026年忻州市人民政府工作报告\n——2026年1月13日在忻州市第五届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n县域经济多点支撑，定襄县、五台县地区生产总值分别达到121.6亿元、98.4亿元，分别增长5.2%、4.6%。\n")
    got = {(m.indicator, m.quantity.unit): m.subject for m in extract(text, "gzbg-2026-98.txt").measures("observation")}
    assert got[("定襄县地区生产总值", "%")] == "定襄县" and got[("五台县地区生产总值", "%")] == "五台县"  # (not the last's)
    text = ("2026年普宁市人民政府工作报告\n——2026年1月9日在普宁市第十六届人民代表大会第六次会议上\n各位代表：\n"
            "一、2025年工作回顾\n地区生产总值增长5.1%，总量继续居揭阳市各县（市、区）首位；规模以上工业增加值增长6.8%。\n")
    got = {m.indicator: (m.region, m.subject) for m in extract(text, "gzbg-2026-98.txt").measures("observation")}
    assert got["规模以上工业增加值"] == ("揭阳市", "普宁市")


def test_the_whole_province_of_a_news_item_is_the_province_its_heading_names():
    body = ("央视网消息（新闻联播）：近年来，甘肃加快建设新能源基地，一批风电光伏项目陆续并网。"
            "在河西走廊的戈壁滩上，风机林立、光伏板连片，一座座新建的储能电站正在调试，运维人员穿梭在设备之间，"
            "当地群众在项目建设中实现了家门口就业，村集体也通过土地入股拿到了分红，生态和经济效益同步显现。"
            "今年前5个月，全省规模以上工业增加值同比增长8.2%。"
            "预计今年全省新增新能源装机600万千瓦以上。")
    text = f"# 《新闻联播》 (20250610)\n\n### 【高质量发展调研行】甘肃：风光无限好\n\n{body}\n"
    r = extract(text, "20250610.md")
    assert [(m.indicator, m.region) for m in r.measures("observation")] == [("规模以上工业增加值", "甘肃省")]
    assert [(m.indicator, m.region) for m in r.measures("forecast")] == [("新增新能源装机", "甘肃省")]


def test_a_figure_of_the_whole_world_takes_no_country_from_the_item_before():
    text = ("# 《新闻联播》 (20231124)\n\n### 国际联播快讯\n\n<p><strong>韩国10月出口同比增长5.1%</strong><br></p><p>"
            "韩国产业通商资源部1日公布的数据显示，韩国10月出口同比增长5.1%。<br></p><p><strong>国际可再生能源机构：今年全球"
            "可再生能源装机创新高</strong><br></p><p>国际可再生能源机构日前发布报告预计，今年全球可再生能源发电新增装机容量将达到610吉瓦，"
            "比去年增长近30%。<br></p>\n")
    got = [m.indicator for m in extract(text, "20231124.md").measures("forecast")]
    assert got and not any(i.startswith("韩国") for i in got)


def test_a_citys_share_of_its_province_is_the_citys_figure():
    text = "2025年遵义市政府工作报告\n各位代表：\n一、2024年工作回顾\n全市白酒产量达到41万千升，占全省比重提高到52%。\n"
    got = {(m.indicator, m.region) for m in extract(text, "gzbg-2025-98.txt").measures("observation")}
    assert ("白酒产量占全省比重", "遵义市") in got and not any(r == "贵州省" for _, r in got)


def test_a_whole_city_a_body_of_the_prefecture_speaks_of_is_the_prefectures_not_the_county_named_before():
    sentence = ("海城市今年新建冷链仓库12座，全市冷库容量达到30万吨。鞍山市商务局局长 李明：预计今年全市冷链物流"
                "营业收入将达到120亿元。")
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [(m.indicator, m.region, m.subject) for m in r.measures("forecast")] == [
        ("冷链物流营业收入", "鞍山市", "")]  # (not 义乌市冷链物流营业收入)
    assert ("冷库容量", "海城市") in [(m.indicator, m.subject) for m in r.measures("observation")]  # (that 全市 is 海城's)


def test_a_list_of_wholes_a_figure_is_compared_with_does_not_make_the_citys_figures_the_provinces():
    text = ("2026年益阳市政府工作报告\n——2026年1月20日在益阳市第八届人民代表大会第五次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全市地区生产总值增长6.1%，高于全国、全省平均水平；城镇新增就业3.2万人。\n")
    got = {m.indicator: m.region for m in extract(text).measures("observation")}
    assert got["城镇新增就业"] == "益阳市"  # (not 湖南省)


def test_what_a_county_is_to_become_among_the_provinces_does_not_make_its_later_goals_the_provinces():
    text = ("2026年泗县人民政府工作报告\n——2026年1月8日在泗县第十八届人民代表大会第六次会议上\n各位代表：\n"
            "一、2025年工作回顾\n全县地区生产总值增长6%。\n二、“十五五”时期主要目标\n“十五五”时期全县经济社会发展的主要目标是："
            "到2030年，纺织服装产业产值突破300亿元，建成全省重要的纺织服装基地；常住人口城镇化率达到52%。\n")
    got = {m.indicator: (m.region, m.subject) for m in extract(text, "gzbg-2026-99.txt").measures("target")}
    assert got["常住人口城镇化率"] != ("安徽省", "")  # (the county's, not the province's)


def test_a_place_rising_to_a_provincial_grade_makes_no_later_figure_the_provinces():
    text = ("2026年遵化市政府工作报告\n一、“十四五”时期工作回顾\n"
            "开发区晋级全省二星级开发区；五年累计新增城镇就业3.42万人。\n二、2026年工作安排\n稳定粮食生产。\n")
    assert [m.region for m in extract(text, "gzbg-2026-1.txt").measures("observation")] == ["唐山市"]
