"""The NLP stage's jieba set-up: the dictionary's part-of-speech tags, cached."""
from __future__ import annotations

import pytest

from policykg import nlp


@pytest.fixture
def fresh_tags(tmp_path, monkeypatch):
    """dictionary_tags with its cache file in ``tmp_path``, not memoised."""
    monkeypatch.setattr(nlp.tempfile, "gettempdir", lambda: str(tmp_path))
    nlp.dictionary_tags.cache_clear()
    yield tmp_path
    nlp.dictionary_tags.cache_clear()


def test_dictionary_tags_are_jieba_posseg_tags_and_are_cached(fresh_tags):
    import jieba.posseg

    first = nlp.dictionary_tags()
    assert first == jieba.posseg.dt.word_tag_tab and first["工业"] == "n"
    [cached] = fresh_tags.glob("policykg-jieba-tags.*.marshal")
    nlp.dictionary_tags.cache_clear()
    cached.write_bytes(cached.read_bytes()[:-1000])  # a truncated cache is parsed anew and rewritten
    assert nlp.dictionary_tags() == first
    nlp.dictionary_tags.cache_clear()
    assert nlp.dictionary_tags() == first and len(cached.read_bytes()) > 1000
