"""Entities stage: sentences -> mentions of policies, reports, organisations,
platforms, regions, dates and quantities.

Each extractor is a plain function over one ``Sentence`` (textacy style)
returning ``Mention`` records with document offsets. Vocabularies (closed
classes: provinces, cities, zones, central bodies) help recall; everything
open (titles, companies, institutes, platforms) is found by patterns.
Overlaps are resolved at the end: a name nested in a longer name is not a
mention of its own (浙江大学 mentions no province).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from operator import attrgetter

import jieba

from .nlp import Sentence, dictionary_tags, trie_regex
from .guard import guarded
from .quantities import find_quantities
from .records import Mention
from .time import find_times
from .vocab import Vocabulary, load_vocabulary

CJK = "\u4e00-\u9fff"
DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d~～—–-]+")
NAME_NOISE = re.compile(r"[\s《》〈〉“”\"'‘’「」『』]+")


def vocabulary_memo(func):
    """Memoise ``func``, a function of strings whose result depends only on
    them and on the vocabularies: the memo is dropped when ``gazetteer()``
    changes (or grows large). Results must be immutable."""
    memo: dict = {}
    memo_gazetteer: list = [None]

    @wraps(func)
    def memoised(*args):
        gaz = gazetteer()
        if memo_gazetteer[0] is not gaz or len(memo) > 100_000:
            memo.clear()
            memo_gazetteer[0] = gaz
        try:
            return memo[args]
        except KeyError:
            value = memo[args] = func(*args)
            return value

    memoised.cache_clear = memo.clear  # type: ignore[attr-defined]
    return memoised


# ---------------------------------------------------------------- normalising


@lru_cache(maxsize=8192)
def normalize_name(text: str) -> str:
    """NFKC, no spaces/quotes/《》, one dash, half-width brackets."""
    text = unicodedata.normalize("NFKC", text)
    text = NAME_NOISE.sub("", text)
    text = DASHES.sub("-", text)
    return text


WRAPPER = re.compile(r"^(?P<prefix>.*?)关于印发(?P<inner>.+?)的通知$")
ISSUER_PREFIX = re.compile(r"^(?P<prefix>.+?)(?=关于)")
YEAR_SPAN = re.compile(r"(\d{4})年?-(\d{4})年")


@vocabulary_memo
def policy_key(title: str) -> str:
    """The key that identifies one policy across its written variants:
    no issuer prefix, no "关于印发…的通知" wrapper, normalised dashes,
    brackets and year ranges."""
    t = normalize_name(title)
    m = WRAPPER.match(t)
    if m:
        t = m.group("inner")
    m = ISSUER_PREFIX.match(t)
    if m and m.group("prefix") and looks_like_issuer(m.group("prefix")):
        t = t[m.end("prefix") :]
    t = YEAR_SPAN.sub(r"\1-\2年", t)
    return t


def looks_like_issuer(prefix: str) -> bool:
    return bool(split_issuers(prefix))


# ---------------------------------------------------------------- vocabularies


@dataclass(frozen=True)
class Gazetteer:
    vocab: Vocabulary
    org_pattern: re.Pattern[str]
    region_pattern: re.Pattern[str]
    subunit_pattern: re.Pattern[str]  # the longest sub-unit name at a position


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    vocab = load_vocabulary()
    orgs = [name for name, _ in vocab.organization_names() if len(name) >= 2]
    regions = [name for name, _ in vocab.region_names() if len(name) >= 2]
    return Gazetteer(vocab, trie_regex(orgs), trie_regex(regions), trie_regex(vocab.subunits))


@vocabulary_memo
def subunit_of(name: str):
    """``gazetteer().vocab.subunit_of(name)``, memoised (it scans every organisation form)."""
    vocab = gazetteer().vocab
    return vocab.subunit_of(name) if may_be_subunit(name, vocab) else None


def may_be_subunit(name: str, vocab: Vocabulary) -> bool:
    """False when ``vocab.subunit_of(name)`` is certainly None: the name does not
    end with a sub-unit (办公厅, 信息通信管理局 …); a cheap check before its scan."""
    return name.strip().endswith(vocab.subunits)


# ---------------------------------------------------------------- policies

TITLE = re.compile(r"《([^《》\n]{2,150})》")
SHORT_NAME = re.compile(r"[（(]\s*以下简称\s*[《“\"]([^》”\"]{1,20})[》”\"]\s*[）)]")
WRAPPED = re.compile(
    r"(?P<prefix>[^，。；：！？、\n\t“”《》]{0,60}?)(?:关于)?印发\s*《(?P<inner>[^《》\n]{2,150})》\s*的通知"
)
BARE_TITLE = re.compile(
    r"(?P<title>(?:[^，。；：！？\n\t“”《》（）()]{2,60}?)?关于[^，。；！？\n\t《》]{2,100}?的"
    r"(?:补充通知|通知|指导意见|实施意见|意见|决定|批复|通告|公告|函|规定|办法))"
)
STRUCTURE_VERBS = re.compile(r"(?:印发|发布|出台|下发|颁布|联合印发|制定|转发)$")


@vocabulary_memo
def genre(title: str) -> tuple[str, bool]:
    """(kind, is_report) of a title, from the genre vocabulary; unknown → report.
    "关于印发X的通知" has the genre of X."""
    inner = re.match(r"^.*?关于印发[〈<]?(.+?)[〉>]?的通知$", normalize_name(title))
    entry = gazetteer().vocab.genre_of(inner.group(1) if inner else normalize_name(title))
    if entry is None:
        return "report", True
    return entry.kind, entry.is_report


def policy_mentions(sent: Sentence, doc: str) -> list[Mention]:
    out: list[Mention] = []
    text = sent.text
    covered: list[tuple[int, int]] = []
    # cheap guards: each pattern needs a literal (印发《…》, 《…》, 关于)
    if "《" not in text:
        if "关于" not in text:
            return out
    for m in (WRAPPED.finditer(text) if "印发" in text and "《" in text else ()):
        prefix = clean_issuer_prefix(m.group("prefix"))
        inner = m.group("inner")
        kind, is_report = genre(inner)
        start = m.end("prefix") - len(prefix)
        full = text[start : m.end()]
        attrs = [("kind", kind), ("form", full)]
        if prefix:
            attrs.append(("issuers", "|".join(split_issuers(prefix))))
        # the mention covers the inner title; the wrapper is an alias
        s = sent.start + m.start("inner") - 1
        e = sent.start + m.end("inner") + 1
        out.append(make_policy(doc, s, e, inner, kind, is_report, attrs))
        covered.append((sent.start + start, sent.start + m.end()))
    for m in (TITLE.finditer(text) if "《" in text else ()):
        s, e = sent.start + m.start(), sent.start + m.end()
        if any(a <= s and e <= b for a, b in covered):
            continue
        title = m.group(1).strip()
        kind, is_report = genre(title)
        attrs = [("kind", kind)]
        issuers = title_issuers(title)
        if issuers:
            attrs.append(("issuers", "|".join(issuers)))
        out.append(make_policy(doc, s, e, title, kind, is_report, attrs))
    for m in (BARE_TITLE.finditer(text) if "关于" in text else ()):
        s0, e0 = m.start("title"), m.end("title")
        title = m.group("title")
        # cut anything before the issuer prefix (time words, verbs …)
        cut = leading_noise(title)
        title = title[cut:]
        s, e = sent.start + s0 + cut, sent.start + e0
        if any(a < e and s < b for a, b in covered) or inside_title(text, s0 + cut, e0):
            continue
        if not title.startswith("关于") and not title_issuers(title):
            title = title[title.index("关于") :]
            s = sent.start + e0 - len(title)
        kind, is_report = genre(title)
        attrs = [("kind", kind)]
        issuers = title_issuers(title)
        if issuers:
            attrs.append(("issuers", "|".join(issuers)))
        out.append(make_policy(doc, s, e, title, kind, is_report, attrs))
    return out


def inside_title(text: str, s: int, e: int) -> bool:
    return text.rfind("《", 0, s) > text.rfind("》", 0, s)


ISSUE_VERB_BEFORE = re.compile(r".*(?:印发|发布|出台|下发|颁布|转发)了?")


def leading_noise(title: str) -> int:
    """Length of what precedes the issuer in a bracket-less title found in
    running text ("近日，X印发关于…" → cut up to X)."""
    m = ISSUE_VERB_BEFORE.search(title[: title.find("关于")] if "关于" in title else "")
    if m:
        return m.end()
    return 0


def make_policy(doc: str, s: int, e: int, title: str, kind: str, is_report: bool, attrs) -> Mention:
    type_ = "REPORT" if is_report else "POLICY"
    key = normalize_name(title) if is_report else policy_key(title)
    return Mention(doc, s, e, title_text(title), type_, key, tuple(sorted(attrs)))


SPACES = re.compile(r"\s+")


def title_text(title: str) -> str:
    return SPACES.sub(" ", title).strip()


LAST_PHRASE = re.compile(r"(?:^|[，,。；：\s])?((?:[^，,。；：]{2,60}))$")


def clean_issuer_prefix(prefix: str) -> str:
    """The issuers at the end of a wrapper prefix ("近日，工信部 应急管理部" → "工信部 应急管理部")."""
    prefix = prefix.strip()
    m = LAST_PHRASE.search(prefix)
    prefix = m.group(1) if m else prefix
    cut = leading_noise(prefix + "关于")
    prefix = prefix[cut:].strip()
    return prefix if split_issuers(prefix) else ""


ISSUER_SEP = re.compile(r"[\s、，,和与及]+|等\s*(?:[一二三四五六七八九十\d]+个?)?(?:部门|单位|部委)?")


def split_issuers(prefix: str) -> list[str]:
    """Issuer names in a title prefix ("工业和信息化部 应急管理部", "国家发展和改革委员会等13部门");
    [] unless every part is an organisation name."""
    return list(_split_issuers(prefix))


@vocabulary_memo
def _split_issuers(prefix: str) -> tuple[str, ...]:
    prefix = prefix.strip()
    if not prefix:
        return ()
    prefix = re.sub(r"等\s*[一二三四五六七八九十\d]+\s*个?(?:部门|单位|部委)$", "", prefix)
    parts = [p for p in re.split(r"[\s、，,]+", prefix) if p]
    out: list[str] = []
    for part in parts:
        names = org_names_covering(part)
        if not names:
            return ()
        out.extend(names)
    return tuple(out)


def org_names_covering(text: str) -> list[str]:
    """The organisation names that exactly tile ``text`` (vocabulary names,
    sub-units and pattern-built bodies), or [] if it is not made of names."""
    return list(_org_names_covering(text))


@vocabulary_memo
def _org_names_covering(text: str) -> tuple[str, ...]:
    text = TRAILING_DENG.sub("", text)
    if not text:
        return ()
    gaz = gazetteer()
    if gaz.vocab.organization(text) or subunit_of(text):
        return (text,)
    m = gaz.org_pattern.match(text)
    if m and m.end() < len(text):
        rest = _org_names_covering(text[m.end():])
        if rest:
            return (m.group(), *rest)
    if GOV_BODY_NAME.fullmatch(text) and local_body(text):
        return (text,)
    return ()


def title_issuers(title: str) -> list[str]:
    t = title.strip()
    if "关于" not in t:
        return []
    return split_issuers(t[: t.index("关于")])


# ---------------------------------------------------------------- organisations

GOV_SUFFIXES = (
    "人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|工作组|领导小组|管理局|管理委员会|"
    "监督管理局|总局|厅|局|部|委|署"
)
STRONG_SUFFIXES = (
    "股份有限公司|有限责任公司|有限公司|集团公司|集团有限公司|公司|（集团）|集团|控股|股份|组织|"
    "研究院|研究所|研究中心|设计院|科学院|工程院|实验室|大学|学院|"
    "产业联盟|联盟|协会|学会|联合会|商会|促进会|"
    "银行|交易所|日报|电子报|报社|晚报|时报|通讯社|电视台"
)
BRAND_SUFFIXES = "科技|智能|数科|云科|电气|电器|轮胎|光学|重工|重科|软件|信息|股份|实业|药业|电子|云网|传感|精机|精密|瓷业|化工|讯飞"
TRAILING_DENG = re.compile(r"等$")
GOV_BODY_NAME = re.compile(rf"[{CJK}]{{2,30}}(?:{GOV_SUFFIXES})")
ORG_SUFFIX = re.compile(rf"(?:{STRONG_SUFFIXES})")
GOV_SUFFIX = re.compile(rf"(?:{GOV_SUFFIXES})")
BRAND_SUFFIX = re.compile(rf"(?:{BRAND_SUFFIXES})")

@lru_cache(maxsize=4096)
def generic_prefix(prefix: str) -> bool:
    """"省级重点" (实验室), "行业" (协会): nothing but generic words before the suffix."""
    for word in GENERIC_ORG_WORDS_LONGEST_FIRST:
        prefix = prefix.replace(word, "")
    return not prefix.strip()


NAME_VERBS = set("创新 发展 研究 制造 设计 服务 管理 促进 推广 检测 认证 交流 合作 孵化 转化 监测 培训 投资".split())
GENERIC_ORG_WORDS = set("技术创新 技术 创新 研发 工程 制造业 行业 产业 企业 省级 市级 县级 行业 地方 重点 各 相关 有关 龙头 骨干 各级 各类 下属 多家 一批 大型 中小 部分 其他 主要 知名 国内外 国内 国外 海外".split())
GENERIC_ORG_WORDS_LONGEST_FIRST = tuple(sorted(GENERIC_ORG_WORDS, key=len, reverse=True))
STOP_TOKENS = set(
    """的 了 在 与 和 及 以及 或 由 向 对 为 是 将 已 已经 被 据 从 经 让 其 该 等 同 跟 会同 联合 印发 发布 出台 制定
    表示 认为 指出 透露 说 称 基于 依托 通过 支持 推动 引进 包括 如 比如 例如 以 其中 我国 全国 目前 近日 今年
    落户 入选 牵头 组织 开展 建设 打造 成立 设立 获批 携手 合作 联手 共建 签署 同意 利用 借助 围绕 面向 推进
    加快 鼓励 引导 指导 发挥 实现 形成 培育 建成 上线 接入 覆盖 服务 连接 带动 推出 发起 主办 承办 举办 参与
    一批 多家 各地 各级 地方 企业 全省 全市 中 上 下 内 外 也 还 并 即 又 再 更 最 都 就 要 可 能 应 需 请 着
    之 所 而 但 则 且 若 当 自 至 到 于 把 给 使 令 省内 国内 国外 全球 世界 世界上 首个 首批 一家 一个 这 那 此 各
    先后 分别 共同 积极 主动 大力 持续 不断 进一步 全面 深入 重点 有效 充分 作为 成为 属于 这些 那些 相关 有关
    位于 来自 旗下 下属 所属 直属 隶属 合作伙伴 包含 涵盖 涉及 聚集 集聚 汇聚 拥有 有 没有 无 曾 曾经 正 正在
    供应商 服务商 运营商 厂商 龙头 巨头 领军企业 龙头企业 企业家 创始人 董事长 总经理 院长 局长 主任 部长 司长
    一是 二是 三是 四是 五是 六是 首先 其次 最后""".split()
)
NOT_ORG = set(
    """公司 集团 企业 大学 学院 联盟 协会 银行 研究院 政府 地方政府 各级政府 人民政府 办公厅 办公室 委员会 总局 部门
    有限公司 股份 控股 实验室 学会 商会 部 局 厅 委 署 工作组 领导小组 中心 本联盟 该公司 该集团 本公司 内部 全部 东部
    西部 中部 北部 南部 局部 干部 头部 底部 外部 顶部 腰部 尾部 格局 布局 大局 结局 当局 开局 大部 一部 全局 总部
    本部 各部 各局 各委 布局 新格局 总体格局 上市公司 子公司 母公司 分公司 控股公司 平台公司 投资公司 科技公司
    互联网公司 领导小组 专家委员会 省委 市委 党委 县委 区委 信息 通信 电子 科技 智能 数据 软件 股份 电气 实业 互联""".split()
)
NOT_BRAND_HEADS = set(
    """人工 数字 工业 信息 网络 数据 通信 电子 科技 智能 高新 新兴 前沿 关键 核心 基础 先进 现代 传统 绿色 低碳 通用 专用
    行业 产业 企业 大 小 新 高 中 多 全 云 物联 互联 移动 安全 技术 边缘 区块链 量子 生物 医疗 制造 服务 应用 平台
    工程 系统 终端 设备 产品 综合 节能 能源 材料 创新 融合 集成 工控 自主 国产 国际 国内 全球 我国 相关 其他""".split()
)
ROLE_BEFORE = re.compile(r"(?:供应商|服务商|运营商|厂商|制造商|龙头企业|领军企业|龙头|巨头|企业|公司)$")
LIST_END = re.compile(r"等(?:[一二三四五六七八九十百\d]+[家个])?")
LIST_TAIL = re.compile(
    r"^等(?:[一二三四五六七八九十百\d]+[家个])?(?:(?!一批|多家|多个|大量|众多|多种|各类|方面|成为|作为|为|是|的|行业|领域|产业)[^，。；、\n]){0,12}?(?:企业|公司|集团|机构|厂商|服务商|运营商|供应商|平台|院所|高校|银行|风投机构)"
)


NOT_A_NAME = re.compile(r"[\d\W_]+")
WORLD_BODY = re.compile(r"联合国|世界|国际|全球|亚洲|欧洲|亚太")
GROUP_COMPANY_TAIL = re.compile(r"(?:股份)?(?:有限责任公司|有限公司)")
COMPANY_TAIL = re.compile(r"(?:（集团）)?(?:股份有限公司|有限责任公司|有限公司|集团)")


def org_mentions(sent: Sentence, doc: str) -> list[Mention]:
    text, base = sent.text, sent.start
    starts = token_starts(sent)
    found: dict[tuple[int, int], Mention] = {}

    def add(s: int, e: int, name: str, category: str, via: str) -> None:
        name = name.strip()
        if len(name) < 2 or name in NOT_ORG or NOT_A_NAME.fullmatch(name):
            return
        if name.endswith("组织") and not WORLD_BODY.match(name):
            return  # 组织 names international bodies; "工信部组织编制" is a verb
        if name.startswith("国家") and gazetteer().vocab.organization(name[2:]):
            s, name = s + 2, name[2:]
        parts = org_names_covering(name) if via == "suffix" else []
        if len(parts) >= 2:  # "工业和信息化部应急管理部": two bodies side by side
            pos = s
            for part in parts:
                add(pos, pos + len(part), part, category, "vocabulary")
                pos += len(part)
            return
        head = ORG_SUFFIX.search(name) or GOV_SUFFIX.search(name)
        if via == "suffix" and head and generic_prefix(name[: head.start()]):
            return
        key, cat = org_key_and_category(name, category)
        found[(base + s, base + e)] = Mention(doc, base + s, base + e, name, "ORG", key, (("category", cat), ("via", via)))

    gaz = gazetteer()
    for m in gaz.org_pattern.finditer(text):
        s, e = m.span()
        # extend with a sub-unit or a longer pattern name that starts here
        ext = subunit_extension(text, e)
        add(s, e + ext, text[s : e + ext], "", "vocabulary")
    for m in ORG_SUFFIX.finditer(text):
        e = m.end()
        if m.group() == "（集团）":
            tail = GROUP_COMPANY_TAIL.match(text[e:])
            if not tail:
                continue
            e += tail.end()
        else:
            tail = COMPANY_TAIL.match(text[e:])
            if tail and m.group() not in ("有限公司", "股份有限公司", "有限责任公司"):
                e += tail.end()
        s = name_start(text, m.start(), starts, base)
        if s is not None and e - s > len(m.group()):
            add(s, e, text[s:e], "", "suffix")
    for m in GOV_SUFFIX.finditer(text):
        if not ends_token(sent, m.end()) or inside_common_word(text, m.start(), starts):
            continue
        s = name_start(text, m.start(), starts, base)
        if s is None:
            continue
        name = text[s : m.end()]
        if local_body(name) or (len(m.group()) >= 3 and m.start() - s >= 4):
            add(s, m.end(), name, "government", "suffix")
    for m in BRAND_SUFFIX.finditer(text):
        s = brand_start(text, m.start(), starts, base)
        if s is not None:
            add(s, m.end(), text[s : m.end()], "enterprise", "brand")
    for s, e in list_items(text, starts, base):
        add(s, e, text[s:e], "enterprise", "list")
    for s, e in appositive_brands(text, starts, base):
        add(s, e, text[s:e], "enterprise", "appositive")
    for m in LATIN_PUBLISHER.finditer(text):
        # "Gartner发布《…》": a Latin name that publishes is an organisation
        add(m.start(1), m.end(1), m.group(1), "enterprise", "publisher")
    mentions = merge_subunits(drop_nested(list(found.values())), text, base)
    for s, e in operator_brands(text, starts):
        if not any(m.start - base <= s < m.end - base for m in mentions):
            mentions.append(Mention(doc, base + s, base + e, text[s:e], "ORG", normalize_name(text[s:e]), (("category", "enterprise"), ("via", "operator"))))
    for s, e in example_subjects(text, starts):
        if not any(m.start - base < e and s < m.end - base for m in mentions):
            mentions.append(Mention(doc, base + s, base + e, text[s:e], "ORG", normalize_name(text[s:e]), (("category", "enterprise"), ("via", "example"))))
    for s, e in coordinated_brands(text, mentions, starts, base):
        mentions.append(Mention(doc, base + s, base + e, text[s:e], "ORG", text[s:e], (("category", "enterprise"), ("via", "coordination"))))
    return mentions


# the leading lookahead lets the regex engine skip quickly to capital letters
LATIN_PUBLISHER = re.compile(r"(?=[A-Z])(?<![A-Za-z])([A-Z][a-z]{3,}[A-Za-z]*)(?=发布|推出|数据显示|报告|预测|统计)")
SUBUNIT_TAIL = re.compile(r"(?:学院|研究中心|研究所|研究室|中心|实验室|分公司|子公司|分院|所|院|系)$")


JOINING_WORD = re.compile(r"与|和|及|同|会同|联合|携手|与其|对|向|为")


def merge_subunits(mentions: list[Mention], text: str, base: int) -> list[Mention]:
    """"浙江大学国际联合商学院…研究中心": a unit named right after its parent is
    one mention of the parent (a nested name is not a mention of its own)."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            between = text[prev.end - base : m.start - base]
            if (
                0 < len(between) <= 8
                and not PUNCT.search(between)
                and not JOINING_WORD.fullmatch(between)
                and SUBUNIT_TAIL.search(m.text)
                and prev.attr("category") in ("institute", "enterprise", "")
            ) or (between == "" and SUBUNIT_TAIL.search(m.text)):
                out[-1] = replace(prev, end=m.end, text=text[prev.start - base : m.end - base])
                continue
        out.append(m)
    return out


def subunit_extension(text: str, end: int) -> int:
    """Length of a sub-unit name right after an organisation name ("…部" + "办公厅")."""
    m = gazetteer().subunit_pattern.match(text, end)
    return m.end() - end if m else 0


class TokenStarts(set):
    """The token start offsets of a sentence (a set), with the same offsets
    sorted in ``ordered`` for range queries."""

    __slots__ = ("ordered",)


_LAST_STARTS: list = [None]  # [(sentence, its TokenStarts)], replaced as a whole (thread-safe)


def token_starts(sent: Sentence) -> set[int]:
    """Sentence-relative token starts (and 0); the last sentence's set is reused
    (callers only read it)."""
    last = _LAST_STARTS[0]
    if last is not None and last[0] is sent:
        return last[1]
    base = sent.start
    ordered = [s - base for s in sent.token_offsets[0]]  # tokens are in order
    out = TokenStarts(ordered)
    if 0 not in out:
        out.add(0)
        insort(ordered, 0)
    out.ordered = ordered
    _LAST_STARTS[0] = (sent, out)
    return out


def ends_token(sent: Sentence, pos: int) -> bool:
    """True when a token of the sentence ends at ``pos`` (sentence-relative) or ``pos`` is its end."""
    return pos == len(sent.text) or _holds(sent.token_offsets[1], sent.start + pos)


def _ordered(starts: set[int]) -> list[int]:
    ordered = getattr(starts, "ordered", None)
    return ordered if ordered is not None else sorted(starts)


NAME_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng", "vn", "an", "x", "b", "l", "ng", "m", "s", "a"}
PLATFORM_NAME_TAGS = NAME_TAGS | {"a"}
PUNCT = re.compile(r"[，。；：！？、,;:!?\s“”《》\"'（）()·…—\t]")


_TAG_MEMO: dict[str, str] = {}
_TAG_MEMO_STATE: list = [None]


def tag(word: str) -> str:
    """The dictionary part-of-speech tag of a jieba word; OOV words are "x"
    (unknown words are usually names), ASCII words "eng", digits "m".
    Memoised while jieba's user dictionary and the vocabulary stay the same."""
    state = (len(jieba.dt.user_word_tag_tab), gazetteer())
    memo = _TAG_MEMO
    if _TAG_MEMO_STATE[0] != state or len(memo) > 200_000:
        memo.clear()
        _TAG_MEMO_STATE[0] = state
    t = memo.get(word)
    if t is None:
        t = memo[word] = _tag(word)
    return t


LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
NUMBER_WORD = re.compile(r"[\d.]+")


def _tag(word: str) -> str:
    if LATIN_WORD.fullmatch(word):
        return "eng"
    if NUMBER_WORD.fullmatch(word):
        return "m"
    if gazetteer().vocab.region(word):
        return "ns"
    return jieba.dt.user_word_tag_tab.get(word) or dictionary_tags().get(word, "x")


def tokens_before(text: str, pos: int, starts: set[int], window: int = 24) -> list[tuple[int, str]]:
    """The jieba tokens ending at ``pos``, nearest first: [(start, word), …]."""
    ordered = _ordered(starts)
    lo = bisect_left(ordered, max(0, pos - window))
    hi = bisect_left(ordered, pos)
    out = []
    prev = pos
    for i in range(hi - 1, lo - 1, -1):
        s = ordered[i]
        out.append((s, text[s:prev]))
        prev = s
    return out


CENTRAL_PREFIX = re.compile(r"中国|国家|中央")
LATIN_OR_DIGIT = re.compile(r"[A-Za-z\d]")


def name_start(text: str, suffix_start: int, starts: set[int], base: int) -> int | None:
    """Walk back from a suffix over name-like tokens (nouns, place names,
    unknown words); None if nothing name-like precedes the suffix."""
    best = None
    pending = None  # a verb inside a name (国务院制造强国领导小组) is kept only if a body name precedes it
    before = tokens_before(text, suffix_start, starts)
    for s, tok in before:
        if tok == "和" and best is not None and inner_and_allowed(text, s, starts):
            best = s
            continue
        if tok in NAME_VERBS:
            best = s
            continue
        pos = tag(tok)
        if best is not None and pos == "v" and pending is None and tok not in STOP_TOKENS:
            pending = best
            best = s
            continue
        if pending is not None and (pos in ("nt", "ns") or tok in ("国家", "中国", "中央")):
            best, pending = s, None
            break
        if best is not None and pos in ("nr", "nrfg") and CENTRAL_PREFIX.match(text[best:]):
            break  # a person's name before an institution (鲁春丛 中国工业互联网研究院院长)
        if PUNCT.search(tok) or tok in STOP_TOKENS or pos not in NAME_TAGS:
            break
        if pending is not None and pos not in ("n", "vn", "j", "x", "nz"):
            break
        if pos == "m" and not LATIN_OR_DIGIT.match(text[s + len(tok) : s + len(tok) + 1] or " ") and best is None and not text[s + len(tok):suffix_start] == "":
            break
        best = s
    if pending is not None:
        best = pending
    # a name does not start with a verbal noun (建设, 启动, 投资) or a number
    while best is not None:
        tok = next((t for s, t in before if s == best), "")
        if tag(tok) in ("vn", "m", "an", "a") and best < suffix_start - len(tok):
            best += len(tok)
        else:
            break
    return best if best is not None and best < suffix_start else None


def inside_common_word(text: str, pos: int, starts: set[int]) -> bool:
    """布局, 格局, 全部, 部署: the suffix character is inside a common word."""
    if pos in starts:
        return False
    ordered = _ordered(starts)
    i = bisect_left(ordered, pos)
    s = ordered[i - 1] if i > 0 else 0
    j = bisect_right(ordered, pos)
    e = ordered[j] if j < len(ordered) else len(text)
    word = text[s:e]
    if GOV_SUFFIX.search(word) and GOV_SUFFIX.search(word).end() == len(word) and len(word) >= 4:
        return False  # the whole word is a body's name (湖北省人民政府)
    return (jieba.dt.FREQ.get(word) or 0) > 1000


BODY_BEFORE_AND = re.compile(r"(?:省|市|区|县|自治区|国家|国务院|中央)[\u4e00-\u9fff]{1,6}$")


def inner_and_allowed(text: str, and_pos: int, starts: set[int]) -> bool:
    """"经济和信息化厅", "人力资源和社会保障部": 和 inside a body name, when the
    name before it starts with a region or a central prefix."""
    left = text[max(0, and_pos - 14) : and_pos]
    return bool(BODY_BEFORE_AND.search(left))


BRAND_WORD = re.compile(rf"[{CJK}]{{2,4}}")
AFTER_BRAND = re.compile(r"(?:的|与|和|、|为|在|等|，|。|将|已|公司|集团|股份|$|[A-Za-z（(])")


def brand_start(text: str, suffix_start: int, starts: set[int], base: int) -> int | None:
    """A company name like 华制智能 / 生益科技: one rare or unknown word (the
    brand) right before an industry word, after a boundary or a stop word."""
    if suffix_start not in starts:
        return None
    before = tokens_before(text, suffix_start, starts, 8)
    if not before:
        return None
    s, brand = before[0]
    if not BRAND_WORD.fullmatch(brand) or brand in NOT_BRAND_HEADS or brand in STOP_TOKENS:
        return None
    if tag(brand) in ("v", "vd", "vn", "d", "p", "c", "r", "u", "uj", "f", "t", "m", "q") or jieba.dt.FREQ.get(brand, 0) > 600:
        return None
    prev = before[1][1] if len(before) > 1 else ""
    if prev and not (PUNCT.search(prev) or prev in STOP_TOKENS or tag(prev) in ("v", "p", "c", "uj", "d", "f")):
        return None
    suffix = BRAND_SUFFIX.match(text, suffix_start)
    after = text[suffix.end() : suffix.end() + 2] if suffix else ""
    nxt = text[suffix.end() : suffix.end() + 8] if suffix and suffix.end() in starts else ""
    next_word = next((w for w in jieba.cut(nxt)), "") if nxt else ""
    unknown = not jieba.dt.FREQ.get(brand)
    clause_start = not prev or PUNCT.search(prev)
    if AFTER_BRAND.match(after or "$") or ((unknown or clause_start) and tag(next_word) in ("v", "p")):
        return s
    return None


GENERIC_ITEM = re.compile(
    r"(?:研发|集成|金融|保理|质押|厂商|企业|机构|服务|管理|技术|产品|设备|系统|应用|平台|数据|网络|安全|行业|领域|环节|"
    r"产业|模式|场景|能力|水平|体系|工程|项目|资源|要素|方案|标准|政策|汇聚|调度|协同|创新|材料|制造|工业)$"
)


NUMBER_START = re.compile(r"[\d%]")


def brand_like(name: str, text: str, s: int, e: int, starts: set[int]) -> bool:
    """A short company or brand name: some word in it is rare, unknown or a
    proper noun, it is not a region, and it does not end in a generic word."""
    if not 2 <= len(name) <= 10 or NUMBER_START.match(name) or name in NOT_ORG or name in NOT_BRAND_HEADS or PUNCT.search(name):
        return False
    if GENERIC_ITEM.search(name) or gazetteer().vocab.region(name):
        return False
    words = [t for ts, t in tokens_before(text, e, starts, 12) if ts >= s] or [name]
    return any(
        tag(w) in ("x", "nz", "nt", "nr", "nrt", "eng", "j") or jieba.dt.FREQ.get(w, 0) < 500
        or (tag(w) == "ns" and not gazetteer().vocab.region(w))
        for w in words
        if w not in GENERIC_WORDS
    )


def list_items(text: str, starts: set[int], base: int) -> list[tuple[int, int]]:
    """Items of "A、B、C等…企业" lists (brand short names). Before 企业/公司/机构
    each item is judged on its own; before …平台 every item must be a brand."""
    out = []
    if "等" not in text or "、" not in text:
        return out
    for m in LIST_END.finditer(text):
        tail = LIST_TAIL.match(text[m.start():])
        if not tail:
            continue
        strict = tail.group().endswith("平台") and not text.startswith(("企业", "公司", "服务商"), m.start() + len(tail.group()))
        seg_start = max(text.rfind(c, 0, m.start()) for c in "，。；：:\n（(“")
        seg = text[seg_start + 1 : m.start()]
        items = seg.split("、")
        if len(items) < 2:
            continue
        pos = seg_start + 1
        spans = []
        for i, item in enumerate(items):
            s, e = pos, pos + len(item)
            pos = e + 1
            if i == 0:
                keep = s
                for ts, tok in tokens_before(text, e, starts, 12):
                    if ts < s or tok in STOP_TOKENS or tag(tok) in ("v", "p", "c", "d", "uj", "r"):
                        break
                    keep = ts
                s = keep
            if brand_like(text[s:e].strip(), text, s, e, starts):
                spans.append((s, e))
            elif strict:
                spans = []
                break
        out.extend(spans)
    return out


def appositive_brands(text: str, starts: set[int], base: int) -> list[tuple[int, int]]:
    """"供应商生益科技的…" — one unknown/proper word right after a role noun, before 的."""
    out = []
    if "商" not in text:
        return out
    for m in APPOSITIVE.finditer(text):
        name = m.group(1)
        if name not in NOT_ORG and name not in STOP_TOKENS and m.start(1) in starts and m.end(1) in starts | {len(text)}:
            toks = [t for s, t in tokens_before(text, m.end(1), starts, 8) if s >= m.start(1)]
            if all(tag(t) in ("x", "nz", "nt", "nr", "eng", "n") for t in toks) and len(toks) <= 2:
                out.append((m.start(1), m.end(1)))
    return out


APPOSITIVE = re.compile(rf"(?:供应商|服务商|运营商|制造商)([{CJK}A-Za-z0-9]{{2,8}}?)(?=的|与|在|为|已|将)")
OPERATES = re.compile(r"(?:打造|推出|运营|研发|开发|建设|搭建|发布|自主研发)的")


PLATFORM_AHEAD = re.compile(r"[^，。；]{0,20}?(?:平台|云|系统)")


def operator_brands(text: str, starts: set[int]) -> list[tuple[int, int]]:
    """"科大讯飞打造的羚羊工业互联网平台", "由X运营的…平台": the operator of a platform."""
    out = []
    for m in OPERATES.finditer(text):
        if not PLATFORM_AHEAD.match(text[m.end():]):
            continue
        toks = tokens_before(text, m.start(), starts, 10)
        words = []
        for ts, tok in toks:
            if PUNCT.search(tok) or tok in STOP_TOKENS or tag(tok) in ("p", "c", "d", "uj", "r", "m", "f", "t"):
                break
            words.append((ts, tok))
        if words:
            s = words[-1][0]
            name = text[s : m.start()]
            if brand_like(name, text, s, m.start(), starts) and len(words) <= 3:
                out.append((s, m.start()))
    return out


EXAMPLE_CUE = re.compile(r"(?:比如|例如|譬如|像)[，,]?")
AGENTIVE = re.compile(r"借助|依托|基于|通过|利用|携手|联合")
AFTER_EXAMPLE = re.compile(r"将|在|借助|基于|通过|与|和|推出|发布|打造|开发|自主|已|率先|联合|“")


def example_starts(text: str) -> list[tuple[int, bool]]:
    """Where an example's subject can start inside ``text``, in order: (position,
    after a cue word?) — after 比如/例如/譬如/像 (and a comma), or right after
    ；/。 before the end of the text (no word starts at the end). These are the
    match ends of ``(?:比如|例如|譬如|像)[，,]?|(?<=[；。])``, found without
    trying the lookbehind at every position."""
    found: dict[int, tuple[int, bool]] = {}
    last = len(text) - 1
    for mark in "；。":
        i = text.find(mark, 0, last)
        while i >= 0:
            found[i + 1] = (i + 1, False)
            i = text.find(mark, i + 1, last)
    if "比如" in text or "例如" in text or "譬如" in text or "像" in text:
        for m in EXAMPLE_CUE.finditer(text):
            found[m.start()] = (m.end(), True)  # a cue word right after ；/。 wins
    if len(found) < 2:
        return list(found.values())
    return [found[pos] for pos in sorted(found)]


def example_subjects(text: str, starts: set[int]) -> list[tuple[int, int]]:
    """"比如上汽乘用车将…", "例如，博威合金借助…": the company an example is about:
    one to three words, the first rare or unknown, followed by a verb."""
    out = []
    ordered = _ordered(starts)
    for s, after_cue in example_starts(text):
        if s not in starts:
            continue
        words = []
        lo, hi = bisect_left(ordered, s), bisect_left(ordered, s + 12)
        for k in range(lo, hi):
            ts = ordered[k]
            te = ordered[k + 1] if k + 1 < len(ordered) else len(text)
            tok = text[ts:te]
            pos = tag(tok)
            if PUNCT.search(tok) or pos in ("p", "d", "c", "uj") or tok in STOP_TOKENS or (pos == "v" and not words):
                break
            words.append((ts, te, tok))
            if pos == "v":
                break  # 树根|互联: a verb ends the name
        if not 1 <= len(words) <= 3:
            continue
        first = words[0][2]
        end = words[-1][1]
        following = text[end : end + 4]
        rare = tag(first) in ("x", "nz", "nt", "nr", "nrt", "eng", "j") or (jieba.dt.FREQ.get(first) or 0) < 300
        cue = AFTER_EXAMPLE if after_cue else AGENTIVE
        if rare and cue.match(following) and brand_like(text[s:end], text, s, end, starts):
            out.append((s, end))
    return out


JOINT_ACTION = re.compile(r"[^，。；]{0,6}(?:为|联合|合作|共同|携手|打造|共建|签署|签订|达成)")
SHORT_PROPER_NAME = re.compile(rf"[{CJK}A-Za-z0-9]{{2,8}}")
PARTNER_AFTER = re.compile(r"(?:与|和|同)([A-Za-z][A-Za-z0-9]{2,}|[\u4e00-\u9fff]{2,6}?)(?=联合|合作|共同|携手|签署|签订)")


def coordinated_brands(text: str, mentions: list[Mention], starts: set[int], base: int) -> list[tuple[int, int]]:
    """"腾讯与华制智能为其打造…": the other conjunct of a known organisation,
    when it is one proper or unknown word."""
    out = []
    if not mentions:
        return out
    spans = {(m.start - base, m.end - base) for m in mentions}
    for s, e in spans:
        if s < 3 or text[s - 1] not in "与和、":
            continue
        if text[s - 1] != "、" and not JOINT_ACTION.match(text[e:]):
            continue
        before = tokens_before(text, s - 1, starts, 8)
        if not before:
            continue
        t, name = before[0]
        prev = before[1][1] if len(before) > 1 else ""
        if len(before) > 1 and tag(name) == "n" and tag(prev) in ("x", "nz", "j") and len(prev) >= 2:
            t, name = before[1][0], prev + name  # 中移 + 物联网
            prev = before[2][1] if len(before) > 2 else ""
        if SHORT_PROPER_NAME.fullmatch(name) and tag(name[:2] if len(name) > 4 else name) in ("nz", "nt", "x", "eng", "nr", "j") and name not in STOP_TOKENS:
            if not prev or PUNCT.search(prev) or prev in STOP_TOKENS or tag(prev) in ("v", "p", "c", "d"):
                out.append((t, s - 1))
    for s, e in spans:
        m = PARTNER_AFTER.match(text[e:]) if text.startswith(("与", "和", "同"), e) else None
        if m:
            name = m.group(1)
            a, b = e + m.start(1), e + m.end(1)
            words = list(jieba.cut(name))
            proper = tag(words[0]) in ("x", "nz", "nt", "nr", "nrt", "eng", "j") or (jieba.dt.FREQ.get(words[0]) or 0) < 300
            if a in starts and name not in STOP_TOKENS and name not in NOT_ORG and proper and (tag(name) == "eng" or brand_like(name, text, a, b, starts)):
                out.append((a, b))  # "华为与CODESYS联合开发", "中国信通院和中移物联网合作"
    return [sp for sp in out if sp not in spans]


@vocabulary_memo
def local_body(name: str) -> bool:
    """A government body built on a region or central-body name
    (广东省工业和信息化厅, 成都市人民政府, 工信部信息通信管理局)."""
    gaz = gazetteer()
    if gaz.vocab.organization(name) or subunit_of(name):
        return True
    m = gaz.region_pattern.match(name)
    if m and len(name) - m.end() >= 2:
        return True
    m = gaz.org_pattern.match(name)
    if m and m.end() < len(name) and len(name) - m.end() >= 2:
        return True
    if re.match(r"^(?:省|市)[\u4e00-\u9fff]{2,}", name):
        return True  # 省经济和信息化厅: resolved against the document's province later
    return bool(re.match(r"(?:国家|中央|中共中央|全国|国务院|中国)[^的]{2,}", name)) and len(name) >= 5


CATEGORY_RULES = (
    ("association", re.compile(r"(?:联盟|协会|学会|联合会|商会|促进会)$")),
    ("institute", re.compile(r"(?:研究院|研究所|研究中心|设计院|科学院|工程院|实验室|大学|学院|研究室)$")),
    ("media", re.compile(r"(?:日报|电子报|报社|晚报|时报|通讯社|电视台)$")),
    ("enterprise", re.compile(r"(?:公司|集团|控股|银行|交易所|股份)$")),
    ("government", re.compile(rf"(?:{GOV_SUFFIXES}|国务院|党中央|中共中央)$")),
)


@vocabulary_memo
def org_key_and_category(name: str, hint: str) -> tuple[str, str]:
    """Canonical full name (short names resolved by the vocabulary) and category."""
    vocab = gazetteer().vocab
    entry = vocab.organization(name)
    if entry:
        return entry.name, entry.category
    sub = subunit_of(name)
    if sub:
        parent, unit = sub
        return parent.name + unit, "government"
    for category, pattern in CATEGORY_RULES:
        if pattern.search(name):
            return normalize_name(name), category
    return normalize_name(name), hint or "other"


# ---------------------------------------------------------------- regions


def aligned(sent: Sentence, start: int, end: int) -> bool:
    """True when [start, end) of the sentence begins and ends at jieba token boundaries."""
    starts, ends = sent.token_offsets
    return _holds(starts, sent.start + start) and _holds(ends, sent.start + end)


def _holds(ordered: tuple[int, ...], value: int) -> bool:
    i = bisect_left(ordered, value)
    return i < len(ordered) and ordered[i] == value


def region_mentions(sent: Sentence, doc: str) -> list[Mention]:
    gaz = gazetteer()
    out = []
    for m in gaz.region_pattern.finditer(sent.text):
        entry = gaz.vocab.region(m.group())
        if entry is None:
            continue
        if entry.level == "city" and m.group() == entry.short and not aligned(sent, m.start(), m.end()):
            continue
        out.append(
            Mention(doc, sent.start + m.start(), sent.start + m.end(), m.group(), "REGION", entry.name, (("level", entry.level),))
        )
    return out


# ---------------------------------------------------------------- platforms

PLATFORM_HEAD = re.compile(
    r"(?:工业互联网平台|互联网平台|服务平台|云平台|智能平台|平台|大数据中心|顶级节点|根节点|超级节点|骨干节点|链网)"
    r"(?:[（(][\u4e00-\u9fff]{2,4}[）)])?"
)


def has_platform_head(text: str) -> bool:
    """Whether PLATFORM_HEAD can match: each of its words holds one of these."""
    return "平台" in text or "节点" in text or "大数据中心" in text or "链网" in text


GENERIC_WORDS = set(
    """工业互联网 工业 互联网 公共 服务 公共服务 综合 行业 行业级 区域 区域级 企业级 省级 市级 国家级 双跨 跨行业 跨领域
    安全 数据 大数据 大 云 智能 应用 创新 共性 技术 实训 产业 监测 测试 解决方案 推广 一体化 专业 特色 综合型 特色型
    专业型 通用 重点 多层次 大型 新型 私有 开源 各类 相关 监管 交易 融资 信息 网络 功能型 示范 全国 地方 本地 中小企业
    产学研用 自主 国产 国际 国内 在线 线上 数字化 网络化 智能化 协同 设备 工业设备 标识 标识解析 解析 体系 要素
    产业链 供应链 物联网 5G AI 服务化 平台化 二级 领先 影响力 上云 用云 赋能 基础 核心 开放 主要 典型 优秀 头部
    龙头 车间 生产 制造 管理 运营 能源 绿色 低碳 视觉 质量 设计 研发 营销 物流 仓储 采购 销售 金融 医疗 教育 交通
    电力 汽车 钢铁 化工 建材 纺织 家电 电子 机械 装备 园区 集群 城市 数字 节点 中心 一批 各 该 等 新 综合性 全 业务
    系统 软件 硬件 算力 枢纽 工控 态势 感知 威胁 共享 资源 人工智能 区块链 边缘 计算 边缘计算 方案 案例 场景
    网络安全 信息安全 数据安全 互联网安全 系统化 多层次 超级 骨干 国家级 行业级 顶级 灾备 一是 二是 三是 四是""".split()
)
LATIN_BRAND = re.compile(r"(?=[A-Za-z])(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{4,})(?![A-Za-z0-9])")
QUOTED = re.compile(r"“([^“”]{2,40})”")
QUOTED_PLATFORM = re.compile(r"(?:平台|云平台|云网|链网|工业云|[^上用]云)$|·")


QUALIFIER = re.compile(r"[（(].*$")
COUNTED_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|家|座|大|多个|余个)(?:以上)?$")
LATIN_LETTER = re.compile(r"[A-Za-z]")
FAMILY_BEFORE = re.compile(r"[一二三四五六七八九十\d]大(?:国家)?$")
FAMILY_PREFIX = re.compile(r"^(?:\d+|[一二三四五六七八九十]+)大")
GENERIC_PLATFORM_AFTER = re.compile(r"(?:工业互联网|工业|公共服务|服务|云)*平台")
CLOUD_USE = re.compile(r"上云|用云|登云|[+＋]")
CLOUD_USE_OR_ONTO = re.compile(r"上云|用云|登云|上平台|[+＋]")
CJK_RUN = re.compile(rf"[{CJK}]+")
CAPITAL = re.compile(r"[A-Z]")
PLATFORM_AFTER_BRAND = re.compile(r"(?:工业互联网)?平台|云")
CJK_WORD = re.compile(rf"[{CJK}]+")
LISTED_PLATFORM = re.compile(r"等[^，。；]{0,12}平台")


def platform_mentions(sent: Sentence, doc: str, orgs: list[Mention]) -> list[Mention]:
    """Named platforms: a generic platform head (平台, 大数据中心, 顶级节点 …) after a
    proper part (a brand or unknown word, an operator, 国家), quoted names
    (“根云平台”), and Latin brands next to their operator (海尔COSMOPlat)."""
    text, base = sent.text, sent.start
    starts = token_starts(sent)
    out: list[Mention] = []
    for m in PLATFORM_HEAD.finditer(text) if has_platform_head(text) else ():
        if m.start() not in starts:
            # "根云平台" is 根云|平台: the head starts at a token boundary inside the match
            ordered = _ordered(starts)
            inner = ordered[bisect_right(ordered, m.start()) : bisect_left(ordered, m.end())]
            m = PLATFORM_HEAD.match(text, inner[0]) if inner else m
            if m is None:
                continue
        head = QUALIFIER.sub("", m.group())
        before = tokens_before(text, m.start(), starts)
        s = platform_start(text, m.start(), starts, qualified=m.group() != head, before=before)
        if s is None:
            continue
        if COUNTED_BEFORE.search(text[max(0, s - 6) : s]) and "节点" not in head:
            continue
        name = text[s : m.end()]
        words = [t for ts, t in before if ts >= s][::-1]
        proper = [
            w for w in words
            if w not in GENERIC_WORDS and len(w) >= 2 and tag(w) in ("x", "nz", "eng", "nt", "nr", "nrt", "j")
            and not (tag(w) == "eng" and len(LATIN_LETTER.findall(w)) < 3)
        ]
        if FAMILY_BEFORE.search(text[: m.start()]):
            continue  # "五大国家顶级节点": a family, not one platform
        national = "国家" in name and not (head in ("平台", "工业互联网平台") and not proper and all(w in GENERIC_WORDS or w.startswith("国家") for w in words))
        qualified = m.group() != head
        if head.endswith("节点") and not (proper or qualified):
            continue
        if not (proper or national or qualified or mentions_in(orgs, base + s, base + m.start())):
            continue
        name = FAMILY_PREFIX.sub("", name)
        op = operator_of(name, orgs, base + s, base + m.end())
        out.append(make_platform(doc, base + m.end() - len(name), base + m.end(), name, op))
    for m in QUOTED.finditer(text) if "“" in text else ():
        inner = m.group(1)
        if "暨" in inner:
            inner = inner.split("暨")[0]
        generic_after = GENERIC_PLATFORM_AFTER.match(text[m.end():])
        if generic_after and not CLOUD_USE.search(inner) and not all(w in GENERIC_WORDS for w in jieba.cut(inner)):
            # “蜀云智造”工业互联网公共服务平台: the quoted word names the platform
            op = [o for o in orgs if o.end in (base + m.start(), base + m.start() - 1)]
            via = OPERATES.search(text[max(0, m.start() - 4) : m.start()])
            if not op and via:
                op = [o for o in orgs if o.end == base + m.start() - len(via.group())]
            out.append(make_platform(doc, base + m.start(1), base + m.end(1), inner, op[0].key if op else ""))
            continue
        if len(inner) >= 4 and QUOTED_PLATFORM.search(inner) and not CLOUD_USE_OR_ONTO.search(inner) and inner not in GENERIC_WORDS:
            words = [w for w in CJK_RUN.findall(inner)]
            if all(w in GENERIC_WORDS for w in words) and "·" not in inner:
                continue
            op = [o for o in orgs if o.end in (base + m.start(), base + m.start() - 1)]
            out.append(make_platform(doc, base + m.start(1), base + m.start(1) + len(inner), inner, op[0].key if op else ""))
    for m in OPERATES.finditer(text) if "的" in text else ():
        # "科大讯飞打造的羚羊工业互联网平台", "由X运营的“蜀云智造”…平台"
        head = PLATFORM_HEAD.search(text, m.end(), m.end() + 24)
        if not head or PUNCT.search(text[m.end() : head.start()].strip("“”")):
            continue
        name = text[m.end() : head.end()]
        if "“" in name:
            continue  # the quoted-name rule below handles it
        if any(w not in GENERIC_WORDS for w in jieba.cut(name[: head.start() - m.end()]) if len(w) >= 2):
            op = [o for o in orgs if o.end == base + m.start()]
            out.append(make_platform(doc, base + m.end(), base + head.end(), name, op[0].key if op else ""))
    for s0, e0 in platform_list_items(text):
        out.append(make_platform(doc, base + s0, base + e0, text[s0:e0], ""))
    for m in LATIN_BRAND.finditer(text):
        brand = m.group(1)
        if brand.upper() == brand or brand.lower() == brand[0].lower() + brand[1:] and not CAPITAL.search(brand[1:]) and brand[0].islower():
            continue  # all capitals (ICT, CODESYS) or a plain lower-case word
        s0 = m.start(1)
        followed = PLATFORM_AFTER_BRAND.match(text[m.end(1):])
        op_m = [o for o in orgs if o.end == base + s0]
        operator_word = None
        for ps, ptok in tokens_before(text, s0, starts, 6):
            if not CJK_WORD.fullmatch(ptok) or tag(ptok) in ("v", "vn", "p", "c", "d", "u", "uj", "m") or ptok in STOP_TOKENS:
                break
            operator_word = (ps, text[ps:s0])
        if operator_word and not 2 <= len(operator_word[1]) <= 5:
            operator_word = None
        in_list = LISTED_PLATFORM.search(text[m.end(1):])
        if not (followed or ((op_m or operator_word) and (in_list or "平台" in text))):
            continue
        start = op_m[0].start if op_m else (base + operator_word[0] if operator_word else base + s0)
        op = op_m[0].key if op_m else (operator_word[1] if operator_word else "")
        out.append(Mention(doc, start, base + m.end(1), text[start - base : m.end(1)], "PLATFORM", brand, (("operator", op),)))
    return out


PLATFORM_LIST_END = re.compile(r"等(?:[一二三四五六七八九十百\d]+[家个大])?[^，。；、]{0,10}?平台(?!企业|公司|服务商)")


LIST_LEAD = re.compile(r"^(?:涌现出|包括|如|比如|例如|有)")
PLATFORM_LIKE_END = re.compile(r"(?:平台|云|云谷|云网|链网)$")


def platform_list_items(text: str) -> list[tuple[int, int]]:
    """"三一根云平台、中联重科云谷等优质平台": items of a platform list that are
    named like platforms (…平台, …云, …云谷, a Latin brand)."""
    out = []
    if "等" not in text or "平台" not in text:
        return out
    for m in PLATFORM_LIST_END.finditer(text):
        seg_start = max(text.rfind(c, 0, m.start()) for c in "，。；：:\n（(“")
        items = text[seg_start + 1 : m.start()].split("、")
        if len(items) < 2:
            continue
        pos = seg_start + 1
        for item in items:
            s, e = pos, pos + len(item)
            pos = e + 1
            name = LIST_LEAD.sub("", item)
            s = e - len(name)
            if PLATFORM_LIKE_END.search(name) and 3 <= len(name) <= 16 and not all(w in GENERIC_WORDS for w in jieba.cut(name)):
                out.append((s, e))
    return out


IIOT_BEFORE_ID = re.compile(r"^工业互联网(?=标识解析)")
NATIONAL_BEFORE_NODE = re.compile(r"国家(?=顶级节点)")


def make_platform(doc: str, s: int, e: int, name: str, operator: str) -> Mention:
    key = IIOT_BEFORE_ID.sub("", normalize_name(name))
    key = NATIONAL_BEFORE_NODE.sub("", key)
    return Mention(doc, s, e, name, "PLATFORM", key, (("operator", operator),))


CLOUD_TOKEN = re.compile(r"[/+＋]|上云|用云")


def platform_start(text: str, head_start: int, starts: set[int], qualified: bool = False, before: list | None = None) -> int | None:
    """Walk back from a platform head over name-like tokens; leading verbal nouns,
    numbers, adjectives and the subject region are not part of the name.
    ``before``: ``tokens_before(text, head_start, starts)`` when the caller has it."""
    toks = []
    for s, tok in tokens_before(text, head_start, starts) if before is None else before:
        if PUNCT.search(tok) or CLOUD_TOKEN.search(tok) or tok in STOP_TOKENS:
            break
        if tok not in GENERIC_WORDS and tag(tok) not in PLATFORM_NAME_TAGS:
            break
        toks.append((s, tok))
    toks.reverse()
    while toks and (tag(toks[0][1]) in ("vn", "m", "a", "an") or toks[0][1] in ("大", "新", "各", "该")):
        toks.pop(0)
    if len(toks) >= 2 and gazetteer().vocab.region(toks[0][1]) and toks[1][1] not in ("国家",):
        rest = [t for _, t in toks[1:]]
        if all(t in GENERIC_WORDS for t in rest) and not qualified:
            return None
        toks.pop(0)
    if not toks:
        return None
    return toks[0][0]


def mentions_in(mentions: list[Mention], s: int, e: int) -> list[Mention]:
    return [m for m in mentions if s <= m.start and m.end <= e]


def operator_of(name: str, orgs: list[Mention], s: int, e: int) -> str:
    inside = mentions_in(orgs, s, e)
    if inside and inside[0].start == s:
        return inside[0].key
    return ""


# ---------------------------------------------------------------- dates, quantities


def date_mentions(sent: Sentence, doc: str, doc_date: str) -> list[Mention]:
    out = []
    for t in find_times(sent.text, doc_date, sent.start):
        if t.value:
            attrs = (("role", t.role), ("until", t.until), ("value", t.value))
            out.append(Mention(doc, t.start, t.end, t.text, "DATE", t.value, attrs))
    return out


@guarded("quantities")
def quantity_mentions(sent: Sentence, doc: str) -> list[Mention]:
    out = []
    for q in find_quantities(sent.text, sent.start):
        value = format(q.value, "f")
        attrs = (("comparator", q.comparator), ("unit", q.unit), ("value", value))
        out.append(Mention(doc, q.start, q.end, q.text, "QUANTITY", value, attrs))
    return out


# ---------------------------------------------------------------- overlaps

PRIORITY = {"POLICY": 0, "REPORT": 0, "PLATFORM": 1, "ORG": 2, "REGION": 3}


def drop_nested(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep the longest of overlapping name mentions (ties: by type priority)."""
    if not isinstance(mentions, list):
        mentions = list(mentions)
    if len(mentions) < 2:
        return mentions[:]  # nothing can overlap
    kept: list[Mention] = []
    for m in sorted(mentions, key=_nesting_rank):
        for k in kept:
            if k.start < m.end and m.start < k.end:
                break  # overlaps a longer (or preferred) mention
        else:
            kept.append(m)
    return sorted(kept, key=attrgetter("start", "end"))


def _nesting_rank(m: Mention) -> tuple:
    return (-(m.end - m.start), PRIORITY.get(m.type, 9), m.start, not m.attr("operator"))


def sentence_mentions(sent: Sentence, doc: str, doc_date: str) -> list[Mention]:
    """All name mentions in one sentence, nested names removed, plus dates and quantities
    that do not fall inside a name."""
    policies = policy_mentions(sent, doc)
    orgs = org_mentions(sent, doc)
    platforms = platform_mentions(sent, doc, orgs)
    regions = region_mentions(sent, doc)
    names = drop_nested([*policies, *platforms, *orgs, *regions])
    extra = outside_names([*date_mentions(sent, doc, doc_date), *quantity_mentions(sent, doc)], names)
    return sorted([*names, *extra], key=attrgetter("start", "end", "type"))


def outside_names(mentions: Iterable[Mention], names: Iterable[Mention]) -> list[Mention]:
    """The ``mentions`` (dates, quantities) that do not fall inside one of the ``names``."""
    spans = [(n.start, n.end) for n in names]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


def short_name_aliases(sent: Sentence) -> list[tuple[int, str]]:
    """"（以下简称《通知》）" → [(position, "通知")]."""
    if "以下简称" not in sent.text:
        return []
    return [(sent.start + m.start(), m.group(1)) for m in SHORT_NAME.finditer(sent.text)]
