"""One normal form for everything that reads text: NFKC (full-width digits, Latin and symbols
to half-width) then traditional -> simplified, one character in, one character out, so that an
offset into the normal form is an offset into the original text."""

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s():
    # opencc-python-reimplemented ships its dictionaries: no download
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def normalize_char(char: str) -> str:
    """One character in, one character out: NFKC (full-width digits and Latin, compatibility
    forms) then traditional -> simplified. Whitespace is kept as it is so that the Doc's
    whitespace stays the input's; a character whose normal form is not one character is kept."""
    if char.isspace():
        return char
    nfkc = unicodedata.normalize("NFKC", char)
    if len(nfkc) != 1 or nfkc.isspace():
        nfkc = char
    simplified = _t2s().convert(nfkc)
    return simplified if len(simplified) == 1 else nfkc


def normalize_text(text: str) -> str:
    """Length-preserving normalisation: text[i] and normalize_text(text)[i] are the same character."""
    return "".join(normalize_char(c) for c in text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate (from JSON such as "\\ud800", or bytes decoded with
    surrogateescape): not a character, and spaCy's string store cannot hold it. None if there is none."""
    found = _SURROGATE.search(text)
    return None if found is None else found.start()
