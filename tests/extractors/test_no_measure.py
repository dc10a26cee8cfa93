"""extractors/no_measure.py: what states no measure gives no instrument — a rule of combining or of precedence, a
pointer to an attachment, a title line (a link's with its day, an attachment's), a worked example, an amount defining
a noun in brackets, an attached table of the amounts granted (issue 13, class 1)."""
from __future__ import annotations

import pytest

from kit import d, extract, value

MEASURES = "某县促进产业发展若干措施\n一、支持措施\n{item}\n二、保障措施\n加强组织领导。\n"


def rows(item: str) -> list[tuple]:
    return [(value(m)[0] if m.quantity else None, m.beneficiary, m.condition)
            for m in extract(MEASURES.format(item=item)).measures("instrument")]


@pytest.mark.parametrize("item", [
    "（四）对新建连栋温室的，每亩补助5000元。同一地块同一年度只享受一项设施补助。",
    "（五）本措施自2025年3月1日起施行，有效期至2027年12月31日。具体奖补标准见附件。",
    "某县农业农村局关于印发某县设施农业奖补办法的通知",
])
def test_a_combining_rule_a_pointer_to_an_attachment_or_a_title_line_states_no_measure(item):
    assert all(amount is not None for amount, _, _ in rows(item))


def test_an_attached_table_of_subsidy_standards_restates_the_measures_and_its_title_line_grants_nothing():
    text = ("某县人民政府关于印发《某县2025年蔬菜生产扶持政策》的通知\n某政发〔2025〕2号\n各乡镇人民政府：\n"
            "现将《某县2025年蔬菜生产扶持政策》印发给你们，请认真贯彻执行。\n某县人民政府\n2025年2月10日\n"
            "某县2025年蔬菜生产扶持政策\n一、对新建日光温室的经营主体，每亩补助3000元。\n各项补助标准详见附件。\n"
            "附件：某县2025年蔬菜生产扶持项目补贴标准表\n附件\n某县2025年蔬菜生产扶持项目补贴标准表\n"
            "序号\t扶持项目\t补贴对象\t补贴标准\t牵头部门\n"
            + "".join(f"{k}\t{item}\t蔬菜生产经营主体（家庭农场、农民合作社）\t每亩{amount}元，单个主体最高10万元\t县农业农村局\n"
                      for k, (item, amount) in enumerate((("日光温室", 3000), ("钢架大棚", 1500), ("连栋温室", 5000),
                                                          ("水肥一体化", 300)), 1)))
    got = [(value(m)[0] if m.quantity else None, m.evidence.text)
           for m in extract(text, "pkulaw-1.txt").measures("instrument")]
    assert got == [(d("3000"), "一、对新建日光温室的经营主体，每亩补助3000元。")]


@pytest.mark.parametrize("item", [
    "第十一条 对合作银行向初创企业（成立时间不超过3年、上年度营业收入不超过2000万元）发放的信用贷款，风险补偿比例提高至40%。",
    "某某部某某部关于实施老旧农机报废更新补贴政策的通知\t2024-05-20",
    "（十五）举个例子。该合作社可获得设施建设补助12万元（120万元×10%），示范社评定奖励5万元。",
    "专款应当专项用于技能培训补贴，不得用于人员经费和办公设备购置。",  # rules on using, accounting, withholding or
    "运营企业应当对县级补贴资金单独核算，每年3月底前向县财政局报送使用情况。",  # prorating a grant
    "参赛人数不足的，不设第一名以外的名次奖励。",
    "年度补贴总额超过预算的，按各用户应得补贴额等比例折算。",
])
def test_a_defining_bracket_a_rule_over_a_grant_a_linked_title_or_a_worked_example_grants_nothing(item):
    text = ("某县人民政府办公室关于印发《某县金融支持产业发展若干措施》的通知\n某政办发〔2025〕7号\n各乡镇人民政府：\n"
            "现将《某县金融支持产业发展若干措施》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2025年3月1日\n"
            f"某县金融支持产业发展若干措施\n{item}\n")
    assert extract(text, "pkulaw-1.txt").measures("instrument") == []


def test_a_rule_of_precedence_in_an_interpretation_grants_nothing():
    text = ("《某县促进文旅消费若干措施》政策解读\n一、出台背景\n为扩大文旅消费，县政府印发了《某县促进文旅消费若干措施》。\n"
            "二、主要内容\n对新评定的星级农家乐，每家奖励2万元。\n三、其他\n此前本县出台的文旅奖补政策与本措施不一致的，以本措施为准。\n")
    got = [m.evidence.text for m in extract(text, "mouxian-jiedu.txt").measures("instrument")]
    assert got == ["对新评定的星级农家乐，每家奖励2万元。"]


@pytest.mark.parametrize("item", [
    "下列船舶不纳入补贴范围：已达到强制报废年限的；非营运船舶；已享受本市其他更新补贴的。",
    "逾期未签订协议的，不享受该项奖励。",
    "各县（区）农业农村部门要会同财政部门于2025年5月1日前制定印发本地区实施细则，并报市农业农村局备案。",
    "为贯彻落实省委、省政府关于设备更新的决策部署，现就做好2025年渔船更新补贴工作通知如下。",
])
def test_who_is_left_out_a_task_to_draft_rules_and_a_notices_purpose_grant_nothing(item):
    assert rows(item) == []


def test_a_tier_that_is_given_nothing_adds_no_row_to_the_tiers_that_are():
    item = "（三）6个月内使用的，按面额的2%给予奖励；7至12个月内使用的，按1%给予奖励；12个月后使用的，不再给予奖励。"
    assert [amount for amount, _, _ in rows(item)] == [d("2"), d("1")]


def test_benefits_named_as_what_is_weighed_are_no_grant():
    item = ("第八条普惠托育机构保育费实行政府指导价管理，由县级发展改革部门会同卫生健康、财政部门，综合考虑运营成本、"
            "财政补助和家庭承受能力，按照机构类别分档制定最高限价。")
    assert rows(item) == []
    item = "（四）对新建普惠托位的托育机构，综合考虑建设成本给予一次性补贴。"  # (a grant after what it weighs is one)
    assert [amount for amount, _, _ in rows(item)] == [None]


def test_what_decides_how_money_is_shared_out_and_who_drafted_the_policy_grant_nothing():
    assert rows("（五）强化评估。2027年底前开展中期评估，评估结果作为省级财政资金分配的重要依据。") == []
    text = ("《某县养老服务补贴实施办法》政策解读\n\n一、出台背景\n\n为更好发挥养老服务补贴的作用，县民政局会同县财政局起草了"
            "《某县养老服务补贴实施办法》，经县人民政府常务会议研究同意印发实施。\n")
    assert extract(text, "x-jiedu.txt").measures("instrument") == []


def test_which_cases_a_rule_applies_to_grants_nothing():
    assert rows("（十）前款关于贴息率不超过2个百分点的规定，适用于2025年1月1日以后新发放的贷款；此前发放的贷款仍按1.5个百分点执行。") == []


def test_a_rule_of_combining_tiers_and_a_former_policys_amount_grant_nothing():
    assert rows("（十一）跨档的，按最高档次给予奖励并扣除已享受部分。") == []
    assert d("500000") not in [amount for amount, _, _ in rows("（十二）原政策挂牌奖励为50万元，本措施提高到80万元。")]


def test_a_tables_column_heads_wrapped_onto_their_own_line_grant_nothing():
    item = "附件1\n某某资金分配表\n单位：万元\n地区\t合计\t林业改革发\n展补助\t草原保护\t补助\n某省\t1200\t800\t400\n"
    assert all(m.quantity is not None for m in extract(MEASURES.format(item=item)).measures("instrument"))


def test_a_contribution_tier_one_chooses_is_no_amount_granted():
    item = "（十二）对参保人缴费给予补贴：选择300元档次的，每人每年补贴30元；选择500元档次的，每人每年补贴50元。"
    assert [str(value(m)[0]) for m in extract(MEASURES.format(item=item)).measures("instrument")] == ["30", "50"]


def test_a_total_as_of_a_date_and_a_terms_definition_are_told_apart_from_a_deadline():
    from policykg.extractors.no_measure import defines_a_term, reports_a_total
    assert reports_a_total("截至2024年末，全县累计发放贴息贷款3.1亿元。")
    assert reports_a_total("（二）截至目前，已兑现奖补资金800万元。")
    assert not reports_a_total("截至2025年12月31日前签订购房合同的，给予补贴。")  # (a deadline: a condition)
    assert defines_a_term("本办法所称运营补贴，是指县财政安排的…资金。")
    assert not defines_a_term("对新认定的企业，给予奖励10万元。")


def test_face_values_offered_and_a_note_of_how_grants_are_paid_grant_nothing():
    r = extract("某市支付便利措施\n一、主要措施\n（三）推广标准化现金“零钱包”，提供100元、300元、800元三种面额组合。\n"
                "（四）以上奖励由市商务局根据统计数据直接兑现，实行“免申即享”。\n二、保障措施\n加强组织领导。\n", "pkulaw-1.txt")
    assert r.measures("instrument") == []


def test_a_clawback_in_other_words_and_a_schedule_of_payments_grant_nothing():
    r = extract("某县托育服务扶持资金管理办法\n第一条　为规范资金管理，制定本办法。\n第五条　对新建托育机构，给予一次性建设补助10万元。"
                "补助资金分两年兑现，第一年兑现60%，第二年兑现剩余40%。\n第二十条　享受建设补助的托育机构，3年内迁出本县的，退还全部"
                "建设补助；未满5年擅自停办的，按照未履行年限比例收回建设补助资金。\n", "pkulaw-1.txt")
    assert [value(m)[0] for m in r.measures("instrument")] == [d("100000")]  # (the grant; nothing after it)


def test_what_a_past_year_paid_out_and_what_people_earn_grant_nothing():
    r = extract("某县人民政府办公室关于做好2025年以工代赈工作的通知\n某政办发〔2025〕3号\n各乡镇人民政府：\n"
                "一、项目安排\n2024年，全县实施以工代赈项目6个，发放劳务报酬410万元，带动800名群众务工，人均增收5100元。"
                "今年计划吸纳群众务工900人，人均劳务收入约5600元。\n"
                "二、支持措施\n对参加技能培训并取得证书的务工群众，每人给予培训补贴500元。\n"
                "某县人民政府办公室\n2025年3月6日\n", "pkulaw-1.txt")
    assert [value(m)[0] for m in r.measures("instrument")] == [d("500")]  # (the grant only)
    from policykg.extractors.no_measure import reports_a_past_year
    assert reports_a_past_year("2024年，全县发放劳务报酬410万元。", "2025")
    assert not reports_a_past_year("2025年，对新认定的企业给予奖励。", "2025")  # (the document's own year)
    assert not reports_a_past_year("2024年起，对新认定的企业给予奖励。", "2025")  # (a year a measure starts from)


def test_when_a_grant_is_paid_grants_nothing_of_its_own():
    r = extract("某县人才安居办法\n第一条　为吸引人才，制定本办法。\n第五条　对新引进的博士，给予生活补贴每月2500元，连续发放3年；"
                "租房补贴最长发放2年。购房补贴分3年发放，租房补贴每半年发放一次。\n第六条　第五条规定的奖励资金按半年兑现。"
                "担保费补贴每年兑现一次。\n", "pkulaw-1.txt")
    assert [(value(m)[0], m.beneficiary) for m in r.measures("instrument")] == [(d("2500"), "新引进的博士")]


def test_where_the_money_comes_from_and_a_clawback_of_what_was_enjoyed_grant_nothing():
    r = extract("某县特色水果产业扶持措施\n一、支持措施\n（一）对新建标准化果园的，每亩补助600元。奖补资金优先从衔接推进乡村振兴补助资金、"
                "农业产业发展资金中统筹安排。\n（二）企业自享受本措施之日起5年内迁出本县的，县人民政府收回其已享受的全部租金减免额和"
                "奖补资金。\n二、保障措施\n加强组织领导。\n", "pkulaw-1.txt")
    assert [value(m)[0] for m in r.measures("instrument")] == [d("600")]


def test_a_share_of_the_cost_put_in_the_budget_and_taken_from_a_fund_grants_nothing():
    assert rows("（十八）本措施所需资金由市级财政和项目所在地县（区）财政按照6：4比例分担，列入年度财政预算，统筹从市级文化旅游发展专项资金中安排。") == []


def test_a_body_named_for_a_benefit_disclosure_and_a_refused_subsidy_state_no_measure():
    for item in ("清溪区中小企业融资担保有限公司作为受托管理机构，负责代偿资金专户的日常管理和数据统计。",
                 "区商务局每半年在区政府网站公开奖补资金使用情况、受益企业名单等信息，接受社会监督。",
                 "贷款逾期的，逾期期间不贴息。"):
        assert rows(item) == [], item


@pytest.mark.parametrize("item", [
    "第二十三条补助资金应当用于测试器材购置和维护、人员培训等支出，其中用于劳务的比例不超过30%，不得用于人员工资福利等支出。",
    "机收补贴在每个榨季结束后，由县农业农村局依据作业记录核定，于次年5月底前一次性兑付。",
    "加厚地膜补贴使用中央和省级资金，不足部分由县区财政承担。",
    "用于收储中心建设和骨干企业奖励的资金，按照项目法分配。",
    "同一合同由多名技术经理人共同促成的，奖励总额不超过该合同应得奖励，按照各方书面约定分配。",
    "企业由新三板创新层转板至北京证券交易所上市的，按照北京证券交易所上市标准补足奖励差额。",
    "序号\t地区\t合计\t其中：飞机作业补助作业装备更新",
    "其中：中央补助\t326800",
    "种植基地补助：320亩×400元/亩=12.8万元（未超过20万元上限）；",
])
def test_a_rule_over_a_funds_use_payment_or_sharing_a_table_row_and_a_worked_case_state_no_measure(item):
    assert rows(item) == [], item


def test_a_grant_with_its_day_of_payment_and_a_subsidy_without_an_amount_stay():
    assert rows("对新认定的国家级专精特新企业，给予一次性奖励50万元，奖励资金于次年3月底前兑付。") \
        == [(d("500000"), "新认定的国家级专精特新企业", "")]
    assert [b for _, b, _ in rows("对首次入选的企业给予贷款贴息支持。")] == ["首次入选的企业"]


@pytest.mark.parametrize("item", [
    "面向农户的补助资金，通过惠民惠农财政补贴资金“一卡通”直接发放到户；面向企业的资金，直接拨付至其对公账户。",
    "下一篇：图解：某市2025年春季农业生产补贴政策",
])
def test_the_channel_money_is_paid_through_and_a_linked_pages_title_state_no_measure(item):
    assert rows(item) == [], item


@pytest.mark.parametrize("item", [
    "农村户用清洁能源设备更新补助资金管理办",  # (a title cut at the printed page's edge)
    "第八条农户转卖补助设备的，由县级人民政府已发放的补助资金；对虚报价格的企业，取消其产品补贴资格。",
])
def test_a_title_line_alone_and_a_withdrawal_state_no_measure(item):
    assert rows(item) == [], item
