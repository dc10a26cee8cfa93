"""policykg.query.chart: series that never join regions or wordings, a date axis,
Chinese magnitudes, targets as targets, what is not drawn listed, the font."""
from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

from policykg.query import chart as C
from policykg.query.lookups import typed_frame

ROWS = [  # period, indicator, value, unit, comparator, kind, region, subject
    ("2021-10-09", "标识注册量", 48950000000, "", "=", "observation", "", ""),
    ("2021-12", "标识注册量", 4000000000, "", ">", "observation", "重庆市", ""),
    ("2022-06", "标识注册量", 6000000000, "", ">", "observation", "重庆市", ""),
    ("2021-12", "标识注册", 3300000000, "", ">", "observation", "北京市", ""),
    ("2023", "标识注册量", 50000000000, "", "=", "forecast", "", ""),
    ("2025", "标识注册量", 100000000000, "", ">=", "target", "", "关于某事的通知"),
    ("", "标识注册量", 2000000000, "", "=", "target", "", "关于另一事的通知"),
    ("", "标识注册量", 7000000000, "", ">", "observation", "", ""),
    ("2022", "标识注册量", None, "", "", "observation", "", ""),
    ("2021", "标识解析节点", 12, "个", "=", "observation", "", ""),
]


def series() -> pd.DataFrame:
    cols = ["period", "indicator", "value", "unit", "comparator", "kind", "region", "subject"]
    df = pd.DataFrame(ROWS, columns=cols, dtype=object)
    df["doc"] = [f"d{i}" for i in range(len(df))]
    df["value_text"] = ["x"] * len(df)
    return typed_frame(df)


def test_one_series_per_wording_region_and_kind():
    m = C.chart_model(series(), "标识注册量")
    big = m.panels[0]
    names = [s.name for s in big.series]
    assert names == ["标识注册（北京市）实测", "标识注册量（地区未注明）预测", "标识注册量（地区未注明）实测", "标识注册量（重庆市）实测"]
    cq = next(s for s in big.series if "重庆市" in s.name)
    assert [p.mid for p in cq.points] == ["2021-12-16", "2022-06-15"]       # its own two points, in date order
    national = next(s for s in big.series if s.name == "标识注册量（地区未注明）实测")
    assert len(national.points) == 1                                         # never joined to a province


def test_dates_periods_and_magnitudes():
    big = C.chart_model(series(), "标识注册量").panels[0]
    assert (big.divisor, big.suffix, big.axis_label) == (1e8, "亿", "单位：亿")
    p = next(s for s in big.series if "重庆市" in s.name).points[0]
    assert (p.start, p.end, p.precision, p.label, p.bound) == ("2021-12-01", "2021-12-31", "month", ">40亿", True)
    n = next(s for s in big.series if s.name.endswith("（地区未注明）实测")).points[0]
    assert (n.precision, n.label, n.bound, n.value) == ("day", "489.5亿", False, 489.5)
    f = next(s for s in big.series if s.kind == "forecast").points[0]
    assert (f.start, f.end, f.precision) == ("2023-01-01", "2023-12-31", "year")


def test_targets_are_targets_and_nothing_is_dropped_silently():
    m = C.chart_model(series(), "标识注册量")
    big = m.panels[0]
    dated = next(t for t in big.targets if t.point)
    assert dated.label == "目标 ≥1,000亿（2025）" and dated.policy == "关于某事的通知"
    undated = next(t for t in big.targets if t.point is None)
    assert "未注明期限" in undated.label and undated.value == 20
    assert any("undated" in n and "70亿" in n for n in m.not_drawn)         # an undated observation is listed
    assert any("no number" in n for n in m.not_drawn)
    assert [p.unit for p in m.panels] == ["", "个"]                          # another unit: its own panel
    assert m.to_dict()["panels"][1]["axis_label"] == "单位：个"


def test_more_units_than_panels_are_listed():
    rows = pd.DataFrame([("2021", "x", 1, u, "=", "observation", "", "") for u in ("个", "元", "台", "吨")],
                        columns=["period", "indicator", "value", "unit", "comparator", "kind", "region", "subject"], dtype=object)
    m = C.chart_model(typed_frame(rows), "x")
    assert len(m.panels) == C.MAX_PANELS and sum("not drawn" in n for n in m.not_drawn) == 1


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_draw_with_and_without_a_cjk_font(tmp_path, monkeypatch, suffix):
    pytest.importorskip("matplotlib")
    m = C.chart_model(series(), "标识注册量")
    if C.cjk_font() is None:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk): the Chinese chart cannot be checked")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = C.draw(m, tmp_path / f"c{suffix}")
    assert out.stat().st_size > 5000 and not [w for w in caught if "Glyph" in str(w.message)]
    monkeypatch.setattr(C, "cjk_font", lambda: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = C.draw(m, tmp_path / f"plain{suffix}")
    assert out.stat().st_size > 5000 and not [w for w in caught if "Glyph" in str(w.message)]   # no tofu
    if suffix == ".svg":
        svg = out.read_text(encoding="utf-8")
        assert "CJK font not found" in svg and not re.search(r"[\u4e00-\u9fff]", svg)


def test_svg_has_a_date_axis_and_magnitudes(tmp_path):
    pytest.importorskip("matplotlib")
    if C.cjk_font() is None:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    svg = C.draw(C.chart_model(series(), "标识注册量"), tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "2022" in svg and "亿" in svg and "1e10" not in svg and "+2.021e3" not in svg
    assert "未画出 not drawn" in svg


def test_nothing_to_chart_is_a_clear_error(tmp_path):
    pytest.importorskip("matplotlib")
    rows = pd.DataFrame([("2021", "x", None, "", "", "observation", "", "")],
                        columns=["period", "indicator", "value", "unit", "comparator", "kind", "region", "subject"], dtype=object)
    with pytest.raises(C.QueryError, match="nothing to chart"):
        C.draw(C.chart_model(typed_frame(rows), "x"), tmp_path / "c.png")


def test_values_that_are_all_undated_are_no_empty_axis(tmp_path):
    pytest.importorskip("matplotlib")
    rows = pd.DataFrame([("", "x", "7e9", "", ">", "observation", "", "")],
                        columns=["period", "indicator", "value", "unit", "comparator", "kind", "region", "subject"], dtype=object)
    model = C.chart_model(typed_frame(rows), "x")
    assert model.panels == [] and len(model.not_drawn) == 1
    with pytest.raises(C.QueryError, match="no value has both a number and a date"):
        C.draw(model, tmp_path / "c.png")
