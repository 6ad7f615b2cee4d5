"""Language data for amounts: number words, approximators, range separators, currencies, units and
measure words. The rules (which amounts to find), the value parser (what they are worth) and the
tokenizer (which characters belong to a number) all read these tables, so a word added here is
both found and parsed.

All entries are in the normalised form (simplified, half-width; see `normalize`).
"""

from decimal import Decimal

# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10**4, "亿": 10**8}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

# Latin letters, digits and the characters inside a written number (3.6, 80%): the tokenizer
# keeps a run of them as one token
NUMBER_RUN_CHARS = "0-9A-Za-z.%"

# --------------------------------------------------------------------------------------------
# Approximators and ranges
# --------------------------------------------------------------------------------------------

# inside an amount: 2.5万余元, 3000多万元
APPROX_INSIDE = "余多"
# before an amount; the hedges set `approx`, the verbs (达, 突破, 共计) are only stripped
HEDGES_BEFORE = ("大约", "约合", "超过", "将近", "接近", "逾", "约", "近", "超", "高达", "多达")
VERBS_BEFORE = ("达", "突破", "共计")
APPROX_BEFORE = HEDGES_BEFORE + VERBS_BEFORE
# after an amount: always a hedge
APPROX_AFTER = ("左右", "以上", "以下", "上下", "之多", "有余")
# the hedges that stay outside an entity (guidelines G7) but still qualify it: 约17.7亿元, and the
# characters that make a one-character hedge part of another word (签约12个 is not approximate)
HEDGES_OUTSIDE = ("大约", "约合", "将近", "接近", "超过", "约", "近", "超", "逾")
NOT_A_HEDGE_AFTER = {"约": "签节制公条契预邀相特誓践合简婉", "近": "最附将接靠临亲逼邻贴", "超": "高赶", "逾": ""}

RANGE_SEPARATORS = ("——", "—", "–", "-", "~", "至", "到")
# the periods a rate is written per, after its unit (4万吨/年, 2万立方米/日, 2800立方米/小时)
RATE_PERIODS = {"/年": "year", "/日": "day", "/天": "day", "/小时": "hour", "/时": "hour"}

# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------

# currency words after a number -> ISO 4217. 块钱 is colloquial yuan (3000块钱 is money), while
# 块 alone is a measure word (3块地).
CURRENCIES = {
    "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "块钱": "CNY",
    "美元": "USD", "美金": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY", "日圆": "JPY",
    "英镑": "GBP", "韩元": "KRW", "澳元": "AUD", "加元": "CAD", "卢布": "RUB", "新台币": "TWD",
    "台币": "TWD", "澳门元": "MOP", "瑞士法郎": "CHF", "法郎": "CHF", "新加坡元": "SGD",
    # Taiwan and Hong Kong write the currency after 元 (40万元新台币)
    "元新台币": "TWD", "元台币": "TWD", "元港币": "HKD",
    # Macau's pataca as its press writes it (澳门币1200万元)
    "澳门币": "MOP",
    # Hong Kong's cents of a dividend (每股派息17.5港仙) and of US dollars (美仙)
    "港仙": "HKD", "美仙": "USD",
    # currencies of trading partners as the press writes them (5.2亿新西兰元)
    "新西兰元": "NZD", "泰铢": "THB", "林吉特": "MYR", "越南盾": "VND", "印尼盾": "IDR", "卢比": "INR",
}  # fmt: skip
# currency words that name a fraction of the currency: the value is in the currency's units
CURRENCY_FRACTIONS = {"港仙": Decimal("0.01"), "美仙": Decimal("0.01")}
# Taiwan's and Hong Kong's magnitude of money: 兆 is a trillion (1.7兆元新台币); only before a
# currency, since before a unit 兆 is mega (兆瓦)
TRILLION = "兆"
# currency names that may stand before the number (新台币450亿元, 美金20亿元): words, not 元 or 块
LEADING_CURRENCIES = {
    w: code
    for w, code in CURRENCIES.items()
    if len(w) >= 2 and w[0] != "元" and w[-1] != "钱" and w not in CURRENCY_FRACTIONS
}
# a trailing word that says "yuan" of whatever currency leads (新台币3亿元 is TWD)
GENERIC_CURRENCY_WORDS = ("元", "块钱")
CURRENCY_SYMBOLS = {"HK$": "HKD", "US$": "USD", "NT$": "TWD", "¥": "CNY", "$": "USD", "€": "EUR", "£": "GBP"}

# --------------------------------------------------------------------------------------------
# Units: written form -> (canonical unit, factor to multiply the number by)
# --------------------------------------------------------------------------------------------

UNITS: dict[str, tuple[str, Decimal]] = {}


def _add(canonical: str, factor, *written: str) -> None:
    for w in written:
        UNITS[w] = (canonical, Decimal(str(factor)))


# computing power
_add("PFLOPS", 1, "PFLOPS", "PFlops", "PFLOPs", "Pflops", "PF", "P")
_add("PFLOPS", 1000, "EFLOPS", "EFlops", "Eflops", "EF")
_add("PFLOPS", "0.001", "TFLOPS", "TFlops", "Tflops")
# bandwidth (a bare G as written stays itself: it is what the paper prints for port capacity)
_add("Gbps", 1000, "Tbps", "TBPS", "T/s")
_add("Gbps", 1, "Gbps", "GBPS", "Gb/s", "G/s")
_add("Gbps", "0.001", "Mbps", "MBPS")
_add("G", 1, "G")
# storage
_add("PB", 1, "PB")
_add("PB", 1000, "EB")
_add("PB", 1000000, "ZB")  # a country's data produced in a year (32.85ZB)
_add("PB", "0.001", "TB")
# power and energy
_add("kW", "0.001", "W", "瓦")
_add("kW", 1, "kW", "KW", "千瓦", "瓩")  # 瓩: the Taiwan character for kilowatt
_add("kW", 1000, "MW", "兆瓦")
_add("kW", 1000000, "GW", "吉瓦")
_add("kW", 10000, "万千瓦", "万瓩")
_add("kW", 1000, "百万瓦")  # Taiwan's megawatt (50百萬瓦)
_add("kWh", 1, "kWh", "KWh", "kW·h", "千瓦时", "度", "度电")
_add("kWh", 1000, "MWh", "兆瓦时")
_add("kWh", 1000000, "GWh", "吉瓦时")
_add("kWh", 10000, "万千瓦时", "万瓩时")
_add("kWh", 1, "瓩时")
_add("kWh", 1000, "百万瓦时")
_add("kWh", 100000000, "亿千瓦时")
_add("kV", 1, "kV", "千伏")
# the current of an electrolytic cell (400千安电解槽)
_add("kA", 1, "kA", "千安")
# apparent power of transformers (420万千伏安)
_add("kVA", 1, "kVA", "千伏安")
_add("kVA", 1000, "MVA", "兆伏安")
_add("kVA", 10000, "万千伏安")
# energy density of cells (165Wh/kg) and energy per mass of a product (55千瓦时/千克)
_add("Wh/kg", 1, "Wh/kg", "瓦时/千克", "瓦时/公斤")
_add("kWh/kg", 1, "kWh/kg", "千瓦时/千克", "千瓦时/公斤")
_add("Ah", 1, "Ah", "安时")
_add("Ah", 1000, "kAh")
_add("Ah", "0.001", "mAh", "毫安时")
# energy per area (solar irradiation)
_add("MJ/m2", 1, "兆焦/平方米", "MJ/m2", "MJ/m²", "兆焦耳/平方米", "兆焦/平方公尺", "兆焦耳/平方公尺")
_add("MJ/m2", 1, "百万焦耳/平方米", "百万焦耳/平方公尺")  # as Taiwan writes mega
_add("kWh/m2", 1, "千瓦时/平方米", "kWh/m2", "kWh/m²")
# time at the scale of machines (latency); calendar time words are never METRIC (guidelines)
_add("ms", 1, "ms", "毫秒")
_add("ms", "0.001", "μs", "微秒")
# temperature
_add("℃", 1, "℃", "摄氏度")
# length, area, mass, volume
_add("km", 1, "公里", "千米", "km")
_add("km/h", 1, "公里/小时", "千米/小时", "km/h")
# pressure (6.3兆帕) and length laid (412延米)
_add("MPa", 1, "兆帕", "MPa")
_add("m", 1, "延米")
_add("m/s", 1, "米/秒", "米每秒", "m/s")
_add("mm", 1, "毫米")
_add("cm", 1, "厘米")
_add("m", 1, "米", "m")
_add("μm", 1, "微米", "μm", "um")
_add("nm", 1, "纳米", "nm")
_add("km2", 1, "平方公里", "平方千米", "km2", "km²")
_add("m2", 1, "平方米", "平方公尺", "m2", "m²")
# Hong Kong's square feet (3,000平方呎)
_add("ft2", 1, "平方呎", "平方英尺")
# concentrations in the air (PM2.5平均浓度为28微克/立方米)
_add("μg/m3", 1, "微克/立方米", "μg/m3", "μg/m³")
# Taiwan's ping of floor area (廠區面積約12萬坪): 3.3058 square metres
_add("m2", "3.3058", "坪")
# concentrations in water, blood and soil (总磷0.05毫克/升, 血红蛋白15.2克/升, 0.05微克/毫升)
_add("mg/L", 1, "毫克/升", "mg/L")
_add("mg/L", 1000, "克/升", "g/L")
_add("mg/L", "0.001", "微克/升")
_add("mg/L", 1000, "毫克/毫升")
_add("mg/L", 1, "微克/毫升")
_add("mg/kg", 1, "毫克/千克", "毫克/公斤", "mg/kg")
_add("μg/m3", 1000, "毫克/立方米", "mg/m3", "mg/m³")
# a gas's share in the air (二氧化碳年均浓度为411.2ppm)
_add("ppm", 1, "ppm")
# freight and passenger transport work (货物周转量283.6亿吨公里)
_add("t·km", 1, "吨公里")
_add("person·km", 1, "人公里")
# frequencies (工作频段覆盖150兆赫至115吉赫)
_add("MHz", "0.001", "千赫", "千赫兹", "kHz")
_add("MHz", 1, "兆赫", "兆赫兹", "MHz")
_add("MHz", 1000, "吉赫", "吉赫兹", "GHz")
# energies of particles and rays (400兆电子伏/核子, 1.4拍电子伏特)
_add("eV", 1, "电子伏", "电子伏特", "eV")
_add("eV", 1000, "千电子伏", "千电子伏特", "keV")
_add("eV", 1000000, "兆电子伏", "兆电子伏特", "MeV")
_add("eV", 10**9, "吉电子伏", "吉电子伏特", "GeV")
_add("eV", 10**12, "太电子伏", "太电子伏特", "TeV")
_add("eV", 10**15, "拍电子伏", "拍电子伏特", "PeV")
_add("MeV/u", 1, "兆电子伏/核子", "MeV/u")
# a telescope's field of view and the seeing of a site (视场6.5平方度, 视宁度0.75角秒)
_add("deg2", 1, "平方度")
_add("arcsec", 1, "角秒")
# data counted in bytes (收录藏文文本12亿字节)
_add("PB", "0.000000000000001", "字节")
_add("亩", 1, "亩")
_add("公顷", 1, "公顷")
_add("吨", 1, "吨", "公吨")
# energy as tonnes of standard coal (26万吨标准煤)
_add("tce", 1, "吨标准煤", "吨标煤")
_add("tce", 10000, "万吨标准煤", "万吨标煤")
_add("tce", "0.001", "千克标准煤", "千克标煤", "公斤标准煤")
# (a number with 千 before 克标准煤 reads as 668千 × grams: 668千克标准煤 is 0.668 tce either way)
_add("tce", "0.000001", "克标准煤", "克标煤")
# oil and gas output as tonnes of oil equivalent (750万吨油当量)
_add("toe", 1, "吨油当量")
_add("toe", 10000, "万吨油当量")
# gas at standard conditions, and a flow of it (2.4亿标方, 1000标方/小时)
_add("标方", 1, "标方", "标准立方米")
_add("标方/h", 1, "标方/小时")
_add("kg", 1, "公斤", "千克", "kg")
_add("kg", "0.5", "斤")  # the market jin (37万斤 of cherries)
_add("立方米", 1, "立方米", "方", "立方公尺")  # 立方公尺: Taiwan's cubic metre
# the flow of a river (3600立方米/秒)
_add("m3/s", 1, "立方米/秒", "立方米每秒", "m3/s", "m³/s")
# Taiwan's metre and centimetre, litres, grams (2275公尺, 200毫升, 500克)
_add("m", 1, "公尺")
_add("cm", 1, "公分")
_add("L", 1, "升", "公升")
_add("L", "0.001", "毫升")
_add("kg", "0.001", "克", "公克")
_add("kg", "0.000001", "毫克")
# troy ounces of gold and silver (1.1万盎司)
_add("oz", 1, "盎司")
# the magnitude of an earthquake (5.1级), found only with a decimal (an integer 级 is a grade or a level)
_add("级", 1, "级")
# a stock index's points (收报19856点), found only after a close or a move: 点 is also the hour
_add("点", 1, "点")
# people: 名 and 位 count persons
_add("人", 1, "人", "名", "位")
_add("人次", 1, "人次")
# households counted by visits (21.6万户次), like 人次
_add("户次", 1, "户次")
# shares
_add("fraction", "0.01", "%")
_add("fraction", "0.001", "‰")
_add("fraction", "0.1", "成")  # 三成 = 30%
_add("percentage point", "0.01", "个百分点", "百分点")
_add("basis point", "0.0001", "个基点", "基点")
# Hong Kong quotes a yearly rate in 厘 (票面年息2.5厘 is 2.5% a year); found only after a rate word
_add("厘", 1, "厘")

# Measure words the rules find after a number; their canonical unit is the word itself.
# 省 and 地 count places after a list (湟中、湟源两地; 甘肃9省).
MEASURE_WORDS = (
    "架", "台", "个", "家", "名", "位", "人", "项", "次", "期", "所", "处", "座", "户", "条", "套", "栋",
    "辆", "件", "款", "批", "场", "张", "块", "卡", "株", "棵", "篇", "册", "种", "类", "支", "枚", "份",
    "层", "倍", "组", "颗", "只", "部门", "省", "地",
    # provinces and regions counted (三省区, 三省市), machines and vehicles counted by trips (186台次),
    # standard containers (130万标准箱)
    "省区", "省市", "台次", "架次", "车次", "标准箱",
    # counties, prefectures and cities counted (湟中、湟源两县, 西宁、海东两市), sets of equipment (156台套)
    "县", "州", "市", "台套",
    # batches inspected and doses given (3650批次, 1.1万剂次), trains and flights run (312班次)
    "批次", "剂次", "班次", "辆次",
    # sheep units of grazing, books lent, doses of vaccine, core-hours of computing (56万羊单位,
    # 142万册次, 1.8万人份, 1.2亿核时)
    "羊单位", "册次", "人份", "核时", "柜",
    # complaints by visits and ministries counted (1.2万件次, 四部委)
    "件次", "部委",
    # fibre by core-kilometres (800万芯公里); firms and sessions by visits (3127家次, 1126场次)
    "芯公里", "家次", "场次",
    # provinces, regions and cities counted together (5省区市); seats on a board (五席中取得三席)
    "省区市", "席",
    # card-hours of computing (1200万卡时), cities counted after a list (兰州、西宁、银川三城)
    "卡时", "城",
)  # fmt: skip
# a rack counted in standard racks (10万标准机架) is a rack
_add("架", 1, "标准机架")
# Measure words parsed when a model finds them, but not searched for by the rules: each is more
# often part of another word or a number of order after a numeral (十四届, 108路, 一站式); 门 counts
# after digits (120门课程) and is searched there.
PARSE_ONLY_MEASURE_WORDS = ("届", "路", "站")
# Measure words the rules find after Arabic digits only: after a Chinese numeral each is as often
# part of another word (一起, 一轮, 一片, 三节, 三面环山, 一股, 二手), after digits it counts (520万头,
# 2136起, 30万片, 2.1亿股, 186.4万手).
DIGIT_MEASURE_WORDS = (
    "头",
    "间",
    "片",
    "根",
    "节",
    "轮",
    "起",
    "列",
    "基",
    "艘",
    "面",
    "股",
    "手",
    # animals, fish fry and birds, cases of illness, pictures (2100峰, 120万尾, 1.2万羽, 15匹, 46例, 1.5万幅)
    "峰",
    "尾",
    "羽",
    "匹",
    "例",
    "幅",
    # circuits of a line, culverts and bridge spans, wells, lifts, lamps (2回, 136道, 186孔, 12眼, 120部, 380盏)
    "回",
    "道",
    "孔",
    "眼",
    "部",
    "盏",
    # pairs of trains and twins, transactions, boxes, bottles, runs, books and certificates (46对,
    # 1.7万笔, 37盒, 1.4亿瓶, 68趟, 486本)
    "对",
    "笔",
    "盒",
    "瓶",
    "趟",
    "本",
    # votes (赞成票382票), doses (2万剂)
    "票",
    "剂",
    # parcels and orders, wells, tents, bowls, livestock by head, cases, beds (4.2万单, 312口, 150顶,
    # 600多碗, 320万头只, 73宗, 600床)
    "单",
    "口",
    "顶",
    "碗",
    "头只",
    "宗",
    "床",
    # boxes, listed funds and stocks (4800箱, 58档)
    "箱",
    "档",
    # goals and grains, spindles, courses (723粒, 50万锭, 120门; not 门店, 门票)
    "粒",
    "锭",
    "门",
    # groups sent (海外拓销团38团), packs (8亿包), barrels (4.71亿桶)
    "团",
    "包",
    "桶",
    # truckloads and fibre cores (200余车蔬菜, 96芯光缆; not 车道, 芯片)
    "车",
    "芯",
)
# Of those, the ones that count after a Chinese numeral with a magnitude in it as well (八百余头,
# 五百一十万头, 一千二百趟, 两万七千多面); not 起 (月薪六千起 "from 6,000"), 峰 (苍山十九峰) or 回
CN_COUNT_MEASURE_WORDS = ("头", "头只", "对", "笔", "盒", "瓶", "趟", "本", "例", "尾", "羽", "匹", "艘", "列", "面")  # fmt: skip
for _w in MEASURE_WORDS + PARSE_ONLY_MEASURE_WORDS + DIGIT_MEASURE_WORDS:
    UNITS.setdefault(_w, (_w, Decimal(1)))

# Written units the rules do not search for on their own, though the parser reads them:
# 度 (一度 = once), 方 (一方 = one side), 成 (八成 is found as a share only inside a range), m/um
# (too short to tell from a letter), bare G and PF (handled by the bandwidth rule / unused), 瓦
# (瓦片), 人 and 名 and 位 are in MEASURE_WORDS.
NOT_SEARCHED_UNITS = frozenset(
    {
        "度",
        "度电",
        "方",
        "成",
        "m",
        "um",
        "G",
        "PF",
        "EF",
        "T/s",
        "G/s",
        "Gb/s",
        "瓦",
        "TBPS",
        "GBPS",
        "MBPS",
        "级",
        "点",
        "厘",
    }
)
# Units the rules search for: Latin ones must not run on into a letter or digit (700W+ and T700
# are product names), CJK ones may.
SEARCHED_UNITS = tuple(
    u
    for u in UNITS
    if u not in NOT_SEARCHED_UNITS
    and u not in PARSE_ONLY_MEASURE_WORDS
    and u not in DIGIT_MEASURE_WORDS
    and u not in ("%", "‰")
)
LATIN_UNITS = tuple(u for u in SEARCHED_UNITS if u.isascii())
CJK_UNITS = tuple(u for u in SEARCHED_UNITS if not u.isascii())
