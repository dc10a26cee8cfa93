"""Whom the parts of a sentence name: a 对X clause (对X，给予…, 赣州对X给予…), a part after a ；that opens on a case
of its own (新建库容500吨以上冷藏保鲜设施的，…), and a case opening a clause after an amount already granted (…，每个给予
5万元，建设集中贮存中心的，按…给予补助，单个最高…), whom the later amounts are for."""
from __future__ import annotations

import re

from ..lexicon import memo, pattern, vocabulary, words
from .clauses import ITEM_NUMBER

AMOUNT = re.compile(r"\d+(?:\.\d+)?[十百千万亿]*(?:元|美元)")


def own_case(opening: str) -> bool:
    """The part of a sentence after its ；opens on a case of its own, a verb and what it is done to, closed by 的 (新建库容500吨
    以上冷藏保鲜设施的，…; 新购置…设备，设备投资额在50万元以上的), not on a band of the earlier part's (年营业收入5000万元以上的)."""
    parts = re.sub(r"^(?:同时|另外|此外|另|再)", "", ITEM_NUMBER.sub("", opening)).split("，")  # (同时购置…的)
    first = "，".join(parts[:2]) if len(parts) > 2 and parts[1].endswith("的") else parts[0]  # (新购置…，…以上的)
    return first.endswith("的") and first.startswith(words("instruments", "case_verbs"))


def other_subject(opening: str, who: str) -> bool:
    """The part after a ；opens on a recipient of another kind than the one named before (对…的连锁门店，…；品牌企业年度
    新增连锁门店10家以上的，再给予…: the firm's, not the shop's)."""
    found = pattern("instruments:subject_heads", r"^[\u4e00-\u9fff]{0,6}?(?P<head>{})").match(
        ITEM_NUMBER.sub("", opening).strip())
    return found is not None and opening.rstrip("，").endswith("的") and bool(who) \
        and not who.endswith(found.group("head")) and found.group("head") not in who[-4:]


def later_case(between: str) -> str:
    """A case of its own (建设集中贮存中心的) opening a clause after an amount granted, between whom a 对X clause named and
    the amount's clause (对X，每个给予5万元，建设…的，按…给予补助): that case is whom the later amounts are for; "" otherwise."""
    clauses = between.split("，")
    for k in range(len(clauses) - 1, 0, -1):
        if own_case(clauses[k]) and not re.search(r"\d", clauses[k]):
            return clauses[k] if AMOUNT.search("，".join(clauses[:k])) else ""
    return ""


@memo(maxsize=1)
def beneficiary_pattern() -> re.Pattern[str]:
    """"对X，给予…" / "向X发放…" / "为X分别提供…" at the start of a clause (after any item number or article, 第三条, or
    the treasury or the fund that pays, 中央财政, 中央预算内投资): X is ``who``."""
    lead, end = (sorted(words("instruments", k), key=len, reverse=True)
                 for k in ("beneficiary_lead", "beneficiary_end"))
    ends = "|".join("(?<![未不没反新增计])" + re.escape(w) + ("(?![期时])" if w == "按" else EACH if w == "各" else "")
                    + "(?![、的额量率])" for w in end)
    # (对企业按期还本付息的贷款, 对未享受…的人才, 对…应对反补贴调查, 对…发放额排名…的银行, 对新增发放…的银行, 对…城区和各
    # 乡镇开办的: no verb ends them)
    return re.compile(r"(?:^|[，；：。])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、是]"
                      r"|第[一二三四五六七八九十百\d]{1,4}条)?\s*(?:[\u4e00-\u9fff]{0,4}?(?:财政|预算内投资)(?:通过[^，；：。对向]{2,16}?)?"
                      r"|[\u4e00-\u9fff]{0,14}?专项资金"
                      r"|(?:(?![对向])[\u4e00-\u9fff]){1,4}?(?:可|应当)|(?P<payer>(?:(?![对向])[\u4e00-\u9fff]){2,4}?)(?=对))?"
                      # (中央财政对每个示范县…; 中央财政通过某某资金对…; 中央预算内投资对…; 省级某某专项资金对…; 各地可对…;
                      # 某州对…: whom a body, a fund or a place may pay)
                      rf"(?:{'|'.join(map(re.escape, lead))}|为(?=[^，；：。]{{2,40}}?分别))(?P<who>[^，；：。]{{2,60}}?)"
                      rf"(?=，|{ends}|$)")


def paying_place(name: str) -> bool:
    """A place that pays before its 对 (赣州对…, 某县对…, 当地对…): a region of the vocabulary, a name ending on a level
    of place, or a word of the place spoken of."""
    return vocabulary().region(name) is not None or name.endswith(PLACE_ENDS) or name in LOCAL_PAYERS


PLACE_ENDS = ("省", "市", "县", "区", "州", "旗", "盟")
LOCAL_PAYERS = ("当地", "县里", "市里", "区里", "省里", "各地")
EACH = r"(?=[^，；。]{0,4}(?:给予|奖励|补助|补贴|资助|一次性|\d))"  # (对A、B各给予…: 各 ends whom it names)
