"""extractors/measures/paragraphs.py: a paragraph's deadline dates its figures, and so does the lead-in of a bulleted
list its items."""
from __future__ import annotations

from kit import extract


def test_the_items_of_a_bulleted_list_under_a_deadline_lead_in_are_targets_of_that_deadline():
    text = ("《某县推动非遗保护传承若干措施》政策解读\n一、出台背景\n为加强非遗保护，县政府印发了《某县推动非遗保护传承若干措施》。\n"
            "二、主要目标\n到2027年底，力争实现——\n★ 县级以上非遗代表性项目达到60项\n★ 建成非遗工坊15个以上\n")
    got = [(m.kind, m.indicator, m.time) for m in extract(text, "mouxian-jiedu.txt").measures()]
    assert ("target", "建成非遗工坊", "2027-12") in got
    assert not [k for k, _, _ in got if k == "observation"]
