"""Short names defined in the text: 青海某某股份有限公司（以下简称“某某股份”）. The short name takes the
label of the name right before the bracket, there and wherever it occurs later in the text. A
generic back-reference (以下简称“开发区”, “产业园”, “公司”) is not a name and is left alone."""

import re

from .names import ORG_SUFFIXES, PARK_SUFFIXES
from .util import CharSpan

# on the normalised text: brackets and colons are half-width, traditional forms simplified
_ALIAS_RE = re.compile(
    r"\(\s*(?:以下)?(?:简称|下称|简作)\s*:?\s*[“\"「『‘]?([^”\"」』’()，,。;；:、\s]{2,12}?)[”\"」』’]?\s*\)"
)
# a bare kind of thing, maybe with a determiner: not a name (开发区, 新区, 本公司, 该园区)
_GENERIC_ALIAS = re.compile(rf"^(?:新|本|该|我|全|这)?(?:{'|'.join(ORG_SUFFIXES + PARK_SUFFIXES)}|区|园|厂|所|院)$")


def alias_spans(norm: str, spans: list[CharSpan]) -> list[CharSpan]:
    """The aliases that `spans` (ORG and PARK names found in `norm`) define, with their later
    mentions."""
    found: list[CharSpan] = []
    by_end = {end: (start, label) for start, end, label in spans if label in ("ORG", "PARK")}
    for m in _ALIAS_RE.finditer(norm):
        antecedent = by_end.get(m.start())
        alias = m.group(1)
        if antecedent is None or _GENERIC_ALIAS.match(alias):
            continue
        offset = m.start(1)
        found += [
            (offset + a.start(), offset + a.end(), antecedent[1]) for a in re.finditer(re.escape(alias), norm[offset:])
        ]
    return found
