"""load/page.py: the page cleaner's banners — a portal's name with its name in English or its address is chrome,
an English sentence is not (the cleaner as a whole is tested through the loader in test_chrome.py)."""
from __future__ import annotations

import pytest

from policykg.load.page import is_named_banner


@pytest.mark.parametrize("line, banner", [
    ("中华人民共和国商务部MINISTRY OF COMMERCE OF THE PEOPLE'S REPUBLIC OF CHINA", True),
    ("国家税务总局 STATE TAXATION ADMINISTRATION", True),
    ("中国政府网www.gov.cn中华人民共和国中央人民政府", True),
    ("某市人民政府办公室关于印发《某某 APP 推广方案》的通知", False),
])
def test_a_portals_banner_with_its_english_name_or_address(line, banner):
    assert is_named_banner(line) is banner
