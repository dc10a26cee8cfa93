"""extractors/articles.py: an amount whose own clause does not say which item of the measure it is for — a cap
closing an article, a cap after the rate it bounds, a step a grant grows by — keeps that item (issue 13, the
instruments' list-item class), and extractors/beneficiaries.py: the kind a clause opens on before 每 or a cap."""
from __future__ import annotations

import pytest

from kit import d, extract, value

MEASURES = "某县促进特色产业发展若干措施\n一、支持措施\n{items}\n二、保障措施\n加强组织领导。\n"


def rows(items: str) -> list[tuple]:
    r = extract(MEASURES.format(items=items))
    return [(*value(m)[0::3], m.beneficiary, m.condition) for m in r.measures("instrument") if m.quantity is not None]


def test_a_cap_closing_an_article_takes_its_run_in_heading():
    got = rows("（一）茶园标准化改造。新建标准化茶园的，每亩补助1500元；改造低产茶园的，每亩补助800元。"
               "同一经营主体年度补助最高不超过40万元。\n"
               "（二）加工设备更新。茶叶加工企业购置清洁化加工设备的，按购置价格的30%给予补助。")
    assert (d("400000"), "<=", "", "茶园标准化改造，同一经营主体") in got  # (the article's, per operator)


def test_a_heading_opening_on_support_for_an_item_gives_the_cap_that_item():
    got = rows("（一）鼓励设施大棚提档升级。新建连栋温室的，每亩补助2万元；改造老旧大棚的，每亩补助5000元。"
               "单个经营主体年度补助最高不超过60万元。\n"
               "（二）推动加大投入。单户贴息最高不超过20万元。")
    assert [(g[0], g[3]) for g in got if g[1] == "<="] == [
        (d("600000"), "设施大棚提档升级，单个经营主体"), (d("200000"), "单户")]  # (推动加大投入: effort, no item)


def test_an_article_numbered_by_its_article_number():
    got = rows("第六条商标国际注册资助。通过马德里体系获得国际注册的商标，每件最高资助3万元。")
    assert got == [(d("30000"), "<=", "", "商标国际注册资助")]


def test_a_heading_that_asks_for_effort_or_names_a_type_is_no_item():
    got = rows("（一）加大财政支持力度。同一企业年度奖励最高不超过100万元。\n"
               "（二）金融支持。单户贴息最高不超过20万元。")
    assert [(g[0], g[3]) for g in got] == [(d("1000000"), "同一企业"), (d("200000"), "单户")]  # (per whom, no heading)


def test_a_sentence_of_caps_alone_takes_the_one_beneficiary_of_its_article():
    got = rows("（三）对首次入选省级农业产业化龙头企业的，给予一次性奖励20万元。"
               "单个企业年度奖励最高不超过30万元。")
    assert (d("300000"), "<=", "首次入选省级农业产业化龙头企业的", "单个企业") in got


def test_a_cap_after_the_rate_it_bounds_keeps_the_rates_beneficiary():
    got = rows("（四）冷链物流企业新建冷库的，按照设备投资额的20%给予补助，单个项目最高不超过200万元；"
               "租赁冷库的，按照租金的30%给予补助，每家企业每年最高不超过50万元。")
    assert (d("2000000"), "<=", "冷链物流企业新建冷库的", "单个项目") in got
    assert (d("500000"), "<=", "租赁冷库的", "每家企业") in got


def test_a_cap_over_two_kinds_is_neither_kinds():
    got = rows("（五）新建保鲜设施的，按库容给予补助：保鲜库每立方米补助150元，速冻库每立方米补助300元，"
               "单个主体最高补助60万元。")
    assert (d("150"), "=", "", "保鲜库") in got and (d("300"), "=", "", "速冻库") in got
    (cap,) = [g for g in got if g[0] == d("600000")]
    assert cap[3] not in ("保鲜库", "速冻库")


def test_a_step_is_no_amount_and_the_grant_it_grows_keeps_it():
    got = rows("（六）对年度跨境电商交易额达到2000万美元的企业，给予20万元奖励；交易额每增加1000万美元，"
               "奖励增加5万元，最高不超过60万元。")
    assert not [g for g in got if g[0] == d("10000000")]
    (grown,) = [g for g in got if g[0] == d("50000")]
    assert grown[3] == "交易额每增加1000万美元"


def test_kinds_a_clause_opens_on_before_per_or_a_cap():
    got = rows("（七）轮作休耕每亩补助200元，绿肥种植每亩补助120元。\n"
               "（八）对在本县举办的文化活动给予补助，其中，全国性活动补助最高不超过50万元，省级活动补助最高不超过20万元。")
    assert (d("200"), "=", "", "轮作休耕") in got and (d("120"), "=", "", "绿肥种植") in got
    assert [g[3] for g in got if g[0] in (d("500000"), d("200000"))] == ["全国性活动", "省级活动"]


def test_a_cap_per_recipient_or_a_year_is_no_kind():
    got = rows("（九）新建日光温室的，第一年每亩补助2000元，第二年每亩补助1000元，单个主体每年补助最高不超过20万元。")
    assert {g[3] for g in got} <= {"新建日光温室", "新建日光温室，第一年", "新建日光温室，第二年", "第一年", "第二年", "",
                                   "单个主体"}


def test_which_record_decides_is_no_measure():
    r = extract("《某县促进港航物流发展若干措施》政策解读\n一、主要内容\n对新开通的集装箱航线，给予运营企业一次性奖励"
                "30万元。\n二、适用对象\n航线运营奖励以港口实际靠泊记录为准。\n", "jiedu.txt")
    assert r.document.genre == "interpretation"
    assert [m.evidence.text for m in r.measures("instrument")] == ["对新开通的集装箱航线，给予运营企业一次性奖励30万元。"]


def test_a_long_beneficiary_that_names_one_kind_is_kept():
    who = "通过专利合作条约途径或者巴黎公约途径获得美国、日本、韩国及欧盟成员国发明专利授权的"
    got = rows(f"（十一）{who}，每件资助2万元；获得其他国家或者地区发明专利授权的，每件资助5000元。")
    assert [(g[0], g[2]) for g in got] == [(d("20000"), who), (d("5000"), "获得其他国家或者地区发明专利授权的")]


def test_a_span_of_days_opening_the_sentence_is_a_condition_and_the_buyer_its_beneficiary():
    got = rows("（十二）2025年3月1日至6月30日期间，在本县购买新能源乘用车并在本县上牌的个人消费者，每辆补贴2000元；"
               "2026年每辆补贴1000元。\n"
               "（十三）2025年5月1日至12月31日，在本县购买首套新建商品住房的，按所缴纳契税的50%给予购房补贴。")
    assert (d("2000"), "=", "在本县购买新能源乘用车并在本县上牌的个人消费者", "2025年3月1日至6月30日") in got
    assert [g[3] for g in got if g[0] == d("1000")] == ["2026年"]  # (that year's, not the span's)
    assert (d("50"), "=", "在本县购买首套新建商品住房的", "2025年5月1日至12月31日") in got


def test_a_grant_announced_before_the_bands_it_lists_is_not_a_second_instrument():
    r = extract(MEASURES.format(items="（十四）在本县购买家电的个人消费者，按价格分档给予补贴：价格3000元以下的，每台补贴"
                                      "200元；3000元以上的，每台补贴500元。"))
    assert [value(m)[0] if m.quantity else None for m in r.measures("instrument")] == [d("200"), d("500")]


def test_a_cap_keeps_what_it_is_per():
    got = rows("（十五）对在本县拍摄的网络剧，按照拍摄费用的20%给予补助，单部最高30万元，单个企业年度最高200万元。\n"
               "（十六）结合节庆活动发放消费券，每场活动发放总额不超过20万元。\n"
               "（十七）单个企业年度享受本措施支持资金总额不超过400万元。")
    assert [g[3] for g in got if g[1] == "<="] == ["单部", "单个企业", "每场活动", "单个企业"]


def test_each_stage_a_respectively_list_names_in_the_clause_before_it_keeps_its_amount():
    got = rows("（十八）对首发上市的企业，按照股改、辅导备案、成功上市三个阶段，分别奖励50万元、100万元、300万元。")
    assert [(g[0], g[3]) for g in got] == [(d("500000"), "股改"), (d("1000000"), "辅导备案"),
                                           (d("3000000"), "成功上市")]


def test_each_year_of_a_schedule_listed_in_one_clause_keeps_its_rate():
    got = rows("（十九）对入驻产业园区的企业，第一年按照实际租金的80%、第二年按照50%、第三年按照20%给予租金补助。")
    assert [(g[0], g[3]) for g in got] == [(d("80"), "第一年"), (d("50"), "第二年"), (d("20"), "第三年")]


def test_a_later_part_opening_on_a_noun_phrase_names_its_own_beneficiary():
    got = rows("（二十）对在本省发射入轨的商业卫星，每颗给予研制企业奖励100万元；首次入轨的新型号卫星，再给予一次性奖励"
               "200万元。\n（二十一）年交易额5000万元以上的直播电商企业，按照增量部分的2%给予奖励，最高30万元。")
    assert (d("2000000"), "=", "首次入轨的新型号卫星", "") in got
    assert (d("300000"), "<=", "年交易额5000万元以上的直播电商企业", "年交易额5000万元以上") in got


@pytest.mark.parametrize("item, expected", [
    ("（二十二）新引进的研发人才，博士研究生每人每月2800元、硕士研究生每人每月1800元、本科毕业生每人每月900元发放生活补贴。",
     [("2800", "新引进的研发人才", "博士研究生"), ("1800", "新引进的研发人才", "硕士研究生"),
      ("900", "新引进的研发人才", "本科毕业生")]),
    ("（二十三）受灾农户按照一般损坏每户最高8000元、严重损坏每户最高2万元的标准给予补助。",
     [("8000", "", "一般损坏"), ("20000", "", "严重损坏")]),
    ("（二十四）对年度考核排名前三位的乡镇，分别给予20万元、15万元、10万元奖励。",
     [("200000", "年度考核排名前三位的乡镇", "第一名"), ("150000", "年度考核排名前三位的乡镇", "第二名"),
      ("100000", "年度考核排名前三位的乡镇", "第三名")]),
    ("（二十七）参加失业保险满1年的职工，当年取得初级工（五级）、中级工（四级）、高级工（三级）职业技能等级证书的，分别按照"
     "800元、1200元、1600元的标准给予补贴。",
     [("800", "", "当年取得初级工（五级）职业技能等级证书"), ("1200", "", "当年取得中级工（四级）职业技能等级证书"),
      ("1600", "", "当年取得高级工（三级）职业技能等级证书")]),
    ("（三十）旅行社、在线旅游平台组织市外游客连续居住10天以上、20天以上的，分别按照每人80元、160元给予奖励。",
     [("80", "", "旅行社、在线旅游平台组织市外游客连续居住10天以上"), ("160", "", "旅行社、在线旅游平台组织市外游客连续居住20天以上")]),
    ("（二十五）省级茶叶品鉴大赛金奖、银奖、铜奖分别奖励6万元、4万元、2万元。",
     [("60000", "", "省级茶叶品鉴大赛金奖"), ("40000", "", "省级茶叶品鉴大赛银奖"), ("20000", "", "省级茶叶品鉴大赛铜奖")]),
])
def test_each_amount_of_a_list_keeps_its_own_item_grade_or_rank(item, expected):
    r = extract(MEASURES.format(items=item))
    assert [(str(value(m)[0]), m.beneficiary, m.condition) for m in r.measures("instrument")] == expected


def test_a_cap_after_items_of_one_beneficiary_keeps_the_beneficiary():
    got = rows("（二十六）农产品运往省外销售的，铁路运输按每吨150元、公路运输按每吨100元给予运费补贴，每家企业年度补贴最高80万元。")
    assert (d("800000"), "<=", "农产品运往省外销售的", "每家企业") in got


def test_a_later_part_restating_a_parallel_item_or_a_list_split_elsewhere_is_not_the_first_parts():
    got = rows("（二十八）对新评定为国家5A级旅游景区的，给予一次性奖励200万元；新评定为国家4A级旅游景区的，给予一次性奖励50万元。\n"
               "（二十九）对新入选国家级、省级示范企业的本地企业，分别给予奖励100万元、30万元；本地企业年度合同额首次突破1亿元、"
               "3亿元的，分别奖励20万元、50万元。")
    assert (d("500000"), "=", "", "新评定为国家4A级旅游景区") in got  # (not the 5A scenic area's)
    assert [g[2] for g in got if g[0] in (d("200000"), d("500000")) and g[3].startswith("本地企业")] \
        == ["本地企业年度合同额首次突破1亿元的", "本地企业年度合同额首次突破3亿元的"]


@pytest.mark.parametrize("item, expected", [
    ("（九）对取得护理员职业技能等级证书的，按初级工、中级工、技师及以上等级，分别给予800元、1600元、4000元奖励。",
     ["初级工", "中级工", "技师及以上"]),
    ("（一）对在助餐点就餐的老年人，按80周岁及以上、60至79周岁分别给予每餐4元、2元补贴。", ["80周岁及以上", "60至79周岁"]),
    ("（五）二星级、一星级认证每个产品分别给予3万元、1万元奖励。", ["二星级认证", "一星级认证"]),  # (what each is per after them)
])
def test_grades_listed_before_a_respectively_clause_are_each_amounts_condition(item, expected):
    assert [m.condition for m in extract(MEASURES.format(items=item)).measures("instrument")] == expected


def test_grades_before_de_each_take_the_rating_and_the_head():
    item = "（四）对考核评价为优秀、良好的乡镇（街道），分别给予80万元、50万元奖补。"
    got = [m.beneficiary for m in extract(MEASURES.format(items=item)).measures("instrument")]
    assert got == ["考核评价为优秀的乡镇（街道）", "考核评价为良好的乡镇（街道）"]


def test_a_whole_county_yearly_total_is_no_recipients_cap():
    item = ("（六）对开展废旧农膜回收的企业按照回收量每吨补助200元，单个企业补助最高不超过30万元，"
            "全县年度农膜回收补助总额最高不超过600万元。")
    got = [(m.quantity.value, m.beneficiary, m.condition) for m in extract(MEASURES.format(items=item)).measures("instrument")]
    assert (d("300000"), "开展废旧农膜回收的企业", "单个企业") in got
    assert (d("6000000"), "", "全县年度农膜回收补助总额") in got  # (the county's budget, not each firm's cap)


def test_a_per_project_cap_after_two_grants_to_different_recipients_is_neither_ones():
    item = ("（五）省级财政对山区县农村供水改造项目按不超过总投资的60%给予补助，对其他县按不超过总投资的30%给予补助，"
            "单个项目最高不超过3000万元。")
    (cap,) = [m for m in extract(MEASURES.format(items=item)).measures("instrument") if m.quantity.value == d("30000000")]
    assert (cap.beneficiary, cap.condition) == ("", "单个项目")  # (not 其他县: the cap bounds both)


def test_a_cap_after_a_semicolon_keeps_its_own_parts_recipient():
    item = ("（六）对新认定的国家级良种场给予一次性奖励100万元；对养殖企业按每头50元给予补贴，每家每年不超过40万元。")
    (cap,) = [m for m in extract(MEASURES.format(items=item)).measures("instrument") if m.quantity.value == d("400000")]
    assert cap.beneficiary == "养殖企业"


def test_a_whole_countys_yearly_total_opening_its_sentence_is_no_recipients_cap():
    item = "（三）对新建防雹网的，每亩补助2000元。全县年度防雹网补助资金总额控制在1200万元以内。"
    got = {m.quantity.value: (m.beneficiary, m.condition) for m in extract(MEASURES.format(items=item)).measures("instrument")}
    assert got[d("12000000")] == ("", "全县年度防雹网补助资金总额")


def test_a_band_a_part_opens_on_past_whom_it_names_goes_to_its_cap_and_a_marginal_band_to_its_rate():
    got = rows("（三）对新建农产品精深加工项目，固定资产投资额2000万元（含）至1亿元的，按照设备投资额的10%给予补助，"
               "单个项目最高不超过150万元；固定资产投资额1亿元（含）以上的，按照设备投资额的12%给予补助，单个项目最高不超过400万元。")
    caps = {amount: condition for amount, _, _, condition in got if amount >= 1000000}
    assert caps == {d("1500000"): "固定资产投资额2000万元（含）至1亿元，单个项目",
                    d("4000000"): "固定资产投资额1亿元（含）以上，单个项目"}
    got = rows("（四）对年出口额达到50万美元以上的企业，按照超额累进方式给予奖励：50万美元（含）至500万美元的部分，每美元奖励0.02元；"
               "500万美元（含）以上的部分，每美元奖励0.04元。")
    assert [(amount, condition.rsplit("，", 1)[-1]) for amount, _, _, condition in got] == [
        (d("0.02"), "50万美元（含）至500万美元的部分"), (d("0.04"), "500万美元（含）以上的部分")]


def test_two_items_inside_one_frame_are_each_a_condition():
    got = rows("（五）对新引进的全职研发人员，具有博士研究生、硕士研究生学历的，分别给予每人每月2500元、1200元生活补贴。")
    assert [(amount, condition) for amount, _, _, condition in got] == [
        (d("2500"), "具有博士研究生学历"), (d("1200"), "具有硕士研究生学历")]


def test_a_cap_after_a_parts_rate_keeps_the_kind_the_rate_opens_on_and_counted_grades_are_each_amounts():
    got = rows("（六）对参加重点展会的企业，境内展会按照展位费的50%给予补助，每个标准展位最高补助0.8万元；"
               "境外展会按照展位费的70%给予补助，每个标准展位最高补助2万元。")
    assert [(amount, condition) for amount, _, _, condition in got] == [
        (d("8000"), "境内展会，每个标准展位"), (d("20000"), "境外展会，每个标准展位")]
    got = rows("（七）设立工艺设计奖，每年评选一等奖2名、二等奖4名、三等奖8名，分别奖励5万元、3万元、1万元。")
    assert [(amount, condition) for amount, _, _, condition in got] == [
        (d("50000"), "一等奖"), (d("30000"), "二等奖"), (d("10000"), "三等奖")]


def test_each_year_of_a_schedule_keeps_its_own_year_and_a_later_parts_cases_are_their_own():
    got = rows("（八）对入驻石雕产业园的企业，第一年按照每平方米每月6元、第二年按照每平方米每月4元给予租金补贴。")
    assert [(amount, condition) for amount, _, _, condition in got] == [(d("6"), "第一年"), (d("4"), "第二年")]
    got = rows("（九）对首次纳入规模以上工业统计的企业，一次性奖励5万元；营业收入首次突破2亿元、5亿元的，分别一次性奖励20万元、40万元。")
    assert [who for amount, _, who, _ in got if amount > d("50000")] == ["营业收入首次突破2亿元的", "营业收入首次突破5亿元的"]


def test_each_item_of_a_list_under_a_heading_keeps_its_grade_and_the_first_ones_unit():
    item = "（五）可移动文物修复。一级文物每件（套）补助不超过15万元、二级文物不超过8万元、三级文物不超过3万元。"
    r = extract(MEASURES.format(items=item))
    assert [(m.quantity.unit, m.condition) for m in r.measures("instrument")] == [
        ("元/件", "可移动文物修复，一级文物"), ("元/件", "可移动文物修复，二级文物"), ("元/件", "可移动文物修复，三级文物")]


def test_letter_grades_before_a_per_head_respectively_are_each_amounts_condition():
    """按A、B、C类人才每人分别给予…: each amount a class's, per person placed when an agency is paid."""
    r = extract(MEASURES.format(items="（六）职业介绍机构为本县骨干企业成功引进全职紧缺人才的，按A、B、C类人才每人分别给予5万元、"
                                      "3万元、1.5万元奖励。"))
    assert [(value(m)[0], value(m)[2], m.condition) for m in r.measures("instrument")] == [
        (d("50000"), "元/人", "A类人才"), (d("30000"), "元/人", "B类人才"), (d("15000"), "元/人", "C类人才")]


def test_a_cap_per_machine_written_with_its_set_in_brackets_keeps_what_it_is_per():
    (machine, yearly) = rows("（五）购置茶叶揉捻机、杀青机的，县财政按购机价格的15%给予累加补贴，单台（套）最高不超过1.5万元，"
                             "单个主体年度最高不超过8万元。")
    assert machine == (d("15000"), "<=", "购置茶叶揉捻机、杀青机的", "单台（套）")
    assert yearly[2:] == ("购置茶叶揉捻机、杀青机的", "单个主体")


def test_each_amount_named_by_the_prize_right_before_it_keeps_that_prize():
    got = rows("（七）每年举办农村创业创新大赛，对获奖项目分别给予一等奖8万元、二等奖4万元、三等奖2万元的资助。")
    assert [(g[0], g[2], g[3]) for g in got] == [(d("80000"), "获奖项目", "一等奖"), (d("40000"), "获奖项目", "二等奖"),
                                                 (d("20000"), "获奖项目", "三等奖")]


def test_two_classes_served_inside_one_frame_each_keep_the_frame():
    got = rows("（八）对社区老年食堂按照实际助餐人次给予运营补贴，为70周岁及以上老年人、低保家庭老年人提供助餐服务的，"
               "每人每餐分别补贴2元、4元。")
    assert [(g[0], g[3]) for g in got] == [(d("2"), "为70周岁及以上老年人提供助餐服务"), (d("4"), "为低保家庭老年人提供助餐服务")]
