"""Measures across documents: their indicators (one per wording: indicators
merge only when written the same way), one record per real fact (a target
restated in another sentence or document is one target with several
sources), and whether each target was met."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from decimal import Decimal

from ..mapping import slug
from ..names import normalize_name
from .model import Entity, KnowledgeBase, LinkedMeasure

INDICATOR_NOISE = re.compile(r"[的\s“”\"]")


def indicator_key(text: str) -> str:
    """The indicator's key: its wording without spaces, quotes and 的."""
    return INDICATOR_NOISE.sub("", normalize_name(text))


def fact_key(lm: LinkedMeasure, kb: KnowledgeBase) -> tuple:
    """What makes two measures the same fact. An instrument is also its
    sentence: two measures of one type in different sentences are two. An
    observation or a forecast with no date or place is also its document: 死亡人数 3
    of two news days are two events, 自驾出行占比约80% of two holidays two forecasts."""
    m = lm.measure
    q = m.quantity
    value = (q.value, q.upper, q.unit, q.comparator) if q is not None else ()
    said = kb.texts.exact(lm.ref) if m.kind == "instrument" else ""
    unplaced = lm.ref.doc if m.kind in ("observation", "forecast") and not m.time and not m.region else ""
    return (m.kind, lm.policy, lm.indicator, value, m.time, m.region, m.category, m.beneficiary, m.measure, said,
            unplaced)


def link_measures(kb: KnowledgeBase) -> None:
    seen: dict[tuple, LinkedMeasure] = {}
    for links in kb.docs:
        kept, here = [], {}
        for n, lm in enumerate(links.measures):
            m = lm.measure
            if m.indicator:
                lm.indicator = indicator_key(m.indicator)
                ent = kb.entities.get(("INDICATOR", lm.indicator))
                if ent is None:
                    ent = kb.entities[("INDICATOR", lm.indicator)] = Entity("INDICATOR", lm.indicator,
                                                                             id=f"indicator/{slug(lm.indicator)}")
                    ent.name = m.indicator
                ent.names[m.indicator] += 1
                ent.docs.setdefault(lm.ref.doc, None)
            lm.policy = m.policy if m.policy and ("POLICY", m.policy) in kb.entities else ""
            key = fact_key(lm, kb)
            first = here.get(key) or seen.get((key, m.subject))  # (two counties' 地区生产总值年均增长5.5%: two facts;
            if first is not None:  # a report's figure and its summary list's, one with its county and one without: one)
                first.sources += 1
                continue
            here[key] = seen[(key, m.subject)] = lm
            lm.id = f"{m.kind}/{slug(lm.ref.doc)}-{lm.ref.start}-{n}"
            kept.append(lm)
        links.measures = kept
        kb.measures.extend(kept)
    assess_targets(kb)


def assess_targets(kb: KnowledgeBase) -> None:
    """met / not met / unknown for each target, from the latest observation of
    the same indicator, region, subject and unit dated after the policy (or the target's sentence): not a nation's
    figure for a county's target, both without a region."""
    observed: dict[tuple, list[LinkedMeasure]] = defaultdict(list)
    for lm in kb.measures:
        m = lm.measure
        if m.kind == "observation" and m.time and m.quantity is not None:
            observed[(lm.indicator, m.region, m.subject, m.quantity.unit, m.measure)].append(lm)
    times = {}
    for key, group in observed.items():
        group.sort(key=lambda o: o.measure.time)
        times[key] = [o.measure.time for o in group]
    for t in kb.measures:
        m = t.measure
        if m.kind != "target" or m.quantity is None:
            continue
        t.status = "unknown"
        key = (t.indicator, m.region, m.subject, m.quantity.unit, m.measure)  # (a county's target: subject, no region)
        group = observed.get(key)
        policy = kb.get("POLICY", t.policy) if t.policy else None
        start = policy.attrs.get("date", "") if policy else ""
        if not group or not start:
            continue
        cut = bisect_right(times[key], start)
        if cut == len(group):
            continue
        best = group[-1]
        t.assessed_by = (best.id,)
        achieved = best.measure.quantity.value
        if compare(achieved, m.quantity.comparator, m.quantity.value):
            t.status = "met"
        elif m.time and best.measure.time[:len(m.time)] >= m.time:
            t.status = "not met"


def compare(achieved: Decimal, comparator: str, target: Decimal) -> bool:
    if comparator in ("<", "<="):
        return achieved <= target
    return achieved >= target
