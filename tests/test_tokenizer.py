"""The tokenizer: segments the normalised text, builds the Doc over the original characters."""

import spacy
from spacy.tokens import Doc

from xn_model.normalize import normalize_text
from xn_model.tokenizer import recut_words, split_tokens_at


def char_nlp():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": "char"}}})


def test_normalize_keeps_length_and_maps_script_and_width():
    text = "西寧經濟技術開發區１７.７億元"
    assert normalize_text(text) == "西宁经济技术开发区17.7亿元"
    assert len(normalize_text("a\u3000b\n")) == 4


def test_recut_splits_han_from_digits_and_joins_split_units():
    assert recut_words(["数8300", "余", "架"], [False] * 3) == (["数", "8300", "余", "架"], [False] * 4)
    assert recut_words(["200", "M", "Wh"], [False] * 3)[0] == ["200MWh"]
    # a space between two runs keeps them apart
    assert recut_words(["Hello", "World"], [True, False]) == (["Hello", "World"], [True, False])


def test_recut_makes_every_punctuation_mark_a_token():
    # pkuseg, trained on PD98, glues brackets it never saw to the names beside them
    words = ["【文", "汇报", "讯", "】暑期", "下", "称「", "医管", "局」"]
    assert recut_words(words, [False] * len(words))[0] == [
        "【", "文", "汇报", "讯", "】", "暑期", "下", "称", "「", "医管", "局", "」"
    ]  # fmt: skip
    # the marks inside a written number stay in it; a comma between digits is its own token
    assert recut_words(["1,200.5", "%"], [False, False])[0] == ["1", ",", "200.5%"]
    # whitespace runs are kept as they are
    assert recut_words(["a", "  ", "b"], [False, False, False])[0] == ["a", "  ", "b"]


def test_names_glued_to_brackets_by_the_segmenter_align_with_tokens():
    class GluingSegmenter:  # what pkuseg does with marks PD98 never had
        def cut(self, text):
            return ["【星岛", "日报", "讯】", "「", "庆阳", "集群」"]

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": "pkuseg"}}})
    nlp.tokenizer.pkuseg_seg = GluingSegmenter()
    text = "【星島日報訊】「慶陽集群」"
    doc = nlp(text)
    assert doc.text == text
    assert doc.char_span(1, 5).text == "星島日報"
    assert doc.char_span(8, 12).text == "慶陽集群"


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


def test_split_tokens_at_cuts_inside_words_and_keeps_span_groups():
    nlp = spacy.blank("zh")
    doc = Doc(nlp.vocab, words=["会同市", "自然资源", "和", "规划局要", "投资"], spaces=[False] * 5)
    doc.spans["found"] = [doc[4:5]]
    doc.spans["found"].attrs["source"] = "test"
    # offsets at a token edge, past the end or inside no token change nothing
    split_tokens_at(doc, [2, 3, 14, 0, 99])
    assert [t.text for t in doc] == ["会同", "市", "自然资源", "和", "规划局要", "投资"]
    split_tokens_at(doc, [11])
    assert [t.text for t in doc] == ["会同", "市", "自然资源", "和", "规划局", "要", "投资"]
    assert doc.char_span(2, 11).text == "市自然资源和规划局"
    # the group still holds the word it held, not the token now at its old index
    assert [s.text for s in doc.spans["found"]] == ["投资"] and doc.spans["found"].attrs["source"] == "test"
