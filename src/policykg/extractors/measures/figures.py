"""Whether a number is a figure at all: not a benchmark it is compared with,
the size that names a facility, steps climbed, the toll of an event or a
detail of one, the people of a story — and, for a figure, its vague or
rate-like forms."""
from __future__ import annotations

import re

from ...lexicon import alternation, memo, pattern, rules, vocabulary, words
from ...countries import countries, country_names
from ...nlp import Sentence
from ...records import Mention
from ..clauses import Clause, inside_quotes, text_before, words_before_number
from ..context import Context
from .limits import ASIDE_THEN_DE, AT_MOST, bounds_a_class, counts_the_list_before, listed_places
from .plausible import COUNT_FREE_UNITS, GOAL_GENRES, MONEY

VAGUE = re.compile(r"数[十百千万]|几[十百千万]|上[百千万]")
RATES = re.compile(r"利率|准备金率|费率|税率|首付比例|贴现率|保证金比例")


@memo(maxsize=1)
def pointed_after() -> re.Pattern[str]:
    """A pointer (相关, 有关) after a 的 or after a verb of handling that opens an indicator."""
    leads, verbs = alternation(words("measures", "pointer_leads")), alternation(words("measures", "pointed_verbs"))
    return re.compile(f"的(?:{leads})|^(?:{verbs})(?:{leads})")


def points_back(sent: Sentence, clause: Clause, written: str, places: tuple[int, ...] = ()) -> bool:
    """The indicator follows or opens with a word that points back (该公司第一财季净利润, 其营业收入,
    该项目总投资, 相关商品销售额; 这家公司已有22件…，35件实用新型专利): whose figure it is is said
    elsewhere, not in the row — unless a place or a body (at ``places``, sentence offsets) is named after the
    pointer."""
    if written.startswith(words("measures", "pointer_leads")) or pointed_after().search(written):
        return True  # (…的相关案件, 处置相关违法违规账号, 整改有关问题: the ones said before)
    at = sent.text.rfind(written, clause.start, clause.end)
    if at < 0:
        return False
    subset = pattern("measures:unnamed_subsets", r"(?<![\d十百千万])(?:{})$").search(sent.text, clause.start, at)
    if subset is not None:
        return True  # 多个省份开工率超过50%, 有的省份…占比: of members not named (not 2800多家企业)
    if pointers_in(sent.text, clause.start, at + len(written), places):
        return True
    opening = max(sent.text.rfind("；", 0, clause.start), sent.text.rfind(";", 0, clause.start)) + 1
    pointed = pointers_in(sent.text, opening, clause.start, places)
    return bool(pointed) and not any(pointed[-1].end() <= p < at for p in places)  # (…，辽宁核电…: named again)


def pointers_in(text: str, start: int, end: int, places: tuple[int, ...]) -> list[re.Match[str]]:
    """The words in text[start:end] that point back to a unit or a place (该公司, 这家, 当地), not to a time
    (这些天, 当地时间), nor to a place named before them in the sentence (在某县，当地…: that place's)."""
    return [m for m in pattern("measures:pointers").finditer(text, start, end)
            if text[m.end():m.end() + 1] not in "天年日" and not text.startswith("时间", m.end())
            and not (m.group() in words("measures", "place_pointers") and any(p < m.start() for p in places))]


def route_or_reach(sent: Sentence, q: Mention, clause: Clause) -> bool:
    """The number counts what a route passes through (途经4个地区), the places a network reaches
    (通达60多个国家, 覆盖100多个国家, 供水覆盖27座大中城市) and what it reaches with them (涵盖15个城市、17个产业集群),
    or the places a cooperation is with (与8个国家开展合作), not what is measured (覆盖30万农村人口 is)."""
    lead = sent.text[clause.start:q.start - sent.start] + words_before_number(q)
    if re.search(pattern("measures:route_verbs").pattern + "[^的]*$", lead):
        return True
    partners = pattern("measures:place_counts", r"[\u4e00-\u9fff]{0,4}?(?:{})(?=[，。；、和及]|开展|签署|合作|建立|$)")
    if re.search(r"(?:与|同)(?:全球|世界)?(?:共|近|约|超过?)?$", lead) and partners.match(sent.text, q.end - sent.start):
        return True  # (与8个东盟国家开展合作: the partners of a cooperation, the places it reaches)
    reached = pattern(words("measures", "reach_verbs") + words("measures", "route_verbs"), "[个座]?(?:{})")
    if reached.match(sent.text, q.end - sent.start) and named_after(sent, q):
        return True  # (新增甲国、乙国5个通航国家: the places a route now reaches)
    reach = re.search(pattern("measures:reach_verbs").pattern + "[^的，]*$", lead)
    places = pattern("measures:place_counts", r"\d[\d.]*[余多]?[个座]?(?:{})、")
    named = pattern("measures:place_counts", r"[\u4e00-\u9fff]{0,4}?(?:{})(?=[，。；、和及]|$)")  # (27座大中城市)
    return reach is not None and (named.match(sent.text, q.end - sent.start) is not None
                                  or lead.endswith("、") and places.search(lead, reach.start()) is not None
                                  or reach.group().startswith("涉及") and lead.rstrip("共计约近超").endswith("等"))
    # (涵盖15个城市、17个产业集群; not 覆盖300个城市、连接18万家工业企业, which has its own verb; 涉及甲、乙等62个税目:
    # the scope a measure or an event takes in, listed — not 覆盖甲、乙等30余个重点行业, how far a network has spread)


def named_after(sent: Sentence, q: Mention) -> bool:
    """What the number counts after it ends with a word for places (通航国家, 通达城市)."""
    return pattern("measures:place_counts", r"[个座]?[\u4e00-\u9fff]{0,4}?(?:{})(?=[，。；、和及]|$)").match(
        sent.text, q.end - sent.start) is not None


def benchmark_value(sent: Sentence, q: Mention) -> bool:
    """The number is a benchmark another figure is compared with (远高于300公斤标准值, 低于全国平均的5%水平)."""
    after = sent.text[q.end - sent.start:q.end - sent.start + 6]
    before = sent.text[max(0, q.start - sent.start - 4):q.start - sent.start] + words_before_number(q)
    return after.startswith(words("measures", "benchmark_nouns")) and re.search(r"[高低快慢优多少]于\s*$", before) is not None


def threshold_after_count(sent: Sentence, q: Mention, clause: Clause) -> bool:
    """A round number over which a counted set's members each lie (其中11家游客总量超10万人次, 8个产业规模超千亿元,
    17个气象观测站降水量超过100毫米): a threshold, while the figure is the count (not 9677座重点水库蓄水量达4739亿)."""
    if q.attr("comparator") not in (">", ">="):
        return False
    significant = q.attr("value").replace(".", "").strip("0")
    lead = text_before(sent, q, clause)
    return len(significant) <= 1 and COUNTED_THEN_MEASURE.search(lead) is not None


COUNTED_THEN_MEASURE = re.compile(r"\d+(?:\.\d+)?\s*[多余]?(?:个(?!月)|家|项|户|所|座|条|名|位|只|台)"
                                  r"(?:(?![和与及])[\u4e00-\u9fff“”]){2,20}?(?:均|都|全部|分别)?(?:超过|超|突破|逾|在)$")


def told_again(sent: Sentence, ctx: Context) -> bool:
    """A line of a news programme's digest (## 新闻摘要 / 1.【一线调研】某港今年货物吞吐量提前突破5000万吨；) whose every
    number its story tells again further on: the story's sentence names the figure whole, the headline cuts it."""
    item = ctx.part(sent, "item")
    if ctx.document.genre != "news" or item is None or item.label not in words("measures", "digest_labels"):
        return False
    later = {(m.attr("value"), m.attr("unit")) for m in ctx.all_mentions("QUANTITY") if m.start >= item.end}
    return all((m.attr("value"), m.attr("unit")) in later for m in ctx.mentions_in(sent, "QUANTITY"))


def steps_climbed(sent: Sentence, q: Mention) -> bool:
    """A count of the steps or marks a figure passed (连续迈上4个万亿元台阶, 跨过两个千亿大关)."""
    after = re.match(r"[\u4e00-\u9fff]{0,6}", sent.text[q.end - sent.start:]).group()
    return q.attr("unit") in words("measures", "count_classifiers") and after.endswith(words("measures", "step_nouns"))


RELEASED = pattern("measures:release_verbs", "(?:{})了?《(?P<title>[^》]{2,40})》")  # (发布《某手册》)


def event_detail(sent: Sentence, q: Mention, clause: Clause, genre: str) -> bool:
    """A count that is no achieved figure: what a launch or a show presented, in news and other
    documents that set no goals (发布了两份旗舰报告, 展出200件文物, 展示了130多项成果 — not what was
    launched over time, 累计发布了48项…, 已发布国家标准60项), what a plan provides for (规划建设的40条通道), what a
    document released holds (发布《某手册》，梳理了10类…), or what one team is made of (某防疫队共50人)."""
    before = sent.text[clause.start:q.start - sent.start]
    if pattern("measures:planned_before", "(?:{})\\s*$").search(before):
        return True
    released = RELEASED.search(sent.text, 0, q.start - sent.start)
    if released and genre not in GOAL_GENRES and q.attr("unit") in words("measures", "noun_classifiers") \
            and not released.group("title").endswith(words("measures", "reporting_titles")):
        return True  # (某部发布《某手册》，梳理了10类…: what the document holds)
    if q.attr("unit") in words("measures", "person_units") \
            and pattern("measures:team_heads", "(?:{})(?:共有|共|一行)\\s*$").search(before):
        return True  # (某援外医疗队共50人: what one team is made of)
    part = max(sent.text.rfind(mark, 0, q.start - sent.start) for mark in "，；。") + 1  # (…发布甲、乙等5部作品:
    launched = pattern("measures:launch_verbs").search(sent.text[min(part, clause.start):clause.end])  # a list's clause)
    over_time = (*words("measures", "tally_leads"), *words("measures", "output_leads"))
    offered = launched is not None and launched.group() in words("measures", "offer_verbs")
    items = q.attr("unit") == "项" and launched is not None and not offered and not any(w in before for w in over_time)
    # (推出500多项活动: offered; 已发布国家标准60项: an output so far)
    return genre not in GOAL_GENRES and (q.attr("unit") in words("measures", "launch_units") or items) \
        and bool(launched)


def first_of_kind_detail(sent: Sentence, q: Mention, clause: Clause, genre: str) -> bool:
    """In news and other documents that set no goals, a count in a later clause of a sentence that opens on one
    first-of-its-kind thing without a name (全国首套…监测系统…投入使用，研究人员布设了4套监测设备): a detail of how it
    is built, no figure — unless a word of a tally says it is one (累计, 共有)."""
    opening = pattern("measures:first_of_kind_scopes", r"(?!在)[^，。；]{0,12}?(?:{})首"
                      r"[套台个座艘条款架辆][^，。；]*[，,]").match(sent.text)
    return genre not in GOAL_GENRES and opening is not None and opening.end() <= clause.start \
        and not any(w in sent.text[clause.start:q.start - sent.start] for w in words("measures", "tally_leads"))


AWARDED = re.compile(r"(?:获得|荣获|获评|获|摘得)[^，；。]*奖")
FRAME = re.compile(r"\d+(?:\.\d+)?[余多]?(?:个|种|类|项|家|所|条|座)[\u4e00-\u9fff“”（）、]{1,16}中(?:[，,]\s*(?:有|其中)?|有)\s*$")


def award_count(sent: Sentence, q: Mention, clause: Clause, genre: str) -> bool:
    """In news and other documents that set no goals, a count of the winners of an award (19个项目获得某奖,
    评出优秀组织奖100个): a detail of the ceremony, no measured figure."""
    return genre not in GOAL_GENRES and bool(AWARDED.search(sent.text, q.end - sent.start, clause.end)
                                             or pattern("measures:picking_verbs", "(?:{})[^，；。]*$").search(
                                                 sent.text, clause.start, q.start - sent.start))  # (最终决出金奖150名)


def names_rather_than_measures(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> bool:
    """A number that names, fixes or relates rather than measures: a distance in an event's name (男子10米气步枪),
    the length or width of a place (某走廊长约6公里, 东西长270公里; not a network's 总长), batches before what they
    hold (命名6批468个…), a spread among members (从8000桶到50万桶不等), a part per a base (每10亿元投资就有
    5.3亿元…), places whose things the clause tells of (30个国家的企业参展), one inside a clause of purpose
    (为了方便招来的200多家商户…) or of one story's person or one thing (往她家里跑了十多趟, 某州一条公路上有…)."""
    before, rest, unit = sent.text[:q.start - sent.start], sent.text[q.end - sent.start:], q.attr("unit")
    if unit in words("measures", "length_units") and (re.search(r"(?:男子|女子|混合)$", before)
                                                     or re.search(r"(?<![总增成延生助擅])[长宽](?:约|近|达|超|逾|为)?$",
                                                                  before)):
        return True
    if unit == "批" and re.match(r"[\d一二三四五六七八九十两]", rest) or rest.startswith("不等"):
        return True  # (…5批468个…; 日均减产规模从8000桶到50万桶不等: a spread among members, no one figure)
    if pattern("measures:place_counts", r"[\u4e00-\u9fff]{0,6}?(?:{})的").match(rest):
        return True  # (近30个最不发达国家的企业参展: the places of what the clause tells of, no figure of theirs)
    own = sent.text[clause.start:q.start - sent.start]
    return bool(re.search(r"每[\d.]+[^，。；\d]{1,12}?就有$", own) or own.startswith(words("measures", "purpose_leads"))
                or re.search(r"(?<!其)[她他](?!国)|(?<![第统唯])一[条座家艘架辆所](?!性)", indicator))


def framed_part(sent: Sentence, q: Mention) -> bool:
    """The number counts part of a whole the clause before names (41个大类行业中，28个行业增加值增长; 122种产品中，
    有72种…; 31个省（区、市）中有26个…): bare, the row would read as a count of all, not of how many of the whole."""
    return bool(FRAME.search(sent.text, 0, q.start - sent.start))


def people_acting(sent: Sentence, q: Mention, clause: Clause, indicator: str, genre: str) -> bool:
    """In news and other documents that set no goals, a number of people followed by who they are
    and what they do (10名艺术家给…写信, 近万名农技人员深入一线, 3000多名建设者抢抓工期), or who came to a
    ceremony or the event the sentence tells of (代表近200人参加仪式, 嘉宾近300人参加。): the people of a story, not a
    measured figure (救助受灾群众252.7万人, 共有80名志愿者参与服务 are)."""
    if genre in GOAL_GENRES or q.attr("unit") not in words("measures", "person_units"):
        return False
    if any(w in sent.text[clause.start:q.start - sent.start] for w in words("measures", "tally_leads")):
        return False
    if sent.text[:q.start - sent.start].endswith(words("measures", "companion_leads")) \
            or re.match(r"正在?[\u4e00-\u9fff]", sent.text[q.end - sent.start:]):
        return True  # 某某和另外两名驻村干部…: the companions of a story's person; 1500余人正在震中搜救: who acts now
    ceremony = pattern("measures:ceremonies", r"[^，。；]{0,3}(?:参加|出席|见证)了?[^，。；]{0,8}?(?:{})")
    if ceremony.match(sent.text, q.end - sent.start) or ATTENDED.match(sent.text, q.end - sent.start):
        return True  # 两国政府、企业代表近200人参加仪式, …嘉宾近300人参加。: who came to a ceremony or the event told of
    return len(indicator) >= 2 and sent.text.startswith(indicator[:2], q.end - sent.start)


SUPPORTED = pattern("measures:support_verbs", r"(?:{})(?P<between>[^，；。]*)$")


def done_with_support(sent: Sentence, q: Mention, clause: Clause) -> bool:
    """The number counts what others did with the support of a fund or a named scheme, its clause having a
    support verb with another verb between them (某国债资金已支持各地更新老旧电梯4.1万台, “某某”建设已支持84个城市
    新建普通高中664所): the row could not say the figure is only the funded part. Not a government's support of
    what firms built (省市联动支持企业建设了86个平台: all of them), nor a number right after the support verb,
    which counts what was supported (支持5000多个项目, kept by ``with_support_verb``)."""
    rel = q.start - sent.start
    found = SUPPORTED.search(sent.text, clause.start, rel)
    if found is None or not (pattern("measures:fund_words").search(sent.text, 0, found.start())
                             or "“" in sent.text[:found.start()]):
        return False
    additions = words("measures", "addition_verbs")
    return any(sent.tags[i].startswith("v") and sent.tags[i] != "vn"
               or sent.text[sent.starts[i] - sent.start:sent.ends[i] - sent.start] in additions
               for i in range(len(sent.tags)) if found.start("between") <= sent.starts[i] - sent.start < rel)


def things_acting(sent: Sentence, q: Mention, clause: Clause, indicator: str, genre: str) -> bool:
    """In news and other documents that set no goals, a count of things named right after the number and then
    what they do, which the indicator leaves out (超1000座换热站陆续投入运行, 4108家境外企业参展, 近百只白琵鹭在此
    嬉戏): the count is of those that did it, which the row cannot say (2300座充电站投入使用 keeps its verb).
    Checked on the indicator as written at last, which may have taken the verb on (获准在华经营…)."""
    unit = q.attr("unit")
    if genre in GOAL_GENRES or unit not in words("measures", "noun_classifiers") \
            or unit in words("measures", "person_units"):
        return False
    at = q.end - sent.start
    if not sent.text.startswith(indicator, at) or at + len(indicator) >= clause.end \
            or re.search(r"\d", sent.text[at:clause.end]) or re.search(r"[为向对给]$", text_before(sent, q, clause)):
        return False  # (4条外送通道累计送电量达…: the things the next figure is of; 为4000家企业提供服务: those served)
    i = sent.token_at(at + len(indicator))
    if i < 0 or sent.starts[i] - sent.start != at + len(indicator):
        return False
    while i < len(sent.tags) - 1 and sent.tags[i] == "t":
        i += 1  # (…等6个县级规划日前正式获批: past the time word)
    word = sent.text[sent.starts[i] - sent.start:sent.ends[i] - sent.start]
    return sent.tags[i] != "vn" and sent.tags[i].startswith(("v", "d", "ad")) \
        or word in words("measures", "acting_places") or word in words("measures", "carry_out_manners")
    # (…在此嬉戏, …被授牌: where or by whom; not 36支龙舟队按照…组别…, how they are grouped)


def describes_subject(sent: Sentence, q: Mention, clause: Clause, genre: str) -> bool:
    """In news and other documents that set no goals, the number is inside a clause that describes what the
    sentence then tells of (完成1400多吨补给任务的某船正在…, 一条拥有100多套设备的产线将…), or what one piece of
    footage shows (拍摄到两只…觅食的画面): a detail of it."""
    if genre in GOAL_GENRES:
        return False
    footage = pattern("measures:footage_verbs", "(?:{})[^，；。]{0,4}$").search(sent.text, clause.start,
                                                                               q.start - sent.start)
    return DESCRIBING.match(sent.text, q.end - sent.start, clause.end) is not None \
        or footage is not None and pattern("measures:footage_nouns", "的(?:{})").search(
            sent.text, q.end - sent.start, clause.end) is not None


ATTENDED = pattern("measures:attend_verbs", r"[^，。；]{0,3}(?:{})了?(?:活动|会议)?(?:[，。；]|$)")
# (…代表近400人参加，; …各界人士近500人参加活动。: nothing more than the event told of)
DESCRIBING = re.compile(r"[^，；。的、]{1,16}的[“”\u4e00-\u9fff]{2,12}?(?:正在|将|已经|已|正)")


def toll_count(sent: Sentence, q: Mention) -> tuple[str, str, bool] | None:
    """(what is counted, "level", False) for a number of people right before a casualty word
    (造成26人死亡、46人受伤 -> 死亡人数 26, 受伤人数 46), else None."""
    if q.attr("unit") not in ("人", "名"):
        return None
    after = sent.text[q.end - sent.start:q.end - sent.start + 2]
    counts = rules("measures")["toll_counts"]
    if after not in counts:
        return None
    placed = counts[after] in words("measures", "placed_tolls")
    return (toll_country(sent, q) if placed else "") + counts[after], "level", False


def toll_country(sent: Sentence, q: Mention) -> str:
    """The one foreign country a sentence names before a count of people (法国有超过1300人被捕 -> 法国; not 蒙古 of
    内蒙古, a region's name): whose count it is; "" when it names none or several."""
    named = [m.group() for m in country_names().finditer(sent.text, 0, q.start - sent.start)
             if not any(vocabulary().region(sent.text[max(0, m.start() - k):m.end()]) for k in (1, 2))]
    return named[-1] if len({countries()[n] for n in named}) == 1 else ""


def names_casualties(indicator: str) -> bool:
    """The indicator is a casualty count named as such (地震造成的死亡人数)."""
    return indicator.endswith(tuple(rules("measures")["toll_counts"].values()))


def event_count(clause: str, indicator: str, genre: str, unit: str) -> bool:
    """A clause that tells a violent event or a disaster (击落, 袭击, 身亡): in news and other
    documents that set no goals, a count in it is its toll (击落136架无人机); elsewhere, and
    for a rate, unless a head says what is measured. Casualties named as such (死亡人数升至184人,
    全省事故死亡人数下降12%) are figures: see ``toll_count``."""
    if not any(v in clause for v in words("measures", "toll_verbs")):
        return False
    if names_casualties(indicator):
        return False  # 死亡人数上升到120人: the casualties, named as such
    return genre not in GOAL_GENRES and unit not in COUNT_FREE_UNITS or not indicator.endswith(
        words("measures", "indicator_heads"))


def told_in_words(q: Mention) -> bool:
    """A number under ten written in words (两艘超大型集装箱船在某地出坞, 四所大学全体师生写信, 三项职能定位):
    a detail of a story or a scheme; statistics write their figures in digits. Not a multiple or a share
    (增长两倍, 四成), which the words write as often as digits."""
    return re.search(r"\d", q.text) is None and re.match(r"[一二两三四五六七八九](?![十百千万亿])", q.text) is not None \
        and q.attr("unit") not in ("%", "百分点", "‰", "倍", "")


def rate_of_measure(text: str, clause: Clause, start: int, end: int, unit: str) -> bool:
    """A percentage that is the rate of a measure: after 按…(的) with a benefit in its clause (按售价的20%给予奖励),
    before 的 and a benefit after a grant (给予展位费80%的补助), or after a benefit's rate (贴息比例不超过50%,
    减按15%的税率)."""
    if unit != "%" or CHANGED.search(text, clause.start, re.search(r"\d|$", text[start:end]).start() + start):
        return False  # (补贴标准提高25%: how much a benefit grew, a figure)
    before, after = text[clause.start:start], text[end:clause.end]
    by_base, benefit_after, benefit_rate = rate_patterns()
    if by_base.search(before):
        return pattern("instruments:rate_benefits").search(text, clause.start, clause.end) is not None
    return bool(GRANT.search(before) and benefit_after.match(after) or benefit_rate.search(before))


GRANT = re.compile(r"给予|予以|提供")
WHEN_AFTER = re.compile(r"(?:以上|以下|及以上|或以上)?时[，,]")  # a number right before 时 and a comma: a rule's condition
FOR_WHOM = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*(?:对于|对)")  # a clause naming who gets a measure
EACH_AT_LEAST = re.compile(r"每[个家所座处条辆台艘][^，；。每]{0,12}(?:至少|不少于|不低于|建成|建设|配备|设立)[^，；。每]{0,6}$")
# (each one's minimum or one to build, 每个县市建成1个中医医院; not 每个社区每季度至少开展…1次: a count each quarter)
EACH_ONE = re.compile(r"每[个家所座处条场批][^，；。每\d]{1,12}$")  # (…，每场提供岗位不少于500个: each fair's floor)
PRICE_CAP = re.compile(r"(?:费率|担保费)(?:原则上)?(?:不超过|不高于|低于|控制在)?$")  # (the fee a measure charges, capped)
IN_STANDARD = re.compile(r"按照?(?![期时])[^，；。]*$")
STANDARD_END = re.compile(r"[^，；。]*?的(?:标准|要求|规定|原则)")
CHANGED = re.compile(r"(?:提高|提升|增长|增加|上升|下降|降低|减少|上调|下调)(?![到至])(?:了|约|近)?$")


@memo(maxsize=1)
def rate_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """按…的 before a rate; 的 and a benefit after it; a benefit's rate (and its bound) before it."""
    benefits = alternation(words("instruments", "rate_benefits"))
    nouns = alternation(words("instruments", "rate_nouns"))
    return (re.compile(r"按照?[^，；。\d]{0,24}$"), re.compile(f"的?[\u4e00-\u9fff]{{0,2}}(?:{benefits})"),
            re.compile(f"(?:(?:{benefits})[\u4e00-\u9fff]{{0,4}}(?:{nouns})(?:不超过|不高于|最高为?|为|可达|达|由"
                       r"|由[\d.]+%|(?:由[\d.]+%)?(?:提高|提升|上调|下调|降低|调整)(?:到|至|为))?|减按)$"))  # (补助比例由30%
    # 提高到40%)


def is_figure(sent: Sentence, ctx: Context, q: Mention, clause: Clause, found: list[Mention]) -> bool:
    """False for numbers that measure nothing: inside a title or quotes, a
    slogan or ordinal set, a threshold that qualifies a later number, the
    amount of a policy instrument."""
    text = sent.text
    rel = q.start - sent.start
    if inside_quotes(text, rel) or ctx.covered(sent, q.start, q.end, "POLICY", "REPORT", "PLATFORM", "ORG"):
        return False
    if text.startswith("线", q.end - sent.start):
        return False  # (最低气温0℃线将南压至江南北部: the name of a line)
    if WHEN_AFTER.match(text, q.end - sent.start) and not q.text.endswith("瓦"):  # (not 260吉瓦时，: a unit)
        return False  # (…的加点幅度偏离超过30基点时，借款人可…: the condition of a rule)
    unit = q.attr("unit")
    if not re.search(r"\d", q.text):
        if unit in words("measures", "slogan_units") or not unit:
            before = text[max(clause.start, rel - 4):rel]
            if not any(before.endswith(w) if len(w) == 1 else w in before for w in words("measures", "count_context")):
                return False
    after = "的" if ASIDE_THEN_DE.match(text, q.end - sent.start) else text[q.end - sent.start:q.end - sent.start + 1]
    if after == "的" and not text.startswith(("的比重", "的比例", "的水平"), q.end - sent.start):
        return False  # a threshold qualifying a noun (营业收入突破1亿元的企业, 存栏500头以上（折算）的养殖场)
    next_token = sent.token_at(q.end - sent.start)
    if re.search(r"(?:以上|以下)$", q.text) and unit not in words("measures", "noun_classifiers") \
            and not text.startswith(("水平", "的水平"), q.end - sent.start) \
            and next_token >= 0 and sent.tags[next_token].startswith("n") or bounds_a_class(sent, q):
        return False  # 出现37℃以上高温天气, 对7座及以下小型客车免收…: the number says which weather or vehicles, it
        # measures nothing (not 30户以上智能工厂)
    if UNDIRECTED_GAP.search(text, clause.start, rel):
        return False  # 亩桑产值比全区平均水平低约15%: a gap whose direction the words after its benchmark give
    if re.match(r"[\u4e00-\u9fff]{0,4}(?:条件下|情况下|前提下)", text[q.end - sent.start:]):
        return False  # 在高于时速400公里运行条件下: the condition of a test, not a figure
    later = [m for m in found if m.start > q.end and m.start - sent.start < clause.end]
    between = PLACES_PAIR.sub("", text[q.end - sent.start:later[0].start - sent.start]) if later else ""
    if later and re.search(r"[、和及与]", between) and not TOGETHER.search(between):
        later = []  # items of a list (10个县级中心、60个乡镇中心), not a qualifier of the next number (103个国家和地区的…,
        # 三家基础电信企业和中国广电共发展…用户17亿户: the count of those who did it)
    if later and (after == "的" or re.match(r"[\u4e00-\u9fff]", after) and not re.match(
            pattern("measures:level_verbs", "(?:{})").pattern + "|[，,。；、和及与]", text[q.end - sent.start:])):
        return False  # a threshold or a qualifier of a later number (总投资超5亿元的项目80个)
    if VAGUE.search(q.text) or re.match(r"[^，。；]{0,12}之一", text[q.end - sent.start:]):
        return False  # 数十枚 says no number; 最强的5次…之一 ranks, it does not count
    if any(w in text[clause.start:clause.end] for w in words("measures", "penalty_words")):
        return False  # 处上一年度营业额百分之五以下罚款: a penalty a rule sets, not a figure
    rest = text[q.end - sent.start:]
    if re.search(r"每(?![年月日天季周期秒时分小])[\u4e00-\u9fff]{1,2}$", text[clause.start:rel]):
        return False  # 每回收1吨废旧家电: the unit a rate is per, not a figure (每年新增 is a figure per year)
    if re.search(r"[\u4e00-\u9fff]好$", text[clause.start:rel]):
        return False  # 守护、利用好531处国保单位: the number is of what there is, to be looked after
    if unit in words("measures", "duration_units") and rest.startswith(tuple(words("measures", "mode_verbs"))):
        return False  # 推动公园24小时开放: how a place opens, not a figure
    if re.match(r"[\u4e00-\u9fff]{0,4}指标", rest) or pattern("measures:scope_leads", "^\\s*(?:{})").match(
            text[clause.start:rel]):
        return False  # 评价8个一级指标 counts a scheme's parts; 针对…2725种商品, 聚焦13个产业集群 say what it is for
    if re.match(r"连(?:增|涨|升|降|跌|丰|冠|胜|减)", rest):
        return False  # 耕地面积实现5连增: how many years in a row, not the area
    if not unit and rest.startswith("大") and len(rest) > 2 and "\u4e00" <= rest[1] <= "\u9fff":
        return False  # 5大支柱产业迈入万亿级规模, 三大攻坚战: a set named by its number, not a figure
    if rest.startswith(words("measures", "zone_after")):
        return False  # 禁止民众前往火山口3公里内区域: a zone around a place, not a figure
    if (unit + rest).startswith(tuple(words("measures", "task_nouns"))):
        return False  # 抓好…3件事: it counts the tasks just named
    if unit in words("measures", "package_units") and (
            pattern("measures:package_nouns", "[\u4e00-\u9fff]{0,4}?(?:{})").match(rest)
            or pattern("measures:package_nouns", "^[^，；。]*?等[\u4e00-\u9fff]{0,2}(?:{})").match(rest)
            or text[clause.start:rel].endswith(words("measures", "package_nouns"))):
        return False  # 出台…27条举措, 58条改革举措, 出台稳就业政策措施20项, 稳增长27条、…12条等政策举措: a package's measures
    if unit in words("measures", "rank_units") and (text[clause.start:rel].endswith(("前", "第"))
                                                    or RANK_MOVE.search(text, clause.start, rel)):
        return False  # 人均GDP进入全国前8位: a rank, not an amount; 考核中位次前移6位: a move in a ranking
    if unit in words("measures", "age_units") and re.match(r"(?:及?以上|及?以下)?的?(?!左右|以上|以下)[\u4e00-\u9fff]", rest):
        return False  # 为65岁以上老年人提供…: an age that qualifies who, not a figure (预期寿命达到79岁左右 is one)
    if unit in words("measures", "spec_units"):
        return False  # a specification (750千伏线路, 28纳米芯片)
    periods = unit == "个" and rest.startswith(words("measures", "period_nouns"))
    if (unit in words("measures", "duration_units") or periods) and ctx.role(sent) not in ("goals", "tasks"):
        return False  # (连续14个季度保持两位数增长: how long, not how much)
    if ctx.covered(sent, q.start - 6, q.start, "POLICY") and text[max(0, rel - 2):rel] in ("》共", "共"):
        return False
    if RATES.search(text[clause.start:rel]) and pattern("instruments:adjust_verbs").search(text[clause.start:rel] + q.text):
        return False  # a rate set by a measure (下调政策利率0.1个百分点) is an instrument's, not a figure
    if unit in MONEY:
        before = text[clause.start:rel]
        if any(w in before for w in words("measures", "instrument_verbs")):
            return False
    if unit in words("measures", "duration_units") and pattern("measures:term_words", "(?:{})(?:为|是|至|不超过)?$").search(
            text, clause.start, rel):
        return False  # 见习期限3至12个月, 提供最长7天免费住宿: the term of a measure, not a figure
    if FOR_WHOM.match(text, clause.start) and re.match(r"[^，；。]*?的", text[q.end - sent.start:clause.end]):
        return False  # 对总投资10亿元以上、…的技改项目，实行一事一议: which projects, a threshold, not a figure
    if text[q.end - sent.start:clause.end].rstrip("，；、 ").endswith("的") \
            and pattern("instruments:funding_verbs").search(text, clause.end, clause.end + 16):
        return False  # 收购量1万吨以上不足5万吨的，每吨补贴10元: the tier a grant is for, a threshold
    if IN_STANDARD.search(text, clause.start, rel) and STANDARD_END.match(text, q.end - sent.start, clause.end) \
            or any(w in text[clause.start:rel] for w in words("measures", "norm_cues")) \
            or EACH_AT_LEAST.search(text, clause.start, rel) \
            or q.attr("comparator") == ">=" and EACH_ONE.match(text, clause.start, rel) and ctx.role(sent) != "review":
        return False  # 按照每300户设置1个投放点的标准, 每个站点冷库容量原则上不低于500立方米, 每个城市至少建成1个体育公园:
        # a standard each thing is held to, not a figure to reach
    if rate_of_measure(text, clause, rel, q.end - sent.start, unit) \
            or q.attr("comparator") in ("<=", "<") and PRICE_CAP.search(text, clause.start, rel):
        return False  # 按售价的20%给予奖励, 贴息比例不超过50%, 担保费率不超过1%: the rate a measure gives or charges (an
        # instrument's), not a figure
    if (q.attr("comparator") in ("<=", "<") or AT_MOST.search(text, clause.start, rel)) \
            and pattern("measures:quota_verbs").search(text, clause.start, rel):
        return False  # 全县每年扶持不超过100个, 每个组织最多补助3台: the quota of a measure, not a figure
    if POINTED_COUNT.search(text, clause.start, rel) or EACH_COUNT.search(text, clause.start, rel):
        return False  # 甲、乙、丙这3条航线: the count of what was just named; 41个口岸各新设1家: so many for each
    if listed_places(sent, ctx, q) == q.attr("value") or counts_the_list_before(sent, q):
        return False  # 推动甲、乙、丙3个综保区高质量发展: the count of the places just named
    if rest.startswith(words("measures", "body_classes")) and bodies_listed_before(sent, ctx, q) \
            or BODIES_ACTING.match(rest):
        return False  # 全国妇联、中央网信办等16个部门部署…, 44个国家部委制定…: how many bodies act together, no figure
    return True


BODIES_ACTING = re.compile(pattern("measures:body_levels", "(?:{})?").pattern + pattern("measures:body_classes").pattern
                           + pattern("measures:body_acts").pattern)  # (44个国家部委制定…: how many bodies act)
UNDIRECTED_GAP = re.compile(r"比(?:全国|全省|全市|全区|全州|[\u4e00-\u9fff]{2,8}?)(?:平均水平|平均值|平均)[高低快慢多少](?:约|近|超过)?$")
RANK_MOVE = re.compile(r"(?:位次|排名|排位|名次)[\u4e00-\u9fff]{0,3}$")  # (位次前移, 排名上升, 排名提升了)
POINTED_COUNT = re.compile(r"[这那](?:些)?$")  # (…这4条“小三通”航线: the routes just named)
EACH_COUNT = pattern(words("measures", "addition_verbs") + words("measures", "count_verbs"), "各(?:{})$")
PLACES_PAIR = re.compile(r"国家和地区|国家或地区|省区市|省（区、市）")  # one kind of place, not a list
TOGETHER = re.compile(r"[和与及][^\d，；。、]{1,12}(?:共同|一共|合计|共)")  # (…企业和某某共发展…: who did it together)


def bodies_listed_before(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """Bodies named in a list closed by 等 right before the number (甲部、乙委等16个部门)."""
    ends = {m.end - sent.start for m in ctx.mentions_in(sent, "ORG") if m.end <= q.start}
    at = q.start - sent.start
    return sent.text[at - 1:at] == "等" and at - 1 in ends and "、" in sent.text[:at]
