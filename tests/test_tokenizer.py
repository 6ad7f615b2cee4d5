"""The tokenizer: segments the normalised text, builds the Doc over the original characters."""

import spacy

from xn_model.normalize import normalize_text
from xn_model.tokenizer import recut_alnum


def char_nlp():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": "char"}}})


def test_normalize_keeps_length_and_maps_script_and_width():
    text = "西寧經濟技術開發區１７.７億元"
    assert normalize_text(text) == "西宁经济技术开发区17.7亿元"
    assert len(normalize_text("a\u3000b\n")) == 4


def test_recut_splits_han_from_digits_and_joins_split_units():
    assert recut_alnum(["数8300", "余", "架"], [False] * 3) == (["数", "8300", "余", "架"], [False] * 4)
    assert recut_alnum(["200", "M", "Wh"], [False] * 3)[0] == ["200MWh"]
    # a space between two runs keeps them apart
    assert recut_alnum(["Hello", "World"], [True, False]) == (["Hello", "World"], [True, False])


def test_doc_is_built_over_the_original_characters():
    nlp = char_nlp()
    text = "西寧投資１７.７億元，增長30%"
    doc = nlp(text)
    assert doc.text == text
    money = doc.char_span(text.index("１"), text.index("元") + 1)
    assert money is not None and money.text == "１７.７億元"
    # the model sees the normalised form
    assert [t.norm_ for t in money] == ["17.7", "亿", "元"]
    assert doc[-1].text == "30%"
