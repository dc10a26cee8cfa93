"""The document's own place (province and city): where its issuers and title
say it is from, else the place it names most — when one place dominates. It
is what 全省 / 我市 / 市发改局 mean in the document."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..lexicon import counties, short_counties, vocabulary
from ..load.chrome import metadata_values
from ..names import YEAR_OPENING, body, place_prefix, split_bodies
from ..records import Mention
from .context import Context
from .registry import extractor

OPENERS = "《〈“‘\"'「『【[（( "  # what a title may open with before its first word
DOMINANT_SHARE = 0.5  # the most named province must have at least this share of the mentions


@extractor("home", scope="document", needs=("REGION", "ORG", "policies"), produces=("home",))
def home(ctx: Context) -> Iterator[Mention]:
    declared = declared_place(ctx)
    if declared is None and central_issuers(ctx):
        return iter(())  # (国家卫生健康委等8部门… to 各省、自治区…新疆生产建设兵团…: the nation's, no place named most)
    ctx.province, ctx.city = declared[:2] if declared else named_place(ctx)
    ctx.county = declared[2] if declared else ""
    if not (ctx.province or ctx.city):
        ctx.province, ctx.city = site_place(ctx)  # (我市召开…, on a page of 某市人民政府's portal: that city)
    return iter(())


def central_issuers(ctx: Context) -> bool:
    """The document is signed (版头 or 落款) by central bodies only."""
    names = [n for p in ctx.document.parts if p.kind in ("header", "signature") for n in p.label.split("|") if n]
    return bool(names) and all(vocabulary().organization(n) is not None for n in names)


def site_place(ctx: Context) -> tuple[str, str]:
    """The place of the government whose portal published the document (its page title's …_某市人民政府, or its site
    name 某市人民政府门户网站), ("", "") when the site is no government's."""
    for site in metadata_values(ctx.document.meta, "site"):
        for name in site.split("_"):
            name = SITE_ENDING.sub("", name)
            bodies = split_bodies(name)
            found = body(bodies[0]) if len(bodies) == 1 else None
            place = place_of(found.name) if found is not None and found.category == "government" else ("", "")
            if place[0]:
                return place
    return "", ""


SITE_ENDING = re.compile("(?:门户网站|门户网|网站|网)$")  # (某市人民政府门户网站: the government's portal)


def place_of(name: str) -> tuple[str, str]:
    """(province, city) of the place a name starts with (of a county-level place, its city's), ("", "") if none is
    known."""
    m = place_prefix().match(name)
    entry = vocabulary().region(m.group()) if m else None
    if entry is None and m:
        entry = vocabulary().region(m.group()[:-1]) or counties().get(m.group())
        # (吉林省 -> 吉林 when only the short form is listed; 某县 -> the city holding it)
    if entry is None:
        return "", ""
    if entry.level == "province":
        return entry.name, ""
    if entry.level == "city":
        return entry.province, entry.name
    return "", ""


def county_of(name: str) -> str:
    """The county-level place a name starts with, after its city or not (长葛市发展和改革委员会 -> 长葛市, 某市某区人民政府
    -> 某区), "" if none. After its city, a name of the form of a county-level place (某市某某区人民政府) is one even
    when the vocabulary does not list it (a county renamed or made a district lately)."""
    m = place_prefix().match(name)
    after_city = m is not None and vocabulary().region(m.group()) is not None
    if after_city:
        m = place_prefix().match(name, m.end()) or COUNTY_LEVEL.match(name, m.end())  # (上海市宝山区人民政府: 山区 is
        # no place of its own, the district is one)
    if m is None or vocabulary().region(m.group()) is not None:
        return ""
    place = m.group() + (ended.group() if (ended := ZHOU_LEVEL.match(name, m.end())) and m.group().endswith("州") else "")
    unlisted = after_city and COUNTY_LEVEL.fullmatch(place) and name.startswith(GOVERNMENT_AFTER, m.start() + len(place)) \
        and not place.startswith(tuple(BODY_ENDS))  # (温州市委|温州市人民政府: 委温州市 is no county)
    return place if place in counties() or unlisted else ""  # (叙州 + 区: the 州 is inside the name)


COUNTY_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,4}(?:区|县|市|旗|自治县)")
BODY_ENDS = "委府厅局部办"  # characters a body's name ends with after its place (市委, 市政府, 市财政局 …)
GOVERNMENT_AFTER = ("人民政府", "政府")  # (某市某区人民政府, 某市某区政府工作报告: a county-level place's government)
ZHOU_LEVEL = re.compile(r"[区县旗]|市(?!场)")  # (某州区, 某州市: a place whose name ends in 州, and its level)


def declared_place(ctx: Context) -> tuple[str, str, str] | None:
    """The place of the bodies in the title, header and signature parts, else of the policies the file holds
    (关于印发《嘉兴市…若干政策》的通知, signed 市发展改革委: 嘉兴's)."""
    doc = ctx.document
    names = [n for p in doc.parts if p.kind in ("header", "signature") for n in p.label.split("|") if n]
    names += [p.label for p in doc.parts if p.kind == "title"]
    names += [p.label for p in doc.parts if p.kind == "policy"]
    for name in names:
        place = place_of(bare_name(name))
        if place[0]:
            return *place, county_of(bare_name(name))
        if short := short_county_of(bare_name(name)):
            holder = short_counties()[short]
            return holder.province or holder.name, holder.name if holder.level == "city" else "", short
    return None


def short_county_of(name: str) -> str:
    """The county of two characters a body's name opens with (泾县人民政府办公室 -> 泾县), "" if none: only before a
    government's or a body's name, as the two characters may open other words."""
    rest = name[2:]
    own_body = rest.startswith(GOVERNMENT_AFTER + ("人大", "政协", "县委")) \
        or re.fullmatch(r"[\u4e00-\u9fff]{2,10}[局委办]", rest) is not None
    return name[:2] if name[:2] in short_counties() and own_body else ""


def bare_name(name: str) -> str:
    """A body's or title's name without its opening quotes or brackets (《浙江省…》政策解读), the party prefix 中共
    (中共温州市委) and a year opening a report's title (2025年某县政府工作报告), so that it starts with its place."""
    return YEAR_OPENING.sub("", name.lstrip(OPENERS).removeprefix("中共"))



def named_place(ctx: Context) -> tuple[str, str]:
    provinces: Counter = Counter()
    cities: Counter = Counter()
    vocab = vocabulary()
    for m in ctx.all_mentions("REGION", "ORG"):
        if m.type == "ORG" and (m.attr("foreign") or vocab.organization(m.key) is not None):
            continue  # (a national body named after its city, 北京证券交易所, says nothing of the document's place)
        province, city = place_of(m.key) if m.type == "ORG" else ("", "")
        if m.type == "REGION":
            entry = vocab.region(m.key)
            if entry is not None and entry.level == "province":
                province = entry.name
            elif entry is not None and entry.level == "city":
                province, city = entry.province, entry.name
        if province:
            provinces[province] += 1
        if city:
            cities[city] += 1
    if not provinces:
        return "", ""
    top, n = provinces.most_common(1)[0]
    if n < 2 or n < DOMINANT_SHARE * sum(provinces.values()):
        return "", ""
    city = next((c for c, k in cities.most_common() if vocab.region(c) and vocab.region(c).province == top), "")
    return top, city if city and cities[city] >= 2 else ""
