"""How user text is matched against names (indicators, policy titles, any node
of the graph page): one rule for ``targets``/``policy``/``metric`` and for
``viz --around``. Light on purpose (no pandas, no store), so ``viz`` loads fast.

User text and every label are normalised (NFKC, lower case, 《》“”"' and
spaces removed), then scored:

1. exact: text == label                                   score 1.0
2. the label contains the text (充电桩 -> 公共充电桩)               score 0.8-0.9
3. the text contains the label, and the label is at least half
   as long as the text (公共充电桩 -> 充电桩)                   score 0.6-0.7
4. only when nothing matched by 1-3: shared characters — the Dice
   coefficient of the two character sets is >= 0.6 and at least two
   characters are shared                                   score 0.3-0.5
"""
from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    t = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\s《》〈〉“”\"'‘’「」]+", "", t)


def score(text: str, label: str) -> float:
    """How well ``label`` matches the user's ``text`` (0 = no match); see the module doc."""
    return score_normalised(normalise(text), normalise(label))


def score_normalised(t: str, l: str) -> float:  # noqa: E741
    """:func:`score` of two texts already normalised."""
    if not t or not l:
        return 0.0
    if t == l:
        return 1.0
    if t in l:
        return 0.8 + 0.1 * len(t) / len(l)
    if l in t and len(l) >= max(2, len(t) / 2):
        return 0.6 + 0.1 * len(l) / len(t)
    a, b = set(t), set(l)
    common = len(a & b)
    dice = 2 * common / (len(a) + len(b))
    if common >= 2 and dice >= 0.6:
        return 0.5 * dice
    return 0.0
