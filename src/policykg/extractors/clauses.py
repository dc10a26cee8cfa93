"""Clause-level reading shared by the measure and instrument extractors:
clauses of a sentence, the indicator a number measures (the noun phrase
before its verb, or the thing counted after it), 分别 lists, thresholds
and the time a clause speaks of. Words come from ``rules/measures.yaml``."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..lexicon import alternation, memo, pattern, vocabulary, words
from ..names import countries
from ..nlp import Sentence, get_nlp
from ..quantities import PRE_COMPARATORS
from ..records import Mention
from .context import Context

CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
CJK_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\u2160-\u216b“”+＋]+(?:(?<=[\u4e00-\u9fff])[-－][A-Za-z0-9]+"
                     r"[\u4e00-\u9fffA-Za-z0-9\u2160-\u216b“”+＋]*)*")  # with Roman numerals (Ⅲ类水体), quoted names, models (长鹰-8)
MAX_INDICATOR = 24


@dataclass(frozen=True)
class Clause:
    start: int  # sentence-relative
    end: int


def clauses_of(sent: Sentence) -> list[Clause]:
    out, start = [], 0
    for m in CLAUSE_BREAK.finditer(sent.text):
        if m.start() > start:
            out.append(Clause(start, m.start()))
        start = m.end()
    if start < len(sent.text):
        out.append(Clause(start, len(sent.text)))
    return out


def clause_of(clauses: list[Clause], rel: int) -> Clause | None:
    for c in clauses:
        if c.start <= rel < c.end:
            return c
    return None


def inside_quotes(text: str, rel: int) -> bool:
    """True when position ``rel`` is inside 《》, “” or 「」."""
    before = text[:rel]
    return (before.count("《") > before.count("》") or before.count("“") > before.count("”")
            or before.count("「") > before.count("」"))


@memo(maxsize=1)
def verb_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(change up, change down, level verbs, count verbs), each anchored at the end of a text."""
    tail = "(?:{})(?:了|到|至)?$"
    joined = "(?:(?:" + alternation(words("measures", "addition_verbs")) + ")[和及与、])?"  # (新建和改扩建)
    return (pattern("measures:change_up", tail), pattern("measures:change_down", tail),
            pattern("measures:level_verbs", "(?:{})了?$"),
            pattern(words("measures", "count_verbs") + words("measures", "addition_verbs"), joined + "(?:{})了?$"))


@memo(maxsize=1)
def gap_pattern() -> re.Pattern[str]:
    """A verb and a benchmark ending a text (高于全国, 优于国家考核目标, 快于全国平均水平)."""
    verbs = "|".join(map(re.escape, (*words("measures", "gap_up"), *words("measures", "gap_down"))))
    marks = "|".join(map(re.escape, sorted(words("measures", "gap_benchmarks"), key=len, reverse=True)))
    return re.compile(rf"(?P<verb>{verbs})(?P<mark>{marks}|[\u4e00-\u9fff“”]{{1,16}}?)(?:的)?"
                      rf"(?:平均水平|平均值|平均|均值|水平|增速)?$")


def with_benchmark(noun: str, gap: str) -> str:
    """A gap's indicator says what it is a gap to (研发投入增速 + 高于全省平均 -> 研发投入增速高于全省平均),
    so that 2个百分点 does not read as the rate itself."""
    gap = gap.strip().removesuffix("的")
    return noun + gap if gap and gap not in noun and len(noun + gap) <= MAX_INDICATOR else noun


def benchmark_before(sent: Sentence, q: Mention, clause: Clause) -> str:
    """The verb and benchmark right before a gap's number (…，高于全国平均水平0.5个百分点 -> 高于全国平均水平),
    or after the 分别 of its list (…分别高于全国12.7个、12个百分点 -> 高于全国)."""
    raw = sent.text[clause.start:q.start - sent.start].rstrip()
    listed = re.search(r"分别([^\d０-９，；。]+)[\d０-９]", raw)
    raw = listed.group(1) if listed else raw
    m = gap_pattern().search(re.sub(r"(?:近|约|超过|超|逾|将近|接近|大约|不到|不足|多达|高达|了)$", "", raw))
    return m.group() if m else ""


def gap_of(pre: str, unit: str) -> tuple[re.Match[str], bool] | None:
    """(the verb-and-benchmark match at the end of ``pre``, whether the gap is below) or
    None. A difference in percentage points may be to any benchmark (快于全部投资7.3个
    百分点); a difference in % only to one of ``gap_benchmarks``."""
    m = gap_pattern().search(pre)
    if m is None or unit == "%" and m.group("mark") not in words("measures", "gap_benchmarks"):
        return None
    return m, m.group("verb") in words("measures", "gap_down")


NUMERAL = re.compile(r"[\d０-９零〇○一二两三四五六七八九十百千万亿数几]|上(?=[百千万亿])")  # (上升410亿: 上 is no numeral)


def words_before_number(q: Mention) -> str:
    """The comparator or verb a quantity's span starts with (增长 in 增长5%, 突破 in 突破1000亿千瓦时)."""
    m = NUMERAL.search(q.text)
    return q.text[:m.start()] if m else ""


def text_before(sent: Sentence, q: Mention, clause: Clause) -> str:
    """The clause up to the number itself (the quantity's own leading words included)."""
    rel = q.start - sent.start
    return sent.text[clause.start:rel] + words_before_number(q)


SHARE = re.compile(r"占(?P<whole>[^，；。占\d]{2,20})$")  # (A)占(B) right before the number
IN_SHARE = re.compile(r"在(?P<whole>[^，；。在占\d]{2,20}?)中(?:的)?占比$")  # (A)在(B)中占比
SHARE_HEADS = ("比重", "比例", "份额", "比")  # how the name of a share ends (…占GDP比重, 占比)
ITEM_NUMBER = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}\s*[)）.．、]|[一二三四五六七八九十]+是)?\s*")  # （一） 1. 一、 一是
BASE_PERIOD = (r"(?:比|较)(?:上年同期|去年同期|上年|去年|前年|上月|上季度|上半年|[一二三四]季度|前三季度|(?:19|20)\d{2}\s*年"
               r"|\d{1,2}(?:—|-|－|～|至)\d{1,2}月份?|\d{1,2}月份?)(?:同期|全年|[一二三四]季度|末|底|同月)?")
BASE_WORDS = re.compile(rf"^(?:同比|环比)?(?:(?:增速|增幅)?{BASE_PERIOD})?")  # 同比增速比上年四季度 (加快0.7个百分点)
BASE_TAIL = re.compile(rf"(?:(?:同比|环比)?(?:{BASE_PERIOD}|(?:比|较)\s+)|同比|环比)\s*$")  # (增速)较上年同期 (回落…)
FROM_TO = re.compile(r"(?:从|由)[^，；。从由]{0,24}?(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|增至|降至|整合|压减|精简|缩减|"
                     r"调整)(?:到|至)$")


def indicator_text(sent: Sentence, ctx: Context, q: Mention, clause: Clause) -> tuple[str, str, bool] | None:
    """(indicator, level | change, negative) of a number from its clause, or
    None when the clause does not name what it measures. "从A增加到B": B is a
    level of the thing named before 从."""
    rel = q.start - sent.start
    pre = strip_spans(text_before(sent, q, clause), ctx, sent, clause.start, rel).rstrip()
    pre = re.sub(r"(?:了)?(?:近|约|超|逾|达|约为|将近|接近|大约|超过|超出|不到|不足|多达|高达|突破了|达到了)?"
                 r"(?:每月|每年|每人|每天|每日|每周|每小时|每分钟|每秒|人均|月均|年均|日均|平均)?$", "", pre)
    up, down, level, count = verb_patterns()
    share = None
    if q.attr("unit") in ("%", "成"):
        share = IN_SHARE.search(pre) or (SHARE.search(pre) if not level.search(pre) else None)
    if share is not None:  # 机电产品占出口总值近六成, 在用户总数中占比: the share of A in B (not 占比首次…, 占…从A)
        whole = re.sub(r"^(?:到了|到)", "", share.group("whole").strip().removesuffix("的")).replace("的比重", "比重")
        if not whole.startswith("比") and not re.search(r"\s|从|由", whole) and len(whole) >= 2:
            part = clean_indicator(pre[:share.start()], sent, clause.start)
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
        if not after and re.match(r"(?!用于|用来|以上|左右|以内|以下|城市|国家|地区|省份|县)[\u4e00-\u9fff]{2}",
                                  sent.text[q.end - sent.start:]):
            return None
        noun = after or clean_indicator(pre[:m.start()], sent, clause.start)
        if noun and not after and m.group() not in noun and len(noun + m.group()) <= MAX_INDICATOR \
                and pre[m.start() - len(noun):m.start()] == noun:
            noun += m.group().rstrip("了")  # 开展职业技能培训23万人次 -> 职业技能培训
        noun = with_addition(noun, m.group())
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
        noun = with_addition(noun or counted_after(sent, q, clause), m.group())
        return (noun, "level", False) if noun and not holds_number(ctx, sent, clause, noun) else None
    if not pre.strip() or re.search(r"(?:和|与|及|、|或|的|等)$", pre):
        noun = counted_after(sent, q, clause)  # 2个国家级和22个省级区域医疗中心, 现有的2个小火电: what follows is counted
        return (noun, "level", False) if noun else None
    listed = names_listed(sent, q, clause, pre)
    if listed:
        return listed, "level", False
    noun = clean_indicator(pre, sent, clause.start)
    if noun.endswith(words("measures", "site_heads")) and q.attr("unit") not in ("%", "百分点", "倍"):
        noun = counted_after(sent, q, clause) or noun  # 某机场约400架次航班被取消: the site is where, what follows is counted
    if verb_last(sent, clause.start, clause.start + len(pre)):  # 出清1.4亿吨“地条钢”产能: what the verb acts on is counted
        after = counted_after(sent, q, clause)
        noun = after or ("" if not noun or noun.endswith(words("measures", "event_verbs")) else noun)
    if not noun:
        noun = qualified_noun(ctx, sent, clause, pre)
    elif holds_number(ctx, sent, clause, noun):
        return None
    if noun and pre[:pre.rfind(noun)].endswith(tuple(words("measures", "reduce_verbs"))):
        return noun, "change", True  # 压减一般性支出12亿元: what the verb takes away
    return (noun, "level", False) if noun else None


def names_listed(sent: Sentence, q: Mention, clause: Clause, pre: str) -> str:
    """What is counted after a list of its names (新增甲湖、乙谷、丙岭3家5A级景区 -> 新增5A级景区): the
    names are the items, the words after the number what they are; "" when not so."""
    tail = re.split(r"[，,；;：:]", pre)[-1]
    if "、" not in tail or re.search(r"\d", tail):
        return ""
    after = counted_after(sent, q, clause)
    verb = pattern(words("measures", "addition_verbs"), "^(?:{})").match(tail.strip())
    return with_addition(after, verb.group()) if after and verb else after


THRESHOLD = re.compile(r"[万亿千百]+元(?:及)?(?:以上|以下)")


def threshold_lead(tokens: list[tuple[str, str]]) -> bool:
    """The words open with a size that qualifies what follows (亿元以上技改项目: which projects count)."""
    text = "".join(w for w, _ in tokens)
    m = THRESHOLD.match(text)
    return m is not None and len(text) - m.end() >= 2


def lead_belongs(tokens: list[tuple[str, str]]) -> bool:
    """The first token, though a function word, is part of the indicator: 对 before a country (对德国出口额 is
    China's exports to Germany), 中 of a country pair (中德贸易额), 万元 before what it is per (万元工业增加值用水量),
    千 before the people it is per (千人口托位数), a model number before its 型 (055型驱逐舰)."""
    if len(tokens) < 2:
        return False
    first, (second, tag) = tokens[0][0], tokens[1]
    return (first in ("对", "中") and second in countries()
            or first in words("measures", "per_unit_leads") and tag.startswith("n")
            or first in ("千", "万", "十万", "百万", "每千", "每万") and second in words("measures", "per_capita_bases")
            or first.isascii() and first.isalnum() and second in words("measures", "model_suffixes"))


def per_year(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A change stated per year says so (全员劳动生产率年均增长5% -> 全员劳动生产率年均增长; …，年均增长12%
    likewise): else it reads as the change over the whole period."""
    lead = sent.text[clause.start:q.start - sent.start] + words_before_number(q)  # (the mention may hold the verb)
    m = re.search(r"(年均|年平均)(增长|增加|提高|提升|上升|下降|减少|降低)了?(?:超过|超|近|约|达到|达)?\s*$", lead)
    if m is None or "年均" in indicator or len(indicator + m.group(1) + m.group(2)) > MAX_INDICATOR:
        return indicator
    return indicator + m.group(1) + m.group(2)


def with_addition(noun: str, verb: str) -> str:
    """The indicator of a figure after an addition verb: what is added, not the
    stock (新增300家小巨人企业 -> 新增小巨人企业, 新建改建农村公路 -> 新建改建农村公路; 新建和改扩建 joins two)."""
    verb = verb.rstrip("了")
    joined = re.split("[和及与、]", verb)
    if not noun or not all(v in words("measures", "addition_verbs") for v in joined) or verb in noun \
            or len(noun + verb) > MAX_INDICATOR:
        return noun
    return verb + noun


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
    if at < 0:
        return bool(re.search(r"\d", noun))
    threshold = THRESHOLD.match(noun)
    if threshold is not None:  # (亿元以上技改项目: a size that qualifies, not a number of the clause)
        at += threshold.end()
        noun = noun[threshold.end():]
    a, b = sent.start + clause.start + at, sent.start + clause.start + at + len(noun)
    return any(m.start < b and a < m.end for m in ctx.mentions_in(sent, "QUANTITY"))


def verb_last(sent: Sentence, start: int, end: int) -> bool:
    """The last word of [start, end) that is not noise (全国, 至, 了 …) is a verb (延伸至全国300多个地市)."""
    noise = set(words("measures", "tail_noise")) | {"至", "到", "于"}
    tokens = run_tokens(sent, start, end, clip=True)
    while tokens and (tokens[-1][0] in noise or tokens[-1][0].isspace() or tokens[-1][1].startswith(("u", "p"))):
        tokens.pop()
    return bool(tokens) and tokens[-1][1] in ("v", "vd", "vn")


def starts_non_noun(sent: Sentence, rel: int, verbal_nouns: bool = False) -> bool:
    """A token that is not a noun (an abbreviation is one: 中试基地; nor, with ``verbal_nouns``, a verb
    used as one: 供热, or a word that only qualifies a noun: 单项冠军企业) starts at ``rel`` (sentence-relative)."""
    i = sent.token_at(rel)
    nouns = ("n", "j", "vn", "b") if verbal_nouns else ("n", "j")
    return i >= 0 and sent.starts[i] - sent.start == rel and not sent.tags[i].startswith(nouns)


def strip_spans(pre: str, ctx: Context, sent: Sentence, start: int, end: int) -> str:
    """``pre`` with the dates and the regions in it blanked out (they are not the indicator)."""
    chars = list(pre)
    for m in ctx.mentions_in(sent, "DATE", "REGION"):
        a, b = m.start - sent.start - start, m.end - sent.start - start
        if b <= 0 or a >= len(chars):
            continue
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


FUNCTION_TAGS = ("p", "c", "d", "r", "u", "m", "q", "f", "t", "y", "e", "o", "w", "x")


def numeral_word(tokens: list[tuple[str, str]]) -> bool:
    """The first word is a word with numerals before a noun (千兆宽带用户, 第一共和银行, 每万人口; a scale:
    千亿级产业链), not a count."""
    word, tag = tokens[0]
    scale = len(tokens) > 2 and tokens[1][0] == "级"
    return tag == "m" and len(word) >= 2 and not any(c.isdigit() for c in word) and len(tokens) > 1 \
        and tokens[2 if scale else 1][1].startswith("n") and word not in words("measures", "lead_noise") \
        and not word.endswith(words("measures", "count_endings")) and not word.startswith(("多", "几", "数"))


def quoted_name_opens(tokens: list[tuple[str, str]]) -> bool:
    """The words open with a quoted name that qualifies the noun after it (“西部计划”志愿者, “五上”企业):
    it stays whole, whatever its words."""
    close = next((k for k, (word, _) in enumerate(tokens) if word == "”" and k >= 2), None)
    return tokens[0][0] == "“" and close is not None and close + 1 < len(tokens) \
        and tokens[close + 1][1].startswith(("n", "j", "vn"))


def function_word(tag: str) -> bool:
    """A part-of-speech tag of a word that is never part of an indicator (prepositions, numbers, time words …)."""
    return tag != "eng" and tag.startswith(FUNCTION_TAGS)


BRACKET_END = re.compile(r"[（(][^（）()]{1,10}[）)]\s*$")
NEW_HIGH = re.compile(r"^.*?(?:再创|创)(?:历史|同期)?新高")


def clean_indicator(stem: str, sent: Sentence | None = None, offset: int = 0) -> str:
    """The measured thing in the text before a verb: the last run of words,
    without leading and trailing noise (time words, 全省, 力争, 同比, 稳定在 …),
    nor a leading count verb (开展职业技能培训 -> 职业技能培训) other than one that adds or
    acts on part of a stock (新建省级智能工厂, 建设高标准农田 stay: the figure is what is added)."""
    stem = BRACKET_END.sub(lambda m: " " * len(m.group()), stem)  # 科技创新平台（基地）10家: the words before it
    stem = NEW_HIGH.sub(lambda m: " " * len(m.group()), stem)  # (…再创新高电影全产业链产值: a headline run on)
    runs = list(CJK_RUN.finditer(stem))
    if not runs:
        return ""
    run = with_shared_head(stem, runs, with_joined_verb(stem, runs, collective_run(stem, runs, sent, offset)), sent, offset)
    said = None
    for found in pattern("measures:report_verbs").finditer(run.group()):
        if len(found.group()) > 1 or found.start() == 0:
            said = found  # (a one-character verb only opening the run: 据 in 数据 says nothing)
    if said is not None and said.end() < len(run.group()):
        run = re.compile(r".+").match(stem, run.start() + said.end(), run.end()) or run
    if sent is not None:
        tokens = run_tokens(sent, offset + run.start(), offset + run.end(), clip=True)
    else:
        tokens = [(t.text, t.tag_) for t in get_nlp().make_doc(run.group())]  # a stem on its own: segment it
    if sent is not None and tokens and len(tokens[-1][0]) == 1 and not sent.is_boundary(offset + run.end()) \
            and tokens[-1][0] not in words("measures", "indicator_heads"):
        tokens.pop()  # one character of a word the verb cut (火炬手参|加), unless it heads the indicator (参保率|达)
    tokens = forecast_subject(stem, runs, sent, offset) + tokens
    lead, tail = set(words("measures", "lead_noise")), set(words("measures", "tail_noise"))
    additions = set(words("measures", "addition_verbs"))
    counts = set(words("measures", "count_verbs")) - additions
    nominal = set(words("measures", "nominal_verbs"))
    while tokens and (tokens[0][0] in lead or function_word(tokens[0][1]) and tokens[0][0] not in additions
                      and not numeral_word(tokens)
                      or tokens[0][0] in counts - nominal and len("".join(w for w, _ in tokens[1:])) > 2) \
            and not lead_belongs(tokens) and not threshold_lead(tokens) and not quoted_name_opens(tokens):
        tokens.pop(0)  # (an addition verb stays: 新建省级智能工厂 counts what is added, not the stock)
    while tokens and (tokens[-1][0] in tail or function_word(tokens[-1][1]) and tokens[-1][1] != "q") and not (
            tokens[-1][0] == "比" and len(tokens) > 1 and tokens[-2][0].endswith(("占", "之"))) and not (
            tokens[-1][0] in words("measures", "head_characters") and len(tokens) > 1) and not (
            tokens[-1][0] == "”" and any(w == "“" for w, _ in tokens)):  # (供应工业“标准地”: a quoted name ends there)
        tokens.pop()
    cutting = (counts | additions) - nominal
    rate = bool(tokens) and tokens[-1][0].endswith("率")  # (家庭医生签约服务覆盖率: a rate keeps all that says of what)
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k][0] in cutting and len("".join(w for w, _ in tokens[k + 1:])) >= 4 and not (rate and k > 0):
            if tokens[k][0] in words("measures", "result_verbs") and k > 0:
                tokens = tokens[:k] + tokens[k + 1:]  # 全国铁路完成固定资产投资 -> 铁路固定资产投资: the subject stays
            elif tokens[k][0] in counts and not (k > 0 and tokens[k - 1][0] + tokens[k][0] in additions):
                tokens = tokens[k + 1:]  # (新制定: 新 makes the count an addition)
            elif verb_run_start(tokens, k, additions) < k:
                tokens = tokens[verb_run_start(tokens, k, additions):]  # 新建和改造提升高标准农田, 制定修改废止规章: all verbs
            elif k == 1 and tokens[0][1] in ("n", "ns", "nz", "nt") and len(tokens[0][0]) <= 3 \
                    and not counted(run.group(), tokens[0][0]):  # (31个省新增确诊病例: 个省 counts the places)
                pass  # 铁路新增营业里程: the one noun before the verb is whose addition it is
            else:  # 分区分类建设高标准农田 -> 建设高标准农田; 新改建农村公路 keeps 新
                tokens = tokens[k - 1:] if k > 0 and tokens[k - 1][0] == "新" else tokens[k:]
            break
    tokens = [t for k, t in enumerate(tokens) if k == 0 or t[0] not in words("measures", "forecast_cues")
              and not (t[0] in words("measures", "result_verbs") and k < len(tokens) - 1)  # 规上企业实现营收 -> 规上企业营收
              and not (t[0] in words("measures", "future_adverbs") and t[1].startswith("d"))]  # 民航将运输旅客 -> 民航运输旅客
    noun = without_example("".join(w for w, _ in tokens))
    if noun.count("”") > noun.count("“"):
        noun = "“" + noun  # (对“一带一路”共建国家: the opening quote went with the preposition)
    if "的" in noun:
        head, last = noun.rsplit("的", 1)
        if (last in words("measures", "generic_tails") or last in words("measures", "nameless_heads") and "对" in head[1:]) \
                and len(noun) <= MAX_INDICATOR:  # (服务业对经济增长的贡献率: whose rate of what; not 对经济增长的…)
            noun = noun.replace("的", "")
        elif len(last) >= 2 and not scopes(tokens, head, noun) or last in words("measures", "nameless_heads"):
            noun = last
        else:  # 国家直接监测的各类环境监测点位总数, 法国林火的过火面积: a short qualifier that opens with a noun scopes it
            noun = noun if len(last) >= 2 else noun.replace("的", "")
    if not 2 <= len(noun) <= MAX_INDICATOR or noun in words("measures", "not_indicators") or "了" in noun \
            or re.search(r"[一二三四五六七八九十两][十百千万亿]", noun):
        return ""  # (a noun with 了 in it is a clause: 部分研究提出了全国; one with a number word is no name: 过五千亿)
    if re.fullmatch(r"[A-Za-z0-9]+", noun) and len(noun) < 3 or re.match(r"[\d.]+(?![\dA-Za-z])", noun) \
            and not noun.lstrip("0123456789").startswith(words("measures", "model_suffixes")):
        return ""  # (a number's tail, not 055型驱逐舰)
    if len(tokens) == 1 and (tokens[0][1] in ("v", "vd", "vi") or any(
            tokens[0][0].startswith(c) and len(tokens[0][0]) <= len(c) + 1 for c in counts)):
        return ""  # a verb, not a measured thing (培育, 打造出)
    if vocabulary().region(noun) or noun in countries():
        return ""  # a place is not a measured thing
    return noun


def without_example(noun: str) -> str:
    """The indicator without the one named example before its 等 (更新改造复康路等道路 -> 更新改造道路,
    水池等调蓄设施 -> 调蓄设施): the figure counts the class, not the example."""
    at = noun.find("等")
    if at < 2 or len(noun) - at - 1 < 2 or noun.count("“", 0, at) > noun.count("”", 0, at) \
            or pattern("measures:class_words", "(?:{})").search(noun, at + 1, at + 5):
        return noun  # (“立等可取”; 人工智能等产业营收: the example names a class too wide without it)
    verbs = list(pattern(words("measures", "count_verbs") + words("measures", "addition_verbs")).finditer(noun, 0, at))
    start = verbs[-1].end() if verbs else 0
    return noun[:start] + noun[at + 1:] if 2 <= at - start <= 6 else noun


def scopes(tokens: list[tuple[str, str]], head: str, noun: str) -> bool:
    """The words before the 的 of an indicator (``head``) are a short qualifier opening with a noun
    (or a model's name: C919的全球订单)."""
    return 2 <= len(head) <= 8 and "的" not in head and len(noun) <= 18 and bool(tokens) \
        and tokens[0][1].startswith(("n", "j", "eng"))


def verb_run_start(tokens: list[tuple[str, str]], k: int, verbs: set[str]) -> int:
    """Where the run of ``verbs`` (joined or not by 和/及/或) that ends with token ``k`` starts."""
    j = k
    while j > 0 and (tokens[j - 1][0] in verbs or tokens[j - 1][0] in ("和", "及", "或", "、") and j > 1
                     and tokens[j - 2][0] in verbs):
        j -= 1 if tokens[j - 1][0] in verbs else 2
    return j


def counted(text: str, word: str) -> bool:
    """``word`` follows a number in ``text`` (31个省: a count of places, not a name)."""
    at = text.find(word)
    return at > 0 and (text[at - 1].isdigit() or text[at - 1] in "一二三四五六七八九十两百千万")


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
    """The run, from an addition verb joined to its own by 、 (新建、改造高标准农田: both verbs), or as it is."""
    k = len(runs) - 1
    if run is not runs[k] or k == 0 or stem[runs[k - 1].end():run.start()] != "、" \
            or not pattern("measures:addition_verbs", "^(?:{})").match(run.group()):
        return run
    verb = pattern("measures:addition_verbs", "(?:{})$").search(runs[k - 1].group())
    return re.compile(r".+").match(stem, verb.start() + runs[k - 1].start(), run.end()) if verb else run


def with_shared_head(stem: str, runs: list[re.Match[str]], run: re.Match[str], sent: Sentence | None,
                     offset: int) -> re.Match[str]:
    """The run, from a qualifier joined to it by 、 that shares its head (创新型、专精特新中小企业: one
    count of both kinds), or as it is."""
    k = len(runs) - 1
    if sent is None or run is not runs[k] or k == 0 or stem[runs[k - 1].end():run.start()] != "、":
        return run
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


def counted_after(sent: Sentence, q: Mention, clause: Clause) -> str:
    """The thing counted right after a number (50家智能工厂 -> 智能工厂): the
    words after it — past a qualifying clause and its 的 (3000名符合条件的残疾人 ->
    残疾人) — up to a conjunction or particle of its own, a stop word, or a
    preposition, adverb or time word (42支龙舟队按照… -> 龙舟队)."""
    after = re.sub(r"[“”\"]", "", sent.text[q.end - sent.start:clause.end])
    m = re.match(r"(?:的)?((?:\d+[A-Za-z]+)?(?:[\u4e00-\u9fffA-Za-z]|—(?=[\u4e00-\u9fff])){2,20})", after)
    # (5G基站, 5A级景区, “县城—中心镇—重点村”发展轴)
    if not m:
        return ""
    qualified = re.match(r"[^和与及等的]{2,10}的(?=[\u4e00-\u9fff]{2})", m.group(1))
    skip = qualified.end() if qualified and qualifies(qualified.group()) else 0
    words_after = m.group(1)[skip:]
    at = q.end - sent.start + m.start(1) + skip
    raw = sent.text[q.end - sent.start:clause.end] == after
    if "的" in words_after and words_after.rsplit("的", 1)[1].endswith(words("measures", "meta_heads")):
        return ""  # 18条支持小微企业发展的便利措施: the measures of a package, whatever they support
    noun = words_after
    for cut in re.finditer(r"[和与及等的]|以上|左右|以内", words_after):
        if raw and cut.group() in "和与及" and cut.start() >= 2 and joins_heads(sent, at + cut.end(), at + len(words_after)):
            continue  # 10个宜居宜业和美乡村重点片区, 123个国家和地区: one count of both
        if not raw or len(cut.group()) > 1 or sent.is_boundary(at + cut.start()) and sent.is_boundary(at + cut.end()):
            noun = words_after[:cut.start()]  # (not at 参与's 与)
            break
    for stop in pattern("measures:after_noun_stops").finditer(noun):
        if not raw or len(stop.group()) > 1 or starts_non_noun(sent, at + stop.start()):
            noun = noun[:stop.start()]  # at a word that is no noun (公共服务平台 holds 共 but does not stop there)
            break
    if raw:
        noun = noun[:counted_noun_length(sent, at, at + len(noun))]
        result = pattern("measures:results_after").match(sent.text, at + len(noun)) if noun else None
        if result and len(noun) >= 2:
            noun += result.group()  # 4个一类创新药获批上市 -> 一类创新药获批上市: what happened to them is counted
    listed = SHARED_COUNT.fullmatch(sent.text, at + len(noun), clause.end) if raw and noun else None
    if listed and nouns_only(sent, listed.start(), listed.end()):
        noun += listed.group()  # 10家以上中试平台、概念验证中心: one count of the list, not of its first item
    adverb = pattern("measures:after_noun_adverbs").search(noun, 2)
    if adverb is not None:  # 融资平台有序退出 -> 融资平台退出
        noun = noun[:adverb.start()] + noun[adverb.end():]
    if noun.endswith("中") and re.match(r"[，,]", sent.text[at + len(noun):at + len(noun) + 1] or "。"):
        return ""  # 31个制造业大类行业中，有28个…: the frame of a later figure, not one
    if not 2 <= len(noun) <= 16 or noun in words("measures", "not_indicators") or vocabulary().region(noun) \
            or noun.startswith(tuple(words("measures", "frame_nouns"))):
        return ""  # (9个方面工作: a frame, not a thing counted)
    return noun


SHARED_COUNT = re.compile(r"(?:、[\u4e00-\u9fff]{2,12})+")  # the rest of a clause: more things counted, listed


def nouns_only(sent: Sentence, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` (sentence-relative) are 、 and things named: each item opens
    with no verb and ends with a noun (、概念验证中心; not 、旗舰店入驻, nor 、铺设防护堤坝)."""
    tokens = [t for t in sent.tokens() if start <= t[0] < end]
    if not tokens or tokens[0][0] != start or tokens[-1][1] != end:
        return False
    items: list[list[str]] = []
    for _, _, word, tag in tokens:
        if word == "、":
            items.append([])
        elif items:
            items[-1].append(tag)
    return all(item and not (item[0].startswith("v") and item[0] != "vn") and item[-1].startswith(("n", "j"))
               for item in items)


def joins_heads(sent: Sentence, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` (sentence-relative), after a 和 that follows a counted noun,
    are a second head sharing the count (城市和园区, 宜居宜业和美乡村片区): nouns only, up to where
    the counted words end — not a thing with a count of its own (…和一批龙头企业) nor the rest of
    the clause (…和单位进驻工作, …和他们)."""
    tokens = [t for t in sent.tokens() if start <= t[0] and t[1] <= end]
    return end - start >= 2 and bool(tokens) and tokens[0][0] == start and tokens[-1][1] == end \
        and all(t[3].startswith("n") for t in tokens)


def qualifies(words_before_de: str) -> bool:
    """The words before a 的 are a clause qualifying what follows (符合条件的, 有国际影响力的),
    not the thing counted (10万家工业互联网企业的安全监测)."""
    return any(w in words_before_de if len(w) > 1 else words_before_de.startswith(w)
               for w in words("measures", "qualifier_verbs"))


CLAUSE_TAGS = ("p", "d", "u", "t")


def counted_noun_length(sent: Sentence, start: int, end: int) -> int:
    """Where, in the words of [start, end) (sentence-relative), a preposition, adverb, time word or
    particle follows at least three characters: the length of the noun before it. (Not at a
    verb: 示范, 服务, 改造 name things as often as they act.)"""
    for s, e, _, tag in sent.tokens():
        if s >= end:
            break
        if s >= start + 3 and tag.startswith(CLAUSE_TAGS):
            return s - start
    return end - start


def respectively_items(sent: Sentence, quantities: list[Mention], clauses: list[Clause]) -> dict[int, tuple[str, str, bool] | None]:
    """分别 lists: "A、B和C分别增长12%、9%和5%" -> each number's own indicator.
    When the items and the numbers are not as many, the numbers map to None
    (they are read as nothing)."""
    text = sent.text
    out: dict[int, tuple[str, str, bool] | None] = {}
    for m in re.finditer("分别", text):
        head_start = text.rfind("，", 0, m.start()) + 1
        head_start = max(head_start, text.rfind("；", 0, m.start()) + 1, text.rfind("：", 0, m.start()) + 1)
        head = text[head_start:m.start()]
        tail_end = list_end(clauses, m.end(), text)
        nums = [q for q in quantities if m.end() <= q.start - sent.start < tail_end]
        dated = dated_items(sent, head_start, m.start(), nums)
        if dated is not None:
            out.update(dated)
            continue
        verb = text[m.end():nums[0].start - sent.start] + words_before_number(nums[0]) if nums else ""
        out.update(aligned_items(sent, head, head_start, verb, nums))
    return out


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
    summary = pattern("measures:list_summaries", r"(?:等)?[两三四五六七八九十]+[大项个类种条家座](?:{})").search(head)
    if summary is not None:  # 造船完工量、…、手持订单量三大指标, 粮食、棉花、油料三大作物产量: the count names the list
        head, named_after = head[:summary.start()], head[summary.end():].strip().removeprefix("的")
        named_after = pattern("measures:tail_noise", "(?:{})+$").sub("", named_after)
        kind = re.sub(r"^(?:等)?[两三四五六七八九十]+[大项个类种条家座]", "", summary.group())
    else:
        named_after = kind = ""
    items = list_items(head)
    if len(items) < 2 or len(nums) != len(items):
        return {q.start: None for q in nums}
    up, down, _, _ = verb_patterns()
    verb = list_verb(verb, nums[0], up, down)
    negative = bool(down.search(verb))
    measure = "change" if (up.search(verb) or negative) and not re.search(r"[到至]了?$", verb) else "level"
    gap = gap_of(verb.strip(), nums[-1].attr("unit")) if nums and nums[-1].attr("unit") in ("%", "百分点") else None
    if gap is not None:  # 分别高于全国12.7个、12个百分点: gaps to 全国
        measure, negative = "gap", gap[1]
    shared = shared_head(items)
    names = [clean_indicator(item, sent, head_start + at) or item for item, at in item_offsets(head, items)]
    names = with_elided_words(sent, head_start + head.rfind(names[-1]), names)
    if kind and all(len(name) == 1 for name in names[1:]):
        names = [name[-1] + kind for name in names]  # (一季度)西、中、东三条通道 -> 西通道, 中通道, 东通道
    shared = shared or named_after or head_of_last(sent, head_start + head.rfind(names[-1]), names)
    rate = next((h for h in words("measures", "rate_heads") if names[-1].endswith(h)), "")
    if rate and nums[-1].attr("unit") == "百分点":  # 餐饮收入、限额以上餐饮收入增速分别上升26.7个、26.8个百分点: both rates
        names = [name if name.endswith(rate) else name + rate for name in names]
    out: dict[int, tuple[str, str, bool] | None] = {}
    for name, q in zip(with_list_preposition(names), nums):
        if shared and not name.endswith(shared):
            name += shared
        name = LIST_PERIOD.sub("", name)  # (履带挖掘机和装载机前5个月出口量: the period is the figure's date)
        if verb.startswith("占") and "占" not in name:
            whole = SHARE.search(verb.removesuffix("的"))
            name += f"占{whole.group('whole')}" if whole else "占比"  # 分别占世界市场份额的55.7%、74.1%
        if 2 <= len(name) <= MAX_INDICATOR:
            out[q.start] = (name, measure, negative)
    if whole and any(len(name) < 3 and name not in words("measures", "short_indicators") for name, _, _ in
                     (v for v in out.values() if v is not None)):
        return {q.start: None for q in nums}  # (供热、燃气、排水管网800、600、300公里: 燃气 lacks the head 管网)
    return out


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
TO_VALUE = re.compile(r"(?:增长|增加|提高|提升|上升|扩大|下降|减少|降低|缩小)(?:到|至)$|(?:增至|降至|升至)$")


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
        years = [next((d.key for d in reversed(dates) if d.end <= q.start and q.start - d.end <= 3), "") for q in (a, b)]
        out[a.start] = (noun, "level", False, years[0])  # (从72%提升至76%: 72% at no time the sentence gives: undated)
        out[b.start] = (noun, "level", False, years[1]) if years[1] else (noun, "level", False)
    return out


def blank_dates(text: str, dates: list[Mention], sent: Sentence, start: int, end: int) -> str:
    chars = list(text[start:end])
    for d in dates:
        for i in range(max(start, d.start - sent.start), min(end, d.end - sent.start)):
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


def with_elided_words(sent: Sentence, start: int, names: list[str]) -> list[str]:
    """Items of one character before a last item whose first word is of two share its
    second character (内、外贸吞吐量 -> 内贸, 外贸吞吐量; 中、小学 -> 中学, 小学)."""
    if not any(len(n) == 1 for n in names[:-1]):
        return names
    tokens = run_tokens(sent, start, start + len(names[-1]))
    first = tokens[0][0] if tokens else ""
    if len(first) != 2:
        return names
    return [n + first[1] if len(n) == 1 else n for n in names[:-1]] + names[-1:]


def head_of_last(sent: Sentence, start: int, names: list[str]) -> str:
    """The measuring head the last item of a list carries for the others, when only
    the last item ends with an indicator head: the part after the word that ends like
    the other items (高技术制造业、装备制造业增加值 -> 增加值), else all of it after its
    first word when the others are as short as that word (人参、食用菌全产业链产值 ->
    全产业链产值; 城镇、农村居民人均可支配收入 -> 居民人均可支配收入)."""
    heads = words("measures", "indicator_heads")
    if not names[-1].endswith(heads) or any(n.endswith(heads) for n in names[:-1]):
        return ""
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
    own = tokens[0][0]
    if any(len(n) > len(own) + 1 for n in names[:-1]):
        # the items are not of the kind of the last one's first word: only its head is shared (光伏组件和储能电池产值)
        return tokens[-1][0] if tokens[-1][0] in heads and len(tokens[-1][0]) >= 2 else ""
    rest = names[-1][len(own):]
    return rest if len(rest) >= 2 else ""


def with_list_preposition(names: list[str]) -> list[str]:
    """A preposition opening a list governs every item (对东盟、欧盟、美国出口: 对美国出口, China's
    exports to the US, not the US's exports)."""
    lead = re.match(r"[对向与]", names[0])
    if lead is None or len(names[0]) < 3:
        return names
    return [names[0]] + [name if name.startswith(lead.group()) else lead.group() + name for name in names[1:]]


def shared_head(items: list[str]) -> str:
    """The head the last item of a list carries for all (食品、石化等产业增加值 -> 产业增加值);
    the last item is cut back to its own part."""
    last = items[-1]
    if "等" in last:
        own, head = last.split("等", 1)
        items[-1] = own
        return head
    return ""


def condition_before(sent: Sentence, q: Mention, clause: Clause, found: list[Mention]) -> str:
    """The threshold a number is counted under (新引进总投资超5亿元的制造业项目80个 -> 总投资超5亿元)."""
    for t in found:
        if sent.text[max(0, t.start - sent.start - 1):t.start - sent.start] in ("从", "由"):
            continue  # the base of 从A增加到B, not a threshold
        if t.end <= q.start and t.start - sent.start >= clause.start:
            after = sent.text[t.end - sent.start:q.start - sent.start]
            threshold = t.attr("comparator") in (">", ">=") or after.startswith("的")
            if threshold and not re.search(r"[和与及、]", after) and re.match(r"[\u4e00-\u9fff]", after):
                start = t.start - sent.start
                lead = re.search(r"[\u4e00-\u9fff]{0,6}$", sent.text[clause.start:start])
                verbs = pattern(tuple({*words("measures", "count_verbs"), *words("measures", "lead_noise")}), "^(?:{})+")
                return verbs.sub("", lead.group() if lead else "") + t.text
    return ""


def time_of_clause(sent: Sentence, dates: list[Mention], q: Mention, clause: Clause, reference: str = "") -> str:
    """The period an observation is of: the nearest date before it in its
    clause, else the last one before it in the sentence (not a deadline)."""
    d = date_of_clause(sent, dates, q, clause)
    return period_value(d, reference) if d is not None else ""


def spans_years(d: Mention) -> bool:
    """A date mention of several years (“十三五”期间, 2016年至2020年)."""
    until = d.attr("until")
    return bool(until) and until[:4] != d.key[:4] and d.attr("role") != "since"


def date_of_clause(sent: Sentence, dates: list[Mention], q: Mention, clause: Clause) -> Mention | None:
    """The date mention an observation is stated under (see ``time_of_clause``), or None."""
    text = sent.text
    before = [d for d in dates if d.end <= q.start and d.attr("role") != "deadline"
              and not text[max(0, d.start - sent.start - 2):d.start - sent.start].endswith(("比", "较", "与", "同", "相比"))
              and not re.match(r"的\d", text[d.end - sent.start:])]  # (从2020年的72%提升至76%: 2020 is the 72%'s)
    in_clause = [d for d in before if d.start - sent.start >= clause.start]
    opening = [d for d in before if d.start - sent.start <= 2]  # a date the sentence opens with dates all of it
    leading = [d for d in before if text[max(0, d.start - sent.start - 1):d.start - sent.start] in ("，", ",")
               and (d.attr("role") in ("asof", "period") or re.match(r"(?:（[^）]{1,12}）)?[，,]", text[d.end - sent.start:]))]
    # (…，截至2021年10月9日，全国… and …，今天（1月16日），全社会…: a date set off by commas dates what follows it)
    chosen = in_clause[-1:] or leading[-1:] or opening[:1]  # (2025年某某专班…，今天（1月16日），…: today)
    return chosen[0] if chosen else None


def period_value(d: Mention, reference: str) -> str:
    """The date of a figure from the date mention it is stated under: a day or a
    month as written; a period (上半年, 一季度, 1至2月, 2016年至2019年) its end, as
    statistics date what accumulates over a period (its first month would
    misstate it); "X以来" the document's date (what has accumulated up to now)."""
    until, role = d.attr("until"), d.attr("role")
    if role == "since":
        return reference
    return until or d.key
