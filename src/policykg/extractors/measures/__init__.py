"""Targets, observations and forecasts: a number in a sentence with what it
measures (the indicator), whether it is set for the future, reported as
achieved or expected, its time, region and policy.

Precision first: a number becomes a measure only when its clause names the
measured thing (the noun before it — 地区生产总值增长5% — or after a count
verb — 建成50家智能工厂), and its sentence, section or genre says which
kind it is. Numbers in titles and quotes, slogans and ordinals (八项规定),
thresholds (总投资超5亿元的项目), and the amounts of policy instruments
(给予奖励100万元) are not measures. Signs and ranges are kept (下降2.1% is
−2.1); 分别 lists give each value to its own item.

This module is the extractor; the family's other modules each answer one
question about a number in its clause:

- ``figures``: is it a figure at all (not a benchmark, a size in a name, a toll)?
- ``indicator``, ``nouns``, ``runs``: which words name what it measures?
- ``lists``: which item of a list (分别, 从…增至…, one value per item) is it?
- ``shared``: what does it take from the words before it (二、三级…, 每个…, a total's subject)?
- ``wording``: what the sentence adds to that name (a shared head, the subject before)?
- ``bases``: over which base is a change stated, per which period a level (较2017年, 每年)?
- ``plausible``: does the name name a measured thing, in a unit that fits?
- ``kinds``: target, observation or forecast, and of which time?
- ``scope``: of which region, policy, issuer and subject?
- ``actors``: does a body or a counted group act in its clause (whose figure it is), and who brought what it says?
- ``pointers``: does the sentence point back to a subject named elsewhere (该…, 本届…, a survey's part)?
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...lexicon import counties, pattern, vocabulary, words
from ...nlp import Sentence
from ...records import Measure, Mention, Quantity
from ..clauses import MAX_INDICATOR, Clause, benchmark_before, clause_of, clauses_of, condition_before, with_benchmark
from ..context import Context
from ..no_measure import WORKED_EXAMPLE
from ..registry import extractor
from .actors import (agent_verb, clause_actor, counted_group, group_actor, group_measure, place_class_actor,
                     previous_agent, reached_by, scheme_before, site_actor, with_campaign, with_hosted_event,
                     with_own_subject, with_people_acting, with_quoted_scheme)
from .bases import named_year, per_period, with_chained_base, with_multiple_base, with_old_base
from .figures import (award_count, benchmark_value, describes_subject, done_with_support, event_count, event_detail,
                      first_of_kind_detail, framed_part, is_figure, names_casualties, names_rather_than_measures,
                      people_acting, points_back, rate_of_measure, route_or_reach, steps_climbed,
                      things_acting, threshold_after_count, toll_count, told_again, told_in_words)
from .indicator import (averaged, indicator_text, per_year, with_age_bracket, with_contributor, with_count_qualifier,
                        with_effect_verb, with_items_before, with_named_again, with_per_unit,
                        with_rate_qualifier, with_whole_qualifier)
from .nouns import numbered_name, without_cut_list
from .spans import without_times
from .kinds import kind_of, time_of
from .limits import a_norm, budget_cap, defines_a_grade, of_a_grant, size_of_facility, starting_value, stated_limit
from .lists import (from_to_items, jointly_items, places_each, respective_to_figures, respectively_items,
                    value_list_items)
from .plausible import COUNT_FREE_UNITS, benefit_standard, driven_alone, plausible, quantity_of, what_is_reduced
from .paragraphs import review_paragraph
from .pointers import (clause_opens_on_pointer, describes_one, goes_on_bare, index_family, item_topic, named_back,
                       named_in_sentence, of_whole_small_unit, opens_on_bare_head, opens_on_pointer, quotes_a_firm,
                       region_before, site_named_before, whole_before, whole_time, with_fuller_name, with_previous_site,
                       with_sector_before, with_whole_sector)
from .parts import with_people_measure, with_whole_name
from .region import (county_before, county_named, county_opening, home_county, region_of, speaker_county, with_country,
                     with_national_title, with_whole_province)
from .scope import (EDITION, SHORT_NAME_NOTE, central_source, clause_sector, heading_topic, is_firm_class, issuer_of,
                    measured_topic, names_too_little, opening_subject, opens_clause_bare, paragraph_sector,
                    place_within, policy_of, sector_frame, sentence_topic, subject_split, title_sector, too_bare,
                    whole_place_words)
from .shared import (with_activity_before, with_arrivals, with_counted_before, with_each_basis, with_elided_items,
                     with_inbound_scope, with_scheme_reaching, with_task_before, with_total_subject, with_trade_scope,
                     with_transport_mode, without_tail)
from .wording import (after_merger, carried, each_items, share_subject, share_without_subject, with_beneficiary,
                      with_bracketed_head, with_exclusion, with_least, with_list_comparator, with_list_qualifier,
                      with_list_unit, with_list_verb, with_listed_firms, with_previous_scope, with_previous_subject,
                      with_shared_head, with_support_verb, with_verb_on_people, with_whole_verb)

CHANGE_UNITS = ("%", "百分点", "基点", "‰", "倍")
CONSECUTIVE = re.compile(r"连续[\d一二三四五六七八九十两]+(?:年|个月|个季度|季度)")  # how long it has held, not what
SINCE = pattern("measures:since_verbs", r"(?:{})?(?:[\d一二三四五六七八九十两]+(?:年|个月|周|天)|半年|半个月)(?:来|以来)(?:累计)?(?=..)")
# (航线开通一年来累计进出口货值 -> 航线进出口货值: since when, not what)
ANNIVERSARY = pattern("measures:since_verbs", r"^[\u4e00-\u9fff]{0,6}?(?:{})[\d一二三四五六七八九十两百]+周?年(?=[\u4e00-\u9fff]{2})"
                      r"(?![期均度末底初内来间中])")  # (某某合作十年澜沧江—湄公河航道进出口 -> …航道进出口: an anniversary)
VERBS_ONLY = pattern(words("measures", "addition_verbs") + words("measures", "count_verbs")
                     + words("measures", "results_after"), "(?:{})+")  # (建成投产约5000万千瓦: a verb alone)
GAP_OPENING = pattern("measures:gap_openings", "^(?:{})")
BELOW = pattern("measures:gap_down", "(?:{})[^高低快慢]*$")  # a gap's benchmark written with its verb of below
TRADE_PAIR = pattern("measures:home_country_words", r"^[\u4e00-\u9fff]+?(?=(?:{})(?:与|和|同))")  # before a trade's pair
SHORT_INDICATOR = 6  # an indicator this short or shorter often names too little to be read without its subject


@extractor("measures", needs=("QUANTITY", "DATE", "REGION", "ORG", "POLICY", "policies", "home", "reference_date",
                              "POLICY:resolved", "fact:issued_by"),
           produces=("measure:target", "measure:observation", "measure:forecast"))
def measures(sent: Sentence, ctx: Context) -> Iterator[Measure]:
    found = ctx.mentions_in(sent, "QUANTITY")
    if not found or sent.text.rstrip().endswith(("？", "?")) or WORKED_EXAMPLE.match(sent.text) or told_again(sent, ctx):
        return  # a question, a worked example of a rule or a digest's line its story tells again states no figure
    role = ctx.role(sent) or review_paragraph(sent, ctx)
    if role in ("principles", "safeguards") or ctx.in_part(sent, "title", "doc_number", "signature", "date", "heading"):
        return
    clauses = clauses_of(sent)
    items = {**value_list_items(sent, found, clauses), **respectively_items(sent, found, clauses),
             **from_to_items(sent, ctx, found, clauses)}
    respective = respective_to_figures(sent, found, clauses)
    previous: tuple[str, Clause, str] | None = None  # (indicator, clause, unit) of the figure before
    figures: list[tuple[str, Clause]] = []  # (indicator, clause) of the figures so far
    last: dict[str, str] | None = None  # the fields of the figure written last
    topic: str | None = None  # the named facility the sentence opens with (news), found once when needed
    headline: str | None = None  # the facility its news item's heading opens on and measures, likewise
    group: tuple[str, Clause] | None = None  # the things the sentence's first figure counts, as written, and its clause
    for q in sorted(found, key=lambda m: m.start):
        if defines_a_grade(sent, q):
            continue  # (中型坝（总库容10万至50万立方米）：每座15万元: the size that defines a grade a grant is for)
        clause = clause_of(clauses, q.start - sent.start)
        if clause is None or q.start not in items and not is_figure(sent, ctx, q, clause, found) \
                or rate_of_measure(sent.text, clause, q.start - sent.start, q.end - sent.start, q.attr("unit")):
            continue  # (补助比例由30%提高到40%: the rate a measure gives, however listed)
        if q.start in respective:  # (…入境游客936万人次，分别增长39.6%: the figure in its place before)
            before_clause, i, measure, negative = respective[q.start]
            names = [name for name, c in figures if c == before_clause]
            count = sum(1 for r in respective.values() if r[0] == before_clause)
            items[q.start] = (names[i], measure, negative) if len(names) == count else None
        if q.start in items and items[q.start] is None:
            continue
        toll = toll_count(sent, q)
        kind = kind_of(sent, ctx, q, clause, role, q.start in items) or ("observation" if toll else "")
        if not kind:
            continue
        wording = toll or items.get(q.start) or averaged(previous, sent, q, clause) \
            or indicator_text(sent, ctx, q, clause)
        if wording is not None and wording[0] in words("measures", "benchmark_nouns"):
            wording = None  # (…，增速高于某市平均水平0.8个百分点: the benchmark names nothing measured; the figure before's)
        carried_from = last if wording is None else None  # (…193亿美元，同比增长26.1%: the change is that figure's,
        wording = wording or carried(previous, sent, q, clause)  # of its subject and its time)
        if wording is None:
            continue
        written, measure, negative, *stated = wording
        written = without_times(written, ctx, sent)
        if carried_from and previous is not None and written == previous[0] and measure == "change" \
                and carried_from["indicator"].endswith(written) and "、" not in carried_from["indicator"]:
            written = carried_from["indicator"]  # (…货物吞吐量…，同比增长6.2% -> the figure's name as written: 港口货物吞吐量)
        written = with_shared_head(sent, q, clause, written)
        if stated == [""] and kind == "observation" and ctx.document.genre in ("news", "work_report"):
            continue  # an undated start (从不足4万家增至14万家; a five-year review's 从1.38亿件…) is no current figure
        if stated and kind != "observation" and (stated[0] == "" or stated[0][:4] < ctx.reference_date[:4]):
            kind = "observation"  # where a target starts from (从380元提高至1000元, 将从2022年的…) is a level reached
        indicator = pattern("measures:trailing_adverbs", "(?:{})$").sub("", written)  # (保交房任务全面|完成)
        indicator = pattern("measures:clause_markers").sub("", indicator)  # 平台已服务企业 -> 平台服务企业;
        indicator = ANNIVERSARY.sub("", SINCE.sub("", CONSECUTIVE.sub("", indicator)))  # 一般性支出连续5年压减比例 -> 一般性支出压减比例
        indicator = TRADE_PAIR.sub("", indicator)  # (香港回归…内地与香港贸易值 -> 内地与香港贸易值: the pair opens it)
        if VERBS_ONLY.fullmatch(indicator):  # (…建设改造县级物流配送中心超400个，累计建设改造2100多个: the same object)
            indicator = previous[0] if previous is not None and previous[0].startswith(indicator) else ""
            if not indicator:
                continue  # a verb alone names nothing counted
        if GAP_OPENING.match(indicator):  # (5G用户达8.51亿户，…，超过4G用户数近1亿: by how much 5G users exceed)
            if previous is None or previous[2] in CHANGE_UNITS or len(previous[0] + indicator) > MAX_INDICATOR:
                continue  # the gap of what over the benchmark, not said (…，占比达48.8%，超过…: not of the share)
            indicator = previous[0] + indicator
        reduced = what_is_reduced(indicator) if measure == "level" and q.attr("unit") not in ("百分点", "倍", "") \
            and not indicator.endswith(words("measures", "rate_heads")) else ""
        if reduced:  # 单位减少办公用房租赁费1.19亿元, 降低企业物流成本8%: the fee or the cost went down by so much
            indicator, measure, negative = reduced, "change", True
        carried_on = previous is not None and (indicator in words("measures", "generic_tails") + ("增长率", "年均增长率")
                                               or share_without_subject(indicator, previous[0]))
        if carried_on:  # 业务收入…，年均增长率达13.8% -> 业务收入年均增长率; …，占GDP比重 -> X占GDP比重 (once: …升幅…，升幅…)
            indicator = previous[0].removesuffix(indicator) + indicator
        if not carried_on and indicator in words("measures", "reach_nouns"):  # (开展健康讲座300场，覆盖人群3万人次)
            indicator = reached_by(previous, sent, clause) + indicator
        indicator = with_campaign(sent, clauses, clause, indicator) if not carried_on else indicator
        if indicator.startswith("占") and not carried_on:
            whose = share_subject(sent, ctx, clauses, clause, found, figures, indicator)
            if not whose:
                continue  # 占全国比重25%: a share of no one named
            indicator, carried_on = whose + indicator, True
        indicator = with_previous_subject(previous, sent, clause, indicator) if not carried_on else indicator
        indicator = with_named_again(previous, sent, clause, indicator) if not carried_on else indicator
        indicator = with_fuller_name(sent, clause, indicator) if not carried_on else indicator
        indicator = with_previous_scope(previous, sent, clause, indicator) if not carried_on else indicator
        indicator = with_count_qualifier(previous, sent, clause, indicator) if not carried_on else indicator
        indicator = with_whole_name(figures, sent, q, indicator)  # (其中内贸…: the part of the whole before)
        indicator = with_people_measure(sent, clause, indicator) if q.start not in items else indicator
        indicator = with_contributor(previous, sent, clause, indicator)  # (…，对全市工业增长贡献率达78%)
        with_county = previous is not None and carried_from is not None and indicator == carried_from["indicator"] \
            and indicator.removesuffix(previous[0]) in counties()  # (在某某市，…预计…15.2万吨，增长8%: its county named)
        again = previous is not None and indicator == previous[0] or with_county or q.start in respective  # (推广…、增长…)
        if not again and not plausible(indicator, q.attr("unit"), measure) \
                or points_back(sent, clause, written, named_at(sent, ctx)) \
                or not (toll or names_casualties(indicator)) and (opens_on_pointer(sent, indicator)
                                                                   or describes_one(sent, ctx, q)
                                                                   or of_whole_small_unit(sent, ctx, q)
                                                                   or quotes_a_firm(sent, ctx)
                                                                   or opens_on_bare_head(sent, ctx)) \
                or any(indicator == m.text and m.attr("via") != "local" for m in ctx.mentions_in(sent, "ORG")) \
                or any(len(m.text) >= 2 and indicator.endswith(m.text) for m in ctx.mentions_in(sent, "REGION")):
            continue  # (河钢集团某钢厂30名职工, 国家税务总局…18条, 水稻主产区无为市: a body or a place is no measured thing)
        if indicator.endswith(words("measures", "spec_heads")) \
                or pattern("measures:design_measures", "设计[\u4e00-\u9fff]{0,4}(?:{})$").search(indicator):
            continue  # 项目全长1240公里，…计划10月1日前全线通车: the project's size, not what it sets out to reach
        if measure != "gap" and indicator.endswith(words("measures", "scope_ends")):
            continue  # 班列通达全球119个国家: where the count reaches, not what is measured (增速高于全国 is a gap)
        if re.match(r"\d+(?:\.\d+)?(?![年月天日周期])[\u4e00-\u9fff]", indicator) \
                and not indicator.lstrip("0123456789").startswith(words("measures", "model_suffixes")) \
                and not numbered_name(indicator):
            continue  # 全国22个城市62座海军军营: a count of places (22个城市) names no measured thing (2年期利率 does)
        if q.attr("unit") in words("measures", "kind_units") and "品类" not in indicator:
            continue  # 集中整治4类突出问题, 分为6类: the kinds of a scheme, not a measured count
        if benchmark_value(sent, q) or threshold_after_count(sent, q, clause):
            continue  # 测产结果突破509公斤，远高于300公斤标准值; 8个产业规模超千亿元: a benchmark, a threshold; no figure
        if size_of_facility(sent, q) or steps_climbed(sent, q) \
                or names_rather_than_measures(sent, q, clause, indicator):
            continue  # 释放某石化120万吨乙烯项目产能, 迈上4个万亿元台阶: a size in a name, steps climbed; no figure
        if q.attr("unit") in words("measures", "count_classifiers") and "." not in q.attr("value") \
                and indicator.endswith(words("measures", "amount_heads")):
            continue  # 11个行业出口额实现增长: a count of sectors, not an amount
        if q.attr("unit") not in COUNT_FREE_UNITS and route_or_reach(sent, q, clause):
            continue  # 途经4个地区和9个边境县, 覆盖100多个国家: what a route passes or reaches (not 途经…的候鸟总数增加14%)
        if not toll and event_count(sent.text[clause.start:clause.end], indicator, ctx.document.genre, q.attr("unit")):
            continue  # 击落136架无人机, 4名人员在冲突中身亡: the toll of an event, not a measured figure
        if kind == "target" and q.attr("unit") == "基点":
            continue  # 贷款利率在贷款市场报价利率基础上上浮不超过50个基点: a loan's term, no goal
        if kind == "observation" and (framed_part(sent, q) or award_count(sent, q, clause, ctx.document.genre)):
            continue  # 41个行业中，28个行业…增长; 19个项目获得某奖: a part of a whole not named here, winners of a prize
        if kind == "observation" and not (toll or names_casualties(indicator)) and told_in_words(q):
            continue  # 两艘超大型集装箱船…出坞: a story's detail, not a figure (两人死亡 is a toll)
        if stated_limit(sent, q) or kind in ("target", "forecast") and (starting_value(sent, q) or budget_cap(sent, q)
                                                                       or of_a_grant(sent, q, clause) or a_norm(sent, q)):
            continue  # 本科毕业生（35岁以下）, 《若干措施》共四个方面12条: who qualifies, a policy's parts; 由目前的2万个
            # 增加到5万个: where a goal starts, no goal; …每辆补贴2000元，资金总额控制在1亿元以内: a grant's budget;
            # …首次突破2000万元、5000万元的，分别奖励10万元、20万元: a grant's tiers and amounts
        if kind in ("observation", "forecast") and event_detail(sent, q, clause, ctx.document.genre) \
                or kind == "observation" and first_of_kind_detail(sent, q, clause, ctx.document.genre):
            continue  # 发布了两份报告, (预计)展出200件文物, 规划建设的40条通道, 全国首套…布设了4套设备: a show's, a plan's, one thing's
        if not toll and (people_acting(sent, q, clause, indicator, ctx.document.genre)
                         or describes_subject(sent, q, clause, ctx.document.genre)):
            continue  # 10名艺术家给…写信: the people of a story, not a figure
        before, previous = previous, previous if measure == "gap" and previous else (indicator, clause, q.attr("unit"))
        # (…增长11.8%，快于全部工业5.7个百分点，占…比重为17.6%: the share is of the figure before the gap)
        if not carried_on:
            subject, indicator = subject_split(sent, ctx, q, clause, written, measure, indicator)
        else:
            subject = ""
        subject = subject or (clause_actor(sent, ctx, q, clause, indicator) if not toll else "") \
            or group_actor(sent, q, clause, indicator) \
            or place_class_actor(sent, ctx, q, clause, indicator)
        if not (subject or toll):
            subject = site_actor(sent, ctx, q, clause)  # (某市某某科学城汇聚300多个科研团队: the site's, not the city's)
            indicator = with_arrivals(sent, q, clause, without_tail(subject, indicator)) if subject else indicator
        if not subject and ctx.document.genre == "news" and not toll:
            subject = group_measure(sent, ctx, group, q, clause, indicator)  # (…183家支付机构，年交易量超1万亿笔)
            group = (group[0], clause) if subject else group  # (…，累计灌水量…，灌溉面积…: each clause after it, in turn)
        if not subject and ctx.document.genre in ("news", "work_report") \
                and "；" not in sent.text[:q.start - sent.start]:
            topic = sentence_topic(sent, ctx) if topic is None else topic  # (…；带动60余家企业: another subject)
            topic = topic or measured_topic(sent, ctx, figures)  # (某新区总开发面积…，总建筑面积…: the new area's)
            if topic and indicator in topic:
                continue  # (第五届进博会共有145个国家…参展: the topic is what the sentence is about, not what is counted)
            subject = topic if topic and not any(topic[k:] in indicator for k in range(len(topic) - 3)) \
                and not own_place(sent, ctx, q, clause, topic, indicator) else ""  # (…，深圳市进出口值: whose it is)
            if ctx.document.genre == "work_report" and not topic_opens_clause(sent, clause, subject) \
                    and not subject.endswith(words("measures", "event_heads")):
                subject = ""  # (a report's sentence goes on to other subjects: 某工程实现通水，5G基站达到9.5万座; an
                # event's own measures follow it: 某博览会成功举办，…意向成交金额达到…)
            indicator = without_tail(subject, indicator) if kind == "observation" else indicator  # (a target's or
            # a forecast's row has no subject to say it)
        verb = agent_verb(sent, ctx, q, clause, indicator, kind) if not (subject or toll or q.start in items) \
            and kind in ("observation", "target", "forecast") and measure == "level" and q.attr("unit") not in CHANGE_UNITS \
            else ""  # (带动投资增长8.1%: what grew)
        if verb:
            agent = previous_agent(before, sent, clause) or scheme_before(sent, clauses, clause)
            agent += verb if agent and not indicator.startswith(verb) else ""
            if kind == "observation" and (not agent or len(agent + indicator) > MAX_INDICATOR):
                continue  # 开展促消费活动，拉动消费75亿元: brought about by the activities, which the row would not say
            if agent and len(agent + indicator) <= MAX_INDICATOR:  # (a task: 落实…政策，力争带动销售额20亿元 -> its scheme's)
                indicator = agent + indicator  # (举办活动800多场次，提供就业岗位近50万个 -> 活动提供就业岗位)
        if not (subject or toll or carried_on or q.start in items) and ctx.document.genre in ("work_report", "news") \
                and opens_clause_bare(sent, q, clause, indicator):
            sector = sector_frame(sent) or clause_sector(sent, clause) or (
                paragraph_sector(sent, ctx, clause) if ctx.document.genre == "work_report" else "")  # (news moves on)
            if not sector:
                previous = None  # (…，增长10%: nor is the figure after it)
                continue  # 部区共建…交易中心，力争交易额达到100亿元: a report's bare 交易额 is of something said elsewhere
            # 非常规天然气方面，…产量突破200亿立方米 -> 非常规天然气产量; 石化产业…。产值突破1300亿元。 -> 石化产业产值
            indicator = sector + indicator.removeprefix("产业") if sector.endswith("产业") else sector + indicator
            previous = (indicator, clause, q.attr("unit"))
        indicator = with_list_verb(sent, q, clause, indicator) if not carried_on else indicator
        indicator = with_list_qualifier(figures, sent, q, clause, indicator) if q.start not in items else indicator
        indicator = with_listed_firms(figures, sent, q, clause, indicator) if q.start not in items else indicator
        indicator = with_rate_qualifier(figures, sent, q, clause, indicator) if q.start not in items else indicator
        indicator = with_whole_qualifier(figures, indicator)
        sited = with_previous_site(figures, sent, q, clause, indicator) if not (subject or q.start in items) else indicator
        sited, indicator = sited != indicator, sited  # (某口岸过货量…，出入境人员…: that port's, in the port's place)
        indicator = with_total_subject(figures, sent, q, clause, indicator) if q.start not in items else indicator
        indicator = with_trade_scope(figures, sent, clause, indicator)
        indicator = indicator if subject or q.start in items else with_counted_before(figures, sent, clause, indicator)
        if not (subject or q.start in items) and ctx.document.genre in ("news", "work_report"):
            indicator = with_activity_before(sent, clauses, clause, q, indicator)
            indicator = with_task_before(sent, clauses, clause, indicator)  # (清理拖欠账款…，办结率100%)
            indicator = with_scheme_reaching(sent, clauses, clause, q, indicator)  # (实施…工程，惠及群众2万人)
        indicator = indicator if toll else with_people_acting(sent, q, clause, indicator)  # (…名特派员开展入企服务)
        indicator = with_support_verb(sent, q, clause, with_verb_on_people(sent, q, clause, indicator))
        indicator = with_beneficiary(sent, q, clause, indicator) if q.start not in items else indicator
        indicator = with_whole_verb(figures, sent, q, indicator)
        indicator = with_bracketed_head(sent, ctx, clause, written, indicator) if not carried_on else indicator
        indicator = after_merger(sent, q, per_period(sent, q, clause, measure, indicator))
        indicator = with_exclusion(figures, sent, clause, indicator)
        indicator = with_transport_mode(sent, q, indicator) if not subject else indicator
        if not indicator:
            continue  # 扣除…后增长6% with no figure before: of what, not said
        if measure == "gap":
            indicator = with_benchmark(indicator, benchmark_before(sent, q, clause))
            negative = negative and BELOW.search(indicator) is None  # (增速低于全国 0.3: the name says below, once)
        if measure == "change":
            indicator = per_year(sent, q, clause, indicator)
        indicator = with_national_title(sent, ctx, q, clause, indicator)
        indicator = with_elided_items(sent, clause, q, indicator) if q.start not in items else indicator
        indicator = with_each_basis(sent, clause, q, with_inbound_scope(sent, q, indicator))
        region = sited and kind == "observation" and region_before(last, indicator) \
            or with_whole_province(sent, q, clause, region_of(sent, ctx, q, clause))
        indicator = indicator if region else with_country(sent, ctx, q, indicator)
        indicator = with_whole_sector(sent, ctx, indicator)  # (全行业完成货邮运输量… under 2月我国民航…: 民航's)
        if not indicator:
            continue
        subject = subject or site_named_before(sent, ctx, indicator) \
            or named_in_sentence(sent, ctx, q, indicator)  # (…某大桥公路口岸…。口岸进出境车辆…: that port's; 组建某集团，集团…)
        indicator = indicator if subject or toll else with_sector_before(sent, ctx, q, indicator)  # (港口…。内贸吞吐量…)
        if not subject and last is not None and last["subject"] and goes_on_bare(sent, ctx, q, clause, indicator):
            subject = last["subject"]  # (16个受灾地区保险机构共收到保险报案…，估损金额…: theirs too)
        if kind == "observation" and not subject \
                and indicator.endswith(words("measures", "indicator_heads") + words("measures", "people_heads")):
            # (…白云机场旅客吞吐量…。其中，国际旅客吞吐量…: the whole's site or subject; not 其中，国际航线完成…: no measure)
            subject, site = whole_before(sent, ctx, indicator)
            indicator = site + indicator if site and not indicator.startswith(site) \
                and len(site + indicator) <= MAX_INDICATOR else indicator
        item = indicator.rsplit("、", 1)[-1]  # (配发被子、毛毯: a list names as little as its items)
        if kind == "observation" and ctx.document.genre == "news" and region and not subject \
                and sent.text.startswith(words("measures", "part_openings")) and not ctx.mentions_in(sent, "REGION"):
            continue  # (### 某市…发行国债 / 其中，5年期发行利率…: a part of a whole said before, its place only the heading's)
        if not (subject or region or toll or named_at(sent, ctx)) and ctx.document.genre == "news":
            topic_before = item_topic(sent, ctx)  # (…电影节今天开幕。…共有3900部影片报名: the festival's)
            subject = topic_before if not any(topic_before[k:] in indicator for k in range(len(topic_before) - 1)) else ""
        if not (region or subject or toll or q.start in items) and kind != "target" and ctx.document.genre == "news" \
                and too_bare(sent, ctx, q, item):
            continue  # (产值突破1亿元, 销售额2070亿元 in a news story of one village: whose is not said)
        if kind == "forecast" and not (region or subject):
            region = speaker_county(sent, ctx, q, region)[1]  # (某县农业农村局介绍，预计…: that county's, named below)
        indicator = named_back(sent, ctx, indicator) if kind == "forecast" else indicator  # (公司预计…: the firm's)
        owned = any(m.attr("county") and sent.text.startswith(item, m.end - sent.start)
                    for m in ctx.mentions_in(sent, "REGION"))  # (黑龙江漠河最低气温…: the county's, its subject below)
        unsaid = kind == "observation" and not (subject or owned) or kind == "forecast" and not region
        if unsaid and ctx.document.genre == "news" \
                and not (toll or q.start in items) and q.attr("unit") not in words("measures", "visit_units") \
                and names_too_little(sent, ctx, q, item, region):
            continue  # (展览面积, 收购量, 开展手术: of one fair, one crop, one ship the story names elsewhere; 人次 count a flow;
            # 预计…通胀率将降至5.6%: whose, a forecast row would not say)
        if kind == "observation" and not (subject or region) and item.endswith(words("measures", "arrival_verbs")):
            continue  # (50多家企业入驻, 已有9家维修企业入驻: into which zone or park, not said)
        if kind == "observation" and ctx.document.genre == "news" and not (subject or region or toll) \
                and (reach := pattern("measures:reach_verbs", "^(?:{})").match(item)) and len(item) - reach.end() <= 5:
            continue  # (…，共涉及项目3556个: what a scheme the row cannot name reaches)
        if kind == "observation" and ctx.document.genre == "news" \
                and not (subject or region or toll or q.start in items) \
                and item.startswith(words("measures", "one_body_openings")) \
                and q.attr("unit") not in words("measures", "count_classifiers") and not central_source(sent, ctx, q):
            continue  # 企业出口销售额137.7万元, 船厂手持订单数量突破70艘: of the one firm or yard the story is about
            # (not 国家税务总局…数据显示，…企业采购机械设备金额: all firms')
        if not (subject or toll) and ctx.document.genre == "news":
            # (…，带动项目总投资超5000亿元: of what the sentence opens on; 单日最高客流量… under 某某大桥单日客流创新高:
            # of what the item's heading names; 第N届某会…，境外采购商到会…: any figure after an edition is the event's)
            opening = opening_subject(sent, ctx, clause)
            opening = opening if len(item) <= SHORT_INDICATOR or re.search(EDITION, opening) or is_firm_class(opening) \
                and not item.endswith(words("measures", "firm_class_heads")) else ""
            places = [m.start - sent.start for m in ctx.mentions_in(sent, "REGION")]
            if not opening and len(item) <= SHORT_INDICATOR \
                    and not any(clause.start <= at < q.start - sent.start or at < q.start - sent.start
                                and sent.text[at - 1:at] in ("", "，", "；", "：") for at in places):
                # (元旦以来，某市累计接待…，实现旅游总收入…: the place the sentence opens a clause on acts, not the heading's)
                headline = heading_topic(sent, ctx) if headline is None else headline  # (not 上海对某国进出口: 上海's)
                opening = headline
            subject = opening if not any(opening[k:] in indicator for k in range(len(opening) - 1)) else ""
        if not (subject or region) and ctx.document.genre == "news":
            subject = index_family(sent, ctx, indicator)  # (新订单指数 of the 制造业采购经理指数 named before)
        if not (subject or toll or names_casualties(indicator)) and ctx.document.genre == "news" \
                and clause_opens_on_pointer(sent, clause, indicator):
            continue  # (…开幕，本次展会展位面积近12万平方米: of the fair named before, which the row would not say)
        if not subject and region and ctx.document.genre == "news":
            spot = place_within(sent, ctx, clause)  # (在黑龙江某滑雪场，…接待游客超1.2万人次: the resort's)
            subject = spot if spot and not own_place(sent, ctx, q, clause, spot, indicator) else ""
        indicator = with_per_unit(sent, clause, q, with_effect_verb(sent, clause, q, indicator, measure))
        indicator = with_items_before(sent, ctx, clause, q, indicator) if q.start not in items else indicator
        indicator = with_age_bracket(sent, clause, q, indicator)
        indicator = with_quoted_scheme(sent, ctx, clause, q, indicator) if kind in ("observation", "target") else indicator
        indicator = with_hosted_event(sent, clauses, clause, indicator)  # (成功举办第N届某节，接待游客…: the event's)
        if benefit_standard(indicator, q.attr("unit")) or kind != "target" and driven_alone(indicator, subject):
            continue  # (…，每亩保险金额2500元: the standard an instrument sets; 基金…，带动社会资本投资…: by what, unsaid)
        subject = subject or title_sector(ctx, indicator)  # (业务收入… in 某某服务业发展规划: that sector's)
        quantity = with_least(sent, q, with_list_comparator(sent, q, found, quantity_of(q)))
        quantity = signed(with_list_unit(sent, q, found, quantity), negative)
        if carried_from and measure == "change" and not quantity.unit and carried_from["unit"] not in CHANGE_UNITS:
            quantity = replace(quantity, unit=carried_from["unit"])  # (…6049万人次，较去年同期增加879.87万: 人次 too)
        indicator = as_increment(indicator, measure, quantity)
        time = stated[0] if stated else named_year(indicator, kind) or time_of(sent, ctx, q, clause, kind, measure)
        time = time or whole_time(sent, ctx) if kind == "observation" else time  # (其中，…: the whole's period)
        if kind == "observation" and measure == "level" and not time \
                and indicator.endswith(words("measures", "size_heads")):
            continue  # 某湖水域面积达1600多平方公里，是候鸟…驿站: a place's size in its description, not a figure reached
        if carried_from and carried_from["measure"] == "level" and indicator.startswith(carried_from["indicator"]):
            time, subject = carried_from["time"], subject or carried_from["subject"]
        if measure == "change":  # (较2017年增长70%: over which base, when not the year before the figure's)
            indicator = with_old_base(sent, q, clause, indicator, time or ctx.reference_date)
        elif quantity.unit == "倍":
            indicator = with_multiple_base(sent, q, clause, indicator)  # (是2020年的2.6倍)
        county = county_opening(sent, ctx, indicator, region) or county_named(sent, ctx, q, region) \
            or home_county(sent, ctx, q, region) \
            or county_before(sent, ctx, q, region) or (subject if kind == "forecast" and subject in counties() else "")  # (临湘市今年…；预计…: its subject)
        if not (county or subject):
            county, holder = speaker_county(sent, ctx, q, region)  # (乳山市某协会预计，今年全市…: that city's)
            region = holder or region
        if county:
            # (贞丰县旅游综合收入…, 全县… in a county's plan: the county's, in its prefecture — a target's region unknown)
            within = ctx.city if county == ctx.county and ctx.city else region  # (全区 read as 自治区: the district's city)
            if kind == "observation":
                subject, region = subject or county, within
            elif kind == "forecast" or ctx.document.genre == "news":  # (no subject column, no plan saying whose: the
                # county opens the indicator, in its prefecture — 瓜州县今年蜜瓜产量预计… -> 瓜州县蜜瓜产量, 酒泉市)
                named = county + indicator if not (subject and county not in subject or indicator.startswith(county)) \
                    else indicator  # (在宁夏某某市，…预计…: the county the spot names, not the spot's longer writing)
                indicator, region = named if len(named) <= MAX_INDICATOR else indicator, within
            else:
                subject, region = subject or county, ""
        if kind == "observation" and done_with_support(sent, q, clause):
            continue  # 某国债已支持各地更新老旧电梯4.1万台: of the supported part only, which the row would not say
        if not toll and things_acting(sent, q, clause, indicator, ctx.document.genre):
            continue  # 超1000座换热站陆续投入运行: a count of those that did what the indicator leaves out
        listed = each_items(sent, q, clause) or (jointly_items(sent, q, clause) if q.start not in items else [])
        indicator = indicator if listed else without_cut_list(sent, q.start - sent.start, indicator)
        if not indicator:
            continue  # 甲、乙等领域项目423个: one example named for the whole list, the class alone names nothing
        fields = dict(measure=measure, subject=subject, time=time, region=region,
                      policy=policy_of(sent, ctx, q, kind, time), issuer=issuer_of(sent, ctx, q, kind),
                      condition=condition_before(sent, q, clause, found))
        if not figures and not subject:
            written = counted_group(sent, q, clause, indicator, measure)
            group = (written, clause) if written else None
        figures.append((indicator, clause))
        last = dict(fields, indicator=indicator, unit=quantity.unit) if q.start not in items else None
        # (从2019年的…升至2022年的…，增幅…: the change is over the span, not the last year's)
        if q.start not in items and places_each(sent, q, clause, quantity.comparator):
            continue  # (甲市、乙市经济总量突破千亿元: each passed it)
        for each in listed or [indicator]:  # (甲、乙均增长20%: each of them)
            each = with_chained_base(sent, q, clause, each) if measure == "change" else each  # (not the name carried)
            each = with_own_subject(kind, subject, sent, each)
            yield Measure(kind, ctx.evidence(sent), quantity, each, **fields)


def topic_opens_clause(sent: Sentence, clause: Clause, topic: str) -> bool:
    """The topic opens the figure's own clause with a name, not a verb (某自贸试验区新增3项改革成果)."""
    at = sent.text.find(topic) if topic else -1
    first = sent.token_at(at)
    return at >= clause.start and first >= 0 and not sent.tags[first].startswith("v")


def own_place(sent: Sentence, ctx: Context, q: Mention, clause: Clause, topic: str, indicator: str) -> bool:
    """The figure's own clause or its indicator names a place, outside the sentence's topic (…建设以来，深圳市进出口值…;
    …，全省冰雪场馆接待游客…; not 哈尔滨太平国际机场开通了4条…): it says whose figure it is."""
    at = sent.text.find(topic)
    note = SHORT_NAME_NOTE.match(sent.text, at + len(topic)) if at >= 0 else None
    end = note.end() if note else at + len(topic)  # (中欧班列（西安）共开通…: the topic's own place)
    return any(w in sent.text[clause.start:q.start - sent.start] for w in whole_place_words()) \
        or any(clause.start <= m.start - sent.start and m.end <= q.start and not at <= m.start - sent.start < end
               for m in ctx.mentions_in(sent, "REGION")) \
        or any(vocabulary().region(indicator[:k]) is not None for k in range(2, min(5, len(indicator))))


def named_at(sent: Sentence, ctx: Context) -> tuple[int, ...]:
    """Where the sentence names a place or a body (offsets in the sentence)."""
    return tuple(m.start - sent.start for m in ctx.mentions_in(sent, "REGION", "ORG"))


def as_increment(indicator: str, measure: str, quantity: Quantity) -> str:
    """An increase by an amount (较上月末上升651亿美元, 比去年增加300多万亩) says so in its indicator
    (外汇储备规模增量), which otherwise reads as the level; a rate of growth (增长5%) reads as one."""
    if measure != "change" or quantity.unit in (*CHANGE_UNITS, "") or quantity.value <= 0 \
            or indicator.endswith(words("measures", "increment_words")):
        return indicator
    return indicator + words("measures", "increment_words")[0]


def signed(q: Quantity, negative: bool) -> Quantity:
    """The quantity of a decline: its value negated (下降2.1% is −2.1) and its
    bound turned with it (下降超过15% is less than −15)."""
    if not negative:
        return q
    upper = -q.upper if q.upper is not None else None
    value = -q.value
    if upper is not None:
        value, upper = min(value, upper), max(value, upper)
    flipped = {">": "<", ">=": "<=", "<": ">", "<=": ">="}.get(q.comparator, q.comparator)
    return Quantity(q.start, q.end, q.text, value, q.unit, flipped, upper)
