"""Policy instruments (政策工具): the concrete measures of a policy — who gets
what, how much, on which condition — typed by the SKOS scheme of
``ontology/instruments.ttl`` (资金支持, 税收优惠, 金融支持 …).

A clause is an instrument when it says what government does (an action
verb) and names a measure of a type (a strong word of that type, or a weak
one with an amount of money). "分别给予奖励100万元、30万元" to "国家级、省级
专精特新企业" is two instruments, each with its own beneficiary. The amount
keeps its bound (最高3000万元 is at most 30000000); a threshold in the
beneficiary (年营业收入首次突破1亿元的企业) is its condition.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..lexicon import memo, pattern, rules, words
from ..countries import country_names
from ..nlp import Sentence
from ..records import Measure, Mention, Quantity
from ..structure.attachments import is_form
from .articles import (article_heading, counted_grades, each_item, is_step, item_lead, item_paid_for, of_its_article,
                       opening_span, part_band, rate_subject, step_of, tiers_of)
from .beneficiaries import (TOP_RANKS, band_of, beneficiaries, beneficiary_pattern, capped_item, condition_of,
                            each_period, is_period, item_of_clause, listed_item, period_of, ranks_of, recipient_named,
                            stated_conditions, threshold_amount, with_period, with_recipient)
from .clauses import ITEM_NUMBER, Clause, clauses_of, inside_quotes
from .context import Context
from .list_items import inner_run, listed_before
from .measures.figures import rate_of_measure
from .measures.plausible import GOAL_GENRES, MONEY, quantity_of
from .old_amounts import change_start, figure_start, reached
from .no_measure import (ATTACHMENT_LINE, EXAMPLE, GRANT_TO, QUESTION, TABLE_HEADS, adjusted, defines_a_noun,
                         defines_a_term, is_table_row, is_title_line, misused, names_no_grant, qualifies_noun, received,
                         reforms, regulates, reports_a_past_year, reports_a_total, rules_the_money, states_purpose,
                         titles_a_policy, weighs)
from .rate_units import EMPLOYER, per_unit
from .registry import extractor

@memo(maxsize=1)
def type_words() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((name, tuple(spec["strong"]), tuple(spec["weak"])) for name, spec in rules("instruments")["types"].items())


@memo(maxsize=1)
def any_type_word() -> re.Pattern[str]:
    return pattern(tuple(w for _, strong, weak in type_words() for w in (*strong, *weak)))


def type_of(text: str, with_amount: bool, among: tuple[str, ...] = ()) -> str:
    """The instrument type a clause names: the first type (of ``among``, when given),
    in the order of ``rules/instruments.yaml`` (the concrete benefits first), with a
    strong word in it; with an amount of money and no strong word, the first with a
    weak word."""
    if not any_type_word().search(text):
        return ""  # most clauses: one search instead of one per type
    for name, strong, _ in type_words():
        if among and name not in among:
            continue
        if strong and (found := pattern(strong).search(text)) and not covered(text, found, name):
            return name
    if with_amount:
        for name, _, weak in type_words():
            if weak and pattern(weak).search(text):
                return name
    return ""


def covered(text: str, found: re.Match[str], name: str) -> bool:
    """The strong word found is part of a longer strong word of a service (退税 in 退税辅导)."""
    return any(other != name and any(m.start() <= found.start() and found.end() <= m.end() and m.end() - m.start()
                                     > found.end() - found.start() for m in pattern(strong).finditer(text))
               for other, strong, _ in type_words() if strong and other in words("instruments", "service_types"))


@extractor("instruments", needs=("QUANTITY", "ORG", "POLICY", "policies", "home", "POLICY:resolved"),
           produces=("measure:instrument",))
def instruments(sent: Sentence, ctx: Context) -> Iterator[Measure]:
    genre = ctx.document.genre
    role = ctx.role(sent)
    if ctx.in_part(sent, "title", "doc_number", "recipients", "signature", "date", "heading", "cc") \
            or role == "review" or any(p.kind == "attachment" and is_form(p.label) for p in ctx.parts_of(sent)):
        return  # (an attached form or list restates or applies for the measures: 政策兑现清单, 申报表)
    money = [m for m in ctx.mentions_in(sent, "QUANTITY") if m.attr("unit") in MONEY
             and not inside_quotes(sent.text, m.start - sent.start) and not qualifies_noun(sent, m)
             and not defines_a_noun(sent, m)]
    if not money and not any_type_word().search(sent.text):
        return  # no amount and no word of an instrument type: nothing to find (most sentences)
    if reports_a_total(sent.text) or reports_a_past_year(sent.text, ctx.reference_date[:4]):
        return  # (截至2023年末，全市累计发放…9.3亿元; 2024年，全县…发放劳务报酬702万元: a statistic, in any genre)
    if not money and (is_heading(sent, ctx) or titles_a_policy(sent, ctx) or ATTACHMENT_LINE.match(sent.text)
                      or defines_a_term(sent.text) or is_table_row(sent.text)
                      or genre in LISTING_GENRES and rules_the_money(sent.text)
                      or TABLE_TITLE.fullmatch(sent.text.strip()) or TABLE_HEADS.fullmatch(sent.text)
                      or BARE_WORDS.fullmatch(sent.text.strip()) or is_title_line(sent.text)
                      or pattern("instruments:delegation_cues").search(sent.text)) or NOTE.fullmatch(sent.text):
        return  # a section heading (not a run-in one with its amounts), a note of who is responsible (（省商务厅牵头）),
        # the title line of a policy the file holds (某市某某资金补助办法) or of an attachment (附件：某某补贴标准表), a
        # term's definition (本细则所称…，是指…), a task to make measures (各地要…，制定具体落实措施) or a line of a
        # few words alone (财政资金: a site's menu link)
    if genre == "official" and role == "principles" or pattern("instruments:proposal_cues").search(sent.text) \
            or states_purpose(sent.text) or QUESTION.search(sent.text) or EXAMPLE.match(ITEM_NUMBER.sub("", sent.text)):
        return  # principles, a proposal (代表建议…), the text's purpose (为规范…，制定本办法), a question (问2：补助资金
        # 什么时候发放？) or a worked example (该企业可获得…) state no measure
    if genre != "official" and (pattern("instruments:statistic_cues").search(sent.text)
                                or pattern("instruments:paid_out_verbs", "已[^，。；]{0,12}(?:{})").search(sent.text)):
        return  # money already spent or lent (累计投入, 一季度新发放贷款, 已向3万户企业发放): a statistic
    if genre == "news" and foreign_measure(sent, ctx):
        return  # 美国承诺向乌克兰提供…支持: not a measure of Chinese policy
    money = [m for m in money if not reached(sent, m)]
    measures_section = genre == "official" and role in ("tasks", "safeguards")
    if not measures_section and not pattern("instruments:action_verbs").search(sent.text):
        return
    found = sentence_instruments(sent, ctx, money)
    if genre in LISTING_GENRES:
        found = of_its_article(found, sent, ctx)
    yield from with_amounts_first(found, sent.text, genre in LISTING_GENRES)


LISTED_BEFORE = re.compile(r"(?:\d[\d.]*[十百千万亿]*元[、和及与或])+$")  # the amounts listed right before one


def foreign_measure(sent: Sentence, ctx: Context) -> bool:
    """A news sentence that names a foreign country or a group of countries and nothing Chinese: a Chinese
    place, a Chinese government body or a word of China (中国, 我国, 中方 …)."""
    groups = pattern("instruments:country_groups")  # (发达国家…承诺每年提供1000亿美元, 发展中国家 holds no 中国)
    if not (country_names().search(sent.text) or groups.search(sent.text)):
        return False
    chinese = [m for m in ctx.mentions_in(sent, "ORG") if not m.attr("foreign") and m.attr("category") == "government"]
    rest = groups.sub("", sent.text)
    return not (chinese or ctx.mentions_in(sent, "REGION") or any(w in rest for w in words("measures", "china_words")))


def with_amounts_first(found: list[tuple[int, Measure]], text: str, article: bool) -> list[Measure]:
    """The instruments of a sentence (each with where its clause starts), without a figure-less one that an
    instrument with an amount restates — the same type for the same named beneficiary (对X贷款，…给予贴息，最高200万元),
    and in an article of an official document or its interpretation, where a sentence states one measure, for none
    named (鼓励金融机构开发…信贷产品，对…贷款给予贴息，单户最高5万元) or in the same part of the sentence (…分别给予
    最高200万元…购房补贴，补贴资金分5年平均发放; …的个人消费者，分档给予消费补贴：…的，每辆3000元; a report's sentence
    lists several: 筹措…亿元实施某工程，…，开展农机购置补贴) — nor a rate that an amount of money of its type caps
    (按售价的20%给予奖励，最高200万元)."""
    amounts = [(at, m) for at, m in found if m.quantity is not None]
    stated = {(m.category, m.beneficiary) for _, m in amounts if m.beneficiary}
    paid = {m.category for _, m in amounts if m.quantity.unit.split("/")[0] in MONEY}

    def restated(at: int, m: Measure) -> bool:
        same = [a for a, o in amounts if o.category == m.category]
        return (m.category, m.beneficiary) in stated or article and bool(same) and (
            not m.beneficiary or any("；" not in text[min(a, at):max(a, at)] for a in same))

    return [m for at, m in found if m.quantity is not None and (m.quantity.unit != "%" or m.category not in paid)
            or m.quantity is None and not restated(at, m)]


def sentence_instruments(sent: Sentence, ctx: Context, money: list[Mention]) -> list[tuple[int, Measure]]:
    """The instruments of each clause, with where the clause starts: one per granted amount (with its beneficiary),
    or one per concrete benefit type named without an amount."""
    genre = ctx.document.genre
    role = ctx.role(sent)
    found: list[tuple[int, Measure]] = []
    measures_section = genre == "official" and role in ("tasks", "safeguards")
    policy = policy_of_instrument(sent, ctx)
    region = ctx.city or ctx.province if genre in GOAL_GENRES else ""
    seen: set[str] = set()
    benefits = set(words("instruments", "benefit_types"))
    plain = TITLED.sub(lambda m: " " * len(m.group()), sent.text)  # (《某专项资金管理办法》同时废止: a title, no money)
    clauses = clauses_of(sent)
    for number, clause in enumerate(clauses):
        text = plain[clause.start:clause.end]
        amounts = granted_amounts(sent, clause, money_in(money, sent, clause))
        if amounts and not received(text):
            kind = (type_of(text, False, tuple(benefits)) or ("资金支持" if funded(text) else "") or type_of(text, False)
                    or type_of(plain, True))  # an amount is a benefit first: 安排30亿元 in a pilot is still money
            if not kind:
                continue
            graded = len(tiers_of(sent, clause)) == len(amounts) > 1  # (each amount a grade's, every beneficiary's)
            pairs = [(a, beneficiaries(sent, clause, 1)[0]) for a in amounts] if graded \
                else each_amount(sent, clause, amounts, kind)
            conditions = stated_conditions(sent, clauses, clause, len(pairs))
            if len(pairs) > 1 and len(set(conditions)) == len(pairs) == len({b for _, b in pairs}) \
                    and not any(c in b for (_, b), c in zip(pairs, conditions)):
                whole = beneficiaries(sent, clause, 1)[0]  # (对在本区完成制作、合规上线的作品，播放量达到5亿次、10亿次
                pairs = [(a, whole) for a, _ in pairs]  # 以上的，分别…: the thresholds' list, not the qualifiers')
            pairs = [(a, within_part(sent, clause, b, genre)) for a, b in pairs]
            pairs = with_own_subjects(sent, pairs)
            if recipient := recipient_named(sent, clause, amounts[0]):  # (对…的，给予企业每人1000元: the firm's)
                pairs, conditions = with_recipient(pairs, conditions, recipient)
            item = (item_of_clause(sent, clause, clauses) or capped_item(sent, clauses, number)) if len(pairs) == 1 \
                else ""
            if item and item not in conditions[0]:
                conditions = [with_period(conditions[0], item)]  # (…，交流慢充桩按照每千瓦80元给予补助: the chargers of
                # that kind; …给予勘查单位一次性奖励：大型奖励500万元: 新发现矿产地, of the large)
            if len(pairs) == 1 and not pairs[0][1] and not conditions[0] and (item := item_lead(sent, clauses, number)):
                pairs = [(pairs[0][0], item)]  # (（一）A类人才（国内外顶尖人才），补贴100万元: that item's)
            elif len(pairs) == 1 and not conditions[0] and (item := item_paid_for(sent, clauses, number, amounts[0])):
                conditions = [item]  # (（三）绿色低温改造项目，每吨…补助不超过120元; 个人最高贷款额度30万元: what it bounds)
            common = conditions[0] if len(pairs) > 1 and len(set(conditions)) == 1 else ""  # (a heading's, 文物修复)
            items = each_item(sent, clause, [a for a, _ in pairs]) if common or not any(conditions) else []
            if len(items) == len(pairs):
                who = beneficiaries(sent, clause, 1)[0]  # (博士研究生每人每月3000元、硕士研究生每人每月2000元…: each
                items = [re.sub(r"^(?:对于|对)", "", i) for i in items]  # item's)
                who = "" if who in items else who  # (对A更新改造按每亩1000元、品种改良按每亩800元: kinds of work, no one's)
                pairs, conditions = [(a, who) for a, _ in pairs], [with_period(common, i) for i in items]
            shared = conditions[0] if len(set(conditions)) == 1 and TOP_RANKS.search(conditions[0]) else ""
            ranked = pairs[0][1] or shared or sent.text[sent.text.rfind("；", 0, clause.start) + 1:clause.start]
            if (shared or not any(conditions)) and (ranks := ranks_of(ranked, len(pairs))):
                conditions = [TOP_RANKS.sub(r, shared) if shared else r for r in ranks]  # (…排名前三位的合作银行，分别
                # 给予10万元、8万元、5万元: each rank's; 年度…排名前3位的，分别奖励…: 年度…排名第一名, …)
            conditions = [c if not c or not b.startswith(c.removesuffix("的")) else "" for (_, b), c in zip(pairs, conditions)]
            if len(pairs) == 1 and (kind_of := rate_subject(sent, clauses, clause)) and kind_of not in conditions[0] \
                    and kind_of not in pairs[0][1]:
                conditions = [with_period(kind_of, conditions[0])]  # (…；境外展会按照…给予补助，每个标准展位最高3万元)
            if len(pairs) > 1 and not any(conditions) and len(grades := counted_grades(sent, clauses, clause, len(pairs))):
                conditions = grades  # (每年评选金奖3名、银奖5名…，分别奖励3万元、2万元…: each grade's)
            if len(pairs) == 1 and (band := part_band(sent, clause, clauses)) and band not in conditions[0]:
                conditions = [with_period(conditions[0] or condition_of(pairs[0][1]), band)]  # (…，固定资产投资额1000万元
                # （含）至5000万元的，…，单个项目最高不超过200万元: that band's cap)
            if len(pairs) == 1 and (band := band_of(sent, clause, clauses)) and band not in conditions[0]:
                conditions = [with_period(conditions[0], band)]  # (…，500万元至2000万元的奖励5万元: that band's)
            if step := step_of(sent, clauses, number):
                conditions = [with_period(c, step) for c in conditions]  # (…，每增加5000万美元，奖励增加10万元: per step)
            if len(pairs) > 1 and genre in LISTING_GENRES and all(BARE_GRADE.match(c) for c in conditions) \
                    and (heading := article_heading(sent, ctx)):
                conditions = [with_period(heading, c.removesuffix("每户")) for c in conditions]  # (（一）D级危房拆除重建。
                # 一类、二类对象每户分别补助…; （二）C级危房加固维修。…: each list is its heading's)
            if len(pairs) > 1 and not any(b for _, b in pairs) and not any(conditions) \
                    and (whom := listed_before(found, len(pairs), sent.text, clause.start)):
                pairs = [(a, b) for (a, _), b in zip(pairs, whom)]  # (…博士、硕士的，分别给予安家补贴20万元、5万元，并按每人
                # 每年3.6万元、1.2万元发放生活补贴: the same two's)
            if len(pairs) > 1 and len({b for _, b in pairs}) == 1 and len(set(conditions)) == 1:
                pairs, conditions = each_of_inner_run(sent, clause, pairs, conditions)
            period = period_of(sent, clause) or opening_span(sent)  # (…；2025年每辆补贴2000元: that year's)
            per = ""
            for (amount, beneficiary), condition in zip(pairs, conditions):
                if PAYER_ITEM.fullmatch(condition.rsplit("，", 1)[-1]) and BROKEN_DOWN.search(sent.text[:clause.end]):
                    continue  # (每户补助1.2万元，其中中央和省级补助资金1万元、县级补助0.2万元: who pays which part)
                paid = bounded(sent, clause, amount, beneficiary or condition)  # (…企业吸纳…的，每人每月…: per person)
                per = per or (paid.unit if len(items) == len(pairs) and "/" in paid.unit else "")
                paid = replace(paid, unit=per) if per.startswith(paid.unit + "/") else paid  # (一级文物每件…20万元、二级
                # 文物…10万元: per piece too)
                found.append((clause.start, Measure(
                    "instrument", ctx.evidence(sent), paid, category=kind, region=region, beneficiary=beneficiary,
                    condition=with_period(condition or condition_of(beneficiary), "" if is_period(condition) else period),
                    policy=policy)))  # (第一年…5元、第二年…3元: the second's year is its own)
            continue
        items = [(m, item) for m in money_in(money, sent, clause) if genre in LISTING_GENRES
                 and not is_step(sent, clause, m) and (item := listed_item(sent, clauses, number, m))
                 and not item.endswith(tuple(words("instruments", "borne_verbs")))  # (居民自付50元: others' shares)
                 and not (PAYER_ITEM.fullmatch(item) and BROKEN_DOWN.search(sent.text))]  # (其中中央和省级补助资金…)
        kind = (type_of(plain, False, tuple(benefits)) or ("资金支持" if funded(plain) else "")) if items else ""
        if kind:  # (给予租房补贴：博士研究生每人每月2000元，硕士研究生…: the items of one grant)
            colon = max(sent.text.rfind("：", 0, clause.start), sent.text.rfind(":", 0, clause.start))
            who = list(beneficiary_pattern().finditer(sent.text[:max(colon, 0)]))  # (after a colon: whom it names)
            before = [m.beneficiary for _, m in found if m.beneficiary]
            for m, item in items:
                named = who[-1].group("who").strip() if who else before[-1] if before and is_period(item) else ""
                found.append((clause.start, Measure(  # (…第一年给予…，第二年每平方米8元: the first year's beneficiary)
                    "instrument", ctx.evidence(sent), bounded(sent, clause, m, named), category=kind, region=region,
                    beneficiary=named, condition=item, policy=policy)))  # (…养老机构…：收住失能老年人的，每人每月300元: per head)
            continue
        figures = [m for m in ctx.mentions_in(sent, "QUANTITY") if clause.start <= m.start - sent.start < clause.end]
        rates = [m for m in figures if rate_of_measure(sent.text, clause, m.start - sent.start, m.end - sent.start,
                                                       m.attr("unit"))]
        kind = type_of(text, False, tuple(benefits)) if rates and not (received(text) or names_no_grant(text)) else ""
        # (补助资金由市、县两级财政按照3:7的比例分担: how the cost is shared, no rate granted)
        if kind and (genre != "news" or news_measure(sent, ctx)):
            conditions = stated_conditions(sent, clauses, clause, len(rates))
            if len(rates) == 1 and not conditions[0] and (item := item_of_clause(sent, clause, clauses)):
                conditions = [item]  # (个人贷款财政按贷款利率的70%给予贴息，小微企业贷款按50%…: that kind's)
            period = period_of(sent, clause) or opening_span(sent)  # (…，第一年按照经济贡献的80%给予奖励: that year's)
            periods = each_period(sent, clause, rates) or [period] * len(rates)  # (第一年按照100%、第二年按照50%…)
            whom = [within_part(sent, clause, b, genre) for b in beneficiaries(sent, clause, len(rates))]
            for rate, beneficiary, condition, period in zip(rates, whom, conditions, periods):
                amount = None if TAX_RATE.search(text) else bounded(sent, clause, rate)  # (减按15%的税率: no size)
                found.append((clause.start, Measure(
                    "instrument", ctx.evidence(sent), amount, category=kind, region=region, beneficiary=beneficiary,
                    condition=with_period(condition or condition_of(beneficiary), period), policy=policy)))
            continue
        if figures and not adjusted(text):
            continue  # a clause with a figure reports it (人民币贷款增加1.36万亿元)
        if not measures_section and not pattern("instruments:action_verbs").search(text) and not figures:
            continue
        kind = type_of(QUOTED.sub("", text), False)  # (实行“…财政补助、保险联动”的运行机制: a slogan's words)
        if not kind or kind in seen and not figures or received(text):
            continue
        if kind not in benefits or not any(w in text for w in words("instruments", "concrete_words")):
            continue  # without an amount, only a concrete benefit is a measure (a subsidy, a tax cut, a loan …)
        article = sent.text if genre in LISTING_GENRES else text  # (an article or an answer states one measure; a
        # report, many)
        if reforms(text) or regulates(text) or weighs(text) or names_no_grant(comma_part(plain, clause)) or misused(article) \
                or any(w in sent.text for w in words("instruments", "not_measure_words")):
            continue  # a reform of how it is done (健全金融服务实体经济工作机制, 加大财政资金保障力度), a rule over it
            # (…金融产品网络营销进行全面规范), how money is paid, its misuse, a commendation or a possibility: no measure
        if genre == "news" and not figures and not news_measure(sent, ctx):
            continue
        after = clauses[number + 1] if number + 1 < len(clauses) else None
        if after is not None and granted_amounts(sent, after, money_in(money, sent, after)):
            continue  # (某专项资金由财政预算安排，每年安排不少于5000万元: the next clause quantifies it, one instrument)
        seen.add(kind)
        beneficiary = within_part(sent, clause, beneficiaries(sent, clause, 1)[0], genre)
        found.append((clause.start, Measure("instrument", ctx.evidence(sent), None, category=kind, region=region,
                                            beneficiary=beneficiary, condition=condition_of(beneficiary),
                                            policy=policy)))
    return found


def each_of_inner_run(sent: Sentence, clause: Clause, pairs: list[tuple[Mention, str]],
                      conditions: list[str]) -> tuple[list[tuple[Mention, str]], list[str]]:
    """n amounts of a 分别 clause that all went to one beneficiary on one condition, each to its item of the list
    inside those words (获得金奖、银奖的经营主体 -> 获得金奖的经营主体, 获得银奖的经营主体; 制定国家标准、行业标准…，分别…
    -> condition 国家标准, …): in the beneficiary or the condition that holds the list, else as the condition."""
    run, items = inner_run(sent, clause, len(pairs))
    who, condition = pairs[0][1], conditions[0]
    if not run:
        return pairs, conditions
    if run in who:
        return [(a, who.replace(run, i)) for (a, _), i in zip(pairs, items)], conditions
    if run in condition:
        return pairs, [condition.replace(run, i) for i in items]
    return pairs, [with_period(i, condition) for i in items]


OWN_SUBJECT = re.compile(r"、(?P<who>(?!每|单)[\u4e00-\u9fff]{2,16}?)(?:给予|予以)(?:不超过|最高|一次性)*$")  # (not
# 每架次包机给予…: what the payee is paid per)


def with_own_subjects(sent: Sentence, pairs: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Each amount after the first whose own subject and grant verb come right before it (对A每个项目县给予不超过
    2000万元、B每个项目县给予不超过1000万元 -> B每个项目县), with that subject; the others as they were."""
    out = pairs[:1]
    for (before, _), (m, who) in zip(pairs, pairs[1:]):
        own = OWN_SUBJECT.search(sent.text, before.end - sent.start, m.start - sent.start)
        out.append((m, own.group("who") if own else who))
    return out


def comma_part(text: str, clause: Clause) -> str:
    """The words of a sentence between the punctuation around a clause (a clause may end at a 、: 由市、县两级财政…分担)."""
    start = max(text.rfind(c, 0, clause.start + 1) for c in "，；：,;:") + 1
    ends = [i for i in (text.find(c, clause.end) for c in "，；。,;") if i >= 0]
    return text[start:min(ends, default=len(text))]


def within_part(sent: Sentence, clause: Clause, who: str, genre: str) -> str:
    """A beneficiary of a report or a news item named only before a ； that the clause comes after is not its own
    (对A，给予一次性创业补贴5000元；发放创业担保贷款8000万元以上: the next task is no longer A's): ""; else ``who``."""
    part = sent.text.rfind("；", 0, clause.start) + 1
    return "" if genre in ("work_report", "news") and part and who[:2] not in sent.text[part:] else who
    # (its opening words: a list's item is written whole nowhere, 对营业收入首次突破5亿元、10亿元的企业)


TITLED = re.compile(r"《[^《》]*》")
QUOTED = re.compile(r"“[^“”]*、[^“”]*”")  # a slogan listed in quotes
TABLE_TITLE = re.compile(r"[^，。；：,;:]{4,60}(?:表|清单)|(?:相关文件|相关链接|相关阅读)[：:].*")  # (2026年某某任务面积
# 及中央补助资金安排表: a table's title line; 相关文件：某某关于印发…的通知: a page's link)
TAX_RATE = re.compile(r"税率|减按")


def each_amount(sent: Sentence, clause: Clause, amounts: list[Mention], kind: str) -> list[tuple[Mention, str]]:
    """Each amount with its beneficiary; "A、B各3000亿元" gives each of A and B its own amount."""
    text = sent.text
    if len(amounts) == 1 and text[max(0, amounts[0].start - sent.start - 1):amounts[0].start - sent.start] == "各":
        head = pattern("instruments:action_verbs", "^(?:{})").sub("", text[clause.start:amounts[0].start - sent.start - 1])
        items = [i for i in head.split("、") if len(i) >= 2]
        if len(items) >= 2:
            return [(amounts[0], purpose_of(item, kind)) for item in items]
    return list(zip(amounts, beneficiaries(sent, clause, len(amounts))))


def purpose_of(item: str, kind: str) -> str:
    """Who or what an item of a 各 list is for: the item without the name of the
    instrument of type ``kind`` (支农支小再贷款额度 -> 支农支小), "" when nothing is left."""
    ends = sorted({*words("instruments", "instrument_names"), *(w for name, strong, _ in type_words() if name == kind
                                                                 for w in strong)}, key=len, reverse=True)
    rest = item
    while (end := next((e for e in ends if rest.endswith(e) and len(rest) > len(e)), None)) is not None:
        rest = rest[:-len(end)]
    return rest if rest != item or not item.endswith(tuple(ends)) else ""


def funded(text: str) -> bool:
    """Money paid out by government (安排30亿元, 奖励100万元): 资金支持 unless the clause names another type."""
    return any(w in text for w in words("instruments", "funding_verbs"))


GRANT_REACH = 12  # characters between a verb of granting and the amount it grants
GRANTED_AFTER = re.compile(r"的?(?:标准|额度)?(?:给予|予以|发放)")  # an amount right before its grant


def granted(sent: Sentence, clause: Clause, m: Mention) -> bool:
    """An amount is granted when a verb of granting stands shortly before it in its
    clause (给予一次性奖励100万元), not when it is what a measure saves or brings."""
    at = m.start - sent.start
    at = min(at, change_start(sent.text, figure_start(sent, m)) or at)  # (补贴由每人每月80元提高到100元: granted as
    # the old rate was)
    before = sent.text[max(clause.start, at - GRANT_REACH):m.start - sent.start] + m.text
    if threshold_amount(sent, m) or is_step(sent, clause, m):
        return False  # (投入200万元（含）以上的，按照20%给予补贴: a threshold; 每增加5000万美元，奖励增加10万元: a step)
    return any(w in before for w in words("instruments", "amount_verbs")) \
        or GRANTED_AFTER.match(sent.text, m.end - sent.start) is not None  # (按每人每月1600元标准给予见习补贴)


def granted_amounts(sent: Sentence, clause: Clause, amounts: list[Mention]) -> list[Mention]:
    """The amounts of a clause that are granted: after a verb of granting, or listed with a granted one, right after
    it (分别奖励200万元、80万元、20万元) or before it (分别按每人每年1.5万元、1万元的标准发放)."""
    ordered = sorted(amounts, key=lambda m: m.start)
    given = [granted(sent, clause, m) for m in ordered]
    changed = True
    while changed:
        changed = False
        for k in range(len(ordered) - 1):
            between = sent.text[ordered[k].end - sent.start:ordered[k + 1].start - sent.start]
            listed = re.fullmatch(r"[、和及与或\s]*", between) or ITEM_PER.fullmatch(between) \
                or ITEM.fullmatch(between) and "分别" in sent.text[clause.start:ordered[0].start - sent.start]
            if given[k] != given[k + 1] and listed:
                given[k] = given[k + 1] = changed = True  # (博士研究生每人每月3000元、硕士研究生每人每月2000元…发放;
    return [m for m, g in zip(ordered, given) if g]  # 分别给予博士研究生20万元、硕士研究生10万元…)


ITEM = re.compile(r"、(?!最高|不超过|其中)(?:[\u4e00-\u9fff]{2,8}|[A-EＡ-Ｅ][类级档])")  # (、硕士研究生; 、B类)
ITEM_PER = re.compile(r"、(?!最高|不超过|其中)[\u4e00-\u9fff]{2,8}?每[\u4e00-\u9fff]{1,4}?(?:每[年月天])?(?:最高|不超过)?")


BARE_GRADE = re.compile(r"[一二三四五六七八九十ABCDＡＢＣＤ甲乙丙丁]+(?:类|档|级|星|等)")  # (一类对象: a grade alone)
BROKEN_DOWN = re.compile(r"其中|资金来源")  # (a whole broken down by who pays)
PAYER_ITEM = re.compile(r"(?:中央|省|市|州|县|区)[级和、省市州县区]*(?:补助资金|补助|财政|配套资金|配套|资金)")
LISTING_GENRES = ("official", "interpretation")  # where a grant is listed item by item (not a news figure after one)
NOTE = re.compile(r"[（(][^（）()]*[）)]")


BARE_WORDS = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a line of a few words and no more (财政资金, 贷款贴息)


def is_heading(sent: Sentence, ctx: Context) -> bool:
    """The sentence is the heading of a section (（四）优化人才队伍，提升信息技能), not a numbered item that grants
    something (（一）对新认定的企业，按…给予奖励。; （二）…减按15%的税率征收企业所得税。)."""
    if GRANT_TO.search(sent.text) and (beneficiary_pattern().search(sent.text) or ctx.mentions_in(sent, "QUANTITY")):
        return False  # (not （五）给予一次性创业补贴。 heading its item)
    return any(p.kind == "section" and p.start == sent.start and len(sent.text) <= len(p.label) + 8
               for p in ctx.parts_of(sent))


def policy_of_instrument(sent: Sentence, ctx: Context) -> str:
    own = ctx.policy_of(sent)
    if own is not None and ctx.document.genre in GOAL_GENRES:
        return own.key
    return ""


def news_measure(sent: Sentence, ctx: Context) -> bool:
    """In news, a measure is reported when a body announces it (央行宣布…, X推出…)."""
    return any(m.start - sent.start <= 20 and not m.attr("foreign") for m in ctx.mentions_in(sent, "ORG")) and bool(
        re.search(r"宣布|推出|出台|发布|印发|实施|明确|提出|决定|下调|降低|设立|创设", sent.text))


def money_in(money: list[Mention], sent: Sentence, clause: Clause) -> list[Mention]:
    return [m for m in money if clause.start <= m.start - sent.start < clause.end]


def bounded(sent: Sentence, clause: Clause, m: Mention, payee: str = "") -> Quantity:
    """The amount, with comparator <= after 最高 / 不超过 …, in its unit per what it is paid for
    (按每平方米…150元 -> 元/平方米; per head when the payee is an organisation: 对…的企业，每人5000元 -> 元/人)."""
    q = quantity_of(m)
    at = m.start - sent.start
    listed = LISTED_BEFORE.search(sent.text, clause.start, at)  # (分别给予最高50万元、30万元: the list's bound is each one's)
    first = listed.start() if listed else at
    if (change := change_start(sent.text, figure_start(sent, m))) is not None:  # (由每人每月80元提高到100元: per and
        first = change + re.search(r"\d", sent.text[change:]).start()  # bounded as the old rate was)
    before = sent.text[max(clause.start, first - 6):first] + (m.text if not listed else "")
    at_most = any(w in before for w in words("instruments", "at_most")) and not re.search(r"不低于|不少于", before) \
        or sent.text.startswith("为限", m.end - sent.start)  # (贷款本金以1000万元为限)
    at_least = listed is not None and re.search(r"不低于|不少于", before) is not None  # (分别不低于120元、95元)
    comparator = "<=" if at_most else ">=" if at_least else q.comparator  # (not 最高支付限额不低于1000元: a floor)
    payees = tuple(words("instruments", "per_head_payees"))
    heads = payee.endswith(payees) or EMPLOYER.match(payee) is not None
    consumer = any(w in payee or w in sent.text[:at] for w in words("instruments", "consumer_payees"))
    unit = per_unit(sent, clause, m, first, heads, at_most, consumer) or q.unit
    return Quantity(q.start, q.end, q.text, q.value, unit, comparator, q.upper)
