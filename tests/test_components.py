"""The xn_entity_values component on entities found by the rules, in simplified and traditional
script: values in yuan, units, and approximators outside the span."""

import pytest
import spacy
from spacy.training import Example


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": "char"}}})
    nlp.add_pipe("xn_entity_rules")
    nlp.add_pipe("xn_entity_values")
    return nlp


@pytest.mark.parametrize("text", ["总投资约17.7亿元。", "總投資約１７.７億元。"])
def test_money_value_and_leading_approximator(nlp, text):
    [money] = [e for e in nlp(text).ents if e.label_ == "MONEY"]
    assert money.text == text[4:-1]
    assert (money._.value, money._.currency, money._.approx) == (1770000000, "CNY", True)


def test_metric_value_unit_and_no_approximator(nlp):
    [metric] = nlp("建成标准机架6000架。").ents
    assert (metric.label_, metric._.value, metric._.unit, metric._.approx) == ("METRIC", 6000, "架", False)


def test_org_has_no_values(nlp):
    ents = nlp("青海云谷信息技术股份有限公司投资3.6亿元").ents
    assert ents[0].label_ == "ORG" and ents[0]._.value is None and ents[1]._.value == 360000000


def test_topic_categorizer_learns_nothing_from_docs_without_cats():
    topics = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": "char"}}})
    textcat = topics.add_pipe("xn_topics")
    with_topic = Example.from_dict(topics.make_doc("算力中心投产"), {"cats": {"COMPUTE": 1.0, "CULTURE": 0.0}})
    without_topic = Example.from_dict(topics.make_doc("新华社北京电"), {})
    topics.initialize(lambda: [with_topic])
    scores = textcat.model.predict([with_topic.predicted, without_topic.predicted])
    _, gradient = textcat.get_loss([with_topic, without_topic], scores)
    assert abs(gradient[0]).sum() > 0  # the gold topic is learned
    assert abs(gradient[1]).sum() == 0  # the doc without cats is not pushed towards all-zero scores


@pytest.mark.parametrize("relabel", [True, False])
def test_amounts_get_the_label_their_form_says(relabel):
    blank = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": "char"}}})
    values = blank.add_pipe("xn_entity_values", config={"relabel": relabel})
    text = "装机1200万千瓦，投资17.7亿元，另有数千万元"
    doc = blank.make_doc(text)
    # labels as a model might predict them: the first two contradict their form
    doc.ents = [
        doc.char_span(text.index(t), text.index(t) + len(t), label=l)
        for t, l in (("1200万千瓦", "MONEY"), ("17.7亿元", "METRIC"), ("数千万元", "MONEY"))
    ]
    ents = values(doc).ents
    if relabel:
        assert [e.label_ for e in ents] == ["METRIC", "MONEY", "MONEY"]  # no form: the label stays
        assert (ents[0]._.value, ents[0]._.unit_norm, ents[1]._.value) == (12000000, "kW", 1770000000)
    else:
        assert [e.label_ for e in ents] == ["MONEY", "METRIC", "MONEY"]


def test_the_form_check_agrees_with_every_gold_amount():
    from pathlib import Path

    from xn_model.entity_values import amount_label
    from xn_project.corpus import read_passages

    corpus = Path(__file__).parent.parent / "corpus"
    amounts = [
        (p.text[s:e], label)
        for path in (corpus / "annotations" / "passages.jsonl", corpus / "synthetic" / "passages.jsonl")
        for p in read_passages(path)
        for s, e, label in p.spans
        if label in ("MONEY", "METRIC")
    ]
    assert len(amounts) > 1000
    assert [(text, label) for text, label in amounts if amount_label(text) not in (None, label)] == []


@pytest.mark.parametrize(
    "text, approx",
    [("总投资约17.7亿元。", True), ("签约12个项目。", False), ("簽約12個項目。", False), ("最近3000人参加。", False),
     ("将近3000人参加。", True), ("超3000人参加。", True), ("投资12.6亿元。", False)],
)  # fmt: skip
def test_hedge_before_an_amount(nlp, text, approx):
    [amount] = [e for e in nlp(text).ents if e.label_ in ("MONEY", "METRIC")]
    assert amount._.approx is approx
