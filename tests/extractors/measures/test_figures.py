"""Whether a number is a figure at all (policykg.extractors.measures.figures): numbers that name, fix or
relate rather than measure give no observation, and the figure beside them stays."""
from __future__ import annotations

import pytest

from kit import extract

NEWS_ITEM = "# 《新闻联播》 (20250402)\n\n### 要闻\n\n{sentence}\n"


def observed(sentence: str) -> list[tuple[str, str]]:
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    return [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")]


@pytest.mark.parametrize("sentence, kept", [
    ("射击比赛今天继续进行，中国选手李华以250.1的总分夺得女子50米步枪三姿金牌。", []),  # a distance in the event's name
    ("巴音沙漠东西长约200公里，南北宽120公里。", []),  # a place's length and width
    ("某市地铁运营线路总长达到450公里。", [("地铁运营线路总长", "450")]),  # a network's 总长 is a figure
    ("自2018年以来，农业农村部一共公布5批320个示范县。", []),  # the batches, then what they hold
    ("某省今年每100亿元工业投资就有60亿元投向了制造业。", []),  # a part per a base: a ratio, no amount
    ("为了方便新招来的100多家摊贩集中经营，街道把闲置的广场变成了夜市。", []),  # a clause of purpose
    ("为了照顾孩子，村干部往她家里跑了二十多趟。", []),  # one story's person
    ("23日，俄亥俄州一条高速公路上有超过500辆车被困。", []),  # one thing of a story
    ("今年6月，欧元区与世界其他地区的商品贸易顺差为80亿欧元。", [("欧元区与世界其他地区的商品贸易顺差", "8000000000")]),
    # (其他 is no person)
    ("当地时间3日，某国一架小型飞机坠毁致5人死亡。", [("死亡人数", "5")]),  # (one plane: the toll stays)
    ("多个产油国今天起自愿减产，日均减产规模从1万桶到40万桶不等。", []),  # a spread among members
    ("目前，省消防救援总队800余人正在灾区开展救援。", []),  # who acts now, in a story
    ("某省与6个中亚国家开展职业教育合作。", []),  # the partners of a cooperation
    ("今年，近40个最不发达国家的企业参展，展位数量比上届增加了一倍。", []),  # places whose firms the clause tells of
    ("目前，引江济淮工程已覆盖12座大中城市。", []),  # the places a network reaches, named with a qualifier
    ("近日，保护区工作人员在湖南石门县拍摄到两只黑鹳野外觅食的画面。", []),  # what one piece of footage shows
])
def test_a_number_that_names_fixes_or_relates_is_no_figure(sentence, kept):
    assert observed(sentence) == kept


def test_a_designed_capacity_is_a_specification_not_a_figure():
    assert observed("淮河入海水道二期工程设计行洪流量从每秒2000立方米扩大到每秒7000立方米。") == []
    assert observed("规上企业数字化研发设计工具普及率达到80%。") == [("规上企业数字化研发设计工具普及率", "80")]


def test_winners_an_event_picked_are_no_figure():
    sentence = "大赛分为两个赛道，共有600余名选手晋级总决赛，最终决出一等奖30名、二等奖60名，评出优秀指导教师奖50个。"
    assert observed(sentence) == [("选手晋级总决赛", "600")]
    assert observed("今天，有关部门召开表彰会，共评选推荐出120个“某某工作先进集体”和200名“某某工作先进个人”。") == []


def test_a_count_of_those_who_did_something_together_is_no_figure():
    assert observed("今年以来，三家基础电信企业和中国广电共建设5G基站30万个。") == [
        ("建设5G基站", "300000")]  # (not 基础电信企业 = 3)
    assert observed("我国累计支持13万个行政村光纤网络建设和近11万个基站建设。")[:1] == [
        ("支持行政村光纤网络建设", "130000")]  # (items of a list each keep their count; what was supported)


@pytest.mark.parametrize("sentence, kept", [
    ("2026年某某科技周今天开幕，现场集中展示了120多项科技成果。", []),  # what a show presented
    ("某某论坛今天闭幕，论坛发布了8项创新成果。", []),
    ("某某花节今天开幕，三地联合发布了6条乡村旅游线路。", []),  # routes a festival launched
    ("某省今年以来累计发布了36项农业主推技术。", [("农业主推技术", "36")]),  # what was launched over time
])
def test_items_a_show_or_a_launch_presented_are_no_figure(sentence, kept):
    assert observed(sentence) == kept


def test_items_launched_so_far_are_a_figure():
    r = extract("某地新闻\n某领域技术研究与国际同步，已发布国家标准40项。")
    assert [(m.indicator, str(m.quantity.value)) for m in r.measures("observation")] == [("国家标准", "40")]


@pytest.mark.parametrize("sentence, kept", [
    ("日前，两艘大型汽车滚装船在长江南通段下水。", []),  # a count under ten in words: a story's detail
    ("近日，三所师范大学全体毕业生给母校写信。", []),
    ("他说，驾驶室里的操作空间只有三平方米。", []),
    ("某地地震已造成两人死亡。", [("死亡人数", "2")]),  # a toll stays
    ("某省游客接待量增长超两倍。", [("游客接待量", "2")]),  # a multiple stays
    ("某港今年新开通3条国际航线。", [("新开通国际航线", "3")]),  # the same count in digits stays
])
def test_a_count_under_ten_in_words_is_a_detail_not_a_figure(sentence, kept):
    assert observed(sentence) == kept


@pytest.mark.parametrize("sentence, indicators", [
    ("据当地媒体报道，昨晚德国多地发生抗议活动，超过200人被捕。", ["德国被捕人数"]),  # whose arrests: the country's
    ("当地时间6日，智利发生强烈地震，已造成30多人死亡。", ["死亡人数"]),  # a casualty count stays as it is
    ("内蒙古一处工地发生冲突，12人被捕。", ["被捕人数"]),  # (not 蒙古: a region's name)
])
def test_an_arrest_count_takes_the_one_country_its_sentence_names(sentence, indicators):
    r = extract("某地新闻\n" + sentence, "news_2026-04-16.md")
    assert [m.indicator for m in r.measures("observation")] == indicators


def test_a_count_of_one_first_of_its_kind_things_parts_is_no_figure():
    assert observed("全国首套智慧渔港监测系统近日在某港投入使用，技术人员布设了6套声呐设备。") == []
    assert observed("全国首套智慧渔港监测系统投入使用，今年以来累计监测船舶进出港12万艘次。") == [
        ("监测船舶进出港", "120000")]  # (a tally of what it did is a figure)


@pytest.mark.parametrize("sentence, kept", [
    ("目前，全国已有超1500座光伏电站陆续并网运行。", []),  # (those that went on line: the row cannot say it)
    ("今年，共有3600余家企业线上参展。", []),
    ("湖边，近千只灰鹤在此越冬。", []),
    ("截至目前，已有3万户购房家庭如期拿到新房钥匙。", []),  # (not 购房家庭 3万户: those that got their keys)
    ("目前，全国已有2300座充电站投入使用。", ["充电站投入使用"]),  # (the verb is kept: what is counted is said)
])
def test_a_count_of_things_that_did_what_the_row_leaves_out_is_no_figure(sentence, kept):
    r = extract(NEWS_ITEM.format(sentence=sentence), "20250402.md")
    assert [m.indicator for m in r.measures("observation") if m.quantity.unit in ("座", "家", "只", "户")] == kept


def test_things_counted_and_then_what_they_did_after_a_time_word_are_no_figure():
    assert observed("记者今天从某部了解到，某省甲县、乙县等5个县级国土空间规划日前正式获批。") == []
    # (the plans approved, which the row cannot say)
    assert observed("某省今年新增城市公园12个。") == [("新增城市公园", "12")]


def test_a_count_of_quarters_or_weeks_a_figure_held_is_no_figure():
    r = extract("# 《新闻联播》 (20250402)\n\n### 要闻\n\n今年前三季度，“新三样”产品出口值连续9个季度保持两位数增长。\n", "20250402.md")
    assert r.measures() == []  # (how long it held, not how much)


@pytest.mark.parametrize("sentence", [
    "今年，我国无人机已畅销至120多个国家和地区。",  # where a product is sold
    "目前，某机场国际航线通航40个国家，其中今年新增甲国、乙国2个通航国家。",  # the places a route now reaches
])
def test_the_places_a_product_or_network_reaches_are_no_figure(sentence):
    assert extract(NEWS_ITEM.format(sentence=sentence), "20250402.md").measures("observation") == []


def test_what_others_did_with_a_schemes_support_is_no_figure_and_what_was_supported_keeps_the_verb():
    assert observed("截至6月，某专项资金已支持各地累计改造老旧供水管网2.1万公里。") == []  # (the supported part only)
    assert observed("全国已支持3000多个老旧小区改造项目。") == [("支持老旧小区改造项目", "3000")]  # (what was supported)
    assert observed("目前，某省建立重点企业清单，省市联动支持企业建设了50个省级重点数字化平台。") == [
        ("建设省级重点数字化平台", "50")]  # (a government's support of what firms built: all of them)
    assert observed("如今，三地已共同资助150余项基础研究合作项目。") == [("资助基础研究合作项目", "150")]


def test_what_one_team_is_made_of_is_no_figure():
    assert observed("中国救援队共82人，携带设备将赴当地开展搜救。") == []
    assert observed("今年以来，全省累计派出医疗队员3000余人次。") == [("派出医疗队员", "3000")]  # (a tally, not a make-up)


def test_what_is_still_to_come_is_no_figure():
    assert observed("目前，一号船已完成8个站位调查作业，二号船接棒开展后续6个站位调查作业。") == [("站位调查作业", "8")]


def test_what_a_released_document_holds_is_no_figure_unless_it_reports_statistics():
    assert observed("国家标准委发布《兽药中文通用名称》强制性国家标准，新增150个新兽药品种名称，清理了300余项不符合要求的名称。") == []
    assert observed("国家统计局发布《2024年国民经济和社会发展统计公报》，全年新设经营主体2500万户。") == [("新设经营主体", "25000000")]


def test_a_count_of_things_followed_by_the_manner_and_verb_of_what_they_do_is_no_figure():
    assert observed("目前，全省13个设区市、省属企业和2.5万个基层党组织全面启动部署。") == []  # (全面 tagged a noun)
    assert observed("目前，全省共有基层党组织2.5万个。") == [("基层党组织", "25000")]


def test_a_number_inside_a_standard_is_no_target():
    r = extract("某区生活垃圾分类方案\n一、主要任务\n各街道要按照每400户设置1个集中投放点的标准，对投放点进行排查补缺。\n")
    assert r.measures("target") == []


@pytest.mark.parametrize("sentence", [
    "见习期限3至12个月。",                                                      # the term of a measure
    "青年驿站为来本市求职的高校毕业生提供最长7天免费住宿。",
    "对总投资10亿元以上、对产业链具有重大带动作用的技改项目，实行“一事一议”。",     # which projects: a threshold
])
def test_terms_and_thresholds_of_measures_are_no_targets(sentence):
    assert extract("某市促进就业若干措施\n一、主要任务\n" + sentence + "\n").measures("target") == []


def test_what_a_show_will_present_is_no_forecast():
    r = extract(NEWS_ITEM.format(sentence="2026世界智能制造大会将于9月20日在南京开幕，预计参展企业600余家，展出2000余项新产品。"),
                "20250402.md")
    assert [m.indicator for m in r.measures("forecast")] == ["2026世界智能制造大会参展企业"]  # (not 新产品: what the show
    # presents; the show named, as a forecast row has no subject)


def test_a_norm_set_in_principle_is_no_target():
    r = extract("某市冷链物流发展行动方案\n一、主要目标\n布局建设一批乡镇冷链集配站，每个站点冷库容量原则上不低于300立方米。\n")
    assert r.measures("target") == []


def test_what_each_thing_must_have_at_least_is_a_standard_not_a_target():
    r = extract("某市全民健身设施行动方案\n一、主要目标\n新建体育公园60个，其中每个县城至少建成1个体育公园。\n")
    assert [m.indicator for m in r.measures("target")] == ["新建体育公园"]
    r = extract("某市卫生健康事业发展方案\n一、主要目标\n县域内就诊率达到90%以上，每个县市建成1个中医医院。\n")
    assert [m.indicator for m in r.measures("target")] == ["县域内就诊率"]  # (each one's to build, not a count to reach)


def test_the_fee_a_measure_caps_is_no_target():
    r = extract("2026年某市政府工作报告\n二、2026年重点工作\n扩大政府性融资担保规模，新增担保贷款5亿元以上，担保费率不超过1%。\n",
                "gzbg-2026-99.txt")
    assert [m.indicator for m in r.measures("target")] == ["新增担保贷款"]


@pytest.mark.parametrize("sentence", [
    "预计12月3日至5日，我国北方大部地区气温将下降8至12℃，最低气温0℃线将南压至华南北部一带。",  # the name of a line
    "多家银行宣布，存量房贷利率的加点幅度偏离超过30个基点时，借款人可与银行协商调整。",  # the condition of a rule
])
def test_a_number_naming_a_line_or_a_rules_condition_is_no_figure(sentence):
    r = extract("# 《新闻联播》 (20250402)\n\n### 某条新闻\n\n" + sentence + "\n", "20250402.md")
    assert r.measures("observation") == [] and r.measures("forecast") == []


def test_a_benefits_rate_raised_from_one_level_to_another_is_no_figure():
    text = ("2026年某县政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n"
            "认养古民居的，补助比例由20%提高到35%，全县古民居修缮率达到80%。\n")
    got = [m.indicator for m in extract(text, "gzbg-2026-98.txt").measures()]
    assert got == ["全县古民居修缮率"]


def test_a_measures_standard_per_mu_is_no_target():
    text = ("某县人民政府关于印发某县2025年粮食生产扶持措施的通知\n某政〔2025〕3号\n各乡镇人民政府：\n"
            "现将《某县2025年粮食生产扶持措施》印发给你们，请认真贯彻执行。\n某县人民政府\n2025年3月1日\n"
            "某县2025年粮食生产扶持措施\n一、目标任务\n2025年，全县新建高标准农田5万亩，亩均投入不低于2600元；"
            "玉米每亩保险金额900元；粮食总产量稳定在20亿斤以上。\n")
    got = [m.indicator for m in extract(text, "pkulaw-13.txt").measures("target")]
    assert got == ["全县新建高标准农田", "粮食总产量"]


def test_a_price_a_rule_applies_is_no_target():
    text = ("某县人民政府关于深化农业水价综合改革的实施意见\n某政发〔2025〕3号\n各乡镇人民政府：\n"
            "（一）深化农业水价综合改革。到2027年，高效节水灌溉面积达到50万亩；地表水灌溉水价执行0.26元/立方米，地下水执行0.12元/立方米。\n")
    got = [m.indicator for m in extract(text, "pkulaw-7.txt").measures("target")]
    assert got == ["高效节水灌溉面积"]  # (not 地表水灌溉水价执行 0.26 元/立方米)


def test_a_size_that_says_which_projects_count_is_part_of_what_is_counted():
    text = ("2026年某县政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n"
            "全年新开工亿元以上项目45个，其中10亿元以上项目5个，新增5000万元以上项目90个。"
            "对农产品网络销售额2万元以上且快递单量达1000单以上的经营主体进行补助。\n")
    got = [(m.indicator, m.quantity.value) for m in extract(text, "gzbg-2026-98.txt").measures("observation")]
    assert got == [("新开工亿元以上项目", 45), ("新增5000万元以上项目", 90)]  # (not 亿元以上项目 5: of the ten-billion ones)


def test_a_floor_each_event_or_thing_is_held_to_is_no_target():
    text = ("某区促进退役军人就业创业若干措施\n一、工作目标\n到2027年，每年举办退役军人专场招聘会不少于6场，每场提供岗位不少于500个。\n"
            "二、保障措施\n加强组织领导。\n")
    got = [(m.indicator, m.quantity.value) for m in extract(text, "pkulaw-8.txt").measures("target")]
    assert ("提供岗位", 500) not in got and len(got) == 1  # (each fair's floor; the fairs' count stays)


def test_a_number_that_says_which_things_a_rule_is_for_and_a_particle_size_are_no_figures():
    news = "# 《新闻联播》 (20250128)\n\n### 要闻\n\n春节假期，全国高速公路对7座及以下小型客车免收通行费。\n"
    assert extract(news, "20250128.md").measures() == []
    plan = ("某省人民政府办公厅关于印发《某省某病防控方案》的通知\n某政办发〔2024〕3号\n某省人民政府办公厅\n2024年3月1日\n"
            "某省某病防控方案\n到2026年，疫木粉碎后的颗粒直径不超过1厘米，除治率达到95%以上。\n")
    assert [m.indicator for m in extract(plan, "pkulaw-1.txt").measures("target")] == ["除治率"]


def test_an_insurances_terms_and_the_size_that_defines_a_grade_are_no_targets():
    text = ("某县人民政府关于加快推进特色产业高质量发展的实施意见\n某政〔2025〕9号\n各乡镇人民政府：\n"
            "一、发展目标\n到2027年，全县辣椒种植面积达到10万亩。\n二、支持措施\n"
            "（一）开展辣椒价格指数保险，每亩保险金额2000元，保险费率6%，县财政补贴保费的70%。\n"
            "（二）小型塘坝（总库容1万至10万立方米）：每座补助5万元。\n")
    got = [m.indicator for m in extract(text, "pkulaw-13.txt").measures("target")]
    assert got == ["全县辣椒种植面积"]


def test_a_share_of_a_cost_a_policy_assigns_is_no_target():
    text = ("某省财政厅关于做好基层气象设施建设资金保障工作的通知\n某财建〔2025〕7号\n各市财政局：\n"
            "一、工作目标\n到2026年，全省自动气象站覆盖率达到98%。\n二、资金安排\n"
            "（一）市级财政应当将设施运维经费纳入预算，平原地区配套比例不低于1∶1，山区不低于1∶2。\n"
            "（二）设备购置费用由省、市按6∶4的分担比例承担。\n")
    got = [m.indicator for m in extract(text, "pkulaw-14.txt").measures("target")]
    assert got == ["自动气象站覆盖率"]


PLAN = ("某县农机社会化服务提升实施方案\n一、工作目标\n到2027年，全县农作物耕种收综合机械化率达到90%以上。\n"
        "二、重点任务\n{sentence}\n三、保障措施\n加强组织领导。\n")


@pytest.mark.parametrize("sentence", [
    "（一）耕地面积300亩以上（含流转土地）的种植大户，应配备烘干设施。",  # a threshold, an aside, then 的
    "（二）对购置植保无人机的服务组织，每架补助2万元，每个服务组织最多补助4架。",  # a grant's quota
    "（三）入驻农机服务中心的企业，租金给予全额补贴，补贴面积最高不超过3000平方米。",  # a grant's bound
    "（四）每台烘干机配备1名持证操作人员，补助标准为每人每月800元。",  # a norm for each machine
    "（五）农机综合保险每台保险金额不低于20万元，保费由县财政补助40%。",  # an insurance's term
])
def test_terms_of_measures_and_qualifiers_are_no_targets(sentence):
    got = [m.indicator for m in extract(PLAN.format(sentence=sentence), "plan.txt").measures("target")]
    assert got == ["全县农作物耕种收综合机械化率"]


def test_a_figure_with_its_parts_in_brackets_names_no_part_with_another_figure_glued_on():
    sentence = "（六）2026年，新增植保无人机40架（其中载重30公斤及以下12架、30至50公斤20架、50公斤以上8架）。"
    got = [m.indicator for m in extract(PLAN.format(sentence=sentence), "plan.txt").measures("target")]
    assert got == ["全县农作物耕种收综合机械化率", "新增植保无人机"]  # (not 载重30公斤及以下12架 = 20)


def test_a_size_right_after_a_projects_phase_names_the_project():
    text = ("2026年某市政府工作报告\n各位代表：\n二、2026年重点工作\n推动某某锂电材料项目三期2万吨开工建设，全年新建充电桩1200个。\n")
    got = [(m.indicator, m.quantity.value) for m in extract(text, "gzbg-2026-98.txt").measures("target")]
    assert all(v != 20000 for _, v in got) and any(v == 1200 for _, v in got)


def test_an_annual_capacity_right_after_a_verb_of_building_names_the_project():
    text = ("2026年某市政府工作报告\n各位代表：\n二、2026年重点工作\n开工建设年产5万吨磷酸铁锂项目，全年新建充电桩900个。\n")
    got = [(m.indicator, m.quantity.value) for m in extract(text, "gzbg-2026-98.txt").measures("target")]
    assert all(v != 50000 for _, v in got) and any(v == 900 for _, v in got)


def test_a_gap_whose_direction_follows_its_benchmark_is_no_figure():
    assert observed("今年以来，某县亩桑产值比全区平均水平低约15%，鲜茧产量3100吨。") == [("鲜茧产量", "3100")]


def test_a_digest_line_its_story_tells_again_states_no_figure_of_its_own():
    text = ("# 《新闻联播》 (20241203)\n\n## 新闻摘要\n\n本期节目主要内容：\n\n1.【一线调研】某港今年货物吞吐量提前突破5000万吨；\n\n"
            "2.某县全年粮食播种面积稳定在58万亩以上；\n\n## 国内新闻\n\n### 某港今年货物吞吐量提前突破5000万吨\n\n"
            "今年以来，某港货物吞吐量提前突破5000万吨，同比增长8.2%。\n")
    r = extract(text, "20241203.md")
    assert [(m.evidence.text[:2], str(m.quantity.value)) for m in r.measures("observation")] == [
        ("2.", "580000"), ("今年", "50000000"), ("今年", "8.2")]
