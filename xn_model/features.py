"""Span features for the tok2vec: which tokens a span of each label in a span group begins, ends
and covers (the rules' candidates from `xn_rule_candidates`), and which a span of each of
`kb_ids` covers (kb_id "known": a known name). Concatenated with the hashed embeddings of the
token, so the model sees both the word and what the rules think of it.

    xn.SpanFeatures.v1      docs -> one (n_tokens, 3 * n_labels + n_kb_ids) 0/1 array per doc
    xn.SpanFeatureEmbed.v1  [embed, span features] -> Maxout to `width`
"""

import numpy
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d

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
