"""The lookups people run, for Python and notebooks: each takes a built graph
(a graph_out folder, or a ``policykg.query.Store`` loaded once) and a text, and
returns plain records of typed pandas DataFrames (numbers as numbers, full dates
as datetimes, periods otherwise, missing as NaN).

>>> from policykg import lookups
>>> r = lookups.targets("graph_out", "二级节点")      # r.targets, r.observations
>>> card = lookups.policy("graph_out", "通知")        # card.targets, card.instruments, card.relations
>>> m = lookups.metric("graph_out", "标识注册量")     # m.series; lookups.chart(m, "m.png")
>>> i = lookups.instruments("graph_out", "资金支持")  # i.instruments

The command line prints the same results (``policykg targets|policy|metric|instruments``).
"""
from __future__ import annotations

from .query.card import PolicyCard, policy
from .query.instruments import InstrumentsResult, instruments
from .query.lookups import MetricResult, TargetsResult, chart, metric, targets

__all__ = ["InstrumentsResult", "MetricResult", "PolicyCard", "TargetsResult", "chart", "instruments", "metric",
           "policy", "targets"]
