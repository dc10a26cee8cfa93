"""Where a figure is: the region named in its clause, a heading or the document's home (全省, 我市), the
place a news sentence opens on, and a national designation in a place's own document."""
from __future__ import annotations

import re

from ...lexicon import counties, pattern, rules, vocabulary, words
from ...countries import countries, country_names
from ...names import place_prefix
from ...nlp import Sentence
from ...records import Mention
from ..clauses import MAX_INDICATOR, Clause
from ..context import Context
from .indicator import QUOTED_NAME
from .spans import partner
from .scope import HELD_MANNERS, central_source, heading_mentions, item_heading


def region_of(sent: Sentence, ctx: Context, q: Mention, clause: Clause) -> str:
    """An explicit region before the number in its clause (or at the start of
    the sentence, or the only place the sentence names before it); 全省/我市 … as
    the document's place; in a document of a place (a provincial plan or report), that place."""
    regions = [m for m in ctx.mentions_in(sent, "REGION") if m.end <= q.start and not in_means_frame(sent, m)
               and not partner(sent, m) and not in_circumstance(sent, m, clause) and not venue(sent, m, clause)
               and not in_rank(sent, m)]
    listed = [m for m in regions if LISTED_AFTER.match(sent.text, m.end - sent.start)
              or sent.text[m.start - sent.start - 1:m.start - sent.start] in ("、", "和", "及")
              or "、" in sent.text[clause.start:m.start - sent.start] and "等" in sent.text[m.end - sent.start:q.start - sent.start]]
    # (通榆、辽源等5个项目; 安徽、江苏收购量; 黄河古贤水利枢纽、长江铜陵河段治理等37项; 实施宁夏某灌区等109处…:
    # places of a list or of its example)
    listed += [m for m, after in zip(regions, regions[1:]) if after.start == m.end and after in listed]  # (广东茂名、…)
    listed += [m for pair in zip(regions, regions[1:]) for m in pair
               if re.fullmatch(r"[\u4e00-\u9fff]{1,5}、", sent.text[pair[0].end - sent.start:pair[1].start - sent.start])]
    # (延安苹果、汉中中药材入选…: items a place qualifies, not where the sentence's figures are)
    in_clause = [m for m in regions if m.start - sent.start >= clause.start]
    if any(m in listed for m in in_clause):  # places of a list: the figure is none's alone, but their province's
        province = common_province({m.key for m in in_clause})  # (江西上饶、宜春等地的18个县; not 安徽、江苏收购量)
        opening = regions[0] if regions[0].start - sent.start <= 2 and regions[0] not in listed else None
        return province or (opening.key if opening else "")  # (长三角…：上海华峰、江苏徐工等58个二级节点: 长三角)
    if one_place({m.key for m in in_clause}):
        return one_place({m.key for m in in_clause})  # (several places in the clause name companies or list places)
    part = sent.text.rfind("；", 0, q.start - sent.start) + 1  # (在甲省，…；在乙省，…预计年发电量…: 乙省's)
    own_part = one_place({m.key for m in regions if m.start - sent.start >= part and m not in listed}) if part else ""
    if own_part:
        return own_part
    if regions and opens_sentence(sent, regions[0]) and regions[0] not in listed \
            and not names_facility(sent, regions[0]):
        acting = clause_subject_place(sent, regions[1:], q)
        if acting is not None and sent.text.startswith("在", 0):
            return acting.key  # (在某区域，甲市扛起…，已形成3个产业集群: 甲市's, within the frame)
        joined = [r for r in regions[1:2] if r.start == regions[0].end]  # (辽宁沈阳…: 沈阳市)
        return one_place({regions[0].key, *(r.key for r in joined)}) or regions[0].key
    own = {m.key for m in regions if m not in listed and not ctx.covered(sent, m.start, m.end, "ORG", "POLICY", "PLATFORM")}
    if ctx.document.genre not in ("official", "work_report"):
        # (not in a document of a place, where a city named in passing is not the figure's: 支持合肥…，引进…200家)
        national = pattern("measures:scope_openings", "(?<![占于比较对自])(?:{})").search(sent.text, clause.start,
                                                                                   q.start - sent.start)
        if one_place(own) and not in_clause and not national:  # (…北京中轴线…，我国世界文化遗产增至40项: the country's)
            return one_place(own)  # “十四五”期间，江西累计培育…，专精特新中小企业4162家: the one place the sentence names
    home_words = rules("places")["home_words"]
    pre = without_ranks(sent.text[:q.start - sent.start])  # (增速居全省第2位；…: a rank among the province's)
    if not regions and ctx.document.genre == "news":
        level = next((lv for lv in ("province", "city") if any(w in pre for w in home_words[lv])), "")
        if level:
            return place_named_before(ctx, sent, level) or source_place(sent, ctx, q, level) \
                or heading_place(ctx, sent, level, pre)  # 甘肃…。力争今年底，全省工业增加值…: 甘肃's; 某市商务委数据显示，
            # 全市…: that city's; ### 【…】青海：… / …，预计今年全省新增…: the heading's
        at = q.start - sent.start
        if pattern("measures:scope_openings", "(?<![占于比较])(?:{})").search(sent.text, clause.start, at) \
                or pattern("measures:scope_openings", "(?:^|[，；])(?:{})").search(sent.text, 0, at) \
                or NATIONAL_MEASURE.match(sent.text, clause.start, at):
            return ""  # (### 景德镇…。至此，我国世界遗产总数达61项: the country's, not the item's place; not 高于全国;
            # 我国…人数…，…收入…: every figure of the sentence; 国内旅游人次: the country's by its name)
        if any(partner(sent, m) for m in ctx.mentions_in(sent, "REGION") if m.end <= q.start):
            return ""  # (### 某地…贸易值… / 内地与香港贸易进出口值…: the heading's place is the trade's other side)
        if (central_source(sent, ctx, q) or central_before(sent, ctx)) \
                and not any(w in sent.text for w in words("measures", "allocation_verbs")):
            return ""  # (### …走进某市 / 某部有关负责人表示，…。预计全年…: the country's, as the ministry says it; not
            # 财政部紧急预拨1亿元…: what the item's place receives)
        return one_place({m.key for m in heading_mentions(ctx, sent, "REGION") if not held_in(ctx.document.text, m)}) \
            or place_opening_before(ctx, sent)  # ### 海南离岛免税…: the item's place; 在某县，…。眼下，…: that county's
    if ctx.province and any(w in pre for w in home_words["province"]):
        return ctx.province
    if ctx.city and any(w in pre for w in home_words["city"]):
        return ctx.city
    if ctx.document.genre in ("official", "work_report") \
            and all(m.key in (ctx.city, ctx.province) or names_facility(sent, m) for m in regions):
        return ctx.city or ctx.province  # (no place, or only the document's own: 滨海新区 in 天津's report; or only
        # where a named project is: 某市地铁险资项目成功落地，引入新基金20只)
    return ""


NATIONAL_MEASURE = re.compile(r"\s*(?:[^，；]*?[年期季月节间])?国内(?=[\u4e00-\u9fff]{2})")  # (今年暑期国内旅游人次: the
# country's measure, not 产品国内市场占有率)


RANKED = re.compile(r"(?:居|位居|位列|排名|排在|列|成为)?(?:全国|全省|全市|全区|全州)(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,8}[）)]){0,8}?(?:第[\d一二三四五六七八九十]+(?:位|名|个)?|前列|首位|榜首|首个"
                    r"|前[\d一二三四五六七八九十]+(?:位|名)?)"
                    r"|在(?:全国|全省|全市|全区|全州)[\u4e00-\u9fff“”]{0,16}?(?:排名|排位|考核|考评|评价|评比|评估)中?")
# (在全省开发区综合排名中提升7位: what is ranked among the province's, not the province's figure)


RANK_AMONG = re.compile(r"(?:居|位居|位列|排名|排在|列)(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,8}[）)]){2,14}?(?:第[\d一二三四五六七八九十]+(?:位|名)?|前列|首位"
                        r"|榜首|前[\d一二三四五六七八九十]+(?:位|名)?)")


def in_rank(sent: Sentence, m: Mention) -> bool:
    """The place is what a figure is ranked among (增速居湖州市第1位) or compared with (高于某市平均水平0.8个百分点),
    not whose the figure is."""
    s, e = m.start - sent.start, m.end - sent.start
    return any(r.start() <= s and e <= r.end() for r in (*RANK_AMONG.finditer(sent.text), *BENCHMARK.finditer(sent.text)))


SHARE_BASE = re.compile(r"占(?:全国|全省)")  # (…产量占全省比重39.6%: the city's share)
BENCHMARK = pattern(words("measures", "gap_up") + words("measures", "gap_down"),
                    r"(?:{})(?:(?:全国|全省|全市|全区|全州)(?:[、和及与](?:全国|全省|全市|全区|全州))*"
                    r"|[\u4e00-\u9fff]{2,10}?(?:平均水平|平均增速|平均值|平均|增速))")
# (a place a figure is compared with after a verb of more or less: 高于全省平均水平, 快于全国, 低于某市平均增速; 高于全国、
# 全省平均水平: both)


def without_ranks(text: str) -> str:
    """The text without what its figures are ranked among, compared with, a share of or to become among (增速居全省第2位;
    高于全省平均水平; 占全省比重; 建成全省重要的…基地): 全省 in them is no scope of the figures."""
    becoming = pattern("measures:becoming_verbs", r"(?:{})(?:全国|全省|全市|全区|全州)")
    return becoming.sub("", SHARE_BASE.sub("", BENCHMARK.sub("", RANKED.sub("", text))))


def with_whole_province(sent: Sentence, q: Mention, clause: Clause, region: str) -> str:
    """A city's figure whose own clause says 全省 (or 我省, 本省) as its scope, not as what it is compared with
    (在某市…，这让全省有1500万亩盐碱地…; not …占全省比重): the city's province's."""
    entry = vocabulary().region(region) if region else None
    if entry is None or entry.level != "city" or not entry.province:
        return region
    said = [w for w in rules("places")["home_words"]["province"] if w.startswith(("全省", "我省", "本省"))]
    scope = pattern(tuple(said), r"(?<![占于比较居在])(?:{})").search(sent.text, clause.start, q.start - sent.start)
    return entry.province if scope is not None else region


def clause_subject_place(sent: Sentence, places: list[Mention], q: Mention) -> Mention | None:
    """The last of ``places`` that opens a clause before the figure and acts in it (…，甲市扛起…): the subject
    the clauses after it go on about, unless a semicolon closes its part."""
    acting = [m for m in places if m.end <= q.start and sent.text[m.start - sent.start - 1:m.start - sent.start] == "，"
              and 0 <= sent.token_at(m.end - sent.start) and sent.tags[sent.token_at(m.end - sent.start)][:1] in "vd"
              and "；" not in sent.text[m.end - sent.start:q.start - sent.start]]
    return acting[-1] if acting else None


def opens_sentence(sent: Sentence, place: Mention) -> bool:
    """The place opens the sentence, alone or after a preposition (在广东，…; not 推进延安某项目…, a verb's object)."""
    at = place.start - sent.start
    return at <= 2 and not (at and sent.tags[0].startswith("v"))


def in_means_frame(sent: Sentence, place: Mention) -> bool:
    """The place is in the frame a sentence opens with to say by what means (以西安…中心建设为牵引，…): not
    where the figures after it are."""
    frame = MEANS_FRAME.match(sent.text)
    return frame is not None and place.end - sent.start <= frame.end()


MEANS_FRAME = re.compile(r"以[^，；。]*?为")
TIME_LEAD = re.compile(r"(?:\d{4}年|今年|去年|近年来|目前|如今|当前)[^，。；]{0,8}，")  # a time a sentence opens with
LISTED_AFTER = re.compile(r"[、等]|[\u4e00-\u9fff]{1,6}等[\d一二三四五六七八九十两几]")  # (宁夏、…; 宁夏某灌区等109处)


def in_circumstance(sent: Sentence, place: Mention, clause: Clause) -> bool:
    """The place is in an earlier clause of circumstance (随着一列班列从青岛开出，中欧班列累计开行…): it says where the
    event happened, not where the figure after it is — unless the figure's clause speaks of the whole place (全市…)."""
    homes = rules("places")["home_words"]
    whole = any(w in sent.text[clause.start:clause.end] for w in homes["province"] + homes["city"])  # (…，全市…: its)
    return place.start - sent.start < clause.start and not whole \
        and CIRCUMSTANCE.search(sent.text, 0, place.start - sent.start) is not None


def venue(sent: Sentence, place: Mention, clause: Clause) -> bool:
    """The place is where an event named before it was held, in an earlier clause (某运动会在某市开幕，设34个比赛项目…;
    某批集采在某市开标，65种药品采购成功): the event's figures are of all who take part, not of the host."""
    return place.end - sent.start <= clause.start and held_in(sent.text, place, sent.start)


def held_in(text: str, place: Mention, offset: int = 0) -> bool:
    """The place follows 在 and goes on with a verb of holding an event (在某市开幕, 在某市隆重举行): a venue."""
    at, end = place.start - offset, place.end - offset
    held = pattern("measures:held_verbs", HELD_MANNERS + "(?:{})")
    return text[at - 1:at] == "在" and held.match(text, end) is not None


CIRCUMSTANCE = re.compile(r"(?:^|[，；])\s*随着[^，；。]*$")


def with_national_title(sent: Sentence, ctx: Context, q: Mention, clause: Clause, indicator: str) -> str:
    """In a document of a place, 全国 right before the indicator is part of a national designation
    (全国文明城市达到13个, 全国重点实验室45家), not the scope of the figure, which is the place's."""
    if not (ctx.province or ctx.city) or ctx.document.genre not in ("work_report", "official"):
        return indicator
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    return "全国" + indicator if at >= 2 and sent.text[at - 2:at] == "全国" else indicator


HOME_REACH = 120  # how far back (characters) a news item's 全省/全市 may point to the place it names


def place_named_before(ctx: Context, sent: Sentence, level: str) -> str:
    """The province (or city) a news item named last, shortly before the sentence: what its 全省 (全市) is."""
    item = ctx.part(sent, "item")
    start = max(item.start if item is not None else 0, sent.start - HOME_REACH)
    for m in sorted(ctx.all_mentions("REGION"), key=lambda m: m.start, reverse=True):
        entry = vocabulary().region(m.key) if start <= m.start and m.end <= sent.start else None
        if entry is not None and (entry.level == level or level == "city" and entry.name.endswith("市")):
            return entry.name  # (全市 of a municipality: 北京市)
    return ""


def heading_place(ctx: Context, sent: Sentence, level: str, said: str) -> str:
    """The one province (or city) the heading of the sentence's news item names, when it is of that level (and an
    autonomous region's where the sentence says 全区: not a district's, 武隆区…全区…)."""
    entries = {vocabulary().region(m.key) for m in heading_mentions(ctx, sent, "REGION")}
    found = [e.name for e in entries if e is not None and e.level == level]
    if len(found) != 1 or len(entries) != 1 or "区" in said and not found[0].endswith("自治区"):
        return ""
    return found[0]


def place_opening_before(ctx: Context, sent: Sentence) -> str:
    """The one place that opens the sentence right before, in a news paragraph that names no other place and no
    nation-wide scope before it (在河南某县，今年玉米喜获丰收。眼下，…平均每天收购量…): a sentence that names no
    place goes on about it; not after examples of a national story (在福建宁德，…。今年前8个月，民营经济占…). Else ""."""
    i = ctx.index_of(sent.start)
    if i < 1 or ctx.part(sent, "item") is None or pattern("measures:scope_openings", "(?:{}|各地)").search(sent.text):
        return ""
    before = ctx.sentences[i - 1]
    places = [m for m in ctx.mentions_in(before, "REGION") if not ctx.covered(before, m.start, m.end, "ORG", "POLICY")]
    if not places or not (opens_sentence(before, places[0]) or TIME_LEAD.fullmatch(
            before.text, 0, places[0].start - before.start)) or partner(before, places[0]):
        return ""  # (在某县，…; 2024年，新疆…: the place opens it, past a time)
    paragraph = ctx.document.text.rfind("\n", 0, before.start) + 1
    if "\n" in ctx.document.text[before.end:sent.start] \
            or pattern("measures:scope_openings", "(?:{}|各地)").search(ctx.document.text, paragraph, before.end):
        return ""
    first = ctx.index_of(paragraph) if ctx.index_of(paragraph) >= 0 else i - 1
    return one_place({m.key for k in range(first, i) for m in ctx.mentions_in(ctx.sentences[k], "REGION")})


def source_place(sent: Sentence, ctx: Context, q: Mention, level: str) -> str:
    """The province (or city) whose body the sentence names before the figure (某市商务委数据显示，全市…)."""
    for m in ctx.mentions_in(sent, "ORG"):
        at = place_prefix().match(m.key) if m.end <= q.start else None
        entry = vocabulary().region(at.group()) if at else None
        if entry is not None and (entry.level == level or level == "city" and entry.name.endswith("市")):
            return entry.name  # (全市 of a municipality: 重庆市)
    return ""


def names_facility(sent: Sentence, place: Mention) -> bool:
    """The place opens the name of a facility or a project (西安咸阳国际机场T5航站楼…建成投运; 某市地铁险资项目成功落地): it
    says where that is, not where the sentence's other figures are."""
    heads = words("measures", "topic_heads") + words("measures", "named_work_heads")
    return pattern(heads, r"[\u4e00-\u9fff]{0,6}?(?:{})").match(sent.text, place.end - sent.start) is not None


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


def county_named(sent: Sentence, ctx: Context, q: Mention, region: str) -> str:
    """The county a figure's region was read from, as written (贞丰县旅游综合收入… -> 贞丰县, region its
    prefecture): the figure is the county's, which the prefecture alone would not say; not past a ； (某县出口增长13%；
    新材料产业产值增长17%: the city's again). Else ""."""
    if not region:
        return ""
    part = sent.start + sent.text.rfind("；", 0, q.start - sent.start) + 1
    named = [m for m in ctx.mentions_in(sent, "REGION") if part <= m.start and m.end <= q.start and m.key == region
             and m.text != region and (m.attr("county") or m.text.endswith(tuple(words("places", "county_ends"))))]
    if not named:
        return ""  # (a county-level city or a district by its full name too: 海伦市, 浦东新区)
    county = named[-1].attr("county") or named[-1].text
    if ctx.document.genre != "news" and county != ctx.county and not figure_follows(sent, named[-1].end, q.start):
        return ""  # (a report's 某区开发开放龙头作用更加突出，…上市公司88家: the city's figures after a clause of its district)
    return county


def county_opening(sent: Sentence, ctx: Context, indicator: str, region: str) -> str:
    """The county-level place the indicator opens with, as an item of a list of places (忻府区、原平市…地区生产总值分别
    增长5.6%、5.4%… -> 原平市 for 原平市地区生产总值), when it lies in the figure's region; else ""."""
    for m in ctx.mentions_in(sent, "REGION"):
        county = m.attr("county")
        if county and region and m.key == region and indicator.startswith((m.text, county)):
            return county
    return ""


def figure_follows(sent: Sentence, start: int, end: int) -> bool:
    """Whether the words of a sentence from ``start`` to a figure at ``end`` run on within one clause, or the clause
    they open holds a figure of its own (某市外贸进出口额达到618.5亿元，同比增长11.2%)."""
    words_between = sent.text[start - sent.start:end - sent.start]
    first = re.split(r"[，；：,;:]", words_between, maxsplit=1)
    return len(first) == 1 or bool(re.search(r"\d", first[0]))


def speaker_county(sent: Sentence, ctx: Context, q: Mention, region: str) -> tuple[str, str]:
    """In the news, the county-level place a body speaking before a figure is of, when the figure's clause says the
    whole of a county (乳山市牡蛎产业协会预计，今年全市牡蛎产量…; 嵊州市文化广电旅游局负责人表示，…全市…) and the
    region read is none or that place's prefecture or province: (the place, its prefecture). Else ("", "")."""
    if ctx.document.genre != "news":
        return "", ""
    clause = CLAUSE_START.search(sent.text[:q.start - sent.start]).group()
    places = rules("places")["county_home_words"]
    for org in ctx.mentions_in(sent, "ORG"):
        if org.end > q.start:
            break
        county = next((org.key[:k] for k in range(min(len(org.key) - 1, 12), 1, -1) if org.key[:k] in counties()), "")
        holder = counties()[county] if county else None
        if holder is not None and region in ("", holder.name, holder.province) \
                and (any(w in clause for w in places.get(county[-1], [])) or speaks_first(sent, ctx, org, q)):
            return county, holder.name
    return "", ""


def speaks_first(sent: Sentence, ctx: Context, org: Mention, q: Mention) -> bool:
    """A body opens the sentence and speaks (某市农业农村局介绍，预计今年…), and no place is named between it and the
    figure: the figure is of the body's place."""
    after = sent.text[org.end - sent.start:q.start - sent.start]
    return org.start - sent.start <= 1 and after.startswith(words("measures", "speech_verbs")) \
        and not any(org.end <= m.start < q.start for m in ctx.mentions_in(sent, "REGION")) \
        and not re.search(r"全国|全省|我国|各地", after)


def county_before(sent: Sentence, ctx: Context, q: Mention, region: str) -> str:
    """In the news, the county-level place named last shortly before the sentence, when the sentence says its whole
    before the figure (在某某市，…。今年1月，全市…产值…) and the region read is its prefecture: the county's figure. Else ""."""
    if ctx.document.genre != "news" or not region:
        return ""
    pre = sent.text[:q.start - sent.start]  # (今年全市锥栗产量…，其中精深加工转化率…: the part's whole is the city's too)
    item = ctx.part(sent, "item")
    start = max(item.start if item is not None else 0, sent.start - HOME_REACH)
    before = [m for m in ctx.all_mentions("REGION") if start <= m.start and m.end <= sent.start]
    last = max(before, key=lambda m: m.start, default=None)
    county = last.attr("county") if last is not None and last.key == region else ""
    homes = rules("places")["county_home_words"].get(county[-1:], [])
    return county if any(w in pre for w in homes) and not names_prefecture(sent, ctx, q, county) else ""


def names_prefecture(sent: Sentence, ctx: Context, q: Mention, county: str) -> bool:
    """The sentence names its prefecture, or a body of it, before the figure (某市农业农村局局长：预计今年全市…): its
    全市 is the prefecture's, not the county's named before."""
    places = [m.text for m in ctx.mentions_in(sent, "REGION") if m.end <= q.start]
    places += [m.text for m in ctx.mentions_in(sent, "ORG") if m.end <= q.start]
    city = counties()[county].name if county in counties() else ""
    return bool(city) and any(p.startswith(city) for p in places)


def home_county(sent: Sentence, ctx: Context, q: Mention, region: str) -> str:
    """The document's county when a figure of its plan or report has its city's or province's region only as the
    document's place (全县…, 全市… in a county-level city's, 全区… in a district's): the county's figure. Else ""."""
    if not (ctx.county and region) or region not in (ctx.city, ctx.province) \
            or ctx.document.genre not in ("official", "work_report", "interpretation"):
        return ""
    places = rules("places")
    own = places["county_home_words"].get(ctx.county[-1], [])
    higher = [w for w in places["home_words"]["province"] + places["home_words"]["city"] if w not in own]
    pre = without_ranks(sent.text[:q.start - sent.start])
    clause = CLAUSE_START.search(pre).group()
    if any(w in clause for w in own) and not any(w in clause for w in higher):
        return ctx.county  # (…（某市某区）龙舟赛，全区接待游客…: the clause says whose)
    named = [m for m in ctx.mentions_in(sent, "REGION") if m.end <= q.start]
    if any(m.text not in ctx.county and not in_rank(sent, m) for m in named):
        return ""  # (the city or the province named: theirs; not 增速居湖州市第1位)
    return "" if any(w in pre for w in higher) else ctx.county  # (全省… in a county's report: the province's; not 居全市第2位)


CLAUSE_START = re.compile(r"[^，；：,;:]*$")  # the words of the clause before a figure


def with_country(sent: Sentence, ctx: Context, q: Mention, indicator: str) -> str:
    """A statistic (its indicator ends with a measuring head) of a foreign country named earlier in its
    sentence — or, in the news, in its item's heading — carries the country's name (德国联邦统计局…，
    去年国内生产总值下降0.2% -> 德国国内生产总值); not when the sentence also speaks of China or a
    Chinese place, of both sides (中塞双方), or names several countries; nothing when it names a part of the
    country (加利福尼亚州, 东南部多地): a short figure after it is the part's."""
    if not re.sub(r"（[^（）]*）$", "", indicator).endswith(words("measures", "indicator_heads")) or indicator.endswith(
            tuple(rules("measures")["toll_counts"].values())) or indicator.startswith(("对", "向", "与")):
        return indicator  # (a count in a report of an attack may be the attacker's or the victim's; 对东盟进出口:
        # trade with the country, not its own)
    before = QUOTED_NAME.sub("", sent.text[:q.start - sent.start])  # (“古埃及文明大展”: a name, not the country's)
    named = {countries()[m.group()] for m in country_names().finditer(before)}
    own = {countries()[m.group()] for m in country_names().finditer(before, CLAUSE_START.search(before).start())}
    named = own if len(named) > 1 and len(own) == 1 else named  # (欧盟统计局…，欧元区10月通胀率…: the clause's own)
    named = (nearest_figures_country(before) or named) if len(named) > 1 and not own else named  # (…，欧元区2月通胀率为2.1%；
    # 剔除…后的核心通胀率为2.2%: the country of the figure before)
    own_scope = indicator.startswith(words("measures", "world_scopes")) or pattern(
        "measures:global_scopes", "(?<![占居])(?:{})").search(before) is not None  # (欧洲天然气价格; 今年全球…新增装机
    # 容量: no heading's country; not 人口占全球比重: the country's share)
    span = item_heading(ctx, sent) if not named and ctx.document.genre == "news" and not own_scope else None
    if span is not None:  # ### 美国3月贸易逆差创新高: the item's country
        named = {countries()[m.group()] for m in country_names().finditer(ctx.document.text[span[0]:span[1]])}
    if len(named) != 1 or ctx.mentions_in(sent, "REGION") or any(
            w in before for w in words("measures", "china_words") + words("measures", "both_sides_words")):
        return indicator
    rest = before.replace(indicator, "") + (ctx.document.text[span[0]:span[1]] if span is not None else "")
    if len(indicator) <= 6 and indicator not in words("measures", "one_event_measures") and (
            pattern("measures:foreign_part_ends", "[^\\W\\d_个]{}").search(rest)
            or pattern("measures:foreign_part_words").search(rest)):
        return ""  # (加州…帕利塞德山火的过火面积, 韩国东南部多地的林火…过火面积: one part's, which the row could not name)
    country = named.pop()
    if any(form in indicator and (len(form) >= 2 or indicator.count(form) > indicator.count(form + "元"))
           for form, name in countries().items() if name == country):
        return indicator  # (赴美机票预订量: the country is in it already; not the 美 of 美元)
    return country + indicator if len(country + NOTE_AFTER.sub("", indicator)) <= MAX_INDICATOR else indicator


NOTE_AFTER = re.compile(r"（[^（）]*）$")  # (核心消费者价格指数（剔除…价格）: the indicator's note, not its length)


def nearest_figures_country(before: str) -> set[str]:
    """The one country the nearest clause before that names one as its own (not a partner: 对美国出口下降5.6%) names,
    when that clause states a figure of it (欧元区今年2月通胀率为2.1%，与上月持平；…), else none."""
    for clause in reversed(re.split(r"[，；,;]", before)):
        named = {countries()[m.group()] for m in country_names().finditer(clause)
                 if not PARTNER_BEFORE.search(clause, 0, m.start())}
        if named:
            return named if len(named) == 1 and re.search(r"\d[\d.]*\s*(?:%|％|万|亿|美元|欧元)", clause) else set()
    return set()


PARTNER_BEFORE = re.compile(r"[对向与同和自从赴]$")  # (对美国出口, 与欧盟贸易: the other side of a trade)


def central_before(sent: Sentence, ctx: Context) -> bool:
    """The sentence before, in the same paragraph, opens on a central body of the vocabulary (某部有关负责人表示，…。):
    the sentence goes on with what that body says."""
    i = ctx.index_of(sent.start)
    before = ctx.sentences[i - 1] if i > 0 else None
    if before is None or "\n" in ctx.document.text[before.end:sent.start]:
        return False
    return any(m.start - before.start <= 2 and m.attr("category") == "government" and m.attr("via") == "vocabulary"
               and not m.attr("foreign") and not place_prefix().match(m.key) for m in ctx.mentions_in(before, "ORG"))
