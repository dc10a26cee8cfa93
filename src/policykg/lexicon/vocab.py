"""Closed vocabularies (regions, central organisations, ministry sub-units, document genres).

The vocabularies are data, not code: ``ontology/vocab/*.csv`` (UTF-8, header row,
``|`` joins multi-valued cells). This module finds the ontology folder (installed
package data or the source checkout), reads and validates the CSV files and offers
lookups by any surface form.

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

Surface forms
-------------
Every name, short form and alias must identify one entry. The single documented
exception: a city's bare short form that equals a province's surface form
(吉林 for 吉林市, 海南 for 海南藏族自治州) is given to the province; the city is then
found by its full name only. Any other clash raises :class:`OntologyError`.

Region ids are unique across provinces, cities and zones, since they share the IRI
space ``https://w3id.org/policykg/id/region/{id}``.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import OntologyError

__all__ = [
    "ORG_CATEGORIES",
    "REGION_LEVELS",
    "GenreEntry",
    "OrgEntry",
    "RegionEntry",
    "Vocabulary",
    "load_vocabulary",
    "ontology_dir",
    "ontology_file",
    "strip_title_qualifiers",
]

REGION_LEVELS = ("province", "city", "zone")
ORG_CATEGORIES = ("government", "enterprise", "institute", "association", "media", "international", "other")
PROVINCE_TYPES = {"省": "省", "自治区": "自治区", "直辖市": "市", "特别行政区": "特别行政区"}
CITY_LEVELS = ("prefecture", "county")
GENRE_CLASSES = ("policy", "report")

_SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# one trailing qualifier in ASCII or full-width parentheses: （试行） (2018-2020年) （2021年版）
_TRAILING_QUALIFIER = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")

_HEADERS = {
    "provinces.csv": ("id", "name", "short", "type", "aliases"),
    "cities.csv": ("id", "name", "short", "province", "level"),
    "zones.csv": ("id", "name", "aliases", "members"),
    "organizations.csv": ("id", "name", "aliases", "category", "parent"),
    "subunits.csv": ("suffix", "category"),
    "genres.csv": ("suffix", "kind", "class"),
}


# --------------------------------------------------------------------------- paths


def _repository_ontology() -> Path:
    # src/policykg/lexicon/vocab.py -> parents[3] is the repository root
    return Path(__file__).resolve().parents[3] / "ontology"


def ontology_dir() -> Path:
    """The ontology folder.

    ``policykg/ontology`` inside the installed package (the wheel force-includes
    ``ontology/`` there) when it exists, else the source checkout's ``ontology/``
    two levels above ``src/policykg``.
    """
    tried: list[str] = []
    try:
        packaged = resources.files("policykg") / "ontology"
        if packaged.is_dir():
            return Path(str(packaged))
        tried.append(str(packaged))
    except (ModuleNotFoundError, TypeError, NotImplementedError) as exc:  # pragma: no cover
        tried.append(f"policykg/ontology ({exc})")
    repo = _repository_ontology()
    if repo.is_dir():
        return repo
    tried.append(str(repo))
    raise OntologyError(
        "ontology folder not found; tried " + ", ".join(tried)
        + " (expected the package data policykg/ontology or the repository's ontology/)"
    )


def ontology_file(name: str) -> Path:
    """A file in the ontology folder: ``policykg.ttl``, ``shapes.ttl``, ``vocab/cities.csv`` …"""
    base = ontology_dir()
    path = base / name
    if not path.is_file():
        raise OntologyError(f"ontology file {name!r} not found: {path} does not exist or is not a file")
    return path


# --------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class RegionEntry:
    """A province-level division, a city or a multi-province zone.

    ``province`` is the province name for cities (empty otherwise); ``members`` the
    member province names for zones (empty otherwise); ``kind`` the finer type
    (省/自治区/直辖市/特别行政区 for provinces, prefecture/county for cities, zone).
    """

    id: str
    name: str
    short: str
    level: str
    province: str = ""
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    kind: str = ""

    @property
    def labels(self) -> tuple[str, ...]:
        """name, short and aliases, without duplicates or empty strings."""
        return _unique([self.name, self.short, *self.aliases])


@dataclass(frozen=True)
class OrgEntry:
    """A central organisation; ``parent`` is the administering body's name or ""."""

    id: str
    name: str
    aliases: tuple[str, ...]
    category: str
    parent: str = ""

    @property
    def labels(self) -> tuple[str, ...]:
        return _unique([self.name, *self.aliases])


@dataclass(frozen=True)
class GenreEntry:
    """A title ending (``suffix``) and the genre it gives: ``kind`` (通知, 意见 … or "report")."""

    suffix: str
    kind: str
    is_report: bool


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for v in values:
        if v and v not in seen:
            seen[v] = None
    return tuple(seen)


def strip_title_qualifiers(title: str) -> str:
    """Strip 《》, surrounding blanks and trailing parenthesised qualifiers.

    "《新能源汽车产业发展行动计划（2018-2020年）》" -> "新能源汽车产业发展行动计划";
    "…管理办法（试行）（征求意见稿）" -> "…管理办法".
    """
    text = title.strip().strip("《》〈〉\"“”").strip()
    while True:
        stripped = _TRAILING_QUALIFIER.sub("", text)
        if stripped == text or not stripped:
            return text
        text = stripped


# --------------------------------------------------------------------------- vocabulary


class Vocabulary:
    """The loaded vocabularies with lookups by any surface form (see module docstring)."""

    def __init__(
        self,
        regions: Iterable[RegionEntry],
        organizations: Iterable[OrgEntry],
        subunits: Iterable[str],
        genres: Iterable[GenreEntry],
    ) -> None:
        self.regions: tuple[RegionEntry, ...] = tuple(regions)
        self.organizations: tuple[OrgEntry, ...] = tuple(organizations)
        self.subunits: tuple[str, ...] = tuple(subunits)
        # longest suffix first; ties in file order (sorted is stable)
        self.genres: tuple[GenreEntry, ...] = tuple(sorted(genres, key=lambda g: -len(g.suffix)))
        self._region_index = _region_index(self.regions)
        self._org_index = _org_index(self.organizations)
        self._org_by_name = {o.name: o for o in self.organizations}
        self._subunit_set = frozenset(self.subunits)
        self._org_forms_longest_first = sorted(self._org_index.items(), key=lambda kv: -len(kv[0]))

    # -- regions
    def region(self, name: str) -> RegionEntry | None:
        """The region whose name, short form or alias is ``name`` (surrounding blanks ignored)."""
        return self._region_index.get(name.strip())

    def region_names(self) -> list[tuple[str, RegionEntry]]:
        """Every region surface form with its entry, longest form first (for phrase matchers)."""
        return sorted(self._region_index.items(), key=lambda kv: (-len(kv[0]), kv[0]))

    def provinces(self) -> tuple[RegionEntry, ...]:
        return tuple(r for r in self.regions if r.level == "province")

    def cities(self) -> tuple[RegionEntry, ...]:
        return tuple(r for r in self.regions if r.level == "city")

    def zones(self) -> tuple[RegionEntry, ...]:
        return tuple(r for r in self.regions if r.level == "zone")

    # -- organisations
    def organization(self, name: str) -> OrgEntry | None:
        """The organisation with this name or alias.

        A leading "中华人民共和国" is also accepted (中华人民共和国工业和信息化部).
        """
        key = name.strip()
        found = self._org_index.get(key)
        if found is None and key.startswith("中华人民共和国"):
            found = self._org_index.get(key[len("中华人民共和国"):])
        return found

    def organization_by_name(self, name: str) -> OrgEntry | None:
        """The organisation whose canonical ``name`` is exactly ``name``."""
        return self._org_by_name.get(name)

    def parent_of(self, entry: OrgEntry) -> OrgEntry | None:
        return self._org_by_name.get(entry.parent) if entry.parent else None

    def organization_names(self) -> list[tuple[str, OrgEntry]]:
        """Every organisation surface form with its entry, longest form first."""
        return sorted(self._org_index.items(), key=lambda kv: (-len(kv[0]), kv[0]))

    def subunit_of(self, name: str) -> tuple[OrgEntry, str] | None:
        """Split "<known body><known sub-unit>" names.

        "工业和信息化部办公厅" -> (工业和信息化部, "办公厅");
        "工信部信息通信管理局" -> (工业和信息化部, "信息通信管理局"). None otherwise.
        The longest matching body name wins.
        """
        key = name.strip()
        if key.startswith("中华人民共和国"):
            key = key[len("中华人民共和国"):]
        for form, entry in self._org_forms_longest_first:
            if len(form) < len(key) and key.startswith(form):
                rest = key[len(form):]
                if rest in self._subunit_set:
                    return entry, rest
        return None

    # -- genres
    def genre_of(self, title: str) -> GenreEntry | None:
        """The genre of a document title from its ending, longest suffix first.

        《》 and trailing parenthesised qualifiers such as （试行）, （2018-2020年）,
        (2021年版) or （征求意见稿） are stripped before matching.
        """
        text = strip_title_qualifiers(title)
        for genre in self.genres:
            if text.endswith(genre.suffix):
                return genre
        return None

    def __repr__(self) -> str:
        return (
            f"Vocabulary(regions={len(self.regions)}, organizations={len(self.organizations)}, "
            f"subunits={len(self.subunits)}, genres={len(self.genres)})"
        )


def _region_index(regions: tuple[RegionEntry, ...]) -> dict[str, RegionEntry]:
    index: dict[str, RegionEntry] = {}
    ids: dict[str, RegionEntry] = {}
    for entry in regions:
        if entry.id in ids:
            raise OntologyError(
                f"region id {entry.id!r} is used by both {ids[entry.id].name} and {entry.name}; "
                "expected ids unique across provinces.csv, cities.csv and zones.csv"
            )
        ids[entry.id] = entry
    # provinces first so that the documented city/province exception can be applied
    order = {"province": 0, "zone": 1, "city": 2}
    for entry in sorted(regions, key=lambda r: order[r.level]):
        for form in entry.labels:
            other = index.get(form)
            if other is None or other is entry:
                index[form] = entry
                continue
            if entry.level == "city" and other.level == "province" and form == entry.short:
                continue  # documented exception: 吉林 is the province, 吉林市 the city
            raise OntologyError(
                f"region surface form {form!r} names both {other.name} ({other.level}) and "
                f"{entry.name} ({entry.level}); expected each name, short form and alias to name one region"
            )
    return index


def _org_index(orgs: tuple[OrgEntry, ...]) -> dict[str, OrgEntry]:
    index: dict[str, OrgEntry] = {}
    for entry in orgs:
        for form in entry.labels:
            other = index.get(form)
            if other is not None and other is not entry:
                raise OntologyError(
                    f"organizations.csv: surface form {form!r} names both {other.name} and {entry.name}; "
                    "expected each name and alias to name one organisation"
                )
            index[form] = entry
    return index


# --------------------------------------------------------------------------- loading


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


def _load_provinces(directory: Path) -> list[RegionEntry]:
    rows = _Rows(directory, "provinces.csv")
    out: list[RegionEntry] = []
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    for line, r in rows:
        pid = rows.slug(line, r["id"])
        _unique_ids(rows, ids, line, pid)
        name = rows.name(line, r["name"], "name")
        _unique_ids(rows, names, line, name, "name")
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
        cid = rows.slug(line, r["id"])
        _unique_ids(rows, ids, line, cid)
        name = rows.name(line, r["name"], "name")
        _unique_ids(rows, names, line, name, "name")
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
        out.append(RegionEntry(zid, name, name, "zone", "", aliases, _unique(members), "zone"))
    return out


def _load_organizations(directory: Path) -> list[OrgEntry]:
    rows = _Rows(directory, "organizations.csv")
    out: list[OrgEntry] = []
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    forms: dict[str, tuple[int, str]] = {}
    parents: list[tuple[int, str, str]] = []
    for line, r in rows:
        oid = rows.slug(line, r["id"])
        _unique_ids(rows, ids, line, oid)
        name = rows.name(line, r["name"], "name")
        _unique_ids(rows, names, line, name, "name")
        aliases = rows.names(line, r["aliases"], "aliases")
        for form in _unique([name, *aliases]):
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
        if (cls == "report") != (kind == "report"):
            raise rows.fail(line, f"kind {kind!r} with class {cls!r}; expected kind 'report' exactly when class is 'report'")
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
