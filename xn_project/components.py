"""The `xn_entity_values` component: normalised numbers on MONEY and METRIC entities, after
giving each amount the label its form says (relabel_amounts).

Span extensions (None where the amount cannot be parsed; never an exception):
  ent._.value      MONEY: yuan or other currency units (int when whole, else Decimal);
                   METRIC: Decimal, or a (low, high) tuple for ranges
  ent._.currency   MONEY: ISO code (CNY, USD, ...)
  ent._.unit       METRIC: the unit as written
  ent._.unit_norm  METRIC: canonical unit (value scaled to it)
  ent._.approx     True for 余/多/约 ...
"""
from typing import Callable, Optional

from spacy.language import Language
from spacy.pipeline.textcat import DEFAULT_SINGLE_TEXTCAT_MODEL, TextCategorizer
from spacy.tokens import Doc, Span

from .rules import METRIC_RE, MONEY_RE
from .values import normalize_text, parse_metric, parse_money

EXTENSIONS = ("value", "currency", "unit", "unit_norm", "approx")
for _name in EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def _approx_before(span: Span) -> bool:
    # leading approximators stay outside the span (annotation rule G7) but still qualify it
    # (a token slice, not doc.text, which would rebuild the whole text once per entity)
    before = normalize_text(span.doc[max(span.start - 2, 0) : span.start].text[-2:])  # 約 = 约
    return any(word in before for word in ("约", "近", "超", "逾"))


def amount_label(text: str) -> Optional[str]:
    """MONEY or METRIC as the form of an amount says (an amount with its currency is MONEY, a
    number with a unit is METRIC: guidelines sections 5 and 6); None when it says neither."""
    norm = normalize_text(text)
    if MONEY_RE.fullmatch(norm):
        return "MONEY"
    if METRIC_RE.fullmatch(norm):
        return "METRIC"
    return None


def relabel_amounts(doc: Doc) -> None:
    """Give a MONEY or METRIC entity the label its form says, where the two disagree: a model that
    has seen a dozen amounts may call 1200万千瓦 MONEY; the form of an amount does not change with
    the outlet or the year."""
    ents, changed = [], False
    for ent in doc.ents:
        form = amount_label(ent.text) if ent.label_ in ("MONEY", "METRIC") else None
        if form and form != ent.label_:
            ent, changed = Span(doc, ent.start, ent.end, form), True
        ents.append(ent)
    if changed:  # setting doc.ents rebuilds the entity annotation of every token
        doc.ents = ents


class EntityValues:
    def __init__(self, relabel: bool):
        self.relabel = relabel

    def __call__(self, doc: Doc) -> Doc:
        if self.relabel:
            relabel_amounts(doc)
        for ent in doc.ents:
            if ent.label_ == "MONEY":
                parsed = parse_money(ent.text)
            elif ent.label_ == "METRIC":
                parsed = parse_metric(ent.text)
            else:
                continue
            for name in EXTENSIONS:
                setattr(ent._, name, parsed.get(name))
            if parsed.get("value") is not None and _approx_before(ent):
                ent._.approx = True
        return doc


@Language.factory("xn_entity_values", default_config={"relabel": True})
def entity_values(nlp: Language, name: str, relabel: bool) -> EntityValues:
    """Values on MONEY and METRIC entities; with `relabel`, first the label the amount's form says."""
    return EntityValues(relabel)


class TopicCategorizer(TextCategorizer):
    """spaCy's exclusive-class textcat, except that a training document without cats teaches it
    nothing. The extra ner sources (CLUENER, PD98, silver) have no topic; the stock textcat would
    train towards all-zero scores on them and drown the gold topics."""

    support_missing_values = True


@Language.factory(
    "xn_topics",
    assigns=["doc.cats"],
    default_config={"threshold": 0.0, "model": DEFAULT_SINGLE_TEXTCAT_MODEL, "scorer": {"@scorers": "spacy.textcat_scorer.v2"}},
    default_score_weights={"cats_score": 1.0, **{f"cats_{key}": None for key in (
        "score_desc", "micro_p", "micro_r", "micro_f", "macro_p", "macro_r", "macro_f", "macro_auc", "f_per_type")}},
)
def make_topic_categorizer(nlp: Language, name: str, model, threshold: float, scorer: Optional[Callable]) -> TopicCategorizer:
    return TopicCategorizer(nlp.vocab, model, name, threshold=threshold, scorer=scorer)
