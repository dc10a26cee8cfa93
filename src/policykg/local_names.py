"""Local short forms of bodies (市发改局, 省经信厅, 州人民医院) read in a document's own place: 市发改局 in a 温州
document is 温州市发展和改革局."""
from __future__ import annotations

from .names import LOCAL_SHORT, Body, body, body_abbreviations


def placed_body(name: str, province: str, city: str, county: str = "") -> Body | None:
    """The body a local short form names in a document of that place (市发改局 in a 温州 document:
    温州市发展和改革局); None when the name is no such form or the place does not complete it."""
    full = localised(name, province, city, county)
    return body(full) if full != name else None


def localised(name: str, province: str, city: str, county: str = "") -> str:
    """A local body's short form in its document's place: 市发改局 in a 温州
    document is 温州市发展和改革局; 省经信厅 in a Sichuan one 四川省经济和信息化厅;
    自治区人民政府 in an Inner Mongolian one 内蒙古自治区人民政府; 州人民医院 in an autonomous prefecture's one
    that prefecture's (市X there names a city within it: no body of the prefecture), 地区财政局 in a 地区's and
    盟财政局 in a 盟's likewise.
    Names that are not such short forms come back unchanged."""
    m = LOCAL_SHORT.match(name)
    if not m:
        return name
    level = m.group("level")
    place = province if level == "省" or level == "自治区" and province.endswith("自治区") \
        else city if level in ("市", "州", "地区", "盟") and city.endswith(level) \
        else county if level in ("区", "县", "旗") and county.endswith(level) else ""
    # (州人民医院 in a 自治州's document; 旗第二人民医院 in a 旗's)
    if not place:
        return name
    rest = m.group("rest")
    full = body_abbreviations().get(rest, rest)
    return place + full
