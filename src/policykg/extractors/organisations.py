"""ORG mentions: bodies of the vocabulary (central bodies, international
organisations, by name, short name or alias), bodies of a foreign country
(its name and a head such as 国会, 国防部, 民主党), and names found by their
head (人民政府, 厅, 局, 有限公司, 大学, 协会 …) with a proper part before it.

Precision rules: a name starts after punctuation, a stop word, a verb or a
number (会见X, 代表X, 3月X are not part of X) and its head ends a word (日报
in 6日报道 does not); a word that merely ends like a head (布局, 部署) is no
head; a part before the head made only of descriptive words (国家实验室,
汽车金融公司) names no body; a body named after a foreign country
(俄罗斯国防部) is that country's, never China's; a name inside a policy
title is the title's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import alternation, counties, memo, pattern, rules, vocabulary, words
from ..local_names import placed_body
from ..countries import countries, country_names
from ..names import Body, body, names_a_kind, place_prefix, vertical_branches, with_full_place
from ..nlp import Sentence
from ..records import Mention
from .branches import branch_after, with_branches
from .context import Context
from .name_starts import COUNTED, PUNCT, name_starts, stop_word_pattern
from .registry import extractor

LOCAL = re.compile(r"^(?:自治区|省|市|州|地区|盟|区|县|旗)[\u4e00-\u9fff]{2,}")


@memo(maxsize=1)
def vocabulary_names() -> re.Pattern[str]:
    return pattern(tuple(n for n, _ in vocabulary().organization_names() if len(n) >= 2))


@memo(maxsize=1)
def head_pattern() -> re.Pattern[str]:
    heads = [*words("organisations", "government_heads"), *words("organisations", "company_heads"),
             *words("organisations", "institute_heads"), *words("organisations", "association_heads"),
             *words("organisations", "media_heads")]
    return pattern(tuple(heads))


def foreign_head_inside(mid: str) -> bool:
    """The words between a country's first character and a head hold a head of their own
    (美国会休会美政府: 国会 and 政府, two bodies)."""
    return any(h in mid for h in words("organisations", "foreign_heads") if len(h) >= 2)


LEVEL_CHARS = "省市县区州旗乡镇"  # a Chinese level opening a body's name


@memo(maxsize=1)
def foreign_pattern() -> re.Pattern[str]:
    """A country's name, up to four more characters but no preposition, and a head of a foreign body."""
    names = alternation(country_forms())  # (longest first: as their flat list would match, faster)
    heads = "|".join(map(re.escape, sorted(words("organisations", "foreign_heads") + words("organisations", "foreign_party_heads"),
                                           key=len, reverse=True)))
    stops = "".join(words("organisations", "name_prepositions"))
    return re.compile(rf"(?P<country>{names})(?P<mid>(?:(?![与和及兼副、的{stops}])[\u4e00-\u9fff]){{0,4}}?)(?P<head>{heads})")


def org_mention(ctx: Context, start: int, end: int, name: str, found: Body, via: str) -> Mention:
    attrs = {"category": found.category, "via": via, "foreign": found.foreign}
    key = with_country(found.name, found.foreign, found.category) if found.foreign else found.name
    return Mention(ctx.document.id, start, end, name, "ORG", key, tuple(sorted((k, v) for k, v in attrs.items() if v)))


def with_country(name: str, country: str, category: str) -> str:
    """A foreign body's name under its country's full name, so that all its forms are one body
    (美国防部 -> 美国国防部; 基尔世界经济研究所 of 德国 -> 德国基尔世界经济研究所). A firm's
    or a party's own name keeps the short form it opens with (沙特阿美公司)."""
    forms = sorted((f for f in countries() if countries()[f] == country and name.startswith(f)), key=len)
    if forms and category != "government":
        return name
    head = next((f for f in forms if name[len(f):] in words("organisations", "foreign_heads")), None)
    if head is not None:
        return country + name[len(head):]  # (美国防部: 美 and 国防部, not 美国 and 防部)
    return country + name[len(forms[-1]):] if forms else country + name


def crosses_a_word(text: str, s: int, e: int) -> bool:
    """A word of the plain segmentation (without the vocabulary's names) runs across the start of ``text[s:e]``: a
    short name found inside other words (县中办学 cut 县中|办学 holds no 中办)."""
    import rjieba  # (the segmenter's backend, here without the user words that make every short name a word)

    at = 0
    for word in rjieba.cut(text):
        if at < s < at + len(word) and not (s - at == 1 and word[0] in words("organisations", "cut_joiners")):
            return True  # (not 同非|盟, 与非|盟: a one-character word joined to the name by the cut)
        at += len(word)
        if at > s:
            return False
    return False


@extractor("organisations", needs=("POLICY", "REPORT"), produces=("ORG",))
def organisations(sent: Sentence, ctx: Context) -> Iterator[Mention]:
    text, base = sent.text, sent.start
    titles = [(m.start - base, m.end - base) for m in ctx.mentions_in(sent, "POLICY", "REPORT") if not m.attr("own")]
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken) and not any(a <= s and e <= b for a, b in titles) \
            and not in_a_title(text, s, e)

    found: list[Mention] = []
    for m in foreign_pattern().finditer(text):
        s, e = m.span()
        if free(s, e) and sent.is_boundary(s) and (sent.is_boundary(e) or PUNCT.match(text, e)) and text[s - 1:s] != "驻" \
                and not stop_word_pattern().search(m.group("mid")) \
                and m.group("mid") not in words("organisations", "generic_words") \
                and not foreign_head_inside(text[s + 1:m.start("head")]):
            country = countries()[m.group("country")]
            category = "association" if m.group("head") in words("organisations", "foreign_party_heads") else "government"
            mid = pattern("organisations:class_words", "^.*(?:{})").sub("", m.group("mid"))  # 英国执政党工党 -> 英国工党
            mid = TERM.sub("", mid)  # 柬埔寨第七届国会 -> 柬埔寨国会: the body, not its term
            mid = "" if mid in words("organisations", "status_words") else mid  # 印尼新政府 -> 印尼政府: the same body
            taken.append((s, e))
            found.append(org_mention(ctx, base + s, base + e, m.group(), Body(m.group("country") + mid + m.group("head"), category,
                                                                              country), "foreign"))
    for m in vocabulary_names().finditer(text):
        s, e = m.span()
        e += subunit_length(text, e)
        if not free(s, e):
            continue
        country = single_country_before(text, s)
        if not sent.is_boundary(s) and not country or not (sent.is_boundary(e) or PUNCT.match(text, e)):
            continue
        if e - s <= 2 and not country and crosses_a_word(text, s, e):
            continue  # (县中办学: 县中|办学, no 中办)
        known = body(text[s:e])
        if known is not None and known.category != "government":
            country = ""  # 以联合国为核心, 以新华社…为基础: a preposition, not Israel; only ministries are 美/俄/以's
        if known is None or text[e - 1:e + 1] in words("organisations", "not_head_continuations"):
            continue  # (水利部门: departments of water, not the ministry)
        if known.category == "international" and body_named_after(sent, e):
            continue  # 联合国文明联盟: a body of the organisation, named by its head (the head loop finds it)
        if not country and known.category == "government" and (foreign_in_clause_before(text, s) or any(
                f.attr("foreign") and f.text.endswith(text[s:e]) and f.end - base <= s for f in found)):
            taken.append((s, e))
            continue  # 塞浦路斯媒体和交通部; 加拿大国防部…要求国防部: a foreign country's ministry, not China's
        if local_before(text, s) and not pattern("organisations:central_prefixes", "^(?:{})").match(text[s:e]):
            continue  # 浙江省网信办, 省发展改革委: a place's own body, not the national one of that short name
        branch = branch_after(text, e, vertical_branches().get(known.name, ()))
        if branch:
            known = Body(known.name + text[e:e + branch], known.category)
            e += branch
        if country:
            s -= 1
            known = Body(country + foreign_form(known.name, text[s + 1:e]), "government", country)
        taken.append((s, e))
        found.append(org_mention(ctx, base + s, base + e, text[s:e], known, "vocabulary"))
    for m in head_pattern().finditer(text):
        e = m.end()
        if not head_ends_word(sent, m.start(), e) or longer_head_follows(sent, e):
            continue
        s, known = None, None
        generic = generic_lead_words()
        starts = name_starts(sent, m.start())
        named = [(start, b) for start in starts if (b := named_body(text[start:e])) is not None
                 and not described_before(text, start, m.start())]
        if len(named) > 1 and text.startswith(generic, named[0][0]) \
                and not text.startswith(tuple(words("organisations", "national_prefixes")), named[0][0]):
            named = named[1:]  # 媒体检察日报: a descriptive word before a name is not part of it (中国低空经济联盟 is one)
        if named:
            s, known = named[0]
            s, known = past_class_lead(text, s, e, m.start(), known)  # (龙头企业某县某某有限公司: the firm's own name)
            inner = second_body_start(text, s, e)
            if inner:  # (…财政局|长葛市商务局 run together: the last body)
                s, known = s + inner, named_body(text[s + inner:e]) or known
        if s is not None and (joined := conjunction_in(sent, s, e, known)):
            s, known = joined, named_body(text[joined:e])  # (某某站点或市市场监督管理局: the last noun's, a government's;
            known = known if known is not None and known.category == "government" else None  # 监管评级和银行: none)
        if s is None or known is None or not free(s, e) or COUNTED_BEFORE.search(text, max(0, s - 9), s) \
                or KIND_AFTER.match(text, e) \
                or POINTED_BEFORE.search(text, max(0, s - 12), s) or text.endswith(words("organisations", "class_before"), 0, s):
            continue  # (新设2个岐黄中医学院, 新增某省实验室5家, 这个新成立的…实验室: a kind or a description, not a name)
        name = text[s:e]
        sender = next((f for f in found if f.end - base == s - 1 and f.attr("category") == "government"
                       and not f.attr("foreign")), None) if text[s - 1:s] == "驻" else None
        if sender is not None:  # 中央人民政府驻某特别行政区联络办公室: the sender's office, one body
            found.remove(sender)
            taken.remove((sender.start - base, sender.end - base))
            s = sender.start - base
            name, known = text[s:e], Body(text[s:e], "government")
        near = country_before(text, s) if known.category != "international" and not country_prefix(name) else None
        if near is not None and not known.foreign:  # (以色列驻日内瓦联合国代表团; not 法国总工会与|法国工人…)
            s, country = near
            name = text[s:e]
            known = Body(name, known.category, country)
        elif not known.foreign and (country := country_prefix(name)):
            known = Body(known.name, known.category, country)
        elif not known.foreign and known.category == "government" and (country := single_country_before(text, s)):
            s, name = s - 1, text[s - 1:e]  # 乌国家安全局: Ukraine's, not a Chinese body
            known = Body(name, known.category, country)
        if text[s - 1:s] == "“" and text.startswith("”", e) and vocabulary().organization(name) is None \
                and known.category in ("enterprise", "institute") and place_prefix().match(name) is None:
            continue  # (“绿色银行”生金添彩: a figure of speech in quotes, no body)
        if not known.foreign and names_a_kind(name, known.category) or TOP_COUNT.search(name) \
                or founded_kind(text, s, name, known) \
                or known.category == "institute" and verb_before_head(sent, s, m.start()) \
                or known.category == "enterprise" and verb_before_head(sent, s, m.start()) and noun_at(sent, e):
            continue  # 考古博物馆, 机床研究院: a kind of body, not one; 加拿大两大铁路公司: two of them; 运用大学所学;
            # 统一公司信用类债券标准: a verb, and the head begins a longer noun
        taken.append((s, e))
        found.append(org_mention(ctx, base + s, base + e, name, known, "head"))
    yield from with_branches(ctx, text, base, found)


def past_class_lead(text: str, s: int, e: int, head: int, known: Body) -> tuple[int, Body]:
    """A name that opens on a class of bodies before a place and a proper name (龙头企业某县某某有限公司, 链主企业某市某某
    集团): where the place starts, and that body; else the name as found."""
    lead = pattern("organisations:class_lead_heads", r"[\u4e00-\u9fff]{0,4}(?:{})").match(text, s)
    if lead is None or not text.startswith(generic_lead_words() + ("企业", "公司"), s):
        return s, known
    k = lead.end()
    if k < head and place_prefix().match(text, k) and (inner := named_body(text[k:e])) is not None:
        return k, inner
    return s, known


def founded_kind(text: str, s: int, name: str, known: Body) -> bool:
    """A name with no place right after a verb of founding (与高校共建模具研究院): the kind of body a measure asks
    for, not one body (not 共建浙江大学某研究院, 成立中国某某研究院, nor a body of the vocabulary)."""
    return known.category in ("institute", "association") and place_prefix().match(name) is None \
        and not name.startswith(tuple(words("organisations", "national_prefixes"))) \
        and text.endswith(tuple(words("organisations", "creation_verbs")), 0, s) \
        and vocabulary().organization(name) is None


LAW_AFTER = re.compile(r"(?:组织)?法(?:实施条例|修正案|修正草案)?(?=[》、，。；）和与及]|$)")  # (城市居民委员会组织法: a law's name)


def in_a_title(text: str, s: int, e: int) -> bool:
    """The name is part of a title: inside 《…》 with more words (《中国法院知识产权司法保护状况》, not a
    paper's own 《纽约时报》) or the name of a law (城市居民委员会组织法)."""
    opened = text.rfind("《", 0, s)
    inside = opened >= 0 and text.find("》", opened, s) < 0 and not (opened == s - 1 and text.startswith("》", e))
    return inside or LAW_AFTER.match(text, e) is not None


def verb_before_head(sent: Sentence, start: int, head: int) -> bool:
    """The words before a head are one verb (运用|大学所学的知识): what someone does, no name."""
    i = sent.token_at(start)
    return i >= 0 and sent.starts[i] - sent.start == start and sent.ends[i] - sent.start == head \
        and sent.tags[i].startswith("v")


def noun_at(sent: Sentence, rel: int) -> bool:
    """A noun's token starts at the sentence-relative ``rel``."""
    i = sent.token_at(rel)
    return i >= 0 and sent.starts[i] - sent.start == rel and sent.tags[i].startswith("n")


def local_before(text: str, s: int) -> bool:
    """A place, or a bare level (省, 市, 地区 …) opening a clause, ends right before ``s``."""
    if s >= 1 and text[s - 1] in "省市区县州旗盟" and (s == 1 or PUNCT.match(text, s - 2)):
        return True
    if s >= 2 and text[s - 2:s] == "地区" and (s == 2 or PUNCT.match(text, s - 3)):
        return True  # (地区发展改革委 in a 地区's document: its own, not the national commission)
    if s >= 2 and text[s - 2:s] in words("organisations", "level_committees") and (s == 2 or PUNCT.match(text, s - 3)):
        return True  # (县委网信办: the county party committee's office, not the national one)
    return any(m.end() == s for m in place_suffix().finditer(text[max(0, s - 12):s]))


@memo(maxsize=1)
def place_suffix() -> re.Pattern[str]:
    """A province or city name of the vocabulary (full or short) at the end of a text."""
    names = sorted({n for n, e in vocabulary().region_names() if len(n) >= 2 and e.level in ("province", "city")},
                   key=len, reverse=True)
    return re.compile(f"(?:{alternation(names)})$")  # (longest first: as their flat list would match, faster)


def country_before(text: str, s: int) -> tuple[int, str] | None:
    """(start, country) of a country named just before a body, with at most four
    characters of its name between (伊朗 in 伊朗最高国家安全委员会), or None."""
    window = text[max(0, s - 10):s]
    for form in country_forms():
        at = window.rfind(form)
        if at >= 0:
            between = window[at + len(form):]
            if between.endswith((*words("organisations", "class_words"), "企业")):
                return s, countries()[form]  # 美国零售巨头|沃尔玛公司: the country's, without the description
            if len(between) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]*", between) and not stop_word_pattern().search(between) \
                    and not any(w in between for w in ("和", "与", "及", "在", *words("organisations", "name_prepositions"),
                                                       *words("organisations", "not_in_names"),
                                                       *words("organisations", "source_words"))):
                # (美国的一家…公司; 日本民众在|东京电力公司: people and where they are, no part of the name)
                return s - len(window) + at, countries()[form]
    return None


def foreign_in_clause_before(text: str, s: int) -> bool:
    """A country is named in the few characters of the clause before ``s`` (塞浦路斯媒体和|交通部), or its forces or
    its side by the country's one-character name (以军总参谋部和|国防部, 美方…)."""
    before = PUNCT.split(text[max(0, s - 8):s])[-1]
    return country_names().search(before) is not None or country_side().search(before) is not None


@memo(maxsize=1)
def country_side() -> re.Pattern[str]:
    """A country's one-character name before 军 or 方 (以军, 美方): its forces or its side in talks."""
    return pattern(tuple(c for c in countries() if len(c) == 1), "(?:{})[军方]")


def country_prefix(name: str) -> str:
    """The country a name starts with (美国密歇根大学 -> 美国), or ""."""
    for form in country_forms():
        if name.startswith(form) and len(name) > len(form) + 1:
            return countries()[form]
    return ""


@memo(maxsize=1)
def country_forms() -> tuple[str, ...]:
    """The country names of two characters or more, longest first."""
    return tuple(sorted((c for c in countries() if len(c) >= 2), key=len, reverse=True))


def single_country_before(text: str, s: int) -> str:
    """A one-character country name right before a body (美国防部 = 美 + 国防部),
    only at the start of a clause, where it cannot be part of another word, and not before a Chinese level (以市政府
    办公室名义: a preposition before a local body)."""
    if s == 0 or text[s:s + 1] in LEVEL_CHARS:
        return ""
    ch = text[s - 1]
    country = countries().get(ch, "") if len(ch) == 1 else ""
    if country and (s == 1 or PUNCT.match(text, s - 2)):
        return country
    return ""


def body_named_after(sent: Sentence, end: int) -> bool:
    """Words right after ``end`` end with an organisation's head within a few characters, with no
    punctuation or stop word between (联合国|文明联盟): one longer name."""
    m = re.match(r"[\u4e00-\u9fff]{2,8}", sent.text[end:])
    return m is not None and any(h.start() >= 2 and not stop_word_pattern().search(m.group()[:h.end()])
                                 and head_ends_word(sent, end + h.start(), end + h.end())
                                 for h in head_pattern().finditer(m.group()))


def longer_head_follows(sent: Sentence, end: int) -> bool:
    """Another head ends a word right after this one (…大学|医院, …协会|联合会): the name ends there."""
    following = head_pattern().match(sent.text, end)
    return following is not None and head_ends_word(sent, end, following.end())


def head_ends_word(sent: Sentence, start: int, end: int) -> bool:
    """The head ends a token (日报 in 6日报道 does not) and is not the end of a
    word that only looks like a head (布局, 部署, 干部)."""
    if not (sent.is_boundary(end) or PUNCT.match(sent.text, end)):
        return False
    if sent.text[end - 1:end + 1] in words("organisations", "not_head_continuations"):
        return False  # 水利部门: the head's character starts a common word
    if sent.text.startswith(words("organisations", "place_continuations"), end):
        return False  # 大学科技园: a place or a facility of the body, not the body
    before = sent.text[:end]
    if before.endswith("部") and len(before) > 1 and before[-2] in "东西南北中内外上下前后全局干本各分总大腹胸背":
        return False  # 中北部, 西南部, 干部: a part, a region or a cadre, not a ministry
    if before.endswith(words("organisations", "never_heads")):
        return False  # (战略部署, 经济布局: whatever word they end)
    i = sent.token_at(end - 1)
    if i >= 0 and sent.tags[i] in ("l", "i") and sent.ends[i] - sent.starts[i] >= 4:
        return False  # (县委统揽全局: the end of an idiom, no head)
    not_heads = words("organisations", "not_heads")
    return not before.endswith(not_heads) or not any(before.endswith(w) and sent.is_boundary(end - len(w))
                                                     for w in not_heads)


def described_before(text: str, start: int, head: int) -> bool:
    """The part before a head holds a class word and a name after it (零售巨头沃尔玛, a foreign country's
    物流企业敦豪 or 钢铁企业克利夫兰·克利夫斯): the name starts after it."""
    part = text[start:head]
    if pattern("organisations:class_words", "(?:{})[\u4e00-\u9fff][\u4e00-\u9fff]+$").search(part):
        return True
    firm = re.search(r"企业(?=[\u4e00-\u9fff·]{2,}$)", part)  # (not 中国中小企业发展管理协会: no foreign country)
    return firm is not None and foreign_in_clause_before(text, start + firm.start())


@memo(maxsize=1)
def generic_lead_words() -> tuple[str, ...]:
    """The descriptive words of two characters or more (媒体, 国家级) that may open a name before its proper part."""
    return tuple(w for w in words("organisations", "generic_words") if len(w) >= 2)


def named_body(name: str) -> Body | None:
    """The body a name found by its head denotes. A local short form (省商务厅,
    市发改局) is kept as written when "某省商务厅" would be a body: the
    ``local_bodies`` extractor names it in the document's place."""
    if LOCAL.match(name):
        return Body(name, "government") if body("某" + name) else None
    return body(name)


def subunit_length(text: str, end: int) -> int:
    """Length of a sub-unit name right after a body name (…部 + 办公厅)."""
    units = subunits_longest_first()
    if not text.startswith(units, end):
        return 0
    return next(len(unit) for unit in units if text.startswith(unit, end))


@memo(maxsize=1)
def subunits_longest_first() -> tuple[str, ...]:
    """The sub-unit names of the vocabulary (办公厅 …), the longest first."""
    return tuple(sorted(vocabulary().subunits, key=len, reverse=True))


def foreign_form(name: str, written: str) -> str:
    """A foreign country's body named by a Chinese body's short form (俄|央行, 美|国防部): the body of that kind, not
    the Chinese one's own name (中国人民银行) — 央行 is a 中央银行."""
    if not name.startswith(CHINA_NAMES):
        return name
    return rules("organisations")["foreign_forms"].get(written, written)


CHINA_NAMES = ("中国", "中华人民共和国", "国家")
BODY_END = re.compile(r"[局委厅办室府会]")  # (not 院: 中国科学院某某研究所 is one body)


def second_body_start(text: str, s: int, e: int) -> int:
    """Where, inside the name ``text[s:e]``, a second government body starts: a place right after a body's head
    character, the rest a body (财政局|长葛市商务局: two bodies written together, the head loop taking both; not
    某实验室山西研究院, one institute); 0 if none."""
    for k in range(s + 1, e - 3):  # (局|某市公安局: a name found from the last character of the body before)
        if BODY_END.match(text, k - 1) and (place := place_prefix().match(text, k)) and place.end() < e \
                and (vocabulary().region(place.group()) or place.group() in counties()) \
                and (rest := named_body(text[k:e])) is not None and rest.category == "government":
            return k - s
    return 0


def conjunction_in(sent: Sentence, s: int, e: int, known: Body) -> int:
    """Where the last of two nouns joined inside a name found by its head starts (监管评级和银行 -> 银行; 某某站点或
    市市场监督管理局 -> 市市场监督管理局): the head is only that noun's. 0 when the name is one body: no conjunction
    token, a government body's own name (发展和改革委员会), or 和 after a place or a national prefix opening it
    (中国劳动和社会保障科学研究院, 国际隧道和地下空间协会)."""
    text = sent.text
    joins = [k for k in range(s, e - 1) if text[k] == "或" or k >= s + 2 and text[k] == "和"
             and (i := sent.token_at(k)) >= 0 and sent.ends[i] - sent.starts[i] == 1 and sent.tags[i] == "c"]
    # (或县…局: a name cannot open on 或; not 人和集团, 共和, 协和)
    national = text.startswith(tuple(words("organisations", "national_prefixes")), s)
    if not joins or text[joins[-1]] == "和" and (known.category == "government" or place_prefix().match(text, s)
                                              or national):
        return 0
    return joins[-1] + 1


TERM = re.compile(r"第[一二三四五六七八九十百\d]+届")  # a body's term (第七届国会)
TOP_COUNT = re.compile(r"[两三四五六七八九十]大")  # (两大铁路公司, 四大银行: the largest few, a class)
COUNTED_BEFORE = re.compile(COUNTED.pattern + "(?:国家级|省级|市级|县级|国家|省|市)?$")  # the same count right before a name
# (50家国家卓越工程师学院: a count of a designation's bodies, the level between)
# a body pointed at and described, not named (这个新成立的…实验室, 一家新开业的…医院, 这家技师学院)
POINTED_BEFORE = re.compile(r"(?:(?:这|那|该|此)(?:个|家|所|座)?|一(?:个|家|所|座))[\u4e00-\u9fff]{0,8}的$"
                            r"|(?:这|那)(?:个|家|所|座)$")  # (这家技师学院 likewise)
# a count of the bodies right after a name that ends the phrase (新增某省实验室5家, …工程研究中心各20家),
# or a system of them (某某实验室体系): a class of bodies, not one (某公司10个项目 counts something else)
KIND_AFTER = re.compile(r"(?:各|分别|共|达到?|超过?)?[一二三四五六七八九十两百千\d]+[所家个座](?=[，。；、）)]|$)|体系|账户|账号")
# (…社会保障卡银行账户: an account, no bank)


@extractor("local_bodies", scope="document", needs=("ORG", "home"), produces=("ORG:localised",))
def local_bodies(ctx: Context) -> Iterator[Mention]:
    """省商务厅 / 市发改局 as the bodies of the document's province or city;
    without a known place such a short form is dropped (it names no body). A body the document also names with its
    city or its place in full (渝北区人民政府办公室 and 重庆市渝北区人民政府办公室) is the fuller one."""
    keys = {m.key for m in ctx.all_mentions("ORG")}
    placed = {}  # a key without the place it opens with -> the key (重庆市渝北区人民政府办公室: 渝北区人民政府办公室)
    for k in sorted(keys):
        if (place := place_prefix().match(k)) is not None and place.end() < len(k):
            placed.setdefault(k[place.end():], k)
    for m in ctx.all_mentions("ORG"):
        if not LOCAL.match(m.key):
            fuller = placed.get(m.key) or (full if (full := with_full_place(m.key)) in keys and full != m.key else "")
            if fuller:
                yield Mention(m.doc, m.start, m.end, m.text, "ORG", fuller, m.attrs)  # (渝北区… and 重庆市渝北区…: one)
            continue
        known = placed_body(m.key, ctx.province, ctx.own_city, ctx.county)
        if known is None:
            ctx.remove(m)
            continue
        yield Mention(m.doc, m.start, m.end, m.text, "ORG", known.name, m.attrs).with_attrs(category=known.category)
