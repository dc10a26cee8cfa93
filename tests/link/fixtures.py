"""Small documents linked together by the link tests (invented text)."""
from __future__ import annotations

from kit import extract

PLAN = """\
浙江省工业互联网创新发展行动计划（2021—2023年）
一、主要目标
到2023年，全省工业互联网平台达到100个，上云企业达到5万家。
浙江省人民政府
2021年11月1日
"""

INTERPRETATION = """\
《浙江省工业互联网创新发展行动计划（2021-2023年）》政策解读
一、主要内容
《浙江省工业互联网创新发展行动计划（2021-2023年）》提出，到2023年，全省工业互联网平台达到100个。
"""

NEWS = """\
---
title: 浙江工业互联网发展成效
date: 2024-02-01
---
近日，浙江召开工业互联网推进会。截至2023年底，全省工业互联网平台达到120个，上云企业达到4万家。浙江将继续推进。
2021年11月，工信部印发《某某产业创新发展行动计划（2021-2023年）》。工业和信息化部办公厅随后部署落实。
俄罗斯国防部发表声明。国防部回应称坚决反对。
"""

LATER = """\
---
title: 丙
date: 2024-03-01
---
2021年11月15日，工信部印发工业和信息化部关于印发某某产业创新发展行动计划(2021—2023年)的通知。
"""


def extractions(*named: tuple[str, str]):
    return [extract(text, name).extraction for name, text in named]
