"""Runs of words before a number, as the measures family reads them: their tokens, and the runs that go
with the last one — a list that does something together (铁路、公路、民航共发送旅客), verbs or qualifiers joined
by 、 (新建、改造…; 国家级、省级…), nouns that share one number (供水、供热管网1600公里), a forecast's
subject before its cue (民航预计…), what a rate alone is of (…收入2016年至2018年年均增长率), where a run of
verbs starts and which one governs the words after it (打造|城镇|建设…), and the second head a count's 和 joins
(城市和园区)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...lexicon import pattern, words
from ...nlp import Sentence
from ..clauses import MAX_INDICATOR


def run_tokens(sent: Sentence, start: int, end: int, clip: bool = False) -> list[tuple[str, str]]:
    """(word, tag) of the tokens inside [start, end) (sentence-relative); when a token
    crosses an edge, [] — or, with ``clip``, its part inside (社会消费品零售|总额达到)."""
    out = []
    base, text = sent.start, sent.text
    for k in range(bisect_right(sent.ends, base + start), bisect_left(sent.starts, base + end)):
        s, e = sent.starts[k] - base, sent.ends[k] - base
        if s < start or e > end:
            if not clip:
                return []
        out.append((text[max(s, start):min(e, end)], sent.tags[k]))
    return out


def collective_run(stem: str, runs: list[re.Match[str]], sent: Sentence | None, offset: int) -> re.Match[str]:
    """The last run of words, or with the list of short names it closes when they do something together
    (铁路、公路、水路、民航预计共发送旅客: all four, not 民航; not the 共 of 公共 or 医共体)."""
    last = runs[-1]
    tokens = run_tokens(sent, offset + last.start(), offset + last.end()) if sent is not None else []
    if not any(word == "共" and k + 1 < len(tokens) and tokens[k + 1][1].startswith("v") for k, (word, _) in enumerate(tokens)):
        return last  # (命运与共: no doing together)
    first = len(runs) - 1
    while first > 0 and stem[runs[first - 1].end():runs[first].start()] == "、" and len(runs[first - 1].group()) <= 4:
        first -= 1
    return re.compile(r".+").match(stem, runs[first].start(), runs[-1].end()) if first < len(runs) - 1 else runs[-1]


def with_joined_verb(stem: str, runs: list[re.Match[str]], run: re.Match[str]) -> re.Match[str]:
    """The run, from the addition verbs joined to its own by 、 (新建、改造高标准农田; 制定、修改、废止省政府规章: all the
    verbs), or as it is."""
    k = len(runs) - 1
    if run is not runs[k] or k == 0 or stem[runs[k - 1].end():run.start()] != "、" \
            or not pattern("measures:addition_verbs", "^(?:{})").match(run.group()):
        return run
    verb = pattern("measures:addition_verbs", "(?:{})$").search(runs[k - 1].group())
    if verb is None:
        return run
    start = verb.start() + runs[k - 1].start()
    while verb.start() == 0 and k > 1 and stem[runs[k - 2].end():runs[k - 1].start()] == "、" \
            and (verb := pattern("measures:addition_verbs", "^(?:{})$").match(runs[k - 2].group())) is not None:
        k, start = k - 1, runs[k - 2].start()  # (a verb alone before it: 制定、修改、…)
    return re.compile(r".+").match(stem, start, run.end())


def with_example_list(stem: str, runs: list[re.Match[str]], run: re.Match[str]) -> re.Match[str]:
    """The run, from the verb before a list of examples that its 等 closes (新开发人工智能、养生保健等老年教育课程:
    the verb adds the class the examples are of), or as it is."""
    k = len(runs) - 1
    if run is not runs[k] or "等" not in run.group()[2:]:
        return run
    first = k
    while first > 0 and stem[runs[first - 1].end():runs[first].start()] == "、" and len(runs[first - 1].group()) <= 10:
        first -= 1
    verbs = words("measures", "count_verbs") + words("measures", "addition_verbs")
    lead = pattern("measures:lead_noise", "(?:{})*").match(runs[first].group()).end()  # (全市推广甲、乙等技术面积)
    verb = pattern(verbs, "(?:{})").match(runs[first].group(), lead) if first < k else None
    if verb is None or verb.end() == len(runs[first].group()):
        return run  # (建设、种养殖、农产品加工等项目: 建设 is an example, not the verb)
    return re.compile(r".+").match(stem, runs[first].start() + lead, run.end())


COLLECTIVE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[和及与][\u4e00-\u9fff]{2,8})?"
                        r"(?P<name>“新?[一二三四五六七八九十两][\u4e00-\u9fff]{0,3}”)[\u4e00-\u9fff]")
# (a list's last item, or two joined by 和, and the name that counts the items: “新三样”, “三新”; not 专精特新“小巨人”企业,
# one title)


def with_quoted_name(stem: str, run: re.Match[str]) -> re.Match[str]:
    """The run, from the opening quote of a name it ends inside (“千村引领、万村提升”工程项目: the 、 is the name's,
    not a list's), or from the quoted name that counts the items of a list it follows the last item of (电动汽车、锂电池、
    光伏产品“新三样”出口 -> “新三样”出口: all three), or as it is."""
    last = stem.rfind("、", 0, run.end()) + 1  # (the list's last item, in the run or right before it)
    collective = COLLECTIVE.match(stem, last, run.end()) if 0 < last and run.start() <= last else None
    if collective:
        return re.compile(r".+").match(stem, collective.start("name"), run.end())
    opening = stem.rfind("“", 0, run.start())
    if opening < 0 or stem.rfind("”", 0, run.start()) > opening or "”" not in run.group() \
            or not re.fullmatch(r"“[\u4e00-\u9fff、]+、", stem[opening:run.start()]):
        return run
    return re.compile(r".+").match(stem, opening, run.end())


def with_joined_qualifier(stem: str, runs: list[re.Match[str]], run: re.Match[str], sent: Sentence | None,
                     offset: int) -> re.Match[str]:
    """The run, from a qualifier joined to it by 、 that shares its head (创新型、专精特新中小企业: one
    count of both kinds) or from the nouns joined to it that share its number (新建供水、供热管网1600公里,
    工业投资、民间投资年均增长6%), or as it is."""
    k = len(runs) - 1
    if sent is None or run is not runs[k] or k == 0 or stem[runs[k - 1].end():run.start()] != "、":
        return run
    shared = joined_nouns_start(stem, runs, sent, offset)
    if shared is not None:
        return re.compile(r".+").match(stem, shared, run.end())
    before = run_tokens(sent, offset + runs[k - 1].start(), offset + runs[k - 1].end())
    if not before or not before[-1][0].endswith(tuple(words("measures", "qualifier_ends"))) or len(before[-1][0]) < 2 \
            or not before[-1][1].startswith(("n", "b", "j")):
        return run  # (改造升级、…: a verb, not a kind)
    start = runs[k - 1].end() - len(before[-1][0])
    additions = words("measures", "addition_verbs")
    for word, _ in reversed(before[:-1]):  # (新增国家级、省级…: the verb that adds them stays)
        if word not in additions:
            break
        start -= len(word)
    return re.compile(r".+").match(stem, start, run.end())


def joined_nouns_start(stem: str, runs: list[re.Match[str]], sent: Sentence, offset: int) -> int | None:
    """Where the list of nouns joined by 、 to the last run opens, when the number is of all of them: the
    last run opens on a noun and names no kinds (等), and no item holds a number (学校10所、医院…) or ends
    on a verb or a particle; else None."""
    last = run_tokens(sent, offset + runs[-1].start(), offset + runs[-1].end())
    verbs = set(words("measures", "addition_verbs")) | set(words("measures", "count_verbs"))
    if not last or not last[0][1].startswith(("n", "b", "vn", "l")) or last[0][0] in verbs \
            or "等" in runs[-1].group() and not runs[-1].group().endswith(words("measures", "indicator_heads")):
        return None  # (园区、新建厂房: an item of its own; 科研、工业、消费等领域: a scope; not 计算机通信、航空航天等新兴产业税收)
    first = len(runs) - 1
    while first > 0 and stem[runs[first - 1].end():runs[first].start()] == "、":
        first -= 1
    if re.search(r"[\d和及与]$", stem[:runs[first].start()].rstrip()):
        return None
    after = re.split(r"[，,；;。]", sent.text[offset + runs[-1].end():])[0]
    if re.search(r"\d[^、\d]{0,4}、[^、\d]{0,4}\d", after):
        return None  # 床位数、医师数增至7.83张、3.57个: one value for each item
    for item in runs[first:-1]:
        tokens = run_tokens(sent, offset + item.start(), offset + item.end())
        if not tokens or re.search(r"\d", item.group()) or not tokens[-1][1].startswith(("n", "b", "j", "vn", "l")) \
                or len(tokens[-1][0]) < 2:
            return None
    return runs[first].start() if len(stem[runs[first].start():runs[-1].end()]) <= MAX_INDICATOR else None


def forecast_subject(stem: str, runs: list[re.Match[str]], sent: Sentence | None, offset: int) -> list[tuple[str, str]]:
    """The short subject before a time word and a forecast cue (民航[今天]预计发送旅客 -> 民航):
    tokens to put before the last run's, or []."""
    if sent is None or len(runs) < 2 or not runs[-1].group().startswith(tuple(words("measures", "forecast_cues"))):
        return []
    subject = runs[-2]
    if stem[subject.end():runs[-1].start()].strip() or len(subject.group()) > 4 \
            or stem[:subject.start()].rstrip().endswith(("、", "和", "及")):
        return []  # (铁路、公路、水路、民航预计共发送旅客: the last of a list is not the subject)
    return run_tokens(sent, offset + subject.start(), offset + subject.end(), clip=True)


def rate_subject(stem: str, runs: list[re.Match[str]], run: re.Match[str], sent: Sentence | None,
                 offset: int) -> list[tuple[str, str]]:
    """The words a rate alone (年均增长率) is of, before a date that split them (平均主营业务收入2016年至2018年
    年均增长率): tokens to put before the run's, or []."""
    rates = (*words("measures", "generic_tails"), "增长率", "年均增长率")
    if sent is None or run is not runs[-1] or len(runs) < 2 or run.group() not in rates \
            or stem[runs[-2].end():run.start()].strip():
        return []
    return run_tokens(sent, offset + runs[-2].start(), offset + runs[-2].end(), clip=True)


def governing_verb(tokens: list[tuple[str, str]], k: int, verbs: set[str]) -> int | None:
    """The index of an addition verb before token ``k`` with only nouns between them (打造|城镇|建设…: the
    first verb governs, the second is part of what it makes), or None."""
    for j in range(k - 1):
        if tokens[j][0] in verbs and k - j > 1 and all(t[1].startswith(("n", "s")) and t[1] != "nr"
                                                        for t in tokens[j + 1:k]):
            return j
    return None


def verb_run_start(tokens: list[tuple[str, str]], k: int, verbs: set[str]) -> int:
    """Where the run of ``verbs`` (joined or not by 和/及/或) that ends with token ``k`` starts."""
    j = k
    while j > 0 and (tokens[j - 1][0] in verbs or tokens[j - 1][0] in ("和", "及", "或", "、") and j > 1
                     and tokens[j - 2][0] in verbs):
        j -= 1 if tokens[j - 1][0] in verbs else 2
    return j


def joins_heads(sent: Sentence, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` (sentence-relative), after a 和 that follows a counted noun,
    are a second head sharing the count (城市和园区, 宜居宜业和美乡村片区): nouns only, or words ending
    with the head before 和 (公共服务中心和物流配送中心), or a second work after a first (保护和修复重大工程, 灌区建设和
    现代化改造), up to where the counted words end — not a thing
    with a count of its own (…和一批龙头企业) nor the rest of the clause (…和单位进驻工作, …和他们)."""
    tokens = [t for t in sent.tokens() if start <= t[0] and t[1] <= end]
    if not (end - start >= 2 and tokens and tokens[0][0] == start and tokens[-1][1] == end):
        return False
    before = sent.token_at(start - 2)  # (the last word before 和)
    same_head = before >= 0 and len(tokens[-1][2]) >= 2 \
        and sent.text[sent.starts[before] - sent.start:sent.ends[before] - sent.start].endswith(tokens[-1][2])
    verbs = before >= 0 and sent.tags[before].startswith("v") and tokens[0][3].startswith("v") \
        and all(t[3].startswith(("n", "v", "a", "b")) for t in tokens)  # (一体化保护和修复重大工程, 灌区建设和现代化改造: one work)
    return all(t[3].startswith("n") or t[2] in ("（", "）") for t in tokens) or verbs \
        or same_head and not any(t[3] in ("m", "q") for t in tokens)  # (…服务中心和物流快递配送中心: one head, both)
