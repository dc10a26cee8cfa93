"""What a measured thing is: the units and money, the genres that set goals,
and whether an indicator names a thing that is measured (研发投入, 专精特新企业)
rather than an event, a place or a level (以军袭击加沙地带, 新建国家级)."""
from __future__ import annotations

import re
from decimal import Decimal

from ...lexicon import counties, memo, pattern, rules, vocabulary, words
from ...countries import countries
from ...nlp import word_tags
from ...records import Mention, Quantity
from .counted import GRADE
from .nouns import report_verbs_in

MONEY = ("元", "美元", "欧元", "日元", "港元", "英镑")
GOAL_GENRES = ("official", "work_report", "report", "interpretation")


def quantity_of(m: Mention) -> Quantity:
    upper = m.attr("upper")
    return Quantity(m.start, m.end, m.text, Decimal(m.attr("value")), m.attr("unit"), m.attr("comparator") or "=",
                    Decimal(upper) if upper else None)


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


SELF_SHARE = re.compile(r"(?P<whole>.{2,})占(?P=whole)")  # (固定资产投资占固定资产投资比重: a share of itself)
TOWNSHIP = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})(?:镇|乡|街道|管理区)")


def township(indicator: str) -> bool:
    """The indicator is a township's name alone (…、沙口镇3.2万亩: a town's share of a task), not a kind of township
    (农业产业强镇, 示范街道)."""
    found = TOWNSHIP.fullmatch(indicator)
    return found is not None and not found["name"].endswith(tuple(words("measures", "township_kinds")))


GLUED_FIGURE = re.compile(r"\d[\u4e00-\u9fff]{0,2}[（(]其中|\d(?:个|家|架|台|辆|座|处|所|条|艘)$")


@memo(maxsize=16384)
def plausible(indicator: str, unit: str, measure: str) -> bool:
    """An indicator that names a measured thing: no verb of an event or a report
    in it (以军袭击加沙地带), and — for a rate, a multiple, money or a bare number —
    a head that measures (…总值, …率, …收入, …投资, CPI); an event verb is
    allowed only before such a head (接待游客人次)."""
    if len(indicator) <= 2 and indicator not in words("measures", "short_indicators") or indicator in units() \
            or indicator in words("measures", "nameless_heads"):
        return False  # (金额, 居民, 日均, 贡献率; 公里 from 吨公里: no thing measured)
    if benefit_standard(indicator, unit):
        return False  # (亩均投入不低于2800元, 小麦每亩保险金额1050元: a measure's standard, an instrument's term)
    if indicator.endswith(words("measures", "applied_verbs")) or indicator.endswith(words("measures", "term_rates")):
        return False  # (地表水灌溉水价执行0.26元/立方米, 保险费率5%: the price or the term a rule sets, not a level reached)
    if unit in words("quantities", "not_measure_units") \
            or unit not in COUNT_FREE_UNITS and indicator.endswith(words("measures", "meta_heads")):
        return False  # (20周年; 约束性指标9项: a count of a plan's own indicators)
    if unit in words("measures", "count_classifiers") and unit != "个" \
            and indicator.endswith(words("measures", "rate_heads")):
        return False  # (下调1000多项商品进口税率: a count of what a rate is of; 6.7个、6.8个百分点 leaves 百分点 out)
    if re.search(r"[一二三四五六七八九十两百千万亿]{2,}$", indicator) and indicator.endswith(("千", "万", "亿")):
        return False  # (4个过五千亿、4个过千亿新兴产业: a size the things passed, not what is counted)
    if re.match(r"个(?![人体税性])", indicator):
        return False  # (5个省（区）完成投资额: the classifier of a count cut from its number; not 个人, 个体)
    if GRADE.fullmatch(indicator):
        return False  # (2个千亿级、11个百亿级…项目: a grade alone names nothing counted)
    if pattern("measures:plural_kinds", "^(?:{})的").match(indicator):
        return False  # (多个省份的…开工率超过50%: of members the sentence does not name)
    if measure == "change" and not unit and indicator.endswith(words("measures", "quality_heads")):
        return False  # (提升1.1亿农村人口供水保障水平: the count is of people, a level changes by no number of them)
    if re.search(r"\d+(?:日|时)", indicator) or GLUED_FIGURE.search(indicator) or SELF_SHARE.match(indicator):
        return False  # (某国政府27日向灾区部署: a date inside is a clause; 新增校车24辆（其中…, 载重30公斤及以下12架: a
        # figure and its parts, a list's item, glued on)
    if indicator.startswith(tuple(w for w in (*words("measures", "gap_up"), *words("measures", "gap_down")) if w.endswith("于"))):
        return False  # 快于全部规模以上工业增加值: a benchmark, not what the figure measures
    if re.search(r"(?<![安健齐周])全$", indicator) or not names_a_thing(indicator):
        return False  # 数字化服务全 (…全覆盖), 培育壮大, 新建国家级: no thing named
    if any(w in indicator for w in words("measures", "pointing_words")) or "了" in indicator \
            or indicator.startswith(("其", "多", "余")) or re.search("(?<!应)该", indicator):
        return False  # (中小企业进行这样…, 其扣押, 该部队…行进, 10多小时: what it points to is not in it, or a number's tail)
    if any(w in indicator for w in words("measures", "location_words")):
        return False  # (某地位于某市西南约60公里: where a place lies)
    if indicator.endswith(words("measures", "dangling_ends")):
        return False  # a clause cut before its object (美国各地有, 中国成)
    if indicator in words("measures", "wide_scopes") or indicator in words("measures", "china_words"):
        return False  # 国内外约400家知名企业: a scope, not what is counted
    if vocabulary().region(indicator) is not None or indicator.endswith(words("measures", "place_heads")) \
            or ends_with_place(indicator) or township(indicator):
        return False  # a place is not a measured thing (雅砻江流域 = 2 座; 水稻主产区无为市, 林火迫使法国)
    measures = indicator.endswith(words("measures", "indicator_heads")) or bool(re.fullmatch(r"[A-Za-z]{2,6}", indicator))
    if any(len(m.group()) >= 2 for m in report_verbs_in(indicator)):
        return False  # (数据显示: a report, not a measured thing; 新型显示产业 is a sector)
    if any(w in indicator for w in words("measures", "event_verbs")) and not measures \
            and unit not in words("measures", "visit_units"):  # (接待观众6049万人次 counts visits)
        return False  # an event (以军袭击加沙地带), unless what follows it measures (接待游客人次, 转移就业)
    if unit == "%" and measure == "level" and not any(w in indicator for w in words("measures", "percent_words")):
        return False  # 土地流转面积超过七成: a share of the area, which the indicator does not say
    if measure in ("change", "gap") and unit in ("%", "百分点") and indicator.endswith(words("measures", "sector_heads")):
        return True  # a sector's growth is that of its output
    if unit in COUNT_FREE_UNITS or unit in MONEY or measure in ("change", "gap"):
        return measures
    return True


@memo(maxsize=4096)
def names_a_thing(indicator: str) -> bool:
    """The indicator, past its leading count or addition verbs, holds a word that is no verb, adjective
    or level (培育专精特新企业, 新增外贸企业) or ends with a measuring head (研发投入); not a verb and an
    adjective (培育壮大), a level alone (新建国家级) or a verb after where it is done (范围内确定)."""
    rest = pattern("measures:zone_after", "^(?:{})").sub("", indicator)  # (在全国范围内确定: where, then a verb)
    rest = pattern("measures:count_verbs", "^(?:{})+").sub("", rest) or rest or indicator
    if rest.endswith(words("measures", "indicator_heads")) or re.search(r"[A-Za-z]", rest):
        return True
    return not level_word().fullmatch(rest) and any(tag not in ACTION_TAGS for _, tag in word_tags(rest))


ACTION_TAGS = ("v", "vd", "a", "ad", "d", "b")  # verbs, adjectives, adverbs, level words: no thing named


@memo(maxsize=1)
def level_word() -> re.Pattern[str]:
    """A level word (国家级, 省级 …) of ``level_prefixes``."""
    return pattern("measures:level_prefixes", "(?:{})级")


def ends_with_place(indicator: str) -> bool:
    """The indicator ends with the name of a place or a country (…主产区无为市 — a county that has become a
    city, 无为县 in the vocabulary —, 林火迫使法国)."""
    return any(vocabulary().region(indicator[-k:]) is not None or indicator[-k:] in countries()
               or indicator.endswith("市") and indicator[-k:-1] + "县" in counties()
               for k in range(2, len(indicator)))


def driven_alone(indicator: str, subject: str) -> bool:
    """The indicator opens on a verb of what something drove (带动就业, 直接带动消费, 拉动…利润增长) with no driver
    named before it, nor a subject other than a place (a region's 带动社会资本投资 says not that its fund drove it)."""
    return (not subject or vocabulary().region(subject) is not None) \
        and pattern("measures:effect_leads", "^(?:{})?").sub("", indicator).startswith(words("measures", "effect_verbs"))


def benefit_standard(indicator: str, unit: str) -> bool:
    """An amount of money per mu, household, head or tonne of what a measure grants or insures (亩均投入, 每亩保险金额):
    the measure's standard, an instrument's term, no target or figure."""
    return unit in MONEY and pattern("measures:benefit_terms", "(?:每[亩户人头吨座辆台床]|亩均|户均)[\u4e00-\u9fff]{0,4}(?:{})$") \
        .search(indicator) is not None
