"""The architecture that ships (tests/conftest.py: configs/pkuseg.cfg + the hybrid's rules): the
tokenizer and every custom component round-trip through to_disk/from_disk and to_bytes, and the
inputs users broke it with (empty and whitespace documents in a batch, decimal values across
processes, lone surrogates) work."""

from decimal import Decimal

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

TEXTS = [
    "西宁经济技术开发区管委会与中国联通青海分公司签约，总投资约17.7亿元，PUE降至1.2以下。",
    "",
    "   ",
    "南川工业园区建成标准机架6000架，算力规模达2600PFlops，占比80%。",
    "總投資約１７.７億元。",
]


def outputs(nlp, texts=TEXTS):
    return [
        ([(e.start_char, e.end_char, e.label_, e._.value) for e in doc.ents], sorted(doc.cats.items()))
        for doc in nlp.pipe(texts)
    ]


def test_pipeline_has_the_shipped_components(shipped_nlp):
    factories = {shipped_nlp.get_pipe_meta(name).factory for name in shipped_nlp.pipe_names}
    assert {"xn_topics", "xn_entity_values", "xn_entity_rules", "sentencizer"} <= factories
    assert shipped_nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "xn.Tokenizer.v1"


def test_round_trip_to_disk(shipped_nlp, tmp_path):
    shipped_nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.pipe_names == shipped_nlp.pipe_names
    assert outputs(loaded) == outputs(shipped_nlp)
    [rules] = [n for n in loaded.pipe_names if loaded.get_pipe_meta(n).factory == "xn_entity_rules"]
    assert loaded.get_pipe(rules).patterns == shipped_nlp.get_pipe(rules).patterns


def test_round_trip_to_bytes(shipped_nlp):
    copy = spacy.util.load_model_from_config(shipped_nlp.config, auto_fill=False)
    copy.from_bytes(shipped_nlp.to_bytes())
    assert outputs(copy) == outputs(shipped_nlp)
    tokenizer = shipped_nlp.tokenizer
    fresh = spacy.util.load_model_from_config(shipped_nlp.config, auto_fill=False).tokenizer
    fresh.from_bytes(tokenizer.to_bytes())
    assert [t.text for t in fresh(TEXTS[0])] == [t.text for t in tokenizer(TEXTS[0])]


def test_entity_rules_exclude_patterns(shipped_nlp, tmp_path):
    [name] = [n for n in shipped_nlp.pipe_names if shipped_nlp.get_pipe_meta(n).factory == "xn_entity_rules"][:1]
    rules = shipped_nlp.get_pipe(name)
    rules.to_disk(tmp_path / "rules", exclude=["patterns"])
    assert not (tmp_path / "rules" / "patterns.jsonl").exists()
    rules.to_disk(tmp_path / "rules")
    other = spacy.blank("zh").add_pipe("xn_entity_rules")
    other.from_disk(tmp_path / "rules", exclude=["patterns"])
    assert other.patterns == []
    other.from_bytes(rules.to_bytes())
    assert other.patterns == rules.patterns


def test_empty_and_whitespace_documents_in_a_batch(shipped_nlp):
    docs = list(shipped_nlp.pipe(["", "西宁", "   ", "\n"]))
    assert len(docs) == 4
    for empty in (docs[0], docs[2], docs[3]):
        assert list(empty.ents) == [] and set(empty.cats.values()) == {0.0}
    assert max(docs[1].cats.values()) > 0
    assert set(shipped_nlp("   ").cats.values()) == {0.0}


def test_values_survive_serialisation(shipped_nlp):
    doc = shipped_nlp("总投资约17.7亿元，PUE降至1.2以下，占比50%—70%。")
    values = [(e.text, e._.value, e._.unit_norm) for e in doc.ents if e._.value is not None]
    assert any(isinstance(v, Decimal) for _, v, _ in values)
    restored = Doc(shipped_nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e._.value, e._.unit_norm) for e in restored.ents if e._.value is not None] == values
    binary = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    [again] = DocBin().from_bytes(binary).get_docs(shipped_nlp.vocab)
    assert [(e.text, e._.value) for e in again.ents if e._.value is not None] == [(t, v) for t, v, _ in values]


def test_two_processes_give_the_same_values(shipped_nlp):
    texts = [t for t in TEXTS if t.strip()] * 3 + ["", "PUE降至1.25，投资3.5亿元。"]
    assert outputs(shipped_nlp, texts) == [
        ([(e.start_char, e.end_char, e.label_, e._.value) for e in doc.ents], sorted(doc.cats.items()))
        for doc in shipped_nlp.pipe(texts, n_process=2, batch_size=2)
    ]


@pytest.mark.parametrize("text", ["\ud800", "西宁\udfff经开区投资3亿元"])
def test_lone_surrogate_is_a_clear_error(shipped_nlp, text):
    with pytest.raises(ValueError, match="lone surrogate U\\+D[89A-F][0-9A-F]{2} at offset"):
        shipped_nlp(text)


def test_sentences(shipped_nlp):
    doc = shipped_nlp("西宁经开区投资3亿元。项目明年投产！还有一句")
    assert [s.text for s in doc.sents] == ["西宁经开区投资3亿元。", "项目明年投产！", "还有一句"]


def test_every_entity_has_a_source_and_the_measured_score(shipped_nlp, tmp_path):
    doc = shipped_nlp("总投资3.5亿元，占比50%。")
    money = [e for e in doc.ents if e.text == "3.5亿元"]
    assert [(e._.source, e._.score) for e in money] == [("rules", 0.97)]
    assert all(e._.source in ("model", "rules") for e in doc.ents)
    shipped_nlp.get_pipe("entity_values").to_disk(tmp_path / "values")
    loaded = spacy.blank("zh").add_pipe("xn_entity_values").from_disk(tmp_path / "values")
    assert loaded.precision == shipped_nlp.get_pipe("entity_values").precision


def test_runs_of_digits_are_never_names(shipped_nlp):
    from xn_model.entity_values import drop_nameless_names

    doc = shipped_nlp.make_doc("编号2024年12345678，西宁市")
    doc.set_ents([Span(doc, 0, len(doc) - 2, "PARK"), Span(doc, len(doc) - 1, len(doc), "ORG")])
    drop_nameless_names(doc)
    assert [e.text for e in doc.ents] == ["编号2024年12345678", "西宁市"]
    phones = shipped_nlp.make_doc("电话0971-8231234，手机13800138000，共8231234人")
    text = phones.text
    spans = [
        phones.char_span(text.index(s), text.index(s) + len(s), "METRIC")
        for s in ("0971-8231234", "13800138000", "8231234人")
    ]
    phones.set_ents(spans)
    drop_nameless_names(phones)
    assert [e.text for e in phones.ents] == ["8231234人"]
    digits = shipped_nlp.make_doc("2024，12345678")
    digits.set_ents([digits.char_span(0, 4, "PARK"), digits.char_span(5, 13, "ORG")])
    drop_nameless_names(digits)
    assert list(digits.ents) == []
