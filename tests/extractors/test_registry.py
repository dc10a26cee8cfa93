"""extractors/registry.py and extract.py: extractors registered with what they
need and produce; the run order comes from those declarations; a need nobody
produces, or a cycle, is an error naming the extractors; an extractor that
fails costs one sentence and a warning, not the document."""
from __future__ import annotations

import pytest

from kit import loaded
from policykg import extract as extract_mod
from policykg.extractors import registry
from policykg.extractors.registry import Extractor, extractor, run_order, stages
from policykg.records import Mention


@pytest.fixture
def registry_copy(monkeypatch):
    """The real registry, copied, as ``registry.REGISTRY`` for one test (run order recomputed)."""
    run_order()  # import every family into the real registry first
    copy = dict(registry.REGISTRY)
    monkeypatch.setattr(registry, "REGISTRY", copy)
    run_order.cache_clear()
    yield copy
    run_order.cache_clear()


def test_every_family_registers_extractors():
    modules = {ex.module.rsplit(".", 1)[-1] for ex in run_order()}
    assert {"reference", "dates", "quantities", "policies", "organisations", "platforms", "regions", "home",
            "short_names", "issuers", "doc_numbers", "relations", "measures", "instruments"} <= modules


def test_the_run_order_puts_every_producer_before_its_consumers():
    order = run_order()
    position = {ex.name: i for i, ex in enumerate(order)}
    for ex in order:
        for need in ex.needs:
            producers = [p for p in order if need in p.produces and p.name != ex.name]
            assert producers, f"{ex.name} needs {need}: no producer"
            assert all(position[p.name] < position[ex.name] for p in producers), (ex.name, need)


def test_the_run_order_follows_the_declarations_not_a_list(registry_copy):
    @extractor("zz_first_consumer", needs=("test:late",))
    def consumer(sent, ctx):
        return ()

    @extractor("aa_late_producer", needs=("measure:target",), produces=("test:late",))
    def producer(sent, ctx):
        return ()

    names = [ex.name for ex in run_order()]
    assert names.index("aa_late_producer") < names.index("zz_first_consumer")
    assert names.index("measures") < names.index("aa_late_producer")


def test_a_need_nobody_produces_is_an_error_naming_it(registry_copy):
    @extractor("needs_nothing_made", needs=("test:never-produced",))
    def orphan(sent, ctx):
        return ()

    with pytest.raises(ValueError, match=r"needs_nothing_made.*test:never-produced"):
        run_order()


def test_a_cycle_is_an_error_naming_the_extractors(registry_copy):
    @extractor("cycle_a", needs=("test:b",), produces=("test:a",))
    def a(sent, ctx):
        return ()

    @extractor("cycle_b", needs=("test:a",), produces=("test:b",))
    def b(sent, ctx):
        return ()

    with pytest.raises(ValueError, match=r"cycle_a.*cycle_b"):
        run_order()


def test_registering_a_name_twice_or_a_bad_scope_is_an_error(registry_copy):
    with pytest.raises(ValueError, match="registered twice"):
        extractor("dates")(lambda sent, ctx: ())
    with pytest.raises(ValueError, match="scope 'paragraph'"):
        extractor("x", scope="paragraph")


def test_stages_run_consecutive_sentence_extractors_together():
    groups = stages()
    assert [ex for _, exs in groups for ex in exs] == list(run_order())
    for scope, exs in groups:
        assert all(ex.scope == scope for ex in exs)
        if scope == "document":
            assert len(exs) == 1


def test_an_extractor_knows_its_source_file():
    ex = next(e for e in run_order() if e.name == "dates")
    assert isinstance(ex, Extractor) and ex.source.name == "dates.py"


TEXT = """\
2024年，全省建成5G基站1万个。
这一句会让测试用的抽取器出错。
2023年，全省建成5G基站8000个。
"""


def test_a_failing_extractor_costs_one_sentence_and_a_warning(registry_copy):
    @extractor("flaky_marker", needs=("DATE",), produces=("test:flaky",))
    def flaky(sent, ctx):
        if "出错" in sent.text:
            raise RuntimeError("boom")
        yield Mention(ctx.document.id, sent.start, sent.start + 1, sent.text[0], "PLATFORM", "marker")

    doc = loaded(TEXT)
    ex = extract_mod.extract_document(doc)
    markers = [m for m in ex.mentions if m.key == "marker"]
    assert len(markers) == 2  # the other sentences keep their records of it
    assert any("flaky_marker" in w and "RuntimeError: boom" in w and doc.path in w for w in ex.warnings)
    assert len([m for m in ex.mentions if m.type == "DATE"]) == 2  # other extractors are untouched
    assert len(ex.measures) == 2


def test_a_failing_document_extractor_is_a_warning(registry_copy):
    @extractor("broken_document_step", scope="document", needs=("home",), produces=("test:broken",))
    def broken(ctx):
        raise KeyError("missing")

    ex = extract_mod.extract_document(loaded(TEXT))
    assert any("broken_document_step" in w and "KeyError" in w for w in ex.warnings)
    assert ex.measures  # the rest of the document is extracted


def test_an_extractor_returning_something_else_is_a_warning(registry_copy):
    @extractor("returns_strings", needs=("DATE",), produces=("test:strings",))
    def strings(sent, ctx):
        return ["not a record"] if "出错" in sent.text else []

    ex = extract_mod.extract_document(loaded(TEXT))
    assert any("returns_strings" in w and "TypeError" in w for w in ex.warnings)
    assert len(ex.measures) == 2
