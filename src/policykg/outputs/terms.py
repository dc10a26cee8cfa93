"""RDF terms spelled as Turtle: IRIs (only characters an IRI allows, the rest
percent-encoded), literals (only characters Turtle and XML allow), typed
dates and decimals. The namespaces come from ``ontology/mapping/prefixes.csv``."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..mapping import expand, prefixes

LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# characters an IRI may not hold (RFC 3987: controls, space, <>"{}|^`\, and no
# private-use or non-character code points outside the query part). Outside the
# BMP, ucschar stops short of each plane's last two code points (U+1FFFE, U+1FFFF …)
# and of U+E0000–U+E0FFF: those are unsafe too (pyoxigraph refuses them).
IRI_UNSAFE = re.compile(
    r'[\x00-\x20<>"{}|^`\\\x7f-\x9f\ue000-\uf8ff\ufdd0-\ufdef\ufff0-\uffff\ud800-\udfff'
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0x10000, 0xF0000, 0x10000))
    + "\U000e0000-\U000e0fff\U000f0000-\U0010ffff]")
# characters of an id (a document id is its file name) that would end or change an
# IRI's path: a fragment, a query, a percent escape, an IP literal's brackets
PATH_RESERVED = re.compile(r"[%#?\[\]]")
STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
# characters a literal may hold in Turtle and in XML 1.0 (controls, surrogates and non-characters dropped)
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
STRING_UNSAFE = re.compile(r'[\\"\n\r\t]')
XSD = "http://www.w3.org/2001/XMLSchema#"


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 does not allow."""
    return NOT_XML.sub("", text) if NOT_XML.search(text) else text


@lru_cache(maxsize=4096)
def turtle_iri(iri: str) -> str:
    """``prefix:local`` when a namespace and a plain local name allow it, else ``<iri>``."""
    best = ""
    for prefix, ns in prefixes().items():
        if iri.startswith(ns) and len(ns) > len(best):
            best = ns
            found = prefix
    if best and LOCAL_NAME.fullmatch(iri[len(best):]):
        return f"{found}:{iri[len(best):]}"
    return full_iri(iri)


def percent_encoded(match: re.Match) -> str:
    return "".join(f"%{b:02X}" for b in match.group().encode("utf-8", "surrogatepass"))


def full_iri(iri: str) -> str:
    """``<iri>`` with the characters an IRI may not hold percent-encoded (UTF-8)."""
    if IRI_UNSAFE.search(iri):
        iri = IRI_UNSAFE.sub(percent_encoded, iri)
    return f"<{iri}>"


def term(prefixed: str) -> str:
    """A vocabulary term (``pkg:Policy``) as Turtle."""
    return turtle_iri(expand(prefixed))


def node(path: str) -> str:
    """The resource ``id:<path>``; ``%``, ``#``, ``?``, ``[`` and ``]`` in ``path``
    (from a file name: ``doc/a#b``) are percent-encoded, so that the IRI is valid and
    its path is the whole id."""
    if PATH_RESERVED.search(path):
        path = PATH_RESERVED.sub(percent_encoded, path)
    return turtle_iri(prefixes()["id"] + path)


def string(text: str) -> str:
    text = xml_text(text)
    if STRING_UNSAFE.search(text):
        text = STRING_UNSAFE.sub(lambda m: STRING_ESCAPES[m.group()], text)
    return f'"{text}"'


def zh(text: str) -> str:
    return string(text) + "@zh"


def typed(value: str, datatype: str) -> str:
    return f"{string(value)}^^{turtle_iri(XSD + datatype)}"


def date(value: str) -> str:
    """An ISO date as precise as known: xsd:gYear, xsd:gYearMonth or xsd:date."""
    return typed(value, {4: "gYear", 7: "gYearMonth"}.get(len(value), "date"))


def decimal(value: Decimal) -> str:
    return typed(plain_decimal(value), "decimal")


def integer(value: int, datatype: str = "integer") -> str:
    return typed(str(value), datatype)


def plain_decimal(value: Decimal | None) -> str:
    """A decimal as the tables write it: no exponent, no trailing zeros."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
