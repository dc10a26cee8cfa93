"""extractors/beneficiaries.py: each amount of a list keeps the grade, band or threshold it is for, and the payee a
list's lead-in names (issue 13, classes 10 and 12, on instruments)."""
from __future__ import annotations

from kit import d, extract, value

MEASURES = "某县促进产业发展若干措施\n一、支持措施\n{item}\n二、保障措施\n加强组织领导。\n"


def rows(item: str) -> list[tuple]:
    return [(value(m)[0] if m.quantity else None, m.beneficiary, m.condition)
            for m in extract(MEASURES.format(item=item)).measures("instrument")]


def test_an_article_number_is_no_kind_of_thing():
    item = "第四条 对入驻园区的检测机构，年检测收入达到500万元的，给予20万元奖励。"
    ((_, who, condition),) = rows(item)
    assert who == "入驻园区的检测机构" and condition == "年检测收入达到500万元"
    assert "第四条" not in condition


def test_each_band_keeps_the_rate_its_own_clause_states():
    item = ("（三）差异化补助。平原地区补助比例为40%，丘陵地区补助比例为55%，高寒山区和海拔2800米以上地区"
            "补助比例为70%。")
    assert [(v, c) for v, _, c in rows(item)] == [
        (d("40"), "平原地区"), (d("55"), "丘陵地区"), (d("70"), "高寒山区和海拔2800米以上地区")]


def test_the_payee_a_lead_in_names_gets_each_tier_with_the_tier_as_condition():
    item = ("第六条 对新建成的数字化车间，按照示范类、培育类两档给予建设单位一次性补助：示范类补助60万元，"
            "培育类补助25万元。")
    assert rows(item) == [(d("600000"), "建设单位", "新建成的数字化车间，示范类"),
                          (d("250000"), "建设单位", "新建成的数字化车间，培育类")]


def test_the_payee_a_grant_names_keeps_the_qualified_works_and_each_threshold():
    item = ("（八）对在本县完成拍摄、公开播映的纪录片，单部在主流平台点击量达到1亿次、3亿次以上的，分别给予出品单位"
            "奖励10万元、30万元。")
    assert rows(item) == [(d("100000"), "出品单位", "在本县完成拍摄、公开播映的纪录片，单部在主流平台点击量达到1亿次以上"),
                          (d("300000"), "出品单位", "在本县完成拍摄、公开播映的纪录片，单部在主流平台点击量达到3亿次以上")]


def test_a_band_and_the_payee_of_a_lead_in_both_stay():
    item = ("（九）对在本县建成投用的冷库，按照库容分档给予建设企业奖励：1万立方米以下的每座奖励20万元，1万立方米至3万立方米的"
            "每座奖励40万元。")
    assert rows(item) == [(d("200000"), "建设企业", "在本县建成投用的冷库，1万立方米以下"),
                          (d("400000"), "建设企业", "在本县建成投用的冷库，1万立方米至3万立方米")]


def test_awards_of_one_contest_each_keep_the_contest_and_a_level_that_pays_is_no_kind():
    item = ("（十）获得全省农产品品牌大赛金奖、银奖、优秀奖的，分别给予一次性奖励8万元、5万元、2万元。\n"
            "（十一）对完成改造的小区，县级按照每户1500元给予奖补，乡镇按照每户500元给予配套。")
    got = rows(item)
    assert [c or b.removesuffix("的") for _, b, c in got[:3]] == [f"获得全省农产品品牌大赛{a}" for a in ("金奖", "银奖", "优秀奖")]
    assert all(c in ("", "完成改造的小区") for _, _, c in got[3:])


def test_a_cap_in_its_own_clause_keeps_the_grade_the_clause_before_names():
    item = ("第八条 对区级以下不可移动文物实施修缮的，按照核定的工程预算给予补助：区级文物保护单位补助60%，最高不超过200万元；"
            "乡级文物保护点补助40%，最高不超过80万元。")
    assert [(v, c) for v, _, c in rows(item)] == [(d("2000000"), "区级文物保护单位"), (d("800000"), "乡级文物保护点")]


def test_ranked_banks_keep_the_measure_they_are_ranked_by_and_each_its_rank():
    item = "第十二条 对年度普惠小微贷款发放额排名全县前三位的合作银行，分别给予30万元、20万元、10万元奖励。"
    assert rows(item) == [(d(v), "年度普惠小微贷款发放额排名全县前三位的合作银行", f"第{r}名")
                          for v, r in (("300000", "一"), ("200000", "二"), ("100000", "三"))]


def test_a_later_part_naming_a_kind_of_goods_by_its_route_is_that_parts_beneficiary():
    item = ("（六）对经东兴口岸出境的跨境公路运输货物，按每标准箱600元给予运费补贴；经西部陆海新通道（铁海联运）运输的"
            "进出口货物，按每标准箱1200元给予补贴。")
    assert [b for _, b, _ in rows(item)] == ["经东兴口岸出境的跨境公路运输货物", "经西部陆海新通道（铁海联运）运输的进出口货物"]


def test_firms_a_clause_names_after_the_measure_they_take_are_the_beneficiary_of_it_and_its_cap():
    item = ("（七）对数据中心执行峰谷分时电价并积极参与绿电交易，年用电量1亿千瓦时以上的企业，按实际用电量每千瓦时0.02元"
            "给予补贴，单户年度最高80万元。")
    assert {b for _, b, _ in rows(item)} == {"年用电量1亿千瓦时以上的企业"}


def test_the_parts_a_fund_is_split_into_are_named():
    item = "（九）市级财政安排专项资金800万元，其中以旧换新补贴500万元、充电桩建设补贴200万元、宣传推广补助100万元。"
    assert [c for _, _, c in rows(item)][1:] == ["以旧换新补贴", "充电桩建设补贴", "宣传推广补助"]


def test_each_numbered_route_of_a_lead_in_keeps_its_name():
    item = ("（四）对开行内河集装箱航线的港航企业，按航线类别给予运营补贴：1．沿江下行至南京港的江海联运航线，每标箱补贴180元；"
            "2．汉江航道及支流航线，每标箱补贴90元。")
    assert [c for _, _, c in rows(item)] == ["沿江下行至南京港的江海联运航线", "汉江航道及支流航线"]


def test_a_qualifying_clause_without_a_figure_after_the_beneficiary_is_the_condition():
    item = ("（十）对在本县医疗机构连续工作满2年的医师，新取得主任医师、副主任医师职称的，给予一次性奖励3万元；"
            "新取得主治医师职称的，给予一次性奖励1万元。")
    assert rows(item)[0] == (d("30000"), "在本县医疗机构连续工作满2年的医师", "新取得主任医师、副主任医师职称")


def test_a_per_head_cap_after_a_grant_to_the_firm_is_the_firms_per_head():
    item = "（十一）对企业引进的首席技术官等高级人才，按其年度工资薪金的15%给予企业补贴，每人每年最高30万元。"
    (m,) = extract(MEASURES.format(item=item)).measures("instrument")
    assert (m.beneficiary, m.quantity.unit, m.quantity.comparator) == ("企业", "元/人·年", "<=")


def test_a_top_rank_without_its_counter_word_gives_each_amount_its_rank():
    item = "（十二）对年度考核排名前三的乡镇，分别给予30万元、20万元、10万元奖励。"
    assert [c for _, _, c in rows(item)] == ["第一名", "第二名", "第三名"]


def test_a_class_named_before_its_cap_in_its_own_clause_is_the_condition():
    item = "（三）对引进的科技人才，按照人才分类给予年度奖励，A类人才每人每年最高40万元，B类人才最高20万元。"
    assert [c for _, _, c in rows(item)] == ["A类人才", "B类人才"]


def test_those_a_grant_is_provided_for_one_amount_each_are_its_beneficiaries():
    text = ("2026年某县政府工作报告\n——2026年1月8日在某县第十八届人民代表大会第五次会议上\n各位代表：\n二、2026年工作安排\n"
            "全年引进各类人才2000名以上，为引进的博士研究生和正高级职称人才分别提供30万元、20万元安家补贴。"
            "为企业提供贷款贴息，每户最高50万元。\n")
    got = [m.beneficiary for m in extract(text, "gzbg-2026-98.txt").measures("instrument")]
    assert got == ["引进的博士研究生", "引进的正高级职称人才", ""]  # (为 without 分别: a purpose, no one named)


def test_a_band_inside_a_grant_after_its_rate_gives_each_cap_its_band():
    text = ("某区促进演艺产业发展若干措施\n一、支持措施\n（一）对新建小剧场，按照投资额的20%给予一次性补助，"
            "其中座位数100个至299个的最高补助50万元，300个以上的最高补助100万元。\n二、保障措施\n加强组织领导。\n")
    got = [(value(m)[0], m.condition) for m in extract(text, "pkulaw-9.txt").measures("instrument") if m.quantity.unit == "元"]
    assert got == [(d("500000"), "座位数100个至299个"), (d("1000000"), "座位数300个以上")]


def test_kinds_of_one_head_after_examples_and_their_etc_get_one_amount_each():
    text = ("某县促进产业发展若干措施\n一、支持措施\n（一）对主导制定菠萝分级、包装、冷链运输等团体标准、地方标准的，"
            "分别给予3万元、5万元的一次性奖励。\n（二）对企业新招用的软件、算法等专业硕士研究生、本科毕业生，分别给予每月2000元、"
            "1000元补贴。\n二、保障措施\n加强组织领导。\n")
    got = [m.beneficiary for m in extract(text, "pkulaw-9.txt").measures("instrument")]
    assert got[:2] == ["主导制定菠萝分级、包装、冷链运输等团体标准的", "主导制定菠萝分级、包装、冷链运输等地方标准的"]
    assert not any(b.endswith("等本科毕业生") for b in got)  # (专业 is the examples', not a kind's)


def test_a_case_of_its_own_after_a_semicolon_does_not_take_the_earlier_cases_recipient():
    item = ("对新购置粮食烘干设备的，按照设备购置价格的30%给予补助，单台（套）最高20万元；新建库容500吨以上农产品冷藏保鲜"
            "设施的，每吨库容补助200元，单个主体最高不超过40万元。")
    assert [who for _, who, _ in rows(item)] == ["新购置粮食烘干设备的", "", ""]


def units(item: str) -> list[tuple]:
    return [(value(m)[0], m.quantity.unit, m.beneficiary, m.condition)
            for m in extract(MEASURES.format(item=item)).measures("instrument")]


def test_an_amount_per_set_per_sheet_or_per_vehicle_keeps_that_unit():
    assert units("（三）对购置自动喂料设备的养殖场，每套补助500元。")[0][:2] == (d("500"), "元/套")
    assert units("（四）对小蚕共育点按实际共育蚕种数量每张补助12元。")[0][:2] == (d("12"), "元/张")
    assert units("（五）单车报废补贴与更新补贴合计最高不超过5万元。")[0][:2] == (d("50000"), "元/辆")
    assert units("（六）对购买首套住房的家庭，每套补贴3万元。")[0][:2] == (d("30000"), "元")  # (the buyer's own amount)


def test_a_band_of_a_list_keeps_its_own_ends_not_the_last_items_bound():
    got = units("（七）年饲养30头至99头、100头至299头、300头以上的养殖户，分别按每头50元、80元、100元给予补助。")
    assert [who for _, _, who, _ in got] == ["年饲养30头至99头的养殖户", "年饲养100头至299头的养殖户", "年饲养300头以上的养殖户"]


def test_each_kind_after_a_lead_ending_on_a_colon_or_with_a_note_is_its_amounts_condition():
    got = units("（八）县财政对验收合格的改厕户给予补助：三格式化粪池户厕（容积1.5立方米以上）每户补助900元；"
                "双瓮式户厕每户补助700元；水冲式户厕（接入污水管网）每户补助500元。")
    assert [c for _, _, _, c in got] == ["三格式化粪池户厕", "双瓮式户厕", "水冲式户厕"]


def test_the_kinds_of_a_numbered_items_list_keep_what_its_lead_names():
    got = units("2．新购国六排放标准燃气营运客车，大型客车每辆补贴2万元，中型客车每辆补贴1万元。")
    assert [c for _, _, _, c in got] == ["新购国六排放标准燃气营运客车，大型客车", "新购国六排放标准燃气营运客车，中型客车"]


def test_a_fund_that_pays_before_the_beneficiary_is_no_part_of_it():
    got = units("（九）中央预算内投资对省级种质资源库建设按不超过项目总投资的50%给予支持，单个项目最高不超过500万元。")
    assert got[-1][2] == "省级种质资源库建设"


def test_each_kind_named_before_a_colon_is_its_amounts_condition():
    got = units("（十）建设补助。机械式立体停车库：每个泊位补助6000元；地面停车场：每个泊位补助1500元。")
    assert [(a, u, c) for a, u, _, c in got] == [(d("6000"), "元/泊位", "机械式立体停车库"), (d("1500"), "元/泊位", "地面停车场")]


def test_caps_of_tiers_named_with_thresholds_after_qizhong_keep_their_tier():
    text = ("某县生猪产业发展扶持办法\n一、扶持措施\n（一）对完成粪污处理设施改造的规模养殖场，按照投资额的30%给予补助，"
            "其中存栏生猪1000头至2999头（折算）的养殖场最高不超过15万元，存栏生猪3000头以上（折算）的养殖场最高不超过40万元。\n"
            "二、保障措施\n加强组织领导。\n")
    got = {m.quantity.value: m.condition for m in extract(text, "plan.txt").measures("instrument") if m.quantity}
    assert got[d("150000")] == "存栏生猪1000头至2999头（折算）的养殖场"
    assert got[d("400000")] == "存栏生猪3000头以上（折算）的养殖场"


def test_a_place_opening_with_xiang_is_no_preposition_and_a_per_unit_tail_is_no_part_of_whom():
    text = ("某县农村客运补贴办法\n一、补贴标准\n（一）农村客运线路每公里补贴1元；向阳镇、柏林乡等山区线路每公里补贴1.5元。\n"
            "（二）对种植早稻的农户每亩补贴100元。\n二、保障措施\n加强组织领导。\n")
    got = {m.quantity.value: m.beneficiary for m in extract(text, "plan.txt").measures("instrument")}
    assert not got[d("1.5")].startswith("阳镇")  # (向阳镇 is a town, not 向 + 阳镇)
    assert got[d("100")] == "种植早稻的农户"  # (not 种植早稻的农户每亩)


def test_an_articles_number_or_an_answers_label_is_no_part_of_whom():
    text = ("某市农村公路养护资金管理实施细则\n第一章　总则\n第一条为规范资金管理，制定本细则。\n第二章　补助标准\n"
            "第十二条乡镇养护站购置小型养护机械的，市级按照购置价格的30%给予补助，每台最高不超过10万元。\n")
    got = [m.beneficiary for m in extract(text, "pkulaw-3.txt").measures("instrument")]
    assert got and all(not b.startswith("第十二条") for b in got) and "乡镇养护站购置小型养护机械的" in got


def test_quoted_titles_set_side_by_side_are_a_list():
    got = rows("（六）对新获评“某省技能大师”“某市金牌工匠”的，分别给予一次性奖励3万元、1万元。")
    assert got == [(d("30000"), "新获评“某省技能大师”的", ""), (d("10000"), "新获评“某市金牌工匠”的", "")]


def test_each_item_of_a_list_paid_per_a_measure_keeps_its_item_and_its_unit():
    item = ("（七）对购买应急救援飞行服务的县（市、区），按实际飞行小时给予补助，直升机每飞行小时补助不超过1万元、"
            "固定翼飞机每飞行小时不超过0.6万元。")
    got = [(value(m)[0], value(m)[2], m.condition) for m in extract(MEASURES.format(item=item)).measures("instrument")]
    assert got == [(d("10000"), "元/飞行小时", "直升机"), (d("6000"), "元/飞行小时", "固定翼飞机")]


def test_a_standard_granted_per_unit_an_amount_only_when_a_case_holds_and_a_later_band_keeps_its_measure():
    item = ("（八）对保护区内的茶园，按照每亩每年不超过80元的标准给予管护补贴；当茶青收购价连续2个月低于每斤10元时，"
            "当年补贴标准可提高至每亩每年120元。")
    assert rows(item) == [(d("80"), "保护区内的茶园", ""),
                          (d("120"), "保护区内的茶园", "当茶青收购价连续2个月低于每斤10元时")]
    item = "（九）村级公益性公墓，墓位300个以上、600个以下的，补助10万元；600个及以上的，补助20万元。"
    assert [c for _, _, c in rows(item)][1] == "墓位600个及以上"


def test_a_later_case_ending_in_de_is_of_the_kind_the_first_clause_names():
    item = "（八）对首次通过认定的技术先进型服务企业奖励30万元，复审通过的奖励15万元。"
    assert [(v, b) for v, b, _ in rows(item)] == [(d("300000"), "首次通过认定的技术先进型服务企业"),
                                                  (d("150000"), "复审通过的技术先进型服务企业")]


def test_each_case_of_its_own_clause_opening_on_de_is_whom_it_pays():
    item = "（九）在上海证券交易所上市的奖励300万元，在区域性股权市场挂牌的奖励20万元。"
    assert [(v, b) for v, b, _ in rows(item)] == [(d("3000000"), "在上海证券交易所上市的"),
                                                  (d("200000"), "在区域性股权市场挂牌的")]


def test_whom_a_body_may_pay_after_its_modal_verb():
    item = "（十）各地可对符合条件的困难残疾人家庭给予无障碍改造补贴，每户不超过1万元。"
    assert [b for _, b, _ in rows(item)] == ["符合条件的困难残疾人家庭"]
    item = "（十一）对企业应对反倾销调查的，按律师费的50%给予补助。"
    assert [b for _, b, _ in rows(item)] == ["企业应对反倾销调查的"]


def test_a_later_part_opening_on_an_extra_case_is_not_paid_to_the_first_parts_recipient():
    item = ("（四）对新建烘干中心的，按建设投资额的30%给予补助，最高不超过40万元；同时配套建设仓储设施的，"
            "按投资额的20%另行补助，最高不超过10万元。")
    assert [(v, b) for v, b, _ in rows(item) if v == d("100000")] == [(d("100000"), "同时配套建设仓储设施的")]


def test_a_later_part_retiring_other_equipment_is_its_own_case():
    item = ("（二）对2025年底前提前淘汰燃煤工业锅炉的，按照淘汰变压器容量每千伏安20元给予奖励；提前淘汰4.3米焦炉的，"
            "按照淘汰产能每吨焦炭8元给予奖励。")
    assert [b for _, b, _ in rows(item)] == ["2025年底前提前淘汰燃煤工业锅炉的", ""]


def test_a_volume_lent_inside_a_beneficiary_does_not_end_it():
    r = extract("某县金融支持办法\n一、支持措施\n（一）对年度新增发放助农贷款达到3000万元、8000万元的合作银行，分别给予5万元、"
                "12万元奖励。\n二、保障措施\n加强组织领导。\n")
    assert [m.beneficiary for m in r.measures("instrument")] == ["年度新增发放助农贷款达到3000万元的合作银行",
                                                                 "年度新增发放助农贷款达到8000万元的合作银行"]


def test_ge_before_a_place_inside_whom_a_grant_names_does_not_end_it():
    r = extract("某县扶持办法\n一、支持措施\n（一）对在县城和各乡镇集镇开办的个体工商户，按照每平方米每月3元给予租金补贴。\n"
                "二、保障措施\n加强组织领导。\n")
    assert [m.beneficiary for m in r.measures("instrument")] == ["在县城和各乡镇集镇开办的个体工商户"]


def test_a_case_after_an_amount_granted_gets_the_later_amounts_and_a_noun_before_a_bare_award_is_whom():
    assert rows("（六）对新建并验收合格的农村寄递服务站，每个给予3万元一次性补助，建设县级分拣中心的，按照设备投资额的25%给予"
                "补助，单个最高不超过80万元。") == [
        (d("30000"), "新建并验收合格的农村寄递服务站", ""), (d("800000"), "建设县级分拣中心的", "单个")]
    assert rows("（七）首次获评省级示范的家庭农场，一次性奖励3万元；首次通过有机认证的茶园，一次性奖励8000元。") == [
        (d("30000"), "首次获评省级示范的家庭农场", ""), (d("8000"), "首次通过有机认证的茶园", "")]


def test_a_grant_framed_as_added_to_another_keeps_the_case_before_the_frame():
    assert rows("（八）购置茶园修剪机、采茶机的，在享受国家农机购置补贴的基础上，县财政按购机价格的15%给予累加补贴，"
                "最高不超过1万元。")[-1] == (d("10000"), "购置茶园修剪机、采茶机的", "")
    assert rows("（九）县里对新购置茶叶烘干机的，在享受国家农机购置补贴的基础上，每台再给予5000元累加补贴。") == [
        (d("5000"), "新购置茶叶烘干机的", "")]  # (县里 pays: no part of whom)


def test_a_list_of_degrees_after_a_modifier_with_its_own_list_gives_each_amount_its_degree():
    item = ("五、对园区企业新招聘全职工作、缴纳社会保险满1年的专科、学士、硕士毕业生，分别按每人每月600元、900元、"
            "1500元发放租房补贴。")
    lead = "园区企业新招聘全职工作、缴纳社会保险满1年的"
    assert [(v, w) for v, w, _ in rows(item)] == [(d("600"), lead + "专科毕业生"), (d("900"), lead + "学士毕业生"),
                                                   (d("1500"), lead + "硕士毕业生")]
    item = "六、对入驻的企业、高校、科研院所，分别给予10万元、20万元、30万元奖励。"
    assert [w for _, w, _ in rows(item)] == ["入驻的企业", "入驻的高校", "入驻的科研院所"]  # (no noun shared)


def test_a_subset_named_after_qizhong_gets_the_later_amount():
    item = ("七、对首次领取营业执照的高校毕业生，给予一次性开业补贴，补贴标准不低于3000元；其中，残疾人和零就业家庭成员"
            "首次创业的，补贴标准不低于6000元。")
    assert [(v, w) for v, w, _ in rows(item)] == [(d("3000"), "首次领取营业执照的高校毕业生"),
                                                   (d("6000"), "残疾人和零就业家庭成员首次创业的")]


def test_a_later_part_opening_on_another_kind_of_recipient_does_not_keep_the_first_one():
    item = ("八、对加盟区域公共品牌的便民超市，新开店每家奖励2万元；连锁企业当年新增加盟超市20家以上的，再给予一次性"
            "奖励15万元。")
    assert rows(item) == [(d("20000"), "加盟区域公共品牌的便民超市", ""),
                          (d("150000"), "", "连锁企业当年新增加盟超市20家以上")]
    item = ("九、对经本县货运站中转的冷藏车，按每车次80元给予补贴；开行定期冷链专线且每月不少于4趟的，每条专线给予"
            "20万元奖励。")
    assert rows(item)[1] == (d("200000"), "", "开行定期冷链专线且每月不少于4趟")
    item = "十、对新认定的专精特新企业，给予30万元奖励；企业当年研发投入增长25%以上的，再给予10万元奖励。"
    assert rows(item)[1] == (d("100000"), "新认定的专精特新企业", "企业当年研发投入增长25%以上")  # (the same kind)


def test_kinds_of_work_each_with_its_rate_are_conditions_not_whom_the_first_one_names():
    item = "十一、省财政通过林业专项资金对低效林更新改造按每亩1200元、补植补造按每亩600元给予补助。"
    assert rows(item) == [(d("1200"), "", "低效林更新改造"), (d("600"), "", "补植补造")]


def test_a_later_part_listed_on_a_register_keeps_its_case_on_its_cap():
    item = ("十二、对新开工且设备投资超过2000万元的技改项目，按设备投资额的5%给予补助，单个项目最高不超过600万元；纳入"
            "省重点技改项目库的，补助比例提高至7%，单个项目最高不超过900万元。")
    assert "纳入省重点技改项目库" in rows(item)[-1][2] and "纳入" not in rows(item)[0][2]


def test_a_loan_size_bounding_the_loans_covered_is_no_amount_granted():
    item = ("十三、合作银行向入库企业发放的单户授信500万元（含）以下、期限不超过2年的流动资金贷款，形成不良的本金损失，"
            "由风险补偿资金按40%给予补偿。")
    assert d("5000000") not in [v for v, _, _ in rows(item)]


def test_an_amount_after_its_own_subject_and_grant_verb_is_that_subjects():
    item = "十四、省财政通过服务业发展资金对山区和海岛地区每个项目县给予不超过1500万元、平原地区每个项目县给予不超过800万元补助。"
    assert [w for _, w, _ in rows(item)] == ["山区和海岛地区每个项目县", "平原地区每个项目县"]
    item = "十五、对组织旅游专列、包机来本市的旅行社，每趟专列给予3万元奖励、每架次包机给予1万元奖励。"
    assert not [w for _, w, _ in rows(item) if w.startswith("每")]  # (not 每架次包机: what the payee is paid per)


def test_each_subject_paid_per_head_per_month_is_its_own_beneficiary():
    from kit import extract
    r = extract("某市人才引进激励办法\n一、支持措施\n（一）全职引进的博士研究生每人每月发放生活补贴3000元，硕士研究生每人每月发放1500元，"
                "连续发放3年。\n二、保障措施\n加强组织领导。\n", "pkulaw-1.txt")
    assert [(str(m.quantity.value), m.beneficiary) for m in r.measures("instrument")] == [
        ("3000", "全职引进的博士研究生"), ("1500", "硕士研究生")]


def test_a_list_after_the_qualifiers_de_is_split_there_and_its_last_item_may_open_on_quotes():
    from kit import extract
    r = extract("某市人才计划若干措施\n一、支持措施\n对来本市就业创业、签订3年以上劳动合同的全日制博士研究生、硕士研究生和“双一流”"
                "高校本科毕业生，分别按每人每月3000元、1500元、800元给予生活补贴。\n二、保障措施\n加强组织领导。\n", "pkulaw-1.txt")
    assert [m.beneficiary.rpartition("的")[2] for m in r.measures("instrument")] == [
        "全日制博士研究生", "硕士研究生", "“双一流”高校本科毕业生"]
