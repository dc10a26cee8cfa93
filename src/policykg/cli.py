"""Command line: thin wrappers that parse arguments, call one library function and print."""
from __future__ import annotations

import gc
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .errors import PolicyKGError
from .records import Skipped

if TYPE_CHECKING:  # the pipeline imports spaCy: load it only for `build`
    from .pipeline import BuildSummary


# A build allocates millions of small objects and keeps most of them to the end: collecting the young generation
# every 10,000 allocations instead of 700 cuts the collector's time in a 100x build from 1.2 s to 0.2 s, with the
# same peak memory (the older generations keep their default ratios).
BUILD_GC_THRESHOLDS = (10_000, 20, 10)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
def cli() -> None:
    """policykg: a knowledge graph of Chinese policy documents."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "-o", default="graph_out", show_default=True,
              help="Output folder, replaced atomically: new, empty, or the output of a previous build.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1, None),
              help="Extract documents in this many processes.")
@click.option("--cache", "cache_dir", default=None, metavar="DIR",
              help="Extraction cache folder [default: .policykg-cache/ beside OUT].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")
@click.option("--doc-timeout", default=60.0, show_default=True, type=click.FloatRange(0, None), metavar="SECONDS",
              help="Skip a document that takes longer than this to load or to extract (0: no limit).")
@click.option("--no-dedup", is_flag=True,
              help="Keep every file as its own document (by default a repost of an earlier file, the same or "
                   "nearly the same text, is merged into it and listed in its sources).")
@click.option("--dask", "dask", default=None, metavar="ADDRESS",
              help="Load and extract on the workers of this Dask scheduler (tcp://HOST:8786); "
                   "needs pip install \"policykg[dask]\".")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar (there is none when stderr is not a terminal).")
def build(paths: tuple[str, ...], out: str, workers: int, cache_dir: str | None, no_cache: bool, doc_timeout: float,
          no_dedup: bool, dask: str | None, quiet: bool) -> None:
    """Build the knowledge graph of PATHS (files or folders) into OUT.

    Unchanged documents are taken from the extraction cache (a file not
    touched since the last build is not even read again), so a rebuild after
    editing a few files re-extracts only those. A file whose text repeats an
    earlier one's (a repost, perhaps with another header or footer) is one
    document with it, listed in its sources."""
    from .outdir import check_out

    check_out(out, paths)  # first: a refused --out is one line, before spaCy loads and the progress bar shows
    gc.set_threshold(*BUILD_GC_THRESHOLDS)
    from .pipeline import build as build_graph_out, count_inputs
    bar = None
    if not quiet and sys.stderr.isatty():  # (piped or logged: the summary only)
        bar = click.progressbar(length=count_inputs(paths), label="documents", file=sys.stderr, show_pos=True,
                                show_percent=True, show_eta=True)
    done = 0

    def progress(stage: str, item) -> None:
        nonlocal done
        if isinstance(item, Skipped):
            click.echo(f"skipped {item.path}: {item.reason}", err=True)
        if bar is None:
            return
        if stage in ("document", "skipped", "repost"):
            done += 1
            if done > (bar.length or 0):
                bar.length = done  # more than counted (a file given twice, a race)
            bar.update(1)
        else:
            bar.label = stage

    try:
        summary = build_graph_out(paths, out, progress, workers=workers, cache=not no_cache, cache_dir=cache_dir,
                                  doc_timeout=doc_timeout or None, dedup=not no_dedup, dask=dask)
    finally:
        if bar is not None:
            bar.render_finish()  # the bar's line ends before a summary or an error
    for warning in summary.warnings[:MAX_WARNINGS]:
        click.echo(f"warning: {warning}", err=True)
    if len(summary.warnings) > MAX_WARNINGS:
        click.echo(f"… and {len(summary.warnings) - MAX_WARNINGS} more warnings", err=True)
    click.echo(format_summary(summary))


def shown_path(path: Path) -> str:
    """``path`` relative to the working folder when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


MAX_WARNINGS = 20  # printed one per line; a big corpus can have thousands (undated documents)


def format_summary(s: BuildSummary) -> str:
    def counted(counter) -> str:
        return ", ".join(f"{k} {n}" for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    where = f" on the Dask cluster at {s.dask}" if s.dask else f" with {s.workers} workers" if s.workers > 1 else ""
    lines = [
        f"built {shown_path(s.out)} in {s.seconds:.1f} s{where}",
        f"  documents read: {s.documents} ({s.characters:,} characters)",
        f"    by format: {counted(s.formats)}",
        f"    by genre: {counted(s.genres)}",
        f"  skipped: {len(s.skipped)}",
    ]
    if s.merged:
        kinds = ", ".join(f"{n} {kind}" for kind, n in (("identical", s.merged_exact), ("near", s.merged_near)) if n)
        lines.insert(2, f"  merged {s.merged} {'repost' if s.merged == 1 else 'reposts'} into {s.merged_into} "
                        f"{'document' if s.merged_into == 1 else 'documents'} ({kinds}; listed in documents.csv sources)")
    elif not s.dedup:
        lines.insert(2, "  reposts: not merged (--no-dedup)")
    if s.skipped:
        lines.append(f"    by reason: {counted(Counter(sk.category or 'unreadable' for sk in s.skipped))}")
        lines.append(f"    by format: {counted(Counter(sk.format or '?' for sk in s.skipped))}")
        lines += [f"    {sk.path}: {sk.reason}" for sk in s.skipped[:MAX_WARNINGS]]
        if len(s.skipped) > MAX_WARNINGS:
            lines.append(f"    … and {len(s.skipped) - MAX_WARNINGS} more")
    ents = ", ".join(f"{t.lower()} {n}" for t, n in sorted(s.entities.items()))
    measures = ", ".join(f"{kind}s {s.measures.get(kind, 0)}" for kind in ("target", "observation", "forecast", "instrument"))
    lines += [
        f"  entities: {ents}",
        f"  facts: {s.facts}; {measures}",
        f"  triples: {s.triples}",
    ]
    if s.cache_dir is None:
        lines.append("  cache: off")
    else:
        lines.append(f"  cache: {s.cache_hits} hits, {s.cache_misses} extracted ({shown_path(s.cache_dir)})")
    if s.warnings:
        lines.append(f"  warnings: {len(s.warnings)}")
    if s.date_conflicts:
        lines.append(f"  conflicting policy dates: {len(s.date_conflicts)}")
        lines += [f"    {c if len(c) <= 200 else c[:200] + ' …'}" for c in s.date_conflicts[:20]]
        if len(s.date_conflicts) > 20:
            lines.append(f"    … and {len(s.date_conflicts) - 20} more")
    return "\n".join(lines)


# ---------------------------------------------------------------- query, lookups, serve, push, viz
# (thin wrappers over policykg.query / lookups / serve / push / visualize)

FORMATS = click.Choice(["table", "csv", "tsv", "json"])


def parse_params(params: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r}: expected NAME=VALUE", param_hint="--param")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


@cli.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option("--format", "-f", "fmt", type=FORMATS, default="table", show_default=True, help="Output format.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind a named query's parameter (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries shipped with policykg.")
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True, help="Query engine.")
@click.option("--allow-service", is_flag=True, help="Let SERVICE send requests to other SPARQL servers (off: policykg works offline).")
def query(graph, sparql, fmt, params, list_, engine, allow_service) -> None:
    """Run SPARQL (text, a FILE.rq or a named query) against GRAPH (graph_out folder or .ttl)."""
    from .query import sparql as q

    if list_:
        click.echo(q.list_queries())
        return
    if not graph or not sparql:
        raise click.UsageError("expected GRAPH and SPARQL (text, FILE.rq or a name from `policykg query --list`)")
    click.echo(q.run_query(graph, sparql, fmt, parse_params(params), engine, allow_service=allow_service))


def lookup_command(func):
    """A lookup command: GRAPH (a graph_out folder or .ttl), TEXT and ``--format text|json``."""
    func = click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)(func)
    return cli.command()(click.argument("graph")(click.argument("text")(func)))


def lookup_output(result, text_fn, fmt: str) -> str:
    import json

    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=1, default=str)
    return text_fn(result)


@lookup_command
def targets(graph, text, fmt) -> None:
    """Which policies set a target on an indicator matching TEXT, and was it met."""
    from .query import lookups

    click.echo(lookup_output(lookups.targets(graph, text), lookups.format_targets, fmt))


@lookup_command
def policy(graph, text, fmt) -> None:
    """A policy card: the policy whose title or alias best matches TEXT."""
    from .query import lookups

    click.echo(lookup_output(lookups.policy(graph, text), lookups.format_policy, fmt))


@lookup_command
def instruments(graph, text, fmt) -> None:
    """Which policies give what to whom: instruments whose type, beneficiary, condition or sentence mentions TEXT."""
    from .query import lookups

    click.echo(lookup_output(lookups.instruments(graph, text), lookups.format_instruments, fmt))


@lookup_command
@click.option("--chart", type=click.Path(dir_okay=False), help="Also draw the series to FILE.png or FILE.svg (needs policykg[chart]).")
def metric(graph, text, fmt, chart) -> None:
    """The time series of an indicator matching TEXT across documents, with sources."""
    from .query import lookups

    result = lookups.metric(graph, text)
    click.echo(lookup_output(result, lookups.format_metric, fmt))
    if chart:
        click.echo(f"chart written to {lookups.chart(result, chart)}", err=True)


@cli.command()
@click.argument("graph")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (keep 127.0.0.1 unless you mean to share it).")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, None),
              help="Time limit per query, seconds; the query's process is then stopped.")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(1, None), help="Result cap per query.")
@click.option("--workers", type=click.IntRange(1, None), default=None,
              help="Queries run at once, each in its own process [default: 4 per CPU, at least 8].")
@click.option("--allow-service", is_flag=True, help="Let SERVICE in a query send requests to other servers (off by default).")
@click.option("--quiet", "-q", is_flag=True, help="No request log.")
def serve(graph, host, port, timeout, max_rows, workers, allow_service, quiet) -> None:
    """Serve GRAPH as a read-only SPARQL endpoint with a query page."""
    from .query import serve as s

    server = s.make_server(graph, host, port, timeout, max_rows, quiet, allow_service=allow_service, workers=workers)
    click.echo(s.startup_line(server))
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command()
@click.argument("graph")
@click.option("--endpoint", required=True, help="Graph Store endpoint URL, e.g. http://localhost:7878/store (Oxigraph), http://localhost:3030/DS/data (Fuseki).")
@click.option("--method", type=click.Choice(["PUT", "POST"], case_sensitive=False), default="PUT", show_default=True, help="PUT replaces each graph it sends (the default graph too), POST merges.")
@click.option("--default-graph/--no-default-graph", default=True, show_default=True,
              help="Also load the whole graph into the server's default graph, so queries without GRAPH see it.")
@click.option("--user", help="HTTP basic-auth user; password from $POLICYKG_PUSH_PASSWORD.")
def push(graph, endpoint, method, default_graph, user) -> None:
    """Load GRAPH into a SPARQL server: one named graph per source document, and the default graph."""
    from .query import push as p

    click.echo(str(p.push(graph, endpoint, method, user, default_graph=default_graph)))


@cli.command()
@click.argument("graph")
@click.option("--around", metavar="NAME", help="Only the entity best matching NAME and what it links to (issued by, sets target, instrument, cites …).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, None), help="How many links away from NAME.")
@click.option("--out", "-o", default=None, type=click.Path(dir_okay=False),
              help="Page to write [default: graph.html, or with --around a file named after the entity].")
@click.option("--title", help="Page title.")
def viz(graph, around, depth, out, title) -> None:
    """Write an interactive, offline HTML graph of GRAPH (graph_out folder or .ttl)."""
    from .outputs import html as visualize

    click.echo(visualize.viz(graph, out, around, depth, title))


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except PolicyKGError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
