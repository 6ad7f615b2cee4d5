"""New names for old entities, at training time: `xn.new_names.v1`.

Out of fold the trained ner misses names its rule candidates mark (ORG recall 0.67 against the
rules' 0.79): on its 16 training articles it can learn a name's words by heart, and a name it has
never seen has words it cannot read. This augmenter gives some training passages new names: in
each ORG and PARK entity the part before its kind word (…集团, …园区, …局; the rules' suffix
lists) is replaced by as many characters drawn at random from the characters of names in jieba's
dictionary (its nr, ns, nt and nz words: knowledge we may use, never our annotations). The kind
word, the context and the rules' candidates stay, so the model must learn to find a name it has
never seen, as it must after training. An entity that is only a kind word (省委, 园区) is kept,
and so are the characters of administrative levels (省, 市, 县, 区, 州).

Same length, so every offset stays; the doc is segmented again, and an entity that no longer
falls on token edges is marked missing (as convert does). Training only: the wheel never needs it.
"""

import random
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from xn_model.rules.names import ORG_SUFFIXES, PARK_SUFFIXES

from .convert import set_partial_ents

_KIND_WORDS = sorted(set(ORG_SUFFIXES) | set(PARK_SUFFIXES), key=len, reverse=True)
_NAME_TAGS = ("nr", "ns", "nt", "nz")
# administrative levels stay, so that 西宁市数据局 becomes 某某市某某局, not a name of no level
_LEVELS = "省市县区州"


@lru_cache(maxsize=4)
def name_characters(dictionary: Path) -> str:
    """The Han characters of the words a `word freq tag` dictionary tags as names, one each."""
    chars = set()
    for number, line in enumerate(dictionary.read_text(encoding="utf8").splitlines(), 1):
        parts = line.split()
        if len(parts) != 3:
            raise ValueError(f"{dictionary}:{number}: expected 'word frequency tag', got {line!r}")
        if parts[2] in _NAME_TAGS:
            chars.update(c for c in parts[0] if "\u4e00" <= c <= "\u9fff")
    if not chars:
        raise ValueError(f"{dictionary}: no word tagged {'/'.join(_NAME_TAGS)}")
    return "".join(sorted(chars))


def kind_word_start(name: str) -> int:
    """Where the kind word at the end of `name` starts (len(name) when it has none)."""
    for word in _KIND_WORDS:
        if name.endswith(word):
            return len(name) - len(word)
    return len(name)


def rename(
    text: str, spans: Sequence[tuple[int, int, str]], labels: Sequence[str], pool: str, rng: random.Random
) -> str:
    """`text` with the specific part of each entity of `labels` replaced by random characters."""
    chars = list(text)
    for start, end, label in spans:
        if label not in labels:
            continue
        specific = kind_word_start(text[start:end])
        for i in range(start, start + specific):
            if chars[i] not in _LEVELS:
                chars[i] = rng.choice(pool)
    return "".join(chars)


def renamed_example(nlp: Language, example: Example, labels, pool: str, rng: random.Random) -> Example:
    reference = example.reference
    spans = [(e.start_char, e.end_char, e.label_) for e in reference.ents]
    doc = nlp.make_doc(rename(reference.text, spans, labels, pool, rng))
    # the predicted side: the same tokens without annotations (segmenting again would cost as much)
    predicted = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    set_partial_ents(doc, spans, Counter())
    doc.cats = dict(reference.cats)
    return Example(predicted, doc)


@registry.augmenters("xn.new_names.v1")
def create_new_names_augmenter(
    probability: float = 0.5,
    labels: list[str] = ["ORG", "PARK"],
    dictionary: Path | None = None,
    seed: int = 0,
) -> Callable[[Language, Example], Iterator[Example]]:
    """Each example, with `probability`, is replaced by a copy with new names. dictionary: jieba's
    dict.txt by default (installed with the training extra)."""
    if dictionary is None:
        from .name_lexicon import jieba_dictionary

        dictionary = jieba_dictionary()
    pool = name_characters(Path(dictionary))
    rng = random.Random(seed)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        has_names = any(e.label_ in labels for e in example.reference.ents)
        if has_names and rng.random() < probability:
            yield renamed_example(nlp, example, labels, pool, rng)
        else:
            yield example

    return augment
