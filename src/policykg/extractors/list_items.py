"""The items of a list a grant names, one per amount of a 分别 list: thresholds (营业收入首次突破10亿元、50亿元的企业),
grades (国家级、省级专精特新企业; 二星级、一星级认证), items standing for the end or the start of the first
(开设全球首店、亚洲首店的; 国家体育产业示范基地、示范单位), short items sharing the last one's tail (本科、大专、中职毕业生
进入…的) and the qualifying verb or noun the first or the last carries for all."""
from __future__ import annotations

import os
import re

from ..lexicon import alternation, memo, pattern, words
from ..nlp import Sentence
from ..records import Measure
from .clauses import Clause


def each_threshold(items: list[str]) -> list[str]:
    """The beneficiaries of a list of thresholds (营业收入首次突破10亿元、50亿元、100亿元的企业): the first item with
    each item's amount in place of its own, and what the last one ends with (的企业); [] for other lists."""
    first = list(re.finditer(AMOUNT_ITEM, items[0]))
    rest = [re.match(AMOUNT_ITEM, item) for item in items[1:]]
    if not first or not rest or not all(rest):
        return []
    tail = items[-1][rest[-1].end():]
    bound = re.match(r"(?:及以上|以上|及以下|以下|以内)?", tail).group()
    head = items[0][:first[-1].start()]
    return [(head + amount + ("" if "至" in amount else bound) + tail[len(bound):]).removesuffix("的")
            for amount in [first[-1].group()] + [m.group() for m in rest]]  # (a band's own ends are its bound)


@memo(maxsize=1)
def grade_pattern() -> str:
    """A grade of a list of grades: a level (国家级, 省级), an award's (金奖, 一等奖), a rating (5A级, 甲级, 三星级), a class
    (A类) or a phase (Ⅱ期)."""
    return rf"(?:{alternation(words('instruments', 'level_words'))}|{alternation(words('instruments', 'award_grades'))}" \
           r"|(?:(?![和及与])[\u4e00-\u9fff]){1,3}[市州县区]级" \
           r"|\d?[A-Z]{1,5}级|[A-Z]类|[A-Z]档|[甲乙丙丁]级" \
           r"|[一二三四五六七]星级|[一二三四五]级|[一二三四]类|[ⅠⅡⅢⅣⅤ]期)"


def each_grade(who: str, n: int) -> list[str]:
    """The beneficiaries of a list of n grades, amounts or like short items written inside one (新评定为国家5A级、4A级旅游
    景区的 -> 新评定为国家5A级旅游景区的, …; 企业年营业收入首次突破20亿元、50亿元、100亿元的; 二孩、三孩家庭), [] when it
    holds no such list."""
    who = ELIDED_GRADE.sub(r"\1级", who)  # (国家5A、4A、3A级 -> 国家5A级、4A级、3A级)
    for item in (grade_pattern() + NOTED, AMOUNT_ITEM):
        run = re.search(rf"{item}(?:[、和及与]{item}){{{n - 1}}}(?![、和及与]?{item})", who) if n > 1 else None
        found = re.findall(item, run.group()) if run else []
        if len(found) == n and {BRACKETED.sub("", f) for f in found} <= set(words("instruments", "award_grades")) \
                and listed_outside_brackets(who[:run.start()] + who[run.end():]):
            return []  # (在国际性、全国性…获得金奖、银奖的: two lists, which one the amounts follow unsaid)
        if len(found) == n:
            tail = who[run.end():]
            bound = re.match(r"(?:及以上|以上|及以下|以下|以内)?", tail).group()
            return [who[:run.start()] + g + (tail[len(bound):] if "至" in g else tail) for g in found]
            # (年养蚕50张至99张、…、200张以上的: a band's own ends are its bound)
    run = re.match(r"[\u4e00-\u9fff]{0,3}(?P<end>[\u4e00-\u9fff])(?:、[\u4e00-\u9fff]{0,3}?(?P=end))+(?!、)", who) \
        if n > 1 else None  # (二孩、三孩家庭…: short items alike at their end, opening the text)
    items = run.group().split("、") if run else []
    if len(items) != n or who.count("、") > n - 1:
        return []  # (在国际性、全国性…获得特等奖、一等奖的: two lists, which one the amounts follow unsaid)
    size = len(items[1]) if len({len(i) for i in items[1:]}) == 1 and len(items[0]) > len(items[1]) else len(items[0])
    lead = items[0][:len(items[0]) - size]  # (取得中型、小型…: 取得 leads each item)
    return [lead + i + who[run.end():] for i in [items[0][len(lead):], *items[1:]]]


ELIDED_GRADE = re.compile(r"(\d?[A-Z]{1,5})(?=(?:、\d?[A-Z]{1,5})+级)")


NOTED = r"(?:[（(][^（）()]{1,6}[）)])?"  # a grade's note in brackets (初级（五级）)


NUMBER_UNIT = r"\d+(?:\.\d+)?[十百千万亿]*(?:[%‰]|(?:(?![的以及和与或至])[\u4e00-\u9fff]){1,3}?)(?=[、和及与或的以至（(]|$)"
# (a share too: 境外展商数量占比达到20%、30%以上的)


AMOUNT_ITEM = rf"{NUMBER_UNIT}(?:至{NUMBER_UNIT})?(?:[（(]不?含[）)])?"
# (an amount of a list of thresholds and its unit, or a band: 营业收入首次突破10亿元、50亿元的; 年产量首次达到5万辆、
# 10万辆的; 运力达到1万载重吨、3万载重吨的; 1000万元至5000万元（不含）、5000万元至1亿元（不含）、1亿元以上的)


PARALLEL_END = 6  # characters at most of the items a list writes out for a part of its first (亚洲首店, 省地方标准)


def each_parallel(items: list[str]) -> list[str]:
    """The beneficiaries of a list whose later items stand for the end of the first (开设全球首店、亚洲首店、全国首店的 ->
    开设亚洲首店的 …; 主编某领域国家标准、行业标准、省地方标准的单位 -> 主编某领域行业标准的单位 …): what the first says
    before that end, and what the last says after it, go to each; [] when the items do not end alike in two characters
    or more. The first item's end is as long as the item after it."""
    first, last = items[0], items[-1]
    k = last.find(first[-1]) if first and "的" not in first else -1  # (a lead ending in 的 is shared as it is)
    others = [*items[1:-1], last[:k + 1]]
    alike = 1 if all(len(o) == 2 for o in others) else 2  # (引进临床医学博士、硕士的: two-character words end alike in one)
    if k < 1 or any(len(o) > PARALLEL_END for o in others) or len(first) <= len(others[0]) \
            or len(os.path.commonprefix([first[::-1], *(o[::-1] for o in others)])) < alike:
        return []
    size = len(others[0])
    level = re.match(grade_pattern(), first[-size:])
    if level and not any(re.search(grade_pattern(), o) for o in others):
        size -= level.end()  # (新认定为省级技术中心、工业设计中心的: 省级 is the later items' too)
    return [first[:-size] + e + last[k + 1:] for e in [first[-size:], *others]]


def each_shared_start(items: list[str]) -> list[str]:
    """The beneficiaries of a list whose later items start as a part of the first does (新认定的国家体育产业示范基地、
    示范单位、示范项目 -> 新认定的国家体育产业示范项目 …): what the first says before that part goes to each; [] if none."""
    first, later = items[0], items[1:]
    start = os.path.commonprefix(later) if len(later) > 1 else later[0]
    for n in range(min(len(start), PARALLEL_END), 1, -1):
        at = first.rfind(start[:n])
        if at > 0:
            return [first, *(i if i.startswith(first[:at]) else first[:at] + i for i in later)]
    return []


def each_shared_tail(items: list[str]) -> list[str]:
    """The beneficiaries of a list of short items whose last one goes on to say what all do (全日制高校本科、大专、中职毕业生
    进入本市养老机构…的 -> 全日制高校本科毕业生进入…的, 大专毕业生进入…的, …): that tail goes to each; [] if none. The
    last item's own part is as long as the items between."""
    size = len(items[1]) if len(items) > 2 and len({len(i) for i in items[1:-1]}) == 1 else 0
    tail = items[-1][size:]
    if not size or not tail.endswith("的") or len(tail) < 2 * size or any(i.endswith("的") for i in items[:-1]) \
            or tail.startswith(tuple(items[1:-1])):
        return []  # (高级工、技师、高级技师职业…: the last item is longer than the ones between)
    return [item + tail for item in items[:-1]] + [items[-1]]


def other_verb(whole: str, own: str, n: int) -> list[str]:
    """The n items an earlier part lists with the way a later part names instead of its own, the later part only that
    way and the verb (对企业主导制定国家标准、行业标准的，…；参与制定的，分别… -> 企业参与制定国家标准的, …), [] if not so."""
    core = own.removesuffix("的")
    at = whole.find(core[-2:]) if own.endswith("的") and len(core) == 4 else -1
    items = each_parallel(whole.split("、")) if at >= 2 and whole.count("、") == n - 1 else []
    old = whole[at - 2:at + 2]
    return [i.replace(old, core, 1) for i in items] if len(items) == n and old != core else []


def other_award(whole: str, own: str, n: int) -> list[str]:
    """The n grades an earlier part lists with the award a later part names instead (对获得国家级、省级某大赛金奖的产品，
    分别…；获得银奖的，分别… -> 获得国家级某大赛银奖的产品, …) or the way (参与制定的: ``other_verb``), [] unless the
    later part is only that award or way."""
    awards = alternation(words("instruments", "award_grades"))
    mine, theirs = re.search(awards, own), re.search(awards, whole)
    if not mine or not theirs:
        return other_verb(whole, own, n)
    if mine.group() == theirs.group() or own.replace(mine.group(), "").removesuffix("的") not in whole:
        return []
    items = each_grade(whole, n)
    return [i.replace(theirs.group(), mine.group(), 1) for i in items] if len(items) == n else []


def qualifying_lead(items: list[str]) -> str:
    """What the first item of a list says up to the verb of how one qualifies, when the other items leave it out
    (新获评国家级、省级… -> 新获评; 主导制定国际标准、国家标准… -> 主导制定); "" if none."""
    verbs = pattern("instruments:qualifying_verbs")
    found = list(verbs.finditer(items[0]))
    if not found or any(verbs.search(item) for item in items[1:]):
        return ""
    level = re.compile(grade_pattern()).match(items[0], found[-1].end())
    if level and not any(re.search(grade_pattern(), item) for item in items[1:]):
        return items[0][:level.end()]  # (新认定为省级数字化车间、智能工厂的: 省级 is the later items' too)
    return items[0][:found[-1].end()]


def shared_noun(items: list[str]) -> str:
    """The noun the last item carries for all: 国家级、省级专精特新企业 -> 专精特新企业
    (what follows, in the last item, the character the first item ends with), or what follows the last item's first
    words as long as the middle items (本科、硕士、博士毕业生 -> 毕业生)."""
    first, last = items[0], items[-1]
    k = last.find(first[-1]) if first else -1
    head = last[k + 1:] if k >= 0 else ""
    middle = {len(i) for i in items[1:-1]}
    if len(head) < 2 and len(middle) == 1 and len(first) <= (size := middle.pop()) + 1 and size <= len(last) \
            and any(i.endswith(last[size - 1]) for i in items[1:-1]):  # (not a last item shorter than the middle ones)
        head = last[size:]  # (本科、硕士、博士毕业生: 毕业生 after 博士, of a kind with 硕士; not 企业、高校、科研院所)
    return head if len(head) >= 2 else ""


def listed_outside_brackets(text: str) -> bool:
    """``text`` lists items with 、 outside brackets (not 一类创新药（含化学药、生物制品）: one item)."""
    return "、" in BRACKETED.sub("", text)


BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


RATED = re.compile(r"(?P<lead>[\u4e00-\u9fff]{0,6}?(?:为|是|达到))"
                   r"(?P<grades>[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+)的"
                   r"(?P<head>[\u4e00-\u9fff（）()、]{1,12})")  # (评价为优秀、良好的县（市、区）)


QUOTED_LIST = re.compile(r"(?P<lead>[^“”]*)(?P<items>(?:“[^“”]+”){2,})(?P<tail>[^“”、]*)")  # (quoted names side by side)


def listed_before(found: list[tuple[int, Measure]], n: int, text: str, at: int) -> list[str]:
    """The beneficiaries of the n instruments one clause of the sentence found last, before ``at`` in the same part of
    it (no ； between), each its own; [] when they are not such a list."""
    last = found[-n:]
    whom = [m.beneficiary for _, m in last]
    if len(last) < n or len({a for a, _ in last}) != 1 or not all(whom) or len(set(whom)) != n \
            or "；" in text[last[0][0]:at]:
        return []
    return whom


def thresholds_before(sent: Sentence, clause: Clause, n: int) -> list[str]:
    """The n thresholds the words before a clause list in one run (固定资产投资（不含土地价款）达到5000万元、1亿元、3亿元以上
    -> 固定资产投资达到5000万元以上, …), without their notes; [] when they list no such run."""
    before = BRACKETED.sub("", sent.text[sent.text.rfind("；", 0, clause.start) + 1:clause.start]).rstrip("，")
    return each_threshold(before.split("，")[-1].split("、"))



def inner_run(sent: Sentence, clause: Clause, n: int) -> tuple[str, list[str]]:
    """The run of n 、-joined items the last phrase holding one, in the part before a 分别 clause, ends on
    (获得金奖、银奖的经营主体; 制定国家标准、行业标准、地方标准、团体标准，分别…), as (the run's text, its items): the
    last item ends at 的 or the phrase's end, the first is as long as the last (the words before it qualify the
    list) or, in a longer list, what follows its 的; all end alike. ("", []) without 分别 or such a run."""
    part = sent.text[sent.text.rfind("；", 0, clause.start) + 1:clause.start]
    if "分别" not in part + sent.text[clause.start:clause.end]:
        return "", []
    phrases = [p for p in re.split(r"[，：:]", part) if "、" in p]
    if not phrases:
        return "", []
    segments = phrases[-1].split("、")
    if len(segments) < n:
        return "", []
    last = segments[-1].split("的")[0]
    middle = segments[len(segments) - n + 1:-1]
    head = segments[-n]
    first = head.rpartition("的")[2] if len(segments) > n and "的" in head else head[-len(last):].rpartition("的")[2]
    items = [first, *middle, last]
    if not all(2 <= len(i) <= SHORT_ITEM and INNER_ITEM.fullmatch(i) for i in items) \
            or len({i[-1] for i in items}) != 1 or len(set(items)) != n:
        return "", []  # (items of one kind end alike: 金奖、银奖; 国家标准、行业标准 — not 收住失能、半失能、自理老年人)
    return "、".join(items), items


SHORT_ITEM = 8  # characters at most of an item of a list inside a beneficiary's words
INNER_ITEM = re.compile(r"[\u4e00-\u9fff]+")
