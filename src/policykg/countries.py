"""Countries by every name and alias the vocabulary gives (vocab/countries.csv): to tell a foreign body or figure from
a Chinese one."""
from __future__ import annotations

import csv
import re

from .lexicon import memo, ontology_file, pattern


@memo(maxsize=1)
def countries() -> dict[str, str]:
    """Every country name and alias -> the country's name (vocab/countries.csv)."""
    out: dict[str, str] = {}
    with ontology_file("vocab/countries.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
                out[form] = row["name"]
    return out


@memo(maxsize=1)
def country_names() -> re.Pattern[str]:
    """Any country's name or alias of two characters or more."""
    return pattern(tuple(c for c in countries() if len(c) >= 2))


def country_suffix_free(name: str) -> re.Match[str] | None:
    """A country's name (two characters or more) at the start of a name."""
    return pattern(tuple(c for c in countries() if len(c) >= 2), "^(?:{})").match(name)
