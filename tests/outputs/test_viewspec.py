"""ontology/view.yaml and the canvas labels: titles shortened, wrapped, cut with their parenthetical kept."""
from __future__ import annotations

import pytest

from policykg.errors import OntologyError
from policykg.outputs.viewspec import canvas_label, parse_spec, read_yaml, spec_path, text_width, view_spec


@pytest.mark.parametrize("title, short", [
    ("工业和信息化部办公厅关于推动工业互联网加快发展的通知", "推动工业互联网加快发展"),
    ("国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见", "深化“互联网+先进制造业”发展工业互联网"),
    ("关于印发《某省数字经济发展行动计划（2021—2023年）》的通知", "某省数字经济发展行动计划（2021—2023年）"),
    ("工业互联网标识管理办法", "工业互联网标识管理办法"),            # no wrapper: unchanged
    ("关于通知", "关于通知"),                                      # nothing distinctive would be left
])
def test_short_policy_titles(title, short):
    assert view_spec().short_label(title, "policy") == short


def test_other_types_keep_their_names():
    assert view_spec().short_label("中共中央办公厅关于某事", "org") == "中共中央办公厅关于某事"


@pytest.mark.parametrize("text", ["工业互联网创新发展行动计划（2021—2023年）", "IPv6流量提升三年专项行动计划（2021-2023年）",
                                  "全国一体化大数据中心协同创新体系算力枢纽实施方案", "短名", "“5G+工业互联网”512工程推进方案"])
def test_canvas_labels_fit(text):
    label = canvas_label(text, 11, 2)
    lines = label.split("\n")
    assert len(lines) <= 2 and all(text_width(line) <= 11 for line in lines)
    if text_width(text) <= 22 and len(lines) == 2:
        assert "".join(lines) == text                          # nothing lost when it fits
    if "（2021" in text:
        assert label.replace("\n", "").endswith("（2021—2023年）") or label.replace("\n", "").endswith("（2021-2023年）")


def test_short_labels_stay_on_one_line():
    assert canvas_label("工业节能管理办法", 11, 2) == "工业节能管理办法"
    assert canvas_label("中央网络安全和信息化委员会办公室", 11, 2) == "中央网络安全和信\n息化委员会办公室"


def test_relations_by_any_alias():
    spec = view_spec()
    assert spec.relation("passed_by") == spec.relation("issued_by") == "issued_by"
    assert spec.meaningful("setsTarget") and spec.meaningful("hasInstrument") and not spec.meaningful("mentions")
    assert spec.hub("mentions") and not spec.hub("issued_by")
    assert spec.backbone("instrument") and not spec.backbone("document") and not spec.backbone("made-up type")


def test_malformed_spec_names_the_entry():
    data = read_yaml(spec_path())
    bad = dict(data, types=dict(data["types"], policy={"name": "x", "color": "#000", "shape": "blob"}))
    with pytest.raises(OntologyError, match="types.policy.shape is 'blob'"):
        parse_spec(bad)
    bad = dict(data, relations=dict(data["relations"], cites={"name": "x", "aliases": ["passed_by"]}))
    with pytest.raises(OntologyError, match="'passed_by' is given to both"):
        parse_spec(bad)
    with pytest.raises(OntologyError, match="section 'view' is missing"):
        parse_spec({k: v for k, v in data.items() if k != "view"})
