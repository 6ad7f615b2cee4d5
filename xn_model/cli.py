"""`xn-model`: run the pipeline over files from the command line.

    xn-model extract news/*.txt feed.jsonl -o out.jsonl [--model xn_model] [--field text]
    xn-model render article.txt -o page.html

One JSON object per document is written by `extract`:

    {"source": "feed.jsonl:12",          # the file, plus ":line" for a .jsonl input (1-based)
     "text_length": 1234,                # characters in the original text
     "entities": [{"label": "MONEY", "text": "1.2萬元", "start": 10, "end": 15,
                   "value": 12000, "unit": null, "unit_norm": null,
                   "currency": "CNY", "approx": false}],
     "topics": {"COMPUTE": 0.91, "INDUSTRY": 0.03, ...}}

`start`/`end` are character offsets into the ORIGINAL text (text[start:end] == entity text).
`value`: an int stays a JSON number, a Decimal is written as a string ("0.8", "1.5") so nothing
is lost to floating point, a (low, high) range is a two-item list; null where not parsed.

Long documents are cut into chunks of at most --max-chars characters (at newlines, else after
。！？!?, else a hard cut), run with nlp.pipe and put back together: offsets are shifted into the
original text and the document's topic scores are the length-weighted mean over its chunks (an
entity that straddles a hard cut is lost or split; newline and sentence cuts make that rare).
An empty text gets the scores the classifier gives an empty Doc (0.0 for spaCy's textcat).

This module is copied into the xn_model wheel: relative imports only, no project paths.
"""

import json
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import spacy
import typer
from spacy import displacy
from tqdm import tqdm

# importing these registers the tokenizer and the xn_entity_values factory (and its extensions)
from . import entity_values, tokenizer  # noqa: F401

app = typer.Typer(add_completion=False, help="Extract entities, values and topics from Chinese news text.")

DEFAULT_MAX_CHARS = 5000
SENTENCE_ENDS = "。！？!?"
ENTITY_FIELDS = ("value", "unit", "unit_norm", "currency", "approx")


# --------------------------------------------------------------------------------------------
# Annotation (importable: tests and other scripts use annotate() directly)
# --------------------------------------------------------------------------------------------


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


def jsonable(value):
    """JSON-ready form of an extension value: Decimal -> str, tuple -> list."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [jsonable(item) for item in value]
    return value


def annotate(
    nlp, texts: Iterable[str], *, max_chars: int = DEFAULT_MAX_CHARS, n_process: int = 1, batch_size: int = 64
) -> Iterator[dict]:
    """One dict {"text_length", "entities", "topics"} per input text, in order. Texts of any
    length are streamed through nlp.pipe in chunks; only one document's results are held."""
    max_chars = min(max_chars, nlp.max_length)

    def chunks():
        for text in texts:
            spans = list(split_text(text, max_chars))
            for number, (start, end) in enumerate(spans):
                yield text[start:end], (start, number == len(spans) - 1)

    entities: list[dict] = []
    topics: dict[str, float] = {}
    length = weight = 0
    for doc, (offset, last) in nlp.pipe(chunks(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        for ent in doc.ents:
            entity = {
                "label": ent.label_,
                "text": ent.text,
                "start": ent.start_char + offset,
                "end": ent.end_char + offset,
            }
            for name in ENTITY_FIELDS:
                entity[name] = jsonable(getattr(ent._, name))
            entities.append(entity)
        chunk_weight = max(len(doc.text), 1)  # an empty document still has scores
        for label, score in doc.cats.items():
            topics[label] = topics.get(label, 0.0) + score * chunk_weight
        weight += chunk_weight
        length = offset + len(doc.text)
        if last:
            yield {
                "text_length": length,
                "entities": entities,
                "topics": {label: total / weight for label, total in topics.items()},
            }
            entities, topics, length, weight = [], {}, 0, 0


# --------------------------------------------------------------------------------------------
# Reading inputs
# --------------------------------------------------------------------------------------------


class InputError(Exception):
    """A document that cannot be read; str() is "file[:line]: reason"."""


def read_txt(path: Path) -> str:
    """The file's text exactly (no newline translation, so offsets index the file); a BOM is dropped."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def read_inputs(paths: Iterable[Path], field: str) -> Iterator[tuple[str, object]]:
    """(source, text) for every document, or (source, InputError) for one that cannot be read.
    .txt: the whole file is one document; .jsonl: one JSON object a line, text in `field`
    (blank lines are ignored)."""
    for path in paths:
        name = str(path)
        if path.suffix.lower() == ".txt":
            try:
                yield name, read_txt(path)
            except (OSError, UnicodeDecodeError) as err:
                yield name, InputError(f"{name}: cannot read: {err}")
            continue
        with path.open("rb") as lines:
            for number, raw in enumerate(lines, 1):
                source = f"{name}:{number}"
                try:
                    line = raw.decode("utf-8-sig")
                    if not line.strip():
                        continue
                    record = json.loads(line)
                except (UnicodeDecodeError, json.JSONDecodeError) as err:
                    yield source, InputError(f"{source}: invalid JSON: {err}")
                    continue
                if not isinstance(record, dict):
                    yield source, InputError(f"{source}: not a JSON object")
                elif not isinstance(record.get(field), str):
                    problem = "missing" if field not in record else f"not a string ({type(record[field]).__name__})"
                    yield source, InputError(f"{source}: field {field!r} {problem}")
                else:
                    yield source, record[field]


def load_model(model: str):
    try:
        return spacy.load(model)
    except OSError as err:
        typer.echo(f"✘ cannot load model {model!r}: {err}", err=True)
        raise typer.Exit(2)


def check_suffixes(paths: list[Path], allowed: tuple[str, ...]) -> None:
    for path in paths:
        if path.suffix.lower() not in allowed:
            typer.echo(f"✘ {path}: expected a {' or '.join(allowed)} file", err=True)
            raise typer.Exit(2)


# --------------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------------


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help=".txt (one document) or .jsonl files"),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="JSONL file to write"),
    model: str = typer.Option("xn_model", help="Installed package name or pipeline directory"),
    field: str = typer.Option("text", help="Field holding the text in .jsonl records"),
    n_process: int = typer.Option(1, min=1, help="Processes for nlp.pipe"),
    batch_size: int = typer.Option(64, min=1, help="Batch size for nlp.pipe"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Longest chunk given to the pipeline"),
    skip_errors: bool = typer.Option(False, "--skip-errors", help="Skip malformed documents instead of stopping"),
):
    """Write entities (with normalised values) and topic scores for every document as JSONL."""
    check_suffixes(inputs, (".txt", ".jsonl"))
    # first pass: validate and count without keeping texts, so a bad line stops the run before work
    skipped, total = [], 0
    for source, item in read_inputs(inputs, field):
        if isinstance(item, InputError):
            skipped.append(str(item))
        else:
            total += 1
    if skipped and not skip_errors:
        for message in skipped:
            typer.echo(f"✘ {message}", err=True)
        typer.echo(
            f"✘ {len(skipped)} malformed document(s); nothing written (use --skip-errors to skip them)", err=True
        )
        raise typer.Exit(1)
    nlp = load_model(model)
    sources = deque()  # sources of documents handed to nlp.pipe, not yet written

    def texts():
        for source, item in read_inputs(inputs, field):
            if not isinstance(item, InputError):
                sources.append(source)
                yield item

    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    written = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            results = annotate(nlp, texts(), max_chars=max_chars, n_process=n_process, batch_size=batch_size)
            for result in tqdm(results, total=total, unit="doc", file=sys.stderr, disable=None):
                out.write(json.dumps({"source": sources.popleft(), **result}, ensure_ascii=False) + "\n")
                written += 1
        os.replace(temp, output)
    finally:
        if os.path.exists(temp):
            os.remove(temp)
    typer.echo(f"✔ {total} document(s) read, {written} written to {output}, {len(skipped)} skipped", err=True)
    for message in skipped:
        typer.echo(f"  skipped {message}", err=True)


@app.command()
def render(
    input: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .txt file"),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="HTML file to write"),
    model: str = typer.Option("xn_model", help="Installed package name or pipeline directory"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Longest chunk given to the pipeline"),
):
    """Write a displaCy entity page for one .txt file, with the predicted topic on top."""
    check_suffixes([input], (".txt",))
    text = read_txt(input)
    result = next(annotate(load_model(model), [text], max_chars=max_chars))
    topics = result["topics"]
    if topics:
        topic = max(topics, key=topics.get)
        title = f"{input.name} — topic: {topic} ({topics[topic]:.2f})"
    else:
        title = f"{input.name} — no topic classifier"
    page = {
        "text": text,
        "title": title,
        "ents": [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in result["entities"]],
    }
    html = displacy.render(page, style="ent", manual=True, page=True, jupyter=False)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    typer.echo(f"✔ {title} -> {output}", err=True)


if __name__ == "__main__":
    app()
