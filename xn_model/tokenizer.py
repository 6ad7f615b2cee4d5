"""A Chinese tokenizer that segments a normalised view of the text (traditional -> simplified,
full-width -> half-width) but builds the Doc over the ORIGINAL characters, so every entity keeps
the offsets and the string of the input. The normalised form reaches the model through the
lexeme attributes NORM, PREFIX, SUFFIX and SHAPE."""

import re
from bisect import bisect_right
from collections.abc import Iterable

from spacy import util
from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.lang.lex_attrs import word_shape
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.tokens import Doc, SpanGroup
from spacy.util import registry

from .lexicon import NUMBER_RUN_CHARS
from .normalize import lone_surrogate, normalize_text


def _norm(string: str) -> str:
    return normalize_text(string).lower()


def _prefix(string: str) -> str:
    return _norm(string)[:1]


def _suffix(string: str) -> str:
    return _norm(string)[-3:]


def _shape(string: str) -> str:
    return word_shape(_norm(string))


# A word's pieces: a run of Latin letters, digits and the characters inside numbers; one
# punctuation mark or symbol; a run of other characters (Han); a run of whitespace
_PIECE = re.compile(rf"[{NUMBER_RUN_CHARS}]+|[^{NUMBER_RUN_CHARS}\w\s]|[^{NUMBER_RUN_CHARS}\W]+|\s+")
_ALNUM = re.compile(f"[{NUMBER_RUN_CHARS}]+")


def recut_words(words: list[str], spaces: list[bool]) -> tuple[list[str], list[bool]]:
    """Cut words where Han text meets Latin letters or digits and at every punctuation mark, and
    join a run of letters and digits that the segmenter split. pkuseg glues a number to the word
    before it (机架数8300 -> 数8300), splits units (200MWh -> 200 M Wh) and, on marks PD98 never
    had, glues brackets to names (【文汇报 -> 【文 汇报, 医管局」 -> 医管 局」); without this a
    name or an amount falls inside a token, where no component can mark its edge."""
    out_words: list[str] = []
    out_spaces: list[bool] = []
    for word, space in zip(words, spaces):
        for piece in _PIECE.findall(word):
            if out_words and not out_spaces[-1] and _ALNUM.fullmatch(piece) and _ALNUM.fullmatch(out_words[-1]):
                out_words[-1] += piece
            else:
                out_words.append(piece)
                out_spaces.append(False)
        out_spaces[-1] = space
    return out_words, out_spaces


def check_text(text: str) -> None:
    """A lone surrogate (from JSON such as "\\ud800" or bytes decoded with surrogateescape) is not
    a character: spaCy's string store cannot hold it. Say where it is instead of crashing later."""
    if not isinstance(text, str):
        raise TypeError(f"xn_model reads str, not {type(text).__name__}")
    bad = lone_surrogate(text)
    if bad is not None:
        raise ValueError(
            f"text has a lone surrogate U+{ord(text[bad]):04X} at offset {bad}: not valid "
            "Unicode (decode the source with errors='replace', or fix it)"
        )


class NormalizingChineseTokenizer(ChineseTokenizer):
    """spaCy's ChineseTokenizer (char or pkuseg segmentation, pkuseg model and user dict
    serialised with the pipeline) run over the normalised view of the text; with either
    segmenter a run of Latin letters and digits is one token and a punctuation mark is a token
    of its own (recut_words)."""

    def __call__(self, text: str) -> Doc:
        check_text(text)
        norm = normalize_text(text)
        if self.segmenter == Segmenter.pkuseg:
            if self.pkuseg_seg is None:
                raise ValueError("pkuseg segmenter is not initialised: set [initialize.tokenizer] pkuseg_model")
            words = self.pkuseg_seg.cut(norm)
        else:
            words = list(norm)
        words, spaces = recut_words(*util.get_words_and_spaces(words, norm))
        original, pos = [], 0
        for word, space in zip(words, spaces):
            original.append(text[pos : pos + len(word)])
            pos += len(word) + space
        return Doc(self.vocab, words=original, spaces=spaces)


@registry.tokenizers("xn.Tokenizer.v1")
def create_tokenizer(segmenter: str = "pkuseg"):
    def tokenizer_factory(nlp):
        # lexeme features are computed on the normalised string, so 億 and 亿, １ and 1 share them
        nlp.vocab.lex_attr_getters = {
            **nlp.vocab.lex_attr_getters,
            NORM: _norm,
            PREFIX: _prefix,
            SUFFIX: _suffix,
            SHAPE: _shape,
        }
        return NormalizingChineseTokenizer(nlp.vocab, segmenter=segmenter)

    return tokenizer_factory


def split_tokens_at(doc: Doc, offsets: Iterable[int]) -> Doc:
    """Split the tokens that a character offset falls strictly inside, so that a span found on
    the characters (a rule's name or amount) keeps its exact edges instead of growing to the
    segmenter's words (会同市自然资源和规划局 -> 会同市 | 自然资源...). In place; returns `doc`."""
    starts = [token.idx for token in doc]
    cuts: dict[int, set[int]] = {}
    for offset in offsets:
        i = bisect_right(starts, offset) - 1
        if i >= 0 and starts[i] < offset < starts[i] + len(doc[i].text):
            cuts.setdefault(i, set()).add(offset - starts[i])
    if not cuts:
        return doc
    # span groups hold token indices that a split would leave pointing at other words: keep them
    # as characters and rebuild them (a split only refines, so every edge stays a token edge)
    groups = {
        key: (dict(group.attrs), [(s.start_char, s.end_char, s.label, s.kb_id) for s in group])
        for key, group in doc.spans.items()
    }
    with doc.retokenize() as retokenizer:
        for i, points in cuts.items():
            token = doc[i]
            edges = [0, *sorted(points), len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(edges, edges[1:])]
            # no parse to keep: each piece hangs from the first
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    for key, (attrs, spans) in groups.items():
        doc.spans[key] = SpanGroup(doc, name=key, attrs=attrs, spans=[doc.char_span(*span) for span in spans])
    return doc
