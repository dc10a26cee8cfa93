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

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import QueryError
from .frames import records, text as cell_text, typed
from .matching import normalise, score
from .sparql import PREFIXES, Store, compact, format_table, iri_values, load

NOT_FOUND = "not found"


class NotFoundError(QueryError):
    """Nothing in the graph matches the user's text."""


# ---------------------------------------------------------------- matching


def label_index(store: Store, kind: str) -> list[tuple[str, str, str]]:
    """(iri, label, preferred label) for every indicator or policy/report; cached per store."""
    key = f"labels:{kind}"
    if key not in store.cache:
        classes = "pkg:Indicator" if kind == "indicator" else "pkg:Policy pkg:Report"
        rows = store.select(f"""SELECT ?e ?lp ?l WHERE {{ VALUES ?c {{ {classes} }} VALUES ?lp {{ eli:title skos:prefLabel skos:altLabel }}
                               ?e a ?c ; ?lp ?l }}""")
        order = {PREFIXES["eli"] + "title": 0, PREFIXES["skos"] + "prefLabel": 1, PREFIXES["skos"] + "altLabel": 2}
        pref: dict[str, tuple[int, str]] = {}
        for r in rows:
            rank = order[r["lp"]]
            if rank < 2 and (r["e"] not in pref or rank < pref[r["e"]][0]):
                pref[r["e"]] = (rank, str(r["l"]))
        store.cache[key] = [(r["e"], str(r["l"]), pref.get(r["e"], (9, r["e"]))[1]) for r in rows]
    return store.cache[key]


def match(store: Store, kind: str, text: str) -> list[tuple[str, str, float]]:
    """Entities matching ``text``, best first: (iri, preferred label, score)."""
    key = f"norm:{kind}"
    if key not in store.cache:
        store.cache[key] = [(iri, normalise(label), pref) for iri, label, pref in label_index(store, kind)]
    index = store.cache[key]
    t = normalise(text)
    best: dict[str, tuple[str, float]] = {}
    if t:
        half = max(2, len(t) / 2)
        for iri, l, pref in index:  # rules 1-3: plain substring tests, fast over 100k labels
            if t in l:
                s = 1.0 if t == l else 0.8 + 0.1 * len(t) / len(l)
            elif l and len(l) >= half and l in t:
                s = 0.6 + 0.1 * len(l) / len(t)
            else:
                continue
            if s > best.get(iri, ("", 0.0))[1]:
                best[iri] = (pref, s)
        if not best:  # rule 4: shared characters
            for iri, l, pref in index:
                s = score(t, l)
                if s > best.get(iri, ("", 0.0))[1]:
                    best[iri] = (pref, s)
    ranked = sorted(((i, p, s) for i, (p, s) in best.items()), key=lambda x: (-x[2], len(x[1]), x[1]))
    strong = [r for r in ranked if r[2] >= 0.6]
    return strong if strong else ranked[:5]


# ---------------------------------------------------------------- formatting helpers


COMPARATOR = {"=": "", ">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "约"}


def quantity(value: Any, unit: Any, comparator: Any = "=") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    v = f"{value:,}" if isinstance(value, int) else (f"{value:,.6g}" if isinstance(value, float) else str(value))
    return f"{COMPARATOR.get(comparator or '=', comparator or '')}{v}{(' ' + unit) if unit else ''}"


def first(rows: list[dict], key: str) -> Any:
    for r in rows:
        if r.get(key) not in (None, ""):
            return r[key]
    return None


def distinct(rows: list[dict], key: str) -> list:
    out = []
    for r in rows:
        v = r.get(key)
        if v not in (None, "") and v not in out:
            out.append(v)
    return out


def evidence_of(rows: list[dict]) -> tuple[Any, Any, Any, Any]:
    """(doc, start, end, sentence) of the earliest evidence among rows."""
    evs = sorted({(r["doc"], r["start"] if r.get("start") is not None else -1, r.get("end"), r.get("exact"))
                  for r in rows if r.get("doc")}, key=lambda e: (str(e[0]), e[1]))
    return evs[0] if evs else (None, None, None, None)


def group(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def text_rows(df: pd.DataFrame) -> list[dict[str, str]]:
    """Rows with every cell as text ('' for missing, dates in ISO form), for printing."""
    return [{k: cell_text(v) for k, v in r.items()} for r in df.to_dict("records")]


def section(title: str, df: pd.DataFrame, columns: list[str] | None = None, empty: str = "(none)") -> str:
    if df.empty:
        return f"{title}\n  {empty}"
    cols = columns or list(df.columns)
    body = format_table(cols, [[r[c] for c in cols] for r in text_rows(df[cols])], max_width=48)
    return f"{title}\n" + "\n".join("  " + line for line in body.splitlines())


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# Query shapes. pyoxigraph runs an OPTIONAL as a per-row (for-loop) lookup
# only when its body is a single triple pattern or property path, or a chain
# of such with nested OPTIONALs; an OPTIONAL whose body is a group of several
# patterns is evaluated on its own (every match in the graph, then hash-joined)
# — seconds at a million triples. So every optional attribute below is one
# pattern, nested under the pattern that binds its subject.

def label_of(var: str) -> str:
    """Optional display label of ?var (skos:prefLabel, else dcterms:title), as ?var_l / ?var_t."""
    return f"OPTIONAL {{ ?{var} skos:prefLabel ?{var}_l }} OPTIONAL {{ ?{var} dcterms:title ?{var}_t }}"


def label_value(r: dict, var: str) -> Any:
    v = r.get(var)
    if v is None:
        return None
    return str(r.get(var + "_l") or r.get(var + "_t") or v)


EVIDENCE = """?x prov:wasDerivedFrom ?ev OPTIONAL { ?ev oa:hasSource ?d OPTIONAL { ?d dcterms:identifier ?doc } }
               OPTIONAL { ?ev oa:hasSelector ?sel OPTIONAL { ?sel oa:start ?start } OPTIONAL { ?sel oa:end ?end }
                          OPTIONAL { ?sel oa:exact ?exact } }"""


def props(store: Store, iris, preds: str) -> dict[str, dict[str, list]]:
    """{iri: {predicate local name: [values]}} for the given predicates (bound lookups: fast at any size)."""
    iris = list(dict.fromkeys(iris))
    out: dict[str, dict[str, list]] = {i: {} for i in iris}
    wanted = {PREFIXES[q.split(":")[0]] + q.split(":")[1] for q in preds.split()}
    for chunk in range(0, len(iris), 2000):
        # one VALUES only: with a second VALUES on ?p pyoxigraph scans each predicate (seconds at 1M triples)
        q = f"SELECT ?x ?p ?o WHERE {{ {iri_values('x', iris[chunk:chunk + 2000])} ?x ?p ?o FILTER(?p IN ({', '.join(preds.split())})) }}"
        for r in store.select(q):
            if r["p"] in wanted:
                out[r["x"]].setdefault(local(r["p"]), []).append(r["o"])
    return out


def evidence_rows(store: Store, iris) -> list[dict]:
    """(x, doc, start, end, exact) of every complete evidence of the given resources."""
    iris = list(dict.fromkeys(iris))
    out = []
    for chunk in range(0, len(iris), 2000):
        rows = store.select(f"SELECT ?x ?doc ?start ?end ?exact WHERE {{ {iri_values('x', iris[chunk:chunk + 2000])} {EVIDENCE} }}")
        out += [r for r in rows if r["doc"] is not None and r["start"] is not None and r["end"] is not None and r["exact"] is not None]
    return out


def labels(store: Store, iris) -> dict[str, str]:
    p = props(store, iris, "skos:prefLabel dcterms:title")
    return {i: str((v.get("prefLabel") or v.get("title") or [i])[0]) for i, v in p.items()}


def complete_evidence(r: dict) -> bool:
    return r.get("ev") is not None and None not in (r.get("doc"), r.get("start"), r.get("end"), r.get("exact"))


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


# ---------------------------------------------------------------- policy card


@dataclass
class PolicyCard:
    iri: str
    title: str
    aliases: list[str]
    kind: str
    issuers: list[str]
    dates: list[str]
    targets: pd.DataFrame
    relations: pd.DataFrame  # direction, relation, other, other_iri, doc, evidence
    documents: pd.DataFrame  # doc, title, date, evidence, start, end
    candidates: list[tuple[str, str, float]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"iri": self.iri, "title": self.title, "aliases": self.aliases, "kind": self.kind, "issuers": self.issuers,
                "dates": self.dates, "targets": records(self.targets), "relations": records(self.relations),
                "documents": records(self.documents),
                "other_matches": [{"iri": i, "title": t, "score": round(s, 3)} for i, t, s in self.candidates]}


def policy(graph: str | Path | Store, text: str) -> PolicyCard:
    """A policy card for the best policy (or report) whose title or alias matches ``text``."""
    store = load(graph)
    cands = match(store, "policy", text)
    if not cands:
        raise NotFoundError(f"no policy title or alias matches {text!r} ({NOT_FOUND}); try part of the title, e.g. 加快发展的通知")
    iri, title, _ = cands[0]
    p = iri_values("p", [iri])
    basics = store.select(f"""SELECT ?title ?alias ?kind ?date ?issuer WHERE {{ {p}
        OPTIONAL {{ ?p eli:title ?title }} OPTIONAL {{ ?p skos:altLabel ?alias }} OPTIONAL {{ ?p pkg:policyKind ?kind }}
        OPTIONAL {{ ?p eli:date_document ?date }} OPTIONAL {{ ?p eli:passed_by/skos:prefLabel ?issuer }} }}""")
    dates = sorted({str(d) for d in distinct(basics, "date")}, key=len, reverse=True)
    tx = [r["x"] for r in store.select(f"SELECT ?x WHERE {{ {p} ?p pkg:setsTarget ?x }}")]
    tprops = props(store, tx, "pkg:indicator pkg:targetValue pkg:unit pkg:comparator pkg:deadline pkg:status")
    ind_names = labels(store, [v for d in tprops.values() for v in d.get("indicator", [])])
    t_ev = group(evidence_rows(store, tx), "x")
    tg = []
    for x in tx:
        d = tprops[x]
        one = lambda k: (d.get(k) or [None])[0]  # noqa: E731
        doc, start, end, exact = evidence_of(t_ev.get(x, []))
        tg.append(dict(indicator=ind_names.get(one("indicator"), ""), target=quantity(one("targetValue"), one("unit"), one("comparator")),
                       deadline=one("deadline") or "", status=one("status") or "unknown",
                       evidence=exact or "", doc=doc or "", start=start, iri=x))
    tg.sort(key=lambda r: (str(r["doc"]), r["start"] or 0))
    rel_rows = store.select(f"""SELECT ?dir ?rel ?other WHERE {{ {p}
        VALUES (?r ?rel) {{ (eli:cites "cites") (pkg:implements "implements") (pkg:interprets "interprets") }}
        {{ ?p ?r ?other BIND("out" AS ?dir) }} UNION {{ ?other ?r ?p BIND("in" AS ?dir) }} }}""")
    stmts = store.select(f"""SELECT ?st ?s ?pred ?o WHERE {{ {p}
        {{ ?st rdf:subject ?p ; rdf:predicate ?pred ; rdf:object ?o BIND(?p AS ?s) }}
        UNION {{ ?st rdf:object ?p ; rdf:predicate ?pred ; rdf:subject ?s BIND(?p AS ?o) }} }}""")
    st_ev = group(evidence_rows(store, [r["st"] for r in stmts]), "x")
    fact_ev = {}
    for r in stmts:
        fact_ev.setdefault((r["s"], local(r["pred"]), r["o"]), []).extend(st_ev.get(r["st"], []))
    other_names = labels(store, [r["other"] for r in rel_rows])
    words = {("out", "cites"): "cites", ("out", "implements"): "implements", ("out", "interprets"): "interprets",
             ("in", "cites"): "cited by", ("in", "implements"): "implemented by", ("in", "interprets"): "interpreted by"}
    rels = []
    for r in rel_rows:
        key = (iri, r["rel"], r["other"]) if r["dir"] == "out" else (r["other"], r["rel"], iri)
        doc, start, end, exact = evidence_of(fact_ev.get(key, []))
        rels.append(dict(relation=words[(r["dir"], r["rel"])], other=other_names.get(r["other"], r["other"]),
                         evidence=exact or "", doc=doc or "", other_iri=r["other"]))
    mentioned = store.select(f"SELECT ?d ?doc WHERE {{ {p} ?d pkg:mentions ?p ; dcterms:identifier ?doc }}")
    dprops = props(store, [r["d"] for r in mentioned], "dcterms:title dcterms:date")
    all_ev = evidence_rows(store, [iri]) + [e for v in st_ev.values() for e in v] + [e for v in t_ev.values() for e in v]
    by_doc = group(all_ev, "doc")
    docs = []
    for r in mentioned:
        d = dprops[r["d"]]
        _, start, end, exact = evidence_of(by_doc.get(r["doc"], []))
        docs.append(dict(doc=r["doc"], title=(d.get("title") or [""])[0], date=(d.get("date") or [""])[0],
                         evidence=exact or "", start=start, end=end))
    docs.sort(key=lambda r: r["doc"])
    return PolicyCard(
        iri=iri, title=first(basics, "title") or title,
        aliases=sorted({str(a) for a in distinct(basics, "alias")} - {first(basics, "title") or title}),
        kind=first(basics, "kind") or "", issuers=[str(i) for i in distinct(basics, "issuer")], dates=dates,
        targets=typed_frame(pd.DataFrame(tg, columns=["indicator", "target", "deadline", "status", "evidence", "doc", "start", "iri"], dtype=object)),
        relations=typed_frame(pd.DataFrame(rels, columns=["relation", "other", "evidence", "doc", "other_iri"], dtype=object)),
        documents=typed_frame(pd.DataFrame(docs, columns=["doc", "title", "date", "evidence", "start", "end"], dtype=object)),
        candidates=cands[1:],
    )


def format_policy(c: PolicyCard) -> str:
    lines = [
        f"《{c.title}》",
        f"  id:       {compact(c.iri)}",
        f"  kind:     {c.kind or '-'}",
        f"  aliases:  {'、'.join(c.aliases) or '-'}",
        f"  issuers:  {'、'.join(c.issuers) or '-'}",
        f"  date:     {c.dates[0] if c.dates else '-'}" + (f"  (also given as {', '.join(c.dates[1:])})" if len(c.dates) > 1 else ""),
        "",
        section(f"Targets ({len(c.targets)})", c.targets, ["indicator", "target", "deadline", "status", "evidence", "doc"]),
        "",
        section(f"Cites / interprets / cited by ({len(c.relations)})", c.relations, ["relation", "other", "evidence", "doc"]),
        "",
        section(f"Documents mentioning it ({len(c.documents)})", c.documents, ["doc", "date", "title", "evidence"]),
    ]
    if c.candidates:
        more = "、".join(t for _, t, _ in c.candidates[:8]) + (" …" if len(c.candidates) > 8 else "")
        lines += ["", f"other matches ({len(c.candidates)}): {more}"]
    return "\n".join(lines)


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
