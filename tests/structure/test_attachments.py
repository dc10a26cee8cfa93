"""structure/attachments.py: where attachments (附件) start — "附件1：X", "附件"
above X's title, X's title line after a list naming it — and the policies
they hold."""
from __future__ import annotations

from kit import loaded
from policykg.records import Part
from policykg.structure.attachments import attached_policies, attachment_starts, attachments
from policykg.structure.lines import lines_of

BODY = "第一条 为规范某某工作，根据有关规定，结合本市实际，制定本办法。本办法适用于本市行政区域内的某某工作及其监督管理活动。\n" * 5

LISTED = ("为做好某某工作，现将有关事项通知如下。\n"
          "附件：1.某某工作管理办法\n"
          "2.某某工作申报表\n"
          "某某市人民政府\n2024年7月1日\n"
          "某某工作管理办法\n" + BODY +
          "某某工作申报表\n单位名称\t联系人\n")


def test_the_title_lines_of_a_list_of_attachments_start_them():
    lines = lines_of(LISTED)
    starts = [(LISTED[a.title_start:a.title_start + len(a.label)], a.label) for a in attachment_starts(lines, 0)]
    # the list entries, then each title line further on (the numbering "1." is not part of a title)
    assert starts[-2:] == [("某某工作管理办法", "某某工作管理办法"), ("某某工作申报表", "某某工作申报表")]
    found = attachments(lines, 0)
    assert [p.label for p in found] == ["某某工作管理办法"]  # the form has no text of its own; the list only names them
    assert LISTED[found[0].start:].startswith("某某工作管理办法\n第一条")
    assert "单位名称" not in LISTED[found[0].start:found[0].end]


def test_an_attached_policy_starts_at_its_title_and_is_not_an_issued_policy_again():
    text = "附件\n某某工作管理办法\n" + BODY
    lines = lines_of(text)
    (policy,) = attached_policies(lines, 0, [])
    assert (policy.label, policy.role, text[policy.start:policy.start + 8]) == ("某某工作管理办法", "attached", "某某工作管理办法")
    issued = [Part("policy", 0, len(text), "某某工作管理办法", role="issued")]
    assert attached_policies(lines, 0, issued) == []


def test_an_attachment_that_is_no_policy_holds_none():
    text = "附件2：某某企业名单\n" + BODY
    lines = lines_of(text)
    assert [p.label for p in attachments(lines, 0)] == ["某某企业名单"]
    assert attached_policies(lines, 0, []) == []


def test_a_list_of_attachments_naming_the_policies_issued_is_no_title_line_of_theirs():
    doc = loaded("""\
        某市人民政府办公室关于印发《某市文化旅游若干措施》《某市夜间经济若干措施》的通知
        某府办发〔2025〕11号
        各县（市、区）人民政府：
        《某市文化旅游若干措施》《某市夜间经济若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。
        附件：1.某市文化旅游若干措施
              2.某市夜间经济若干措施
        某市人民政府办公室
        2025年6月12日
        附件1
        某市文化旅游若干措施
        一、对新评定的国家5A级旅游景区给予一次性奖励500万元。
        附件2
        某市夜间经济若干措施
        一、对新认定的夜间经济示范街区给予一次性奖励30万元。
        """)
    issued = [p for p in doc.parts if p.kind == "policy" and p.role == "issued"]
    assert [doc.text[p.start:p.start + 12] for p in issued] == ["某市文化旅游若干措施\n\n", "某市夜间经济若干措施\n\n"]
    assert [p.label for p in doc.parts if p.kind == "date"] == ["2025-06-12"]  # (the notice's, not the list item's)


def test_one_attachment_named_above_the_signature_is_named_there_and_starts_later():
    text = ("某区人民政府关于印发《某区促进某产业发展若干措施》的通知\n某政发〔2024〕5号\n各乡镇人民政府：\n"
            "现将《某区促进某产业发展若干措施》印发给你们，请认真贯彻落实。\n附件：某区某产业奖补资金申报材料清单\n"
            "某区人民政府\n二〇二四年四月二十二日\n某区促进某产业发展若干措施\n" + BODY +
            "附件\n某区某产业奖补资金申报材料清单\n一、通用材料\n1.奖补资金申请表；\n2.营业执照复印件。\n" + BODY)
    doc = loaded(text, "policy.txt")
    policies = {p.label: p for p in doc.parts if p.kind == "policy" and p.role != "own"}
    assert list(policies) == ["某区促进某产业发展若干措施"]  # (the checklist is a form, no policy)
    assert [p.label for p in doc.parts if p.kind == "date"] == ["2024-04-22"]
    issued = policies["某区促进某产业发展若干措施"]
    assert doc.text[issued.start:].startswith("某区促进某产业发展若干措施") and "附件：" not in doc.text[issued.start:issued.end]


def test_an_attached_list_of_the_policys_projects_is_no_policy():
    text = ("某县人民政府办公室关于印发《某县县域商业体系建设实施方案》的通知\n某府办发〔2024〕12号\n各乡镇人民政府：\n"
            "现将《某县县域商业体系建设实施方案》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n二〇二四年五月二十日\n"
            "某县县域商业体系建设实施方案\n一、总体要求\n到2025年，全县社会消费品零售总额达到120亿元。\n" + "附件：某县县域商业体系建设2024年重点项目清单\n"
            "附件\n某县县域商业体系建设2024年重点项目清单\n"
            + "".join(f"{i}．某县第{i}号商贸项目。建设地点：某镇；总投资2000万元；责任单位：县商务局。\n" for i in range(1, 7)))
    doc = loaded(text, "policy.txt")
    assert [p.label for p in doc.parts if p.kind == "policy" and p.role != "own"] == ["某县县域商业体系建设实施方案"]
    dated = loaded(text.replace("建设2024年重点项目清单", "建设重点项目清单（2024—2026年）"), "policy.txt")  # (its span after it)
    assert [p.label for p in dated.parts if p.kind == "policy" and p.role != "own"] == ["某县县域商业体系建设实施方案"]
    listed = loaded(text.replace("建设2024年重点项目清单", "建设政策兑现清单"), "policy.txt")  # (the policy's items listed again)
    assert [p.label for p in listed.parts if p.kind == "policy" and p.role != "own"] == ["某县县域商业体系建设实施方案"]


def test_an_attached_list_of_the_years_it_plans_for_is_no_policy_but_a_negative_list_is():
    from policykg.structure.attachments import is_form
    assert is_form("某市2025—2027年重点培育体育赛事清单")
    assert not is_form("某省市场准入负面清单（2025年版）")


def test_an_attached_list_of_the_plans_measures_is_no_policy():
    from policykg.structure.attachments import is_form
    assert is_form("返乡创业扶持政策清单") and is_form("某市稳就业支持措施清单")
