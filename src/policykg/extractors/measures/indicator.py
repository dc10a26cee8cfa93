"""The words that name what a number measures: the noun phrase before its
verb (地区生产总值增长5%), the thing counted after a count verb (建成50家
智能工厂), a share's part (占全国比重) and the amount added (新增)."""
from __future__ import annotations

import re
from itertools import accumulate

from ...lexicon import pattern, words
from ...nlp import Sentence, word_tags
from ...records import Mention
from ..clauses import (ITEM_NUMBER, MAX_INDICATOR, Clause, gap_of, text_before, verb_patterns,
                       words_before_number)
from ..context import Context
from .bases import BASE_TAIL
from .counted import counted_after, counted_words, verb_at
from .nouns import THRESHOLD, THRESHOLD_OF, clean_indicator, run_tokens
from .spans import strip_spans
from .works import works_after

QUOTED_NAME = re.compile(r"“[^“”]*”|《[^《》]*》")  # a name in quotes or a title
SHARE = re.compile(r"占(?P<whole>[^，；。占\d]{2,20})$")  # (A)占(B) right before the number
IN_SHARE = re.compile(r"在(?P<whole>[^，；。在占\d]{2,20}?)中(?:的)?占比$")  # (A)在(B)中占比
SHARE_HEADS = ("比重", "比例", "份额", "比")  # how the name of a share ends (…占GDP比重, 占比)
FROM_TO = re.compile(r"(?:从|由)[^，；。从由]{0,24}?(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|增至|降至|整合|压减|精简|缩减|"
                     r"调整)(?:到|至)$")


AFTER_FIGURE = re.compile(r"\d[^、，；]*、(?P<rest>[^、，；\d]*)$")  # the words after a figure and 、 in the clause


def indicator_text(sent: Sentence, ctx: Context, q: Mention, clause: Clause) -> tuple[str, str, bool] | None:
    """(indicator, level | change, negative) of a number from its clause, or
    None when the clause does not name what it measures. "从A增加到B": B is a
    level of the thing named before 从."""
    rel = q.start - sent.start
    if q.attr("unit") in words("measures", "duration_units") and sent.text.startswith(("内", "以内"), q.end - sent.start):
        return None  # 对货物实行48小时内放行: a time limit within which something is done, nothing measured
    pre = strip_spans(text_before(sent, q, clause), ctx, sent, clause.start, rel).rstrip()
    pre = re.sub(r"(?:了)?(?:近|约|超|逾|达|约为|将近|接近|大约|超过|超出|不到|不足|多达|高达|突破了|达到了)?"
                 r"(?:每月|每年|每人|每天|每日|每周|每小时|每分钟|每秒|人均|月均|年均|日均|平均)?$", "", pre)
    up, down, level, count = verb_patterns()
    after_figure = AFTER_FIGURE.search(pre)  # (年产量增至82万辆、占比达到45%: the share of the figure before, named alone)
    rest = after_figure.group("rest") if after_figure else ""
    tail = next((w for w in words("measures", "generic_tails") if rest.startswith(w)), "")
    if tail and level.fullmatch(rest[len(tail):] or "为"):
        return tail, "level", False
    share = None
    if q.attr("unit") in ("%", "成"):
        share = IN_SHARE.search(pre) or (SHARE.search(pre) if not level.search(pre) else None)
    if share is not None:  # 机电产品占出口总值近六成, 在用户总数中占比: the share of A in B (not 占比首次…, 占…从A)
        whole = re.sub(r"^(?:到了|到)|(?<=比重|比例|份额).+$", "", share.group("whole").strip().removesuffix("的").replace("的比重", "比重"))
        if not whole.startswith("比") and not re.search(r"\s|从|由", whole) and len(whole) >= 2:
            part = LEVEL_TAIL.sub("", clean_indicator(pre[:share.start()], sent, clause.start))  # (…容量达到…、占…)
            share_of = f"占{whole}" + ("" if whole.endswith(SHARE_HEADS) else "比重")
            if part:
                return part + share_of, "level", False
            if not pre[:share.start()].strip() and "的" not in whole:
                return share_of, "level", False  # ，占全国比重25%: of what the figure before measures (or of no one)
    gap = gap_of(pre, q.attr("unit")) if q.attr("unit") in ("%", "百分点") else None
    if gap is not None:
        noun = clean_indicator(pre[:gap[0].start()], sent, clause.start)
        return (noun, "gap", gap[1]) if noun and not holds_number(ctx, sent, clause, noun) else None
    base = FROM_TO.search(pre)
    if base is not None:
        noun = clean_indicator(pre[:base.start()], sent, clause.start)
        return (noun, "level", False) if noun else None
    m = down.search(pre) or up.search(pre)
    if m is not None:
        noun = clean_indicator(BASE_TAIL.sub("", pre[:m.start()]), sent, clause.start)
        if m.group().endswith(("到", "至")):
            return (noun, "level", False) if noun else None  # 提高到815元: the new level
        negative = bool(down.search(pre))
        if q.attr("unit") not in ("%", "百分点", "‰", "倍"):
            noun = noun or counted_after(sent, q, clause)
        if noun and holds_number(ctx, sent, clause, noun):
            return None  # 突破80万头、增长54%: the change is of the thing before the first number
        return (noun, "change", negative) if noun else None
    m = count.search(pre)
    if m is not None:
        after = counted_after(sent, q, clause)
        # 推出18条支持…的便利措施: something is counted after the number, but nothing we can name (外网已覆盖300多个
        # 城市 counts the places reached)
        if not after and re.match(rf"(?!用于|用来|以上|左右|以内|以下|{'|'.join(words('measures', 'place_counts'))})[\u4e00-\u9fff]{{2}}",
                                  sent.text[q.end - sent.start:]):
            return None
        noun = after or clean_indicator(pre[:m.start()], sent, clause.start)
        if after and m.group().rstrip("了") in words("measures", "scheme_reach_verbs"):
            scheme = clean_indicator(pre[:m.start()], sent, clause.start)  # 某补贴政策惠及80万名婴幼儿: whom it reached
            noun = scheme + m.group().rstrip("了") + after if scheme and len(scheme + after) < MAX_INDICATOR else after
        if noun and not after and m.group() not in noun and len(noun + m.group()) <= MAX_INDICATOR \
                and pre[m.start() - len(noun):m.start()] == noun \
                and m.group().rstrip("了") not in words("measures", "result_verbs") \
                and not (m.group().rstrip("了") in words("measures", "reach_verbs")
                         and noun.endswith(tuple(words("measures", "indicator_heads")))):  # (总开发面积覆盖202平方公里)
            noun += m.group().rstrip("了")  # 培训职工23万人次 -> 职工培训 (重大工程投资完成2510亿元 -> 重大工程投资)
        chained = pattern("measures:approval_verbs", "(?:{})$").search(pre, 0, m.start()) \
            or pattern("measures:opening_addition_verbs", "(?:{})$").search(pre, 0, m.start())  # (新增布局114个…)
        noun = with_addition(noun, (chained.group() if chained else "") + m.group())
        if noun and m.group().rstrip("了") in words("measures", "reduce_verbs"):
            return (noun, "change", True) if not holds_number(ctx, sent, clause, noun) else None  # 压减一般性支出12亿元
        return (noun, "level", False) if noun and not holds_number(ctx, sent, clause, noun) else None
    m = level.search(pre)
    if m is not None:
        noun = clean_indicator(pre[:m.start()], sent, clause.start)
        head = re.sub(r"(?:达到|达|为|是)了?$", "", m.group())
        if m.group().startswith("占") and noun and "占" not in noun:
            noun += "占比"
        elif noun and head in words("measures", "generic_tails") + ("总额", "总量") and not noun.endswith(head):
            noun += head  # 零售总额达到 / 比重达到: the level verb's noun is the indicator's head
        after, unnamed = counted_words(sent, q, clause)
        if noun and unnamed:
            return None  # 投入超300亿元甲资金、乙债券等资金: a sum of the list, not of what the words before name
        if noun and after and not noun.endswith(words("measures", "indicator_heads")) and not after.startswith(words("measures", "place_counts")):
            return None  # 某服务中心有53名常驻志愿者, 某代表团共有126名运动员: the words before name no measure of what is
            # counted (贸易伙伴拓展至120个国家及地区 counts the partners, places)
        noun = with_addition(noun or after, m.group())
        return (noun, "level", False) if noun and not holds_number(ctx, sent, clause, noun) else None
    if not pre.strip() or re.search(r"(?:和|与|及|、|或|的|等)$", pre):
        noun = counted_after(sent, q, clause)  # 2个国家级和22个省级区域医疗中心, 现有的2个小火电: what follows is counted
        noun = (names_listed(sent, q, clause, pre) or noun) if pre.endswith("等") else noun  # (新开工某某里等8个…)
        if noun[:2] in words("measures", "county_classes") and len(noun) <= 4:
            return None  # 潜江、松滋等10个县市获批…: the places a list names, counted (not 36个市县隐性债务提前清零)
        return (noun, "level", False) if noun else None
    listed = names_listed(sent, q, clause, pre)
    if listed:
        return listed, "level", False
    noun = clean_indicator(pre, sent, clause.start)
    works = works_after(sent, q, clause)
    if noun and works and len(noun + works) <= MAX_INDICATOR:
        noun += works  # 推进老旧管网200公里改造 -> 老旧管网改造: what is done to the thing before the number
    if noun.endswith(words("measures", "site_heads")) and q.attr("unit") not in ("%", "百分点", "倍"):
        noun = counted_after(sent, q, clause) or noun  # 某机场约400架次航班被取消: the site is where, what follows is counted
    if noun.endswith(words("measures", "tally_verbs")):  # 某国各地报告66例…病例: what is reported is counted
        noun = counted_after(sent, q, clause)
        noun = "" if re.search(r"[A-Za-z0-9]$", noun) else noun  # (66例人感染H5N1…: cut inside a name)
    if verb_last(sent, clause.start, clause.start + len(pre)):  # 出清1.4亿吨“地条钢”产能: what the verb acts on is counted
        after, unnamed = counted_words(sent, q, clause)
        if unnamed or places_visited(sent, q, after):
            return None  # 组织8批次代表团赴甲、乙等国: counted, but not named; 赴12个省区市调研: the places visited
        noun = after or ("" if not noun or noun.endswith(words("measures", "event_verbs")) else noun)
    if not noun:
        noun = qualified_noun(ctx, sent, clause, pre)
    elif holds_number(ctx, sent, clause, noun):
        return None
    elif q.attr("unit") in words("measures", "count_classifiers") \
            and any(counted_words(sent, q, clause)) \
            and not noun.endswith(words("measures", "indicator_heads")) \
            and not verb_last(sent, clause.start, clause.start + len(pre)) and not re.search(r"[在于]$", pre):
        return None  # 某研究所创新港14个项目落户…: the number counts the words after it, the words before name no measure
        # (工业互联网已在45个大类中得到应用 is read as before: the number is in the place a preposition opens)
    if noun and pre[:pre.rfind(noun)].endswith(tuple(words("measures", "reduce_verbs"))):
        return noun, "change", True  # 压减一般性支出12亿元: what the verb takes away
    return (noun, "level", False) if noun else None


def places_visited(sent: Sentence, q: Mention, after: str) -> bool:
    """What a verb counts is places, and a verb goes on after them (赴12个省区市进行专题调研, 走访20个城市开展调研):
    the places visited, not a measured thing (not 推动7个国家物流枢纽…)."""
    place = pattern("measures:place_counts", "^(?:{})").match(after)
    if place is None:
        return False
    at = sent.text.find(after[:place.end()], q.end - sent.start)
    return at >= 0 and (place.end() == len(after) or verb_at(sent, at + place.end()))


def names_listed(sent: Sentence, q: Mention, clause: Clause, pre: str) -> str:
    """What is counted after a list of its names or an example (新增甲湖、乙谷、丙岭3家5A级景区 -> 新增5A级景区;
    新开工某某里等8个更新项目 -> 新开工更新项目): the names are the items, the words after the number what they
    are; "" when not so."""
    tail = re.split(r"[，,；;：:]", pre)[-1]
    if "、" not in tail and not tail.endswith("等") or re.search(r"\d", tail):
        return ""
    after = counted_after(sent, q, clause)
    verb = pattern(words("measures", "addition_verbs"), "^(?:{})").match(tail.strip())
    return with_addition(after, verb.group()) if after and verb else after


LISTED_RATES = re.compile(r"(?:[\d.]+\s*[%％]\s*[、和]\s*)+$")


def per_year(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A change stated per year says so (全员劳动生产率年均增长5% -> 全员劳动生产率年均增长; …，年均增长12%
    likewise): else it reads as the change over the whole period."""
    lead = sent.text[clause.start:q.start - sent.start] + words_before_number(q)  # (the mention may hold the verb)
    lead = LISTED_RATES.sub("", lead)  # (甲和乙增加值年均增长8%、7.2%: the second value's too)
    m = re.search(r"(年均|年平均)(增长|增加|提高|提升|上升|下降|减少|降低|增速|增幅)了?(?:为|超过|超|近|约|达到|达)?\s*$", lead) \
        or re.search(r"分别(年均|年平均)(增长|增加|提高|提升|上升|下降|减少|降低)[^，；。]*$", lead) \
        or re.search(r"(年均|年平均)分别(增长|增加|提高|提升|上升|下降|减少|降低)[^，；。]*$", lead)  # (…年均分别增长17.8%、4.8%)
    if m is None or "年均" in indicator or len(indicator + m.group(1) + m.group(2)) > MAX_INDICATOR:
        return indicator
    return indicator + m.group(1) + ("增长" if m.group(2) in ("增速", "增幅") else m.group(2))  # (年均增速超10%)


def with_addition(noun: str, verb: str) -> str:
    """The indicator of a figure after an addition verb: what is added, not the
    stock (新增300家小巨人企业 -> 新增小巨人企业, 新建改建农村公路 -> 新建改建农村公路; 新建和改扩建 joins two;
    获批建设 keeps the approval)."""
    verb = re.sub(r"^(?:累计|共计|共)", "", verb.rstrip("了"))  # (累计培育100个标志性项目 -> 培育标志性项目)
    joined = re.split("[和及与、]", verb)
    approved = pattern("measures:approval_verbs", "^(?:{})")
    adds = all((approved.sub("", v) or v) in words("measures", "addition_verbs") or stacked_addition(v) for v in joined)
    if not noun or not adds or verb in noun or len(noun + verb) > MAX_INDICATOR:
        return noun
    return verb + noun


def stacked_addition(verb: str) -> bool:
    """An addition verb that opens another verb (新增建设, 新增布局, 开工建设): what is added or begun, as the two say it."""
    first = pattern("measures:opening_addition_verbs", "^(?:{})").match(verb)
    return first is not None and 1 <= len(verb) - first.end() <= 2


def qualified_noun(ctx: Context, sent: Sentence, clause: Clause, pre: str) -> str:
    """A generic noun qualified by a number right before it (实施亿元以上项目2000个 -> 亿元以上项目)."""
    for m in ctx.mentions_in(sent, "QUANTITY"):
        end = m.end - sent.start - clause.start
        if 0 < end < len(pre):
            rest = pre[end:]
            if rest in words("measures", "not_indicators") and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", rest):
                return (m.text + rest).lstrip("超过达到突破")
    return ""


def holds_number(ctx: Context, sent: Sentence, clause: Clause, noun: str) -> bool:
    """True when the indicator's words contain another number of the clause (建强2个国家级和22个…)."""
    text = sent.text[clause.start:clause.end]
    at = text.find(noun)
    if at < 0:  # (the noun without a word of the clause: 12315平台受理… of 12315平台共受理…) its digits where a figure is
        digits = {k for d in re.finditer(r"\d+", noun) for f in re.finditer(re.escape(d.group()), text)
                  for k in range(f.start(), f.end())}
        figures = ctx.mentions_in(sent, "QUANTITY")
        return any(m.start - sent.start - clause.start <= k < m.end - sent.start - clause.start
                   for m in figures for k in digits) or bool(re.search(r"\d", noun)) and not digits
    a, b = sent.start + clause.start + at, sent.start + clause.start + at + len(noun)
    threshold = THRESHOLD.search(noun) or THRESHOLD_OF.search(noun)
    if threshold is not None and (noun.startswith("对") or re.match(r"[且并或和]", noun[threshold.end():])):
        threshold = None  # (对千人以上工程每季度巡检; 销售额2万元以上且快递单量: those a rule is for, not a kind counted)
    size = (a + threshold.start(), a + threshold.end()) if threshold is not None else (a, a)
    # (新开工亿元以上项目, 10亿元以上项目, 收入超千亿的企业: a size that qualifies, not a number of the clause)
    return any(m.start < b and a < m.end and not (size[0] <= m.start and m.end <= size[1])
               for m in ctx.mentions_in(sent, "QUANTITY"))


def verb_last(sent: Sentence, start: int, end: int) -> bool:
    """The last word of [start, end) that is not noise (全国, 至, 了 …) is a verb (延伸至全国300多个地市)."""
    noise = set(words("measures", "tail_noise")) | {"至", "到", "于"}
    tokens = run_tokens(sent, start, end, clip=True)
    while tokens and (tokens[-1][0] in noise or tokens[-1][0].isspace() or tokens[-1][1].startswith(("u", "p"))):
        tokens.pop()
    return bool(tokens) and tokens[-1][1] in ("v", "vd", "vn")


def with_contributor(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause, indicator: str) -> str:
    """A contribution rate whose clause opens on 对 (…，对全市工业增长贡献率达78%) is that of the sector the figure
    before it measures (战略性新兴产业占规上工业比重达56.2% -> 战略性新兴产业对工业增长贡献率); else it names no
    contributor and stays as it is."""
    if previous is None or not indicator.endswith("贡献率") or "对" in indicator \
            or not sent.text[clause.start:clause.end].lstrip().startswith("对"):
        return indicator
    sector = pattern("measures:sector_nouns", "^[\u4e00-\u9fff]{2,10}?(?:{})(?![化链园集基])").match(previous[0])
    named = sector.group() + "对" + indicator if sector else ""
    return named if named and len(named) <= MAX_INDICATOR else indicator


def right_before(sent: Sentence, clause: Clause, q: Mention, indicator: str, words_re: re.Pattern[str]) -> str:
    """The words ``words_re`` finds ending right where the indicator starts in its clause, or ""."""
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    found = words_re.search(sent.text, clause.start, at) if at > clause.start else None
    return found.group() if found else ""


def with_words(before: str, indicator: str) -> str:
    """The indicator with the words ``before`` it, when the two are not too long for one."""
    return before + indicator if before and len(before + indicator) <= MAX_INDICATOR else indicator


def with_effect_verb(sent: Sentence, clause: Clause, q: Mention, indicator: str, measure: str) -> str:
    """An amount right after a verb of what drove it (…，带动城市综合消费350亿元) keeps the verb: it is the part that
    was driven, not the whole amount. (A growth or a rate so driven, 带动设备购置投资增长8.1%, is the whole's.)"""
    if measure != "level" or q.attr("unit") in ("%", "‰", "百分点", "倍"):
        return indicator
    verbs = pattern("measures:effect_verbs")
    verb = right_before(sent, clause, q, indicator, pattern("measures:effect_verbs", "(?:{})了?$"))
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    said = list(verbs.finditer(sent.text, clause.start, max(at, clause.start)))
    if not verb and said and LISTED_FIGURE.search(sent.text, said[-1].end(), at):
        verb = said[-1].group()  # (…带动汽车销售3.8万辆、家电销售22万台: both driven)
    lead = pattern("measures:lead_noise", "^(?:{})+").sub("", sent.text[clause.start:said[-1].start()].strip()) \
        if verb and said else ""  # (消费品以旧换新带动家电销售: what drove it, when the clause opens on it)
    return with_words((lead if DRIVER.fullmatch(lead) else "") + verb, indicator)


LISTED_FIGURE = re.compile(r"\d[\d.]*[\u4e00-\u9fff]{0,3}、$")
DRIVER = re.compile(r"[\u4e00-\u9fff“”]{2,10}")


def ends_with_words(name: str, tail: str) -> bool:
    """``name`` is longer than ``tail`` and ends with it as whole words (水利建设|投资, not 外贸进|出口)."""
    return len(name) > len(tail) and name.endswith(tail) \
        and len(name) - len(tail) in accumulate(len(word) for word, _ in word_tags(name))


def with_named_again(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause, indicator: str) -> str:
    """An indicator opening with the words the figure before it ends with, and going on with a measure of them
    (经常账户顺差…，顺差规模与GDP之比…), names that thing again, short: it takes the words that made it whole
    (经常账户顺差规模与GDP之比), unless they are a verb's (接待游客…，游客满意度…). (Not …新增就业…，发布就业岗位…:
    岗位 is no measure of 就业.)"""
    between = sent.text[previous[1].start:clause.end] if previous is not None else ""
    if previous is None or "其中" in between or "；" in between:
        return indicator
    again = next((indicator[:k] for k in range(len(indicator) - 1, 1, -1)
                  if ends_with_words(previous[0], indicator[:k])), "")
    measured = again and indicator[len(again):].endswith(words("measures", "indicator_heads"))
    whole = previous[0][:len(previous[0]) - len(again)] if measured else ""
    first = word_tags(whole)[0][1] if len(whole) >= 2 else None
    if first is None or first.startswith("v") and first != "vn" or len(whole + indicator) > MAX_INDICATOR:
        return indicator
    return whole + indicator


PER_UNIT = re.compile(r"每[十百千万]?(?:亩|公顷|平方米|人|户|吨|公斤|千克|立方米|辆|台|头|只|张)[年月日天]?$")
AGE_BRACKET = re.compile(r"\d+(?:(?:周岁|岁)及?(?:以上|以下)|(?:周岁|岁)?(?:至|到|-|—)\d+(?:周岁|岁))的?$")
LISTED_BEFORE = re.compile(r"(?:[\u4e00-\u9fff“”]{1,6}、)+$")


LEVEL_TAIL = re.compile(r"(?:达到|达|为|增至|增加到|提高到|突破)$")
PER_HEAD_LAST = re.compile(r"(?P<what>.{2,}?)(?:达到|达|为|提高到|提升到|增至|增加到|不低于|不少于)?"
                           r"(?P<per>每(?:\d+|[十百千])?万?人口?)")


def with_per_unit(sent: Sentence, clause: Clause, q: Mention, indicator: str) -> str:
    """An indicator right after the unit it is per (每亩年固定收入1000元) keeps it: bare, it reads as a total; a
    per-head basis written after the level verb opens it (执业医师达到每千人口3.2人 -> 每千人口执业医师)."""
    per_head = PER_HEAD_LAST.fullmatch(indicator)
    if per_head:
        return per_head["per"] + per_head["what"]
    return indicator if indicator.startswith("每") else \
        with_words(right_before(sent, clause, q, indicator, PER_UNIT), indicator)


def with_age_bracket(sent: Sentence, clause: Clause, q: Mention, indicator: str) -> str:
    """An indicator right after an age bracket (65岁及以上人口占比, 60周岁以上老年人口) keeps it: bare, it reads as
    everyone's."""
    return with_words(right_before(sent, clause, q, indicator, AGE_BRACKET), indicator)


def with_items_before(sent: Sentence, ctx: Context, clause: Clause, q: Mention, indicator: str) -> str:
    """An indicator right after names listed with 、 (基本养老保险、基本医疗保险参保率) is of them all: bare, it drops
    the others; an addition verb opening the indicator stays before the list (新发现甲、乙、丙矿产地). Only names
    (nouns) are so listed, not clauses (完成投资、开工项目120个), nor the words after a count (…15项、世界遗产4项;
    58个节点上线、…)."""
    verb = pattern("measures:addition_verbs", "^(?:{})").match(indicator)
    if verb and indicator[verb.end():] and sent.text.rfind(indicator, clause.start, q.start - sent.start) < 0:
        bare = indicator[verb.end():]
        named = with_items_before(sent, ctx, clause, q, bare)
        listed = named[:len(named) - len(bare)]
        return verb.group() + named if listed and sent.text.find(verb.group() + listed, clause.start) >= 0 else indicator
    listed = right_before(sent, clause, q, indicator, LISTED_BEFORE)
    at = sent.text.rfind(listed + indicator, clause.start, q.start - sent.start) if listed else -1
    before = sent.token_at(at - 1) if at > 0 else -1
    if at < 0 or before >= 0 and sent.tags[before] in ("m", "q") \
            or re.match(r"[\d一二三四五六七八九十百千万亿多余]", sent.text[at - 1:at]):
        return indicator
    tokens = [t for t in sent.tokens() if at <= t[0] and t[1] <= at + len(listed)]
    nouns = bool(tokens) and tokens[0][0] == at and all(tag.startswith("n") or w == "、" for _, _, w, tag in tokens)
    return with_words(listed, indicator) if nouns else with_kinds_before(sent, ctx, clause, q, indicator)


KINDS = re.compile(r"[\u4e00-\u9fff“”]{1,10}(?:、[\u4e00-\u9fff“”]{1,10}){0,3}")  # up to four kinds, no figure


def with_kinds_before(sent: Sentence, ctx: Context, clause: Clause, q: Mention, indicator: str) -> str:
    """One value after kinds listed with 、 from the clause's start, none with a value or a measure of its own
    (实施医疗卫生强基、扩容、下沉项目785个; 国家领航级、卓越级智能工厂达到24家) is of them all: bare, the indicator
    names only the last kind. Not when each kind has the value (…分别/各/均…), nor a list of places or bodies, nor
    items of their own verbs (建设物流园区、新建标准厂房50万平方米)."""
    verbs = words("measures", "count_verbs") + words("measures", "addition_verbs") + words("measures", "benefit_verbs")
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    if at <= clause.start or sent.text[at - 1] != "、" or indicator.startswith(verbs) \
            or re.search(r"分别|各|均|都", sent.text[at + len(indicator):q.start - sent.start]):
        return indicator
    start = clause.start + ITEM_NUMBER.match(sent.text[clause.start:]).end()
    start = pattern("measures:lead_noise", "(?:{})*").match(sent.text, start).end()
    start = pattern(verbs, "(?:{})?").match(sent.text, start).end()
    kinds = sent.text[start:at - 1]
    heads = words("measures", "indicator_heads")
    named = [m for m in ctx.mentions_in(sent, "REGION", "ORG")
             if start < m.end - sent.start and m.start - sent.start < at]  # (places or bodies listed)
    if not KINDS.fullmatch(kinds) or any(kind.endswith(heads) for kind in kinds.split("、")) or named:
        return indicator
    return with_words(kinds + "、", indicator)


def averaged(previous: tuple[str, Clause, str] | None, sent: Sentence, q: Mention,
             clause: Clause) -> tuple[str, str, bool] | None:
    """A clause that is only an average word and a number (流动量超14.65亿人次，日均超2.9亿人次) gives
    the average of the indicator of the number before it."""
    if previous is None or re.match(r"[\u4e00-\u9fff]", sent.text[q.end - sent.start:clause.end]):
        return None  # 每天12000多列旅客列车…: the number counts what follows it
    crossed = re.search(r"[；;]", sent.text[previous[1].start:clause.start]) is not None
    before = text_before(sent, q, clause).strip()
    average = re.fullmatch(r"(日均|月均|年均|人均|每天|每日)(?:超过?|达到?|近|约|为)?", before)
    if average is None:  # (past a semicolon only when it names the total's words again: …；日均发送旅客…)
        return averaged_part(previous[0], before, whole_words=crossed)
    if crossed or len(previous[0]) + 2 > MAX_INDICATOR or previous[0].startswith(average.group(1)):
        return None
    total = CUMULATIVE.search(previous[0])  # (移民管理机构累计保障出入境人员…，日均… -> 移民管理机构日均保障出入境人员)
    if total is not None:
        return previous[0][:total.start()] + average.group(1) + previous[0][total.end():], "level", False
    return average.group(1) + previous[0], "level", False


CUMULATIVE = re.compile(r"累计|共计|合计")


def averaged_part(total: str, before: str, whole_words: bool = False) -> tuple[str, str, bool] | None:
    """An average word and part of the indicator of the total before it (铁路发送旅客…，日均发送 ->
    铁路日均发送旅客; 民航旅客运输总量…，日均旅客运输量 -> 民航日均旅客运输量): the total's subject
    carries over; with ``whole_words``, only when the part is words of the total as written."""
    m = re.fullmatch(r"(日均|月均|每天|每日)(?P<what>[\u4e00-\u9fff]{2,8}?)(?:超过?|达到?|近|约|为)?", before)
    if m is None:
        return None
    average, what = m.group(1), m.group("what")
    if what in total and not total.startswith(what):
        named = total.replace(what, average + what, 1)
    elif whole_words:
        return None
    elif total.find(what[:2]) > 0:  # (民航旅客运输量…，日均运输旅客 -> 民航日均运输旅客: the subject before any word of it)
        named = total[:min(at for at in (total.find(what[k:k + 2]) for k in range(len(what) - 1)) if at >= 0)]
        named = named + average + what if named else None
    else:
        return None
    return (named, "level", False) if named and len(named) <= MAX_INDICATOR else None


def with_rate_qualifier(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, clause: Clause,
                        indicator: str) -> str:
    """A later rate of a list, named by one word and the rate's head of the one before, shares that one's qualifier
    (清洁能源装机占比54.8%、发电量占比51.3% -> 清洁能源发电量占比): else it reads as the whole's rate."""
    head = next((h for h in words("measures", "rate_heads") if indicator.endswith(h)), "")
    if not head or not figures or figures[-1][1].start != clause.start \
            or "、" not in sent.text[clause.start:q.start - sent.start] or not figures[-1][0].endswith(head):
        return indicator
    own = [w for w, _ in word_tags(indicator[:-len(head)])]
    before = [w for w, _ in word_tags(figures[-1][0][:-len(head)])]
    qualifier = "".join(before[:-1])
    if len(own) != 1 or len(before) < 2 or len(qualifier) < 2 or own[0] in before \
            or own[0][-2:] == qualifier[-2:] or len(qualifier + indicator) > MAX_INDICATOR:
        return indicator  # (第三产业增加值占比…、第二产业占比: another kind of the qualifier's, not of the word after it)
    return qualifier + indicator


def with_whole_qualifier(figures: list[tuple[str, Clause]], indicator: str) -> str:
    """A part named by a word of direction and the head of a whole named before it in the sentence (民航旅客运输量…；
    国内、国际旅客运输量… -> 民航国内旅客运输量; 港口集装箱吞吐量…，内贸…集装箱吞吐量 -> 港口内贸集装箱吞吐量)
    takes the words the whole's name opens with: bare, it reads as the whole country's of every sector."""
    part = next((w for w in words("measures", "part_words") if indicator.startswith(w)), "")
    head = indicator[len(part):]
    if not part or len(head) < 3:
        return indicator
    qualifiers = [name[:-len(head)] for name, _ in figures if name.endswith(head) and len(name) > len(head)
                  and not any(w in name[:-len(head)] for w in words("measures", "part_words"))]  # (not a part before)
    qualifier = qualifiers[-1] if qualifiers else ""
    if not 2 <= len(qualifier) <= 6 or re.search(r"[\d、和及与]", qualifier) or len(qualifier + indicator) > MAX_INDICATOR:
        return indicator
    return qualifier + indicator


def with_count_qualifier(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause,
                         indicator: str) -> str:
    """A bare rate right after a count whose name holds the rate's stem (长护险参保人数…，参保率达93% ->
    长护险参保率) takes the words the count's name opens with before that stem: bare, it reads as every
    scheme's rate."""
    stem = indicator[:-1]
    if previous is None or not indicator.endswith("率") or not 2 <= len(stem) <= 4 \
            or sent.text[previous[1].end:clause.start].strip("，、 "):
        return indicator
    at = previous[0].find(stem)
    verb = pattern(words("measures", "addition_verbs"), "^(?:{})").match(previous[0])
    qualifier = previous[0][verb.end() if verb else 0:at] if at > 0 else ""
    qualifier = pattern(words("measures", "subject_noise") + words("measures", "count_verbs"), "^(?:{})+").sub(
        "", qualifier)  # (全县建成小蚕共育室…，小蚕共育率…: no qualifier, a scope and a verb)
    if len(qualifier) < 2 or len(qualifier + indicator) > MAX_INDICATOR or re.search(r"[\d、和及与]", qualifier):
        return indicator
    return qualifier + indicator

