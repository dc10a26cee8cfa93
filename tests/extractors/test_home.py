"""extractors/home.py: the document's own place — from its issuers and title,
else the place it names most when one dominates — which 全省 / 我市 / 市发改局
mean in it (issue 13, class 9)."""
from __future__ import annotations


from kit import extract, loaded
from policykg import extract as run
from policykg.extractors.context import Context
from policykg.extractors.registry import stages
from policykg.nlp import sentences_of


def context_of(text: str, name: str = "doc.txt") -> Context:
    """The context after every extractor has run (what ``extract_document`` builds)."""
    doc = loaded(text, name)
    ctx = Context(doc, sentences_of(doc.text))
    for scope, extractors in stages():
        if scope == "document":
            run.run_document(extractors[0], ctx)
        else:
            for i, sent in enumerate(ctx.sentences):
                for ex in extractors:
                    run.run_sentence(ex, sent, i, ctx)
    return ctx


def test_the_place_of_the_issuers():
    ctx = context_of("""\
        温州市人民政府关于加快某某发展的意见
        温政发〔2024〕3号
        各县（市、区）人民政府：
        为加快某某发展，到2026年，全市某某产业规模达到500亿元。江苏、安徽等地经验值得借鉴。江苏也在推进。
        温州市人民政府
        2024年3月1日
        """)
    assert (ctx.province, ctx.city) == ("浙江省", "温州市")


def test_the_place_of_a_provincial_work_report():
    ctx = context_of("""\
        2026年湖南省政府工作报告
        ——2026年1月18日在湖南省第十四届人民代表大会第五次会议上
        过去一年，全省地区生产总值增长5.3%。
        """)
    assert (ctx.province, ctx.city) == ("湖南省", "")


def test_a_dominant_place_of_a_news_item():
    ctx = context_of("""\
        某地经济观察
        近日，成都举办招商推介会。成都市高新区签约项目20个。四川省有关部门表示将加大支持。重庆也派员参加。
        """)
    assert ctx.province == "四川省"
    assert ctx.city == "成都市"


def test_no_home_when_no_place_dominates():
    ctx = context_of("""\
        各地经济观察
        江苏、浙江、广东、山东等省经济稳步增长。
        """)
    assert (ctx.province, ctx.city) == ("", "")


def test_foreign_bodies_give_no_home():
    ctx = context_of("""\
        国际新闻
        俄罗斯国防部12日表示，俄罗斯国防部将举行演习。
        """)
    assert ctx.province == ""


def test_the_place_of_an_interpretations_title():
    ctx = context_of("""\
        《浙江省工业互联网创新发展行动计划（2021-2023年）》政策解读
        一、主要内容
        到2023年，全省工业互联网平台达到100个。
        """)
    assert ctx.province == "浙江省"


def test_a_body_starting_with_the_character_zhong_keeps_its_place():
    ctx = context_of("""\
        中山市人民政府关于加快某某发展的意见
        中府〔2024〕3号
        各镇人民政府：
        为加快某某发展，到2026年，全市某某产业规模达到500亿元。
        中山市人民政府
        2024年3月1日
        """)
    assert (ctx.province, ctx.city) == ("广东省", "中山市")


def test_a_page_of_a_city_governments_portal_naming_no_place_is_that_citys():
    page = ("<html><head><title>我市召开数字经济推进会_杭州市人民政府</title></head><body><h1>我市召开数字经济推进会</h1>"
            "<p>会议指出，2025年全市数字经济核心产业增加值增长7.5%。</p></body></html>")
    ctx = context_of(page, "news.html")
    assert (ctx.province, ctx.city) == ("浙江省", "杭州市")  # (全市 is 杭州's)
    other = context_of(page.replace("杭州市人民政府", "某某日报"), "news.html")
    assert (other.province, other.city) == ("", "")  # (a newspaper's site names no home)


def test_a_county_level_place_is_the_documents_county_within_its_city():
    ctx = context_of("""\
        茶陵县人民政府关于加快某某发展的实施意见
        各乡镇人民政府：
        到2026年，全县某某产业产值达到100亿元。
        茶陵县人民政府
        2024年4月8日
        """)
    assert (ctx.province, ctx.city, ctx.county) == ("湖南省", "株洲市", "茶陵县")
    ctx = context_of("""\
        温州市人民政府关于加快某某发展的意见
        各县（市、区）人民政府：
        到2026年，全市某某产业规模达到500亿元。
        温州市人民政府
        2024年3月1日
        """)
    assert ctx.county == ""


def test_a_county_level_city_whose_name_ends_in_zhou_is_read_whole():
    r = extract("2026年邳州市政府工作报告\n——2026年1月12日在邳州市第十九届人民代表大会第六次会议上\n各位代表：\n"
                "一、2025年工作回顾\n全市地区生产总值增长5.8%。\n二、2026年工作安排\n全市新建5G基站800个。\n", "gzbg-2026-98.txt")
    assert {(m.region, m.subject) for m in r.measures()} == {("徐州市", "邳州市"), ("", "邳州市")}  # (not 徐州's own)


def test_a_district_the_vocabulary_does_not_list_is_the_documents_county_after_its_city():
    # (a county renamed or made a district lately: 某市某某区 in the title, its figures its own, not its province's)
    for district in ("云湖区", "临州区"):
        r = extract(f"2025年绵阳市{district}政府工作报告\n——2025年1月8日在绵阳市{district}第二届人民代表大会第五次会议上\n"
                    "各位代表：\n一、2024年工作回顾\n全区地区生产总值增长6.1%。\n二、2025年主要预期目标\n"
                    "全区地区生产总值增长6%左右。\n", "gzbg-2025-90.txt")
        assert {(m.kind, m.region, m.subject) for m in r.measures()} == {
            ("observation", "绵阳市", district), ("target", "", district)}, district


def test_a_county_of_two_characters_is_the_documents_county_from_its_issuers_name():
    # (萧县, 沛县: too short for running text, they still name the place of 萧县人民政府办公室's own documents)
    for county, city in (("萧县", "宿州市"), ("沛县", "徐州市")):
        ctx = context_of(f"""\
            {county}人民政府办公室关于印发某某实施方案的通知
            各乡镇人民政府：
            截至2025年底，全县某某服务人口约12.5万人。
            {county}人民政府办公室
            2026年3月2日
            """)
        assert (ctx.city, ctx.county) == (city, county)
    assert context_of("贡献县域经济的某某措施\n全市某某产业产值达到100亿元。\n").county == ""


def test_a_district_of_a_municipality_whose_name_is_no_unique_county_is_the_documents_county():
    text = ("上海市宝山区人民政府关于印发《宝山区促进邮轮经济发展的若干政策》的通知\n宝府规〔2024〕5号\n各街道办事处：\n"
            "现将《宝山区促进邮轮经济发展的若干政策》印发给你们，请认真贯彻执行。\n上海市宝山区人民政府\n2024年6月3日\n"
            "宝山区促进邮轮经济发展的若干政策\n一、发展目标\n到2026年，全区邮轮旅客吞吐量达到300万人次以上。\n")
    (m,) = extract(text, "pkulaw-11.txt").measures("target")
    assert m.region == ""  # (a district's target: not the municipality's)


def test_a_county_level_city_whose_title_runs_on_into_a_word_ending_like_a_place():
    text = ("《长葛市城镇老旧小区改造补助办法》政策解读\n\n一、出台背景\n\n市住房和城乡建设局会同市财政局起草了《办法》。\n")
    ctx = context_of(text, "changge-jiedu.txt")
    assert (ctx.city, ctx.county) == ("许昌市", "长葛市")  # (长葛市城镇…: not cut at 城镇)
    assert "长葛市财政局" in extract(text, "changge-jiedu.txt").keys("ORG")


def test_a_notice_signed_by_central_bodies_only_has_no_place_of_its_own():
    text = ("某部 某委关于印发《某某服务体系建设方案》的通知\n某发〔2026〕9号\n"
            "各省、自治区、直辖市及新疆生产建设兵团卫生健康委、发展改革委：\n"
            "现将《某某服务体系建设方案》印发给你们，请新疆生产建设兵团卫生健康委一并落实。\n"
            "国家卫生健康委\t国家发展改革委\n2026年3月18日（信息公开形式：主动公开）\n"
            "某某服务体系建设方案\n到2027年，全国设有某某科的医疗机构达到6000个以上。\n")
    r = extract(text, "policy.txt")
    assert [m.region for m in r.measures("target")] == [""]  # (not 新疆, the place the recipients name most)
    assert [p.label for p in r.document.parts if p.kind == "signature"] == ["国家卫生健康委员会|国家发展和改革委员会"]


def test_a_national_body_named_after_its_city_says_nothing_of_the_documents_place():
    from kit import extract
    r = extract("某某市促进企业上市若干措施\n一、企业在北京证券交易所上市的，给予奖励100万元。\n"
                "二、企业由新三板转板至北京证券交易所上市的，按照北京证券交易所上市标准补足奖励差额。\n", "pkulaw-1.txt")
    assert [m.region for m in r.measures("instrument")] == [""]
