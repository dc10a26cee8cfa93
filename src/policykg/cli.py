"""Command line: thin wrappers that parse arguments, call one library function and print."""
from __future__ import annotations

import sys

import click

from .errors import PolicyKGError
from .pipeline import BuildSummary, build as build_graph_out
from .records import Skipped


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
def cli() -> None:
    """policykg: a knowledge graph of Chinese policy documents."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "-o", default="graph_out", show_default=True, help="Output folder (replaced atomically).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(paths: tuple[str, ...], out: str, quiet: bool) -> None:
    """Build the knowledge graph of PATHS (files or folders) into OUT."""
    bar = None if quiet else click.progressbar(length=0, label="reading", file=sys.stderr, show_pos=True)

    def progress(stage: str, item) -> None:
        if isinstance(item, Skipped):
            click.echo(f"skipped {item.path}: {item.reason}", err=True)
        if bar is not None:
            bar.label = stage if item is None else f"{stage} {getattr(item, 'id', '')}"
            bar.length = (bar.length or 0) + (1 if stage in ("document", "skipped") else 0)
            bar.update(1 if stage in ("document", "skipped") else 0)

    summary = build_graph_out(paths, out, progress)
    if bar is not None:
        bar.render_finish()
    click.echo(format_summary(summary))


def format_summary(s: BuildSummary) -> str:
    lines = [
        f"built {s.out} in {s.seconds:.1f} s",
        f"  documents read: {s.documents} ({s.characters:,} characters)",
        f"  skipped: {len(s.skipped)}",
    ]
    lines += [f"    {sk.path}: {sk.reason}" for sk in s.skipped]
    ents = ", ".join(f"{t.lower()} {n}" for t, n in sorted(s.entities.items()))
    lines += [
        f"  entities: {ents}",
        f"  facts: {s.facts}; targets {s.targets}, observations {s.observations}, forecasts {s.forecasts}",
        f"  triples: {s.triples}",
    ]
    if s.date_conflicts:
        lines.append(f"  conflicting policy dates: {len(s.date_conflicts)}")
        lines += [f"    {c}" for c in s.date_conflicts]
    return "\n".join(lines)


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
