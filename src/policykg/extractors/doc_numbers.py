"""发文字号 (文号): the document's own, from its 文号 line — also of each policy a 印发 notice issues or attaches,
cited by it (《某措施》（某政办发〔2024〕9号）) — and a cited policy's, written right after its title
(《…》（国发〔2015〕28号）)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..load.chrome import metadata_values
from ..nlp import Sentence
from ..records import Fact
from ..structure.lines import DOC_NUMBER, doc_number_in
from .context import Context
from .issuers import evidence_of
from .registry import extractor

CITED_NUMBER = re.compile(rf"\s*[（(]\s*(?:{DOC_NUMBER.pattern})\s*(?:[，,；;][^（）()]{{0,40}})?[)）]")
# (《…》（国发〔2015〕28号）; 《…》（某政办发〔2025〕46号，以下简称《若干措施》）)


@extractor("own_doc_number", scope="document", needs=("policies",), produces=("fact:doc_number",))
def own_doc_number(ctx: Context) -> Iterator[Fact]:
    if not ctx.policies:
        return
    numbers = [(p.label, p.start) for p in ctx.document.parts if p.kind == "doc_number"]
    numbers = numbers or [(n, 0) for n in map(doc_number_in, metadata_values(ctx.document.meta, "doc_number")) if n]
    # (else the database's or the page's 发文字号, when the text has no 文号 line)
    if not numbers:
        return
    number, at = numbers[0]
    issued = [p for p in ctx.policies[1:] if p.part.role in ("issued", "attached")]
    for policy in [ctx.policies[0], *issued]:
        yield Fact("POLICY", policy.key, "doc_number", "TEXT", number, evidence_of(ctx, at))


@extractor("cited_doc_numbers", needs=("POLICY", "policies"), produces=("fact:doc_number",))
def cited_doc_numbers(sent: Sentence, ctx: Context) -> Iterator[Fact]:
    if "号" not in sent.text:
        return
    for m in ctx.mentions_in(sent, "POLICY"):
        if m.attr("own") and any(p.kind == "doc_number" for p in ctx.document.parts):
            continue  # (the document's own 文号 line says it; an interpretation cites the policy it is about)
        found = CITED_NUMBER.match(sent.text, m.end - sent.start)
        if found:
            yield Fact("POLICY", m.key, "doc_number", "TEXT", re.sub(r"\s+", "", found.group("number")), ctx.evidence(sent))
