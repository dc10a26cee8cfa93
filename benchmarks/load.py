"""Loading, by format: files read, characters, seconds, and what was skipped and why.

    PYTHONPATH=src python benchmarks/load.py ../shared/corpus [--repeat 3]

Every file of the folders given is loaded with ``load_document`` (no NLP, no
extraction); the fastest of ``--repeat`` runs counts per format (other
processes only ever slow a run down). Skipped files are counted by format and
reason class (``Skipped.category``).
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from policykg.errors import LoadError
from policykg.load import iter_sources, skipped
from policykg.records import Skipped


def run(paths: list[str]) -> tuple[Counter, Counter, Counter, Counter]:
    seconds: Counter = Counter()
    files: Counter = Counter()
    chars: Counter = Counter()
    skips: Counter = Counter()
    for source in iter_sources(paths):
        if isinstance(source, Skipped):
            skips[(source.format, source.category)] += 1
            continue
        started = time.perf_counter()
        try:
            doc = source.load()
        except LoadError as err:
            record = skipped(source, err)
            skips[(record.format, record.category)] += 1
            continue
        seconds[doc.format] += time.perf_counter() - started
        files[doc.format] += 1
        chars[doc.format] += len(doc.text)
    return seconds, files, chars, skips


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    best: dict[str, float] = {}
    files = chars = skips = Counter()
    for _ in range(max(1, args.repeat)):
        seconds, files, chars, skips = run(args.paths)
        for fmt, value in seconds.items():
            best[fmt] = min(best.get(fmt, value), value)
    print(f"{'format':8}{'files':>7}{'characters':>12}{'seconds':>9}{'ms/file':>9}{'k chars/s':>11}")
    for fmt in sorted(files):
        s = best[fmt]
        print(f"{fmt:8}{files[fmt]:>7}{chars[fmt]:>12}{s:>9.2f}{1000 * s / files[fmt]:>9.1f}{chars[fmt] / s / 1000:>11.0f}")
    print("skipped:", ", ".join(f"{n} {fmt or '-'} ({cat})" for (fmt, cat), n in sorted(skips.items())) or "none")


if __name__ == "__main__":
    main()
