"""A part of a whole said before it: after 其中 it takes the whole's name, qualifier or counted head (发电量…，其中
火电… -> 火电发电量; …重点项目120个…，其中新开工项目45个 -> 新开工重点项目), and a group of people after another
group's figure did what the other did (…；港澳台居民242万人次 -> 港澳台居民出入境)."""
from __future__ import annotations

import re

from ...lexicon import pattern, words
from ...nlp import Sentence, word_tags
from ...records import Mention
from ..clauses import MAX_INDICATOR, Clause


def with_whole_name(figures: list[tuple[str, Clause]], sent: Sentence, q: Mention, indicator: str) -> str:
    """A part after 其中 named by a word of two characters that is no measure itself takes the whole's name
    (集装箱吞吐量…，其中内贸、外贸分别增长… -> 外贸集装箱吞吐量; 发电量…，其中火电… -> 火电发电量), and one
    with the whole's head its qualifier (…，其中内贸吞吐量… -> 内贸集装箱吞吐量), a part that says only where from
    (…无症状感染者…，其中境外输入… -> 新增境外输入无症状感染者) likewise, and people of the whole's one-word
    action theirs (…出入境…，其中港澳台居民… -> 港澳台居民出入境):
    else it names nothing measured. A part whose words are in the whole's name stays (进出口总值…其中出口…)."""
    at = sent.text.rfind("其中", 0, q.start - sent.start)
    if at < 0 or "；" in sent.text[at:q.start - sent.start]:
        return indicator
    wholes = [name for name, clause in figures if clause.end <= at and not sent.text[clause.end:at].strip("，、 ")
              and "占" not in name]  # (…386万千瓦、占…的41.2%，其中光伏…: the parts are of the 386万, not of the share)
    # (…里程639公里、其中高铁370公里，新增高速公路2600公里: the whole must end where 其中 begins)
    people = words("measures", "people_heads")
    action = pattern("measures:whole_place_openings", "^(?:{})").sub("", wholes[-1]) if wholes else ""
    tags = word_tags(action) if action else ()
    if action and indicator.endswith(people) and not action.endswith(people) and len(indicator + action) <= MAX_INDICATOR \
            and (len(tags) == 1 or len(tags) == 2 and tags[-1][1] == "v"):
        return indicator + action  # (…出入境…，其中港澳台居民242万人次 -> 港澳台居民出入境; 全县预计资助参保…，其中特困人员…
        # -> 特困人员资助参保: who of the whole)
    bare = re.fullmatch(r"[\u4e00-\u9fff]{1,2}", indicator) is not None and indicator not in words(
        "measures", "component_measures") or where_from(indicator)  # (…其中个人消费…，出口增长0.9%: 出口 measures)
    counted = next((c for name, clause in reversed(figures) if clause.end <= at
                    and (c := with_counted_whole(indicator, name)) != indicator), indicator)
    if counted != indicator:
        return counted  # (实施重点项目120个、完成投资260亿元，其中新开工项目45个 -> 新开工重点项目)
    if wholes and len(indicator + wholes[-1]) <= MAX_INDICATOR and not bare:
        return qualified_part(indicator, wholes[-1])
    if not wholes or not bare or set(indicator) & set(wholes[-1]) \
            or len(indicator + wholes[-1]) > MAX_INDICATOR:
        return indicator
    told = pattern("measures:telling_verbs", "^(?:{})").match(wholes[-1])  # (报告新增…: how it was told)
    whole = wholes[-1][told.end():] if told else wholes[-1]
    last = word_tags(whole)[-1]
    if not whole.endswith(words("measures", "indicator_heads") + words("measures", "people_heads")) \
            and last[1] == "n" and len(last[0]) == 2 and word_tags(indicator) == ((indicator, "n"),):
        return whole[:-len(last[0])] + indicator  # (储备秋冬种农资…，其中化肥… -> 储备秋冬种化肥: a kind of the things)
    verb = pattern("measures:addition_verbs", "^(?:{})").match(whole)
    cut = verb.end() if verb and verb.group().startswith("新") else 0  # (新增无症状感染者…其中本土 -> 新增本土无症状感染者)
    return whole[:cut] + indicator + whole[cut:]


def where_from(part: str) -> bool:
    """A part of three or four characters that says only where from: a place word and a verb (境外输入), no measure."""
    tokens = word_tags(part) if re.fullmatch(r"[\u4e00-\u9fff]{3,4}", part) else ()
    return len(tokens) == 2 and tokens[0][1] in ("s", "f") and tokens[1][1] == "v"


def with_people_measure(sent: Sentence, clause: Clause, indicator: str) -> str:
    """A group of people opening its clause alone, after a figure of another group and what it did in the sentence
    (内地居民出入境336万人次；港澳台居民242万人次), did the same (港澳台居民出入境): alone, it counts the people."""
    heads = words("measures", "people_heads")
    if not indicator.endswith(heads) or sent.text.find(indicator, clause.start) != clause.start:
        return indicator
    done = [m.group("done") for m in pattern(heads, r"(?:{})(?P<done>[\u4e00-\u9fff]{2,6}?)(?=[约近超逾]?\d)").finditer(
        sent.text, 0, clause.start)]
    if not done or done[-1].startswith(heads) or done[-1] in indicator or len(indicator + done[-1]) > MAX_INDICATOR:
        return indicator
    return indicator + done[-1]


def with_counted_whole(part: str, whole: str) -> str:
    """A part counting things of the head a whole counts (项目, 工程; 企业 after a scope of size) takes the whole's
    qualifier before that head (…重点项目120个…，其中新开工项目45个 -> 新开工重点项目; …加工企业186家，其中规模以上企业
    23家 -> 规模以上特色食品加工企业), or stays."""
    scoped = [h for h in words("measures", "scoped_part_heads") if part.removesuffix(h) in words("measures", "list_scopes")]
    head = next((h for h in (*words("measures", "whole_heads"), *scoped) if part.endswith(h) and whole.endswith(h)), "")
    own, qualifier = part[:len(part) - len(head)], whole[:len(whole) - len(head)]
    qualifier = pattern(words("measures", "count_verbs"), "^(?:{})").sub("", qualifier)
    qualifier = pattern("measures:holding_verbs", "^.*?(?:{})").sub("", qualifier)  # (全县共有丹皮加工企业: 丹皮加工)
    qualifier = pattern("measures:whole_place_openings", "^(?:{})").sub("", qualifier)  # (全县制鞋企业: 制鞋)
    if not head or not 2 <= len(own) <= (6 if scoped else 4) or not qualifier or set(own) & set(qualifier) \
            or len(part + qualifier) > MAX_INDICATOR:
        return part
    return own + qualifier + head


def qualified_part(part: str, whole: str) -> str:
    """A part named by two characters and the whole's head (a measuring head of three characters or more) takes
    the whole's qualifier before that head (集装箱吞吐量…，其中内贸吞吐量… -> 内贸集装箱吞吐量), or stays."""
    heads = words("measures", "indicator_heads")
    k = max((len(h) for h in heads if part.endswith(h) and whole.endswith(h)), default=0)
    own, qualifier = part[:len(part) - k], whole[:len(whole) - k]
    if k < 3 or not 1 <= len(own) <= 2 or not qualifier or set(own) & set(qualifier) \
            or pattern("measures:addition_verbs", "^(?:{})").match(qualifier):
        return part
    return own + qualifier + part[len(part) - k:]
