"""The span classifier's parts: the candidate suggester, xn_span_entities, the reader's gold spans,
and a pipeline of configs/pkuseg.cfg patched with configs/patches/spancat.cfg, trained a few steps
(the variant `crossval_variants` scores)."""

from pathlib import Path

import pytest
import spacy
from conftest import ROOT, train_tiny
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

from xn_model.span_entities import build_candidate_suggester, suggest_spans
from xn_project.experiments import patched_config
from xn_project.readers import create_mixed_corpus

WORDS = ["西宁", "市", "数据局", "在", "南川", "工业", "园区", "投资", "。"]


def make_doc(candidates=()):
    doc = Doc(spacy.blank("zh").vocab, words=WORDS, spaces=[False] * len(WORDS))
    if candidates is not None:
        doc.spans["rule_candidates"] = [Span(doc, s, e, label=l) for s, e, l in candidates]
    return doc


def test_suggester_gives_ngrams_and_candidates_with_moved_edges():
    doc = make_doc([(4, 7, "PARK")])
    spans = suggest_spans(doc, "rule_candidates", sizes=[1], edge_shift=1)
    assert spans == sorted(set(spans))  # each once, in order
    assert {(i, i + 1) for i in range(len(WORDS))} <= set(spans)
    # the candidate, and each edge moved by one token either way
    assert {(4, 7), (3, 7), (5, 7), (4, 6), (4, 8), (3, 8), (5, 6)} <= set(spans)
    assert (2, 7) not in spans and (4, 9) not in spans


def test_suggester_stays_inside_the_doc_and_works_without_candidates():
    doc = make_doc([(0, 3, "ORG")])
    spans = suggest_spans(doc, "rule_candidates", sizes=[2], edge_shift=2)
    assert all(0 <= s < e <= len(doc) for s, e in spans)
    assert (0, 5) in spans and (0, 3) in spans
    assert suggest_spans(make_doc(None), "rule_candidates", sizes=[1, 2], edge_shift=1) == sorted(
        [(i, i + 1) for i in range(9)] + [(i, i + 2) for i in range(8)]
    )


def test_registered_suggester_returns_one_row_per_span_per_doc():
    suggest = build_candidate_suggester(sizes=[1], edge_shift=1)
    empty = Doc(spacy.blank("zh").vocab, words=[])
    ragged = suggest([make_doc([(0, 3, "ORG")]), empty])
    lengths = ragged.lengths.tolist()
    assert lengths[1] == 0 and lengths[0] == len(suggest_spans(make_doc([(0, 3, "ORG")]), "rule_candidates", [1], 1))
    assert ragged.dataXd.shape == (lengths[0], 2)
    assert suggest([empty]).dataXd.shape[0] == 0


def test_span_entities_copies_the_group_to_the_entities():
    nlp = spacy.blank("zh")
    component = nlp.add_pipe("xn_span_entities")
    doc = make_doc()
    doc.spans["sc"] = [Span(doc, 0, 3, label="ORG"), Span(doc, 4, 7, label="PARK")]
    assert [(e.text, e.label_) for e in component(doc).ents] == [("西宁市数据局", "ORG"), ("南川工业园区", "PARK")]
    # overlapping spans: the longer one; a doc without the group has no entities
    doc = make_doc()
    doc.spans["sc"] = [Span(doc, 1, 3, label="ORG"), Span(doc, 0, 3, label="ORG")]
    assert [e.text for e in component(doc).ents] == ["西宁市数据局"]
    assert component(make_doc()).ents == ()


def test_span_entities_keeps_the_entities_set_before_it():
    nlp = spacy.blank("zh")
    component = nlp.add_pipe("xn_span_entities")
    doc = make_doc()
    doc.ents = [Span(doc, 4, 7, label="PARK")]  # rules that go first
    doc.spans["sc"] = [Span(doc, 0, 3, label="ORG"), Span(doc, 5, 7, label="ORG")]
    assert [(e.text, e.label_) for e in component(doc).ents] == [("西宁市数据局", "ORG"), ("南川工业园区", "PARK")]


def test_span_entities_scores_entities():
    nlp = spacy.blank("zh")
    component = nlp.add_pipe("xn_span_entities")
    predicted = make_doc()
    predicted.spans["sc"] = [Span(predicted, 0, 3, label="ORG")]
    reference = make_doc()
    reference.ents = [Span(reference, 0, 3, label="ORG"), Span(reference, 4, 7, label="PARK")]
    scores = component.score([Example(component(predicted), reference)])
    assert scores["ents_p"] == 1.0 and scores["ents_r"] == 0.5


def test_reader_puts_gold_entities_in_the_span_group(tmp_path):
    nlp = spacy.blank("zh")
    doc = make_doc(None)
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    DocBin(docs=[doc]).to_disk(tmp_path / "gold.spacy")
    [plain] = create_mixed_corpus(tmp_path / "gold.spacy")(nlp)
    [with_spans] = create_mixed_corpus(tmp_path / "gold.spacy", spans_key="sc")(nlp)
    assert "sc" not in plain.reference.spans
    assert [(s.text, s.label_) for s in with_spans.reference.spans["sc"]] == [("西宁市数据局", "ORG")]


@pytest.fixture(scope="module")
def spancat_model(tmp_path_factory) -> Path:
    config = patched_config(ROOT / "configs" / "pkuseg.cfg", ROOT / "configs" / "patches" / "spancat.cfg")
    pipeline = ["rule_candidates", "tok2vec", "spancat", "span_entities", "textcat", "entity_values"]
    return train_tiny(tmp_path_factory.mktemp("spancat"), config, {"nlp.pipeline": pipeline}, spans_key="sc")


def test_the_spancat_pipeline_sets_entities_from_its_spans_and_round_trips(spancat_model, tmp_path):
    nlp = spacy.load(spancat_model)
    text = "青海大学在南川工业园区投资约17.7亿元，建成8300余架机架。"
    doc = nlp(text)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(s.start, s.end, s.label_) for s in doc.spans["sc"]]
    assert all(e.label_ in ("ORG", "PARK", "METRIC", "MONEY") for e in doc.ents)
    nlp.to_disk(tmp_path / "again")
    again = spacy.load(tmp_path / "again")(text)
    assert [(e.start_char, e.end_char, e.label_) for e in again.ents] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    # an empty text and a text without candidates run through
    assert nlp("").ents == () and isinstance(nlp("。").ents, tuple)


def test_the_rules_go_around_the_span_classifiers_entities(spancat_model):
    from xn_project.build_rules import add_rules, assemble_hybrid

    nlp = spacy.load(spancat_model)
    add_rules(nlp, [], {"ORG": "add", "PARK": "rules", "METRIC": "none", "MONEY": "first"})
    names = nlp.pipe_names
    assert names.index("entity_rules_before_ner") < names.index("span_entities") < names.index("entity_rules")
    # the rules alone: the span classifier, its entities and what it reads leave the pipeline
    nlp = spacy.load(spancat_model)
    removed = assemble_hybrid(nlp, [], dict.fromkeys(("ORG", "PARK", "METRIC", "MONEY"), "rules"))
    assert set(removed) == {"spancat", "span_entities", "tok2vec", "rule_candidates"}
    assert [e.label_ for e in nlp("南川工业园区投资17.7亿元。").ents] == ["PARK", "MONEY"]
