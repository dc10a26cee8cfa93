"""Numbers, units and comparators in Chinese policy text.

``parse_number`` turns Arabic, Chinese and mixed numerals into a ``Decimal``;
``find_quantities`` finds every quantity in a piece of text ("超过7600万台（套）"
-> Quantity(value=76000000, unit="台套", comparator=">")).

Design notes
------------
* Pure functions over plain strings, stdlib only. Regexes are compiled once.
  ``find_quantities`` jumps from one numeral candidate to the next with a
  compiled regex and examines only a few characters around each candidate, so
  the cost grows with the number of numerals, not with per-character Python.
* Values are in base units: multipliers (十 百 千 万 十万 百万 千万 亿 十亿 百亿
  千亿 万亿) are applied, the unit keeps only the measure word
  (1.42万亿元 -> 1420000000000 元; 70亿 -> 7000000000, unit "").
  三成 -> 30 "%"; 5个百分点 -> 5 "百分点".
* Comparator words belong to the span: "超过7600万台（套）" is the span text.
  Words before the number (超过 > / 不少于 >= / 达到 = / 近 ~ / 不到 < /
  不超过 <= …) and after it (以上 >= / 多, 余 > / 左右 ~ / 以下, 以内 <=).
  When several are present the first one that is not "=" wins, in the order
  before-word, vague prefix (数百 >, 上千 >=), 多/余, after-word.
* Ranges "3至5个", "40-50%", "3～5家", "3万至5万元", "三到五个": value is the
  lower bound, ``upper`` the upper one. A lower bound without multiplier takes
  the upper bound's ("3至5万元" -> 30000 .. 50000). Two numbers with different
  units, or a falling pair ("5%至3%"), are not a range.
* What is NOT a quantity: years and dates (anything followed by 年 月 日 号 季
  …, ISO dates) — see ``policykg.time``; ordinals (第三次); numbers glued to
  Latin letters (5G, 4K/8K, IPv6, 3D, B2B, G60); bare numbers without unit,
  multiplier or comparator ("512工程", "图 7", "表2", "1." list numbering,
  phone numbers, footnotes); Chinese numerals not followed by a measure word,
  成 or 大 (一是, 一体化, 两化, 十四五, 千行百业, 一盘棋); a lone 一 before a
  measure word ("一个重要基石", "一批") except 一倍; bare 万/千/百 without a
  digit unless a comparator or 余/多 goes with them ("近万家", "百余个" count,
  "千人计划" does not); rates' denominators after 每 or "/" (每万人, 吨/万元);
  a few numeral idioms (千家万户, 三次产业, 两个一百年 …); magnitude classes
  "百万级", "千万级" (not a quantity at all: no comparator fits them).
* "十大跨行业平台", "四大发展路径": value 10 / 4, unit "", the span is the
  numeral only ("十").
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .lexicon import alternation, rules
from .records import Quantity

__all__ = [
    "COMPARATOR_WORDS",
    "PRE_COMPARATORS",
    "POST_COMPARATORS",
    "UNITS",
    "find_quantities",
    "parse_number",
]

# --------------------------------------------------------------------------
# character normalisation (1:1, so offsets are kept)

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％～", "0123456789.%~")
_HAS_FULLWIDTH = re.compile("[０-９．％～]")  # translate only texts that need it

_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_SMALL_UNITS = (("千", 1000), ("百", 100), ("十", 10))
_BIG_UNITS = (("亿", 10 ** 8), ("万", 10 ** 4))

_ARABIC_FULL = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")

# --------------------------------------------------------------------------
# comparators

PRE_COMPARATORS: dict[str, str] = {
    "超过": ">", "超出": ">", "超": ">", "逾": ">", "突破": ">", "高于": ">",
    "大于": ">", "多于": ">", "迈过": ">", "跨过": ">",
    "迈上": ">=", "跃上": ">=", "站上": ">=", "登上": ">=",  # (迈上6万亿元台阶: the step passed, at least)
    "不少于": ">=", "不低于": ">=", "至少": ">=", "最少": ">=", "不小于": ">=",
    "至少有": ">=", "最少有": ">=",  # (至少有50人被捕)
    "达到": "=", "达": "=", "为": "=", "是": "=", "实现": "=",
    "提高": "=", "提升": "=", "增长": "=", "增加": "=", "上升": "=",
    "下降": "=", "降低": "=", "减少": "=",
    "提高到": "=", "提高至": "=", "提升到": "=", "提升至": "=", "增至": "=", "升至": "=",
    "降至": "=", "下降至": "=", "降低至": "=", "降低到": "=",
    "近": "~", "约": "~", "约为": "~", "大约": "~", "接近": "~", "将近": "~",
    "近乎": "~", "大概": "~",
    "不到": "<", "不足": "<", "低于": "<", "少于": "<", "小于": "<", "未满": "<",
    "不超过": "<=", "不高于": "<=", "最多": "<=", "不多于": "<=", "不大于": "<=",
}
POST_COMPARATORS: dict[str, str] = {
    "及以上": ">=", "以上": ">=", "多": ">", "余": ">", "几": ">", "有余": ">",
    "左右": "~", "上下": "~", "以下": "<=", "以内": "<=", "之内": "<=",
    "之多": "=",
}
#: every comparator word, before or after the number, with its comparator
COMPARATOR_WORDS: dict[str, str] = {**POST_COMPARATORS, **PRE_COMPARATORS}

_VAGUE_PREFIX = {"数": ">", "几": ">", "上": ">="}

# --------------------------------------------------------------------------
# units: surface form -> normalised unit

UNITS: dict[str, str] = dict(rules("quantities")["units"])  # ontology/rules/quantities.yaml
_ARABIC_ONLY_UNITS = frozenset(rules("quantities")["arabic_only_units"])
# "成" (tenths, -> %) and "大" (十大, 四大) are handled specially
_UNIT_ALT = alternation(UNITS)  # (a trie, matching as the flat list longest first would, faster)
_SIMPLE_UNITS = [u for u in UNITS if "/" not in u and "（" not in u and "(" not in u]
_SIMPLE_ALT = alternation(_SIMPLE_UNITS)

_SP = r"[ \t\u3000\xa0]*"
_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿"
_ARABIC = r"[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?"
_CNNUM = f"[{_CN_CHARS}]+"
_MULT = r"万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦克米伏帕焦兆])|百(?!分)"
_CHENG = r"成(?!员|本|果|效|为|立|熟|功|都|型|品|就|长|交|绩|套|片|链|网|规模|体系)"
_POST2 = r"及以上|以上|以下(?!简称)|以内|之内|左右|上下(?!游|级|联动|文|层|同心|一体)|之多|有余"

# numeral candidates; a lone 一 only when it is part of a longer numeral or
# goes with 倍
_NUM_RE = re.compile(
    # the lookahead lets the regex engine skip quickly over the characters no
    # numeral can start with
    rf"(?=[0-9数几上{_CN_CHARS}])"
    rf"(?:(?P<pct>百分之(?P<pctnum>{_ARABIC}|{_CNNUM}))"
    rf"|(?P<ar>{_ARABIC})"
    rf"|(?P<cn>(?P<vague>[数几上](?=[十百千万亿]))?"
    rf"(?!一(?![{_CN_CHARS}倍]))[{_CN_CHARS}]+))"
)
_PERIODS = r"月|年|日|天|周|季度|小时"  # a rate's period after "/" (842元/月, 3次/周)
_TAIL_RE = re.compile(
    rf"{_SP}(?P<p1>余|多|几)?(?P<mult>{_MULT})?(?P<p1b>余|多|几)?{_SP}"
    rf"(?:(?P<unit>(?:{_UNIT_ALT})(?:[/／](?:(?:{_MULT})?(?:{_SIMPLE_ALT})|{_PERIODS}))?(?![A-Za-z]))"
    rf"|(?P<cheng>{_CHENG})|(?P<da>大(?![型量幅力规部多批])))?"
)
_POST2_RE = re.compile(rf"{_SP}(?P<post2>{_POST2})")
_RANGE_RE = re.compile(
    rf"{_SP}(?:至|到|-|—|–|－|~|〜|～){_SP}(?:(?P<ar>{_ARABIC})|(?P<cn>[{_CN_CHARS}]+))"
)
_PRE_WORDS = "|".join(sorted(PRE_COMPARATORS, key=len, reverse=True))
_PRE_FIRST = "".join(sorted({w[0] for w in PRE_COMPARATORS}))
_SHARE_APPROX = re.compile(r"(?:约|大约|近)占[^，。；,;\d]{0,12}$")
_PRE_RE = re.compile(rf"(?=[{_PRE_FIRST}])(?:(?:{_PRE_WORDS})了?{_SP}){{1,2}}$")
_PRE_WORD_RE = re.compile(_PRE_WORDS)
_TIME_AFTER_RE = re.compile(rf"{_SP}(?:[年月日号季时点]|[-/.．][0-9])")
_IDIOM_RE = re.compile(
    "千家万户|千行百业|万物互联|万众创新|千方百计|百花齐放|三次产业|一二三产业|"
    "两个一百年|两个维护|两个确立|四个意识|四个自信|四个全面|五位一体|三个代表|"
    "十四五|十三五|十二五|十五五|十一五|百万级|千万级|亿级|万亿级|千亿级|百亿级|"
    "十万级|万级|千级|百级|成千上万|成百上千|千千万万|万无一失|一二线|三四线|"
    "十六大|十七大|十八大|十九大|二十大|二人转|二套房|三套房|二套住房"
)
_SIGNED_UNITS = ("℃", "%", "百分点")  # units a minus sign is written before
_PER_TIME: dict[str, str] = dict(rules("quantities")["per_time"])  # 每秒 before a volume: a flow
_FLOW_UNITS = frozenset(rules("quantities")["flow_units"])
_BELOW_ZERO = {">": "<"}  # 零下40多度 is below -40 (零下5℃以下 already reads on the scale)
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_PLAN_RE = re.compile(r"十[一二三四五六七八九]五")


# --------------------------------------------------------------------------
# parse_number


MAX_EXPONENT = 24  # the largest power of ten a value may reach (a value of 1e25 or more is no figure of any document)


def _clean(d: Decimal) -> Decimal:
    """Canonical form: integral values without exponent or trailing zeros."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def _core(s: str) -> Decimal:
    """Parse a numeral made of Arabic digits, Chinese digits and 十百千万亿."""
    if not s:
        raise ValueError("empty numeral")
    if _ARABIC_FULL.fullmatch(s):
        return Decimal(s.replace(",", ""))
    if all(c in _CN_DIGITS for c in s):
        if len(s) == 1:
            return Decimal(_CN_DIGITS[s])
        if "两" in s or len(s) == 2 and 0 < _CN_DIGITS[s[0]] and _CN_DIGITS[s[1]] == _CN_DIGITS[s[0]] + 1:
            raise ValueError(s)  # (五六岁, 三四个: five or six, not 56)
        return Decimal("".join(str(_CN_DIGITS[c]) for c in s))
    for units in (_BIG_UNITS, _SMALL_UNITS):
        for ch, mul in units:
            i = s.rfind(ch) if units is _BIG_UNITS else s.find(ch)
            if i < 0:
                continue
            left, right = s[:i], s[i + 1:]
            lv = _core(left) if left else Decimal(1)
            if left and not _ARABIC_FULL.fullmatch(left):
                limit = (10 ** 8 if ch == "亿" else 10 ** 4) if units is _BIG_UNITS else 10
                if lv >= limit:
                    raise ValueError(s)
            if not right:
                rv = Decimal(0)
            elif right[0] in "零〇○":
                rv = _core(right.lstrip("零〇○"))
                if rv >= mul // 10:
                    raise ValueError(s)
            elif len(right) == 1 and right in _CN_DIGITS:
                rv = Decimal(_CN_DIGITS[right]) * (mul // 10)  # 一万二 = 12000
            else:
                rv = _core(right)
                if rv >= mul:
                    raise ValueError(s)
            return lv * mul + rv
    raise ValueError(s)


@lru_cache(maxsize=4096)
def _numeral_value(numeral: str) -> Decimal | None:
    """``_core(numeral)``, None when it is not a numeral (memoised: the same
    numerals come back all the time)."""
    try:
        return _core(numeral)
    except (ValueError, InvalidOperation):
        return None


_STRIP_PRE = re.compile(r"^(?:大约|将近|接近|超过|突破|约|近|逾|超|达|数|几|上(?=[十百千万亿]))")
_INNER_VAGUE = re.compile(r"(?<=[0-9十百千万亿零〇一二两三四五六七八九])(?:余|多|几|来)")


def parse_number(text: str) -> Decimal:
    """Arabic, Chinese and mixed numerals -> Decimal.

    "7600" -> 7600, "1.42万亿" -> 1420000000000, "一千二百" -> 1200,
    "百余" -> 100, "近万" -> 10000, "三成" -> 30 (percent), "1,234.5" -> 1234.5,
    "二〇二〇" -> 2020. Raises ValueError naming the text on failure."""
    s = text.translate(_FULLWIDTH).strip().replace(" ", "")
    s = _STRIP_PRE.sub("", s, count=1)
    s = _INNER_VAGUE.sub("", s)
    factor = Decimal(1)
    if s.endswith("成"):
        s, factor = s[:-1], Decimal(10)
    elif s.endswith("%"):
        s = s[:-1]
    if s.startswith("百分之"):
        s = s[3:]
    try:
        return _clean(_core(s) * factor)
    except (ValueError, InvalidOperation, KeyError):
        raise ValueError(f"not a number: {text!r}") from None


# --------------------------------------------------------------------------
# find_quantities


def _comparator(pre: str, vague: str, p1: str, post2: str) -> str:
    found = []
    if pre:
        words = _PRE_WORD_RE.findall(pre)
        found.extend(PRE_COMPARATORS[w] for w in words)
    if vague:
        found.append(_VAGUE_PREFIX[vague])
    if p1:
        found.append(POST_COMPARATORS[p1])
    if post2:
        found.append(POST_COMPARATORS[post2])
    for c in found:
        if c != "=":
            return c
    return "="


def _norm_unit(unit: str) -> str:
    unit = unit.replace("／", "/")  # (530万桶／日: a full-width slash)
    if "/" in unit and unit not in UNITS:
        num, _, den = unit.partition("/")
        return UNITS.get(num, num) + "/" + den
    return UNITS.get(unit, unit)


class _Part:
    """One numeral and what follows it (multiplier, 余/多, unit)."""

    __slots__ = ("kind", "s", "e", "num", "vague", "mult", "p1", "unit", "cheng", "da",
                 "end", "value")

    def __init__(self, text: str, kind: str, s: int, e: int, num: str, vague: str = ""):
        self.kind, self.s, self.e, self.num, self.vague = kind, s, e, num, vague
        t = _TAIL_RE.match(text, e)
        if kind == "cn" and not t.group("unit") and not t.group("cheng") and not t.group("mult") \
                and len(num) > 1 and num[-1] in "千百万":
            # "三千瓦", "三百分点": the last character starts the unit
            t2 = _TAIL_RE.match(text, e - 1)
            if t2.group("unit") and not t2.group("mult"):
                self.e, self.num, t = e - 1, num[:-1], t2
        mult, p1, p1b, unit, cheng, da = t.group("mult", "p1", "p1b", "unit", "cheng", "da")
        self.mult = mult or ""
        self.p1 = p1 or p1b or ""
        self.unit = unit or ""
        self.cheng = bool(cheng)
        self.da = bool(da)
        if self.da:
            self.end = self.e  # "十大": the span is the numeral only
        elif self.unit or self.cheng:
            self.end = t.end()
        else:
            # no unit: stop after the multiplier / 余 (not after trailing spaces)
            self.end = t.start("p1b") + 1 if p1b else (
                t.end("mult") if self.mult else (t.end("p1") if p1 else self.e))
        value = _numeral_value(self.num + self.mult)
        if value is not None and self.cheng:
            value *= 10
        self.value = value

    @property
    def has_unit(self) -> bool:
        return bool(self.unit or self.cheng or self.da)

    @property
    def unit_norm(self) -> str:
        if self.cheng:
            return "%"
        if self.da:
            return ""
        return _norm_unit(self.unit)


def _prev_index(text: str, i: int) -> int:
    """Index of the last non-blank character before ``i`` (-1 if none)."""
    i -= 1
    while i >= 0 and text[i] in " \t\u3000\xa0":
        i -= 1
    return i


def _part_ok(text: str, p: _Part, pre: str, post2: str) -> bool:
    """Is this single (non-range) part a quantity?"""
    if p.value is None:
        return False
    comp = any(w != "是" for w in _PRE_WORD_RE.findall(pre)) if pre else False
    if p.kind == "cn":
        n = p.num
        if _PLAN_RE.search(n):
            return False
        bare_mult = n[0] in "百千万亿" and not p.vague
        if bare_mult and not (comp or p.p1 or post2):
            return False
        if n == "一" and p.unit != "倍":
            return False
        if n[0] in "零〇○":
            return False  # 零部件, 〇
        if n == "二" and p.unit in ("次", "级", "类"):
            return False  # 二次开发, 二次能源: "secondary"
        if p.unit in _ARABIC_ONLY_UNITS:
            return False  # 三门核电: a place, not three of something
        if p.has_unit:
            return True
        # a Chinese numeral without unit: only 万/亿 amounts after a comparator
        return bool(("万" in n or "亿" in n) and comp and not _CJK_RE.match(text, p.end)) \
            and not _TIME_AFTER_RE.match(text, p.end)
    # Arabic
    if p.has_unit or p.kind == "pct":
        return True
    if _TIME_AFTER_RE.match(text, p.end):
        return False
    nxt = text[p.end:p.end + 1]
    if nxt and (nxt.isascii() and nxt.isalpha()):
        return False
    if p.mult:
        return True
    if not (comp or p.p1 or post2):
        return False
    return len(p.num.split(".")[0].replace(",", "")) <= 8


def _range_after(text: str, part: _Part) -> tuple[Decimal, _Part] | None:
    """(lower bound, upper part) when ``part`` starts a range ("3至5个",
    "3万至5万元", "40-50%"), else None."""
    if part.kind == "pct" or part.da:
        return None
    rm = _RANGE_RE.match(text, part.end)
    if not rm:
        return None
    kind2 = "ar" if rm.group("ar") else "cn"
    p2 = _Part(text, kind2, rm.start(kind2), rm.end(kind2), rm.group(kind2))
    if p2.value is None or _TIME_AFTER_RE.match(text, p2.end) or p2.da:
        return None
    u1, u2 = part.unit_norm, p2.unit_norm
    lower = part.value
    if not part.mult and p2.mult and not part.has_unit and part.kind == "ar":
        lower = _core(part.num + p2.mult)
    if (not part.has_unit or u1 == u2) and (part.has_unit or p2.has_unit or p2.mult) and lower < p2.value:
        return lower, p2
    return None


def _minus_before(text: str, at: int) -> bool:
    """A minus sign stands right before the number at ``at``, after a word (降至-52.3℃), not a dash
    after a number, a letter or a model's name (5-10℃, A-3)."""
    return at >= 1 and text[at - 1] in "-－−" and (at < 2 or not (text[at - 2].isascii() and text[at - 2] not in " ("))


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """All quantities in ``text``, in order; start/end are ``offset`` + position."""
    if not text:
        return []
    src = text
    if _HAS_FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH)
    m = _NUM_RE.search(text)
    if m is None:
        return []  # (most sentences: no number at all)
    idioms = [m.span() for m in _IDIOM_RE.finditer(text)]
    out: list[Quantity] = []
    pos = m.start()
    n = len(text)
    while pos < n:
        m = _NUM_RE.search(text, pos)
        if m is None:
            break
        s, e = m.span()
        pos = e
        if idioms and any(a <= s < b for a, b in idioms):
            continue
        prev = text[s - 1] if s else ""
        if prev and (prev.isascii() and (prev.isalnum() or prev in "._-/#@")) and m.group("ar"):
            if not (prev == "-" and s >= 2 and not text[s - 2].isascii()):
                continue
        j = _prev_index(text, s)
        p0 = text[j] if j >= 0 else ""
        if p0 and p0 in "第每/":
            continue
        if p0 == "图" or (p0 == "表" and (j == 0 or text[j - 1] in "见如附下上续" or not _CJK_RE.match(text[j - 1]))):
            continue  # figure / table numbers (but 代表3家 is a count)
        if m.group("pct"):
            part = _Part(text, "pct", m.start("pctnum"), m.end("pctnum"), m.group("pctnum"))
            part.unit, part.cheng, part.da, part.mult, part.p1 = "%", False, False, "", ""
            part.end = e
            try:
                part.value = _core(part.num)
            except (ValueError, InvalidOperation):
                continue
        elif m.group("ar"):
            if text.startswith(("年", "月"), e):
                continue  # a year or a month: no unit, multiplier or range starts with 年/月
            part = _Part(text, "ar", s, e, m.group("ar"))
        else:
            vague = m.group("vague") or ""
            part = _Part(text, "cn", m.start("cn") + len(vague), e, m.group("cn")[len(vague):], vague)
            if not part.num:
                continue
        if part.value is None:
            continue  # not a number: neither a range nor a quantity (see _part_ok)
        rng = _range_after(text, part)
        if rng is None and not part.has_unit and _TIME_AFTER_RE.match(text, part.end):
            continue  # a year or a date (policykg.time reads those)
        # comparator words before the number
        lo = max(0, s - 10)
        pm = _PRE_RE.search(text, lo, s) if s else None
        pre = pm.group(0) if pm else ""
        start = pm.start() if pm else s
        if not pre and _SHARE_APPROX.search(text, max(0, s - 16), s):
            pre = "约"  # (约占全国的九成: the share is about that)
        upper = None
        if rng is not None:
            lower, p2 = rng
            value, upper, unit, end = lower, p2.value, p2.unit_norm or part.unit_norm, p2.end
            if part.p1 and not p2.p1:
                p2.p1 = part.p1
            last = p2
        else:
            value, unit, end = part.value, part.unit_norm, part.end
            last = part
        pm2 = _POST2_RE.match(text, last.end)
        post2 = pm2.group("post2") if pm2 else ""
        if rng is None and not _part_ok(text, part, pre, post2):
            continue
        if rng is not None and last.kind == "cn" and part.kind == "cn" and not last.has_unit:
            continue
        if post2:
            end = pm2.end()
        comparator = _comparator(pre, part.vague, last.p1 if rng is None else part.p1 or last.p1, post2)
        per = next((w for w in _PER_TIME if text.endswith(w, 0, start)), "") if unit in _FLOW_UNITS else ""
        if per:  # (流量为每秒12000立方米: a flow, 立方米/秒)
            unit, start = f"{unit}/{_PER_TIME[per]}", start - len(per)
        if unit == "℃" and text.endswith("零下", 0, start):  # 零下40多摄氏度: below -40
            value, upper = (-upper, -value) if upper is not None else (-value, None)
            comparator, start = _BELOW_ZERO.get(comparator, comparator), start - 2
        elif unit in _SIGNED_UNITS and upper is None and value > 0 and _minus_before(text, s):
            value, start = -value, min(start, s - 1)  # 气温降至-52.3℃, 增速为-2.1%: a minus sign, not a dash
        if value.adjusted() > MAX_EXPONENT or upper is not None and upper.adjusted() > MAX_EXPONENT:
            pos = max(pos, end)
            continue  # (a number of 26 digits or more: that number's problem, not the sentence's)
        out.append(Quantity(
            start=offset + start, end=offset + end, text=src[start:end],
            value=_clean(value), unit=unit, comparator=comparator,
            upper=_clean(upper) if upper is not None else None,
        ))
        pos = max(pos, end)
    return out
