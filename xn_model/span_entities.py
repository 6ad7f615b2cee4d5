"""A span classifier's way to entities: which spans to score, and how its choice becomes doc.ents.

    xn.candidate_suggester.v1  the spans a spancat scores: the rules' candidates, the same with
                               each edge moved by up to `edge_shift` tokens (the rules' commonest
                               error is an edge), and every n-gram of `sizes` tokens
    xn_span_entities           copies a span group (spancat_singlelabel with allow_overlap =
                               false: no overlaps) to doc.ents, so that the classifier's spans
                               are the pipeline's entities and are scored as such (entities set
                               before it stay)

The classifier decides per span, with the whole span in view (first, last, mean and max of its
tokens), where the transition-based ner decides token by token.
"""

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc
from spacy.util import filter_spans, registry
from thinc.api import Ops, get_current_ops
from thinc.types import Ragged

from .candidates import DEFAULT_SPANS_KEY


def suggest_spans(doc: Doc, spans_key: str, sizes: Iterable[int], edge_shift: int) -> list[tuple[int, int]]:
    """(start, end) token offsets to score in one doc, sorted, each once."""
    n = len(doc)
    found = set()
    for size in sizes:
        found.update((start, start + size) for start in range(n - size + 1))
    for span in doc.spans[spans_key] if spans_key in doc.spans else ():
        for move_start in range(-edge_shift, edge_shift + 1):
            for move_end in range(-edge_shift, edge_shift + 1):
                start, end = span.start + move_start, span.end + move_end
                if 0 <= start < end <= n:
                    found.add((start, end))
    return sorted(found)


@registry.misc("xn.candidate_suggester.v1")
def build_candidate_suggester(
    spans_key: str = DEFAULT_SPANS_KEY, sizes: list[int] = [1, 2, 3], edge_shift: int = 1
) -> Callable[..., Ragged]:
    def suggest(docs: Iterable[Doc], *, ops: Ops | None = None) -> Ragged:
        ops = ops or get_current_ops()
        spans, lengths = [], []
        for doc in docs:
            found = suggest_spans(doc, spans_key, sizes, edge_shift)
            spans.extend(found)
            lengths.append(len(found))
        data = ops.asarray2i(spans) if spans else ops.xp.zeros((0, 0), dtype="i")
        return Ragged(data, ops.asarray1i(lengths))

    return suggest


class SpanEntities:
    """Sets doc.ents from a span group: the spans, longest first where two overlap. Entities a
    component before it set (rules that go first, in the hybrid) stay; spans that overlap them
    are dropped, as the transition-based ner predicts around entities set before it."""

    def __init__(self, name: str, spans_key: str):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = doc.spans[self.spans_key] if self.spans_key in doc.spans else []
        existing = list(doc.ents)
        taken = {i for ent in existing for i in range(ent.start, ent.end)}
        added = [s for s in filter_spans(spans) if not any(i in taken for i in range(s.start, s.end))]
        doc.set_ents(existing + added, default="outside")
        return doc

    def score(self, examples, **kwargs) -> dict:
        return get_ner_prf(examples)


@Language.factory("xn_span_entities", default_config={"spans_key": "sc"}, assigns=["doc.ents"])
def make_span_entities(nlp: Language, name: str, spans_key: str) -> SpanEntities:
    return SpanEntities(name, spans_key)
