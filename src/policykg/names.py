"""Names shared by structure, extraction and linking: normalised names, policy
keys and genres, and organisation names (joint issuers split, local short
forms resolved in a document's own place, foreign bodies kept apart).

Everything here is a pure function of strings and the lexicon, memoised
through :func:`policykg.lexicon.memo`.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass

from .lexicon import alternation, common_words, counties, memo, ontology_file, pattern, rules, vocabulary, words
from .countries import countries, country_suffix_free
from .lexicon.vocab import strip_title_qualifiers
from .zones import no_one_zone, zone_prefix

CJK = "\u4e00-\u9fff"
DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d~～—–-]+")
NAME_NOISE = re.compile(r"[\s《》〈〉“”\"'‘’「」『』]+")
TITLE_WRAPPER = re.compile(r"^(?P<prefix>.*?)(?:关于(?:印发|发布|公布|颁布|下发)|(?:^|(?<=[委府厅局部室办会署]))(?:印发|发布|公布|颁布|下发))"
                           r"[〈<《]?(?P<inner>.+?)[〉>》]?的(?:通知|通告|公告|决定)$")  # (某办公厅印发《…》的通知: 关于 left out)
ISSUER_PREFIX = re.compile(r"^(?P<prefix>.+?)(?=关于)")
YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}年(?:度)?")  # (2025年某县政府工作报告: the year a title opens with)
FULL_TEXT = re.compile(r"[（(]全文[）)]$")  # (某区2025年政府工作报告（全文）: a page's note on the wording, no part of a name)
YEAR_SPAN = re.compile(r"(\d{4})年?-(\d{4})年")
TRAILING_SPAN = re.compile(r"[(（][^()（）]{4,16}[)）]$")  # (…三年行动方案(2025-2027年): the kind before the years)


@memo()
def normalize_name(text: str) -> str:
    """NFKC, no spaces, quotes or 《》, one kind of dash, half-width brackets."""
    text = unicodedata.normalize("NFKC", text)
    return DASHES.sub("-", NAME_NOISE.sub("", text))


def issued_bare(inner: str) -> tuple[str, ...]:
    """The policies a notice issues named without 《》: one title, or two joined by 和 / 、 / 及 when each names a
    policy of its own (印发某市若干措施和某市三年行动方案的通知: two policies, not one 方案)."""
    for m in re.finditer(r"[和、及]", inner):
        first, second = inner[:m.start()], inner[m.end():]
        kind = genre(first)
        if kind and genre(second) and TRAILING_SPAN.sub("", first).endswith(kind[0]):
            return first, second
    return (inner,) if genre(inner) else ()


@memo()
def policy_key(title: str) -> str:
    """The key that identifies one policy across its written variants: no
    issuer prefix, no "关于印发…的通知" wrapper, normalised dashes, brackets
    and year ranges."""
    t = normalize_name(title)
    m = TITLE_WRAPPER.match(t)
    if m and m.group("inner") and len(issued_bare(m.group("inner"))) < 2:
        t = m.group("inner")  # (a notice issuing two policies is a policy of its own: its own title)
    m = ISSUER_PREFIX.match(t)
    bodies = split_bodies(m.group("prefix")) if m else ()
    if bodies and all(vocabulary().organization(b) or vocabulary().subunit_of(b) for b in bodies):
        t = t[m.end("prefix"):]  # a central issuer is not part of the key; a local one (中共甘肃省委) is
    return YEAR_SPAN.sub(r"\1-\2年", t)


@memo()
def genre(title: str) -> tuple[str, bool] | None:
    """(kind, is_report) of a title from the genre vocabulary, or None when
    its ending names no genre (a film, a programme, a slogan), a book's (学习纲要) or a specification's (技术规程).
    "关于印发X的通知" has the genre of X (of the notice when it issues several, or when X names none)."""
    t = normalize_name(title)
    m = TITLE_WRAPPER.match(t) if title.count("《") < 2 else None
    m = m if m is None or len(issued_bare(m.group("inner"))) < 2 else None
    entry = vocabulary().genre_of(m.group("inner") if m else t)
    if entry is None and m:  # (关于印发某实施方案和重点任务分工的通知: what it issues ends with no genre; it is a notice)
        entry = vocabulary().genre_of(t)
    if entry is None or entry.kind in ("book", "specification") or honours(t):
        return None
    return entry.kind, entry.is_report


YEAR_LEAD = re.compile(r"^(?:\d{4}年(?:度)?|本|该|上述|这一?|此)")


def is_generic(title: str) -> bool:
    """A title that is nothing but a genre word (and a year or a qualifier): 《通知》, 《2024年政府工作报告》,
    《纲要（2023年版）》."""
    name = YEAR_LEAD.sub("", normalize_name(title))
    generic = words("policies", "generic_titles")
    return name in generic or strip_title_qualifiers(name) in generic


def honours(title: str) -> bool:
    """A decision or circular that honours people or bodies (关于表彰…的决定, 关于授予…称号的决定):
    an official document, but no policy."""
    return title.endswith(tuple(words("policies", "honour_genres"))) and any(
        w in title for w in words("policies", "honour_words"))


def strip_issuer(title: str) -> tuple[str, tuple[str, ...]]:
    """(title without its issuer prefix, the issuers): "中共中央 国务院关于…的意见"
    -> ("关于…的意见", ("中共中央", "国务院")); a body forwarding another's document names itself before the verb
    ("某市人民政府办公室转发市发改委关于…的通知" -> ("转发市发改委关于…的通知", ("某市人民政府办公室",))).
    Titles without a body prefix are kept."""
    m = ISSUER_PREFIX.match(title)
    if m:
        prefix = m.group("prefix")
        verb = pattern("structure:issue_verbs").search(prefix)
        end = verb.start() if verb else len(prefix)
        bodies = split_bodies(prefix[:end])
        if bodies:
            return title[end:].strip(), bodies
    return title, ()


# ---------------------------------------------------------------- organisations


@dataclass(frozen=True)
class Body:
    """An organisation name as recognised by :func:`body`: canonical name and category."""

    name: str
    category: str  # government | enterprise | institute | association | media | other
    foreign: str = ""  # the country of a foreign body


@memo(maxsize=4)
def heads(kind: str) -> re.Pattern[str]:
    """Regex of the heads of one kind of organisation at the end of a name."""
    return pattern(f"organisations:{kind}_heads", "(?:{})$")


def category_of(name: str) -> str:
    for kind, category in (("company", "enterprise"), ("institute", "institute"), ("media", "media"),
                           ("government", "government"), ("association", "association")):
        if heads(kind).search(name):
            return category
    return "other"


@memo(maxsize=1)
def place_prefix() -> re.Pattern[str]:
    """A place at the start of a name: a province, city, zone or county-level
    name of the vocabulary, or a generic place name ending in 省 市 县 区 州 旗 镇 乡
    (not a common noun that ends like one: 社区, 园区 …; nor words run on over a preposition: 后由市, 径向市)."""
    not_places = "|".join(map(re.escape, words("organisations", "not_places")))
    not_starts = "".join(words("organisations", "not_place_starts"))
    common = set(words("places", "common_county_names"))
    names = [n for n, _ in vocabulary().region_names() if len(n) >= 2] + [n for n in counties() if n not in common]
    # (every county-level place by its full name: 邳州市, 清镇市 are not cut after their 州 or 镇; 莫力达瓦达斡尔族自治旗
    # is longer than a generic place; 如皋市 opens with a character a generic place may not; 瑞昌市城镇… is no 城镇)
    # (the names come longest first: the trie of alternation() matches as their flat list would, faster)
    inside = "".join(words("organisations", "not_place_inside"))
    return re.compile(rf"(?:{alternation(names)}|(?![{CJK}]{{0,4}}(?:{not_places}))(?![{not_starts}])"
                      rf"(?:(?![{inside}])[{CJK}]){{1,{GENERIC_PLACE}}}?(?:自治州|自治县|地区|省|市|县|区|州|旗|镇|(?<!城)乡))")
    # (not 住房城乡|建设厅: 城乡 is no township)


GENERIC_PLACE = 6  # characters at most of a place's name before its level, for a place the vocabulary does not know


LEVEL_CLASS = re.compile(r"[省市县区乡镇州]级")  # (县级人民政府: any county's, no one body)


@memo()
def body(name: str) -> Body | None:
    """The organisation a complete name denotes, or None: a central body of the
    vocabulary (by name or alias), a sub-unit of one (工业和信息化部办公厅),
    or a body of a place (吉林省人民政府, 中共吉林省委, 包头市科学技术局),
    a party committee (中共X委), or a company, institute or association whose
    name has a proper part before its head."""
    name = name.strip()
    if len(name) < 2 or name in words("organisations", "not_organisations"):
        return None
    vocab = vocabulary()
    entry = vocab.organization(name)
    if entry is not None:
        return Body(entry.name, entry.category)
    sub = vocab.subunit_of(name)
    if sub is not None:
        return Body(sub[0].name + sub[1], "government")
    if branch_at(name, next((len(p) for p in vertical_branches() if name.startswith(p)), 0), whole=True):
        return Body(name, "government")  # 国家税务总局宁波市税务局: a central body's branch in a place
    if name.endswith(CUSTOMS) and place_short(name[:-len(CUSTOMS)]):
        return Body(name, "government")  # 景洪海关: the customs of a place, named by its short name
    if pattern("organisations:job_titles", "(?:{})$").search(name) or re.match(r"[一二三四五六七八九十两几多数]+大", name) \
            or LEVEL_CLASS.search(name):
        return None  # a person's title; a set of bodies (六大商业银行); a level's bodies (县级人民政府, 省级人民政府)
    if re.search(rf"[^{CJK}A-Za-z0-9（）()·“”\"－—-]|[－—-](?![{CJK}])", name):
        return None  # (a dash only between two parts of a name: 澳大利亚－中国友好交流协会)
    if any(w in name for w in words("organisations", "not_in_names")):
        return None  # 贝宁一家水果公司: a company, described, not named
    if joined_bodies(name):
        return None  # 中国科学院和中国工程院, 社会团体和产业联盟: two bodies or kinds of body, not one
    party = re.match(rf"^(?:中共|中国共产党)(?P<place>[{CJK}]{{2,12}}?)(?:委员会|委)$", name)
    league = pattern("organisations:league_prefixes", rf"^(?:{{}})(?P<place>[{CJK}]{{2,12}}?)(?:委员会|委)$").match(name)
    for found, category in ((party, "government"), (league, "association")):  # (共青团某市委员会: the Youth League's)
        if found and place_prefix().fullmatch(found.group("place")):
            return Body(name, category)
    category = category_of(name)
    if category == "government":
        found = government_body(name) if not two_bodies(name) else None
        if found is not None and PARTY_COMMITTEE.search(name) and not name.startswith(("中共", "中国共产党", "团")):
            return Body("中共" + found.name, "government")  # 江西省委 is 中共江西省委
        if found is not None and any(w in name for w in words("organisations", "company_unit_parts")) \
                and not any(w in name for w in words("organisations", "government_unit_parts")):
            return Body(found.name, "enterprise")  # 某某电网某市供电局: a company's unit, named with a government head
        return found
    if category == "other":
        return None
    head = heads({"enterprise": "company"}.get(category, category)).search(name)
    proper = name[:head.start()] if head else name
    if len(proper) < 2 or proper in words("organisations", "not_organisations"):
        return None
    if proper.endswith(words("organisations", "role_words")):
        return None  # FT账户试点银行, 某某项目经办银行: the banks in a role, not one named
    opening = next((entry for k in range(min(len(proper), 8), 2, -1) if (entry := vocab.organization(proper[:k]))), None)
    if any(proper.startswith(w) for w in words("organisations", "not_name_start") if len(w) >= 2) and opening is None:
        return None  # (联合举办…: a verb, not a name; 联合国文明联盟 opens with a body's name)
    if name.endswith(words("organisations", "designation_heads")) and proper.endswith(
            words("organisations", "designation_fields")):
        return None  # (种业领域重点实验室: a designation of a field, a class)
    place_named = (category in ("institute", "media") or name.endswith(words("organisations", "place_unique_heads"))) \
        and not name.endswith(words("organisations", "designation_heads"))  # (江苏省重点实验室: a class of labs)
    if not distinctive(proper, place_named) and not sector_body(proper, category):
        return None
    if category == "association" and not name.endswith(words("organisations", "society_heads")) \
            and (proper.startswith(tuple(words("organisations", "international_leads")))
                 or opening is not None and opening.category == "international") \
            or name.endswith(words("organisations", "state_group_heads")):
        category = "international"  # 美洲玻利瓦尔联盟, 非洲联盟, 联合国文明联盟: of countries, not an association;
        # 阿拉伯国家集团: a group of states, no company
    return Body(name, category)


LIST_JOINT = re.compile(r"(?<=[\u4e00-\u9fff])[和及与](?=[\u4e00-\u9fff])")


@memo()
def names_a_kind(name: str, category: str) -> bool:
    """A name found by its head whose part before the head is only common words (lexicon.common_words)
    and generic words: 考古博物馆, 机床研究院, 电脑安全技术公司 name a kind of body, not one. A
    company's one common word is often its brand (苹果公司, 民生银行) unless it is a trade (航运公司), a
    national prefix makes a national body (中国航天科技集团, 国防大学), and a paper is named by its words
    (经济日报)."""
    if category not in ("enterprise", "institute", "association"):
        return False  # (government bodies are named by their place or in the vocabulary)
    if branch := BRANCH.fullmatch(name):
        name = branch.group("parent")  # (某某工程有限公司楚雄分公司: a kind if its parent's name is)
    head = heads({"enterprise": "company"}.get(category, category)).search(name)
    if head is None:
        return False
    proper = name[:head.start()]
    if not proper:
        return True  # (有限公司杭州分公司: a legal form alone)
    if re.match(r"[\u4e00-\u9fff]{1,3}[型性]", proper):
        return True  # (紧密型城市医疗集团, 科技型企业, 政策性银行: a type of body)
    exempt = (*words("organisations", "national_prefixes"), *words("organisations", "kind_exempt_prefixes"))
    if proper.startswith(exempt) or name.endswith(words("organisations", "kind_exempt_heads")) \
            or sector_body(proper, category):
        return False
    pieces = common_pieces(LIST_JOINT.sub("", proper))  # (家庭农场和行业协会: the tail of a list of kinds)
    return pieces is not None and (category != "enterprise" or len(pieces) >= 2
                                   or pieces[0] in words("organisations", "trade_words"))


BRANCH = re.compile(r"(?P<parent>[\u4e00-\u9fff]{2,}?(?:公司|银行))[\u4e00-\u9fff]{2,4}(?:分公司|分行|支行)")


def common_pieces(text: str) -> tuple[str, ...] | None:
    """``text`` cut into common and generic words (the fewest pieces), or None when it cannot be."""
    common, generic = common_words(), set(generic_words())
    best: dict[int, tuple[str, ...]] = {0: ()}
    for end in range(1, len(text) + 1):
        options = [best[start] + (text[start:end],) for start in range(max(0, end - 6), end - 1)
                   if start in best and (text[start:end] in common and not vocabulary().region(text[start:end])
                                         or text[start:end] in generic)]  # (合肥 is a common word and a city)
        if options:
            best[end] = min(options, key=len)
    return best.get(len(text))


def joined_bodies(name: str) -> bool:
    """Two names of bodies joined by 和/与/及: each part ends with a head of a body, or the second is a body
    of its own and the first ends as a head or a meeting does (工会与法国工人民主联合会, 某某会议和某党委)."""
    for m in re.finditer("[和与及]", name):
        left, right = name[:m.start()], name[m.end():]
        if len(left) < 2 or len(right) < 2 or category_of(right) == "other":
            continue
        if category_of(left) != "other" or left[-1] in head_endings() and body(right) is not None \
                or left.endswith(words("organisations", "meeting_heads")):
            return True
    return False


@memo(maxsize=1)
def head_endings() -> frozenset[str]:
    """The last characters of the heads of bodies (会, 院, 部, 局 …)."""
    kinds = ("company", "institute", "media", "government", "association")
    return frozenset(h[-1] for kind in kinds for h in words("organisations", f"{kind}_heads"))


PARTY_COMMITTEE = re.compile(r"(?:省|市|县|区|州|旗|盟)(?:委|纪委)$")


def two_bodies(name: str) -> bool:
    """Two government bodies written together (中共温州市委温州市人民政府): a body,
    then a rest that is a body of its own (not a branch or a sub-unit of the first)."""
    branch = tuple(words("organisations", "branch_heads")) + tuple(vocabulary().subunits)
    for end in range(2, len(name) - 1):
        if name[:end] in words("organisations", "party_prefixes"):
            continue
        rest = name[end:].lstrip("和与及")
        if len(rest) < 2 or rest.endswith(branch) or not (place_prefix().match(rest) or
                                         pattern("organisations:central_prefixes", "^(?:{})").match(rest)):
            continue
        if body(name[:end]) is not None and tile_bodies(rest):
            return True
    return False


def sector_body(proper: str, category: str) -> bool:
    """An association of a whole sector of the nation (中国汽车工业协会,
    中国轻工业联合会): a national prefix and sector words, no placeholder
    (中国行业协会 names no one body)."""
    if category != "association":
        return False
    prefix = next((p for p in words("organisations", "national_prefixes") if proper.startswith(p)), "")
    rest = proper[len(prefix):]
    return bool(prefix) and len(rest) >= 2 and not any(w in rest for w in words("organisations", "placeholder_words"))


LEVEL_OF_BODIES = re.compile(r"(?:省|市|县|区|乡镇|村)级")


def distinctive(proper: str, place_named: bool) -> bool:
    """The part of a name before its head names one body: not only descriptive
    words (国家实验室, 汽车金融公司, 华人华侨商会), nor only a place or a
    country (韩国行业协会), except for the bodies named after their place
    (吉林大学, 吉林日报)."""
    rest = proper
    for word in generic_words():
        rest = rest.replace(word, "")
    if len(rest) < 2 or rest in words("organisations", "not_places") or rest in words("organisations", "unit_kinds"):
        return False  # (师市医院, 团场医院: a kind of hospital)
    if place_prefix().fullmatch(rest) or rest in countries() or vocabulary().region(rest):
        return place_named and not LEVEL_OF_BODIES.search(proper)  # (吉林大学; not 某省县级医院, a class of them)
    return True


@memo(maxsize=1)
def generic_words() -> tuple[str, ...]:
    return tuple(sorted(words("organisations", "generic_words"), key=len, reverse=True))


def government_body(name: str) -> Body | None:
    """A government or party body: a place (or a central prefix) and a known head; weak heads (局, 厅, 委 …) need the place."""
    head = heads("government").search(name)
    if head is None:
        return None
    lead = name[:head.start()]
    place = zone_prefix().match(name) or place_prefix().match(name) or country_suffix_free(name)
    central = pattern("organisations:central_prefixes", "^(?:{})").match(name)
    if not (place or central) or place and no_one_zone(place.group()):
        return None  # (开发区党工委: a kind of zone's, no one zone's; 双阳经济开发区党工委 is one)
    if place and place.end() == len(name):
        return None
    weak = head.group() in words("organisations", "weak_government_heads")
    if weak and len(lead) < 2:
        return None
    start = place.end() if place else central.end()
    full = body_abbreviations().get(name[start:])
    if place and full and full != name[start:]:
        return Body(name[:start] + full, "government")  # 四川省卫健委 -> 四川省卫生健康委员会
    middle = name[start:head.start()]
    if not middle and place is not None and weak:
        return None  # 成都局 (国铁成都局): a short name of something, not a body of the city (成都市科学技术局 is one)
    if not middle and place is not None and not (place_prefix().match(name) or zone_prefix().match(name)) \
            and head.group() not in words("organisations", "foreign_heads"):
        return None  # 德国法院: one of a country's courts, not a body of its own (美国政府, 德国联邦议院 are)
    if middle in words("organisations", "generic_government_middles"):
        return None  # 韩国地方政府, 各地政府: a kind of body, not one (某市教育局, 某市交通局 are bodies)
    if any(w in lead for w in ("的", "和有关", "等")):
        return None
    if place and place.group().endswith("州") and (entry := vocabulary().region(place.group())) is not None \
            and entry.name.endswith("自治州"):
        return Body(entry.name + name[place.end():], "government")  # 德宏州人民政府办公室: the prefecture's, in full
    return Body(name, "government")


MAX_BODIES_TEXT = 120  # a longer text is not a list of issuers
BODY_SEPARATORS = re.compile(rf"[\s、，,；;]+|(?<=[委府厅局部室办会署组])(?:和|与|及)(?=[{CJK}])")
TRAILING_LIST = re.compile(r"等\s*(?:[一二三四五六七八九十\d]+\s*个?)?(?:部门|单位|部委)?$")


@memo()
def split_bodies(text: str) -> tuple[str, ...]:
    """The organisation names that make up ``text`` ("中共中央 国务院", "中共某市委某市人民政府", "某市科学技术局某市财政局"),
    canonical; () unless the whole text is made of organisation names."""
    text = LETTER_SPACED.sub(lambda m: re.sub(r"\s", "", m.group()), TRAILING_LIST.sub("", text.strip()))
    if not text or len(text) > MAX_BODIES_TEXT:
        return ()
    out: list[str] = []
    for piece in BODY_SEPARATORS.split(text):
        if not piece:
            continue
        names = tile_bodies(piece)
        if not names:
            return ()
        out.extend(names)
    return tuple(dict.fromkeys(out))


LETTER_SPACED = re.compile(r"(?<!\S)[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff](?!\S)){1,3}")  # (商　务　部: a short name's
# characters set apart to fill a signature's width)


@memo()
def tile_bodies(text: str) -> tuple[str, ...]:
    """Canonical names of the bodies that exactly tile ``text`` (the shortest first body that leaves a tiling rest),
    else the text as one body; () if neither. A body named by its level alone (市财政局) stays so, for the document's
    place to complete it."""
    for end in range(2, len(text) - 1):
        if text[:end] in words("organisations", "party_prefixes"):
            continue  # 中国共产党 + X委员会 is one body: the party committee of X
        if cuts_a_head(text, end) or branch_at(text, end):
            continue  # (某市发展和改革委|员会…: the head goes on; 国家税务总局|宁波市税务局: the branch is the body)
        first = body(text[:end])
        name = first.name if first is not None else local_short_form(text[:end])
        if name and not text.startswith(subunit_names(), end):  # (中共某市委|办公室…: a unit of it)
            rest = tile_bodies(text[end:])
            if rest and not rest[0].startswith(name):  # (国务院|国资委 is 国务院国有资产监督管理委员会, one body)
                return (name, *rest)  # two bodies side by side are two, not one long name
    found = body(text)
    return (found.name,) if found is not None else tuple(filter(None, [local_short_form(text)]))


CUSTOMS = "海关"


def place_short(text: str) -> bool:
    """``text`` is a place of the vocabulary, or a county-level city's or a county's name without its level (景洪)."""
    return len(text) >= 2 and (vocabulary().region(text) is not None
                               or any(text + level in counties() for level in "市县"))


@memo(maxsize=1)
def vertical_branches() -> dict[str, tuple[str, ...]]:
    """Central bodies managed vertically -> the heads of their branches (rules/organisations.yaml)."""
    return {parent: tuple(heads) for parent, heads in rules("organisations")["vertical_branches"].items()}


def branch_at(text: str, end: int, whole: bool = False) -> bool:
    """``text[:end]`` is a central body managed vertically and ``text[end:]`` opens with a place and the head of
    one of its branches (国家税务总局|宁波市税务局, 海关总署|广东分署) — the whole of it when ``whole``."""
    heads = vertical_branches().get(text[:end]) if end else None
    place = place_prefix().match(text, end) if heads else None
    branch = next((h for h in heads if text.startswith(h, place.end())), "") if place else ""
    return bool(branch) and (not whole or place.end() + len(branch) == len(text))


def cuts_a_head(text: str, end: int) -> bool:
    """``text[:end]`` ends with a government head that a longer head completes in ``text`` (委|员会, 办|公室)."""
    return any(text.startswith(longer, end - k) for longer in words("organisations", "government_heads")
               for k in range(1, min(len(longer), end + 1)))


@memo(maxsize=1)
def subunit_names() -> tuple[str, ...]:
    """The names of the vocabulary's sub-units (办公室, 办公厅, 产业政策与法规司 …)."""
    return tuple(vocabulary().subunits)


@memo()
def with_full_place(name: str) -> str:
    """The name with the place it opens with written in full (黔东南州人民政府办公室 -> 黔东南苗族侗族自治州人民政府办公室)."""
    place = place_prefix().match(name)
    entry = vocabulary().region(place.group()) if place else None
    return entry.name + name[place.end():] if entry is not None else name


def local_short_form(text: str) -> str:
    """A body named by its level alone (市发展改革委, 省财政厅: the document's own city's or province's), with its
    head written out (市发展和改革委员会); "" when ``text`` is no such form. :func:`localised` names its place."""
    m = LOCAL_SHORT.match(text)
    if m is None or text in body_abbreviations():
        return ""  # (市场监管局 is a head of any level, not the city's)
    full = m.group("level") + body_abbreviations().get(m.group("rest"), m.group("rest"))
    return full if government_body("某某" + full) is not None else ""


@memo(maxsize=1)
def body_abbreviations() -> dict[str, str]:
    """发改局 → 发展和改革局 … (vocab/body_abbreviations.csv)."""
    with ontology_file("vocab/body_abbreviations.csv").open(encoding="utf-8", newline="") as handle:
        return {row["short"]: row["full"] for row in csv.DictReader(handle)}


LOCAL_SHORT = re.compile(rf"^(?P<level>自治区|省|市(?!场)|州|地区|盟|区|县|旗)(?P<rest>[{CJK}]{{2,}})$")  # (not 市场监管局)
