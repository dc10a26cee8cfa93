"""Who issued the policies a file holds and when: the bodies of the title
prefix, the header and the 落款 (joint issuers split), and the 成文日期 — for
the document's own policy, and for each policy a 印发 notice issues (the
notice's bodies and date unless the policy states its own); when the text states none, a database's or a
page's metadata (发布部门, 成文日期 …). Also the statement that the source document embodies its policy."""
from __future__ import annotations

from collections.abc import Iterator

from ..load.chrome import metadata_values
from ..load.dates import normalize_date
from ..local_names import localised, placed_body
from ..names import (local_short_form, place_prefix, split_bodies, strip_issuer,
                     with_full_place)
from ..records import Evidence, Fact, Part
from .context import Context, OwnPolicy
from .registry import extractor


def within(part: Part, policy: OwnPolicy, others: list[OwnPolicy]) -> bool:
    """True when the part lies in the policy's text and in no policy nested in it."""
    if not policy.part.start <= part.start < policy.part.end:
        return False
    return not any(o is not policy and o.part.start > policy.part.start and o.part.start <= part.start < o.part.end
                   for o in others)


@extractor("issuers", scope="document", needs=("policies", "home"), produces=("fact:issued_by", "fact:issued_on", "fact:embodies"))
def issuers(ctx: Context) -> Iterator[Fact]:
    doc = ctx.document
    if not ctx.policies:
        return
    notice = ctx.policies[0]
    if notice.part.role == "interpreted":
        return  # an interpretation is not the policy it explains, nor does it say who issued it
    yield Fact("DOCUMENT", doc.id, "embodies", "POLICY", notice.key, evidence_of(ctx, notice.part.start))
    notice_bodies, notice_date = statements(ctx, notice, ctx.policies)
    if doc.genre == "official":  # (the database's or the page's 发布部门 and 成文日期 when the text states none)
        notice_bodies = notice_bodies or [(name, notice.part) for v in metadata_values(doc.meta, "issuer")
                                          for b in split_bodies(v) if (name := in_place(ctx, b))]
        notice_date = notice_date or next(((d, notice.part) for field in ("date1", "date2")
                                           for d in map(normalize_date, metadata_values(doc.meta, field)) if d), None)
    for policy in ctx.policies:
        bodies, date = (notice_bodies, notice_date) if policy is notice else statements(ctx, policy, ctx.policies)
        if policy is not notice and policy.part.role != "forwarded":  # (a forwarded document is its own bodies')
            bodies = bodies or notice_bodies
            date = date or notice_date
        for name, part in bodies:
            yield Fact("POLICY", policy.key, "issued_by", "ORG", name, evidence_of(ctx, part.start))
        if date:
            yield Fact("POLICY", policy.key, "issued_on", "DATE", date[0], evidence_of(ctx, date[1].start))


def statements(ctx: Context, policy: OwnPolicy, others: list[OwnPolicy]) -> tuple[list[tuple[str, Part]], tuple[str, Part] | None]:
    """(issuing bodies with the part naming each, (date, its part)) stated in the policy's own text."""
    doc = ctx.document
    bodies: list[tuple[str, Part]] = []
    date = None
    for part in doc.parts:
        if not within(part, policy, others):
            continue
        if part.kind == "title" and policy.part.role == "own":
            bodies += [(b, part) for b in strip_issuer(part.label)[1]]
        elif part.kind in ("header", "signature") and part.label:
            bodies += [(b, part) for b in part.label.split("|")]
        elif part.kind == "date" and part.label and date is None:
            date = (part.label, part)
    seen: dict[str, tuple[str, Part]] = {}
    written_out = [name for name, _ in bodies if not local_short_form(name)]
    for name, part in bodies:
        name = named_in_full(name, written_out) or in_place(ctx, name)
        if name:
            seen.setdefault(name, (name, part))
    named: dict[str, tuple[str, Part]] = {}
    for name, part in seen.values():
        full = fuller_name(name, seen)
        named.setdefault(full, (full, part))
    return list(named.values()), date


def fuller_name(name: str, names: dict[str, object]) -> str:
    """The name among ``names`` that is ``name`` after its city (余杭区人民政府办公室 in the title, 杭州市余杭区人民政府办公室
    in the 落款: one body), else ``name``."""
    return next((other for other in names if other != name and (other.endswith(name) and place_prefix().fullmatch(
        other[:-len(name)]) or with_full_place(name) == other)), name)  # (黔东南州… is 黔东南苗族侗族自治州…)


def named_in_full(name: str, written_out: list[str]) -> str:
    """The body a short form (市发改委) names when the document also writes it out (长葛市发展和改革委员会 in the title
    of a county-level city's notice: its 市 is that city, not the prefecture the city belongs to); "" when none."""
    if not local_short_form(name):
        return ""
    return next((full for full in written_out if (place := place_prefix().match(full))
                 and localised(name, place.group(), place.group()) == full), "")


def in_place(ctx: Context, name: str) -> str:
    """A body named by its level alone (市财政局) as the body of the document's city or province (嘉兴市财政局);
    "" when the document's place is not known. Other names come back as they are."""
    if not local_short_form(name):
        return name
    known = placed_body(name, ctx.province, ctx.own_city, ctx.county)
    return known.name if known is not None else ""


def evidence_of(ctx: Context, offset: int) -> Evidence:
    i = ctx.index_of(offset)
    if i < 0:
        i = max(0, min(len(ctx.sentences) - 1, ctx.index_of(offset + 1)))
    sent = ctx.sentences[i] if ctx.sentences else None
    if sent is None:
        return Evidence(ctx.document.id, 0, 0, "")
    return ctx.evidence(sent)
