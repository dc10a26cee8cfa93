"""What a news sentence points back to: a clause opening on 该 or 本届/本次 names its subject elsewhere
(该电站…, 本届博览会…), a sentence describing one unnamed thing (这个…小镇) gives only its details, and a
component index belongs to the survey its item named before (新订单指数 of the 制造业采购经理指数), and an average
names the measure a clause before it names whole (日均业务量 of 快递业务量)."""
from __future__ import annotations

import re

from ...lexicon import alternation, common_words, memo, pattern, vocabulary, words
from ...nlp import Sentence, word_tags
from ...records import Measure, Mention, Part
from ..clauses import MAX_INDICATOR, Clause
from ..context import Context
from .nouns import verb_words
from .spans import site_ends
from .scope import content_start, heading_topic, item_heading, news_lead_end, sentence_topic

POINTERS = r"(?:(?<!应)该|本届|本次|此次|这次|这届)(?P<pointed>[\u4e00-\u9fff]{1,3})"  # 该电站, 本届博览会: what was named
# before
POINTER_OPENING = re.compile(r"(?:[^，。；]{0,10}[，,])?" + POINTERS)
POINTER_CLAUSE = pattern("measures:forecast_cues", r"(?:[^，。；]{0,8}(?:{}))?" + POINTERS)
# (主办方预计本届到会境外采购商…: the edition after whoever expects it)


def opens_on_pointer(sent: Sentence, indicator: str) -> bool:
    """The sentence opens, past a news item's opening and a short lead (日前，), on 该 or 本届/本次 and what it
    points back to (该电站总装机容量…, 该模式今年已累计…, 本届博览会共有…): whose its figures are was said
    before it — unless the indicator names it (本届广交会…到会 -> 广交会…)."""
    m = POINTER_OPENING.match(sent.text, news_lead_end(sent))
    return m is not None and not named_in(sent, m.start("pointed"), indicator)


def describes_one(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """A news sentence points at one thing it describes before the figure (这个50多平方公里的小镇聚集了…,
    这家企业已在…设立了…, 他所在的龙舟队有…, 全国首个某中心建成半年来…): its figures are a story's details of
    something left unnamed (这是一片…的玻璃; …这样的… in the figure's clause) — not a time (这个“五一”假期, 首个工作日),
    nor when a place, a body or a policy is named after it (…，预计辽宁…), nor what a named one became (山东成为…首个…
    的省份)."""
    if ctx.document.genre != "news":
        return False
    named = [m.start - sent.start for m in ctx.mentions_in(sent, "REGION", "ORG", "POLICY") if m.end <= q.start
             and not WHERE_BEFORE.search(sent.text, 0, m.start - sent.start)]  # (这款机型已在新疆、内蒙古装机…: where)
    own = sent.text[max(sent.text.rfind(c, 0, q.start - sent.start) for c in "，；：") + 1:q.start - sent.start]
    if "这样的" in own:
        return True  # (40万片这样的玻璃…, 像这样的机构还有3家: such things as the story shows, its clause's own)
    return any(not m.group("next").startswith(words("measures", "time_nouns")) and not any(m.end() <= n for n in named)
               and not re.match(r"[\u4e00-\u9fff]{0,3}[日天周]", sent.text[m.end("next") - 2:m.end("next") + 2])
               and not (m.group().startswith("首个") and PREDICATE.search(sent.text, 0, m.start()))
               for m in DESCRIBED_ONE.finditer(sent.text, 0, q.start - sent.start))  # (首个工作日: a time)


WHERE_BEFORE = re.compile(r"在(?:[\u4e00-\u9fff]{2,8}、)*$")  # (a place after 在 is where one does, not who)
PREDICATE = re.compile(r"(?:成为|是)[^，。；]*$")  # (山东…成为东部沿海首个…的省份: what a named one became)


DESCRIBED_ONE = re.compile(r"(?:这是?一?(?:个|家|座|里|条|所|支|艘|款|台|架|辆|颗|部|片|批|项|种|位|名)|[他她]所在的|首个)"
                          r"(?P<next>[“\u4e00-\u9fff]{0,2})")


def quotes_a_firm(sent: Sentence, ctx: Context) -> bool:
    """A news sentence opens on what a firm's people say (企业负责人介绍，…; 公司董事长张某表示，…) and names no body
    in that opening: its figures are that firm's, which the row would not name (not 某集团董事长…表示: the firm named)."""
    if ctx.document.genre != "news":
        return False
    start = news_lead_end(sent)
    said = firm_speech().match(sent.text, start)
    return said is not None and not any(start <= m.start - sent.start < said.end()
                                        for m in ctx.mentions_in(sent, "ORG"))


@memo(maxsize=1)
def firm_speech() -> re.Pattern[str]:
    """A firm's speaker and a speaking verb opening a sentence, up to 12 words before it and a name of up to 3 after."""
    speakers, verbs = (alternation(words("measures", k)) for k in ("firm_speakers", "speaking_verbs"))
    return re.compile(rf"[^，。；：]{{0,12}}?(?:{speakers})[\u4e00-\u9fff]{{0,3}}?(?:{verbs})[，：:]")


def of_whole_small_unit(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """A news sentence speaks, before the figure, of the whole of a county, town or village (全县黄芪种植面积约3万亩,
    全村产业帮扶覆盖率…): the figure is that one unit's, which the region (a city or a province at most) would not
    say."""
    return ctx.document.genre == "news" and pattern("measures:small_units", "全(?:{})").search(
        sent.text, 0, q.start - sent.start) is not None


def opens_on_bare_head(sent: Sentence, ctx: Context) -> bool:
    """A news sentence opens, past its lead and time words, on a bare head of a named place or facility and an
    adverb (示范区已累计形成…, 码头每年…): the one the story named before, whose figures the row would not say."""
    start = content_start(sent, ctx, news_lead_end(sent))
    k = sent.token_at(start)
    if k < 0 or sent.starts[k] - sent.start != start or k + 1 >= len(sent.tags):
        return False
    word = sent.text[start:sent.ends[k] - sent.start]
    return word in words("measures", "topic_heads") and word not in words("measures", "event_heads") \
        and sent.tags[k + 1].startswith("d")  # (not 大会表彰了…, an event's own doing)


def clause_opens_on_pointer(sent: Sentence, clause: Clause, indicator: str) -> bool:
    """The figure's clause opens on 该 or 本次/本届 and what it points back to (…开幕，本次展会展位面积…)."""
    m = POINTER_CLAUSE.match(sent.text, clause.start)
    return m is not None and not named_in(sent, m.start("pointed"), indicator)


def named_in(sent: Sentence, rel: int, indicator: str) -> bool:
    """The edition a pointer points at is of an event named by its own word, and the indicator has that word
    (本届广交会 … 广交会头部跨国企业到会); not a common word or an event's kind (该港口, 本次展会)."""
    i = sent.token_at(rel)
    word = sent.text[rel:sent.ends[i] - sent.start] if i >= 0 and sent.starts[i] - sent.start == rel else ""
    return len(word) >= 2 and word in indicator and sent.text[rel - 2:rel] in ("本届", "本次", "这届") \
        and word not in common_words() and word not in words("measures", "event_heads")


def index_family(sent: Sentence, ctx: Context, indicator: str) -> str:
    """The family a bare component index belongs to, named earlier in its news item (…中国制造业采购经理指数为
    49.7%… / 新订单指数为50.2% -> 中国制造业采购经理指数), or "": a 新订单指数 alone names no survey."""
    item = ctx.part(sent, "item")
    families = words("measures", "index_families")
    if not re.search(r"指数(?:平均值)?(?:增速)?$", indicator) or len(indicator) > 14 or item is None \
            or any(f in indicator for f in families):
        return ""  # (非制造业商务活动指数 is a family of its own)
    family = pattern("measures:index_families", r"(?<![\d\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}?(?:{})|(?<=\d)"
                     r"月份?[\u4e00-\u9fff]{2,10}?(?:{})")  # (12个行业采购经理指数: a count of sectors, no family)
    until = sent.start + max(0, sent.text.find(indicator))  # (…中国物流业景气指数为51.5%…；新订单指数为…: the same sentence's)
    found = [m.group() for m in family.finditer(ctx.document.text, item.start, until)]
    named = [pattern("measures:lead_noise", "^(?:{})+").sub("", LEADING_PERIOD.sub("", f)) for f in found]
    return next((n for n in reversed(named) if len(n) > len(indicator) and not n.endswith(indicator)
                 and not re.search("行业|型企业|[和、]", n)), "")  # (not 基础原材料行业…, 装备制造业和…: parts)


LEADING_PERIOD = re.compile(r"^.*?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|^.*?(?:上半年|前三季度|[一二三四]季度)")


def item_topic(sent: Sentence, ctx: Context) -> str:
    """The named facility, zone or event the first sentence of the sentence's news item opens with (第九届某某
    电影节今天开幕。… / 共有3900部影片报名 -> 第九届某某电影节): whose a later figure is when its own sentence
    names no body or place. "" in that first sentence or when it opens otherwise."""
    span = item_heading(ctx, sent)
    i = ctx.index_of(span[0]) + 1 if span else 0
    lead = ctx.sentences[i] if 0 < i < len(ctx.sentences) else None
    if lead is None or lead.start >= sent.start or ctx.part(lead, "item") != ctx.part(sent, "item"):
        return ""
    topic = sentence_topic(lead, ctx)
    if topic and pattern("measures:release_verbs", "(?:{})了?《").search(lead.text, lead.text.find(topic) + len(topic)):
        return ""  # (某论坛今天闭幕，某机构发布《某年度报告》。报告显示…: the report's figures, not the event's)
    first = lead.token_at(lead.text.find(topic)) if topic else -1
    return topic if first >= 0 and not lead.tags[first].startswith(("v", "p", "c", "d")) else ""  # (not 设立某新区…)


def with_whole_sector(sent: Sentence, ctx: Context, indicator: str) -> str:
    """A news figure of 全行业 (全行业完成货邮运输量…) is of the one sector its item's heading names (2月我国民航运输…
    -> 民航货邮运输量); "" when the heading names none or several: 全行业 alone points back to nothing said."""
    if ctx.document.genre != "news" or not indicator.startswith("全行业"):
        return indicator
    span = item_heading(ctx, sent)
    heading = ctx.document.text[span[0]:span[1]] if span else ""
    named = {w for w in words("measures", "sector_names") if w in heading}
    return next(iter(named)) + indicator.removeprefix("全行业") if len(named) == 1 else ""


def whole_before(sent: Sentence, ctx: Context, indicator: str) -> tuple[str, str]:
    """(subject, site) of the whole a news sentence opening on 其中 is a part of: the last figure of the sentence right
    before it in its paragraph (…白云机场旅客吞吐量达…。其中，国际旅客吞吐量… -> site 白云机场; …全国移民管理机构共查验
    出入境人员…。其中，外国人出入境人数… -> subject 移民管理机构), or for a domestic or foreign part the sector it opens with
    (民航货邮运输量…。其中，国内货运规模… -> 民航). ("", "") when there is none."""
    found = whole_of(sent, ctx)
    if found is None:
        return "", ""
    whole = found.indicator
    site = next((whole[:k] for k in range(3, len(whole) - 1) if whole[:k].endswith(site_ends())), "")
    if not site and indicator.startswith(words("measures", "domestic_or_foreign")):  # (民航货邮运输量…；其中，国内…)
        site = next((w for w in words("measures", "sector_names") if whole.startswith(w) and w not in indicator), "")
    return found.subject, site or scope_of_whole(whole, indicator)


def whole_of(sent: Sentence, ctx: Context) -> Measure | None:
    """The whole a news sentence opening on 其中 is a part of: the last observation of the sentence right before it in
    its paragraph (…今年上半年，经某大桥进出口总值达…。其中，…), or None."""
    if ctx.document.genre != "news" or not sent.text.startswith(words("measures", "part_openings")):
        return None
    i = ctx.index_of(sent.start)
    before = ctx.sentences[i - 1] if i > 0 else None
    if before is None or "\n" in ctx.document.text[before.end:sent.start]:
        return None
    wholes = [m for m in ctx.measures if m.evidence.start == before.start and m.kind == "observation"]
    return wholes[-1] if wholes else None


def whole_time(sent: Sentence, ctx: Context) -> str:
    """The time of the whole a part opening on 其中 belongs to (今年上半年…。其中，…: the first half's), or ""."""
    found = whole_of(sent, ctx)
    return found.time if found is not None else ""


def scope_of_whole(whole: str, part: str) -> str:
    """What a whole's name opens with before the words its part opens with, when both end with the same measure
    (某电网经营区省间交易电量 / 省间新能源交易电量 -> 某电网经营区; 经某大桥进出口总值 / 进出口建筑材料总值 -> 经某大桥): the
    scope the part shares. "" when the part does not open with words of the whole's, or already names that scope."""
    k = next((k for k in range(min(len(whole), len(part)), 1, -1) if whole.endswith(part[-k:])), 0)
    j = whole.find(part[:2]) if k >= 2 else -1
    return whole[:j] if j > 0 and whole[:j] not in part else ""


def site_named_before(sent: Sentence, ctx: Context, indicator: str) -> str:
    """The named site an indicator's bare head points back to (…港珠澳大桥珠海公路口岸…。今年以来，口岸进出境车辆… ->
    港珠澳大桥珠海公路口岸): the last figure's subject before it in the news item that ends with that head, else the
    topic the item's heading opens with (### 某省自贸试验区…进出口货值超… / 目前试验区内… -> 某省自贸试验区). Else ""."""
    head = next((w for w in words("measures", "generic_sites") if indicator.startswith(w)), "")
    item = ctx.part(sent, "item")
    if ctx.document.genre == "news" and head in ("", "港口") and indicator.endswith(tuple(words("measures", "port_measures"))):
        return heading_port(sent, ctx)  # (### 某省某某港集装箱吞吐量创新高 / …预计全年集装箱吞吐量…: that port's)
    if ctx.document.genre == "news" and item is not None and not head and (zone := zone_named_before(sent, ctx, item)):
        return zone  # (在某某经济技术开发区，…。目前，园区已集聚…企业63家，…实现产值156.3亿元: that zone's)
    if ctx.document.genre != "news" or not head or item is None:
        return ""
    named = [m.subject for m in ctx.measures if item.start <= m.evidence.start < sent.start
             and m.subject.endswith(head) and len(m.subject) > len(head)]
    topic = heading_topic(sent, ctx) if not named else ""
    return named[-1] if named else topic if topic.endswith(head) and len(topic) > len(head) else ""


def zone_named_before(sent: Sentence, ctx: Context, item: Part) -> str:
    """The zone a news sentence opening on a bare zone word (目前，园区已集聚…) points back to: the last zone its item
    names before it (在某某经济技术开发区，…), else ""."""
    lead = pattern("measures:lead_noise", r"^(?:(?:{})[，,]?\s*)+").sub("", sent.text.lstrip())
    if not pattern("measures:zone_heads", r"^(?:该|这个)?(?:{})(?!内?的)").match(lead):
        return ""  # (not 园区内的龙头企业某集团，去年…: a firm's figure)
    named = [n.rpartition("的")[2] for n in pattern(
        "measures:zone_heads", r"(?:^|[，。；\n])(?:在|位于|来到)?([\u4e00-\u9fff]{2,14}?(?:{}))(?=[，。；、])").findall(
        ctx.document.text, item.start, sent.start)]
    named = [n for n in named if pattern("measures:not_zone_words").search(n) is None and zone_head_length(n) <= len(n) - 2]
    return named[-1] if named else ""




def zone_head_length(name: str) -> int:
    """The length of the zone head a name ends with (某某经济技术开发区 -> 3)."""
    return max((len(h) for h in words("measures", "zone_heads") if name.endswith(h)), default=0)


HEADING_PORT = re.compile(r"[\u4e00-\u9fff]{2,4}港(?:[\u4e00-\u9fff]{2,3}港区|区)?(?![口澳])")  # (武汉港阳逻港区)


def heading_port(sent: Sentence, ctx: Context) -> str:
    """The port a news item's heading opens on, past its province (### 辽宁某某港集装箱吞吐量创新高 -> 某某港), when the
    item's text names it again: the port whose throughput a bare figure of the item is. Else ""."""
    span = item_heading(ctx, sent)
    if span is None:
        return ""
    heading = ctx.document.text[span[0]:span[1]].lstrip("#（(）)0123456789 ")
    province = next((m for m in ctx.mentions_in(ctx.sentences[ctx.index_of(span[0])], "REGION")
                     if m.attr("level") == "province" and ctx.document.text.startswith(m.text, span[1] - len(heading))), None)
    start = len(province.text) if province is not None else 0
    port = HEADING_PORT.match(heading, start)
    said = ctx.document.text[span[1]:sent.end]
    if not port or vocabulary().region(port.group()) is not None or WHOLE_PORTS.search(sent.text):
        return ""  # (防城港市…: a city's name; 全国港口完成…: every port's)
    other = any(m.group() != port.group() for m in HEADING_PORT.finditer(said))
    return port.group() if port.group() in said or PORT.search(said) or not other else ""  # (…，港口累计完成…: the
    # port it heads; a throughput under its heading, no other port named: its)


PORT = re.compile(r"港口|(?:这一|该|这个|这座)港区?")  # how a digest's paragraph under a port's heading calls it
WHOLE_PORTS = re.compile(r"(?:全国|全省|全市|我国|沿海|内河)(?:规模以上)?港口(?:累计)?(?:完成|实现|吞吐)")  # (not 居全国沿海港口首位)
NAME_TAGS = ("n", "nz", "ns", "nt", "j", "vn", "b")  # (the words a name is made of: 城市|发展|集团)


def named_in_sentence(sent: Sentence, ctx: Context, q: Mention, indicator: str) -> str:
    """The name earlier in the sentence that a bare head opening the figure's clause points back to (组建槐荫城市发展
    集团，集团资产总额达到620亿元 -> 槐荫城市发展集团; 会展片区…，片区全年住宿业营业额… -> 会展片区): the figure's subject,
    not the whole place's (not 全国港口完成货物吞吐量…: the head's own clause, a scope). Else ""."""
    head = next((w for w in words("measures", "pointing_heads") if indicator.startswith(w)), "")
    opening = max(sent.text.rfind(c, 0, q.start - sent.start) for c in "，；：") + 1
    if not head and indicator.startswith(words("measures", "arrival_verbs")):
        return site_opening_part(sent, opening)  # (齐鲁医药港一期…交付使用，入驻医疗器械企业18家: the site's)
    if not head or opening <= 0 or not sent.text.startswith(head, opening):
        return ""
    at = sent.text.rfind(head, 0, opening)
    k = sent.token_at(at + len(head) - 1) if at > 0 else -1
    if k < 0 or sent.ends[k] - sent.start != at + len(head):
        return ""
    first = k
    while first > 0 and sent.tags[first - 1].startswith(NAME_TAGS) and sent.ends[first - 1] == sent.starts[first]:
        first -= 1
    name = re.split(r"[为是]", sent.text[sent.starts[first] - sent.start:at + len(head)])[-1]  # (…晋升为省级…园区)
    before = sent.text[:sent.starts[first] - sent.start]
    name = next((p for p in own_short_places(ctx) if before.endswith(p)), "") + name  # (组建槐荫城市发展集团: 槐荫's)
    kind = name[:-len(head)]  # (产业园区, 物流园区: a kind of site, no one named)
    return name if len(kind) >= 2 and kind not in words("measures", "site_kinds") \
        and not name.startswith(words("measures", "lead_noise")) else ""


def own_short_places(ctx: Context) -> list[str]:
    """The document's own places without their level (槐荫区 -> 槐荫, 济南市 -> 济南), as names of its bodies open."""
    return [p[:-1] for p in (ctx.county, ctx.city, ctx.province) if len(p) >= 3 and p[-1] in "省市区县旗"]


@memo(maxsize=1)
def site_heads() -> tuple[str, ...]:
    """How the name of a site ends (齐鲁医药港, 某某工业园区, 某某集团)."""
    return (*site_ends(), *words("measures", "topic_heads"), *words("measures", "pointing_heads"))


def site_opening_part(sent: Sentence, before: int) -> str:
    """The named site the sentence's part (from its last ；) opens with, before ``before`` (齐鲁医药港一期标准厂房…，入驻
    … -> 齐鲁医药港), or ""."""
    start = sent.text.rfind("；", 0, before) + 1
    k = sent.token_at(start)
    if k < 0 or before <= start:
        return ""
    heads = site_heads()
    name, found = "", ""
    while k < len(sent.tags) and sent.starts[k] - sent.start < before and sent.tags[k].startswith(NAME_TAGS):
        name += sent.text[sent.starts[k] - sent.start:sent.ends[k] - sent.start]
        found = name if name.endswith(heads) and len(name) >= 4 else found
        k += 1
    return found if found[:2] not in words("measures", "site_kinds") else ""


def with_sector_before(sent: Sentence, ctx: Context, q: Mention, indicator: str) -> str:
    """A news figure with the same measuring head as the last one of its item, whose indicator opens with a sector
    (…完成港口货物吞吐量14.9亿吨…。内、外贸吞吐量分别增长… -> 港口内贸吞吐量), is of that sector when its sentence
    names no place or body before it: bare, it names no port, airport or railway."""
    sectors = words("measures", "sector_names")
    item = ctx.part(sent, "item")
    if ctx.document.genre != "news" or item is None or any(w in indicator for w in sectors) \
            or any(m.start < q.start for m in ctx.mentions_in(sent, "REGION", "ORG")):
        return indicator
    before = next((m for m in reversed(ctx.measures) if item.start <= m.evidence.start < sent.start), None)
    last = before.indicator if before else ""
    sector = next((w for w in sectors if last.startswith(w)), "")
    head = next((h for h in words("measures", "indicator_heads") if len(h) >= 3 and last.endswith(h)), "")
    if not sector or not head or not indicator.endswith(head) or len(sector + indicator) > MAX_INDICATOR \
            or re.search("其中[^，。；]{0,4}" + sector, before.evidence.text):
        return indicator  # (…，其中煤炭吞吐量1712万吨。全年货物吞吐量…: a part of the whole before, not its sector)
    return sector + indicator


def goes_on_bare(sent: Sentence, ctx: Context, q: Mention, clause: Clause, indicator: str) -> bool:
    """A news figure whose clause opens on its bare measure, past lead words (…共收到保险报案27.24万件，估损金额100.59亿元),
    or that is the next item of a list of figures, with no place or body of its own: it goes on with the subject of
    the figure before it."""
    lead = pattern("measures:lead_noise", "^(?:{})+").sub("", sent.text[clause.start:q.start - sent.start].lstrip())
    listed = re.search(r"[\d.]+[余多]?[万亿]?[\u4e00-\u9fff]{0,2}、" + re.escape(indicator) + "$", lead)
    # (…累计发展精品民宿168家、农家乐430余家: the next item of a list of figures)
    return ctx.document.genre == "news" and (lead.startswith(indicator) or listed) and len(indicator) <= 8 \
        and not any(clause.start <= m.start - sent.start < q.start - sent.start
                    for m in ctx.mentions_in(sent, "REGION", "ORG"))


AVERAGED = re.compile(r"^(?P<average>日均|月均|周均|单日|单月)(?P<core>[\u4e00-\u9fff]{2,8})$")


def with_fuller_name(sent: Sentence, clause: Clause, indicator: str) -> str:
    """An average of a measure (日均业务量) that a clause before it in the sentence names whole, with the noun of
    what it is of (6月份快递业务量将保持…，日均业务量有望达到… -> 日均快递业务量): that noun, as the row would say less."""
    m = AVERAGED.match(indicator)
    at = sent.text.rfind(m.group("core"), 0, clause.start) if m else -1
    if at <= 0 or "；" in sent.text[at:clause.start]:
        return indicator
    i = sent.token_at(at - 1)
    noun = sent.text[sent.starts[i] - sent.start:at] if i >= 0 else ""
    if i < 0 or sent.ends[i] - sent.start != at or not sent.tags[i].startswith(("n", "v")) \
            or sent.tags[i] in ("ns", "nr", "nt") or noun in verb_words():
        return indicator  # (a word right before it, not a place, a body or a verb of counting: 快递业务量)
    one = sent.text[sent.starts[i - 1] - sent.start:sent.ends[i - 1] - sent.start] if i > 0 else ""
    if len(one) == 1 and "\u4e00" <= one <= "\u9fff":
        return indicator  # (全|社会用电量, 跨|区域人员流动量: the word is part of a longer name)
    whole = m.group("average") + noun + m.group("core")
    return whole if len(noun) >= 2 and len(whole) <= MAX_INDICATOR else indicator


@memo(maxsize=1)
def acting_verbs() -> tuple[str, ...]:
    """Verbs that count or add what follows them (新建, 建成, 培育 …)."""
    return tuple(words("measures", "count_verbs") + words("measures", "addition_verbs"))


def with_previous_site(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, clause: Clause,
                       indicator: str) -> str:
    """A bare measure opening its clause right after a figure whose name opens with a named site (广西北部湾港集装箱
    吞吐量增长20%，货物吞吐量增长4% -> 广西北部湾港货物吞吐量) or a kind of site (全国港口集装箱吞吐量…；货物吞吐量
    -> 港口货物吞吐量) is the same site's: bare, it reads as the region's
    (not a measure of a whole place: 天津港新增…，海洋经济规模…; nor a task a verb opens: 某港吞吐量…；建成示范区20个;
    nor after a share of a market: 出口占全国市场份额…；城镇调查失业率…)."""
    if not figures or figures[-1][1].start == clause.start:
        return indicator
    found = pattern(site_ends(), r"^[\u4e00-\u9fff]{2,12}?(?:{})(?=[\u4e00-\u9fff]{2})").match(figures[-1][0]) \
        or pattern("measures:generic_sites", r"^(?:{})(?=[\u4e00-\u9fff]{2})").match(figures[-1][0])  # (全国港口…)
    if found is None and "；" not in sent.text[figures[-1][1].end:clause.start] \
            and sent.text[clause.start:].lstrip().startswith(indicator):
        found = pattern("measures:zone_heads", r"^[\u4e00-\u9fff]{2,12}?(?:{})(?=[\u4e00-\u9fff]{2})").match(
            figures[-1][0])  # (a zone's, the measure opening its clause within the zone's part: not …园区产值…；某镇…
        # 新落地项目, nor …，全市外贸进出口…, 全年招商引资…)
    lead = pattern("measures:lead_noise", "^(?:{})+").sub("", sent.text[clause.start:q.start - sent.start].lstrip())
    if found is None or "占" in found.group() or not lead.startswith(indicator) or indicator.startswith(acting_verbs()) \
            or any(h in indicator for h in (*site_ends(), *words("measures", "zone_heads"),
                                            *words("measures", "place_measures"))) \
            or len(found.group() + indicator) > MAX_INDICATOR:
        return indicator
    return found.group() + indicator


def region_before(last: dict | None, indicator: str) -> str:
    """The place of the figure before, for a measure that took its site (珲春口岸过货量…，出入境人员… -> 口岸出入境人员,
    珲春市), unless the indicator names that place itself (宁波舟山港…: the port's name, not 宁波's)."""
    region = last["region"] if last is not None else ""
    return region if region and region[:2] not in indicator else ""


def named_back(sent: Sentence, ctx: Context, indicator: str) -> str:
    """A news forecast whose indicator opens on a bare class word (公司预计全年营业收入…, 开发区…, 港区…) is of the one the
    item named last with that word's head (在湘某新材料股份有限公司…。公司预计… -> 湘某新材料股份有限公司全年营业收入;
    …某某港区完成…。港区预计… -> 某某港区…): bare, it reads as every firm's or zone's."""
    head = next((h for h in sorted(words("measures", "back_heads"), key=len, reverse=True) if indicator.startswith(h)), "")
    item = ctx.part(sent, "item")
    if not head or ctx.document.genre != "news" or item is None:
        return indicator
    if head in words("measures", "firm_back_heads"):
        firms = [m for m in ctx.all_mentions("ORG") if item.start <= m.start and m.end <= sent.start
                 and m.attr("category") == "enterprise" and not m.attr("foreign")]
        name = firms[-1].text if firms else ""
    else:
        before = ctx.document.text[item.start:sent.start]
        names = [m.group() for m in re.finditer(rf"[\u4e00-\u9fff]{{2,8}}?{re.escape(head)}", before)]
        name = names[-1].rsplit("的", 1)[-1] if names else ""  # (长汀县的稀土工业园区: 稀土工业园区)
        name = name if len(name) > len(head) + 1 else ""
        lead = word_tags(name)[0] if name else ("", "")
        if lead[1][:1] in ("v", "d", "p", "r", "m") or name.startswith(tuple(words("measures", "whole_openings"))):
            name = ""  # (推动某开发区, 全县开发区: no name)
    return name + indicator[len(head):] if name and len(name + indicator) - len(head) <= MAX_INDICATOR + 8 else indicator
