"""nlp/__init__.py: sentences with their tokens as document offsets and their
tags; sentences end at 。！？ (with closing quotes) or a line break; long
texts are cut into chunks at line breaks without moving any offset."""
from __future__ import annotations

from policykg.nlp import chunk_tokens, doc_tokens, get_nlp, iter_chunks, sentences_of


def test_sentences_end_at_stops_quotes_and_line_breaks():
    text = "第一句。“第二句！”第三句？\n第四行没有句号\n\n  第五句。"
    assert [s.text for s in sentences_of(text)] == ["第一句。", "“第二句！”", "第三句？", "第四行没有句号", "第五句。"]


def test_sentences_and_tokens_point_into_the_text():
    text = "工业和信息化部印发《通知》。\n到2025年，建成 5G 基站10万个。"
    for s in sentences_of(text):
        assert text[s.start:s.end] == s.text
        assert len(s.starts) == len(s.ends) == len(s.tags)
        for start, end, word, tag in s.tokens():
            assert s.text[start:end] == word and not word.isspace() and tag


def test_token_at_and_boundaries():
    (s,) = sentences_of("工业和信息化部印发通知。")
    i = s.token_at(2)
    assert s.text[s.starts[i] - s.start:s.ends[i] - s.start] == "工业和信息化部"
    assert s.is_boundary(0) and s.is_boundary(7) and not s.is_boundary(3)
    assert s.token_at(100) == -1


def test_chunks_are_cut_at_line_breaks_and_cover_the_text():
    text = ("某某句子。" * 30 + "\n") * 50
    chunks = list(iter_chunks(text, max_chars=1000))
    assert len(chunks) > 1
    assert "".join(piece for _, piece in chunks) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in chunks)
    assert all(piece.endswith("\n") for _, piece in chunks[:-1])


def test_a_long_text_keeps_its_offsets_across_chunks():
    text = ("到2025年，建成基站10万个。\n" * 3000)
    sents = sentences_of(text)
    assert len(sents) == 3000
    last = sents[-1]
    assert text[last.start:last.end] == last.text == "到2025年，建成基站10万个。"
    assert text[last.starts[0]:last.ends[0]] in last.text


def test_the_pipeline_is_shared():
    assert get_nlp() is get_nlp()
    assert sentences_of("") == [] and sentences_of("\n\n  \n") == []


def test_tokens_read_without_the_doc_are_the_docs():
    text = "工业和信息化部印发《通知》。\n到2021-2023年，建成 5G 基站10万个，TFT-LCD\u3000面板增长5.5%。\n\n  www.gov.cn\t"
    assert chunk_tokens(get_nlp(), text, 7) == doc_tokens(get_nlp(), text, 7)
