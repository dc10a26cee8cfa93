"""Clause-level reading shared by the measure and instrument extractors:
clauses of a sentence, the words right before a number, comparisons with a
benchmark (高于全国0.5个百分点), conditions, and the time a clause speaks
of. Words come from ``rules/measures.yaml``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..lexicon import alternation, memo, pattern, words
from ..nlp import Sentence
from ..records import Mention

CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")


@memo(maxsize=1)
def clause_break() -> re.Pattern[str]:
    """Punctuation, or the empty break between an event's verb and an expectation run on to it."""
    events, cues = (sorted(words("measures", k), key=len, reverse=True) for k in ("run_on_verbs", "forecast_cues"))
    after_event = "|".join(f"(?<={re.escape(e)})" for e in events)  # (a look-behind has one width)
    return re.compile(rf"{CLAUSE_BREAK.pattern}|(?:{after_event})(?=(?:{'|'.join(map(re.escape, cues))}))")
MAX_INDICATOR = 24


@dataclass(frozen=True)
class Clause:
    start: int  # sentence-relative
    end: int


def clauses_of(sent: Sentence) -> list[Clause]:
    """The clauses of a sentence, between punctuation — and between an event and the expectation a headline runs on to
    without a comma (春运将于2月2日启动预计…)."""
    out, start = [], 0
    breaks = clause_break() if any(c in sent.text for c in words("measures", "forecast_cues")) else CLAUSE_BREAK
    for m in breaks.finditer(sent.text):
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
    """The comparator or verb a quantity's span starts with (增长 in 增长5%, 突破 in 突破1000亿千瓦时; not the
    minus sign of -52.3℃)."""
    m = NUMERAL.search(q.text)
    return q.text[:m.start()].rstrip("-－−") if m else ""


def text_before(sent: Sentence, q: Mention, clause: Clause) -> str:
    """The clause up to the number itself (the quantity's own leading words included)."""
    rel = q.start - sent.start
    return sent.text[clause.start:rel] + words_before_number(q)


ITEM_NUMBER = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}\s*[)）.．、]|[一二三四五六七八九十]+是)?\s*")  # （一） 1. 一、 一是


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
                at = start - len(re.search(r"[\u4e00-\u9fff]{0,6}$", sent.text[clause.start:start]).group())
                while at > clause.start and not sent.is_boundary(at):
                    at -= 1  # (培育年营业收入超10亿元的…, 村集体经济年收入…: whole words, not 育年…, 体经济…)
                verbs = pattern(tuple({*words("measures", "count_verbs"), *words("measures", "lead_noise")}), "^(?:{})+")
                return verbs.sub("", sent.text[at:start]) + t.text
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


JOINED = pattern("measures:day_parts", "[、和及]|(?:{})?(?:到|至)")  # two dates joined: a list or a span
DAY_PART = pattern("measures:day_parts", "(?:{})?")
SET_OFF = pattern("measures:day_parts", r"(?:（[^）]{1,12}）)?(?:当月|当天|当日|当年|{})?[，,]")  # (1日晚，; 10月当月，)
CLOCK = pattern("measures:clock_words", "(?:{})?")  # (当地时间3日…)
VALUE_AFTER = re.compile(r"的?\d+(?:\.\d+)?(?![\d.]|[时点分日号月年:：])")  # a value of its own (not 截至今天12时)
SURVEYED = re.compile(r"[^，。；,]{2,20}(?:显示|表明)[，,]")  # (…，2024年全国学生体质健康抽测显示，…: that year's)
ONSET = pattern("measures:onset_verbs", r"(?:晚|夜|凌晨)?(?:{})的")


def date_of_clause(sent: Sentence, dates: list[Mention], q: Mention, clause: Clause) -> Mention | None:
    """The date mention an observation is stated under (see ``time_of_clause``), or None."""
    text = sent.text
    before = [d for d in dates if d.end <= q.start and d.attr("role") != "deadline"
              and not text[max(0, d.start - sent.start - 2):d.start - sent.start].endswith(("比", "较", "与", "同", "相比"))
              and not (text[:d.start - sent.start].endswith(("是", "为", "相当于"))
                       and text.startswith("的", d.end - sent.start))  # (是2020年的2.6倍: a multiple's base, not its year)
              and not (VALUE_AFTER.match(text, d.end - sent.start) and q.start - d.end > 2)  # (从2020年的72%提升至
              # 76%, 将从2022年4.46万亿元增长到6万亿元: 2020 is the 72%'s, 2022 the 4.46万亿's)
              and not ONSET.match(text, d.end - sent.start)]  # (8日燃起的某大火已造成93人死亡: the fire's day)
    listed = {id(d) for a, b in pairwise(dates) if JOINED.fullmatch(text, a.end - sent.start, b.start - sent.start)
              or b.text.startswith(("到", "至")) and DAY_PART.fullmatch(text, a.end - sent.start, b.start - sent.start)
              for d in (a, b)}  # (2018年、2019年…共造成346人遇难, 17日夜间到18日…: of both, of no one)
    before = [d for d in before if id(d) not in listed]
    in_clause = [d for d in before if d.start - sent.start >= clause.start or d.start - sent.start >= event_start(
        sent, clause) and d.text not in words("measures", "vague_days")]  # (某地近日出现灾情，造成…: of no one day)
    opening = [d for d in before if CLOCK.match(text).end() + 2 >= d.start - sent.start]  # (当地时间3日…: all of it)
    leading = [d for d in before if text[max(0, d.start - sent.start - 1):d.start - sent.start] in ("，", ",", "：", ":")
               and (d.attr("role") in ("asof", "period") or d.attr("until") or SET_OFF.match(text, d.end - sent.start)
                    or len(d.key) == 4 and SURVEYED.match(text, d.end - sent.start))
               or text[max(0, d.start - sent.start - 2):d.start - sent.start] == "其中" and len(d.key) == 10]
    # (…，其中12月31日为客流高峰日，预计发送旅客580万人次: that day's)
    # (…，截至2021年10月9日，全国…; …，今天（1月16日），全社会…; 延续9月增长态势，10月当月，…; 央视网消息：2024年，…: a date
    # set off by commas, or after a colon, dates what follows it; so does a period opening a clause: …，一季度甲增长15%，…)
    chosen = in_clause[-1:] or leading[-1:] or opening[:1]  # (2025年某某专班…，今天（1月16日），…: today)
    return chosen[0] if chosen else None


def event_start(sent: Sentence, clause: Clause) -> int:
    """Where the clause of a figure starts, or the clause before it when the figure's opens on what that one's
    event caused (以色列1日晚空袭某地，造成4人死亡: the strike's day is the toll's)."""
    if not sent.text.startswith(words("measures", "consequence_openings"), clause.start) or clause.start == 0:
        return clause.start
    return max(sent.text.rfind(c, 0, clause.start - 1) for c in "，,；;") + 1


def period_value(d: Mention, reference: str) -> str:
    """The date of a figure from the date mention it is stated under: a day or a
    month as written; a period (上半年, 一季度, 1至2月, 2016年至2019年) its end, as
    statistics date what accumulates over a period (its first month would
    misstate it); "X以来" the document's date (what has accumulated up to now)."""
    until, role = d.attr("until"), d.attr("role")
    if role == "since":
        return reference
    return until or d.key
