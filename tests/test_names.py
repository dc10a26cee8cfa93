"""names.py: normalised names, policy keys and genres, organisation names
(joint issuers split, local short forms in a document's own place, foreign
bodies kept apart)."""
from __future__ import annotations

import pytest

from kit import extract
from policykg.names import Body, body, genre, names_a_kind, normalize_name, policy_key, split_bodies, strip_issuer


@pytest.mark.parametrize("a, b", [
    ("某某产业创新发展行动计划（2021-2023年）", "某某产业创新发展行动计划(2021—2023年)"),
    ("某某产业创新发展行动计划（2021–2023年）", "某某产业创新发展行动计划（2021－2023年）"),
    ("数字乡村发展行动计划（2022-2025 年）", "数字乡村发展行动计划（2022—2025年）"),
    ("5G 应用“扬帆”行动计划", "5G应用扬帆行动计划"),
    ("国务院关于加快培育和发展某某产业的决定", "关于加快培育和发展某某产业的决定"),
    ("工业和信息化部 应急管理部关于推进某某数字化转型的指导意见", "关于推进某某数字化转型的指导意见"),
    ("国家发展和改革委员会等13部门关于促进某某行业恢复发展的若干政策的通知", "关于促进某某行业恢复发展的若干政策的通知"),
    ("关于印发某某产业创新发展行动计划的通知", "某某产业创新发展行动计划"),
    ("工业和信息化部关于印发“十四五”某某产业发展规划的通知", "“十四五”某某产业发展规划"),
    ("温州市人民政府办公室关于印发《温州市促进外贸稳增长若干措施》的通知", "温州市促进外贸稳增长若干措施"),
])
def test_policy_key_merges_written_variants(a, b):
    assert policy_key(a) == policy_key(b)


def test_policy_key_keeps_different_policies_apart():
    assert policy_key("温州市促进外贸稳增长若干措施") != policy_key("湖州市促进外贸稳增长若干措施")
    assert policy_key("某某行动计划（2021-2023年）") != policy_key("某某行动计划（2024-2026年）")


def test_normalize_name():
    assert normalize_name("《某某数据安全白皮书（2022—2023 年）》") == "某某数据安全白皮书(2022-2023年)"


@pytest.mark.parametrize("title, kind", [
    ("某省制造业高质量发展工作计划", "工作计划"),
    ("长三角数据共享合作协议", "协议"),
    ("工业数据分类分级指南（试行）", "指南"),
    ("数据出境安全评估办法", "办法"),
    ("关于加快推进某某发展的实施意见", "意见"),
    ("制造业数字化转型实施方案", "方案"),
    ("某省智能制造三年行动计划", "行动计划"),
    ("数字交通“十四五”发展规划", "规划"),
    ("关于开展试点工作的通知", "通知"),
    ("关于印发某某管理办法的通知", "办法"),  # a 印发 notice has the genre of what it issues
])
def test_genre_of_policy_titles(title, kind):
    assert genre(title) == (kind, False)


@pytest.mark.parametrize("title", ["中国某某发展白皮书", "2023中国数字经济城市排名", "全国某某发展指数报告"])
def test_reports_are_reports(title):
    kind, is_report = genre(title)
    assert is_report


@pytest.mark.parametrize("title", ["我的阿勒泰", "新春走基层", "平凡的世界", "人民日报评论员文章"])
def test_media_works_have_no_genre(title):
    """Issue 13 (5): a film, a programme or a novel in 《》 is not a policy."""
    assert genre(title) is None


@pytest.mark.parametrize("text, bodies", [
    ("工业和信息化部 应急管理部", ("工业和信息化部", "应急管理部")),
    ("国家发展和改革委员会等13部门", ("国家发展和改革委员会",)),
    ("农业农村部等十部门", ("农业农村部",)),
    ("工信部、财政部", ("工业和信息化部", "财政部")),  # canonical names
    ("中共中央 国务院", ("中共中央", "国务院")),
    ("中共温州市委温州市人民政府", ("中共温州市委", "温州市人民政府")),
    ("中共温州市委 温州市人民政府", ("中共温州市委", "温州市人民政府")),
    ("温州市科学技术局温州市财政局", ("温州市科学技术局", "温州市财政局")),
    ("江西省工业和信息化厅", ("江西省工业和信息化厅",)),
    ("某市商务局；某市财政局", ("某市商务局", "某市财政局")),  # (a database's 发布部门 field)
    ("近日举行", ()),
    ("加快建设制造强省", ()),
])
def test_split_bodies(text, bodies):
    assert split_bodies(text) == bodies


def test_two_bodies_joined_by_he_are_two():
    assert split_bodies("宁波市人民政府和舟山市人民政府") == ("宁波市人民政府", "舟山市人民政府")


@pytest.mark.parametrize("text, bodies", [
    ("中共某某市委办公室某某市人民政府办公室", ("中共某某市委办公室", "某某市人民政府办公室")),  # (not 中共某某市委 + 办公室…)
    ("市发展改革委市财政局", ("市发展和改革委员会", "市财政局")),  # bodies named by their level alone, for the place
    ("市场监管局", ()),  # (a head of any level, not the city's)
    ("某某市发展和改革委员会某某市财政局", ("某某市发展和改革委员会", "某某市财政局")),  # (not 某某市发展和改革委|员会…)
    ("某某县卫生健康委员会某某县民政局", ("某某县卫生健康委员会", "某某县民政局")),
    ("国家税务总局宁波市税务局", ("国家税务总局宁波市税务局",)),  # a central body's branch in a place is one body
    ("国家税务总局宁波市税务局宁波市财政局", ("国家税务总局宁波市税务局", "宁波市财政局")),
    ("工业和信息化部浙江省人民政府", ("工业和信息化部", "浙江省人民政府")),  # (no branch: two bodies)
    ("洛阳市城市管理局洛阳市文化广电和旅游局", ("洛阳市城市管理局", "洛阳市文化广电和旅游局")),
    ("吉林市教育局吉林市财政局", ("吉林市教育局", "吉林市财政局")),  # (not one body: 教育局 is a department's head)
    # central bodies that co-sign with ministries (a signature block printed three a line)
    ("国家邮政局中华全国供销合作总社", ("国家邮政局", "中华全国供销合作总社")),
    ("民政部中国残联", ("民政部", "中国残疾人联合会")),
    ("中国红十字会总会中央军委后勤保障部卫生局", ("中国红十字会总会", "中央军委后勤保障部卫生局")),  # (a people's
    # organisation of the vocabulary before a military body)
])
def test_joint_bodies_written_together_split_where_each_is_a_body(text, bodies):
    assert split_bodies(text) == bodies


def test_strip_issuer():
    assert strip_issuer("中共中央 国务院关于某某工作的意见") == ("关于某某工作的意见", ("中共中央", "国务院"))
    assert strip_issuer("关于某某工作的意见") == ("关于某某工作的意见", ())
    assert strip_issuer("浙江大学关于某某工作的通知") == ("关于某某工作的通知", ("浙江大学",))
    # a body forwarding another's document is named before the verb, the other is no issuer of the notice
    assert strip_issuer("某某市人民政府办公室转发市财政局关于某某工作实施意见的通知") == (
        "转发市财政局关于某某工作实施意见的通知", ("某某市人民政府办公室",))


@pytest.mark.parametrize("name, category", [
    ("工业和信息化部", "government"),
    ("工业和信息化部办公厅", "government"),
    ("吉林省人民政府", "government"),
    ("中共吉林省委", "government"),
    ("包头市科学技术局", "government"),
    ("吉林市教育局", "government"),  # (a department named by a common word: 教育, 交通, 城市管理 …)
    ("洛阳市城市管理局", "government"),
    ("湖南省交通运输厅", "government"),
    ("美国能源部", "government"),
    ("宁德时代新能源科技股份有限公司", "enterprise"),
    ("中国电子技术标准化研究院", "institute"),
    ("工业互联网产业联盟", "association"),
])
def test_body_of_a_complete_name(name, category):
    found = body(name)
    assert found is not None and found.category == category


@pytest.mark.parametrize("name", [
    "养老", "热泵", "承诺书", "经办银行", "具身智能", "空天信息", "常委", "甲二", "三级子公司",
    "国家实验室", "汽车金融公司", "水利部门",
])
def test_not_bodies(name):
    """Issue 13 (4): generic nouns, technologies, documents, job titles and fragments are no organisations."""
    assert body(name) is None


@pytest.mark.parametrize("name", ["直辖市人民政府", "乡镇人民政府", "韩国地方政府", "各地政府"])
def test_generic_governments_are_not_bodies(name):
    assert body(name) is None


@pytest.mark.parametrize("name", ["中共温州市委温州市人民政府", "宁波市人民政府和舟山市人民政府"])
def test_two_bodies_are_not_one_body(name):
    assert body(name) is None


def test_foreign_ministry_keeps_its_country():
    found = body("俄罗斯国防部")
    assert found is None or found.name != "国防部"


def test_a_unit_of_a_grid_company_named_like_a_bureau_is_an_enterprise():
    assert body("云南电网昆明供电局") == Body("云南电网昆明供电局", "enterprise")
    assert body("昆明市商务局") == Body("昆明市商务局", "government")


def test_a_notice_issuing_several_policies_is_a_notice():
    assert genre("关于印发《某市数字经济发展规划》《某市人工智能行动方案》的通知")[0] == "通知"
    assert genre("关于印发《某市人工智能行动方案》的通知")[0] == "方案"


@pytest.mark.parametrize("name, category, kind", [
    ("陶瓷博物馆", "institute", True),            # common words before the head name no one body
    ("机床研究院", "institute", True),
    ("电脑安全技术公司", "enterprise", True),      # two common words before a company's head
    ("苹果公司", "enterprise", False),            # one common word is a company's brand
    ("钢铁公司", "enterprise", True),             # unless it is a trade
    ("中国船舶集团", "enterprise", False),        # a national prefix names a national body
    ("鞍钢集团", "enterprise", False),            # a word no dictionary has in common use names
    ("合肥工业大学", "institute", False),         # a city is not a common word; universities are named
    ("中国汽车工业协会", "association", False),   # a national sector body
    ("国防大学", "institute", False),
    ("经济日报", "media", False),                 # papers are named by common words
    ("北京市文化和旅游局", "government", False),
    ("紧密型县域医疗集团", "enterprise", True),     # a type word (…型) before the head names a type of body
    ("康复医院", "institute", True),              # a kind of hospital (the dictionary tags 康复 a person's name)
    ("肿瘤专科医院", "institute", True),
    ("少数民族医医院", "institute", True),
    ("上海儿童医院", "institute", False),         # a place names one hospital of the kind
    ("甲等中医医院", "institute", True),           # a hospital's grade (二级甲等中医医院) names a class of hospitals
    ("家庭农场和行业协会", "association", True),    # the tail of a list of kinds of recipient
    ("海宁市纺织和服装协会", "association", False),  # a place names one association of two trades
])
def test_a_name_of_common_words_names_a_kind_of_body(name, category, kind):
    assert names_a_kind(name, category) is kind


@pytest.mark.parametrize("name, found", [
    ("吉林大学", True),            # named after its place
    ("吉林省人民医院", True),
    ("吉林省县级医院", False),     # a level between the place and the head: every such hospital of it
])
def test_a_level_after_a_place_names_a_class_of_bodies(name, found):
    assert (body(name) is not None) is found


@pytest.mark.parametrize("name", ["县级人民政府", "报告县级人民政府", "某省级人民政府", "城市人民政府", "计划单列市税务局",
                                  "后由市科学技术局", "径向市工业和信息化局"])
def test_a_level_or_a_class_of_places_and_words_run_over_a_preposition_name_no_body(name):
    assert body(name) is None


def test_a_city_body_with_a_word_of_cities_in_its_name_stays():
    assert body("洛阳市城市管理局") == Body("洛阳市城市管理局", "government")


def test_a_body_written_with_its_parent_is_one_body():
    assert split_bodies("人力资源社会保障部国务院国资委") == ("人力资源和社会保障部", "国务院国有资产监督管理委员会")
    assert split_bodies("中共中央国务院") == ("中共中央", "国务院")


def test_a_youth_league_committee_is_no_party_committee():
    found = body("团市委")
    assert found is None or not found.name.startswith("中共")


@pytest.mark.parametrize("name, expected", [
    ("中国农业银行临汾分行", ("中国农业银行临汾分行", "enterprise")),  # a bank's branch is the bank's, a company's unit
    ("国家开发银行甘肃省分行", ("国家开发银行甘肃省分行", "enterprise")),
    ("人民银行临汾市中心支行", ("人民银行临汾市中心支行", "government")),  # the central bank's is a government body
    ("湘西州人民政府办公室", ("湘西土家族苗族自治州人民政府办公室", "government")),  # a prefecture written short
    ("鄂温克族自治旗人民政府", ("鄂温克族自治旗人民政府", "government")),  # a banner's long name
    ("莫力达瓦达斡尔族自治旗财政局", ("莫力达瓦达斡尔族自治旗财政局", "government")),
    ("如东县民政局", ("如东县民政局", "government")),  # a county opening with a character that may be a preposition
    ("全椒县人民政府", ("全椒县人民政府", "government")),
])
def test_a_banks_branch_is_an_enterprise_and_a_prefecture_written_short_or_a_long_banner_is_a_body(name, expected):
    found = body(name)
    assert (found.name, found.category) == expected


def test_a_banks_branch_in_running_text_keeps_the_banks_name():
    text = ("某市人民政府办公室关于印发《某市金融支持措施》的通知\n某政办发〔2024〕3号\n各县（区）人民政府：\n"
            "现将《某市金融支持措施》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2024年3月1日\n某市金融支持措施\n"
            "积极对接中国农业银行临汾分行、交通银行临汾分行等金融机构，推出专项信贷产品。\n")
    got = {m.key for m in extract(text, "pkulaw-1.txt").mentions("ORG")}
    assert {"中国农业银行临汾分行", "交通银行临汾分行"} <= got and "临汾分行" not in got


@pytest.mark.parametrize("name", ["住房城乡建设厅", "所在镇人民政府", "所在乡镇人民政府"])
def test_a_head_after_a_common_noun_ending_like_a_township_or_after_所在_is_no_body(name):
    assert body(name) is None
    assert body("平遥县城乡建设局") is not None


@pytest.mark.parametrize("name", [
    "师市医院", "团场医院", "乡镇医院", "街道医院",  # a grassroots unit or a place that is no place before the head: a kind
    "中央经济工作会议和某某党委", "某某省委全会和某某市委",  # a meeting joined to a body: no one body
])
def test_kinds_of_body_and_meetings_joined_to_a_body_are_no_body(name):
    assert body(name) is None


def test_a_meeting_joined_to_a_body_is_no_organisation_mention():
    text = "坚决贯彻中央经济工作会议和某某党委决策部署，师市医院通过三级甲等综合医院复审。"
    assert [m.text for m in extract(text, "report.txt").mentions("ORG")] == []


@pytest.mark.parametrize("alias, name", [
    ("中央编办", "中央机构编制委员会办公室"), ("中央农办", "中央农村工作领导小组办公室"), ("国台办", "国务院台湾事务办公室"),
    ("国家宗教局", "国家宗教事务局"),
])
def test_central_bodies_of_the_party_and_the_state_council_offices_are_known_by_their_short_names(alias, name):
    assert body(alias) == Body(name, "government")


def test_a_notice_issuing_two_policies_keeps_its_own_title_and_kind():
    title = "关于印发〈某县核桃产业提质增效三年行动方案（2026—2028年）〉和〈某县核桃产业奖补办法〉的通知"
    assert policy_key(title) == normalize_name(title)  # (no policy is titled 某方案和某办法)
    assert genre(title)[0] == "通知"
    assert policy_key("关于印发〈某县核桃产业提质增效三年行动方案（2026—2028年）〉的通知") \
        == "某县核桃产业提质增效三年行动方案(2026-2028年)"


@pytest.mark.parametrize("name, place", [("清镇市人民政府", "清镇市"), ("宁乡市财政局", "宁乡市"), ("北镇市发展和改革局", "北镇市")])
def test_a_county_level_place_with_a_township_word_inside_is_read_whole(name, place):
    from policykg.names import place_prefix
    assert place_prefix().match(name).group() == place  # (not 清镇, a generic town)


def test_a_short_name_letter_spaced_to_fill_a_signatures_width_is_one_body():
    assert split_bodies("商\t务\t部\t国务院国资委") == ("商务部", "国务院国有资产监督管理委员会")
    assert split_bodies("财　政　部　　水　利　部") == ("财政部", "水利部")
    assert split_bodies("工业和信息化部\t生态环境部") == ("工业和信息化部", "生态环境部")


def test_the_youth_leagues_committee_of_a_place_is_a_body_of_its_own():
    assert split_bodies("某某市工业和信息化局共青团平凉市委员会")[-1:] == ("共青团平凉市委员会",)
    assert body("共青团平凉市委员会").category == "association"
    assert body("中共平凉市委").category == "government"


def test_two_drafting_bodies_run_together_make_no_place_of_the_first_ones_end():
    assert body("局县财政局") is None  # (县交通运输局县财政局: no county 局县)
    assert body("交通运输局县财政局") is None


def test_a_technical_specification_is_no_genre_of_policy_and_an_administrative_norm_is():
    from policykg.names import genre
    assert genre("某县猕猴桃生产技术规程") is None and genre("某市道路停车设施设计规范") is None
    assert genre("某省药品经营质量管理规范") == ("标准", False)


def test_a_citys_housing_fund_centre_signs_with_its_bureaus():
    assert split_bodies("滁州市住房公积金管理中心") == ("滁州市住房公积金管理中心",)


@pytest.mark.parametrize("text, bodies", [
    ("中共某某市委组织部某某市人力资源和社会保障局某某市财政局", ("中共某某市委组织部", "某某市人力资源和社会保障局", "某某市财政局")),
    ("中共某某县委宣传部某某县文化和旅游局", ("中共某某县委宣传部", "某某县文化和旅游局")),
    ("中共某某市委 某某市人民政府", ("中共某某市委", "某某市人民政府")),
])
def test_a_party_committees_department_stays_with_its_committee(text, bodies):
    assert split_bodies(text) == bodies


def test_a_group_of_states_is_international():
    assert body("阿拉伯国家集团").category == "international"
    assert body("某某钢铁集团").category == "enterprise"
