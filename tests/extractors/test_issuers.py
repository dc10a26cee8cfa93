"""extractors/issuers.py: who issued the policies a file holds and when — the
title prefix, the header and the 落款 (joint issuers split), the 成文日期 —
for the document's own policy and for each policy a 印发 notice issues (the
notice's bodies and date unless the policy states its own)."""
from __future__ import annotations

from kit import document, extract, extract_file

ONE = document("notice_one_policy.txt")
TWO = document("notice_two_policies.txt")

def test_a_notice_issuing_one_policy_gives_it_its_issuer_date_and_doc_number():
    r = extract_file(ONE)
    policy = "温州市促进外贸稳增长若干措施"
    assert r.objects("notice_one_policy", "embodies") == {policy}
    assert r.objects(policy, "issued_by") == {"温州市人民政府办公室"}
    assert r.objects(policy, "issued_on") == {"2024-09-02"}
    assert r.objects(policy, "doc_number") == {"温政办发〔2024〕30号"}


def test_a_notice_issuing_two_policies():
    r = extract_file(TWO)
    notice = [f.obj for f in r.facts("embodies")]
    assert len(notice) == 1 and notice[0] not in ("湖州市数字经济发展规划", "湖州市人工智能产业行动方案")
    assert r.objects(notice[0], "issued_by") == {"湖州市人民政府办公室"}
    assert r.objects(notice[0], "doc_number") == {"湖政办发〔2024〕9号"}
    # the first policy states no issuer nor date: the notice's
    assert r.objects("湖州市数字经济发展规划", "issued_by") == {"湖州市人民政府办公室"}
    assert r.objects("湖州市数字经济发展规划", "issued_on") == {"2024-06-03"}
    # the second is signed and dated in its own text
    assert r.objects("湖州市人工智能产业行动方案", "issued_by") == {"湖州市经济和信息化局"}
    assert r.objects("湖州市人工智能产业行动方案", "issued_on") == {"2024-05-20"}


def test_the_targets_of_each_issued_policy_are_its_own():
    r = extract_file(TWO)
    assert r.measure("target", "数字经济核心产业增加值").policy == "湖州市数字经济发展规划"
    assert r.measure("target", "人工智能核心产业营业收入").policy == "湖州市人工智能产业行动方案"
    one = extract_file(ONE)
    assert one.measure("target", "跨境电商进出口额").policy == "温州市促进外贸稳增长若干措施"


def test_issuer_facts_cite_the_lines_that_state_them():
    r = extract_file(ONE)
    (by,) = {f.evidence.text for f in r.facts("issued_by")}
    assert "温州市人民政府办公室" in by
    (on,) = {f.evidence.text for f in r.facts("issued_on")}
    assert "2024年9月2日" in on


def test_an_interpretation_states_no_issuer():
    r = extract("""\
        《湖州市数字经济发展规划》政策解读
        近日，湖州市人民政府办公室印发了规划。
        """)
    assert r.facts("embodies") == []
    assert "湖州市数字经济发展规划" not in {f.subject for f in r.facts("issued_on")}


def test_a_decree_promulgating_a_rule_dates_it_and_names_its_body_and_number():
    r = extract("""\
        某某市公共资源交易管理办法
        （2023年4月28日市人民政府第30次常务会议通过　2023年5月10日某某市人民政府令第123号公布　自2023年7月1日起施行）
        第一章　总则
        第一条　为了规范公共资源交易活动，制定本办法。
        """)
    policy = "某某市公共资源交易管理办法"
    assert r.objects(policy, "issued_on") == {"2023-05-10"}  # (promulgated, not adopted at the meeting)
    assert r.objects(policy, "issued_by") == {"某某市人民政府"}
    assert r.objects(policy, "doc_number") == {"某某市人民政府令第123号"}


def test_a_database_exports_header_gives_what_the_text_does_not_state():
    r = extract("""\
        【法宝引证码】 CLI.12.9999999
        【发布部门】 某某市数据资源管理局
        【发文字号】 某数资发〔2023〕5号
        【发布日期】 2023.08.01
        【时效性】 现行有效
        某某市公共数据开放管理办法
        第一条　为了促进公共数据开放，制定本办法。
        第二条　本办法自发布之日起施行。
        """, "pkulaw-9999999.txt")
    policy = "某某市公共数据开放管理办法"
    assert r.objects(policy, "issued_by") == {"某某市数据资源管理局"}
    assert r.objects(policy, "issued_on") == {"2023-08-01"}
    assert r.objects(policy, "doc_number") == {"某数资发〔2023〕5号"}


def test_a_notices_list_of_attachments_does_not_start_the_policy_it_issues():
    r = extract("""\
        某某区财政局关于印发某某区企业研发费用补助实施细则的通知
        某财发〔2023〕88号
        各街道办事处：
        现将《某某区企业研发费用补助实施细则》印发给你们，请遵照执行。
        附件：某某区企业研发费用补助实施细则
        某某区财政局
        2023年11月20日
        附件
        某某区企业研发费用补助实施细则
        第一条　对研发费用投入超过100万元的企业，给予补助，单家企业最高不超过50万元。
        """)
    own = {m.text for m in r.extraction.mentions if m.type == "POLICY" and m.attr("own")}
    assert own == {"某某区财政局关于印发某某区企业研发费用补助实施细则的通知", "某某区企业研发费用补助实施细则"}
    # (the policy's own title line, not the list's 附件：…)
    assert r.objects("某某区企业研发费用补助实施细则", "issued_by") == {"某某区财政局"}


def test_bodies_signing_by_their_level_alone_are_the_documents_places():
    r = extract("""\
        关于印发《某某市促进服务业高质量发展若干政策》的通知
        某发改〔2023〕102号
        各县（市、区）发展改革局、财政局：
        现将《某某市促进服务业高质量发展若干政策》印发给你们，请结合实际贯彻落实。
        市发展改革委　　　市财政局
        2023年6月12日
        某某市促进服务业高质量发展若干政策
        一、对年营业收入首次突破10亿元的服务业企业，给予一次性奖励50万元。
        """.replace("某某市", "嘉兴市"))
    assert r.objects("嘉兴市促进服务业高质量发展若干政策", "issued_by") == {"嘉兴市发展和改革委员会", "嘉兴市财政局"}
    (m,) = r.measures("instrument")
    assert m.beneficiary == "年营业收入首次突破10亿元的服务业企业"  # (past the item number 一、)


def test_a_decree_above_the_rule_it_promulgates_gives_its_body_number_and_date():
    r = extract("""\
        某某市人民政府令
        第12号
        《某某市城市绿化管理办法》已经2023年4月20日市人民政府第15次常务会议通过，现予公布，自2023年6月1日起施行。
        市长　王某某
        2023年5月6日
        某某市城市绿化管理办法
        第一条　为了加强城市绿化管理，制定本办法。
        第二条　本办法适用于本市城市规划区内的绿化管理。
        """)
    policy = "某某市城市绿化管理办法"
    assert r.extraction.document.genre == "official"
    assert r.objects(policy, "issued_by") == {"某某市人民政府"}
    assert r.objects(policy, "issued_on") == {"2023-05-06"}
    assert r.objects(policy, "doc_number") == {"某某市人民政府令第12号"}


def test_a_notice_forwarding_another_bodys_document_is_a_notice_of_its_own():
    r = extract("""\
        嘉兴市人民政府办公室转发市财政局关于加强某某资金管理实施意见的通知
        嘉政办〔2022〕41号
        各区人民政府，市政府各部门：
        市财政局《关于加强某某资金管理的实施意见》已经市政府同意，现转发给你们，请认真贯彻执行。
        嘉兴市人民政府办公室
        二〇二二年十二月五日
        （此件公开发布）
        关于加强某某资金管理的实施意见
        一、到2025年，全市某某资金绩效评价覆盖率达到100%。
        """)
    notice = "嘉兴市人民政府办公室转发市财政局关于加强某某资金管理实施意见的通知"
    owns = [m for m in r.extraction.mentions if m.type == "POLICY" and m.attr("own")]
    assert [m.text for m in owns] == [notice, "关于加强某某资金管理的实施意见"]  # (not the note （此件公开发布）)
    notice_key, forwarded = (m.key for m in owns)
    assert r.objects(notice_key, "issued_by") == {"嘉兴市人民政府办公室"}  # (not 办公室转发市财政局)
    assert r.objects(notice_key, "issued_on") == {"2022-12-05"}
    assert r.objects(notice_key, "doc_number") == {"嘉政办〔2022〕41号"}
    # the forwarded document is the bureau's: by the body the notice names, its own date unstated, the 文号 not its own
    assert r.objects(forwarded, "issued_by") == {"嘉兴市财政局"}
    assert r.objects(forwarded, "issued_on") == set() and r.objects(forwarded, "doc_number") == set()
    (target,) = r.measures("target")
    assert target.policy == forwarded


def test_a_note_under_the_signature_is_no_first_line_of_the_policy_issued():
    r = extract("""\
        某某县人民政府关于印发《某某县乡村振兴三年行动计划》的通知
        某政发〔2024〕7号
        各乡（镇）人民政府：
        现将《某某县乡村振兴三年行动计划》印发给你们，请认真组织实施。
        某某县人民政府
        2024年3月1日
        （此件公开发布）
        某某县乡村振兴行动计划（2024—2026年）
        一、到2026年，全县建成省级美丽乡村示范村10个。
        """)
    mentions = {m.text for m in r.extraction.mentions if m.type == "POLICY" and m.attr("own")}
    assert "（此件公开发布）" not in mentions


def test_a_signature_shortening_the_peoples_government_is_the_same_body():
    r = extract("""\
        广东省人民政府办公厅关于印发广东省某某产业发展若干措施的通知
        粤府办〔2023〕4号
        各地级以上市人民政府，省政府各部门：
        《广东省某某产业发展若干措施》已经省人民政府同意，现印发给你们。
        省府办公厅
        2023年3月13日
        """)
    assert {f.obj for f in r.facts("issued_by")} == {"广东省人民政府办公厅"}  # (省府办公厅 is no body of its own)


def test_a_district_body_named_with_and_without_its_city_is_one_issuer():
    r = extract("""\
        余杭区人民政府办公室关于印发余杭区某某产业发展实施办法的通知
        余政办发〔2022〕45号
        各镇人民政府、街道办事处，区政府各部门：
        现将《余杭区某某产业发展实施办法》印发给你们，请认真贯彻执行。
        杭州市余杭区人民政府办公室
        2022年11月30日
        """)
    assert {f.obj for f in r.facts("issued_by")} == {"杭州市余杭区人民政府办公室"}


def test_a_notice_issuing_a_plan_and_a_list_of_tasks_gives_the_attached_plan_its_issuer_and_date():
    purpose = "　　为加快某某改革，充分释放某某价值，结合我市实际，制定本方案。坚持统筹发展和安全，加快培育某某市场。\n" * 5
    tasks = "　　1．建设某某交易平台。（责任单位：市某某局）\n" * 8
    r = extract(f"""\
某某市人民政府办公厅关于印发某某市加快某某改革实施方案和重点任务分工的通知
某府办发〔2024〕6号
各区（市、县）人民政府，市政府各工作部门：
　　现将《某某市加快某某改革实施方案》《某某市加快某某改革重点任务分工》印发给你们，请认真抓好贯彻落实。
　　附件：1．某某市加快某某改革实施方案
　　　　　2．某某市加快某某改革重点任务分工
某某市人民政府办公厅
2024年2月4日
附件1
某某市加快某某改革实施方案
{purpose}　　到2025年，全市数据要素市场交易规模突破50亿元。
附件2
某某市加快某某改革重点任务分工
{tasks}""")
    plan = "某某市加快某某改革实施方案"
    assert r.objects(plan, "issued_by") == {"某某市人民政府办公厅"}  # (the notice names no one policy's title, its
    assert r.objects(plan, "issued_on") == {"2024-02-04"}  # attachment does)
    assert r.measure("target", "数据要素市场交易规模").policy == plan


def test_a_regulation_adopted_by_a_provinces_standing_committee_is_that_committees():
    r = extract("""\
        某某省数据条例
        （2023年9月22日某某省第十四届人民代表大会常务委员会第五次会议通过）
        第一章　总则
        第一条　为了规范数据处理活动，促进数据依法有序流动，制定本条例。
        """)
    policy = "某某省数据条例"
    assert r.objects(policy, "issued_by") == {"某某省人民代表大会常务委员会"}  # (第十四届 stands inside the body's name)
    assert r.objects(policy, "issued_on") == {"2023-09-22"}


def test_a_standing_committees_announcement_above_the_regulation_it_promulgates():
    r = extract("""\
        某某省人民代表大会常务委员会公告
        （第88号）
        《某某省数字经济促进条例》已由某某省第十四届人民代表大会常务委员会第九次会议于2024年5月30日通过，现予公布，自2024年7月1日起施行。
        某某省人民代表大会常务委员会
        2024年5月30日
        某某省数字经济促进条例
        （2024年5月30日某某省第十四届人民代表大会常务委员会第九次会议通过）
        第一章　总则
        第一条　为了促进数字经济发展，制定本条例。
        """)
    policy = "某某省数字经济促进条例"
    assert r.objects("doc", "embodies") == {policy}  # (not the announcement)
    assert r.objects(policy, "issued_by") == {"某某省人民代表大会常务委员会"}
    assert r.objects(policy, "issued_on") == {"2024-05-30"}
    assert r.objects(policy, "doc_number") == {"某某省人民代表大会常务委员会公告第88号"}


def test_a_title_with_its_doc_number_in_brackets_after_it():
    r = extract("""\
        关于进一步支持小微企业融资的若干措施（某政办发〔2023〕12号）
        各县（市、区）人民政府，市政府直属各单位：
        为进一步支持小微企业融资，经市政府同意，提出如下措施。
        某某市人民政府办公室
        2023年4月3日
        """)
    policy = "关于进一步支持小微企业融资的若干措施"  # (not …措施（某政办发〔2023〕12号）)
    assert r.objects("doc", "embodies") == {policy}
    assert r.objects(policy, "doc_number") == {"某政办发〔2023〕12号"}


def test_a_signature_dated_by_its_month_alone_dates_the_policy_to_that_month():
    r = extract("""\
        某某市人民政府关于印发某某市海洋经济发展规划的通知
        某政发〔2023〕9号
        各县（区）人民政府：
        现将《某某市海洋经济发展规划》印发给你们，请认真贯彻执行。
        某某市人民政府
        2023年12月
        """)
    assert r.objects("某某市海洋经济发展规划", "issued_on") == {"2023-12"}


def test_an_announcements_banner_and_its_numbered_year_are_no_title():
    r = extract("""\
        国家税务总局某某市税务局公告
        2023年第3号
        国家税务总局某某市税务局关于优化纳税缴费服务的公告
        为进一步优化纳税缴费服务，现将有关事项公告如下：
        一、自2023年7月1日起，纳税人可通过电子税务局办理相关业务。
        特此公告。
        国家税务总局某某市税务局
        2023年6月20日
        """)
    (policy,) = r.objects("doc", "embodies")
    assert policy.endswith("关于优化纳税缴费服务的公告")  # (not the banner 国家税务总局某某市税务局公告)
    assert r.objects(policy, "doc_number") == {"国家税务总局某某市税务局公告2023年第3号"}
    assert r.objects(policy, "issued_by") == {"国家税务总局某某市税务局"}  # (one body: the administration's branch)


def test_a_county_level_citys_short_forms_are_its_own_bodies():
    r = extract("""\
        长葛市商务局　长葛市财政局关于印发《长葛市促进消费若干措施》的通知
        各乡镇人民政府，市直有关单位：
        现将《长葛市促进消费若干措施》印发给你们，请认真抓好落实。
        市商务局
        市财政局
        2023年9月28日
        长葛市促进消费若干措施
        一、市财政统筹安排资金300万元，发放消费券。
        """)
    assert r.objects("长葛市促进消费若干措施", "issued_by") == {"长葛市商务局", "长葛市财政局"}  # (not 许昌市's)
    assert {k for k in r.keys("ORG") if "许昌" in k} == set()  # (the mentions of its 落款 too)


def test_a_forwarded_document_is_issued_by_its_own_bodies_on_its_own_date():
    r = extract("""\
        绍兴市人民政府办公室关于转发市发展改革委市财政局关于加强政府投资项目管理意见的通知
        绍政办发〔2024〕9号
        各区、县（市）人民政府，市政府各部门：
        市发展改革委、市财政局《关于加强政府投资项目管理的意见》已经市政府同意，现转发给你们，请认真贯彻执行。
        绍兴市人民政府办公室
        2024年3月18日
        关于加强政府投资项目管理的意见
        一、到2026年，市本级政府投资项目概算超支率控制在5%以内。
        市发展改革委
        市财政局
        2024年2月29日
        """)
    forwarded = "关于加强政府投资项目管理的意见"
    assert r.objects(forwarded, "issued_by") == {"绍兴市发展和改革委员会", "绍兴市财政局"}  # (not the office forwarding it)
    assert r.objects(forwarded, "issued_on") == {"2024-02-29"}
    notices = [m.key for m in r.extraction.mentions if m.type == "POLICY" and m.attr("own") and m.key != forwarded]
    assert [r.objects(k, "issued_by") for k in notices] == [{"绍兴市人民政府办公室"}]
    assert [r.objects(k, "issued_on") for k in notices] == [{"2024-03-18"}]


def test_a_forwarded_document_without_a_signature_is_every_body_the_notice_names_before_it():
    r = extract("""\
        绍兴市人民政府办公室转发市文物局等部门关于加快推进文物活化利用若干措施的通知
        绍政办发〔2024〕11号
        各区、县（市）人民政府，市政府各部门：
        市文物局、市文化和旅游局、市财政局《关于加快推进文物活化利用的若干措施》已经市政府同意，现转发给你们，请认真贯彻落实。
        绍兴市人民政府办公室
        2024年8月9日
        关于加快推进文物活化利用的若干措施
        一、到2026年，全市开放利用的文物建筑达到300处。
        """)
    forwarded = "关于加快推进文物活化利用的若干措施"
    assert r.objects(forwarded, "issued_by") == {"绍兴市文物局", "绍兴市文化和旅游局", "绍兴市财政局"}  # (not 市文物局 alone)


def test_bodies_the_signed_notice_names_again_in_short_forms_add_no_issuers():
    r = extract("""\
        衢州市住房和城乡建设局　衢州市财政局关于印发《衢州市绿色建筑奖补办法》的通知
        各区县建设局、财政局：
        市建设局、市财政局研究制定了《衢州市绿色建筑奖补办法》，现印发给你们，请遵照执行。
        衢州市住房和城乡建设局
        衢州市财政局
        2023年9月26日
        衢州市绿色建筑奖补办法
        第一条 为推动绿色建筑发展，制定本办法。
        """)
    assert r.objects("衢州市绿色建筑奖补办法", "issued_by") == {"衢州市住房和城乡建设局", "衢州市财政局"}


def test_a_prefecture_written_short_in_the_title_and_in_full_in_the_signature_is_one_issuer():
    r = extract("""\
        湘西州人民政府办公室关于印发《湘西州职业教育若干措施》的通知
        各县市人民政府，州直有关单位：
        现将《湘西州职业教育若干措施》印发给你们，请认真贯彻执行。
        湘西土家族苗族自治州人民政府办公室
        2025年3月28日
        湘西州职业教育若干措施
        一、支持职业院校建设。
        """)
    assert r.objects("湘西州职业教育若干措施", "issued_by") == {"湘西土家族苗族自治州人民政府办公室"}
