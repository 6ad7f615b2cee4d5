"""Text taken from page columns breaks its lines inside sentences, and names with them
(天合光|能青海大基地, 诺德新材料股份|有限公司青海基地): read line by line, a name's halves are two
names or none. `unwrap_lines` joins such lines and says where each character came from, so that
offsets found in the joined text point back into the input.

A line break (with the spaces and blank lines around it) is a wrap unless the line before ends a
sentence (。！？… and any closing quotes or brackets) or the next line opens a news item (本报讯,
【…】). Other headlines end with no mark and run into what follows: the price of reading column
text whole, hence an option (`xn-model extract --unwrap-lines`), not the default."""

import re

# sentence-final punctuation, optionally followed by closing quotes / brackets
SENTENCE_END_RE = re.compile(r"[。！？!?…]+[”’」』）)】\]]*$")
# what opens a news item: the line before it ended whatever it was
NEW_ITEM_RE = re.compile(r"本报讯|【")
_BREAK = re.compile(r"[^\S\n]*\n\s*")


def _inner_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks between two lines of text, as (start, end) of the break and its spaces."""
    return [found.span() for found in _BREAK.finditer(text) if found.start() > 0 and found.end() < len(text)]


def _is_wrap(text: str, start: int, end: int) -> bool:
    return not (SENTENCE_END_RE.search(text, max(0, start - 16), start) or NEW_ITEM_RE.match(text, end))


def looks_wrapped(text: str) -> bool:
    """Whether most line breaks of `text` fall inside sentences, as in text from page columns
    (a headline without a closing mark is one such break: hence "most")."""
    breaks = _inner_breaks(text)
    return 2 * sum(_is_wrap(text, start, end) for start, end in breaks) > len(breaks)


def unwrap_lines(text: str) -> tuple[str, list[int]]:
    """`text` without its wrapped line breaks, and for each character of it the offset of that
    character in `text`."""
    pieces: list[str] = []
    positions: list[int] = []
    kept = 0  # text[kept:] is not yet copied
    for start, end in _inner_breaks(text):
        if not _is_wrap(text, start, end):
            continue
        pieces.append(text[kept:start])
        positions.extend(range(kept, start))
        kept = end
    pieces.append(text[kept:])
    positions.extend(range(kept, len(text)))
    return "".join(pieces), positions


def original_span(positions: list[int], start: int, end: int) -> tuple[int, int]:
    """The input's offsets of joined[start:end] (a wrap inside it stays inside)."""
    return positions[start], positions[end - 1] + 1
