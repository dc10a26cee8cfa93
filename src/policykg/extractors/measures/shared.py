"""What a figure takes from the words named before it in its sentence: the items of a list its numeral or
ordinal elides (二、三级医院), investment in China a country's investment is of (甲国对华投资), the kind a count is
for each of (每个脱贫县…), what a total after a figure is the total of (游客总花费), and the mode of transport a
bare volume is of (全国铁路…，货物发送量… -> 铁路货物发送量)."""
from __future__ import annotations

import itertools
import re

from ...lexicon import pattern, words
from ...countries import countries
from ...nlp import Sentence, word_tags
from ...records import Mention
from ..clauses import MAX_INDICATOR, Clause
from .lists import NUMERAL_START
from .nouns import run_tokens
from .scope import whole_place_words


ELIDED = re.compile(r"(?:[一二三四五六七八九十甲乙丙丁ⅠⅡⅢⅣ]、)+$")  # 二、 before 三级医院: the same kind, its rest elided


def with_elided_items(sent: Sentence, clause: Clause, q: Mention, indicator: str) -> str:
    """An indicator opening with a numeral or an ordinal letter keeps the ones listed before it that share its rest
    (预约二、三级医院专家号源 -> 二、三级医院专家号源), and one opening after a word of one character and 、 keeps
    that word and the nouns before it (中小学校少先队大、中队辅导员): else it names only the last of them."""
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    if at < 0:
        return indicator
    if re.match(r"[一二三四五六七八九十甲乙丙丁ⅠⅡⅢⅣ]", indicator):
        listed = ELIDED.search(sent.text, clause.start, at)
        return listed.group() + indicator if listed and len(listed.group() + indicator) <= MAX_INDICATOR else indicator
    one = sent.token_at(at - 2) if at - 2 > clause.start and sent.text[at - 1] == "、" else -1
    if one < 1 or sent.ends[one] - sent.starts[one] != 1 or sent.tags[one][0] not in "ab":
        return indicator  # (大、中队…; not 观察员国、对话伙伴…, a list of nouns)
    first = one
    while first > 0 and names_before(sent, clause, first - 1):
        first -= 1
    named = sent.text[sent.starts[first] - sent.start:at] + indicator
    return named if len(named) <= MAX_INDICATOR else indicator


def names_before(sent: Sentence, clause: Clause, i: int) -> bool:
    """Token ``i`` is a noun of the name a listed item opens (中小学校少先队 of 中小学校少先队大、中队…), inside the
    clause: no place, number or whole-place word (全省)."""
    start, end = sent.starts[i] - sent.start, sent.ends[i] - sent.start
    return start >= clause.start and sent.tags[i][0] in "nj" and sent.tags[i] != "ns" \
        and not NUMERAL_START.match(sent.text, start) and sent.text[start:end] not in whole_place_words()


INBOUND = re.compile(r"(?:对我国|对华|在华)(?P<head>[\u4e00-\u9fff]{0,2}投资)")


def with_inbound_scope(sent: Sentence, q: Mention, indicator: str) -> str:
    """A country's investment after the sentence speaks of investment in China (发达国家对我国投资保持增长，甲国、
    乙国投资分别增长…) is its investment in China (甲国对华投资), not its own."""
    frame = INBOUND.search(sent.text, 0, q.start - sent.start)
    if frame is None or not indicator.endswith(frame.group("head")):
        return indicator
    country = indicator[:-len(frame.group("head"))]
    return country + "对华" + frame.group("head") if country in countries() else indicator


EACH = re.compile(r"每(?:个|家|户|所|座|位|名)")


NOUN_TAGS = ("n", "zg", "s")  # (街区 is tagged a place word)


def with_each_basis(sent: Sentence, clause: Clause, q: Mention, indicator: str) -> str:
    """A count for each of a kind the clause opens on (每个脱贫县发展起1个以上特色主导产业) says so (每个脱贫县特色主导产业):
    bare, it reads as the total."""
    lead = sent.text[clause.start:q.start - sent.start]
    start = clause.start + len(lead) - len(pattern("measures:lead_noise", "^(?:{})*").sub("", lead))
    each = EACH.match(sent.text, start)
    if each is None or indicator.startswith(each.group()):
        return indicator  # (each's kind before a period the indicator starts with: 每个社区每季度入户宣传活动)
    kind, headed = "", False  # (the words of the kind, up to the verb after its head: 脱贫|县|发展起)
    for word, tag in run_tokens(sent, each.end(), q.start - sent.start):
        if headed and not tag.startswith(NOUN_TAGS):
            break  # (the verb, or an adverb before it: 每个示范街区|至少引进…)
        kind, headed = kind + word, tag.startswith(NOUN_TAGS)
    return each.group() + kind + indicator if headed and kind not in indicator else indicator


TOTAL_ALONE = re.compile(r"(?:总|人均)[\u4e00-\u9fff]{1,3}")
ALL_KINDS = ("各类", "各种", "各级")


def with_total_subject(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, clause: Clause,
                       indicator: str) -> str:
    """A total or a per-head figure alone after a figure of its clause (接待游客3亿人次、总花费超过4500亿元), or
    opening the clause right after it (…3亿人次，总花费…), is of what that figure counts (游客总花费), as in a list
    (国内游客人次、总花费); bare, it is everyone's."""
    product = indicator in words("measures", "product_measures")
    if not (TOTAL_ALONE.fullmatch(indicator) or indicator in words("measures", "total_heads") or product) or not figures:
        return indicator  # (实施重点项目320个，年度计划投资460亿元: the key projects')
    listed = figures[-1][1].start == clause.start and "、" in sent.text[clause.start:q.start - sent.start]
    next_clause = sent.text[figures[-1][1].end:clause.start].strip() in ("，", ",") \
        and sent.text.startswith(indicator, clause.start)
    if not (listed or next_clause):
        return indicator
    tokens = list(word_tags(figures[-1][0]))
    additions = words("measures", "addition_verbs")  # (签约合作项目…，总金额…: what was signed, not all projects)
    before = "".join(w for w, _ in itertools.dropwhile(lambda t: t[1].startswith("v") and t[0] not in additions,
                                                        tokens) if w not in ALL_KINDS)  # (接待|游客; 建成各类冷库)
    heads = tuple(words("measures", "indicator_heads"))
    if product:  # (金柚产量115万吨左右，全产业链产值… -> 金柚全产业链产值: the product's; not 鲜菇产量…: a state of it)
        item = pattern("measures:product_processes", "(?:{})$").sub("", before.removesuffix("产量")) \
            if before.endswith("产量") else ""
        item = re.sub(r"^全[国省市县区州]", "", item)  # (全县食用菌总产量: 食用菌)
        return item + indicator if 2 <= len(item) <= 6 and not item.startswith(words("measures", "product_states")) \
            else indicator  # (not 鲜菇, 鲜天麻, 毛茶: a state of the product, not all of it)
    longest = 10 if indicator in words("measures", "total_heads") else 6  # (not 新增日供水能力|总投资: a project's)
    return before + indicator if 2 <= len(before) <= longest and not before.endswith(heads) else indicator


def with_trade_scope(figures: list[tuple[str, Clause]], sent: Sentence, clause: Clause, indicator: str) -> str:
    """Exports or imports named after 其中 right after a trade's total are that trade's (跨境电商进出口…，其中出口…、
    进口… -> 跨境电商出口); bare, they read as all of the country's."""
    total = next((f for f in reversed(figures) if "进出口" in f[0]), None) if indicator.startswith(TRADE_PARTS) else None
    if total is None or "其中" not in sent.text[total[1].end:clause.end]:
        return indicator
    whole = total[0]
    at = whole.find("进出口")
    scope = whole[:at] if at > 0 else ""
    if not scope or scope in words("measures", "generic_trade_scopes") or indicator.startswith(scope) \
            or len(scope + indicator) > MAX_INDICATOR:
        return indicator  # (外贸进出口…，其中出口…: all trade's, as bare 出口 reads)
    return scope + indicator


TRADE_PARTS = ("出口", "进口")


def with_counted_before(figures: list[tuple[str, Clause]], sent: Sentence, clause: Clause, indicator: str) -> str:
    """A bare rate opening the clause right after a count of things (某类馆总数达6565家，免费开放率达90% -> 某类馆免费
    开放率; 某示范区总数…，区县覆盖率… -> 某示范区区县覆盖率) is a rate of those things: bare, it is of nothing."""
    if not figures or len(indicator) > 6 or not indicator.endswith(("率", "占比", "比例")) \
            or sent.text[figures[-1][1].end:clause.start].strip() not in ("，", ","):
        return indicator
    lead = pattern("measures:lead_noise", "(?:{})*").match(sent.text, clause.start).end()
    counted = re.fullmatch(r"(?P<things>[\u4e00-\u9fff“”]{2,12}?)(?:总数|数量|总量)", figures[-1][0])
    if not sent.text.startswith(indicator, lead) or counted is None \
            or len(counted.group("things") + indicator) > MAX_INDICATOR:
        return indicator
    return counted.group("things") + indicator


def with_task_before(sent: Sentence, clauses: list[Clause], clause: Clause, indicator: str) -> str:
    """A bare rate of getting a task done (办结率, 化解率, 兑付率) opening the clause right after a clause that is that
    task and its figure (清理拖欠企业账款1.36亿元，办结率100% -> 清理拖欠企业账款办结率; 办理建议86件、提案112件，
    办复率100% -> 办理建议和提案办复率) is the task's: bare, it reads as every task's."""
    lead = pattern("measures:lead_noise", "(?:{})*").match(sent.text, clause.start).end()
    before = next((c for c in clauses if c.end <= clause.start and sent.text[c.end:clause.start].strip() in "，,"),
                  None)
    if indicator not in words("measures", "task_rates") or not sent.text.startswith(indicator, lead) or before is None:
        return indicator
    start = pattern("measures:lead_noise", "(?:{})*").match(sent.text, before.start).end()
    task = TASK_FIGURES.fullmatch(sent.text, start, before.end)
    named = task.group("task") + ("和" + task.group("more") if task and task.group("more") else "") if task else ""
    k = sent.token_at(start)
    if not task or k < 0 or sent.tags[k].startswith(("t", "ns", "nr", "r", "m")) \
            or TASK_NOISE.search(named) or len(named + indicator) > MAX_INDICATOR:
        return indicator  # (a task opens on what is done: not 今冬以来某市累计处置…; only one closed by its own figure)
    return named + indicator


FIGURE = r"[\d.]+(?:万|亿)?[\u4e00-\u9fff]{1,2}"  # (a number and its unit closing a clause)
TASK_FIGURES = re.compile(rf"(?P<task>[\u4e00-\u9fff“”]{{2,14}}?){FIGURE}"
                          rf"(?:、(?P<more>[\u4e00-\u9fff“”]{{2,10}}?){FIGURE})?")
TASK_NOISE = re.compile(r"以来|累计|期间|[省市县区]")  # (a time or a place inside the words before a figure: no task alone)


ACTIVITY_MEASURE = 5  # how long a measure of an activity may be to be read as bare (收购量, 播种面积, 确诊病例)


def with_activity_before(sent: Sentence, clauses: list[Clause], clause: Clause, q: Mention, indicator: str) -> str:
    """A short measure of an activity opening its clause (收购量, 播种面积, 确诊病例) right after a clause that names
    the activity with what it is of (夏粮收购开局良好，收购量突破… -> 夏粮收购量; 冬小麦播种基本结束，播种面积… ->
    冬小麦播种面积; 新增新冠确诊病例…，累计确诊病例… -> 新冠确诊病例) takes what it is of: bare, it reads as every
    such activity's."""
    lead = pattern("measures:lead_noise", "^(?:{})+").sub("", sent.text[clause.start:q.start - sent.start].lstrip())
    before = next((c for c in clauses if c.end <= clause.start and not sent.text[c.end:clause.start].strip("，, ")),
                  None)
    if len(indicator) > ACTIVITY_MEASURE or not lead.startswith(indicator) or before is None:
        return indicator
    at = sent.text.find(indicator[:2], before.start, before.end)
    i = sent.token_at(at) if at >= 0 else -1
    if i <= 0 or sent.starts[i] - sent.start != at or not sent.tags[i].startswith("v") \
            or sent.starts[i - 1] - sent.start < before.start or sent.tags[i - 1] not in ("n", "nr", "nz"):
        return indicator  # (the activity named by a noun right before it: 夏粮收购, not 广东收购 or 春季造林)
    if indicator[sent.ends[i] - sent.starts[i]:] not in words("measures", "indicator_heads"):
        return indicator  # (发售火车票: the activity's object is named already)
    what = sent.text[sent.starts[i - 1] - sent.start:at]
    if what in words("measures", "carry_out_manners") + words("measures", "subject_adverbs") + whole_place_words():
        return indicator  # (全面收购: a manner, not what is bought)
    return what + indicator if len(what) >= 2 and len(what + indicator) <= MAX_INDICATOR else indicator


def without_tail(subject: str, indicator: str) -> str:
    """The indicator without the end of its subject's name it opens with (subject 某某新区: 新区新增… -> 新增…),
    as long as two characters are left."""
    tail = next((subject[k:] for k in range(len(subject) - 1) if indicator.startswith(subject[k:])), "")
    return indicator[len(tail):] if len(indicator) - len(tail) >= 2 else indicator


def with_arrivals(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A verb of arriving before the count of what arrived, which ends the clause (落户87个项目 -> 落户项目)."""
    counted = sent.text[q.end - sent.start:clause.end]
    if indicator in words("measures", "arrival_verbs") and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", counted):
        return indicator + counted
    return indicator


def with_transport_mode(sent: Sentence, q: Mention, indicator: str) -> str:
    """A bare volume of passengers or freight takes the mode of transport the sentence names before it (全国铁路计划投产
    新线…，旅客发送量预计达到42亿人次 -> 铁路旅客发送量): alone it reads as every mode's."""
    modes = words("measures", "transport_modes")
    lead = SPAN_LEAD.match(indicator).end()  # (日均…, 春运期间…: the mode goes after them)
    if not indicator.startswith(tuple(words("measures", "transport_volumes")), lead) or any(m in indicator for m in modes):
        return indicator
    named = [m for m in pattern(modes).finditer(sent.text, 0, q.start - sent.start)]
    return indicator[:lead] + named[-1].group() + indicator[lead:] \
        if named and len(named[-1].group() + indicator) <= MAX_INDICATOR else indicator


SPAN_LEAD = re.compile(r"(?:日均|月均|[\u4e00-\u9fff]{2}(?:期间|假期))*")  # (铁路方面，预计春运期间发送旅客…)


REACH_LEAD = pattern("measures:scheme_reach_leads", r"\s*(?P<verb>{})")
SCHEME = pattern("measures:scheme_verbs", r"\s*(?:\d{1,2}[.．、]\s*)?(?:{})(?P<scheme>[\u4e00-\u9fff“”]{2,14})")
DONE_WORKS = pattern("measures:works_verbs",  # (works and their count)
                     r"\s*(?P<scheme>(?:新开工|开工|完成)?(?:{})[\u4e00-\u9fff“”]{2,12}?)[\d.]+(?:万|亿)?[\u4e00-\u9fff]{1,2}")
# (开工改造城镇老旧小区120个: the works begun)


def with_scheme_reaching(sent: Sentence, clauses: list[Clause], clause: Clause, q: Mention, indicator: str) -> str:
    """People or households a clause or a list's item says were reached (惠及群众4万人) by the scheme the clause or the
    item right before names (实施农村供水管网更新改造，惠及群众4万人 -> 农村供水管网更新改造惠及群众; 改造老旧小区15个、
    惠及居民2000户 -> 改造老旧小区惠及居民): alone, the count reads as everyone any scheme reached."""
    item = sent.text.rfind("、", clause.start, q.start - sent.start) + 1  # (改造老旧小区15个、惠及居民2000户: a list's item)
    reach = REACH_LEAD.match(sent.text, item or clause.start, q.start - sent.start)
    before = next((c for c in clauses if c.end <= clause.start and not sent.text[c.end:clause.start].strip("，, ")), None)
    span = (clause.start, item - 1) if item else (before.start, before.end) if before is not None else None
    done = (SCHEME, DONE_WORKS)  # (实施…工程，惠及…; 改造城镇老旧小区12个，惠及住户3200户: the works done)
    scheme = next((m for p in done if (m := p.fullmatch(sent.text, *span))), None) if reach and span else None
    if scheme is None or indicator.startswith(scheme.group("scheme")):
        return indicator
    at = indicator.find(reach.group("verb"))  # (改造惠及居民: the list's verb shared already, the scheme replaces it)
    named = scheme.group("scheme") + (indicator[at:] if at >= 0 else reach.group("verb") + indicator)
    return named if len(named) <= MAX_INDICATOR else indicator
