"""structure/official.py: the parts of an official document (公文) — title,
文号, 主送, issuing bodies (joint issuers split), 落款 and 成文日期, 印发 notices
and the policies they issue, attachments, decrees — read through the whole
loading path (``kit.loaded``: the file as the pipeline reads it)."""
from __future__ import annotations

import pytest

from kit import document, extract, extract_file, loaded, loaded_file

NOTICE = document("notice_guobanfa.txt")
ONE_POLICY = document("notice_one_policy.txt")
TWO_POLICIES = document("notice_two_policies.txt")
ATTACHED = document("notice_attachment.txt")

def kinds(doc) -> list[str]:
    return [p.kind for p in doc.parts]


def part(doc, kind: str):
    found = [p for p in doc.parts if p.kind == kind]
    assert found, f"no {kind} part in {[(p.kind, p.label) for p in doc.parts]}"
    return found[0]


def test_the_parts_of_an_official_document():
    doc = loaded_file(NOTICE)
    assert doc.genre == "official"
    assert part(doc, "title").label == "国务院办公厅关于加快推进某某体系建设的意见"
    assert part(doc, "doc_number").label == "国办发〔2024〕6号"
    assert part(doc, "recipients").label == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
    assert part(doc, "signature").label == "国务院办公厅"
    assert part(doc, "date").label == "2024-02-05"
    own = part(doc, "policy")
    assert (own.label, own.role) == ("关于加快推进某某体系建设的意见", "own")  # the title without its issuer prefix


def test_parts_point_at_their_own_text():
    doc = loaded_file(NOTICE)
    for kind, written in (("title", "国务院办公厅关于加快推进某某体系建设的意见"), ("doc_number", "国办发〔2024〕6号"),
                          ("date", "2024年2月5日")):
        p = part(doc, kind)
        assert doc.text[p.start:p.end] == written
    sig = part(doc, "signature")
    assert doc.text[sig.start:sig.end].split() == ["国务院办公厅", "2024年2月5日"]


def test_the_official_documents_facts():
    r = extract_file(NOTICE)
    policy = "关于加快推进某某体系建设的意见"
    assert r.objects("notice_guobanfa", "embodies") == {policy}
    assert r.objects(policy, "issued_by") == {"国务院办公厅"}
    assert r.objects(policy, "issued_on") == {"2024-02-05"}
    assert r.objects(policy, "doc_number") == {"国办发〔2024〕6号"}
    number = r.facts("doc_number")[0]
    assert number.evidence.text == "国办发〔2024〕6号"  # the evidence is the 文号 line


@pytest.mark.parametrize("number", ["浙政办发〔2023〕12号", "中办发〔2016〕36号", "国发〔2015〕28号", "京政发〔2022〕7号"])
def test_doc_numbers_of_official_documents(number):
    r = extract(f"""\
        某某工作实施方案
        {number}
        各有关单位：
        为做好某某工作，制定本方案。
        """)
    assert r.objects("某某工作实施方案", "doc_number") == {number}


def test_a_decree_number_names_its_issuer():
    r = extract("""\
        某某信息服务管理规定
        国家互联网信息办公室令第9号
        《某某信息服务管理规定》已经国家互联网信息办公室2021年第21次室务会议审议通过，现予公布，自2022年3月1日起施行。
        国家互联网信息办公室主任 王某某
        2022年1月4日
        """)
    policy = "某某信息服务管理规定"
    assert r.objects(policy, "doc_number") == {"国家互联网信息办公室令第9号"}
    assert r.objects(policy, "issued_by") == {"国家互联网信息办公室"}
    assert r.objects(policy, "issued_on") == {"2022-01-04"}


def test_a_presidential_decree_number():
    r = extract("""\
        中华人民共和国某某促进法
        中华人民共和国主席令第116号
        《中华人民共和国某某促进法》已由中华人民共和国第十四届全国人民代表大会常务委员会第三次会议于2023年6月28日通过，现予公布，自2023年9月1日起施行。
        中华人民共和国主席 习某某
        2023年6月28日
        """)
    assert r.objects("中华人民共和国某某促进法", "doc_number") == {"中华人民共和国主席令第116号"}
    assert r.objects("中华人民共和国某某促进法", "issued_on") == {"2023-06-28"}


def test_a_decree_number_under_its_header_line():
    r = extract("""\
        某某管理规定
        工业和信息化部令
        第68号
        《某某管理规定》已经2024年2月1日工业和信息化部第5次部务会议审议通过，现予公布，自2024年4月1日起施行。
        部长 金某某
        2024年2月20日
        """)
    assert r.objects("某某管理规定", "doc_number") == {"工业和信息化部令第68号"}
    assert r.objects("某某管理规定", "issued_by") == {"工业和信息化部"}


def test_a_doc_number_glued_to_the_end_of_the_notice_title_line():
    doc = loaded("""\
        某某管理指导意见
        关于印发《某某管理指导意见》的通知某办发文〔2021〕7号
        各省、自治区、直辖市有关部门：
        现将《某某管理指导意见》印发给你们，请认真贯彻执行。
        """)
    assert part(doc, "doc_number").label == "某办发文〔2021〕7号"


def test_a_decree_signed_by_a_minister_with_the_date_on_his_line():
    r = extract("""\
        某某管理规定
        《某某管理规定》已经2024年2月1日工业和信息化部第5次部务会议审议通过，现予公布，自2024年4月1日起施行。
        工业和信息化部部长 金某某 2024年2月20日
        """)
    assert r.objects("某某管理规定", "issued_by") == {"工业和信息化部"}
    assert r.objects("某某管理规定", "issued_on") == {"2024-02-20"}
    assert not any("金某某" in f.obj for f in r.facts())  # the person is not an issuer


def test_a_decree_signed_by_a_minister_above_the_date():
    r = extract("""\
        某某管理规定
        《某某管理规定》已经2024年2月1日工业和信息化部第5次部务会议审议通过，现予公布，自2024年4月1日起施行。
        工业和信息化部部长 金某某
        2024年2月20日
        """)
    assert r.objects("某某管理规定", "issued_by") == {"工业和信息化部"}


# ---------------------------------------------------------------- joint issuers

def test_joint_issuers_in_the_title_are_split():
    r = extract("""\
        中共温州市委 温州市人民政府关于加快建设制造业强市的意见
        温委发〔2023〕12号
        为加快建设制造业强市，现提出如下意见。
        """)
    assert r.objects("关于加快建设制造业强市的意见", "issued_by") == {"中共温州市委", "温州市人民政府"}


def test_joint_issuers_run_together_in_the_title_are_split():
    r = extract("""\
        中共温州市委温州市人民政府关于加快建设制造业强市的意见
        温委发〔2023〕12号
        为加快建设制造业强市，现提出如下意见。
        """)
    assert r.objects("关于加快建设制造业强市的意见", "issued_by") == {"中共温州市委", "温州市人民政府"}
    assert "中共温州市委温州市人民政府" not in r.objects("关于加快建设制造业强市的意见", "issued_by")


def test_joint_issuers_of_the_signature_one_per_line():
    doc = loaded("""\
        关于促进某某产业发展的若干意见
        各县（市、区）委，各县（市、区）人民政府：
        为促进某某产业发展，现提出如下意见。
        中共温州市委
        温州市人民政府
        2023年3月15日
        """)
    assert part(doc, "signature").label.split("|") == ["中共温州市委", "温州市人民政府"]
    assert part(doc, "date").label == "2023-03-15"


def test_joint_issuers_run_together_in_the_signature():
    r = extract("""\
        温州市科技创新券管理办法
        各县（市、区）科技局、财政局：
        为规范科技创新券管理，制定本办法。
        温州市科学技术局温州市财政局
        2024年4月2日
        """)
    assert r.objects("温州市科技创新券管理办法", "issued_by") == {"温州市科学技术局", "温州市财政局"}


def test_a_chinese_numeral_date_closes_the_signature():
    r = extract("""\
        关于促进某某产业发展的若干意见
        各县（市、区）委，各县（市、区）人民政府：
        为促进某某产业发展，现提出如下意见。
        中共温州市委
        温州市人民政府
        二〇二三年三月十五日
        """)
    policy = "关于促进某某产业发展的若干意见"
    assert r.objects(policy, "issued_on") == {"2023-03-15"}
    assert r.objects(policy, "issued_by") == {"中共温州市委", "温州市人民政府"}


def test_a_chinese_numeral_date_of_a_year_without_other_digits():
    r = extract("""\
        关于促进某某产业发展的若干意见
        各县（市、区）委，各县（市、区）人民政府：
        为促进某某产业发展，现提出如下意见。
        温州市人民政府
        二〇二〇年十月十日
        """)
    assert r.objects("关于促进某某产业发展的若干意见", "issued_on") == {"2020-10-10"}


def test_a_signature_run_into_the_text_before_the_policy_title():
    # a web page printed to PDF: the notice, its 落款 and date, and the policy's title on one line
    r = extract("""\
        某某内容标识办法
        为了规范某某内容标识，某某部、某某局制定了《某某内容标识办法》，现印发给你们，请认真遵照执行。国家互联网信息办公室公安部2025年3月7日某某内容标识办法第一条为了规范某某内容标识，制定本办法。
        """)
    policy = "某某内容标识办法"
    assert r.objects(policy, "issued_by") == {"国家互联网信息办公室", "公安部"}
    assert r.objects(policy, "issued_on") == {"2025-03-07"}


def test_a_decree_signed_by_its_head_inside_the_text():
    r = extract("""\
        某某网络保护条例
        中华人民共和国国务院令第766号《某某网络保护条例》已经2023年9月20日国务院第15次常务会议通过，现予公布，自2024年1月1日起施行。总理李某2023年10月16日某某网络保护条例第一章总则
        """)
    assert r.objects("某某网络保护条例", "issued_by") == {"国务院"}
    assert r.objects("某某网络保护条例", "issued_on") == {"2023-10-16"}


def test_a_date_in_a_sentence_before_another_title_is_no_signature():
    doc = loaded("""\
        某某内容标识办法
        为了规范某某内容标识，制定本办法。某某部2025年3月7日召开会议审议了某某工作规则。
        """)
    assert [p for p in doc.parts if p.kind in ("signature", "date")] == []


def test_the_adoption_note_after_the_title_further_on():
    r = extract("""\
        中华人民共和国某某法
        首页>法律法规>法律
        宪法 法律 行政法规 司法解释
        第一章总则第一条为了预防某某活动，保护公民和组织的合法权益，维护社会稳定和国家安全，根据宪法，制定本法。
        时间：2022-09-02 来源：中国人大网
        中华人民共和国某某法（2022年9月2日第十三届全国人民代表大会常务委员会第三十六次会议通过）目录第一章总则
        """)
    assert r.objects("中华人民共和国某某法", "issued_on") == {"2022-09-02"}
    assert r.objects("中华人民共和国某某法", "issued_by") == {"全国人民代表大会常务委员会"}


def test_a_document_adopted_at_a_meeting_and_signed_later_is_dated_by_its_signature():
    r = extract("""\
        某市公共租赁住房管理实施细则
        某住委〔2025〕3号
        （2025年5月8日某市住房保障工作委员会第二次全体会议审议通过）
        第一条　为规范公共租赁住房管理，制定本细则。
        第二条　本细则自2025年7月1日起施行。
        某市住房保障工作委员会
        2025年5月16日
        """)
    assert r.objects("某市公共租赁住房管理实施细则", "issued_on") == {"2025-05-16"}  # (the 成文日期, not the meeting's)


def test_an_adoption_note_of_another_source_under_the_title_is_not_the_documents():
    doc = loaded("""\
        关于加强某某平台监管规定（征求意见稿），国家市场监督管理总局
        首页/检查标准 某某委员会关于某某领域的指南
        执法一司编写（2021年2月7日国务院反垄断委员会印发）第一章总则
        """)
    assert [p for p in doc.parts if p.kind == "date"] == []
    assert [p.label for p in doc.parts if p.kind == "header"] == ["国家市场监督管理总局"]


def test_a_news_dateline_under_the_title_names_no_issuer():
    doc = loaded("""\
        某某资源开发利用暂行办法，国家数据局
        新华社北京10月9日电中共中央办公厅
        为加快某某资源开发利用，制定本办法。
        """)
    assert [p.label for p in doc.parts if p.kind == "header"] == ["国家数据局"]


# ---------------------------------------------------------------- the title line

def test_a_title_signed_on_its_line_before_the_doc_number_line():
    doc = loaded("""\
        关于推进数字贸易高质量发展的实施意见，杭州市人民政府
        杭政〔2024〕15号
        为推进数字贸易高质量发展，提出以下意见。
        """)
    assert doc.genre == "official"
    assert part(doc, "title").label == "关于推进数字贸易高质量发展的实施意见"
    assert doc.text[part(doc, "title").start:part(doc, "title").end] == "关于推进数字贸易高质量发展的实施意见"


def test_a_title_signed_on_its_line_names_the_issuer():
    r = extract("""\
        关于推进数字贸易高质量发展的实施意见，杭州市人民政府
        杭政〔2024〕15号
        为推进数字贸易高质量发展，提出以下意见。
        """)
    assert r.objects("关于推进数字贸易高质量发展的实施意见", "issued_by") == {"杭州市人民政府"}


def test_a_title_signed_on_its_line_before_the_body():
    doc = loaded("""\
        关于推进数字贸易高质量发展的实施意见，杭州市人民政府

        为推进数字贸易高质量发展，提出以下意见。

        一、发展目标

        到2026年，全市数字贸易额达到5000亿元。
        """)
    assert doc.genre == "official"
    assert part(doc, "title").label == "关于推进数字贸易高质量发展的实施意见"


def test_a_title_printed_twice_counts_once():
    doc = loaded("""\
        湖州市公共数据管理办法湖州市公共数据管理办法
        湖政发〔2022〕3号
        各区县人民政府，市政府各部门：
        为加强公共数据管理，制定本办法。
        """)
    assert part(doc, "title").label == "湖州市公共数据管理办法"


# ---------------------------------------------------------------- 印发 notices

def test_a_notice_issuing_one_policy():
    doc = loaded_file(ONE_POLICY)
    policies = [(p.label, p.role) for p in doc.parts if p.kind == "policy"]
    assert policies == [("关于印发温州市促进外贸稳增长若干措施的通知", "own"), ("温州市促进外贸稳增长若干措施", "issued")]
    issued = [p for p in doc.parts if p.kind == "policy" and p.role == "issued"][0]
    assert doc.text[issued.start:].startswith("温州市促进外贸稳增长若干措施\n")
    assert issued.end == len(doc.text.rstrip()) or issued.end >= doc.text.rfind("补助")


def test_a_notice_issuing_two_policies_gives_each_its_range():
    doc = loaded_file(TWO_POLICIES)
    issued = [p for p in doc.parts if p.kind == "policy" and p.role == "issued"]
    assert [p.label for p in issued] == ["湖州市数字经济发展规划", "湖州市人工智能产业行动方案"]
    plan, action = issued
    assert "800亿元" in doc.text[plan.start:plan.end] and "300亿元" not in doc.text[plan.start:plan.end]
    assert "300亿元" in doc.text[action.start:action.end]
    # the notice's own signature, and the second policy's own
    assert [p.label for p in doc.parts if p.kind == "signature"] == ["湖州市人民政府办公室", "湖州市经济和信息化局"]


def test_a_policy_issued_by_a_news_page_is_dated_by_the_line_under_its_title():
    r = extract("""\
        中共中央办公厅 国务院办公厅印发《关于健全城乡社区养老服务网络的意见》
        新华社北京5月6日电 近日，中共中央办公厅、国务院办公厅印发了《关于健全城乡社区养老服务网络的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。
        《关于健全城乡社区养老服务网络的意见》全文如下。
        关于健全城乡社区养老服务网络的意见
        （2025年4月21日）
        为健全城乡社区养老服务网络，现提出如下意见。
        """, "news_page.txt")
    assert "2025-04-21" in r.objects("关于健全城乡社区养老服务网络的意见", "issued_on")  # (近日 gives its month)


# ---------------------------------------------------------------- attachments

def test_an_attachment_is_a_part_with_its_title():
    doc = loaded_file(ATTACHED)
    attachment = part(doc, "attachment")
    assert attachment.label == "丽水市农村供水工程运行管理办法"
    assert "第四条" in doc.text[attachment.start:attachment.end]
    assert "农村自来水普及率" not in doc.text[attachment.start:attachment.end]
    # the list entry "附件：…" after the body only names it: one attachment part
    assert len([p for p in doc.parts if p.kind == "attachment"]) == 1


def test_an_attached_policy_is_a_policy_of_the_file_with_its_own_targets():
    r = extract_file(ATTACHED)
    attached = "丽水市农村供水工程运行管理办法"
    assert attached in r.parts("policy")
    assert r.measure("target", "农村供水工程规范化管理率").policy == attached
    assert r.measure("target", "农村自来水普及率").policy == "关于做好农村供水保障工作的通知"
    assert r.objects(attached, "issued_by") == {"丽水市人民政府"}
    assert r.objects(attached, "issued_on") == {"2024-07-01"}


def test_a_section_of_the_notice_ends_before_its_signature():
    doc = loaded_file(ATTACHED)
    goals = [p for p in doc.parts if p.kind == "section" and p.label == "工作目标"][0]
    assert goals.end <= part(doc, "signature").start


def test_a_ministrys_decree_numbered_within_its_year_on_the_line_below():
    doc = loaded("""\
        某某运输电子单证管理规定
        中华人民共和国某某部令
        2025年第7号
        《某某运输电子单证管理规定》已于2025年5月20日经第12次部务会议通过，现予公布，自2025年9月1日起施行。
        部长 某某
        2025年6月3日
        """)
    assert part(doc, "doc_number").label == "中华人民共和国某某部令2025年第7号"


def test_a_notice_issuing_two_policies_named_without_title_marks_issues_both():
    text = ("某市人民政府关于印发某市支持中药材产业发展若干措施和某市道地药材基地建设三年行动方案的通知\n某政〔2023〕21号\n"
            "各县区人民政府：\n现将《某市支持中药材产业发展若干措施》《某市道地药材基地建设三年行动方案》印发给你们，请认真贯彻执行。\n"
            "某市人民政府\n2023年9月26日\n某市支持中药材产业发展若干措施\n一、对新建中药材基地的，每亩补助300元。\n"
            "某市道地药材基地建设三年行动方案\n一、到2025年，建成道地药材基地40个。\n")
    doc = loaded(text, "policy.txt")
    issued = [p.label for p in doc.parts if p.kind == "policy" and p.role == "issued"]
    assert issued == ["某市支持中药材产业发展若干措施", "某市道地药材基地建设三年行动方案"]  # (not one 方案 of both)


def test_a_databases_title_line_without_its_quotes_gives_way_to_the_documents_own():
    doc = loaded("某市人民政府办公室关于印发某市甲产业若干措施和某市乙基地认定管理办法的通知\n"
                 "某市人民政府办公室关于印发《某市甲产业若干措施》《某市乙基地认定管理办法》的通知\n某政办规〔2024〕6号\n"
                 "各县（市、区）人民政府：\n《某市甲产业若干措施》《某市乙基地认定管理办法》已经市人民政府同意，现印发给你们。\n"
                 "某市人民政府办公室\n2024年8月26日\n", "policy.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == [
        "某市人民政府办公室关于印发《某市甲产业若干措施》《某市乙基地认定管理办法》的通知"]


def test_an_issued_policys_title_with_its_years_on_the_next_line_starts_it():
    doc = loaded("某部关于印发《某某航运发展行动方案（2026—2030年）》的通知\n某部发〔2026〕3号\n各省、自治区、直辖市人民政府：\n"
                 "《某某航运发展行动方案（2026—2030年）》已经同意，现印发给你们。\n某部\n2026年3月18日\n"
                 "某某航运发展行动方案\n（2026—2030年）\n一、总体要求\n到2030年，航道里程达到2万公里。\n"
                 "相关稿件\n图解：某某航运发展行动方案（2026—2030年）\n", "policy.txt")
    issued = [p for p in doc.parts if p.kind == "policy" and p.role == "issued"]
    assert [doc.text[p.start:p.start + 10] for p in issued] == ["某某航运发展行动方案"]  # (not the 图解 link below)


def test_a_doc_number_run_into_the_recipients_line_is_read():
    doc = loaded("某部关于印发《某某资金管理办法》的通知\n某建〔2026〕112号各省、自治区、直辖市财政厅（局）：\n"
                 "现将《某某资金管理办法》印发给你们，请遵照执行。\n某部\n2026年5月6日\n", "policy.txt")
    assert [p.label for p in doc.parts if p.kind == "doc_number"] == ["某建〔2026〕112号"]


def test_a_notices_title_wrapped_between_the_two_titles_it_issues_is_one_title():
    doc = loaded("某部关于印发《某某企业参展若干措施》\n\n《某某展会目录管理办法》的通知\n某贸发〔2026〕31号\n各省、自治区商务主管部门：\n"
                 "某部制定了《某某企业参展若干措施》和《某某展会目录管理办法》，现印发给你们。\n某部\n2026年4月8日\n"
                 "某某企业参展若干措施\n一、对参加境外展会的企业，给予展位费补助。\n"
                 "某某展会目录管理办法\n第一条 为规范目录管理，制定本办法。\n", "policy.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == ["某部关于印发《某某企业参展若干措施》《某某展会目录管理办法》的通知"]
    assert [p.label for p in doc.parts if p.kind == "policy" and p.role == "issued"] == [
        "某某企业参展若干措施", "某某展会目录管理办法"]


def test_a_notice_forwarding_a_quoted_plan_after_its_drafters_names_the_plan_alone():
    doc = loaded("某部办公厅转发某某部等部门《某某装备推广应用行动方案（2026—2030年）》的通知\n某办函〔2026〕7号\n"
                 "各省、自治区、直辖市人民政府：\n某某部、某某委《某某装备推广应用行动方案（2026—2030年）》已经同意，现转发给你们。\n"
                 "某部办公厅\n2026年4月21日\n某某装备推广应用行动方案\n（2026—2030年）\n一、总体要求\n到2030年，某某装备产业营业收入达到2万亿元。\n",
                 "policy.txt")
    forwarded = [p.label for p in doc.parts if p.kind == "policy" and p.role == "forwarded"]
    assert forwarded == ["某某装备推广应用行动方案（2026—2030年）"]


def test_a_joint_title_printed_twice_with_its_issuers_joined_differently_is_one_title():
    bureaus = ("天津市滨海新区发展和改革委员会", "天津市滨海新区商务局", "天津市滨海新区财政局", "天津市滨海新区文化和旅游局")
    policy = "滨海新区促进夜间经济和文旅消费高质量发展若干措施"
    text = ("    【法宝引证码】 CLI.12.1234567\n原文链接：https://www.pkulaw.com/lar/abc.html\n"
            f"{'、'.join(bureaus)}关于印发《{policy}》的通知\n{' '.join(bureaus)}关于印发《{policy}》的通知\n"
            f"津滨商发〔2024〕9号\n各街道办事处：\n现将《{policy}》印发给你们，请认真贯彻执行。\n"
            + "".join(b + "\n" for b in bureaus) + f"2024年5月8日\n{policy}\n一、对新开业的夜间经济街区，给予一次性奖励20万元。\n")
    doc = loaded(text, "pkulaw-1234567.txt")
    assert doc.genre == "official"
    assert [p.label for p in doc.parts if p.kind == "doc_number"] == ["津滨商发〔2024〕9号"]
    assert [p.label for p in doc.parts if p.kind == "date"] == ["2024-05-08"]


def test_a_forwarded_document_is_issued_by_every_drafter_the_notice_names_customs_and_central_bank_branch_too():
    text = ("红河州人民政府办公室转发州商务局等部门关于促进边境贸易发展若干措施的通知\n红政办发〔2024〕12号\n各县（市）人民政府：\n"
            "州商务局、州财政局、河口海关、人民银行红河州中心支行制定的《关于促进边境贸易发展的若干措施》已经州人民政府同意，"
            "现转发给你们，请认真贯彻执行。\n红河哈尼族彝族自治州人民政府办公室\n2024年6月3日\n关于促进边境贸易发展的若干措施\n"
            "一、对年进出口额首次突破1亿元的边贸企业，给予一次性奖励10万元。\n")
    issuers = {f.obj for f in extract(text, "pkulaw-2.txt").facts()
               if f.predicate == "issued_by" and f.subject == "关于促进边境贸易发展的若干措施"}
    assert {"河口海关", "人民银行红河州中心支行"} <= issuers and len(issuers) == 4


def test_a_forwarded_document_named_with_its_about_in_the_title_and_without_it_in_the_body_keeps_its_drafters():
    text = ("武城县人民政府办公室转发县农业农村局等部门关于武城县高标准农田建设实施方案的通知\n武政办发〔2025〕7号\n各乡镇人民政府：\n"
            "县农业农村局、县财政局、县水利局《武城县高标准农田建设实施方案》已经县政府同意，现转发给你们，请认真贯彻执行。\n"
            "武城县人民政府办公室\n2025年3月6日\n武城县高标准农田建设实施方案\n"
            "一、到2027年，全县建成高标准农田10万亩。\n")
    facts = [f for f in extract(text, "county-notice.txt").facts() if f.predicate == "issued_by"]
    assert {f.obj for f in facts if f.subject == "武城县高标准农田建设实施方案"} == {"武城县农业农村局", "武城县财政局", "武城县水利局"}
    assert not [f for f in facts if f.subject.startswith("关于")]  # (one document, named as its own heading names it)


def test_a_notices_title_wrapped_inside_the_title_it_issues_is_one_title():
    doc = loaded("某部办公厅关于印发《某某产业高质量发展行动方案\n（2026—2030年）》的通知\n某办发〔2026〕14号\n各省、自治区、直辖市人民政府：\n"
                 "《某某产业高质量发展行动方案（2026—2030年）》已经同意，现印发给你们。\n某部办公厅\n2026年4月21日\n"
                 "某某产业高质量发展行动方案\n（2026—2030年）\n一、总体要求\n到2030年，某某产业产值达到1万亿元。\n", "policy.txt")
    assert [p.label for p in doc.parts if p.kind == "title"] == [
        "某部办公厅关于印发《某某产业高质量发展行动方案（2026—2030年）》的通知"]


def test_a_signature_date_run_on_into_the_attachment_line_dates_the_notice():
    doc = loaded("某部关于印发《某某补助资金管理办法》的通知\n某农〔2026〕18号\n各省、自治区、直辖市财政厅（局）：\n"
                 "现将《某某补助资金管理办法》印发给你们，请遵照执行。\n某部\n2026年2月26日附件：某某补助资金管理办法\n"
                 "某某补助资金管理办法\n第一条 为加强资金管理，制定本办法。\n", "policy.txt")
    assert [p.label for p in doc.parts if p.kind == "date"][:1] == ["2026-02-26"]


def test_a_pages_category_cell_above_a_title_its_issuer_opens_is_no_part_of_it():
    text = ("题\n\n水污染防治饮用水安全\n\n水利部关于加强农村供水工程运行管护的意见\n\n水农〔2026〕31号\n\n各省、自治区、直辖市水利（水务）厅（局）：\n"
            "为加强农村供水工程运行管护，现提出以下意见。\n\n水利部\n2026年4月8日\n")
    keys = extract(text, "M9901.txt").keys("POLICY")
    assert keys == {"关于加强农村供水工程运行管护的意见"}  # (not 题水污染防治饮用水安全水利部关于…的意见)


def test_a_wrapped_information_cells_tail_above_the_title_is_no_part_of_it():
    text = ("水利部自然资源部农业农村\n\n部财政部\n\n（2026—2030年）》的通知\n\n水利部等4部门关于印发《灌区现代化改造行动方案\n\n"
            "（2026—2030年）》的通知\n\n水农〔2026〕40号\n\n各省、自治区、直辖市水利（水务）厅（局）：\n现将《灌区现代化改造行动方案"
            "（2026—2030年）》印发给你们。\n\n水利部\n2026年5月8日\n")
    assert extract(text, "M9902.txt").keys("POLICY") == {"灌区现代化改造行动方案(2026-2030年)"}  # (not 部财政部（…）》的通知)
    text = ("人力资源社会\n\n保障部教育部\n\n人力资源社会保障部教育部\n\n关于做好2026年高校毕业生见习补助工作的通知\n\n人社部发〔2026〕9号\n\n"
            "各省、自治区、直辖市人力资源社会保障厅（局）：\n为做好见习补助工作，现通知如下。\n\n人力资源社会保障部\n2026年2月6日\n")
    assert extract(text, "M9903.txt").keys("POLICY") == {"关于做好2026年高校毕业生见习补助工作的通知"}


def test_a_sites_banner_beside_its_link_bar_is_no_running_text_before_the_title():
    from policykg.structure.lines import lines_of
    from policykg.structure.official import find_title
    text = ("某某部\nMinistry of Something and Other Affairs of the People's Republic of China\tEnglish | Français | Español "
            "|无障碍|站内搜索\n某某部 某某局关于印发《某某产品加工提质增效实施方案》的通知\n某发〔2025〕17号\n各省、自治区商务主管部门：\n"
            "现将《某某产品加工提质增效实施方案》印发给你们，请认真组织实施。\n某某部　某某局\n2025年11月12日\n")
    title = find_title(lines_of(text))
    assert title is not None and title.text == "某某部 某某局关于印发《某某产品加工提质增效实施方案》的通知"
