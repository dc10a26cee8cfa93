"""Targets, observations and forecasts: a number in a sentence with what it
measures (the indicator), whether it is set for the future, reported as
achieved or expected, its time, region and policy.

Precision first: a number becomes a measure only when its clause names the
measured thing (the noun before it — 地区生产总值增长5% — or after a count
verb — 建成50家智能工厂), and its sentence, section or genre says which
kind it is. Numbers in titles and quotes, slogans and ordinals (八项规定),
thresholds (总投资超5亿元的项目), and the amounts of policy instruments
(给予奖励100万元) are not measures. Signs and ranges are kept (下降2.1% is
−2.1); 分别 lists give each value to its own item.
"""
from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterator
from decimal import Decimal

from ..lexicon import memo, pattern, rules, vocabulary, words
from ..names import countries, country_names, place_prefix
from ..nlp import Sentence, get_nlp
from ..records import Measure, Mention, Quantity
from ..time import find_times
from .clauses import (BASE_WORDS, ITEM_NUMBER, MAX_INDICATOR, NUMERAL_START, SHARE, SHARE_HEADS, Clause, benchmark_before,
                      clause_of, clauses_of, clean_indicator, condition_before, counted, date_of_clause, from_to_items,
                      gap_of, indicator_text, inside_quotes, per_year, respectively_items, spans_years, starts_non_noun,
                      strip_spans, text_before, time_of_clause, value_list_items, verb_patterns, with_benchmark,
                      words_before_number)
from .context import Context
from .registry import extractor

VAGUE = re.compile(r"数[十百千万]|几[十百千万]|上[百千万]")
RATES = re.compile(r"利率|准备金率|费率|税率|首付比例|贴现率|保证金比例")
MONEY = ("元", "美元", "欧元", "日元", "港元", "英镑")
CHANGE_UNITS = ("%", "百分点", "‰", "倍")
NEWS_LEAD = re.compile(r"^[^，。：]{0,12}消息(?:（[^）]{0,12}）)?[：:]")  # 某某网消息（某某）：, the opening of a news item
GOAL_GENRES = ("official", "work_report", "report", "interpretation")


def quantity_of(m: Mention) -> Quantity:
    upper = m.attr("upper")
    return Quantity(m.start, m.end, m.text, Decimal(m.attr("value")), m.attr("unit"), m.attr("comparator") or "=",
                    Decimal(upper) if upper else None)


@extractor("measures", needs=("QUANTITY", "DATE", "REGION", "ORG", "POLICY", "policies", "home", "reference_date",
                              "POLICY:resolved", "fact:issued_by"),
           produces=("measure:target", "measure:observation", "measure:forecast"))
def measures(sent: Sentence, ctx: Context) -> Iterator[Measure]:
    found = ctx.mentions_in(sent, "QUANTITY")
    if not found or sent.text.rstrip().endswith(("？", "?")):
        return  # a question states no figure
    role = ctx.role(sent) or review_paragraph(sent, ctx)
    if role in ("principles", "safeguards") or ctx.in_part(sent, "title", "doc_number", "signature", "date", "heading"):
        return
    clauses = clauses_of(sent)
    items = {**value_list_items(sent, found, clauses), **respectively_items(sent, found, clauses),
             **from_to_items(sent, ctx, found, clauses)}
    previous: tuple[str, Clause, str] | None = None  # (indicator, clause, unit) of the figure before
    figures: list[tuple[str, Clause]] = []  # (indicator, clause) of the figures so far
    topic: str | None = None  # the named facility the sentence opens with (news), found once when needed
    for q in sorted(found, key=lambda m: m.start):
        clause = clause_of(clauses, q.start - sent.start)
        if clause is None or q.start not in items and not is_figure(sent, ctx, q, clause, found):
            continue
        if q.start in items and items[q.start] is None:
            continue
        toll = toll_count(sent, q)
        kind = kind_of(sent, ctx, q, clause, role, q.start in items) or ("observation" if toll else "")
        if not kind:
            continue
        wording = (toll or items.get(q.start) or averaged(previous, sent, q, clause) or indicator_text(sent, ctx, q, clause)
                   or carried(previous, sent, q, clause))
        if wording is None:
            continue
        written, measure, negative, *stated = wording
        written = with_shared_head(sent, q, clause, written)
        if stated == [""] and kind == "observation" and ctx.document.genre in ("news", "work_report"):
            continue  # an undated start (从不足4万家增至14万家; a five-year review's 从1.38亿件…) is no current figure
        if stated == [""] and kind != "observation":
            kind = "observation"  # where a target starts from (从380元提高至1000元) is a level already reached
        indicator = pattern("measures:clause_markers").sub("", written)  # 平台已服务企业 -> 平台服务企业
        reduced = what_is_reduced(indicator) if measure == "level" and q.attr("unit") not in COUNT_FREE_UNITS else ""
        if reduced:  # 单位减少办公用房租赁费1.19亿元: the fee went down by 1.19亿
            indicator, measure, negative = reduced, "change", True
        carried_on = previous is not None and (indicator in words("measures", "generic_tails") + ("增长率", "年均增长率")
                                               or share_without_subject(indicator, previous[0]))
        if carried_on:
            indicator = previous[0] + indicator  # 业务收入…，年均增长率达13.8% -> 业务收入年均增长率; …，占GDP比重 -> X占GDP比重
        if indicator.startswith("占") and not carried_on:
            whose = share_subject(sent, ctx, clauses, clause, found, figures, indicator)
            if not whose:
                continue  # 占全国比重25%: a share of no one named
            indicator, carried_on = whose + indicator, True
        indicator = with_previous_subject(previous, sent, clause, indicator) if not carried_on else indicator
        again = previous is not None and indicator == previous[0]  # (推广高产优质品种3874万亩、增长23.5%)
        if not again and not plausible(indicator, q.attr("unit"), measure) or points_back(sent, clause, written) \
                or any(indicator == m.text and m.attr("via") != "local" for m in ctx.mentions_in(sent, "ORG")):
            continue  # (河钢集团某钢厂30名职工, 国家税务总局…18条: a body is no measured thing)
        if measure != "gap" and indicator.endswith(words("measures", "scope_ends")):
            continue  # 班列通达全球119个国家: where the count reaches, not what is measured (增速高于全国 is a gap)
        if re.match(r"\d+(?:\.\d+)?(?![年月天日周期])[\u4e00-\u9fff]", indicator) \
                and not indicator.lstrip("0123456789").startswith(words("measures", "model_suffixes")):
            continue  # 全国22个城市62座海军军营: a count of places (22个城市) names no measured thing (2年期利率 does)
        if q.attr("unit") in words("measures", "kind_units") and "品类" not in indicator:
            continue  # 集中整治4类突出问题, 分为6类: the kinds of a scheme, not a measured count
        if benchmark_value(sent, q):
            continue  # 测产结果突破509公斤，远高于300公斤标准值: 300 is the benchmark, not a figure
        if size_of_facility(sent, q) or steps_climbed(sent, q):
            continue  # 释放某石化120万吨乙烯项目产能, 迈上4个万亿元台阶: a size in a name, steps climbed; no figure
        if q.attr("unit") in words("measures", "count_classifiers") and "." not in q.attr("value") \
                and indicator.endswith(words("measures", "amount_heads")):
            continue  # 11个行业出口额实现增长: a count of sectors, not an amount
        if q.attr("unit") not in COUNT_FREE_UNITS and re.search(
                pattern("measures:route_verbs").pattern + "[^的]*$", sent.text[clause.start:q.start - sent.start]):
            continue  # 途经4个地区和9个边境县: what a route passes through (not 途经…的候鸟总数增加14%)
        if not toll and event_count(sent.text[clause.start:clause.end], indicator, ctx.document.genre, q.attr("unit")):
            continue  # 击落136架无人机, 4名人员在冲突中身亡: the toll of an event, not a measured figure
        if kind == "observation" and event_detail(sent, q, clause, ctx.document.genre):
            continue  # 发布了两份报告, 展出200件文物, 规划建设的40条通道: what an event showed, or a plan
        if not toll and people_acting(sent, q, clause, indicator, ctx.document.genre):
            continue  # 10名艺术家给…写信: the people of a story, not a figure
        previous = (indicator, clause, q.attr("unit"))
        if not carried_on:
            subject, indicator = subject_split(sent, ctx, q, clause, written, measure, indicator)
        else:
            subject = ""
        subject = subject or clause_actor(sent, ctx, q, clause, indicator)
        if not subject and ctx.document.genre == "news":
            topic = sentence_topic(sent, ctx) if topic is None else topic
            subject = topic if topic and not any(topic[k:] in indicator for k in range(len(topic) - 3)) else ""
        indicator = with_list_verb(sent, q, clause, indicator) if not carried_on else indicator
        indicator = with_verb_on_people(sent, q, clause, indicator)
        indicator = with_whole_verb(figures, sent, q, indicator)
        indicator = with_bracketed_head(sent, ctx, clause, written, indicator) if not carried_on else indicator
        indicator = per_period(sent, q, clause, measure, indicator)
        if measure == "gap":
            indicator = with_benchmark(indicator, benchmark_before(sent, q, clause))
        if measure == "change":
            indicator = per_year(sent, q, clause, indicator)
        region = region_of(sent, ctx, q, clause)
        indicator = indicator if region else with_country(sent, ctx, q, indicator)
        if not (region or subject or toll or q.start in items) and kind != "target" and ctx.document.genre == "news" \
                and too_bare(sent, ctx, q, indicator):
            continue  # (产值突破1亿元, 销售额2070亿元 in a news story of one village: whose is not said)
        if kind == "observation" and ctx.document.genre == "news" and not (subject or toll or q.start in items) \
                and q.attr("unit") not in words("measures", "visit_units") \
                and names_too_little(sent, ctx, q, indicator, region):
            continue  # (展览面积, 收购量, 开展手术: of one fair, one crop, one ship the story names elsewhere; 人次 count a flow)
        quantity = signed(with_list_unit(sent, q, found, with_list_comparator(sent, q, found, quantity_of(q))), negative)
        indicator = as_increment(indicator, measure, quantity)
        time = stated[0] if stated else time_of(sent, ctx, q, clause, kind, measure)
        fields = dict(measure=measure, subject=subject, time=time, region=region,
                      policy=policy_of(sent, ctx, q, kind, time), issuer=issuer_of(sent, ctx, q, kind),
                      condition=condition_before(sent, q, clause, found))
        figures.append((indicator, clause))
        for each in each_items(sent, q, clause) or [indicator]:
            yield Measure(kind, ctx.evidence(sent), quantity, each, **fields)


def as_increment(indicator: str, measure: str, quantity: Quantity) -> str:
    """An increase by an amount (较上月末上升651亿美元, 比去年增加300多万亩) says so in its indicator
    (外汇储备规模增量), which otherwise reads as the level; a rate of growth (增长5%) reads as one."""
    if measure != "change" or quantity.unit in (*CHANGE_UNITS, "") or quantity.value <= 0 \
            or indicator.endswith(words("measures", "increment_words")):
        return indicator
    return indicator + words("measures", "increment_words")[0]


@memo(maxsize=1)
def units() -> frozenset[str]:
    """Every unit's written form (rules/quantities.yaml)."""
    table = rules("quantities")["units"]
    return frozenset(table) | frozenset(table.values())


COUNT_FREE_UNITS = ("%", "百分点", "‰", "倍", "")


def what_is_reduced(indicator: str) -> str:
    """What a reducing verb inside the indicator acts on (单位减少办公用房租赁费 -> 办公用房租赁费), or ""."""
    m = pattern("measures:reduce_verbs", r"^[\u4e00-\u9fff]{0,14}?(?:{})(?P<what>[\u4e00-\u9fff]{2,})$").match(indicator)
    return m.group("what") if m else ""


def plausible(indicator: str, unit: str, measure: str) -> bool:
    """An indicator that names a measured thing: no verb of an event or a report
    in it (以军袭击加沙地带), and — for a rate, a multiple, money or a bare number —
    a head that measures (…总值, …率, …收入, …投资, CPI); an event verb is
    allowed only before such a head (接待游客人次)."""
    if len(indicator) <= 2 and indicator not in words("measures", "short_indicators") or indicator in units() \
            or indicator in words("measures", "nameless_heads"):
        return False  # (金额, 居民, 日均, 贡献率; 公里 from 吨公里: no thing measured)
    if unit in words("quantities", "not_measure_units") \
            or unit not in COUNT_FREE_UNITS and indicator.endswith(words("measures", "meta_heads")):
        return False  # (20周年; 约束性指标9项: a count of a plan's own indicators)
    if re.search(r"\d+(?:日|时)", indicator):
        return False  # (某国政府27日向灾区部署: a date inside is a clause, not a measured thing)
    if indicator.startswith(tuple(w for w in (*words("measures", "gap_up"), *words("measures", "gap_down")) if w.endswith("于"))):
        return False  # 快于全部规模以上工业增加值: a benchmark, not what the figure measures
    if re.search(r"(?<![安健齐周])全$", indicator) or not names_a_thing(indicator):
        return False  # 数字化服务全 (…全覆盖), 培育壮大, 新建国家级: no thing named
    if any(w in indicator for w in words("measures", "pointing_words")) or "了" in indicator \
            or indicator.startswith(("其", "多", "余")):
        return False  # (中小企业进行这样…, 其扣押, 10多小时: what it points to is not in it, or a number's tail)
    if any(w in indicator for w in words("measures", "location_words")):
        return False  # (某地位于某市西南约60公里: where a place lies)
    if indicator.endswith(words("measures", "dangling_ends")):
        return False  # a clause cut before its object (美国各地有, 中国成)
    if vocabulary().region(indicator) is not None or indicator.endswith(words("measures", "place_heads")):
        return False  # a place is not a measured thing (雅砻江流域 = 2 座)
    measures = indicator.endswith(words("measures", "indicator_heads")) or bool(re.fullmatch(r"[A-Za-z]{2,6}", indicator))
    if any(w in indicator for w in words("measures", "report_verbs") if len(w) >= 2):
        return False
    if any(w in indicator for w in words("measures", "event_verbs")) and not measures \
            and unit not in words("measures", "visit_units"):  # (接待观众6049万人次 counts visits)
        return False  # an event (以军袭击加沙地带), unless what follows it measures (接待游客人次, 转移就业)
    if measure in ("change", "gap") and unit in ("%", "百分点") and indicator.endswith(words("measures", "sector_heads")):
        return True  # a sector's growth is that of its output
    if unit in COUNT_FREE_UNITS or unit in MONEY or measure in ("change", "gap"):
        return measures
    return True


@memo(maxsize=4096)
def names_a_thing(indicator: str) -> bool:
    """The indicator, past its leading count or addition verbs, holds a word that is no verb, adjective
    or level (培育专精特新企业, 新增外贸企业) or ends with a measuring head (研发投入); not a verb and an
    adjective (培育壮大) or a level alone (新建国家级)."""
    rest = pattern("measures:count_verbs", "^(?:{})+").sub("", indicator) or indicator
    if rest.endswith(words("measures", "indicator_heads")) or re.search(r"[A-Za-z]", rest):
        return True
    return not level_word().fullmatch(rest) and any(t.tag_ not in ACTION_TAGS for t in get_nlp().make_doc(rest))


ACTION_TAGS = ("v", "vd", "a", "ad", "d", "b")  # verbs, adjectives, adverbs, level words: no thing named


@memo(maxsize=1)
def level_word() -> re.Pattern[str]:
    """A level word (国家级, 省级 …) of ``level_prefixes``."""
    return pattern("measures:level_prefixes", "(?:{})级")


def points_back(sent: Sentence, clause: Clause, written: str) -> bool:
    """The indicator follows or opens with a word that points back (该公司第一财季净利润, 其营业收入,
    该项目总投资, 相关商品销售额): whose figure it is is said elsewhere, not in the row."""
    if written.startswith(words("measures", "pointer_leads")):
        return True
    at = sent.text.rfind(written, clause.start, clause.end)
    return at >= 0 and pattern("measures:pointers").search(sent.text[clause.start:at + len(written)]) is not None


def benchmark_value(sent: Sentence, q: Mention) -> bool:
    """The number is a benchmark another figure is compared with (远高于300公斤标准值, 低于全国平均的5%水平)."""
    after = sent.text[q.end - sent.start:q.end - sent.start + 6]
    before = sent.text[max(0, q.start - sent.start - 4):q.start - sent.start] + words_before_number(q)
    return after.startswith(words("measures", "benchmark_nouns")) and re.search(r"[高低快慢优多少]于\s*$", before) is not None


def size_of_facility(sent: Sentence, q: Mention) -> bool:
    """The number, in a unit that is no count, is the size that names a project or a facility:
    the words right after it end in one (120万吨乙烯转型升级项目, 200万千瓦光伏基地)."""
    if q.attr("unit") in words("measures", "count_classifiers"):
        return False  # (建设10个项目: the count of projects)
    after = re.match(r"[\u4e00-\u9fff“”]{0,10}", sent.text[q.end - sent.start:]).group()
    return any(head in after for head in words("measures", "facility_heads"))


def steps_climbed(sent: Sentence, q: Mention) -> bool:
    """A count of the steps or marks a figure passed (连续迈上4个万亿元台阶, 跨过两个千亿大关)."""
    after = re.match(r"[\u4e00-\u9fff]{0,6}", sent.text[q.end - sent.start:]).group()
    return q.attr("unit") in words("measures", "count_classifiers") and after.endswith(words("measures", "step_nouns"))


def with_list_comparator(sent: Sentence, q: Mention, found: list[Mention], quantity: Quantity) -> Quantity:
    """A value of a list takes the comparator the list's first value has from its verb (分别超过90%、75%:
    both are more than)."""
    if quantity.comparator != "=" or not NUMERAL_START.match(q.text):
        return quantity  # (超1万亿元、增长8%: a value with its own verb has its own comparator)
    before = [p for p in found if p.end <= q.start]
    while before and re.fullmatch(r"[、和及与]", sent.text[before[-1].end - sent.start:q.start - sent.start]):
        first = before[-1]
        if not NUMERAL_START.match(first.text):  # (超过90%: the verb before the list's first value)
            same_unit = first.attr("unit") == quantity.unit
            return replace(quantity, comparator=first.attr("comparator") or "=") if same_unit else quantity
        q, before = first, before[:-1]
    return quantity


def with_list_unit(sent: Sentence, q: Mention, found: list[Mention], quantity: Quantity) -> Quantity:
    """A value of a list without a unit, or in 个, takes the 百分点 (or a bare one the %) of a later value
    of the list (分别提升1.1和0.6个百分点, 分别上升26.7个、26.8个百分点)."""
    if quantity.unit not in ("", "个"):
        return quantity
    after = [p for p in found if p.start >= q.end]
    while after and re.fullmatch(r"[、和及与]", sent.text[q.end - sent.start:after[0].start - sent.start]):
        q, after = after[0], after[1:]
        if q.attr("unit") == "百分点" or quantity.unit == "" and q.attr("unit") == "%":  # (not 3、5万吨: 万 too)
            return replace(quantity, unit=q.attr("unit"))
    return quantity


def with_shared_head(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A level word counted before a list's last item takes that item's head (新建6个国家级、20个
    省级临床重点专科 -> 新建国家级临床重点专科)."""
    level = level_word().search(indicator)
    if level is None or level.end() != len(indicator):
        return indicator
    rest = sent.text[q.end - sent.start:clause.end]
    m = re.match(rf"{level.group()}[、和及与][^，；。]{{0,8}}?{level_word().pattern}(?P<head>[\u4e00-\u9fff“”]{{2,16}})", rest)
    if m is None or len(indicator + m.group("head")) > MAX_INDICATOR:
        return indicator
    return indicator + m.group("head")


def with_list_verb(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A later item of a list that an addition verb opens shares it (培育创新型企业300家、
    专精特新企业200家 -> 培育专精特新企业): else it reads as the stock."""
    lead = ITEM_NUMBER.sub("", sent.text[clause.start:q.start - sent.start])
    lead = pattern("measures:lead_noise", "^(?:{})*").sub("", lead)
    verb = pattern("measures:addition_verbs", "^(?:{})").match(lead) \
        or pattern("measures:addition_verbs", "(?:{})(?=[0-9一二三四五六七八九十两百千万]+[个家座所条项])").search(lead)
    if verb is None or not re.search("[、和]", lead[verb.end():]) or indicator.startswith(verb.group()) \
            or verb.group() in indicator or indicator.endswith(words("measures", "flow_heads")):
        return indicator  # (新增新能源装机…、新能源发电量超3000亿度: an output is no addition)
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    if at < 0:
        at = sent.text.find(indicator, q.end - sent.start, clause.end)  # (建设10个X、60个Y: Y after its number)
    word_at = at + 1 if sent.text.startswith("“", at) else at  # (、“司机之家”37个: the name inside the quotes)
    if at < 0 or not re.search("[、和]", sent.text[clause.start:at]) or (
            starts_non_noun(sent, word_at, verbal_nouns=True) and not level_word().match(sent.text, word_at)):
        return indicator
    return verb.group() + indicator if len(verb.group() + indicator) <= MAX_INDICATOR else indicator


def with_whole_verb(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, indicator: str) -> str:
    """A part after 其中 shares the verb of what is new of the whole before it (新增病例30例，其中境外输入5例，
    本土病例25例 -> 新增本土病例): else it reads as the stock."""
    at = sent.text.rfind("其中", 0, q.start - sent.start)
    wholes = [name for name, clause in figures if clause.end <= at]
    if not wholes or indicator.startswith("新"):
        return indicator
    verb = pattern("measures:addition_verbs", "^(?:{})").match(wholes[-1])
    if verb is None or not verb.group().startswith("新") or len(verb.group() + indicator) > MAX_INDICATOR:
        return indicator  # (only a verb of what is new: 增加 may be the 增加 of 增加值)
    return verb.group() + indicator


def with_previous_subject(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause, indicator: str) -> str:
    """A bare measure (产值, 总产量, 利润 …) after a figure of the same thing takes that figure's subject
    (全县黄芪种植面积约3万亩，产值突破1亿元 -> 黄芪产值; 粮食播种面积…、总产量… -> 粮食总产量) — only
    where the pair belongs together (``subject_pairs``: 营业收入 and 利润 are one firm's accounts; 增加值 and
    投资 are two aggregates)."""
    bare = rules("measures")["bare_measures"]
    involved = pattern("measures:involving_words", "^(?:{})").sub("", indicator)  # (…项目1359个，涉及总投资…)
    if previous is None or involved not in bare:
        return indicator
    indicator = involved
    if previous[2] in words("measures", "goods_units") and indicator in words("measures", "goods_measures") \
            and not previous[0].endswith(words("measures", "indicator_heads")):
        return previous[0] + indicator if len(previous[0] + indicator) <= MAX_INDICATOR else indicator  # 家电以旧换新…台，销售额…
    if previous[0].endswith(words("measures", "whole_heads")):  # 建设亿元以上项目4000个、完成投资4500亿元
        subject = pattern(words("measures", "count_verbs") + words("measures", "addition_verbs"), "^(?:{})").sub(
            "", previous[0])
        return subject + indicator if len(subject) >= 2 and len(subject + indicator) <= MAX_INDICATOR else indicator
    pairs = rules("measures")["subject_pairs"]  # (规上工业增加值…，投资增长3%: 投资 is not 规上工业's)
    head = next((h for h in sorted(pairs, key=len, reverse=True) if previous[0].endswith(h) and indicator in pairs[h]),
                None)
    if head is None:
        return indicator
    subject = pattern("measures:subject_noise", "^(?:{})+").sub("", previous[0][:-len(head)])
    subject = pattern("measures:subject_noise", "(?:{})+$").sub("", subject)
    if len(subject) < 2 or vocabulary().region(subject) is not None or not names_a_thing(subject):
        return indicator
    return subject + indicator if len(subject + indicator) <= MAX_INDICATOR else indicator


def per_period(sent: Sentence, q: Mention, clause: Clause, measure: str, indicator: str) -> str:
    """A level stated per year, day or second (每年重点支持100个项目, 峰值为每秒10.9万笔) says so in its
    indicator (每年…, 每秒…), so that it does not read as a total."""
    lead = sent.text[clause.start:q.start - sent.start]
    per = pattern("measures:per_periods").search(lead)
    if measure != "level" or per is None or per.group() in indicator or len(indicator + per.group()) > MAX_INDICATOR:
        return indicator
    rate = next((r for r in ("增长率", "增速", "增幅") if indicator.endswith(r)), "")
    if rate and per.group() in ("年均", "平均每年"):  # 业务收入…，年均增长率达13.8% -> 业务收入年均增长率
        return indicator[:-len(rate)] + per.group() + rate if indicator != rate else indicator
    return per.group() + indicator


def with_bracketed_head(sent: Sentence, ctx: Context, clause: Clause, written: str, indicator: str) -> str:
    """An indicator right after a bracket takes the words before the bracket (农业（种植业）增加值 ->
    农业增加值): the bracket only narrows them."""
    at = sent.text.rfind(written, clause.start, clause.end)
    if at <= clause.start or sent.text[at - 1] not in "）)":
        return indicator
    opened = max(sent.text.rfind("（", clause.start, at), sent.text.rfind("(", clause.start, at))
    if opened <= clause.start or at - opened > 14:
        return indicator
    head = clean_indicator(strip_spans(sent.text[clause.start:opened], ctx, sent, clause.start, opened), sent, clause.start)
    if len(head) < 2 or len(head + indicator) > MAX_INDICATOR or vocabulary().region(head) is not None \
            or counted(sent.text[clause.start:opened], head):
        return indicator  # (31个省（自治区）新增病例: 个省 counts places, it does not name the figure)
    return head + indicator


def with_country(sent: Sentence, ctx: Context, q: Mention, indicator: str) -> str:
    """A statistic (its indicator ends with a measuring head) of a foreign country named earlier in its
    sentence — or, in the news, in its item's heading — carries the country's name (德国联邦统计局…，
    去年国内生产总值下降0.2% -> 德国国内生产总值); not when the sentence also speaks of China or a
    Chinese place, or names several countries."""
    if not indicator.endswith(words("measures", "indicator_heads")) or indicator.endswith(
            tuple(rules("measures")["toll_counts"].values())):
        return indicator  # (a count in a report of an attack may be the attacker's or the victim's)
    before = sent.text[:q.start - sent.start]
    named = {countries()[m.group()] for m in country_names().finditer(before)}
    own_scope = indicator.startswith(words("measures", "world_scopes"))  # (欧洲天然气价格: its own scope)
    span = item_heading(ctx, sent) if not named and ctx.document.genre == "news" and not own_scope else None
    if span is not None:  # ### 美国3月贸易逆差创新高: the item's country
        named = {countries()[m.group()] for m in country_names().finditer(ctx.document.text[span[0]:span[1]])}
    if len(named) != 1 or ctx.mentions_in(sent, "REGION") or any(w in before for w in words("measures", "china_words")):
        return indicator
    country = named.pop()
    if any(form in indicator for form, name in countries().items() if name == country and len(form) >= 2):
        return indicator
    return country + indicator if len(country + indicator) <= MAX_INDICATOR else indicator


def each_items(sent: Sentence, q: Mention, clause: Clause) -> list[str]:
    """The items of "A、B和C各20家": each has the number (新建省重点实验室、省技术创新中心各20家 ->
    新建省重点实验室, 新建省技术创新中心); [] when the number is not after 各 and a list."""
    rel = q.start - sent.start
    if sent.text[rel - 1:rel] != "各":
        return []
    lead = pattern("measures:lead_noise", "^(?:{})*").sub("", ITEM_NUMBER.sub("", sent.text[clause.start:rel - 1]))
    verb = pattern("measures:addition_verbs", "^(?:{})").match(lead)
    lead = lead[verb.end():] if verb else pattern("measures:count_verbs", "^(?:{})").sub("", lead)
    names = re.split(r"、|和|及", lead)
    if len(names) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff“”]{2,20}", n) for n in names):
        return []
    cut = names[-1].find(names[0][-1])
    head = names[-1][cut + 1:] if cut >= 0 else ""  # 国家级和省级园区: 园区 is the last item's for all
    names = [n + head if len(n) <= 3 and head and not n.endswith(head) else n for n in names]
    return [(verb.group() if verb else "") + n for n in names]


def event_detail(sent: Sentence, q: Mention, clause: Clause, genre: str) -> bool:
    """A count that is no achieved figure: what a launch or a show presented, in news and other
    documents that set no goals (发布了两份旗舰报告, 展出200件文物), or what a plan
    provides for (规划建设的40条通道)."""
    before = sent.text[clause.start:q.start - sent.start]
    if pattern("measures:planned_before", "(?:{})\\s*$").search(before):
        return True
    return genre not in GOAL_GENRES and q.attr("unit") in words("measures", "launch_units") and bool(
        pattern("measures:launch_verbs").search(sent.text[clause.start:clause.end]))


def with_verb_on_people(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A count of people keeps the verb that says what was done for them (救助困难残疾儿童8000人,
    培训农民10万人次): without it the count reads as how many such people there are."""
    if q.attr("unit") not in (*words("measures", "person_units"), "人次"):
        return indicator
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    if at < 0 or indicator.startswith(words("measures", "count_verbs")):
        return indicator
    last = sent.token_at(at + len(indicator) - 1)
    if last >= 0 and sent.tags[last].startswith("v"):
        return indicator  # 开展职业技能培训23万人次: an activity is counted as well without its verb
    before = sent.text[clause.start:at]
    verbs = [v for v in words("measures", "count_verbs") if before.endswith(v) and v not in words("measures", "result_verbs")]
    return max(verbs, key=len) + indicator if verbs and len(indicator) <= MAX_INDICATOR - 2 else indicator


def people_acting(sent: Sentence, q: Mention, clause: Clause, indicator: str, genre: str) -> bool:
    """In news and other documents that set no goals, a number of people followed by who they are
    and what they do (10名艺术家给…写信, 近万名农技人员深入一线, 3000多名建设者抢抓工期): the
    people of a story, not a measured figure (救助受灾群众252.7万人, 共有80名志愿者参与服务 are)."""
    if genre in GOAL_GENRES or q.attr("unit") not in words("measures", "person_units"):
        return False
    if any(w in sent.text[clause.start:q.start - sent.start] for w in words("measures", "tally_leads")):
        return False
    if sent.text[:q.start - sent.start].endswith(words("measures", "companion_leads")):
        return True  # 某某和另外两名驻村干部…: the companions of a story's person
    return len(indicator) >= 2 and sent.text.startswith(indicator[:2], q.end - sent.start)


def share_subject(sent: Sentence, ctx: Context, clauses: list[Clause], clause: Clause, found: list[Mention],
                  figures: list[tuple[str, Clause]], share: str) -> str:
    """What a share opening its clause is of: the nearest figure before it that is no gap and no rate,
    written (``figures``) or not (出口机电产品2.62万亿元，占出口总值近七成 -> 出口机电产品; 外贸进出口
    8.27万亿元，同比增长10%，快于全国增速5.1个百分点，占全国进出口总值的20.8% -> 外贸进出口), or ""."""
    written = next((before for before, c in reversed(figures) if c.end <= clause.start
                    and share_without_subject(share, before)), "")
    if written:
        return written
    for before in reversed([c for c in clauses if c.end <= clause.start]):
        for m in (m for m in found if before.start <= m.start - sent.start < before.end):
            wording = indicator_text(sent, ctx, m, before)
            if wording and wording[1] != "gap" and share_without_subject(share, wording[0]) and names_a_thing(wording[0]) \
                    and not wording[0].startswith((*words("measures", "change_up"), *NUMERAL_CHARS)):
                return wording[0]  # (not 增长至 of 从A增长至B, nor 亿大关 of 突破13亿、14亿大关)
    return ""


NUMERAL_CHARS = tuple("十百千万亿")


def share_without_subject(indicator: str, before: str) -> bool:
    """A share that does not say of what (占地区生产总值比重), after a figure whose indicator
    can be its subject (工业增加值…，占地区生产总值比重达到30%)."""
    return (indicator.startswith("占") and indicator.endswith(SHARE_HEADS)
            and len(before) >= 3 and not before.startswith("占") and before not in words("measures", "generic_tails")
            and not before.endswith(words("measures", "rate_heads")))  # (a share of a rate or a growth is none)


def toll_count(sent: Sentence, q: Mention) -> tuple[str, str, bool] | None:
    """(what is counted, "level", False) for a number of people right before a casualty word
    (造成26人死亡、46人受伤 -> 死亡人数 26, 受伤人数 46), else None."""
    if q.attr("unit") not in ("人", "名"):
        return None
    after = sent.text[q.end - sent.start:q.end - sent.start + 2]
    counts = rules("measures")["toll_counts"]
    return (counts[after], "level", False) if after in counts else None


def event_count(clause: str, indicator: str, genre: str, unit: str) -> bool:
    """A clause that tells a violent event or a disaster (击落, 袭击, 身亡): in news and other
    documents that set no goals, a count in it is its toll (击落136架无人机); elsewhere, and
    for a rate, unless a head says what is measured. Casualties named as such (死亡人数升至184人,
    全省事故死亡人数下降12%) are figures: see ``toll_count``."""
    if not any(v in clause for v in words("measures", "toll_verbs")):
        return False
    if indicator.endswith(tuple(rules("measures")["toll_counts"].values())):
        return False  # 死亡人数上升到120人: the casualties, named as such
    return genre not in GOAL_GENRES and unit not in COUNT_FREE_UNITS or not indicator.endswith(
        words("measures", "indicator_heads"))


def carried(previous: tuple[str, Clause, str] | None, sent: Sentence, q: Mention, clause: Clause) -> tuple[str, str, bool] | None:
    """A clause that is only a verb and a number (…4.2万亿元，增长6.1%; 突破80万头、
    增长54%; 、高于全国平均水平18.3个百分点) speaks of the indicator of the number
    before it; a level verb (增长6.1%、达到27克/千克) only within one clause."""
    if previous is None:
        return None
    indicator, before, _ = previous
    if re.search(r"[；;]", sent.text[before.start:clause.start]):
        return None  # …营收1.3万亿元；…新业态营业收入6942亿元，增长8.5%: not across a semicolon
    pre = BASE_WORDS.sub("", re.sub(r"^.*\d[^\d、，]{0,4}、", "", text_before(sent, q, clause)).strip())
    pre = re.sub(r"(?:近|约|超过|超|逾|将近|接近|大约|不到|不足|多达|高达)$", "", pre)  # 同比提高近30个百分点
    gap = gap_of(pre, q.attr("unit")) if q.attr("unit") in ("%", "百分点") else None
    if gap is not None and gap[0].start() == 0:
        return growth_of(indicator, q.attr("unit")), "gap", gap[1]
    up, down, level, _ = verb_patterns()
    if down.fullmatch(pre) or up.fullmatch(pre):
        return growth_of(indicator, q.attr("unit")), "change", down.fullmatch(pre) is not None
    if before == clause and level.fullmatch(pre):
        return indicator, "level", False
    return None


def averaged(previous: tuple[str, Clause, str] | None, sent: Sentence, q: Mention, clause: Clause) -> tuple[str, str, bool] | None:
    """A clause that is only an average word and a number (流动量超14.65亿人次，日均超2.9亿人次) gives
    the average of the indicator of the number before it."""
    if previous is None or re.search(r"[；;]", sent.text[previous[1].start:clause.start]):
        return None
    if re.match(r"[\u4e00-\u9fff]", sent.text[q.end - sent.start:clause.end]):
        return None  # 每天12000多列旅客列车…: the number counts what follows it
    before = text_before(sent, q, clause).strip()
    average = re.fullmatch(r"(日均|月均|年均|人均|每天|每日)(?:超过?|达到?|近|约|为)?", before)
    if average is None:
        return averaged_part(previous[0], before)
    if len(previous[0]) + 2 > MAX_INDICATOR or previous[0].startswith(average.group(1)):
        return None
    return average.group(1) + previous[0], "level", False


def averaged_part(total: str, before: str) -> tuple[str, str, bool] | None:
    """An average word and part of the indicator of the total before it (铁路发送旅客…，日均发送 ->
    铁路日均发送旅客; 民航旅客运输总量…，日均旅客运输量 -> 民航日均旅客运输量): the total's subject
    carries over."""
    m = re.fullmatch(r"(日均|月均|每天|每日)(?P<what>[\u4e00-\u9fff]{2,8}?)(?:超过?|达到?|近|约|为)?", before)
    if m is None:
        return None
    average, what = m.group(1), m.group("what")
    if what in total and not total.startswith(what):
        named = total.replace(what, average + what, 1)
    elif total.find(what[:2]) > 0:
        named = total[:total.find(what[:2])] + average + what
    else:
        return None
    return (named, "level", False) if len(named) <= MAX_INDICATOR else None


def growth_of(indicator: str, unit: str) -> str:
    """What a change in percentage points after a figure changes: its growth rate (国内生产总值…增长5.0%，
    比上年四季度加快0.5个百分点 -> 国内生产总值增速), unless the figure is itself a rate or share."""
    if unit != "百分点" or indicator.endswith(words("measures", "rate_heads")) or len(indicator) + 2 > MAX_INDICATOR:
        return indicator
    return indicator + "增速"





def signed(q: Quantity, negative: bool) -> Quantity:
    """The quantity of a decline: its value negated (下降2.1% is −2.1) and its
    bound turned with it (下降超过15% is less than −15)."""
    if not negative:
        return q
    upper = -q.upper if q.upper is not None else None
    value = -q.value
    if upper is not None:
        value, upper = min(value, upper), max(value, upper)
    flipped = {">": "<", ">=": "<=", "<": ">", "<=": ">="}.get(q.comparator, q.comparator)
    return Quantity(q.start, q.end, q.text, value, q.unit, flipped, upper)


def is_figure(sent: Sentence, ctx: Context, q: Mention, clause: Clause, found: list[Mention]) -> bool:
    """False for numbers that measure nothing: inside a title or quotes, a
    slogan or ordinal set, a threshold that qualifies a later number, the
    amount of a policy instrument."""
    text = sent.text
    rel = q.start - sent.start
    if inside_quotes(text, rel) or ctx.covered(sent, q.start, q.end, "POLICY", "REPORT", "PLATFORM", "ORG"):
        return False
    unit = q.attr("unit")
    if not re.search(r"\d", q.text):
        if unit in words("measures", "slogan_units") or not unit:
            before = text[max(clause.start, rel - 4):rel]
            if not any(before.endswith(w) if len(w) == 1 else w in before for w in words("measures", "count_context")):
                return False
    after = text[q.end - sent.start:q.end - sent.start + 1]
    if after == "的" and not text.startswith(("的比重", "的比例", "的水平"), q.end - sent.start):
        return False  # a threshold qualifying a noun (营业收入突破1亿元的企业)
    later = [m for m in found if m.start > q.end and m.start - sent.start < clause.end]
    if later and re.search(r"[、和及与]", text[q.end - sent.start:later[0].start - sent.start]):
        later = []  # items of a list (10个县级中心、60个乡镇中心), not a qualifier of the next number
    if later and (after == "的" or re.match(r"[\u4e00-\u9fff]", after) and not re.match(
            pattern("measures:level_verbs", "(?:{})").pattern + "|[，,。；、和及与]", text[q.end - sent.start:])):
        return False  # a threshold or a qualifier of a later number (总投资超5亿元的项目80个)
    if VAGUE.search(q.text) or re.match(r"[^，。；]{0,12}之一", text[q.end - sent.start:]):
        return False  # 数十枚 says no number; 最强的5次…之一 ranks, it does not count
    if any(w in text[clause.start:clause.end] for w in words("measures", "penalty_words")):
        return False  # 处上一年度营业额百分之五以下罚款: a penalty a rule sets, not a figure
    rest = text[q.end - sent.start:]
    if re.search(r"[\u4e00-\u9fff]好$", text[clause.start:rel]):
        return False  # 守护、利用好531处国保单位: the number is of what there is, to be looked after
    if unit in words("measures", "duration_units") and rest.startswith(tuple(words("measures", "mode_verbs"))):
        return False  # 推动公园24小时开放: how a place opens, not a figure
    if re.match(r"[\u4e00-\u9fff]{0,4}指标", rest) or pattern("measures:scope_leads", "^\\s*(?:{})").match(
            text[clause.start:rel]):
        return False  # 评价8个一级指标 counts a scheme's parts; 针对…2725种商品 says what a measure is for
    if (unit + rest).startswith(tuple(words("measures", "task_nouns"))):
        return False  # 抓好…3件事: it counts the tasks just named
    if unit in words("measures", "package_units") and (
            pattern("measures:package_nouns", "[\u4e00-\u9fff]{0,4}?(?:{})").match(rest)
            or text[clause.start:rel].endswith(words("measures", "package_nouns"))):
        return False  # 出台…27条举措, 58条改革举措, 出台稳就业政策措施20项: the measures of a package, no figure
    if unit in words("measures", "rank_units") and text[clause.start:rel].endswith(("前", "第")):
        return False  # 人均GDP进入全国前8位: a rank, not an amount
    if unit in words("measures", "age_units") and re.match(r"(?:及?以上|及?以下)?的?(?!左右|以上|以下)[\u4e00-\u9fff]", rest):
        return False  # 为65岁以上老年人提供…: an age that qualifies who, not a figure (预期寿命达到79岁左右 is one)
    if unit in words("measures", "spec_units"):
        return False  # a specification (750千伏线路, 28纳米芯片)
    if unit in words("measures", "duration_units") and ctx.role(sent) not in ("goals", "tasks"):
        return False
    if ctx.covered(sent, q.start - 6, q.start, "POLICY") and text[max(0, rel - 2):rel] in ("》共", "共"):
        return False
    if RATES.search(text[clause.start:rel]) and pattern("instruments:adjust_verbs").search(text[clause.start:rel] + q.text):
        return False  # a rate set by a measure (下调政策利率0.1个百分点) is an instrument's, not a figure
    if unit in MONEY:
        before = text[clause.start:rel]
        if any(w in before for w in words("measures", "instrument_verbs")):
            return False
    return True


def kind_of(sent: Sentence, ctx: Context, q: Mention, clause: Clause, role: str, listed: bool = False) -> str:
    """target | observation | forecast | "" (unclear: no measure)."""
    text = sent.text
    before = text[:q.start - sent.start]
    genre = ctx.document.genre
    cues = rules("measures")
    forecast = any(w in before for w in cues["forecast_cues"])
    strong_future = any(w in text for w in cues["strong_future"]) or deadline_in(sent, ctx) or next_steps(sent, ctx) or (
        genre in GOAL_GENRES and paragraph_deadline(sent, ctx) is not None)
    strong_past = any(w in before for w in cues["strong_past"]) or past_date_in(sent, ctx, q)
    if strong_past and strong_future and future_since_last_figure(sent, ctx, q):
        strong_past = False  # 已达到1000亿元，并提出到2022年…将提升至1500亿元: the past is the first figure's
    if forecast and genre not in ("official",):
        hypothetical = any(w in text[clause.start:q.start - sent.start] for w in cues["hypothetical_cues"] if w != "将")
        dated = future_period_in(sent, ctx) or deadline_in(sent, ctx) or current_period_in(sent, ctx)
        return "forecast" if dated and not hypothetical else ""
    if role == "goals":
        return "target" if not strong_past or strong_future else ""
    if role == "review":
        return "observation" if not strong_future or strong_past else ""
    if role == "tasks" and genre in GOAL_GENRES:
        if strong_past and not strong_future:
            return "observation" if genre != "official" else ""
        return "target"  # a plan's or a work report's tasks set what is to be done
    if strong_future and not strong_past:
        return "target" if genre in GOAL_GENRES or named_policy(sent, ctx) or goal_deadline_in(sent, ctx) and (
            genre != "news" or sets_goals(sent, ctx)) else ""
    hypothetical = any(w in text[clause.start:q.start - sent.start] for w in cues["hypothetical_cues"]) or any(
        w in before for w in cues["after_completion_cues"])  # 项目投产后，…每年减排二氧化碳约1160万吨
    if strong_past and not strong_future:
        return "observation" if not future_period_in(sent, ctx) and not hypothetical else ""
    if genre in ("news", "work_report", "report", "interpretation", "other") and not strong_future and not any(
            w in before for w in ("将", "要", "计划", "拟", "预计")):
        if future_period_in(sent, ctx) or hypothetical:
            return ""
        return "observation" if listed or reported(text, clause, q, sent, ctx) else ""
    return ""


def future_since_last_figure(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """Between the figure before this one and this one, the text turns to the future
    (将, 提出, 力争, a deadline) and says nothing of the past."""
    cues = rules("measures")
    last = max((m.end for m in ctx.mentions_in(sent, "QUANTITY") if m.end <= q.start), default=sent.start)
    if last == sent.start:
        return False
    own = sent.text[last - sent.start:q.start - sent.start] + words_before_number(q)
    future = any(w in own for w in (*cues["strong_future"], "将", "提出")) or any(
        d.attr("role") == "deadline" and last <= d.start < q.start for d in ctx.mentions_in(sent, "DATE"))
    return future and not any(w in own for w in cues["strong_past"])


def reported(text: str, clause: Clause, q: Mention, sent: Sentence, ctx: Context) -> bool:
    """A plain statement of a figure: a change or level verb right before the
    number, or a noun and the number in a sentence dated by a period (全年, 一季度)."""
    pre = text_before(sent, q, clause)
    if any(d.start < q.start for d in ctx.mentions_in(sent, "DATE")) or re.match(r"^(?:全年|今年|上半年|前三季度|一季度)", sent.text):
        return True
    if any(w in sent.text[:q.start - sent.start] for w in words("measures", "present_cues")):
        return True
    if q.attr("unit") in ("%", "成") and SHARE.search(pre):
        return True  # 占宽带用户总数的32.5%
    verbs = (*words("measures", "change_up"), *words("measures", "change_down"), *words("measures", "level_verbs"))
    return pattern(verbs, "(?:{})[^，；。]{0,2}$").search(pre) is not None


def next_steps(sent: Sentence, ctx: Context) -> bool:
    """The sentence is in a paragraph that announces what will be done (下一步，…将重点推进…)."""
    text = ctx.document.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    return any(w in text[line_start:sent.start] for w in words("measures", "next_step_cues"))


def future_period_in(sent: Sentence, ctx: Context) -> bool:
    """A period or date after the document's year (十五五, 2030年): the sentence is about plans."""
    ref = ctx.reference_date[:4]
    return bool(ref) and any((d.attr("until") or d.key)[:4] > ref for d in ctx.mentions_in(sent, "DATE")
                             if d.key[:4].isdigit())


def current_period_in(sent: Sentence, ctx: Context) -> bool:
    """A period of the document's own year (预计全年…, 今年…): what is expected of it is a forecast."""
    ref = ctx.reference_date[:4]
    if any(w in sent.text for w in words("measures", "current_period_cues")):
        return True
    return bool(ref) and any((d.attr("until") or d.key)[:4] == ref for d in ctx.mentions_in(sent, "DATE")
                             if d.key[:4].isdigit() and d.attr("role") != "since")


def deadline_in(sent: Sentence, ctx: Context) -> bool:
    return any(m.attr("role") == "deadline" for m in ctx.mentions_in(sent, "DATE"))


def review_paragraph(sent: Sentence, ctx: Context) -> str:
    """"review" for a sentence of a work report's paragraph that opens on the year gone by (刚刚过去的2025年，…),
    where no section says what the text is for; else ""."""
    if ctx.document.genre != "work_report":
        return ""
    text = ctx.document.text
    opening = text[text.rfind("\n", 0, sent.start) + 1:][:16]
    return "review" if opening.startswith(tuple(words("measures", "review_openings"))) else ""


def sets_goals(sent: Sentence, ctx: Context) -> bool:
    """Someone who can set a goal speaks in the sentence: a place (全省, 我国, 浙江), a government body or
    a plan — not a technology's prospects (到2030年，6G将…设备数提高100倍)."""
    bodies = [m for m in ctx.mentions_in(sent, "ORG") if m.attr("category") == "government" and not m.attr("foreign")]
    return bool(bodies or ctx.mentions_in(sent, "REGION", "POLICY")) or any(
        w in sent.text for w in words("measures", "goal_setters"))


def goal_deadline_in(sent: Sentence, ctx: Context) -> bool:
    """A deadline that sets a goal: a year or later (到2027年, 到“十五五”末), or any deadline in a sentence
    with a goal word (力争, 目标 …) — not the end of an event (艺术节将持续至4月底)."""
    deadlines = [m for m in ctx.mentions_in(sent, "DATE") if m.attr("role") == "deadline"]
    if any(w in sent.text for w in words("measures", "strong_future")):
        return bool(deadlines)
    return any(re.fullmatch(r"\d{4}", m.attr("until") or m.key) for m in deadlines)


def paragraph_deadline(sent: Sentence, ctx: Context) -> Mention | None:
    """The deadline a paragraph opens with (到2020年，…。信息消费总额达到6万亿元): it dates
    every later sentence of the paragraph."""
    text = ctx.document.text
    start = text.rfind("\n", 0, sent.start) + 1
    if start == sent.start:
        return None
    i = ctx.index_of(start)
    for d in ctx.mentions[i] if i >= 0 else ():
        if d.type == "DATE" and start <= d.start <= start + 2 and d.attr("role") == "deadline":
            return d
    return None


def past_date_in(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """A date before the number that lies before the document's year."""
    ref = ctx.reference_date[:4]
    if not ref:
        return False
    for d in ctx.mentions_in(sent, "DATE"):
        if d.start < q.start and d.attr("role") != "deadline" and d.key[:4].isdigit():
            end = (d.attr("until") or d.key)[:4]
            if end < ref:
                return True
    return False


def named_policy(sent: Sentence, ctx: Context) -> Mention | None:
    """A policy the sentence says sets something (《X》提出/明确/要求…)."""
    for m in ctx.mentions_in(sent, "POLICY"):
        after = sent.text[m.end - sent.start:m.end - sent.start + 8]
        if re.match(r"[》”]?(?:中|里)?(?:提出|明确|要求|规定|部署|指出|强调)", after):
            return m
    return None


def time_of(sent: Sentence, ctx: Context, q: Mention, clause: Clause, kind: str, measure: str = "level") -> str:
    """The deadline of a target or forecast; the period an observation is of — none for what was
    done over several years (“十三五”期间，共制定269项标准: not the count of 2020)."""
    dates = ctx.mentions_in(sent, "DATE")
    if kind in ("target", "forecast"):
        deadlines = [d for d in dates if d.attr("role") == "deadline"]
        if deadlines:
            d = min(deadlines, key=lambda d: abs(d.start - q.start))
            return d.attr("until") or d.key
        periods = [d for d in dates if d.attr("role") == "period"
                   and not re.match(r"[”\s]*[\u4e00-\u9fff]{1,3}的", sent.text[d.end - sent.start:])]  # (“十四五”批复的…基地)
        if periods:
            if kind == "forecast" and periods[0].attr("until") not in ("", periods[0].key) and measure == "level" \
                    and q.attr("unit") not in COUNT_FREE_UNITS:
                return ""  # 7月1日—8月31日，预计发送旅客8.6亿人次: a total over the span, of no one day or year
            return periods[0].attr("until") or periods[0].key
        opening = paragraph_deadline(sent, ctx)
        if opening is not None:
            return opening.attr("until") or opening.key
        if kind == "forecast":  # 今天预计…, 预计全年…: the day or the year it is expected for
            said = time_of_clause(sent, dates, q, clause, ctx.reference_date)
            if said or not any(w in sent.text for w in words("measures", "current_period_cues")):
                return said
            return ctx.reference_date[:4]
        stated = heading_time(sent, ctx)
        if stated is not None:
            return stated  # 二、“十五五”时期主要目标 -> 2030; 三、2026年重点工作 -> 2026; two times in it: unknown
        if ctx.role(sent) in ("goals", "tasks") and ctx.document.genre == "work_report" and ctx.reference_date:
            return ctx.reference_date[:4]  # a work report's targets are for its year
        return ""
    stated_under = date_of_clause(sent, dates, q, clause)
    if stated_under is not None and spans_years(stated_under) and accumulated(sent, q, clause, measure):
        return ""
    found = time_of_clause(sent, dates, q, clause, ctx.reference_date)
    if not found and ctx.role(sent) == "review" and ctx.document.genre == "work_report" and ctx.reference_date[:4].isdigit() \
            and not reviews_years(sent, ctx):
        return str(int(ctx.reference_date[:4]) - 1)  # a work report reviews the year before it
    return found


def accumulated(sent: Sentence, q: Mention, clause: Clause, measure: str) -> bool:
    """A count of what was done over a period (累计培育4162家, 共制定269项), not a stock or a rate at its end."""
    lead = sent.text[clause.start:q.start - sent.start] + words_before_number(q)
    return measure == "level" and q.attr("unit") not in COUNT_FREE_UNITS and any(
        w in lead for w in (*words("measures", "addition_verbs"), *words("measures", "accumulation_cues")))


def reviews_years(sent: Sentence, ctx: Context) -> bool:
    """A sentence that reviews several years (五年来, “十四五”时期, 年均), or one of a paragraph
    whose latest sentence opening with a time opens with several years and no one year
    (“十四五”时期是…的五年。…城镇新增就业124万人。 and 2025年目标任务顺利完成。五年来，…, not
    2025年是“十四五”收官之年。): its figures are totals or averages of the period, not of the
    year before the report; so are those of a section whose heading names the period and no one year
    (“十四五”时期工作回顾, not 2025年和“十四五”时期工作回顾, which reviews both under one heading)."""
    cues = words("measures", "multi_year_cues")
    if any(w in sent.text for w in cues):
        return True
    section = ctx.part(sent, "section")
    heading = section.label if section is not None else ""
    if any(w in heading for w in cues) and not one_year_cue().search(heading):
        return True
    return paragraph_period(sent, ctx) == "years"


@memo(maxsize=1)
def one_year_cue() -> re.Pattern[str]:
    return pattern("measures:one_year_cues", r"(?:19|20)\d\d年|{}")


def paragraph_period(sent: Sentence, ctx: Context) -> str:
    """"year" or "years": what the latest earlier sentence of the sentence's paragraph that
    opens with the reviewed year (the one before the report's) or with several years opens
    with (its first clause; the whole of the paragraph's first sentence); "" when none does."""
    text = ctx.document.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    reviewed = str(int(ctx.reference_date[:4]) - 1) if ctx.reference_date[:4].isdigit() else ""
    j = ctx.index_of(sent.start) - 1
    while j >= 0 and ctx.sentences[j].start >= line_start:
        earlier = ctx.sentences[j].text
        opening = earlier if ctx.sentences[j].start == line_start else re.split("[，：,:]", earlier, maxsplit=1)[0]
        year = one_year_cue().search(opening)
        if year and (not year.group()[:1].isdigit() or year.group()[:4] == reviewed):
            return "year"
        if year:  # 2023年6月…: an event of one of the years, which says nothing of the paragraph's period
            j -= 1
            continue
        if any(w in opening for w in words("measures", "multi_year_cues")):
            return "years"
        j -= 1
    return ""


def heading_time(sent: Sentence, ctx: Context) -> str | None:
    """The time the innermost section heading naming one states (its period's end,
    or its year); "" when a heading names two (十五五时期目标任务和2026年工作安排);
    None when no heading names any."""
    for part in reversed(ctx.parts_of(sent)):
        if part.kind != "section":
            continue
        times = [t for t in find_times(part.label, ctx.reference_date) if t.value]
        if len(times) == 1:
            return times[0].until or times[0].value[:4]
        if times:
            return ""
    return None


def region_of(sent: Sentence, ctx: Context, q: Mention, clause: Clause) -> str:
    """An explicit region before the number in its clause (or at the start of
    the sentence, or the only place the sentence names before it); 全省/我市 … as
    the document's place; in a document of a place (a provincial plan or report), that place."""
    regions = [m for m in ctx.mentions_in(sent, "REGION") if m.end <= q.start]
    listed = [m for m in regions if re.match(r"[、等]", sent.text[m.end - sent.start:])
              or sent.text[m.start - sent.start - 1:m.start - sent.start] == "、"
              or "、" in sent.text[clause.start:m.start - sent.start] and "等" in sent.text[m.end - sent.start:q.start - sent.start]]
    # (通榆、辽源等5个项目; 安徽、江苏收购量; 黄河古贤水利枢纽、长江铜陵河段治理等37项: places of a list)
    listed += [m for m, after in zip(regions, regions[1:]) if after.start == m.end and after in listed]  # (广东茂名、…)
    in_clause = [m for m in regions if m.start - sent.start >= clause.start]
    if any(m in listed for m in in_clause):  # places of a list: the figure is none's alone, but their province's
        province = common_province({m.key for m in in_clause})  # (江西上饶、宜春等地的18个县; not 安徽、江苏收购量)
        opening = regions[0] if regions[0].start - sent.start <= 2 and regions[0] not in listed else None
        return province or (opening.key if opening else "")  # (长三角…：上海华峰、江苏徐工等58个二级节点: 长三角)
    if one_place({m.key for m in in_clause}):
        return one_place({m.key for m in in_clause})  # (several places in the clause name companies or list places)
    if regions and regions[0].start - sent.start <= 2 and regions[0] not in listed:
        joined = [r for r in regions[1:2] if r.start == regions[0].end]  # (辽宁沈阳…: 沈阳市)
        return one_place({regions[0].key, *(r.key for r in joined)}) or regions[0].key
    own = {m.key for m in regions if m not in listed and not ctx.covered(sent, m.start, m.end, "ORG", "POLICY", "PLATFORM")}
    if ctx.document.genre not in ("official", "work_report"):
        # (not in a document of a place, where a city named in passing is not the figure's: 支持合肥…，引进…200家)
        if one_place(own) and not in_clause:
            return one_place(own)  # “十四五”期间，江西累计培育…，专精特新中小企业4162家: the one place the sentence names
    home_words = rules("places")["home_words"]
    pre = sent.text[:q.start - sent.start]
    if not regions and ctx.document.genre == "news":
        level = next((lv for lv in ("province", "city") if any(w in pre for w in home_words[lv])), "")
        if level:
            return place_named_before(ctx, sent, level)  # 甘肃…。力争今年底，全省工业增加值…: 甘肃's
        return one_place({m.key for m in heading_mentions(ctx, sent, "REGION")})  # ### 海南离岛免税…: the item's place
    if ctx.province and any(w in pre for w in home_words["province"]):
        return ctx.province
    if ctx.city and any(w in pre for w in home_words["city"]):
        return ctx.city
    if ctx.document.genre in ("official", "work_report") and all(m.key in (ctx.city, ctx.province) for m in regions):
        return ctx.city or ctx.province  # (no place, or only the document's own: 滨海新区 in 天津's report)
    return ""


HOME_REACH = 120  # how far back (characters) a news item's 全省/全市 may point to the place it names


def place_named_before(ctx: Context, sent: Sentence, level: str) -> str:
    """The province (or city) a news item named last, shortly before the sentence: what its 全省 (全市) is."""
    item = ctx.part(sent, "item")
    start = max(item.start if item is not None else 0, sent.start - HOME_REACH)
    for m in sorted(ctx.all_mentions("REGION"), key=lambda m: m.start, reverse=True):
        entry = vocabulary().region(m.key) if start <= m.start and m.end <= sent.start else None
        if entry is not None and entry.level == level:
            return entry.name
    return ""


def item_heading(ctx: Context, sent: Sentence) -> tuple[int, int] | None:
    """[start, end) of the heading of the news item a sentence is in (None in the heading itself)."""
    item = ctx.part(sent, "item")
    if item is None:
        return None
    heading = next((p for p in ctx.document.parts if p.kind == "heading" and p.start == item.start), None)
    if heading is None or heading.start <= sent.start < heading.end:
        return None
    return heading.start, heading.end


def heading_mentions(ctx: Context, sent: Sentence, *types: str) -> list[Mention]:
    """The mentions in the heading of the news item a sentence is in."""
    span = item_heading(ctx, sent)
    return [m for m in ctx.all_mentions(*types) if span[0] <= m.start and m.end <= span[1]] if span else []


def common_province(keys: set[str]) -> str:
    """The one province that is or holds every place of ``keys`` (two or more), or ""."""
    entries = [vocabulary().region(k) for k in keys]
    provinces = {e.name if e.level == "province" else e.province for e in entries if e is not None}
    return provinces.pop() if len(keys) > 1 and len(provinces) == 1 and None not in entries and "" not in provinces else ""


def one_place(keys: set[str]) -> str:
    """The one place that ``keys`` name: a single place, or a city with its province (湖北孝感 -> 孝感市); else ""."""
    if len(keys) == 1:
        return next(iter(keys))
    provinces = {k: entry.province for k in keys if (entry := vocabulary().region(k)) is not None and entry.province}
    if len(provinces) == 1 and keys - set(provinces) == set(provinces.values()):
        return next(iter(provinces))
    return ""


def policy_of(sent: Sentence, ctx: Context, q: Mention, kind: str, time: str = "") -> str:
    """The policy that sets a target: the one the sentence names as saying it, else the
    file's own — but not a work report's for a target years beyond its year (到2030年…:
    a five-year plan's, which the sentence does not name)."""
    if kind != "target":
        return ""
    named = named_policy(sent, ctx)
    if named is not None and named.start < q.start:
        return named.key
    own = ctx.policy_of(sent)
    if own is None or ctx.document.genre not in GOAL_GENRES:
        return ""
    year = ctx.document.date[:4]
    if ctx.document.genre == "work_report" and year.isdigit() and time[:4].isdigit() and int(time[:4]) > int(year) + 1:
        return ""
    return own.key


def subject_split(sent: Sentence, ctx: Context, q: Mention, clause: Clause, written: str, measure: str,
                  indicator: str) -> tuple[str, str]:
    """(organisation key, indicator) when the indicator opens with the body that acted, an
    adverb (累计, 已, 共 …) and a verb (海关总署共查获走私案件 -> 海关总署, 查获走私案件;
    全国移民管理机构共查验出入境人员 -> "", 查验出入境人员): the indicator is what was
    done, the body is the subject when it is a named organisation. Otherwise ("", indicator)
    (美国累计确诊病例, 移动互联网累计流量: the adverb belongs to the indicator's name)."""
    at = sent.text.rfind(written[:4], clause.start, q.start - sent.start)  # (written may have lost a verb: 完成)
    if at < 0:
        return "", indicator
    adverbs = set(words("measures", "subject_adverbs"))
    tokens = [t for t in sent.tokens() if at < t[0] and t[1] <= q.start - sent.start]
    for k, (start, _, word, _) in enumerate(tokens[:-1]):
        after = next((t for t in tokens[k + 1:] if t[2] not in adverbs), None)  # (已累计完成: adverbs in a row)
        if word not in adverbs or after is None or not after[3].startswith("v"):
            continue
        actor = next((m.key for m in ctx.mentions_in(sent, "ORG") if m.end - sent.start == start and m.start - sent.start >= at), "")
        if not actor and not sent.text[at:start].endswith(actor_heads()):
            continue
        body = sent.text[at:start]
        if not written.startswith(body):
            break
        rest = pattern("measures:subject_adverbs", "^(?:{})+").sub("", written[len(body):])
        rest = pattern("measures:clause_markers").sub("", rest)
        if len(rest) >= 3 and plausible(rest, q.attr("unit"), measure):
            return actor, rest
        break
    return "", indicator


def sentence_topic(sent: Sentence, ctx: Context) -> str:
    """The named facility, platform or event a news sentence opens with, followed by an adverb or a
    verb (白鹤滩水电站目前已实现…, 大亚湾核电基地累计上网电量…, 某某博览会今天开幕): the
    subject of the sentence's figures. "" when the sentence opens otherwise."""
    start = news_lead_end(sent)
    lead = pattern("measures:actor_leads",
                   r"(?:{}|[，、\s]|记者从[^，。]{1,20}(?:了解到|获悉)|据[^，。]{1,20}(?:消息|介绍))*")
    start = lead.match(sent.text, start).end()
    for date in ctx.mentions_in(sent, "DATE"):  # (截至目前, 今天（7月19日）: time words before the topic)
        if date.start - sent.start == start:
            start = lead.match(sent.text, date.end - sent.start).end()
    platform = platform_topic(sent, ctx, start)
    if platform:
        return platform
    m = pattern("measures:topic_heads", r"[\u4e00-\u9fff“”0-9A-Za-z]{2,16}?(?:{})").match(sent.text, start)
    if m is None or sent.text.startswith(words("measures", "not_topic_starts"), start) or not sent.is_boundary(m.end()):
        return ""
    i = sent.token_at(m.end())
    if i < 0 or not sent.tags[i].startswith(("d", "v", "t", "p")):
        return ""  # (白鹤滩水电站建设者: a longer noun phrase, not the topic)
    first = sent.token_at(m.start())
    if any(tag in ("m", "q") for tag in sent.tags[first:i]) and not re.match(r"\d{4}", m.group()):
        return ""  # (十余家平台: a count, not a name; 2023某某博览会 is one)
    if topic_bodies().search(m.group()[:-2]):
        return ""  # (网信部门指导网站平台: a body and what it directs, not one name)
    return m.group()


SHORT_NAME_NOTE = re.compile(r"[（(][^（）()]{1,24}[）)]")


def platform_topic(sent: Sentence, ctx: Context, start: int) -> str:
    """The platform a clause of a news sentence (after ``start``) opens with, alone or after words that
    describe it (某集团打造的), and goes on from with an adverb or a verb (在某市，某集团打造的某工业互联网
    平台（以下简称…）已连接设备…): the subject of the figures after it. Else ""."""
    for p in ctx.mentions_in(sent, "PLATFORM"):
        a, b = p.start - sent.start, p.end - sent.start
        before = re.split("[，,；：]", sent.text[start:a])[-1] if a >= start else "?"
        if before and not before.endswith("的"):
            continue
        note = SHORT_NAME_NOTE.match(sent.text, b)
        i = sent.token_at(note.end() if note else b)
        return p.text if i >= 0 and sent.tags[i].startswith(("d", "v")) else ""
    return ""


@memo(maxsize=1)
def topic_bodies() -> re.Pattern[str]:
    """A government body's head, or a word for a body, inside a topic (网信部门…平台)."""
    return pattern(words("organisations", "government_heads") + words("measures", "topic_body_words"))


def news_lead_end(sent: Sentence) -> int:
    """Where the opening of a news item (某某网消息（某某）：) ends in the sentence, 0 without one."""
    opening = NEWS_LEAD.match(sent.text)
    return opening.end() if opening else 0


def too_bare(sent: Sentence, ctx: Context, q: Mention, indicator: str) -> bool:
    """A short Chinese indicator (产值, 销售额, 发电车) with no place, body or scope word (全国, 我国 …)
    before it in its sentence: the sentence does not say whose figure it is. (A report or a
    plan is about one subject throughout; a news day is not.)"""
    if not short_chinese(indicator):
        return False
    after_opening = sent.start + news_lead_end(sent)
    if any(after_opening <= m.start < q.start for m in (*ctx.mentions_in(sent, "REGION"), *ctx.mentions_in(sent, "ORG"))):
        return False
    return not scoped(sent, q)


def names_too_little(sent: Sentence, ctx: Context, q: Mention, indicator: str, region: str) -> bool:
    """A news figure's short indicator (展览面积, 收购量, 开展手术) with no scope word before it names too
    little to stand alone, even with a place or a body in the sentence: a news story is about one fair,
    one crop, one ship, said elsewhere. A common short measure of a named place stands (广东出口), and
    so does a figure a central body gives (国家外汇管理局数据显示，跨境收支…: the country's)."""
    plain = short_chinese(indicator) or len(indicator) == 5 and short_chinese(indicator[1:]) \
        and not indicator.endswith(words("measures", "indicator_heads"))  # (企业签约参展: no measure in it either)
    return plain and not scoped(sent, q, whole_only=True) \
        and not (region and indicator in words("measures", "short_indicators")) and not central_source(sent, ctx, q)


def central_source(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """A central government body of the vocabulary (no place in its name, not foreign) is named before the figure."""
    return any(m.end <= q.start and m.attr("category") == "government" and m.attr("via") == "vocabulary"
               and not m.attr("foreign") and not place_prefix().match(m.key) for m in ctx.mentions_in(sent, "ORG"))


def short_chinese(indicator: str) -> bool:
    return len(indicator) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", indicator) is not None


def scoped(sent: Sentence, q: Mention, whole_only: bool = False) -> bool:
    """A word of the whole country, province … (全国, 我国, 全省, 全球; unless ``whole_only``, also one
    of those who set goals: 国家, 政府, 各地) comes before the figure in its sentence."""
    lead = sent.text[:q.start - sent.start]
    setters = words("measures", "goal_setters")
    if whole_only:  # (44个国家和地区, 国家级脱贫县: 国家 there is no scope)
        setters = tuple(w for w in setters if w.startswith(("全", "我", "本")))
    return any(w in lead for w in (*setters, *words("measures", "china_words"), *words("measures", "wide_scopes")))


def clause_actor(sent: Sentence, ctx: Context, q: Mention, clause: Clause, indicator: str) -> str:
    """The organisation a figure is about when it opens the sentence as the one that acts
    (国家电网已累计投入抢修人员3万多人 -> 国家电网; 某公司第一财季合并净利润约为…): an ORG
    mention in the figure's own clause with nothing before it but time words, followed by a verb
    or the indicator itself, not by a word of a source (据…统计, …数据显示, …今天发布, 记者从…了解到).
    A later clause has its own subject (某部召开会议，190名代表…) unless it goes on with a verb
    (某集团工业总产值…，在“世界500强”排名由369位上升到235位). Else ""."""
    orgs = [m for m in ctx.mentions_in(sent, "ORG") if m.end <= q.start and m.start - sent.start >= news_lead_end(sent)]
    if not orgs or clause.start > orgs[0].start - sent.start and not goes_on(sent, ctx, q, clause, orgs[0].end - sent.start):
        return ""
    actor = orgs[0]
    lead = "".join(c for k, c in enumerate(sent.text[:actor.start - sent.start])
                   if not ctx.covered(sent, sent.start + k, sent.start + k + 1, "DATE"))
    lead = NEWS_LEAD.sub("", lead)
    if len(lead) > 24 or pattern("measures:actor_leads", r"^(?:{}|[，、（）()\d])*$").match(lead) is None:
        return ""
    follow = sent.text[actor.end - sent.start:q.start - sent.start]
    sources = (*words("measures", "report_verbs"), *words("measures", "source_words"))
    if pattern(sources, "(?:{})").search(follow) or re.match(r"[的和与及、（(各]|有关|相关|负责", follow):
        return ""  # a source, or the organisation is part of a longer phrase
    own_end = actor.end - sent.start + len(re.match(r"[^，；。]*", follow).group())
    tokens = [t for t in sent.tokens() if actor.end - sent.start <= t[0] and t[1] <= own_end
              and not ctx.covered(sent, sent.start + t[0], sent.start + t[1], "DATE")]
    later = clause.start > actor.start - sent.start  # (the figure is in a clause that goes on from the actor's)
    if not tokens or tokens[0][3].startswith("n") and not indicator.startswith(tokens[0][2]) \
            and (not later or tokens[0][2] in words("organisations", "job_titles")) \
            or not any(t[3].startswith("v") for t in tokens) and not indicator.startswith(tokens[0][2]):
        return ""  # (某局局长…: a noun after the name makes it part of a longer subject)
    return "" if actor.text in indicator or actor.key in indicator else actor.key


def goes_on(sent: Sentence, ctx: Context, q: Mention, clause: Clause, actor_end: int) -> bool:
    """The figure's clause, and every clause between it and the actor's (ending at ``actor_end``), goes on
    without a subject of its own: each opens with a verb or 在 and names no body or place (…，累计诊疗8万余人次,
    …，占总投资规模比重近40%; not 苏州实验室获批…，紫金山等实验室加快建设，牵头建设44家…)."""
    named = [m.start - sent.start for m in ctx.mentions_in(sent, "ORG", "REGION")]
    for c in clauses_of(sent):
        if c.start < actor_end:
            continue
        if c.start > clause.start:
            break
        end = q.start - sent.start if c.start == clause.start else c.end
        i = sent.token_at(c.start)
        if any(c.start <= at < end for at in named) or i < 0 or not (
                sent.tags[i].startswith("v") or sent.text.startswith(("在", "累计", "共"), c.start)):
            return False
    return True


@memo(maxsize=1)
def actor_heads() -> tuple[str, ...]:
    """How the name of a body that acts ends (局, 公司, 机构 …): organisations.yaml's heads."""
    heads = ("government_heads", "weak_government_heads", "company_heads", "institute_heads", "association_heads",
             "branch_heads")
    return tuple(sorted({h for k in heads for h in words("organisations", k)} | set(words("measures", "actor_heads")),
                        key=len, reverse=True))


def issuer_of(sent: Sentence, ctx: Context, q: Mention, kind: str) -> str:
    """Who set a target no policy is named for: the body opening the sentence (工信部提出…)."""
    if kind != "target" or policy_of(sent, ctx, q, kind):
        return ""
    orgs = [m for m in ctx.mentions_in(sent, "ORG") if m.start < q.start and not m.attr("foreign")]
    if orgs and orgs[0].start - sent.start <= 12 and re.match(r"[^，。]{0,6}(?:提出|明确|要求|表示|部署|印发|发布)",
                                                             sent.text[orgs[0].end - sent.start:]):
        return orgs[0].key
    return ""
