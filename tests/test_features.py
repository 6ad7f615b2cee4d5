"""The rules' candidates as features: the xn_rule_candidates component and the span feature layers
the shipped tok2vec reads (configs/pkuseg.cfg)."""

import numpy
import pytest
import spacy
from spacy.tokens import Span
from thinc.api import Model, Softmax
from thinc.types import Ragged

import xn_model  # noqa: F401  (registers the components and layers)
from xn_model.entity_ruler import KNOWN_KB_ID
from xn_model.features import (
    FEATURES_PER_LABEL,
    candidate_labels,
    candidate_span_categorizer,
    span_feature_embed,
    span_features,
)
from xn_model.rules import LABELS

TEXT = "青海大学与西宁经济技术开发区签约，总投资3亿元。"


@pytest.fixture
def nlp():
    nlp = spacy.blank("zh")  # one token per character
    nlp.add_pipe("xn_rule_candidates").add_patterns([{"label": "ORG", "pattern": "青海大学"}])
    return nlp


def test_candidates_go_to_a_span_group_never_to_the_entities(nlp):
    doc = nlp(TEXT)
    found = {(s.text, s.label_) for s in doc.spans["rule_candidates"]}
    assert ("青海大学", "ORG") in found  # the gazetteer
    assert ("3亿元", "MONEY") in found  # the regex layer
    assert doc.ents == ()


def test_candidates_are_the_same_on_a_second_call(nlp):
    # the second call comes from the cache: it must not differ from the first
    first, second = nlp(TEXT), nlp(TEXT)
    spans = [[(s.start, s.end, s.label_) for s in d.spans["rule_candidates"]] for d in (first, second)]
    assert spans[0] == spans[1] and spans[0]


def test_candidate_patterns_survive_to_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.get_pipe("xn_rule_candidates").patterns == [{"label": "ORG", "pattern": "青海大学"}]


def test_span_features_mark_begin_end_and_cover(nlp):
    doc = nlp.make_doc("在西宁投资3亿元")
    doc.spans["rule_candidates"] = [Span(doc, 5, 8, label="MONEY")]
    (array,) = span_features().predict([doc])
    assert array.shape == (len(doc), FEATURES_PER_LABEL * len(LABELS))
    j = FEATURES_PER_LABEL * LABELS.index("MONEY")
    assert array[:, j].tolist() == [0, 0, 0, 0, 0, 1, 0, 0]
    assert array[:, j + 1].tolist() == [0, 0, 0, 0, 0, 0, 0, 1]
    assert array[:, j + 2].tolist() == [0, 0, 0, 0, 0, 1, 1, 1]
    assert array.sum() == 5  # nothing for the other labels


def test_known_names_are_marked_and_read_as_a_column(nlp):
    # off by default: the shipped config reads no such column
    default = nlp(TEXT)
    assert {s.kb_id_ for s in default.spans["rule_candidates"]} == {""}
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_rule_candidates", config={"mark_known": True}).add_patterns(
        [{"label": "ORG", "pattern": "青海大学"}]
    )
    doc = nlp(TEXT)
    marks = {s.text: s.kb_id_ for s in doc.spans["rule_candidates"]}
    assert marks["青海大学"] == KNOWN_KB_ID and marks["3亿元"] == ""  # a gazetteer name, a regex amount
    (plain,) = span_features().predict([doc])
    (array,) = span_features(kb_ids=[KNOWN_KB_ID]).predict([doc])
    assert array.shape == (len(doc), FEATURES_PER_LABEL * len(LABELS) + 1)
    assert (array[:, :-1] == plain).all()
    assert array[:, -1].tolist() == [1.0] * 4 + [0.0] * (len(doc) - 4)  # 青海大学, one token a character


def test_span_features_of_a_doc_without_candidates_are_zero(nlp):
    doc = nlp.make_doc("在西宁投资")
    (array,) = span_features().predict([doc])
    assert array.shape == (5, FEATURES_PER_LABEL * len(LABELS)) and not array.any()
    (empty,) = span_features().predict([nlp.make_doc("")])
    assert empty.shape == (0, FEATURES_PER_LABEL * len(LABELS))


def test_the_embedding_reads_the_candidates(nlp):
    embed = spacy.registry.architectures.get("spacy.MultiHashEmbed.v2")(
        width=16, attrs=["NORM"], rows=[100], include_static_vectors=False
    )
    model: Model = span_feature_embed(embed, span_features(), width=16)
    with_candidates = nlp(TEXT)
    without = nlp.make_doc(TEXT)
    model.initialize(X=[with_candidates, without])
    a, b = model.predict([with_candidates, without])
    assert a.shape == b.shape == (len(without), 16)
    covered = [t.i for s in with_candidates.spans["rule_candidates"] for t in s]
    uncovered = [i for i in range(len(without)) if i not in covered]
    # the same words: only the tokens the candidates cover may differ
    assert not numpy.allclose(a[covered], b[covered])
    assert numpy.allclose(a[uncovered], b[uncovered])


def _spans(model: Model, docs, edges: list[list[tuple[int, int]]]) -> Ragged:
    flat = [pair for doc_edges in edges for pair in doc_edges]
    return Ragged(
        model.ops.asarray2i(numpy.array(flat, dtype="i").reshape(-1, 2)),
        model.ops.asarray1i([len(e) for e in edges]),
    )


def test_candidate_labels_mark_the_label_of_a_span_with_exactly_a_candidates_edges(nlp):
    doc = nlp.make_doc("在西宁投资3亿元")
    doc.spans["rule_candidates"] = [Span(doc, 5, 8, label="MONEY", kb_id=KNOWN_KB_ID)]
    empty = nlp.make_doc("")
    layer = candidate_labels(kb_ids=[KNOWN_KB_ID])
    # the candidate, the same with its left edge moved, and a span of another doc without candidates
    array = layer.predict(([doc, empty, doc], _spans(layer, None, [[(5, 8), (4, 8)], [], [(0, 2)]])))
    assert array.shape == (3, len(LABELS) + 1)
    assert array[0].tolist() == [1.0 if label == "MONEY" else 0.0 for label in LABELS] + [1.0]
    assert not array[1].any() and not array[2].any()


def test_the_span_classifier_scores_read_the_candidate_label(nlp):
    embed = spacy.registry.architectures.get("spacy.MultiHashEmbed.v2")(
        width=16, attrs=["NORM"], rows=[100], include_static_vectors=False
    )
    reducer = spacy.registry.layers.get("spacy.mean_max_reducer.v1")(hidden_size=8)
    model = candidate_span_categorizer(embed, reducer, Softmax(nO=3), candidate_labels())
    with_candidate = nlp.make_doc("在西宁投资3亿元")
    with_candidate.spans["rule_candidates"] = [Span(with_candidate, 5, 8, label="MONEY")]
    without = nlp.make_doc("在西宁投资3亿元")
    spans = _spans(model, None, [[(5, 8)], [(5, 8)]])
    model.initialize(X=([with_candidate, without], spans), Y=model.ops.alloc2f(2, 3))
    scorer = model.get_ref("scorer")  # Softmax starts at zero weights: give it some
    scorer.set_param("W", numpy.random.default_rng(0).normal(size=scorer.get_param("W").shape).astype("f"))
    scores, backprop = model.begin_update(([with_candidate, without], spans))
    assert scores.shape == (2, 3)
    # the same words and edges: only the candidate's label can make the scores differ
    assert not numpy.allclose(scores[0], scores[1])
    backprop(model.ops.alloc2f(2, 3) + 1.0)  # the gradient reaches the embedding without error
    assert model.get_ref("scorer").get_dim("nI") == 8 + len(LABELS)


def test_the_trained_pipeline_reads_candidates_and_round_trips(trained_model, tmp_path):
    # the architecture of configs/pkuseg.cfg, trained a few steps (tests/conftest.py)
    nlp = spacy.load(trained_model)
    assert nlp.pipe_names[:4] == ["rule_candidates", "tok2vec", "spancat", "span_entities"]
    doc = nlp(TEXT)
    assert {s.label_ for s in doc.spans["rule_candidates"]} >= {"MONEY"}
    nlp.to_disk(tmp_path / "copy")
    again = spacy.load(tmp_path / "copy")(TEXT)
    assert [(e.start_char, e.end_char, e.label_) for e in again.ents] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    assert numpy.allclose(again.tensor, doc.tensor)
