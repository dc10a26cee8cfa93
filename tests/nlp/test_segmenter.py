"""nlp/segmenter.py: the registered spaCy tokenizer (rjieba or jieba) with the
vocabularies' names as user words; tokens cover the text exactly."""
from __future__ import annotations

import pytest

from policykg.errors import OntologyError
from policykg.nlp.segmenter import BACKENDS, default_backend, make_nlp, tagger, user_words

TEXTS = [
    "工业和信息化部印发《某某行动计划（2021-2023年）》。",
    "华为 FusionPlant 平台\t连接设备超过 100 万台\n第二行",
    "COSMOPlat平台、5G基站和😀表情",
    "  前后有空格  ",
]


@pytest.fixture(scope="module", params=BACKENDS)
def nlp(request):
    return make_nlp(request.param)


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_cover_the_text_exactly(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "".join(t.text for t in doc) == text
    assert all(t.tag_ for t in doc)


def test_vocabulary_names_are_single_tokens(nlp):
    words = [t.text for t in nlp.make_doc("工业和信息化部与国家发展和改革委员会联合发文。")]
    assert "工业和信息化部" in words and "国家发展和改革委员会" in words


def test_a_citys_bare_short_form_does_not_split_words(nlp):
    words = [t.text for t in nlp.make_doc("5G网络实现大连接、低时延。")]
    assert "大连" not in words


def test_tags_are_jiebas():
    tags = dict(tagger("jieba")("工业发展"))
    assert tags.get("工业") == "n"


def test_user_words_come_from_the_vocabularies():
    words = dict(user_words())
    assert words.get("工业和信息化部") == "nt"
    assert words.get("浙江省") == "ns"
    assert all(len(w) >= 2 for w in words)


def test_an_unknown_backend_is_an_error_naming_it(monkeypatch):
    with pytest.raises(OntologyError, match="'spacy-pkuseg'"):
        tagger("spacy-pkuseg")
    monkeypatch.setenv("POLICYKG_SEGMENTER", "hanlp")
    with pytest.raises(OntologyError, match="POLICYKG_SEGMENTER='hanlp'"):
        default_backend()
