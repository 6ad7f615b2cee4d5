"""The regex layer of the rules: entities (ORG, PARK, METRIC, MONEY) found in text alone, no spaCy
involved. The patterns run on `normalize_text(text)` (simplified, half-width, the same length as
the input), so offsets are offsets into the original text. Chinese word segmentation is
uncertain, so these are patterns over characters, not tokens; the component that puts them on a
Doc is `xn_model.entity_ruler`.

  find_rule_spans(text, labels=None) -> [(start_char, end_char, label)]   (misc "xn.regex_rules.v1")
"""

from collections.abc import Callable, Iterable

from spacy.util import registry

from ..normalize import normalize_text
from .aliases import alias_spans, short_form_spans
from .amounts import METRIC_RE, MONEY_RE, metric_spans, money_spans
from .mentions import (
    byline_spans,
    factory_spans,
    jointly_built_lab_spans,
    list_member_spans,
    numbered_school_spans,
    stock_name_spans,
)
from .names import org_spans, park_spans
from .util import CharSpan, alt, in_title, resolve_overlaps

LABELS = ("ORG", "PARK", "METRIC", "MONEY")
# MONEY over METRIC for the same stretch; names before numbers
LABEL_PRIORITY = {"MONEY": 3, "ORG": 2, "PARK": 1, "METRIC": 0}

__all__ = ["LABELS", "METRIC_RE", "MONEY_RE", "CharSpan", "alt", "find_rule_spans", "in_title", "resolve_overlaps"]


def find_rule_spans(text: str, labels: Iterable[str] | None = None) -> list[CharSpan]:
    """All regex entities in `text` as (start_char, end_char, label), non-overlapping, in order."""
    wanted = set(labels) if labels is not None else set(LABELS)
    norm = normalize_text(text)
    # every finder runs, so that e.g. a MONEY amount still blocks a METRIC inside it even when
    # only METRIC is wanted; labels are filtered after the overlaps are resolved
    spans = money_spans(norm) + metric_spans(norm) + park_spans(norm) + org_spans(norm)
    # names found by where they stand (bylines, 等企业 lists, before a stock code) and factories
    bylines = byline_spans(norm)
    # a name across the dot between two outlets of a byline is none (上海证券报·中国证券|网讯)
    dots = {end for _, end, _ in bylines if norm.startswith("·", end)}
    spans = [(s, e, label) for s, e, label in spans if not any(s < dot < e for dot in dots)]
    spans += bylines + list_member_spans(norm) + stock_name_spans(norm) + factory_spans(norm)
    spans += numbered_school_spans(norm) + jointly_built_lab_spans(norm)
    spans = resolve_overlaps([s for s in spans if not in_title(norm, s[0], s[1])], LABEL_PRIORITY)
    # short names the text defines (以下简称…) are found where they are defined and later
    aliases = [s for s in alias_spans(norm, spans) + short_form_spans(norm, spans) if not in_title(norm, s[0], s[1])]
    if aliases:
        spans = resolve_overlaps(spans + aliases, LABEL_PRIORITY)
    return [s for s in spans if s[2] in wanted]


@registry.misc("xn.regex_rules.v1")
def make_regex_rules() -> Callable[[str], list[CharSpan]]:
    """The regex layer as a registered function (text -> [(start, end, label)])."""
    return find_rule_spans
