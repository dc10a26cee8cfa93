"""Over which base a change is stated and per which period a level (较2017年增长70%, 2023年第一季度至2025年第一季度
…萎缩了29%, 10年间, 每年…, 每秒…): what the indicator must say so that a figure does not read as a yearly change or a
total; and the year a goal sentence opens on (2025年，全市…突破30亿元)."""
from __future__ import annotations

import re

from ...lexicon import pattern, words
from ...nlp import Sentence
from ...records import Mention
from ..clauses import ITEM_NUMBER, MAX_INDICATOR, Clause, text_before
from ..context import Context


BASE_PERIOD = (r"(?:比|较)(?:上年同期|去年同期|上年|去年|前年|上月|上季度|上半年|[一二三四]季度|前三季度|(?:19|20)\d{2}\s*年"
               r"|\d{1,2}(?:—|-|－|～|至)\d{1,2}月份?|\d{1,2}月份?)(?:同期|全年|[一二三四]季度|末|底|同月)?")
BASE_WORDS = re.compile(rf"^(?:同比|环比)?(?:(?:增速|增幅)?{BASE_PERIOD})?")  # 同比增速比上年四季度 (加快0.7个百分点)
BASE_TAIL = re.compile(rf"(?:(?:同比|环比)?(?:{BASE_PERIOD}|(?:比|较)\s+)|同比|环比|(?:与|跟)[^，；。与跟]{{1,24}}?相比)\s*$")
# ((增速)较上年同期 (回落…); 与2022年春节假期同期相比 (增长…): the base, not what changed)


def per_period(sent: Sentence, q: Mention, clause: Clause, measure: str, indicator: str) -> str:
    """A level stated per year, day or second (每年重点支持100个项目, 峰值为每秒10.9万笔) says so in its
    indicator (每年…, 每秒…), so that it does not read as a total."""
    lead = sent.text[clause.start:q.start - sent.start]
    per = next(reversed(list(pattern("measures:per_periods").finditer(lead))), None)  # (…每人每月810元和每人每年
    # 6600元: the nearest before each value is its own)
    if measure != "level" or per is None or per.group() in indicator or len(indicator + per.group()) > MAX_INDICATOR:
        return indicator
    rate = next((r for r in ("增长率", "增速", "增幅") if indicator.endswith(r)), "")
    if rate and per.group() in ("年均", "平均每年"):  # 业务收入…，年均增长率达13.8% -> 业务收入年均增长率
        return indicator[:-len(rate)] + per.group() + rate if indicator != rate else indicator
    return per.group() + indicator


OLD_BASE = re.compile(r"(?:较|比|相比|与)(?P<base>(?:19|20)\d{2}\s*年(?:同期|底|末)?|[^\d，；。、]{2,5}初"
                      r"|(?:[一二三四]|上个?)季度|[上下]半年"  # (比三季度增长10%: over a quarter, not the year before)
                      r"|“?十[一二三四五六七八九]五”?(?:期末|末期|末|时期|期间))(?:同期)?(?:相比)?(?:分别)?"
                      r"(?:年均)?(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|缩小|回落|回升|下滑)了?[^，；。\d]{0,3}$"
                      r"|(?<![至到])(?P<since>(?:19|20)\d{2}\s*年)以来[^；。]*$"
                      r"|(?<![\d连续第])(?P<span>(?:近|过去)?(?:[1-9]\d?|[两二三四五六七八九十]{1,2})年)(?:来|间|内)?"
                      r"(?:增长|增加|提高|提升|上升|下降|减少|降低)了?[^，；。\d]{0,3}$")


SHARED_BASE = re.compile(r"(?:较|比)(?P<base>(?:19|20)\d{2}\s*年(?:底|末)?|“?十[一二三四五六七八九]五”?(?:期末|末|时期))"
                         r"(?:增长|增加|提高|下降|减少)[\d.]+%$")  # (the clause before: its old base and its rate)
SPAN_OPENING = re.compile(r"(?P<base>(?:19|20)\d{2}\s*年[^，；至到—\d]{0,6}?)(?:至|到|—)(?:(?:19|20)\d{2}\s*年)?"
                          r"[^，；\d]{0,6}")  # a clause of a span the figure's change is over
FROM_TO_OPENING = re.compile(r"从(?P<base>(?:19|20)\d{2}\s*年(?:底|末)?)的?[^，；从]*?(?:至|到)(?:19|20)\d{2}\s*年[^，；]*$")
CHANGE_ONLY = re.compile(r"^(?:增幅|涨幅|降幅|增长|提高|提升|下降|减少)了?(?:达到?|为)?$")  # (…，增幅23.3%: a bare change)
OWN_BASE = re.compile(r"环比|同比|比|较|相比|按年率|年化")  # (the words that name a change's base)
CHAINED = re.compile(r"环比(?:分别)?(?:增长|增加|提高|提升|上升|上涨|下降|下跌|减少|降低|回落|回升)了?[^，；。\d]{0,3}$")
LISTED_VALUES = re.compile(r"(?:[\d.]+\s*(?:%|个百分点|倍)?\s*[、和及]\s*)+$")


def with_old_base(sent: Sentence, q: Mention, clause: Clause, indicator: str, time: str) -> str:
    """A change over a base other than the year or period before (较2017年增长70%, 比本世纪初增加7200公顷, 较“十三五”末,
    2018年以来增加了69%, 从2019年的…升至2022年的…，增幅23.3%) says its base (贸易总额（较2017年）), a change over
    years its span (研发经费（10年间）): bare, it reads as a change over a year."""
    lead = LISTED_VALUES.sub("", text_before(sent, q, clause))  # (分别比“十三五”时期增长19.1%、120%: each item's)
    before = sent.text[:clause.start].rstrip("，, ")
    opening = re.search(r"(?:^|[，；])[^，；]*$", before)  # (the clause before: 2018年以来，…增加了69%)
    found = OLD_BASE.search(lead) or OLD_BASE.search((opening.group().lstrip("，；") if opening else "") + "，" + lead)
    if found is None and opening and re.fullmatch(r"[^，；比较]{2,16}(?:增长|增加|提高|下降|减少)了?", lead.strip()):
        found = SHARED_BASE.search(opening.group())  # (A比“十三五”末增长42%，B增长73.8%: B's over the same base)
    if found is None and opening and "年均" not in lead + indicator:
        found = SPAN_OPENING.fullmatch(opening.group().lstrip("，；").rsplit("：", 1)[-1])  # (2023年一季度至2025年一季度，…)
    if found is None and opening and CHANGE_ONLY.match(lead.strip()):
        found = FROM_TO_OPENING.search(opening.group())  # (进出口值从2019年的…升至2022年的…，增幅23.3%: over the span)
    if found is None:
        return indicator
    groups = found.groupdict()
    if groups.get("span"):
        return f"{indicator}（{found.group('span')}间）"  # 研发经费10年增长86.5% -> 研发经费（10年间）
    base = (groups.get("base") or groups.get("since")).replace(" ", "")
    year = re.match(r"\d{4}", base)
    if year and time[:4].isdigit() and int(year.group()) >= int(time[:4]) - 1:
        return indicator  # (2024年比2023年增长5%: the year before)
    return f"{indicator}（较{base}）" if base not in indicator else indicator


def with_chained_base(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A change over the month or quarter before (同比上涨0.2%，环比下降0.1%) says so (居民消费价格（环比）), and so do
    the parallel changes after it that state no base of their own (…个人消费环比增长1.1%，企业设备投资增长1.4%): bare,
    it reads as the change over the year before, and the two rows of one index contradict each other."""
    lead = LISTED_VALUES.sub("", text_before(sent, q, clause))
    chained = CHAINED.search(lead)
    if chained is None and not OWN_BASE.search(lead):
        part = sent.text[sent.text.rfind("；", 0, clause.start) + 1:clause.start]
        bases = OWN_BASE.findall(part)
        chained = bases[-1] == "环比" if bases else None
    return f"{indicator}（环比）" if chained and "环比" not in indicator and len(indicator) + 4 <= MAX_INDICATOR \
        else indicator


MULTIPLE_OF = re.compile(r"(?:是|为|相当于)(?P<base>(?:19|20)\d{2}\s*年(?:同期|底|末)?|“?十[一二三四五六七八九]五”?(?:期末|末))的"
                         r"(?:[\d.]+倍[、和及与])*$")  # (分别是2020年的2.6倍和3.1倍: each value's base)


def with_multiple_base(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A level in 倍 of an earlier year's (旅游人数是2020年的2.6倍) says so (旅游人数（为2020年的倍数）): bare, 2.6倍 names
    nothing, and read as a change it would be one too many."""
    found = MULTIPLE_OF.search(re.sub(r"分别", "", text_before(sent, q, clause)))
    base = found.group("base").replace(" ", "") if found else ""
    return f"{indicator}（为{base}的倍数）" if base and base not in indicator else indicator


def opening_year(sent: Sentence, dates: list[Mention], q: Mention) -> str:
    """A year that opens the sentence, past a label (发展目标：) or 预计, or the part after a ； before the figure, on its
    own before a comma (2025年，全市…; 发展目标：2024年，…；2025年，…; 预计2025年，…), or ""."""
    lead = len(ITEM_NUMBER.match(sent.text).group())
    lead += len(LABEL.match(sent.text, lead).group())
    expected = sent.text.startswith("预计", lead)
    lead += 2 if expected else 0  # (预计2025年，全县…; 预计2025年全县…: the year expected)
    part = sent.text.rfind("；", 0, q.start - sent.start) + 1
    first = next((d for at in (part, lead) for d in dates if d.start - sent.start == at and d.end <= q.start), None)
    return first.key if first is not None and re.fullmatch(r"\d{4}", first.key) and not first.attr("role") \
        and (sent.text.startswith(("，", *words("measures", "year_goal_words")), first.end - sent.start)
             or expected and first.start - sent.start == lead) else ""  # (2025年力争新增…)




def leads_own_figure(sent: Sentence, ctx: Context, q: Mention, d: Mention) -> bool:
    """A deadline after the figure, in a later clause, that opens that clause's own figure (…重点建设项目420个，…，力争一季度
    完成年度投资计划的25%以上): the later figure's, not this one's."""
    def end_from(at: int) -> int:
        return min([i for i in (sent.text.find(c, at) for c in "，；。") if i >= 0], default=len(sent.text))
    clause_end = end_from(d.end - sent.start)
    if not sent.text[d.end - sent.start:clause_end].strip():
        clause_end = end_from(clause_end + 1)  # (…100万千瓦，到2025年，新能源装机力争突破800万千瓦: the deadline's own clause)
    return "，" in sent.text[q.end - sent.start:d.start - sent.start] and any(
        d.end <= m.start and m.start - sent.start < clause_end for m in ctx.mentions_in(sent, "QUANTITY"))


LABEL = re.compile(r"(?:[\u4e00-\u9fff]{2,8}[：:])?")  # (发展目标：2024年，…)


def named_year(indicator: str, kind: str) -> str:
    """The year a forecast's or a figure's own name opens on (预计2023年和2024年全球经济增速分别为… -> 2023年全球经济增速,
    2023): its time, not the day's; "" for none, and for a target (its deadline is read apart)."""
    year = re.match(r"(\d{4})年(?![度底末])", indicator)
    return year.group(1) if year and kind != "target" else ""


def part_year(sent: Sentence, dates: list[Mention], q: Mention) -> str:
    """A year right after 其中 opening the sentence (到2028年，…。其中，2026年全县…力争达到190亿元): the part's own year,
    not the deadline its paragraph opens with; "" if none."""
    opening = PART_OPENING.match(sent.text)
    first = next((d for d in dates if opening and d.start - sent.start == opening.end() and d.end <= q.start), None)
    if first is None or any(first.end <= d.start and d.end <= q.start for d in dates):
        return ""  # (其中，2026年、2027年分别…: which year each, not said here)
    return first.key if re.fullmatch(r"\d{4}", first.key) else ""


PART_OPENING = re.compile(r"\s*其中[，,：:]?\s*")
