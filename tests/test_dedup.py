"""Reposts: one document per text (policykg/dedup.py and its use in the build).

Fixtures (tests/data/dedup/, invented for the purpose):
- a_notice.txt: a municipal notice with targets and subsidies;
- a_notice_copy.md: the same text with other line breaks, punctuation and full-width digits (exact);
- b_portal_repost.txt: the notice on a portal, another header and footer, one word added inside (near);
- c_bureau_food.txt, c_bureau_metrology.txt: two notices of one bureau sharing a long header and
  footer, with different short bodies (not reposts);
- d_template_batch3.txt, d_template_batch4.txt: one template issued twice, only dates and numbers
  differ (not reposts: other facts).
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import snapshot
from policykg.dedup import DedupRules, Deduper, Signature, dedup_rules, normalised, same_text, signature_of
from policykg.errors import OntologyError
from policykg.load import load_document
from policykg.pipeline import build

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "dedup"
SEEDS = REPO / "seeds"


def text(name: str) -> str:
    return load_document(DATA / name).text


def jaccard(a: Signature, b: Signature) -> float:
    return float(np.mean(np.array(a.minhash) == np.array(b.minhash)))


def documents(out: Path) -> dict[str, dict[str, str]]:
    with (out / "tables" / "documents.csv").open(encoding="utf-8-sig", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def rows(out: Path, table: str) -> list[list[str]]:
    with (out / "tables" / f"{table}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


# ---------------------------------------------------------------- signatures and the text check


def test_normalised_text_keeps_letters_and_digits_only() -> None:
    assert normalised("２０２５年，ＡＢＣ工业 和\n信息化。Ok_!") == "2025年abc工业和信息化ok"


def test_the_same_text_with_other_spacing_punctuation_and_width_has_the_same_signature() -> None:
    a, copy = signature_of(text("a_notice.txt")), signature_of(text("a_notice_copy.md"))
    assert a.exact == copy.exact and a.minhash == copy.minhash and len(a.minhash) == dedup_rules().num_perm


def test_signatures_are_deterministic_and_pack_round_trip() -> None:
    sig = signature_of(text("a_notice.txt"))
    assert signature_of(text("a_notice.txt")) == sig
    assert Signature.unpack(sig.pack()) == sig
    assert Signature.unpack(["x", "not a length", []]) is None


def test_short_texts_have_no_minhash_and_empty_texts_no_digest() -> None:
    short = signature_of("关于召开会议的通知。")
    assert short.exact and short.minhash == ()
    assert signature_of("，。！ \n") == Signature("", 0)


def test_a_repost_with_another_header_footer_and_an_edit_is_the_same_text() -> None:
    a, b = text("a_notice.txt"), text("b_portal_repost.txt")
    assert jaccard(signature_of(a), signature_of(b)) >= dedup_rules().threshold
    assert same_text(a, b) and same_text(b, a)


def test_two_notices_sharing_long_boilerplate_are_candidates_but_not_the_same_text() -> None:
    food, metrology = text("c_bureau_food.txt"), text("c_bureau_metrology.txt")
    # similar enough for the LSH stage: only the check on the texts keeps them apart
    assert jaccard(signature_of(food), signature_of(metrology)) >= dedup_rules().threshold
    assert not same_text(food, metrology)


def test_one_template_with_other_numbers_is_not_the_same_text() -> None:
    three, four = text("d_template_batch3.txt"), text("d_template_batch4.txt")
    assert jaccard(signature_of(three), signature_of(four)) >= dedup_rules().threshold
    assert not same_text(three, four)
    loose = DedupRules(digit_edits_keep_apart=False, inner_edit_ratio=0.05)
    assert same_text(three, four, loose)  # it is the digits that keep them apart


# ---------------------------------------------------------------- the decisions


def decide(names: list[str], folder: Path) -> dict[str, str]:
    """Each fixture's representative ("" when new), in the order given, texts in ``folder``."""
    deduper = Deduper(folder)
    out = {}
    for name in names:
        body = text(name)
        (folder / f"{Path(name).stem}.txt").write_text(body, encoding="utf-8")
        out[name] = deduper.representative(Path(name).stem, signature_of(body))
    return out


def test_reposts_go_to_the_first_document_and_others_stay_apart(tmp_path) -> None:
    names = ["b_portal_repost.txt", "a_notice.txt", "c_bureau_food.txt", "a_notice_copy.md",
             "c_bureau_metrology.txt", "d_template_batch3.txt", "d_template_batch4.txt"]
    assert decide(names, tmp_path) == {
        "b_portal_repost.txt": "", "a_notice.txt": "b_portal_repost", "c_bureau_food.txt": "",
        "a_notice_copy.md": "b_portal_repost", "c_bureau_metrology.txt": "", "d_template_batch3.txt": "",
        "d_template_batch4.txt": "",
    }


def test_forget_takes_back_the_last_new_document(tmp_path) -> None:
    deduper = Deduper(tmp_path)
    body = text("a_notice.txt")
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    assert deduper.representative("a", signature_of(body)) == ""
    deduper.forget("a")  # its extraction failed: it is not in the graph
    assert deduper.representative("b", signature_of(body)) == ""
    assert deduper.representative("c", signature_of(body)) == "b"
    assert (deduper.exact, deduper.near) == (1, 0)


def test_bad_rule_values_are_named(monkeypatch) -> None:
    import policykg.lexicon as lexicon

    monkeypatch.setattr(lexicon, "rules", lambda name: {"threshold": "high"})
    dedup_rules.cache_clear()
    try:
        with pytest.raises(OntologyError, match=r"rules/dedup.yaml: threshold is 'high'; expected a float"):
            dedup_rules()
    finally:
        dedup_rules.cache_clear()


# ---------------------------------------------------------------- in the build


@pytest.fixture(scope="module")
def reposts(tmp_path_factory) -> tuple[Path, Path]:
    """(a build of the fixtures, a build of the fixtures without the reposts)."""
    tmp = tmp_path_factory.mktemp("dedup")
    only = tmp / "originals"
    only.mkdir()
    for name in ("a_notice.txt", "c_bureau_food.txt", "c_bureau_metrology.txt", "d_template_batch3.txt",
                 "d_template_batch4.txt"):
        shutil.copy(DATA / name, only / name)
    build([DATA], tmp / "all", cache=False)
    build([only], tmp / "originals-out", cache=False)
    return tmp / "all", tmp / "originals-out"


def test_the_build_lists_reposts_as_sources_of_the_first(reposts) -> None:
    out, _ = reposts
    docs = documents(out)
    assert sorted(docs) == ["a_notice", "c_bureau_food", "c_bureau_metrology", "d_template_batch3", "d_template_batch4"]
    assert docs["a_notice"]["sources"].split("|") == [f"{DATA.as_posix()}/a_notice_copy.md",
                                                     f"{DATA.as_posix()}/b_portal_repost.txt"]
    assert all(not docs[d]["sources"] for d in docs if d != "a_notice")
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted(f"{d}.txt" for d in docs)


def test_reposts_add_no_facts(reposts) -> None:
    out, originals = reposts
    for table in ("targets", "observations", "instruments", "relations", "mentions", "policies"):
        assert rows(out, table) == rows(originals, table), table


def test_summary_counts_and_no_dedup(tmp_path) -> None:
    from policykg.cli import format_summary

    s = build([DATA], tmp_path / "a", cache=False)
    assert (s.documents, s.merged, s.merged_into, s.merged_exact, s.merged_near) == (5, 2, 1, 1, 1)
    assert "merged 2 reposts into 1 document (1 identical, 1 near" in format_summary(s)
    s = build([DATA], tmp_path / "b", cache=False, dedup=False)
    assert (s.documents, s.merged) == (7, 0) and "not merged (--no-dedup)" in format_summary(s)


def test_copies_of_the_seeds_build_to_the_seeds_facts(tmp_path) -> None:
    corpus = tmp_path / "copies"
    for i in range(4):  # copy 0000 keeps the seeds' ids: it is first in input order
        shutil.copytree(SEEDS, corpus / f"{i:04d}")
    s = build([corpus], tmp_path / "copies-out", cache=False)
    build([SEEDS], tmp_path / "seeds-out", cache=False)
    assert (s.documents, s.merged, s.merged_into, s.merged_exact) == (5, 15, 5, 15)
    for table in ("targets", "observations", "instruments", "policies", "organizations", "relations"):
        assert rows(tmp_path / "copies-out", table) == rows(tmp_path / "seeds-out", table), table
    docs = documents(tmp_path / "copies-out")
    assert all(len(row["sources"].split("|")) == 3 for row in docs.values())


def test_workers_and_cache_do_not_change_the_merge(tmp_path) -> None:
    corpus = tmp_path / "in"
    shutil.copytree(DATA, corpus)
    one = build([corpus], tmp_path / "one", cache=False)
    two = build([corpus], tmp_path / "two", workers=2, cache=False)
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    assert (one.merged, two.merged) == (2, 2)
    cache = tmp_path / "cache"
    build([corpus], tmp_path / "c1", cache_dir=cache)
    again = build([corpus], tmp_path / "c1", cache_dir=cache)  # unchanged files come from the cache
    assert again.merged == 2 and again.cache_hits == 5
    assert snapshot(tmp_path / "c1") == snapshot(tmp_path / "one")
