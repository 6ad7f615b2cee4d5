"""Span features for the tok2vec: which tokens a span of each label in a span group begins, ends
and covers (the rules' candidates from `xn_rule_candidates`), and which a span of each of
`kb_ids` covers (kb_id "known": a known name). Concatenated with the hashed embeddings of the
token, so the model sees both the word and what the rules think of it.

    xn.SpanFeatures.v1      docs -> one (n_tokens, 3 * n_labels + n_kb_ids) 0/1 array per doc
    xn.SpanFeatureEmbed.v1  [embed, span features] -> Maxout to `width`

And one for the span classifier: the label of the candidate each scored span is, given to the scorer
beside the span's vector, so that it learns how far to trust each label of the rules directly
rather than through the tokens' vectors.

    xn.CandidateLabels.v1            (docs, spans) -> (n_spans, n_labels + n_kb_ids) 0/1 array
    xn.CandidateSpanCategorizer.v1   spacy.SpanCategorizer.v1 with those columns before the scorer
"""

import numpy
from spacy.ml.extract_spans import extract_spans
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, list2ragged, with_array, with_getitem
from thinc.types import Floats2d, Ragged

from .candidates import DEFAULT_SPANS_KEY
from .rules import LABELS

FEATURES_PER_LABEL = 3  # begins, ends, covers


@registry.layers("xn.SpanFeatures.v1")
def span_features(
    spans_key: str = DEFAULT_SPANS_KEY, labels: list[str] = list(LABELS), kb_ids: list[str] = []
) -> Model[list[Doc], list[Floats2d]]:
    return Model(
        "span_features",
        _forward,
        attrs={"spans_key": spans_key, "labels": list(labels), "kb_ids": list(kb_ids)},
        dims={"nO": FEATURES_PER_LABEL * len(labels) + len(kb_ids)},
    )


def _forward(model: Model, docs: list[Doc], is_train: bool):
    key, labels = model.attrs["spans_key"], model.attrs["labels"]
    column = {label: FEATURES_PER_LABEL * i for i, label in enumerate(labels)}
    kb_column = {kb_id: FEATURES_PER_LABEL * len(labels) + i for i, kb_id in enumerate(model.attrs["kb_ids"])}
    outputs = []
    for doc in docs:
        array = numpy.zeros((len(doc), model.get_dim("nO")), dtype="f")
        # a doc the candidates component never saw has no group: all zeros, no error
        for span in doc.spans[key] if key in doc.spans else ():
            j = column.get(span.label_)
            if j is None or not len(span):
                continue
            array[span.start, j] = 1.0
            array[span.end - 1, j + 1] = 1.0
            array[span.start : span.end, j + 2] = 1.0
            if span.kb_id_ in kb_column:
                array[span.start : span.end, kb_column[span.kb_id_]] = 1.0
        outputs.append(model.ops.asarray2f(array))
    return outputs, lambda d_outputs: []


@registry.architectures("xn.SpanFeatureEmbed.v1")
def span_feature_embed(
    embed: Model[list[Doc], list[Floats2d]], features: Model[list[Doc], list[Floats2d]], width: int
) -> Model[list[Doc], list[Floats2d]]:
    """The embedding and the span features side by side, mixed back to `width` by a Maxout."""
    mix = with_array(Maxout(width, nP=3, dropout=0.0, normalize=True))
    model = chain(concatenate(embed, features), mix)
    model.set_dim("nO", width)
    return model


@registry.layers("xn.CandidateLabels.v1")
def candidate_labels(
    spans_key: str = DEFAULT_SPANS_KEY, labels: list[str] = list(LABELS), kb_ids: list[str] = []
) -> Model[tuple[list[Doc], Ragged], Floats2d]:
    """One row per scored span: which label a candidate with exactly its edges has, and whether that
    candidate has one of `kb_ids` (all zeros for a span no candidate has, e.g. an n-gram)."""
    return Model(
        "candidate_labels",
        _candidate_labels_forward,
        attrs={"spans_key": spans_key, "labels": list(labels), "kb_ids": list(kb_ids)},
        dims={"nO": len(labels) + len(kb_ids)},
    )


def _candidate_labels_forward(model: Model, inputs: tuple[list[Doc], Ragged], is_train: bool):
    docs, spans = inputs
    key = model.attrs["spans_key"]
    column = {label: i for i, label in enumerate(model.attrs["labels"])}
    kb_column = {kb_id: len(column) + i for i, kb_id in enumerate(model.attrs["kb_ids"])}
    edges = model.ops.to_numpy(spans.dataXd)
    array = numpy.zeros((edges.shape[0], model.get_dim("nO")), dtype="f")
    row = 0
    for doc, n_spans in zip(docs, model.ops.to_numpy(spans.lengths)):
        candidates = {(s.start, s.end): s for s in (doc.spans[key] if key in doc.spans else ())}
        for i in range(row, row + int(n_spans)):
            candidate = candidates.get((int(edges[i, 0]), int(edges[i, 1])))
            if candidate is None:
                continue
            if candidate.label_ in column:
                array[i, column[candidate.label_]] = 1.0
            if candidate.kb_id_ in kb_column:
                array[i, kb_column[candidate.kb_id_]] = 1.0
        row += int(n_spans)
    # nothing to learn here and no gradient for the docs or the span indices: concatenate adds
    # this empty tuple to the (tuple) gradient of the span vectors, which leaves it as it is
    return model.ops.asarray2f(array), lambda d_features: ()


@registry.architectures("xn.CandidateSpanCategorizer.v1")
def candidate_span_categorizer(
    tok2vec: Model[list[Doc], list[Floats2d]],
    reducer: Model[Ragged, Floats2d],
    scorer: Model[Floats2d, Floats2d],
    candidate_labels: Model[tuple[list[Doc], Ragged], Floats2d],
) -> Model[tuple[list[Doc], Ragged], Floats2d]:
    """spacy.SpanCategorizer.v1 whose scorer reads the reduced span vector and `candidate_labels`."""
    span_vectors = chain(with_getitem(0, chain(tok2vec, list2ragged())), extract_spans(), reducer)
    model = chain(concatenate(span_vectors, candidate_labels), scorer)
    model.set_ref("tok2vec", tok2vec)
    model.set_ref("reducer", reducer)
    model.set_ref("scorer", scorer)
    return model
