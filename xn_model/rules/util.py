"""What the rule modules share: the span type, regex alternation, overlap resolution."""

import re
from collections.abc import Iterable

CharSpan = tuple[int, int, str]


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 万千瓦时 wins over 万千瓦)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def in_title(norm: str, start: int, end: int) -> bool:
    """Inside 《…》: nothing in a title is annotated."""
    left = norm.rfind("《", 0, start)
    return left >= 0 and "》" not in norm[left:start] and "》" in norm[end:]


def resolve_overlaps(spans: Iterable[CharSpan], priority: dict[str, int] | None = None) -> list[CharSpan]:
    """Longest span first (G1/G3: 西宁经济技术开发区管委会 beats 西宁经济技术开发区), then the
    label priority, then the leftmost; the result has no overlaps and is in text order."""
    priority = priority or {}
    chosen: list[CharSpan] = []
    taken: set[int] = set()
    for start, end, label in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), -priority.get(s[2], 0), s[0])):
        if end <= start or any(i in taken for i in range(start, end)):
            continue
        chosen.append((start, end, label))
        taken.update(range(start, end))
    return sorted(chosen)


def next_char(norm: str, end: int) -> str:
    """The character after `end`, or a space at the end of the text: never "", which `in` would
    find in every string."""
    return norm[end] if end < len(norm) else " "
