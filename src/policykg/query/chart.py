"""The chart of an indicator's time series (``policykg metric GRAPH TEXT --chart m.png``).

What it promises a reader:

- one series per exact indicator wording, region and subject: a national and a
  provincial figure, or 标识注册 and 标识注册量, are never joined by a line;
- a date axis: each value at the middle of its period, with a thin bar over
  the whole period when it is a month or a year (2021 is not 2021-07-01);
- values in Chinese magnitudes on the axis (万, 亿, 万亿) with the unit; a
  value stated as a bound (超过, 以上, 约) is a hollow marker and keeps its sign
  (>40亿) in its label;
- targets drawn as targets: a star at the deadline labelled with value and
  deadline, or, with no deadline, a dashed line across labelled so;
- what is not drawn is listed under the chart: undated values, values in other
  units (each unit gets its own panel, up to ``MAX_PANELS``), values that are
  not numbers;
- Chinese text in Noto Sans CJK (found with fc-list) or another CJK font; when
  none is installed the chart says so instead of drawing empty boxes.

:func:`chart_model` turns the series into a plain model (no matplotlib), which
:func:`draw` renders and the serve page draws from JSON (``metric`` results carry
it as ``chart``), so both show the same thing.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import QueryError
from ..outputs.viewspec import text_width
from .frames import iso, missing

MAX_PANELS = 3
MAX_LABELLED_POINTS = 16
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"]
KIND_NAMES = {"observation": "实测", "forecast": "预测", "target": "目标"}
COMPARATORS = {"=": "", ">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "约"}
NO_SCALE_UNITS = {"%", "‰", "个百分点", "百分点", "倍"}
MAGNITUDES = [(1e12, "万亿"), (1e8, "亿"), (1e4, "万")]
ASCII_MAGNITUDES = {"万亿": "e12", "亿": "e8", "万": "e4"}
NO_REGION = "地区未注明"


@dataclass
class Point:
    start: str          # first day of the period (ISO)
    end: str            # last day
    mid: str            # where the marker goes
    precision: str      # day / month / year
    value: float
    label: str          # e.g. ">40亿"
    bound: bool         # stated as a bound or an approximation
    doc: str


@dataclass
class Series:
    name: str
    kind: str           # observation / forecast
    color: str
    points: list[Point]


@dataclass
class TargetMark:
    name: str
    color: str
    value: float
    label: str          # e.g. "目标 ≥20亿（2025）"
    point: Point | None  # None: no deadline (drawn as a line across)
    policy: str


@dataclass
class Panel:
    unit: str
    divisor: float
    suffix: str         # 万 / 亿 / 万亿 / ""
    series: list[Series] = field(default_factory=list)
    targets: list[TargetMark] = field(default_factory=list)

    @property
    def axis_label(self) -> str:
        return f"单位：{self.suffix}{self.unit}" if (self.suffix or self.unit) else "数值"


@dataclass
class ChartModel:
    title: str
    subtitle: str
    panels: list[Panel]
    not_drawn: list[str]

    def to_dict(self) -> dict:
        return asdict(self) | {"panels": [asdict(p) | {"axis_label": p.axis_label} for p in self.panels]}


# ---------------------------------------------------------------- the model


def chart_model(series: pd.DataFrame, text: str, indicators: list[str] | None = None) -> ChartModel:
    """The chart of a ``metric`` series (columns period, indicator, value, unit,
    comparator, kind, region, subject, doc; targets have their deadline as period
    and their policy as subject)."""
    rows = [r for r in series.to_dict("records")]
    not_drawn: list[str] = []
    drawable = []
    for r in rows:
        if missing(r.get("value")):
            not_drawn.append(describe(r, "no number"))
        else:
            drawable.append(r)
    units = pd.Series([unit_of(r) for r in drawable], dtype=object).value_counts(sort=True) if drawable else pd.Series(dtype=object)
    order = sorted(units.index, key=lambda u: (-units[u], u))
    panels = [panel_for(u, [r for r in drawable if unit_of(r) == u], not_drawn) for u in order[:MAX_PANELS]]
    panels = [p for p in panels if p.series or p.targets]  # a unit whose values are all undated has nothing on an axis
    for r in drawable:
        if unit_of(r) not in order[:MAX_PANELS]:
            not_drawn.append(describe(r, f"unit {unit_of(r) or 'none'}: not drawn"))
    colour_series(panels)
    inds = "、".join(dict.fromkeys(indicators or [str(r["indicator"]) for r in rows]))
    return ChartModel(title=text, subtitle=f"指标 indicator: {inds} · 每条线一个指标措辞、地区与主体 (one line per wording, region and subject)",
                      panels=panels, not_drawn=not_drawn)


def unit_of(r: dict) -> str:
    return "" if missing(r.get("unit")) else str(r["unit"])


def panel_for(unit: str, rows: list[dict], not_drawn: list[str]) -> Panel:
    biggest = max((abs(float(r["value"])) for r in rows), default=0.0)
    divisor, suffix = magnitude(biggest, unit)
    panel = Panel(unit=unit, divisor=divisor, suffix=suffix)
    groups: dict[tuple, list[Point]] = {}
    for r in rows:
        point = point_of(r, divisor, suffix, unit)
        if r["kind"] == "target":
            panel.targets.append(target_mark(r, point, divisor, suffix, unit))
        elif point is None:
            not_drawn.append(describe(r, "undated"))
        else:
            key = (str(r["indicator"]), text_or(r.get("region")), text_or(r.get("subject")), str(r["kind"]))
            groups.setdefault(key, []).append(point)
    for (ind, region, subject, kind), points in sorted(groups.items(), key=lambda kv: kv[0]):
        points.sort(key=lambda p: (p.mid, p.value))
        name = f"{ind}（{region or NO_REGION}{'，' + subject if subject else ''}）{KIND_NAMES.get(kind, kind)}"
        panel.series.append(Series(name=name, kind=kind, color="", points=points))
    panel.targets.sort(key=lambda t: (t.point is None, t.point.mid if t.point else "", t.name))
    return panel


def colour_series(panels: list[Panel]) -> None:
    """One colour per indicator wording and region (its observations, forecasts and targets alike)."""
    colours: dict[str, str] = {}

    def colour(key: str) -> str:
        return colours.setdefault(key, PALETTE[len(colours) % len(PALETTE)])

    for p in panels:
        for s in p.series:
            s.color = colour(s.name.rsplit("）", 1)[0])
        for t in p.targets:
            t.color = colour(t.name.rsplit("）", 1)[0])


def target_mark(r: dict, point: Point | None, divisor: float, suffix: str, unit: str) -> TargetMark:
    region = text_or(r.get("region"))
    name = f"{r['indicator']}（{region or NO_REGION}）目标"
    when = f"（{iso(r['period']) if point else '未注明期限 no deadline'}）"
    return TargetMark(name=name, color="", value=float(r["value"]) / divisor,
                      label=f"目标 {value_label(r, divisor, suffix, unit)}{when}", point=point, policy=text_or(r.get("subject")))


def point_of(r: dict, divisor: float, suffix: str, unit: str) -> Point | None:
    span = period_span(r.get("period"))
    if span is None:
        return None
    start, end, precision = span
    mid = start + (end - start) / 2
    return Point(start=start.isoformat(), end=end.isoformat(), mid=mid.isoformat(), precision=precision,
                 value=float(r["value"]) / divisor, label=value_label(r, divisor, suffix, unit),
                 bound=text_or(r.get("comparator")) not in ("", "="), doc=text_or(r.get("doc")))


def period_span(v: Any) -> tuple[date, date, str] | None:
    """(first day, last day, precision) of a date or period; None when undated."""
    if missing(v):
        return None
    if isinstance(v, pd.Period):
        return v.start_time.date(), v.end_time.date(), "year" if v.freqstr.startswith(("Y", "A")) else "month"
    if isinstance(v, pd.Timestamp):
        return v.date(), v.date(), "day"
    s = str(v).strip()
    try:
        if len(s) == 10:
            d = date.fromisoformat(s)
            return d, d, "day"
        if len(s) == 7:
            first = date.fromisoformat(s + "-01")
            nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1), "month"
        if len(s) == 4 and s.isdigit():
            return date(int(s), 1, 1), date(int(s), 12, 31), "year"
    except ValueError:
        return None
    return None


def magnitude(biggest: float, unit: str) -> tuple[float, str]:
    """(divisor, 万/亿/万亿) that makes ``biggest`` readable; none for percentages and ratios."""
    if unit in NO_SCALE_UNITS:
        return 1.0, ""
    for divisor, suffix in MAGNITUDES:
        if biggest >= divisor:
            return divisor, suffix
    return 1.0, ""


def value_label(r: dict, divisor: float, suffix: str, unit: str) -> str:
    v = float(r["value"]) / divisor
    number = f"{v:,.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
    return f"{COMPARATORS.get(text_or(r.get('comparator')), text_or(r.get('comparator')))}{number}{suffix}{unit}"


def text_or(v: Any) -> str:
    return "" if missing(v) else str(v)


def describe(r: dict, why: str) -> str:
    """One line for a value that is not drawn."""
    region = text_or(r.get("region"))
    if missing(r.get("value")):
        value = text_or(r.get("value_text"))
    else:
        divisor, suffix = magnitude(abs(float(r["value"])), unit_of(r))
        value = value_label(r, divisor, suffix, unit_of(r))
    kind = KIND_NAMES.get(str(r.get("kind")), str(r.get("kind")))
    return f"{kind} {r['indicator']}{'（' + region + '）' if region else ''} {value} — {why}; {text_or(r.get('doc'))}"


# ---------------------------------------------------------------- drawing


def cjk_font() -> str | None:
    """The family name of a CJK font matplotlib can use: Noto Sans CJK SC when
    fontconfig knows it (registered with matplotlib from its file), else any CJK
    font matplotlib already lists; None when there is none."""
    from matplotlib import font_manager

    for path in fc_list_files():
        try:
            font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError, ValueError):
            continue
    names = {f.name for f in font_manager.fontManager.ttflist}
    for wanted in ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "WenQuanYi Micro Hei",
                   "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "AR PL UMing CN", "Droid Sans Fallback"):
        if wanted in names:
            return wanted
    return None


def fc_list_files() -> list[str]:
    """Files of the Noto Sans CJK fonts fontconfig knows (regular weight first)."""
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.split(":", 1)[0] for line in out.splitlines() if "Noto Sans CJK" in line})
    return sorted(files, key=lambda f: ("Regular" not in f, f))


FIG_WIDTH = 10.0        # inches; the plot takes the left part, its legend the right
PLOT = (0.85, 6.1)      # left edge and width of a panel, inches
PANEL_HEIGHT = 3.4
NOTE_LINE = 0.2


def draw(model: ChartModel, path: str | Path) -> Path:
    """Render ``model`` to ``path`` (.png, .svg or .pdf) with matplotlib."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise QueryError(f"{path}: chart file must end in .png, .svg or .pdf")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise QueryError("--chart needs matplotlib: pip install 'policykg[chart]'") from None
    if not model.panels:
        raise QueryError(f"nothing to chart for {model.title!r}: no value has both a number and a date "
                         f"({len(model.not_drawn)} not drawn); see `policykg metric GRAPH {model.title}`")
    font = cjk_font()
    names = (lambda t: t) if font else ascii_namer()
    notes = []
    if not font:
        notes.append("CJK font not found (apt-get install fonts-noto-cjk): Chinese names are shown as #numbers; "
                     "`policykg metric` prints them.")
    if model.not_drawn:
        notes.append(names("未画出 not drawn:"))
        notes += ["  " + names(n) for n in model.not_drawn[:14]]
        if len(model.not_drawn) > 14:
            notes.append(f"  … and {len(model.not_drawn) - 14} more")
    top, gap = 0.95, 0.75
    height = top + len(model.panels) * (PANEL_HEIGHT + gap) + NOTE_LINE * len(notes) + 0.2
    style = {"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"], "axes.unicode_minus": False,
             "svg.hashsalt": "policykg", "svg.fonttype": "none", "font.size": 10}  # SVG text stays text: searchable, small
    with plt.rc_context(style):
        fig = plt.figure(figsize=(FIG_WIDTH, height), dpi=120)
        fig.text(0.2 / FIG_WIDTH, 1 - 0.4 / height, names(model.title), fontsize=15, ha="left", va="baseline")
        fig.text(0.2 / FIG_WIDTH, 1 - 0.68 / height, names(model.subtitle), fontsize=8.5, color="#555", ha="left", va="baseline")
        y = top
        for panel in model.panels:
            ax = fig.add_axes((PLOT[0] / FIG_WIDTH, 1 - (y + PANEL_HEIGHT) / height, PLOT[1] / FIG_WIDTH, PANEL_HEIGHT / height))
            draw_panel(ax, panel, names)
            y += PANEL_HEIGHT + gap
        for i, line in enumerate(notes):
            fig.text(0.2 / FIG_WIDTH, 1 - (y + i * NOTE_LINE) / height, line, fontsize=8, color="#333", ha="left", va="top")
        fig.savefig(path, metadata={"Date": None} if path.suffix.lower() in (".svg", ".pdf") else {"Software": None})
        plt.close(fig)
    return path


def draw_panel(ax, panel: Panel, names) -> None:
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    labels: list[tuple[Any, float, str, str]] = []     # x, y, text, colour
    dates: list[date] = []
    handles = []
    for s in panel.series:
        xs = [date.fromisoformat(p.mid) for p in s.points]
        ys = [p.value for p in s.points]
        dates += [date.fromisoformat(p.start) for p in s.points] + [date.fromisoformat(p.end) for p in s.points]
        marker = "o" if s.kind == "observation" else "s"
        ax.plot(xs, ys, linestyle=("-" if s.kind == "observation" else "--") if len(xs) > 1 else "none", color=s.color, linewidth=1.6)
        for p, x in zip(s.points, xs):
            if p.precision != "day":   # the whole period the value is for
                ax.plot([date.fromisoformat(p.start), date.fromisoformat(p.end)], [p.value, p.value], color=s.color,
                        linewidth=5, alpha=0.22, solid_capstyle="butt")
            ax.plot([x], [p.value], marker=marker, markersize=7, color=s.color, markerfacecolor="white" if p.bound else s.color,
                    markeredgewidth=1.6, linestyle="none")
            labels.append((x, p.value, p.label, s.color))
        handles.append(Line2D([], [], color=s.color, marker=marker, linestyle="-" if s.kind == "observation" else "--",
                              label=names(s.name)))
    for t in panel.targets:
        if t.point is not None:
            x = date.fromisoformat(t.point.mid)
            dates += [date.fromisoformat(t.point.start), date.fromisoformat(t.point.end)]
            ax.plot([x], [t.value], marker="*", markersize=16, color=t.color, markeredgecolor="#333", linestyle="none")
            labels.append((x, t.value, t.label, t.color))
            handles.append(Line2D([], [], color=t.color, marker="*", markersize=12, markeredgecolor="#333", linestyle="none",
                                  label=names(t.name)))
        else:
            ax.axhline(t.value, color=t.color, linestyle=(0, (6, 3)), linewidth=1.3)
            labels.append((None, t.value, t.label, t.color))
            handles.append(Line2D([], [], color=t.color, linestyle=(0, (6, 3)), label=names(t.name + "，未注明期限")))
    if dates:
        lo, hi = min(dates), max(dates)
        pad = max(timedelta(days=20), (hi - lo) * 0.08)
        ax.set_xlim(lo - pad, hi + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, formats=["%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M", "%S"]))
    values = [p.value for s in panel.series for p in s.points] + [t.value for t in panel.targets]
    if values and min(values) >= 0:
        ax.set_ylim(0, max(values) * 1.18 or 1)
    suffix = panel.suffix if getattr(names, "cjk", True) else ASCII_MAGNITUDES.get(panel.suffix, "")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.6g}{suffix}" if v else "0"))
    ax.set_ylabel(names(panel.axis_label))
    ax.grid(alpha=0.3)
    obstacles = [(date.fromisoformat(p.start), date.fromisoformat(p.end), p.value) for s in panel.series for p in s.points]
    obstacles += [(date.fromisoformat(t.point.start), date.fromisoformat(t.point.end), t.value) for t in panel.targets if t.point]
    place_labels(ax, labels, names, obstacles)
    first = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, frameon=False,
                      title=names("系列 series"), title_fontsize=8, alignment="left")
    ax.add_artist(first)
    key = [Line2D([], [], marker="o", color="#555", linestyle="-", label=names("实测 observation")),
           Line2D([], [], marker="s", color="#555", linestyle="--", label=names("预测 forecast")),
           Line2D([], [], marker="*", color="#555", markeredgecolor="#333", markersize=12, linestyle="none", label=names("目标 target")),
           Line2D([], [], marker="o", color="#555", markerfacecolor="white", linestyle="none", label=names("空心：下限或约数 bound")),
           Line2D([], [], color="#555", alpha=0.3, linewidth=5, label=names("横条：值所属的月或年 period"))]
    ax.legend(handles=key, loc="lower left", bbox_to_anchor=(1.02, 0.0), fontsize=8, frameon=False)


def place_labels(ax, labels: list[tuple[Any, float, str, str]], names, obstacles: list[tuple[Any, Any, float]] = ()) -> None:
    """Write each value's label beside its marker (an undated target's at the right
    edge): right, left, above or below it, wherever it overlaps neither another label
    nor a marker (``obstacles``: (first date, last date, value)) and stays in the
    plot; else stacked above what is in the way, with a thin line to its marker."""
    if len(labels) > MAX_LABELLED_POINTS:
        return
    fig = ax.figure
    fig.canvas.draw()   # the transforms must know the final limits
    to_px = ax.transData.transform
    em = 8 / 72 * fig.dpi   # 8 pt labels
    x_right = ax.get_xlim()[1]
    placed: list[tuple[float, float, float, float]] = []
    for start, end, y in obstacles:   # the markers (a period's bar is faint: text may cross it)
        px, py = to_px((mdates_num(start + (end - start) / 2), y))
        placed.append((px - 7, py - 7, px + 7, py + 7))
    box = ax.get_window_extent()
    for x, y, text, colour in sorted(labels, key=lambda l: (l[1], str(l[0]))):
        px, py = to_px((x_right if x is None else mdates_num(x), y))
        w, h = text_width(names(text)) * em + 4, em * 1.25
        spots = [(px - w - 4, py + 3)] if x is None else \
            [(px + 8, py + 3), (px + 8, py - h - 3), (px - w - 8, py + 3), (px - w - 8, py - h - 3), (px - w / 2, py + 9), (px - w / 2, py - h - 9)]

        def free(spot):
            left, bottom = spot
            inside = box.x0 <= left and left + w <= box.x1 + 40 and box.y0 <= bottom and bottom + h <= box.y1
            return inside and not any(left < b[2] and b[0] < left + w and bottom < b[3] and b[1] < bottom + h for b in placed)

        left, bottom = next((spot for spot in spots if free(spot)), spots[0])
        moved = not free((left, bottom))
        for _ in range(60):   # stack above whatever is in the way
            clash = [b for b in placed if left < b[2] and b[0] < left + w and bottom < b[3] and b[1] < bottom + h]
            if not clash:
                break
            bottom = max(b[3] for b in clash) + 1
        placed.append((left, bottom, left + w, bottom + h))
        leader = dict(arrowstyle="-", color=colour, lw=0.6, shrinkA=0, shrinkB=4) if moved and x is not None else None
        ax.annotate(names(text), xy=(mdates_num(x), y) if leader else (left, bottom), xycoords="data" if leader else "figure pixels",
                    xytext=(left, bottom), textcoords="figure pixels", fontsize=8, color=colour, va="bottom", ha="left",
                    annotation_clip=False, arrowprops=leader)


def mdates_num(x: date) -> float:
    import matplotlib.dates as mdates

    return float(mdates.date2num(x))


def ascii_namer():
    """Without a CJK font: every text with Chinese in it becomes a numbered placeholder
    (the same text, the same number), so nothing is drawn as empty boxes."""
    seen: dict[str, str] = {}

    def name(s: str) -> str:
        s = re.sub(r"(\d)(万亿|亿|万)", lambda m: m.group(1) + ASCII_MAGNITUDES[m.group(2)], s)
        if all(ord(c) < 0x2E80 for c in s):
            return s
        ascii_part = "".join(c for c in s if ord(c) < 0x2E80).strip(" ：:（）()，,")
        tag = seen.setdefault(s, f"#{len(seen) + 1}")
        return f"{tag} {ascii_part}".strip()

    name.cjk = False  # type: ignore[attr-defined]
    return name


def chart(model_or_result, path: str | Path) -> Path:
    """Draw a ``MetricResult`` (or a :class:`ChartModel`) to ``path``."""
    model = model_or_result if isinstance(model_or_result, ChartModel) else model_or_result.chart_model()
    return draw(model, path)
