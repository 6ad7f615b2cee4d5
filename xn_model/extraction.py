"""Run the pipeline over documents of any length and turn each into table rows: one row per entity
and one per document. Used by `xn-model extract` (and importable for other scripts).

Long documents are cut into chunks of at most `max_chars` characters (at newlines, else after
。！？!?, else a hard cut), run with nlp.pipe and put back together: offsets are shifted into the
original text, and the document's topic scores are the length-weighted mean over its chunks (an
entity that straddles a hard cut is lost or split; newline and sentence cuts make that rare).
With `unwrap=True` line breaks inside sentences are removed first (text from page columns,
`xn_model.unwrap`): entities are read in the joined text, `start` and `end` still point into the
input, and `text` and `context` are the joined text's (no line break inside a name).
"""

from collections.abc import Iterable, Iterator
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Span

from .unwrap import original_span, unwrap_lines

DEFAULT_MAX_CHARS = 2000
SENTENCE_ENDS = "。！？!?"
CONTEXT_CHARS = 15
ENTITY_COLUMNS = (
    "id", "where", "label", "text", "start", "end", "value", "value_high", "unit", "unit_norm", "currency",
    "approx", "score", "source", "context",
)  # fmt: skip
DOCUMENT_COLUMNS = ("id", "where", "text_length", "entities", "topic")


def split_text(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of consecutive chunks covering `text`, each at most max_chars long:
    cut after the last newline in the window, else after the last sentence end, else hard.
    An empty text gives one empty chunk."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = window.rfind("\n") + 1
        if not cut:
            cut = max(window.rfind(mark) for mark in SENTENCE_ENDS) + 1
        cut = cut or max_chars
        yield start, start + cut
        start += cut
    yield start, len(text)


def as_number(value) -> float | None:
    """One numeric type for tables: Decimal and int become float (exact for amounts below 2**53)."""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return float(value)
    return None


def entity_row(ent: Span, offset: int, text: str) -> dict:
    value = ent._.value
    low, high = value if isinstance(value, tuple) else (value, None)
    start, end = ent.start_char + offset, ent.end_char + offset
    return {
        "label": ent.label_,
        "text": ent.text,
        "start": start,
        "end": end,
        "value": as_number(low),
        "value_high": as_number(high),
        "unit": ent._.unit,
        "unit_norm": ent._.unit_norm,
        "currency": ent._.currency,
        "approx": ent._.approx,
        "score": ent._.score,
        "source": ent._.source,
        "context": text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS],
    }


def annotate(
    nlp: Language,
    texts: Iterable[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    n_process: int = 1,
    batch_size: int = 32,
    unwrap: bool = False,
) -> Iterator[tuple[list[dict], dict[str, float]]]:
    """(entity rows, topic scores) per input text, in order. Texts of any length are streamed
    through nlp.pipe in chunks; only one document's results are held at a time. A text without
    content gets 0.0 for every topic. `unwrap`: join lines broken inside sentences first."""
    max_chars = min(max_chars, nlp.max_length)
    # text of each document being assembled (for the context column), and where each of its
    # characters is in the input (None: the input itself)
    pending: dict[int, tuple[str, list[int] | None]] = {}

    def chunks():
        for number, text in enumerate(texts):
            positions = None
            if unwrap:
                text, positions = unwrap_lines(text)
            pending[number] = (text, positions)
            spans = list(split_text(text, max_chars))
            for index, (start, end) in enumerate(spans):
                yield text[start:end], (number, start, index == len(spans) - 1)

    entities: list[dict] = []
    topics: dict[str, float] = {}
    weight = 0
    for doc, (number, offset, last) in nlp.pipe(chunks(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        text, positions = pending[number]
        for ent in doc.ents:
            row = entity_row(ent, offset, text)
            if positions is not None:
                row["start"], row["end"] = original_span(positions, row["start"], row["end"])
            entities.append(row)
        chunk_weight = len(doc.text.strip())
        for label, score in doc.cats.items():
            topics[label] = topics.get(label, 0.0) + score * chunk_weight
        weight += chunk_weight
        if last:
            del pending[number]
            yield entities, {label: (total / weight if weight else 0.0) for label, total in topics.items()}
            entities, topics, weight = [], {}, 0


def document_row(doc_id: str, where: str, text: str, entities: list[dict], topics: dict[str, float]) -> dict:
    row = {
        "id": doc_id,
        "where": where,
        "text_length": len(text),
        "entities": len(entities),
        # no topic for a document without content (every score is 0)
        "topic": max(topics, key=topics.get) if topics and max(topics.values()) > 0 else None,
    }
    row.update({f"topic_{label}": round(score, 6) for label, score in sorted(topics.items())})
    return row
