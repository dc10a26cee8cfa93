"""What the sentence adds to the words that name a figure: a head or verb
shared by a list, the subject of the figure before, a unit or comparator
written once for a list, a country, a share's whole, an average or a
growth carried from the clause before."""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import memo, pattern, rules, vocabulary, words
from ...nlp import Sentence, word_tags
from ...records import Mention, Quantity
from ..clauses import ITEM_NUMBER, MAX_INDICATOR, Clause, gap_of, text_before, verb_patterns, words_before_number
from ..context import Context
from .bases import BASE_WORDS
from .indicator import SHARE_HEADS, ends_with_words, indicator_text
from .spans import strip_spans
from .lists import NUMERAL_START
from .counted import GRADE
from .nouns import ONE_GRADE, clean_indicator, counted, starts_non_noun
from .plausible import level_word, names_a_thing
from .scope import is_firm_class


TRAILING_COMPARATORS = {"左右": "~", "以上": ">="}  # a list's last value's, the list's


def with_list_comparator(sent: Sentence, q: Mention, found: list[Mention], quantity: Quantity) -> Quantity:
    """A value of a list takes the comparator the list's first value has from its verb (分别超过90%、75%:
    both are more than)."""
    if quantity.comparator != "=":
        return quantity  # (超1万亿元、增长8%: a value with its own verb has its own comparator)
    after = [p for p in found if p.start >= q.end]
    last = q
    while after and re.fullmatch(r"[、和及与]", sent.text[last.end - sent.start:after[0].start - sent.start]):
        last, after = after[0], after[1:]
    trailing = TRAILING_COMPARATORS.get(sent.text[last.end - sent.start - 2:last.end - sent.start])
    if last is not q and trailing and last.attr("comparator") == trailing and last.attr("unit") == quantity.unit:
        return replace(quantity, comparator=trailing)  # (分别稳定在310万吨和750万吨左右, 分别增长5%和7.5%以上: all are)
    if not NUMERAL_START.match(q.text):
        return quantity
    before = [p for p in found if p.end <= q.start]
    while before and re.fullmatch(r"[、和及与]", sent.text[before[-1].end - sent.start:q.start - sent.start]):
        first = before[-1]
        if not NUMERAL_START.match(first.text):  # (超过90%: the verb before the list's first value)
            same_unit = first.attr("unit") == quantity.unit
            return replace(quantity, comparator=first.attr("comparator") or "=") if same_unit else quantity
        q, before = first, before[:-1]
    return quantity


AT_LEAST_BEFORE = re.compile(r"(?:至少|最少|不少于)[\u4e00-\u9fff]{1,6}$")  # (至少建成1个, 至少开展2次)


def with_least(sent: Sentence, q: Mention, quantity: Quantity) -> Quantity:
    """A number after 至少 and its verb is at least that (每个街道至少建成1个回收站点: >= 1)."""
    if quantity.comparator != "=" or not NUMERAL_START.match(q.text):
        return quantity
    at_least = AT_LEAST_BEFORE.search(sent.text, 0, q.start - sent.start)
    return replace(quantity, comparator=">=") if at_least else quantity


def with_list_unit(sent: Sentence, q: Mention, found: list[Mention], quantity: Quantity) -> Quantity:
    """A value of a list without a unit, or in 个, takes the 百分点 or 基点 (or a bare one the %) of a later value
    of the list (分别提升1.1和0.6个百分点, 分别上升26.7个、26.8个百分点, 分别下降15个和35个基点)."""
    if quantity.unit not in ("", "个"):
        return quantity
    magnitude = MAGNITUDE_END.search(q.text) if quantity.unit == "" else None
    after = [p for p in found if p.start >= q.end]
    while after and re.fullmatch(r"[、和及与]", sent.text[q.end - sent.start:after[0].start - sent.start]):
        q, after = after[0], after[1:]
        if q.attr("unit") in ("百分点", "基点") or quantity.unit == "" and q.attr("unit") == "%":  # (not 3、5万吨)
            return replace(quantity, unit=q.attr("unit"))
        if magnitude and q.attr("unit") and re.search(magnitude.group() + r"\D*$", q.text):
            return replace(quantity, unit=q.attr("unit"))  # (5.4亿、88.2亿和1.0亿人次: each in 人次, its 亿 its own)
    return quantity


MAGNITUDE_END = re.compile(r"[万亿]$")  # a value that wrote its magnitude and left its unit to the list's last


def with_shared_head(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A level word counted before a list's last item takes that item's head (新建6个国家级、20个
    省级临床重点专科 -> 新建国家级临床重点专科)."""
    level = level_word().search(indicator)
    if level is None or level.end() != len(indicator):
        return indicator
    rest = sent.text[q.end - sent.start:clause.end]
    m = re.match(rf"{level.group()}[、和及与][^，；。]{{0,8}}?{level_word().pattern}(?P<head>[\u4e00-\u9fff“”]{{2,16}})", rest)
    if m is None or len(indicator + m.group("head")) > MAX_INDICATOR:
        return indicator
    return indicator + m.group("head")


# a list's verb after a short subject of 2 to 4 characters, before its first item and number (省市县|选派|科技副总1787名),
# not a verb inside a measure (文旅产业|增加|值增长6%)
SUBJECT_AND_VERB = "(?:" + "|".join(rf"(?<=^[\u4e00-\u9fff]{{{k}}})" for k in (2, 3, 4)) + ")" \
    + r"(?:{})(?![值额量])(?=(?:(?!增长|下降|提高|达到|为)[\u4e00-\u9fff]){2,12}\d)"


def with_list_verb(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A later item of a list that an addition verb opens shares it (培育创新型企业300家、
    专精特新企业200家 -> 培育专精特新企业): else it reads as the stock."""
    lead = ITEM_NUMBER.sub("", sent.text[clause.start:q.start - sent.start])
    lead = pattern("measures:lead_noise", "^(?:{})*").sub("", lead)
    lead = pattern("measures:after_noun_adverbs", "^(?:{})?").sub("", lead)  # (有序改造供热管网…、燃气管网…)
    verb = pattern("measures:addition_verbs", "^(?:{})(?:[、和]?(?:{}))*").match(lead) \
        or pattern("measures:addition_verbs", "(?:{})(?=[0-9一二三四五六七八九十两百千万]+[余多]?[个家座所条项])").search(lead) \
        or pattern("measures:addition_verbs", SUBJECT_AND_VERB).search(lead)  # (省市县选派科技副总1787名、…)
    if verb is None or not re.search("[、和]", lead[verb.end():]) or indicator.startswith(verb.group()) \
            or pattern("measures:reach_verbs").search(lead, verb.end()) \
            or verb.group() in indicator or indicator.endswith(words("measures", "flow_heads")) \
            or pattern("measures:addition_verbs", "^(?:{})|(?:{})$").search(indicator):
        return indicator  # (新增新能源装机…、新能源发电量超3000亿度: an output is no addition; …、新建厂房, 低产林改造: its own verb)
    if indicator.endswith(words("measures", "extent_heads")):  # (新建成轨道交通线路7条、通车里程超400公里: the lines')
        first = re.match(r"[成了]?([\u4e00-\u9fff]{2,12}?)[\d一二三四五六七八九十两]", lead[verb.end():])  # (新建|成…)
        return first.group(1) + indicator if first and len(first.group(1) + indicator) <= MAX_INDICATOR else indicator
    works = pattern("measures:works_verbs").match(lead, verb.end())  # (开工改造甲196个、乙6万户: 开工改造 for both)
    said = verb.group() + (works.group() if works else "")
    written = written_form(indicator)  # (新增…、4个“某某”实践基地: the quotes the indicator lost)
    at = max((m.start() for m in written.finditer(sent.text, clause.start, q.start - sent.start)), default=-1)
    if at < 0:  # (建设10个X、60个Y: Y after its number)
        at = next((m.start() for m in written.finditer(sent.text, q.end - sent.start, clause.end)), -1)
    grade = GRADE.match(indicator)
    if at < 0 and grade:  # (培育6个世界级、7个国家级、9个区域级产业集群: the grade, written before the shared head)
        at = sent.text.find(grade.group(), q.end - sent.start, clause.end)
    if at < 0 or not re.search("[、和]", sent.text[clause.start:at]) or not opens_noun_phrase(sent, at):
        return indicator
    return said + indicator if len(said + indicator) <= MAX_INDICATOR else indicator


def written_form(indicator: str) -> re.Pattern[str]:
    """The indicator as the text may write it, with quote marks around a name in it (“某某”基地)."""
    return re.compile("[“”]?".join(map(re.escape, indicator)))


def opens_noun_phrase(sent: Sentence, rel: int) -> bool:
    """A list item at ``rel`` (sentence-relative) opens with a noun, a name in quotes (、“高效办成一件事”20项),
    a level word, an adjective, a place word or a set phrase before a noun (老旧管网, 村内道路, 义务教育优质…) or a
    word with a suffix (示范型), not with a verb of its own."""
    if sent.text.startswith("“", rel) or sent.text[rel - 1:rel] == "“" or GRADE.match(sent.text, rel) \
            or ONE_GRADE.match(sent.text, rel):
        return True
    i = sent.token_at(rel)
    if 0 <= i < len(sent.tags) - 1 and (sent.tags[i] in ("a", "s", "l") and sent.tags[i + 1].startswith("n")
                                        or sent.tags[i] == "i" and sent.tags[i + 1].startswith(("n", "l"))
                                        or sent.tags[i + 1] == "k"):
        return True  # (老旧管网, 村内道路, 义务教育优质…, 夜生活好去处; 示范型老人家食堂: a word and its suffix 型)
    return not starts_non_noun(sent, rel, verbal_nouns=True)


def with_list_qualifier(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, clause: Clause,
                        indicator: str) -> str:
    """A short later item of a count list shares the qualifier of the item before when it repeats that
    item's head as a word (241个科学教育实验区、1862个实验校 -> 科学教育实验校; 示范区3个、示范县5个 likewise;
    国家级农业产业园区1个、产业强镇7个 -> 国家级农业产业强镇); a named kind with the same head shares what the
    name of the one before opens with, unless only a level (某服务“甲”事项5项、“乙”事项9项 -> 某服务“乙”事项): else
    it names no kind."""
    verbs = pattern(words("measures", "count_verbs") + words("measures", "addition_verbs"), "^(?:{})+")
    verb = verbs.match(indicator)  # (a list's verb already shared: 建成实验校)
    item = indicator[verb.end():] if verb else indicator
    if not figures or figures[-1][1].start != clause.start \
            or "、" not in sent.text[clause.start:q.start - sent.start]:
        return indicator
    before = verbs.sub("", figures[-1][0])
    named = re.fullmatch(r"“[^“”]+”(?P<head>[\u4e00-\u9fff]{1,4})", item)  # (…“立等可取”事项52项、“一次不用跑”事项899项)
    shared = re.fullmatch(r"(?P<qualifier>[\u4e00-\u9fff]{2,10})“[^“”]+”" + re.escape(named.group("head")), before) \
        if named else None
    qualifier = shared.group("qualifier") if shared else ""
    if qualifier and not GRADE.fullmatch(qualifier) and len(qualifier + indicator) <= MAX_INDICATOR:
        return (verb.group() if verb else "") + qualifier + item  # (省级政务服务“一次不用跑”事项)
    if len(item) > 4:
        return indicator
    at = before.find(item[:2], 2)
    qualifier = before[:at] if at > 0 else ""
    if len(item) == 4 and not GRADE.match(qualifier):
        return indicator  # (a longer item shares only a level: 国家级农业产业园区1个、产业强镇7个; not 小区 of 小区老旧电梯)
    if len(qualifier) < 2 or re.search(r"[\d、和与及]", qualifier) or len(indicator + qualifier) > MAX_INDICATOR \
            or len(word_tags(qualifier)[-1][0]) < 2 \
            and not qualifier.endswith(words("measures", "qualifier_ends")):
        return indicator  # (…林草种苗…、草种样品127个: a qualifier 国家级林 would end inside a word)
    return (verb.group() if verb else "") + qualifier + item


def with_listed_firms(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, clause: Clause,
                      indicator: str) -> str:
    """A later item of a list of figures (…、研发投入133.5亿元) shares the class of firms the first item of its clause
    opens with (省属企业完成产业类投资553.1亿元、… -> 省属企业研发投入): alone it reads as the whole place's."""
    first = next((name for name, c in figures if c.start == clause.start), "")
    firms = next((first[:k] for k in range(len(first) - 2, 3, -1) if is_firm_class(first[:k])), "")
    if not firms or firms in indicator or not sent.text[clause.start:q.start - sent.start].endswith("、" + indicator) \
            or len(indicator) > 6 or len(firms + indicator) > MAX_INDICATOR:
        return indicator  # (…、重点酒店平均入住率: an item that names its own kind)
    return firms + indicator


def with_whole_verb(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, indicator: str) -> str:
    """A part after 其中 shares the verb that adds the whole before it (新增病例30例，其中境外输入5例，
    本土病例25例 -> 新增本土病例; 建设1000个项目，其中小型水库7座 -> 建设小型水库): else it reads as the stock."""
    at = sent.text.rfind("其中", 0, q.start - sent.start)
    wholes = [name for name, clause in figures if clause.end <= at]
    if not wholes or indicator.startswith("新") or "；" in sent.text[at:q.start - sent.start]:
        return indicator  # (…其中100多个项目入选…；带动55万家企业…: another part of the sentence)
    verb = pattern("measures:addition_verbs", "^(?:{})(?:[和及、](?:{}))*").match(wholes[-1])  # (新增和更新: both)
    between = sent.text[at + 2:q.start - sent.start]
    own_verb = pattern(words("measures", "addition_verbs") + words("measures", "level_verbs"))
    if verb is None or verb.group().startswith("增") or len(verb.group() + indicator) > MAX_INDICATOR \
            or pattern("measures:addition_verbs", "^(?:{})").match(indicator) \
            or "，" in between and own_verb.search(between[between.rfind("，"):]):
        return indicator  # (增加 may be the 增加 of 增加值; …，其中…，实现每万人拥有…: a later clause's own verb)
    return verb.group() + indicator


def with_previous_scope(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause,
                        indicator: str) -> str:
    """A rate right after a rate of the same kind in the sentence shares the scope word that opens it
    (我国农村自来水普及率达94%，卫生厕所普及率达75% -> 农村卫生厕所普及率): else it reads as everyone's."""
    if previous is None or not indicator.endswith("率") or not previous[0].endswith("率") \
            or sent.text[previous[1].end:clause.start].strip("，、 "):
        return indicator
    scope = next((w for w in words("measures", "scope_prefixes") if previous[0].startswith(w)), "")
    if not scope or indicator.startswith(words("measures", "scope_prefixes")) or len(scope + indicator) > MAX_INDICATOR \
            or not any(previous[0].endswith(indicator[-k:]) for k in range(3, len(indicator))):
        return indicator  # (the same kind of rate: …普及率 and …普及率, not 城镇化率 and 留皖率)
    return scope + indicator


def with_previous_subject(previous: tuple[str, Clause, str] | None, sent: Sentence, clause: Clause, indicator: str) -> str:
    """A bare measure (产值, 总产量, 利润 …) after a figure of the same thing takes that figure's subject
    (全县黄芪种植面积约3万亩，产值突破1亿元 -> 黄芪产值; 粮食播种面积…、总产量… -> 粮食总产量) — only
    where the pair belongs together (``subject_pairs``: 营业收入 and 利润 are one firm's accounts; 增加值 and
    投资 are two aggregates); the same measure named again short (…快递业务量…，…的业务量 -> 快递业务量)."""
    if previous is not None and 2 <= len(indicator) <= 3 and ends_with_words(previous[0], indicator) \
            and indicator.endswith(words("measures", "indicator_heads")) \
            and "其中" not in sent.text[previous[1].start:clause.end]:
        return previous[0]  # 快递业务量突破1800亿件，超过2024年全年的业务量1750.8亿件: the same measure, named again short
    bare = rules("measures")["bare_measures"]
    involved = pattern("measures:involving_words", "^(?:{})").sub("", indicator)  # (…项目1359个，涉及总投资…)
    if previous is None or involved not in bare:
        return indicator
    indicator = involved
    if previous[2] in words("measures", "goods_units") and indicator in words("measures", "goods_measures") \
            and not previous[0].endswith(words("measures", "indicator_heads")):
        return previous[0] + indicator if len(previous[0] + indicator) <= MAX_INDICATOR else indicator  # 家电以旧换新…台，销售额…
    if previous[0].endswith(words("measures", "whole_heads")) and "；" not in sent.text[previous[1].end:clause.start]:
        # 建设亿元以上项目4000个、完成投资4500亿元 (not …，其中10亿元以上项目9个；实际到位资金…: all the projects')
        subject = pattern(words("measures", "count_verbs") + words("measures", "addition_verbs"), "^(?:{})").sub(
            "", previous[0])
        return subject + indicator if len(subject) >= 2 and len(subject + indicator) <= MAX_INDICATOR else indicator
    pairs = rules("measures")["subject_pairs"]  # (规上工业增加值…，投资增长3%: 投资 is not 规上工业's)
    head = next((h for h in sorted(pairs, key=len, reverse=True) if previous[0].endswith(h) and indicator in pairs[h]),
                None)
    if head is None:
        return indicator
    subject = pattern("measures:subject_noise", "^(?:{})+").sub("", previous[0][:-len(head)])
    subject = pattern("measures:subject_noise", "(?:{})+$").sub("", subject)
    if len(subject) < 2 or vocabulary().region(subject) is not None or not names_a_thing(subject):
        return indicator
    return subject + indicator if len(subject + indicator) <= MAX_INDICATOR else indicator


EXCLUSION = re.compile(r"(?P<verb>扣除|剔除|不含|不计)(?P<what>[\u4e00-\u9fff“”]{2,14}?(?:因素)?)(?:的)?(?:影响)?"
                       r"(?:后|以外|外)?[，,]?$")


def with_exclusion(figures: list[tuple[str, Clause]], sent: Sentence, clause: Clause, indicator: str) -> str:
    """A figure with a part left out (扣除房地产开发投资后，固定资产投资增长2.7%) says so in its indicator
    (固定资产投资（扣除房地产开发投资）): bare, it reads as the whole, another figure. The exclusion opens the
    figure's clause or is the clause right before it; an exclusion alone (…，扣除…后增长6%) is of the figure
    before, and "" when there is none."""
    if EXCLUSION.fullmatch(indicator):
        return f"{figures[-1][0]}（{indicator}）" if figures else ""
    at = sent.text.find(indicator, clause.start, clause.end)  # (not the same name in a later clause)
    lead = sent.text[:at if 0 <= at else clause.start]
    lead = pattern("measures:subject_noise", "(?:{})+$").sub("", lead)  # (扣除…，全国固定资产投资…: the scope)
    cut = lead.rfind("，", 0, max(0, len(lead) - 1))
    found = EXCLUSION.search(re.split(r"[；;。]", lead[cut + 1:])[-1])
    if found is None or found.group("what") in indicator:
        return indicator
    return f"{indicator}（{found.group('verb')}{found.group('what')}）"


def after_merger(sent: Sentence, q: Mention, indicator: str) -> str:
    """What is left after a merger (省属企业重组整合至11户, 乡镇合并为50个): the things counted, not the reform,
    which would read as the number merged."""
    merge = pattern("measures:merge_verbs", "(?:{})$").search(indicator)
    before = sent.text[:q.start - sent.start] + words_before_number(q)  # (the number's words may hold 为)
    return indicator[:merge.start()] if merge and merge.start() >= 2 and re.search(r"(?:为|至|到)\s*$", before) else indicator


def with_bracketed_head(sent: Sentence, ctx: Context, clause: Clause, written: str, indicator: str) -> str:
    """An indicator right after a bracket takes the words before the bracket (农业（种植业）增加值 ->
    农业增加值): the bracket only narrows them."""
    at = sent.text.rfind(written, clause.start, clause.end)
    if at <= clause.start or sent.text[at - 1] not in "）)":
        return indicator
    opened = max(sent.text.rfind("（", clause.start, at), sent.text.rfind("(", clause.start, at))
    if opened <= clause.start or at - opened > 14:
        return indicator
    head = clean_indicator(strip_spans(sent.text[clause.start:opened], ctx, sent, clause.start, opened), sent, clause.start)
    if len(head) < 2 or len(head + indicator) > MAX_INDICATOR or vocabulary().region(head) is not None \
            or counted(sent.text[clause.start:opened], head):
        return indicator  # (31个省（自治区）新增病例: 个省 counts places, it does not name the figure)
    return head + indicator


def each_items(sent: Sentence, q: Mention, clause: Clause) -> list[str]:
    """The items of "A、B和C各20家": each has the number (新建省重点实验室、省技术创新中心各20家 ->
    新建省重点实验室, 新建省技术创新中心); [] when the number is not after 各 and a list."""
    rel = q.start - sent.start
    if sent.text[rel - 1:rel] != "各":
        return []
    lead = pattern("measures:lead_noise", "^(?:{})*").sub("", ITEM_NUMBER.sub("", sent.text[clause.start:rel - 1]))
    verb = pattern("measures:addition_verbs", "^(?:{})").match(lead)
    lead = lead[verb.end():] if verb else pattern("measures:count_verbs", "^(?:{})").sub("", lead)
    names = re.split(r"、|和|及", lead)
    if len(names) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff“”]{2,20}", n) for n in names):
        return []
    cut = names[-1].find(names[0][-1])
    head = names[-1][cut + 1:] if cut >= 0 else ""  # 国家级和省级园区: 园区 is the last item's for all
    names = [n + head if len(n) <= 3 and head and not n.endswith(head) else n for n in names]
    return [(verb.group() if verb else "") + n for n in names]


def with_support_verb(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A count right after a support verb is of the things supported and keeps the verb (累计支持13万个行政村光纤网络
    建设 -> 支持行政村光纤网络建设): without it the count reads as all such things."""
    verb = pattern("measures:support_verbs", "(?:{})$").search(text_before(sent, q, clause).rstrip("超近约逾"))
    if verb is None or verb.group() in indicator or len(verb.group() + indicator) > MAX_INDICATOR:
        return indicator
    return verb.group() + indicator


def with_verb_on_people(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A count of people keeps the verb that says what was done for them (救助困难残疾儿童8000人,
    培训农民10万人次): without it the count reads as how many such people there are."""
    if q.attr("unit") not in (*words("measures", "person_units"), "人次"):
        return indicator
    at = sent.text.rfind(indicator, clause.start, q.start - sent.start)
    if at < 0 or indicator.startswith(words("measures", "count_verbs")):
        return indicator
    last = sent.token_at(at + len(indicator) - 1)
    if last >= 0 and sent.tags[last].startswith("v"):
        return indicator  # 开展职业技能培训23万人次: an activity is counted as well without its verb
    before = sent.text[clause.start:at]
    verbs = [v for v in words("measures", "count_verbs") if before.endswith(v) and v not in words("measures", "result_verbs")]
    return max(verbs, key=len) + indicator if verbs and len(indicator) <= MAX_INDICATOR - 2 else indicator


def with_beneficiary(sent: Sentence, q: Mention, clause: Clause, indicator: str) -> str:
    """A task done for or to someone that opens its clause (为退役军人提供5万个就业岗位, 为10万名残疾人提供基本康复
    服务, 对高危人群开展筛查3万名) names them and what is done (为退役军人提供就业岗位, 为残疾人提供基本康复服务):
    else the count reads as a stock of jobs or of people."""
    start = clause.start + ITEM_NUMBER.match(sent.text[clause.start:]).end()
    task = pattern("measures:benefit_verbs", r"(?:为(?!期|了|主|此)|对(?!外|标|比|于|接|此))[^，；。]{2,20}?(?P<verb>{})了?"
                   r"[^，；。、（(：:]{2,16}")  # (对高危人群开展筛查3万名 likewise; not a note after it: （牵头单位：…）)
    frame = task.match(sent.text, start, clause.end)
    rel_q = q.start - sent.start
    if frame is None or not (rel_q <= frame.start() + 1 or frame.end("verb") <= rel_q < frame.end()):
        return indicator  # (the count of those it is done for, or of what is done; 为我国粮食年产量…提供保障: neither)
    digit = re.search(r"[\d一二三四五六七八九十百千万]", q.text)
    number_at = rel_q + (digit.start() if digit else 0)
    named = sent.text[frame.start():number_at] + sent.text[q.end - sent.start:frame.end()]
    named = named.replace(frame.group("verb") + "了", frame.group("verb"), 1)
    up, down, _, _ = verb_patterns()
    change = up.search(named) or down.search(named)  # (对实体经济发放的人民币贷款余额同比增长11.3%: the change is not named)
    named = pattern("measures:tail_noise", "(?:{})+$").sub("", named[:change.start()] if change else named)
    return named if len(named) <= MAX_INDICATOR and not re.search(r"\d", named) else indicator


def share_subject(sent: Sentence, ctx: Context, clauses: list[Clause], clause: Clause, found: list[Mention],
                  figures: list[tuple[str, Clause]], share: str) -> str:
    """What a share opening its clause is of: the nearest figure before it that is no gap and no rate,
    written (``figures``) or not (出口机电产品2.62万亿元，占出口总值近七成 -> 出口机电产品; 外贸进出口
    8.27万亿元，同比增长10%，快于全国增速5.1个百分点，占全国进出口总值的20.8% -> 外贸进出口), or ""."""
    written = next((before for before, c in reversed(figures) if c.end <= clause.start
                    and share_without_subject(share, before)), "")
    if written:
        return written
    for before in reversed([c for c in clauses if c.end <= clause.start]):
        for m in (m for m in found if before.start <= m.start - sent.start < before.end):
            wording = indicator_text(sent, ctx, m, before)
            if wording and wording[1] != "gap" and share_without_subject(share, wording[0]) and names_a_thing(wording[0]) \
                    and not wording[0].startswith((*words("measures", "change_up"), *NUMERAL_CHARS)):
                return wording[0]  # (not 增长至 of 从A增长至B, nor 亿大关 of 突破13亿、14亿大关)
    return ""


NUMERAL_CHARS = tuple("十百千万亿")


def share_without_subject(indicator: str, before: str) -> bool:
    """A share that does not say of what (占地区生产总值比重), after a figure whose indicator
    can be its subject (工业增加值…，占地区生产总值比重达到30%)."""
    return (indicator.startswith("占") and indicator.endswith(SHARE_HEADS)
            and len(before) >= 3 and not before.startswith("占") and before not in words("measures", "generic_tails")
            and not before.endswith(words("measures", "rate_heads")))  # (a share of a rate or a growth is none)


COMPARED_WITH = re.compile(r"^(?:与|跟)[^，；。与跟]{1,24}?相比")
FIGURE_BEFORE = re.compile(r"(?<![\d.])\d[\d.]*(?![\d.])(?!\s*(?:[年月日号时]|[—\-－~至到]\s*\d+\s*[年月日]))")  # (not 1—2月份)
SHARE_BETWEEN = re.compile(r"(?:占|比重|占比)[^，；。\d]{0,15}\d[\d.]*%")  # a share in a clause between two figures


def carried(previous: tuple[str, Clause, str] | None, sent: Sentence, q: Mention, clause: Clause) -> tuple[str, str, bool] | None:
    """A clause that is only a verb and a number (…4.2万亿元，增长6.1%; 突破80万头、
    增长54%; 、高于全国平均水平18.3个百分点) speaks of the indicator of the number
    before it; a level verb (增长6.1%、达到27克/千克) only within one clause; a change in another unit
    (…占比达27.9%，…，比2015年增加7家) not: it is of something the row does not name."""
    if previous is None:
        return None
    indicator, before, unit = previous
    if re.search(r"[；;]", sent.text[before.start:clause.start]) or "其中" in sent.text[before.end:q.start - sent.start]:
        return None  # …营收1.3万亿元；…新业态营业收入6942亿元，增长8.5%: not across a semicolon, nor to a part
        # (…，其中，国际航线表现亮眼，同比增长26%)
    if names_other_figure(sent.text[before.end:clause.start]):
        return None  # …同比增长5.9%，日均装车17.6万车，同比增长7%: the change is of a figure between, not read
    if SHARE_BETWEEN.search(sent.text, before.end, clause.start):
        return None  # 拥有量166.5万件，占41.5%，较上年提高1.1个百分点: the points are the share's (not written)
    if before != clause and FIGURE_BEFORE.search(sent.text, clause.start, q.start - sent.start):
        return None  # …，企业410.1万户、增长7.7%: the growth is of the figure its clause opens with, which is not written
    said = re.sub(r"^.*\d[^\d、，]{0,4}、", "", text_before(sent, q, clause)).strip()
    pre = BASE_WORDS.sub("", said)
    pre = re.sub(r"(?:近|约|超过|超|逾|将近|接近|大约|不到|不足|多达|高达)$", "", pre)  # 同比提高近30个百分点
    pre = COMPARED_WITH.sub("", pre)  # (…，与2022年春节假期同期相比增长7.7%: the base, as the year before's)
    gap = gap_of(pre, q.attr("unit")) if q.attr("unit") in ("%", "百分点") else None
    growth = growth_of(indicator, q.attr("unit"))
    if gap is not None and (gap[0].start() == 0 or re.fullmatch(r"增速|增幅|涨幅", pre[:gap[0].start()])
                            and len(growth + gap[0].group()) <= MAX_INDICATOR):  # (，增速高于某市平均水平0.8个百分点:
        return growth, "gap", gap[1]  # named with its benchmark when it fits)
    added = pattern("measures:addition_verbs", "^(?:{})成?").match(indicator)  # (新建成绿色矿山…、累计达到23座)
    if STOCK_SAID.fullmatch(said) and added and len(indicator) - added.end() >= 2 and q.attr("unit") == unit:
        return indicator[added.end():], "level", False  # (新增省级专精特新企业6家、累计37家: the stock, not an addition)
    up, down, level, _ = verb_patterns()
    if (down.fullmatch(pre) or up.fullmatch(pre)) and q.attr("unit") in ("", "%", "百分点", "‰", "倍", unit):
        return growth, "change", down.fullmatch(pre) is not None
    if before == clause and level.fullmatch(pre):
        return other_verb_on_same(indicator, unit, pre, q, pre == said) or (indicator, "level", False)
    return other_verb_on_same(indicator, unit, pre, q, pre == said)


STOCK_SAID = re.compile(r"(?:累计|总数|总量|共有|总计)(?:达到|达|为|增至|增加到|增加至)?")


SAME_FIGURE_LEAD = re.compile(r"^[，、\s]*(?:日均|月均|年均|单日|首次|最高|最低|累计|已经|已|共|均|同比|环比)*")
SAME_FIGURE_OPENING = re.compile(r"(?:比|较|与|按|折合|约合|合|连|提前|相当于|约|近|超|逾)")  # (折合1098.6亿美元,
# 比去年提前71天突破…, 按可比口径…, 连跨4个千亿台阶: the same figure said again or another way)


@memo(maxsize=1)
def figure_verb_start() -> re.Pattern[str]:
    """A level or change verb opening a text (突破, 达到, 增长 …)."""
    return pattern(tuple(w for k in ("level_verbs", "change_up", "change_down") for w in words("measures", k)),
                   "^(?:{})")


def names_other_figure(between: str) -> bool:
    """A clause between a figure and a bare change after it opens on words naming a figure of something else
    (…，日均装车17.6万车，; …，离岛免税销售额437.6亿元，): not a verb, a base, a conversion or an average of the
    same (首次突破130万亿元, 折合1098.6亿美元, 日均21.5万人次, 比去年提前71天…)."""
    verbs = figure_verb_start()
    for part in re.split(r"[，,]", between):
        number = FIGURE_BEFORE.search(part)
        if number is None:
            continue
        lead = SAME_FIGURE_LEAD.sub("", part[:number.start()])
        if re.match(r"[\u4e00-\u9fff]{2}", lead) and not SAME_FIGURE_OPENING.match(lead) and not verbs.match(lead):
            return True
    return False


def other_verb_on_same(indicator: str, unit: str, pre: str, q: Mention, baseless: bool) -> tuple[str, str, bool] | None:
    """A clause of only another verb and a number in the same unit as the figure before, whose name is a verb and what
    it acts on (新建学校30所，改扩建20所 -> 改扩建学校): the same things, under that verb; or, with no base of
    comparison (比上年净增…: a change of the stock), whose name is a stock with no verb in it and the verb adds to it
    (A级企业11家、新增3家 -> 新增A级企业; not 复查登记文物126处、新发现23处)."""
    verbs = pattern(words("measures", "addition_verbs") + words("measures", "count_verbs"), "(?:{})+")
    done = verbs.fullmatch(pattern("measures:lead_noise", "^(?:{})+").sub("", pre))
    acted = verbs.match(indicator)
    if q.attr("unit") != unit or not unit or done is None:
        return None
    if acted is None:  # (其中A级物流企业11家、新增3家 -> 新增A级物流企业: the ones added, not the stock)
        added = baseless and done.group() in words("measures", "addition_verbs") \
            and len(done.group() + indicator) <= MAX_INDICATOR \
            and not any(tag.startswith("v") for _, tag in word_tags(indicator))
        return (done.group() + re.sub(r"(?<=..)(?:总数|总量|数量)$", "", indicator), "level", False) if added else None
    return (done.group() + indicator[acted.end():], "level", False) if len(indicator) - acted.end() >= 2 else None


def growth_of(indicator: str, unit: str) -> str:
    """What a change in percentage points after a figure changes: its growth rate (国内生产总值…增长5.0%，
    比上年四季度加快0.5个百分点 -> 国内生产总值增速), unless the figure is itself a rate or share."""
    if unit != "百分点" or indicator.endswith(words("measures", "rate_heads")) or len(indicator) + 2 > MAX_INDICATOR:
        return indicator
    return indicator + "增速"

