"""`xn_topics`: the six-way topic classifier (COMPUTE, INDUSTRY, GOVERNMENT, SOCIETY, ECOLOGY,
CULTURE), spaCy's exclusive-class textcat with two changes:

- a training document without cats teaches it nothing: the extra ner sources (CLUENER, PD98,
  silver) have no topic, and the stock textcat would train towards all-zero scores on them;
- a document without content (empty or whitespace only) scores 0 on every topic without going
  through the model: the model's pooling has nothing to pool over (it crashes on an empty
  document inside a batch, and on a whitespace-only one it would score a topic from nothing).
"""

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.pipeline.textcat import DEFAULT_SINGLE_TEXTCAT_MODEL, TextCategorizer
from spacy.tokens import Doc

SCORE_KEYS = ("score_desc", "micro_p", "micro_r", "micro_f", "macro_p", "macro_r", "macro_f", "macro_auc", "f_per_type")


def has_content(doc: Doc) -> bool:
    """A document the model can read: at least one token that is not whitespace."""
    return any(not token.is_space for token in doc)


class TopicCategorizer(TextCategorizer):
    support_missing_values = True

    def predict(self, docs: Iterable[Doc]):
        docs = list(docs)
        readable = [i for i, doc in enumerate(docs) if has_content(doc)]
        if len(readable) == len(docs):
            return super().predict(docs)
        # every topic scores 0 on a document without content, as spaCy's textcat gives a batch
        # of empty documents
        scores = self.model.ops.alloc2f(len(docs), len(self.labels))
        if readable:
            scores[readable] = super().predict([docs[i] for i in readable])
        return scores


@Language.factory(
    "xn_topics",
    assigns=["doc.cats"],
    default_config={
        "threshold": 0.0,
        "model": DEFAULT_SINGLE_TEXTCAT_MODEL,
        "scorer": {"@scorers": "spacy.textcat_scorer.v2"},
    },
    default_score_weights={"cats_score": 1.0, **{f"cats_{key}": None for key in SCORE_KEYS}},
)
def make_topic_categorizer(
    nlp: Language, name: str, model, threshold: float, scorer: Callable | None
) -> TopicCategorizer:
    return TopicCategorizer(nlp.vocab, model, name, threshold=threshold, scorer=scorer)
