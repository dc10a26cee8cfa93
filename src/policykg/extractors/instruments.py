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

import os
import re
from collections.abc import Iterator

from ..lexicon import alternation, memo, pattern, rules, words
from ..names import country_names
from ..nlp import Sentence
from ..records import Measure, Mention, Quantity
from .clauses import ITEM_NUMBER, Clause, clauses_of, inside_quotes
from .context import Context
from .measures.figures import rate_of_measure
from .measures.plausible import GOAL_GENRES, MONEY, quantity_of
from .registry import extractor

MAX_BENEFICIARY = 40


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
        if strong and pattern(strong).search(text):
            return name
    if with_amount:
        for name, _, weak in type_words():
            if weak and pattern(weak).search(text):
                return name
    return ""


@extractor("instruments", needs=("QUANTITY", "ORG", "POLICY", "policies", "home", "POLICY:resolved"),
           produces=("measure:instrument",))
def instruments(sent: Sentence, ctx: Context) -> Iterator[Measure]:
    genre = ctx.document.genre
    role = ctx.role(sent)
    if ctx.in_part(sent, "title", "doc_number", "recipients", "signature", "date", "heading", "cc") or role == "review":
        return
    money = [m for m in ctx.mentions_in(sent, "QUANTITY") if m.attr("unit") in MONEY
             and not inside_quotes(sent.text, m.start - sent.start) and not qualifies_noun(sent, m)]
    if not money and not any_type_word().search(sent.text):
        return  # no amount and no word of an instrument type: nothing to find (most sentences)
    if is_heading(sent, ctx) and not money or NOTE.fullmatch(sent.text) or titles_a_policy(sent, ctx):
        return  # a section heading (not a run-in one with its amounts), a note of who is responsible (（省商务厅牵头）)
        # or the title line of a policy the file holds (某市某某资金补助办法)
    if genre == "official" and role == "principles" or pattern("instruments:proposal_cues").search(sent.text) \
            or states_purpose(sent.text):
        return  # principles, a proposal (代表建议…) or the text's purpose (为规范…，制定本办法) state no measure
    if genre != "official" and (pattern("instruments:statistic_cues").search(sent.text)
                                or pattern("instruments:paid_out_verbs", "已[^，。；]{0,12}(?:{})").search(sent.text)):
        return  # money already spent or lent (累计投入, 一季度新发放贷款, 已向3万户企业发放): a statistic
    if genre == "news" and foreign_measure(sent, ctx):
        return  # 美国承诺向乌克兰提供…支持: not a measure of Chinese policy
    money = [m for m in money if not reached(sent, m)]
    measures_section = genre == "official" and role in ("tasks", "safeguards")
    if not measures_section and not pattern("instruments:action_verbs").search(sent.text):
        return
    yield from with_amounts_first(sentence_instruments(sent, ctx, money), sent.text, genre == "official")


def titles_a_policy(sent: Sentence, ctx: Context) -> bool:
    """The sentence is the title line of a policy the file holds."""
    return any(m.attr("own") and len(sent.text.strip()) - (m.end - m.start) <= 2 for m in ctx.mentions_in(sent, "POLICY"))


GRANTED_BEFORE = re.compile(r"(?:给予|予以|提供)(?:最高|不超过|一次性|每年|每家)*$")


def qualifies_noun(sent: Sentence, m: Mention) -> bool:
    """An amount before 的 says which things (投资额500万元的项目), not what is given — unless a grant verb comes right
    before it (给予最高500万元的一次性奖励: the reward's amount)."""
    at = m.start - sent.start
    return sent.text.startswith("的", m.end - sent.start) and GRANTED_BEFORE.search(sent.text[max(0, at - 12):at]) is None \
        and LISTED_AMOUNT.search(sent.text, 0, at) is None  # (…1500元和2000元的培训补贴: the list's last amount)


LISTED_AMOUNT = re.compile(r"\d[\d.]*[十百千万亿]*元[、和及与]$")
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


def reached(sent: Sentence, m: Mention) -> bool:
    """An amount that is a level reached (投入达到7800亿元), not one granted."""
    lead = sent.text[max(0, m.start - sent.start - 3):m.start - sent.start] + re.sub(r"[\d.,].*", "", m.text)
    return any(w in lead for w in words("instruments", "level_before_amount"))  # (the mention may hold the verb: 达到500亿元)


def with_amounts_first(found: list[tuple[int, Measure]], text: str, official: bool) -> list[Measure]:
    """The instruments of a sentence (each with where its clause starts), without a figure-less one that an
    instrument with an amount restates — the same type for the same named beneficiary (对X贷款，…给予贴息，最高200万元),
    and in an official document's article, where a sentence states one measure, for none named (鼓励金融机构开发…信贷
    产品，对…贷款给予贴息，单户最高5万元) or after it in its part of the sentence (…分别给予最高200万元…购房补贴，补贴资金
    分5年平均发放; a report's sentence lists several: 筹措…亿元实施某工程，…，开展农机购置补贴) — nor a rate that an amount
    of money of its type caps (按售价的20%给予奖励，最高200万元)."""
    amounts = [(at, m) for at, m in found if m.quantity is not None]
    stated = {(m.category, m.beneficiary) for _, m in amounts if m.beneficiary}
    paid = {m.category for _, m in amounts if m.quantity.unit.split("/")[0] in MONEY}

    def restated(at: int, m: Measure) -> bool:
        same = [a for a, o in amounts if o.category == m.category]
        return (m.category, m.beneficiary) in stated or official and bool(same) and (
            not m.beneficiary or any(a < at and "；" not in text[a:at] for a in same))

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
            if recipient := recipient_named(sent, clause, amounts[0]):  # (对…的，给予企业每人1000元: the firm's)
                pairs, conditions = with_recipient(pairs, conditions, recipient)
            for (amount, beneficiary), condition in zip(pairs, conditions):
                found.append((clause.start, Measure(
                    "instrument", ctx.evidence(sent), bounded(sent, clause, amount), category=kind, region=region,
                    beneficiary=beneficiary, condition=condition or condition_of(beneficiary), policy=policy)))
            continue
        items = [(m, item) for m in money_in(money, sent, clause) if genre in LISTING_GENRES
                 and (item := listed_item(sent, clauses, number, m))]
        kind = (type_of(plain, False, tuple(benefits)) or ("资金支持" if funded(plain) else "")) if items else ""
        if kind:  # (给予租房补贴：博士研究生每人每月2000元，硕士研究生…: the items of one grant)
            colon = max(sent.text.rfind("：", 0, clause.start), sent.text.rfind(":", 0, clause.start))
            who = list(beneficiary_pattern().finditer(sent.text[:max(colon, 0)]))  # (after a colon: who the grant names)
            for m, item in items:
                found.append((clause.start, Measure(
                    "instrument", ctx.evidence(sent), bounded(sent, clause, m), category=kind, region=region,
                    beneficiary=who[-1].group("who").strip() if who else "", condition=item, policy=policy)))
            continue
        figures = [m for m in ctx.mentions_in(sent, "QUANTITY") if clause.start <= m.start - sent.start < clause.end]
        rates = [m for m in figures if rate_of_measure(sent.text, clause, m.start - sent.start, m.end - sent.start,
                                                       m.attr("unit"))]
        kind = type_of(text, False, tuple(benefits)) if rates and not received(text) else ""
        if kind and (genre != "news" or news_measure(sent, ctx)):
            conditions = stated_conditions(sent, clauses, clause, len(rates))
            for rate, beneficiary, condition in zip(rates, beneficiaries(sent, clause, len(rates)), conditions):
                amount = None if TAX_RATE.search(text) else bounded(sent, clause, rate)  # (减按15%的税率: the rate paid, no size)
                found.append((clause.start, Measure(
                    "instrument", ctx.evidence(sent), amount, category=kind, region=region, beneficiary=beneficiary,
                    condition=condition or condition_of(beneficiary), policy=policy)))
            continue
        if figures and not adjusted(text):
            continue  # a clause with a figure reports it (人民币贷款增加1.36万亿元)
        if not measures_section and not pattern("instruments:action_verbs").search(text) and not figures:
            continue
        kind = type_of(text, False)
        if not kind or kind in seen and not figures or received(text):
            continue
        if kind not in benefits or not any(w in text for w in words("instruments", "concrete_words")):
            continue  # without an amount, only a concrete benefit is a measure (a subsidy, a tax cut, a loan …)
        article = sent.text if genre == "official" else text  # (an article states one measure; a report's sentence many)
        if reforms(text) or regulates(text) or names_no_grant(text) or misused(article) \
                or any(w in sent.text for w in words("instruments", "not_measure_words")):
            continue  # a reform of how it is done (健全金融服务实体经济工作机制, 加大财政资金保障力度), a rule over it
            # (…金融产品网络营销进行全面规范), how money is paid, its misuse, a commendation or a possibility: no measure
        if genre == "news" and not figures and not news_measure(sent, ctx):
            continue
        after = clauses[number + 1] if number + 1 < len(clauses) else None
        if after is not None and granted_amounts(sent, after, money_in(money, sent, after)):
            continue  # (某专项资金由财政预算安排，每年安排不少于5000万元: the next clause quantifies it, one instrument)
        seen.add(kind)
        beneficiary = beneficiaries(sent, clause, 1)[0]
        found.append((clause.start, Measure("instrument", ctx.evidence(sent), None, category=kind, region=region,
                                            beneficiary=beneficiary, condition=condition_of(beneficiary), policy=policy)))
    return found


TITLED = re.compile(r"《[^《》]*》")
TAX_RATE = re.compile(r"税率|减按")


def reforms(text: str) -> bool:
    """A clause that reforms a mechanism or asks for more effort: a reform verb opens it and
    an institution ends it (健全…工作机制, 深化…管理改革); 建立…补助金制度 and 落实…补贴制度 set or apply a measure."""
    body = ITEM_NUMBER.sub("", text).rstrip("。；，、 ")
    body = pattern("instruments:reform_adverbs", "^(?:{})*").sub("", body)
    if pattern("instruments:exploring_verbs", "^(?:{})").match(body):
        return True  # 积极探索通过天使投资…等方式: a direction to explore, no measure yet
    return bool(pattern("instruments:reform_verbs", "^(?:{})").match(body)) and body.endswith(
        words("instruments", "institution_heads"))


def regulates(text: str) -> bool:
    """The clause regulates, protects or settles what it names (…进行全面规范, …实施重点保护, …等纠纷)."""
    return ITEM_NUMBER.sub("", text).rstrip("。；，、 ").endswith(words("instruments", "regulating_ends")) \
        and "给予" not in text  # (not 对举报人给予奖励和保护)


def names_no_grant(text: str) -> bool:
    """The clause says how money is paid out or managed (…补贴资金由市财政局按程序拨付, 会同市财政局下达奖励资金), or
    names a table's columns (认定类别奖励金额): no measure."""
    body = ITEM_NUMBER.sub("", text).rstrip("。；，、 ")
    return body.endswith(words("instruments", "procedure_ends")) or not GRANT_TO.search(body) and (
        any(w in body for w in words("instruments", "procedure_verbs"))
        or len(body) <= COLUMN_HEADS and body.endswith(words("instruments", "column_ends")))


COLUMN_HEADS = 12  # characters at most of a line of a table's column heads (认定类别 奖励金额)


def misused(text: str) -> bool:
    """The text names a benefit misused or taken back (严厉打击虚假促销、套取补贴等违法行为; 不得重复享受)."""
    return any(w in text for w in words("instruments", "misuse_words"))


PURPOSE = re.compile(r"^\s*(?:第[一二三四五六七八九十百零\d]{1,4}条)?\s*为")


def states_purpose(text: str) -> bool:
    """The sentence states what the text is for (第一条 为规范…资金管理，…，制定本办法)."""
    return PURPOSE.match(text) is not None and pattern("instruments:purpose_cues").search(text) is not None


def received(text: str) -> bool:
    """The clause asks for or wins the measure (积极争取中央资金支持): the place receives it, it grants nothing."""
    return any(w in text for w in words("instruments", "receive_verbs"))


def adjusted(text: str) -> bool:
    """A clause that sets a rate or a ratio (下调政策利率0.1个百分点): a measure, not a statistic."""
    return bool(pattern("instruments:adjust_verbs").search(text))


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
    before = sent.text[max(clause.start, m.start - sent.start - GRANT_REACH):m.start - sent.start] + m.text
    return any(w in before for w in words("instruments", "amount_verbs")) \
        or GRANTED_AFTER.match(sent.text, m.end - sent.start) is not None  # (按每人每月1600元标准给予见习补贴)


def granted_amounts(sent: Sentence, clause: Clause, amounts: list[Mention]) -> list[Mention]:
    """The amounts of a clause that are granted: after a verb of granting, or
    listed right after a granted one (分别奖励200万元、80万元、20万元)."""
    out: list[Mention] = []
    for m in sorted(amounts, key=lambda m: m.start):
        listed = bool(out) and re.fullmatch(r"[、和及与或\s]*", sent.text[out[-1].end - sent.start:m.start - sent.start])
        if listed or granted(sent, clause, m):
            out.append(m)
    return out


LIST_OPENED = re.compile(r"(?:给予|发放|补贴|补助|奖励)[^。]*?(?:[：:]|\d[\d.]*[十百千万亿]*元)")  # a grant listed item by item
ITEM_LEAD = 14  # characters at most before an item's amount (硕士研究生每人每月)
LISTING_GENRES = ("official", "interpretation")  # where a grant is listed item by item (not a news figure after one)


def listed_item(sent: Sentence, clauses: list[Clause], number: int, m: Mention) -> str:
    """What an amount with no verb of granting is for, when it is an item of a grant listed item by item after a colon
    or after a granted amount (给予租房补贴：博士研究生每人每月2000元，硕士研究生每人每月1500元 -> 硕士研究生;
    …每人每月发放高龄津贴100元；90—99周岁的，每人每月200元 -> 90—99周岁); "" when it is no such item."""
    clause = clauses[number]
    at = m.start - sent.start
    lead, after = sent.text[clause.start:at], sent.text[m.end - sent.start:clause.end]
    if not LIST_OPENED.search(sent.text, 0, clause.start) or len(lead) > ITEM_LEAD or len(after.strip("。；，")) > 6:
        return ""
    item = re.sub(r"每[^，；：]*$", "", ITEM_NUMBER.sub("", lead).lstrip("：:")).strip()
    verbs = ("instruments:action_verbs", "measures:level_verbs", "measures:change_up", "measures:change_down",
             "measures:lead_noise")
    if re.search(r"\d", item) or any(pattern(v).search(item) for v in verbs):
        return ""  # (…最低收购价每斤1.18元，比上年提高0.01元; 预计带动家电销售60亿元: a figure, no item)
    if not item and number > 0:
        before = ITEM_NUMBER.sub("", sent.text[clauses[number - 1].start:clauses[number - 1].end]).strip("，；： ")
        item = before.removesuffix("的") if before.endswith("的") and len(before) <= MAX_BENEFICIARY else ""
    return item


NOTE = re.compile(r"[（(][^（）()]*[）)]")


def is_heading(sent: Sentence, ctx: Context) -> bool:
    """The sentence is the heading of a section (（四）优化人才队伍，提升信息技能), not a numbered item that grants
    something (（一）对新认定的企业，按…给予奖励。; （二）…减按15%的税率征收企业所得税。)."""
    if GRANT_TO.search(sent.text) and (beneficiary_pattern().search(sent.text) or ctx.mentions_in(sent, "QUANTITY")):
        return False  # (not （五）给予一次性创业补贴。 heading its item)
    return any(p.kind == "section" and p.start == sent.start and len(sent.text) <= len(p.label) + 8
               for p in ctx.parts_of(sent))


GRANT_TO = re.compile(r"给予|予以|减按|免征|减征")


def policy_of_instrument(sent: Sentence, ctx: Context) -> str:
    own = ctx.policy_of(sent)
    if own is not None and ctx.document.genre in GOAL_GENRES:
        return own.key
    return ""


def news_measure(sent: Sentence, ctx: Context) -> bool:
    """In news, a measure is reported when a body announces it (央行宣布…, X推出…)."""
    return any(m.start - sent.start <= 20 and not m.attr("foreign") for m in ctx.mentions_in(sent, "ORG")) and bool(
        re.search(r"宣布|推出|出台|发布|印发|实施|明确|提出|决定|下调|降低|设立|创设", sent.text))


def recipient_named(sent: Sentence, clause: Clause, first: Mention) -> str:
    """The recipient the verb of granting names right before the clause's first amount (分别给予企业每人1000元、…
    -> 企业; 给予用人单位每人3000元 -> 用人单位), "" if none: the 对…的 clause before it then says on which condition."""
    found = pattern("instruments:recipient_heads", r"(?:给予|予以|奖励|补贴)(?P<who>[\u4e00-\u9fff]{0,6}(?:{}))"
                    r"(?:每[人户家个名位]|一次性|最高|$)").search(sent.text[clause.start:first.start - sent.start])
    return found.group("who") if found else ""


def with_recipient(pairs: list[tuple[Mention, str]], conditions: list[str],
                   recipient: str) -> tuple[list[tuple[Mention, str]], list[str]]:
    """Each amount the named recipient's, with the 对…的 clause as its condition, unless that clause names the
    recipient itself (对招用…的企业，给予企业每人2000元)."""
    own = [b.endswith(recipient) for _, b in pairs]
    return ([(a, b if o else recipient) for (a, b), o in zip(pairs, own)],
            [c or ("" if o else b.removesuffix("的")) for (_, b), c, o in zip(pairs, conditions, own)])


def money_in(money: list[Mention], sent: Sentence, clause: Clause) -> list[Mention]:
    return [m for m in money if clause.start <= m.start - sent.start < clause.end]


def bounded(sent: Sentence, clause: Clause, m: Mention) -> Quantity:
    """The amount, with comparator <= after 最高 / 不超过 …, in its unit per what it is paid for
    (按每平方米…150元 -> 元/平方米)."""
    q = quantity_of(m)
    at = m.start - sent.start
    listed = LISTED_BEFORE.search(sent.text, clause.start, at)  # (分别给予最高50万元、30万元: the list's bound is each one's)
    first = listed.start() if listed else at
    before = sent.text[max(clause.start, first - 6):first] + (m.text if not listed else "")
    comparator = "<=" if any(w in before for w in words("instruments", "at_most")) else q.comparator
    return Quantity(q.start, q.end, q.text, q.value, per_unit(sent, clause, m) or q.unit, comparator, q.upper)


def per_unit(sent: Sentence, clause: Clause, m: Mention) -> str:
    """The unit of an amount of money paid per a measure or a period named before it in its clause, after the
    amount before it (按每吨标准煤300元 -> 元/吨, 每人每月500元 -> 元/月, 每月每平方米5元 -> 元/平方米·月); "" when
    none is, or when it is per a thing counted (每个产品1万元, 每人5000元: each beneficiary's)."""
    if m.attr("unit") not in MONEY:
        return ""
    at = m.start - sent.start
    after = max((a.end() for a in AMOUNT.finditer(sent.text, clause.start, at)), default=clause.start)
    periods = words("instruments", "rate_periods")
    per = pattern((*words("instruments", "rate_bases"), *periods), r"每[一\d]*[个张名位只台套]?({})")
    bases = sorted(dict.fromkeys(per.findall(sent.text, after, at)), key=lambda b: b in periods)
    return f"{m.attr('unit')}/{'·'.join(bases)}" if bases else ""  # (the measure before the period: 元/平方米·月)


@memo(maxsize=1)
def beneficiary_pattern() -> re.Pattern[str]:
    """"对X，给予…" / "向X发放…" at the start of a clause (after any item number or article, 第三条): X is ``who``."""
    lead, end = (sorted(words("instruments", k), key=len, reverse=True) for k in ("beneficiary_lead", "beneficiary_end"))
    ends = "|".join("(?<![未不没反])" + re.escape(w) + ("(?![期时])" if w == "按" else "") + "(?![、的])" for w in end)
    # (对企业按期还本付息的贷款, 对未享受购房补贴的人才, 对企业应对反倾销、反补贴调查: no verb ends them)
    return re.compile(r"(?:^|[，；：。])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、"
                      r"|第[一二三四五六七八九十百\d]{1,4}条)?\s*"
                      rf"(?:{'|'.join(map(re.escape, lead))})(?P<who>[^，；：。]{{2,60}}?)"
                      rf"(?=，|{ends}|$)")


def beneficiaries(sent: Sentence, clause: Clause, n: int) -> list[str]:
    """Who gets the measure of a clause: "对X，给予…" / "对X给予…" before the clause
    in its sentence; for n amounts of a 分别 list, X's n items (国家级、省级专精特新企业
    -> 国家级专精特新企业, 省级专精特新企业). "" where none is named."""
    text = sent.text[:clause.end]
    found = list(beneficiary_pattern().finditer(text))
    who = found[-1].group("who").strip() if found else ""
    part = text.rfind("；", 0, clause.start) + 1
    if found and found[-1].end() <= part and (own := own_lead(text[part:clause.start])):
        who = own  # (对A…的，分别给予…；开设B、C的，分别给予…: B and C are the later part's own)
    if len(who) > MAX_BENEFICIARY:
        who = ""
    if n == 1:
        return [who]
    if graded := each_grade(who, n):
        return graded
    items = [i for i in who.split("、") if i]
    if len(items) == n and (stepped := each_threshold(items) or each_parallel(items)):
        return stepped
    if len(items) == n:
        lead, _, _ = items[0].rpartition("的")
        verb = "" if lead else qualifying_lead(items)
        head = shared_noun(items)
        out = []
        for k, item in enumerate(items):
            full = item
            if head and not item.endswith(head):
                full = item + head
            if verb and k > 0 and not full.startswith(verb):
                full = verb + full  # (新获评国家级、省级…集聚区: 新获评省级…集聚区)
            if lead and k > 0 and not full.startswith(lead):
                full = lead + "的" + full
            out.append(full)
        return out
    return [who] * n


def own_lead(part: str) -> str:
    """The clause opening a part of a sentence that says who, without a number (从外地引进良种母牛的，每头补贴…),
    when it is the whole part before the amount's clause; "" otherwise (a threshold of the same beneficiary,
    单场观众超过1万人的, is its condition)."""
    lead = ITEM_NUMBER.sub("", part.rstrip("，")).strip()
    return lead if lead.endswith("的") and "，" not in lead and not re.search(r"\d", lead) and len(lead) <= MAX_BENEFICIARY \
        else ""


AMOUNT = re.compile(r"\d+(?:\.\d+)?[十百千万亿]*(?:元|美元)")


def each_threshold(items: list[str]) -> list[str]:
    """The beneficiaries of a list of thresholds (营业收入首次突破10亿元、50亿元、100亿元的企业): the first item with
    each item's amount in place of its own, and what the last one ends with (的企业); [] for other lists."""
    first = list(AMOUNT.finditer(items[0]))
    rest = [AMOUNT.match(item) for item in items[1:]]
    if not first or not all(rest):
        return []
    tail = items[-1][rest[-1].end():]
    head = items[0][:first[-1].start()]
    return [(head + amount + tail).removesuffix("的") for amount in [first[-1].group()] + [m.group() for m in rest]]


@memo(maxsize=1)
def grade_pattern() -> str:
    """A grade of a list of grades: a level (国家级, 省级), a rating (5A级, 甲级, 三星级), a class (A类) or a phase (Ⅱ期)."""
    return rf"(?:{alternation(words('instruments', 'level_words'))}|\d?[A-Z]{{1,2}}级|[A-Z]类|[A-Z]档|[甲乙丙丁]级" \
           r"|[一二三四五六七]星级|[一二三四五]级|[一二三四]类|[ⅠⅡⅢⅣⅤ]期)"


def each_grade(who: str, n: int) -> list[str]:
    """The beneficiaries of a list of n grades written inside one (新评定为国家5A级、4A级旅游景区的 -> 新评定为国家5A级旅游
    景区的, 新评定为国家4A级旅游景区的; 新获批国家级、省级某领域重点实验室、…等创新平台的), [] when it holds no such list."""
    grade = grade_pattern()
    run = re.search(rf"{grade}(?:[、和及与]{grade}){{{n - 1}}}(?![、和及与]?{grade})", who) if n > 1 else None
    if run is None:
        return []
    grades = re.findall(grade, run.group())
    return [who[:run.start()] + g + who[run.end():] for g in grades] if len(grades) == n else []


PARALLEL_END = 4  # characters at most of the items a list writes out for the end of its first (亚洲首店, 国家标准)


def each_parallel(items: list[str]) -> list[str]:
    """The beneficiaries of a list whose later items stand for the end of the first (开设全球首店、亚洲首店、全国首店的 ->
    开设亚洲首店的 …; 主导制定某领域国际标准、国家标准、行业标准的企业): what the first says before that end, and what the last
    says after it, go to each; [] when the items do not end alike in two characters or more."""
    first, last = items[0], items[-1]
    k = last.find(first[-1]) if first and "的" not in first else -1  # (a lead ending in 的 is shared as it is)
    size, tail = k + 1, last[k + 1:]
    ends = [first[-size:], *items[1:-1], last[:size]] if 1 <= k < PARALLEL_END and len(first) > size else []
    if not ends or any(len(e) != size for e in ends) or len(os.path.commonprefix([e[::-1] for e in ends])) < 2:
        return []
    return [first[:-size] + e + tail for e in ends]


def qualifying_lead(items: list[str]) -> str:
    """What the first item of a list says up to the verb of how one qualifies, when the other items leave it out
    (新获评国家级、省级… -> 新获评; 主导制定国际标准、国家标准… -> 主导制定); "" if none."""
    verbs = pattern("instruments:qualifying_verbs")
    found = list(verbs.finditer(items[0]))
    if not found or any(verbs.search(item) for item in items[1:]):
        return ""
    return items[0][:found[-1].end()]


def shared_noun(items: list[str]) -> str:
    """The noun the last item carries for all: 国家级、省级专精特新企业 -> 专精特新企业
    (what follows, in the last item, the character the first item ends with)."""
    first, last = items[0], items[-1]
    k = last.find(first[-1]) if first else -1
    head = last[k + 1:] if k >= 0 else ""
    return head if len(head) >= 2 else ""


TIERS = re.compile(r"按照?(?P<grades>[\u4e00-\u9fff]{1,8}(?:[、和及][\u4e00-\u9fff]{1,8})+)分别")


def tiers_of(sent: Sentence, clause: Clause) -> list[str]:
    """The grades a clause lists before its amounts (按照初级、中级、高级分别给予… -> 初级, 中级, 高级), [] if none."""
    tiers = TIERS.search(sent.text, clause.start, clause.end)
    return [g for g in re.split(r"[、和及]", tiers.group("grades")) if g] if tiers else []


def stated_conditions(sent: Sentence, clauses: list[Clause], clause: Clause, n: int) -> list[str]:
    """For each of the clause's n amounts, the condition the clause before states on its own (…，给予10万元奖励；
    升规次年营业收入增长20%以上的，再给予5万元奖励 -> 升规次年营业收入增长20%以上; a list of n thresholds, one each:
    投资额达到1亿元、3亿元以上的，分别给予… -> 投资额达到1亿元以上, 投资额达到3亿元以上), or the grades the clause
    lists (按照初级、中级、高级分别给予…); "" where that clause names the beneficiary (对X的，) or no threshold."""
    grades = tiers_of(sent, clause) if n > 1 else []
    if len(grades) == n:
        return grades  # (按照初级、中级、高级分别给予每人1000元、1500元和2000元: one grade for each amount)
    before = [c for c in clauses if c.end <= clause.start]
    text = ITEM_NUMBER.sub("", sent.text[before[-1].start:before[-1].end]).strip() if before else ""
    if not text.endswith("的") or re.match(r"(?:对于|对|向)", text) or not re.search(r"\d", text):
        return [""] * n
    condition = text.removesuffix("的")
    each = each_threshold(condition.split("、")) if n > 1 else []
    return each if len(each) == n else [condition] * n


def condition_of(beneficiary: str) -> str:
    """The threshold in a beneficiary (年营业收入首次突破1亿元的企业 -> 年营业收入首次突破1亿元)."""
    m = re.search(r"([^，；的]*\d[^，；的]*)的", beneficiary)
    return m.group(1) if m else ""
