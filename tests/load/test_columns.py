"""policykg.load.columns: a page's characters -> lines in reading order, columns apart, tables left as rows."""
from __future__ import annotations

from policykg.load.columns import line_groups


def _line(text: str, left: float, bottom: float, size: float = 10.0) -> list[tuple]:
    return [(ch, left + k * size, bottom, left + (k + 1) * size, bottom + size) for k, ch in enumerate(text)]


def _texts(groups: list[list[tuple]]) -> list[str]:
    return ["".join(c[0] for c in sorted(group, key=lambda c: c[1])) for group in groups]


def test_a_narrow_column_beside_the_text_on_its_own_grid_is_an_aside_read_apart():
    chars = _line("页面顶部的标题横跨整个页面宽度一直到右边", 20, 700)
    for k in range(12):  # the text: 10-point lines every 18 points, 30 characters wide
        chars += _line("正文第%02d行正文正文正文正文正文正文正文正文正文正文正文" % k, 20, 660 - 18 * k)
    for k in range(9):  # a sidebar: 8-point lines every 23 points, on their own grid
        chars += _line("边栏标题第%d条" % k, 400, 651 - 23 * k, size=8.0)
    text, asides = line_groups(chars)
    assert _texts(text)[0] == "页面顶部的标题横跨整个页面宽度一直到右边"
    assert _texts(text)[1:] == ["正文第%02d行正文正文正文正文正文正文正文正文正文正文正文" % k for k in range(12)]
    assert _texts(asides) == ["边栏标题第%d条" % k for k in range(9)]


def test_two_columns_as_wide_are_read_one_after_the_other():
    chars = []
    for k in range(10):
        chars += _line("左栏第%d行左栏左栏左栏" % k, 20, 660 - 18 * k)
    for k in range(8):
        chars += _line("右栏第%d行右栏右栏右栏" % k, 300, 652 - 22 * k)
    text, asides = line_groups(chars)
    assert _texts(text) == ["左栏第%d行左栏左栏左栏" % k for k in range(10)] + ["右栏第%d行右栏右栏右栏" % k for k in range(8)]
    assert asides == []


def test_a_tables_rows_stay_rows():
    chars = []
    for k in range(8):  # label and value level on every row
        chars += _line("指标名称%d" % k, 20, 660 - 18 * k) + _line("数值说明%d的内容" % k, 200, 660 - 18 * k)
    text, asides = line_groups(chars)
    assert len(text) == 8 and asides == []
    assert _texts(text)[0] == "指标名称0数值说明0的内容"


def test_label_cells_centred_beside_rows_of_cells_stay_rows():
    chars = []
    for k in range(9):  # rows of two cells, and a label spanning three rows, centred (between two of them)
        chars += _line("任务%d" % k, 150, 660 - 18 * k) + _line("≥%d个" % (k + 10), 300, 660 - 18 * k)
    for k, bottom in enumerate((660 - 18 * 0.5, 660 - 18 * 3.5, 660 - 18 * 6.5, 660 - 18 * 8)):
        chars += _line("产出指标%d" % k, 20, bottom)
    text, asides = line_groups(chars)
    assert asides == [] and any(t.startswith("任务0") or t.startswith("产出指标0") for t in _texts(text))
    assert "任务1≥11个" in _texts(text)  # (the right side's rows are cells, not running text: no columns)
