"""What a query may do, decided from its tokens (never from substrings).

A SPARQL query is split into the grammar's terminals — strings, IRIs,
comments, variables, prefixed names and bare words — so a keyword is
recognised only where the parser would see one: ``"SERVICE"`` in a string,
``<…#SERVICE>`` in an IRI, ``?service`` or ``ex:SERVICE`` are not keywords.

Refused:

- updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY, WITH):
  the graph is rebuilt with ``policykg build``, never changed by a query;
- ``SERVICE`` (federation: the server would send a request to an address the
  query names) unless the caller allows it;
- ``FROM`` / ``FROM NAMED`` (and the protocol's ``default-graph-uri`` /
  ``named-graph-uri``) of a graph the store does not hold: policykg never
  fetches a graph from the web or from a file on a query's behalf.

Text that cannot be encoded as UTF-8 (a lone surrogate: an undecodable byte
of a command-line argument) is refused with its position, before it reaches
the SPARQL engine.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..errors import QueryError, QueryRefusedError

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

# SPARQL 1.1 terminals (§19.8), simplified where the difference cannot hide a keyword:
# every alternative that can contain letters (strings, IRIs, comments, names) is matched whole.
PN_CHARS_BASE = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
PN_CHARS = PN_CHARS_BASE + "_0-9\u00B7\u0300-\u036F\u203F-\u2040-"
TOKEN = re.compile(
    r'(?P<ws>\s+)'
    r'|(?P<comment>#[^\r\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\r\n]|\\.)*"|\'(?:[^\'\\\r\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<var>[?$][' + PN_CHARS + r']+)'
    r'|(?P<pname>(?:[' + PN_CHARS_BASE + r'_](?:[' + PN_CHARS + r'.]*[' + PN_CHARS + r'])?)?:(?:[' + PN_CHARS + r'.:%\\]|\\.)*)'
    r'|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)'
    r'|(?P<word>[A-Za-z_][A-Za-z0-9_]*)'
    r'|(?P<other>.)',
    re.S,
)


@dataclass(frozen=True)
class Token:
    kind: str  # string | iri | var | pname | lang | word | other
    text: str
    start: int


def tokens(text: str) -> list[Token]:
    """The query's tokens, without whitespace and comments."""
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind not in ("ws", "comment"):
            out.append(Token(kind, m.group(), m.start()))
    return out


def words(toks: Iterable[Token]) -> list[str]:
    """The bare words (keywords and function names), upper-cased."""
    return [t.text.upper() for t in toks if t.kind == "word"]


def check_text(value: str, what: str) -> str:
    """``value`` unchanged, or a QueryError naming ``what`` and the first character that is
    not text (a lone surrogate: an undecodable byte of a command-line argument)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        ch = value[exc.start]
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte the terminal or file name held
            detail = f"byte 0x{code - 0xDC00:02x} at character {exc.start + 1} is not UTF-8"
        else:
            detail = f"lone surrogate U+{code:04X} at character {exc.start + 1}"
        raise QueryError(f"{what}: not valid text ({detail}); expected UTF-8 text") from None
    return value


def prologue_prefixes(toks: list[Token]) -> dict[str, str]:
    """``PREFIX p: <iri>`` declarations of the query (prefix -> namespace)."""
    out = {}
    for i, t in enumerate(toks[:-2]):
        if t.kind == "word" and t.text.upper() == "PREFIX" and toks[i + 1].kind == "pname" and toks[i + 2].kind == "iri":
            out[toks[i + 1].text[:-1]] = toks[i + 2].text[1:-1]
    return out


def query_form(toks: list[Token]) -> str:
    """The first keyword after the prologue: SELECT, ASK, …, or an update keyword ('' if none)."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "word" and t.text.upper() == "PREFIX":
            i += 3
        elif t.kind == "word" and t.text.upper() == "BASE":
            i += 2
        elif t.kind == "word":
            return t.text.upper()
        else:
            return ""
    return ""


def check_read_only(text: str) -> None:
    """Refuse an update (or empty text); SELECT, ASK, CONSTRUCT and DESCRIBE pass."""
    form = query_form(tokens(text))
    if form in UPDATE_KEYWORDS:
        raise QueryRefusedError(f"{form} refused: policykg queries are read-only (SELECT, ASK, CONSTRUCT or DESCRIBE expected); "
                                "to change the graph, rebuild it with `policykg build`")
    if not form:
        raise QueryError("empty query; expected SPARQL text or a named query (see `policykg query --list`)")


def dataset_iris(toks: list[Token], prefixes: dict[str, str]) -> list[tuple[str, str]]:
    """(clause, IRI) of every FROM / FROM NAMED; a prefixed name is expanded with ``prefixes``."""
    out = []
    for i, t in enumerate(toks):
        if t.kind != "word" or t.text.upper() != "FROM":
            continue
        j, clause = i + 1, "FROM"
        if j < len(toks) and toks[j].kind == "word" and toks[j].text.upper() == "NAMED":
            j, clause = j + 1, "FROM NAMED"
        target = toks[j] if j < len(toks) else None
        if target is not None and target.kind == "iri":
            out.append((clause, target.text[1:-1]))
        elif target is not None and target.kind == "pname":
            prefix, local = target.text.split(":", 1)
            out.append((clause, prefixes[prefix] + local if prefix in prefixes else target.text))
        else:
            out.append((clause, target.text if target is not None else ""))
    return out


def check_dataset(iris: Iterable[tuple[str, str]], graphs: Collection[str]) -> None:
    """Refuse a dataset clause naming a graph that is not one of the store's ``graphs``."""
    for clause, iri in iris:
        if iri not in graphs:
            held = f"it holds the named graphs {', '.join(sorted(graphs)[:5])}" if graphs else "it holds only the default graph"
            raise QueryRefusedError(f"{clause} <{iri}> refused: policykg never fetches a graph from the web or a file "
                                    f"for a query, and the store holds no graph <{iri}> ({held}); "
                                    "query the default graph without FROM")


def check_query(text: str, allow_service: bool = False, graphs: Collection[str] = (),
                prefixes: dict[str, str] | None = None) -> None:
    """Everything the module doc refuses, for the full text of one query.

    ``graphs`` are the named graphs the store holds (FROM may name those);
    ``prefixes`` the ones declared for every query (for FROM with a prefixed name)."""
    check_text(text, "SPARQL text")
    toks = tokens(text)
    form = query_form(toks)
    if form in UPDATE_KEYWORDS or not form:
        check_read_only(text)
    if form not in QUERY_FORMS:
        return  # not a query: the parser reports the syntax error
    if not allow_service and "SERVICE" in words(toks):
        raise QueryRefusedError("SERVICE refused: policykg sends no request to another server on a query's behalf "
                                "(federated queries are off; the endpoint's --allow-service turns them on)")
    check_dataset(dataset_iris(toks, {**(prefixes or {}), **prologue_prefixes(toks)}), graphs)
