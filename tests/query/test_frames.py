"""policykg.query.frames: DataFrames typed for analysis."""
from __future__ import annotations

import math

import pandas as pd

from policykg.query.frames import iso, records, text, typed


def test_typed_columns():
    df = pd.DataFrame({
        "value": [1.5, None, 3], "start": [1, None, 7], "end": [2, 5, 9],
        "date": ["2021-10-09", "2021-12", "2021"], "deadline": ["2025-01-01", "", None],
        "doc": ["d1", "", None], "value_text": [">40亿", "2021", "x"],
    }, dtype=object)
    t = typed(df, numbers=["value"], integers=["start", "end"], dates=["date", "deadline"])
    assert t["value"].dtype == "float64" and math.isnan(t["value"].iloc[1]) and t["value"].iloc[2] == 3.0
    assert str(t["start"].dtype) == "Int64" and pd.isna(t["start"].iloc[1]) and str(t["end"].dtype) == "int64"
    assert [type(v).__name__ for v in t["date"]] == ["Timestamp", "Period", "Period"]
    assert [str(v) for v in t["date"]] == ["2021-10-09 00:00:00", "2021-12", "2021"]
    assert t["date_start"].tolist() == [pd.Timestamp("2021-10-09"), pd.Timestamp("2021-12-01"), pd.Timestamp("2021-01-01")]
    assert str(t["deadline"].dtype).startswith("datetime64") and t["deadline"].isna().tolist() == [False, True, True]
    assert t["doc"].isna().tolist() == [False, True, True]
    assert t["value_text"].tolist() == [">40亿", "2021", "x"]            # text that looks like a year stays text


def test_inferred_without_names():
    t = typed(pd.DataFrame({"n": [1, 2, None], "x": [0.5, None, 2], "period": ["2020", "2020-03", None]}, dtype=object))
    assert str(t["n"].dtype) == "Int64" and t["x"].dtype == "float64"
    assert isinstance(t["period"].iloc[0], pd.Period) and pd.isna(t["period"].iloc[2]) and "period_start" in t


def test_records_and_text_are_json_ready():
    t = typed(pd.DataFrame({"value": [1.0, None], "date": ["2021-12", "2021-10-09"], "doc": ["d", ""]}, dtype=object),
              numbers=["value"], dates=["date"])
    assert records(t) == [{"value": 1.0, "date": "2021-12", "doc": "d"}, {"value": None, "date": "2021-10-09", "doc": None}]
    assert [text(v) for v in t.iloc[1]] == ["", "2021-10-09", "", "2021-10-09"]
    assert iso(pd.Period("2023", "Y")) == "2023" and iso(None) == ""
