"""Fuzzing the build (issue 16): generated hostile and careless documents of every
kind (control and private-use characters, noncharacters, lone surrogates, huge
numbers, long lines without 。, YAML front matter bombs and bad escapes, nested
and broken HTML, mixed encodings, empty and binary files, odd file names) built
with ``pipeline.build``, each beside one good document. Every build must end
without a traceback and without a named error (the good document is always
there to build); every output must parse (graph.ttl with rdflib and with
pyoxigraph, graph.graphml as XML, every table as CSV); every input file must be
built or skipped by name.

The default run draws a few corpora of each kind (seconds). ``-m slow`` builds
10,000 generated documents (``POLICYKG_FUZZ_DOCUMENTS`` to change it) in
corpora of 50 mixed kinds; each troubled document of a build that failed is then
built alone beside a good one, to tell which documents break which output and
where. The counts (documents, skipped by reason, named errors, tracebacks with
their innermost frame, unparsable outputs, by kind) are printed and written to
``POLICYKG_FUZZ_REPORT`` (default: fuzz-report.txt in the test's temporary folder).

Every kind builds cleanly: the loader drops the characters a document may not
carry (controls, private use, noncharacters, lone surrogates), writes file names
that are not UTF-8 as ``%XX`` (``load.files.shown_path``, which is how the harness
matches inputs to documents.csv) and refuses YAML anchors; the writers
percent-encode what an IRI may not hold (``outputs/terms.py``, tested on every
such character in tests/outputs/test_terms.py) and drop from literals what XML
1.0 does not allow.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from harness import Tally, build_and_check
from strategies import KINDS_OF_TROUBLE, any_trouble, good_document

EXAMPLES = 2  # corpora of each kind in the default run
PER_CORPUS = 4  # troubled documents in each, beside one good document

FUZZ = settings(phases=[Phase.generate], deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck), print_blob=False)


@pytest.mark.parametrize("kind", list(KINDS_OF_TROUBLE))
def test_a_kind_of_trouble_builds_cleanly(kind, tmp_path):
    """Corpora of one kind of trouble and a good document: no traceback, no error,
    every output parses, every input is built or skipped by name."""
    results = []

    @settings(FUZZ, max_examples=EXAMPLES)
    @given(st.lists(KINDS_OF_TROUBLE[kind], min_size=PER_CORPUS, max_size=PER_CORPUS), good_document())
    def build_one(files, good):
        with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
            result = build_and_check([*files, good], Path(folder))
        results.append(result)
        assert result.ok, result.describe()
        assert result.documents >= 1, result.describe()  # the good one

    build_one()
    assert len(results) == EXAMPLES
    assert not Path("/tmp/policykg-fuzz-pwned").exists()  # a !!python tag in front matter ran nothing


FUZZ_DOCUMENTS = int(os.environ.get("POLICYKG_FUZZ_DOCUMENTS", "10000"))
SCALE_CORPUS = 50


@pytest.mark.slow
def test_ten_thousand_generated_documents(tmp_path):
    """Every kind mixed, 50 documents a build, until FUZZ_DOCUMENTS documents are
    built; the counts are reported, then the same assertions as above, over all."""
    tally = Tally()
    started = time.monotonic()

    @settings(FUZZ, max_examples=max(1, FUZZ_DOCUMENTS // SCALE_CORPUS))
    @given(st.lists(any_trouble(), min_size=SCALE_CORPUS, max_size=SCALE_CORPUS), good_document())
    def build_one(files, good):
        with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
            result = build_and_check([*files, good], Path(folder))
            tally.add(result)
            if not result.ok:
                tally.attribute(result, good, Path(folder))  # which documents, which outputs, where

    build_one()
    report = f"fuzz: {time.monotonic() - started:.0f} s\n{tally.report()}"
    examples = "\n\n".join(f"##### {problem}\n{example}" for problem, example in tally.examples.items())
    target = Path(os.environ.get("POLICYKG_FUZZ_REPORT") or tmp_path / "fuzz-report.txt")
    target.write_text(f"{report}\n\nfirst failing build of each problem:\n\n{examples}\n", encoding="utf-8")
    print(f"{report}\n(written to {target})")
    assert tally.files - tally.builds == FUZZ_DOCUMENTS - FUZZ_DOCUMENTS % SCALE_CORPUS
    assert not tally.tracebacks, report
    assert not tally.unparsable and not tally.errors, report
    assert not tally.unnamed, report


@pytest.mark.parametrize("kind", ["any", *KINDS_OF_TROUBLE])
def test_the_generators_draw_files(kind):
    """The strategies themselves, many draws each, nothing built: every branch makes a file."""
    seen = []

    @settings(FUZZ, max_examples=60)
    @given(any_trouble() if kind == "any" else KINDS_OF_TROUBLE[kind])
    def draw(generated):
        assert isinstance(generated.data, bytes) and generated.name
        seen.append(generated)

    draw()
    assert len(seen) == 60
