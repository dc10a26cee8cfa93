"""Which kind a figure is — a target set for the future, an observation reported as achieved, or a forecast — from
its sentence, paragraph, section and genre; and the time it is of (a deadline, the year reviewed, a heading's period)."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace

from ...lexicon import memo, pattern, rules, words
from ...nlp import Sentence
from ...records import Mention
from ...time import find_times
from ..clauses import ITEM_NUMBER, Clause, date_of_clause, spans_years, text_before, time_of_clause, words_before_number
from ..context import Context
from .indicator import SHARE
from .plans import future_span, year_programme
from .plausible import COUNT_FREE_UNITS, GOAL_GENRES, MONEY
from .bases import leads_own_figure, opening_year, part_year
from .paragraphs import baseline_paragraph, goal_deadline_in, paragraph_deadline, sets_goals
from .sources import named_policy, year_said


def goal_part(before: str, cues: dict) -> bool:
    """The figure's ；-part or clause sets a goal of its own (预计今年…；到2027年，力争…达到4000亿元; 预计四季度…，全年…力争达到
    39亿吨) and expects nothing: the 预计 before does not reach it."""
    parts = [before[before.rfind(mark) + 1:] for mark in "；，" if mark in before]
    return any(any(w in own for w in cues["goal_cues"]) and not any(w in own for w in cues["forecast_cues"]) for own in parts)


def kind_of(sent: Sentence, ctx: Context, q: Mention, clause: Clause, role: str, listed: bool = False) -> str:
    """target | observation | forecast | "" (unclear: no measure)."""
    text = sent.text
    before = text[:q.start - sent.start]
    genre = ctx.document.genre
    cues = rules("measures")
    part = text.rfind("；", 0, clause.start) + 1  # (现有…2处，年处理能力合计…；2025年底前…: the part says now)
    if genre == "official" and any(PRESENT_OPENING.match(text, at + ITEM_NUMBER.match(text[at:]).end())
                                   for at in (part, clause.start)):
        return "observation"  # (现有某某厂2处，…；2025年底前再新建1处: how things stand now, no goal)
    forecast = any(w in before for w in cues["forecast_cues"]) and not now_after_forecast(sent, clause, q) \
        and not goal_part(before, cues)
    strong_future = any(w in text for w in cues["strong_future"]) or deadline_in(sent, ctx) or next_steps(sent, ctx) or (
        genre in GOAL_GENRES and paragraph_deadline(sent, ctx) is not None)
    strong_past = any(w in before for w in cues["strong_past"]) or past_date_in(sent, ctx, q)
    if strong_past and strong_future and future_since_last_figure(sent, ctx, q):
        strong_past = False  # 已达到1000亿元，并提出到2022年…将提升至1500亿元: the past is the first figure's
    if strong_past and strong_future and role != "review" and only_cumulative(before, sent, ctx, q):
        strong_past = False  # 到2025年，全市累计建成5G基站3万个: a total to reach by then, outside a review
    if forecast and role == "review" and genre == "work_report" and not strong_future \
            and not future_period_in(sent, ctx) and not said_in(sent, clause.start, q.start - sent.start,
                                                                cues["hypothetical_cues"]):
        return "observation"  # (a review's 预计全年实现地区生产总值…: the year gone by's result, as yet estimated)
    if forecast and genre not in ("official",):
        modals = [w for w in cues["hypothetical_cues"] if w != "将"]
        hypothetical = said_in(sent, clause.start, q.start - sent.start, modals) \
            or any(w in before for w in (*cues["step_conditions"], *(m for m in modals if m.endswith("后"))))
        # (停摆每持续一周，将使…下降0.2个百分点: per step; 达产后可新增…，年产值预计…: once it runs full)
        dated = future_period_in(sent, ctx) or deadline_in(sent, ctx) or current_period_in(sent, ctx)
        return "forecast" if dated and not hypothetical else ""
    if forecast and (not role or role == "goals" and current_period_in(sent, ctx) and not future_period_in(sent, ctx)):
        # (an official document's preamble, or its goals' baseline of the year: 预计2025年全市接待…24万人次左右: what is
        # expected of now, no goal)
        dated = future_period_in(sent, ctx) or deadline_in(sent, ctx) or current_period_in(sent, ctx)
        return "forecast" if dated else ""
    if role == "goals" and genre == "official" and not strong_future and baseline_paragraph(sent, ctx):
        return "observation" if strong_past else ""  # (2024年，全市…。某区、某县…分别达到…: the baseline, no goals)
    if role == "goals":
        return "target" if not strong_past or strong_future else ""
    if role == "review":
        return "observation" if not strong_future or strong_past else ""
    if role == "tasks" and genre in GOAL_GENRES:
        said_past = [w for w in cues["strong_past"] if w in before and w not in cues["growth_bases"]]
        # (…营收达到8400亿元、同比增长7%左右: a task's growth has its base too)
        if (said_past or past_date_in(sent, ctx, q)) and not strong_future \
                and not only_cumulative(before, sent, ctx, q):
            return "observation" if genre != "official" else ""
        return "target"  # a plan's or a work report's tasks set what is to be done
    if strong_future and not strong_past:
        return "target" if genre in GOAL_GENRES or named_policy(sent, ctx) or goal_deadline_in(sent, ctx) and (
            genre != "news" or sets_goals(sent, ctx)) else ""
    if genre != "official" and not strong_past and named_policy(sent, ctx) is not None:
        return "target" if q.attr("unit") not in MONEY else ""  # (…印发《某指导意见》。意见明确，非化石能源占比提高到
        # 20%左右: what the policy sets; 通知明确，补贴标准由1万元提高至2万元: a benefit's level, an instrument's)
    hypothetical = said_in(sent, clause.start, q.start - sent.start, cues["hypothetical_cues"]) or any(
        w in before for w in cues["after_completion_cues"]) \
        or future_span(before) \
        or any(w in pattern("measures:capacity_links").sub("", before[before.rfind("；") + 1:])
               for w in cues["capacity_cues"]) \
        or any(w in before[clause.start:] for w in cues["underway_words"])
    # 项目投产后，…每年减排…; 未来四年在某地投资…; 每年可输出…，减少二氧化碳排放…: what it can do, all clauses on;
    # 全国抓紧新增66万个托位: what is being hurried on, not done
    if strong_past and not strong_future:
        return "observation" if not future_period_in(sent, ctx) and not hypothetical else ""
    if genre in ("news", "work_report", "report", "interpretation", "other") and not strong_future and not any(
            w in before for w in ("将", "要", "计划", "拟", "预计")):
        if future_period_in(sent, ctx) or hypothetical or year_programme(sent, ctx, q, clause):
            return ""
        return "observation" if listed or reported(text, clause, q, sent, ctx) else ""
    return ""


PRESENT_OPENING = pattern("measures:present_cues", r"\s*(?:{})(?!基础|水平)")


def now_after_forecast(sent: Sentence, clause: Clause, q: Mention) -> bool:
    """The figure's clause opens on what is now or was (…预计…，目前全国统调电厂存煤超过2亿吨; …，而上一榨季为…) and
    expects nothing itself."""
    own = ITEM_NUMBER.sub("", sent.text[clause.start:q.start - sent.start]).lstrip()
    return own.startswith(tuple(words("measures", "past_openings"))) or own.startswith(
        tuple(words("measures", "present_openings"))) and not any(w in own for w in words("measures", "forecast_cues"))


def only_cumulative(before: str, sent: Sentence, ctx: Context, q: Mention) -> bool:
    """The only word of the past before the figure says what adds up (累计培育100个…): in a plan's
    tasks, a total to reach, not one reached."""
    past = [w for w in rules("measures")["strong_past"] if w in before]
    return bool(past) and all(w in words("measures", "cumulative_words") for w in past) \
        and not past_date_in(sent, ctx, q)


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


def said_in(sent: Sentence, start: int, end: int, cues: list[str]) -> bool:
    """A cue is said between ``start`` and ``end`` (sentence-relative): a cue of one character only as a word of its
    own or opening a verb or an adverb (可, 可达, 能, 若: not 太阳能, 智能, 能源, 若干, nor 可再生能源), a longer one
    anywhere (能够, 相当于)."""
    span = sent.text[start:end]
    single = tuple(w for w in cues if len(w) == 1 and w in span)
    return any(w in span for w in cues if len(w) > 1) or bool(single) and any(
        (word in single or word.startswith(single) and tag.startswith(("v", "d")))
        and not sent.text.startswith(words("measures", "not_modal_words"), a)
        for a, b, word, tag in sent.tokens() if start <= a < end)  # (可达 of 可|达16—18摄氏度: the number's 达 is its own)


def reported(text: str, clause: Clause, q: Mention, sent: Sentence, ctx: Context) -> bool:
    """A plain statement of a figure: a change or level verb right before the
    number, or a noun and the number in a sentence dated by a period (全年, 一季度)."""
    pre = text_before(sent, q, clause)
    if any(d.start < q.start and (d.attr("role") == "asof" or not DAY_ONLY.fullmatch(d.text))
           for d in ctx.mentions_in(sent, "DATE")) or sent.text.startswith(words("measures", "period_openings")):
        return True  # (全年…, 春节假期…: a period's figure; not 某媒体24日报道，…: the day of a story's event)
    if any(w in sent.text[:q.start - sent.start] for w in words("measures", "present_cues")):
        return True
    if q.attr("unit") in ("%", "成") and SHARE.search(pre):
        return True  # 占宽带用户总数的32.5%
    if COMPARED_NEXT.match(sent.text, clause.end):
        return True  # 港口集装箱吞吐量2.5亿标箱，同比增长7.7%: a statistic, compared with a year before
    verbs = (*words("measures", "change_up"), *words("measures", "change_down"), *words("measures", "level_verbs"))
    return pattern(verbs, "(?:{})[^，；。]{0,2}$").search(pre) is not None


DAY_ONLY = re.compile(r"\d{1,2}\s*日")  # (a day of the month a news story tells, with no month)
COMPARED_NEXT = re.compile(r"[，,](?:同比|环比|比上年|较上年|比去年|较去年)(?:增长|下降|上升|提高|减少|增加)")


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


BASE_BEFORE = ("比", "较", "相比", "相较", "与", "同")  # (比2020年…: the date is a base of comparison)


def past_date_in(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """A date before the number that lies before the document's year — not the base the number is compared
    with (到2025年，…比2020年下降15%: a target's base)."""
    ref = ctx.reference_date[:4]
    if not ref:
        return False
    for d in ctx.mentions_in(sent, "DATE"):
        if d.start < q.start and d.attr("role") != "deadline" and d.key[:4].isdigit() \
                and not sent.text[:d.start - sent.start].endswith(BASE_BEFORE):
            end = (d.attr("until") or d.key)[:4]
            if end < ref:
                return True
    return False


def time_of(sent: Sentence, ctx: Context, q: Mention, clause: Clause, kind: str, measure: str = "level") -> str:
    """The deadline of a target or forecast; the period an observation is of — none for what was
    done over several years (“十三五”期间，共制定269项标准: not the count of 2020)."""
    dates = ctx.mentions_in(sent, "DATE")
    if kind == "forecast":
        dates = [coming_day(d, ctx.reference_date) for d in dates]
    if kind == "forecast" and (day := forecast_day(sent, dates, q, clause)) is not None:
        return day  # (…，其中10月1日预计发送旅客2250万人次: that day's; a total over 从9月29日开始至10月8日: of none)
    if kind in ("target", "forecast"):
        deadlines = [d for d in dates if d.attr("role") == "deadline"]
        before = [d for d in deadlines if d.end <= q.start]
        part = sent.start + sent.text.rfind("；", 0, q.start - sent.start) + 1
        if kind == "forecast" and any(part <= d.start and d.end <= q.start and d.text.startswith(words("measures", "this_year_words"))
                                      for d in dates):
            before = [d for d in before if d.start >= part]  # (到2025年，…；今年，…预计增长8%: this year's)
        after = [d for d in deadlines if d.start >= q.end and not leads_own_figure(sent, ctx, q, d)
                 and "；" not in sent.text[q.end - sent.start:d.start - sent.start]
                 and not (kind == "forecast" and (d.attr("until") not in ("", d.key) or d.text.startswith(("至", "到"))))]  # (not 免费通行时间为…至…)
        if before or after:  # the last one before the figure (2024年底前推出…30项，到2026年扩展至60项: 30 by 2024), else the
            d = before[-1] if before else after[0]  # nearest after it in its part (…30家；到2027年，…: not the 2027's)
            return d.attr("until") or d.key
        periods = [d for d in dates if d.attr("role") == "period"
                   and not re.match(r"[”\s]*[\u4e00-\u9fff]{1,3}的", sent.text[d.end - sent.start:])  # (“十四五”批复的…基地)
                   and not (d.text.endswith("”") and PERIOD_QUALIFIER.match(sent.text, d.end - sent.start))]
        # (谋划储备“十五五”重大项目300个: the plan period names a kind of project, no deadline)
        if periods:
            if kind == "forecast" and periods[0].attr("until") not in ("", periods[0].key) and measure == "level":
                return ""  # 7月1日—8月31日，预计发送旅客8.6亿人次: a total over the span, of no one day or year (a share
                # over it, 自驾出行占比约80%, likewise)
            return periods[0].attr("until") or periods[0].key
        if year := {"target": part_year, "forecast": opening_year}.get(kind, lambda *_: "")(sent, dates, q) \
                or kind == "target" and opening_year(sent, dates, q):
            return year  # (到2028年，…。其中，2026年…达到190亿元; …；2026年，…达到…; 预计2025年，…: that year's)
        opening = paragraph_deadline(sent, ctx)
        if opening is not None:
            return opening.attr("until") or opening.key
        if kind == "target" and (year := opening_year(sent, dates, q) or year_said(sent, dates, q)):
            return year  # (意见提出，2025年全国…达到…: the year the goal is set for)
        if kind == "forecast":  # 今天预计…, 预计全年…: the day or the year it is expected for
            under = date_of_clause(sent, dates, q, clause)
            if under is not None and season_after(sent, under):
                return ""
            if "全年" in sent.text[clause.start:q.start - sent.start] and ctx.reference_date[:4].isdigit() \
                    and not re.search(r"(?:19|20)\d{2}\s*年", sent.text[:q.start - sent.start]):
                return ctx.reference_date[:4]  # (今年以来…，预计全年发射次数将达到100次左右: the year's total)
            if under is None and any(season_after(sent, d) for d in dates if d.end <= q.start):
                return ""  # (民航局预计，今年暑运期间，…旅客运输量将达到…: the season's, of no year; not 今天（4月2日）…)
            now = under is not None and under.text in words("measures", "present_openings")
            said = time_of_clause(sent, dates, q, clause, ctx.reference_date) if not now else ""
            # (截至目前，已有71个国家…，预计参展企业超过2400家: what is expected is of no day the news tells)
            if said or not any(w in sent.text for w in words("measures", "current_period_cues")):
                return said
            return ctx.reference_date[:4]
        said = sent.text[:q.start - sent.start]
        if ctx.reference_date and any(w in said for w in words("measures", "this_year_words")
                                      + words("measures", "current_period_cues")):
            return ctx.reference_date[:4]  # (今年全县…主要预期目标是, 年内新增…: the year it is said, whatever the heading spans)
        stated = heading_time(sent, ctx)
        if stated is not None:
            return stated  # 二、“十五五”时期主要目标 -> 2030; 三、2026年重点工作 -> 2026; two times in it: unknown
        if ctx.role(sent) in ("goals", "tasks") and ctx.document.genre == "work_report" and ctx.reference_date:
            return ctx.reference_date[:4]  # a work report's targets are for its year
        return ""
    return before_document(sent, ctx, q, observed_period(sent, ctx, q, clause, dates, measure))


DAY_SPAN = re.compile(r"[零一二三四五六七八九十\d]*[时点]?\s*(?:至|到|—|-|～|~)\s*\d?")  # (…日零时至… between two days)
SPAN = re.compile(r"(?:从|自|于)[^，。；]{2,12}(?:(?:开始|起|启动)[，,]?\s*(?:至|到)[^，。；]{2,12}(?:结束|止)"
                  r"|(?:持续|延续|进行)(?:至|到)[^，。；]{2,12})")
# (从9月29日开始，至10月8日结束; 将于9月18日启动，至9月21日结束; 活动从2月11日持续到3月31日)


PEAK_DAY = re.compile(r"为[^，。；]{0,10}(?:高峰|峰值)[^，。；]{0,4}[，,]")  # (…日为单日客流最高峰，)
SAME_DAY = re.compile(r"当日|当天")


def coming_day(d: Mention, reference: str) -> Mention:
    """A day of the month a forecast names alone (26日前后…将降至…), which the date reader took for the last such day up
    to the document's, of the month before, is the coming one, of the document's month."""
    if not (d.attr("relative") and DAY_ONLY.fullmatch(d.text) and len(d.key) == 10 and len(reference) >= 10
            and d.key[:7] < reference[:7]):
        return d
    year, month = (int(reference[:4]), int(reference[5:7]))
    if int(d.key[8:]) > calendar.monthrange(year, month)[1]:
        return d
    return replace(d, key=f"{year:04d}-{month:02d}-{d.key[8:]}")


def forecast_day(sent: Sentence, dates: list[Mention], q: Mention, clause: Clause) -> str | None:
    """The day a forecast is for when its own clause names it (其中10月1日预计…), "" for a total or an average over a
    span the sentence states (…从9月29日开始，至10月8日结束，…预计发送旅客1.9亿人次), None otherwise."""
    days = [d for d in dates if d.end <= q.start and len(d.key) == 10]
    if len(days) >= 2 and DAY_SPAN.fullmatch(sent.text[days[-2].end - sent.start:days[-1].start - sent.start]
                                             + days[-1].text[:1]):
        return ""  # (10月1日零时至10月7日24时，…日均流量…: over the span, of no one day)
    own = [d for d in days if clause.start <= d.start - sent.start]
    if own:
        return own[-1].key
    named = days[-1] if days and PEAK_DAY.match(sent.text, days[-1].end - sent.start) else None
    if named is not None and (sent.text.endswith("其中", 0, named.start - sent.start)
                              or SAME_DAY.search(sent.text, clause.start, q.start - sent.start)):
        return named.key  # (其中4月30日为单日客流最高峰，预计发送旅客2000万人次; 8月31日为返校高峰日，预计当日…)
    if SPAN.search(sent.text, 0, q.start - sent.start) and q.attr("unit") not in COUNT_FREE_UNITS:
        return ""
    return None


STATED_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|今年|本年")


def before_document(sent: Sentence, ctx: Context, q: Mention, period: str) -> str:
    """An observation's period read against the document's year but ending after the document's date (上半年 in a
    report of January 2026) is of the year before: nothing is observed before it happens. A year the sentence
    states before the number keeps it (今年5月至7月的机票预订量: bookings for months ahead)."""
    reference = ctx.reference_date
    if len(period) < 7 or not reference[:4].isdigit() or period <= reference[:len(period)] \
            or STATED_YEAR.search(sent.text, 0, q.start - sent.start):
        return period
    return str(int(period[:4]) - 1) + period[4:]


def observed_period(sent: Sentence, ctx: Context, q: Mention, clause: Clause, dates: list[Mention],
                    measure: str) -> str:
    """The period an observation is of (see ``time_of``), as the sentence and the document's section say it."""
    if YEARS_SPAN.search(sent.text, clause.start, q.start - sent.start) \
            or YEARS_RUNNING.search(sent.text, clause.start, q.start - sent.start):
        return ""  # …，过去5年累计采纳…; …，连续4年投资超1万亿元: over the years its own clause names, of no one year
    stated_under = date_of_clause(sent, dates, q, clause)
    if stated_under is not None and len(stated_under.key) == 4 and stated_under.attr("role") not in ("asof", "since") \
            and YEARS_SPAN.search(sent.text, stated_under.end - sent.start, q.start - sent.start):
        return ""  # 我国2022年启动某改革，三年来，已建成…: the years since that year, of no one year (not 截至2022年，十年来)
    over_years = stated_under is not None and spans_years(stated_under) \
        and (measure == "change" or accumulated(sent, q, clause, measure, stated_under))
    if over_years or stated_under is not None and season_after(sent, stated_under):
        return ""  # (“十四五”期间…增长超两倍: a change over the years, of no one year)
    if stated_under is not None and span_of_days(stated_under):
        return ""  # 10月31日至11月6日，…新增病例40万例: the span's total, of no one day (nor of the day it ends)
    if stated_under is not None and year_so_far(stated_under, ctx.reference_date):
        return so_far_date(sent, ctx, q, dates, stated_under) or time_of_clause(sent, dates, q, clause, ctx.reference_date)
    if stated_under is not None and stated_under.attr("role") == "since" and ctx.document.genre == "work_report" \
            and ctx.reference_date[:4].isdigit():  # (“十四五”以来…比重达到30%: as of the review's end, not the page's date)
        return "" if reviews_years(sent, ctx) else str(int(ctx.reference_date[:4]) - 1)
    found = time_of_clause(sent, dates, q, clause, ctx.reference_date)
    if not found and ctx.role(sent) == "review" and ctx.document.genre == "work_report" and ctx.reference_date[:4].isdigit() \
            and not reviews_years(sent, ctx):
        return str(int(ctx.reference_date[:4]) - 1)  # a work report reviews the year before it
    return found


PERIOD_QUALIFIER = re.compile(r"(?!时期|期间|末|以来|期末|规划)[\u4e00-\u9fff]")  # after a quoted plan period: a kind


YEARS = r"(?:(?<!\d)\d{1,2}|[一二三四五六七八九十两几多]+)年"  # a number of years (5年, 十年, 多年; not 2022年)
YEARS_SPAN = re.compile(rf"(?:过去|近|最近){YEARS}|{YEARS}(?:来|以来|间|里)")  # (过去5年, 十年来; not 2022年以来)
YEARS_RUNNING = re.compile(rf"连续{YEARS}")  # (…，连续4年投资超1万亿元: each of the years)


def span_of_days(d: Mention) -> bool:
    """A date mention from one day to another that does not start a year (10月31日至11月6日, 1月1日至3日; not
    1月1日至3月31日, which is the year so far)."""
    until = d.attr("until")
    return bool(until) and len(d.key) == 10 and len(until) == 10 and d.attr("role") == "period" \
        and (not d.key.endswith("-01-01") or until[:7] == d.key[:7])


def season_after(sent: Sentence, d: Mention) -> bool:
    """A year followed by a season or holiday (今年春运, 2024年暑期档, 今年“三夏”): what is said is of the season,
    which the year does not date."""
    if not re.fullmatch(r"\d{4}", d.key) or d.attr("until"):
        return False
    after = sent.text[d.end - sent.start:d.end - sent.start + 6].lstrip("“\"的")
    return after.startswith(words("measures", "season_words"))


def so_far_date(sent: Sentence, ctx: Context, q: Mention, dates: list[Mention], this_year: Mention) -> str:
    """The date of what this year has reached so far: the day it is as of (截至6月30日，今年…已达800亿件), or the
    document's (今年…已突破…; 今年…旅客突破2000万人次; 今年…自3月15日入汛以来…); "" when the sentence does not say so far."""
    marks = [d for d in dates if d.attr("role") in ("asof", "since") and d.end <= q.start and d.key[:4] == this_year.key]
    if marks and marks[-1].attr("role") == "asof":
        return marks[-1].key
    between = sent.text[this_year.end - sent.start:q.start - sent.start]
    crossing = (between + words_before_number(q)).rstrip(" 了").endswith(words("measures", "so_far_verbs"))
    so_far = crossing or any(w in between for w in words("measures", "so_far_words"))
    return ctx.reference_date if marks or so_far else ""


def year_so_far(d: Mention, reference: str) -> bool:
    """A bare 今年, or the year written out (2026年), in a document dated within that year (the year is not over)."""
    written = d.text.strip()
    return (written in words("measures", "this_year_words") or re.fullmatch(r"\d{4}年", written) is not None) \
        and len(reference) > 4 and d.key == reference[:4] and not d.attr("until")


def accumulated(sent: Sentence, q: Mention, clause: Clause, measure: str, period: Mention | None = None) -> bool:
    """A count of what was done over a period (累计培育4162家, 共制定269项) or an amount that flows (经费筹集额达到…),
    not a stock or a rate at its end: the verb in the figure's clause, or between the ``period`` and the figure
    (“十四五”期间，累计培育甲527家，乙16260家), or an amount's head right before the number."""
    start = min(clause.start, period.end - sent.start) if period is not None else clause.start
    lead = sent.text[start:q.start - sent.start] + words_before_number(q)
    flow = pattern("measures:amount_heads", "(?:{})(?:达到|达|为|超过|超|突破|约|近)?$").search(lead) is not None
    return measure == "level" and q.attr("unit") not in COUNT_FREE_UNITS and (flow or any(
        w in lead for w in (*words("measures", "addition_verbs"), *words("measures", "accumulation_cues"))))


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
    period = paragraph_period(sent, ctx)
    return period == "years" or not period and section_period(sent, ctx) == "years"


def section_period(sent: Sentence, ctx: Context) -> str:
    """"year" or "years": what the latest paragraph of the review section (the sentence's own or an
    earlier one) whose first sentence names the reviewed year or several years names (“十四五”时期是…的五年。
    then paragraphs of the five years' results; 一年来，… then the year's); "" when none does."""
    section = next((p for p in ctx.parts_of(sent) if p.kind == "section"), None)  # the outermost: 一、…工作回顾
    if section is None:
        return ""
    text = ctx.document.text
    reviewed = str(int(ctx.reference_date[:4]) - 1) if ctx.reference_date[:4].isdigit() else ""
    end = sent.end  # (the sentence's own paragraph first: 过去一年，… after a paragraph of five years)
    while end > section.start:
        start = text.rfind("\n", 0, end) + 1
        i = ctx.index_of(start)
        first = ctx.sentences[i].text if i >= 0 else ""
        years = [first.find(w) for w in words("measures", "multi_year_cues") if w in first]
        year = one_year_cue().search(first)
        if year and year.group()[:1].isdigit() and year.group()[:4] != reviewed:
            year = None  # (2023年6月…: an event of one of the years)
        if year and (not years or year.start() < min(years)):
            return "year"
        if years:
            return "years"
        end = start - 1
    return ""


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
