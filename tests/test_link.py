"""Link stage: short names inside a document, canonical entities across
documents, issue-date claims, target records and their assessment (met / not
met), and the compact records the linker keeps (it links extractions as they
stream in). Texts are invented for these tests (not seed text).

Cases the linker gets wrong today assert the correct behaviour as strict xfails.
"""
from __future__ import annotations

import gc
from array import array
from dataclasses import replace
from pathlib import Path

import pytest

from policykg.cache import textless
from policykg.extract import extract_document
from policykg.extract import resolve_short_names
from policykg.link import KnowledgeBase, Linker, Ref, link, policy_date
from policykg.load import iter_sources
from policykg.records import Document, Evidence, Extraction, Fact, Measure, Mention, Quantity

TEXTS = Path(__file__).resolve().parent / "data" / "texts"

LEAD = "据悉，相关工作正在推进。\n"


def X(doc: str, text: str, date: str = "2023-01-01"):
    return extract_document(Document(doc, f"{doc}.txt", text, date=date))


def policy_mention(start: int, end: int, text: str, key: str, kind: str) -> Mention:
    return Mention("t", start, end, text, "POLICY", key, (("kind", kind),))


# ---------------------------------------------------------------- short names


def test_resolve_defined_short_name():
    full = policy_mention(10, 24, "四川省数字经济发展规划", "四川省数字经济发展规划", "规划")
    short = policy_mention(40, 44, "规划", "规划", "规划")
    out, seen = resolve_short_names([full, short], [(30, "规划")])
    assert [m.key for m in out] == ["四川省数字经济发展规划"] * 2
    assert seen["四川省数字经济发展规划"] == {"规划"}


def test_resolve_bare_genre_word_to_latest_policy_of_that_genre():
    plan = policy_mention(0, 12, "湖南省智能制造发展规划", "湖南省智能制造发展规划", "规划")
    notice = policy_mention(20, 32, "关于开展试点工作的通知", "关于开展试点工作的通知", "通知")
    bare = policy_mention(50, 54, "规划", "规划", "规划")
    out, _ = resolve_short_names([plan, notice, bare], [])
    assert out[-1].key == "湖南省智能制造发展规划"


def test_unresolvable_bare_genre_word_is_dropped():
    out, _ = resolve_short_names([policy_mention(0, 4, "方案", "方案", "方案")], [])
    assert out == []


def test_short_name_becomes_alias_of_the_policy():
    kb = link([X("a", LEAD + "2022年3月，四川省人民政府办公厅印发《四川省数字经济发展规划》（以下简称《规划》）。《规划》提出加快发展。")])
    (p,) = kb.by_type("POLICY")
    assert p.name == "四川省数字经济发展规划"
    assert "规划" in p.aliases
    assert kb.issuers[p.id] == [kb.get("ORG", "四川省人民政府办公厅").id]
    assert policy_date(kb, p.id) == "2022-03"


# ---------------------------------------------------------------- policies across documents


@pytest.fixture(scope="module")
def two_docs():
    a = X("a", LEAD + "近日，《工业互联网创新发展行动计划（2021-2023年）》实施成效显著，美的、浪潮等企业积极参与。")
    b = X("b", LEAD + "2021年1月，工业和信息化部关于印发《工业互联网创新发展行动计划（2021—2023 年）》的通知正式发布。\n"
               "浪潮集团与中国信通院联合发布报告，中国信息通信研究院表示将持续跟踪。工信部办公厅也参与其中。")
    return link([a, b])


def test_policy_variants_merge_across_documents(two_docs):
    (p,) = two_docs.by_type("POLICY")
    assert p.documents == {"a", "b"}
    assert p.attrs["kind"] == "行动计划"
    assert two_docs.issuers[p.id] == ["org/miit"]
    assert policy_date(two_docs, p.id) == "2021-01"


def test_policy_preferred_name_has_no_stray_space(two_docs):
    (p,) = two_docs.by_type("POLICY")
    assert " " not in p.name


@pytest.mark.parametrize(
    "key, name, alias",
    [
        ("中国信息通信研究院", "中国信息通信研究院", "中国信通院"),
        ("浪潮集团", "浪潮集团", "浪潮"),
    ],
)
def test_org_short_forms_fold_into_full_names(two_docs, key, name, alias):
    ent = two_docs.get("ORG", key)
    assert ent is not None and ent.name == name
    assert alias in ent.aliases
    assert two_docs.get("ORG", alias) is None


@pytest.mark.parametrize(
    "key, parent_id",
    [
        ("中国信息通信研究院", "org/miit"),
        ("工业和信息化部办公厅", "org/miit"),
        ("工业和信息化部", "org/state-council"),
    ],
)
def test_parent_organisations(two_docs, key, parent_id):
    assert two_docs.get("ORG", key).attrs["parent_id"] == parent_id


def test_short_ministry_name_is_one_entity():
    kb = link([X("a", LEAD + "工信部和发改委联合部署。"), X("b", LEAD + "工业和信息化部、国家发展和改革委员会召开会议。")])
    miit = kb.get("ORG", "工业和信息化部")
    assert miit.id == "org/miit" and miit.documents == {"a", "b"} and "工信部" in miit.aliases
    assert kb.get("ORG", "国家发展和改革委员会").documents == {"a", "b"}


def test_local_short_body_merges_with_full_provincial_name():
    kb = link([X("a", LEAD + "浙江省经济和信息化厅印发通知。省经信厅表示将加快推进。")])
    orgs = kb.by_type("ORG")
    assert [o.name for o in orgs] == ["浙江省经济和信息化厅"]
    assert "省经信厅" in orgs[0].aliases


def test_city_gets_its_province_node():
    kb = link([X("a", LEAD + "苏州加快建设智能工厂。")])
    city = kb.get("REGION", "苏州市")
    assert city.attrs["province"] == "江苏省" and city.attrs["level"] == "city"
    assert kb.get("REGION", "江苏省") is not None


def test_zone_gets_member_provinces():
    kb = link([X("a", LEAD + "成渝地区加快数字化转型。")])
    assert kb.get("REGION", "四川省") is not None and kb.get("REGION", "重庆市") is not None


# ---------------------------------------------------------------- dates across documents


def test_conflicting_dates_keep_all_claims_and_most_precise_wins():
    title = "《“十四五”信息化和工业化深度融合发展规划》"
    kb = link([
        X("a", LEAD + f"2021年11月，工业和信息化部印发{title}。", "2022-03-01"),
        X("b", LEAD + f"工业和信息化部于2021年11月30日印发{title}。", "2022-05-01"),
        X("c", LEAD + f"2020年，工业和信息化部印发{title}。", "2022-05-01"),
    ])
    (p,) = kb.by_type("POLICY")
    assert sorted(c.value for c in kb.dates[p.id]) == ["2020", "2021-11", "2021-11-30"]
    assert {c.evidence.doc for c in kb.dates[p.id]} == {"a", "b", "c"}
    assert policy_date(kb, p.id) == "2021-11-30"
    assert any(p.id in c for c in kb.date_conflicts)


def test_compatible_dates_are_no_conflict():
    title = "《数字经济对外投资合作工作指引》"
    kb = link([
        X("a", LEAD + f"2021年9月，商务部印发{title}。"),
        X("b", LEAD + f"商务部于2021年9月15日印发{title}。"),
    ])
    (p,) = kb.by_type("POLICY")
    assert policy_date(kb, p.id) == "2021-09-15"
    assert kb.date_conflicts == []


# ---------------------------------------------------------------- measures


def test_same_target_restated_is_one_record():
    text = (
        "《安徽省工业互联网发展行动方案》\n"
        "问：到2023年有哪些目标？\n答：到2023年，全省培育省级工业互联网平台100个。\n"
        "方案明确，到2023年培育100个省级工业互联网平台。\n"
    )
    kb = link([X("p", text, "2021-03-15")])
    targets = [lm for lm in kb.measures if lm.kind == "target"]
    assert len(targets) == 1
    assert len(targets[0].sentences) == 2
    assert targets[0].policy == "policy/安徽省工业互联网发展行动方案"


def test_target_and_observation_kept_apart():
    kb = link([X("p", "《工业互联网标识解析体系建设方案》\n到2023年，标识注册量达到50亿。\n截至2022年底，标识注册量已达20亿。", "2021-03-15")])
    kinds = sorted((lm.kind, str(lm.value)) for lm in kb.measures)
    assert kinds == [("observation", "2000000000"), ("target", "5000000000")]
    assert len({lm.indicator for lm in kb.measures}) == 1


POLICY = (
    "《工业互联网标识解析体系建设方案》\n"
    "2021年3月，工业和信息化部印发《工业互联网标识解析体系建设方案》。\n"
    "到2023年，标识注册量达到50亿。\n"
)


def status_of(*docs) -> list[str]:
    kb = link([X(*d) for d in docs])
    return [lm.status for lm in kb.measures if lm.kind == "target"]


@pytest.mark.parametrize(
    "news, date, status",
    [
        ("截至2023年6月，我国标识注册量突破60亿。", "2023-07-01", "met"),
        ("截至2023年6月，我国标识注册量已达50亿。", "2023-07-01", "met"),
        ("截至2024年6月，我国标识注册量为30亿。", "2024-07-01", "not met"),
        ("截至2022年6月，我国标识注册量为30亿。", "2022-07-01", "unknown"),
        # an observation from before the policy says nothing about it
        ("截至2020年底，我国标识注册量突破60亿。", "2021-01-01", "unknown"),
    ],
)
def test_target_status(news, date, status):
    assert status_of(("p", POLICY, "2021-03-15"), ("n", news, date)) == [status]


def test_increment_target_met_from_two_observations():
    policy = (
        "《工业互联网标识解析体系建设方案》\n"
        "2021年3月，工业和信息化部印发《工业互联网标识解析体系建设方案》。\n"
        "到2023年，新建二级节点20个。\n"
    )
    assert status_of(
        ("p", policy, "2021-03-15"),
        ("n1", "截至2021年1月，全国已上线二级节点100个。", "2021-02-01"),
        ("n2", "截至2023年6月，全国已上线二级节点130个。", "2023-07-01"),
    ) == ["met"]


def test_provincial_target_met_by_provincial_observation():
    policy = (
        "《安徽省工业互联网发展行动方案》\n"
        "2021年3月，安徽省经济和信息化厅印发《安徽省工业互联网发展行动方案》。\n"
        "到2023年，全省工业互联网标识注册量达到50亿。\n"
    )
    assert status_of(("p", policy, "2021-03-15"), ("n", "截至2023年6月，安徽省工业互联网标识注册量突破60亿。", "2023-07-01")) == ["met"]


# ---------------------------------------------------------------- compact records, streamed in


def linked_texts(folder: Path, corpus: Path = TEXTS) -> KnowledgeBase:
    """The fixture texts loaded, extracted and linked one by one the way the
    build does it: each text written to ``folder`` first, the extraction
    text-less, the sentences read back from ``folder``."""
    linker = Linker(folder)
    for source in iter_sources([corpus]):
        doc = source.load()
        (folder / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        linker.add(replace(extract_document(doc), document=textless(doc)))
    return linker.finish()


@pytest.fixture(scope="module")
def texts_kb(tmp_path_factory) -> KnowledgeBase:
    return linked_texts(tmp_path_factory.mktemp("texts"))


def reachable_types(root: object) -> set[type]:
    """The types of every object reachable from ``root`` through containers
    and policykg records (not through classes, modules or functions)."""
    seen: set[int] = set()
    types: set[type] = set()
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        types.add(type(obj))
        if isinstance(obj, (tuple, list, dict, set, frozenset)) or type(obj).__module__.startswith("policykg"):
            stack.extend(o for o in gc.get_referents(obj) if not isinstance(o, type))
    return types


def test_knowledge_base_keeps_compact_records_only(texts_kb):
    """No extraction record (Mention, Fact, Measure, Evidence with its
    sentence …: ~270 KB per document) survives linking: mentions are arrays,
    sentences (doc, start, end) read back from the texts folder."""
    types = reachable_types(texts_kb)
    assert not types & {Extraction, Mention, Fact, Measure, Evidence, Quantity, Document}
    assert Ref in types and all(isinstance(d.mentions, array) for d in texts_kb.docs)
    assert texts_kb.texts.kept == {}  # read from the folder, not kept


def test_sentences_are_read_back_from_the_texts(texts_kb):
    """Every sentence a fact or measure cites is the text of its document at its offsets."""
    refs = [f.evidence for d in texts_kb.docs for f in d.facts] + [r for lm in texts_kb.measures for r in lm.sentences]
    assert len(refs) > 50
    for r in refs:
        sentence = texts_kb.texts.exact(r)
        assert sentence.strip() and sentence == texts_kb.texts.text(r.doc)[r.start:r.end]
    whole = (texts_kb.texts.folder / f"{refs[0].doc}.txt").read_text(encoding="utf-8")
    assert texts_kb.texts.text(refs[0].doc) == whole


def test_link_takes_a_stream_and_keeps_texts_only_without_a_folder():
    stream = (X(doc, LEAD + text) for doc, text in [("a", "工信部印发通知。"), ("b", "苏州加快建设智能工厂。")])
    kb = link(stream)
    assert [d.id for d in kb.docs] == ["a", "b"]
    assert kb.texts.text("b") == LEAD + "苏州加快建设智能工厂。"
    assert [(d.id, d.chars) for d in kb.documents] == [("a", len(LEAD) + 8), ("b", len(LEAD) + 11)]


def test_a_sentence_of_another_document_is_refused():
    ex = X("a", LEAD + "工业和信息化部印发《工业互联网创新发展行动计划》。")
    fact = ex.facts[0]
    stray = replace(ex, facts=(replace(fact, evidence=replace(fact.evidence, doc="b")),))
    with pytest.raises(ValueError, match="another document"):
        Linker().add(stray)
