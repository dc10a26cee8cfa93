"""Query benchmark: a synthetic graph of about a million triples in the policykg
ontology, every named query and lookup timed on pyoxigraph and on rdflib.

    PYTHONPATH=src python benchmarks/query.py                 # ~1M triples
    PYTHONPATH=src python benchmarks/query.py --scale 0.1     # ~100k, quick
    PYTHONPATH=src python benchmarks/query.py --no-rdflib

Prints p50/p95 in milliseconds. The store is loaded once (as a user's process
would); lookups include Python-side label matching (the label index is built
on the first call and cached, as in `policykg serve`). rdflib runs each query
in a forked child with a time limit (--rdflib-limit, default 60 s), since a
single rdflib query can take minutes at this size.

The endpoint table (skip with --no-endpoint) times what `policykg serve` does
per request: the query and its SPARQL JSON answer in this process ("in
process", as the server did before queries ran in worker processes) and the
same through a serve worker process ("via worker": the request sent to the
worker, run, serialised and sent back), run alternately — the difference is
the cost of running queries where they can be killed.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import json  # noqa: E402

from policykg.query import lookups, serve, sparql as query  # noqa: E402
from policykg.query.workers import Pool  # noqa: E402

P = query.PREFIXES
BASE_INDICATORS = ["二级节点", "标识解析二级节点", "标识注册量", "工业APP", "连接工业设备", "产业增加值规模", "工业互联网平台",
                   "5G基站", "数据中心机架", "上云企业", "双跨平台", "内网改造项目"]
WORDS = "数字 工业 网络 平台 安全 标识 应用 企业 设备 数据 融合 创新 制造 智能 服务 园区 示范 基地 项目 产业".split()
KINDS = ["通知", "意见", "规划", "行动计划", "方案", "办法", "指南"]
CATS = ["government", "enterprise", "institute", "association"]


def lit(s: str, lang: str | None = "zh", dt: str | None = None) -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"@{lang}' if lang and not dt else (f'"{s}"^^<{P["xsd"]}{dt}>' if dt else f'"{s}"')


def generate(path: Path, scale: float = 1.0, seed: int = 7) -> int:
    rnd = random.Random(seed)
    n_org, n_ind, n_doc, n_pol = int(2000 * scale), int(3000 * scale), int(500 * scale), int(10000 * scale)
    n_tgt, n_obs = int(17000 * scale), int(38000 * scale)
    pkg, idn, eli, skos, rdf, prov, oa, dct, org_ = P["pkg"], P["id"], P["eli"], P["skos"], P["rdf"], P["prov"], P["oa"], P["dcterms"], P["org"]
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        def t(s, p, o):
            nonlocal count
            f.write(f"<{s}> <{p}> {o} .\n")
            count += 1

        def evidence(doc, start, text):
            ev, sel = f"{idn}evidence/{doc}/{start}-{start + 40}", f"{idn}evidence/{doc}/{start}-{start + 40}/selector"
            t(ev, rdf + "type", f"<{pkg}Evidence>")
            t(ev, oa + "hasSource", f"<{idn}doc/{doc}>")
            t(ev, oa + "hasSelector", f"<{sel}>")
            t(sel, rdf + "type", f"<{oa}TextPositionSelector>")
            t(sel, oa + "start", lit(str(start), dt="nonNegativeInteger"))
            t(sel, oa + "end", lit(str(start + 40), dt="nonNegativeInteger"))
            t(sel, oa + "exact", lit(text, lang=None))
            return ev

        docs = [f"d{i:05d}" for i in range(n_doc)]
        for d in docs:
            t(f"{idn}doc/{d}", rdf + "type", f"<{pkg}SourceDocument>")
            t(f"{idn}doc/{d}", dct + "identifier", lit(d, lang=None))
            t(f"{idn}doc/{d}", dct + "title", lit(f"文档{d}"))
        orgs = ["工业和信息化部"] + [f"{rnd.choice(WORDS)}{rnd.choice(WORDS)}委员会{i}" for i in range(n_org - 1)]
        for i, name in enumerate(orgs):
            o = f"{idn}org/o{i}"
            t(o, rdf + "type", f"<{org_}Organization>")
            t(o, skos + "prefLabel", lit(name))
            t(o, skos + "altLabel", lit("工信部" if i == 0 else f"简称{i}"))
            t(o, pkg + "category", lit(CATS[i % 4], lang=None))
            if i > 10:
                t(o, org_ + "subOrganizationOf", f"<{idn}org/o{rnd.randrange(10)}>")
        inds = BASE_INDICATORS + [f"{rnd.choice(WORDS)}{rnd.choice(WORDS)}{rnd.choice(WORDS)}指标{i}" for i in range(n_ind - len(BASE_INDICATORS))]
        for i, name in enumerate(inds):
            x = f"{idn}indicator/i{i}"
            t(x, rdf + "type", f"<{pkg}Indicator>")
            t(x, skos + "prefLabel", lit(name))
            t(x, skos + "altLabel", lit(name + "数量"))
        titles = []
        for i in range(n_pol):
            p = f"{idn}policy/p{i}"
            kind = KINDS[i % len(KINDS)]
            title = f"关于推动{rnd.choice(WORDS)}{rnd.choice(WORDS)}{rnd.choice(WORDS)}发展的{kind}{i}"
            titles.append(title)
            doc = rnd.choice(docs)
            t(p, rdf + "type", f"<{pkg}Policy>")
            t(p, eli + "title", lit(title))
            t(p, skos + "prefLabel", lit(title))
            t(p, skos + "altLabel", lit(f"{kind}{i}"))
            t(p, pkg + "policyKind", lit(kind, lang=None))
            t(p, eli + "date_document", lit(f"{rnd.randrange(2015, 2024)}-{rnd.randrange(1, 13):02d}", lang=None, dt="gYearMonth"))
            t(f"{idn}doc/{doc}", pkg + "mentions", f"<{p}>")
            for j in range(1 + (i % 2)):
                o = f"{idn}org/o{0 if j == 0 and i % 3 == 0 else rnd.randrange(n_org)}"
                t(p, eli + "passed_by", f"<{o}>")
                st = f"{idn}fact/f{i}-{j}"
                t(st, rdf + "type", f"<{rdf}Statement>")
                t(st, rdf + "subject", f"<{p}>")
                t(st, rdf + "predicate", f"<{eli}passed_by>")
                t(st, rdf + "object", f"<{o}>")
                t(st, prov + "wasDerivedFrom", f"<{evidence(doc, 100 * i + j, title + '由' + str(j) + '印发')}>")
            if i % 10 == 0 and i:
                t(p, eli + "cites", f"<{idn}policy/p{rnd.randrange(i)}>")
        obs_ids = []
        for i in range(n_obs):
            x = f"{idn}observation/b{i}"
            ind = rnd.randrange(len(inds)) if i % 50 else rnd.randrange(len(BASE_INDICATORS))
            doc = rnd.choice(docs)
            t(x, rdf + "type", f"<{pkg}Observation>")
            t(x, pkg + "indicator", f"<{idn}indicator/i{ind}>")
            t(x, pkg + "value", lit(str(rnd.randrange(1, 10000)), lang=None, dt="decimal"))
            t(x, pkg + "unit", lit("个", lang=None))
            t(x, pkg + "comparator", lit("=", lang=None))
            t(x, pkg + "refPeriod", lit(str(rnd.randrange(2015, 2024)), lang=None, dt="gYear"))
            t(x, prov + "wasDerivedFrom", f"<{evidence(doc, 10_000_000 + i, inds[ind] + '达到' + str(i) + '个')}>")
            obs_ids.append(x)
        for i in range(n_tgt):
            x = f"{idn}target/t{i}"
            ind = rnd.randrange(len(inds)) if i % 50 else rnd.randrange(len(BASE_INDICATORS))
            p = f"{idn}policy/p{rnd.randrange(n_pol)}"
            doc = rnd.choice(docs)
            t(x, rdf + "type", f"<{pkg}Target>")
            t(x, pkg + "indicator", f"<{idn}indicator/i{ind}>")
            t(x, pkg + "targetValue", lit(str(rnd.randrange(1, 10000)), lang=None, dt="decimal"))
            t(x, pkg + "unit", lit("个", lang=None))
            t(x, pkg + "comparator", lit(">=", lang=None))
            t(x, pkg + "deadline", lit(str(rnd.randrange(2018, 2026)), lang=None, dt="gYear"))
            t(x, pkg + "status", lit(rnd.choice(["met", "not met", "unknown"]), lang=None))
            t(x, pkg + "assessedBy", f"<{rnd.choice(obs_ids)}>")
            t(p, pkg + "setsTarget", f"<{x}>")
            t(x, prov + "wasDerivedFrom", f"<{evidence(doc, 20_000_000 + i, '到2025年' + inds[ind] + '达到' + str(i) + '个以上')}>")
    return count


def workload(titles_hint: str) -> list[tuple[str, callable]]:
    params = {
        "policies-by-issuer": {"issuer": "工信部"}, "targets-of-policy": {"policy": titles_hint},
        "indicator-over-time": {"indicator": "二级节点"}, "organisations-by-category": {"category": "association"},
        "policies-citing": {"policy": titles_hint}, "facts-with-evidence": {"subject": titles_hint},
    }
    out = []
    for name in query.named_queries():
        out.append((f"query {name}", lambda s, n=name: s.run(n, params=params.get(n))))
    out.append(("lookup targets 二级节点", lambda s: lookups.targets(s, "二级节点")))
    out.append(("lookup policy " + titles_hint, lambda s: lookups.policy(s, titles_hint)))
    out.append(("lookup metric 标识注册量", lambda s: lookups.metric(s, "标识注册量")))
    return out


def endpoint_jobs(titles_hint: str) -> list[tuple[str, dict]]:
    """The serve requests of the workload: every named query (with its parameter) and lookup."""
    params = {
        "policies-by-issuer": {"issuer": "工信部"}, "targets-of-policy": {"policy": titles_hint},
        "indicator-over-time": {"indicator": "二级节点"}, "organisations-by-category": {"category": "association"},
        "policies-citing": {"policy": titles_hint}, "facts-with-evidence": {"subject": titles_hint},
    }
    jobs = [(f"query {n}", {"op": "sparql", "query": n, "params": params.get(n, {}), "accept": ""})
            for n in query.named_queries()]
    jobs += [("lookup targets 二级节点", {"op": "lookup", "name": "targets", "q": "二级节点"}),
             ("lookup policy " + titles_hint, {"op": "lookup", "name": "policy", "q": titles_hint}),
             ("lookup metric 标识注册量", {"op": "lookup", "name": "metric", "q": "标识注册量"})]
    return jobs


def measure_endpoint(store, titles_hint: str, repeat: int) -> None:
    """In process vs via a serve worker, per request (see the module doc)."""
    serve_one = serve.job_server(store, max_rows=10000, allow_service=False)
    pool = Pool(serve_one, timeout=120, warm=lambda: serve.warm_caches(store))
    rows = []
    try:
        for name, job in endpoint_jobs(titles_hint):
            request = json.dumps(job).encode()
            assert serve.Reply.decode(serve_one(request)).status == 200, name
            local, remote = measure_pair(lambda r=request: serve_one(r), lambda r=request: pool.call(r), repeat)
            rows.append((name, local, remote))
            print(f"  endpoint  {name:45}  in process p50 {pct(local, 50):7.1f}  via worker p50 {pct(remote, 50):7.1f}", flush=True)
    finally:
        pool.close()
    print()
    print(f"{'ms per request (query + JSON answer)':47}{'in process p50 / p95':24}{'via worker p50 / p95':24}{'overhead p50':>12}")
    for name, local, remote in rows:
        print(f"{name:47}{pct(local, 50):9.1f} / {pct(local, 95):9.1f}    {pct(remote, 50):9.1f} / {pct(remote, 95):9.1f}"
              f"    {pct(remote, 50) - pct(local, 50):+9.1f}")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def measure(store, fn, repeat: int) -> list[float]:
    fn(store)  # warm-up (label index, caches)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(store)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def _child(conn, store, fn, repeat):
    try:
        conn.send(measure(store, fn, repeat))
    except Exception as exc:  # noqa: BLE001
        conn.send(repr(exc))


def measure_pair(a, b, repeat: int) -> tuple[list[float], list[float]]:
    """Times of ``a`` and ``b`` run alternately (after one warm-up each), so that the load of the
    machine weighs on both alike."""
    a()
    b()
    ta, tb = [], []
    for _ in range(repeat):
        for fn, times in ((a, ta), (b, tb)):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1000)
    return ta, tb


def measure_limited(store, fn, repeat: int, limit: float):
    ctx = mp.get_context("fork")
    a, b = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(b, store, fn, repeat))
    proc.start()
    if a.poll(limit):
        res = a.recv()
        proc.join()
        return res
    proc.kill()
    proc.join()
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="1.0 ≈ one million triples")
    ap.add_argument("--repeat", type=int, default=30, help="runs per query on pyoxigraph")
    ap.add_argument("--rdflib-repeat", type=int, default=3)
    ap.add_argument("--rdflib-limit", type=float, default=60.0, help="seconds per rdflib query (all its runs)")
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--no-endpoint", action="store_true", help="skip the in-process vs serve-worker table")
    ap.add_argument("--keep", help="write the generated graph here (.nt) and keep it")
    args = ap.parse_args()
    path = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "bench.nt"
    t0 = time.perf_counter()
    n = generate(path, args.scale)
    print(f"generated {n:,} triples in {time.perf_counter() - t0:.1f} s -> {path}")
    title_hint = "发展的通知7"
    engines = ["oxigraph"] + ([] if args.no_rdflib else ["rdflib"])
    results: dict[str, dict[str, str]] = {}
    for engine in engines:
        t0 = time.perf_counter()
        store = query.load(path, engine=engine)
        print(f"{engine}: loaded {store.triples:,} triples in {time.perf_counter() - t0:.1f} s")
        for name, fn in workload(title_hint):
            if engine == "oxigraph":
                times = measure(store, fn, args.repeat)
            else:
                times = measure_limited(store, fn, args.rdflib_repeat, args.rdflib_limit)
            if times is None:
                cell = f"> {args.rdflib_limit:.0f} s (stopped)"
            elif isinstance(times, str):
                cell = f"error {times[:60]}"
            else:
                cell = f"p50 {pct(times, 50):9.1f}  p95 {pct(times, 95):9.1f}"
            results.setdefault(name, {})[engine] = cell
            print(f"  {engine:8}  {name:45}  {cell}", flush=True)
        if engine == "oxigraph" and not args.no_endpoint:
            measure_endpoint(store, title_hint, args.repeat)
        del store
        query._CACHE.clear()
    print()
    print(f"{'ms, ' + format(n, ',') + ' triples':47}" + "".join(f"{e:32}" for e in engines))
    for name, cells in results.items():
        print(f"{name:47}" + "".join(f"{cells.get(e, ''):32}" for e in engines))
    if not args.keep:
        os.unlink(path)


if __name__ == "__main__":
    main()
