"""Extraction quality against gold files, scored with the shared scorer.

One build of seeds/ plus the texts written for the purpose (tests/data/texts/),
then ../shared/eval/score.py on each gold file (and, marked slow, one build of
../shared/corpus scored on dev-real.json and dev-pdf.json).

``ISSUE_BARS`` are the acceptance bars of the issues; ``FLOORS`` hold the level
each gold file reaches today (rounded down to 0.01), so that any regression
fails. A measure is held at the lower of the two. Raise a floor when a score
rises. The seed gold files score rules that were written for the seeds before
the extraction was made general (see README, "Quality"): several seed scores sit
below the issue bars while the real-document ones meet them.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = {
    "seeds-003-004": SHARED / "eval" / "gold" / "seeds-003-004.json",
    "seeds-000-001": ROOT / "tests" / "data" / "gold" / "seeds-000-001.json",
    "seed-002": ROOT / "tests" / "data" / "gold" / "seed-002.json",
    "texts": ROOT / "tests" / "data" / "gold" / "texts.json",
}
DEV_GOLD = {
    "dev-real": SHARED / "eval" / "gold" / "dev-real.json",
    "dev-pdf": SHARED / "eval" / "gold" / "dev-pdf.json",
}

ISSUE_BARS = {
    "policies": 0.95, "organizations": 0.90, "platforms": 0.85, "provinces": 0.95,
    "policy_issuers": 0.90, "policy_dates": 0.90, "targets": 0.85, "observations": 0.85,
    "targets.policy_attribution": 0.90, "observations.value_only_recall": 0.95,
}

# The level reached on this branch (commit of the tests; scores of the build of seeds/ + tests/data/texts/).
# dev-real's value-only recall went from 0.72 to 0.71 on purpose: one firm's figure (公司的词元日调用量, a news
# measure of a bare class of body, see benchmarks/QUALITY.md since seed 62017) is no longer written; and from 0.711
# to 0.70 on purpose in the session of 2026-12-06: a change of 7 firms was written as the change of the R&D share
# before it (研发投入占全行业比重增量, 家); a bare change in another unit is no longer carried, so the value that
# matched under the wrong name is gone (observation precision 0.995 -> 1.000, recall unchanged at 0.707).
# seed 002's observations went from 0.54 to 0.53 in the same session on purpose: 上述地区…占全国比重为37.7% (and its
# +7 points) was written only because the whole of the share, 全国, was cut (…占比重, a name not in the sentence, so the
# pointer 上述 went unseen); with 占全国比重 kept, 上述地区 points back to regions the row cannot name, and no row is written.
# In the session of 2026-12-06 (eighteenth) the observations of the seeds rose, and their floors with them: a modal's
# one character (可, 能) was read inside words (太阳能, 智能, 能耗, 可再生), so that every figure of such a sentence was
# taken for what could be; and five declines in our own gold for seeds 000-001 were written positive, against the
# contract's sign (下降4.9% is -4.9), so that rows with the right sign could not match them.
FLOORS: dict[str, dict[str, float]] = {
    "seeds-000-001": {"policies": 1.0, "policy_issuers": 0.94, "policy_dates": 0.77, "organizations": 0.51,
                      "platforms": 1.0, "provinces": 1.0, "targets": 1.0, "targets.policy_attribution": 1.0,
                      "observations": 0.70, "observations.value_only_recall": 0.55},
    "seed-002": {"policies": 1.0, "policy_issuers": 1.0, "policy_dates": 1.0, "organizations": 0.62, "platforms":
                 0.42, "provinces": 1.0, "targets": 1.0, "targets.policy_attribution": 1.0, "observations": 0.54,
                 "observations.value_only_recall": 0.39},
    "seeds-003-004": {"policies": 1.0, "policy_issuers": 1.0, "policy_dates": 0.8, "organizations": 0.62, "platforms":
                      0.8, "provinces": 1.0, "targets": 0.71, "targets.policy_attribution": 1.0, "observations": 0.81,
                      "observations.value_only_recall": 0.74},
    "texts": {"policies": 1.0, "policy_issuers": 0.84, "policy_dates": 0.81, "organizations": 0.8, "platforms": 1.0,
              "provinces": 1.0, "targets": 0.88, "targets.policy_attribution": 1.0, "observations": 0.8,
              "observations.value_only_recall": 0.68},
    "dev-real": {"policies": 0.96, "policy_issuers": 1.0, "policy_dates": 1.0, "policy_doc_numbers": 1.0,
                 "organizations": 0.86, "platforms": 0.5, "provinces": 0.96, "targets": 0.97,
                 "targets.policy_attribution": 0.9, "observations": 0.82, "observations.value_only_recall": 0.70,
                 "instruments": 0.87, "instruments.policy_attribution": 1.0},
    "dev-pdf": {"policies": 1.0, "policy_issuers": 0.71, "policy_dates": 1.0, "organizations": 1.0, "platforms": 1.0,
                "provinces": 1.0, "targets": 1.0, "targets.policy_attribution": 1.0, "observations": 1.0,
                "observations.value_only_recall": 1.0},
}


def scores(gold: Path, tables: Path) -> dict[str, float]:
    """measure -> F1 (or accuracy where the scorer gives no F1), plus the extra ratios."""
    assert SCORER.exists(), f"the shared scorer is missing: {SCORER} (../shared/eval/ must sit beside the repo)"
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(tables), "--json"],
                            capture_output=True, text=True, check=True)
    out: dict[str, float] = {}
    for m in json.loads(result.stdout)["measures"]:
        out[m["name"]] = m["f1"] if m["f1"] is not None else m["p"]
        for extra in ("policy_attribution", "value_only_recall"):
            if m.get(extra) is not None:
                out[f"{m['name']}.{extra}"] = m[extra]
    return out


def built_documents(tables: Path) -> set[str]:
    raw = (tables / "documents.csv").read_bytes().decode("utf-8-sig")
    return {row["id"] for row in csv.DictReader(io.StringIO(raw, newline=""))}


def below(name: str, got: dict[str, float]) -> dict[str, tuple[float, float]]:
    """measure -> (score, bar) for each measure under its floor (or under the issue bar once the floor reaches it)."""
    out = {}
    for measure, floor in FLOORS[name].items():
        bar = min(floor, ISSUE_BARS.get(measure, floor))
        if measure not in got:
            out[measure] = (-1.0, bar)
        elif got[measure] + 1e-9 < bar:
            out[measure] = (round(got[measure], 3), bar)
    return out


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("quality") / "graph_out"
    build([ROOT / "seeds", ROOT / "tests" / "data" / "texts"], out, cache=False)
    return out / "tables"


@pytest.mark.parametrize("name", sorted(GOLD))
def test_extraction_holds_its_level(name: str, tables: Path) -> None:
    if not GOLD[name].exists():
        pytest.fail(f"gold file {GOLD[name]} not found")
    gold_docs = set(json.loads(GOLD[name].read_text(encoding="utf-8"))["documents"])
    assert gold_docs <= built_documents(tables), "the gold file scores documents the build did not read"
    got = scores(GOLD[name], tables)
    print(f"\n{name}: " + ", ".join(f"{k}={v:.3f}" for k, v in sorted(got.items())))
    assert not below(name, got), f"{name}: measure (score, bar) below the bar: {below(name, got)}"


@pytest.fixture(scope="module")
def dev_tables(tmp_path_factory) -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.fail(f"development corpus not found at {corpus} (../shared/corpus must sit beside the repo)")
    out = tmp_path_factory.mktemp("dev") / "graph_out"
    build([corpus], out, cache=False, workers=2)
    return out / "tables"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(DEV_GOLD))
def test_development_corpus_holds_its_level(name: str, dev_tables: Path) -> None:
    if not DEV_GOLD[name].exists():
        pytest.fail(f"gold file {DEV_GOLD[name]} not found")
    got = scores(DEV_GOLD[name], dev_tables)
    print(f"\n{name}: " + ", ".join(f"{k}={v:.3f}" for k, v in sorted(got.items())))
    assert not below(name, got), f"{name}: measure (score, bar) below the bar: {below(name, got)}"


def test_the_floors_are_checked_against_real_measures():
    """A floor on a measure the scorer does not report would hold nothing."""
    known = {"policies", "policy_issuers", "policy_dates", "policy_doc_numbers", "organizations", "platforms",
             "provinces", "targets", "observations", "instruments", "targets.policy_attribution",
             "targets.value_only_recall", "observations.value_only_recall", "observations.policy_attribution",
             "instruments.value_only_recall", "instruments.policy_attribution"}
    assert set(FLOORS) == set(GOLD) | set(DEV_GOLD)
    for name, floors in FLOORS.items():
        assert set(floors) <= known, (name, set(floors) - known)
        assert all(0.0 <= v <= 1.0 for v in floors.values())
