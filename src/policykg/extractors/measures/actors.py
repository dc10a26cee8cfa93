"""Who acts in a figure's clause: a body that opens the sentence and goes on (国家电网已累计投入抢修人员3万多人),
or a counted group (12个数字服务出口基地去年共完成数字服务出口193亿美元) — whose figure it is; and who did what a
figure opening on a verb of reach says was done (举办活动800多场次，提供就业岗位近50万个: the events)."""
from __future__ import annotations

import re

from ...lexicon import memo, pattern, vocabulary, words
from ...names import place_prefix
from ...nlp import Sentence
from ...records import Mention
from ..clauses import MAX_INDICATOR, Clause, clauses_of, words_before_number
from ..context import Context
from .plausible import MONEY
from .scope import NEWS_LEAD, content_start, news_lead_end
from .spans import site_ends


def clause_actor(sent: Sentence, ctx: Context, q: Mention, clause: Clause, indicator: str) -> str:
    """The organisation a figure is about when it opens the sentence or the figure's clause as the one that acts
    (国家电网已累计投入抢修人员3万多人 -> 国家电网; 某公司第一财季合并净利润约为…; 暴雨致多地停电，截至目前，国家电网已
    累计出动…): an ORG mention with nothing before it in the sentence or its clause but time words, followed by a verb
    or the indicator itself, not by a word of a source (据…统计, …数据显示, …今天发布, 记者从…了解到).
    A later clause has its own subject (某部召开会议，190名代表…) unless it goes on with a verb
    (某集团工业总产值…，在“世界500强”排名由369位上升到235位). Else ""."""
    orgs = [m for m in ctx.mentions_in(sent, "ORG") if m.end <= q.start and m.start - sent.start >= news_lead_end(sent)]
    if not orgs or clause.start > orgs[0].start - sent.start and not goes_on(sent, ctx, q, clause, orgs[0].end - sent.start):
        return ""
    actor = orgs[0]
    opens_clause = clause.start <= actor.start - sent.start  # (…导致…，截至目前，某电网累计出动…: the clause's own actor)
    lead = "".join(c for k, c in enumerate(sent.text[:actor.start - sent.start])
                   if not ctx.covered(sent, sent.start + k, sent.start + k + 1, "DATE")
                   and not (opens_clause and k < clause.start))
    lead = NEWS_LEAD.sub("", lead)
    if len(lead) > 24 or pattern("measures:actor_leads", r"^(?:{}|[，、（）()\d])*$").match(lead) is None:
        return ""
    follow = sent.text[actor.end - sent.start:q.start - sent.start]
    sources = (*words("measures", "report_verbs"), *words("measures", "source_words"))
    if pattern(sources, "(?:{})").search(follow) or re.match(r"[的和与及、（(各]|有关|相关|负责", follow):
        return ""  # a source, or the organisation is part of a longer phrase
    own_end = actor.end - sent.start + len(re.match(r"[^，；。]*", follow).group())
    tokens = [t for t in sent.tokens() if actor.end - sent.start <= t[0] and t[1] <= own_end
              and not ctx.covered(sent, sent.start + t[0], sent.start + t[1], "DATE")]
    later = clause.start > actor.start - sent.start  # (the figure is in a clause that goes on from the actor's)
    if not tokens or tokens[0][3].startswith("n") and not indicator.startswith(tokens[0][2]) \
            and (not later or tokens[0][2] in words("organisations", "job_titles")) \
            or not any(t[3].startswith("v") for t in tokens) and not indicator.startswith(tokens[0][2]):
        return ""  # (某局局长…: a noun after the name makes it part of a longer subject)
    return "" if actor.text in indicator or actor.key in indicator else actor.key


REACHED = re.compile(r"(?:已|累计|共|均)?(?:达到|达|超过|超|突破|增至|增加到|增加至|为|是|有)?")


def site_actor(sent: Sentence, ctx: Context, q: Mention, clause: Clause) -> str:
    """A named site of a place opening the figure's clause and acting in it (某市某某科学城汇聚300多个科研团队,
    某市高新区集聚企业500多家): the site, whose figure it is, not the whole place's. The site is the place followed
    by at most 10 characters of a name and a head of a site (科学城, 高新区 …), and right after it a verb; a
    province's bare head (某省开发区) is a class of sites, not one. Else ""."""
    start = content_start(sent, ctx, clause.start)
    place = next((m for m in ctx.mentions_in(sent, "REGION") if m.start - sent.start == start), None)
    if place is None or q.start - sent.start > clause.end:
        return ""
    at = place.end - sent.start
    for head in pattern("measures:topic_heads", "(?:{})").finditer(sent.text, at, q.start - sent.start):
        k = sent.token_at(head.end())
        verb = k >= 0 and (sent.tags[k].startswith("v") and sent.tags[k] != "vn"  # (落户, a noun to jieba, too)
                           or sent.text.startswith(words("measures", "arrival_verbs"), head.end()))
        if not verb or sent.starts[k] - sent.start != head.end():
            continue
        if REACHED.fullmatch(sent.text, head.end(), q.start - sent.start):
            return ""  # (某口岸进出境中欧班列超3900列, 某机场货运航线已达111条: the site's name is what is counted)
        name = sent.text[at:head.start()]
        if len(name) > 10 or not re.fullmatch(r"[\u4e00-\u9fff“”]*", name) \
                or not name and place.attr("level") == "province":
            return ""
        return sent.text[start:head.end()]
    return ""


def goes_on(sent: Sentence, ctx: Context, q: Mention, clause: Clause, actor_end: int) -> bool:
    """The figure's clause, and every clause between it and the actor's (ending at ``actor_end``), goes on
    without a subject of its own: each opens with a verb or 在 and names no body or place (…，累计诊疗8万余人次,
    …，占总投资规模比重近40%; not 苏州实验室获批…，紫金山等实验室加快建设，牵头建设44家…)."""
    named = [m.start - sent.start for m in ctx.mentions_in(sent, "ORG", "REGION")]
    for c in clauses_of(sent):
        if c.start < actor_end:
            continue
        if c.start > clause.start:
            break
        end = q.start - sent.start if c.start == clause.start else c.end
        i = sent.token_at(c.start)
        if any(c.start <= at < end for at in named) or i < 0 or not (
                sent.tags[i].startswith("v") or sent.text.startswith(("在", "累计", "共"), c.start)):
            return False
    return True


GROUP = re.compile(r"(?:全国|全省|全市|我国)?\d[\d.]*[余多]?(?:个|家|所|座|处|户)[\u4e00-\u9fff“”]{2,14}?"
                   r"(?=(?:去年|今年|上半年|共|累计|已|合计|与[\u4e00-\u9fff]{1,8}签)[\u4e00-\u9fff])")


def group_actor(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A counted group opening the figure's clause as the one that acts (全国12个数字服务出口基地去年共完成数字服务
    出口193亿美元, 25家中央企业与某地签署了183个合作项目): the figure is the group's, not all of its kind. Else ""."""
    found = GROUP.match(sent.text, clause.start, q.start - sent.start)
    if found is None:
        return acting_group(sent, q, clause, indicator)
    return "" if found.group() in indicator else found.group()


GROUP_OPENING = re.compile(r"(?:目前|如今|现在)?(?:已有|已经有|共有|现有|有)?(?P<group>\d[\d.]*[余多]?(?:个|家|所|座|处|户))")


def acting_group(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A counted group of nouns opening the figure's clause (past 已有, 共有) and followed by the verb whose object the
    figure right after it counts (已有58家中央企业承建97个…): the group is whose the figure is. Else ""."""
    found = GROUP_OPENING.match(sent.text, clause.start, q.start - sent.start)
    i = sent.token_at(found.end()) if found else -1
    start = i
    while 0 <= i < len(sent.tags) and sent.tags[i].startswith(("n", "j")) and not sent.tags[i].startswith("nr") \
            and sent.ends[i] - sent.start <= q.start - sent.start:
        i += 1
    if start < 0 or i == start or i >= len(sent.tags) or not sent.tags[i].startswith("v") \
            or sent.starts[start] - sent.start != found.end() \
            or not re.fullmatch(r"了?(?:共|合计|累计)?", sent.text[sent.ends[i] - sent.start:q.start - sent.start]):
        return ""  # (the verb takes the figure right after it: not 456个小区完成…改造、60万户…)
    group = sent.text[found.start("group"):sent.starts[i] - sent.start]
    return group if not indicator.startswith(group[len(found.group("group")):][:2]) else ""


@memo(maxsize=1)
def place_leads() -> tuple[str, ...]:
    """The lead noise words that do not open a whole place (全市, 全国 …)."""
    openings = words("measures", "whole_place_openings")
    return tuple(w for w in words("measures", "lead_noise") if w not in openings)


@memo(maxsize=1)
def leads_before_place() -> re.Pattern[str]:
    """Any number of :func:`place_leads`, as they may come before a place class."""
    return pattern(place_leads(), "(?:{})*")


def place_class_actor(sent: Sentence, ctx: Context, q: Mention, clause: Clause, indicator: str) -> str:
    """A class of bodies or sites of a whole place opening the figure's clause and acting in it (全市博物馆、美术馆
    举办展览1565场; 全国港口完成货物吞吐量…; 某市各大公园今天接待游客…): the figure is theirs, not the whole
    place's. Else ""."""
    openings = words("measures", "whole_place_openings")
    leads = place_leads()
    lead = leads_before_place().match(sent.text, clause.start).end()
    scope = pattern(openings, "(?:{})").match(sent.text, lead)
    place = next((m for m in ctx.mentions_in(sent, "REGION") if m.start - sent.start == lead), None)
    if scope is None and place is not None:  # (a named place, then 各/全市: its every one of a class)
        scope = pattern(openings + words("measures", "every_words"), "(?:{})").match(sent.text, place.end - sent.start)
    elif scope is not None:
        scope = pattern(words("measures", "every_words"), "(?:{})?").match(sent.text, scope.end())
    if scope is None:
        return ""
    end = q.start - sent.start
    i = sent.token_at(scope.end())
    start = i
    while 0 <= i < len(sent.tags) and sent.ends[i] - sent.start <= end \
            and (sent.tags[i].startswith(("n", "j")) and not sent.tags[i].startswith("nr")
                 or sent.text[sent.starts[i] - sent.start] in "、和"):
        i += 1
    verb = i
    while 0 <= verb < len(sent.tags) and (sent.tags[verb] == "t" or sent.text[
            sent.starts[verb] - sent.start:sent.ends[verb] - sent.start] in leads + words("measures", "acting_adverbs")):
        verb += 1  # (…公园今天接待, …公园纷纷打造, …铁路已开行: time words and adverbs before the verb)
    if i <= start or verb >= len(sent.tags) or not sent.tags[verb].startswith("v") or sent.ends[verb] - sent.start > end:
        return ""
    group = sent.text[max(scope.end(), sent.starts[start] - sent.start):sent.starts[i] - sent.start]  # (各|大城市公园)
    if len(group) < 2 or group[-1] in "、和" or group in indicator or indicator.startswith(group[:2]) \
            or indicator in group or group in leads + words("measures", "lead_adverbs") \
            or pattern("measures:per_periods", "^(?:{})").match(group):
        return ""  # (全市日均新增…: a period, not who acts)
    return group


def counted_group(sent: Sentence, q: Mention, clause: Clause, indicator: str, measure: str) -> str:
    """A figure that counts things named right after its number, ending its clause (全国共有183家非银行支付机构，),
    or followed only by one verb of what they did (已有1700余处大中型灌区开灌，): the group, as written
    (183家非银行支付机构, 1700余处大中型灌区), that a short measure in the next clause may be of. Else ""."""
    end = q.end - sent.start + len(indicator)
    if measure != "level" or q.attr("unit") not in words("measures", "noun_classifiers") \
            or q.attr("unit") in words("measures", "person_units"):
        return ""
    if clause.end == q.end - sent.start and sent.text.endswith(indicator, clause.start, q.start - sent.start):
        return counted_before(sent, q, indicator)  # (已建成绿色工厂5095家，)
    if not sent.text.startswith(indicator, q.end - sent.start) or clause.end != end:
        return ""  # (not …65种药品采购成功)
    last = sent.token_at(end - 1)
    if sent.tags[last].startswith("v") and last > 0 and sent.tags[last - 1].startswith("n") \
            and sent.starts[last] - sent.start > q.end - sent.start + 1:
        indicator = indicator[:sent.starts[last] - sent.start - (q.end - sent.start)]
    elif not sent.tags[last].startswith("n"):
        return ""  # (nor a group the clause goes on from: 28个剪纸专业村，…)
    return count_as_written(q) + indicator


def count_as_written(q: Mention) -> str:
    """The count as the text writes it, past a comparator before it (超过183家 -> 183家)."""
    return re.sub(r"^(?:超过|超|近|约|逾)", "", q.text)


def counted_before(sent: Sentence, q: Mention, indicator: str) -> str:
    """The things a count ending its clause counts, named before it past the verb of what was done to them (已建成绿色工厂
    5095家 -> 5095家绿色工厂; 已培育专精特新中小企业14万家 -> 14万家专精特新中小企业). "" when it opens with no verb."""
    at = q.start - sent.start - len(indicator)
    k = sent.token_at(at)
    if k < 0 or sent.starts[k] - sent.start != at or not sent.tags[k].startswith("v"):
        return ""
    noun = sent.text[sent.ends[k] - sent.start:q.start - sent.start]
    last = sent.token_at(q.start - sent.start - 1)
    return count_as_written(q) + noun if len(noun) >= 2 and sent.tags[last].startswith("n") else ""


def group_measure(sent: Sentence, ctx: Context, group: tuple[str, Clause] | None, q: Mention, clause: Clause,
                  indicator: str) -> str:
    """The counted group a short measure in the clause right after it is of (…183家非银行支付机构，年交易量超1万亿笔
    -> 183家非银行支付机构), when no body or place is named between. Else ""."""
    measured = indicator.split("占", 1)[0]  # (…，交易量占全部交易量的比重…: a share of the group's measure)
    if group is None or len(measured) > 4 or sent.text[group[1].end:clause.start].strip("，, "):
        return ""  # (only the next clause: …，蔚县剪纸已经销售到…，经典种类达6000多种 is the craft's)
    between = (group[1].end + sent.start, q.start)
    if any(between[0] <= m.start < between[1] for m in ctx.mentions_in(sent, "ORG", "REGION")) \
            or "；" in sent.text[group[1].end:q.start - sent.start] \
            or re.search(r"\d", sent.text[clause.start:q.start - sent.start]):
        return ""  # (…，82场签约活动达成600多项合作意向: the clause counts its own group)
    if not measured.endswith(words("measures", "indicator_heads")):
        return ""  # (…制定规章制度1300多项，追责问责2800多人: what was done next, not a measure of the group)
    if measured.endswith(words("measures", "rate_heads")):
        return ""  # (已恢复供电用户12.4万户，恢复率达到86%; 新增就业岗位13.8万个，失业率为4.4%: a rate of the whole)
    return group[0]


def agent_verb(sent: Sentence, ctx: Context, q: Mention, clause: Clause, indicator: str,
               kind: str = "observation") -> str:
    """The figure's clause opens, past time words and adverbs, on a verb of what something brought or reached
    (提供就业岗位, 带动新车销售额, 吸引游客, 惠及城乡儿童; 服务 only for those it served: 服务社区居民 in 人 or
    户, not 服务进出口总额) in a news item or a work report, or that any document's figure reached is named by
    (实施某工程，带动总投资…): that verb, as the row says nothing unless it names what did so. Else ""."""
    if not any(v in sent.text[clause.start:q.start - sent.start] for v in words("measures", "agent_verbs")):
        return ""  # (most figures: no such verb before them, nothing to look at)
    lead = "".join(c for k, c in enumerate(sent.text[clause.start:q.start - sent.start], clause.start)
                   if not ctx.covered(sent, sent.start + k, sent.start + k + 1, "DATE"))
    leads = ("actor_leads", "subject_adverbs", "strong_future", "forecast_cues", "effect_leads")
    lead = pattern(tuple(w for key in leads for w in words("measures", key)), "^(?:{})+").sub("", lead)
    # (力争带动…: a task's; 预计提供…: an expectation's)
    lead = pattern("measures:time_lead_ends", "^[\u4e00-\u9fff]{0,4}(?:{})").sub("", lead)
    verb = next((v for v in words("measures", "agent_verbs") if lead.startswith(v)), "")
    if not verb or indicator.startswith(lead[:len(verb) + 2]) and not indicator.startswith(verb):
        return ""  # (服务业增加值: a noun, not the verb)
    served = q.attr("unit")[-1:] in words("measures", "served_units")
    named_driven = kind != "target" and verb in words("measures", "effect_verbs") and lead.strip() != verb
    if ctx.document.genre not in ("news", "work_report") and not named_driven \
            or verb in words("measures", "service_verbs") and not served \
            or ctx.document.genre == "work_report" and verb in words("measures", "own_doing_verbs"):
        return ""  # (a policy's text says what it brings; a work report's 提供暖心煤1亿吨: the government's own doing)
    return verb


def previous_agent(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause) -> str:
    """What the figure in the clause right before counts, as its agent (举办直播带岗活动800多场次，提供就业岗位近50万个
    -> 直播带岗活动; 汽车以旧换新超167万辆，带动新车销售额… -> 汽车以旧换新), or "" when that figure is no count of
    things (an amount: 累计投入超1600亿元，带动… names no one thing, unless it names the money: 投入财政资金近4亿元，带动… ->
    财政资金) or is not right before."""
    if previous is not None and previous[2] in MONEY and previous[1].end <= clause.start \
            and not sent.text[previous[1].end:clause.start].strip("，, "):
        funds = pattern("measures:fund_heads", "(?:{})$").search(previous[0])
        verb = pattern(words("measures", "count_verbs") + words("measures", "addition_verbs"), "^(?:{})").match(previous[0])
        money = previous[0][verb.end() if verb else 0:]
        return money if funds and len(money) >= 2 else ""
    if previous is None or previous[1].end > clause.start or sent.text[previous[1].end:clause.start].strip("，, ") \
            or previous[2][-1:] not in words("measures", "noun_classifiers") \
            or previous[2] in words("measures", "person_units") \
            or previous[0].endswith(tuple(words("measures", "indicator_heads"))):
        return ""  # (连接设备数量超过7600万台，服务企业…: a measure of devices, not what served the firms)
    agent = previous[0]
    verb = pattern(words("measures", "count_verbs") + words("measures", "addition_verbs"), "^(?:{})").match(agent)
    at = sent.text.find(verb.group(), previous[1].start, previous[1].end) if verb else -1
    if verb and at >= 0 and sent.is_boundary(at + verb.end()):
        if verb.group() not in words("measures", "making_verbs"):
            return ""  # (连接工业设备7600万台，服务企业…: what was connected serves no one)
        agent = agent[verb.end():]  # (建设4335个生活圈 -> 生活圈; not 服务器装机能力)
    return agent if len(agent) >= 2 else ""


def reached_by(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause) -> str:
    """What a reach named alone (覆盖人群, 参与群众) is the reach of: the things counted in the clause right before
    (每年开展健康讲座不少于300场，覆盖人群不少于3万人次 -> 健康讲座; 1.6万个村举办村晚 -> 村晚), or "" when there
    are none."""
    agent = re.sub(r"^每(?:年|季度|月|周)", "", previous_agent(previous, sent, clause))
    made = pattern("measures:making_verbs", "(?:{})(?=[\u4e00-\u9fff“]{2})").search(agent)
    if made and previous is not None:
        counted = sent.text[previous[1].start:previous[1].end].find(agent[:made.end()])
        if counted > 0 and re.search(r"\d", sent.text[previous[1].start:previous[1].start + counted]):
            agent = agent[made.end():]  # (1.6万个村举办村晚，参与群众… -> 村晚: the villages were counted, not it)
    return agent if 2 <= len(agent) <= MAX_INDICATOR - 4 else ""


def with_people_acting(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A count of people or bodies named right after the number and followed by what they do, to the end of its
    clause (3200名科技特派员开展入企服务 -> 科技特派员开展入企服务; 支持4万家中小企业实施数字化改造 ->
    中小企业实施数字化改造): without it the count reads as how many such people or bodies there are."""
    end = q.end - sent.start
    if q.attr("unit") not in words("measures", "person_units") + words("measures", "body_units") \
            or not sent.text.startswith(indicator, end):
        return indicator
    lead = sent.text[clause.start:q.start - sent.start] + words_before_number(q)  # (the mention may hold the 为)
    if re.search(r"(?:为|向|对|给)(?:累计|共计?|近|约|超过?|逾)?$", lead):
        return indicator  # (为4000余家企业提供诊断服务: those served, not those acting)
    at = end + len(indicator)
    action = sent.text[at:clause.end].rstrip("，,；;。：:")
    i = sent.token_at(at)
    if i < 0 or sent.starts[i] - sent.start != at or not sent.tags[i].startswith("v") \
            or sent.ends[i] - sent.start >= at + len(action) or re.search(r"[\d、]", action) \
            or len(indicator + action) > MAX_INDICATOR or action.startswith(words("measures", "attend_verbs")):
        return indicator  # (…3000多名市民参与, 2000家企业参展: the verb alone says no more than the count)
    return indicator + action


def scheme_before(sent: Sentence, clauses: list[Clause], clause: Clause) -> str:
    """The scheme the clause right before the figure's carries out, when that clause is a verb and the scheme's
    name, with no figure of its own (扩围实施“以旧换新”政策，拉动消费… -> “以旧换新”政策; 开展系列促消费活动，… ->
    系列促消费活动), unless a clause carrying out another measure comes right before it: the agent of what the
    figure says it brought. Else ""."""
    before = next((c for c in clauses if c.end <= clause.start and not sent.text[c.end:clause.start].strip("，, ")),
                  None)
    if before is None or re.search(r"\d", sent.text[before.start:before.end]):
        return ""
    text = sent.text[before.start:before.end].rstrip("，, ")
    if not text.endswith(tuple(words("measures", "scheme_heads"))):
        return ""
    manner = pattern("measures:carry_out_manners", "(?:{})?").pattern
    carry_out = pattern("measures:carry_out_verbs", f"^{manner}(?:{{}})")
    verb = carry_out.match(text)
    scheme = text[verb.end():] if verb else ""
    earlier = next((c for c in clauses if c.end <= before.start and not sent.text[c.end:before.start].strip("，, ")),
                   None)
    if earlier is not None and carry_out.match(sent.text[earlier.start:earlier.end]):
        return ""  # (开展某专项行动，组织系列促消费活动，拉动消费…: what the run of measures brought, not the last one)
    return scheme if 2 <= len(scheme) <= 12 else ""


def with_campaign(sent: Sentence, clauses: list[Clause], clause: Clause, indicator: str) -> str:
    """A figure of an action (检查社会单位, 每年完成筛查) after a clause of the same sentence that carries out a campaign
    named by that action (组织开展夏季消防检查，…，预计检查社会单位100万家次 -> 夏季消防检查社会单位; 开展宫颈癌、乳腺癌免费
    筛查，每年完成筛查1.2万人 -> 每年宫颈癌、乳腺癌免费筛查): the campaign's. Else the indicator as it is."""
    period = re.match(r"每(?:年|季度|月|周)", indicator)
    core = indicator[period.end() if period else 0:].removeprefix("完成")
    if len(core) < 2:
        return indicator
    verb = core[:2]
    if verb not in words("measures", "campaign_verbs"):
        return indicator  # (开展数字乡村建设，建设数字农业示范基地5个: the base is built, no campaign's count)
    carry_out = pattern("measures:carry_out_verbs", "(?:{})+")
    for c in reversed([c for c in clauses if c.end <= clause.start]):
        text = sent.text[c.start:c.end].rstrip("，, ")
        if "；" in sent.text[c.end:clause.start]:
            break  # (another task)
        named = re.search(rf"{carry_out.pattern}(?P<name>[^，；]{{1,12}}{re.escape(verb)})$", text)
        if named and len(named.group("name")) > len(verb) and not re.search(r"\d|不少于|不低于", named.group("name")):
            campaign = (period.group() if period else "") + named.group("name") + core[len(verb):]
            return campaign if len(campaign) <= MAX_INDICATOR else indicator
    return indicator


HOSTED = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?)?(?:成功|高规格|高水平|高质量|精心)?(?:举办|办好|承办|举行|主办)"
                    r"(?P<event>(?:\d{4}年?|第[\d一二三四五六七八九十百]+届|首届)[^，；。]{2,24}?"
                    r"(?:节|会|赛|展|论坛|马拉松|大会|博览会|交易会|峰会|运动会))$")


GROWTH_AFTER = re.compile(r"增长|下降|提高|同比")


def with_hosted_event(sent: Sentence, clauses: list[Clause], clause: Clause, indicator: str) -> str:
    """A figure after a first clause that holds an edition of an event (成功举办第三十六届某某梨花节，接待游客…、实现旅游
    收入…; 办好第二十五届某某博览会，签约项目总金额…), in the same part, its clause opening on the figure's name or a verb
    of what the event brought, is the event's: its name opens the indicator. Else the indicator as it is."""
    first = clauses[0]
    found = HOSTED.match(sent.text[first.start:first.end]) if first is not clause else None
    if found is None or "；" in sent.text[first.end:clause.start] or indicator.startswith(found.group("event")) \
            or GROWTH_AFTER.search(sent.text, first.end):
        return indicator  # (…文化节，接待游客1420万人次…，分别增长18.6%、21.3%: the year's totals, with their growth)
    lead = sent.text[clause.start:clause.end].lstrip()
    opens = (lead.startswith(indicator[:2]) or lead.startswith(tuple(words("measures", "event_result_verbs")))) \
        and any(w in indicator for w in words("measures", "event_measures"))  # (not 新增…示范区, 引进…人才: the year's)
    named = found.group("event") + indicator
    return named if opens and len(named) <= MAX_INDICATOR else indicator


QUOTED_OPENING = re.compile(r"“[^“”，。；]{2,12}”")


def with_quoted_scheme(sent: Sentence, ctx: Context, clause: Clause, q: Mention, indicator: str) -> str:
    """A scheme named in quotes that opens the figure's clause right before its verb (“双导师制”培养工程硕博士3529名,
    “某经济”带动在线旅游收入增长…) is what the figure was done under: the indicator keeps it. Not a name before a
    noun (“揭榜挂帅”项目带动…, “某工程”建设已支持…, “某”内网改造…), a list (“某某”等新机制…) or a time (“十四五”时期…)."""
    lead = pattern("measures:lead_noise", "(?:{})*").match(sent.text, clause.start).end()
    quoted = QUOTED_OPENING.match(sent.text, lead)
    if quoted is None or quoted.group().strip("“”") in indicator \
            or ctx.covered(sent, sent.start + quoted.start() + 1, sent.start + quoted.end() - 1, "DATE"):
        return indicator  # (“十四五”时期…: a time, not a scheme)
    i = sent.token_at(quoted.end())
    if i < 0 or sent.starts[i] - sent.start != quoted.end() or sent.tags[i] != "v" \
            or sent.ends[i] - sent.start > q.start - sent.start or len(quoted.group() + indicator) > MAX_INDICATOR:
        return indicator
    brought = next((v for v in words("measures", "agent_verbs") if sent.text.startswith(v + indicator[:2], quoted.end())
                    and not indicator.startswith(v)), "")  # (“某经济”带动在线旅游收入增长…: what it brought)
    named = quoted.group() + brought + indicator
    return named if len(named) <= MAX_INDICATOR else quoted.group() + indicator


def with_own_subject(kind: str, subject: str, sent: Sentence, indicator: str) -> str:
    """A target's or a forecast's row has no subject column: the site, work or event its figure is of, named in its
    sentence, opens its indicator past the place it is in (在陕西西安北站，今天预计发送旅客… -> 西安北站发送旅客; 第三届
    某某博览会…，预计参展企业…), or the row reads as the region's (not a body that says it: 世界银行, 国际能源署)."""
    heads = named_site_heads()
    at = sent.text.find(subject)
    port = subject.endswith(("港", "港区")) and len(subject) >= 3  # (…。预计全年集装箱吞吐量…: the item's named port)
    if kind == "observation" or len(subject) < 4 and not port or not subject.endswith(heads) or subject in indicator \
            or not port and (at < 0 or not NAME_OPENS.search(sent.text[:at]) or place_prefix().fullmatch(subject)
                             or ACTING.match(subject)):
        return indicator  # (a county's target: its plan says whose, the region stays empty; 南方区|域电力市场: cut)
    site = subject
    while (place := known_place(site)) and known_place(site[len(place):]):
        site = site[len(place):]  # (陕西|西安北站: the province goes, the station keeps its city)
    shared = next((k for k in range(len(site), 1, -1) if indicator.startswith(site[-k:])), 0)  # (…水利工程 + 工程直接
    # 受益人口; 漳州古雷港区 + 古雷港区货物吞吐量)
    named = site + (indicator[shared:].removeprefix("港口") if port else indicator[shared:])  # (南通港 + 港口货物吞吐量)
    return named if len(named) <= MAX_INDICATOR else indicator


@memo(maxsize=1)
def named_site_heads() -> tuple[str, ...]:
    """How the name of a site, a work or an event ends (西安北站, 某某水利工程, 第三届某某博览会)."""
    return (*site_ends(), *words("measures", "topic_heads"), *words("measures", "event_heads"))


def known_place(text: str) -> str:
    """The place of the vocabulary ``text`` opens with (陕西 in 陕西西安北站), or ""."""
    place = place_prefix().match(text)
    return place.group() if place is not None and vocabulary().region(place.group()) is not None else ""


NAME_OPENS = re.compile(r"(?:^|[，。；：、（(“\s]|[在于据从])$")  # (where a name may begin: not inside a word)
ACTING = re.compile(r"(?:新建|建设|建成|新增|推动|推进|实施|打造)")  # (新建农村…: a task, no site)
