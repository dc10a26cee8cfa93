"""Closed vocabularies: content, lookups and validation of malformed files."""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from policykg.errors import OntologyError
from policykg.lexicon.vocab import GenreEntry, OrgEntry, RegionEntry, ontology_dir, ontology_file, strip_title_qualifiers
from policykg.lexicon.vocab_files import load_vocabulary


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


# --------------------------------------------------------------------------- paths


def test_ontology_file_paths():
    assert ontology_file("policykg.ttl").name == "policykg.ttl"
    assert ontology_file("vocab/provinces.csv").parent == ontology_dir() / "vocab"


def test_missing_ontology_file_is_a_clear_error():
    with pytest.raises(OntologyError, match="nope.ttl"):
        ontology_file("nope.ttl")


def test_load_is_cached():
    assert load_vocabulary() is load_vocabulary()


# --------------------------------------------------------------------------- regions


def test_thirty_four_provinces(vocab):
    provinces = vocab.provinces()
    assert len(provinces) == 34
    kinds = Counter(p.kind for p in provinces)
    assert kinds == {"省": 23, "自治区": 5, "直辖市": 4, "特别行政区": 2}
    assert {p.name for p in provinces if p.kind == "直辖市"} == {"北京市", "天津市", "上海市", "重庆市"}
    assert "台湾省" in {p.name for p in provinces}


def test_no_one_character_forms(vocab):
    assert all(len(form) >= 2 for form, _ in vocab.region_names())
    assert vocab.region("粤") is None and vocab.region("桂") is None


@pytest.mark.parametrize(
    "form, name",
    [
        ("广西", "广西壮族自治区"),
        ("广西自治区", "广西壮族自治区"),
        ("内蒙古", "内蒙古自治区"),
        ("新疆", "新疆维吾尔自治区"),
        ("宁夏", "宁夏回族自治区"),
        ("西藏", "西藏自治区"),
        ("香港", "香港特别行政区"),
        ("澳门", "澳门特别行政区"),
        ("广东", "广东省"),
        ("北京", "北京市"),
        ("广东省", "广东省"),
    ],
)
def test_province_short_forms(vocab, form, name):
    entry = vocab.region(form)
    assert entry is not None and entry.name == name and entry.level == "province"


@pytest.mark.parametrize(
    "form, name, province",
    [
        ("苏州", "苏州市", "江苏省"),
        ("苏州市", "苏州市", "江苏省"),
        ("常熟", "常熟市", "江苏省"),
        ("昆山", "昆山市", "江苏省"),
        ("义乌", "义乌市", "浙江省"),
        ("晋江", "晋江市", "福建省"),
        ("恩施", "恩施土家族苗族自治州", "湖北省"),
        ("延边", "延边朝鲜族自治州", "吉林省"),
        ("大兴安岭", "大兴安岭地区", "黑龙江省"),
        ("锡林郭勒盟", "锡林郭勒盟", "内蒙古自治区"),
        ("吉林市", "吉林市", "吉林省"),
    ],
)
def test_cities_resolve_to_their_province(vocab, form, name, province):
    entry = vocab.region(form)
    assert entry is not None and entry.level == "city"
    assert (entry.name, entry.province) == (name, province)
    assert vocab.region(entry.province).level == "province"


def test_city_counts(vocab):
    kinds = Counter(c.kind for c in vocab.cities())
    assert 330 <= kinds["prefecture"] <= 336
    assert kinds["county"] >= 25


def test_province_wins_a_shared_short_form(vocab):
    # documented exception: 吉林 / 海南 are the provinces; the cities need their full name
    assert vocab.region("吉林").name == "吉林省"
    assert vocab.region("海南").name == "海南省"
    assert vocab.region("海南藏族自治州").province == "青海省"


def test_region_ids_are_unique_slugs(vocab):
    ids = [r.id for r in vocab.regions]
    assert len(ids) == len(set(ids))
    assert vocab.region("广东").id == "guangdong"
    assert vocab.region("内蒙古").id == "neimenggu"


@pytest.mark.parametrize(
    "form, members",
    [
        ("长三角", {"上海市", "江苏省", "浙江省", "安徽省"}),
        ("长江三角洲", {"上海市", "江苏省", "浙江省", "安徽省"}),
        ("京津冀", {"北京市", "天津市", "河北省"}),
        ("成渝地区双城经济圈", {"四川省", "重庆市"}),
        ("大湾区", {"广东省", "香港特别行政区", "澳门特别行政区"}),
        ("东北老工业基地", {"辽宁省", "吉林省", "黑龙江省"}),
    ],
)
def test_zone_members(vocab, form, members):
    zone = vocab.region(form)
    assert zone is not None and zone.level == "zone"
    assert set(zone.members) == members


def test_zone_sizes(vocab):
    assert len(vocab.region("长江经济带").members) == 11
    assert len(vocab.region("黄河流域").members) == 9
    assert len(vocab.region("西部地区").members) == 12
    assert len(vocab.region("中部地区").members) == 6


def test_region_names_cover_every_form(vocab):
    names = dict(vocab.region_names())
    assert names["广西"].name == "广西壮族自治区"
    assert names["苏州"].name == "苏州市"
    lengths = [len(form) for form, _ in vocab.region_names()]
    assert lengths == sorted(lengths, reverse=True)


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    "form, name",
    [
        ("工信部", "工业和信息化部"),
        ("工业和信息化部", "工业和信息化部"),
        ("中华人民共和国工业和信息化部", "工业和信息化部"),
        ("国家发展改革委", "国家发展和改革委员会"),
        ("发改委", "国家发展和改革委员会"),
        ("国家发改委", "国家发展和改革委员会"),
        ("中央网信办", "中央网络安全和信息化委员会办公室"),
        ("国家网信办", "国家互联网信息办公室"),  # the State office, apart from 中央网信办 (the lead split them)
        ("国家互联网信息办公室", "国家互联网信息办公室"),
        ("科技部", "科学技术部"),
        ("人社部", "人力资源和社会保障部"),
        ("央行", "中国人民银行"),
        ("国资委", "国务院国有资产监督管理委员会"),
        ("证监会", "中国证券监督管理委员会"),
        ("党中央", "中共中央"),
        ("中科院", "中国科学院"),
        ("信通院", "中国信息通信研究院"),
    ],
)
def test_organization_aliases(vocab, form, name):
    entry = vocab.organization(form)
    assert entry is not None and entry.name == name


def test_organization_categories_and_parents(vocab):
    assert vocab.organization("中科院").category == "institute"
    assert vocab.organization("国务院").category == "government"
    assert vocab.organization("国家能源局").parent == "国家发展和改革委员会"
    assert vocab.organization("国家标准委").parent == "国家市场监督管理总局"
    assert vocab.organization("国防科工局").parent == "工业和信息化部"
    assert vocab.organization("国家数据局").parent == "国家发展和改革委员会"
    assert vocab.organization("国务院办公厅").parent == "国务院"
    for org in vocab.organizations:
        if org.parent:
            assert vocab.organization_by_name(org.parent) is not None, org


def test_organization_names_are_unique(vocab):
    forms = [form for form, _ in vocab.organization_names()]
    assert len(forms) == len(set(forms))
    assert dict(vocab.organization_names())["工信部"].id == "miit"


@pytest.mark.parametrize(
    "name, body, unit",
    [
        ("工业和信息化部办公厅", "工业和信息化部", "办公厅"),
        ("工信部信息通信管理局", "工业和信息化部", "信息通信管理局"),
        ("国家发展改革委办公厅", "国家发展和改革委员会", "办公厅"),
        ("工业和信息化部装备工业一司", "工业和信息化部", "装备工业一司"),
    ],
)
def test_subunit_of(vocab, name, body, unit):
    found = vocab.subunit_of(name)
    assert found is not None
    entry, suffix = found
    assert (entry.name, suffix) == (body, unit)


def test_subunit_of_rejects_unknown(vocab):
    assert vocab.subunit_of("工业和信息化部") is None
    assert vocab.subunit_of("工业和信息化部某某处") is None
    assert vocab.subunit_of("某某集团办公厅") is None


# --------------------------------------------------------------------------- genres


@pytest.mark.parametrize(
    "title, kind",
    [
        ("工业和信息化部办公厅关于推动工业互联网加快发展的通知", "通知"),
        ("关于深化“互联网+先进制造业”发展工业互联网的指导意见", "意见"),
        ("《工业互联网发展行动计划（2018-2020年）》", "行动计划"),
        ("工业互联网发展行动计划(2018—2020年)", "行动计划"),
        ("新型数据中心发展三年行动计划（2021-2023年）", "行动计划"),
        ("工业互联网专项工作组2022年工作计划", "工作计划"),
        ("工业数据分类分级指南（试行）", "指南"),
        ("工业互联网和物联网无线电频率使用指南（2021年版）", "指南"),
        ("工业互联网标识管理办法", "办法"),
        ("新能源汽车动力蓄电池回收利用管理暂行办法（征求意见稿）", "办法"),
        ("中小企业数字化赋能专项行动方案", "方案"),
        ("“十四五”信息化和工业化深度融合发展规划", "规划"),
        ("共同推进长三角工业互联网一体化发展示范区建设战略合作协议", "协议"),
        ("工业互联网产业人才岗位能力要求", "标准"),
        ("中国工业互联网投融资报告（2020 年）", "report"),
        ("工业互联网平台白皮书", "report"),
        ("工信部2020年十大城市重点场所移动网络质量评测排名", "report"),
    ],
)
def test_genre_of(vocab, title, kind):
    genre = vocab.genre_of(title)
    assert genre is not None and genre.kind == kind
    assert genre.is_report == (kind == "report")


def test_genre_of_unknown(vocab):
    assert vocab.genre_of("创投观察：AI 赋能新药研发，任重道远") is None


def test_genres_longest_first(vocab):
    lengths = [len(g.suffix) for g in vocab.genres]
    assert lengths == sorted(lengths, reverse=True)


def test_strip_title_qualifiers():
    assert strip_title_qualifiers("《管理办法（试行）（2021年版）》") == "管理办法"
    assert strip_title_qualifiers("（试行）") == "（试行）"


def test_entries_are_frozen(vocab):
    entry = vocab.region("广东")
    with pytest.raises(AttributeError):
        entry.name = "x"  # type: ignore[misc]
    assert isinstance(entry, RegionEntry)
    assert isinstance(vocab.organization("工信部"), OrgEntry)
    assert isinstance(vocab.genres[0], GenreEntry)


# --------------------------------------------------------------------------- malformed files


@pytest.fixture
def vocab_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vocab"
    shutil.copytree(ontology_dir() / "vocab", folder)
    return folder


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write(line + "\n")


def test_copy_loads(vocab_copy):
    assert len(load_vocabulary(vocab_copy).provinces()) == 34


@pytest.mark.parametrize(
    "filename, line, expected",
    [
        ("organizations.csv", "foo,某某部,,ministry,", "ministry"),
        ("organizations.csv", "bar,某某局,,government,不存在的部", "不存在的部"),
        ("organizations.csv", "miit2,某某委,工信部,government,", "工信部"),
        ("organizations.csv", "Bad Id,某某委,,government,", "Bad Id"),
        ("cities.csv", "foo,某某市,某某,火星省,prefecture", "火星省"),
        ("cities.csv", "foo,某某市,某某,江苏省", "4 fields"),
        ("provinces.csv", "foo,某某省,粤,省,", "粤"),
        ("zones.csv", "foo,某某区,,火星", "火星"),
        ("genres.csv", "白皮书2,policy,report", "policy"),
        ("subunits.csv", "办公厅,government", "办公厅"),
    ],
)
def test_malformed_row_names_file_line_and_value(vocab_copy, filename, line, expected):
    path = vocab_copy / filename
    _append(path, line)
    with pytest.raises(OntologyError) as err:
        load_vocabulary(vocab_copy)
    message = str(err.value)
    assert filename in message
    assert expected in message
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    assert f"line {n_lines}" in message


def test_bad_header(vocab_copy):
    path = vocab_copy / "genres.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(["suffix,genre,class", *text[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"genres\.csv.*line 1.*suffix,kind,class"):
        load_vocabulary(vocab_copy)


def test_missing_file(vocab_copy):
    (vocab_copy / "zones.csv").unlink()
    with pytest.raises(OntologyError, match="zones.csv"):
        load_vocabulary(vocab_copy)


def test_not_utf8(vocab_copy):
    (vocab_copy / "subunits.csv").write_bytes("suffix,category\n办公厅,government\n".encode("gbk"))
    with pytest.raises(OntologyError, match="subunits.csv"):
        load_vocabulary(vocab_copy)


def test_region_surface_form_clash(vocab_copy):
    _append(vocab_copy / "zones.csv", "foo,苏州,,江苏")
    with pytest.raises(OntologyError, match=r"zones\.csv.*'苏州'.*苏州市.*cities\.csv"):
        load_vocabulary(vocab_copy)
