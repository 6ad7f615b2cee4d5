"""`xn_rule_candidates`: the rules' entities as a span group (doc.spans["rule_candidates"]), not as
doc.ents, so that a trained component can read them as features (xn_model.features) and learn
when to trust them. Same patterns and gazetteer as `xn_entity_rules`; it never touches doc.ents.
With `mark_known`, candidates that are known names (the gazetteer's) get kb_id "known", which
`xn.SpanFeatures.v1` can read (kb_ids); off by default, as the shipped config reads no such column.

In training it must be listed in [training] annotating_components, so that the docs the model learns
from carry the candidates too.
"""

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .entity_ruler import EntityRules
from .rules import LABELS, CharSpan

DEFAULT_SPANS_KEY = "rule_candidates"


class RuleCandidates(EntityRules):
    """EntityRules that writes its spans to doc.spans[spans_key]. The regex results are cached by
    text (cache_size texts, 0 = none): during training the same passages come back every epoch."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        spans_key: str,
        labels: Sequence[str],
        rules,
        cache_size: int,
        mark_known: bool = False,
    ):
        super().__init__(nlp, name, labels=labels, rules=lru_cache(maxsize=cache_size)(rules))
        self.spans_key = spans_key
        self.mark_known = mark_known

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = self.find(doc, mark_known=self.mark_known)
        return doc


@Language.factory(
    "xn_rule_candidates",
    default_config={
        "spans_key": DEFAULT_SPANS_KEY,
        "labels": list(LABELS),
        "rules": {"@misc": "xn.regex_rules.v1"},
        "cache_size": 20000,
        "mark_known": False,
    },
    assigns=["doc.spans"],
)
def make_rule_candidates(
    nlp: Language,
    name: str,
    spans_key: str,
    labels: list[str],
    rules: Callable[[str], list[CharSpan]],
    cache_size: int,
    mark_known: bool,
) -> RuleCandidates:
    return RuleCandidates(
        nlp, name, spans_key=spans_key, labels=labels, rules=rules, cache_size=cache_size, mark_known=mark_known
    )
