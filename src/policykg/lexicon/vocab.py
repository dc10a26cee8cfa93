"""Closed vocabularies (regions, central organisations, ministry sub-units, document genres).

The vocabularies are data, not code: ``ontology/vocab/*.csv`` (UTF-8, header row,
``|`` joins multi-valued cells). This module finds the ontology folder (installed
package data or the source checkout) and offers lookups by any surface form;
``vocab_files`` reads and validates the CSV files.

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

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..errors import OntologyError

__all__ = [
    "ORG_CATEGORIES",
    "REGION_LEVELS",
    "GenreEntry",
    "OrgEntry",
    "RegionEntry",
    "Vocabulary",
    "ontology_dir",
    "ontology_file",
    "strip_title_qualifiers",
]

REGION_LEVELS = ("province", "city", "zone")
ORG_CATEGORIES = ("government", "enterprise", "institute", "association", "media", "international", "other")

# one trailing qualifier in ASCII or full-width parentheses: （试行） (2018-2020年) （2021年版）
_TRAILING_QUALIFIER = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


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
        """name, short and aliases, without duplicates or empty strings; an autonomous prefecture's short form with
        州 too (黔东南苗族侗族自治州: 黔东南, 黔东南州)."""
        prefecture = self.short + "州" if self.short and self.name.endswith("自治州") else ""
        return unique([self.name, self.short, prefecture, *self.aliases])


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
        return unique([self.name, *self.aliases])


@dataclass(frozen=True)
class GenreEntry:
    """A title ending (``suffix``) and the genre it gives: ``kind`` (通知, 意见 … or "report")."""

    suffix: str
    kind: str
    is_report: bool


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """The non-empty values, each once, in their first order."""
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
