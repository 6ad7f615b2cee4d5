"""One lexicon for the rules and the value parser: whatever the rules find, the parser reads, and
the disagreements found before the lexicon existed stay fixed."""

import pytest

from xn_model import find_rule_spans, parse_metric, parse_money
from xn_model.lexicon import (
    CJK_UNITS,
    CN_COUNT_MEASURE_WORDS,
    CURRENCIES,
    DIGIT_MEASURE_WORDS,
    LATIN_UNITS,
    PARSE_ONLY_MEASURE_WORDS,
)


@pytest.mark.parametrize("unit", LATIN_UNITS + CJK_UNITS)
def test_every_unit_the_rules_find_is_parsed(unit):
    # 期 counts only after 分 (分三期); 一期项目 is a sequence number
    text = f"分12{unit}，" if unit == "期" else f"达到12{unit}，"
    spans = [(s, e) for s, e, label in find_rule_spans(text) if label == "METRIC"]
    assert spans, f"rules do not find 12{unit}"
    start, end = spans[0]
    assert parse_metric(text[start:end])["value"] is not None, text[start:end]


@pytest.mark.parametrize("currency", sorted(CURRENCIES))
def test_every_currency_the_rules_find_is_parsed(currency):
    text = f"投资12{currency}，"
    [(start, end, label)] = find_rule_spans(text)
    assert label == "MONEY" and text[start:end] == f"12{currency}"
    assert parse_money(text[start:end])["currency"] == CURRENCIES[currency]


@pytest.mark.parametrize(
    "text, amount, label, value",
    [
        ("湟中、湟源两地", "两地", "METRIC", 2),  # found (also at the end of a text), and now parsed
        ("财政资金由市财政局", "市财政局", "ORG", None),  # a body at the end of a text
        ("花了3000块钱", "3000块钱", "MONEY", 3000),  # colloquial yuan: money to both
        ("投资5亿新台币", "5亿新台币", "MONEY", 500000000),  # parsed before, now found too
        ("售价2000瑞士法郎", "2000瑞士法郎", "MONEY", 2000),
        ("电芯容量280安时", "280安时", "METRIC", 280),  # units the model never saw in training
        ("时延低于20毫秒", "20毫秒", "METRIC", 20),
        ("气温-5℃至10℃", "-5℃至10℃", "METRIC", (-5, 10)),  # below zero: the sign is inside
    ],
)
def test_decided_cases(text, amount, label, value):
    spans = {text[s:e]: lab for s, e, lab in find_rule_spans(text)}
    assert spans.get(amount) == label
    if label in ("MONEY", "METRIC"):
        parsed = parse_money(amount) if label == "MONEY" else parse_metric(amount)
        assert parsed["value"] == value


@pytest.mark.parametrize("word", PARSE_ONLY_MEASURE_WORDS)
def test_parse_only_measure_words_are_parsed_not_searched(word):
    assert parse_metric(f"3{word}")["value"] == 3
    assert not [s for s in find_rule_spans(f"第十四届，3{word}") if s[2] == "METRIC" and word in f"3{word}"[s[0] - 5 :]]


@pytest.mark.parametrize("word", DIGIT_MEASURE_WORDS)
def test_digit_measure_words_are_searched_after_digits_only(word):
    assert [(s, e) for s, e, label in find_rule_spans(f"达到12{word}，") if label == "METRIC"] == [(2, 4 + len(word))]
    assert parse_metric(f"12{word}")["value"] == 12
    # after a one-character Chinese numeral never (一头, 三起); after a longer one with a magnitude
    # in it only the words that count there too (十二头, but not 六千起 "from 6,000")
    assert not [s for s in find_rule_spans(f"达到三{word}，") if s[2] == "METRIC"]
    found = [(s, e) for s, e, label in find_rule_spans(f"达到十二{word}，") if label == "METRIC"]
    assert found == ([(2, 4 + len(word))] if word in CN_COUNT_MEASURE_WORDS else [])
