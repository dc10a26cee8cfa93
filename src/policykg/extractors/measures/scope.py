"""Whose figure it is: the policy that sets it, the issuing body, and a subject the sentence names (a company,
a facility or a spot a news item opens with); and when a short measure names too little to stand alone.
Where it is (its region) is region.py's."""
from __future__ import annotations

import re

from ...lexicon import common_words, memo, pattern, rules, words
from ...names import place_prefix
from ...nlp import Sentence, word_tags
from ...records import Mention
from ..clauses import ITEM_NUMBER, Clause, clauses_of
from ..context import Context
from .sources import named_policy
from .plausible import GOAL_GENRES, plausible

NEWS_LEAD = re.compile(r"^[^，。：]{0,12}消息(?:（[^）]{0,12}）)?[：:]")  # 某某网消息（某某）：, the opening of a news item


def item_heading(ctx: Context, sent: Sentence) -> tuple[int, int] | None:
    """[start, end) of the heading of the news item a sentence is in (None in the heading itself)."""
    item = ctx.part(sent, "item")
    if item is None:
        return None
    heading = next((p for p in ctx.document.parts if p.kind == "heading" and p.start == item.start), None)
    if heading is None or heading.start <= sent.start < heading.end:
        return None
    return heading.start, heading.end


def heading_mentions(ctx: Context, sent: Sentence, *types: str) -> list[Mention]:
    """The mentions in the heading of the news item a sentence is in."""
    span = item_heading(ctx, sent)
    return [m for m in ctx.all_mentions(*types) if span[0] <= m.start and m.end <= span[1]] if span else []


def policy_of(sent: Sentence, ctx: Context, q: Mention, kind: str, time: str = "") -> str:
    """The policy that sets a target: the one the sentence names as saying it, else the
    file's own — but not a work report's for a target years beyond its year (到2030年…:
    a five-year plan's, which the sentence does not name)."""
    if kind != "target":
        return ""
    named = named_policy(sent, ctx)
    if named is not None and named.start < q.start:
        return named.key
    own = ctx.policy_of(sent)
    if own is None or ctx.document.genre not in GOAL_GENRES:
        return ""
    year = ctx.document.date[:4]
    if ctx.document.genre == "work_report" and year.isdigit() and time[:4].isdigit() and int(time[:4]) > int(year) + 1:
        return ""
    return own.key


def subject_split(sent: Sentence, ctx: Context, q: Mention, clause: Clause, written: str, measure: str,
                  indicator: str) -> tuple[str, str]:
    """(organisation key, indicator) when the indicator opens with the body that acted, an
    adverb (累计, 已, 共 …) and a verb (海关总署共查获走私案件 -> 海关总署, 查获走私案件;
    全国移民管理机构共查验出入境人员 -> "", 查验出入境人员): the indicator is what was
    done, the body is the subject when it is a named organisation. Otherwise ("", indicator)
    (美国累计确诊病例, 移动互联网累计流量: the adverb belongs to the indicator's name)."""
    at = sent.text.rfind(written[:4], clause.start, q.start - sent.start)  # (written may have lost a verb: 完成)
    if at < 0:
        return "", indicator
    adverbs = set(words("measures", "subject_adverbs"))
    tokens = [t for t in sent.tokens() if at < t[0] and t[1] <= q.start - sent.start]
    for k, (start, _, word, _) in enumerate(tokens[:-1]):
        after = next((t for t in tokens[k + 1:] if t[2] not in adverbs), None)  # (已累计完成: adverbs in a row)
        if word not in adverbs or after is None or not after[3].startswith("v"):
            continue
        found = next((m for m in ctx.mentions_in(sent, "ORG") if m.end - sent.start == start and m.start - sent.start >= at), None)
        actor = found.key if found else ""
        if not actor and not sent.text[at:start].endswith(actor_heads()):
            continue
        if found and sent.text[found.start - sent.start - 1:found.start - sent.start] in ("和", "、", "与", "及"):
            actor = ""  # (31个省、自治区、直辖市和某兵团累计上传…: the last of those who did it, not the subject)
        body = sent.text[at:start]
        if not written.startswith(body):
            break
        rest = pattern("measures:subject_adverbs", "^(?:{})+").sub("", written[len(body):])
        rest = pattern("measures:clause_markers").sub("", rest)
        if len(rest) >= 3 and plausible(rest, q.attr("unit"), measure):
            return actor, rest
        break
    return "", indicator


def sentence_topic(sent: Sentence, ctx: Context, headline: bool = False) -> str:
    """The named facility, platform, event or village a news sentence opens with (past 在…下，), followed
    by an adverb, a verb or an adjective (白鹤滩水电站目前已实现…, 大亚湾核电基地累计上网电量…, 某某博览会今天开幕,
    某某科创园蓬勃发展, 在…扶持下，某某村因地制宜…) — in a ``headline``, also by what is measured of it
    (某某大桥单日客流超15万人次): the subject of the sentence's figures. "" when the sentence opens otherwise."""
    start = content_start(sent, ctx, news_lead_end(sent))
    described = TOPIC_LEAD.match(sent.text, start)
    start = described.end()
    platform = platform_topic(sent, ctx, start)
    if platform:
        return platform
    where = PLACE_FRAME.match(sent.text, start)  # (在某某合作中心，旅游购物人数每天超过2.5万人: where the figures are)
    if where and pattern("measures:topic_heads", "(?:{})$").search(where.group("name")):
        return where.group("name")
    if sent.text.startswith(words("measures", "not_topic_starts"), start):
        return ""
    heads = pattern("measures:topic_heads", r"(?:{})")
    name = TOPIC_NAME.match(sent.text, start)
    ends = sorted({h.end() for h in heads.finditer(sent.text, start + 2, name.end() if name else start)})
    whole_clause = bool(described.group())
    end = next((end for end in ends if names_topic(sent, start, end, headline, whole_clause=whole_clause)), 0)
    edition = EVENT_EDITION.match(sent.text, start)  # (第N届某某会今天闭幕: an edition of an event, whatever its name)
    end = end or (edition.end() if edition and names_topic(sent, start, edition.end(), headline) else 0)
    if end and COUNTED.match(sent.text, end):
        return ""  # (集装箱班轮航线达到200条: what the sentence counts, not whose figures it gives)
    return sent.text[start:end].rsplit("的", 1)[-1] if end else held_event(sent, start)  # (某航运干线上的某港区: the name)


EVENT_EDITION = re.compile(r"(?:\d{4}年?|第[\d一二三四五六七八九十百]+届)[\u4e00-\u9fff“”]{2,16}?(?:会|节|展|赛|论坛|峰会)")
COUNTED = re.compile(r"(?:已|累计|共)?(?:达到|达|超过|突破|增至|增加到|增加至)[\d.]+[余多]?[万亿]?[\u4e00-\u9fff]?[，。；、]")


HELD_MANNERS = "(?:隆重|盛大|正式)?"  # (某博览会在某市隆重开幕: how an event opened, before the verb)


def held_event(sent: Sentence, start: int) -> str:
    """The event a news sentence opens on (at ``start``, past what ``sentence_topic`` skips and checks) when it is held
    somewhere, with no object after the verb (某某投资促进活动今天在某市举办，…; 第N批某某集采昨天在某市开标，…): the
    subject of the figures after it, whatever its name ends with. Else ""."""
    held = pattern("measures:held_verbs", r"(?P<name>[\u4e00-\u9fff“”—\d]{4,30}?)(?:[今昨前]天|日前|近日|目前|正"
                   r"|(?:\d{1,2}月)?\d{1,2}日(?:至\d{1,2}日)?|于[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日)*"
                   r"(?:（[^（）]{1,12}）)?在[\u4e00-\u9fff]{2,8}?" + HELD_MANNERS + "(?:{})[，。]").match(sent.text, start)
    if held is None or held.group("name").endswith(words("measures", "announcing_events")):
        return ""  # (某某交易会新闻发布活动…: the figures are of what it announces)
    first = sent.token_at(start)
    name = held.group("name").rsplit("的", 1)[-1]  # (为期四天的2024某论坛: the name after what describes it)
    return name if len(name) >= 4 and first >= 0 and not sent.tags[first].startswith(("v", "p", "nr")) else ""


def measured_topic(sent: Sentence, ctx: Context, figures: list[tuple[str, Clause]]) -> str:
    """The named facility, area or event a news sentence opens with when its first figure measures it
    (某新区总开发面积覆盖202平方公里，总建筑面积达…: 某新区): the subject of the sentence's later figures."""
    if ctx.document.genre != "news" or not figures:
        return ""
    start, first = content_start(sent, ctx, news_lead_end(sent)), figures[0][0]
    heads = pattern("measures:topic_heads", "(?:{})")
    ends = [m.end() for m in heads.finditer(first) if 4 <= m.end() <= len(first) - 2]
    topic = first[:max(ends)] if ends else ""
    if not topic or not sent.text.startswith(topic, start) or not sent.is_boundary(start + len(topic)) \
            or re.search(r"\d", topic) or topic_bodies().search(topic[:-2]):
        return ""
    return topic


def place_within(sent: Sentence, ctx: Context, clause: Clause) -> str:
    """The spot a news sentence, or a clause of it before the figure's, opens on (在黑龙江某某滑雪场，…;
    某市开展试点，在某某高新区，…) when it is a place the vocabulary knows followed by a name it does not, or
    a county: the figures after it are that spot's, not the whole place's — unless the figure's clause names
    the whole place again (…，全省有…). Else ""."""
    opens = [content_start(sent, ctx, news_lead_end(sent))] + [c.start for c in clauses_of(sent)
                                                               if 0 < c.start <= clause.start]
    where = next((found for found in (PLACE_FRAME.match(sent.text, at) for at in reversed(opens)) if found), None)
    if where is None or where.group("name").endswith(tuple(words("measures", "locative_ends"))) \
            or any(w in sent.text[clause.start:clause.end] for w in whole_place_words()) \
            or "；" in sent.text[where.end():clause.start]:  # (在甲地，…；在乙地，…: the next part's place)
        return ""
    start, end = where.span("name")
    places = [m for m in ctx.mentions_in(sent, "REGION") if start <= m.start - sent.start and m.end - sent.start <= end]
    if not places or places[0].start - sent.start != start:
        return ""
    if places[-1].end - sent.start == end:  # (在沧州某县，…: a county, which the figure's region, its city, is wider than)
        return where.group("name") if places[-1].attr("county") else ""
    return where.group("name") if end - start - sum(m.end - m.start for m in places) >= 2 else ""


@memo(maxsize=1)
def whole_place_words() -> tuple[str, ...]:
    """Words for a whole country, province or city (全国, 全省, 我市 …)."""
    home = rules("places")["home_words"]
    return tuple(words("measures", "scope_openings")) + tuple(w for level in home for w in home[level])


# what describes a topic before its name: where it lies (位于某地的), when (如今的), what kind (国家重点工程——)
TOPIC_NAME = re.compile(r"[\u4e00-\u9fff“”0-9A-Za-z—]{2,16}"
                        r"(?:（[\u4e00-\u9fff]{2,6}）[\u4e00-\u9fff]{2,10})?")  # (中国（某省）自贸试验区: brackets and all)
TOPIC_LEAD = re.compile(r"(?:位于[^，。；“”]{1,20}的|(?:如今|现在|当下|今天)的|[\u4e00-\u9fff“”]{2,20}——(?=[\u4e00-\u9fff“])"
                        r"|作为[^，。；]{2,30}，|[\u4e00-\u9fff]{0,6}\d[\d.]*[\u4e00-\u9fff]{1,4}的(?=[\u4e00-\u9fff“]))?")
# (作为…，; a size: 面积1.8平方公里的某商圈; a description and a dash: 全国规模最大的海上光伏项目——某某光伏项目)
PLACE_FRAME = re.compile(r"在(?P<name>[\u4e00-\u9fff“”0-9A-Za-z（）]{3,20})[，,]")  # 在…，opening a sentence or a clause
EDITION = r"\d{4}|第[\d一二三四五六七八九十百]+届"  # an event's year or ordinal


def opening_subject(sent: Sentence, ctx: Context, clause: Clause) -> str:
    """What a news sentence opens with (past its lead, time words, a source clause such as 某部门数据显示，
    and a word of the whole country) when the figure is in a later clause and a verb or an adverb goes on
    from it, and it is a person, an edition of an event, a body that is no government's, or a sector or
    system (12年来，某某先后参加…，累计救援受困人员… -> 某某; 第六届某某大会…闭幕，会上共签约项目78个 ->
    第六届某某大会; 海洋船舶工业延续…，手持订单量增长23% -> 海洋船舶工业): whose that figure is.
    "" otherwise: a government body opening a news sentence is its source, other openings too often none."""
    start = content_start(sent, ctx, news_lead_end(sent))
    speech = pattern("measures:speech_verbs", "(?:{})$")
    first_end = sent.text.find("，", start)
    while 0 <= first_end < clause.start and (speech.search(sent.text, start, first_end)
                                             or "发布会" in sent.text[start:first_end]):
        start = content_start(sent, ctx, first_end + 1)  # (国家文物局表示，…; 某办举行新闻发布会，某部负责人介绍，…:
        first_end = sent.text.find("，", start)  # the source, not the subject)
    start = pattern("measures:scope_openings", "(?:{})?").match(sent.text, start).end()
    first = sent.token_at(start)
    if start >= clause.start or first < 0 or sent.starts[first] - sent.start != start \
            or sent.text.startswith(words("measures", "not_topic_starts"), start):
        return ""
    stops = ("d", "v", "p", "a", "t", "u", "w", "x", "c")
    edition = re.match(EDITION, sent.text[start:])  # (第134届: 届 is no adverb there)
    scan = sent.token_at(start + edition.end()) if edition and edition.group().startswith("第") else first
    k = next((k for k in range(max(first, scan), len(sent.tags))
              if sent.tags[k].startswith(stops) and sent.tags[k] != "vn" and not (sent.tags[k] == "c" and k > first)),
             len(sent.tags))
    if edition and k + 1 < len(sent.tags) and sent.text[sent.starts[k] - sent.start:sent.ends[k] - sent.start] \
            in words("measures", "event_heads"):
        k += 1  # (第134届某会第一期线下展|日前结束: 展 ends the event's name)
    # (…机器人和焊接机器人: 和 joins two nouns; 高技术制造业投资同比增长…: 投资 is the opening's own measure)
    if k + 1 >= len(sent.tags) or sent.tags[k].startswith("v") and sent.tags[k] != "vd" \
            and sent.tags[k + 1].startswith(("n", "u", "x", "v")) and not stop_word(sent, k):  # (持续加大: vd is an
        # adverb; so is 累计 before 实现, tagged a verb)
        return ""  # (智能搬运机器人, 某集团签署的协议: the verb is inside a longer noun phrase)
    end = sent.starts[k] - sent.start
    topic = sent.text[start:end]
    if not 2 <= len(topic) <= 16 or end >= clause.start or not names_topic(sent, start, end):
        return ""
    person = all(tag.startswith("nr") for tag in sent.tags[first:k])
    edition = re.match(EDITION, topic) is not None or re.search(EDITION, topic) is not None \
        and topic.endswith(words("measures", "event_heads"))  # (某某博览会2023春季展)
    body = any(m.start - sent.start == start and m.end - sent.start == end and m.attr("category") != "government"
               for m in ctx.mentions_in(sent, "ORG"))
    sector = len(topic) >= 4 and topic.endswith(words("measures", "sector_nouns") + words("measures", "system_nouns"))
    firms = is_firm_class(topic)
    if re.search(r"\d", topic) and not edition:
        return ""  # (全国4059家高校院所…: a count of units, not one subject)
    return topic if person or edition or body or sector or firms else ""


def is_firm_class(topic: str) -> bool:
    """A class of firms (中央企业, 民营企业; not a bare 企业, the one firm of a story): whose any figure after it is."""
    return len(topic) >= 4 and topic.endswith(words("measures", "firm_class_heads"))


def heading_topic(sent: Sentence, ctx: Context) -> str:
    """The named facility, platform or event the heading of the sentence's news item opens with, when the
    heading goes on with a figure or a measure of it (深圳机场口岸单日出入境航班量创历史纪录 -> 深圳机场口岸):
    what the item's figures are about when their own sentence names nothing. "" otherwise (某某机场铁路开通:
    the heading is about something else the name is part of)."""
    span = item_heading(ctx, sent)
    i = ctx.index_of(span[0]) if span else -1
    if i < 0:
        return ""
    heading = ctx.sentences[i]
    topic = sentence_topic(heading, ctx, headline=True)
    first = heading.token_at(heading.text.find(topic)) if topic else -1
    word = heading.text[heading.starts[first] - heading.start:heading.ends[first] - heading.start] if first >= 0 else ""
    if first >= 0 and heading.tags[first].startswith("v") and word in common_words():
        return ""  # (优化口岸营商环境…: a verb phrase, not a facility's name; not 可门港区…, a name tagged a verb)
    rest = heading.text[heading.text.find(topic) + len(topic):] if topic else ""
    measured = re.search(r"\d", rest) or any(h in rest for h in words("measures", "indicator_heads"))
    return topic if measured else ""


def content_start(sent: Sentence, ctx: Context, start: int) -> int:
    """Where the words of a sentence begin after ``start``, past an item's number, time words and leads (（6）; 目前，
    记者从…了解到，; 截至今年3月，; 如今，; 自2024年3月1日)."""
    lead = pattern("measures:actor_leads", r"(?:{}|[，、\s]|自(?=\d|今年|去年)|记者从[^，。]{1,20}(?:了解到|获悉)"
                   r"|据[^，。]{1,20}(?:消息|介绍|统计|测算)|在[^，。]{1,20}[下中]，|[0-9一二三四五六七八九十多]+年(?:来|以来)，"
                   r"|[（(][0-9一二三四五六七八九十]{1,4}月[0-9一二三四五六七八九十]{1,3}日[）)])*")
    # (12年来，; 今天（6月4日），)
    start = ITEM_NUMBER.match(sent.text).end() if start == 0 else start  # (（6）某航线开通一年来…: a digest's line number)
    moved = True
    while moved:
        before = start
        start = lead.match(sent.text, start).end()
        for date in ctx.mentions_in(sent, "DATE"):  # (截至目前, 今天（7月19日）: time words before the topic)
            if date.start - sent.start <= start < date.end - sent.start:
                start = lead.match(sent.text, date.end - sent.start).end()
        i = sent.token_at(start)
        if i >= 0 and sent.tags[i] == "t" and sent.text.startswith("，", sent.ends[i] - sent.start):
            start = sent.ends[i] - sent.start + 1  # (如今，)
        moved = start != before
    return start


def names_topic(sent: Sentence, start: int, end: int, headline: bool = False, whole_clause: bool = False) -> bool:
    """``sent.text[start:end]``, ending with a topic head, is a name a verb or an adverb goes on from — in a
    ``headline`` a noun too (某某大桥单日客流…), after words that describe it a comma too (如今的某某村，已…) —
    (not 白鹤滩水电站建设者, a longer noun phrase; nor 某市深入查摆乡村, a clause)."""
    glued = headline and re.match(r"前(?:\d|[一二三四五六七八九十两]|半年)", sent.text[end:]) is not None  # (某港|前8个月)
    if not (sent.is_boundary(end) or glued) or sent.text[start:end].endswith(words("measures", "not_topic_tails")):
        return False  # (数字乡村建设…: the countryside, no village's name)
    note = SHORT_NAME_NOTE.match(sent.text, end)  # (中欧班列（西安）共开通…: the name and where it runs from)
    i = sent.token_at(note.end() if note else end)
    goes_on = ("d", "v", "t", "p", "a", "i", "l", *(("n", "f") if headline else ()))  # (headline: 某产业园前4个月产值…)
    if not (whole_clause and sent.text.startswith("，", end)) and (i < 0 or not sent.tags[i].startswith(goes_on)
                                                                   and not stop_word(sent, i)):
        return False  # (某示范区落地…: 落地 is tagged a noun but goes on as a verb)
    first = sent.token_at(start)
    topic = sent.text[start:end]
    if any(tag in ("m", "q") for tag in sent.tags[first:i]) and not re.match(r"\d{4}|第[\d一二三四五六七八九十百]+届", topic):
        return False  # (十余家平台: a count, not a name; 2023某某博览会 and 第八届某某博览会 are one)
    event = topic.endswith(words("measures", "event_heads"))
    if any(tag == "v" and sent.ends[k] - sent.starts[k] >= 2 and not (event and not held_verb(sent, k))
           for k, tag in enumerate(sent.tags[first + 1:i], first + 1)):
        return False  # (某市深入查摆乡村: a clause, not a name; a name may open with a word tagged a verb, 上合示范区,
        # and an event's name hold one, 数字中国建设峰会, but for the verb of holding it: 某市举办消费论坛)
    return not topic_bodies().search(topic[:-2])  # (网信部门指导网站平台: a body and what it directs, not one name)


def held_verb(sent: Sentence, i: int) -> bool:
    """Token ``i`` is a verb of holding or carrying out (举办, 召开, 开展 …)."""
    token = sent.text[sent.starts[i] - sent.start:sent.ends[i] - sent.start]
    return token in words("measures", "held_verbs") + words("measures", "carry_out_verbs")


def stop_word(sent: Sentence, i: int) -> bool:
    """Token ``i`` is one of the words a counted thing ends before (落地, 投产, 参展 …), a verb whatever its tag."""
    return sent.text[sent.starts[i] - sent.start:sent.ends[i] - sent.start] in words("measures", "after_noun_stops")


SHORT_NAME_NOTE = re.compile(r"[（(][^（）()]{1,24}[）)]")


def platform_topic(sent: Sentence, ctx: Context, start: int) -> str:
    """The platform a clause of a news sentence (after ``start``) opens with, alone or after words that
    describe it (某集团打造的), and goes on from with an adverb or a verb (在某市，某集团打造的某工业互联网
    平台（以下简称…）已连接设备…): the subject of the figures after it. Else ""."""
    for p in ctx.mentions_in(sent, "PLATFORM"):
        a, b = p.start - sent.start, p.end - sent.start
        before = re.split("[，,；：]", sent.text[start:a])[-1] if a >= start else "?"
        if before and not before.endswith("的"):
            continue
        note = SHORT_NAME_NOTE.match(sent.text, b)
        i = sent.token_at(note.end() if note else b)
        return p.text if i >= 0 and sent.tags[i].startswith(("d", "v")) else ""
    return ""


@memo(maxsize=1)
def topic_bodies() -> re.Pattern[str]:
    """A government body's head, or a word for a body, inside a topic (网信部门…平台)."""
    return pattern(words("organisations", "government_heads") + words("measures", "topic_body_words"))


def news_lead_end(sent: Sentence) -> int:
    """Where the opening of a news item (某某网消息（某某）：) ends in the sentence, 0 without one."""
    opening = NEWS_LEAD.match(sent.text)
    return opening.end() if opening else 0


def too_bare(sent: Sentence, ctx: Context, q: Mention, indicator: str) -> bool:
    """A short Chinese indicator (产值, 销售额, 发电车) or a class word's bare measure (行业总产值) with
    no place, body or scope word (全国, 我国 …) before it in its sentence: the sentence does not say
    whose figure it is. (A report or a plan is about one subject throughout; a news day is not.)"""
    if not short_chinese(indicator) and not class_measure(indicator):
        return False
    after_opening = sent.start + news_lead_end(sent)
    if any(after_opening <= m.start < q.start for m in (*ctx.mentions_in(sent, "REGION"), *ctx.mentions_in(sent, "ORG"))):
        return False
    return not scoped(sent, q)


def names_too_little(sent: Sentence, ctx: Context, q: Mention, indicator: str, region: str) -> bool:
    """A news figure's short indicator (展览面积, 收购量, 开展手术) with no scope word before it names too
    little to stand alone, even with a place or a body in the sentence: a news story is about one fair,
    one crop, one ship, said elsewhere. A common short measure of a named place stands (广东出口), and
    so does a figure a central body gives (国家外汇管理局数据显示，跨境收支…: the country's)."""
    plain = short_chinese(indicator) or len(indicator) == 5 and short_chinese(indicator[1:]) \
        and not indicator.endswith(words("measures", "indicator_heads")) \
        or indicator in words("measures", "owner_measures")  # (企业签约参展: no measure in it either; 市场占有率: of what)
    return plain and not scoped(sent, q, whole_only=True) \
        and not (region and indicator in words("measures", "short_indicators")) and not central_source(sent, ctx, q)


def central_source(sent: Sentence, ctx: Context, q: Mention) -> bool:
    """A central government body of the vocabulary (no place in its name, not foreign) is named before the figure."""
    return any(m.end <= q.start and m.attr("category") == "government" and m.attr("via") == "vocabulary"
               and not m.attr("foreign") and not place_prefix().match(m.key) for m in ctx.mentions_in(sent, "ORG"))


def opens_clause_bare(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> bool:
    """A measure that names no sector of its own (产值, 产量, 交易额) opens the figure's clause or list item,
    past words like 力争 or 全年: nothing in the clause says whose it is."""
    if indicator not in words("measures", "sector_measures"):
        return False
    lead = sent.text[clause.start:q.start - sent.start].rsplit("、", 1)[-1].lstrip()  # (…、投资超120亿元: an item opens)
    if lead.startswith(words("measures", "scope_openings")):
        return False  # 全国发电量6800亿千瓦时: the country's
    lead = pattern("measures:lead_noise", "^(?:{})+").sub("", lead)
    return lead.startswith(indicator) or re.match("(?:完成|实现)", lead) is not None and lead[2:].startswith(indicator)


def sector_frame(sent: Sentence) -> str:
    """The sector a sentence opens on (煤炭智能绿色安全开采方面，…; 在非常规天然气领域，…), or ""."""
    frame = pattern("measures:frame_words", "^(?:在|从)?(?P<topic>[\u4e00-\u9fff“”]{2,16}?)(?:{})[，,：:]")
    m = frame.match(ITEM_NUMBER.sub("", sent.text, count=1))
    return m.group("topic").strip("“”").removesuffix("发展") if m else ""  # (非常规天然气发展方面 -> 非常规天然气)


SECTOR_REACH = 2  # how many sentences back a paragraph's sector may be named
SECTOR_WORD = pattern("measures:sector_nouns", "[\u4e00-\u9fff](?:{})")  # (a sector named, not 产业规模…)


def paragraph_sector(sent: Sentence, ctx: Context, clause: Clause) -> str:
    """The sector one of the sentences just before, in the same paragraph, opens on (石化产业持续“减油增化”，…。
    产值突破1300亿元。 -> 石化产业), or "" — also when the sentence names a sector of its own first or has moved on past a
    ； (新材料、新能源产业加速成长，…产值21.6亿元: not the sector before)."""
    if "；" in sent.text[:clause.start] or SECTOR_WORD.search(re.split("[，,；;]", sent.text, maxsplit=1)[0]):
        return ""
    i = ctx.index_of(sent.start)
    text = ctx.document.text
    for back in range(1, SECTOR_REACH + 1):
        if i - back < 0 or "\n" in text[ctx.sentences[i - back].end:sent.start]:
            return ""
        sector = sector_opening(ctx.sentences[i - back].text)
        if sector is not None:
            return sector
    return ""


def title_sector(ctx: Context, indicator: str) -> str:
    """The sector an official document's title plans for (“十四五”某某服务业发展规划 -> 某某服务业), when the
    indicator is a bare measure of no one (业务收入, 利润总额) or measures within a sector (百强企业收入占全行业比重,
    行业标准): whose it is. Else ""."""
    if ctx.document.genre != "official" or not indicator.startswith(
            (*words("measures", "bare_measures"), *words("measures", "sector_measures"),
             *words("measures", "plan_sector_counts"), *words("measures", "within_sector_words"))) \
            and not any(w in indicator for w in words("measures", "whole_sector_words")):
        return ""
    titles = [p.label for p in ctx.document.parts if p.kind == "title"] + [ctx.document.title]
    found = next((m for m in map(TITLE_SECTOR.search, titles) if m), None)
    return found.group("sector") if found and found.group("sector") not in indicator else ""


TITLE_SECTOR = re.compile(r"(?P<sector>[\u4e00-\u9fff]{2,16}?(?:产业|行业|服务业|制造业))(?:高质量)?发展"
                          r"(?:规划|行动计划|实施方案|三年行动计划)")


def clause_sector(sent: Sentence, clause: Clause) -> str:
    """The sector a clause before the figure's opens on, past scope and time words (一季度，全国绿色低碳产业
    加快发展，销售收入同比增长13.6% -> 绿色低碳产业), not before a ；, or ""."""
    found = ""
    moved = sent.text.rfind("；", 0, clause.start) + 1  # (…；另一产业…: past a ； the sentence may name another sector)
    moved = moved if moved and not word_tags(sent.text[moved:moved + 6])[0][1].startswith("v") else 0  # (…；实现…)
    for part in re.split("[，,；;：:]", sent.text[moved:clause.start]):
        part = pattern("measures:lead_noise", "^(?:{})+").sub("", part.strip())
        part = pattern("measures:china_words", "^(?:{})").sub("", part)
        found = sector_opening(part + "，") or found
    return found


def sector_opening(text: str) -> str | None:
    """The sector ``text`` opens on (石化产业持续…), "" when the words are a verb's (推动产业…), None when it
    opens on none."""
    opening = pattern("measures:sector_nouns", "^(?P<sector>[\u4e00-\u9fff]{2,10}?(?:{}))(?![化链园集基]|[\u4e00-\u9fff]{0,2}[，,])")
    m = opening.match(text)
    if m is None:
        return None  # (not a verb: 拓展聚醚醚酮产业化应用, 推动产业…)
    return m.group("sector") if not word_tags(m.group("sector"))[0][1].startswith("v") else ""


def class_measure(indicator: str) -> bool:
    """A bare measure of a class word (行业总产值, 企业营收): whose sector or firms is said elsewhere."""
    return any(indicator.startswith(c) and indicator[len(c):] in words("measures", "bare_measures")
               for c in words("measures", "class_words"))


def short_chinese(indicator: str) -> bool:
    return len(indicator) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", indicator) is not None


def scoped(sent: Sentence, q: Mention, whole_only: bool = False) -> bool:
    """A word of the whole country, province … (全国, 我国, 全省, 全球; unless ``whole_only``, also one
    of those who set goals: 国家, 政府, 各地) comes before the figure in its sentence."""
    lead = sent.text[:q.start - sent.start]
    setters = words("measures", "goal_setters")
    if whole_only:  # (44个国家和地区, 国家级脱贫县: 国家 there is no scope)
        setters = tuple(w for w in setters if w.startswith(("全", "我", "本")))
    return any(w in lead for w in (*setters, *words("measures", "china_words"), *words("measures", "wide_scopes")))


@memo(maxsize=1)
def actor_heads() -> tuple[str, ...]:
    """How the name of a body that acts ends (局, 公司, 机构 …): organisations.yaml's heads."""
    heads = ("government_heads", "weak_government_heads", "company_heads", "institute_heads", "association_heads",
             "branch_heads")
    return tuple(sorted({h for k in heads for h in words("organisations", k)} | set(words("measures", "actor_heads")),
                        key=len, reverse=True))


def issuer_of(sent: Sentence, ctx: Context, q: Mention, kind: str) -> str:
    """Who set a target no policy is named for: the body opening the sentence (工信部提出…)."""
    if kind != "target" or policy_of(sent, ctx, q, kind):
        return ""
    orgs = [m for m in ctx.mentions_in(sent, "ORG") if m.start < q.start and not m.attr("foreign")]
    if orgs and orgs[0].start - sent.start <= 12 and re.match(r"[^，。]{0,6}(?:提出|明确|要求|表示|部署|印发|发布)",
                                                             sent.text[orgs[0].end - sent.start:]):
        return orgs[0].key
    return ""
