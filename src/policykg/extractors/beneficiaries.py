"""Who gets an instrument and on which condition: the beneficiary a clause
names (对X，给予… / 向X发放…), each item's of a 分别 list (国家级、省级专精特新企业
-> 国家级专精特新企业, 省级专精特新企业; a list of grades, thresholds or like
ends), a recipient the grant names (给予企业每人1000元), the items of a grant
listed one by one (给予租房补贴：博士研究生每人每月…), and the condition a
clause states (年营业收入首次突破1亿元的企业 -> 年营业收入首次突破1亿元), the band
it opens on (500万元至2000万元的奖励…) or the year of a schedule (第二年…)."""
from __future__ import annotations

import re

from ..lexicon import pattern, words
from ..nlp import Sentence
from ..records import Mention
from .articles import SPAN_OPENING, each_framed, tiers_of
from .cases import beneficiary_pattern, later_case, other_subject, own_case, paying_place
from .clauses import ITEM_NUMBER, Clause
from .list_items import (BRACKETED, QUOTED_LIST, RATED, each_grade, each_parallel, each_shared_start, each_shared_tail,
                         each_threshold, listed_outside_brackets, other_award, qualifying_lead, shared_noun,
                         thresholds_before)

LEAD_LABEL = re.compile(r"^(?:答[：:]\s*)?(?:第[一二三四五六七八九十百零\d]{1,4}条\s*)?(?:[（(][一二三四五六七八九十\d]{1,3}[）)]\s*)?")
PER_UNIT_TAIL = re.compile(r"(?:每[\u4e00-\u9fff]{1,2}?)+$")
MAX_BENEFICIARY = 50  # characters at most of one beneficiary (通过…途径获得美国、日本…及欧盟成员国发明专利授权的)


def beneficiaries(sent: Sentence, clause: Clause, n: int) -> list[str]:
    """Who gets the measure of a clause: "对X，给予…" / "对X给予…" before the clause
    in its sentence; for n amounts of a 分别 list, X's n items (国家级、省级专精特新企业
    -> 国家级专精特新企业, 省级专精特新企业). "" where none is named."""
    text = sent.text[:clause.end]
    found = [f for f in beneficiary_pattern().finditer(text)
             if (text[f.start("who") - 1] != "向" or sent.is_boundary(f.start("who")))  # (not 向|阳乡…, a place)
             and (f.group("payer") is None or paying_place(f.group("payer")))]  # (not 补贴对象为…, 主动对接…)
    who = PER_UNIT_TAIL.sub("", found[-1].group("who").strip()) if found else ""  # (…山区线路每公里补贴: the lines)
    if who.endswith(tuple(words("instruments", "cost_items"))):  # (…经营的，由县财政对前3年租金给予…: what is paid
        lead = text[text.rfind("；", 0, found[-1].start()) + 1:found[-1].start() + 1]
        who = own_lead(ARTICLE_OPENING.sub("", lead)) or who  # for; whom, before, where said)
    if found and (nearer := named_nearer(text[found[-1].end():clause.start], text[clause.start:])):
        who = nearer  # (对矿泉水企业生产用电执行大工业电价…，年用电量500万千瓦时以上的企业，按…: those firms)
    part = text.rfind("；", 0, clause.start) + 1
    opening = ON_TOP_OF.sub("，", text[part:clause.start])  # (…的，在享受国家补贴的基础上，县财政按…: the case)
    if (not found or found[-1].end() <= part) and (own := own_lead(opening, text[clause.start:])):
        listed = [i for i in re.split(r"、|(?<=[\u4e00-\u9fff])[和及](?=[\u4e00-\u9fff“])", who.rpartition("的")[2]) if i] \
            if found and n > 1 and "、" not in own else []
        if found and n > 1 and (awarded := other_award(who, own, n)):
            return awarded  # (对获得国家级、省级…金奖的…，分别…；获得银奖的，分别…: those grades' silver)
        who = own if len(listed) != n else "、".join(own + i for i in listed)  # (…；开设B、C的; …；首次购房的博士)
    elif found and found[-1].end() <= part < clause.start \
            and (opening.rstrip("，").endswith("的") and (n > 1 and ("、" in who or "、" in opening)
                                                         or ITEM_NUMBER.sub("", opening)[:3] == who[:3])
                 or own_case(opening) or other_subject(opening, who)):
        who = ""  # (对A、B的，…；合同额首次突破5000万元、1亿元的，分别奖励…; 对新评定为5A级…的，…；新评定为4A级…的，…:
        # the later part's own item, not the first's; …；入规后次年营业收入增长20%以上的，再给予…: the same one's;
        # 对新购置粮食烘干设备的，…；新建库容500吨以上冷藏保鲜设施的，每吨…: a case of its own, opening on its verb;
        # 对…的连锁门店，…；品牌企业年度新增门店10家以上的，再给予…: another recipient's)
    if found and (later := later_case(text[max(found[-1].end(), part):clause.start])):
        who = later  # (对新建…网点，每个给予5万元…，建设集中贮存中心的，按…20%给予补助，单个最高…: the 贮存中心's)
    if (subject := clause_subject(sent, clause)) and not (found and found[-1].end() > clause.start) \
            and (n == 1 or not subject.endswith("的")):  # (录取到本科院校的…1万元、专科院校的…: each its own)
        lead, _, kind = found[-1].group("who").strip().rpartition("的") if found else ("", "", "")
        shared = lead and "的" not in subject and subject[-2:] == kind[-2:] and "；" not in text[found[-1].end():]
        who = f"{lead}的{subject}" if shared else subject + kind if subject.endswith("的") else subject
        # (…；B类人才给予最高200万元: B类人才; 对新认定的国家级基地给予…，省级基地给予…: 新认定的 is the later one's too;
        # 对首次认定的高新技术企业奖励…，重新认定的奖励…: 重新认定的高新技术企业)
    if not who and n > 1 and (graded := each_grade(lead_of_part(text[part:clause.start]), n)):
        return graded  # (首次被评为国家5A、4A、3A级的物流企业，分别给予…: one grade each)
    who = LEAD_LABEL.sub("", who)  # (答：（一）新获得…的, 第十二条乡镇养护站…的: the label is no part of whom)
    if len(who) > MAX_BENEFICIARY * (1 if n == 1 else 1.5):  # (a list of n items may be longer)
        who = ""
    if n == 1:
        return [who]
    if (quoted := QUOTED_LIST.fullmatch(who)) and len(items := re.findall(r"“[^“”]+”", quoted["items"])) == n:
        return [quoted["lead"] + item + quoted["tail"] for item in items]  # (新获评“某技师”“某工匠”的: one each)
    if (rated := RATED.fullmatch(who)) and len(grades := rated.group("grades").split("、")) == n:
        return [f"{rated.group('lead')}{g}的{rated.group('head')}" for g in grades]  # (评价为优秀、良好的县（市、区）:
        # 评价为良好的县（市、区）, one grade each)
    each = each_item(who, n)
    lead, _, head = who.rpartition("的")
    if each == [who] * n and "、" in lead and len(head.split("、")) == n and (heads := each_item(head, n)) != [head] * n:
        return [f"{lead}的{h}" for h in heads]  # (…新引进全职工作、签订…合同的本科、硕士、博士毕业生: one degree each)
    return each


def each_item(who: str, n: int) -> list[str]:
    """Each of the n items a beneficiary lists, named whole (国家级、省级专精特新企业 -> 国家级专精特新企业, …), or the
    beneficiary n times when its list is not of n items."""
    qualifier, of, tail = who.rpartition("的")
    if of and "、" in qualifier and len(qualifier.split("、")) != n and "、" in tail \
            and (inner := each_item(tail, n)) != [tail] * n:  # (not 新认定为国家级、省级的A、B: one grade each)
        return [f"{qualifier}的{i}" for i in inner]  # (来某地就业、签订…的博士、硕士和本科毕业生: the list after 的)
    lead, _, kinds = who.rpartition("等")
    split = [i.removesuffix("的") for i in kinds.split("、") if i]
    if "、" in lead and "《" not in who and len(split) == n and len({i[-2:] for i in split}) == 1 \
            and all(len(i) >= 4 for i in split):
        end = "的" if kinds.endswith("的") else ""  # (制定分级、包装等团体标准、地方标准的，分别…: one kind each, the
        return [f"{lead}等{item}{end}" for item in split]  # examples before 等 the kinds' own, of one head: 标准)
    items = [i for i in who.split("、") if i] if listed_outside_brackets(who) else [who]
    if len(items) == n - 1 and (last := re.split(r"(?<=[\u4e00-\u9fff])[和及与](?=[\u4e00-\u9fff“])", items[-1])) \
            and len(last) == 2 and min(map(len, last)) >= 2 and "每" not in last[-1]:  # (not 参|与|制定的: a word's 与;
        # not 中西部和东北地区每个项目县: one group, each of its counties)
        items = items[:-1] + last  # (全职博士、硕士研究生和高级工程师，分别给予…: three)
    if len(items) == n and (stepped := each_threshold(items)):
        return stepped
    if graded := each_grade(who, n):
        return graded
    if len(items) == n and (stepped := each_parallel(items) or each_shared_start(items) or each_shared_tail(items)):
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


SUBJECT = re.compile(r"\s*(?P<who>[\u4e00-\u9fffA-Za-z（）()]{2,16}?)(?:(?:经评审|经认定|经审核)?给予"
                     r"|(?:一次性)?(?:奖励|补助|补贴|资助)(?=\d)"
                     r"|每(?:人|名)(?:每[月年])?(?:发放|补贴|补助|奖励)[\u4e00-\u9fff]{0,4}?(?=\d))")  # (…，博士研究生一次性
# 补贴10万元，硕士…; 硕士研究生每人每月发放1500元: theirs)
CASE_SUBJECT = re.compile(r"\s*(?P<who>[\u4e00-\u9fff“”]{2,24}?的)"
                          r"(?=给予|(?:一次性)?(?:奖励|补助|补贴|资助)(?:\d|最高|不超过|每))")  # (…，重新认定的奖励…: a case)
NOT_SUBJECT = re.compile(r"^(?:经|由|按|对|向|并|再|可|均|另|还|其中|同时|分别|分阶段|一次性|最高|累计|单个|单家)|每|[户人亩]均"
                         r"|^(?:中央|省|自治区|市|州|盟|县|区|旗)级?$")  # (户均补助…; 市级一次性奖励…: a payer, not who)


COORDINATED = re.compile(r"以及|及|和|或|或者|且|并且|并|分别|同时")  # (…，以及…的合作社: one of the 对X clause's, not another)


def named_nearer(between: str, clause: str) -> str:
    """The recipient a noun phrase names in a clause between the 对X clause and the amount's (…，年用电量500万千瓦时以上的
    企业，按每千瓦时…，单户年度最高…): a kind of recipient with what qualifies it; "" otherwise."""
    if "；" in between:
        return ""
    heads = (*words("instruments", "recipient_heads"), *words("instruments", "people_heads"))
    return next((n for n in reversed(between.split("，")) if "的" in n and n.endswith(heads) and own_lead(n, clause)
                 and not COORDINATED.match(n)), "")


def clause_subject(sent: Sentence, clause: Clause) -> str:
    """The noun a clause opens on right before its verb of granting (…；B类人才给予最高200万元; 硕士研究生给予3万元): the
    clause's own beneficiary; "" when the clause opens otherwise (给予…, 经评审给予…, 市财政给予…, 一次性给予…) or on what
    is paid for each (三星级认证每个产品给予…: which things, not who)."""
    text = unnumbered(sent, clause)
    found = SUBJECT.match(text) or CASE_SUBJECT.match(text)
    who = found.group("who") if found else ""
    if not who or NOT_SUBJECT.search(who) or any(w in who for w in words("instruments", "payer_words")) \
            or pattern("instruments:action_verbs").search(who):
        return ""
    at = sent.text.find(who, clause.start)
    last = sent.token_at(at + len(who) - 1)
    noun = last >= 0 and sent.tags[last].startswith(("n", "j")) and sent.ends[last] - sent.start == at + len(who)
    return who if noun or who.endswith("的") else ""


def lead_of_part(part: str) -> str:
    """The words a part of a sentence opens on before the amount's clause, when they are one clause (no comma)."""
    lead = re.sub(r"^(?:对于|对)", "", ITEM_NUMBER.sub("", part.rstrip("，")).strip())  # (6.对在…获得…的: whom)
    return lead if "，" not in lead and len(lead) <= MAX_BENEFICIARY * 1.5 else ""


PAYER_OPENING = re.compile(r"^(?:[省市县区乡镇]里|[省市县区]级?财政|[省市县区]级)对(?=[\u4e00-\u9fff])")
ON_TOP_OF = re.compile(r"，在[^，；。]{2,30}?基础上，")  # a grant framed as added to another: no part of whom it names
ARTICLE_OPENING = re.compile(r"^\s*第[一二三四五六七八九十百零\d]{1,4}条\s*")  # (第十二条 社会资本…的: the article's number)


def own_lead(part: str, clause: str = "") -> str:
    """The clause opening a part of a sentence that says who, without a number (从外地引进良种母牛的，每头补贴…),
    when it is the whole part before the amount's clause; "" otherwise (a threshold of the same beneficiary,
    单场观众超过1万人的, is its condition). A noun phrase names who too, threshold and all, when it ends on a kind of
    recipient (年网络零售额1000万元以上的电商企业，…) or the amount's clause grants with no subject of its own
    (首飞成功的新型号运载火箭，再给予一次性奖励…)."""
    lead = re.sub(r"^其中[，,]?", "", ITEM_NUMBER.sub("", part.rstrip("，")).strip())  # (…；其中，退役军人…的: a subset)
    lead = SPAN_OPENING.sub("", lead)  # (2024年9月1日至12月31日，个人购买…的: the period is the condition)
    lead = PAYER_OPENING.sub("", lead)  # (县里对新购置粮食烘干机的: whom the county pays)
    noun = "的" in lead and not lead.endswith("的") and (
        lead.endswith((*words("instruments", "recipient_heads"), *words("instruments", "people_heads")))
        or GRANT_OPENING.match(clause) is not None)
    own = (lead.endswith("的") and not re.search(r"\d", lead) or noun) and "，" not in lead \
        and not re.match(r"对|向", lead) and len(lead) <= MAX_BENEFICIARY  # (not 对X: the pattern's; 对外营业的 is own)
    return lead if own else ""


GRANT_OPENING = re.compile(r"\s*(?:(?:再|另|并|还)(?:给予|予以|奖励|补贴|补助|资助)|给予|予以|一次性(?:给予|奖励|补助|补贴|资助)"
                           r"|(?:奖励|补助|补贴|资助)(?=\d)|按(?:照)?每)")  # (…的作坊，一次性奖励5000元: the 作坊)




WHEN = re.compile(r"当[^，；。]{2,60}时")  # a clause of the case an amount holds in


def stated_conditions(sent: Sentence, clauses: list[Clause], clause: Clause, n: int) -> list[str]:
    """For each of the clause's n amounts, the condition the clause before states on its own (…，给予10万元奖励；
    升规次年营业收入增长20%以上的，再给予5万元奖励 -> 升规次年营业收入增长20%以上; a list of n thresholds, one each:
    投资额达到1亿元、3亿元以上的，分别给予… -> 投资额达到1亿元以上, 投资额达到3亿元以上), or the grades the clause
    lists (按照初级、中级、高级分别给予…); "" where that clause names the beneficiary (对X的，) or no threshold."""
    grades = tiers_of(sent, clause) if n > 1 else []
    before = [c for c in clauses if c.end <= clause.start]
    text = unnumbered(sent, before[-1]).strip() if before else ""
    if len(grades) == n:  # (按照初级、中级、高级分别给予每人1000元、1500元和2000元: one grade for each amount; 对X，
        shared = each_grade("、".join(grades), n) if not BRACKETED.search(grades[-1]) else []
        grades = shared or grades  # (二星级、一星级认证: 二星级认证, 一星级认证; not 中职、高职（专科）)
        part = sent.text.rfind("；", 0, clause.start) + 1  # 开展某类试验的，按照完成Ⅰ期、Ⅱ期…: that case's grades,
        after_whom = len([c for c in before if c.start >= part]) >= 2  # not the part's own lead, the beneficiary)
        stated = text.removesuffix("的") if after_whom and text.endswith("的") and not re.match(r"对|向", text) else ""
        return [f"{stated}，{g}" if stated else g for g in grades]
    if WHEN.fullmatch(text):
        return [text] * n  # (…；当某价格连续3个月低于…时，当年补贴标准可提高至每亩150元: only then)
    if not text.endswith("的") or re.match(r"(?:第[一二三四五六七八九十百零\d]{1,4}条)?\s*(?:对于|对|向)", text):
        return [""] * n
    condition = text.removesuffix("的")
    if n > 1 and condition.startswith(("且", "并且", "同时")) and len(each := thresholds_before(sent, before[-1], n)) == n:
        return [f"{e}，{condition}" for e in each]  # (…达到5000万元、1亿元以上，且在签约后12个月内开工的，分别…)
    unit = re.match(r"[\d.]+([\u4e00-\u9fff]+?)(?:及|以|至|（|\(|$)", condition)
    if unit and (lead := band_measure(sent, before[:-1], unit.group(1))):
        condition = lead + condition  # (墓位500个以上、1000个以下的，补助30万元；1000个及以上的，… -> 墓位1000个及以上)
    kind = kind_before(sent, before)
    parts = condition.split("、")
    parts = ["、".join(parts[:len(parts) - n + 1]), *parts[len(parts) - n + 1:]] if len(parts) > n > 1 else parts
    each = (each_threshold(parts) or each_grade(condition, n) or each_framed(condition, n)) \
        if n > 1 and listed_outside_brackets(condition) else []
    # (旅行社、在线旅游平台组织…连续居住15天以上、30天以上、60天以上的: the last n items are the thresholds)
    if kind and not each and re.search(r"\d", text):
        return [f"{kind}，{condition}"] * n  # (新建社区居家养老服务站，建筑面积200平方米以上的，给予…: of that kind)
    if len(each) == n:
        return each  # (…首次突破10亿元、50亿元的; 二孩、三孩家庭首次购买新建商品住房的，分别给予…: one each)
    qualified = pattern("instruments:qualifying_verbs", r"(?:新|首次|当年)?(?:{})").match(text)  # (…的船员，新取得一等
    # 船长适任证书的，给予…: which of them)
    return [condition] * n if re.search(r"\d", text) or qualified and n == 1 else [""] * n


def band_measure(sent: Sentence, before: list[Clause], unit: str = "") -> str:
    """The measure an earlier band of the sentence names before its figures, in the same ``unit`` (墓位500个以上、1000个
    以下的 -> 墓位), ""."""
    for c in before:
        band = re.match(r"([\u4e00-\u9fff]{2,8}?)\d[^，；。]*的$", unnumbered(sent, c).strip())
        if band and not re.match(r"对|向|按", band.group(1)) and (not unit or unit in band.group()):
            return band.group(1)  # (of the same unit: 墓位500个以上… for 1000个及以上; not 展期不少于3天… for 2万平方米)
    return ""


def unnumbered(sent: Sentence, clause: Clause) -> str:
    """The clause's words without the item number it may open on (（一）, 1., 一是)."""
    return ITEM_NUMBER.sub("", sent.text[clause.start:clause.end])


BAND = re.compile(r"\s*(?:其中)?(?P<band>[^，；。的]{0,12}?\d[^，；。的]{0,20}?)的(?=最高|每|按|给予|奖励|补贴|补助|资助|一次性)")
# (…，其中座位数100个至299个的最高补助50万元: that band's cap)


def band_of(sent: Sentence, clause: Clause, clauses: list[Clause]) -> str:
    """The band a clause opens on before its grant (年营业额在500万元以下的奖励2万元 -> 年营业额在500万元以下;
    …，500万元至2000万元的奖励5万元 -> 年营业额500万元至2000万元, the measure the sentence's first band names), ""."""
    found = BAND.match(unnumbered(sent, clause))
    band = found.group("band").strip() if found else ""
    if re.match(r"对|按", band) or pattern("instruments:amount_verbs").search(band):
        return ""  # (对获奖项目分别给予最高50万元的…, 按每人每月500元标准给予…的: a grant, no band)
    if band[:1].isdigit():
        firsts = [BAND.match(unnumbered(sent, c)) for c in clauses if c.end <= clause.start]
        lead = next((re.split(r"\d", f.group("band"), maxsplit=1)[0].strip() for f in firsts if f), "")
        band = lead.removesuffix("在") + band if lead and not lead[:1].isdigit() else band
    return band


def kind_before(sent: Sentence, before: list[Clause]) -> str:
    """The kind of thing a part of a sentence opens on, in a clause of its own before its threshold (…；新建社区居家
    养老服务站，建筑面积200平方米以上的，…), "" when none is."""
    if len(before) < 2 or "；" in sent.text[before[-2].end:before[-1].start] \
            or "：" in sent.text[before[-2].start:before[-2].end]:
        return ""
    if len(before) > 2 and "；" not in sent.text[before[-3].end:before[-2].start]:
        return ""  # (the part opens earlier: not on its kind alone)
    kind = ARTICLE_OPENING.sub("", unnumbered(sent, before[-2])).strip("，； ")
    plain = not re.search(r"\d|的$|^(?:对于|对|向)|[。：:]", kind) and 4 <= len(kind) <= 20
    return kind if plain and not pattern("instruments:action_verbs").search(kind) else ""


def condition_of(beneficiary: str) -> str:
    """The threshold in a beneficiary (年营业收入首次突破1亿元的企业 -> 年营业收入首次突破1亿元)."""
    m = re.search(r"([^，；的]*\d[^，；的]*)的", beneficiary)
    return m.group(1) if m else ""


PERIOD_WORD = r"(?:(?:第[一二三四五六七八九十\d]{1,2}|[前后][一二两三四五六七八九十\d]{1,2}|首|次)个?(?:年度|年|月|季度)" \
    r"|20\d{2}年度?(?=起?(?:每|按|给予|补贴|补助|奖励)|$))"  # (…；2025年每辆补贴2000元: that year's)
PERIOD = re.compile(rf"\s*{PERIOD_WORD}(?=[^，；。]*\d)")  # (opening a clause that states its amount)


def period_of(sent: Sentence, clause: Clause) -> str:
    """The period of a schedule the clause opens on, before its amount (…，第一年按照经济贡献的80%给予奖励，第二年按照
    60%… -> 第一年; 前两年按100%…，后三年按50%… -> 后三年), "" when it opens on none."""
    found = PERIOD.match(unnumbered(sent, clause))
    return found.group().strip() if found else ""


def each_period(sent: Sentence, clause: Clause, figures: list[Mention]) -> list[str]:
    """The period each of a clause's figures follows, when each follows its own (第一年按照100%、第二年按照50%、
    第三年按照30%给予补助 -> 第一年, 第二年, 第三年); [] otherwise."""
    out, start = [], clause.start
    for m in sorted(figures, key=lambda f: f.start):
        said = list(re.finditer(PERIOD_WORD, sent.text[start:m.start - sent.start]))
        out.append(said[-1].group() if said else "")
        start = m.end - sent.start
    return out if len(out) > 1 and all(out) and len(set(out)) == len(out) else []


TOP_RANKS = re.compile(r"前(?P<n>[一二两三四五六七八九十]|\d{1,2})(?:名|位|(?=的))")  # (排名前三的设区市)
NUMERALS = "一二三四五六七八九十"


def ranks_of(who: str, n: int) -> list[str]:
    """The rank of each of n amounts a beneficiary ranked first to n-th gets (排名前三位的合作银行，分别给予10万元、
    8万元、5万元 -> 第一名, 第二名, 第三名); [] when it names no such ranks."""
    found = TOP_RANKS.search(who)
    said = found.group("n").replace("两", "二") if found else ""
    count = int(said) if said.isdigit() else NUMERALS.find(said) + 1
    return [f"第{NUMERALS[k]}名" for k in range(n)] if found and count == n <= len(NUMERALS) else []


def is_period(item: str) -> bool:
    return re.fullmatch(PERIOD_WORD, item) is not None


def with_period(condition: str, period: str) -> str:
    return f"{condition}，{period}" if condition and period not in condition else condition or period


def recipient_named(sent: Sentence, clause: Clause, first: Mention) -> str:
    """The recipient the verb of granting names right before the clause's first amount (分别给予企业每人1000元、…
    -> 企业; 给予用人单位每人3000元 -> 用人单位), in the lead-in of a list the clause is an item of, or in the grant a
    per-head cap closes, "" if none: the 对…的 clause before it then says on which condition."""
    found = pattern("instruments:recipient_heads", r"(?:给予|予以|奖励|补贴)(?P<who>[\u4e00-\u9fff]{0,6}(?:{}))"
                    r"(?:每[人户家个名位]|一次性|最高|(?:奖励|补贴|补助|资助)$|$)").search(
        sent.text[clause.start:first.start - sent.start])
    after = pattern("instruments:recipient_heads", r"\s*(?:的?标准)?给予(?P<who>[\u4e00-\u9fff]{0,6}?(?:{}))"
                    r"(?=[\u4e00-\u9fff]{0,6}(?:补贴|奖励|补助|资助))").match(sent.text, first.end - sent.start, clause.end)
    lead = pattern("instruments:recipient_heads", r"(?:给予|予以)(?P<who>[\u4e00-\u9fff]{0,6}(?:{}))(?:一次性)?"
                   r"(?:奖励|补贴|补助|资助|奖补)[：:]").search(sent.text, 0, clause.start)  # (…给予勘查单位一次性奖励：
    # 大型奖励500万元，中型…: the payee the list's lead-in names)
    per_head = PER_HEAD_CAP.match(sent.text, clause.start) and pattern(
        "instruments:recipient_heads", r"(?:给予|予以)(?P<who>[\u4e00-\u9fff]{0,6}(?:{}))(?:一次性)?(?:奖励|补贴|补助|资助)，$"
    ).search(sent.text, 0, clause.start)  # (…按其工资的20%给予企业补贴，每人每年最高50万元: the firm's, per head)
    return next((f.group("who") for f in (found, after, lead, per_head) if f), "")  # (按每名徒弟1万元给予企业补贴)


PER_HEAD_CAP = re.compile(r"\s*每(?:人|名)(?:每年|每月)?(?:最高|不超过)")


def with_recipient(pairs: list[tuple[Mention, str]], conditions: list[str],
                   recipient: str) -> tuple[list[tuple[Mention, str]], list[str]]:
    """Each amount the named recipient's, with the 对…的 clause as its condition (before any the amount's own clause
    states), unless that clause names the recipient itself (对招用…的企业，给予企业每人2000元)."""
    own = [b.endswith(recipient) for _, b in pairs]
    return ([(a, b if o else recipient) for (a, b), o in zip(pairs, own)],
            [c if o else with_period(b.removesuffix("的"), c) for (_, b), c, o in zip(pairs, conditions, own)])


LIST_OPENED = re.compile(r"(?:给予|发放|补贴|补助|奖励)[^。]*?(?:[：:]|\d[\d.]*[十百千万亿]*元)")  # a grant listed item by item
ITEM_LEAD = 14  # characters at most before an item's amount (硕士研究生每人每月)


def listed_item(sent: Sentence, clauses: list[Clause], number: int, m: Mention) -> str:
    """What an amount with no verb of granting is for, when it is an item of a grant listed item by item after a colon
    or after a granted amount (给予租房补贴：博士研究生每人每月2000元，硕士研究生每人每月1500元 -> 硕士研究生;
    …每人每月发放高龄津贴100元；90—99周岁的，每人每月200元 -> 90—99周岁); "" when it is no such item."""
    clause = clauses[number]
    at = m.start - sent.start
    lead, after = sent.text[clause.start:at], sent.text[m.end - sent.start:clause.end]
    if not LIST_OPENED.search(sent.text, 0, clause.start) or len(lead) > ITEM_LEAD or len(after.strip("。；，")) > 6 \
            or threshold_amount(sent, m):
        return ""  # (…予以补贴：投入200万元以下的，…: a threshold, no item)
    item = re.sub(r"每[^，；：]*$", "", ITEM_NUMBER.sub("", lead).lstrip("：:")).strip()
    verbs = ("instruments:action_verbs", "measures:level_verbs", "measures:change_up", "measures:change_down",
             "measures:lead_noise")
    if re.search(r"\d", item) or any(pattern(v).search(item) for v in verbs):
        return ""  # (…最低收购价每斤1.18元，比上年提高0.01元; 预计带动家电销售60亿元: a figure, no item)
    if not item and number > 0:
        before = unnumbered(sent, clauses[number - 1]).strip("，；： ")
        item = before.removesuffix("的") if before.endswith("的") and len(before) <= MAX_BENEFICIARY else ""
    return item


BOUND_AFTER = re.compile(r"\s*(?:[（(]含[）)])?(?P<bound>及以上|以上|及以下|以下|以内)?(?P<more>、[^，；。、的]{2,16})?的")


def threshold_amount(sent: Sentence, m: Mention) -> bool:
    """An amount before a bound and 的 (投入200万元（含）以上的，…; 200万元以下的; 单户授信1000万元（含）以下、期限不超过
    3年的贷款: the loans covered): a threshold, not what is granted."""
    bound = BOUND_AFTER.match(sent.text, m.end - sent.start)
    return bound is not None and (bound.group("bound") is not None or re.search(r"(?:以上|以下|以内)$", m.text) is not None
                                  and bound.group("more") is None)


PAYER_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:[省市县区]级?)?财政$")
CLAUSE_ITEM = re.compile(r"\s*(?P<item>(?:(?!每|按)[\u4e00-\u9fffA-Za-z（）()、]){2,10}?)(?:[（(][^（）()，；。]{2,24}[）)])?"
                         r"(?:按照|按|每(?!年|月|季|增加|新增)"
                         r"|(?=(?:(?:补贴|补助|奖励|资助|奖补)?(?:最高不超过|最高|不超过)\d|(?:最高|不超过)?(?:补贴|补助|奖励|资助|奖补)(?:最高|不超过|\d"
                         r"|(?:比例|标准)(?:为|按|最高|不超过))))"
                         r"|(?=[亩户吨]均))")  # (国际A类赛事补贴最高不超过500万元; 大型奖励500万元; 东部地区补助比例为50%;
# 新建高标准农田亩均投入…; a bracketed note after the kind, 某某户厕（接入污水管网）每户…)
PER_RECIPIENT = re.compile(r"(?:单(?!位)|同一|每)")  # (单个企业每年…: a cap per recipient, no kind)
PAYING_LEVELS = re.compile(r"(?:[省市县区][、和]?)+(?:两级|三级|级)?")  # (市级按每空方…, 市、县两级…: who pays, no kind)


RATE_ITEM = re.compile(r"\s*(?P<item>[^，；：。每按]{2,20}?)(?=(?:补贴|补助|奖励|资助|奖补)(?:比例|标准)(?:为|按|最高|不超过))")
# (三江源地区和海拔3500米以上地区补助比例为80%: a band its own rate is for)
TIER_ITEM = re.compile(r"\s*(?P<item>(?:其中)?[^，；。按每]{2,30}?的[\u4e00-\u9fff（）]{2,12}?)"
                       r"(?=(?:补贴|补助|奖励|资助|奖补)?(?:最高不超过|最高|不超过)\d)")  # (其中存栏500头至4999头的养殖场最高…)


def clause_item(sent: Sentence, clause: Clause) -> str:
    """The kind of thing a clause opens on before the basis of its amount (交流慢充桩按照每千瓦80元; 双瓮漏斗式户厕（…）
    每户补助800元), or ""."""
    found = CLAUSE_ITEM.match(sent.text, clause.start, clause.end) \
        or RATE_ITEM.match(sent.text, clause.start, clause.end) or TIER_ITEM.match(sent.text, clause.start, clause.end)
    item = ITEM_NUMBER.sub("", found.group("item")) if found else ""
    item = PAYER_AFTER.sub("", item).removeprefix("其中")  # (个人贷款财政按…: 个人贷款, which the treasury pays for)
    return "" if len(item) < 2 or re.match(r"(?:对于|对|向|由|[亩户吨人]均|最高|最多|不超过|累计|合计|总计|共计)", item) \
        or pattern("instruments:action_verbs").search(item) \
        or PER_RECIPIENT.match(item) or is_period(item) or PAYING_LEVELS.fullmatch(item) \
        or any(w in item for w in words("instruments", "payer_words")) else item


CAP_OPENING = re.compile(r"\s*(?:最高|最多|不超过|上限|封顶)")


def item_of_clause(sent: Sentence, clause: Clause, clauses: list[Clause]) -> str:
    """The kind of thing an amount's own clause opens on, before the basis of its amount, when other clauses of the
    sentence open on their kinds alike (…，直流快充桩按照每千瓦200元给予…，交流慢充桩按照每千瓦80元… -> 交流慢充桩;
    基础类改造按…，提升类改造按…; 日光温室每亩补助3万元，春秋大棚每亩… -> 春秋大棚); "" otherwise (对X…, a payer, a
    time: 省级财政按…, 培训期间按…). The kinds are of what a numbered item's lead names, when it opens the sentence
    alone (1．新购某类货车，重型货车每辆…，中型货车每辆… -> 新购某类货车，重型货车): its rows differ from another item's."""
    item = clause_item(sent, clause)
    if not item or sum(1 for c in clauses if clause_item(sent, c)) < 2:
        return ""
    lead = item_lead_words(sent, clauses[0]) if clause is not clauses[0] else ""
    return f"{lead}，{item}" if lead and len(lead) + len(item) < MAX_BENEFICIARY else item


def item_lead_words(sent: Sentence, clause: Clause) -> str:
    """A numbered item's lead when it is a clause of words alone, without an amount, a 对X or a grant (1．新购新能源
    营运货车（纯电动…），…): what the item is about, its bracketed note left out; "" otherwise."""
    text = sent.text[clause.start:clause.end]
    found = ITEM_OPENING.match(text)
    lead = BRACKET_NOTE.sub("", text[found.end():]).strip() if found else ""
    return "" if not 2 <= len(lead) <= 24 or re.search(r"\d|的$|^(?:对|向)|给予|补贴|补助|奖励", lead) else lead


BRACKET_NOTE = re.compile(r"[（(][^（）()]*[）)]")


def capped_item(sent: Sentence, clauses: list[Clause], number: int) -> str:
    """The kind of thing the clause before names, when the amount's clause is only its cap or its rate per unit
    (市级文物保护单位补助70%，最高不超过300万元；县级…: 市级文物保护单位's cap; …：1．乌江航道及支流航线，每标箱补贴100元；
    2．…: that route's), "" otherwise."""
    clause = clauses[number]
    own = unnumbered(sent, clause)
    if number == 0 or "；" in sent.text[clauses[number - 1].end:clause.start]:
        return ""
    before = clauses[number - 1]
    named = unnumbered(sent, before).strip()
    if sent.text[before.end:clause.start] == "：" and AMOUNT_OPENING.match(own) and 2 <= len(named) <= 16 \
            and not re.search(r"^(?:对|向)|[\d，、。]|给予", named) and sent.text[before.start:before.end].strip():
        return named  # (圆捆打捆机：每台最高累加补贴1.5万元；方捆打捆机：…: the kind before the colon)
    if not (CAP_OPENING.match(own) or PER_UNIT_OPENING.match(own)):
        return ""
    return item_of_clause(sent, before, clauses) or listed_noun(sent, before)


AMOUNT_OPENING = re.compile(r"\s*(?:每|按|最高|补助|补贴|奖励)")


PER_UNIT_OPENING = re.compile(r"\s*(?:按)?每(?!人|名|位|户|家|个)[\u4e00-\u9fff]{1,3}?(?:补贴|补助|奖励|资助)")
ITEM_OPENING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}、)")


def listed_noun(sent: Sentence, clause: Clause) -> str:
    """A numbered item's words, when they are a name alone (1．沿江下行至上海港的江海联运航线): no verb, no 对X, not a
    condition ending in 的; "" otherwise."""
    text = sent.text[clause.start:clause.end]
    found = ITEM_OPENING.match(text)
    item = text[found.end():].strip() if found else ""
    if not 2 <= len(item) <= MAX_BENEFICIARY or item.endswith("的") or re.match(r"对|向", item) \
            or pattern("instruments:action_verbs").search(item):
        return ""
    return item
