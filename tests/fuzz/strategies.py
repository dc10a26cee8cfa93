"""Hypothesis strategies for hostile and careless input files (issue 16).

Each strategy draws one :class:`Generated` file: a name (str, or bytes for a
name that is not UTF-8), its bytes and the kind of trouble it carries. The
documents are invented policy-like texts (a title, an issuing body, a policy
in 《》, targets and figures) with the trouble put where it reaches the
outputs: the title, the names, the numbers, the file name, the front matter.
"""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st


@dataclass(frozen=True)
class Generated:
    name: str | bytes  # file name (bytes: not valid UTF-8)
    data: bytes
    kind: str

    @property
    def label(self) -> str:
        return self.name if isinstance(self.name, str) else self.name.decode("utf-8", "backslashreplace")


ORGS = ["工业和信息化部", "国家发展改革委", "江苏省人民政府", "成都市经济和信息化局", "某某科技股份有限公司", "国务院办公厅"]
TOPICS = ["数字乡村", "智能制造", "新能源汽车", "工业互联网", "绿色建筑", "数据要素"]
KINDS = ["行动计划", "实施方案", "指导意见", "管理办法", "工作要点"]
UNITS = ["个", "家", "亿元", "万台", "%", "项"]
INDICATORS = ["示范企业", "平台", "产业规模", "标识注册量", "研发投入", "覆盖率"]

# characters that must never break an output
C0 = [chr(c) for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\x7f"]
C1 = [chr(c) for c in range(0x80, 0xA0)]
PRIVATE_USE = ["\ue000", "\ue123", "\uf8ff", "\U000f0000", "\U000ffffd", "\U00100000", "\U0010fffd"]
NONCHARACTERS = ["\ufdd0", "\ufdef", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff", "\ufffd"]
INVISIBLE = ["\u200b", "\u200e", "\u202e", "\u2028", "\u2029", "\ufeff", "\u0301", "\u00ad"]
ODD_NAME_CHARS = list(" #?%<>\"{}|^`'&;=+$,@!()[]*~\\:") + ["\n", "\t", "\u3000", "😀", "\u202e", "é", "\u0301"]


def insert(draw, text: str, chars: list[str], at_least: int = 1) -> str:
    """``text`` with a few of ``chars`` put at drawn positions."""
    for _ in range(draw(st.integers(at_least, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(chars)) + text[at:]
    return text


@st.composite
def base_parts(draw) -> dict[str, str]:
    """The fields of an invented policy document."""
    topic = draw(st.sampled_from(TOPICS))
    return {
        "org": draw(st.sampled_from(ORGS)),
        "policy": f"{draw(st.sampled_from(['江苏省', '四川省', '全国', '成都市']))}{topic}{draw(st.sampled_from(KINDS))}",
        "indicator": draw(st.sampled_from(INDICATORS)),
        "unit": draw(st.sampled_from(UNITS)),
        "year": str(draw(st.integers(2018, 2030))),
        "n": str(draw(st.integers(1, 99999))),
        "m": f"{draw(st.integers(1, 999))}.{draw(st.integers(0, 9))}",
        "topic": topic,
    }


def render(p: dict[str, str]) -> str:
    """The text of a document with fields ``p``."""
    return (f"关于印发《{p['policy']}》的通知\n\n"
            f"{p['org']}印发《{p['policy']}》，加快推进{p['topic']}发展。\n"
            f"到{p['year']}年，全省建成{p['indicator']}{p['n']}{p['unit']}，带动投资{p['m']}亿元。\n"
            f"截至2023年底，{p['org']}已培育{p['indicator']}{p['n']}{p['unit']}，同比增长{p['m']}%。\n")


def txt(name: str, text: str, kind: str) -> Generated:
    return Generated(f"{name}.txt", text.encode("utf-8", "surrogatepass"), kind)


def file_stem(draw) -> str:
    return f"doc_{draw(st.integers(0, 10**9)):09d}"


# ---------------------------------------------------------------- kinds


@st.composite
def bad_characters(draw, kind: str, chars: list[str]) -> Generated:
    """Characters ``chars`` in the title, the names and the body."""
    p = draw(base_parts())
    for field in draw(st.lists(st.sampled_from(["policy", "org", "indicator", "topic", "unit"]), min_size=1, max_size=3)):
        p[field] = insert(draw, p[field], chars)
    text = render(p)
    if draw(st.booleans()):
        text = insert(draw, text, chars)
    fmt = draw(st.sampled_from(["txt", "md", "html"]))
    stem = file_stem(draw)
    if fmt == "md":
        title = insert(draw, p["policy"], chars).replace("\\", "\\\\").replace('"', '\\"')
        return Generated(f"{stem}.md", f'---\ntitle: "{title}"\ndate: 2023-05-01\n---\n\n{text}'.encode("utf-8", "surrogatepass"), kind)
    if fmt == "html":
        body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
        return Generated(f"{stem}.html", f"<html><head><title>{p['policy']}</title></head><body>{body}</body></html>".encode("utf-8", "surrogatepass"), kind)
    return txt(stem, text, kind)


@st.composite
def surrogates(draw) -> Generated:
    """Lone surrogates: as YAML escapes, as HTML character references, as CESU-8 bytes."""
    p = draw(base_parts())
    code = draw(st.sampled_from(["d800", "dbff", "dc00", "dfff"]))
    how = draw(st.sampled_from(["yaml", "html", "bytes", "yaml-pair"]))
    stem = file_stem(draw)
    text = render(p)
    if how == "yaml":
        return Generated(f"{stem}.md", f'---\ntitle: "{p["policy"]}\\u{code}"\nsource: "\\u{code}"\n---\n\n{text}'.encode(), "surrogate")
    if how == "yaml-pair":
        return Generated(f"{stem}.md", f'---\ntitle: "\\ud83d\\ude00{p["policy"]}\\udc00"\n---\n\n{text}'.encode(), "surrogate")
    if how == "html":
        return Generated(f"{stem}.html", f"<html><title>{p['policy']}&#x{code};</title><body><p>{text}&#x{code};</p></body></html>".encode(), "surrogate")
    raw = text.encode()
    at = draw(st.integers(0, len(raw)))
    while at < len(raw) and (raw[at] & 0xC0) == 0x80:
        at += 1  # between two characters
    return Generated(f"{stem}.txt", raw[:at] + bytes.fromhex("eda080") + raw[at:], "surrogate")


@st.composite
def huge_numbers(draw) -> Generated:
    p = draw(base_parts())
    digits = draw(st.integers(29, 400))
    p["n"] = draw(st.sampled_from(["1" * digits, "9" * digits + ".5", "1e400", "九" * min(digits, 60) + "亿",
                                   "1," * min(digits, 100) + "000", "0." + "0" * digits + "1"]))
    return txt(file_stem(draw), render(p), "huge number")


@st.composite
def long_lines(draw, max_repeat: int = 150) -> Generated:
    """One long line without 。 (the measure rules were quadratic on them)."""
    p = draw(base_parts())
    piece = draw(st.sampled_from([f"到2025年达到{'1' * 20}个", "，全省建成平台100个", f"、{p['org']}", "到2025年，"]))
    line = piece * draw(st.integers(10, max_repeat))
    return txt(file_stem(draw), f"关于《{p['policy']}》的说明\n\n{line}\n", "long line")


BOMB = ('a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n'
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n'
        'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n'
        'title: *h\n')


@st.composite
def front_matter(draw, bombs: bool = True) -> Generated:
    """Front matter that is hostile (alias bombs, python tags), malformed (bad escapes,
    not a mapping) or odd (titles that are not strings, impossible dates). ``bombs``:
    with the alias bomb (seconds to expand today)."""
    p = draw(base_parts())
    yaml = draw(st.sampled_from([
        *([BOMB] if bombs else []),
        'title: "\\x00\\x1b\\e\\0"\n',
        'title: "\\uD800"\n',
        'title: "\\N\\_\\L\\P"\n',
        'title: "bad \\q escape"\n',
        "title: !!python/object/apply:os.system ['touch /tmp/policykg-fuzz-pwned']\n",
        "title: !!binary aGVsbG8=\n",
        "- just\n- a list\n",
        "just a scalar\n",
        "title: [1, [2, [3, [4, [5]]]]]\n",
        "title: {name: {deeper: x}}\n",
        "title: 123\ndate: 2023-02-30\n",
        "title: null\ndate: 99999-01-01\n",
        "? [a, b]\n: complex key\n",
        "title: x\ntitle: y\n",
        f"title: {'长' * 20000}\n",
        "title: &x [*x]\n",
        "date: 2023-05-01T25:61:00\n",
        "title: \"\\U0010FFFF\\uFFFE\\uFDD0\"\n",
    ]))
    return Generated(f"{file_stem(draw)}.md", f"---\n{yaml}---\n\n{render(p)}".encode("utf-8"), "front matter")


@st.composite
def html_pages(draw) -> Generated:
    p = draw(base_parts())
    text = render(p)
    body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
    depth = draw(st.integers(50, 3000))
    page = draw(st.sampled_from([
        "<div>" * depth + body + "</div>" * depth,
        "<div>" * depth + body,
        f"<html><body><p>{body}<p><b><i></b></i><table><tr><td>{body}</table></html>",
        f"<html><head><title>{p['policy']}&#0;&#x110000;&#xFFFE;&#1;</title></head><body>{body}&#0;&#xD800;</body></html>",
        f"<html><!-- unclosed comment {body}",
        f"<html><body><script>{body}</script><style>{body}</style><![CDATA[{body}]]></body></html>",
        f"<html><head><meta charset='gbk'><meta property='og:title' content='\x01{p['policy']}\ue000'></head><body>{body}</body></html>",
        f"<<<>>>&&&;;;{body}</p></p></div>",
        f"<html><body>{'<br>' * depth}{body}</body></html>",
        f"<html><body><p>{'&amp;' * depth}{body}</p></body></html>",
    ]))
    return Generated(f"{file_stem(draw)}.{draw(st.sampled_from(['html', 'htm']))}", page.encode("utf-8"), "html")


@st.composite
def encodings(draw) -> Generated:
    text = render(draw(base_parts()))
    how = draw(st.sampled_from(["gbk", "gb18030", "big5", "utf-16-bom", "utf-16-le", "utf-16-be", "utf-8-sig",
                                "latin-1", "utf-32", "mixed", "shift_jis", "bom-then-gbk"]))
    if how == "utf-16-bom":
        data = text.encode("utf-16")
    elif how == "mixed":
        half = len(text) // 2
        data = text[:half].encode("utf-8") + text[half:].encode("gbk")
    elif how == "bom-then-gbk":
        data = b"\xef\xbb\xbf" + text.encode("gbk")
    elif how == "latin-1":
        data = ("Politique numérique - café " + text.encode("ascii", "ignore").decode()).encode("latin-1")
    else:
        data = text.encode(how, "replace")
    return Generated(f"{file_stem(draw)}.txt", data, "encoding")


@st.composite
def empty_or_binary(draw) -> Generated:
    data = draw(st.one_of(
        st.sampled_from([b"", b" \n\t\r\n", b"\x00" * 100, b"\xef\xbb\xbf", b"\xff\xfe", b"\x89PNG\r\n\x1a\n" + bytes(64),
                         b"%PDF-1.7\n" + bytes(range(256)), b"PK\x03\x04" + bytes(40), b"---\n---\n", b"<html></html>"]),
        st.binary(min_size=1, max_size=2000),
    ))
    suffix = draw(st.sampled_from(["txt", "md", "html", "pdf", "docx"]))
    return Generated(f"{file_stem(draw)}.{suffix}", data, "empty or binary")


@st.composite
def odd_names(draw) -> Generated:
    """File names (so document ids) with characters that IRIs, XML, CSV and file
    systems treat specially; names that are not UTF-8."""
    text = render(draw(base_parts())).encode("utf-8")
    if draw(st.integers(0, 9)) == 0:
        raw = draw(st.sampled_from([b"\xff\xfe", b"caf\xe9", b"\xed\xa0\x80", b"ok\x80"])) + b".txt"
        return Generated(raw, text, "file name")
    chars = ODD_NAME_CHARS + PRIVATE_USE[:2] + NONCHARACTERS[:3] + C1[:2] + ["\x01", "\x1b"]
    stem = "".join(draw(st.lists(st.sampled_from(chars + list("ab政策")), min_size=1, max_size=12)))
    stem = stem if stem.strip(" .") else "x" + stem
    stem = stem.lstrip(".") or "x"  # a leading dot hides the file: not an input
    stem = stem[:60] + ("长" * draw(st.sampled_from([0, 0, 70])))  # up to ~250 bytes
    suffix = draw(st.sampled_from([".txt", ".TXT", ".md", ".html", ".Txt"]))
    return Generated(stem + suffix, text, "file name")


# every kind, as the fuzz tests name them
KINDS_OF_TROUBLE = {
    "control characters": bad_characters("control characters", C0 + C1),
    "private use": bad_characters("private use", PRIVATE_USE),
    "noncharacters": bad_characters("noncharacters", NONCHARACTERS),
    "invisible and bidi": bad_characters("invisible and bidi", INVISIBLE),
    "surrogates": surrogates(),
    "huge numbers": huge_numbers(),
    "long lines": long_lines(max_repeat=60),
    "front matter": front_matter(bombs=False),
    "html": html_pages(),
    "encodings": encodings(),
    "empty or binary": empty_or_binary(),
    "file names": odd_names(),
}


@st.composite
def good_document(draw) -> Generated:
    return txt(f"good_{draw(st.integers(0, 10**6)):06d}", render(draw(base_parts())), "good")


def any_trouble() -> st.SearchStrategy[Generated]:
    """Every kind, long lines up to ~4,500 characters, front matter with alias bombs."""
    scaled = {"long lines": long_lines(max_repeat=150), "front matter": front_matter(bombs=True)}
    return st.one_of(*(scaled.get(kind, strategy) for kind, strategy in KINDS_OF_TROUBLE.items()))
