"""Who acts in a figure's clause (policykg.extractors.measures.actors)."""
from __future__ import annotations

from kit import extract

NEWS_ITEM = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"


def subjects(sentence: str) -> list[tuple[str, str]]:
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    return [(m.indicator, m.subject) for m in r.measures("observation")]


def test_a_counted_group_that_acts_is_the_figures_subject():
    assert subjects("据统计，全国15个跨境电商综试区去年共完成跨境电商进出口800亿元。") == [
        ("跨境电商进出口", "全国15个跨境电商综试区")]
    assert ("合作项目", "30家民营企业") in subjects("记者获悉，30家民营企业与某省签署了120个合作项目。")


def test_a_group_that_is_itself_counted_or_named_in_the_indicator_is_no_subject():
    assert subjects("全国已建成国家级数字服务出口基地12个。") == [("建成国家级数字服务出口基地", "")]


def test_a_short_measure_right_after_a_counted_group_is_the_groups():
    assert subjects("截至目前，全国共有150家清算机构，年交易量超8000亿笔。") == [
        ("清算机构", ""), ("交易量", "150家清算机构")]
    assert [s for _, s in subjects("全国共有150家清算机构，其他支付机构增长较快，交易额超3万亿元。")] == [""]  # (not
    # the clause after the next: whose 交易额 is not said)


def test_the_group_carries_on_through_the_short_measures_after_it_and_past_the_verb_of_what_it_did():
    assert subjects("截至目前，全国已有800余处大型灌区开灌，累计供水量15亿立方米，灌溉面积超过2000万亩。") == [
        ("大型灌区开灌", ""), ("供水量", "800余处大型灌区"), ("灌溉面积", "800余处大型灌区")]


def test_a_change_carried_from_the_figure_before_shares_its_subject_and_time():
    r = extract(NEWS_ITEM.format(sentence="全国15个跨境电商综试区去年共完成跨境电商进出口800亿元，同比增长20.5%。"), "20250402.md")
    assert [(m.indicator, m.time, m.subject) for m in r.measures("observation")] == [
        ("跨境电商进出口", "2024", "全国15个跨境电商综试区"), ("跨境电商进出口", "2024", "全国15个跨境电商综试区")]


def test_a_central_enterprise_named_by_its_short_name_that_acts_is_the_subject():
    assert subjects("截至目前，南方电网已累计投入抢修人员1.2万多人。") == [("投入抢修人员", "中国南方电网有限责任公司")]


def test_a_body_opening_a_later_clause_of_the_figure_is_its_subject_but_not_a_tolls():
    assert subjects("台风造成多地停电，截至目前，国家电网已累计出动抢修人员2万多人次。") == [
        ("出动抢修人员", "国家电网有限公司")]  # (the clause's own actor, after a clause of its own)
    assert subjects("当地卫生部门称，以色列国防军当天对多地的袭击造成12人死亡。") == [("死亡人数", "")]  # (a toll: the victims')


def indicators(sentence: str, report: bool = False) -> list[str]:
    if report:
        r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n" + sentence + "\n", "gzbg-2026-99.txt")
    else:
        r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    return [m.indicator for m in r.measures("observation")]


def test_what_an_agent_brought_names_the_things_counted_right_before_as_the_agent():
    assert indicators("某省已举办线上招聘会600多场次，提供就业岗位近30万个。")[-1] == "线上招聘会提供就业岗位"
    assert indicators("截至目前，全国已建设2100个社区食堂，服务老年居民近800万人。") == [
        "建设社区食堂", "社区食堂服务老年居民"]
    assert indicators("分品类看，家电以旧换新超300万台，带动家电销售额超500亿元。")[-1] == "家电以旧换新带动家电销售额"


def test_what_an_agent_brought_is_no_figure_when_the_agent_is_not_counted_right_before():
    assert indicators("某市组织系列文旅活动，拉动消费60亿元。") == []
    assert not any("游客" in i for i in indicators("某古镇推出5条夜游线路，节日首日吸引游客超8万人次。"))
    assert not any("项目总投资" in i for i in indicators("某区国有资本累计投入超300亿元，带动项目总投资超900亿元。"))


def test_a_growth_an_agent_brought_and_a_services_aggregate_need_no_agent():
    assert indicators("某技术发展迅速，带动传感器进口增长15%。") == ["传感器进口"]
    assert indicators("上半年，服务进出口总额增长7%。") == ["服务进出口总额"]


def test_a_work_reports_government_provides_and_attracts_itself():
    assert indicators("累计提供“保供煤”5000万吨。", report=True) == ["提供“保供煤”"]
    assert not any("拉动消费" in i for i in indicators("累计投入超300亿元，拉动消费50亿元。", report=True))


def test_the_scheme_the_clause_before_carries_out_is_the_agent():
    assert indicators("开展促消费活动，拉动消费50亿元。", report=True) == ["促消费活动拉动消费"]
    assert indicators("深入实施“家电焕新”行动，拉动消费80亿元。", report=True) == ["“家电焕新”行动拉动消费"]
    assert indicators("某市组织系列文旅活动，拉动消费60亿元。") == []  # (a clause with a subject of its own)
    assert indicators("开展文旅消费提振行动，举办系列夜间消费活动，拉动消费30亿元。", report=True) == []  # (a run of
    # measures brought it: crediting the last alone would be wrong)


def test_what_was_driven_with_no_driver_before_it_is_no_figure_even_with_the_places_name():
    assert indicators("某县发放文旅消费券800万元，直接带动消费6.5亿元。", report=True) == []  # (not 直接带动消费)
    assert indicators("县创业投资基金首期2亿元到位，投资项目7个、带动社会资本投资9.3亿元。", report=True) == ["投资项目"]
    assert indicators("装备制造业利润增长12%，拉动全部规上工业利润增长2.1个百分点。") == ["装备制造业利润"]
    assert indicators("累计投入财政资金3亿元，带动社会投资12亿元。", report=True) == ["投入财政资金", "财政资金带动社会投资"]
    r = extract("某市数字经济发展规划\n一、发展基础\n实施数字乡村建设工程，带动总投资近300亿元。\n")
    assert [m.indicator for m in r.measures("observation")] == ["数字乡村建设工程带动总投资"]  # (a plan's background too)
    r = extract("2026年某县政府工作报告\n二、2026年工作安排\n力争带动就业8000人。\n", "gzbg-2026-99.txt")
    assert [(m.indicator, m.quantity.value) for m in r.measures("target")] == [("带动就业", 8000)]  # (a plan's own goal)


def test_a_measure_counted_right_before_is_no_agent():
    assert indicators("全省连接设备数量超过500万台，服务企业超20万家。", report=True) == ["设备数量"]  # (not 设备数量服务企业)


def test_a_count_of_people_keeps_what_they_do_after_them():
    assert indicators("2600名农业技术员开展驻村指导，服务农户1.2万户。", report=True)[0] == "农业技术员开展驻村指导"
    assert indicators("共有3000多名市民参与。") == []  # (a bare verb adds nothing to the count)
    assert indicators("全省已推动1800家制造企业实施智能化改造。", report=True) == ["制造企业实施智能化改造"]
    assert indicators("全年为2500家中小企业提供质量诊断服务。", report=True) == ["中小企业"]  # (those served)


def test_a_class_of_a_whole_places_sites_acting_is_the_subject():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全省图书馆、文化馆举办公益讲座2300场，全省日均新增经营主体900户。\n",
                "gzbg-2026-99.txt")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [
        ("公益讲座", "图书馆、文化馆"), ("日均新增经营主体", "")]  # (not all of the province's lectures; 日均 is no one)


def test_every_one_of_a_class_in_a_named_place_acting_is_the_subject():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n杭州各大城市公园今天接待游客超过30万人次，"
                "河南全省重点建设项目120个。\n", "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")][:1] == [("接待游客", "城市公园")]
    assert all(m.subject != "重点" for m in r.measures("observation"))  # (an adverb of the task, not who acts)


def test_a_counted_group_whose_verb_takes_the_figure_is_its_subject():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n目前已有36家省属企业建设78个创新联合体。\n", "20250402.md")
    assert [(m.indicator, m.subject) for m in r.measures("observation")] == [("建设创新联合体", "36家省属企业")]


def test_a_scheme_in_quotes_opening_the_clause_before_its_verb_stays_in_the_indicator():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n“订单培养”输送技能人才2300名，“以赛促学”带动参赛企业营收增长12%，"
                "“十四五”时期累计建设公园120个，“揭榜挂帅”项目带动研发投入30亿元。\n", "gzbg-2026-99.txt")
    names = [m.indicator for m in r.measures("observation")]
    assert "“订单培养”输送技能人才" in names and "“以赛促学”带动参赛企业营收" in names
    assert not any(n.startswith("“十四五”") for n in names)  # (a time, not a scheme)
    assert "“揭榜挂帅”带动研发投入" not in names  # (the name is of the 项目 after it, which stays)


def test_a_measure_after_a_count_named_before_its_number_is_of_the_things_counted():
    def rows(sentence: str) -> list[tuple[str, str]]:
        r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n" + sentence + "\n", "20250402.md")
        return [(m.indicator, m.subject) for m in r.measures("observation")]
    assert ("碳汇量", "60个林业碳汇项目") in rows("截至目前，全省共开发林业碳汇项目60个，碳汇量150万吨。")
    assert ("产值占工业总产值比重", "300家智能工厂") in rows("截至去年底，全国已建成智能工厂300家，产值占工业总产值的比重超过12%。")
    assert all(subject == "" for _, subject in rows("今年，全国共修订规章制度500多项，追责问责900多人。"))  # (done next)


def test_a_named_site_of_a_place_acting_in_a_later_clause_is_the_subject():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全省新增高新技术企业3000家，合肥某某科学城汇聚200多个科研团队，"
                "芜湖某某科技城落户56个项目。\n", "gzbg-2026-99.txt")
    rows = [(m.indicator, m.subject, m.region) for m in r.measures("observation")]
    assert ("科研团队", "合肥某某科学城", "合肥市") in rows  # (not the city's research teams)
    assert ("落户项目", "芜湖某某科技城", "芜湖市") in rows


def test_a_sites_name_that_is_what_is_counted_is_no_subject():
    r = extract("2026年某省政府工作报告\n一、2025年工作回顾\n全年完成货运量5亿吨，合肥新桥机场货运航线已达30条。\n",
                "gzbg-2026-99.txt")
    assert all(not m.subject for m in r.measures("observation"))  # (the routes are counted, not the airport's figures)


def test_a_rate_after_a_counted_group_is_not_the_groups():
    """已恢复供电用户12.4万户，恢复率达到86%: the rate is of all users, not of the ones counted (no subject 12.4万户…)."""
    news = extract("# 《新闻联播》 (20240618)\n\n### 要闻\n\n美国劳工部公布，美国5月份非农部门新增就业岗位27.2万个，失业率为4%。\n",
                   "20240618.md")
    assert [(m.indicator, m.subject) for m in news.measures("observation")] == [
        ("新增就业岗位", ""), ("美国失业率", "")]


def test_a_forecast_of_a_named_site_or_event_names_it():
    """A forecast row has no subject: a station or a fair the figure is of opens its indicator (not the province's
    passengers), and a body that only says it (某研究机构预计) does not."""
    news = extract("# 《新闻联播》 (20251001)\n\n### 要闻\n\n在湖南长沙南站，今天预计发送旅客26万人次，车站增开了人工售票窗口。\n"
                   "第五届中国国际消费品博览会将于4月13日在海口开幕，预计参展企业超过4000家。\n", "20251001.md")
    assert [m.indicator for m in news.measures("forecast")] == ["长沙南站发送旅客", "第五届中国国际消费品博览会参展企业"]


def test_a_reach_named_alone_is_the_reach_of_the_things_counted_right_before_it():
    assert [i for i, _ in subjects("今年以来共举办招聘会120场，参与群众超过8万人次。")][-1:] == ["招聘会参与群众"]
    assert [i for i, _ in subjects("今年全国共有1.6万个村举办“村晚”，参与群众超过1.2亿人次。")][-1:] == ["村晚参与群众"]
    plan = ("某县人民政府关于印发《某县健康促进行动方案》的通知\n某政发〔2025〕3号\n某县人民政府\n2025年3月1日\n"
            "某县健康促进行动方案\n到2027年，每年开展健康讲座不少于300场，覆盖人群不少于3万人次。\n")
    assert "健康讲座覆盖人群" in [m.indicator for m in extract(plan, "pkulaw-1.txt").measures("target")]
    assert [i for i, _ in subjects("今年全国有关部门共组织培训活动，参与人数超过26万人次。")] == ["参与人数"]  # (nothing
    # counted before it: left as it is)


def test_a_figure_of_an_action_after_a_campaign_named_by_it_is_the_campaigns():
    r = extract(NEWS_ITEM.format(sentence="即日起至9月底，全国消防救援机构将组织开展夏季消防检查，重点检查高层建筑，"
                                          "预计检查社会单位100万家次以上。"), "20250402.md")
    assert [m.indicator for m in r.measures("forecast")] == ["夏季消防检查社会单位"]
    plan = ("某县人民政府关于印发《某县健康促进行动方案》的通知\n某政发〔2025〕3号\n某县人民政府\n2025年3月1日\n"
            "某县健康促进行动方案\n到2027年，开展宫颈癌、乳腺癌免费筛查，每年完成筛查不少于1.2万人；开展数字乡村建设，"
            "建设数字农业示范基地5个。\n")
    assert [m.indicator for m in extract(plan, "pkulaw-1.txt").measures("target")] == [
        "每年宫颈癌、乳腺癌免费筛查", "建设数字农业示范基地"]  # (建设 names no campaign: the bases are built)


def test_the_figures_after_a_hosted_edition_of_an_event_are_the_events():
    text = ("2026年某县政府工作报告\n一、2025年工作回顾\n成功举办第十二届中国·龙山桃花节，接待游客52.6万人次、"
            "实现旅游综合收入3.8亿元。举办第三届龙山民俗文化节，接待游客86万人次，旅游收入7.2亿元，分别增长12.3%和15.1%。"
            "成功举办第五届龙山论坛，新增省级示范区3个。\n")
    names = [m.indicator for m in extract(text, "gzbg-2026-99.txt").measures("observation")]
    assert "第十二届中国·龙山桃花节接待游客" in names and "第十二届中国·龙山桃花节旅游综合收入" in names
    assert not any(n.startswith("第三届") for n in names)  # (the year's totals, with their growth)
    assert not any(n.startswith("第五届") for n in names)  # (what the year added, not what the forum brought)


def test_a_news_items_port_names_the_bare_throughput_of_its_figures():
    text = ("# 《新闻联播》 (20241212)\n\n### 辽宁营口港集装箱吞吐量创新高\n\n"
            "截至12月11日，营口港今年累计完成集装箱吞吐量516.3万标箱，同比增长5.8%。预计全年集装箱吞吐量将达到560万标箱左右。\n")
    r = extract(text, "20241212.md")
    assert [m.subject for m in r.measures("observation")] == ["营口港", "营口港"]
    assert [m.indicator for m in r.measures("forecast")] == ["营口港集装箱吞吐量"]  # (not a bare 集装箱吞吐量 of 辽宁省)
