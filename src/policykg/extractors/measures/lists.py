"""Lists that give each value its own item: 分别 lists, one value per listed
item (A、B、C分别增长1%、2%、3%; 分别为…), year lists and from–to pairs
(从380元提高至1000元)."""
from __future__ import annotations

import itertools
import re

from ...lexicon import pattern, rules, vocabulary, words
from ...nlp import Sentence
from ...quantities import PRE_COMPARATORS
from ...records import Mention
from ..clauses import MAX_INDICATOR, Clause, clause_of, gap_of, verb_patterns, words_before_number
from ..context import Context
from .indicator import SHARE
from .list_shares import (with_elided_words, with_first_site, with_first_subject, with_ordinals, with_shared_basis,
                          with_shared_scope, with_shared_zone)
from .counted import GRADE
from .nouns import clean_indicator, run_tokens


def respectively_items(sent: Sentence, quantities: list[Mention], clauses: list[Clause]) -> dict[int, tuple[str, str, bool] | None]:
    """分别 lists: "A、B和C分别增长12%、9%和5%" -> each number's own indicator. When the items and the numbers are
    not as many, the numbers map to None (they are read as nothing)."""
    text = sent.text
    out: dict[int, tuple[str, str, bool] | None] = {}
    for m in re.finditer("分别", text):
        head_start = text.rfind("，", 0, m.start()) + 1
        head_start = max(head_start, text.rfind("；", 0, m.start()) + 1, text.rfind("：", 0, m.start()) + 1)
        head = re.sub(r"(?:同比|环比)$", "", text[head_start:m.start()])  # (…零售额同比分别增长: 同比 is the base)
        tail_end = list_end(clauses, m.end(), text)
        nums = [q for q in quantities if m.end() <= q.start - sent.start < tail_end]
        dated = dated_items(sent, head_start, m.start(), nums)
        if dated is not None:
            out.update(dated)
            continue
        verb = text[m.end():nums[0].start - sent.start] + words_before_number(nums[0]) if nums else ""
        first = list_before(sent, head_start)
        if first:  # (航空、航天器制造业，电子及通信设备制造业投资分别增长…: the list goes on across a comma)
            out.update(comma_items(sent, first, head, head_start, verb, nums))
            continue
        out.update(aligned_items(sent, head, head_start, verb, nums))
    return out


def respective_to_figures(sent: Sentence, quantities: list[Mention], clauses: list[Clause]) -> dict[int, tuple]:
    """分别 with no list of its own, right after a clause of as many figures (接待国内游客4.16亿人次、入境游客936万人次，
    分别增长6.7%、39.6%): each number to the figure in its place, as (that clause, its index, measure, negative)."""
    out: dict[int, tuple] = {}
    for k, clause in enumerate(clauses[1:], 1):
        head = re.match(r"(?:同比|比上年|较上年)?分别", sent.text[clause.start:clause.end])
        if head is None:
            continue
        nums = [q for q in quantities if clause.start <= q.start - sent.start < clause.end]
        before = [q for q in quantities if clauses[k - 1].start <= q.start - sent.start < clauses[k - 1].end]
        if len(nums) < 2 or len(nums) != len(before):
            continue
        verb = sent.text[clause.start + head.end():nums[0].start - sent.start] + words_before_number(nums[0])
        if verb.startswith("占"):
            continue  # (…，分别占建议、提案总数的95.1%、96.1%: shares of wholes the items do not name)
        measure, negative = list_measure(verb, nums)
        out.update({q.start: (clauses[k - 1], i, measure, negative) for i, q in enumerate(nums)})
    return out


def list_before(sent: Sentence, head_start: int) -> str:
    """The clause before a 分别 list's head when it is itself a list of names (甲、乙，丙分别…; 具有代表性的甲、乙，
    丙…): only nouns and 、, past a modifier ending in 的. Else ""."""
    if head_start < 2:
        return ""
    start = max(sent.text.rfind(p, 0, head_start - 1) for p in "，；：。的") + 1
    before = sent.text[start:head_start - 1]
    tokens = [t for t in sent.tokens() if start <= t[0] and t[1] <= head_start - 1]
    names = "、" in before and not re.search(r"\d", before) and bool(tokens) \
        and all(t[3].startswith(("n", "c", "w", "x")) or t[3] == "vn" for t in tokens)
    return before if names else ""


def comma_items(sent: Sentence, first: str, head: str, head_start: int, verb: str,
                nums: list[Mention]) -> dict[int, tuple[str, str, bool] | None]:
    """Two values of a list whose two items a comma parts (甲、乙制造业，丙及丁制造业投资分别增长…): the first item
    takes the measuring head the last one ends with (投资), when both name the same kind (…业). Else, or with
    other than two values, every value maps to None."""
    heads = words("measures", "indicator_heads")
    tokens = run_tokens(sent, head_start, head_start + len(head))
    trailing = "".join(w for w, _ in reversed(list(itertools.takewhile(lambda t: t[0] in heads, reversed(tokens)))))
    own = head[:len(head) - len(trailing)]
    if len(nums) != 2 or not trailing or not own or own[-1] != first[-1]:
        return {q.start: None for q in nums}
    measure, negative = list_measure(verb, nums)
    return {q.start: (name, measure, negative) for name, q in zip((first + trailing, head), nums)
            if 2 <= len(name) <= MAX_INDICATOR}


NUMERAL_START = re.compile(r"[\d０-９一二三四五六七八九十两百千万零〇]")


def value_list_items(sent: Sentence, quantities: list[Mention], clauses: list[Clause]) -> dict[int, tuple[str, str, bool] | None]:
    """A list of values without 分别: "改造供热、燃气、排水管网800公里、600公里、300公里" ->
    each value to its own item, as with 分别; values that cannot be aligned are read as nothing."""
    text, out = sent.text, {}
    ordered = sorted(quantities, key=lambda q: q.start)
    k = 0
    while k < len(ordered):
        run = [ordered[k]]
        while k + len(run) < len(ordered) and re.fullmatch(
                r"[、和及与]", text[run[-1].end - sent.start:ordered[k + len(run)].start - sent.start]) \
                and NUMERAL_START.match(ordered[k + len(run)].text):  # (5.67万亿元、增长5.4%: a level and its change)
            run.append(ordered[k + len(run)])
        k += len(run)
        clause = clause_of(clauses, run[0].start - sent.start)
        if len(run) < 2 or clause is None or "分别" in text[clause.start:run[0].start - sent.start]:
            continue
        head = text[clause.start:run[0].start - sent.start]
        out.update(aligned_items(sent, head, clause.start, "", run, whole=True))
    return out


def aligned_items(sent: Sentence, head: str, head_start: int, verb: str, nums: list[Mention],
                  whole: bool = False) -> dict[int, tuple[str, str, bool] | None]:
    """Each number of ``nums`` with the item of the list ``head`` (at ``head_start``) in its place, the
    ``verb`` between them saying whether they are changes; when items and numbers are not as many,
    every number maps to None (a list we cannot align: none of its numbers is read). With ``whole``
    (a list without 分别 to say it is one), an item that names nothing on its own voids the list."""
    names = item_names(sent, head, head_start, verb, nums)
    if names is None:
        return {q.start: None for q in nums}
    measure, negative = list_measure(verb, nums)
    out = {q.start: (name, measure, negative) for name, q in zip(names, nums) if 2 <= len(name) <= MAX_INDICATOR}
    if whole and any(len(name) < 3 and name not in words("measures", "short_indicators") for name, _, _ in out.values()):
        return {q.start: None for q in nums}  # (供热、燃气、排水管网800、600、300公里: 燃气 lacks the head 管网)
    return out


def item_names(sent: Sentence, head: str, head_start: int, verb: str, nums: list[Mention]) -> list[str] | None:
    """The indicator of each item of the list ``head`` (at ``head_start``), whose values ``nums`` follow the
    ``verb``; None when the items and the numbers are not as many."""
    summary = pattern("measures:list_summaries", r"(?:等)?[两三四五六七八九十]+[大项个类种条家座](?:{})").search(head)
    if summary is not None:  # 造船完工量、…、手持订单量三大指标, 粮食、棉花、油料三大作物产量: the count names the list
        head, named_after = head[:summary.start()], head[summary.end():].strip().removeprefix("的")
        named_after = pattern("measures:tail_noise", "(?:{})+$").sub("", named_after)
        kind = re.sub(r"^(?:等)?[两三四五六七八九十]+[大项个类种条家座]", "", summary.group())
    else:
        named_after = kind = ""
    listed = re.search(r"[和与及、](?!\d)", head)  # (not 从2021年的46503元和16935元: values, not names)
    items = paired_items(head) if len(nums) == 2 and not listed else []  # (城乡居民…分别增长5%和7%)
    items = items or list_items(head)
    if len(items) < 2 or len(nums) != len(items):
        return None
    measure, _ = list_measure(verb, nums)
    verb = list_verb(verb, nums[0], *verb_patterns()[:2])
    added = pattern("measures:addition_verbs", "^(?:分别|均|共)?(?P<verb>{})了?$").match(verb.strip())
    shared = shared_head(items)
    names = with_ordinals(items) or list_names(sent, head, head_start, items)
    names = with_elided_words(sent, head_start + head.rfind(names[-1]), names)
    names = with_shared_basis(with_first_subject(sent, head_start + head.find(names[0]), names))
    if kind and all(len(name) == 1 for name in names[1:]):
        names = [name[-1] + kind for name in names]  # (一季度)西、中、东三条通道 -> 西通道, 中通道, 东通道
    shared = shared or named_after or head_of_last(sent, head_start + head.rfind(names[-1]), names)
    names = with_shared_zone(with_events_counted(with_level_head(names)))
    rate = next((h for h in words("measures", "rate_heads") if names[-1].endswith(h)), "")
    if rate and not shared and nums[-1].attr("unit") == "百分点":  # 餐饮收入、限额以上餐饮收入增速分别上升…百分点
        names = [name if name.endswith(rate) else name + rate for name in names]
    out = []
    for name in with_list_preposition(names, items[0]):
        if shared and not name.endswith(shared):
            name += shared
        if added and measure == "level" and not name.startswith(added.group("verb")):
            name = added.group("verb") + name  # (甲、乙分别新增12项和44项 -> 新增甲, 新增乙: what was added, each)
        name = LIST_PERIOD.sub("", name)  # (履带挖掘机和装载机前5个月出口量: the period is the figure's date)
        if verb.startswith("占") and "占" not in name:
            whole = SHARE.search(verb.removesuffix("的"))
            name += f"占{whole.group('whole')}" if whole else "占比"  # 分别占世界市场份额的55.7%、74.1%
        out.append(name)
    counts = any(q.attr("unit") in words("measures", "noun_classifiers") for q in nums)
    return with_first_site(with_shared_scope(sent, head_start + head.find(names[0]), names[0], out, counts))


EACH_OF_LIST = re.compile(r"(?<![年平人户日月])均(?:(?!均)[\u4e00-\u9fff]){0,4}?(?:了|达|到|至|为|超过|超|逾|近|约|在)*$")
# (not 年均, 平均, 人均: an average of the whole list)


def jointly_items(sent: Sentence, q: Mention, clause: Clause) -> list[str]:
    """The items of a list that one number is said of each (甲、乙、丙出口均增长20%以上 -> 甲出口, 乙出口, 丙出口;
    甲企业、乙企业均突破1万家): each item has the number; [] when the number does not follow a list and 均."""
    before = sent.text[clause.start:q.start - sent.start]
    each = EACH_OF_LIST.search(before)
    if each is None:
        return []
    lead = pattern("measures:lead_noise", "^(?:{})*").match(before).end()
    head = before[lead:each.start()]
    items = list_items(head)
    if "、" not in head or re.search(r"[\d，；]", head) or any(vocabulary().region(i) for i in items):
        return []  # (甲省、乙省等主产区增产均超过…: places, each its own region, which one row cannot say)
    names = [past_place(n) for n in item_names(sent, head, clause.start + lead, before[each.start():], [q] * len(items))
             or []]  # (某市甲企业、乙企业: the place is the row's region)
    return names if names and all(2 <= len(n) <= MAX_INDICATOR for n in names) else []


def places_each(sent: Sentence, q: Mention, clause: Clause, comparator: str) -> bool:
    """The figure follows a list of places, its measure after the last (甲市、乙市经济总量突破千亿元; 甲省、乙省等主产区
    增产均超过10亿斤), and is a bound (突破, 超过) or said of each (均): each place passed it, which no one row can say
    (neither under their class nor under the places joined)."""
    before = sent.text[clause.start:q.start - sent.start]
    bound = comparator in (">", ">=") or EACH_OF_LIST.search(before) is not None
    if "、" not in before or re.search(r"[\d；]", before) or not bound:
        return False
    lead = pattern("measures:lead_noise", "^(?:{})*").match(before).end()
    return any(len(items) >= 2 and all(vocabulary().region(i) for i in items[:-1])
               and past_place(items[-1]) != items[-1]
               and not PLACES_TOGETHER.match(past_place(items[-1]))  # (甲省、乙省两地游客接待量: the two together)
               for items in (list_items(before), list_items(before[lead:])))  # (内蒙古、…: no lead word 内)


PLACES_TOGETHER = re.compile(r"[两二三四五六七八九十\d]+[地省市县区国]")


def list_measure(verb: str, nums: list[Mention]) -> tuple[str, bool]:
    """What a list's values are, from the ``verb`` before them (分别增长, 分别下降, 分别高于全国): the measure
    (a change, a gap or a level) and whether they are declines."""
    up, down, _, _ = verb_patterns()
    verb = list_verb(verb, nums[0], up, down)
    negative = bool(down.search(verb))
    measure = "change" if (up.search(verb) or negative) and not re.search(r"[到至]了?$", verb) else "level"
    gap = gap_of(verb.strip(), nums[-1].attr("unit")) if nums and nums[-1].attr("unit") in ("%", "百分点") else None
    if gap is not None:  # 分别高于全国12.7个、12个百分点: gaps to 全国
        measure, negative = "gap", gap[1]
    return measure, negative


def with_level_head(names: list[str]) -> list[str]:
    """Items that are levels alone share what the last item names after its own level (国家级、部级创新平台分别
    达到22家、182家 -> 国家级创新平台, 部级创新平台)."""
    last = GRADE.match(names[-1])
    if last is None or last.end() == len(names[-1]):
        return names
    rest = names[-1][last.end():]
    return [name + rest if GRADE.fullmatch(name) else name for name in names]


def list_verb(verb: str, first: Mention, up: re.Pattern[str], down: re.Pattern[str]) -> str:
    """The verb of a list of values, without the comparator it may end with: the words between the list
    and its first value, or that value's own leading words (年均增长8%、7.2%; 分别增长超24%、31% -> 增长)."""
    verb = (verb.strip() or words_before_number(first)).strip()
    if TO_VALUE.search(verb) or up.search(verb) or down.search(verb):
        return verb
    return pattern(tuple(PRE_COMPARATORS), "(?:{})$").sub("", verb)


LIST_PERIOD = re.compile(r"(?:前|头)[\d一二三四五六七八九十]{1,2}个?月|[一二三四]季度|上半年|下半年")
YEAR_LIST = re.compile(r"^((?:(?:19|20)\d{2}年[、和及与至到-]?){2,})(.+)$")


def dated_items(sent: Sentence, start: int, end: int, nums: list[Mention]) -> dict[int, tuple[str, str, bool]] | None:
    """"2018年、2019年X分别为A和B": the items are years; every value is X's (each
    number's time is its own year, see ``time_of_clause``)."""
    head = sent.text[start:end].strip()
    m = YEAR_LIST.match(head)
    if not m:
        return None
    years = re.findall(r"(?:19|20)\d{2}", m.group(1))
    noun = clean_indicator(m.group(2), sent, start + m.start(2))
    if len(years) != len(nums) or not noun:
        return None
    return {q.start: (noun, "level", False, year) for q, year in zip(nums, years)}


FROM_VALUE = re.compile(r"(?:从|由)$")
TO_VALUE = re.compile(r"(?:(?:增长|增加|提高|提升|上升|扩大|下降|减少|降低|缩小|缩短|压缩|压减|跃升|攀升|回升|回落|锐减)(?:到|至)"
                      r"|[增降升减](?:至|到|为))(?:如今|目前|现在|当前)?$")  # (增长到如今的10亿多亩)


def from_to_items(sent: Sentence, ctx: Context, quantities: list[Mention], clauses: list[Clause]) -> dict[int, tuple]:
    """"X从2015年的A增长至2020年的B": both values are levels of X, each at its own year;
    without its own year the first value (where X started) is undated."""
    out: dict[int, tuple] = {}
    text = sent.text
    dates = ctx.mentions_in(sent, "DATE")
    ordered = sorted(quantities, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        clause = clause_of(clauses, a.start - sent.start)
        if clause is None or b.start - sent.start >= clause.end:
            continue
        before_a = blank_dates(text, dates, sent, clause.start, a.start - sent.start).rstrip(" 的")
        between = blank_dates(text, dates, sent, a.end - sent.start, b.start - sent.start).rstrip(" 的") + words_before_number(b)
        start = FROM_VALUE.search(before_a)
        if start is None or TO_VALUE.search(between.strip()) is None:
            continue
        noun = clean_indicator(before_a[:start.start()], sent, clause.start)
        if not noun:
            continue
        years = [next(((d.attr("until") or d.key) if d.attr("role") != "since" or re.search(r"\d{4}", d.text) else ""
                       for d in reversed(dates)
                       if d.end <= q.start and q.start - d.end <= 3), "") for q in (a, b)]  # (从上半年5.5%: of no year)
        out[a.start] = (noun, "level", False, years[0])  # (从72%提升至76%: 72% at no time the sentence gives: undated)
        out[b.start] = (noun, "level", False, years[1]) if years[1] else (noun, "level", False)
    for a in ordered:  # (平均关税税率由1.7%降至零: where it started, the end no figure of its own)
        clause = clause_of(clauses, a.start - sent.start)
        if a.start in out or clause is None or not TO_NOTHING.match(text, a.end - sent.start):
            continue
        before_a = blank_dates(text, dates, sent, clause.start, a.start - sent.start).rstrip(" 的")
        start = FROM_VALUE.search(before_a)
        noun = clean_indicator(before_a[:start.start()], sent, clause.start) if start else ""
        if noun:
            year = next((d.key for d in reversed(dates) if d.end <= a.start and a.start - d.end <= 3), "")
            out[a.start] = (noun, "level", False, year)
    return out


TO_NOTHING = re.compile(r"(?:下降|减少|降低|压减)?(?:降至|降为|减至|减为|降到|到|至|为)(?:零|0)(?![\d.])")


def blank_dates(text: str, dates: list[Mention], sent: Sentence, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with its dates blanked, but for the 从 or 由 a date opens with (从上半年)."""
    chars = list(text[start:end])
    for d in dates:
        opening = 1 if d.text.startswith(("从", "由")) else 0
        for i in range(max(start, d.start - sent.start + opening), min(end, d.end - sent.start)):
            chars[i - start] = " "
    return "".join(chars)


def list_end(clauses: list[Clause], pos: int, text: str) -> int:
    """The end of the clause holding ``pos`` and of the clauses after it that open with a number."""
    end = len(text)
    for k, c in enumerate(clauses):
        if c.start <= pos < c.end:
            end = c.end
            for later in clauses[k + 1:]:
                if not re.match(r"\s*[\d０-９]", text[later.start:]):
                    break
                end = later.end
            break
    return end


def list_names(sent: Sentence, head: str, head_start: int, items: list[str]) -> list[str]:
    """Each item's indicator words. An item cleaning keeps nothing of stays as written; and when every
    item before the last is such, the last keeps the words of their kind too (2年期、3年期、5年期发行利率:
    5年期 stays in 5年期发行利率, as 2年期 and 3年期 do; so in 2年、3年、5年期发行利率, whose 2年 and 3年
    leave out 期)."""
    raw = [item for item, _ in item_offsets(head, items)]
    cleaned = [clean_indicator(item, sent, head_start + at) if item in head else clean_indicator(item)
               for item, at in item_offsets(head, items)]  # (城镇居民… of 城乡居民…: no words of the sentence)
    cut = raw[-1][:len(raw[-1]) - len(cleaned[-1])] if cleaned[-1] and raw[-1].endswith(cleaned[-1]) else ""
    if cut and not any(cleaned[:-1]) and all(item[-1] == cut[-1] for item in raw[:-1]):
        cleaned[-1] = raw[-1]
    elif len(cut) >= 2 and not any(cleaned[:-1]) and all(item[-1] == cut[-2] for item in raw[:-1]):
        cleaned[-1] = raw[-1]  # (2年、3年、15年期发行利率: 期 is left out of the items before the last)
        raw[:-1] = [item + cut[-1] for item in raw[:-1]]
    elif cleaned[-1] == raw[-1] and not any(cleaned[:-1]) and re.match(r"\d+年期", raw[-1]) \
            and all(re.fullmatch(r"\d+年", item) for item in raw[:-1]):
        raw[:-1] = [item + "期" for item in raw[:-1]]  # (likewise, the last item's term kept whole: 15年期发行利率)
    lead = pattern("measures:lead_noise", "^(?:{})+")
    return [name or lead.sub("", item) or item for name, item in zip(cleaned, raw)]  # (确保肉、奶产量 -> 肉产量)


def with_events_counted(names: list[str]) -> list[str]:
    """The events a list's first item counts are those whose casualties the later items count (生产安全事故起数和
    死亡人数 -> 生产安全事故死亡人数): a bare 死亡人数 would be of everything. Items that count no casualties stay."""
    first = names[0]
    tolls = set(rules("measures")["toll_counts"].values())
    head = next((h for h in words("measures", "event_count_heads") if first.endswith(h) and len(first) > len(h) + 1), "")
    if not head:
        return names
    return [first] + [first[:-len(head)] + name if name in tolls else name for name in names[1:]]


def paired_items(head: str) -> list[str]:
    """The two items one word of a pair names (城乡居民人均可支配收入分别增长… -> 城镇居民…, 农村居民…; 内外贸吞吐量 ->
    内贸…, 外贸…), in the order the pair's word gives them; [] for a head that is no such word and what follows."""
    pairs = rules("measures")["paired_words"]
    word = next((w for w in pairs if head.startswith(w) and len(head) > len(w) + 1), "")
    return [first + head[len(word):] for first in pairs[word]] if word else []


def list_items(head: str) -> list[str]:
    """The items of a list before 分别: split at 、, the last one at its 和/及/与."""
    items = [i for i in head.split("、") if i]
    if not items:
        return []
    last = re.split(r"以及|和|及|与", items[-1])
    if len(last) > 1:
        items[-1:] = [last[0], last[-1]] if len(last) == 2 else last
    return [i for i in items if i]


def item_offsets(head: str, items: list[str]) -> list[tuple[str, int]]:
    """Each item with its offset in ``head`` (items are found left to right)."""
    out, at = [], 0
    for item in items:
        found = head.find(item, at)
        out.append((item, max(found, 0)))
        at = found + len(item) if found >= 0 else at
    return out


def head_of_last(sent: Sentence, start: int, names: list[str]) -> str:
    """The measuring head the last item of a list carries for the others: the part after the word that ends like the
    other items (高技术制造业、装备制造业增加值 -> 增加值; 甲补贴和乙补贴全国平均标准 -> 全国平均标准), else all of it after
    its first word when the others are as short as that word (人参、食用菌全产业链产值 -> 全产业链产值)."""
    heads = words("measures", "indicator_heads")
    if names[-1].endswith(heads) and all(n.endswith(heads) for n in names[:-1]):
        return next((names[-1][k:] for k in range(len(names[-1]) - 2, 1, -1) if names[-1][k:].endswith(heads)
                     and all(n.endswith(names[-1][k - 2:k]) for n in names[:-1])), "")
    if not names[-1].endswith(heads) or any(n.endswith(heads) and not re.search("[和与]", n) for n in names[:-1]):
        return ""  # (社会保障和就业、教育、住房保障支出: a name joined by 和 may end like a head and still share 支出)
    tokens = run_tokens(sent, start, start + len(names[-1]))
    if len(tokens) < 2 or "".join(w for w, _ in tokens) != names[-1]:
        return ""
    for k in range(len(tokens) - 1, 0, -1):
        own = "".join(w for w, _ in tokens[:k])
        if own.count("“") != own.count("”"):
            continue
        if all(n[-1] == own[-1] for n in names[:-1]):
            rest = names[-1][len(own):]
            if own in names[:-1] and tokens[-1][0] in heads:
                rest = tokens[-1][0]  # 工业、制造业、工业技改投资: the last item qualifies 工业 further; 投资 is shared
            return rest if len(rest) >= 2 else ""
    if any(n.startswith(words("measures", "service_verbs")) for n in names[:-1]):
        return ""  # (接待游客、旅游总花费: an item that tells what was done is whole)
    trailing = list(itertools.takewhile(lambda t: t[0] in heads, reversed(tokens)))
    if all(n.endswith(tuple(words("measures", "sector_nouns"))) for n in names[:-1]) \
            and len(tokens) - len(trailing) >= 2 and len(trailing) == 1:
        return trailing[0][0]  # (第一产业、第二产业和城乡居民生活用电量: the sectors are whole, only the head is shared)
    own = own_part(tokens, names[:-1])
    if tokens[0][1].startswith("v"):  # (对东盟、共建“一带一路”国家进出口总额: the last item opens with a verb of its own)
        trailing = list(itertools.takewhile(lambda t: t[0] in heads, reversed(tokens)))
        rest = "".join(w for w, _ in reversed(trailing))
        return rest if len(rest) >= 2 and len(tokens) - len(trailing) > 1 else ""  # (受益企业和返还资金: the verb's own)
    scopes = words("measures", "scope_prefixes")
    if all(n in scopes for n in names[:-1]) and names[-1].startswith(scopes):
        own = max((w for w in scopes if names[-1].startswith(w)), key=len)  # 城镇和农村|居民…, 城镇和农村牧区|居民…
    if any(len(past_place(n)) > len(own) + 1 for n in names[:-1]):
        # the items are not of the kind of the last one's first word: only its head is shared (光伏组件和储能电池产值)
        return tokens[-1][0] if tokens[-1][0] in heads and len(tokens[-1][0]) >= 2 else ""
    rest = names[-1][len(own):]
    return rest if len(rest) >= 2 else ""


def own_part(tokens: list[tuple[str, str]], others: list[str]) -> str:
    """The last item's first word, or the words as long as the other items past a place (线下和线上消费支付金额: 线上)."""
    lengths, whole = {len(past_place(n)) for n in others}, "".join(w for w, _ in tokens)
    joined = [j for j in itertools.accumulate(w for w, _ in tokens) if len(j) <= len(whole) - 2]
    if len(lengths) == 1 and len(tokens[0][0]) < min(lengths) and min(lengths) in map(len, joined):
        return next(j for j in joined if len(j) == min(lengths))  # (not 衣着价格 of 医疗保健、衣着价格: a head stays)
    return tokens[0][0]


def past_place(name: str) -> str:  # (上海线下 -> 线下; not 城市公园: only a place of the vocabulary)
    return name[next((k for k in range(min(6, len(name) - 1), 1, -1) if vocabulary().region(name[:k])), 0):]


def with_list_preposition(names: list[str], first: str) -> list[str]:
    """A preposition opening a list (its ``first`` item as written) governs every item (对东盟、欧盟、美国出口:
    对美国出口, China's exports to the US, not the US's exports)."""
    lead = re.match(r"(?P<scope>[^对向与]{0,4}?)(?P<to>[对向与])", first)  # (我国对东盟、欧盟进出口)
    if lead is None or lead.group("scope") not in ("", *words("measures", "scope_openings")) or len(names[0]) < 2:
        return names
    to = lead.group("to")
    return [name if name.startswith(to) else to + name for name in names]  # (对中亚五国、东盟…: 中亚五国 lost its 对)


def shared_head(items: list[str]) -> str:
    """The head the last item of a list carries for all (食品、石化等产业增加值 -> 产业增加值);
    the last item is cut back to its own part."""
    last = items[-1]
    if "等" in last and not any("等" in item for item in items[:-1]):  # (电视机等家用视听设备、冰箱等日用家电: each its own class)
        own, head = last.split("等", 1)
        items[-1] = own
        return class_measure(head)
    return ""


def class_measure(head: str) -> str:
    """What a class of things and its measure after a list's examples leave to each example: the measure after the class
    (化妆品、家具等升级类商品零售额 -> 零售额: 化妆品零售额; 粗钢、粗铜等重点产品综合能耗 -> 综合能耗), all of it after another
    class (食品、石化等产业增加值 -> 产业增加值; 汽车、家电等行业生产指数 -> 行业生产指数)."""
    ends = [m.end() for m in pattern("measures:thing_classes", "(?:{})").finditer(head)]
    measured = head[ends[-1]:] if ends else ""
    return measured if len(measured) >= 2 and measured.endswith(words("measures", "indicator_heads")) else head
