"""The thing counted right after a number (50家智能工厂 -> 智能工厂): past a qualifying clause and its 的, up to
a word that is no part of it, with what happened to the things when the count is of that (counted_after)."""
from __future__ import annotations

import re

from ...lexicon import pattern, vocabulary, words
from ...nlp import Sentence, word_tags
from ...records import Mention
from ..clauses import Clause
from .nouns import starts_non_noun
from .runs import joins_heads, run_tokens
from .works import works_closing, works_on_things


NOUN_CUTS = re.compile(r"以及|[和与及等的]|以上|左右|以内")  # (19家企业以及…: not 企业以)


def counted_after(sent: Sentence, q: Mention, clause: Clause) -> str:
    """The thing counted right after a number (50家智能工厂 -> 智能工厂), or "" (see ``counted_words``)."""
    return counted_words(sent, q, clause)[0]


def counted_words(sent: Sentence, q: Mention, clause: Clause) -> tuple[str, bool]:
    """(the thing counted right after a number, whether the words after it count something no indicator
    could name: a sum of a list closed by 等 (300亿元甲资金、乙债券等资金), or things that reached a status too
    long to say (45家企业入选2025年…名单)). The thing counted (50家智能工厂 -> 智能工厂) is the
    words after it — past a qualifying clause and its 的 (3000名符合条件的残疾人 ->
    残疾人) — up to a conjunction or particle of its own, a stop word, or a
    preposition, adverb or time word (42支龙舟队按照… -> 龙舟队)."""
    after = re.sub(r"[“”\"]", "", sent.text[q.end - sent.start:clause.end])
    m = re.match(r"(?:的)?((?:\d+[A-Za-z]+)?(?:[\u4e00-\u9fffA-Za-z]|—(?=[\u4e00-\u9fff])"
                 r"|(?<=[\u4e00-\u9fff]{2})（[\u4e00-\u9fff]{1,4}）(?=[\u4e00-\u9fff])){2,20})", after)
    # (5G基站, 5A级景区, “县城—中心镇—重点村”发展轴, 乡镇（街道）区域养老服务中心)
    if not m:
        return "", False
    qualified = re.match(r"[^和与及等的]{2,10}的(?=[\u4e00-\u9fff]{2})", m.group(1))
    skip = qualified.end() if qualified and qualifies(qualified.group()) else 0
    relative = qualified.end() if qualified and not skip and opens_with_verb(qualified.group()) \
        and not after.startswith("、", m.end(1)) else 0  # (not 来自某省的智能驾驶、车载芯片等研发机构: a list)
    words_after = m.group(1)[skip:]
    at = q.end - sent.start + m.start(1) + skip
    raw = sent.text[q.end - sent.start:clause.end] == after
    first = run_tokens(sent, at, at + len(words_after))[:1] if raw else []
    if first and first[0][0] in words("measures", "modal_verbs"):
        return "", False  # 50个能自由移动、能扛重物的机器人: what they can do, the thing counted comes later
    if "的" in words_after and words_after.rsplit("的", 1)[1].endswith(words("measures", "meta_heads")):
        return "", False  # 18条支持小微企业发展的便利措施: the measures of a package, whatever they support
    scene = words("measures", "scene_predicates")
    if raw and any(w in scene for w, _ in run_tokens(sent, at, at + len(words_after), clip=True)):
        return "", False  # 300多台收割机加紧抢收, 4806栋楼宇拔地而起: what a story's things are seen doing
    noun = words_after
    for cut in NOUN_CUTS.finditer(words_after, relative):  # (144辆运送物资的卡车: past the clause of what they do)
        if raw and cut.group() in "和与及" and cut.start() >= 2 and joins_heads(sent, at + cut.end(), at + len(words_after)):
            continue  # 10个宜居宜业和美乡村重点片区, 123个国家和地区: one count of both
        if words_after[cut.start() - 1:cut.end()] in words("measures", "after_noun_stops"):
            continue  # (企业参与“…”行动: 与 ends 参与, a stop below)
        if not raw or len(cut.group()) > 1 or sent.is_boundary(at + cut.start()) and sent.is_boundary(at + cut.end()):
            noun = words_after[:cut.start()]  # (not at 参与's 与)
            break
    for stop in pattern("measures:after_noun_stops").finditer(noun, relative):
        if not raw or len(stop.group()) > 1 or starts_non_noun(sent, at + stop.start()):
            noun = noun[:stop.start()]  # at a word that is no noun (公共服务平台 holds 共 but does not stop there)
            break
    if any(head in noun for head in words("measures", "meta_heads")):
        return "", False  # 15件民生实事全部兑现, 70个大中城市…价格变动情况: a package's items, a release's scope
    if raw:
        noun = noun[:relative + counted_noun_length(sent, at + relative, at + len(noun))]
        result = pattern("measures:results_after").match(sent.text, at + len(noun)) if noun else None
        works = works_closing(sent, at + len(noun)) if noun else None
        if result and len(noun) >= 2:
            noun += result.group()  # 4个一类创新药获批上市 -> 一类创新药获批上市: what happened to them is counted
        elif works and len(noun) >= 2 and works.end() == clause.end and works_on_things(sent, at, noun, works):
            noun += works.group("works")  # 21家…发展区提能升级, 7个枢纽、4个基地提质升级: what is done to them
    ends = m.start(1) + skip + len(noun)  # where the noun ends in ``after``
    ranking = RANKING.match(after, ends) if len(noun) >= 2 else None
    if ranking:  # 4家浙企上榜全国文化企业30强: the ranking's size is part of its name
        noun, ends = noun + ranking.group(), ranking.end()
    if len(noun) >= 2 and pattern("measures:status_verbs").match(after, ends) and not entering_place(after, ends):
        status = STATUS.match(after, ends)
        if status is None or len(noun + status.group()) > 16:
            return "", True  # 45家企业入选2025年…名单: which status, the indicator could not say
        noun += status.group()  # 300所村卫生室达到国家标准: the count is of those that reached it
    listed = SHARED_COUNT.fullmatch(sent.text, at + len(noun), clause.end) if raw and noun else None
    if listed and nouns_only(sent, listed.start(), listed.end()):
        noun += listed.group()  # 10家以上中试平台、概念验证中心: one count of the list, not of its first item
    elif noun and POOLED.match(after, ends):
        return "", True  # 300亿元甲资金、乙债券等资金: one sum of all the items, not of the first
    adverb = pattern("measures:after_noun_adverbs").search(noun, 2)
    if adverb is not None:  # 融资平台有序退出 -> 融资平台退出
        noun = noun[:adverb.start()] + noun[adverb.end():]
    tokens = list(word_tags(noun))
    while len(tokens) > 1 and adverbial(tokens[-1], raw and verb_at(sent, at + len(noun))):
        noun = noun[:len(noun) - len(tokens.pop()[0])]  # 30个重点项目顺利|推进, 15个…试点稳步|推进, 56个…项目扎实|推进
    if raw and GRADE.fullmatch(noun):  # 7000余家先进级、500余家卓越级智能工厂: the grades share the last head
        shared = GRADE_LIST.match(sent.text, at + len(noun))
        if shared:  # (the head up to an adverb or a stop word: 百亿级产业集群|加快发展)
            stops = {*words("measures", "after_noun_adverbs"), *words("measures", "after_noun_stops")}
            tokens = run_tokens(sent, shared.start("head"), shared.end("head"), clip=True)
            end = next((k for k, (w, tag) in enumerate(tokens) if w in stops or tag.startswith("d")), None)
            noun += "".join(w for w, _ in tokens[:end])
    following = sent.text[at + len(noun):at + len(noun) + 1] if raw else \
        (after + sent.text[clause.end:])[m.start(1) + skip + len(noun):][:1]  # (77个“大科学装置”中，)
    if pattern("measures:place_groups", "(?:{})(?:国家|城市|地区)[\u4e00-\u9fff]").match(noun) \
            and re.search(r"、[^，；。]{1,12}等$", sent.text[:q.start - sent.start]):
        return "", False  # 甲国、乙国等10个东盟国家旅游团: the number counts the places listed, not the groups
    if noun.endswith("中") and (following in ("，", ",") or "在" in sent.text[clause.start:q.start - sent.start]) \
            or "中除" in noun:
        return "", False  # 31个制造业大类行业中，有28个…, 800万亩早稻中除…外: the frame of a later figure, not one;
        # 在甲、乙等3个项目中开展试点: where something was done
    if not 2 <= len(noun) <= 16 or noun in words("measures", "not_indicators") or vocabulary().region(noun) \
            or noun.startswith(tuple(words("measures", "frame_nouns"))):
        return "", False  # (9个方面工作: a frame, not a thing counted)
    return noun, False


def entering_place(after: str, at: int) -> bool:
    """What is counted goes into a place (150辆卡车进入灾区): a movement, not a rank or a list reached
    (进入中国企业500强, 进入全国前十, 进入灌浆期)."""
    if not after.startswith("进入", at):
        return False
    status = STATUS.match(after, at)
    return status is None or not status.group().endswith(tuple(words("measures", "rank_ends")))


RANKING = re.compile(r"\d+强(?![\u4e00-\u9fff])")  # (…企业30强 closing the clause, not 500强企业)
STATUS = pattern("measures:status_verbs", r"(?:{})[\u4e00-\u9fff\d]{1,12}$")  # (达到国家良好标准: up to the clause's end)

GRADE = re.compile(r"[\u4e00-\u9fff]{1,3}级")  # a level or grade of what is counted (国家级, 部级, 先进级)
GRADE_LIST = re.compile(r"(?:、[\d.]+[余多]?[家个所座项]?[\u4e00-\u9fff]{1,3}级)+(?P<head>[\u4e00-\u9fff]{2,16}?)(?=[，。；、]|$)")


def adverbial(token: tuple[str, str], verb_follows: bool) -> bool:
    """An adverb, or an adjective before a verb (扎实推进), that ends the words after a count; not 全 (…全覆盖,
    which says what is covered, not how)."""
    return token[1] in ("d", "ad") or token[1] == "a" and token[0] != "全" and verb_follows


def verb_at(sent: Sentence, rel: int) -> bool:
    """A verb's token starts at the sentence-relative ``rel``."""
    k = sent.token_at(rel)
    return k >= 0 and sent.starts[k] == sent.start + rel and sent.tags[k].startswith("v")


POOLED = re.compile(r"(?:、[\u4e00-\u9fff]{2,12}?)+等")  # more items and 等 closing them: one sum of the list
SHARED_COUNT = re.compile(r"(?:、[\u4e00-\u9fff]{2,12})+")  # the rest of a clause: more things counted, listed


def nouns_only(sent: Sentence, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` (sentence-relative) are 、 and things named: each item opens
    with no verb and ends with a noun (、概念验证中心; not 、旗舰店入驻, nor 、铺设防护堤坝)."""
    tokens = [t for t in sent.tokens() if start <= t[0] < end]
    if not tokens or tokens[0][0] != start or tokens[-1][1] != end:
        return False
    items: list[list[str]] = []
    for _, _, word, tag in tokens:
        if word == "、":
            items.append([])
        elif items:
            items[-1].append(tag)
    return all(item and not (item[0].startswith("v") and item[0] != "vn") and item[-1].startswith(("n", "j"))
               for item in items)


def opens_with_verb(words_before_de: str) -> bool:
    """The words before a 的 are a clause of what the counted things do (运送援助物资的, 生产新能源汽车的)."""
    tokens = word_tags(words_before_de)
    return len(tokens) > 2 and tokens[0][1] == "v" and tokens[-2][1].startswith(("n", "l", "j"))  # (not 由…主体组成的联合体)


def qualifies(words_before_de: str) -> bool:
    """The words before a 的 are a clause qualifying what follows (符合条件的, 有国际影响力的) or a property
    of it (区域适应性的), not the thing counted (10万家工业互联网企业的安全监测)."""
    return words_before_de.removesuffix("的").endswith("性") or any(
        w in words_before_de if len(w) > 1 else words_before_de.startswith(w) for w in words("measures", "qualifier_verbs"))


CLAUSE_TAGS = ("p", "d", "u", "t")


def counted_noun_length(sent: Sentence, start: int, end: int) -> int:
    """Where, in the words of [start, end) (sentence-relative), a preposition, adverb, time word or
    particle follows at least three characters: the length of the noun before it. (Not at a
    verb: 示范, 服务, 改造 name things as often as they act.)"""
    for s, e, _, tag in sent.tokens():
        if s >= end:
            break
        if s >= start + 3 and tag.startswith(CLAUSE_TAGS):
            return s - start
    return end - start
