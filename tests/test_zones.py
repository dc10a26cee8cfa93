"""policykg.zones: a development zone named by its own words is the place of its bodies; a kind of zone alone is not."""
from __future__ import annotations

from policykg.names import body
from policykg.zones import no_one_zone, zone_prefix


def test_a_zone_named_by_its_own_words_is_a_place_and_its_committees_are_bodies():
    assert zone_prefix().match("鹤山经济开发区管委会").group() == "鹤山经济开发区"
    assert body("鹤山经济开发区党工委").category == "government"
    assert body("鹤山经济开发区管委会").name == "鹤山经济开发区管委会"


def test_a_kind_of_zone_alone_or_a_whole_names_no_ones_body():
    assert no_one_zone("开发区") and no_one_zone("国家级开发区") and not no_one_zone("鹤山经济开发区")
    assert not no_one_zone("鹤山市")  # (a place, no zone)
    assert body("开发区党工委") is None
    assert body("全市开发区管委会") is None
