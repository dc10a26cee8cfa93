"""extractors/context.py: where a sentence is (its parts, its section's role,
the policy whose text it is in) and the mentions found so far."""
from __future__ import annotations

import pytest

from kit import loaded
from policykg.extractors.context import Context, OwnPolicy
from policykg.nlp import sentences_of
from policykg.records import Evidence, Fact, Mention, Part

PLAN = """\
某某产业发展行动方案
一、主要目标
到2027年，产业规模达到1000亿元。
二、重点任务
（一）培育龙头企业。
三、保障措施
加强组织领导。
"""


@pytest.fixture
def ctx() -> Context:
    doc = loaded(PLAN)
    return Context(doc, sentences_of(doc.text))


def sentence(ctx: Context, words: str):
    return next(s for s in ctx.sentences if words in s.text)


def test_index_of_a_document_offset(ctx):
    s = sentence(ctx, "1000亿元")
    i = ctx.index_of(s.start + 3)
    assert ctx.sentences[i] is s
    assert ctx.index_of(len(ctx.document.text) + 10) == -1


def test_the_role_of_a_sentence_is_its_innermost_sections(ctx):
    assert ctx.role(sentence(ctx, "1000亿元")) == "goals"
    assert ctx.role(sentence(ctx, "培育龙头企业")) == "tasks"
    assert ctx.role(sentence(ctx, "加强组织领导")) == "safeguards"


def test_parts_and_part_of_a_sentence(ctx):
    s = sentence(ctx, "培育龙头企业")
    kinds = [p.kind for p in ctx.parts_of(s)]
    assert kinds.count("section") == 2
    assert ctx.part(s, "section").label == "培育龙头企业"  # the innermost
    assert ctx.in_part(s, "section") and not ctx.in_part(s, "signature")
    assert ctx.part(s, "attachment") is None


def test_policy_of_a_sentence_is_the_innermost_policy_part(ctx):
    text = ctx.document.text
    outer = OwnPolicy(Part("policy", 0, len(text), "A", role="own"), "a", "A")
    inner_start = text.index("二、")
    inner = OwnPolicy(Part("policy", inner_start, len(text), "B", role="issued"), "b", "B")
    ctx.policies.extend([outer, inner])
    assert ctx.policy_of(sentence(ctx, "1000亿元")).key == "a"
    assert ctx.policy_of(sentence(ctx, "培育龙头企业")).key == "b"


def test_add_keeps_records_and_a_mention_replaces_one_of_the_same_span(ctx):
    s = sentence(ctx, "1000亿元")
    first = Mention(ctx.document.id, s.start, s.start + 2, s.text[:2], "ORG", "x")
    second = Mention(ctx.document.id, s.start, s.start + 2, s.text[:2], "ORG", "y")
    ctx.add(first)
    ctx.add(second)
    assert ctx.mentions_in(s, "ORG") == [second]
    assert ctx.covered(s, s.start + 1, s.start + 5, "ORG")
    assert not ctx.covered(s, s.start + 1, s.start + 5, "REGION")
    ctx.remove(second)
    assert ctx.mentions_in(s, "ORG") == []
    fact = Fact("POLICY", "p", "cites", "POLICY", "q", Evidence(ctx.document.id, s.start, s.end))
    ctx.add(fact)
    assert ctx.facts == [fact]


def test_add_refuses_what_is_not_a_record(ctx):
    with pytest.raises(TypeError, match="str"):
        ctx.add("not a record")


def test_evidence_is_the_sentence(ctx):
    s = sentence(ctx, "1000亿元")
    ev = ctx.evidence(s)
    assert (ev.doc, ev.start, ev.end, ev.text) == (ctx.document.id, s.start, s.end, s.text)
    assert ctx.document.text[ev.start:ev.end] == ev.text
