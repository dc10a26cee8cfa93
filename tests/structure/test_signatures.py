"""structure/signatures.py: 落款 blocks, and signatures run into the text
before the document's title (web pages printed to PDF)."""
from __future__ import annotations

from policykg.structure.lines import lines_of
from policykg.structure.signatures import inline_signatures, signatures, title_follows


def test_a_signature_block_of_bodies_above_the_date():
    (sig,) = signatures(lines_of("为促进发展，现提出如下意见。\n中共温州市委\n温州市人民政府\n2023年3月15日\n"))
    assert (sig.issuers, sig.date) == (("中共温州市委", "温州市人民政府"), "2023-03-15")


def test_a_signature_run_into_the_text_before_the_title():
    text = "请认真遵照执行。国家互联网信息办公室公安部2025年3月7日某某内容标识办法第一条为了规范某某内容标识，制定本办法。"
    (sig,) = inline_signatures(lines_of(text), ("某某内容标识办法",))
    assert (sig.issuers, sig.date) == (("国家互联网信息办公室", "公安部"), "2025-03-07")
    assert text[sig.start:sig.end] == "国家互联网信息办公室公安部2025年3月7日"
    assert text[sig.date_start:sig.date_end] == "2025年3月7日"


def test_a_head_signing_inside_the_text_gives_the_date():
    text = "现予公布，自2024年1月1日起施行。总理李某2023年10月16日某某网络保护条例第一章总则"
    (sig,) = inline_signatures(lines_of(text), ("某某网络保护条例",))
    assert (sig.issuers, sig.date) == ((), "2023-10-16")


def test_no_inline_signature_without_the_title_after_it():
    text = "请认真遵照执行。国家互联网信息办公室2025年3月7日召开会议，审议了其他办法。"
    assert inline_signatures(lines_of(text), ("某某内容标识办法",)) == []


def test_a_long_title_follows_when_its_first_characters_do():
    assert title_follows("互联网信息服务管理办法（修订", "互联网信息服务管理办法（修订草案）")
    assert not title_follows("互联网信息服务", "某某信息服务管理办法")


def test_ten_departments_signing_two_a_line_are_all_issuers():
    names = ["工业和信息化部", "国家发展改革委", "教育部", "科技部", "财政部", "人力资源社会保障部", "自然资源部",
             "生态环境部", "商务部", "市场监管总局"]
    block = "\n".join(f"{a}　　　　{b}" for a, b in zip(names[::2], names[1::2]))
    (sig,) = signatures(lines_of(f"请结合实际认真贯彻落实。\n{block}\n2023年6月12日\n"))
    assert len(sig.issuers) == 10 and sig.issuers[1] == "国家发展和改革委员会"  # (the first line too, not the last four)
