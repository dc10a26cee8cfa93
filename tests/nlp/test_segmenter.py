"""The segmenter backends: the same words from rjieba and jieba, user words with their tags."""
from __future__ import annotations

import pytest

from policykg.errors import OntologyError
from policykg.nlp import segmenter
from policykg.nlp.segmenter import BACKENDS, default_backend, jieba_pieces, make_nlp, tagger

SENTENCES = [
    "工业和信息化部印发《工业互联网创新发展行动计划（2021-2023年）》。",
    "到2025年，京津冀地区建成5G基站3万个，TFT-LCD产能增长72.1%，详见www.miit.gov.cn。",
    "全市规上工业企业生产设备数字化率超54%，PM2.5浓度下降3.3%，C++与NB-IoT并举。",
    "国家发展改革委、科技部联合发布通知，丁薛祥日前在京出席会议。",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_rjieba_cuts_the_words_jieba_cuts(text: str) -> None:
    assert [w for w, _ in tagger("rjieba")(text)] == [w for w, _ in tagger("jieba")(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_words_cover_the_text(text: str) -> None:
    for backend in BACKENDS:
        assert "".join(w for w, _ in tagger(backend)(text)) == text


@pytest.mark.parametrize("word,expected", [("2021-2023", ["2021", "-", "2023"]), ("72.1%", ["72.1%"]),
                                           ("TFT-LCD", ["TFT", "-", "LCD"]), ("0.015mm", ["0.015", "mm"]),
                                           ("www.gov.cn", ["www", ".", "gov", ".", "cn"])])
def test_ascii_runs_are_cut_as_jieba_cuts_them(word: str, expected: list[str]) -> None:
    assert jieba_pieces(word) == expected
    assert [w for w, _ in tagger("rjieba")(f"见{word}。")] == ["见", *expected, "。"]


def test_user_words_are_single_tokens_with_the_user_tag_in_both_backends() -> None:
    # 京津冀 and 科技部 are in jieba's dictionary with other tags: the vocabulary's tag wins
    for backend in ("rjieba", "jieba"):
        tags = dict(tagger(backend)("京津冀协同，科技部、工业和信息化部"))
        assert tags["京津冀"] == "ns" and tags["科技部"] == "nt" and tags["工业和信息化部"] == "nt", backend


def test_a_route_china_shares_with_one_country_is_one_word() -> None:
    for backend in ("rjieba", "jieba"):
        words = [w for w, _ in tagger(backend)("今年，经中老铁路进出口货物增长，中巴经济走廊建设加快。")]
        assert "中老铁路" in words and "中巴经济走廊" in words, backend


def test_ascii_tags_are_number_or_english() -> None:
    tags = dict(tagger("rjieba")("增长72.1%，建成5G基站"))
    assert tags["72.1%"] == "m" and tags["5G"] == "eng"


def test_nlp_is_a_spacy_language_with_the_registered_segmenter() -> None:
    nlp = make_nlp("rjieba")
    doc = nlp("工业和信息化部印发通知。")
    assert nlp.lang == "zh" and isinstance(nlp.tokenizer, segmenter.Segmenter)
    assert [t.text for t in doc][:2] == ["工业和信息化部", "印发"] and doc[0].tag_ == "nt"


def test_backend_from_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("POLICYKG_SEGMENTER", raising=False)
    assert default_backend() == "rjieba"
    monkeypatch.setenv("POLICYKG_SEGMENTER", "jieba")
    assert default_backend() == "jieba"
    monkeypatch.setenv("POLICYKG_SEGMENTER", "thulac")
    with pytest.raises(OntologyError, match="POLICYKG_SEGMENTER='thulac'; expected one of rjieba"):
        default_backend()


def test_unknown_backend_is_named() -> None:
    with pytest.raises(OntologyError, match="'nope'"):
        tagger("nope")


def test_the_cache_tells_the_backends_apart(monkeypatch) -> None:
    from policykg.cache import segmenter_version

    monkeypatch.setenv("POLICYKG_SEGMENTER", "rjieba")
    rj = segmenter_version()
    monkeypatch.setenv("POLICYKG_SEGMENTER", "jieba")
    assert rj.startswith("rjieba ") and segmenter_version().startswith("jieba ") and rj != segmenter_version()


def test_the_docs_tags_are_the_taggers_user_tags_included() -> None:
    text = "京津冀协同发展，科技部、发改委和工业和信息化部联合印发TFT-LCD产业方案。"
    doc = make_nlp("rjieba")(text)
    assert [(t.text, t.tag_) for t in doc] == [(w, t or "x") for w, t in tagger("rjieba")(text)]
    assert {t.text: t.tag_ for t in doc}["京津冀"] == "ns" and {t.text: t.tag_ for t in doc}["发改委"] == "nt"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("text", ["华为 FusionPlant 平台\t连接设备超过 100 万台\n第二行", "COSMOPlat平台、5G基站和😀表情",
                                  "  前后有空格  "])
def test_doc_tokens_cover_text_with_spaces_and_symbols(backend: str, text: str) -> None:
    doc = make_nlp(backend).make_doc(text)
    assert doc.text == text and all(t.tag_ for t in doc)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_citys_bare_short_form_does_not_split_words(backend: str) -> None:
    assert "大连" not in [t.text for t in make_nlp(backend).make_doc("5G网络实现大连接、低时延。")]


def test_user_words_come_from_the_vocabularies() -> None:
    words = dict(segmenter.user_words())
    assert words.get("工业和信息化部") == "nt" and words.get("浙江省") == "ns"
    assert all(len(w) >= 2 for w in words)
