"""A Chinese tokenizer that segments a normalised view of the text (traditional -> simplified,
full-width -> half-width) but builds the Doc over the ORIGINAL characters, so every entity keeps
the offsets and the string of the input. The normalised form reaches the model through the
lexeme attributes NORM, PREFIX, SUFFIX and SHAPE."""
from functools import lru_cache

from spacy import util
from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.lang.lex_attrs import word_shape
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.tokens import Doc
from spacy.util import registry

from .normalize import normalize_text




def _norm(string: str) -> str:
    return normalize_text(string).lower()


def _prefix(string: str) -> str:
    return _norm(string)[:1]


def _suffix(string: str) -> str:
    return _norm(string)[-3:]


def _shape(string: str) -> str:
    return word_shape(_norm(string))


class NormalizingChineseTokenizer(ChineseTokenizer):
    """spaCy's ChineseTokenizer (char or pkuseg segmentation, pkuseg model and user dict
    serialised with the pipeline) run over the normalised view of the text."""

    def __call__(self, text: str) -> Doc:
        norm = normalize_text(text)
        if self.segmenter == Segmenter.pkuseg:
            if self.pkuseg_seg is None:
                raise ValueError("pkuseg segmenter is not initialised: set [initialize.tokenizer] pkuseg_model")
            words = self.pkuseg_seg.cut(norm)
        else:
            words = list(norm)
        words, spaces = util.get_words_and_spaces(words, norm)
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
            **nlp.vocab.lex_attr_getters, NORM: _norm, PREFIX: _prefix, SUFFIX: _suffix, SHAPE: _shape,
        }
        return NormalizingChineseTokenizer(nlp.vocab, segmenter=segmenter)

    return tokenizer_factory
