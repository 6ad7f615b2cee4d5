"""Numbers, money and measured quantities in Chinese news text, parsed into normalised values.

Pure functions (this module is copied into the xn_model wheel). Every
public function accepts any string and never raises: what cannot be parsed gives None values.

Input may be simplified or traditional Chinese with half- or full-width digits and symbols:
`normalize_text` maps it, one character to one character, onto a simplified half-width view, so
offsets found in the view are offsets into the original text (`rules` relies on that).

Public API
  normalize_text(text) -> str
  parse_number(s) -> Decimal | None
  parse_money(text, approx=False) -> {"value", "currency", "approx"}
  parse_metric(text, approx=False) -> {"value", "unit", "unit_norm", "approx", "parts"}

Conventions chosen for METRIC values (see parse_metric):
  - percentages and fractions are shares: 80% -> Decimal("0.8"), 三分之一 -> 1/3, with
    unit_norm "fraction" (unit keeps what was written: "%", "分之", "/");
  - units are scaled to one canonical unit per dimension: power kW, energy kWh, computing
    PFLOPS, bandwidth Gbps (a bare "G" as written stays "G"), 名/位 count as 人;
  - ranges give a (low, high) tuple of Decimals in the same unit;
  - a pair of different quantities such as 100MW/200MWh is not a range: value is the first
    quantity and "parts" lists every (value, unit_norm) pair.
"""
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Dict, List, Optional, Tuple

from .normalize import normalize_char, normalize_text  # noqa: F401  (re-exported for rules)

# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10**4, "亿": 10**8}
# what rules import to build their number patterns
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

# approximation words: inside an amount (2.5万余元, 3000多万元) or around it (约, 左右)
APPROX_INSIDE = "余多"
APPROX_BEFORE = ("大约", "约合", "超过", "将近", "接近", "逾", "约", "近", "超", "达", "突破", "共计", "高达", "多达")
APPROX_AFTER = ("左右", "以上", "以下", "上下", "之多", "有余")
# 达/突破/共计 are verbs, not hedges: they are stripped but do not set approx
_HEDGES_BEFORE = {"大约", "约合", "超过", "将近", "接近", "逾", "约", "近", "超", "高达", "多达"}

_ARABIC_RE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
_TOKEN_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+|[%s]" % CN_NUMERAL_CHARS)


def _to_decimal(s: str) -> Optional[Decimal]:
    try:
        return Decimal(s.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def _combine(tokens: List[str]) -> Optional[Decimal]:
    """Positional value of digit and unit tokens: 十七亿七千万, 1.2万, 5497万, 一万零五百, 3千万."""
    result = Decimal(0)  # sections closed by 亿
    section = Decimal(0)  # below 亿, closed by 万
    small = Decimal(0)  # below 万
    current: Optional[Decimal] = None
    for tok in tokens:
        if tok in "零〇○":
            continue  # 一万零五百: a written zero only marks a skipped place
        if tok in CN_DIGITS or tok[0].isdigit() or tok[0] == ".":
            if current is not None:
                return None  # two numbers in a row: not one positional number
            current = Decimal(CN_DIGITS[tok]) if tok in CN_DIGITS else _to_decimal(tok)
            if current is None:
                return None
        elif tok in CN_SMALL_UNITS:
            small += (current if current is not None else Decimal(1)) * CN_SMALL_UNITS[tok]
            current = None
        elif tok in CN_BIG_UNITS and current is None and not (result or section or small):
            return None  # a bare 万/亿 (万元, 亿元) is a unit without a number
        elif tok == "万":
            section = (section + small + (current or 0)) * CN_BIG_UNITS[tok]
            small, current = Decimal(0), None
        else:  # 亿
            result = (result + section + small + (current or 0)) * CN_BIG_UNITS[tok]
            section, small, current = Decimal(0), Decimal(0), None
    return result + section + small + (current or 0)


def clean_decimal(value: Decimal) -> Decimal:
    """12000.0 -> 12000, 0.80 -> 0.8: the same number without trailing zeros or exponent."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _parse_plain(s: str) -> Optional[Decimal]:
    """A number without fractions: Arabic, Chinese, or Arabic followed by Chinese units."""
    if not s:
        return None
    if _ARABIC_RE.fullmatch(s):
        return _to_decimal(s)
    sign = Decimal(1)
    if s[0] in "+-":
        sign, s = (Decimal(-1) if s[0] == "-" else Decimal(1)), s[1:]
    tokens = _TOKEN_RE.findall(s)
    if not tokens or "".join(tokens) != s:
        return None
    # 二〇二四 / 一九九八: Chinese digits read one by one (no unit characters at all)
    if len(tokens) > 1 and all(t in CN_DIGITS for t in tokens):
        return sign * Decimal("".join(str(CN_DIGITS[t]) for t in tokens))
    # 点 as a decimal point in Chinese numerals is handled by the caller
    value = _combine(tokens)
    return None if value is None else sign * value


def _parse_decimal_point(s: str) -> Optional[Decimal]:
    # 三点五 / 十七点七亿: integer part, 点, digits read one by one, optional big units
    m = re.fullmatch(r"([%s]+)点([%s]+)([万亿]*)" % (CN_NUMERAL_CHARS, "".join(CN_DIGITS)), s)
    if not m:
        return None
    whole = _parse_plain(m.group(1))
    if whole is None:
        return None
    frac = Decimal("0." + "".join(str(CN_DIGITS[c]) for c in m.group(2)))
    value = whole + frac
    for c in m.group(3):
        value *= CN_BIG_UNITS[c]
    return value


def _parse_fraction(s: str) -> Optional[Decimal]:
    # 三分之一 (denominator first) or 1/3
    m = re.fullmatch(r"(.+)分之(.+)", s)
    if m:
        den, num = _parse_plain(m.group(1)), _parse_plain(m.group(2)) or _parse_decimal_point(m.group(2))
    else:
        m = re.fullmatch(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)", s)
        if not m:
            return None
        num, den = _to_decimal(m.group(1)), _to_decimal(m.group(2))
    if num is None or den is None or den == 0:
        return None
    return num / den


def parse_number(s: str) -> Optional[Decimal]:
    """The value of a written number, or None.

    Accepts Arabic digits (half- or full-width, thousands separators, decimals), Chinese
    numerals (一二三…十百千万亿, 两, 零/〇, financial 壹贰叁…, traditional 萬/億, 点 as decimal
    point), Arabic with Chinese multipliers (1.2万, 17.7亿, 5497万, 3千万) and fractions
    (三分之一, 1/3). The approximators 余/多 inside a number (2.5万余) are ignored: parse_money
    and parse_metric report them as `approx`. Never raises.
    """
    try:
        if not isinstance(s, str):
            return None
        text = normalize_text(s).strip().replace(" ", "")
        text = re.sub(r"(?<=[\d%s])[余多](?=[万亿千百十]|$)" % CN_NUMERAL_CHARS, "", text)
        if not text:
            return None
        if "分之" in text or "/" in text:
            value = _parse_fraction(text)
        elif "点" in text:
            value = _parse_decimal_point(text)
        else:
            value = _parse_plain(text)
        return None if value is None else clean_decimal(value)
    except Exception:  # a parser of arbitrary text must never take the pipeline down
        return None


def _as_amount(value: Decimal):
    """int when whole (exact yuan), else the Decimal itself."""
    integral = value.to_integral_value()
    return int(integral) if value == integral else value


# --------------------------------------------------------------------------------------------
# Shared: strip approximators around an amount
# --------------------------------------------------------------------------------------------


def _strip_approx(text: str) -> Tuple[str, bool]:
    """Remove leading hedges/verbs and trailing 左右/以上…; True when one of them hedges."""
    approx = False
    changed = True
    while changed:
        changed = False
        for word in APPROX_BEFORE:
            if text.startswith(word) and len(text) > len(word):
                approx = approx or word in _HEDGES_BEFORE
                text, changed = text[len(word) :], True
                break
    for word in APPROX_AFTER:
        if text.endswith(word) and len(text) > len(word):
            text, approx = text[: -len(word)], True
            break
    return text, approx


def _remove_inside_approx(number: str) -> Tuple[str, bool]:
    """2.5万余 -> 2.5万, 3000多万 -> 3000万: 余/多 after a digit or numeral."""
    cleaned = re.sub(r"(?<=[\d%s])[余多]" % CN_NUMERAL_CHARS, "", number)
    return cleaned, cleaned != number


# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------

# currency words, longest first; the value of the matched word is its ISO code
CURRENCIES = {
    "元人民币": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD", "欧元": "EUR", "港元": "HKD",
    "港币": "HKD", "日元": "JPY", "英镑": "GBP", "韩元": "KRW", "澳元": "AUD", "加元": "CAD",
    "卢布": "RUB", "新台币": "TWD", "澳门元": "MOP", "瑞士法郎": "CHF", "元": "CNY", "块钱": "CNY",
}
_CURRENCY_SYMBOLS = {"¥": "CNY", "$": "USD", "€": "EUR", "£": "GBP", "HK$": "HKD", "US$": "USD"}
_NONE_MONEY = {"value": None, "currency": None, "approx": None}


def parse_money(text: str, approx: bool = False) -> Dict[str, object]:
    """Parse an amount of money such as 17.7亿元, 2.5万余元, 三千万元, 75亿元人民币, 1.2万美元.

    Returns {"value", "currency", "approx"}:
      value     the amount in units of the currency (yuan for CNY): an `int` when it is a
                whole number (17.7亿元 -> 1770000000), otherwise a `Decimal` (0.5元 -> Decimal("0.5"))
      currency  ISO 4217 code: CNY (元, 人民币, ¥), USD (美元, $), EUR, HKD (港元/港币), JPY, GBP …
      approx    True when 余/多 is inside the amount, a hedge (约/近/超/超过/逾 …) leads it, or
                左右/以上/以下 follows it, or when the caller passes approx=True
    Unparseable text gives value, currency and approx all None. Never raises.
    """
    try:
        if not isinstance(text, str):
            return dict(_NONE_MONEY)
        norm = normalize_text(text).strip().replace(" ", "").replace("\u3000", "")
        norm, hedged = _strip_approx(norm)
        currency = None
        for symbol, code in sorted(_CURRENCY_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
            if norm.startswith(symbol):
                norm, currency = norm[len(symbol) :], code
                break
        if norm.startswith("人民币"):  # 人民币3000万元
            norm, currency = norm[3:], "CNY"
        if currency is None or not norm[-1:].isdigit():
            for word, code in sorted(CURRENCIES.items(), key=lambda kv: -len(kv[0])):
                if norm.endswith(word):
                    norm, currency = norm[: -len(word)], code
                    break
        if currency is None:
            return dict(_NONE_MONEY)
        norm, inside = _remove_inside_approx(norm)
        value = parse_number(norm)
        if value is None:
            return dict(_NONE_MONEY)
        return {"value": _as_amount(value), "currency": currency, "approx": bool(approx or hedged or inside)}
    except Exception:
        return dict(_NONE_MONEY)


# --------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------

# unit as normalised text -> (canonical unit, factor to multiply the number by)
# Latin units are matched case-insensitively where the case carries no meaning (flops, bps, kWh).
UNITS: Dict[str, Tuple[str, Decimal]] = {}


def _add_units(norm: str, factor, *written: str) -> None:
    for w in written:
        UNITS[w] = (norm, Decimal(str(factor)))


# computing power
_add_units("PFLOPS", 1, "PFLOPS", "PFlops", "PFLOPs", "Pflops", "PF", "P")
_add_units("PFLOPS", 1000, "EFLOPS", "EFlops", "Eflops", "EF")
_add_units("PFLOPS", "0.001", "TFLOPS", "TFlops", "Tflops")
# bandwidth (a bare G or T as written stays itself: it is what the paper prints for port capacity)
_add_units("Gbps", 1000, "Tbps", "TBPS", "T/s")
_add_units("Gbps", 1, "Gbps", "GBPS", "Gb/s", "G/s")
_add_units("Gbps", "0.001", "Mbps", "MBPS")
_add_units("G", 1, "G")
# storage
_add_units("PB", 1, "PB")
_add_units("PB", 1000, "EB")
_add_units("PB", "0.001", "TB")
# power and energy
_add_units("kW", "0.001", "W", "瓦")
_add_units("kW", 1, "kW", "KW", "千瓦")
_add_units("kW", 1000, "MW", "兆瓦")
_add_units("kW", 1000000, "GW", "吉瓦")
_add_units("kW", 10000, "万千瓦")
_add_units("kWh", 1, "kWh", "KWh", "kW·h", "千瓦时", "度", "度电")
_add_units("kWh", 1000, "MWh", "兆瓦时")
_add_units("kWh", 1000000, "GWh", "吉瓦时")
_add_units("kWh", 10000, "万千瓦时")
_add_units("kV", 1, "kV", "千伏")
# energy per area (solar irradiation)
_add_units("MJ/m2", 1, "兆焦/平方米", "MJ/m2", "MJ/m²", "兆焦耳/平方米")
# length, area, mass, volume
_add_units("km", 1, "公里", "千米", "km")
_add_units("m", 1, "米", "m")
_add_units("μm", 1, "微米", "μm", "um")
_add_units("nm", 1, "纳米", "nm")
_add_units("km2", 1, "平方公里", "km2", "km²")
_add_units("m2", 1, "平方米", "m2", "m²")
_add_units("亩", 1, "亩")
_add_units("公顷", 1, "公顷")
_add_units("吨", 1, "吨")
_add_units("kg", 1, "公斤", "千克", "kg")
_add_units("立方米", 1, "立方米", "方")
# people: 名 and 位 count persons
_add_units("人", 1, "人", "名", "位")
_add_units("人次", 1, "人次")
# measure words: canonical form is the word itself
for _w in (
    "架", "台", "个", "家", "项", "次", "期", "所", "处", "座", "户", "条", "套", "栋", "辆", "件",
    "款", "批", "场", "张", "卡", "块", "株", "棵", "只", "头", "篇", "本", "册", "种", "类", "支", "枚",
    "份", "间", "层", "倍", "届", "轮", "片", "组", "根", "颗", "所", "门", "节", "路", "站",
):
    _add_units(_w, 1, _w)
# shares
_add_units("fraction", "0.01", "%")
_add_units("fraction", "0.001", "‰")
_add_units("fraction", "0.1", "成")  # 三成 = 30%
_add_units("percentage point", "0.01", "个百分点", "百分点")

_UNITS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)
_RANGE_SEPARATORS = ("——", "—", "–", "-", "~", "至", "到")
_NONE_METRIC = {"value": None, "unit": None, "unit_norm": None, "approx": None, "parts": None}


def _split_unit(norm: str) -> Tuple[str, Optional[str]]:
    """Longest known unit at the end of the text (case-insensitive for Latin units)."""
    lower = norm.lower()
    for unit in _UNITS_LONGEST_FIRST:
        if lower.endswith(unit.lower()) and len(norm) > len(unit):
            head = norm[: -len(unit)]
            # 'P'/'G' etc. only after a number, never as the tail of a word like 'GPU'
            if head and (head[-1].isdigit() or head[-1] in CN_NUMERAL_CHARS or head[-1] in APPROX_INSIDE):
                return head, unit
    return norm, None


def _unit_key(written: str) -> Optional[str]:
    if written in UNITS:
        return written
    for unit in UNITS:
        if unit.lower() == written.lower():
            return unit
    return None


def _simple_quantity(norm: str) -> Optional[Tuple[Decimal, Optional[str], Optional[str], bool]]:
    """(scaled value, unit as normalised, unit_norm, approx) of one number with optional unit."""
    if norm.startswith("百分之"):  # 百分之八十 = 80%
        value = parse_number(norm[3:])
        return None if value is None else (clean_decimal(value / 100), "百分之", "fraction", False)
    if "分之" in norm or re.fullmatch(r"\d+(?:\.\d+)?/\d+(?:\.\d+)?", norm):
        value = parse_number(norm)
        return None if value is None else (value, "分之" if "分之" in norm else "/", "fraction", False)
    head, unit = _split_unit(norm)
    head, inside = _remove_inside_approx(head)
    value = parse_number(head)
    if value is None:
        return None
    if unit is None:
        return value, None, None, inside
    unit_norm, factor = UNITS[_unit_key(unit)]
    return clean_decimal(value * factor), unit, unit_norm, inside


def _original_unit(text: str, norm: str, unit_norm_text: Optional[str]) -> Optional[str]:
    """The unit as written in the caller's text (the normalised view has the same length)."""
    if unit_norm_text is None:
        return None
    idx = norm.rfind(unit_norm_text) if unit_norm_text in norm else norm.lower().rfind(unit_norm_text.lower())
    return text[idx : idx + len(unit_norm_text)] if idx >= 0 else unit_norm_text


def _parse_range(norm: str):
    for sep in _RANGE_SEPARATORS:
        if sep not in norm.strip(sep):
            continue
        left, _, right = norm.partition(sep)
        if not left or not right or (sep == "-" and not left[-1:].isdigit() and left[-1:] not in "%"):
            continue
        high = _simple_quantity(right)
        if high is None or high[0] is None:
            continue
        low = _simple_quantity(left)
        if low is None:
            continue
        low_value, low_unit, low_norm, low_approx = low
        if low_unit is None and high[2] is not None:
            # 50—70% / 5800至7400兆焦/平方米 / 3至5万吨: the right side's unit (and a magnitude
            # word written only there) applies to both sides
            _, unit = _split_unit(right)
            bare_right, _ = _remove_inside_approx(_split_unit(right)[0])
            mult = re.search(r"[万亿]+$", bare_right)
            if mult and not re.search(r"[万亿]$", left):
                low_value = parse_number(left + mult.group(0))
                if low_value is None:
                    continue
            low_value = clean_decimal(low_value * UNITS[_unit_key(unit)][1])
        elif low_norm != high[2]:
            continue
        return (low_value, high[0]), sep, high[1], high[2], low_approx or high[3]
    return None


def _parse_pair(norm: str):
    """100MW/200MWh: two quantities with different units joined by a slash."""
    for idx in [i for i, c in enumerate(norm) if c == "/"]:
        left, right = norm[:idx], norm[idx + 1 :]
        a, b = _simple_quantity(left), _simple_quantity(right)
        if a and b and a[2] and b[2] and a[2] != b[2] and a[2] != "fraction":
            return a, b
    return None


def parse_metric(text: str, approx: bool = False) -> Dict[str, object]:
    """Parse a measured quantity: 2600PFlops, 5497万千瓦, 8300余架, 80%, 50%—70%, 三分之一, 1.2 …

    Returns {"value", "unit", "unit_norm", "approx", "parts"}:
      value      Decimal scaled to unit_norm; a (low, high) tuple of Decimals for a range
                 (50%—70%, 5800至7400兆焦/平方米, 3-5个); for a pair of different quantities
                 (100MW/200MWh) the first one (100MW -> Decimal(100000) kW)
      unit       the unit as written in `text` ("PFlops", "万千瓦", "名", "%", None for a bare
                 number such as the 1.2 of PUE降至1.2以下; "MW/MWh" for a pair)
      unit_norm  canonical unit: PFLOPS, Gbps, G, PB, kW (W, 千瓦, 万千瓦, MW, GW), kWh, MJ/m2,
                 km, m, μm, km2, m2, 亩, 吨, kg, 人 (人, 名, 位), 人次, measure words as themselves
                 (架, 个, 家, 卡 …), "fraction" for percentages and fractions (80% -> 0.8,
                 三分之一 -> 1/3), "percentage point"; None for a bare number
      approx     True for 余/多 inside, hedges before (约, 近, 超 …), 左右/以上/以下 after, or
                 when the caller passes approx=True
      parts      list of (value, unit_norm) for a pair such as 100MW/200MWh, else None
    Unparseable text gives all values None. Never raises.
    """
    try:
        if not isinstance(text, str):
            return dict(_NONE_METRIC)
        stripped = text.strip()
        norm = normalize_text(stripped).replace(" ", "")
        original = stripped.replace(" ", "")
        norm, hedged = _strip_approx(norm)
        if not norm:
            return dict(_NONE_METRIC)
        pair = _parse_pair(norm)
        if pair:
            (av, au, an, aa), (bv, bu, bn, ba) = pair
            unit = "%s/%s" % (_original_unit(original, normalize_text(original), au), _original_unit(original, normalize_text(original), bu))
            return {
                "value": av, "unit": unit, "unit_norm": an, "approx": bool(approx or hedged or aa or ba),
                "parts": [(av, an), (bv, bn)],
            }
        rng = _parse_range(norm)
        if rng:
            value, _, unit, unit_norm, inside = rng
            return {
                "value": value, "unit": _original_unit(original, normalize_text(original), unit),
                "unit_norm": unit_norm, "approx": bool(approx or hedged or inside), "parts": None,
            }
        simple = _simple_quantity(norm)
        if simple is None:
            return dict(_NONE_METRIC)
        value, unit, unit_norm, inside = simple
        if unit in ("百分之", "分之", "/"):
            written = unit
        else:
            written = _original_unit(original, normalize_text(original), unit)
        return {
            "value": value, "unit": written, "unit_norm": unit_norm,
            "approx": bool(approx or hedged or inside), "parts": None,
        }
    except Exception:
        return dict(_NONE_METRIC)
