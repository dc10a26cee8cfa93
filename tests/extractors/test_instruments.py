"""extractors/instruments.py: policy measures are instruments, not targets
(issue 13, class 1) — type from the closed list, amount with its bound, one
instrument per amount of a 分别 list with its own beneficiary, the condition
a beneficiary states."""
from __future__ import annotations

import re

import pytest

from kit import d, document, extract, extract_file, value

POLICY = document("policy_measures.txt")

TITLE = "某市支持制造业高质量发展若干政策"


@pytest.fixture(scope="module")
def policy():
    return extract_file(POLICY)


def instruments(r, beneficiary: str | None = None):
    return [m for m in r.measures("instrument") if beneficiary is None or m.beneficiary == beneficiary]


def test_respectively_two_amounts_are_two_instruments_with_their_beneficiaries(policy):
    national = instruments(policy, "新认定的国家级专精特新企业")
    provincial = instruments(policy, "新认定的省级专精特新企业")
    assert [value(m) for m in national] == [(d("1000000"), None, "元", "=")]
    assert [value(m) for m in provincial] == [(d("300000"), None, "元", "=")]
    assert {m.category for m in national + provincial} == {"资金支持"}
    assert {m.policy for m in national + provincial} == {TITLE}


def test_respectively_three_amounts(policy):
    got = {m.beneficiary: value(m)[0] for m in policy.measures("instrument") if "企业技术中心" in m.beneficiary}
    assert got == {"首次认定的国家级企业技术中心": d("2000000"), "首次认定的省级企业技术中心": d("800000"),
                   "首次认定的市级企业技术中心": d("200000")}


def test_policy_measures_are_not_targets(policy):
    assert policy.measures("target") == []
    assert policy.measures("observation") == []
    assert not [m for m in policy.measures() if "分别给予" in m.indicator or "奖励" in m.indicator]


def test_an_upper_bound_and_a_condition(policy):
    (m,) = instruments(policy, "年营业收入首次突破1亿元的企业")
    assert value(m) == (d("500000"), None, "元", "<=")
    assert m.condition == "年营业收入首次突破1亿元"
    assert not [x for x in policy.measures() if x.quantity is not None and x.quantity.value == d("100000000")]


def test_a_benefit_without_an_amount(policy):
    (m,) = instruments(policy, "符合条件的小微企业")
    assert (m.category, m.quantity) == ("税收优惠", None)


def test_a_budget_line_is_an_instrument(policy):
    budget = [m for m in policy.measures("instrument") if m.quantity is not None and m.quantity.value == d("500000000")]
    assert [m.category for m in budget] == ["资金支持"]


def test_a_numbered_measure_keeps_its_beneficiaries():
    r = extract("""\
        某市支持专精特新企业发展若干政策
        一、支持措施
        （一）对新认定的国家级、省级专精特新企业，分别给予一次性奖励80万元、20万元。
        """)
    assert [m.beneficiary for m in r.measures("instrument")] == ["新认定的国家级专精特新企业", "新认定的省级专精特新企业"]


def test_an_amount_before_de_after_a_grant_verb_is_the_grant_and_one_after_a_noun_is_a_condition():
    r = extract("""\
        某市促进航空产业发展若干措施
        一、支持措施
        （一）对新落户的整机制造企业，给予最高300万元的一次性落户奖励。
        （二）对投资额5000万元以上的项目，给予一次性奖励100万元。
        """)
    assert [(m.beneficiary, value(m)) for m in r.measures("instrument")] == [
        ("新落户的整机制造企业", (d("3000000"), None, "元", "<=")), ("投资额5000万元以上的项目", (d("1000000"), None, "元", "="))]


def test_an_articles_beneficiary_is_read_past_its_article_number():
    r = extract("""\
        某区企业研发费用补助实施细则
        第三条　对年度研发费用投入超过200万元的高新技术企业，按增量部分的10%给予补助，单家企业最高不超过80万元。
        """)
    (m,) = r.measures("instrument")
    assert (m.beneficiary, m.condition, value(m)) == (
        "年度研发费用投入超过200万元的高新技术企业", "年度研发费用投入超过200万元，单家企业", (d("800000"), None, "元", "<="))


def test_an_interest_subsidy_is_financial_support():
    r = extract("""\
        某市支持制造业高质量发展若干政策
        一、支持措施
        对企业技术改造项目贷款，按照贷款市场报价利率的50%给予贴息，单个企业每年最高200万元。
        """)
    (m,) = r.measures("instrument")
    assert m.category == "金融支持" and value(m) == (d("2000000"), None, "元/年", "<=")  # (a cap per year)


def test_a_reserve_ratio_cut_is_financial_support():
    r = extract("""\
        ---
        title: 金融数据
        date: 2024-07-15
        ---
        中国人民银行宣布下调存款准备金率0.25个百分点，释放长期资金约5000亿元。
        """, "news.md")
    assert {m.category for m in r.measures("instrument")} == {"金融支持"}


def test_a_reported_figure_is_not_an_instrument():
    r = extract("""\
        ---
        title: 金融数据
        date: 2024-07-15
        ---
        上半年，人民币贷款增加13.27万亿元。
        """, "news.md")
    assert r.measures("instrument") == []
    assert r.measure("observation", "人民币贷款增量").quantity.value == d("13270000000000")


def test_a_cited_policy_in_the_preamble_is_no_instrument():
    r = extract("""\
        某省某某产业发展行动方案
        为贯彻落实《某某产业发展规划》，结合本省实际，制定本方案。
        """)
    assert r.measures("instrument") == []


def test_no_instrument_in_a_review():
    r = extract("""\
        2026年某省政府工作报告
        一、2025年工作回顾
        过去一年，我们对新认定的专精特新企业给予奖励资金3亿元。
        """)
    assert r.measures("instrument") == []


@pytest.mark.parametrize("sentence", [
    "某某新闻\n近年来，中央财政累计投入50亿元支持社区养老设施建设。",
    "某某新闻\n今年一季度，某银行新发放小微企业贷款超200亿元。",
    "某某新闻\n五年来，银行业为实体经济提供新增资金10万亿元。",
    "某某新闻\n其中，对小微企业发放的普惠贷款余额为32.5万亿元，同比增长12%。",   # a balance
])
def test_money_already_spent_is_a_statistic_not_an_instrument(sentence):
    assert extract(sentence).measures("instrument") == []


def test_an_amount_reached_is_no_grant():
    r = extract("某省2026年政府工作报告\n加大科技投入，全社会科技投入达到500亿元。", "gzbg.txt")
    assert [m for m in r.measures("instrument") if m.quantity is not None] == []


@pytest.mark.parametrize("sentence", ["健全金融服务实体经济工作机制。", "加大财政资金保障力度，提高资金使用效率。",
                                      "深化政府投资基金管理改革。", "加大民营企业信贷投放，支持骨干企业扩规模。",
                                      "加强对重点领域的优质金融服务。", "稳妥推进存贷款基准利率与市场利率并轨。",
                                      "更好发挥国债收益率曲线定价基准作用。", "规范税收优惠、财政补贴政策。"])
def test_a_reform_of_how_money_is_given_is_no_instrument(sentence):
    r = extract("某省2026年政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg.txt")
    assert r.measures("instrument") == []


@pytest.mark.parametrize("sentence, who", [("向特殊困难家庭发放一次性生活补贴。", "特殊困难家庭"),
                                           ("向特殊困难家庭增发一次性生活补贴。", "特殊困难家庭"),
                                           ("对提供有效线索的举报人依照规定给予奖励。", "提供有效线索的举报人")])
def test_a_concrete_benefit_without_an_amount_is_still_an_instrument(sentence, who):
    r = extract("某省2026年政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg.txt")
    assert [(m.category, m.beneficiary) for m in r.measures("instrument")] == [("资金支持", who)]


def test_a_subsidy_scheme_set_up_is_an_instrument():
    r = extract("某省2026年政府工作报告\n二、2026年重点工作\n八是建立城乡居民养老保险丧葬补助金制度。", "gzbg.txt")
    assert [m.category for m in r.measures("instrument")] == ["资金支持"]


def test_items_that_name_instruments_give_their_purpose_as_beneficiary():
    r = extract("某地新闻\n人民银行宣布，增加普惠养老再贷款额度、绿色发展再贷款额度各2000亿元。")
    assert [(m.category, m.beneficiary, value(m)[0]) for m in r.measures("instrument")] == [
        ("金融支持", "普惠养老", d("200000000000")), ("金融支持", "绿色发展", d("200000000000"))]


def test_each_before_the_verb_ends_the_beneficiary():
    r = extract("某地新闻\n财政部宣布，对国家级、省级示范企业各奖励50万元。")
    assert [(m.beneficiary, value(m)[0]) for m in r.measures("instrument")] == [("国家级、省级示范企业", d("500000"))]


def test_money_already_paid_out_to_someone_is_a_statistic():
    r = extract("某地新闻\n一次性扩岗补助政策实施4个月，已向2.1万户企业发放0.8亿元。")
    assert r.measures("instrument") == []


@pytest.mark.parametrize("sentence", [
    "积极探索通过天使投资、科技保险等方式推动科技成果转化。",          # a direction to explore
    "加快建设自主可控的跨境支付体系。",                                  # building a system: a reform
    "推动银行间和交易所债券市场互联互通。",
    "提高财政资金使用效益。",
])
def test_directions_and_reforms_are_no_instruments(sentence):
    r = extract("某省2026年政府工作报告\n二、2026年重点工作\n" + sentence, "gzbg.txt")
    assert r.measures("instrument") == []


def test_money_that_already_paid_for_work_done_is_a_statistic():
    r = extract("某地新闻\n其中，有关部门共安排中央资金500多亿元，支持实施了800多处灌区改造项目。")
    assert r.measures("instrument") == []


def test_a_foreign_governments_aid_is_no_instrument_of_chinese_policy():
    item = ("# 《新闻联播》 (20250402)\n\n## 详细新闻\n\n### 国际快讯\n\n"
            "央视网消息（新闻联播）：据统计，法国政府向受灾农户提供的补助资金超过3亿欧元。\n")
    assert extract(item, "20250402.md").measures("instrument") == []
    chinese = item.replace("法国政府", "我国财政部门").replace("亿欧元", "亿元")
    assert [m.category for m in extract(chinese, "20250402.md").measures("instrument")] == ["资金支持"]
    group = item.replace("据统计，法国政府向受灾农户提供的补助资金超过3亿欧元。",
                         "西方国家曾承诺每年提供500亿美元资金，帮助发展中国家应对干旱。")  # 发展中国家 names no China
    assert extract(group, "20250402.md").measures("instrument") == []


@pytest.mark.parametrize("sentence", [
    "其中，向300万户企业发放稳岗资金20亿元，是去年全年的1.5倍。",   # money already paid, compared with last year
    "灾情发生后，当地银行发放首笔500万元救灾专项贷款。",              # a bank's first loan: an event
])
def test_news_of_money_paid_is_no_instrument(sentence):
    assert extract("某地新闻\n" + sentence, "news_2026-04-16.md").measures("instrument") == []


@pytest.mark.parametrize("sentence", [
    "对商业银行开展的理财产品网络营销进行全面规范。",          # a rule over a financial product
    "对可能被利用的账户信息、贷款信息等实施重点保护。",          # protected information, no loan granted
    "开展资质认定、政府采购等壁垒清理整治。",                  # barriers cleared, nothing bought
    "稳步扩大债券市场规模，丰富债券市场品种。",                # a market grown, no bond issued for anyone
    "对作出突出贡献的单位和个人给予表彰和奖励。",              # a commendation
])
def test_rules_directions_and_commendations_are_no_instruments(sentence):
    r = extract("某市促进经济发展若干措施\n一、重点任务\n" + sentence)
    assert r.measures("instrument") == []


def test_a_reward_with_protection_is_still_granted():
    r = extract("某市促进经济发展若干措施\n一、重点任务\n对提供有效线索的举报人给予奖励和保护。")
    assert [m.category for m in r.measures("instrument")] == ["资金支持"]


MEASURES = "某市促进产业发展若干措施\n一、支持措施\n{item}\n二、保障措施\n加强组织领导。\n"


@pytest.mark.parametrize("item, kind, rate, comparator", [
    ("（一）对企业购买首台（套）重大技术装备的，按售价的15%给予奖励。", "资金支持", "15", "="),
    ("（二）鼓励金融机构支持中小企业，对企业流动资金贷款给予贴息，贴息比例不超过40%。", "金融支持", "40", "<="),
    ("（三）对参加境外专业展会的企业，给予展位费70%的补助。", "资金支持", "70", "="),
])
def test_a_rate_a_measure_gives_is_an_instruments_amount_not_a_target(item, kind, rate, comparator):
    r = extract(MEASURES.format(item=item))
    assert [(m.category, value(m)) for m in r.measures("instrument")] == [(kind, (d(rate), None, "%", comparator))]
    assert r.measures("target") == []  # (贴息比例 ≤ 40% was a target)


def test_a_reduced_tax_rate_is_a_tax_measure_without_an_amount_nor_a_target():
    r = extract(MEASURES.format(item="（四）经认定的技术先进型服务企业，减按15%的税率征收企业所得税。"))
    assert [(m.category, m.quantity) for m in r.measures("instrument")] == [("税收优惠", None)]  # (15% is the rate paid)
    assert r.measures("target") == []


def test_a_rate_capped_by_an_amount_is_one_instrument_with_the_amount():
    r = extract(MEASURES.format(item="（一）对企业购买首台（套）重大技术装备的，按售价的15%给予奖励，最高不超过300万元。"))
    assert [value(m) for m in r.measures("instrument")] == [(d("3000000"), None, "元", "<=")]


def test_a_benefit_that_grew_is_a_figure_not_a_rate():
    r = extract(MEASURES.format(item="（一）困难群众生活补贴标准提高12%。"))
    assert r.measures("instrument") == []
    assert [value(m)[0] for m in r.measures("target")] == [d("12")]


def test_a_one_sentence_item_granting_a_benefit_without_an_amount_is_an_instrument():
    r = extract(MEASURES.format(item="（一）对符合条件的小型微利企业免征房产税。"))  # (it was taken for a heading)
    assert [(m.category, m.beneficiary) for m in r.measures("instrument")] == [("税收优惠", "符合条件的小型微利企业")]


def test_a_beneficiary_may_hold_a_word_opening_with_the_character_an():
    item = "（一）对企业按期还本付息的技改贷款，按照实际支付利息的50%给予贴息，单户企业年度贴息最高不超过30万元。"
    (m,) = extract(MEASURES.format(item=item)).measures("instrument")
    assert (m.beneficiary, value(m)) == ("企业按期还本付息的技改贷款", (d("300000"), None, "元/年", "<="))  # (not 企业; a cap a year)


def test_a_list_of_thresholds_gives_each_amount_its_own_threshold():
    item = "（一）对年度软件业务收入首次超过2亿元、8亿元的软件企业，分别给予20万元、60万元奖励。"
    got = {m.beneficiary: value(m)[0] for m in extract(MEASURES.format(item=item)).measures("instrument")}
    assert got == {"年度软件业务收入首次超过2亿元的软件企业": d("200000"), "年度软件业务收入首次超过8亿元的软件企业": d("600000")}
    item = "（一）对规上工业企业年营业收入首次突破5亿元、20亿元的，分别给予30万元、80万元奖励。"
    got = {m.beneficiary: value(m)[0] for m in extract(MEASURES.format(item=item)).measures("instrument")}
    assert got == {"规上工业企业年营业收入首次突破5亿元": d("300000"), "规上工业企业年营业收入首次突破20亿元": d("800000")}


@pytest.mark.parametrize("sentence", [
    "《某省工业发展专项资金管理办法》同时废止。",                                    # a title that names a fund
    "市场监管部门加强消费券核销监管，严厉打击套取补贴等违法行为。",                   # a benefit misused
    "各项补贴资金由市财政局会同市商务局按程序拨付。",                               # how money is paid out
    "对结余的财政资金按规定收回统筹使用。",
])
def test_titles_misuse_and_procedures_of_money_are_no_instruments(sentence):
    assert extract(MEASURES.format(item="（一）其他事项。" + sentence)).measures("instrument") == []


def test_the_purpose_of_a_rule_is_no_instrument():
    text = ("某市科技成果转化贷款风险补偿资金管理办法\n第一条　为规范风险补偿资金管理，引导银行机构加大对科技型中小企业的信贷支持，"
            "根据有关规定，制定本办法。\n第二条　对合作银行发放的科技成果转化贷款给予风险补偿。\n")
    assert [m.category for m in extract(text).measures("instrument")] == ["金融支持"]  # (the second article only)


@pytest.mark.parametrize("sentence", [
    "同一企业按差额补足方式享受，不重复奖励。",                                         # how awards combine
    "对未按计划完成任务的企业，扣减当年保管费用补贴。",                                  # a benefit taken back
    "市经济和信息化局组织复核，会同市财政局下达奖励资金。",                              # how money is paid out
    "认定类别奖励金额",                                                                # a table's column heads
    "入住不满3个月的，不计入补贴人数。",                                                 # how a grant is counted
    "本措施所需资金纳入县级财政预算，统筹使用中央和省级补助资金。",                       # where money comes from
    "县财政局、县审计局对奖补资金使用情况开展监督检查和绩效评价。",                       # audit
    "购车补贴和销售奖励政策执行至2025年12月31日。",                                      # how long it lasts
    "渔船减船补助按照国家和省有关规定执行。",                                            # another rule's
    "消费券、旅行社奖励等事项可按批次即时兑现。",                                        # how it is paid out
    "组织开展年度评估，评估结果作为分配补助资金的重要参考，对成效明显的地区给予通报表扬。",  # commendation
    "补贴资金实行总额控制、先到先得。",                                                 # a budget rule
    "补贴资金统一通过“一卡通”直接发放到种植户的社保卡。",                               # how it is paid
])
def test_rules_of_combining_taking_back_and_paying_out_are_no_instruments(sentence):
    assert extract(MEASURES.format(item="（一）其他事项。" + sentence)).measures("instrument") == []


def test_a_heading_that_names_a_grant_is_no_instrument_of_its_own():
    item = "（一）给予一次性创业补贴。对首次创办小微企业的高校毕业生，给予一次性创业补贴5000元。"
    assert [value(m)[0] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [d("5000")]


def test_a_fund_named_then_quantified_is_one_instrument():
    item = "（一）产业发展专项资金由市级财政预算安排，每年安排不少于8000万元，主要用于重大项目。"
    assert [value(m) for m in extract(MEASURES.format(item=item)).measures("instrument")] == [
        (d("80000000"), None, "元/年", ">=")]


def test_each_item_of_a_list_qualifies_as_the_first_says():
    item = "（一）对新获评国家级、省级文化产业示范基地的，分别给予80万元、40万元奖励。"
    got = [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == ["新获评国家级文化产业示范基地的", "新获评省级文化产业示范基地的"]  # (not 省级…示范基地的)


def test_a_condition_stated_before_the_grant_and_one_for_each_amount():
    item = "（一）对首次纳入规模以上工业企业统计的，给予10万元奖励；升规次年营业收入增长15%以上的，再给予6万元奖励。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("100000"), ""), (d("60000"), "升规次年营业收入增长15%以上")]
    item = "（一）对新引进的制造业企业，固定资产投资额达到2亿元、5亿元以上的，分别给予300万元、800万元奖励。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("3000000"), "固定资产投资额达到2亿元以上"), (d("8000000"), "固定资产投资额达到5亿元以上")]


def test_an_amount_right_before_its_grant_is_granted():
    item = "（一）对吸纳见习的单位，按每人每月1800元标准给予见习补贴。"
    assert [value(m)[0] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [d("1800")]


@pytest.mark.parametrize("sentence", ["补贴对象", "补贴资金由中央、省、市三级财政共同承担。", "第一步：登录小程序实名领取补贴资格。"])
def test_sections_and_ways_of_claiming_are_no_instruments(sentence):
    assert extract(MEASURES.format(item="（一）其他事项。" + sentence)).measures("instrument") == []


def test_grades_listed_before_the_amounts_are_their_conditions():
    item = "（一）对取得证书的失业人员，按照初级、中级、高级分别给予每人800元、1200元和1800元的培训补贴。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("800"), "初级"), (d("1200"), "中级"), (d("1800"), "高级")]  # (the last one was taken for a qualifier)


def test_grades_with_a_note_in_brackets_are_each_amounts_condition():
    item = ("（一）对参加培训的在岗职工，取得初级（五级）、中级（四级）、高级（三级）职业资格证书的，"
            "分别给予600元、1000元、1500元技能提升补贴。")
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("600"), "取得初级（五级）职业资格证书"), (d("1000"), "取得中级（四级）职业资格证书"),
                   (d("1500"), "取得高级（三级）职业资格证书")]


def test_grades_of_a_list_of_beneficiaries_are_every_ones():
    item = "（一）对取得证书的失业人员、农民工、脱贫劳动力，按照初级、中级、高级分别给予每人800元、1200元和1800元的培训补贴。"
    got = [(m.beneficiary, m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [("取得证书的失业人员、农民工、脱贫劳动力", grade) for grade in ("初级", "中级", "高级")]


@pytest.mark.parametrize("item, unit", [
    ("（一）对既有住宅加装电梯项目，按每平方米建筑面积不超过120元给予补助。", "元/平方米"),
    ("（一）对新开通国际货运航线的企业，每架次给予3万元运营补贴。", "元/架次"),
    ("（一）对吸纳见习的单位，按每人每月1800元标准给予见习补贴。", "元/人·月"),  # (the unit's, per trainee a month)
    ("（一）对实施节能改造的企业，按每吨标准煤200元给予奖励。", "元/吨"),
    ("（一）对新招用退役军人的企业，每人给予6000元一次性补贴。", "元/人"),  # (the firm's, per person it hires)
    ("（一）对取得证书的退役军人，每人给予6000元一次性补贴。", "元"),  # each beneficiary's: no rate
    ("（一）对开展研学旅行的学校，按每人次50元给予补助。", "元/人次"),
    ("（一）对乡村快递服务网点，按每件0.2元给予派送补贴。", "元/件"),
    ("（一）对通过有机认证的合作社，每个产品给予2万元奖励。", "元"),
])
def test_an_amount_paid_per_a_measure_or_a_period_keeps_that_unit(item, unit):
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [unit]


def test_a_cap_per_year_after_an_amount_per_flight_is_per_year():
    item = "（一）对开通旅游包机航线的，每架次给予2万元运营补贴，单个企业每年最高不超过60万元。"
    got = [value(m) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("20000"), None, "元/架次", "="), (d("600000"), None, "元/年", "<=")]


def test_an_amount_per_a_measure_and_a_period_keeps_both():
    item = "（一）对租用经营场所的创业主体，按每月每平方米6元给予租金补贴。"
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/平方米·月"]


def test_a_recipient_the_grant_names_is_the_beneficiary_and_the_clause_before_its_condition():
    item = "（一）对高校毕业生到小微企业就业的，给予用人单位每人2500元一次性补贴。"
    got = [(m.beneficiary, m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [("用人单位", "高校毕业生到小微企业就业")]
    item = "（一）对吸纳脱贫劳动力的企业，给予企业每人2000元一次性补贴。"  # (the clause names the recipient itself)
    got = [(m.beneficiary, m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [("吸纳脱贫劳动力的企业", "")]


def test_the_bound_of_a_list_of_amounts_is_each_ones():
    item = "（一）对评价结果为优秀、良好的孵化器，分别给予最高60万元、40万元运营补助。"
    assert [value(m)[3] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["<=", "<="]


@pytest.mark.parametrize("item, expected", [
    ("（一）对新评定为国家5A级、4A级旅游景区的，分别给予一次性奖励400万元、80万元。",
     ["新评定为国家5A级旅游景区的", "新评定为国家4A级旅游景区的"]),
    ("（一）对新获批国家级、省级生物医药领域重点实验室、工程研究中心等创新平台的，分别给予300万元、100万元奖励。",
     ["新获批国家级生物医药领域重点实验室、工程研究中心等创新平台的", "新获批省级生物医药领域重点实验室、工程研究中心等创新平台的"]),
    ("（一）对完成Ⅰ期、Ⅱ期临床试验的创新药，分别给予最高300万元、600万元资助。",
     ["完成Ⅰ期临床试验的创新药", "完成Ⅱ期临床试验的创新药"]),
    ("（一）对在区内开设全球首店、亚洲首店、全国首店的品牌企业，分别给予150万元、80万元、40万元奖励。",
     ["在区内开设全球首店的品牌企业", "在区内开设亚洲首店的品牌企业", "在区内开设全国首店的品牌企业"]),
])
def test_each_item_of_a_list_of_grades_or_like_ends_keeps_what_the_list_says_around_it(item, expected):
    assert [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")] == expected


def test_a_later_part_of_the_sentence_naming_its_own_beneficiary_gives_its_amounts_to_it():
    item = "（一）对本地养殖户新增能繁母牛的，每头补贴800元；从外地引进良种母牛的，每头补贴1500元。"
    found = extract(MEASURES.format(item=item)).measures("instrument")
    got = [(m.beneficiary, value(m)[0], value(m)[2]) for m in found]
    assert got == [("本地养殖户新增能繁母牛的", d("800"), "元/头"), ("从外地引进良种母牛的", d("1500"), "元/头")]


def test_the_items_of_a_grant_listed_after_a_colon_or_a_granted_amount():
    item = "（一）对在本市就业的青年人才，按学历给予租房补贴：博士研究生每人每月1800元，硕士研究生每人每月1200元。"
    got = [(m.beneficiary, m.condition, value(m)[0]) for m in instruments(extract(MEASURES.format(item=item)))]
    assert got == [("在本市就业的青年人才", "博士研究生", d("1800")), ("在本市就业的青年人才", "硕士研究生", d("1200"))]
    item = "（一）对本县户籍的80—89周岁老年人，每人每月发放高龄津贴80元；90周岁以上的，每人每月300元。"
    got = [(m.beneficiary, m.condition, value(m)[0]) for m in instruments(extract(MEASURES.format(item=item)))]
    assert got == [("本县户籍的80—89周岁老年人", "", d("80")), ("", "90周岁以上", d("300"))]


@pytest.mark.parametrize("sentence", [
    "本措施所需资金从市级商贸发展专项资金中列支。", "补贴资金由市、县两级财政按5∶5比例分担。",
    "各有关部门要加强补贴资金审核，对虚报冒领的，依法追回。", "同一项目不得重复享受市级同类补贴。",
    "人才在享受补贴期间离开本市的，停止发放剩余补贴。",
])
def test_where_money_comes_from_how_it_is_checked_and_stopped_are_no_instruments(sentence):
    assert extract(MEASURES.format(item="（一）其他事项。" + sentence)).measures("instrument") == []


def test_a_figure_less_restatement_after_an_amount_is_no_instrument_of_its_own():
    item = "（一）对首次购房的A类、B类人才，分别给予最高150万元、80万元购房补贴，补贴资金分5年平均发放。"
    found = extract(MEASURES.format(item=item)).measures("instrument")
    assert [value(m)[0] for m in found] == [d("1500000"), d("800000")]


def test_a_negated_or_listed_verb_does_not_end_a_beneficiary():
    item = "（一）对在本市无自有住房且未享受购房补贴的青年人才，给予每人每月600元租房补贴。"
    assert [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")] == [
        "在本市无自有住房且未享受购房补贴的青年人才"]
    item = "（一）对企业应对反倾销、反补贴调查，按律师费的50%给予补助，单个案件最高80万元。"
    assert [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["企业应对反倾销、反补贴调查"]


@pytest.mark.parametrize("item, unit", [
    ("（一）对社会力量新建的养老机构，按每张床位8000元给予一次性建设补贴。", "元/床位"),
    ("（一）对氢气售价不高于每公斤30元的加氢站，按实际加注量每公斤8元给予运营补贴。", "元/公斤"),
])
def test_an_amount_per_a_bed_or_a_kilogram_keeps_that_unit(item, unit):
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [unit]


def test_amounts_listed_before_a_granted_one_are_granted_with_the_same_basis():
    item = "（一）对来本市工作的博士、硕士研究生，分别按每人每年2万元、1万元的标准发放生活补贴。"
    assert [value(m)[:3:2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [
        (d("20000"), "元/年"), (d("10000"), "元/年")]


@pytest.mark.parametrize("item, expected", [
    ("（一）对主编本领域国家标准、行业标准、省地方标准的单位，分别给予20万元、10万元、5万元奖励。",
     ["主编本领域国家标准的单位", "主编本领域行业标准的单位", "主编本领域省地方标准的单位"]),
    ("（一）对新认定的国家文化产业示范基地、示范园区，分别给予40万元、20万元奖励。",
     ["新认定的国家文化产业示范基地", "新认定的国家文化产业示范园区"]),
])
def test_each_item_of_a_list_keeps_the_qualifier_the_first_item_carries(item, expected):
    assert [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")] == expected


def test_the_kind_an_amounts_clause_opens_on_is_its_condition():
    item = "（一）对新建的公共充电设施，直流快充桩按照每千瓦150元给予补助，交流慢充桩按照每千瓦60元给予补助。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("150"), "直流快充桩"), (d("60"), "交流慢充桩")]


@pytest.mark.parametrize("item, expected", [
    ("（一）对电子元件制造、封测企业年营业收入首次突破10亿元、30亿元的，分别给予100万元、300万元一次性奖励。",
     [("电子元件制造、封测企业年营业收入首次突破10亿元", d("1000000")), ("电子元件制造、封测企业年营业收入首次突破30亿元", d("3000000"))]),
    ("（一）二孩、三孩家庭在本市首次购买新建商品住房的，分别给予2万元、4万元购房补贴。",
     [("二孩家庭在本市首次购买新建商品住房的", d("20000")), ("三孩家庭在本市首次购买新建商品住房的", d("40000"))]),
    ("（一）对企业与高校共建的研发中心，经认定为国家级、省级的，分别给予80万元、20万元奖励。",
     [("经认定为国家级", d("800000")), ("经认定为省级", d("200000"))]),
])
def test_each_amount_of_a_list_keeps_its_own_threshold_kind_or_grade(item, expected):
    got = [(m.condition or m.beneficiary, value(m)[0]) for m in instruments(extract(MEASURES.format(item=item)))]
    assert got == expected


def test_a_level_with_its_place_is_a_grade_of_a_list():
    item = "（一）对新获批的国家级、省级、无锡市级制造业创新中心，分别给予500万元、100万元、30万元支持。"
    assert [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")] == [
        "新获批的国家级制造业创新中心", "新获批的省级制造业创新中心", "新获批的无锡市级制造业创新中心"]


def test_a_yearly_cap_and_a_yearly_quota():
    item = "（一）对开通内贸集装箱航线的，每航次给予1万元补助，单条航线年度补助最高不超过300万元。"
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/航次", "元/年"]
    item = "（一）对新建标准化茶园的，每个给予5万元补助，全县每年扶持不超过80个。"
    assert extract(MEASURES.format(item=item)).measures("target") == []  # (the measure's quota, no target)


@pytest.mark.parametrize("item, expected", [
    ("（一）对新设立的区域总部企业，自设立年度起3年内，第一年按照其区级经济贡献的70%给予奖励，第二年按照50%给予奖励，"
     "第三年按照30%给予奖励。", [("70", "第一年"), ("50", "第二年"), ("30", "第三年")]),
    ("（一）对新落户的研发机构，前两年按其年度地方财力贡献的100%给予补助，后三年按50%给予补助。",
     [("100", "前两年"), ("50", "后三年")]),
    ("（一）对入驻孵化基地的初创企业，第一年给予每平方米12元租金补贴，第二年每平方米9元，第三年每平方米6元。",
     [("12", "第一年"), ("9", "第二年"), ("6", "第三年")]),
])
def test_each_rate_of_a_schedule_by_year_is_that_years(item, expected):
    got = [(m.beneficiary, str(value(m)[0]), m.condition.rsplit("，", 1)[-1])
           for m in extract(MEASURES.format(item=item)).measures("instrument")]
    who = re.search(r"对(.+?)，", item).group(1)
    assert got == [(who, amount, period) for amount, period in expected]


def test_grades_with_notes_opening_the_granting_clause_are_each_amounts_condition():
    item = ("（一）对参加技能培训并取得职业技能等级证书的，初级工（五级）、中级工（四级）、高级工（三级）分别给予每人"
            "1200元、1800元、2500元培训补贴。")
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("1200"), "初级工（五级）"), (d("1800"), "中级工（四级）"), (d("2500"), "高级工（三级）")]


def test_years_of_a_stepped_down_subsidy_are_each_amounts_condition():
    item = "（一）充电设施运营补贴逐年退坡，2025年、2026年、2027年分别按每千瓦时0.12元、0.09元、0.06元给予补贴。"
    got = [(value(m)[0], value(m)[2], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("0.12"), "元/千瓦时", "2025年"), (d("0.09"), "元/千瓦时", "2026年"),
                   (d("0.06"), "元/千瓦时", "2027年")]


def test_places_a_grant_goes_to_are_no_grades():
    item = "（一）省财政安排救灾资金9000万元，支持甲、乙、丙三市分别安排4000万元、3000万元和2000万元。"
    assert [m.condition for m in extract(MEASURES.format(item=item)).measures("instrument")
            if value(m)[0] < d("90000000")] == ["", "", ""]


def test_a_later_part_naming_its_own_beneficiary_before_granting_is_that_ones():
    item = ("（一）对A类人才来我市创业的，经评审给予最高300万元创业扶持资金；B类人才给予最高150万元；C类人才给予最高"
            "60万元。")
    got = [(value(m)[0], m.beneficiary) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("3000000"), "A类人才来我市创业的"), (d("1500000"), "B类人才"), (d("600000"), "C类人才")]


@pytest.mark.parametrize("item", ["（一）对首发上市的企业，分阶段给予累计最高500万元奖励。",
                                  "（一）单个项目给予最高不超过800万元补助。",
                                  "（一）二是租房补贴。"])
def test_a_clause_opening_on_a_way_or_a_cap_names_no_beneficiary(item):
    assert all(m.beneficiary in ("", "首发上市的企业") for m in extract(MEASURES.format(item=item)).measures("instrument"))


def test_a_measure_named_before_each_is_per_it():
    item = "（一）对新建养老机构，按照核定床位每张6000元给予一次性建设补贴。"
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/床位"]


def test_each_by_its_counter_alone_after_a_measure_named_with_it_is_per_that_measure():
    item = "（一）对新建养老机构，按照核定床位每张1万元给予一次性建设补贴；利用闲置资源改建的，每张补贴5000元。"
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/床位", "元/床位"]
    item = "（一）对购买新能源汽车的个人，每台补贴3000元。"  # (no measure named with 台 before: each buyer's)
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元"]


def test_a_list_of_shares_each_amount_its_own_tier():
    item = "（一）境外展商数量占比达到20%、30%以上的，分别给予20万元、40万元支持。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(200000, "境外展商数量占比达到20%以上"), (400000, "境外展商数量占比达到30%以上")]


def test_where_the_granted_money_goes_is_no_measure():
    item = "（一）对评定为省级乡村旅游重点村的，给予一次性奖励20万元。奖励资金主要用于村内旅游基础设施建设。"
    assert [value(m)[0] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [200000]


@pytest.mark.parametrize("item, unit", [
    ("（一）对年拆解废旧家电超过50万台的企业，每台给予3元奖励。", "元/台"),
    ("（一）年度演出场次达到300场以上的，每场补贴提高至3000元。", "元/场"),
    ("（一）配备水罐消防车的，按车辆购置价格的50%给予补助，每辆最高不超过40万元。", "元/辆"),
    ("（一）对购买新能源汽车的个人，每台补贴3000元。", "元"),  # (the buyer's own amount)
    ("（一）对新建旅游厕所达到A级标准的，每座奖励5万元。", "元/座"),
    ("（一）对实行节地生态安葬的，按照每穴500元标准给予村（社区）工作经费补助。", "元/穴"),
])
def test_an_amount_per_a_thing_counted_is_per_that_thing(item, unit):
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [unit]


def test_a_reports_next_task_after_a_semicolon_is_not_the_beneficiary_before_it():
    text = ("2025年某县政府工作报告\n——2025年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n二、2025年工作安排\n"
            "对首次创业的高校毕业生，给予一次性创业补贴5000元；发放创业担保贷款8000万元以上，个人最高贷款额度30万元。"
            "对新取得二类、三类医疗器械注册证的企业，分别奖励20万元、50万元。\n")
    got = [(value(m)[0], m.beneficiary) for m in extract(text, "gzbg-2025-98.txt").measures("instrument") if m.quantity]
    assert got == [(5000, "首次创业的高校毕业生"), (80000000, ""), (300000, ""),
                   (200000, "新取得二类医疗器械注册证的企业"), (500000, "新取得三类医疗器械注册证的企业")]


def test_bands_listed_after_each_before_their_amounts_are_their_conditions():
    item = "（一）批发业企业年度销售额新增部分，分别按照1亿元以上、5000万元至1亿元、2000万元至5000万元三个档次，给予10万元、6万元、3万元奖励。"
    got = [m.condition for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == ["1亿元以上", "5000万元至1亿元", "2000万元至5000万元"]


def test_a_firms_yearly_total_cap_is_per_year():
    item = "（一）企业年度享受本细则奖励总额最高不超过200万元。"
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/年"]


def test_a_year_opening_a_later_part_of_a_grant_is_its_condition():
    item = "（一）个人购买新能源乘用车的，每辆补贴3000元；2026年每辆补贴1500元。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("3000"), ""), (d("1500"), "2026年")]


def test_a_list_of_thresholds_counted_in_vehicles_gives_each_amount_its_own():
    item = "（一）整车企业年产量首次达到10万辆、30万辆的，分别给予企业经营团队800万元、2000万元奖励。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("8000000"), "整车企业年产量首次达到10万辆"), (d("20000000"), "整车企业年产量首次达到30万辆")]


def test_a_condition_with_a_count_before_a_list_of_amounts_is_every_ones():
    item = ("（一）对来我市工作的博士、硕士研究生，在本市缴纳社会保险满6个月的，分别按每人每年2万元、1万元的标准发放"
            "生活补贴。")
    got = [m.condition for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == ["在本市缴纳社会保险满6个月"] * 2


@pytest.mark.parametrize("item, unit, comparator", [
    ("（一）限上批发企业年度增量超过1亿元的，按照增量部分每1亿元奖励4万元。", "元/亿元", "="),
    ("（一）限上零售企业年度增量超过1000万元的，按照每1000万元奖励1万元。", "元/1000万元", "="),
    ("（一）对人力资源服务机构为我市企业引进全职博士的，每引进1名给予2万元奖励。", "元/人", "="),
    ("（一）对连续参保满5年的参保人员，提高大病保险最高支付限额不低于2000元。", "元", ">="),
    ("（一）购买新能源乘用车的个人消费者，每辆车给予2000元补贴；2026年度补贴标准为每辆1000元。", "元", "="),
])
def test_the_basis_and_bound_of_an_amount(item, unit, comparator):
    got = [(value(m)[2], value(m)[3]) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got[-1] == (unit, comparator)


def test_a_first_part_naming_who_without_a_preposition_and_the_kind_a_threshold_is_of():
    item = ("（一）新设立企业技术中心并通过省级认定的，给予依托单位20万元资助；设立企业研发中心的，给予10万元资助。")
    got = [(m.beneficiary, m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [("依托单位", "新设立企业技术中心并通过省级认定"), ("设立企业研发中心的", "")]
    item = ("（一）新建区域养老服务中心，建筑面积800平方米以上的，给予最高80万元建设补贴；新建社区养老服务站，建筑面积"
            "150平方米以上的，给予最高15万元建设补贴。")
    got = [m.condition for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == ["新建区域养老服务中心，建筑面积800平方米以上", "新建社区养老服务站，建筑面积150平方米以上"]


def test_the_kind_of_loan_a_rate_is_for_with_its_payer_after_it():
    item = "（一）贷款期限最长3年，个人贷款财政按贷款利率的60%给予贴息，小微企业贷款按40%给予贴息。"
    got = [(value(m)[0], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("60"), "个人贷款"), (d("40"), "小微企业贷款")]


@pytest.mark.parametrize("sentence", ["补贴以服务券形式发放，由服务对象自主选择服务机构。", "违反承诺的，应退回已享受的奖励资金。"])
def test_how_a_benefit_is_paid_or_given_back_is_no_instrument(sentence):
    assert extract(MEASURES.format(item="（一）其他事项。" + sentence)).measures("instrument") == []


@pytest.mark.parametrize("item, expected", [
    ("（一）对新开业的商贸企业，年销售额在300万元以下的奖励1万元，300万元至1000万元的奖励3万元，1000万元以上的奖励6万元。",
     ["年销售额在300万元以下", "年销售额300万元至1000万元", "年销售额1000万元以上"]),
    ("（一）对开展海铁联运的企业，运距300公里以内的每标准箱补贴80元，300至800公里的每标准箱补贴150元。",
     ["运距300公里以内", "运距300至800公里"]),
])
def test_the_band_a_clause_opens_on_before_its_grant_is_its_condition(item, expected):
    assert [m.condition for m in extract(MEASURES.format(item=item)).measures("instrument")] == expected


def test_grades_written_with_one_level_word_are_each_amounts():
    item = "（一）首次被评为国家5A、4A级的物流企业，分别给予一次性奖励80万元、40万元。"
    got = [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == ["首次被评为国家5A级的物流企业", "首次被评为国家4A级的物流企业"]


def test_two_lists_in_who_leave_unsaid_which_the_amounts_follow():
    item = "（一）在国际性、全国性茶叶评比中获得金奖、银奖的产品，分别给予4万元、2万元奖励。"
    assert [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["", ""]


@pytest.mark.parametrize("item, who, unit", [
    ("（一）老字号企业带徒满3年且徒弟出师的，按每名徒弟8000元给予企业补贴。", "企业", "元/人"),
    ("（一）商贸企业吸纳高校毕业生就业并缴纳社会保险的，按每人每月300元给予岗位补贴。",
     "商贸企业吸纳高校毕业生就业并缴纳社会保险的", "元/人·月"),
    ("（一）支持稳岗扩岗，商贸企业吸纳高校毕业生就业并签订1年以上劳动合同的，按每人每月300元给予岗位补贴。", "", "元/人·月"),
])
def test_a_firm_paid_for_each_person_named_after_the_amount_or_employing_them(item, who, unit):
    got = [(m.beneficiary, value(m)[2]) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(who, unit)]


def test_an_amount_before_a_bound_and_its_de_is_a_threshold():
    item = ("（一）企业实施数字化改造的，根据项目实际投入予以补贴：投入100万元以下的，按照30%给予补贴；投入100万元（含）以上的，"
            "按照20%给予补贴，最高不超过80万元。")
    amounts = [value(m)[0] for m in extract(MEASURES.format(item=item)).measures("instrument") if m.quantity is not None]
    assert d("1000000") not in amounts and d("800000") in amounts


@pytest.mark.parametrize("item, expected", [
    ("（一）对数据标注企业每吸纳本县户籍劳动者就业1人，签订1年以上劳动合同的，给予企业2000元一次性就业补贴，单个企业年度最高50万元。",
     [("2000", "元/人"), ("500000", "元/年")]),  # (per person brought in; the firm's yearly cap is no per-person cap)
    ("（二）对认定的良种苗圃，按照每株0.3元给予补助。", [("0.3", "元/株")]),
    ("（三）每个乡镇配备不少于3名技术指导员，每人每月补助600元。", [("600", "元/月")]),  # (the instructor is paid)
    ("（四）对组织康养旅居专列来本市的，每列给予3万元奖励；对组织培训的机构，按照每期8000元给予补助。",
     [("30000", "元/列"), ("8000", "元/期")]),  # (per train, per session: units of activity)
])
def test_the_unit_an_amount_is_paid_per(item, expected):
    r = extract(MEASURES.format(item=item))
    assert [(str(value(m)[0]), value(m)[2]) for m in r.measures("instrument") if m.quantity] == expected


def test_a_respectively_list_joined_by_and_gives_each_item_its_amount():
    r = extract(MEASURES.format(item="（四）对引进的全职博士、硕士研究生和高级技师，分别给予每人每月2500元、1500元、1500元生活补贴。"
                                     "\n（五）对新认定的国家级、省级和市级技术创新中心，分别给予80万元、40万元、10万元奖励。"))
    assert [m.beneficiary for m in r.measures("instrument")] == [
        "引进的全职博士", "引进的硕士研究生", "引进的高级技师",
        "新认定的国家级技术创新中心", "新认定的省级技术创新中心", "新认定的市级技术创新中心"]


def test_a_service_named_with_a_benefits_word_is_no_tax_preference():
    r = extract(MEASURES.format(item="（六）辅导服务。税务部门建立外贸企业联系服务机制，对新取得出口资质的企业开展“一对一”退税辅导，"
                                     "推行出口退（免）税备案“非接触式”办理。"))
    assert [m.category for m in r.measures("instrument")] == []


@pytest.mark.parametrize("item", [
    "（七）县市场监督管理局、财政局负责贴息资金的受理、初审和配套资金落实；合作银行负责贷款发放和贷后管理，按月报送贷款信息。",
    "（八）对地方配套资金到位的，省级在下一年度奖补中予以倾斜。",
    "（九）加强审计监督和财会监督，提高财政资金使用绩效。",
])
def test_who_is_responsible_and_how_levels_share_state_no_measure(item):
    assert extract(MEASURES.format(item=item)).measures("instrument") == []


@pytest.mark.parametrize("sentence", [
    "问3：补助资金什么时候发放？",                                                    # a question
    "问：合作社租赁温室经营，能否享受补助？",
    "答：补助资金实行“先建后补”，验收合格后拨付。",                                    # how it is paid
    "答：同一大棚已享受省级同类补助的，市级不再重复补助；标准低于本政策的，可按差额给予补足。",  # how grants combine
    "与以往政策相比，本政策有两个突出特点：一是补助标准明显提高。",                       # what the policy is like
])
def test_an_interpretations_questions_and_answers_on_procedure_are_no_instruments(sentence):
    text = f"《某市支持设施农业发展若干措施》政策解读\n三、问答\n{sentence}\n"
    assert extract(text, "x-jiedu.txt").measures("instrument") == []


def test_an_amount_per_head_listed_after_a_colon_for_an_institution_is_per_person():
    item = ("（一）对正常运营的托养机构，按照实际收住人数给予运营补贴：收住重度残疾人的，每人每月400元；"
            "收住轻度残疾人的，每人每月200元。")
    got = [(value(m), m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [((d("400"), None, "元/人·月", "="), "收住重度残疾人"), ((d("200"), None, "元/人·月", "="), "收住轻度残疾人")]


def test_a_rate_on_a_volume_the_sentence_names_keeps_its_unit():
    item = "（一）支持企业开展二手船舶出口业务，按照出口船舶每艘5000元给予奖励。"
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/艘"]
    item = "（一）对个人购买新能源乘用车的，按照每辆5000元给予补贴。"  # (per thing bought: each buyer's)
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元"]


def test_a_rate_a_policy_replaced_is_no_instrument_and_a_night_is_a_unit():
    item = "（一）补贴标准由原来的统一每辆4000元调整为按车价分档补贴，最高每辆8000元。"
    assert [value(m)[0] for m in extract(MEASURES.format(item=item)).measures("instrument")] == [d("8000")]
    item = "（一）对赛事期间接待参赛人员的星级饭店，按每间夜补贴30元。"
    assert [value(m)[2] for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/间夜"]


@pytest.mark.parametrize("item, want", [
    ("（一）对低收入家庭的失能老人，护理补贴由每人每月150元提高到200元。", (d("200"), "元/月", "=")),
    ("（一）对定向培养的乡村教师，生活补助标准从每人每年5000元提高至7000元。", (d("7000"), "元/年", "=")),
    ("（一）对首次认定的科技型企业，奖励由最高10万元上调至15万元。", (d("150000"), "元", "<=")),
])
def test_a_rate_raised_from_an_old_amount_grants_the_new_one_per_what_the_old_was(item, want):
    got = [value(m) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert [(v, u, c) for v, _, u, c in got] == [want]


def test_a_numbered_item_opening_on_whom_its_amount_is_for_names_the_beneficiary():
    text = MEASURES.format(item="（一）A类人才（国内外顶尖人才），补贴80万元；") + "（二）B类人才（国家级领军人才），补贴50万元；\n"
    got = [(m.beneficiary, value(m)[0]) for m in extract(text).measures("instrument")]
    assert got == [("A类人才（国内外顶尖人才）", d("800000")), ("B类人才（国家级领军人才）", d("500000"))]


NOTICE = ("某市人民政府办公室关于印发《某市促进某产业发展若干措施》的通知\n某政办发〔2024〕3号\n各县（区）人民政府：\n"
          "现将《某市促进某产业发展若干措施》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2024年3月1日\n某市促进某产业发展若干措施\n")


def test_the_treasury_that_pays_does_not_hide_who_is_paid():
    r = extract(NOTICE + "一、市财政对每个示范乡镇给予不超过300万元的资金支持，重点用于冷链设施建设。\n", "pkulaw-1.txt")
    assert [(m.beneficiary, value(m)[0]) for m in instruments(r)] == [("每个示范乡镇", d("3000000"))]


def test_getting_the_money_in_place_is_no_measure():
    r = extract(NOTICE + "请各县区对照目标，将养老服务发展纳入当地经济社会发展规划和民生实事项目，确保补助资金及时足额到位。\n",
                "pkulaw-1.txt")
    assert instruments(r) == []


def test_an_attached_list_of_the_measures_gives_no_instruments():
    """附件：…政策兑现清单 restates the policy's measures in a flattened table (thresholds and amounts in one row): the
    measures are the policy's articles', not the list's cells."""
    text = (NOTICE + "一、对首次认定的员工制家政企业，给予一次性奖励5万元。\n附件：某市促进某产业发展政策兑现清单\n附件\n"
            "某市促进某产业发展政策兑现清单\n序号\t事项\t支持标准\n1\t员工制家政企业认定奖励\t一次性奖励5万元\n"
            "2\t营业收入首次突破奖励\t首次突破500万元、1000万元的，分别奖励3万元、8万元\n"
            + "".join(f"{n}\t某类事项{n}\t按有关条款执行，由市商务局受理，市财政局审核后拨付。\n" for n in range(3, 12)))
    r = extract(text, "pkulaw-1.txt")
    assert [value(m)[0] for m in instruments(r)] == [d("50000")]


@pytest.mark.parametrize("article, unit, condition", [
    ("区级财政按照改造居民户数每户1500元给予奖补。", "元/户", ""),  # a rate on a count of households
    ("对开通国际货运航线的航空公司，按每班次最高8万元给予补贴，全年补贴总额不超过2000万元。", "元", "全年补贴总额"),  # a budget
    ("单个项目市级财政资金支持金额原则上不超过500万元。", "元", "单个项目市级财政资金"),  # per project, past more words
])
def test_a_cap_or_a_rate_keeps_what_it_is_per(article, unit, condition):
    last = instruments(extract(NOTICE + article + "\n", "pkulaw-1.txt"))[-1]
    assert (last.quantity.unit, last.condition) == (unit, condition)


@pytest.mark.parametrize("article", [
    "同一产品获得多项认证的，按最高标准奖励一次。",  # how awards combine
    "对恶意拖欠货款的企业，纳入信用“黑名单”管理，三年内不得享受本措施规定的奖补政策。",  # a sanction
])
def test_a_rule_of_combining_or_a_sanction_is_no_measure(article):
    assert instruments(extract(NOTICE + article + "\n", "pkulaw-1.txt")) == []


def test_each_amount_of_a_respectively_list_goes_to_its_own_recipient_with_the_lists_bound():
    r = extract("某省2026年政府工作报告\n二、2026年重点工作\n对新认定的省级工业旅游示范点、研学实践基地分别给予20万元、"
                "10万元奖励。大豆、油菜种植户每亩补贴分别不低于150元、80元。", "gzbg.txt")
    got = [(m.beneficiary, value(m)[0], m.quantity.comparator) for m in r.measures("instrument")]
    assert got[:2] == [("新认定的省级工业旅游示范点", d("200000"), "="), ("新认定的研学实践基地", d("100000"), "=")]
    assert [c for _, _, c in got[2:]] == [">=", ">="]


def test_an_amount_says_what_it_is_paid_per_and_for_when_its_words_say_so():
    item = ("（一）对新落户的内河航运企业，按船舶总吨每总吨15元给予一次性奖励。\n（二）冷链仓储改造项目，每吨库容补助不超过90元。\n"
            "（三）发放创业担保贷款2亿元，个人最高贷款额度20万元。")
    found = [(value(m)[0], m.quantity.unit, m.condition)
             for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert (d("15"), "元/总吨", "") in found and (d("90"), "元/吨", "冷链仓储改造项目") in found
    assert (d("200000"), "元", "个人贷款额度") in found


@pytest.mark.parametrize("sentence", [
    "为贯彻落实国家关于推动消费品以旧换新的部署要求，进一步释放消费潜力，结合我市实际，制定以下措施。",
    "各地要将绿色信贷纳入地方金融工作重要内容，制定具体落实措施。",
])
def test_a_purpose_or_a_task_to_make_measures_is_no_instrument(sentence):
    assert extract(MEASURES.format(item=sentence)).measures("instrument") == []


def test_a_later_part_granting_a_respectively_list_again_keeps_the_earlier_parts_items():
    item = ("（十八）对新引进到市内企业全职工作的博士、硕士，分别按照每月2000元、1000元标准发放生活补贴；"
            "首次在我市购房的，分别给予15万元、8万元购房补贴。")
    got = [(m.beneficiary, value(m)[0]) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got[2:] == [("首次在我市购房的博士", d("150000")), ("首次在我市购房的硕士", d("80000"))]


def test_an_amount_per_mu_on_average_is_per_mu_and_of_its_item():
    item = "（三）新建高标准农田亩均财政投入不低于2200元，改造提升高标准农田亩均财政投入不低于1500元。"
    got = [(m.quantity.unit, m.quantity.comparator, m.condition)
           for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [("元/亩", ">=", "新建高标准农田"), ("元/亩", ">=", "改造提升高标准农田")]


@pytest.mark.parametrize("sentence", [
    "为贯彻落实国家关于开展家电下乡活动的部署要求，经县政府同意，决定在全县开展家电以旧换新补贴活动。",
    "对首次被评为国家5A级、4A级的物流企业，分别给予80万元、40万元奖励；由低等级晋升为高等级的，按照差额给予奖励。",
])
def test_a_decision_to_hold_a_campaign_or_a_rule_of_combining_grants_nothing(sentence):
    found = extract(MEASURES.format(item=sentence)).measures("instrument")
    assert all(m.quantity is not None for m in found) and len(found) in (0, 2)


def test_stages_of_a_case_each_keep_the_case_and_a_bracketed_list_is_one_item():
    item = ("（一）对在本市注册的企业，开展一类医疗器械（含有源、无源器械）临床试验的，按照完成Ⅰ期、Ⅱ期、Ⅲ期临床试验分别"
            "给予最高100万元、200万元、400万元奖励。")
    got = [m.condition for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [f"开展一类医疗器械（含有源、无源器械）临床试验，完成{s}期临床试验" for s in "ⅠⅡⅢ"]


def test_a_later_clause_naming_another_grade_of_the_same_kind_keeps_the_earlier_qualifier():
    item = "（五）对新认定的国家级物流示范园区给予80万元奖励，省级物流示范园区给予20万元奖励。"
    got = [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == ["新认定的国家级物流示范园区", "新认定的省级物流示范园区"]


def test_a_treasurys_yearly_total_is_no_recipients_cap_and_a_grant_per_tour_group_is_per_group():
    item = ("（一）对在偏远山区新建通信基站的运营企业，按每个基站3万元给予补助，县财政年度补助总额不超过150万元。\n"
            "（二）旅行社组织单团人数20人以上、住宿1晚以上的，每团奖励1500元。")
    got = [(value(m)[0], m.quantity.unit, m.beneficiary, m.condition)
           for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert (d("1500000"), "元/年", "", "县财政年度补助总额") in got
    assert [u for v, u, _, _ in got if v == d("1500")] == ["元/团"]


def test_a_cost_the_treasury_pays_towards_is_no_recipient():
    item = "第十二条 社会资本租赁古民居用于民宿经营的，由县财政对前2年租金给予40%的补贴，每年最高不超过4万元。"
    got = [m.beneficiary for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got and all(b == "社会资本租赁古民居用于民宿经营的" for b in got)


def test_each_rank_of_a_ranked_list_stated_as_a_condition_is_its_amounts_condition():
    item = "（一）镇（街道）年度节地生态安葬率排名前3位的，分别奖励10万元、8万元、6万元。"
    assert [m.condition for m in extract(MEASURES.format(item=item)).measures("instrument")] == [
        "镇（街道）年度节地生态安葬率排名第一名", "镇（街道）年度节地生态安葬率排名第二名", "镇（街道）年度节地生态安葬率排名第三名"]


PLAN_TASKS = ("某县农机社会化服务提升实施方案\n一、工作目标\n到2027年，全县农作物耕种收综合机械化率达到90%以上。\n"
              "二、重点任务\n{item}\n三、保障措施\n加强组织领导。\n")


@pytest.mark.parametrize("item", [
    "补助资金由市、县两级财政按照4:6的比例分担，省级下达的综合奖补资金统筹使用。",  # how the cost is shared
    "具体奖补按照《某县农机购置补贴实施办法》执行。",  # a rule deferred to another policy
    "全面实行“统一收集、集中处理、财政补助、保险联动”的运行机制。",  # a slogan in quotes
    "2026年各乡镇任务面积及补助资金安排表",  # a table's title
    "相关文件：某县人民政府办公室关于印发某县农机购置补贴实施办法的通知",  # a page's link
])
def test_clauses_that_grant_nothing_are_no_instruments(item):
    assert extract(PLAN_TASKS.format(item=item), "plan.txt").measures("instrument") == []


@pytest.mark.parametrize("item", [
    "（一）对40亩老旧果园实施高接换优，可获补助40×800＝32000元；",  # a case worked out
    "再如，果农李某对自家5亩果园实施间伐改形，可获补助2000元。",
])
def test_worked_cases_are_no_instruments(item):
    assert extract(PLAN_TASKS.format(item=item), "plan.txt").measures("instrument") == []


def test_the_shares_others_bear_of_a_cost_are_no_grants():
    item = ("（六）居民用户更换燃气设施的改造费用按每户300元核定，其中财政补助150元，燃气企业承担100元，居民自付50元。")
    got = {m.quantity.value for m in extract(PLAN_TASKS.format(item=item), "plan.txt").measures("instrument") if m.quantity}
    assert d("100") not in got and d("50") not in got  # (what the firm and the household pay)


def test_lists_of_bare_grades_keep_their_run_in_heading_and_a_payers_part_is_no_grant():
    text = ("某县农村住房安全保障实施方案\n一、补助标准\n（一）D级危房拆除重建。一类、二类对象每户分别补助4万元、3万元。\n"
            "（二）C级危房加固维修。一类、二类对象每户分别补助1.5万元、0.8万元。\n"
            "（三）农房抗震改造。每户补助1.2万元，其中中央和省级补助资金1万元、县级补助0.2万元。\n二、保障措施\n加强组织领导。\n")
    got = {(m.quantity.value, m.condition) for m in extract(text, "plan.txt").measures("instrument") if m.quantity}
    assert (d("40000"), "D级危房拆除重建，一类对象") in got and (d("15000"), "C级危房加固维修，一类对象") in got
    assert not any(v in (d("10000"), d("2000")) for v, _ in got)  # (the province's and the county's parts of 1.2万)


@pytest.mark.parametrize("item, unit", [
    ("（二十）对职业院校烹饪专业在校学生，每人每学年给予学习补助1500元。", "元/学年"),
    ("（二十一）对引进优质种鸭的养殖场，按照每对15元给予补贴。", "元/对"),
])
def test_an_amount_per_school_year_or_per_pair_keeps_that_unit(item, unit):
    ((amount,),) = [[m.quantity.unit] for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert amount == unit


def test_an_amount_per_vehicle_kilometre_keeps_that_unit():
    item = "（二十二）城区线路每车公里补贴1.0元；镇村线路每车公里补贴1.8元。"
    assert [m.quantity.unit for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["元/车公里", "元/车公里"]


def test_a_second_list_in_the_same_part_goes_to_the_first_lists_beneficiaries():
    """…博士、硕士的，分别给予安家补贴…，并按每人每年…、…发放生活补贴: the living subsidy of each the same two's."""
    r = extract("某县引才办法\n一、支持措施\n（二）用人单位全职引进临床医学博士、硕士的，分别给予一次性安家补贴15万元、6万元，"
                "并按每人每年2.4万元、0.9万元发放生活补贴，连续发放2年。\n二、保障措施\n加强组织领导。\n")
    got = [(value(m)[0], value(m)[2], m.beneficiary) for m in r.measures("instrument")]
    assert got[2:] == [(d("24000"), "元/年", "用人单位全职引进临床医学博士的"),
                       (d("9000"), "元/年", "用人单位全职引进临床医学硕士的")]


def test_a_total_as_of_a_date_a_term_defined_and_a_volume_lent_are_no_instruments():
    text = ("某市妇女创业担保贷款贴息实施细则\n第一条　截至2024年底，全市累计发放创业担保贷款6.8亿元，扶持创业3200人次。\n"
            "第二条　本细则所称“惠农贷”，是指由担保中心提供担保、合作银行发放的贷款。\n"
            "第三条　到2027年末，全市累计发放“惠农贷”达到12亿元，其中，2025年、2026年分别新增发放2.1亿元、2.6亿元。\n"
            "第四条　对按期还款的个人借款人，按贷款利息的50%给予贴息。展期期间不予贴息。同一借款人只能享受一次贴息。\n")
    got = extract(text).measures("instrument")
    assert [(value(m), m.beneficiary) for m in got] == [((d("50"), None, "%", "="), "按期还款的个人借款人")]


def test_a_cap_after_a_rate_in_a_part_of_its_own_case_is_that_cases_and_not_the_first_parts():
    r = extract("某县特色产业扶持办法\n一、支持措施\n（三）对加工企业新取得食品生产许可证的，给予一次性奖励8万元；新购置烘干、"
                "包装等加工设备，设备投资额在30万元以上的，按设备投资额的20%给予补助，最高不超过40万元。\n二、保障措施\n加强组织领导。\n")
    cap = [m for m in r.measures("instrument") if m.quantity is not None and m.quantity.value == 400000]
    assert cap and cap[0].beneficiary == "" and "设备投资额在30万元以上" in cap[0].condition


def test_each_grade_opening_its_own_clause_without_a_grant_verb_is_that_amounts_beneficiary():
    r = extract("某县人才办法\n一、支持措施\n第十条　对符合条件的人才，在本县首次购买商品住房的，博士研究生一次性补贴8万元，"
                "硕士研究生一次性补贴4万元。\n二、保障措施\n加强组织领导。\n")
    assert [m.beneficiary for m in r.measures("instrument")] == ["博士研究生", "硕士研究生"]


def test_a_later_part_naming_another_way_of_the_same_act_takes_the_earlier_lists_items():
    r = extract("某县支持措施解读\n三是对企业主导制定国际标准、国家标准的，每项分别奖励50万元、20万元；参与制定的，每项分别奖励"
                "10万元、4万元。\n", "zhengce-jiedu.txt")
    assert [m.beneficiary for m in r.measures("instrument")] == [
        "企业主导制定国际标准的", "企业主导制定国家标准的", "企业参与制定国际标准的", "企业参与制定国家标准的"]


def test_a_firm_paid_for_the_workers_it_trains_is_paid_per_person():
    r = extract("某县产业措施\n一、支持措施\n（五）对企业组织职工参加职业技能培训并取得证书的，按初级工每人600元、中级工每人1000元"
                "的标准给予培训补贴。\n二、保障措施\n加强组织领导。\n")
    assert [(value(m)[0], value(m)[2], m.condition) for m in r.measures("instrument")] == [
        (d("600"), "元/人", "初级工"), (d("1000"), "元/人", "中级工")]


def test_thresholds_listed_before_a_further_condition_are_each_amounts():
    r = extract("某县招商措施\n一、支持措施\n（一）对新引进的家具制造项目，固定资产投资（不含土地价款）达到3000万元、8000万元以上，且在签约后"
                "12个月内开工的，分别给予一次性落地奖励30万元、90万元。\n二、保障措施\n加强组织领导。\n")
    assert [m.condition for m in r.measures("instrument")] == ["固定资产投资达到3000万元以上，且在签约后12个月内开工",
                                                              "固定资产投资达到8000万元以上，且在签约后12个月内开工"]


def test_a_loan_capped_by_wei_xian_a_per_capita_standard_and_a_rate_per_ten_thousand_seedlings():
    r = extract("某县扶持办法\n一、支持措施\n（一）小微企业享受贴息的贷款本金以300万元为限。\n（二）2026年居民医保人均财政补助标准不低于"
                "700元。\n（三）对新建集中育苗设施的，按照每万株育苗能力30元给予一次性建设补贴。\n二、保障措施\n加强组织领导。\n")
    assert [value(m)[2:] for m in r.measures("instrument")] == [("元", "<="), ("元/人", ">="), ("元/万株", "=")]


def test_a_payment_schedule_and_the_channels_money_comes_through_grant_nothing():
    r = extract("某县人才办法\n一、支持措施\n（一）生活补贴分两年发放，第一年发放60%，第二年发放40%。\n（二）省财政通过某某专项资金等渠道，"
                "对山区县给予倾斜支持。\n二、保障措施\n加强组织领导。\n")
    assert r.measures("instrument") == []


def test_an_amount_per_bag_is_paid_per_bag():
    r = extract("某县食用菌措施\n一、支持措施\n（三）对购买标准菌种的种植户，按每袋0.4元给予补贴。\n二、保障措施\n加强组织领导。\n")
    assert [value(m)[2] for m in r.measures("instrument")] == ["元/袋"]


def test_classes_named_before_each_amount_of_a_respectively_list_are_each_amounts():
    r = extract("某县人才办法\n一、支持措施\n（一）对全职引进并与企业签订3年以上劳动合同的人才，分别给予A类12万元、B类6万元、C类3万元"
                "的安家补贴。\n（二）企业享受奖补后5年内迁离本县的，全额退还已享受的奖补资金。\n二、保障措施\n加强组织领导。\n")
    assert [(value(m)[0], m.condition) for m in r.measures("instrument")] == [
        (d("120000"), "A类"), (d("60000"), "B类"), (d("30000"), "C类")]


def test_a_line_of_a_few_words_alone_grants_nothing():
    r = extract("某县促进产业发展若干措施\n一、支持措施\n（一）对新建冷库的企业，每吨补助200元。\n财政资金\n政务服务\n")
    assert [m.evidence.text for m in r.measures("instrument")] == ["（一）对新建冷库的企业，每吨补助200元。"]  # (not 财政资金,
    # a site's menu link)


def test_each_amount_of_a_list_inside_the_recipients_words_goes_to_its_item():
    from kit import extract
    r = extract("某县促进产业发展若干措施\n一、支持措施\n"
                "（一）对在全国性果品评比、展销活动中获得金奖、银奖的经营主体，分别给予5万元、3万元奖励。\n"
                "（二）支持企业主导制定国家标准、行业标准、地方标准，分别给予一次性奖励30万元、20万元、10万元。\n"
                "（三）企业新引进的全日制硕士研究生、博士研究生，在本县工作满1年的，分别按每人每月2000元、3000元发放生活补贴。\n"
                "（四）对举报非法采伐、调运、加工疫木，经查证属实的，根据案件情节分别给予举报人1000元、3000元奖励。\n"
                "二、保障措施\n加强组织领导。\n", "pkulaw-1.txt")
    got = [(str(m.quantity.value), m.beneficiary, m.condition) for m in r.measures("instrument")]
    assert got[:2] == [("50000", "在全国性果品评比、展销活动中获得金奖的经营主体", ""),
                       ("30000", "在全国性果品评比、展销活动中获得银奖的经营主体", "")]
    assert [c for _, _, c in got[2:5]] == ["国家标准", "行业标准", "地方标准"]
    assert [c for _, _, c in got[5:7]] == ["企业新引进的全日制硕士研究生，在本县工作满1年",
                                          "企业新引进的全日制博士研究生，在本县工作满1年"]
    assert len({(b, c) for _, b, c in got[7:]}) == 1  # (by the case's gravity, not by the acts listed: one recipient)
