"""Written numbers in Chinese news text -> Decimal: Arabic (half- or full-width, thousands
separators, decimals), Chinese numerals (一二三…十百千万亿, 两, 零/〇, financial 壹贰叁, 点 as a
decimal point), mixed forms (1.2万, 3千万) and fractions (三分之一, 1/3). Never raises."""

import re
from decimal import Decimal, InvalidOperation

from .lexicon import CN_BIG_UNITS, CN_DIGITS, CN_NUMERAL_CHARS, CN_SMALL_UNITS
from .normalize import normalize_text

_ARABIC_RE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
_TOKEN_RE = re.compile(rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+|[{CN_NUMERAL_CHARS}]")


def _to_decimal(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def _combine(tokens: list[str]) -> Decimal | None:
    """Positional value of digit and unit tokens: 十七亿七千万, 1.2万, 5497万, 一万零五百, 3千万."""
    result = Decimal(0)  # sections closed by 亿
    section = Decimal(0)  # below 亿, closed by 万
    small = Decimal(0)  # below 万
    current: Decimal | None = None
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


def _parse_plain(s: str) -> Decimal | None:
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


def _parse_decimal_point(s: str) -> Decimal | None:
    # 三点五 / 十七点七亿: integer part, 点, digits read one by one, optional big units
    m = re.fullmatch(r"([{}]+)点([{}]+)([万亿]*)".format(CN_NUMERAL_CHARS, "".join(CN_DIGITS)), s)
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


def _parse_fraction(s: str) -> Decimal | None:
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


def parse_number(s: str) -> Decimal | None:
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
        text = re.sub(rf"(?<=[\d{CN_NUMERAL_CHARS}])[余多](?=[万亿千百十]|$)", "", text)
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


def as_amount(value: Decimal):
    """int when whole (exact yuan), else the Decimal itself."""
    integral = value.to_integral_value()
    return int(integral) if value == integral else value
