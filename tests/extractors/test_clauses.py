"""extractors/clauses.py: the clause-level reading shared by measures and
instruments — the clauses of a sentence, and whether a place is inside quotes."""
from __future__ import annotations

import pytest

from policykg.extractors.clauses import Clause, clause_of, clauses_of, inside_quotes
from policykg.nlp import sentences_of


def test_clauses_of_a_sentence():
    sent = sentences_of("到2025年，全省建成基站1万个；培育企业50家。")[0]
    spans = [sent.text[c.start:c.end] for c in clauses_of(sent)]
    assert spans == ["到2025年", "全省建成基站1万个", "培育企业50家"]
    assert clause_of(clauses_of(sent), sent.text.index("50")) == Clause(sent.text.index("培育"), sent.text.index("。"))
    assert clause_of(clauses_of(sent), len(sent.text)) is None


@pytest.mark.parametrize("text, rel, inside", [
    ("《十四五规划》提出", 3, True),
    ("“五大平台”建设", 2, True),
    ("“五大平台”建设", 6, False),
    ("「两个确保」", 2, True),
    ("全省建成基站", 2, False),
])
def test_inside_quotes(text, rel, inside):
    assert inside_quotes(text, rel) is inside
