"""A noun phrase made an indicator: leading clauses, verbs, numerals,
thresholds and examples cut off (clean_indicator). The thing counted right
after a number is counted.py's."""
from __future__ import annotations

import re

from ...lexicon import memo, pattern, rules, vocabulary, words
from ...countries import countries
from ...names import body
from ...nlp import Sentence, word_tags
from ...quantities import UNITS
from ..clauses import MAX_INDICATOR
from .runs import (collective_run, forecast_subject, governing_verb, rate_subject, run_tokens,
                   verb_run_start, with_example_list, with_joined_qualifier, with_joined_verb, with_quoted_name)
from .spans import names_a_season

SLASH_UNIT = re.compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}/[\u4e00-\u9fff]{1,2}")  # (65蒸吨/小时)
CJK_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\u2160-\u216b“”+＋]+(?:(?<=[\u4e00-\u9fff]|[A-Za-z])[-－][A-Za-z0-9]+"
                     r"[\u4e00-\u9fffA-Za-z0-9\u2160-\u216b“”+＋]*"
                     r"|(?<=[\u4e00-\u9fff])（[\u4e00-\u9fff]{1,4}）[\u4e00-\u9fff]+"
                     r"|(?<=[\u2160-\u216b])[—~～-][\u2160-\u216b][\u4e00-\u9fff]+"
                     r"|(?<=[\u4e00-\u9fff])—(?=[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z0-9“”]+)*")
# with Roman numerals (Ⅲ类水体) and their ranges (Ⅰ—Ⅲ类水质断面), quoted names, models (长鹰-8, 5G-A), a bracket
# inside a name (首台（套）重大技术装备), a name of two joined by one dash (澜沧江—湄公河国际航道; not ——)
THRESHOLD = re.compile(r"(?:\d+(?:\.\d+)?)?[万亿千百]+(?:元|人次|人|吨|标箱|千瓦|平方米|亩)(?:及)?(?:以上|以下)的?")
THRESHOLD_OF = re.compile(r"(?:超过?|逾)[\d.十百千万亿]+[^的，]{0,4}的(?=[\u4e00-\u9fff“”]{2,12}$)")  # (收入超千亿的企业)


def directed(tokens: list[tuple[str, str]]) -> bool:
    """The tokens open on 对 and end with a measure of trade or investment with whom it names
    (对共建“一带一路”国家出口, …进出口占比: China's exports to them, not theirs)."""
    text = "".join(w for w, _ in tokens)  # (…进出口占比首次: its share, and the words after it cleaning drops later)
    opens = len(tokens) > 2 and tokens[0][0] == "对" \
        or len(tokens) > 1 and re.fullmatch("对[\u4e00-\u9fff]", tokens[0][0])
    return bool(opens) and any(m in text for m in words("measures", "directed_measures"))  # (对非…: 对非 is one word)


def threshold_lead(tokens: list[tuple[str, str]]) -> bool:
    """The words open with a size that qualifies what follows (亿元以上技改项目: which projects count)."""
    text = "".join(w for w, _ in tokens)
    m = THRESHOLD.match(text)
    return m is not None and len(text) - m.end() >= 2


VERB_WORD_LISTS = ("change_up", "change_down", "count_verbs", "lead_noise")


def verb_words() -> tuple[str, ...]:
    """Words that make what follows them a verb phrase: changes, counting verbs and lead verbs (推进, 实现)."""
    return tuple(w for name in VERB_WORD_LISTS for w in words("measures", name))


def lead_belongs(tokens: list[tuple[str, str]]) -> bool:
    """The first token, though a function word, is part of the indicator: 对 before a country (对德国出口额 is
    China's exports to Germany), 中 of a country pair (中德贸易额), 与 before the other side of a trade
    (与香港进出口总值), a preposition before a place in one character
    (在浙就业…), 万元 before what it is per (万元工业增加值用水量), 千 before the people it is per (千人口托位数),
    a model number before its 型 (055型驱逐舰), where a thing is done (线上服务消费), a season a one-character
    noun makes a name of (春节档电影总票房, 暑期档观影人次), an adjective of the thing (有效灌溉面积), 全国 of a
    national title (全国文明村镇), a grade in Roman numerals (Ⅰ—Ⅲ类水质断面)."""
    if len(tokens) < 2:
        return False
    first, (second, tag) = tokens[0][0], tokens[1]
    return (first in ("对", "中") and second in countries()
            or re.match(r"[\u2160-\u216b]", first) is not None  # (Ⅰ—Ⅲ类水质断面: a grade in Roman numerals)
            or first in ("与", "同") and (second in countries() or tag == "ns")
            and "".join(w for w, _ in tokens[2:]).startswith(words("measures", "trade_heads"))  # (与香港进出口总值)
            or tokens[0][1] == "p" and len(second) == 1 and tag in ("ns", "nr", "j")  # (在浙就业…, 在鄂投资…: a
            # province's one-character name, which the segmenter may tag as a name or an abbreviation)
            or tokens[0][1] == "t" and len(second) == 1 and tag == "n"
            or first in words("measures", "per_unit_leads") and tag.startswith("n")
            or first in ("千", "万", "十万", "百万", "每千", "每万") and second in words("measures", "per_capita_bases")
            or first.isascii() and first.isalnum() and second in words("measures", "model_suffixes")
            or tokens[0][1] == "f" and len(first) == 2 and tag.startswith(("n", "vn"))
            and first not in words("measures", "bound_locatives")  # (线上服务消费热度指数; not 以上人口)
            or first in words("measures", "noun_leads") and tag.startswith(("n", "l"))
            and not second.startswith(verb_words())  # (有效发明专利; not 有效降低成本)
            or first == "全国" and "".join(w for w, _ in tokens[1:]).startswith(words("measures", "national_titles"))
            or first == "第" and second.isdigit() and len(tokens) > 2 and tokens[2][0].startswith(EDITION_WORDS)
            # (第22届某博会签约项目)
            or numbered_name("".join(w for w, _ in tokens))  # (12315平台)
            or (first + second).startswith(words("measures", "per_average_leads"))  # (亩|均税收)
            or first in words("measures", "activity_times") and tag.startswith(("n", "vn")))  # (夜间|消费额)


EDITION_WORDS = ("届", "次", "期")
NUMBERED = re.compile(r"(?!(?:19|20)\d{2}(?!\d))\d{3,}(?![年月日号时])(?=[\u4e00-\u9fff])")  # (not a year: 2025贺岁档)


def numbered_name(text: str) -> bool:
    """A name opening with a number of three or more digits that counts nothing (12315平台; not 500万元, 2024年, nor
    a year opening a name: 2025贺岁档电影票房 is the season's box office of that year)."""
    m = NUMBERED.match(text)
    return m is not None and not text.startswith(tuple(UNITS), m.end())


def starts_non_noun(sent: Sentence, rel: int, verbal_nouns: bool = False) -> bool:
    """A token that is not a noun (an abbreviation is one: 中试基地; nor, with ``verbal_nouns``, a verb
    used as one: 供热, or a word that only qualifies a noun: 单项冠军企业) starts at ``rel`` (sentence-relative)."""
    i = sent.token_at(rel)
    nouns = ("n", "j", "vn", "b") if verbal_nouns else ("n", "j")
    return i >= 0 and sent.starts[i] - sent.start == rel and not sent.tags[i].startswith(nouns)


COUNT_OPENING = pattern("measures:opening_counters", r"\d+(?:{})(?=[\u4e00-\u9fff]{3})")  # a count opening the words
# before the measured one (10项民生实事完成投资)
FUNCTION_TAGS = ("p", "c", "d", "r", "u", "m", "q", "f", "t", "y", "e", "o", "w", "x")


def numeral_word(tokens: list[tuple[str, str]]) -> bool:
    """The first word is a word with numerals before a noun (千兆宽带用户, 第一共和银行, 每万人口, 万元国内生产总值; a scale:
    千亿级产业链; a grade: 一级能效家电), not a count."""
    word, tag = tokens[0]
    if re.fullmatch(r"[一二三四五]", word) and len(tokens) > 2 and ONE_GRADE.fullmatch(tokens[1][0]):
        return True  # (一二类壮苗: two grades written as one)
    scale = len(tokens) > 2 and tokens[1][0] == "级"
    return tag == "m" and len(word) >= 2 and not any(c.isdigit() for c in word) and len(tokens) > 1 \
        and tokens[2 if scale else 1][1].startswith(("n", "s")) and word not in words("measures", "lead_noise") \
        and (not word.endswith(words("measures", "count_endings")) or ONE_GRADE.fullmatch(word) is not None) \
        and not word.startswith(("多", "几", "数"))


ONE_GRADE = re.compile(r"[一二三四五][级类]")  # a grade before a noun (一级能效家电, 三级医院, 三类医疗器械), not a count or a scale


def quoted_name_opens(tokens: list[tuple[str, str]]) -> bool:
    """The words open with a quoted name that qualifies the noun after it (“西部计划”志愿者, “五上”企业):
    it stays whole, whatever its words."""
    close = next((k for k, (word, _) in enumerate(tokens) if word == "”" and k >= 2), None)
    return tokens[0][0] == "“" and close is not None and close + 1 < len(tokens) \
        and tokens[close + 1][1].startswith(("n", "j", "vn"))


def function_word(tag: str) -> bool:
    """A part-of-speech tag of a word that is never part of an indicator (prepositions, numbers, time words …)."""
    return tag != "eng" and tag.startswith(FUNCTION_TAGS)


def wordy_numeral(token: tuple[str, str]) -> bool:
    """A word tagged a numeral that ends as a count does and holds no numeral before (既遂数): a measure's head
    the tagger misread (not 双双, 首次, 数十)."""
    return token[1] == "m" and len(token[0]) > 1 and token[0].endswith(("数", "量")) \
        and re.search(r"[\d一二三四五六七八九十百千万亿两零〇几多余半首双第单数]", token[0][:-1]) is None


BRACKET_END = re.compile(r"[（(][^（）()]{1,10}[）)]\s*$")
NEW_HIGH = re.compile(r"^.*?(?:再创|创)(?:历史|同期)?新高")
INCLUDING = re.compile(r"(?:包括|含)[^，；。]*?在内的?")  # (包括甲、乙等在内的助餐点: the examples, not the thing)


def adverb_split(tokens: list[tuple[str, str]], verbs: set[str]) -> list[tuple[str, str]]:
    """The words cut where the segmenter joined an adverb to a counting verb (全市|共出动 -> 全市, 共, 出动)."""
    out, adverbs = [], words("measures", "subject_adverbs")
    for word, tag in tokens:
        adverb = next((a for a in adverbs if word.startswith(a) and word[len(a):] in verbs), "") \
            if word.startswith(adverbs) else ""
        out += [(adverb, "d"), (word[len(adverb):], "v")] if adverb else [(word, tag)]
    return out


@memo(maxsize=1)
def cleaning_sets() -> tuple[frozenset[str], ...]:
    """The word sets of :func:`clean_indicator`: lead and tail noise, addition verbs, count verbs (not
    additions nor deployments), nominal verbs, lead adverbs, adverbs of manner (with the lead adverbs), verbs of
    having, of service."""
    lead, tail = frozenset(words("measures", "lead_noise")), frozenset(words("measures", "tail_noise"))
    additions = frozenset(words("measures", "addition_verbs"))
    counts = frozenset(words("measures", "count_verbs")) - additions - frozenset(words("measures", "deployment_verbs"))
    nominal = frozenset(words("measures", "nominal_verbs"))
    lead_adverbs = frozenset(words("measures", "lead_adverbs"))  # (重点推进岸线修复 -> 岸线修复; 重点监测企业 stays)
    manner = frozenset(words("measures", "after_noun_adverbs")) | lead_adverbs  # (有序改造供热管网 -> 改造供热管网)
    having, served = frozenset(words("measures", "having_verbs")), frozenset(words("measures", "service_verbs"))
    return lead, tail, additions, counts, nominal, lead_adverbs, manner, having, served  # (高质量办理: 办理 tagged a noun)


PERIOD_ENDS = ("期间", "假期", "季", "旺季")
AIMS = ("力争", "争取")
MEASURED = ("值", "收入", "额", "量", "率", "规模")
NUMERAL_PAIR = re.compile(r"(?:(?<=[一二三四五六七八九十])|(?<=[一二三四五][类级]))、(?=[一二三四五六七八九十][类级档星])")


def numeral_pair(tokens: list[tuple[str, str]]) -> bool:
    """The tokens open on two grades written as one (一、二类苗比例, 二类、三类器械): they say which, they stay."""
    return len(tokens) > 3 and NUMERAL_PAIR.match("".join(w for w, _ in tokens[:3]), 1) is not None


def opens_season(tokens: list[tuple[str, str]]) -> bool:
    """The tokens open on a time word that names a season with the words after it (冬春|旅游|季…): it stays."""
    return len(tokens) > 1 and tokens[0][1] == "t" and names_a_season(tokens[0][0] + "".join(w for w, _ in tokens[1:]),
                                                                       0, len(tokens[0][0]))


@memo(maxsize=1)
def home_place_tokens() -> frozenset[str]:
    """The words for the whole of a document's or a sentence's own place (全省, 全市, 全县 …), which the row's region
    says (not 全国: with no region, the country's scope)."""
    places = rules("places")
    return frozenset().union(*places["home_words"].values(), *places["county_home_words"].values())


def without_place_after_period(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tokens without a home-place word that follows a period inside them (春节假期全省接待游客, 秋收期间全省投入
    收获机 -> 春节假期接待游客, 秋收期间投入收获机): the place word says where, the period stays as what is counted over."""
    places = home_place_tokens()
    return [t for k, t in enumerate(tokens) if not (0 < k < len(tokens) - 1 and t[0] in places and (
        tokens[k - 1][1] == "t" or tokens[k - 1][0].endswith(PERIOD_ENDS)))]


def clean_indicator(stem: str, sent: Sentence | None = None, offset: int = 0) -> str:
    """The measured thing in the text before a verb: the last run of words,
    without leading and trailing noise (time words, 全省, 力争, 同比, 稳定在 …),
    nor a leading count verb (开展职业技能培训 -> 职业技能培训) other than one that adds or
    acts on part of a stock (新建省级智能工厂, 建设高标准农田 stay: the figure is what is added)."""
    stem = BRACKET_END.sub(lambda m: " " * len(m.group()), stem)  # 科技创新平台（基地）10家: the words before it
    stem = NEW_HIGH.sub(lambda m: " " * len(m.group()), stem)  # (…再创新高电影全产业链产值: a headline run on)
    stem = INCLUDING.sub(lambda m: " " * len(m.group()), stem)
    stem = NUMERAL_PAIR.sub("和", stem)  # (一、二类苗比例, 二类、三类器械: one class of two grades, not a list the run
    # stops at)
    runs = list(CJK_RUN.finditer(stem))
    if not runs:
        return ""
    adverbs = words("measures", "subject_adverbs") + words("measures", "trailing_adverbs")
    if len(runs) > 1 and pattern(adverbs, "(?:{})+").fullmatch(runs[-1].group()) \
            and not stem[runs[-2].end():runs[-1].start()].strip():
        runs.pop()  # (某国债务规模[15日]首次超过…: the adverbs after a time say how, the words before it what)
    run = with_joined_qualifier(stem, runs, with_joined_verb(stem, runs, collective_run(stem, runs, sent, offset)), sent, offset)
    if any(m.start() < run.start() < m.end() for m in SLASH_UNIT.finditer(stem)):
        return ""  # (65蒸吨/小时及以上燃煤锅炉…: the words after a size's slash name nothing on their own)
    run = with_quoted_name(stem, with_example_list(stem, runs, run))
    if count_opening := COUNT_OPENING.match(run.group()):
        run = re.compile(r".+").match(stem, run.start() + count_opening.end(), run.end()) or run  # (10项民生实事完成投资:
        # not 项民生实事…)
    said = None
    for found in report_verbs_in(run.group()):
        if len(found.group()) > 1 or found.start() == 0:
            said = found  # (a one-character verb only opening the run: 据 in 数据 says nothing)
    if said is not None and said.end() < len(run.group()):
        run = re.compile(r".+").match(stem, run.start() + said.end(), run.end()) or run
    if sent is not None:
        tokens = run_tokens(sent, offset + run.start(), offset + run.end(), clip=True)
    else:
        tokens = list(word_tags(run.group()))  # a stem on its own: segment it
    if sent is not None and tokens and len(tokens[-1][0]) == 1 and not sent.is_boundary(offset + run.end()) \
            and tokens[-1][0] not in words("measures", "indicator_heads"):
        tokens.pop()  # one character of a word the verb cut (火炬手参|加), unless it heads the indicator (参保率|达)
    tokens = forecast_subject(stem, runs, sent, offset) + rate_subject(stem, runs, run, sent, offset) + tokens
    lead, tail, additions, counts, nominal, lead_adverbs, manner, having, served = cleaning_sets()
    tokens = adverb_split(tokens, additions | counts)
    while tokens and (tokens[0][0] in lead or function_word(tokens[0][1]) and tokens[0][0] not in additions
                      and not numeral_word(tokens)
                      or tokens[0][0] in manner and len(tokens) > 1 and (tokens[1][1].startswith("v")
                                                                         or tokens[1][0] in counts | additions | served)
                      and (tokens[0][0] not in lead_adverbs or tokens[1][0] in lead)
                      or tokens[0][0] in counts - nominal and len("".join(w for w, _ in tokens[1:])) > 2
                      and not verb_object_qualifier(tokens)
                      or tokens[0][0] in having and len(tokens) > 1 and not any(w == "的" for w, _ in tokens)) \
            and not lead_belongs(tokens) and not threshold_lead(tokens) and not quoted_name_opens(tokens) \
            and not directed(tokens) and not opens_season(tokens) and not numeral_pair(tokens):
        popped = tokens.pop(0)  # (an addition verb stays: 新建省级智能工厂 counts what is added, not the stock)
        if popped[0] in having:
            break  # (全国已有…园区, 江西已拥有全国重点实验室: what is had is counted, all of it)
    tokens = without_place_after_period(tokens)
    tokens = [t for k, t in enumerate(tokens) if not (0 < k < len(tokens) - 1 and t[0] in AIMS and tokens[k - 1][1][:1] == "n"
                                                       and "".join(w for w, _ in tokens[k + 1:]).endswith(MEASURED))]
    # (纺织服装产业力争产值: the aim between whose and what names neither)
    under = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k] == ("下", "f")
                  and not tokens[k - 1][0].endswith("线")), None)  # (not 线上|线下)
    if under is not None and len("".join(w for w, _ in tokens[under + 1:])) >= 2:
        tokens = tokens[under + 1:]  # 正常年景下粮食产量: the condition it holds under is no part of it
    while tokens and (tokens[-1][0] in tail or function_word(tokens[-1][1]) and tokens[-1][1] != "q"
                      and not wordy_numeral(tokens[-1])) and not (len(tokens) > 1 and (
            tokens[-1][0] == "比" and tokens[-2][0].endswith(("占", "之")) or tokens[-2][0] == "占")) and not (
            tokens[-1][0] in words("measures", "head_characters") and len(tokens) > 1) and not (
            tokens[-1][0] == "”" and any(w == "“" for w, _ in tokens)):  # (供应工业“标准地”: a quoted name ends there)
        tokens.pop()
    cutting = (counts | additions) - nominal
    rate = bool(tokens) and tokens[-1][0].endswith(("率", "比例", "比重"))  # (家庭医生签约服务覆盖率, 供水工程覆盖农村人口比例:
    # a rate keeps all that says of what)
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k][0] in cutting and len("".join(w for w, _ in tokens[k + 1:])) >= 4 and not (rate and k > 0) \
                and tokens[k + 1][0] not in ("的", "和", "及", "与") and not (k == 0 and verb_object_qualifier(tokens)) \
                and sum(w == "“" for w, _ in tokens[:k]) <= sum(w == "”" for w, _ in tokens[:k]) \
                and not (tokens[k][1] == "vn" and k > 0 and tokens[k - 1][1] == "n"
                         and tokens[k + 1][0].startswith(words("measures", "indicator_heads"))):  # (某设施建设投资规模)
            if tokens[k][0] in words("measures", "result_verbs") and k > 0:
                tokens = tokens[:k] + tokens[k + 1:]  # 全国铁路完成固定资产投资 -> 铁路固定资产投资: the subject stays
            elif (governs := governing_verb(tokens, k, additions)) is not None:
                tokens = tokens[governs:]  # 打造城镇建设高质量样板, 打造公益性艺术培训“…学堂”: 建设, 培训 are of the name
            elif tokens[k][0] in counts and not (k > 0 and tokens[k - 1][0] + tokens[k][0] in additions):
                tokens = tokens[k + 1:]  # (新制定: 新 makes the count an addition)
            elif verb_run_start(tokens, k, additions) < k:
                tokens = tokens[verb_run_start(tokens, k, additions):]  # 新建和改造提升高标准农田, 制定修改废止规章: all verbs
            elif (to := next((j for j in range(k) if tokens[j][0].startswith("对")), None)) is not None \
                    and directed(tokens[to:]):
                tokens = tokens[to:]  # 中国对非新增直接投资 -> 对非新增直接投资: with whom, not all new investment
            elif "".join(w for w, _ in tokens[:k]).startswith(words("measures", "world_scopes")) and k <= 2:
                pass  # 欧洲地区新增确诊病例: the part of the world whose addition it is
            elif (k == 1 and tokens[0][1] in ("n", "ns", "nz", "nt") and len(tokens[0][0]) <= 3
                  or k == 2 and tokens[0][1] == "f" and tokens[1][1] in ("n", "ns", "nz", "nt") and len(tokens[1][0]) <= 3) \
                    and not counted(run.group(), tokens[0][0]):  # (31个省新增确诊病例: 个省 counts the places)
                pass  # 铁路新增营业里程, 西部铁路建设…投资: the noun before the verb is whose addition it is
            else:  # 分区分类建设高标准农田 -> 建设高标准农田; 新改建农村公路 keeps 新
                tokens = tokens[k - 1:] if k > 0 and tokens[k - 1][0] == "新" else tokens[k:]
            break
    cue = next((k for k, t in enumerate(tokens) if k and t[0] in words("measures", "forecast_cues")), 0)
    forecaster = "".join(w for w, _ in tokens[:cue]) if cue else ""
    said_by = body(forecaster) if forecaster else None  # (a firm's forecast is of its own figures: it stays)
    if forecaster and (forecaster in words("measures", "forecasters") or said_by and said_by.category != "enterprise"):
        tokens = tokens[cue + 1:]  # (主办方预计本届广交会到会境外采购商 -> 本届广交会到会境外采购商; 中汽协预计全年汽车销量 ->
        # 全年汽车销量: who expects it, not what)
    tokens = [t for k, t in enumerate(tokens) if k == 0 or t[0] not in words("measures", "forecast_cues")
              and not (t[0] in words("measures", "result_verbs") and k < len(tokens) - 1
                       and not re.fullmatch("[\u4e00-\u9fff]", tokens[k + 1][0]))  # 规上企业实现营收 -> 规上企业营收;
              # 投资完成额 is one word
              and not (t[0] in words("measures", "future_adverbs") and t[1].startswith("d"))  # 民航将运输旅客 -> 民航运输旅客
              and not (t[0] in ("共", "共计") and 0 < k < len(tokens) - 1 and all(w != "、" for w, _ in tokens[:k]))]
    # (铁路建设共完成投资 -> 铁路建设投资; 铁路、公路、民航共发送旅客: a list's sum stays)
    noun = without_example("".join(w for w, _ in tokens))
    if noun.count("”") > noun.count("“"):  # (对“一带一路”共建国家: the opening quote went with the preposition;
        noun = noun[1:] if noun.startswith("”") else "“" + noun  # ”输送人才 after a name cut off: only its mark)
    threshold = THRESHOLD.match(noun)
    if threshold is not None and threshold.group().endswith("的"):
        noun = noun[:threshold.end() - 1] + noun[threshold.end():]  # 千万人次及以上的运输机场数量: the size says which
    if "的" in noun:
        head, last = noun.rsplit("的", 1)
        if (last in words("measures", "generic_tails") or last in words("measures", "nameless_heads") and "对" in head[1:]) \
                and len(noun) <= MAX_INDICATOR:  # (服务业对经济增长的贡献率: whose rate of what; not 对经济增长的…)
            noun = noun.replace("的", "")
        elif len(last) >= 2 and not scopes(tokens, head, noun) or last in words("measures", "nameless_heads"):
            new = next((v for v in words("measures", "addition_verbs") if v.startswith("新") and head.endswith(v)), "")
            noun = new + last if len(last) >= 2 else last  # (…领域新设立的外资企业 -> 新设立外资企业: the new ones)
        else:  # 国家直接监测的各类环境监测点位总数, 法国林火的过火面积: a short qualifier that opens with a noun scopes it
            noun = noun if len(last) >= 2 else noun.replace("的", "")
    if not 2 <= len(noun) <= MAX_INDICATOR or noun in words("measures", "not_indicators") or "了" in noun \
            or re.search(r"[一二三四五六七八九十两][十百千万亿]", noun):
        return ""  # (a noun with 了 in it is a clause: 部分研究提出了全国; one with a number word is no name: 过五千亿)
    if re.fullmatch(r"[A-Za-z0-9]+", noun) and len(noun) < 3 or re.match(r"[\d.]+(?![\dA-Za-z])", noun) \
            and not noun.lstrip("0123456789").startswith(words("measures", "model_suffixes")) \
            and not numbered_name(noun):
        return ""  # (a number's tail, not 055型驱逐舰)
    if len(tokens) == 1 and (tokens[0][1] in ("v", "vd", "vi") or any(
            tokens[0][0].startswith(c) and len(tokens[0][0]) <= len(c) + 1 for c in counts)):
        return ""  # a verb, not a measured thing (培育, 打造出)
    if vocabulary().region(noun) or noun in countries():
        return ""  # a place is not a measured thing
    return with_work_named(stem, run, noun)


def with_work_named(stem: str, run: re.Match[str], noun: str) -> str:
    """The indicator after the title of a work it measures (电影《某某》全球票房 -> 《某某》全球票房): else it
    names no film, book or show."""
    title = re.search(r"《([^《》]{2,16})》$", stem[:run.start()])
    if title is None or not stem[run.start():run.end()].endswith(noun) or len(title.group() + noun) > MAX_INDICATOR:
        return noun
    return title.group() + noun


def report_verbs_in(text: str) -> list[re.Match[str]]:
    """The verbs of a report in ``text`` (数据显示, 据…统计), not one that names a sector with the noun after
    it (新型显示产业) unless a source comes before it (数据显示产业…)."""
    return [m for m in pattern("measures:report_verbs").finditer(text)
            if not text.startswith(words("measures", "sector_nouns"), m.end())
            or any(w in text[max(0, m.start() - 2):m.end()] for w in words("measures", "source_words"))]


def without_example(noun: str) -> str:
    """The indicator without the one named example before its 等 (更新改造复康路等道路 -> 更新改造道路,
    水池等调蓄设施 -> 调蓄设施): the figure counts the class, not the example."""
    etc = re.search(r"(?<![中高初同平对均上下优])等(?![级于同])", noun)  # (not the 等 of 等级, 中等)
    at = etc.start() if etc else -1
    if at < 2 or len(noun) - at - 1 < 2 or noun.count("“", 0, at) > noun.count("”", 0, at) \
            or pattern("measures:class_words", "(?:{})").search(noun, at + 1, at + 5):
        return noun  # (“立等可取”; 人工智能等产业营收: the example names a class too wide without it)
    verbs = list(pattern(words("measures", "count_verbs") + words("measures", "addition_verbs")).finditer(noun, 0, at))
    start = verbs[-1].end() if verbs else 0
    examples = re.split("、|以及|及|和", noun[start:at])  # (新开发人工智能、养生保健等老年教育课程: a list of examples)
    return noun[:start] + noun[at + 1:] if len(examples) <= 4 and all(2 <= len(e) <= 8 for e in examples) else noun


def without_cut_list(sent: Sentence, end: int, indicator: str) -> str:
    """An indicator that opens on the last example of a list it could not keep whole (甲、乙、丙等未来产业领域企业:
    丙等…) is of the class after 等 (未来产业领域企业); "" when that class names nothing alone (甲、乙等领域项目,
    甲、乙等称号的企业, 甲、乙等为代表的项目) or when the list is of places (华北、黄淮等地最高气温: not the whole
    country's): the row would name one example for the whole list."""
    if indicator.startswith("地") and sent.text.rfind("等" + indicator, 0, end) >= 0:
        return ""  # (the list of places is cut off before 等地)
    if indicator.startswith("度") and sent.text.rfind("年" + indicator, 0, end) >= 0:
        return indicator[1:]  # (2022至2023年度全球谷物库存: the 度 of 年度)
    etc = indicator.find("等")
    if etc < 1 or "、" in indicator[:etc] or sent.text.rfind("、" + indicator[:etc + 1], 0, end) < 0:
        return indicator
    rest = indicator[etc + 1:]
    bare = pattern("measures:class_words", "^(?:为|的)?(?:{})").match(rest) or len(rest) < 2
    return "" if bare else rest


def verb_object_qualifier(tokens: list[tuple[str, str]]) -> bool:
    """The tokens open on a verb and what it acts on, closed by 的 before a noun of two characters or more
    (完成实地调查的县级行政区, 开展直播带货的商户): a qualifier saying which things are counted, not the verb that
    counts them."""
    de = next((k for k, (w, _) in enumerate(tokens) if w == "的"), 0)
    return 2 <= de <= 3 and all(t.startswith(("n", "v", "l", "j")) for _, t in tokens[1:de]) \
        and len("".join(w for w, _ in tokens[de + 1:])) >= 2 \
        and not re.search(r"突破|超|达|以上", "".join(w for w, _ in tokens[:de]))


def scopes(tokens: list[tuple[str, str]], head: str, noun: str) -> bool:
    """The words before the 的 of an indicator (``head``) are a short qualifier opening with a noun
    (or a model's name: C919的全球订单; 南非与其他金砖成员国的贸易总额), with a verb of having and a noun
    (有进出口实绩的企业数量) or with a verb and what it acts on (提供托育服务的机构, 涉及数据造假的发动机数量, 出口汽车的
    平均单价): it says which things are measured. Not a bare place word after it (自主研发的国内…)."""
    k = 1 if tokens and tokens[0][0] in words("measures", "inside_scopes") else 0  # (省内有…的企业)
    having = len(tokens) > k + 1 and tokens[k][0] in words("measures", "having_verbs") \
        and tokens[k + 1][1].startswith(("n", "vn", "j"))
    acting = len(tokens) > 1 and (tokens[0][1] == "v" or tokens[0][1] == "vn" and len(head) <= 4) \
        and tokens[1][1] in ("n", "vn", "nz", "j", "nr", "ns", "l") \
        and not re.search(r"突破|超|达|以上", head)  # (not 年产值突破1亿元的智能工厂: a threshold, the condition)
    last = noun.rsplit("的", 1)[-1]
    return 2 <= len(head) <= (8 if "在" in head else 14 if having or acting else 12) and "的" not in head \
        and len(noun) <= 20 and bool(tokens) \
        and last not in words("measures", "domestic_or_foreign") \
        and (tokens[0][1].startswith(("n", "j", "eng")) or having or acting)


def counted(text: str, word: str) -> bool:
    """``word`` follows a number in ``text`` (31个省: a count of places, not a name)."""
    at = text.find(word)
    return at > 0 and (text[at - 1].isdigit() or text[at - 1] in "一二三四五六七八九十两百千万")
