"""Training corpus that mixes the gold train split with extra, non-gold documents: our synthetic
articles, our name probes (every ORG and PARK listed, xn_project.probe_docs), partial ORG
annotation from public corpora (external), rule-labelled text (silver).

Every epoch yields all gold examples plus, per extra source, a fresh random sample of
`<source>_ratio` examples per gold example, so a large extra corpus neither drowns the gold data
nor is seen the same way twice. A source whose path is null is off. Used for training only: the
packaged model does not need it."""

import random
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.training import Corpus, Example
from spacy.util import registry


@registry.readers("xn.MixedCorpus.v1")
def create_mixed_corpus(
    gold: Path,
    synthetic: Path | None = None,
    synthetic_ratio: float = 1.0,
    probes: Path | None = None,
    probes_ratio: float = 1.0,
    external: Path | None = None,
    external_ratio: float = 1.0,
    silver: Path | None = None,
    silver_ratio: float = 1.0,
    seed: int = 0,
    spans_key: str | None = None,
    augmenter: Callable[[Language, Example], Iterable[Example]] | None = None,
) -> Callable[[Language], Iterable[Example]]:
    """spans_key: also put each gold doc's entities into reference.spans[spans_key], where a span
    classifier (spancat) reads its gold; None leaves the docs as stored. augmenter: a spaCy
    augmenter applied to every example of every epoch (e.g. xn.new_names.v1), or None."""
    gold_corpus = Corpus(gold, max_length=0)
    sources = {
        Corpus(path, max_length=0): ratio
        for path, ratio in (
            (synthetic, synthetic_ratio),
            (probes, probes_ratio),
            (external, external_ratio),
            (silver, silver_ratio),
        )
        if path
    }
    rng = random.Random(seed)
    pools: dict[Corpus, list[Example]] = {}

    def read(nlp: Language) -> Iterable[Example]:
        examples = list(gold_corpus(nlp))
        n_gold = len(examples)
        for corpus, ratio in sources.items():
            if corpus not in pools:  # read once, sampled afresh every epoch
                pools[corpus] = list(corpus(nlp))
            pool = pools[corpus]
            examples += rng.sample(pool, min(len(pool), round(ratio * n_gold)))
        rng.shuffle(examples)
        for original in examples:
            for example in augmenter(nlp, original) if augmenter is not None else (original,):
                if spans_key is not None:
                    example.reference.spans[spans_key] = list(example.reference.ents)
                yield example

    return read
