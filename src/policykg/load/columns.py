"""A PDF page's characters -> groups of one line each, in reading order, columns told apart.

A web page printed to PDF often has two columns: the text and, beside it, a
sidebar of other headlines or a site's menu. Their lines share the page's
height, so grouping characters by vertical band alone would interleave them
(a title line with a sidebar headline after a tab). A **gutter** is a
vertical strip no character crosses, between text on its left and on its
right, over a run of consecutive lines; the two sides are **columns** when
their lines keep independent grids (lines of one side stand between two
consecutive lines of the other more often than level with one) and each
holds running text, mostly one run of characters a line, at least three
characters wide (a table's cells share their rows' grid and split its lines
into cells, so a table stays rows). A page with columns reads: the lines
above them, the left column, the right column, the lines below (each side
split again when it has columns of its own); a column less than half as
wide as the one beside it is an aside (a sidebar, a site's menu), returned
apart for the reader to put after the whole text.

Characters are ``(text, left, bottom, right, top)`` in PDF coordinates
(y grows upwards).
"""
from __future__ import annotations

from statistics import median

Char = tuple  # (text, left, bottom, right, top)

CELL_GAP = 1.5  # a gap wider than this many characters separates two segments of a line (cells, or columns)
MIN_SIDE_LINES = 3  # lines on each side of a gutter, at least, for columns
MIN_INTERLEAVED = 3  # lines of one side between two lines of the other, at least, for columns
MIN_COLUMN_CHARS = 3  # a column is this many characters wide at least (narrower: a table's 序号 cells)
MAX_DEPTH = 2  # columns inside columns, at most
RUNNING_SHARE = 0.6  # of a column's lines, at least, hold one run of text each (else a table's cells)
ASIDE_SHARE = 0.5  # a column narrower than this share of the one beside it is an aside


def bands(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped into lines by their vertical band (extents overlapping by half the smaller height),
    top to bottom."""
    ordered = sorted(chars, key=lambda c: (-(c[4] + c[2]), c[1]))
    groups: list[list[Char]] = []
    bottom = top = 0.0
    for c in ordered:
        c_bottom, c_top = c[2], c[4]
        overlap = min(c_top, top) - max(c_bottom, bottom)
        if groups and overlap >= 0.5 * min(c_top - c_bottom, top - bottom):
            groups[-1].append(c)
            bottom, top = min(bottom, c_bottom), max(top, c_top)
        else:
            groups.append([c])
            bottom, top = c_bottom, c_top
    return groups


def line_groups(chars: list[Char], depth: int = 0) -> tuple[list[list[Char]], list[list[Char]]]:
    """The page's lines (each a group of characters) in reading order, columns one after the other, and apart the
    lines of its asides: a column beside another more than twice as wide (a sidebar, a site's menu)."""
    lines = bands(chars)
    split = _columns(lines) if depth < MAX_DEPTH else None
    if split is None:
        return lines, []
    first, last, gutter = split
    middle = [c for line in lines[first:last + 1] for c in line]
    left = [c for c in middle if _middle(c) < gutter]
    right = [c for c in middle if _middle(c) >= gutter]
    above = [c for line in lines[:first] for c in line]
    below = [c for line in lines[last + 1:] for c in line]
    if _width(left) < ASIDE_SHARE * _width(right):
        parts, aside = [above, right, below], left
    elif _width(right) < ASIDE_SHARE * _width(left):
        parts, aside = [above, left, below], right
    else:
        parts, aside = [above, left, right, below], []
    text: list[list[Char]] = []
    asides: list[list[Char]] = []
    for part in parts:
        groups, inner = line_groups(part, depth + 1) if part else ([], [])
        text.extend(groups)
        asides.extend(inner)
    if aside:
        groups, inner = line_groups(aside, depth + 1)
        asides.extend(groups + inner)
    return text, asides


def _width(chars: list[Char]) -> float:
    return max(c[3] for c in chars) - min(c[1] for c in chars)


def _middle(c: Char) -> float:
    return (c[1] + c[3]) / 2


def _size(chars: list[Char]) -> float:
    return median(c[4] - c[2] for c in chars)


def _segments(line: list[Char]) -> list[tuple[float, float]]:
    """The line's runs of characters (left, right), split at gaps wider than CELL_GAP characters."""
    visible = sorted((c for c in line if not c[0].isspace()), key=lambda c: c[1])
    if not visible:
        return []
    gap = CELL_GAP * _size(visible)
    out = [(visible[0][1], visible[0][3])]
    for c in visible[1:]:
        if c[1] - out[-1][1] > gap:
            out.append((c[1], c[3]))
        else:
            out[-1] = (out[-1][0], max(out[-1][1], c[3]))
    return out


def _columns(lines: list[list[Char]]) -> tuple[int, int, float] | None:
    """(first line, last line, gutter x) of the longest run of lines with two columns, else None."""
    segments = [_segments(line) for line in lines]
    best: tuple[int, int, float] | None = None
    tried: set[int] = set()
    for i, segs in enumerate(segments):
        for (_, a_right), (b_left, _) in zip(segs, segs[1:]):
            for x in (a_right + 1, b_left - 1):  # (hugging either side: the other's lines may reach further)
                if round(x / 4) in tried:
                    continue
                tried.add(round(x / 4))
                run = _settled_run(segments, i, x)
                if run and (best is None or run[1] - run[0] > best[1] - best[0]) and _independent(lines, run, x):
                    best = run
    return best


def _settled_run(segments: list[list[tuple[float, float]]], i: int, x: float) -> tuple[int, int, float] | None:
    """The run around line ``i`` at ``x``, then again at its gutter's middle until it stays the same (a strip found
    hugging one line's gap widens to the run's whole gutter)."""
    run = _run(segments, i, x)
    for _ in range(3):
        again = _run(segments, i, run[2]) if run else None
        if again is None or again[:2] == run[:2]:
            break
        run = again
    return run


def _crosses(segs: list[tuple[float, float]], x: float) -> bool:
    return any(left <= x <= right for left, right in segs)


def _run(segments: list[list[tuple[float, float]]], i: int, x: float) -> tuple[int, int, float] | None:
    """The run of lines around line ``i`` no segment of which crosses ``x``, from the first line after which both
    sides have begun to the last before either ends, with its gutter's middle; None when either side has fewer than
    MIN_SIDE_LINES lines."""
    first = last = i
    while first > 0 and not _crosses(segments[first - 1], x):
        first -= 1
    while last + 1 < len(segments) and not _crosses(segments[last + 1], x):
        last += 1
    span = range(first, last + 1)
    right_lines = [k for k in span if any(left > x for left, _ in segments[k])]
    left_lines = [k for k in span if any(right < x for _, right in segments[k])]
    if len(right_lines) < MIN_SIDE_LINES or len(left_lines) < MIN_SIDE_LINES:
        return None
    first, last = max(right_lines[0], left_lines[0]), min(right_lines[-1], left_lines[-1])
    if last - first + 1 < MIN_SIDE_LINES:
        return None
    inner = max(right for k in range(first, last + 1) for _, right in segments[k] if right < x)
    outer = min(left for k in range(first, last + 1) for left, _ in segments[k] if left > x)
    return first, last, (inner + outer) / 2


def _independent(lines: list[list[Char]], run: tuple[int, int, float], x: float) -> bool:
    """Whether the lines left and right of ``x`` keep independent grids: more lines of either side stand between two
    consecutive lines of the other (at least MIN_INTERLEAVED) than level with one (a table's label centred between
    the two lines of its wrapped value stands between them, its other labels level with their values)."""
    first, last, _ = run
    sides: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
    left: list[Char] = []
    right: list[Char] = []
    for line in lines[first:last + 1]:
        for side, part in ((0, [c for c in line if _middle(c) < x]), (1, [c for c in line if _middle(c) >= x])):
            visible = [c for c in part if not c[0].isspace()]
            if visible:
                sides[side].append((min(c[2] for c in visible), max(c[4] for c in visible)))
                (left if side == 0 else right).extend(visible)
    between = level = 0
    for these, others in ((sides[0], sides[1]), (sides[1], sides[0])):
        for bottom, top in these:
            place = _place(bottom, top, others)
            between += place == "between"
            level += place == "level"
    narrow = min(_width(side) / _size(side) for side in (left, right))
    return between >= MIN_INTERLEAVED and between > level and narrow >= MIN_COLUMN_CHARS \
        and all(_running(lines[first:last + 1], x, side) for side in (0, 1))


def _running(lines: list[list[Char]], x: float, side: int) -> bool:
    """Whether most of the lines with text on ``side`` of ``x`` (0 left, 1 right) hold one run of text there, not
    a table's cells."""
    parts = [[c for c in line if (_middle(c) >= x) == bool(side) and not c[0].isspace()] for line in lines]
    counts = [len(_segments(part)) for part in parts if part]
    return sum(count == 1 for count in counts) >= RUNNING_SHARE * len(counts)


def _place(bottom: float, top: float, others: list[tuple[float, float]]) -> str:
    """"level" when the line (bottom, top) has its middle within 0.15 of a line of the middle of one of
    ``others``, "between" when it stands between two consecutive ``others`` at most 2.6 line heights apart, its
    middle clear of theirs by a quarter of a line (a table's wrapped cell beside a row of one line has a row's pitch,
    a line's more, between the next rows), else ""."""
    middle = (bottom + top) / 2
    if any(abs(middle - (b + t) / 2) <= 0.15 * max(top - bottom, t - b) for b, t in others):
        return "level"
    for upper, lower in zip(others, others[1:]):
        height = max(upper[1] - upper[0], lower[1] - lower[0], top - bottom)
        high, low = (upper[0] + upper[1]) / 2, (lower[0] + lower[1]) / 2
        if high - 0.25 * height > middle > low + 0.25 * height and high - low <= 2.6 * height:
            return "between"
    return ""
