"""Dates, periods and deadlines in Chinese policy text, resolved to ISO 8601.

``find_times(text, doc_date, offset)`` returns every time expression as a
``TimeExpr`` (value / until as precise as the text allows, a role, and whether
it was resolved against the document date).

Forms read
----------
* absolute: 2017年11月27日, 2017 年 11 月 27 日, 2018年7月(份), 2020年,
  2020年底/年末 (-> 2020-12), 2019年初 (-> 2019-01), 2021年上半年
  (-> 2021-01 .. 2021-06), 下半年, 2022年一季度 / 第一季度 / 前三季度,
  月底/月初/上旬/中旬/下旬 (month precision), 2021年度 (-> 2021),
  2022-05-14, 2022/5/14, 2022.05.14, 二〇二一年十二月三十日.
* month/day without a year (3月4日, 11月30日, 一季度, 上半年): the year of the
  nearest preceding year expression in the same call (explicit, or relative
  like 今年); else the document year (relative=True); with neither, the
  expression is returned with value "" and relative=True (callers drop "").
* relative against doc_date ("YYYY", "YYYY-MM", "YYYY-MM-DD"; relative=True):
  今年/本年, 去年/上年/上一年, 明年/下一年, 前年, 后年 (+ any suffix above:
  今年3月, 去年底, 今年上半年); 近日/日前/近期/当前/目前/现在/现阶段/今天/今日
  -> doc_date as is; 本月/当月, 上月/上个月, 下月/下个月 (need a month in
  doc_date). Without doc_date (or without the needed precision) value is "".
* periods (role "period"): 2018—2020年, 2018-2020年, 2018年—2020年,
  2018年至2020年, 2021年1-6月, 2021年1月至6月, “十四五” (the Nth five-year
  plan, computed: 3rd = 1966-1970, then every five years; 1st 1953, 2nd 1958).
  十四五期间/时期 likewise; 十四五末 -> its last year; 十四五以来 -> since.
* roles: 到/至/力争(到)/争取(到)/预计到/计划到 + time, or time + 前/以前/之前
  -> "deadline" (到/至 right after a verb of change, 提升至2021年的…, give "");
  截至/截止(到/至) -> "asof"; 自/从/自从 + time, or time + 以来/起/开始/至今/
  以后/之后 -> "since". The span covers the role words.
* Not read: 2021年版 (edition of a title), bare years without 年 (except in
  ranges with a dash and ISO dates), durations (近3年, 三年), 当年.

Quarters and half-years are plain expressions (role "") with ``until``.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Iterable

from .records import TimeExpr

__all__ = ["find_times", "resolve_date", "most_precise", "period_of", "plan_years"]

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_HAS_FULLWIDTH = re.compile("[０-９．]")  # translate only texts that need it
_SP = r"[ \t\u3000\xa0]*"
_CN_D = {"〇": 0, "零": 0, "○": 0, "O": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
         "六": 6, "七": 7, "八": 8, "九": 9}

_YEAR_AR = r"(?<![0-9.])(?:19|20)[0-9]{2}(?![0-9])"
_YEAR_CN = r"[一二][〇零○O0一二三四五六七八九]{3}"  # (二O二三: a Latin O or a digit typed for 〇)
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_QUARTER = r"第?[一二三四1-4]季度|前[二两三]季度|[上下]半年"
_MSUF = r"底|末|初|上旬|中旬|下旬"
_REL_YEAR = r"今年|本年|去年|(?<![以之])上一?年|明年|下一年|(?<![以之])前年|(?<![以之最])后年"
_REL_DAY = (r"近日|(?<![节假作止期])日前|近期|(?<![相适])当前|目前|(?<![体表实出发])现在|现阶段|今天|今日|"
            r"本月|当月|(?<![以])上个?月|下个?月")
_DASH = r"—|–|－|-|~|～|〜"
_SEP = rf"{_DASH}|至|到"

_PRE = r"截止到|截止至|截至|截止|力争到|力争在|力争|争取到|争取|预计到|计划到|自从|到|至|自|从"
_PRE_ROLE = {"截止到": "asof", "截止至": "asof", "截至": "asof", "截止": "asof",
             "自从": "since", "自": "since", "从": "since"}
_POST = (r"以来|以后|之后|起(?!草|步|点|源)|开始|至今|以前|之前|(?:前|头)(?=\s*[\d一二两三四五六七八九十]{1,3}\s*个?月)"
         r"|前(?![后三两二一四年])")  # (今年前两个月, 头两个月: the first months of the year)
_POST_ROLE = {"以来": "since", "以后": "since", "之后": "since", "起": "since",
              "开始": "since", "至今": "since", "以前": "deadline", "之前": "deadline",
              "前": "deadline", "头": "deadline"}
_SINCE_EVENT_RE = re.compile(r"[\u4e00-\u9fff“”]{2,14}?以来")  # (a time, an event at it and 以来)
_CHANGE_VERB_END = set("升高长加降低大小少达展增减扩缩延推复")
_BASE_AFTER = re.compile(r"同期|的?水平")  # (恢复到2019年同期的80%: a base to compare with, no deadline)

# the suffix after a year: month (+ day | month suffix | month range), or a
# year suffix
_YSUFFIX = (
    rf"(?:{_SP}(?P<m>{_MONTH}){_SP}(?:(?:{_DASH}|至){_SP}(?P<m_end>{_MONTH}){_SP})?月份?"
    rf"(?:{_SP}(?P<d>{_DAY}){_SP}[日号]|(?P<msuf>{_MSUF}))?"
    rf"|(?P<ysuf>年底|年末|年初|底|末|初|{_QUARTER}|全年|年度|年内|度))?"
)
# every character a match of _TIME_RE can start with (the first characters of
# _PRE and of each alternative) ...
_TIME_FIRST_CJK = "截力争预计自到至从“\"十一二三四今本去上明下前后第近日当目现"
# ... and where a digit can start one: not inside a number (every alternative
# starting with a digit has (?<![0-9.]), except the quarter "3季度")
_TIME_START = rf"(?=[{_TIME_FIRST_CJK}0-9])(?=[{_TIME_FIRST_CJK}]|(?<![0-9.])[0-9]|[1-4]季)"
_TIME_RE = re.compile(
    # the lookaheads let the regex engine skip quickly over the positions no
    # match can start at
    rf"{_TIME_START}"
    rf"(?:(?P<pre>{_PRE}){_SP})?"
    rf"(?:"
    rf"(?P<iso>(?P<iy>{_YEAR_AR})(?P<isep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=isep)(?P<id>3[01]|[12][0-9]|0?[1-9])(?![0-9]))"
    rf"|(?P<ry1>{_YEAR_AR}){_SP}(?P<rsep>{_SEP}){_SP}(?P<ry2>{_YEAR_AR})(?P<ry2nian>{_SP}年(?!版))?"
    rf"|(?P<plan>[“\"]?(?<![一二三四五六七八九十百])十(?P<pn>[一二三四五六七八九])五(?![一二三四五六七八九十年个])[”\"]?"
    rf"(?P<psuf>期间|时期|末期|末|以来)?)"
    rf"|(?:(?P<ya>{_YEAR_AR}|{_YEAR_CN}){_SP}年|(?P<yr>{_REL_YEAR})){_YSUFFIX}"
    rf"|(?P<q>{_QUARTER})"
    rf"|(?<![\u4e00-\u9fff])前(?P<fm>1[01]|[1-9]|十一|[两二三四五六七八九十])个月"  # (前10个月，: this year's first months)
    rf"|(?<![0-9.])(?P<m2>1[0-2]|0?[1-9]){_SP}(?:(?:{_DASH}|至){_SP}(?P<m2_end>1[0-2]|0?[1-9]){_SP})?月份?"
    rf"(?:{_SP}(?P<d2>3[01]|[12][0-9]|0?[1-9]){_SP}[日号]|(?P<msuf2>{_MSUF}))?"
    rf"|(?<![0-9.月近续每前后第共满余多几])(?P<d3>3[01]|[12][0-9]|[1-9]){_SP}日(?![内均游里间])"  # (1日晚, 截至19日10时)
    rf"|(?P<rel>{_REL_DAY})"
    rf")"
    rf"(?P<post>{_POST})?"
)
# something every match of _TIME_RE contains (a digit; 年 of a year, 季 of a
# quarter, 五 of 十四五, 月 of 本月 …; a day word): texts without any have no
# time expression
_TIME_CORE_RE = re.compile(r"[0-9年季月五]|近日|日前|近期|当前|目前|现在|现阶段|今天|今日")
_RANGE_SEP_RE = re.compile(rf"{_SP}(?:{_SEP}){_SP}")
_VERSION_RE = re.compile(rf"{_SP}版")
_NIAN_BAN_RE = re.compile(rf"{_SP}年{_SP}版")


def _cn_int(s: str) -> int:
    """Small Chinese or Arabic integers: 3, 03, 十二, 二十三, 三十一; 二〇二一."""
    if s.isdigit() and s.isascii():
        return int(s)
    if "十" not in s:
        return int("".join(str(_CN_D[c]) for c in s))
    left, _, right = s.partition("十")
    return (_CN_D[left] if left else 1) * 10 + (_CN_D[right] if right else 0)


def plan_years(n: int) -> tuple[int, int]:
    """First and last year of the Nth five-year plan (1st 1953-57, 2nd 1958-62,
    3rd 1966-70 after the 1963-65 adjustment, then every five years)."""
    if n <= 2:
        first = 1953 + 5 * (n - 1)
    else:
        first = 1966 + 5 * (n - 3)
    return first, first + 4


@lru_cache(maxsize=256)
def _parse_doc_date(doc_date: str) -> tuple[int | None, int | None, int | None]:
    m = re.match(r"\s*([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?", doc_date or "")
    if not m:
        return None, None, None
    y, mo, d = m.groups()
    return int(y), int(mo) if mo else None, int(d) if d else None


@lru_cache(maxsize=256)
def _doc_iso(doc_date: str) -> str:
    """The document date as precise as it is given ("" without a year)."""
    dy, dm, dd = _parse_doc_date(doc_date)
    return (_ymd(dy, dm, dd) if dd else _ym(dy, dm) if dm else f"{dy:04d}") if dy else ""


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _ymd(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _quarter(q: str) -> tuple[int, int]:
    """Months covered by 一季度 / 第三季度 / 前三季度 / 上半年 / 下半年."""
    if q == "上半年":
        return 1, 6
    if q == "下半年":
        return 7, 12
    n = q.lstrip("第前").replace("季度", "")
    k = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}.get(n) or int(n)
    if q.startswith("前"):
        return 1, 3 * k
    return 3 * k - 2, 3 * k


def _with_suffix(y: int, m: re.Match, mg: str, mendg: str, dg: str, msufg: str,
                 ysuf: str | None) -> tuple[str, str] | None:
    """value, until for a year plus the matched suffix groups."""
    mon = m.group(mg)
    if mon:
        mo = _cn_int(mon)
        if not 1 <= mo <= 12:
            return None
        if mendg and m.group(mendg):
            mo2 = _cn_int(m.group(mendg))
            if not mo < mo2 <= 12:
                return None
            return _ym(y, mo), _ym(y, mo2)
        day = m.group(dg)
        if day:
            d = _cn_int(day)
            if not 1 <= d <= calendar.monthrange(y, mo)[1]:
                return None
            return _ymd(y, mo, d), ""
        return _ym(y, mo), ""
    if ysuf:
        if ysuf in ("年底", "年末", "底", "末"):
            return _ym(y, 12), ""
        if ysuf in ("年初", "初"):
            return _ym(y, 1), ""
        if ysuf in ("全年", "年度", "年内", "度"):
            return f"{y:04d}", ""
        a, b = _quarter(ysuf)
        return _ym(y, a), _ym(y, b)
    return f"{y:04d}", ""


def _shift_month(y: int, mo: int, k: int) -> tuple[int, int]:
    i = y * 12 + (mo - 1) + k
    return i // 12, i % 12 + 1


_FIRST_MONTHS_RE = re.compile(r"\s*([\d一二两三四五六七八九十]{1,3})\s*个?月")


def find_times(text: str, doc_date: str = "", offset: int = 0) -> list[TimeExpr]:
    """Every time expression in ``text``, in order, resolved to ISO strings."""
    if not text:
        return []
    src = text
    if _HAS_FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH)
    if not _TIME_CORE_RE.search(text):
        return []
    dy, dm, dd = _parse_doc_date(doc_date)
    doc_iso = _doc_iso(doc_date)
    ctx_year: int | None = None  # year of the last year expression in this text
    ctx_rel = False
    out: list[TimeExpr] = []
    pos = 0
    search = _TIME_RE.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        pos = m.end()
        g = m.group
        value = until = role = ""
        relative = False
        end = m.end()
        if g("iso"):
            y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
            if d > calendar.monthrange(y, mo)[1]:
                continue
            value = _ymd(y, mo, d)
            ctx_year, ctx_rel = y, False
        elif g("ry1"):
            y1, y2 = int(g("ry1")), int(g("ry2"))
            if not g("ry2nian") and g("rsep") in ("至", "到"):
                pos = m.start("ry1") + 4
                continue
            if _VERSION_RE.match(text, m.end("ry2")):
                continue
            if not y1 < y2 <= y1 + 50:
                pos = m.start("ry1") + 4
                continue
            value, until, role = str(y1), str(y2), "period"
            ctx_year, ctx_rel = y2, False
        elif g("plan"):
            first, last = plan_years(10 + _cn_int(g("pn")))
            psuf = g("psuf") or ""
            if psuf in ("末", "末期"):
                value = str(last)
            elif psuf == "以来":
                value, role = str(first), "since"
            else:
                value, until, role = str(first), str(last), "period"
        elif g("ya") or g("yr"):
            if g("ya"):
                if not g("m") and not g("ysuf") and _NIAN_BAN_RE.match(text, m.end("ya")):
                    continue  # 2021年版: an edition, not a time
                ya = g("ya")
                y = int(ya) if ya.isdigit() else _cn_int(ya)
                ctx_year, ctx_rel = y, False
            else:
                relative = True
                if dy is None:
                    y = None
                else:
                    w = g("yr")
                    k = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1,
                         "明年": 1, "下一年": 1, "前年": -2, "后年": 2}[w]
                    y = dy + k
                    if not text.startswith("同期", m.end()):  # (上年同期…，上半年: a base, not this text's year)
                        ctx_year, ctx_rel = y, True
            if y is not None:
                r = _with_suffix(y, m, "m", "m_end", "d", "msuf", g("ysuf"))
                if r is None:
                    continue
                value, until = r
                if g("m_end"):
                    role = "period"
        elif g("q") or g("m2") or g("fm"):
            # no year in the expression: context year, else the document year
            if ctx_year is not None:
                y, relative = ctx_year, ctx_rel
            elif dy is not None:
                y, relative = dy, True
            else:
                y, relative = None, True
            if y is not None:
                if g("q"):
                    a, b = _quarter(g("q"))
                    value, until = _ym(y, a), _ym(y, b)
                elif g("fm"):
                    n = _cn_int(g("fm").replace("两", "二"))
                    if relative and y == dy and dm is not None and n > dm:
                        y -= 1  # (前11个月 in January: last year's)
                    value, until, role = _ym(y, 1), _ym(y, n), "period"
                else:
                    r = _with_suffix(y, m, "m2", "m2_end", "d2", "msuf2", None)
                    if r is None:
                        continue
                    value, until = r
                    if g("m2_end"):
                        role = "period"
        elif g("d3"):
            if dy is None or dm is None or dd is None:
                continue  # (a day of no month the document dates)
            day = int(g("d3"))
            y, mo = (dy, dm) if day <= dd else _shift_month(dy, dm, -1)  # (the last such day up to the document's)
            if day > calendar.monthrange(y, mo)[1]:
                continue
            value, relative = _ymd(y, mo, day), True
        elif g("rel"):
            relative = True
            w = g("rel")
            if w in ("本月", "当月", "上月", "上个月", "下月", "下个月"):
                if dy is not None and dm is not None:
                    k = 0 if w in ("本月", "当月") else (-1 if w.startswith("上") else 1)
                    value = _ym(*_shift_month(dy, dm, k))
            else:
                value = doc_iso
        # a range to a second time expression: "2018年至2020年", "1月至6月"
        if value and role != "period" and not g("post") and (g("pre") or "") in ("", "自", "从", "自从"):
            rs = _RANGE_SEP_RE.match(text, end)
            if rs:
                m2 = _TIME_RE.match(text, rs.end())
                if m2 and not m2.group("pre") and not m2.group("rel"):
                    sub = find_times(text[rs.end():m2.end()], doc_date or "")
                    if ctx_year is not None and (m2.group("m2") or m2.group("q")):
                        sub = find_times(f"{ctx_year}年" + text[rs.end():m2.end()], doc_date)
                    if m2.group("d3") and len(value) == 10:  # (3日至5日: days of the first one's month)
                        sub = find_times(f"{value[:4]}年{int(value[5:7])}月" + text[rs.end():m2.end()], doc_date)
                    if sub and sub[0].value and (sub[0].until or sub[0].value) > value:
                        until = sub[0].until or sub[0].value
                        role = "period"
                        relative = relative or sub[0].relative
                        end = m2.end()
                        pos = end
                        y2 = (sub[0].until or sub[0].value)[:4]
                        ctx_year = int(y2)
        # role words: the span covers them when they give the role
        start = m.start()
        pre = g("pre") or ""
        post = (g("post") or "") if end == m.end() else ""
        if pre and role != "period":
            if pre in _PRE_ROLE:
                role = _PRE_ROLE[pre]
                if role == "since" and text.startswith("的", end):
                    role = ""  # 从2019年的41.2%提升至…
            elif pre in ("到", "至"):
                before = text[m.start() - 1] if m.start() else ""
                role = "" if before in _CHANGE_VERB_END or _BASE_AFTER.match(text, end) else "deadline"
            else:
                role = "deadline"
            if not role:
                start = m.start("pre") + len(pre)
                while start < end and text[start] in " \t\u3000\xa0":
                    start += 1
        if post and not role:
            role = _POST_ROLE[post]
            first = _FIRST_MONTHS_RE.match(text, end)
            if role == "deadline" and post in ("前", "头") and first and value[:4].isdigit() and len(value) == 4:
                months = int(first.group(1)) if first.group(1).isdigit() else _cn_int(first.group(1))
                if 1 <= months <= 12:  # 今年前10个月: the first months of the year, not a deadline
                    value, until, role, end = _ym(int(value), 1), _ym(int(value), months), "period", first.end()
                    pos = end
            elif role == "deadline" and dy is not None and value[:4].isdigit() and int(value[:4]) < dy:
                role = ""  # 2005年以前: a time before a past year is no deadline
        if role == "deadline" and g("rel"):
            role = ""  # 到今天: now is no deadline
        if role == "deadline" and g("d3"):
            role = "asof"  # (自7月1日…启动至15日，…累计…: a day of the month told is one passed)
        if not role and not pre and _SINCE_EVENT_RE.match(text, end):
            role = "since"  # 去年12月某某开园以来: what has accumulated since that event
        out.append(TimeExpr(start=offset + start, end=offset + end, text=src[start:end],
                            value=value, until=until, role=role, relative=relative))
    return out


def resolve_date(text: str, doc_date: str = "") -> str:
    """The value of the first time expression in ``text`` that resolves, or ""."""
    for t in find_times(text, doc_date):
        if t.value:
            return t.value
    return ""


def most_precise(dates: Iterable[str]) -> str:
    """The most precise ISO value (day > month > year); ties -> the earliest."""
    best = ""
    for d in dates:
        if not d:
            continue
        if not best or d.count("-") > best.count("-") or (
                d.count("-") == best.count("-") and d < best):
            best = d
    return best


def period_of(iso: str) -> tuple[str, str]:
    """First and last day of a year, month or day: "2020-02" -> ("2020-02-01", "2020-02-29")."""
    parts = iso.split("-")
    if not iso or not parts[0].isdigit():
        raise ValueError(f"not an ISO date: {iso!r}")
    y = int(parts[0])
    if len(parts) == 1:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    mo = int(parts[1])
    if len(parts) == 2:
        return _ymd(y, mo, 1), _ymd(y, mo, calendar.monthrange(y, mo)[1])
    return iso, iso
