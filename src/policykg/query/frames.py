"""DataFrames typed for analysis: numbers as numbers, dates as dates, missing as NaN.

The lookups (``targets``, ``policy``, ``metric`` and any table added later)
build their rows from RDF literals, where a value may be missing and a date is
as precise as the text was (``2017-11-27``, ``2020-03``, ``2023``).
:func:`typed` turns such a frame into one a notebook can compute with:

- numbers (``value``, ``amount`` …): ``float64``, missing as ``NaN``;
- counts and offsets (``start``, ``end``): ``int64``, or pandas' nullable
  ``Int64`` when some are missing;
- dates (``date``, ``deadline``, ``period``): ``datetime64[ns]`` when every value
  is a full date; otherwise each value is a ``pandas.Timestamp`` when it is a full
  date and a ``pandas.Period`` of its precision (``Period('2020-03', 'M')``,
  ``Period('2023', 'Y')``) when not, missing as ``NaT``; beside it a column
  ``<name>_start`` (``datetime64[ns]``): the first day of the period, for sorting,
  filtering and plotting;
- text: missing or empty as ``NaN``.

>>> df = typed(pd.DataFrame({"value": [1.5, None], "period": ["2021-10-09", "2021"], "doc": ["d1", ""]}))
>>> str(df["value"].dtype), str(df["period_start"].dtype), df["doc"].isna().tolist()
('float64', 'datetime64[ns]', [False, True])
>>> [type(v).__name__ for v in df["period"]], df["period_start"].dt.year.tolist()
(['Timestamp', 'Period'], [2021, 2021])
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pandas as pd

ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
DATE_NAMES = ("date", "deadline", "period", "dates")


def missing(v: Any) -> bool:
    """None, NaN, NaT, pd.NA or an empty string."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def is_number(v: Any) -> bool:
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)


def as_date(v: Any) -> Any:
    """An ISO date of any precision -> Timestamp (full date) or Period (year, month);
    missing -> NaT; anything else is returned as it is."""
    if missing(v):
        return pd.NaT
    if isinstance(v, (pd.Timestamp, pd.Period)):
        return v
    m = ISO_DATE.match(str(v).strip())
    if not m:
        return v
    try:
        if m.group(3):
            return pd.Timestamp(str(v).strip())
        if m.group(2):
            return pd.Period(str(v).strip(), freq="M")
        return pd.Period(m.group(1), freq="Y")
    except ValueError:
        return v


def period_start(v: Any) -> Any:
    """The first moment of a date or period (NaT when missing or not a date)."""
    if isinstance(v, pd.Period):
        return v.start_time
    if isinstance(v, pd.Timestamp):
        return v
    return pd.NaT


def iso(v: Any) -> str:
    """The ISO text of a date or period as precise as it is ('2021-10-09', '2021-12', '2021'); '' when missing."""
    if missing(v):
        return ""
    if isinstance(v, pd.Period):
        return str(v)
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    return str(v)


def text(v: Any) -> str:
    """A cell as text for printing: '' when missing, dates in ISO form."""
    if isinstance(v, (pd.Timestamp, pd.Period)) or missing(v):
        return iso(v)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def is_date_column(name: str, values: list) -> bool:
    present = [v for v in values if not missing(v)]
    named = name in DATE_NAMES or name.endswith(("_date", "_deadline", "_period"))
    return bool(present) and named and all(isinstance(v, (pd.Timestamp, pd.Period)) or ISO_DATE.match(str(v).strip()) for v in present)


def typed(df: pd.DataFrame, numbers: Iterable[str] = (), integers: Iterable[str] = (), dates: Iterable[str] = ()) -> pd.DataFrame:
    """A copy of ``df`` with its columns typed (see the module doc). Columns named in
    ``numbers``/``integers``/``dates`` are typed so whatever their content (an
    all-missing number column is still float64); the others by what they hold:
    numbers only -> number column, ISO dates in a column named date/deadline/period
    -> date column, text -> text with NaN for missing."""
    out = df.copy()
    numbers, integers, dates = set(numbers), set(integers), set(dates)
    for col in df.columns:
        values = list(df[col])
        present = [v for v in values if not missing(v)]
        if col in integers or (col not in numbers | dates and present and all(isinstance(v, int) and not isinstance(v, bool) for v in present)):
            out[col] = integer_column(values, df.index)
        elif col in numbers or (col not in dates and present and all(is_number(v) for v in present)):
            out[col] = pd.Series([math.nan if missing(v) else float(v) for v in values], index=df.index, dtype="float64")
        elif col in dates or is_date_column(col, values):
            converted = [as_date(v) for v in values]
            full = all(isinstance(v, pd.Timestamp) or v is pd.NaT for v in converted)
            out[col] = pd.Series(converted, index=df.index, dtype="datetime64[ns]" if full else object)
            out[f"{col}_start"] = pd.Series([period_start(v) for v in converted], index=df.index, dtype="datetime64[ns]")
        elif any(missing(v) for v in values):
            out[col] = df[col].mask([missing(v) for v in values], math.nan)
    return out


def integer_column(values: list, index) -> pd.Series:
    ints = [None if missing(v) else int(v) for v in values]
    if any(v is None for v in ints):
        return pd.Series(ints, index=index, dtype="Int64")
    return pd.Series(ints, index=index, dtype="int64")


def records(df: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: missing -> None, dates -> ISO text, numpy numbers ->
    Python numbers; the ``<date>_start`` helper columns left out."""
    helpers = {c for c in df.columns if str(c).endswith("_start") and str(c)[:-6] in df.columns}
    out = []
    for row in df.to_dict("records"):
        clean = {}
        for k, v in row.items():
            if k in helpers:
                continue
            if isinstance(v, (pd.Timestamp, pd.Period)) or missing(v):
                clean[k] = iso(v) or None
            elif hasattr(v, "item"):
                clean[k] = v.item()
            else:
                clean[k] = v
        out.append(clean)
    return out
