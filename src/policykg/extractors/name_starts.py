"""Where an organisation's name starts: walking back from its head (局, 公司, 大学 …) over the tokens before it,
up to punctuation, a stop word or a function word — the bounds the ``organisations`` extractor tries."""
from __future__ import annotations

import re

from ..lexicon import memo, pattern, vocabulary, words
from ..countries import countries
from ..names import place_prefix
from ..zones import zone_prefix
from ..nlp import Sentence

MAX_NAME = 40
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "t", "f", "q", "y", "e", "o", "w", "zg",
             "v", "vd", "ad", "m"}
PUNCT = re.compile(r"[，。；：！？、,;:!?\s“”《》\"'（）()·…—\-\t【】\[\]]")
NAME_WORD_TAGS = ("d", "a", "ad", "v", "vd", "vn", "f")  # (words a registered firm's name may hold before its legal
# form, unless a place follows: 来自|北京某某集团股份有限公司)
COUNTED = re.compile(r"[一二三四五六七八九十两几数多\d]+[所家个座位名项批支类国]")  # 四所交通大学, 两国…电视台: a count of bodies, not a name


@memo(maxsize=1)
def stop_word_pattern() -> re.Pattern[str]:
    """A stop word or a verb of two characters or more inside a token (全力支持 holds 支持)."""
    return pattern(tuple(w for w in (*words("organisations", "not_name_start"), *words("measures", "count_verbs"),
                                     *words("measures", "toll_verbs"), *words("measures", "report_verbs"))
                         if len(w) >= 2))


@memo(maxsize=1)
def name_stops() -> frozenset[str]:
    """Words a name does not run back over: stop words, count verbs, lead words, job titles (副主任陕西省政协)."""
    return frozenset(words("organisations", "not_name_start")) | frozenset(words("measures", "count_verbs")) | frozenset(
        w for w in words("measures", "lead_noise") if len(w) >= 2) | (
        frozenset(words("organisations", "job_titles")) - frozenset(words("organisations", "office_titles")))


def name_starts(sent: Sentence, head_start: int) -> list[int]:
    """Where a name ending with the head at ``head_start`` may start, earliest
    first: token starts walking back from the head over the tokens before it,
    up to punctuation, a stop word, a function word, a number or ``MAX_NAME``
    characters. A head inside a longer token starts its token's candidates."""
    text = sent.text
    i = sent.token_at(head_start)
    if i < 0:
        return []
    candidates = [sent.starts[i] - sent.start]
    legal = text.startswith(tuple(words("organisations", "legal_forms")), head_start)
    stops = name_stops()
    inner_stop = stop_word_pattern()
    for j in range(i - 1, -1, -1):
        s, e, tag = sent.starts[j] - sent.start, sent.ends[j] - sent.start, sent.tags[j]
        word = text[s:e]
        if word == "·" and j > 0 and sent.tags[j - 1] in ("nr", "nrt", "nz", "ns") and sent.tags[j + 1] in ("nr", "nrt", "nz"):
            continue  # 洛克希德·马丁公司: a foreign name's parts
        if word in ("－", "-", "—") and j > 0 and text[sent.starts[j - 1] - sent.start:s] in countries():
            continue  # 澳大利亚－中国友好交流协会: a pair of countries names one body
        if PUNCT.search(word) or word in stops and word not in ("和", "与") or head_start - s > MAX_NAME \
                or inner_stop.search(word) and vocabulary().organization(word) is None:
            break  # (联合 stops a name, 联合国 opens one: 联合国文明联盟)
        if word == "中" and (s == 0 or PUNCT.search(text[s - 1])) and tag == "f":
            candidates.append(s)  # 中储粮集团 opening a clause: 中 of an abbreviation, not a localizer (…中)
            break
        if ORDINAL.fullmatch(word) or numbered_after_place(sent, j, word):
            candidates.append(s)  # 第一共和银行, 成都市第二人民医院, 济南二机床集团: a number is part of the name
            continue
        if tag == "nr" and len(word) >= 2 and j + 1 < len(sent.tags) and (
                sent.tags[j + 1] == "ns" or sent.tags[j + 1] == "nt" and sent.starts[j + 1] - sent.start < head_start) \
                and not ((zone := zone_prefix().match(text, s)) and zone.end() > e):
            break  # a person's name before a place-named company or a whole body's name (李明浙江华达科技有限公司,
            # 某某同|某大学经济管理学院; not 卫星|通讯社, where the body's token is its head alone; not 鹏|瑞利医院,
            # where one character tagged a name begins the body's own; not 宝山|城市工业园区管委会, a zone's own name)
        if word == "与" or word == "和" and joins_bodies(sent, j):
            break  # 吉林省政府与省总工会: two bodies, not one name (工业和信息化厅 is one)
        if len(word) == 1 and tag in ("v", "n", "a") and sent.tags[j + 1] == "nrt" \
                and (j == 0 or PUNCT.search(text[sent.starts[j - 1] - sent.start:sent.ends[j - 1] - sent.start])):
            candidates.append(s)  # 、费|斯托气动公司: a foreign name's first character, split off as a word of its own
            break
        if (tag in STOP_TAGS and word not in ("和", "与") or tag == "a" and len(word) == 1) \
                and vocabulary().region(word) is None and not (tag == "a" and place_opens(text, s, e)) \
                and not (legal and tag in NAME_WORD_TAGS and not place_prefix().match(text, e)):
            break  # (开封 is a city before it is a verb; 新|蒲|新区管委会: a place's name opens with the adjective; a
            # registered firm's name holds any words before its legal form: 湘某新材料股份有限公司, 某韵乐器制造有限公司,
            # 云南省滇中引水工程有限公司)
        candidates.append(s)
        if glued_to_name(sent, s):
            break  # (本办法由|市科学技术局负责解释: the name starts inside the token, nothing before it is the name's)
    candidates = [s + 1 if glued_to_name(sent, s) else s for s in candidates]
    return [s for s in reversed(candidates) if text[s] not in "和与及个位名" and not COUNTED.match(text, s)
            and not (text[s] in "年月日" and s > 0 and text[s - 1].isdigit())  # (2024年10月市人民政府: a date's 月)
            and not (text[s] == "国" and s > 0 and text[s - 1] in "一二三四五六七八九十两几多")]  # (中亚五国商协会)


def place_opens(text: str, s: int, e: int) -> bool:
    """A place's name (of the vocabulary, or one ending in a level: 新蒲新区) starts at ``s`` and runs past the token
    ending at ``e``."""
    place = place_prefix().match(text, s)
    return place is not None and place.end() > e and "的" not in place.group()


def glued_to_name(sent: Sentence, rel: int) -> bool:
    """The token at ``rel`` opens with one character that is no part of the name, segmented with its start:
    a conjunction before a foreign name (和|益 in 和益普索集团), or a verb of submitting or a preposition before a
    level (报|州人民政府批准 in 报州人民政府, 以|县统计局核定数据为准). The name starts after it."""
    i = sent.token_at(rel)
    if i < 0 or sent.starts[i] - sent.start != rel:
        return False
    token = sent.text[rel:sent.ends[i] - sent.start]
    return len(token) >= 2 and token[0] in "和与及" and sent.tags[i] in ("nr", "nrt") \
        or len(token) == 2 and token[0] in words("organisations", "submit_verbs") and token[1] in "省市县州区旗盟"


ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")  # a token of an ordinal alone (not 第一家, 第一批)


def numbered_after_place(sent: Sentence, j: int, word: str) -> bool:
    """Token ``j`` is one Chinese numeral between a place and a noun of two characters or more
    (济南|二|机床集团): part of a name (not 伦敦一警局, "a" station; nor 中亚五国…, five countries)."""
    return len(word) == 1 and word in "二三四五六七八九" and j > 0 and sent.tags[j - 1] == "ns" \
        and j + 1 < len(sent.tags) and sent.tags[j + 1].startswith("n") and sent.ends[j + 1] - sent.starts[j + 1] >= 2 \
        and not sent.text.startswith("国", sent.starts[j + 1] - sent.start)


def joins_bodies(sent: Sentence, j: int) -> bool:
    """Token ``j`` (和/与) joins two names: a head, a clause word or a descriptive word (媒体和卫生部) before
    it, a place after it."""
    before = sent.text[sent.starts[j - 1] - sent.start:sent.ends[j - 1] - sent.start] if j > 0 else ""
    after = sent.text[sent.starts[j + 1] - sent.start:] if j + 1 < len(sent.starts) else ""
    return (before[-1:] in "委府厅局部室办会署组协学院校司行所" or before in words("organisations", "source_words") or after[:1] in "省市区县州旗盟"
            or j + 1 < len(sent.tags) and sent.tags[j + 1] == "ns")
