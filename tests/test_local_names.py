"""policykg.local_names: a body's local short form read in the document's own place."""
from __future__ import annotations

import pytest

from policykg.local_names import localised
from policykg.names import Body, body


@pytest.mark.parametrize("name, province, city, full", [
    ("市科技局", "浙江省", "温州市", "温州市科学技术局"),
    ("市发展改革委", "浙江省", "温州市", "温州市发展和改革委员会"),
    ("省经信厅", "四川省", "", "四川省经济和信息化厅"),
    ("市市场监管局", "浙江省", "温州市", "温州市市场监督管理局"),
    ("市发改局", "浙江省", "温州市", "温州市发展和改革局"),
    ("市场监管局", "浙江省", "温州市", "市场监管局"),  # (no 市 short form: not 温州市场监管局)
    ("地区财政局", "新疆维吾尔自治区", "喀什地区", "喀什地区财政局"),  # (a prefecture named 地区, 盟 likewise)
    ("盟商务局", "内蒙古自治区", "兴安盟", "兴安盟商务局"),
    ("地区财政局", "浙江省", "温州市", "地区财政局"),  # (a city's document: no 地区 of its own)
])
def test_local_short_forms_in_the_documents_place(name, province, city, full):
    assert localised(name, province, city) == full


def test_an_autonomous_prefectures_short_forms_are_its_own_and_a_city_in_it_is_none():
    assert localised("州人民医院", "贵州省", "黔南布依族苗族自治州") == "黔南布依族苗族自治州人民医院"
    assert localised("州商务局", "贵州省", "黔南布依族苗族自治州") == "黔南布依族苗族自治州商务局"
    assert localised("市商务局", "贵州省", "黔南布依族苗族自治州") == "市商务局"  # (a city within it: which, unknown)
    assert localised("州商务局", "浙江省", "温州市") == "州商务局"


def test_local_short_forms_without_a_place_stay_as_written():
    assert localised("市科技局", "浙江省", "") == "市科技局"
    assert localised("工业和信息化部", "浙江省", "温州市") == "工业和信息化部"
    assert isinstance(body("温州市科学技术局"), Body)


def test_an_autonomous_prefectures_short_form_with_zhou_is_the_prefecture():
    assert localised("州人民政府", "贵州省", "黔东南苗族侗族自治州") == "黔东南苗族侗族自治州人民政府"
    from policykg.lexicon import vocabulary
    assert vocabulary().region("黔东南州").name == "黔东南苗族侗族自治州"
