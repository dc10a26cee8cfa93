"""Relations stage: sentences + mentions -> facts and measures.

Facts: who issued a policy (sentence patterns, table rows, title prefixes),
when, which policy a document interprets / implements / cites, which
organisation operates a platform, sub-units. Measures: targets, observations
and forecasts with their indicator, value, time, region and policy.
All functions are plain functions over ``Sentence`` and ``Mention`` records.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import jieba

from .entities import gazetteer, org_key_and_category, tag
from .nlp import Sentence
from .records import Evidence, Fact, Measure, Mention, Quantity

ISSUE_VERB = re.compile(r"(?:联合|正式|先后|接连|连续|相继|陆续|组织)?(?:制定并印发|印发|发布|出台|制定|制订|颁布|下发|推出|公布|编制|起草|修订)(?:了)?")
PASSIVE_ISSUE = re.compile(r"^[^，。；]{0,16}?由(?P<who>[^，。；]{2,40}?)(?:联合|正式)?(?:印发|发布|出台|制定|颁布|下发)")
COORD = re.compile(r"^\s*(?:、|，|和|与|及|以及|会同|联合|同|协同)\s*$")
INTERPRET = re.compile(r"解读|读懂|图解|答记者问|问答|一图看懂")
IMPLEMENT = re.compile(r"(?:为|为了)?(?:深入)?(?:贯彻落实|贯彻|落实|实施)(?:好)?$")
CITE = re.compile(r"(?:根据|依据|按照|依照|对照|参照)$")


@dataclass
class DocState:
    """Running state while reading one document."""

    doc: str
    doc_date: str
    home_province: str = ""  # what 全省/我省 refers to
    home_city: str = ""  # what 全市/我市 refers to
    title_policy: str = ""  # policy key the document is (a policy text) or interprets
    interprets: bool = False
    last_issuers: list[str] = field(default_factory=list)
    paragraph_policy: tuple[int, str] = (-1, "")
    paragraph_future: int = -1
    deadline: str = ""  # a sentence opening "到2025年，…" governs what follows, up to the next heading


_LAST_EVIDENCE: list = [None]  # [(sentence, doc, its Evidence)], replaced as a whole (thread-safe)


def evidence(sent: Sentence, doc: str) -> Evidence:
    """The sentence as evidence; the last sentence's record is reused (records are immutable)."""
    last = _LAST_EVIDENCE[0]
    if last is not None and last[0] is sent and last[1] == doc:
        return last[2]
    ev = Evidence(doc, sent.start, sent.end, sent.text)
    _LAST_EVIDENCE[0] = (sent, doc, ev)
    return ev


# ---------------------------------------------------------------- issuers and dates


ACTIVE_AFTER = re.compile(r"^[^，。；《]{0,16}?(?:正式|联合)?(?:印发|发布|出台|颁布)")
ISSUED_SINCE = re.compile(r"^[^，。；]{0,4}(?:发布|印发|出台)以来")
TITLE_RUN_GAP = re.compile(r"[、，和及与\s]*")


FULL_STOP = re.compile(r"[。]")


def issue_facts(sent: Sentence, mentions: Sequence[Mention], state: DocState) -> list[Fact]:
    """issued_by / issued_on facts for every policy mention in the sentence."""
    if not any(m.type == "POLICY" for m in mentions):
        return []
    ev = evidence(sent, state.doc)
    policies = [m for m in mentions if m.type == "POLICY"]
    orgs = [m for m in mentions if m.type == "ORG"]
    dates = [m for m in mentions if m.type == "DATE"]
    facts: list[Fact] = []
    if "\t" in sent.text:
        return table_row_facts(sent, mentions, state)
    prev: tuple[int, list[str], str] | None = None  # (end, issuers, date) of the policy before
    for p in policies:
        for issuer in p.attr("issuers").split("|"):
            if issuer:
                facts.append(Fact("POLICY", p.key, "issued_by", "ORG", org_key(issuer), ev))
        before = sent.text[: p.start - sent.start]
        verb = ISSUE_VERB.search(before[-14:]) if before else None
        after = sent.text[p.end - sent.start :]
        passive = PASSIVE_ISSUE.match(after)
        active_after = ACTIVE_AFTER.match(after)
        issuers: list[str] = []
        if verb:
            verb_pos = p.start - 14 + verb.start() if len(before) >= 14 else sent.start + verb.start()
            issuers = subject_issuers(orgs, verb_pos, sent, policies)
            if not issuers and not FULL_STOP.search(before):
                issuers = list(state.last_issuers) if is_bare_clause(before, verb.start() + max(0, len(before) - 14)) else []
            if issuers:
                state.last_issuers = issuers
        elif passive:
            who_s = p.end + passive.start("who")
            who_e = p.end + passive.end("who")
            issuers = [o.key for o in orgs if who_s <= o.start and o.end <= who_e]
        elif active_after:
            issuers = subject_issuers(orgs, p.start, sent, policies)
        date = ""
        if verb or passive or active_after or ISSUED_SINCE.match(after):
            date = issue_date(p, dates, policies, sent)
        elif prev and TITLE_RUN_GAP.fullmatch(sent.text[prev[0] - sent.start : p.start - sent.start]):
            # "发布了《A》《B》《C》": the run of titles shares issuer and date
            issuers, date = prev[1], prev[2]
        for issuer in issuers:
            facts.append(Fact("POLICY", p.key, "issued_by", "ORG", issuer, ev))
        if date:
            facts.append(Fact("POLICY", p.key, "issued_on", "DATE", date, ev))
        prev = (p.end, issuers, date)
    return facts


CLAUSE_BREAK = re.compile(r"[，；。]")
BODY_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2,}(?:部|委|局|院|厅|组|会|府)")


def is_bare_clause(before: str, verb_index: int) -> bool:
    """True when the clause before the verb has no subject of its own ("2018年7月发布《…》")."""
    clause = CLAUSE_BREAK.split(before[:verb_index])[-1]
    return not BODY_SUBJECT.search(clause)


CLAUSE_END = re.compile(r"[。；]")


def subject_issuers(orgs: Sequence[Mention], verb_pos: int, sent: Sentence, policies: Sequence[Mention]) -> list[str]:
    """The organisations that are the subject of an issue verb: the nearest
    organisation before it in the sentence plus those coordinated with it."""
    prior_policy_end = max((p.end for p in policies if p.end <= verb_pos), default=sent.start)
    cands = [o for o in orgs if prior_policy_end <= o.start and o.end <= verb_pos]
    if not cands:
        return []
    chosen = [cands[-1]]
    for o in reversed(cands[:-1]):
        gap = sent.text[o.end - sent.start : chosen[0].start - sent.start]
        if COORD.match(gap):
            chosen.insert(0, o)
        else:
            break
    # "X会同相关部门印发" — the nearest subject is enough; ignore organisations
    # separated from the verb by a full clause
    between = sent.text[chosen[-1].end - sent.start : verb_pos - sent.start]
    if CLAUSE_END.search(between):
        return []
    return [o.key for o in chosen]


def issue_date(policy: Mention, dates: Sequence[Mention], policies: Sequence[Mention], sent: Sentence) -> str:
    """The date of the clause that issues ``policy``: the nearest date before it,
    not separated by another policy; else the sentence's only date."""
    prev_policy_end = max((p.end for p in policies if p.end <= policy.start), default=sent.start)
    before = [d for d in dates if prev_policy_end <= d.start and d.end <= policy.start and d.attr("role") in ("", "since")]
    if before:
        return before[-1].key
    after = [d for d in dates if d.start >= policy.end and d.attr("role") in ("",)]
    if len(policies) == 1 and after and sent.text[policy.end - sent.start : after[0].start - sent.start].strip("，, ") in ("", "于", "已于"):
        return after[0].key
    return ""


def table_row_facts(sent: Sentence, mentions: Sequence[Mention], state: DocState) -> list[Fact]:
    """A tab-separated table row: the policy cell, the date cell, the issuer cell."""
    ev = evidence(sent, state.doc)
    cells = cell_spans(sent)
    policies = [m for m in mentions if m.type == "POLICY"]
    if len(policies) != 1:
        return []
    p = policies[0]
    facts = []
    for issuer in p.attr("issuers").split("|"):
        if issuer:
            facts.append(Fact("POLICY", p.key, "issued_by", "ORG", org_key(issuer), ev))
    for s, e in cells:
        if s <= p.start < e:
            continue
        cell_mentions = [m for m in mentions if s <= m.start and m.end <= e]
        for m in cell_mentions:
            if m.type == "ORG":
                facts.append(Fact("POLICY", p.key, "issued_by", "ORG", m.key, ev))
            if m.type == "DATE" and not m.attr("until"):
                facts.append(Fact("POLICY", p.key, "issued_on", "DATE", m.key, ev))
    return facts


def cell_spans(sent: Sentence) -> list[tuple[int, int]]:
    spans = []
    pos = sent.start
    for cell in sent.text.split("\t"):
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return spans


def org_key(name: str) -> str:
    return org_key_and_category(name, "")[0]


# ---------------------------------------------------------------- document-level relations


INTERPRETS_TITLE = re.compile(r"对《[^》]+》(?:进行|作)?(?:的)?(?:深度|权威|政策)?解读")


def policy_relations(sent: Sentence, mentions: Sequence[Mention], state: DocState, is_title: bool) -> list[Fact]:
    """interprets / implements / cites facts; remembers the document's own policy."""
    policies = [m for m in mentions if m.type == "POLICY"]
    facts: list[Fact] = []
    if not policies and not (is_title and state.interprets and state.title_policy):
        return facts  # nothing to remember or to state
    ev = evidence(sent, state.doc)
    if is_title and policies and not state.title_policy:
        state.title_policy = policies[0].key
        state.interprets = bool(INTERPRET.search(sent.text))
    if policies and not state.title_policy and INTERPRETS_TITLE.search(sent.text):
        state.title_policy = policies[0].key
        state.interprets = True
    if state.interprets and state.title_policy and is_title:
        facts.append(Fact("DOCUMENT", state.doc, "interprets", "POLICY", state.title_policy, ev))
    for p in policies:
        before = sent.text[: p.start - sent.start]
        subject = state.title_policy if not state.interprets else ""
        later = [q for q in policies if q.start > p.end and q.key != p.key]
        if IMPLEMENT.search(before.rstrip("《")):
            target = later[0].key if later else subject
            if target and target != p.key:
                facts.append(Fact("POLICY", target, "implements", "POLICY", p.key, ev))
        elif CITE.search(before.rstrip("《")) and subject and subject != p.key:
            facts.append(Fact("POLICY", subject, "cites", "POLICY", p.key, ev))
        elif subject and subject != p.key and not is_title:
            facts.append(Fact("POLICY", subject, "cites", "POLICY", p.key, ev))
    return facts


DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔［\[]\d{4}[〕］\]]\s*\d{1,4}\s*号")


def document_number_facts(sent: Sentence, state: DocState) -> list[Fact]:
    """文号 "工信部联信发〔2024〕56号" near the top of a policy text belongs to it."""
    if not state.title_policy or state.interprets or sent.paragraph > 3:
        return []
    m = DOC_NUMBER.search(sent.text)
    if not m:
        return []
    return [Fact("POLICY", state.title_policy, "doc_number", "LITERAL", re.sub(r"\s+", "", m.group()), evidence(sent, state.doc))]


def entity_facts(sent: Sentence, mentions: Sequence[Mention], doc: str) -> list[Fact]:
    """operated_by (platform → organisation) and sub_organization_of facts."""
    facts = []
    ev = None
    for m in mentions:
        if m.type == "PLATFORM":
            operator = m.attr("operator")
            if operator:
                ev = ev or evidence(sent, doc)
                facts.append(Fact("PLATFORM", m.key, "operated_by", "ORG", operator, ev))
        elif m.type == "ORG":
            parent = _org_parent(m.key)
            if parent:
                ev = ev or evidence(sent, doc)
                facts.append(Fact("ORG", m.key, "sub_organization_of", "ORG", parent, ev))
    return facts


_ORG_PARENTS: dict[tuple[int, str], str] = {}


def _org_parent(key: str) -> str:
    """The body an organisation is a sub-unit of ("" if none), memoised per key."""
    vocab = _vocab()
    memo_key = (id(vocab), key)
    parent = _ORG_PARENTS.get(memo_key)
    if parent is None:
        # only a name ending with a sub-unit (办公厅 …) can split; skip the scan otherwise
        sub = vocab.subunit_of(key) if key.strip().endswith(vocab.subunits) else None
        entry = vocab.organization(key)
        if sub:
            parent = sub[0].name
        elif entry and entry.parent:
            parent = entry.parent
        else:
            parent = ""
        _ORG_PARENTS[memo_key] = parent
    return parent


def _vocab():
    return gazetteer().vocab


# ---------------------------------------------------------------- measures

FORECAST = re.compile(r"预计|有望|预期|可望|估计|预测|将有望|或将")
PAST = re.compile(r"已|累计|截至|截止|目前|现已|此前|过去|先后|以来|了|共有|实现了|建成|遴选出|评选出|发布了")
STRONG_PAST = re.compile(r"已|截至|截止|目前|现已|此前|过去|了")
FUTURE = re.compile(r"力争|争取|确保|目标|将|要|拟|计划|下一步|今后|未来|推动|鼓励|引导|支持|打造|培育|遴选|新建|新增|建设|形成|建立|推广|提升至|提高到|达到")
NEXT_STEP = re.compile(r"下一步|今后|接下来|未来|将重点|下阶段")
CLAIM = re.compile(r"提出|明确|要求|部署|规定|指出|强调|目标是|目标为")
STRUCTURE = re.compile(r"^(?:个|项|条|大)?(?:具体|重点|主要)?(?:方面|举措|措施|任务|部分|章|条措施|条举措|项举措|项措施|个方面)")
REQUIREMENT_UNITS = {"毫秒", "秒", "分钟", "小时", "天", "年", "月", "周年", "个月", "Mbps", "Gbps", "微秒", "纳秒"}
CREATE = re.compile(r"^(?:新建|新增|新培育|新认定|新开工|增加|新增加)")
LEAD_STRIP = re.compile(
    r"^(?:[，、；：\s]|其中|同时|此外|另外|目前|当前|现在|截至目前|截至|截止|全国|我国|全省|全市|全区|我省|我市|我区|本省|本市|国内|累计|已经|已|共|总共|"
    r"均|平均而言|据了解|据统计|数据显示|调研显示|调查显示|据测算|同比|并|且|还|也|以及|和|与|及|的|都|在|为|对|通过|"
    r"新增|新建|新培育|提出|并提出|完成|全年|确保|充分激发市场积极性|同时|鼓励|推动|引导|支持|力争|争取|确保|进一步|加快|大力|积极|重点|持续|不断|基本|初步|"
    r"首批|一批|一是|二是|三是|四是|五是)+"
)
TAIL_WORDS = (
    "已经|已|均|累计|共|总数|总量|达到了|达到|达|突破|超过|超|逾|为|是|约|近|接近|将近|大约|不少于|不低于|至少|"
    "增长|增加|提升至|提高到|提升到|提高至|增至|升至|达至|下降|降低|减少|上升|提升|提高|增长了|分别|共计|合计|"
    "实现|有|多达|高达|仅|只有|进一步|同比|年均|比|由|从|至|到|了|的|和|与|及|将|要|力争|争取|有望|预计|可望|或将"
)
# the lookahead (the words' first characters) lets the regex engine skip the
# positions no run of these words can start at
TAIL_STRIP = re.compile(rf"(?=[{''.join(sorted({w[0] for w in TAIL_WORDS.split('|')}))}])(?:{TAIL_WORDS})+$")
VERB_KEEP = re.compile(r"(?:连接|覆盖|服务|接入|带动|汇聚|监测|发现|上线|开发|创建|实施|发布|建成|建设|培育|打造|遴选|形成|认定|获得|吸引|输出|推广|部署|改造|节约|减少|实现|开展|引进|入选|承担|集聚|投入|支持)$")
NOUN_AFTER = re.compile(r"^(?:的)?([^\s，。；、：！？（）()“”《》\d]{1,18}?)(?=[，。；、：！？（(“]|$|已|均|将|和|与|及|等|为|是|在|上线|建成|投入|实现|达|超|正|，|同比|共|累计|并|中|以上|左右|成为|入选|获|开展|全面|稳定|覆盖|连接|服务|形成|分布|占)")


@dataclass(frozen=True)
class MeasureContext:
    sent: Sentence
    quantities: tuple[Mention, ...]
    dates: tuple[Mention, ...]
    regions: tuple[Mention, ...]
    orgs: tuple[Mention, ...]
    policies: tuple[Mention, ...]


PLAN_CLAIM = re.compile(r"(?:提出|部署)[^，。；]{0,12}(?:计划|目标|任务|工程|行动)")
RUNNING_TOTAL = re.compile(r"(?:^|[，、])(?:累计|共|总计|合计)(?:达到|达|为)?$")


POLICY_CLAIM = re.compile(r"》(?:中|里)?(?:提出|明确|要求|部署)")


def sentence_measures(sent: Sentence, mentions: Sequence[Mention], state: DocState, doc_is_policy: bool) -> list[Measure]:
    by_type = mentions_by_type(mentions)
    dates, policies = by_type["DATE"], by_type["POLICY"]
    if (NEXT_STEP.search(sent.text[:12]) and not PAST.search(sent.text[:6])) or PLAN_CLAIM.search(sent.text):
        state.paragraph_future = sent.paragraph
    sentence_deadlines = [d for d in dates if d.attr("role") == "deadline"]
    heading = is_heading(sent)
    if heading:
        state.deadline = ""
    if (
        sentence_deadlines
        and sentence_deadlines[0].start - sent.start <= 8
        and (not state.doc_date or sentence_deadlines[0].key[:4] >= state.doc_date[:4])
    ):
        state.deadline = sentence_deadlines[0].attr("until") or sentence_deadlines[0].key
    if policies and CLAIM.search(sent.text):
        state.paragraph_policy = (sent.paragraph, policies[0].key)
        if POLICY_CLAIM.search(sent.text) and not PAST.search(sent.text[:8]):
            state.paragraph_future = sent.paragraph
    out: list[Measure] = []
    if heading or not by_type["QUANTITY"]:
        return out
    ctx = MeasureContext(
        sent,
        tuple(by_type["QUANTITY"]),
        tuple(dates),
        tuple(by_type["REGION"]),
        tuple(by_type["ORG"]),
        tuple(policies),
    )
    distributed = parallel_items(ctx)
    previous = ""
    for i, q in enumerate(ctx.quantities):
        if skip_quantity(q, sent):
            continue
        kind = measure_kind(q, ctx, state, doc_is_policy)
        indicator, increment = indicator_of(q, ctx, distributed.get(i))
        change = change_before(q, sent) if not indicator and previous else None
        if change:
            indicator = previous + change.group("word")  # "…40万家，同比增长12.5%"
        if not indicator and previous and RUNNING_TOTAL.search(sent.text[: q.start - sent.start]):
            indicator = previous  # "…新增…23家，累计达到百余家"
        if not indicator and previous and q.attr("unit") == "倍":
            indicator = previous + "倍数"  # "…26个，是上年的3.3倍"
        if not indicator:
            continue
        if q.attr("unit") == "倍" and not indicator.endswith("倍数"):
            indicator += "倍数"  # "是上年的3.3倍": a ratio, not the level
        previous = indicator
        item = distributed.get(i)
        unit = item.unit if item and item.unit else q.attr("unit")
        qty = Quantity(q.start, q.end, q.text, dec(q.attr("value")), unit, q.attr("comparator") or "=")
        when = measure_time(q, ctx, kind, state, distributed.get(i))
        region = (item.region if item and item.region else "") or measure_region(q, ctx, state)
        if not region and kind == "target" and provincial_policy(state):
            region = state.home_province  # a provincial plan's targets are the province's
        subject = measure_subject(q, ctx)
        policy, issuer = "", ""
        if kind == "target":
            policy = target_policy(q, ctx, state)
            if not policy:
                issuer = subject or next((o.key for o in reversed(ctx.orgs) if o.end <= q.start), "")
        out.append(
            Measure(kind, indicator, qty, evidence(sent, state.doc), when, region, subject if kind != "target" else "", policy, issuer, increment)
        )
    return out


CHANGE = re.compile(r"(?:^|[，；、])(?:同比|比上年|较上年|年均|环比)?(?P<word>增长|下降|提升|提高|增加|减少|降低)(?:了)?$")


VALUE_AND_AFTER = re.compile(r"[\d.%]+.*$")


def change_before(q: Mention, sent: Sentence) -> re.Match | None:
    """"同比增长" right before a value (or the value's own words: "增长12.5%")."""
    pre = sent.text[: q.start - sent.start]
    return CHANGE.search(pre) or CHANGE.search(pre + VALUE_AND_AFTER.sub("", q.text))


def mentions_by_type(mentions: Sequence[Mention]) -> dict[str, list[Mention]]:
    """The mentions of each type (in their order); every type is a key."""
    out: dict[str, list[Mention]] = {t: [] for t in ("QUANTITY", "DATE", "REGION", "ORG", "POLICY")}
    for m in mentions:
        if m.type in out:
            out[m.type].append(m)
    return out


def is_heading(sent: Sentence) -> bool:
    """"四、…打造四大发展路径", "（一）基础设施": a short line with no final punctuation."""
    return len(sent.text) < 60 and sent.text.rstrip()[-1:] not in "。！？；!?;”" and "\t" not in sent.text


def dec(text: str) -> Decimal:
    return Decimal(text or "0")


ISSUING_DEPARTMENTS = re.compile(r"^(?:个)?(?:部门|部委)(?:联合|印发|发布|共同|等|制定)")


LISTED_BEFORE = re.compile(r"、[\u4e00-\u9fff]{2,3}$")


def skip_quantity(q: Mention, sent: Sentence) -> bool:
    """Structure of a policy (6个方面20项举措), issuing departments (十部门联合印发)
    and technical requirements (时延小于20毫秒) are not metrics."""
    after = sent.text[q.end - sent.start :]
    if STRUCTURE.match(after) or q.attr("unit") in REQUIREMENT_UNITS:
        return True
    if ISSUING_DEPARTMENTS.match(after) or (q.text.endswith("部") and after.startswith("门")):
        return True
    if q.attr("unit") in ("市", "省", "地") and sent.text[q.start - sent.start - 1 : q.start - sent.start] not in "" and LISTED_BEFORE.search(sent.text[: q.start - sent.start]):
        return True  # "深圳、广州两市": the count of a list just named
    if q.attr("comparator") in ("<", "<=") and "要求" in sent.text:
        return True
    return False


FUTURE_WILL = re.compile(
    r"力争|争取|确保|目标|拟|计划到|将(?:进一步|继续|加快|推动|重点|实现|达到|达|突破|超过|力争|在|新建|新增|建设|打造|培育|遴选|"
    r"出台|开展|持续|大力|全面|着力|确保|形成|提升|提高|增加|有|覆盖|建成|完成|带动|支持|鼓励)"
)
HISTORY = re.compile(r"由[^，。；]{0,30}(?:提高|提升|增加|增长|下降|降低|减少|上升|扩大)(?:至|到)")


BASE_BEFORE = re.compile(r"(?:较|比|相比|相较|比上|与|同)$")


def is_base(date: Mention, sent: Sentence) -> bool:
    """"较2023年下降20%": the date is the comparison base, not the time of the value."""
    return bool(BASE_BEFORE.search(sent.text[: date.start - sent.start]))


def is_past(date: Mention, doc_date: str) -> bool:
    """True when the time expression ends before the document's date (or the document has none)."""
    if not doc_date:
        return True
    end = date.attr("until") or date.key
    return end < doc_date[: len(end)]


DONE_AT_END = re.compile(r"(?:了|出)$")
DONE_WORD = re.compile(r"(?:已|累计|截至|目前|了)")


def measure_kind(q: Mention, ctx: MeasureContext, state: DocState, doc_is_policy: bool) -> str:
    """forecast / target / observation, from the words before the value, the
    deadline of the sentence or paragraph, and what the document is."""
    sent = ctx.sent
    pre = sent.text[: q.start - sent.start]
    clause_start = max(pre.rfind("，"), pre.rfind("；"), pre.rfind("：")) + 1
    clause = pre[clause_start:]
    if FORECAST.search(pre):
        return "forecast"
    deadlines = [d.key for d in ctx.dates if d.attr("role") == "deadline" and d.start < q.start]
    past_dates = [
        d for d in ctx.dates
        if d.start < q.start and d.attr("role") in ("", "asof", "since") and not is_base(d, sent) and is_past(d, state.doc_date)
    ]
    if not deadlines and not past_dates and state.deadline:
        deadlines = [state.deadline]
    if deadlines:
        future = not state.doc_date or deadlines[-1][:4] >= state.doc_date[:4]
        return "target" if future and not STRONG_PAST.search(clause) else "observation"
    if PAST.search(clause) or DONE_AT_END.search(clause.strip()) or HISTORY.search(sent.text):
        return "observation"
    if DONE_WORD.search(pre) and not FUTURE_WILL.search(clause):
        return "observation"
    if past_dates and state.doc_date:
        return "observation"
    if state.paragraph_future == sent.paragraph or FUTURE_WILL.search(pre):
        return "target"
    return "target" if doc_is_policy else "observation"


@dataclass(frozen=True)
class ParallelItem:
    label: str = ""  # item of a list distributed over the values ("粗钢")
    time: str = ""  # time distributed over the values ("2018")
    unit: str = ""  # a unit written once for the list ("快5个和2.8个百分点")
    region: str = ""  # the item is a region ("深圳、广州两市…分别为…")


RESPECTIVELY = re.compile(r"分别")
SENTENCE_BREAK = re.compile(r"[。；]")
LIST_CLAUSE_SPLIT = re.compile(r"[，；：。]")
ENUMERATION_COMMA = re.compile(r"、")
ITEM_LEAD = re.compile(r"^(?:其中|包括|如|比如)")
HEAD_CLASS = re.compile(r"^[^，]{0,6}?(?:产品|行业|企业|地区|技术|领域)")
HEAD_COUNT = re.compile(r"^(?:[两三四五六七八九十]|\d+)(?:市|省|地|区|个|家|类)")


def parallel_items(ctx: MeasureContext) -> dict[int, ParallelItem]:
    """"A、B、C分别…x、y、z" and "2018年、2019年…分别为x和y": pair list items with values."""
    sent = ctx.sent
    text = sent.text
    out: dict[int, ParallelItem] = {}
    if "分别" not in text:
        return out
    for m in RESPECTIVELY.finditer(text):
        qs = [i for i, q in enumerate(ctx.quantities) if q.start - sent.start >= m.end() and not SENTENCE_BREAK.search(text[m.end() : q.start - sent.start])]
        qs = [i for i in qs if ctx.quantities[i].start - sent.start < text.find("。", m.end()) or text.find("。", m.end()) < 0]
        if len(qs) < 2:
            continue
        before = text[: m.start()]
        clause = LIST_CLAUSE_SPLIT.split(before)[-1]
        dates = [d for d in ctx.dates if sent.start + m.start() - len(clause) <= d.start < sent.start + m.start()]
        all_dates = [d for d in ctx.dates if d.start < sent.start + m.start()]
        if len(dates) == len(qs) or (len(all_dates) == len(qs) and not dates):
            for i, d in zip(qs, dates or all_dates):
                out[i] = ParallelItem(time=d.key)
            continue
        segments = ENUMERATION_COMMA.split(clause)
        if len(segments) >= 2:
            items = [ITEM_LEAD.sub("", seg) for seg in segments[:-1]]
            last = segments[-1]
            if "等" in last:
                item, head = last.split("等", 1)
                head = HEAD_CLASS.sub("", head) or head
            else:
                # "钢铁、建材、石化行业单位产值能耗": the last item is its first word(s),
                # as many as make it end like the other items (装备|制造业 like 高技术制造业)
                words = list(jieba.cut(last))
                k = next((k for k in range(1, len(words)) if any(i.endswith(words[k - 1]) and len(words[k - 1]) >= 2 for i in items)), 1)
                item, head = "".join(words[:k]), "".join(words[k:])
            items.append(item)
            if len(items) >= len(qs):
                shared_unit = ctx.quantities[qs[-1]].attr("unit")
                head = HEAD_COUNT.sub("", head)
                for i, item in zip(qs, items):
                    unit = shared_unit if ctx.quantities[i].attr("unit") == "个" and shared_unit in ("百分点", "%") else ""
                    region = _vocab().region(item)
                    out[i] = ParallelItem(label=item + clean_indicator(head), unit=unit, region=region.name if region else "")
        elif "和" in clause:
            items = clause.split("和")
            if len(items) == len(qs):
                for i, item in zip(qs, items):
                    out[i] = ParallelItem(label=clean_indicator(item))
    return out


CLAUSE_SPLIT = re.compile(r"[，；：。！？]")
INCREMENT = re.compile(r"(?:新建|新增|新培育|新开工|增加(?!值))[^，；]{0,8}$")
NOUN_LINK = re.compile(r"的|为|是|“")


def indicator_of(q: Mention, ctx: MeasureContext, item: ParallelItem | None) -> tuple[str, bool]:
    """(indicator text, is-increment) for a quantity: the noun after a counted
    value ("新建20个二级节点") or the phrase before the value ("标识注册量突破70亿")."""
    sent = ctx.sent
    text = sent.text
    qs, qe = q.start - sent.start, q.end - sent.start
    if item and item.label:
        return item.label, False
    pre = text[:qs]
    clause = CLAUSE_SPLIT.split(pre)[-1]
    increment = bool(INCREMENT.search(clause))
    noun = noun_after(q, ctx)
    if noun and (q.attr("unit") not in ("%", "元", "百分点", "倍", "吨", "人次", "次") or NOUN_LINK.match(text[qe : qe + 1]) or (q.attr("unit") == "%" and not clean_indicator(phrase_before(clause, q, ctx)))):
        verb = VERB_KEEP.search(clause.rstrip())
        prefix = verb.group() if verb and verb.group() not in ("形成", "打造", "培育", "遴选", "建设", "创建", "实现", "开展") else ""
        return prefix + noun, increment
    phrase = clean_indicator(phrase_before(clause, q, ctx))
    if not phrase:
        phrase = subject_of_previous_clause(pre, ctx)
    if item and item.time and not phrase:
        phrase = clean_indicator(phrase_before(CLAUSE_SPLIT.split(text[: text.find("分别")])[-1], q, ctx))
    return phrase, increment


NOUNISH = {"n", "nz", "nt", "ns", "nr", "nrt", "x", "eng", "j", "vn", "b", "an", "ng", "l", "a", "nrfg"}
NOUN_STOP = {"以上", "左右", "多", "余", "的", "等", "和", "与", "及", "已", "均", "将", "中", "为", "是", "在", "并", "其中"}
SINGLE_NOUNS = set("省市县区国人户家")


PREDICATE_VERBS = set(
    """建成 上线 投入 投入使用 投入运行 实现 达到 达 覆盖 连接 形成 开展 入选 获得 完成 提升 增长 下降 超过 突破 落地 运行
    涌现 参与 带动 进入 成为 分布 位居 排名 占 达成 建设 接入 发布 出台 印发 表示 认为 开通 稳定 作为 在 进行 启动""".split()
)
STOP_TAGS = {"d", "p", "c", "u", "uj", "ul", "m", "q", "r", "f", "t", "y", "e", "o", "zg"}


SPAN_END = re.compile(r"[，。；：！？、（(]")
THRESHOLD_WORD = re.compile(r"超过|达到|以上|不低于|\d")
NOUN_BREAK = re.compile(r"[，。；、：！？\s（()）“”《》0-9]")


def noun_after(q: Mention, ctx: MeasureContext) -> str:
    """The noun phrase right after a counted value ("20个二级节点已上线" → 二级节点;
    "100多个具备…的行业领头案例" → 行业领头案例)."""
    sent = ctx.sent
    qe = q.end - sent.start
    clause_end = SPAN_END.search(sent.text, qe)  # the span is what precedes it
    span = sent.text[qe : clause_end.start() if clause_end else len(sent.text)][:30]
    start = q.end
    starts, ends = sent.token_offsets
    i = bisect_left(starts, q.end)  # the first token starting at or after the value
    first = sent.text[starts[i] - sent.start : ends[i] - sent.start] if i < len(starts) else ""
    if "的" in span[1:] and (tag(first) == "v" or THRESHOLD_WORD.search(span[: span.rindex("的")])):
        start = q.end + span.rindex("的") + 1  # a relative clause: "10家以上营业收入超过50亿元的骨干企业"
    words = []
    for s, e in sent.tokens[bisect_right(ends, start) :]:  # the tokens ending after start
        s = max(s, start)  # a token glued across the value's end ("个省")
        tok = sent.text[s - sent.start : e - sent.start]
        if not words and s == q.end and tok in ("的", "大"):
            continue
        if tok in ("“", "”") or (not words and tok in ("为", "是") and q.attr("unit") == "%"):
            continue  # 300多个“灯塔式”标杆示范项目; 72.1%为信息传输…
        if NOUN_BREAK.search(tok) or tok in NOUN_STOP or tok in PREDICATE_VERBS or tag(tok) in STOP_TAGS:
            break
        words.append(tok)
        if len(words) >= 8:
            break
    while words and tag(words[-1]) == "v":
        words.pop()
    noun = "".join(words)
    if noun in ("目标", "任务", "水平", "规模", "左右", "以上"):
        return ""
    if not noun and q.attr("unit") in ("省", "市", "县", "国"):
        return q.attr("unit")
    if len(noun) >= 2 or noun in SINGLE_NOUNS:
        return noun[:20]
    return ""


SENTENCE_SPLIT = re.compile(r"[；。]")
COMMA_SPLIT = re.compile(r"[，：]")


def subject_of_previous_clause(pre: str, ctx: MeasureContext) -> str:
    """"基础设施建设指数驱动强劲，达到198.2": the leading noun phrase of the clause before."""
    clauses = COMMA_SPLIT.split(SENTENCE_SPLIT.split(pre)[-1])
    if len(clauses) < 2:
        return ""
    prev = clauses[-2]
    words = []
    for w in jieba.cut(prev):
        if tag(w) not in NOUNISH or w in NOUN_STOP or w in PREDICATE_VERBS:
            break
        words.append(w)
    return clean_indicator("".join(words))


TIME_PREPOSITION = re.compile(r"(?:截至|截止|到|至|在|于|自|从)?")
COMPARISON_TAIL = re.compile(r"(?:较|比|同比|相比|相较)[^较比]*$")
FROM_TAIL = re.compile(r"由[^由]*$")
FROM_OF = re.compile(r"由.*的$")


def phrase_before(clause: str, q: Mention, ctx: MeasureContext) -> str:
    """The noun phrase before a value, without time, region, policy and other
    values; a comparison base ("较2023年") is dropped."""
    sent = ctx.sent
    clause_start = q.start - sent.start - len(clause)
    cut = 0
    holes = []
    for m in [*ctx.dates, *ctx.regions, *ctx.policies, *ctx.quantities]:
        s, e = m.start - sent.start - clause_start, m.end - sent.start - clause_start
        if 0 <= s and e <= len(clause) and m is not q:
            if not clause[cut:s].strip("，、 的") or TIME_PREPOSITION.fullmatch(clause[cut:s]):
                cut = e
            else:
                holes.append((s, e))
    phrase = without_holes(clause, cut, holes)
    phrase = COMPARISON_TAIL.sub("", phrase) or phrase
    phrase = FROM_TAIL.sub("", phrase) if FROM_OF.search(phrase) else phrase
    if "的" in phrase:
        tail = phrase.rsplit("的", 1)[1]
        if len(clean_indicator(tail)) >= 2:
            phrase = tail
    if "、" in phrase:  # "…等58个二级节点上线、标识注册量": the last item of a list
        tail = phrase.rsplit("、", 1)[1]
        if len(clean_indicator(tail)) >= 2:
            phrase = tail
    return phrase


def without_holes(text: str, start: int, holes: list[tuple[int, int]]) -> str:
    """``text`` from ``start`` on, without the characters inside any of the ``holes``."""
    if not holes:
        return text[start:]
    return "".join(ch for i, ch in enumerate(text) if i >= start and not any(a <= i < b for a, b in holes))


LEADING_NUMBER = re.compile(r"^[\d.]+(?![A-Za-z\d])[个家项]?")
NO_WORD = re.compile(r"[\W\d_]+")


@lru_cache(maxsize=4096)
def clean_indicator(text: str) -> str:
    text = text.strip()
    for _ in range(3):
        stripped = TAIL_STRIP.sub("", LEAD_STRIP.sub("", text))
        if stripped == text:
            break  # nothing more to strip
        text = stripped
    text = LEADING_NUMBER.sub("", text)
    text = text.strip("，、；：:“”\"' ")
    if len(text) < 2 or NO_WORD.fullmatch(text):
        return ""
    return text[-24:]


def measure_time(q: Mention, ctx: MeasureContext, kind: str, state: DocState, item: ParallelItem | None) -> str:
    if item and item.time:
        return item.time
    before = [d for d in ctx.dates if d.end <= q.start and not is_base(d, ctx.sent)]
    if kind == "target":
        deadlines = [d for d in ctx.dates if d.attr("role") == "deadline"]
        if deadlines:
            return deadlines[-1].attr("until") or deadlines[-1].key
        if state.deadline:
            return state.deadline
        return ""
    if before:
        d = before[-1]
        return d.attr("until") or d.key
    if ctx.dates:
        d = ctx.dates[0]
        return d.attr("until") or d.key
    return state.doc_date


def provincial_policy(state: DocState) -> bool:
    """The document is a province's own policy (its title starts with the province)."""
    if not (state.title_policy and state.home_province and not state.interprets):
        return False
    entry = _vocab().region(state.home_province)
    names = {state.home_province, entry.short} if entry else {state.home_province}
    return any(state.title_policy.startswith(n) for n in names if n)


WHOLE_PROVINCE = re.compile(r"全省|我省|本省|全区|我区")
WHOLE_CITY = re.compile(r"全市|我市|本市")


def measure_region(q: Mention, ctx: MeasureContext, state: DocState) -> str:
    sent = ctx.sent
    lead = [r for r in ctx.regions if r.start - sent.start <= 8 and r.end <= q.start]
    if lead:
        return lead[0].key
    qs = q.start - sent.start
    clause_start = sent.start + max(sent.text.rfind("，", 0, qs), sent.text.rfind("；", 0, qs), sent.text.rfind("：", 0, qs)) + 1
    near = [r for r in ctx.regions if clause_start <= r.start and r.end <= q.start]
    if near:
        return near[-1].key
    before = sent.text[: q.start - sent.start]
    if state.home_province and WHOLE_PROVINCE.search(before):
        return state.home_province
    if state.home_city and WHOLE_CITY.search(before):
        return state.home_city
    return ""


def measure_subject(q: Mention, ctx: MeasureContext) -> str:
    sent = ctx.sent
    lead = [o for o in ctx.orgs if o.start - sent.start <= 6 and o.end <= q.start and o.attr("category") != "government"]
    return lead[0].key if lead else ""


def target_policy(q: Mention, ctx: MeasureContext, state: DocState) -> str:
    before = [p for p in ctx.policies if p.end <= q.start]
    if before:
        return before[-1].key
    par, key = state.paragraph_policy
    if par == ctx.sent.paragraph and key:
        return key
    return state.title_policy
