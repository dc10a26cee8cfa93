"""Entities after all documents are in: vocabulary details (categories,
parents, region levels), preferred names and aliases, stable ids, and each
policy's date from the dates stated for it."""
from __future__ import annotations

import re
from collections import defaultdict

from ..lexicon import vocabulary
from ..mapping import entity_kinds, slug
from ..names import (FULL_TEXT, TITLE_WRAPPER, YEAR_OPENING, body, is_generic, issued_bare, normalize_name,
                     place_prefix, strip_issuer)
from ..time import most_precise
from .model import Entity, KnowledgeBase, Ref

SPACES = re.compile(r"\s+")
LIST_NUMBER = re.compile(r"^\d{1,2}\s*[.．、](?!\d)\s*")
WRAPPED_LINE = re.compile(r"(?<=[^\x00-\x7f])[ \t\u3000]*\n\s*(?=[^\x00-\x7f])")


def finish_entities(kb: KnowledgeBase) -> None:
    attach_vocabulary(kb)
    for ent in kb.entities.values():
        ent.name, ent.aliases = name_of(ent)
    assign_ids(kb)
    date_policies(kb)


def attach_vocabulary(kb: KnowledgeBase) -> None:
    """Categories and parents of known bodies (sub_organization_of statements
    with the sentence naming the child), levels and provinces of regions."""
    vocab = vocabulary()
    for (type_, key), ent in list(kb.entities.items()):
        if type_ == "ORG" and not ent.attrs.get("foreign"):
            entry = vocab.organization(key)
            parent = ""
            if entry is not None:
                ent.attrs["category"] = entry.category
                parent = entry.parent
            else:
                sub = vocab.subunit_of(key)
                if sub is not None:
                    parent = sub[0].name
                    ent.attrs.setdefault("category", "government")
            if "category" not in ent.attrs:
                found = body(key)
                ent.attrs["category"] = found.category if found is not None else "other"
            if parent and ent.evidence:
                stated = kb.statements.setdefault(("ORG", key, "sub_organization_of", "ORG", parent), [])
                stated.extend(r for r in ent.evidence[:1] if r not in stated)
                parent_ent = kb.entities.setdefault(("ORG", parent), Entity("ORG", parent))
                parent_ent.attrs.setdefault("category", "government")
        elif type_ == "REGION":
            entry = vocab.region(key)
            if entry is not None:
                ent.attrs["level"] = entry.level
                ent.attrs["province"] = entry.province if entry.level == "city" else (entry.name if entry.level == "province" else "")
                ent.attrs["vocab_id"] = entry.id


def clean(form: str) -> str:
    """The form without blanks around it and without the book-title marks that
    wrap it; a mark that pairs with one inside stays (…印发《某纲要》)."""
    form = WRAPPED_LINE.sub("", form)  # (a title wrapped over two lines is one line: no blank where it broke)
    form = FULL_TEXT.sub("", form.strip())  # (某市2025年政府工作报告（全文）: the report's name without the page's note)
    form = LIST_NUMBER.sub("", form)  # (2.某某资金管理办法: an attachment list's item number is no part of the title)
    inner = form.strip().strip("《》")
    return SPACES.sub(" ", inner if inner.count("《") == inner.count("》") else form.strip()).strip()


def name_of(ent: Entity) -> tuple[str, tuple[str, ...]]:
    """(preferred name, other names) of an entity."""
    forms = sorted({clean(f) for f in ent.names if clean(f)} | ({ent.key} if not ent.names else set()),
                   key=lambda f: (-ent.names.get(f, 0), f))
    if ent.type in ("POLICY", "REPORT"):
        plain = [f for f in forms if not TITLE_WRAPPER.match(normalize_name(f)) and len(normalize_name(f)) > 4
                 and not central_issuer(f) and "《" not in f and "》" not in f]  # (not 意见, the short name a document gives; 中共甘肃省委关于… keeps its issuer)
        if plain:
            name = max(plain, key=lambda f: (len(normalize_name(f)), -forms.index(f)))
            bare = YEAR_OPENING.sub("", name)  # (2026年政府工作报告: a genre and a year, no more)
            name = ent.key if is_generic(bare) and ent.key.endswith(normalize_name(bare)) else name  # (政府工作报告
            # of a report whose key its meeting line qualified: 2026年某市政府工作报告)
        elif forms:
            name = strip_issuer(max(forms, key=len))[0]
            inner = TITLE_WRAPPER.match(normalize_name(name)) if name.count("《") < 2 else None
            several = inner is not None and len(issued_bare(inner.group("inner").strip("《》〈〉"))) > 1
            name = inner.group("inner").strip("《》〈〉") if inner and not several else name  # a notice issuing
            # several keeps its title (…关于印发A和B的通知, with 《》 or without)
        else:
            name = ent.key
    elif ent.type == "ORG":
        entry = vocabulary().organization(ent.key)
        name = entry.name if entry is not None and not ent.attrs.get("foreign") else ent.key
        forms = forms + ([] if entry is None else list(entry.aliases))
    elif ent.type == "REGION":
        entry = vocabulary().region(ent.key)
        name = entry.name if entry is not None else ent.key
    else:
        name = forms[0] if forms else ent.key
    return name, tuple(sorted(set(forms) - {name}))


def central_issuer(title: str) -> bool:
    """The title opens with an issuer that is not a place's (国务院关于…): the title without it names the policy."""
    return any(not place_prefix().match(name) for name in strip_issuer(title)[1])


def assign_ids(kb: KnowledgeBase) -> None:
    """``<path>/<slug>``: a vocabulary id for known bodies and regions, else the
    slug of the key; a clash gets ``-2``, ``-3`` … in key order."""
    kinds = entity_kinds()
    vocab = vocabulary()
    taken: dict[str, str] = {}
    for (type_, key) in sorted(kb.entities):
        ent = kb.entities[(type_, key)]
        entry = vocab.organization(key) if type_ == "ORG" and not ent.attrs.get("foreign") else None
        region = vocab.region(key) if type_ == "REGION" else None
        base = entry.id if entry is not None else region.id if region is not None else slug(key)
        path = f"{kinds[type_].path}/{base}"
        n = 2
        while path in taken and taken[path] != key:
            path = f"{kinds[type_].path}/{base}-{n}"
            n += 1
        taken[path] = key
        ent.id = path


def date_policies(kb: KnowledgeBase) -> None:
    """A policy's date: the most precise of the dates stated for it (a year is
    consistent with a day of it); dates that disagree are listed."""
    stated: dict[str, list[tuple[str, Ref]]] = defaultdict(list)
    for (st, s, p, ot, o), refs in kb.statements.items():
        if p == "issued_on":
            stated[s].extend((o, r) for r in refs)
    for key, dates in sorted(stated.items()):
        ent = kb.get("POLICY", key)
        if ent is None:
            continue
        best = most_precise(d for d, _ in dates)
        ent.attrs["date"] = best
        if any(not best.startswith(d) for d, _ in dates):
            shown = ", ".join(f"{d} ({r.doc})" for d, r in sorted(set(dates)))
            kb.date_conflicts.append(f"{ent.id}: {shown}")
