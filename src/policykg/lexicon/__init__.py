"""Lexicon: the data under ``ontology/`` that extraction reads, loaded once into frozen objects.

- :func:`vocabulary` — the closed vocabularies (provinces, cities, zones, central
  bodies and their short names, sub-units, genres), validated (``vocab.py``);
- :func:`rules` — a rule file ``ontology/rules/<name>.yaml``: word lists, cue words,
  suffixes, verb lists, as frozen tuples and mappings; code holds the logic;
- :func:`pattern` — a compiled regex alternation of words (longest first);
- :func:`common_words` — jieba's dictionary words in everyday use (what a name made
  only of them does not single out);
- :func:`counties` — county-level divisions (``vocab/counties.csv``) and the city or
  province of the vocabulary that holds each; :func:`short_counties` likewise for the names of
  two characters (``vocab/short_counties.csv``);
- :func:`memo` — the one bounded cache for functions of strings whose result
  depends only on their arguments and the lexicon. Speed tricks live here,
  not in the extractors.

The cache key of an extraction covers every file under ``ontology/`` (see
``cache``), so changing a rule file re-extracts what it affects.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import yaml

from ..errors import OntologyError
from .vocab import GenreEntry, OrgEntry, RegionEntry, Vocabulary, ontology_dir, ontology_file
from .vocab_files import load_vocabulary

__all__ = ["GenreEntry", "OrgEntry", "RegionEntry", "Vocabulary", "alternation", "common_words", "counties", "memo",
           "ontology_dir", "ontology_file", "pattern", "rules", "short_counties", "vocabulary", "words"]

F = TypeVar("F", bound=Callable[..., Any])
_MEMOS: list[Callable[[], None]] = []


def memo(maxsize: int = 65536) -> Callable[[F], F]:
    """A bounded LRU memo for a pure function of hashable arguments (strings,
    tuples) whose result depends only on them and on the lexicon. Results
    must be immutable. :func:`clear` empties every memo."""

    def wrap(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)
        _MEMOS.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return wrap


def clear() -> None:
    """Forget the loaded lexicon and every memo (tests that swap the ontology use this)."""
    for clear_memo in _MEMOS:
        clear_memo()
    load_vocabulary.cache_clear()


@memo(maxsize=1)
def vocabulary() -> Vocabulary:
    """The closed vocabularies of ``ontology/vocab/`` (memoised: finding the
    folder costs a path resolution, and extraction asks thousands of times)."""
    return load_vocabulary()


def yaml_data(text: str) -> Any:
    """A rule or mapping file's YAML, read by libyaml's safe loader when PyYAML has it
    (several times faster at start-up), else by the pure-Python one: the same data."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


@memo(maxsize=64)
def rules(name: str) -> Mapping[str, Any]:
    """``ontology/rules/<name>.yaml`` as a frozen mapping (lists become tuples).
    Raises OntologyError naming the file when it is missing or not a mapping."""
    path = ontology_file(f"rules/{name}.yaml")
    try:
        data = yaml_data(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise OntologyError(f"{path}: cannot read the rule file ({err}); expected YAML") from None
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: a {type(data).__name__} at the top; expected a mapping of rule names to lists")
    return _frozen(data)


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({str(k): _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


@memo(maxsize=1024)
def words(name: str, key: str) -> tuple[str, ...]:
    """The word list ``key`` of the rule file ``name`` (strings), checked once.
    Raises OntologyError when it is missing or not a list of strings."""
    value = rules(name).get(key)
    if not isinstance(value, tuple) or not all(isinstance(w, str) for w in value):
        raise OntologyError(f"rules/{name}.yaml: {key!r} is {type(value).__name__}; expected a list of strings")
    return value


@memo(maxsize=1024)
def pattern(alternatives: tuple[str, ...] | str, template: str = "(?:{})") -> re.Pattern[str]:
    """A compiled regex: ``template`` with ``{}`` replaced by the escaped
    ``alternatives`` joined longest first. ``alternatives`` may also be
    "rulefile:key" to take a word list of a rule file."""
    if isinstance(alternatives, str):
        name, _, key = alternatives.partition(":")
        alternatives = words(name, key)
    return re.compile(template.replace("{}", alternation(alternatives)))


def alternation(alternatives: Iterable[str]) -> str:
    """A regex matching any of the words, the longest that fits first (as ``a|b|c`` of the
    escaped words longest first would), written as a trie — (?:北京(?:市)?|天津…) — which
    Python's regex engine runs several times faster than a flat list of hundreds of words.
    Embed it in a group, as a flat list would be."""
    trie: dict = {}
    for word in set(alternatives):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict) -> str:
    branches = [re.escape(char) + _trie_regex(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    # a word may end here: the longer words first, then none more (the optional group)
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


@memo(maxsize=1)
def common_words() -> frozenset[str]:
    """Words of jieba's dictionary (2 to 4 characters) as frequent as ``common_words.min_freq`` of
    rules/organisations.yaml, with a tag of ``common_words.tags`` (nouns, verbs, adjectives …, not
    names of people, places or bodies): 考古, 陶瓷, 资产 are common words, 鞍钢, 抖音 are not."""
    from importlib.util import find_spec

    setting = rules("organisations")["common_words"]
    least = int(setting["min_freq"])
    lines = re.compile(rf"^([\u4e00-\u9fff]{{2,4}}) (\d+) (?:{alternation(setting['tags'])})$", re.MULTILINE)
    spec = find_spec("jieba")  # (found, not imported: importing jieba costs a third of a second)
    if spec is None or not spec.submodule_search_locations:
        raise OntologyError("jieba is not installed: its dictionary (dict.txt) gives the common words")
    folder = Path(next(iter(spec.submodule_search_locations)))
    text = (folder / "dict.txt").read_text(encoding="utf-8")  # lines of "word frequency tag"
    return frozenset(m.group(1) for m in lines.finditer(text) if int(m.group(2)) >= least)


@memo(maxsize=1)
def counties() -> Mapping[str, RegionEntry]:
    """``ontology/vocab/counties.csv`` (id, name, city, province: county-level divisions whose full name
    is unique in the country, from the national division codes) as name -> the region of the
    vocabulary that holds it: its city, or its province where the city is not in the vocabulary (the
    districts of 重庆). Raises OntologyError naming the line when a city or province is unknown."""
    return county_holders("vocab/counties.csv")


@memo(maxsize=1)
def short_counties() -> Mapping[str, RegionEntry]:
    """``ontology/vocab/short_counties.csv``: the counties whose full name has two characters (泾县, 萧县), read
    as :func:`counties`. Too short to be found in running text (贡献县域 holds 献县), they name a document's
    place only as the opening of its issuers' names (泾县人民政府办公室)."""
    return county_holders("vocab/short_counties.csv")


def county_holders(name: str) -> Mapping[str, RegionEntry]:
    """A county file of the ontology as county name -> the region of the vocabulary that holds it."""
    import csv

    path = ontology_file(name)
    vocab, found = vocabulary(), {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            holder = vocab.region(row.get("city") or row.get("province") or "")
            if holder is None or not row.get("name"):
                raise OntologyError(f"{path}, line {line}: {row.get('name')!r} is held by "
                                    f"{row.get('city') or row.get('province')!r}; expected a city or province of the vocabulary")
            found[row["name"]] = holder
    return MappingProxyType(found)
