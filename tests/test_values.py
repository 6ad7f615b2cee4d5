"""Number, money and metric parsing (xn_model.numbers and xn_model.values) on the spec's examples and their
traditional / full-width variants; the parsers never raise on arbitrary text."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xn_model import normalize_text, parse_metric, parse_money, parse_number

THIRD = Decimal(1) / Decimal(3)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("3000", 3000),
        ("１２３", 123),
        ("1,234.5", Decimal("1234.5")),
        ("１,２３４.５", Decimal("1234.5")),
        ("0.5", Decimal("0.5")),
        ("1.2万", 12000),
        ("2.5万", 25000),
        ("5497万", 54970000),
        ("17.7亿", 1770000000),
        ("17.7億", 1770000000),
        ("１７.７億", 1770000000),
        ("1.2萬", 12000),
        ("3千万", 30000000),
        ("1万亿", 10**12),
        ("三千万", 30000000),
        ("十七亿七千万", 1770000000),
        ("十五", 15),
        ("两千", 2000),
        ("兩千", 2000),
        ("一万零五百", 10500),
        ("三百零五", 305),
        ("二〇二四", 2024),
        ("壹佰贰拾", 120),
        ("三点五亿", 350000000),
        ("三分之一", THIRD),
        ("1/3", THIRD),
        ("2.5万余", 25000),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "元", "数千", "1..2", "1e5", "NaN", "Infinity", "1/0", None, 3])
def test_parse_number_unparseable(text):
    assert parse_number(text) is None


def test_parse_number_is_clean():
    # no trailing zeros from scaling: the value prints as people write it
    assert str(parse_number("1.2万")) == "12000"


@pytest.mark.parametrize(
    "text,value,currency,approx",
    [
        ("17.7亿元", 1770000000, "CNY", False),
        ("2.5万余元", 25000, "CNY", True),
        ("三千万元", 30000000, "CNY", False),
        ("75亿元人民币", 7500000000, "CNY", False),
        ("1.2万美元", 12000, "USD", False),
        ("61.8万元", 618000, "CNY", False),
        ("3000万元", 30000000, "CNY", False),
        ("3.2亿元", 320000000, "CNY", False),
        ("13万元", 130000, "CNY", False),
        ("3000多万元", 30000000, "CNY", True),
        ("约10亿元", 1000000000, "CNY", True),
        ("超234亿元", 23400000000, "CNY", True),
        ("1000万元左右", 10000000, "CNY", True),
        ("共计5亿元", 500000000, "CNY", False),
        ("12亿港元", 1200000000, "HKD", False),
        ("3亿港币", 300000000, "HKD", False),
        ("200万欧元", 2000000, "EUR", False),
        ("人民币3000万元", 30000000, "CNY", False),
        # 元 after a named currency is that currency's
        ("新台币450亿元", 45000000000, "TWD", False),
        ("港币5000万元", 50000000, "HKD", False),
        ("美金20亿元", 2000000000, "USD", False),
        ("¥100", 100, "CNY", False),
        # traditional script and full-width digits
        ("１７.７億元", 1770000000, "CNY", False),
        ("17.7億元", 1770000000, "CNY", False),
        ("2.5萬餘元", 25000, "CNY", True),
        ("１.２萬美元", 12000, "USD", False),
    ],
)
def test_parse_money(text, value, currency, approx):
    parsed = parse_money(text)
    assert parsed == {"value": value, "currency": currency, "approx": approx}
    assert type(parsed["value"]) is int


def test_parse_money_fractional_value_is_decimal():
    parsed = parse_money("0.5元")
    assert parsed["value"] == Decimal("0.5") and isinstance(parsed["value"], Decimal)


def test_parse_money_approx_given():
    assert parse_money("17.7亿元", approx=True)["approx"] is True


@pytest.mark.parametrize("text", ["", "元", "xx元", "数十亿元", "17.7亿", "abc", None])
def test_parse_money_unparseable(text):
    assert parse_money(text) == {"value": None, "currency": None, "approx": None}


@pytest.mark.parametrize(
    "text,value,unit,unit_norm",
    [
        ("2600PFlops", 2600, "PFlops", "PFLOPS"),
        ("3600G", 3600, "G", "G"),
        ("11.6Tbps", 11600, "Tbps", "Gbps"),
        ("5497万千瓦", 54970000, "万千瓦", "kW"),
        ("5497萬千瓦", 54970000, "萬千瓦", "kW"),
        ("100MW", 100000, "MW", "kW"),
        ("200MWh", 200000, "MWh", "kWh"),
        ("6000架", 6000, "架", "架"),
        ("1.3万架", 13000, "架", "架"),
        ("813名", 813, "名", "人"),
        ("12000人", 12000, "人", "人"),
        ("１２０００人", 12000, "人", "人"),
        ("1.59万人", 15900, "人", "人"),
        ("31.7万人次", 317000, "人次", "人次"),
        ("44个", 44, "个", "个"),
        ("44個", 44, "個", "个"),
        ("537万亩", 5370000, "亩", "亩"),
        ("2.5万吨", 25000, "吨", "吨"),
        ("1.6万卡", 16000, "卡", "卡"),
        ("8微米", 8, "微米", "μm"),
        ("两家", 2, "家", "家"),
        ("三次", 3, "次", "次"),
        ("三期", 3, "期", "期"),
        ("80%", Decimal("0.8"), "%", "fraction"),
        ("30%", Decimal("0.3"), "%", "fraction"),
        ("159%", Decimal("1.59"), "%", "fraction"),
        ("８０％", Decimal("0.8"), "％", "fraction"),
        ("百分之八十", Decimal("0.8"), "百分之", "fraction"),
        ("三分之一", THIRD, "分之", "fraction"),
        ("1/3", THIRD, "/", "fraction"),
        ("1.5个百分点", Decimal("0.015"), "个百分点", "percentage point"),
        ("1.2", Decimal("1.2"), None, None),
    ],
)
def test_parse_metric(text, value, unit, unit_norm):
    parsed = parse_metric(text)
    assert parsed["value"] == Decimal(value)
    assert parsed["unit"] == unit
    assert parsed["unit_norm"] == unit_norm
    assert parsed["approx"] is False
    assert parsed["parts"] is None


@pytest.mark.parametrize(
    "text,low,high,unit,unit_norm",
    [
        ("50%—70%", "0.5", "0.7", "%", "fraction"),
        ("50—70%", "0.5", "0.7", "%", "fraction"),
        ("５０％—７０％", "0.5", "0.7", "％", "fraction"),
        ("5800至7400兆焦/平方米", 5800, 7400, "兆焦/平方米", "MJ/m2"),
        ("1500—1800千瓦时/平方米", 1500, 1800, "千瓦时/平方米", "kWh/m2"),
        ("3-5个", 3, 5, "个", "个"),
        ("3至5万吨", 30000, 50000, "吨", "吨"),
    ],
)
def test_parse_metric_range(text, low, high, unit, unit_norm):
    parsed = parse_metric(text)
    assert parsed["value"] == (Decimal(low), Decimal(high))
    assert (parsed["unit"], parsed["unit_norm"]) == (unit, unit_norm)


@pytest.mark.parametrize(
    "text,low,high,currency",
    [
        # a range of money is one amount; a magnitude written only on the right applies to both
        ("150亿至180亿元人民币", 15000000000, 18000000000, "CNY"),
        ("5億至8億美元", 500000000, 800000000, "USD"),
        ("3-5万元", 30000, 50000, "CNY"),
        ("24.8至28.6港元", Decimal("24.8"), Decimal("28.6"), "HKD"),
    ],
)
def test_parse_money_range(text, low, high, currency):
    assert parse_money(text) == {"value": (low, high), "currency": currency, "approx": False}


def test_parse_money_hong_kong_cents():
    # 港仙 are hundredths of a Hong Kong dollar, and 港仙 never leads a number
    assert parse_money("17.5港仙") == {"value": Decimal("0.175"), "currency": "HKD", "approx": False}
    assert parse_money("100港仙") == {"value": 1, "currency": "HKD", "approx": False}
    assert parse_money("港仙100")["value"] is None


@pytest.mark.parametrize(
    "text,value,unit_norm",
    [
        # Taiwan's megawatts, kilowatt-hours and megajoules; oil equivalent; Hong Kong's rate in 厘
        ("50百萬瓦", 50000, "kW"),
        ("4,000萬瓩時", 40000000, "kWh"),
        ("750萬噸油當量", 7500000, "toe"),
        ("2.5厘", Decimal("2.5"), "厘"),
    ],
)
def test_parse_metric_units_of_round_25(text, value, unit_norm):
    parsed = parse_metric(text)
    assert (parsed["value"], parsed["unit_norm"]) == (Decimal(value), unit_norm)


def test_parse_metric_power_energy_pair():
    # a storage plant's power and energy are two quantities, not a range
    parsed = parse_metric("100MW/200MWh")
    assert parsed["value"] == Decimal(100000)
    assert parsed["unit"] == "MW/MWh"
    assert parsed["unit_norm"] == "kW"
    assert parsed["parts"] == [(Decimal(100000), "kW"), (Decimal(200000), "kWh")]


@pytest.mark.parametrize("text", ["8300余架", "8300餘架", "40余次", "30多个", "约80%", "1.2以下", "近1.5万人"])
def test_parse_metric_approx(text):
    parsed = parse_metric(text)
    assert parsed["value"] is not None and parsed["approx"] is True


def test_parse_metric_inside_approx_value():
    assert parse_metric("8300余架")["value"] == Decimal(8300)
    assert parse_metric("1.2以下")["value"] == Decimal("1.2")


@pytest.mark.parametrize("text", ["", "abc", "2024年", "8月21日", "架", "%", "数千台", None])
def test_parse_metric_unparseable(text):
    parsed = parse_metric(text)
    assert parsed["value"] is None and parsed["unit_norm"] is None


def test_normalize_text_keeps_length():
    text = "１７.７億元，西寧經濟技術開發區"
    norm = normalize_text(text)
    assert len(norm) == len(text)
    assert norm == "17.7亿元,西宁经济技术开发区"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parsers_never_raise(text):
    parse_number(text)
    parse_money(text)
    parse_metric(text)


# text made of the characters the parsers care about finds the corner cases faster
_ALPHABET = (
    "0123456789１２３.,，%％/—-至到余多约超万亿萬億千百十一二两三〇零元美港币人民架名个MWhkGTbpsPFlops分之期以下左右"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=16))
def test_parsers_never_raise_on_number_like_text(text):
    for parse in (parse_number, parse_money, parse_metric):
        result = parse(text)
        assert result is None or isinstance(result, (Decimal, dict))


@pytest.mark.parametrize("text,expected", [("0万元", 0), ("万元", None), ("亿元", None)])
def test_bare_multiplier_is_not_a_number(text, expected):
    assert parse_money(text)["value"] == expected


def test_share_in_tenths():
    parsed = parse_metric("三成")
    assert (parsed["value"], parsed["unit"], parsed["unit_norm"]) == (Decimal("0.3"), "成", "fraction")


def test_parse_metric_rate_per_year_and_kilowatt_in_taiwan_script():
    rate = parse_metric("约２萬噸／年")
    assert rate["value"] == Decimal("20000") and rate["unit"] == "噸/年" and rate["unit_norm"] == "吨/year"
    assert rate["approx"] is True
    assert parse_metric("224萬瓩")["value"] == Decimal("2240000") and parse_metric("224萬瓩")["unit_norm"] == "kW"
    assert parse_metric("/年")["value"] is None


@pytest.mark.parametrize(
    "text,value,unit_norm",
    [
        # below zero is negative; plus-minus gives the magnitude
        ("零下20摄氏度", "-20", "℃"),
        ("±800千伏", "800", "kV"),
        # units of the power, battery, weather and farm pages
        ("420万千伏安", "4200000", "kVA"),
        ("165Wh/kg", "165", "Wh/kg"),
        ("55千瓦时/千克", "55", "kWh/kg"),
        ("6.5米/秒", "6.5", "m/s"),
        ("425.3毫米", "425.3", "mm"),
        ("10万标准机架", "100000", "架"),
        ("186台次", "186", "台次"),
        # degrees after 摄氏 or 零下 are Celsius, not kWh; litres, grams, Taiwan's metre, flow,
        # a quake's magnitude
        ("攝氏17度", "17", "℃"),
        ("零下三十二點五度", "-32.5", "℃"),
        ("200毫升", "0.2", "L"),
        ("750克", "0.75", "kg"),
        ("2275公尺", "2275", "m"),
        ("3150立方米每秒", "3150", "m3/s"),
        ("5.1级", "5.1", "级"),
    ],
)
def test_parse_metric_signs_and_more_units(text, value, unit_norm):
    parsed = parse_metric(text)
    assert (parsed["value"], parsed["unit_norm"]) == (Decimal(value), unit_norm)


def test_a_share_and_a_half_in_tenths():
    from xn_model.values import parse_metric

    assert parse_metric("一成半")["value"] == Decimal("0.15")
    assert parse_metric("一成半")["unit_norm"] == "fraction"


def test_parse_a_celsius_range_and_money_after_a_magnitude():
    assert parse_metric("攝氏5至8度")["value"] == (Decimal("5"), Decimal("8"))
    assert parse_metric("攝氏5至8度")["unit_norm"] == "℃"
    # the unit as written, as for every other unit
    assert [parse_metric(text)["unit"] for text in ("攝氏17度", "零下三十二點五度", "零下20摄氏度")] == [
        "度",
        "度",
        "摄氏度",
    ]
    assert parse_money("新台幣4萬5千元") == {"value": 45000, "currency": "TWD", "approx": False}


def test_macau_s_pataca_as_its_press_writes_it():
    assert parse_money("澳門幣1200萬元") == {"value": 12000000, "currency": "MOP", "approx": False}


def test_money_in_trillions_and_currency_after_yuan_and_the_jin():
    assert parse_money("1.7兆元新台幣") == {"value": 1700000000000, "currency": "TWD", "approx": False}
    assert parse_money("1兆2000億元") == {"value": 1200000000000, "currency": "CNY", "approx": False}
    assert parse_money("40萬元新台幣") == {"value": 400000, "currency": "TWD", "approx": False}
    assert parse_money("500兆瓦")["value"] is None
    assert (parse_metric("37万斤")["value"], parse_metric("37万斤")["unit_norm"]) == (Decimal("185000"), "kg")


def test_parse_metric_rate_per_day_and_hour():
    # flows the rules find with their period (2万立方米/日, 2800立方米/小时) keep it on the unit
    day, hour = parse_metric("2万立方米/日"), parse_metric("2800立方米/小时")
    assert (day["value"], day["unit"], day["unit_norm"]) == (Decimal("20000"), "立方米/日", "立方米/day")
    assert (hour["value"], hour["unit_norm"]) == (Decimal("2800"), "立方米/hour")
