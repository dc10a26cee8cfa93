"""lexicon/__init__.py: rule files loaded once into frozen mappings, word
lists checked, regex alternations longest first, one bounded memo layer."""
from __future__ import annotations

import re

import pytest
import yaml

from policykg import lexicon
from policykg.errors import OntologyError
from policykg.lexicon import memo, ontology_dir, pattern, rules, words

RULE_FILES = sorted(p.stem for p in (ontology_dir() / "rules").glob("*.yaml"))


def test_the_rule_files_are_there():
    assert {"instruments", "issuers", "measures", "organisations", "places", "platforms", "policies",
            "structure"} <= set(RULE_FILES)


@pytest.mark.parametrize("name", RULE_FILES)
def test_no_rule_file_names_a_list_twice(name):
    """YAML keeps the last of two lists of one name and drops the first without a word."""
    node = yaml.compose((ontology_dir() / "rules" / f"{name}.yaml").read_text(encoding="utf-8"))
    keys = [key.value for key, _ in node.value]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_rule_file_is_a_frozen_mapping_of_lists(name):
    data = rules(name)
    assert data
    with pytest.raises(TypeError):
        data["new"] = ()  # type: ignore[index]
    for key, value in data.items():
        assert not isinstance(value, list), (name, key)


def test_words_are_tuples_of_strings():
    verbs = words("structure", "issue_verbs")
    assert isinstance(verbs, tuple) and "印发" in verbs


def test_a_missing_or_wrong_word_list_is_an_error_naming_it():
    with pytest.raises(OntologyError, match=r"rules/structure.yaml: 'no_such_list'"):
        words("structure", "no_such_list")
    with pytest.raises(OntologyError, match=r"'section_roles' is mappingproxy; expected a list of strings"):
        words("structure", "section_roles")


def test_a_bad_rule_file_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "broken.yaml").write_text("a: [1, 2\n", encoding="utf-8")
    (tmp_path / "rules" / "listed.yaml").write_text("- a\n- b\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "ontology_file", lambda name: tmp_path / name)
    raw = rules.__wrapped__
    with pytest.raises(OntologyError, match=r"broken.yaml: cannot read the rule file"):
        raw("broken")
    with pytest.raises(OntologyError, match=r"listed.yaml: a list at the top; expected a mapping"):
        raw("listed")
    with pytest.raises(OntologyError, match=r"missing.yaml"):
        raw("missing")


def test_pattern_prefers_the_longest_word():
    p = pattern(("工业", "工业互联网", "互联网"))
    assert p.findall("工业互联网平台") == ["工业互联网"]
    assert pattern(("a.b",)).fullmatch("a.b") and not pattern(("a.b",)).fullmatch("axb")  # escaped
    assert pattern((), "^(?:{})$").search("anything") is None  # an empty list matches nothing
    assert isinstance(pattern("structure:issue_verbs"), re.Pattern)


def test_pattern_falls_back_to_a_shorter_word_when_what_follows_needs_it():
    p = pattern(("北京", "北京市", "北京市场"), "(?:{})场")  # 北京市场 then 北京市|场
    assert p.fullmatch("北京市场场") and p.fullmatch("北京市场") and p.fullmatch("北京场")


@pytest.mark.parametrize("name, key", [("organisations", "company_heads"), ("measures", "addition_verbs"),
                                       ("places", "not_place_after")])
def test_pattern_finds_what_a_flat_list_longest_first_finds(name, key):
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words(name, key)), key=len, reverse=True)))
    text = "".join(words(name, key)) + "，" + "和".join(reversed(words(name, key)))
    assert [m.span() for m in pattern(f"{name}:{key}").finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_memo_is_bounded_and_cleared_with_the_lexicon():
    calls = []

    @memo(maxsize=2)
    def double(x: str) -> str:
        calls.append(x)
        return x * 2

    assert double("a") == "aa" and double("a") == "aa"
    assert calls == ["a"]
    double("b"), double("c"), double("a")
    assert calls == ["a", "b", "c", "a"]  # "a" was evicted
    lexicon.clear()
    double("c")
    assert calls[-1] == "c"


def test_counties_are_held_by_a_city_or_province_of_the_vocabulary():
    held = lexicon.counties()
    assert held["大足区"].name == "重庆市" and held["安陆市"].name == "孝感市"
    assert held["门源县"] is held["门源回族自治县"]            # an autonomous county's short form
    assert "鼓楼区" not in held and "城区" not in held          # names that are not unique, or too short
    short = lexicon.short_counties()                            # two characters: read only in issuers' names
    assert short["泾县"].name == "宣城市" and "泾县" not in held and all(len(n) == 2 for n in short)


def test_common_words_are_frequent_dictionary_words_but_no_names():
    common = lexicon.common_words()
    assert {"考古", "陶瓷", "资产"} <= common
    assert not {"鞍钢", "抖音", "北京"} & common
