"""`xn_entity_values`: normalised numbers on MONEY and METRIC entities, after giving each amount the
label its form says (relabel_amounts).

Span extensions (None where the amount cannot be parsed; never an exception):
  ent._.value      MONEY: yuan or other currency units (int when whole, else Decimal);
                   METRIC: Decimal; either a (low, high) tuple for ranges
  ent._.currency   MONEY: ISO code (CNY, USD, ...)
  ent._.unit       METRIC: the unit as written
  ent._.unit_norm  METRIC: canonical unit (value scaled to it)
  ent._.approx     True for 余/多/约 ...
  ent._.source     "rules" when a rule component decided the entity, else "model" (the trained model)
  ent._.score      how often entities of this label from this source were right on held-out
                   articles (a precision measured when the pipeline was assembled; None if not
                   measured)
  ent._.amount     the amount's fields as stored: plain strings, numbers and lists only, so a Doc
                   with values survives doc.to_bytes, DocBin(store_user_data=True) and
                   nlp.pipe(n_process=2); the other extensions convert on access
"""

import json
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span

from .lexicon import HEDGES_OUTSIDE, NOT_A_HEDGE_AFTER
from .normalize import normalize_text
from .numbers import as_amount
from .rules import METRIC_RE, MONEY_RE
from .values import parse_metric, parse_money

EXTENSIONS = ("value", "currency", "unit", "unit_norm", "approx")


def to_stored(value):
    """Decimal -> its string, tuples -> lists: what msgpack can hold."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [to_stored(v) for v in value]
    return value


def from_stored(value, money: bool):
    """The inverse of to_stored: a MONEY value is an int when whole, a METRIC value a Decimal;
    a list is a range (a tuple; msgpack may already give one)."""
    if isinstance(value, (list, tuple)):
        return tuple(from_stored(v, money) for v in value)
    if isinstance(value, str):
        return as_amount(Decimal(value)) if money else Decimal(value)
    return value


def _get_value(span: Span):
    amount = span._.amount
    if not amount or amount.get("value") is None:
        return None
    return from_stored(amount["value"], amount.get("label") == "MONEY")


def _field_getter(name: str):
    def get(span: Span):
        amount = span._.amount
        return None if not amount else amount.get(name)

    return get


for _name in ("amount", "source", "score"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_get_value if _name == "value" else _field_getter(_name))


def _approx_before(span: Span) -> bool:
    """A hedge right before the span (约17.7亿元): leading hedges stay outside the span (annotation
    rule G7) but still qualify it. 签约12个 and 最近3年 are not hedged."""
    # a token slice, not doc.text, which would rebuild the whole text once per entity
    before = normalize_text(span.doc[max(span.start - 3, 0) : span.start].text[-3:])  # 約 = 约
    for hedge in HEDGES_OUTSIDE:
        if before.endswith(hedge):
            if len(hedge) > 1:
                return True
            previous = before[-2:-1]
            return not previous or previous not in NOT_A_HEDGE_AFTER.get(hedge, "")
    return False


def amount_label(text: str) -> str | None:
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


# a name has at least one letter or Han character: a model reading a run of digits or a phone
# number as a PARK is wrong whatever the text
_NAME_CHARACTER = re.compile(r"[^\W\d_]")


# a telephone number (0971-8231234, 13800138000, 12345 hotlines written with 电话) is no quantity
_PHONE_NUMBER = re.compile(r"(?:0\d{2,3}-?)?\d{7,8}|1[3-9]\d{9}")


def drop_nameless_names(doc: Doc) -> None:
    """Remove ORG and PARK entities without a single letter or Han character (2024, 13800138000),
    and METRIC entities that are telephone numbers."""
    kept = [
        e
        for e in doc.ents
        if not (e.label_ in ("ORG", "PARK") and not _NAME_CHARACTER.search(e.text))
        and not (e.label_ == "METRIC" and _PHONE_NUMBER.fullmatch(normalize_text(e.text)))
    ]
    if len(kept) != len(doc.ents):
        doc.set_ents(kept, default="outside")


class EntityValues:
    def __init__(self, relabel: bool, precision: dict[str, dict[str, float]] | None = None):
        self.relabel = relabel
        # {"model": {"ORG": 0.61, ...}, "rules": {...}}: set when the pipeline is assembled
        self.precision = precision or {}

    def __call__(self, doc: Doc) -> Doc:
        if self.relabel:
            relabel_amounts(doc)
        drop_nameless_names(doc)
        by_rules = {tuple(span) for span in (doc._.rule_spans or [])}
        for ent in doc.ents:
            ent._.source = "rules" if (ent.start_char, ent.end_char) in by_rules else "model"
            ent._.score = self.precision.get(ent._.source, {}).get(ent.label_)
        for ent in doc.ents:
            if ent.label_ == "MONEY":
                parsed = parse_money(ent.text)
            elif ent.label_ == "METRIC":
                parsed = parse_metric(ent.text)
            else:
                continue
            if parsed.get("value") is not None and _approx_before(ent):
                parsed["approx"] = True
            stored = {name: to_stored(parsed.get(name)) for name in (*EXTENSIONS, "parts")}
            ent._.amount = {"label": ent.label_, **stored}
        return doc

    # -- serialisation: the precision table (the config holds `relabel`) ----------------------

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return util.to_bytes({"precision": lambda: json.dumps(self.precision)}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "EntityValues":
        util.from_bytes(data, {"precision": lambda b: setattr(self, "precision", json.loads(b))}, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        # the standard library's json writes 0.6 as 0.6 (srsly's ujson may not)
        util.to_disk(
            path, {"precision": lambda p: p.with_suffix(".json").write_text(json.dumps(self.precision))}, exclude
        )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> "EntityValues":
        def read(p: Path) -> None:
            file = p.with_suffix(".json")
            self.precision = json.loads(file.read_text()) if file.exists() else {}

        util.from_disk(util.ensure_path(path), {"precision": read}, exclude)
        return self


@Language.factory("xn_entity_values", default_config={"relabel": True})
def entity_values(nlp: Language, name: str, relabel: bool) -> EntityValues:
    """Values on MONEY and METRIC entities; with `relabel`, first the label the amount's form says;
    the source and score of every entity."""
    return EntityValues(relabel)
