"""The unit an amount of money is paid per: a measure or a period named before it in its clause (按每吨标准煤300元 ->
元/吨, 每人每月500元 -> 元/月), a thing counted (每台, 每开行1列, 每发运1个…集装箱), a head a firm is paid for, a year a
cap runs over (单条航线年度…), or a sum of money (每1亿元)."""
from __future__ import annotations

import re

from ..lexicon import pattern, words
from ..nlp import Sentence
from ..records import Mention
from .cases import AMOUNT
from .clauses import Clause
from .measures.plausible import MONEY

PER_HEAD = re.compile(r"每(?:人|名|位)(?!次)")
PER_CAPITA = re.compile(r"人均(?!可支配|收入|消费|GDP|生产总值)")
EMPLOYER = re.compile(r"[\u4e00-\u9fff、]{0,14}(?:企业|单位|机构|合作社|学校|院校|旅行社)(?:[和及、]个人)?(?:新)?(?:吸纳|招用|招收|聘用|录用|安置|带徒|组织"
                      r"|为[^，；。]{1,30}?(?:成功)?(?:引进|输送|推荐))")
# (餐饮企业吸纳登记失业人员就业的, 企业组织职工参加培训…的, 旅行社组织游客…的, 服务机构为重点企业成功引进人才的: paid for
# each person)
PER_HEAD_BROUGHT = re.compile(r"每[\u4e00-\u9fff]{1,12}?(?<!\d)1(?:人|名|位)(?!次)")  # (每引进1名, 每吸纳本市户籍
# 劳动者就业1人: never that one's; not 每个镇配备不少于3名)
OWN_UNIT = pattern("instruments:per_recipient", r"\s*(?:{}|每名|每位)")  # (a clause opening on what its amount is per)
VOLUME_RATE = re.compile(r"(?:按照|按(?!照))(?:(?:(?!每)[\u4e00-\u9fff]){1,8}每(总吨|标箱|[辆台艘架件头只套株棵箱吨])|[^，；。每]{0,8}户数每(户))"
                         r"(?=[^，；。\d]{0,6}\d)")  # (a rate on a volume the sentence names, 按照改造居民户数每户…; not
# 按照每辆5000元: an amount per thing bought, each beneficiary's; nor 按照一般损坏每户…: each household's)
PER_MONEY = re.compile(r"每(\d+(?:\.\d+)?[十百千万亿]*元)[^，；。\d]{0,6}$")  # (按照增量部分每1亿元奖励5万元)
YEARLY = pattern("instruments:per_recipient", r"(?<![上本当\d])年度(?=[^，；。]{0,8}$)|(?:{})[\u4e00-\u9fff]{1,4}?年度"
                r"(?=[^，；。]{0,20}$)|^[（(]?[一二三四五六七八九十\d]{0,2}[）)、.．]?(?:企业|主体|单位)年度(?=[^，；。]{0,20}$)")
# (not 2025年度补贴标准为每辆2000元: that year's; 单个企业年度享受本措施…不超过; a clause opening on 企业年度享受…最高…)


PER_THING = re.compile(r"每([台辆场艘架部座处穴口套张列趟班]|单(?!位))[^，；。\d]{0,8}$")  # a counter of things, never of whom
# a grant pays (每单补贴1元: per parcel)
PER_ONE = re.compile(r"每[\u4e00-\u9fff]{1,4}?[1一](?:(?P<c>人次|[列单趟班辆艘台架批箱户])|个[\u4e00-\u9fff]{0,6}?(?P<n>箱|站|点))"
                     r"[^，；。\d]{0,6}$")  # (每开行1列补助2万元, 每成功介绍1人次…10元, 每带动1户奖励200元, 每发运1个标准冷链集装箱补助1000元)
SINGLE_THING = re.compile(r"^[（(]?[一二三四五六七八九十\d]{0,2}[）)、.．]?单(车|船|艘|台|套)")  # (单车…合计最高不超过6.5万元: per vehicle)
SINGLE_UNITS = {"车": "辆", "船": "艘"}
COUNTER_ONLY = re.compile(r"每([个张只台套])(?![\u4e00-\u9fff]{0,2}(?:的|为))")  # (每张补贴8000元: a thing per counter the
# sentence named before)


def per_unit(sent: Sentence, clause: Clause, m: Mention, at: int, heads: bool = False, capped: bool = False,
             consumer: bool = False) -> str:
    """The unit of an amount of money paid per a measure or a period named before it in its clause, after the
    amount before it (按每吨标准煤300元 -> 元/吨, 每人每月500元 -> 元/月, 每月每平方米5元 -> 元/平方米·月); "" when
    none is, or when it is per a thing counted (每个产品1万元, 每人5000元: each beneficiary's) — unless ``heads``, when
    每人 / 每名 is a measure too (paid to a firm for each person it employs)."""
    if m.attr("unit") not in MONEY:
        return ""  # (``at``: where the amount, or the list it ends, begins: 每人每年1.5万元、1万元 -> 元/年 both)
    after = max((a.end() for a in AMOUNT.finditer(sent.text, clause.start, at)), default=clause.start)
    periods = words("instruments", "rate_periods")
    per = pattern((*words("instruments", "rate_bases"), *words("instruments", "rate_bases_after_each"), *periods),
                  r"每[一\d]*[个张名位只台套]?({})(?!间)")
    before = pattern(words("instruments", "rate_bases"), r"({})每[一\d]*[个张名位只台套]")  # (按照核定床位每张8000元)
    found = per.findall(sent.text, after, at) + before.findall(sent.text, after, at) \
        + pattern(words("instruments", "rate_bases"), r"({})均").findall(sent.text, after, at)  # (亩均投入2400元)
    found = found or [v.group(1) or v.group(2) for v in VOLUME_RATE.finditer(sent.text, after) if v.end() <= at]
    # (按照出口车辆每辆200元 -> 元/辆: per vehicle exported)
    if not found and (counter := COUNTER_ONLY.search(sent.text, after, at)):
        found = [b.group(1) for b in before.finditer(sent.text, 0, clause.start) if b.group().endswith(counter.group(1))][-1:]
        # (按照新增养老床位每张1万元…，利用存量房屋改建的，每张补贴8000元: per bed too)
    if not found and not consumer and (thing := PER_THING.search(sent.text[after:at])):
        found = [thing.group(1)]  # (对…的企业，每台给予3元奖励; 每场补贴提高至3000元; 每辆最高不超过40万元: per what it counts;
        # not 对购买新能源汽车的个人，每台补贴3000元: the buyer's own)
    if not found and (one := PER_ONE.search(sent.text[after:at])):
        found = [one.group("c") or one.group("n")]
    if not found and (single := SINGLE_THING.match(sent.text, clause.start)):
        found = [SINGLE_UNITS.get(single.group(1), single.group(1))]
    bases = sorted(dict.fromkeys(found), key=lambda b: b in periods)
    part = sent.text.rfind("；", 0, clause.start) + 1  # (…每吸纳…就业1人，签订…的，给予企业3000元: the part's;
    part = clause.start if capped or OWN_UNIT.match(sent.text, clause.start) else part  # not …，最高100万元)
    if heads and PER_HEAD.search(sent.text, after, at) or PER_HEAD_BROUGHT.search(sent.text, part, at) \
            or PER_CAPITA.search(sent.text, after, at):
        bases.insert(0, "人")  # (…人均财政补助标准不低于730元: per person insured)
    if money := PER_MONEY.search(sent.text, clause.start, at):
        bases.insert(0, re.sub(r"^1(?=[十百千万亿元])", "", money.group(1)))  # (每1亿元 -> 元/亿元, 每1000万元)
    if not any(b in periods for b in bases) and YEARLY.search(sent.text, after, at):
        bases.append("年")  # (单条航线年度补助最高不超过500万元: a cap per year)
    return f"{m.attr('unit')}/{'·'.join(bases)}" if bases else ""  # (the measure before the period: 元/平方米·月)
