"""Tests for policykg.quantities (invented policy-style sentences)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.quantities import COMPARATOR_WORDS, find_quantities, parse_number

D = Decimal


# ---------------------------------------------------------------- parse_number

@pytest.mark.parametrize(
    "text, expected",
    [
        ("8300", "8300"),
        ("1,234.5", "1234.5"),
        ("12,000,000", "12000000"),
        ("２５６", "256"),
        ("2.65万亿", "2650000000000"),
        ("4.8万", "48000"),
        ("326.7亿", "32670000000"),
        ("5千万", "50000000"),
        ("3百万", "3000000"),
        ("6千亿", "600000000000"),
        ("2十万", "200000"),
        ("一千二百", "1200"),
        ("三千零五", "3005"),
        ("十", "10"),
        ("十七", "17"),
        ("二十三", "23"),
        ("九十九", "99"),
        ("两千", "2000"),
        ("两万三千", "23000"),
        ("一万二", "12000"),
        ("五亿六千万", "560000000"),
        ("万亿", "1000000000000"),
        ("百万", "1000000"),
        ("千万", "10000000"),
        ("百余", "100"),
        ("近万", "10000"),
        ("三千余", "3000"),
        ("三成", "30"),
        ("七成", "70"),
        ("二〇二二", "2022"),
        ("百分之十五", "15"),
    ],
)
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value == D(expected)
    assert str(value) == expected  # plain decimal, no exponent, no trailing zeros


@pytest.mark.parametrize("text", ["", "abc", "十三五", "万物", "3.4.5", "两两", "五六", "三四"])  # (五六: five or six)
def test_parse_number_rejects(text):
    with pytest.raises(ValueError) as err:
        parse_number(text)
    assert repr(text) in str(err.value)


# ---------------------------------------------------------------- find_quantities


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        # every multiplier
        ("全省数字经济规模达到2.3万亿元", "2300000000000", "元"),
        # counts of times something was done keep their 次
        ("出动抢修车辆1万余台次", "10000", "台次"),
        ("举办招聘会3000余场次", "3000", "场次"),
        ("全年技术合同成交额达680亿元", "68000000000", "元"),
        ("带动社会投资3千亿元", "300000000000", "元"),
        ("累计服务企业1.5千万家", "15000000", "家"),
        ("接入设备4百万台", "4000000", "台"),
        ("新增就业岗位12万个", "120000", "个"),
        ("培训技术人员5千人", "5000", "人"),
        ("专项资金1十亿元", "1000000000", "元"),
        ("园区总投资3百亿元", "30000000000", "元"),
        ("年用电量减少120万千瓦时", "1200000", "千瓦时"),
        # bare multiplier, no unit
        ("平台累计访问量超过45亿", "4500000000", ""),
        # Chinese and mixed numerals
        ("建成二十三个创新中心", "23", "个"),
        ("认定一千二百家专精特新企业", "1200", "家"),
        ("推广两千台套智能装备", "2000", "台套"),
        ("首批遴选十五家示范园区", "15", "家"),
        ("全市三千五百万元专项资金", "35000000", "元"),
        ("打造十大产业集群", "10", ""),
        # unit normalisation
        ("改造生产设备560台(套)", "560", "台套"),
        ("联网设备达到3200台/套", "3200", "台套"),
        ("上云设备8万台（套）", "80000", "台套"),
        ("惠及人口650万人", "6500000", "人"),
        ("减少碳排放18万吨", "180000", "吨"),
        ("解析量达到9亿次", "900000000", "次"),
        ("吸引外资12亿美元", "1200000000", "美元"),
        ("时延低至8毫秒", "8", "毫秒"),
        ("存储容量200GB", "200", "GB"),
        ("新建标准厂房12万平方米", "120000", "平方米"),
        ("单位产值能耗0.35吨标准煤/万元", "0.35", "吨标准煤/万元"),
        ("耕地面积3.2万亩", "32000", "亩"),
        ("累计实施深松整地2.4亿亩次", "240000000", "亩次"),  # (an area counted each time it is worked)
        ("签发电子证照560万本次", "5600000", "本次"),
        ("研发投入强度提高1.5个百分点", "1.5", "百分点"),
        ("就业人数增长2倍", "2", "倍"),
        ("全年发布标准36项", "36", "项"),
        ("建设5G专网1200余条", "1200", "条"),
        ("交付周期缩短至15天", "15", "天"),
        ("研发周期缩短3个月", "3", "个月"),
        ("开办时间压缩至2个工作日", "2", "工作日"),
        ("培育骨干企业3 家", "3", "家"),
        ("新增煤化工产能400万吨/年", "4000000", "吨/年"),  # a capacity per year
        ("下泄流量加大到1000立方米每秒", "1000", "立方米/秒"),  # a flow
        ("城市低保标准提高至842元/月", "842", "元/月"),  # an amount per month
        ("原油需求将增长530万桶／日", "5300000", "桶/日"),  # (a full-width slash)
        ("检测试剂日产量达1378万人份", "13780000", "人份"),  # doses, not people
    ],
)
def test_value_and_unit(sentence, value, unit):
    q = one(sentence)
    assert q.value == D(value)
    assert q.unit == unit
    assert sentence[q.start:q.end] == q.text


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("全市规上企业研发投入增长12.6%", "12.6", "%"),
        ("全市规上企业研发投入增长12.6％", "12.6", "%"),
        ("近四成中小企业完成数字化诊断", "40", "%"),
        ("超六成企业已上云", "60", "%"),
        ("核心部件国产化率达到百分之八十", "80", "%"),
        ("不良率下降3个百分点", "3", "百分点"),
    ],
)
def test_percent_and_points(sentence, value, unit):
    q = one(sentence)
    assert (q.value, q.unit) == (D(value), unit)


@pytest.mark.parametrize(
    "sentence, comparator, text",
    [
        # before the number
        ("接入企业超过3万家", ">", "超过3万家"),
        ("上云企业超4000家", ">", "超4000家"),
        ("服务用户逾200万人", ">", "逾200万人"),
        ("标识注册量突破150亿", ">", "突破150亿"),
        ("全省经济总量迈上8万亿元台阶", ">=", "迈上8万亿元"),   # the step passed: at least
        ("全市粮食产量跃上200亿斤台阶", ">=", "跃上200亿斤"),
        ("全省地区生产总值跨过5万亿元", ">", "跨过5万亿元"),
        ("增速高于8%", ">", "高于8%"),
        ("合格率大于95%", ">", "大于95%"),
        ("每年新增不少于20个试点项目", ">=", "不少于20个"),
        ("研发投入占比不低于3%", ">=", "不低于3%"),
        ("建成至少5个公共服务平台", ">=", "至少5个"),
        ("至少有50人被捕", ">=", "至少有50人"),
        ("全市工业增加值达到9800亿元", "=", "达到9800亿元"),
        ("产业规模预计达1.2万亿元", "=", "达1.2万亿元"),
        ("数字化转型覆盖率为75%", "=", "为75%"),
        ("平台连接设备实现6000万台", "=", "实现6000万台"),
        ("累计培训近8000人次", "~", "近8000人次"),
        ("带动投资约350亿元", "~", "约350亿元"),
        ("带动投资大约3亿元", "~", "大约3亿元"),
        ("普及率接近60%", "~", "接近60%"),
        ("覆盖将近2万家企业", "~", "将近2万家"),
        ("亏损面不到5%", "<", "不到5%"),
        ("平均时延不足20毫秒", "<", "不足20毫秒"),
        ("能耗低于0.5吨标准煤", "<", "低于0.5吨标准煤"),
        ("故障率少于1%", "<", "少于1%"),
        ("响应时间小于10毫秒", "<", "小于10毫秒"),
        ("单个项目补助不超过500万元", "<=", "不超过500万元"),
        ("贷款利率不高于4.5%", "<=", "不高于4.5%"),
        ("每个园区最多3个", "<=", "最多3个"),
        # after the number
        ("规模以上工业企业数字化改造覆盖率达到80%以上", ">=", "达到80%以上"),
        ("培育专精特新企业500家及以上", ">=", "500家及以上"),
        ("建成工业互联网平台300多个", ">", "300多个"),
        ("汇聚工业APP百余个", ">", "百余个"),
        ("服务中小企业6000余家", ">", "6000余家"),
        ("带动上下游企业12万余家", ">", "12万余家"),
        ("带动1000余万元投资", ">", "1000余万元"),
        ("年均增速保持在7%左右", "~", "7%左右"),
        ("产能利用率在75%上下", "~", "75%上下"),
        ("单位能耗降至0.3吨以下", "<=", "降至0.3吨以下"),
        ("误差控制在2毫秒以内", "<=", "2毫秒以内"),
        ("新增数百家数字化车间", ">", "数百家"),
        ("建成上千个5G行业虚拟专网", ">=", "上千个"),
        # priority: a non-"=" word beats 达到/为
        ("上云企业达到2万家以上", ">=", "达到2万家以上"),
    ],
)
def test_comparators(sentence, comparator, text):
    q = one(sentence)
    assert q.comparator == comparator
    assert q.text == text


def test_comparator_words_exported():
    assert COMPARATOR_WORDS["超过"] == ">"
    assert COMPARATOR_WORDS["以上"] == ">="
    assert COMPARATOR_WORDS["不超过"] == "<="
    assert set(COMPARATOR_WORDS.values()) == {"=", ">", ">=", "<", "<=", "~"}


@pytest.mark.parametrize(
    "sentence, value, upper, unit",
    [
        ("每年遴选3至5个标杆园区", "3", "5", "个"),
        ("设备综合效率提升15-20%", "15", "20", "%"),
        ("每市培育3～5家链主企业", "3", "5", "家"),
        ("单个项目支持200万至500万元", "2000000", "5000000", "元"),
        ("单个项目支持2至5万元", "20000", "50000", "元"),
        ("建设三到五个行业大脑", "3", "5", "个"),
        ("运营成本降低10%—15%", "10", "15", "%"),
    ],
)
def test_ranges(sentence, value, upper, unit):
    q = one(sentence)
    assert (q.value, q.upper, q.unit, q.comparator) == (D(value), D(upper), unit, "=")


def test_not_a_range_when_units_differ_or_values_fall():
    qs = find_quantities("营业收入同比增长6.5%至3.8万亿元")
    assert [(q.value, q.unit, q.upper) for q in qs] == [
        (D("6.5"), "%", None), (D("3800000000000"), "元", None)]
    qs = find_quantities("不良率从9%至4%")
    assert [q.value for q in qs] == [D(9), D(4)]


def test_offset_and_spaces():
    text = "截至今年6月底，全市累计建成5G基站2.3万个。"
    qs = find_quantities(text, offset=1000)
    assert len(qs) == 1
    q = qs[0]
    assert (q.value, q.unit, q.text) == (D(23000), "个", "2.3万个")
    assert text[q.start - 1000:q.end - 1000] == "2.3万个"


# ------------------------------------------------------------- parallel forms


def test_parallel_respectively():
    qs = find_quantities("2022年、2023年全省软件业务收入分别为3.6万亿元和4.1万亿元。")
    assert [(q.value, q.unit) for q in qs] == [
        (D("3600000000000"), "元"), (D("4100000000000"), "元")]


def test_parallel_percentages():
    qs = find_quantities("钢、铜、铝等行业单位产品能耗分别下降3.1%、12.5%、6.4%。")
    assert [q.value for q in qs] == [D("3.1"), D("12.5"), D("6.4")]
    assert {q.unit for q in qs} == {"%"}


def test_change_between_years():
    from policykg.time import find_times

    text = "全省数字化研发设计工具普及率由2019年的41.2%提升至2021年的47.5%。"
    qs = find_quantities(text)
    assert [(q.value, q.unit) for q in qs] == [(D("41.2"), "%"), (D("47.5"), "%")]
    assert [t.value for t in find_times(text)] == ["2019", "2021"]


# --------------------------------------------------------------- not quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "2018年全省工业经济平稳运行",
        "会议于2017年11月27日召开",
        "2018—2020年是关键期",
        "3月4日，省政府召开常务会议",
        "一季度全省经济开局良好",
        "加快5G网络建设",
        "发展4K/8K超高清视频",
        "推进IPv6规模部署",
        "推广3D打印和B2B电商",
        "建设G60科创走廊",
        "实施512工程",
        "这是第三次全体会议",
        "位列第1",
        "一是加强组织领导",
        "（一）总体要求",
        "“十四五”时期是关键期",
        "赋能千行百业",
        "二人转演员登台演出",
        "存量二套房贷可转为首套房贷利率",  # a kind of mortgage, not two of them
        "实现万物互联",
        "如图3所示",
        "见表 2",
        "培育一批标杆企业",
        "出台一系列政策",
        "推进长三角一体化",
        "推动两化深度融合",
        "构建双循环新发展格局",
        "坚持全国一盘棋",
        "促进一二三产业融合",
        "达到一定规模",
        "打造百万级连接平台",
        "咨询电话：0571-87051234",
        "联系人手机13912345678",
        "1. 总体目标",
        "是一个重要基石",
        "走进千家万户",
        "重视零部件配套",
        "工业4.0和工业互联网2.0",
        "党的十九大以来",
        "推进二次开发",
    ],
)
def test_not_quantities(sentence):
    assert find_quantities(sentence) == []


def test_chinese_comma_is_not_a_thousands_separator():
    qs = find_quantities("分别为3，456个")
    assert [(q.value, q.unit) for q in qs] == [(D(3), ""), (D(456), "个")]


def test_big_concept_numbers():
    q = one("遴选十大跨行业跨领域平台")
    assert (q.text, q.value, q.unit) == ("十", D(10), "")


def test_empty():
    assert find_quantities("") == []


@pytest.mark.parametrize("text, value, upper, comparator", [
    ("最低气温达到零下30多摄氏度", "-30", None, "<"),   # colder than -30
    ("气温零下8至15℃", "-15", "-8", "="),
    ("最低气温零下5℃以下", "-5", None, "<="),          # 以下 already reads on the scale
    ("最高气温35℃", "35", None, "="),
])
def test_a_temperature_below_zero_is_negative(text, value, upper, comparator):
    q = find_quantities(text)[0]
    assert (str(q.value), None if q.upper is None else str(q.upper), q.comparator) == (value, upper, comparator)
    assert q.text.startswith("零下") == ("零下" in text)


@pytest.mark.parametrize("text, value", [
    ("最低气温降至-40.5℃", "-40.5"),         # a minus sign after a word
    ("增加值增速为－2.1%", "-2.1"),
    ("比上月下降-0.3个百分点", "-0.3"),
    ("气温5-10℃", "5"),                     # a range's dash after a number
    ("A-3级占比40%", "40"),
])
def test_a_minus_sign_after_a_word_makes_the_value_negative(text, value):
    assert str(find_quantities(text)[0].value) == value


def test_a_unit_read_only_after_arabic_digits():
    assert find_quantities("三门核电三期项目获国家核准") == []          # a place, not three of something
    assert [q.value for q in find_quantities("新开发课程120门")] == [Decimal("120")]


def test_a_volume_per_second_is_a_flow():
    found = [(q.text, q.value, q.unit) for q in find_quantities("入库流量将达到每秒8000立方米，河道过流能力每秒2万立方米")]
    assert found == [("每秒8000立方米", Decimal("8000"), "立方米/秒"), ("每秒2万立方米", Decimal("20000"), "立方米/秒")]


def test_a_share_said_to_be_about_so_much_is_approximate():
    (about,), (plain,) = find_quantities("锑产量约占全国的八成"), find_quantities("锡产量占全国的三成")
    assert (about.value, about.unit, about.comparator) == (Decimal("80"), "%", "~")
    assert plain.comparator == "="
