"""Lookups people ask for, from the command line, the serve page or a notebook:

- :func:`targets` — which policies set a target on an indicator, and the
  observations of it over time (was it met?);
- :func:`policy` — a policy card: title, aliases, issuers, dates, targets, the
  policies it cites or that cite it, the documents that mention it;
- :func:`metric` — an indicator's time series across documents (observations,
  forecasts, targets at their deadline), and its chart (:func:`chart`).

Each returns DataFrames typed for analysis (:func:`typed_frame`, see
:mod:`policykg.query.frames`): values as floats, offsets as integers, dates as
``Timestamp`` when the text gives the day and ``Period`` otherwise (with a
``*_start`` column of first days for sorting and plotting), missing as NaN.

    >>> from policykg.query import lookups
    >>> t = lookups.targets("graph_out", "二级节点")      # doctest: +SKIP
    >>> t.targets[["policy", "issuer", "value", "unit", "deadline", "status"]]

Names are matched by the rule of :mod:`policykg.query.matching` (exact, then
the label contains the text, then the text contains a label at least half as
long, then shared characters). ``targets`` and ``metric`` take every indicator
matched by the first three rules (or the best five by shared characters);
``policy`` shows the best-scoring policy and lists the other candidates.

User text never reaches SPARQL: it is matched in Python against the label
index (one SPARQL query per store, cached); the matched IRIs are then bound
with VALUES blocks of validated IRIs.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import NotFoundError
from .common import EVIDENCE, complete_evidence, label_of, label_value, quantity, section, text_rows
from .frames import records, typed
from .index import NOT_FOUND, match
from .matching import score  # noqa: F401 - lookups.score is public
from .sparql import Store, compact, iri_values, load


def measures(store: Store, ind_iris: list[str], kind: str) -> dict[str, dict]:
    """The targets (kind="target") or the observations and forecasts of the given indicators,
    in one query: {iri: {ind, kind, value, unit, cmp, …, evidence: [...], policies: {...}, obs: [...]}}.

    The base attributes are single triple patterns; the multi-valued parts (policies with
    their issuers, evidence, assessing observations) are branches of one UNION, so they
    come back as separate rows instead of a cross product."""
    if not ind_iris:
        return {}
    if kind == "target":
        head = "?x pkg:indicator ?ind ; a pkg:Target ."
        attrs = ("OPTIONAL { ?x pkg:targetValue ?value } OPTIONAL { ?x pkg:deadline ?deadline } OPTIONAL { ?x pkg:status ?status } "
                 f"OPTIONAL {{ ?x pkg:setBy ?setBy {label_of('setBy')} }} OPTIONAL {{ ?x pkg:region ?region {label_of('region')} }}")
        branches = [
            f"""{{ ?policy pkg:setsTarget ?x OPTIONAL {{ ?policy eli:title ?title }} OPTIONAL {{ ?policy eli:date_document ?date }}
                  OPTIONAL {{ ?policy eli:passed_by ?issuer {label_of('issuer')} }} }}""",
            "{ ?x pkg:assessedBy ?obs }",
        ]
    else:
        head = "?x pkg:indicator ?ind ; a ?c . FILTER(?c IN (pkg:Observation, pkg:Forecast))"
        attrs = ("OPTIONAL { ?x pkg:value ?value } OPTIONAL { ?x pkg:refPeriod ?period } "
                 f"OPTIONAL {{ ?x pkg:region ?region {label_of('region')} }} OPTIONAL {{ ?x pkg:subject ?subject {label_of('subject')} }}")
        branches = []
    branches.append(f"{{ {EVIDENCE} }}")
    out: dict[str, dict] = {}
    for chunk in range(0, len(ind_iris), 500):
        q = f"""SELECT * WHERE {{ {iri_values('ind', ind_iris[chunk:chunk + 500])} {head}
            OPTIONAL {{ ?x pkg:unit ?unit }} OPTIONAL {{ ?x pkg:comparator ?cmp }} {attrs}
            OPTIONAL {{ {' UNION '.join(branches)} }} }}"""
        for r in store.select(q):
            m = out.get(r["x"])
            if m is None:
                c = r.get("c")
                m = out[r["x"]] = dict(
                    x=r["x"], ind=r["ind"], value=r.get("value"), unit=r.get("unit"), cmp=r.get("cmp"),
                    deadline=r.get("deadline"), status=r.get("status"), period=r.get("period"),
                    region=label_value(r, "region"), subject=label_value(r, "subject"), setBy=label_value(r, "setBy"),
                    kind="target" if kind == "target" else ("forecast" if c and c.endswith("Forecast") else "observation"),
                    evidence=[], policies={}, obs=[])
            if complete_evidence(r):
                m["evidence"].append(dict(doc=r["doc"], start=r["start"], end=r["end"], exact=r["exact"]))
            if r.get("obs") is not None and r["obs"] not in m["obs"]:
                m["obs"].append(r["obs"])
            if r.get("policy") is not None:
                p = m["policies"].setdefault(r["policy"], dict(title=None, date=None, issuers=[]))
                p["title"] = p["title"] or r.get("title")
                p["date"] = p["date"] or r.get("date")
                name = label_value(r, "issuer")
                if name is not None and name not in p["issuers"]:
                    p["issuers"].append(name)
    return out


# ---------------------------------------------------------------- targets


@dataclass
class TargetsResult:
    text: str
    indicators: list[tuple[str, str, float]]
    targets: pd.DataFrame
    observations: pd.DataFrame

    def to_dict(self) -> dict:
        return {"query": self.text, "indicators": [{"iri": i, "label": l, "score": round(s, 3)} for i, l, s in self.indicators],
                "targets": records(self.targets), "observations": records(self.observations)}


TARGET_COLUMNS = ["policy", "issuer", "date", "indicator", "target", "deadline", "status", "assessed_by", "evidence", "doc",
                  "value", "unit", "comparator", "region", "start", "end", "policy_iri", "target_iri", "indicator_iri"]
OBS_COLUMNS = ["period", "indicator", "observed", "kind", "region", "subject", "evidence", "doc",
               "value", "unit", "comparator", "start", "end", "iri", "indicator_iri"]


def earliest(evidence: list[dict]) -> tuple[Any, Any, Any, Any]:
    """(doc, start, end, sentence) of the earliest evidence (by document, then offset)."""
    evs = sorted({(e["doc"], e["start"] if e.get("start") is not None else -1, e.get("end"), e.get("exact")) for e in evidence if e.get("doc")},
                 key=lambda e: (str(e[0]), e[1]))
    return evs[0] if evs else (None, None, None, None)


def targets(graph: str | Path | Store, text: str) -> TargetsResult:
    """Which policies set a target on an indicator matching ``text``, and the observations over time.

    Returns a :class:`TargetsResult` whose ``targets`` (policy, issuer, date, indicator, target,
    deadline, status, assessed_by, evidence, doc, value, unit, comparator, region, start, end and
    IRIs) and ``observations`` (period, indicator, observed, kind, region, subject, evidence, doc,
    value, unit, comparator, start, end, IRIs) are typed DataFrames (see
    :func:`policykg.query.frames.typed`: ``value`` float, ``start``/``end`` integers, ``date``,
    ``deadline`` and ``period`` dates or periods with a ``*_start`` column, missing as NaN).

    Two queries whatever the number of matches (targets with policy, issuers, evidence and
    assessing observations; observations and forecasts with evidence), keyed by the matched
    indicator IRIs."""
    r = targets_text(graph, text)
    return TargetsResult(r.text, r.indicators, typed_frame(r.targets), typed_frame(r.observations))


NUMBER_COLUMNS = ("value", "value_max", "amount", "amount_max")
INTEGER_COLUMNS = ("start", "end", "chars")
DATE_COLUMNS = ("date", "deadline", "period")


def typed_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` typed for analysis (see :func:`policykg.query.frames.typed`) by the project's
    column names: values and amounts as floats, offsets as integers, dates as dates."""
    cols = set(df.columns)
    return typed(df, numbers=cols & set(NUMBER_COLUMNS), integers=cols & set(INTEGER_COLUMNS), dates=cols & set(DATE_COLUMNS))


def targets_text(graph: str | Path | Store, text: str) -> TargetsResult:
    """:func:`targets` with every cell as the graph gives it (ISO text dates, "" for missing)."""
    store = load(graph)
    inds = match(store, "indicator", text)
    if not inds:
        raise NotFoundError(f"no indicator matches {text!r} ({NOT_FOUND}); try a shorter name, e.g. one word of it")
    ind_iris = [i for i, _, _ in inds]
    ind_label = {i: l for i, l, _ in inds}
    observations = observation_frame(measures(store, ind_iris, "observation"), ind_label)
    obs_by_iri = {r["iri"]: r for r in observations.to_dict("records")}
    rank = {i: n for n, i in enumerate(ind_iris)}
    out = []
    for x, m in measures(store, ind_iris, "target").items():
        doc, start, end, exact = earliest(m["evidence"])
        assessed = []
        for o in m["obs"]:
            ob = obs_by_iri.get(o)
            assessed.append(f"{ob['observed']} ({ob['period'] or 'undated'}, {ob['doc']})" if ob else compact(o))
        pols = list(m["policies"].items())
        issuers = list(dict.fromkeys(n for _, p in pols for n in p["issuers"])) or ([m["setBy"]] if m["setBy"] else [])
        out.append(dict(
            policy=next((p["title"] for _, p in pols if p["title"]), None) or "", issuer="、".join(issuers),
            date=next((p["date"] for _, p in pols if p["date"]), None) or "",
            indicator=ind_label.get(m["ind"], m["ind"]), target=quantity(m["value"], m["unit"], m["cmp"]),
            deadline=m["deadline"] or "", status=m["status"] or "unknown",
            assessed_by="; ".join(assessed), evidence=exact or "", doc=doc or "",
            value=m["value"], unit=m["unit"] or "", comparator=m["cmp"] or "", region=m["region"] or "", start=start, end=end,
            policy_iri=pols[0][0] if pols else "", target_iri=x, indicator_iri=m["ind"], _rank=rank.get(m["ind"], 99),
        ))
    out.sort(key=lambda r: (r["policy"] == "", r["_rank"], str(r["date"]), r["policy"], str(r["doc"]), r["start"] or 0))
    df = pd.DataFrame(out, columns=TARGET_COLUMNS, dtype=object)
    return TargetsResult(text, inds, df, observations)


def observation_frame(ms: dict[str, dict], ind_label: dict[str, str]) -> pd.DataFrame:
    out = []
    for x, m in ms.items():
        doc, start, end, exact = earliest(m["evidence"])
        out.append(dict(
            period=m["period"] or "", indicator=ind_label.get(m["ind"], m["ind"]), observed=quantity(m["value"], m["unit"], m["cmp"]),
            kind=m["kind"], region=m["region"] or "", subject=m["subject"] or "",
            evidence=exact or "", doc=doc or "", value=m["value"], unit=m["unit"] or "", comparator=m["cmp"] or "",
            start=start, end=end, iri=x, indicator_iri=m["ind"],
        ))
    out.sort(key=lambda r: (r["period"] == "", str(r["period"]), r["indicator"], str(r["doc"]), r["start"] or 0))
    return pd.DataFrame(out, columns=OBS_COLUMNS, dtype=object)


def indicator_line(inds: list[tuple[str, str, float]]) -> str:
    kind = "" if inds and inds[0][2] >= 0.6 else " (no name contains it; matched by shared characters)"
    return "indicators matched" + kind + ": " + "、".join(l for _, l, _ in inds)


def format_targets(r: TargetsResult) -> str:
    met = r.targets["status"].value_counts().to_dict() if not r.targets.empty else {}
    summary = ", ".join(f"{k} {v}" for k, v in sorted(met.items()))
    parts = [f"targets on “{r.text}”", indicator_line(r.indicators), "",
             f"Targets ({len(r.targets)}{'; ' + summary if summary else ''})"]
    if r.targets.empty:
        parts.append("  no policy in the graph sets a target on these indicators")
    for n, t in enumerate(text_rows(r.targets), 1):
        who = "、".join(x for x in (t["issuer"], t["date"]) if x)
        head = f"《{t['policy']}》" if t["policy"] else "(no titled policy)"
        parts.append(f"{n:>3}. {head}" + (f"  {who}" if who else ""))
        parts.append(f"     target: {t['indicator']} {t['target']}   deadline: {t['deadline'] or '-'}   status: {t['status']}")
        if t["assessed_by"]:
            parts.append(f"     assessed by: {t['assessed_by']}")
        if t["evidence"]:
            parts.append(f"     evidence [{t['doc']} {t['start']}-{t['end']}]: {t['evidence']}")
    parts += ["", section(f"Observations over time ({len(r.observations)})", r.observations,
                          ["period", "indicator", "observed", "kind", "region", "evidence", "doc"], empty="no observations")]
    return "\n".join(parts)


# ---------------------------------------------------------------- metric


@dataclass
class MetricResult:
    text: str
    indicators: list[tuple[str, str, float]]
    series: pd.DataFrame  # observations, forecasts and targets by period (typed: see metric)

    def chart_model(self):
        """The chart of this series (see :mod:`policykg.query.chart`), as a plain model."""
        from .chart import chart_model

        return chart_model(self.series, self.text, [l for _, l, _ in self.indicators])

    def to_dict(self) -> dict:
        return {"query": self.text, "indicators": [{"iri": i, "label": l, "score": round(s, 3)} for i, l, s in self.indicators],
                "series": records(self.series), "chart": self.chart_model().to_dict()}


def metric(graph: str | Path | Store, text: str) -> MetricResult:
    """The time series of an indicator matching ``text`` across documents: observations,
    forecasts, and targets at their deadline.

    ``series`` is a typed DataFrame (period, indicator, value_text, kind, region, subject,
    evidence, doc, value, unit, comparator, start, end, iri, indicator_iri, period_start):
    ``value`` float (NaN when missing), ``period`` a Timestamp when the text gives the day,
    else a Period of its precision, ``period_start`` its first day; undated rows last.
    For targets ``period`` is the deadline and ``subject`` the policy that sets it."""
    t = targets_text(graph, text)
    obs = t.observations.copy()
    tg = pd.DataFrame({
        "period": t.targets["deadline"], "indicator": t.targets["indicator"], "observed": t.targets["target"],
        "kind": "target", "region": t.targets["region"], "subject": t.targets["policy"], "evidence": t.targets["evidence"],
        "doc": t.targets["doc"], "value": t.targets["value"], "unit": t.targets["unit"],
        "comparator": t.targets["comparator"], "start": t.targets["start"], "end": t.targets["end"],
        "iri": t.targets["target_iri"], "indicator_iri": t.targets["indicator_iri"],
    }, columns=OBS_COLUMNS)
    series = pd.concat([obs, tg], ignore_index=True) if not tg.empty else obs
    series = series.rename(columns={"observed": "value_text"})
    if not series.empty:
        series["_undated"] = series["period"].eq("")
        series = series.sort_values(["_undated", "period", "indicator", "kind", "doc"], kind="stable").drop(columns="_undated")
    return MetricResult(text, t.indicators, typed_frame(series.reset_index(drop=True)))


def format_metric(m: MetricResult) -> str:
    return "\n".join([
        f"time series of “{m.text}”",
        indicator_line(m.indicators),
        "",
        section(f"Values by period ({len(m.series)}; kind = observation, forecast or target at its deadline)", m.series,
                ["period", "indicator", "value_text", "kind", "region", "evidence", "doc"], empty="no values"),
    ])


def chart(m: MetricResult, path: str | Path) -> Path:
    """Draw the series (PNG, SVG or PDF, by suffix) with matplotlib (optional extra
    ``policykg[chart]``); see :mod:`policykg.query.chart` for what it shows."""
    from .chart import draw

    return draw(m.chart_model(), path)


# the policy card and the instruments lookup live in their own modules; they are lookups too
from .card import PolicyCard, format_policy, policy  # noqa: E402,F401
from .instruments import InstrumentsResult, format_instruments, instruments  # noqa: E402,F401
