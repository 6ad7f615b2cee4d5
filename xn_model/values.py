"""Money and measured quantities in Chinese news text, parsed into normalised values.

Every public function accepts any string and never raises: what cannot be parsed gives None
values. Input may be simplified or traditional Chinese with half- or full-width digits: it is read
through `normalize_text`. The words (currencies, units, approximators) are in `lexicon`.

Public API
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
from decimal import Decimal

from .lexicon import (
    APPROX_AFTER,
    APPROX_BEFORE,
    APPROX_INSIDE,
    CN_NUMERAL_CHARS,
    CURRENCIES,
    CURRENCY_FRACTIONS,
    CURRENCY_SYMBOLS,
    GENERIC_CURRENCY_WORDS,
    HEDGES_BEFORE,
    LEADING_CURRENCIES,
    RANGE_SEPARATORS,
    RATE_PERIODS,
    TRILLION,
    UNITS,
)
from .normalize import normalize_text
from .numbers import as_amount, clean_decimal, parse_number

# --------------------------------------------------------------------------------------------
# Approximators around an amount
# --------------------------------------------------------------------------------------------


def _strip_approx(text: str) -> tuple[str, bool]:
    """Remove leading hedges/verbs and trailing 左右/以上…; True when one of them hedges."""
    approx = False
    changed = True
    while changed:
        changed = False
        for word in APPROX_BEFORE:
            if text.startswith(word) and len(text) > len(word):
                approx = approx or word in HEDGES_BEFORE
                text, changed = text[len(word) :], True
                break
    for word in APPROX_AFTER:
        if text.endswith(word) and len(text) > len(word):
            text, approx = text[: -len(word)], True
            break
    return text, approx


def _remove_inside_approx(number: str) -> tuple[str, bool]:
    """2.5万余 -> 2.5万, 3000多万 -> 3000万: 余/多 after a digit or numeral."""
    cleaned = re.sub(rf"(?<=[\d{CN_NUMERAL_CHARS}])[余多]", "", number)
    return cleaned, cleaned != number


# --------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------

_NONE_MONEY = {"value": None, "currency": None, "approx": None}


def _longest_first(table: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(table.items(), key=lambda kv: -len(kv[0]))


# symbols first, then currency words; each longest first (sorted once, not per amount)
_LEADING_LONGEST_FIRST = _longest_first(CURRENCY_SYMBOLS) + _longest_first(LEADING_CURRENCIES)
_CURRENCIES_LONGEST_FIRST = _longest_first(CURRENCIES)


def _trillions(trillions: str, rest: str) -> Decimal | None:
    whole, part = parse_number(trillions), parse_number(rest) if rest else Decimal(0)
    return None if whole is None or part is None else whole * 10**12 + part


def _money_number(norm: str) -> Decimal | None:
    trillions, _, rest = norm.rpartition(TRILLION)  # 1.7兆 (1兆2000亿): trillions, then the rest
    return parse_number(rest) if not trillions else _trillions(trillions, rest)


def _money_range(norm: str) -> tuple[Decimal, Decimal] | None:
    """150亿至180亿 -> (low, high); a magnitude written only on the right applies to both (3至5万)."""
    for sep in RANGE_SEPARATORS:
        left, found, right = norm.partition(sep)
        if not found or not left or not right:
            continue
        magnitude = re.search(r"[万亿]+$", right)
        if magnitude and not re.search(rf"[万亿{TRILLION}]$", left):
            left += magnitude.group(0)
        low, high = _money_number(left), _money_number(right)
        if low is not None and high is not None:
            return low, high
    return None


def parse_money(text: str, approx: bool = False) -> dict[str, object]:
    """Parse an amount of money such as 17.7亿元, 2.5万余元, 三千万元, 75亿元人民币, 1.2万美元.

    Returns {"value", "currency", "approx"}:
      value     the amount in units of the currency (yuan for CNY): an `int` when it is a
                whole number (17.7亿元 -> 1770000000), otherwise a `Decimal` (0.5元 -> Decimal("0.5"),
                17.5港仙 -> Decimal("0.175")); a range is a (low, high) tuple (150亿至180亿元)
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
        currency, fraction = None, Decimal(1)
        # a symbol or a currency word before the number: HK$3亿, 人民币3000万元, 新台币450亿元
        for word, code in _LEADING_LONGEST_FIRST:
            if norm.startswith(word):
                norm, currency = norm[len(word) :], code
                break
        if currency is None or not norm[-1:].isdigit():
            for word, code in _CURRENCIES_LONGEST_FIRST:
                if norm.endswith(word):
                    norm = norm[: -len(word)]
                    # 元 after a named currency is that currency's unit (新台币3亿元 is TWD)
                    currency = currency if currency and word in GENERIC_CURRENCY_WORDS else code
                    fraction = CURRENCY_FRACTIONS.get(word, fraction)
                    break
        if currency is None:
            return dict(_NONE_MONEY)
        norm, inside = _remove_inside_approx(norm)
        value = _money_range(norm) or _money_number(norm)
        if value is None:
            return dict(_NONE_MONEY)
        if isinstance(value, tuple):
            return {
                "value": tuple(as_amount(v * fraction) for v in value),
                "currency": currency,
                "approx": bool(approx or hedged or inside),
            }
        return {"value": as_amount(value * fraction), "currency": currency, "approx": bool(approx or hedged or inside)}
    except Exception:
        return dict(_NONE_MONEY)


# --------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------

_UNITS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)
_NONE_METRIC = {"value": None, "unit": None, "unit_norm": None, "approx": None, "parts": None}


def _split_unit(norm: str) -> tuple[str, str | None]:
    """Longest known unit at the end of the text (case-insensitive for Latin units)."""
    lower = norm.lower()
    for unit in _UNITS_LONGEST_FIRST:
        if lower.endswith(unit.lower()) and len(norm) > len(unit):
            head = norm[: -len(unit)]
            # 'P'/'G' etc. only after a number, never as the tail of a word like 'GPU'
            if head and (head[-1].isdigit() or head[-1] in CN_NUMERAL_CHARS or head[-1] in APPROX_INSIDE):
                return head, unit
    return norm, None


def _unit_key(written: str) -> str | None:
    if written in UNITS:
        return written
    for unit in UNITS:
        if unit.lower() == written.lower():
            return unit
    return None


def _simple_quantity(norm: str) -> tuple[Decimal, str | None, str | None, bool] | None:
    """(scaled value, unit as normalised, unit_norm, approx) of one number with optional unit."""
    if norm.startswith("百分之"):  # 百分之八十 = 80%
        value = parse_number(norm[3:])
        return None if value is None else (clean_decimal(value / 100), "百分之", "fraction", False)
    if norm.endswith("成半"):  # 一成半 = 15%
        value = parse_number(norm[:-2])
        return None if value is None else (clean_decimal((value + Decimal("0.5")) / 10), "成", "fraction", False)
    if "分之" in norm or re.fullmatch(r"\d+(?:\.\d+)?/\d+(?:\.\d+)?", norm):
        value = parse_number(norm)
        return None if value is None else (value, "分之" if "分之" in norm else "/", "fraction", False)
    head, unit = _split_unit(norm)
    head, inside = _remove_inside_approx(head)
    # below zero is negative (零下20摄氏度, -20℃); plus-minus gives the magnitude (±800千伏)
    sign = -1 if head.startswith(("零下", "-", "−")) else 1
    head = head.removeprefix("零下").lstrip("-−±")
    value = parse_number(head)
    if value is None:
        return None
    value *= sign
    if unit is None:
        return value, None, None, inside
    unit_norm, factor = UNITS[_unit_key(unit)]
    return clean_decimal(value * factor), unit, unit_norm, inside


def _original_unit(text: str, norm: str, unit_norm_text: str | None) -> str | None:
    """The unit as written in the caller's text (the normalised view has the same length)."""
    if unit_norm_text is None:
        return None
    idx = norm.rfind(unit_norm_text) if unit_norm_text in norm else norm.lower().rfind(unit_norm_text.lower())
    return text[idx : idx + len(unit_norm_text)] if idx >= 0 else unit_norm_text


def _parse_range(norm: str):
    for sep in RANGE_SEPARATORS:
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
    if "/" in (_split_unit(norm)[1] or ""):
        return None  # one unit with a slash in it (55千瓦时/千克), not 千 + 克 after the slash
    for idx in [i for i, c in enumerate(norm) if c == "/"]:
        left, right = norm[:idx], norm[idx + 1 :]
        a, b = _simple_quantity(left), _simple_quantity(right)
        if a and b and a[2] and b[2] and a[2] != b[2] and a[2] != "fraction":
            return a, b
    return None


def parse_metric(text: str, approx: bool = False) -> dict[str, object]:
    """Parse a measured quantity: 2600PFlops, 5497万千瓦, 8300余架, 80%, 50%—70%, 三分之一, 1.2 …

    Returns {"value", "unit", "unit_norm", "approx", "parts"}:
      value      Decimal scaled to unit_norm; a (low, high) tuple of Decimals for a range
                 (50%—70%, 5800至7400兆焦/平方米, 3-5个); for a pair of different quantities
                 (100MW/200MWh) the first one (100MW -> Decimal(100000) kW)
      unit       the unit as written in `text` ("PFlops", "万千瓦", "名", "%", None for a bare
                 number such as the 1.2 of PUE降至1.2以下; "MW/MWh" for a pair)
      unit_norm  canonical unit: PFLOPS, Gbps, G, PB, kW (W, 千瓦, 万千瓦, MW, GW), kWh, MJ/m2,
                 kVA, Wh/kg, kWh/kg, km, m, m/s, mm, cm, μm, km2, m2, 亩, 吨, kg, ℃ (negative below
                 zero: 零下20摄氏度 -> -20), 人 (人, 名, 位), 人次, measure words as themselves
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
        # a rate per year, day or hour (4万吨/年, 2万立方米/日): the quantity, with "/年" on its unit
        # and "/year" on unit_norm
        rate = next((r for r in RATE_PERIODS if norm.endswith(r) and len(norm) > len(r)), None)
        if rate:
            norm, original = norm[: -len(rate)], original[: -len(rate)]
        if not norm:
            return dict(_NONE_METRIC)
        result = _parse_metric_norm(norm, original, approx, hedged)
        if rate and result["value"] is not None and result["unit"]:
            result["unit"] += rate
            result["unit_norm"] = f"{result['unit_norm']}/{RATE_PERIODS[rate]}"
        return result
    except Exception:
        return dict(_NONE_METRIC)


def _parse_metric_norm(norm: str, original: str, approx: bool, hedged: bool) -> dict[str, object]:
    """parse_metric on the normalised text, without hedges and rate."""
    if re.fullmatch(r"(?:摄氏|零下).+度", norm) and not norm.endswith("摄氏度"):
        # degrees after 摄氏 or 零下 are Celsius, not kWh (摄氏17度至19度, 零下三十二点五度); the
        # unit stays as written (度), as for every other unit
        result = _parse_metric_norm(norm.removeprefix("摄氏").replace("度", "℃"), original, approx, hedged)
        return {**result, "unit": "度"} if result["unit"] == "℃" else result
    pair = _parse_pair(norm)
    if pair:
        (av, au, an, aa), (bv, bu, bn, ba) = pair
        unit = f"{_original_unit(original, normalize_text(original), au)}/{_original_unit(original, normalize_text(original), bu)}"
        return {
            "value": av,
            "unit": unit,
            "unit_norm": an,
            "approx": bool(approx or hedged or aa or ba),
            "parts": [(av, an), (bv, bn)],
        }
    rng = _parse_range(norm)
    if rng:
        value, _, unit, unit_norm, inside = rng
        return {
            "value": value,
            "unit": _original_unit(original, normalize_text(original), unit),
            "unit_norm": unit_norm,
            "approx": bool(approx or hedged or inside),
            "parts": None,
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
        "value": value,
        "unit": written,
        "unit_norm": unit_norm,
        "approx": bool(approx or hedged or inside),
        "parts": None,
    }
