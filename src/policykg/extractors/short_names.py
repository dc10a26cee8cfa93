"""Short names inside a document: "（以下简称《通知》）" defines 《通知》 as the
policy named just before; a bare genre word in 《》 (《通知》, 《规划》, 《意见》)
stands for the latest policy of that genre named before it, or for the
document's own policy. A short name that resolves to nothing is dropped."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..names import normalize_name
from ..records import Mention
from .context import Context
from .registry import extractor

DEFINITION = re.compile(r"[（(]\s*(?:以下|下)简称\s*[《“\"]([^》”\"]{1,30})[》”\"]\s*[）)]")


@extractor("short_names", scope="document", needs=("POLICY", "REPORT", "policies"), produces=("POLICY:resolved",))
def short_names(ctx: Context) -> Iterator[Mention]:
    defined: dict[str, str] = {}
    last_by_kind: dict[str, str] = {}
    own = ctx.policies[0].key if ctx.policies else ""
    titles = ctx.all_mentions("POLICY", "REPORT")
    for sent, mentions in zip(ctx.sentences, ctx.mentions):
        for d in DEFINITION.finditer(sent.text):
            pos = sent.start + d.start()
            before = [m for m in titles if m.end <= pos and m.type == "POLICY" and not m.attr("short")]
            if before:
                defined[normalize_name(d.group(1))] = before[-1].key
        for m in sorted((m for m in mentions if m.type in ("POLICY", "REPORT")), key=lambda m: m.start):
            short = normalize_name(m.text.strip("《》"))
            if short in defined and defined[short] != m.key:
                yield Mention(m.doc, m.start, m.end, m.text, "POLICY", defined[short], (*m.attrs, ("alias", "1")))
            elif m.attr("short"):
                target = last_by_kind.get(m.attr("kind")) or own
                ctx.remove(m)
                if target:
                    yield Mention(m.doc, m.start, m.end, m.text, "POLICY", target, (("alias", "1"), ("kind", m.attr("kind"))))
            elif m.type == "POLICY":
                last_by_kind[m.attr("kind")] = m.key
