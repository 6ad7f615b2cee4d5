"""MONEY and METRIC by regular expressions over the normalised text: numbers in Arabic, Chinese
and mixed forms with 万/亿, the lexicon's currencies and units, ranges, percentages, fractions."""

import re

from ..lexicon import (
    CJK_UNITS,
    CN_COUNT_MEASURE_WORDS,
    CN_DIGITS,
    CURRENCIES,
    DIGIT_MEASURE_WORDS,
    LATIN_UNITS,
    LEADING_CURRENCIES,
    MEASURE_WORDS,
    RATE_PERIODS,
    TRILLION,
)
from .util import CharSpan, alt, next_char

# ============================================================================================
# Numbers
# ============================================================================================

_CN_DIGIT = "".join(c for c in CN_DIGITS if c not in "○")
CN_ALL = _CN_DIGIT + "十拾百佰千仟万亿"
# A Chinese number starts with a digit or 十 (十五); 百/千/万/亿 alone are magnitude words
# (万卡集群, 千亿级, 数千台) and never start a quantity.
# 点 is the decimal point of a Chinese number (七十点九亿元, 三点五个百分点)
_CN_NUM = rf"[{_CN_DIGIT}十拾][{CN_ALL}]*(?:点[{_CN_DIGIT}]+[万亿]*)?"
# Not after a letter/digit (T700, 5G's neighbours), 第 (ordinals), 数/几/上/若 (vague amounts:
# 数千台, 几十个, 上百家), 每 (每一次), or in the middle of a numeral run. After 成 (完成三次,
# 建成两座) a Chinese number is a count.
_AR_NUM = r"(?<![A-Za-z0-9.+/第])(?<![A-Za-z]-)(?<!\d,)\d+(?:,\d{3})*(?:\.\d+)?"
# a number right after a slash, for the second half of 100MW/200MWh
_AR_AFTER_SLASH = r"\d+(?:,\d{3})*(?:\.\d+)?[万亿]*"
# after the slash of a pair written in Chinese numerals (六百兆瓦/二千四百兆瓦时)
_CN_AFTER_SLASH = rf"[{CN_ALL}]+"
# (陆 is six only as a numeral: after 大, 内 or 登 it is the land, and a number may follow it: 大陆|两家)
_CN_START = rf"(?:(?<![{CN_ALL}第数几若每好点])|(?<=[大内登着]陆))(?!(?<=[大内登着])陆)"
# 4万5千元, 1亿2千万元: digits after a magnitude, with a magnitude of their own
# (and 5万8,000元 as Taiwan writes it)
_NUM = rf"(?:{_AR_NUM}(?:[万亿]\d+[千百万]+|万\d{{1,3}},\d{{3}})?[万亿千百]*|{_CN_START}{_CN_NUM})"
_APPROX_IN = r"[余多]?"

# ============================================================================================
# MONEY
# ============================================================================================

# every currency word of the lexicon (元人民币 before 元: the longest is tried first)
_CURRENCY = rf"(?:{alt(CURRENCIES)})"
# a currency named before the number belongs to the amount (新台币450亿元, 港币5000万元)
_LEADING_CURRENCY = rf"(?:{alt(LEADING_CURRENCIES)})"
# Taiwan's trillions with the hundreds of millions after them (新台币1兆6,520亿元)
_TRILLION_AND_YI = rf"{_AR_NUM}{TRILLION}\d+(?:,\d{{3}})*(?:\.\d+)?亿"
_MONEY_QTY = rf"{_APPROX_IN}[万亿千百{TRILLION}]*{_APPROX_IN}"
# a range is one amount (150亿至180亿元人民币, 24.8至28.6港元)
# (and with the currency on both sides: 50亿元至60亿元, 3亿美元至5亿美元)
_MONEY_RANGE = rf"(?:(?:{_CURRENCY})?(?:——|—|–|-|~|至|到){_NUM}{_MONEY_QTY})?"
MONEY_RE = re.compile(
    rf"{_LEADING_CURRENCY}?(?P<num>{_TRILLION_AND_YI}|{_NUM}){_MONEY_QTY}{_MONEY_RANGE}{_CURRENCY}"
    r"(?!素|宇宙|旦|器件|老|化)"
)


def money_spans(norm: str) -> list[CharSpan]:
    spans = []
    for m in MONEY_RE.finditer(norm):
        num = m.group("num")
        # a single Chinese digit before 元 is a word more often than an amount (三元锂电池)
        if len(num) == 1 and num in CN_ALL:
            continue
        spans.append((m.start(), m.end(), "MONEY"))
    return spans


# ============================================================================================
# METRIC
# ============================================================================================

# “两个维护”, “四个意识” …: numbered political formulas are fixed phrases, not counts
# (and positioning formulas: 五个中心城市, 五个首位责任)
_FORMULA_AFTER_GE = "(?!确立|维护|意识|自信|全面|代表|务必|大局|必须|中心城市|首位)"


# Units after which the next character must not be a letter, digit or "+": 700W+ and T700 are
# product names, 5G a network generation. CJK units and measure words may be followed by anything.
# Time words (年 月 日 天 时 分 秒 周 岁) are deliberately absent from the lexicon's searched
# units: dates, times, durations and ages are never METRIC. 期 is handled on its own (_count_ok).
_LATIN_UNIT = rf"(?:{alt(LATIN_UNITS)})(?![A-Za-z0-9+])"
_BANDWIDTH_G = r"(?<=\d\d)G(?![A-Za-z0-9+])"  # 3600G yes; 5G (one digit) is a network generation
CJK_UNIT = rf"(?:{alt(CJK_UNITS)})"
_UNIT = rf"(?:{_LATIN_UNIT}|{_BANDWIDTH_G}|{CJK_UNIT})"
_QTY = rf"{_NUM}{_APPROX_IN}[万亿]*{_APPROX_IN}"
_RANGE_SEP = r"(?:——|—|–|-|~|至|到)"
_PERCENT = rf"{_AR_NUM}{_APPROX_IN}?[%‰]"

# The kinds of METRIC, tried in this order; metric_spans applies a kind's own checks.
_METRIC_PATTERNS = {
    # 100MW/200MWh: two quantities of a storage plant, one span
    "pair": rf"{_QTY}(?:{_LATIN_UNIT})/{_AR_AFTER_SLASH}(?:{_LATIN_UNIT})",
    # 600兆瓦/2400兆瓦时: the same written in Chinese units
    "cjkpair": rf"{_QTY}(?:{CJK_UNIT})/(?:{_AR_AFTER_SLASH}|{_CN_AFTER_SLASH})(?:{CJK_UNIT})",
    # 50%—70%, 50—70%
    "prange": rf"{_AR_NUM}%?{_RANGE_SEP}{_PERCENT}|百分之[{CN_ALL}]+{_RANGE_SEP}百分之[{CN_ALL}]+",
    # below zero and plus-minus (零下20摄氏度, -20℃至55℃, ±800千伏): the sign is part of it
    "signed": rf"(?:零下|±|(?<![0-9A-Za-z.])[-−])(?:{_QTY})(?:℃|摄氏度|千伏|kV)"
    rf"(?:{_RANGE_SEP}(?:零下|[-−])?{_QTY}(?:℃|摄氏度))?",
    # degrees Celsius named before the number, and below zero in degrees (摄氏17度至19度, 摄氏5至8度,
    # 零下三十二点五度): 度 alone is no temperature (一度 "once"), with 摄氏 or 零下 it is
    "celsius": rf"摄氏(?:零下)?{_QTY}度?(?:{_RANGE_SEP}(?:零下)?{_QTY})?度|零下{_QTY}度(?!电)",
    # the magnitude of an earthquake (5.1级, 里氏6.8级): with a decimal only; Taiwan writes it after
    # 规模 without 级 (规模6.1地震)
    "magnitude": r"(?<![A-Za-z0-9.])\d\.\d级(?!别)|(?<=规模)\d\.\d(?=级?(?:地震|强震|的地震))",
    # a stock index's points after its close or its move (恒生指数收报19856点, 跌312点); 点 alone is
    # also the hour (下午3点)
    "points": rf"(?:(?<=收报|收于|报收|昨收|今收)|(?<=[跌涨升]))(?:{_AR_NUM})点(?![钟半多前后左])",
    # a yearly rate in 厘 after a rate word (票面年息2.5厘, 票面利率6.6厘, 息率4.85厘)
    # (and a range of it, one amount: 票面年息介乎2.5厘至3厘)
    "rate": rf"(?<![\d.])\d+(?:\.\d+)?(?:厘?{_RANGE_SEP}\d+(?:\.\d+)?)?厘(?!米)",
    # 5800至7400兆焦/平方米, 3-5个, 3至5万吨
    "range": rf"{_QTY}(?:{_UNIT})?{_RANGE_SEP}{_QTY}(?P<runit>{_UNIT})",
    "percent": rf"{_PERCENT}|百分之[{CN_ALL}]+(?:点[{_CN_DIGIT}]+)?",
    # shares in tenths after a change or a hedge: 增长两成, 下跌逾八成, 接近三成, 约为七成, 在九成以上
    # (and 一成半, 全国九成, and a range: 一到两成)
    # (Cantonese 多咗两成, 下滑两成, 折让四至六成, 将三成产能, 维持九成, 便宜一成; and anywhere before 以上,
    # 以下, 左右)
    "share": rf"(?:(?<=[逾近超约达了至过占长降跌涨落高少加的产增减升国于到多为在大有中低品缩球出足咗滑让将持短由省收破送宜业])"
    rf"|(?=(?:(?:[{_CN_DIGIT}]|\d)成?(?:到|至))?(?:[{_CN_DIGIT}]|\d)成(?:以上|以下|左右)))"
    rf"(?:(?:[{_CN_DIGIT}]|\d)成?(?:到|至))?(?:[{_CN_DIGIT}]|\d)成半?(?![本功立员果绩交长都熟型效就品分套批群片])(?!(?<=一成)为)",
    # circuits of a power line counted in Chinese numerals (新增两回110千伏专线, 送出线路两回)
    "circuits": r"[两二三四五六七八九十]回(?=[\d.]+(?:千伏|kV)|特高压|直流|交流|输电|线路)|(?<=线路)[两二三四五六七八九十]回",
    # half, a share (逾一半, 一半以上; not 一半儿)
    "half": rf"(?<![{CN_ALL}])一半(?!儿)",
    # a hundred, a thousand or ten thousand odd with a measure word (百余家, 千余人), like 50余家; not
    # after another numeral or a vague word (数百余, 上千余)
    "hundreds": rf"(?<![{CN_ALL}数几上若好近])[百千万]余(?:{alt(MEASURE_WORDS)})",
    # 三分之一, 1/3 (not a date like 2024/8/21: no digit or slash either side)
    "fraction": rf"{_CN_START}[{CN_ALL}]+分之[{CN_ALL}]+|(?<![\d/.])\d+/\d+(?![\d/])",
    # 度 is kWh after 万 or 亿, or as 度电 (80亿度, 300万度电, 100度电); alone it is also
    # "once" (一度) or a temperature, so it is not searched on its own
    "kwh": rf"{_NUM}{_APPROX_IN}(?:[万亿]+{_APPROX_IN}度电?|度电)",
    # 方 is cubic metres after 万 or 亿 (47.6亿方 of gas); alone it is also "side" (一方, 双方)
    "cubic": rf"{_NUM}{_APPROX_IN}[万亿]+{_APPROX_IN}方(?![面向案式法针位])",
    # a rate per year stays with its quantity: 4万吨/年 (and per day or hour: 2万立方米/日, 2800立方米/小时)
    "qty": rf"(?P<qnum>{_QTY})(?P<unit>{_UNIT})(?:{alt(RATE_PERIODS)}(?![期间]))?",
    # flights a week or a day (每周增至4班, 每週三班), not a school class (高三2班)
    "flights": r"(?:\d+|[两二三四五六七八九十]+)班(?![级子长主次车])",
    # counted after Arabic digits only (520万头, 2136起, 30万片)
    # (not per unit: 每10股派…; not a word the measure word opens: 股价, 股票, 起步)
    # and after a Chinese numeral of two or more characters with a magnitude in it (五百一十万头; not
    # 一头, nor 千头万绪)
    "digitqty": rf"(?:(?<!每){_AR_NUM}[万亿]*{_APPROX_IN}[万亿]*{_APPROX_IN}(?:{alt(DIGIT_MEASURE_WORDS)})"
    rf"|{_CN_START}(?=[{CN_ALL}]{{2}})[{CN_ALL}]*[十百千万亿][{CN_ALL}]*{_APPROX_IN}(?:{alt(CN_COUNT_MEASURE_WORDS)}))"
    # not a word the measure word opens (股价, 起步, 对战, 对外, 单位, 单元, 口岸, 口径)
    r"(?![价票份权东市民本息利指步码门分长位元据独体岸径])(?!(?<=对)[战话接比外于象抗照应])"
    # 门 opens shops, doors and clinics (300门店, 门户, 门诊)
    r"(?!(?<=门)[店户诊槛类口面])"
    # 车 and 芯 open lanes, models and chips (6车道, 3芯片)
    r"(?!(?<=车)[道间位辆次型号厢身站队主载流])(?!(?<=芯)[片])",
}
METRIC_RE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _METRIC_PATTERNS.items()))
# the value of a named indicator: PUE降至1.2以下 -> 1.2
_INDICATORS = r"(?:PUE|WUE|CUE|PMI|系数|价格指数|活动指数|CPI|PPI|空气质量指数|AQI|容积率)"
# and the value it moved to (PUE由1.52降至1.32 -> 1.52 and 1.32)
INDICATOR_MOVED_RE = re.compile(
    rf"{_INDICATORS}值?[^0-9，。；,;!?！？]{{0,12}}?\d+(?:\.\d+)?(?:降至|降到|下降至|下降到|降低至|降低到|升至|提升至|优化至|减至)"
    r"(?P<value>\d+(?:\.\d+)?)(?![\d.%])"
)
INDICATOR_RE = re.compile(
    # (and price indices: 居民消费价格指数（CPI）为100.6, 工业生产者购进价格指数为97.3)
    # (and the air quality index: 空气质量指数为45, AQI为80)
    # (and a plot's floor area ratio: 容积率不低于1.2)
    rf"{_INDICATORS}值?[^0-9，。；,;!?！？]{{0,12}}?"
    # (and a range of it: PUE将控制在1.15至1.2之间)
    rf"(?P<value>\d+(?:\.\d+)?(?:(?:至|到|—|-|~)\d+(?:\.\d+)?)?(?![\d.%])|(?<![{CN_ALL}])[{_CN_DIGIT}]点[{_CN_DIGIT}]+)"
)

_ONE = ("一", "壹")


def _count_ok(norm: str, m: "re.Match") -> bool:
    """Filters on a matched number + measure word that a regex cannot express simply."""
    unit = m.group("unit") or ""
    num = m.group("qnum") or ""
    start = m.start()
    if unit == "期":
        # 分三期 counts phases; 一期项目 / 二期工程 / 三期 alone are sequence numbers; 两 is never one
        return norm[start - 1 : start] in ("分", "班", "训") or num == "两"  # 分三期, 培训班8期, 培训86期, 两期项目
    if num in ("零", "〇", "陆"):
        return False  # 零组件 "components": zero alone counts nothing; 大陆台商, 内陆省份: 陆 is the land
    if num in _ONE and not unit.isascii() and unit != "倍":
        # 一个小小的芯片, 每一次: "one" as an article, not a count
        return False
    if unit == "个" and re.match(_FORMULA_AFTER_GE, norm[m.end() :]) is None:
        return False
    if unit == "个" and norm.startswith(
        ("月", "工作日", "工作天", "小时", "星期", "季度", "钟头", "多小时", "多月", "多星期", "半小时", "半月"),
        m.end(),
    ):
        return False  # 10个月, 10个工作日: durations are not METRIC
    if unit in ("升", "公升") and next_char(norm, m.end()) in "至到为高了幅值级温":
        return False  # 从45升至50: "rose", not litres
    if unit == "克" and next_char(norm, m.end()) == "拉":
        return False  # 3克拉 is carats
    if unit == "类" and next_char(norm, m.end()) in "区地":
        return False  # 二类区域: a class of areas, not a count
    if norm.startswith("一体", m.end()):  # 五位一体
        return False
    if unit == "地" and next_char(norm, m.end()) in "块区方下上铁图标址震":
        return False  # 3地块, 两地区: 地 starts another word
    if unit == "位" and next_char(norm, m.end()) == "数":
        return False  # 两位数增长: "double-digit", not two persons
    if unit == "省" and next_char(norm, m.end()) in "级委长":
        return False
    if norm[start - 1 : start] == "届":
        return False  # 十四届六次全会: the session's number, an ordinal
    if (
        unit == "次"
        and norm.startswith(("会议", "全会", "全体会议"), m.end())
        and re.search(r"届[^，。；,;]{0,8}$", norm[:start])
    ):
        return False  # 十四届人大三次会议: the session of a term, an ordinal
    if norm.startswith("规定", m.end()) and unit == "项":
        return False  # 中央八项规定: a fixed name
    if unit == "次" and norm.startswith("产业", m.end()):
        return False  # 三次产业: the three sectors, a fixed phrase
    if re.fullmatch("一两|两三|三四|四五|五六|六七|七八|八九|三五", num):
        return False  # 一两次, 两三家: vague amounts
    if unit == "次" and num == "二":
        return False  # 二次消费, 二次开发: "secondary"; a count of two is 两次
    if unit == "城" and next_char(norm, m.end()) in "市区镇乡墙管建际投关里东西南北":
        return False  # 两城区, 三城市: 城 opens another word
    if unit == "市" and next_char(norm, m.end()) in "场民委长级区值政属直内外面县州级容貌":
        return False  # 两市场, 三市民: 市 opens another word
    if unit in ("县", "州", "市") and (
        re.match(rf"[{CN_ALL}][区市县州]", norm[m.end() : m.end() + 2])
        or re.fullmatch(rf"[{CN_ALL}][区市县州]", norm[max(0, start - 2) : start])
    ):
        return False  # 两县一区, 五区二县, 六州二市: a jurisdiction's parts, a fixed phrase
    return True


def _in_quotes(norm: str, start: int, end: int, limit: int = 20) -> bool:
    """Inside a short “…”, ‘…’ or 「…」 quote: a slogan (“一个平台、三个中心”, 产业‘四地’)."""
    for open_q, close_q in (("“", "”"), ("‘", "’"), ("「", "」"), ('"', '"')):
        left = norm.rfind(open_q, max(0, start - limit), start)
        if left < 0 or close_q in norm[left + 1 : start] and open_q != close_q:
            continue
        right = norm.find(close_q, end, end + limit)
        if right >= 0:
            return True
    return False


# a yearly rate in 厘 follows a rate word closely (票面年息分别为2.05厘及2.2厘)
_RATE_WORD = re.compile(r"息|利率")
# the "to" of a range of rates, and the verbs of a move that make it the rate moved to (下调0.25厘至5.625厘)
_RATE_CHANGE = re.compile(_RANGE_SEP)
_CHANGE_VERB = re.compile(r"(?:调|降|升|加|减|增|跌|涨|高|低)$")
# flights counted a week or a day (每周增至4班)
_PER_WEEK = re.compile(r"每[周天日](?:增至|增加到|增加至|开行|往返|执飞|飞|发车)?$")


def metric_spans(norm: str) -> list[CharSpan]:
    spans = []
    for m in METRIC_RE.finditer(norm):
        kind = next(k for k in _METRIC_PATTERNS if m.group(k))
        if kind == "qty":
            if not _count_ok(norm, m):
                continue
            if re.fullmatch(_CN_NUM, m.group("qnum").rstrip("余多")) and _in_quotes(norm, m.start(), m.end()):
                continue
        if kind == "range" and m.group("runit") == "期":
            continue
        if kind == "flights" and not _PER_WEEK.search(norm, 0, m.start()):
            continue
        if kind == "rate" and not _RATE_WORD.search(norm, max(0, m.start() - 12), m.start()):
            continue
        if kind == "rate" and (change := _RATE_CHANGE.search(norm, m.start(), m.end())):
            # 下调0.25厘至5.625厘: a move and the rate it moved to, two amounts
            if _CHANGE_VERB.search(norm, max(0, m.start() - 3), m.start()):
                if norm[change.start() - 1] == "厘":
                    spans.append((m.start(), change.start(), "METRIC"))
                spans.append((change.end(), m.end(), "METRIC"))
                continue
        spans.append((m.start(), m.end(), "METRIC"))
    for m in INDICATOR_RE.finditer(norm):
        spans.append((m.start("value"), m.end("value"), "METRIC"))
    for m in INDICATOR_MOVED_RE.finditer(norm):
        spans.append((m.start("value"), m.end("value"), "METRIC"))
    return spans
