"""Reading and validating the vocabulary files of ``ontology/vocab/`` into a
:class:`~policykg.lexicon.vocab.Vocabulary`.

Files and columns
-----------------
``provinces.csv``      id, name, short, type, aliases
    all 34 provincial-level divisions; ``type`` is 省 / 自治区 / 直辖市 / 特别行政区.
    One-character abbreviations (粤, 桂, 苏 …) are deliberately absent: too ambiguous.
``cities.csv``         id, name, short, province, level
    prefecture-level divisions (``level`` = prefecture) and well-known county-level
    cities (``level`` = county); ``province`` is a province ``name``. ``short`` may be
    empty where the bare form is too ambiguous in industry texts (阿里地区: 阿里 = Alibaba).
``zones.csv``          id, name, aliases, members
    multi-province zones (长三角, 京津冀 …); ``members`` are province short names.
``organizations.csv``  id, name, aliases, category, parent
    central bodies; ``parent`` is the ``name`` of the administering body or empty.
``subunits.csv``       suffix, category
    internal units that form "<body><unit>" names (工业和信息化部办公厅).
``genres.csv``         suffix, kind, class
    title endings that give a document's genre; ``class`` is policy or report and a
    report's ``kind`` is "report".
``counties.csv``       id, name, city, province
    county-level divisions whose full name is unique in the country (and the 门源县
    form of an autonomous county), with the city or province of this vocabulary that
    holds each; read by ``policykg.lexicon.counties``, not by this module. Made from the
    national division codes as the cpca package ships them (adcodes.csv, MIT licence).
``short_counties.csv`` id, name, city, province
    the same for the counties and banners whose full name has two characters (泾县),
    read by ``policykg.lexicon.short_counties`` only in issuers' names.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import OntologyError
from .vocab import ORG_CATEGORIES, GenreEntry, OrgEntry, RegionEntry, Vocabulary, unique, ontology_dir

PROVINCE_TYPES = {"省": "省", "自治区": "自治区", "直辖市": "市", "特别行政区": "特别行政区"}
CITY_LEVELS = ("prefecture", "county")
GENRE_CLASSES = ("policy", "report", "book", "specification")  # a book (学习纲要, 辅导读本) and a technical
# specification (生产技术规程, 设计规范) are neither a policy nor a report

_SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

_HEADERS = {
    "provinces.csv": ("id", "name", "short", "type", "aliases"),
    "cities.csv": ("id", "name", "short", "province", "level"),
    "zones.csv": ("id", "name", "aliases", "members"),
    "organizations.csv": ("id", "name", "aliases", "category", "parent"),
    "subunits.csv": ("suffix", "category"),
    "genres.csv": ("suffix", "kind", "class"),
}


class _Rows:
    """Reads one CSV file and reports malformed rows with file and line."""

    def __init__(self, directory: Path, filename: str) -> None:
        self.filename = filename
        self.path = directory / filename
        self.header = _HEADERS[filename]

    def fail(self, line: int, message: str) -> OntologyError:
        return OntologyError(f"{self.path}: line {line}: {message}")

    def __iter__(self) -> Iterator[tuple[int, dict[str, str]]]:
        if not self.path.is_file():
            raise OntologyError(f"vocabulary file {self.path} not found (expected {self.filename} in the vocab folder)")
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise OntologyError(f"{self.path}: not UTF-8 ({exc}); expected a UTF-8 CSV file") from exc
        except OSError as exc:
            raise OntologyError(f"{self.path}: cannot read ({exc})") from exc
        reader = csv.reader(text.splitlines())
        header = next(reader, None)
        if header is None:
            raise OntologyError(f"{self.path}: empty file; expected the header {','.join(self.header)}")
        header = [h.strip() for h in header]
        if tuple(header) != self.header:
            raise self.fail(1, f"header {','.join(header)!r}; expected {','.join(self.header)!r}")
        for row in reader:
            line = reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) != len(self.header):
                raise self.fail(
                    line,
                    f"{len(row)} fields in {','.join(row)!r}; expected {len(self.header)} "
                    f"({','.join(self.header)}); quote cells that contain commas",
                )
            yield line, {k: v.strip() for k, v in zip(self.header, row)}

    # -- cell checks
    def slug(self, line: int, value: str, column: str = "id") -> str:
        if not _SLUG.match(value):
            raise self.fail(line, f"{column} {value!r}; expected a lowercase ascii slug like 'guangdong' or 'taizhou-zhejiang'")
        return value

    def name(self, line: int, value: str, column: str, min_len: int = 2) -> str:
        if len(value) < min_len:
            raise self.fail(line, f"{column} {value!r}; expected a name of at least {min_len} characters")
        if "|" in value or "," in value:
            raise self.fail(line, f"{column} {value!r}; expected one name without '|' or ','")
        return value

    def names(self, line: int, value: str, column: str) -> tuple[str, ...]:
        if not value:
            return ()
        parts = [p.strip() for p in value.split("|")]
        return tuple(self.name(line, p, column) for p in parts)

    def choice(self, line: int, value: str, column: str, allowed: Iterable[str]) -> str:
        allowed = tuple(allowed)
        if value not in allowed:
            raise self.fail(line, f"{column} {value!r}; expected one of {', '.join(allowed)}")
        return value


def _unique_ids(rows: _Rows, seen: dict[str, int], line: int, value: str, what: str = "id") -> None:
    if value in seen:
        raise rows.fail(line, f"duplicate {what} {value!r} (first on line {seen[value]}); expected unique values")
    seen[value] = line


def _id_and_name(rows: _Rows, line: int, r: dict, ids: dict[str, int], names: dict[str, int]) -> tuple[str, str]:
    """A row's id and name, each checked to be well formed and not seen before in its file."""
    rid = rows.slug(line, r["id"])
    _unique_ids(rows, ids, line, rid)
    name = rows.name(line, r["name"], "name")
    _unique_ids(rows, names, line, name, "name")
    return rid, name


def _load_provinces(directory: Path) -> list[RegionEntry]:
    rows = _Rows(directory, "provinces.csv")
    out: list[RegionEntry] = []
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    for line, r in rows:
        pid, name = _id_and_name(rows, line, r, ids, names)
        kind = rows.choice(line, r["type"], "type", PROVINCE_TYPES)
        if not name.endswith(PROVINCE_TYPES[kind]):
            raise rows.fail(line, f"name {name!r} with type {kind}; expected a name ending in {PROVINCE_TYPES[kind]}")
        short = rows.name(line, r["short"], "short")
        aliases = rows.names(line, r["aliases"], "aliases")
        out.append(RegionEntry(pid, name, short, "province", "", aliases, (), kind))
    return out


def _load_cities(directory: Path, provinces: dict[str, RegionEntry]) -> list[RegionEntry]:
    rows = _Rows(directory, "cities.csv")
    out: list[RegionEntry] = []
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    for line, r in rows:
        cid, name = _id_and_name(rows, line, r, ids, names)
        short = rows.name(line, r["short"], "short") if r["short"] else ""
        province = r["province"]
        if province not in provinces:
            raise rows.fail(line, f"province {province!r}; expected a province name from provinces.csv (e.g. 江苏省)")
        level = rows.choice(line, r["level"], "level", CITY_LEVELS)
        out.append(RegionEntry(cid, name, short, "city", province, (), (), level))
    return out


def _load_zones(directory: Path, provinces: list[RegionEntry]) -> list[RegionEntry]:
    rows = _Rows(directory, "zones.csv")
    by_form = {form: p for p in provinces for form in p.labels}
    out: list[RegionEntry] = []
    ids: dict[str, int] = {}
    for line, r in rows:
        zid = rows.slug(line, r["id"])
        _unique_ids(rows, ids, line, zid)
        name = rows.name(line, r["name"], "name")
        aliases = rows.names(line, r["aliases"], "aliases")
        members: list[str] = []
        for m in rows.names(line, r["members"], "members"):
            if m not in by_form:
                raise rows.fail(line, f"member {m!r}; expected a province short name from provinces.csv (e.g. 江苏)")
            members.append(by_form[m].name)
        if not members:
            raise rows.fail(line, "empty members; expected at least one province short name")
        out.append(RegionEntry(zid, name, name, "zone", "", aliases, unique(members), "zone"))
    return out


def _load_organizations(directory: Path) -> list[OrgEntry]:
    rows = _Rows(directory, "organizations.csv")
    out: list[OrgEntry] = []
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    forms: dict[str, tuple[int, str]] = {}
    parents: list[tuple[int, str, str]] = []
    for line, r in rows:
        oid, name = _id_and_name(rows, line, r, ids, names)
        aliases = rows.names(line, r["aliases"], "aliases")
        for form in unique([name, *aliases]):
            if form in forms:
                first_line, first_name = forms[form]
                raise rows.fail(
                    line,
                    f"surface form {form!r} of {name} already names {first_name} (line {first_line}); "
                    "expected each name and alias to name one organisation",
                )
            forms[form] = (line, name)
        category = rows.choice(line, r["category"], "category", ORG_CATEGORIES)
        parent = r["parent"]
        if parent:
            if parent == name:
                raise rows.fail(line, f"parent {parent!r} is the organisation itself; expected another organisation's name")
            parents.append((line, name, parent))
        out.append(OrgEntry(oid, name, aliases, category, parent))
    for line, name, parent in parents:
        if parent not in names:
            raise rows.fail(line, f"parent {parent!r} of {name}; expected the name of an organisation in organizations.csv")
    return out


def _load_subunits(directory: Path) -> list[str]:
    rows = _Rows(directory, "subunits.csv")
    out: list[str] = []
    seen: dict[str, int] = {}
    for line, r in rows:
        suffix = rows.name(line, r["suffix"], "suffix")
        _unique_ids(rows, seen, line, suffix, "suffix")
        rows.choice(line, r["category"], "category", ORG_CATEGORIES)
        out.append(suffix)
    return out


def _load_genres(directory: Path) -> list[GenreEntry]:
    rows = _Rows(directory, "genres.csv")
    out: list[GenreEntry] = []
    seen: dict[str, int] = {}
    for line, r in rows:
        suffix = rows.name(line, r["suffix"], "suffix", min_len=1)
        _unique_ids(rows, seen, line, suffix, "suffix")
        kind = rows.name(line, r["kind"], "kind", min_len=1)
        cls = rows.choice(line, r["class"], "class", GENRE_CLASSES)
        if (cls == "policy") == (kind in GENRE_CLASSES[1:]) or cls != "policy" and kind != cls:
            others = " or ".join(map(repr, GENRE_CLASSES[1:]))
            raise rows.fail(line, f"kind {kind!r} with class {cls!r}; expected kind {others} exactly when the class "
                                  "is that")
        out.append(GenreEntry(suffix, kind, cls == "report"))
    return out


def _load(directory: Path) -> Vocabulary:
    if not directory.is_dir():
        raise OntologyError(f"vocabulary folder {directory} not found; expected a folder with {', '.join(_HEADERS)}")
    provinces = _load_provinces(directory)
    cities = _load_cities(directory, {p.name: p for p in provinces})
    zones = _load_zones(directory, provinces)
    _check_region_forms(directory, provinces, cities, zones)
    return Vocabulary(
        regions=[*provinces, *cities, *zones],
        organizations=_load_organizations(directory),
        subunits=_load_subunits(directory),
        genres=_load_genres(directory),
    )


def _check_region_forms(directory: Path, *groups: list[RegionEntry]) -> None:
    """Region ids and surface forms clash-free across the three region files, with file names."""
    files = ("provinces.csv", "cities.csv", "zones.csv")
    ids: dict[str, str] = {}
    forms: dict[str, tuple[RegionEntry, str]] = {}
    for filename, group in zip(files, groups):
        for entry in group:
            where = f"{filename} ({entry.name})"
            if entry.id in ids:
                raise OntologyError(
                    f"{directory / filename}: region id {entry.id!r} of {entry.name} is already used in {ids[entry.id]}; "
                    "expected ids unique across provinces.csv, cities.csv and zones.csv"
                )
            ids[entry.id] = where
            for form in entry.labels:
                if form not in forms:
                    forms[form] = (entry, filename)
                    continue
                other, other_file = forms[form]
                if other is entry:
                    continue
                if entry.level == "city" and other.level == "province" and form == entry.short:
                    continue  # documented exception (吉林, 海南)
                raise OntologyError(
                    f"{directory / filename}: surface form {form!r} of {entry.name} already names "
                    f"{other.name} in {other_file}; expected each name, short form and alias to name one region"
                )


@lru_cache(maxsize=8)
def _load_cached(directory: str) -> Vocabulary:
    return _load(Path(directory))


def load_vocabulary(directory: str | Path | None = None) -> Vocabulary:
    """Load and validate the vocabularies (cached per folder).

    ``directory`` defaults to ``ontology_dir() / "vocab"``; pass another folder with
    the same six CSV files to use (or test) other vocabularies. Malformed rows raise
    :class:`OntologyError` naming the file, the line, the bad value and what was expected.
    """
    folder = Path(directory) if directory is not None else ontology_dir() / "vocab"
    return _load_cached(str(folder.resolve()))


load_vocabulary.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]
