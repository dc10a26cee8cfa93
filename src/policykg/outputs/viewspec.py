"""What the graph page knows about node types and relations, read from
``ontology/view.yaml`` (data, not code): colours and shapes, which types form
the backbone of the first view, which relations are meaningful (followed by
``viz --around``), how titles are shortened on the canvas, and the size limits
of the first view and of the overview.

>>> spec = view_spec()
>>> spec.relation("setsTarget")       # any alias -> the canonical name
'sets_target'
>>> spec.short_label("某某省人民政府办公厅关于推动新能源汽车产业加快发展的通知", "policy")
'推动新能源汽车产业加快发展'
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import OntologyError

SHAPES = {"box", "ellipse", "dot", "diamond", "star", "triangle", "triangleDown", "square", "hexagon", "circle", "text"}
DEFAULT_TYPE = {"name": "", "color": "#999999", "fill": "", "shape": "dot", "backbone": False}


@dataclass(frozen=True)
class NodeType:
    key: str
    name: str
    color: str
    fill: str
    shape: str
    backbone: bool


@dataclass(frozen=True)
class Relation:
    key: str
    name: str
    meaningful: bool
    color: str
    dashes: bool
    rank: int
    hub: bool = False


@dataclass(frozen=True)
class ViewSpec:
    types: dict[str, NodeType]
    relations: dict[str, Relation]
    aliases: dict[str, str]            # every spelling -> canonical relation name
    font_size: int
    line_width: float
    lines: int
    keep_at_least: int
    drop_through: tuple[str, ...]
    drop_leading: tuple[str, ...]
    drop_trailing: tuple[str, ...]
    strip_chars: str
    first_view_nodes: int
    min_first_view: int
    screen: tuple[int, int]
    min_font_px: float
    neighbours_per_hub: int
    max_nodes: int
    overview_nodes: int

    def node_type(self, key: str) -> NodeType:
        """The type ``key``; an unknown type gets grey dots and no backbone role."""
        return self.types.get(key) or NodeType(key=key, **(DEFAULT_TYPE | {"name": key}))

    def relation(self, label: str) -> str:
        """The canonical name of an edge label (its own name when unknown)."""
        return self.aliases.get(label, label)

    def relation_info(self, label: str) -> Relation:
        key = self.relation(label)
        return self.relations.get(key) or Relation(key, key, False, "#bbbbbb", True, len(self.relations))

    def hub(self, label: str) -> bool:
        return self.relation_info(label).hub

    def meaningful(self, label: str) -> bool:
        return self.relation_info(label).meaningful

    def backbone(self, node_type: str) -> bool:
        return self.node_type(node_type).backbone

    def type_rank(self, node_type: str) -> int:
        return list(self.types).index(node_type) if node_type in self.types else len(self.types)

    def short_label(self, text: str, node_type: str = "") -> str:
        """The distinctive part of a title for the canvas (policies and reports:
        公文 wrappers dropped), on one line; see :func:`wrap` for the lines."""
        t = re.sub(r"\s+", " ", str(text)).strip()
        if node_type in ("policy", "report"):
            t = self.drop_wrappers(t)
        return t.translate({ord(c): None for c in self.strip_chars}).strip() or t

    def drop_wrappers(self, title: str) -> str:
        def ok(rest: str) -> bool:
            return len(rest.translate({ord(c): None for c in self.strip_chars})) >= self.keep_at_least

        t = title
        for w in self.drop_through:
            i = t.find(w)
            if i >= 0 and ok(t[i + len(w):]):
                t = t[i + len(w):]
                break
        for w in self.drop_trailing:
            if t.endswith(w) and ok(t[: -len(w)]):
                t = t[: -len(w)]
                break
        for w in self.drop_leading:
            if t.startswith(w) and ok(t[len(w):]):
                t = t[len(w):]
                break
        return t


def char_width(c: str) -> float:
    """Width of a character in font sizes, as a CJK font draws it: ASCII and Latin
    0.6, half-width forms 0.5; CJK, full-width forms and the punctuation a CJK font
    draws full width (“” — …) 1."""
    o = ord(c)
    if o < 0x2000:
        return 0.6
    return 0.5 if 0xFF61 <= o <= 0xFFDC else 1.0


def text_width(s: str) -> float:
    return sum(char_width(c) for c in s)


def canvas_label(text: str, width: float, lines: int) -> str:
    """``text`` as the canvas shows it: in at most ``lines`` balanced lines of at
    most ``width`` (see :func:`char_width`); a longer text is cut in its head,
    keeping a closing parenthetical such as （2021—2023年） or （试行）, with "…"."""
    if text_width(text) <= width:
        return text
    capacity = width * lines
    t = text
    while True:
        if text_width(t) > capacity:
            t = cut(text, capacity)
        target = max(1.0, math.ceil(text_width(t) / lines * 2) / 2)
        while target <= width:
            out = wrap(t, target)
            if len(out) <= lines:
                return "\n".join(out)
            target += 0.5
        capacity -= 0.5  # the words did not break well: cut a little more


def cut(text: str, capacity: float) -> str:
    """``text`` cut to ``capacity`` widths with "…", keeping a short closing parenthetical."""
    m = re.search(r"[（(][^（()）]{1,14}[）)]$", text)
    tail = m.group(0) if m and text_width(m.group(0)) <= capacity / 2 - 1 else ""
    head = text[: len(text) - len(tail)]
    room = capacity - text_width(tail) - 1
    while head and text_width(head) > room:
        head = head[:-1]
    return head.rstrip() + "…" + tail


def wrap(text: str, width: float) -> list[str]:
    """``text`` in lines of at most ``width``; runs of ASCII letters and digits are
    not split unless longer than a line, and no line starts with closing punctuation."""
    tokens = re.findall(r"[A-Za-z0-9.+\-/%]+|.[，。、；：？！）》”’」』,.;:?!)]*", text)
    out: list[str] = []
    line, w = "", 0.0
    for tok in tokens:
        tw = text_width(tok)
        if w + tw > width and line:
            out.append(line)
            line, w = "", 0.0
        if tw > width:  # one long run: split it by characters
            for c in tok:
                if w + char_width(c) > width and line:
                    out.append(line)
                    line, w = "", 0.0
                line, w = line + c, w + char_width(c)
            continue
        line, w = line + tok, w + tw
    if line:
        out.append(line)
    return out


# ---------------------------------------------------------------- loading


def spec_path() -> Path:
    from ..lexicon import ontology_file

    return ontology_file("view.yaml")


@lru_cache(maxsize=1)
def view_spec() -> ViewSpec:
    """The view specification of ``ontology/view.yaml`` (read once)."""
    return parse_spec(read_yaml(spec_path()))


def read_yaml(path: Path) -> dict:
    import yaml

    from ..lexicon import yaml_data

    try:
        data = yaml_data(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise OntologyError(f"{path}: cannot read the view specification ({exc}); expected UTF-8 YAML") from None
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: expected a mapping with types, relations, labels and view")
    return data


def parse_spec(data: dict[str, Any], where: str = "view.yaml") -> ViewSpec:
    """A :class:`ViewSpec` from the parsed YAML; a missing or malformed entry is an
    :class:`OntologyError` naming it."""
    def section(name: str) -> dict:
        v = data.get(name)
        if not isinstance(v, dict) or not v:
            raise OntologyError(f"{where}: section {name!r} is missing or empty; expected a mapping")
        return v

    types = {}
    for key, t in section("types").items():
        t = entry(where, "types", key, t, ("name", "color", "shape"))
        if t["shape"] not in SHAPES:
            raise OntologyError(f"{where}: types.{key}.shape is {t['shape']!r}; expected one of {', '.join(sorted(SHAPES))}")
        types[str(key)] = NodeType(str(key), str(t["name"]), str(t["color"]), str(t.get("fill") or ""), t["shape"],
                                   bool(t.get("backbone", False)))
    relations, aliases = {}, {}
    for rank, (key, r) in enumerate(section("relations").items()):
        r = entry(where, "relations", key, r, ("name",))
        relations[str(key)] = Relation(str(key), str(r["name"]), bool(r.get("meaningful", False)),
                                       str(r.get("color") or "#999999"), bool(r.get("dashes", False)), rank,
                                       bool(r.get("hub", False)))
        for a in [key, *(r.get("aliases") or [])]:
            if str(a) in aliases and aliases[str(a)] != key:
                raise OntologyError(f"{where}: relation alias {a!r} is given to both {aliases[str(a)]!r} and {key!r}")
            aliases[str(a)] = str(key)
    labels, view = section("labels"), section("view")
    try:
        return ViewSpec(
            types=types, relations=relations, aliases=aliases,
            font_size=int(labels["font_size"]), line_width=float(labels["line_width"]), lines=int(labels["lines"]),
            keep_at_least=int(labels.get("keep_at_least", 4)),
            drop_through=tuple(labels.get("drop_through") or ()), drop_leading=tuple(labels.get("drop_leading") or ()),
            drop_trailing=tuple(labels.get("drop_trailing") or ()), strip_chars=str(labels.get("strip_chars") or ""),
            first_view_nodes=int(view["first_view_nodes"]), min_first_view=int(view.get("min_first_view", 12)),
            screen=(int(view["screen"]["width"]), int(view["screen"]["height"])), min_font_px=float(view["min_font_px"]),
            neighbours_per_hub=int(view["neighbours_per_hub"]),
            max_nodes=int(view["max_nodes"]), overview_nodes=int(view["overview_nodes"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise OntologyError(f"{where}: labels/view entry {exc} is missing or not a number") from None


def entry(where: str, section: str, key: Any, value: Any, required: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise OntologyError(f"{where}: {section}.{key} is {value!r}; expected a mapping")
    missing = [k for k in required if k not in value]
    if missing:
        raise OntologyError(f"{where}: {section}.{key} lacks {', '.join(missing)}")
    return value
