"""`xn-model`: run the pipeline over files from the command line.

    xn-model extract news/*.txt feed.jsonl -o entities.csv [--id-field id] [--n-process 2]
    xn-model render page1.txt page2.txt -o pages.html
    xn-model prepare raw/*.txt -o passages.jsonl [--labelstudio tasks.json]

`extract` writes one row per entity (id, where, label, text, start, end, value, value_high, unit,
unit_norm, currency, approx, score, source, context) to the output, and one row per input document
(id, where, text_length, entities, topic, topic_* scores, error) to the documents table beside it
(entities.csv -> entities.documents.csv); JSONL, CSV or Parquet by the output's suffix or
--format. `start`/`end` index the original text; `value` is a number (a range's low end, its high
end in `value_high`) or empty. A malformed record stops the run before any work unless
--skip-errors, which lists it in the documents table with its error instead.
"""

import sys
from pathlib import Path

import spacy
import typer

# importing these registers the tokenizer and the components a pipeline's config names
from . import entity_ruler, entity_values, tokenizer, topics  # noqa: F401
from .extraction import DEFAULT_MAX_CHARS, DOCUMENT_COLUMNS, ENTITY_COLUMNS, annotate, document_row
from .outputs import (
    OutputError,
    PartialWriter,
    check_outputs,
    documents_path,
    finish,
    output_format,
    partial_path,
    read_partial,
)
from .records import Document, InputError, read_documents, read_txt
from .unwrap import looks_wrapped, unwrap_lines

app = typer.Typer(add_completion=False, help="Extract entities, values and topics from Chinese news text.")


def unwrap_option():
    return typer.Option(
        False, "--unwrap-lines", help="Join lines broken inside sentences first (text from page columns)"
    )


def column_hint(sources: list[str]) -> None:
    """Say which inputs read as page columns when --unwrap-lines was not given."""
    if sources:
        shown = ", ".join(sources[:3]) + (", ..." if len(sources) > 3 else "")
        typer.echo(
            f"ℹ {len(sources)} text(s) look like page columns, most line breaks inside sentences ({shown}): "
            "a name broken across two lines is read as two names or none; --unwrap-lines joins such lines",
            err=True,
        )


def fail(message: str, code: int = 2):
    typer.echo(f"✘ {message}", err=True)
    raise typer.Exit(code)


def load_model(model: str):
    try:
        return spacy.load(model)
    except OSError as err:
        fail(f"cannot load model {model!r}: {err}")


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help=".txt, .jsonl or .csv files"),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="Entity table: .jsonl, .csv or .parquet"),
    fmt: str = typer.Option(None, "--format", help="jsonl, csv or parquet (default: the output's suffix)"),
    model: str = typer.Option("xn_model", help="Installed package name or pipeline directory"),
    field: str = typer.Option("text", help="Field (column) holding the text in .jsonl and .csv inputs"),
    id_field: str = typer.Option("id", help="Field (column) holding the document id; else its place is the id"),
    n_process: int = typer.Option(1, min=1, help="Processes for nlp.pipe"),
    batch_size: int = typer.Option(32, min=1, help="Chunks per batch for nlp.pipe"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Longest chunk given to the pipeline"),
    skip_errors: bool = typer.Option(
        False, "--skip-errors", help="List malformed records in the documents table instead of stopping"
    ),
    resume: bool = typer.Option(False, "--resume", help="Carry on from the .partial files of a run that stopped"),
    unwrap: bool = unwrap_option(),
):
    """Write one row per entity (with normalised values, score and source) and one per document."""
    try:
        fmt = output_format(output, fmt)
        docs_out = documents_path(output)
        check_outputs([output, docs_out, partial_path(output), partial_path(docs_out)], inputs)
    except OutputError as err:
        fail(str(err))
    # first pass: read everything once without keeping texts, so a bad record stops the run
    # before the model is loaded
    errors = [item for item in read_documents(inputs, field, id_field) if isinstance(item, InputError)]
    if errors and not skip_errors:
        for err in errors:
            typer.echo(f"✘ {err}", err=True)
        fail(f"{len(errors)} malformed record(s); nothing written (use --skip-errors to list them and go on)", 1)
    done = {row["where"] for row in read_partial(partial_path(docs_out))} if resume else set()
    nlp = load_model(model)
    entity_writer = PartialWriter(partial_path(output), resume)
    document_writer = PartialWriter(partial_path(docs_out), resume)
    counts = {"written": 0, "skipped": 0, "entities": 0, "already done": len(done)}
    queue: list[Document] = []
    wrapped: list[str] = []

    def texts():
        for item in read_documents(inputs, field, id_field):
            if isinstance(item, InputError):
                if item.source not in done:
                    document_writer.write([{"id": item.source, "where": item.source, "error": item.reason}])
                    counts["skipped"] += 1
            elif item.source not in done:
                queue.append(item)
                if not unwrap and looks_wrapped(item.text):
                    wrapped.append(item.source)
                yield item.text

    try:
        results = annotate(nlp, texts(), max_chars=max_chars, n_process=n_process, batch_size=batch_size, unwrap=unwrap)
        for entities, topic_scores in results:
            document = queue.pop(0)
            rows = [{"id": document.id, "where": document.source, **e} for e in entities]
            entity_writer.write(rows)
            document_writer.write([document_row(document.id, document.source, document.text, entities, topic_scores)])
            entity_writer.flush()
            document_writer.flush()
            counts["written"] += 1
            counts["entities"] += len(rows)
    except (Exception, KeyboardInterrupt) as err:
        entity_writer.close()
        document_writer.close()
        typer.echo(
            f"✘ stopped after {counts['written']} document(s): {type(err).__name__}: {err}\n"
            f"  their rows are in {partial_path(output)} and {partial_path(docs_out)}; "
            "run the same command with --resume to carry on",
            err=True,
        )
        raise typer.Exit(1)
    entity_writer.close()
    document_writer.close()
    finish(partial_path(output), output, fmt, ("id", "where", *ENTITY_COLUMNS[2:]))
    finish(partial_path(docs_out), docs_out, fmt, (*DOCUMENT_COLUMNS, "error"))
    typer.echo(
        f"✔ {counts['written']} document(s) written ({counts['entities']} entities) to {output}, "
        f"{counts['skipped']} malformed skipped, {counts['already done']} done before (--resume); "
        f"documents table: {docs_out}",
        err=True,
    )
    for err in errors:
        typer.echo(f"  skipped {err}", err=True)
    column_hint(wrapped)


@app.command()
def render(
    inputs: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help=".txt files, one section each"),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="HTML file to write"),
    model: str = typer.Option("xn_model", help="Installed package name or pipeline directory"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Longest chunk given to the pipeline"),
    unwrap: bool = unwrap_option(),
):
    """Write an HTML page: entities coloured by label, values under amounts, a topic per paragraph."""
    from .render import render_page

    try:
        check_outputs([output], inputs)
        texts = [(path.name, read_txt(path)) for path in inputs]
        if unwrap:
            texts = [(name, unwrap_lines(text)[0]) for name, text in texts]
    except (OutputError, InputError) as err:
        fail(str(err))
    page = render_page(load_model(model), texts, max_chars)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    typer.echo(f"✔ {len(texts)} text(s) -> {output}", err=True)
    column_hint([] if unwrap else [name for name, text in texts if looks_wrapped(text)])


@app.command()
def prepare(
    inputs: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help=".txt files, one article each"),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="doccano JSONL of passages to correct"),
    labelstudio: Path = typer.Option(None, help="Also write Label Studio tasks (JSON) with the suggestions"),
    model: str = typer.Option("xn_model", help="Installed package name or pipeline directory"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Longest chunk given to the pipeline"),
    unwrap: bool = unwrap_option(),
):
    """Turn raw articles into passages for annotation, with the model's entities and topic as
    suggestions (doccano JSONL in the project's format; optionally Label Studio JSON)."""
    import json

    from .prepare import LABEL_CONFIG, article_id, labelstudio_tasks, suggest

    outputs = [output] + ([labelstudio, labelstudio.with_suffix(".xml")] if labelstudio else [])
    try:
        check_outputs(outputs, inputs)
        articles = [(article_id(path), read_txt(path)) for path in inputs]
    except (OutputError, InputError) as err:
        fail(str(err))
    nlp = load_model(model)
    passages = suggest(nlp, articles, max_chars, unwrap)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages), encoding="utf-8")
    if labelstudio:
        version = f"{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '')}"
        labelstudio.write_text(json.dumps(labelstudio_tasks(passages, version), ensure_ascii=False, indent=1), "utf-8")
        labelstudio.with_suffix(".xml").write_text(LABEL_CONFIG, encoding="utf-8")
    typer.echo(
        f"✔ {len(articles)} article(s), {len(passages)} passages -> {output}"
        + (f" and {labelstudio} (labelling config {labelstudio.with_suffix('.xml')})" if labelstudio else ""),
        err=True,
    )
    column_hint([] if unwrap else [name for name, text in articles if looks_wrapped(text)])


@app.command("spark-extract")
def spark_extract(
    # str, not Path: Spark also reads and writes URIs (hdfs://, s3a://), which Path would mangle
    input_path: str = typer.Argument(..., metavar="INPUT", help="File, folder or glob, local or a URI Spark reads"),
    output_dir: str = typer.Argument(..., metavar="OUTPUT_DIR", help="Gets entities/, documents/ and errors/"),
    fmt: str = typer.Option(None, "--format", help="jsonl, txt or parquet (default: INPUT's suffix)"),
    master: str = typer.Option(
        None, help="local[2], yarn, spark://host:7077... (default: spark-submit's, else local[*])"
    ),
    partitions: int = typer.Option(None, min=1, help="Partitions to spread the work over (default: input's or cores)"),
    model: str = typer.Option("xn_model", help="Installed package name or pipeline directory (on every executor)"),
    field: str = typer.Option("text", help="Field (column) holding the text in JSONL and Parquet inputs"),
    id_field: str = typer.Option("id", help="Field (column) holding the document id; else its place is the id"),
    batch_size: int = typer.Option(32, min=1, help="Chunks per batch for nlp.pipe"),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Longest chunk given to the pipeline"),
):
    """Run extract on Apache Spark: the entity and documents tables as Parquet folders, and
    malformed records in errors/ instead of stopping the job."""
    try:
        from pyspark.errors import AnalysisException

        from .spark import cached_pipeline, input_format, run_spark_extract, spark_session
    except ImportError:
        fail('spark-extract needs pyspark (and Java 17+): pip install "xn_model[spark]"')
    try:  # fail before Spark starts (seconds); the job reuses the loaded pipeline
        input_format(input_path, fmt)
        cached_pipeline(model)
    except ValueError as err:
        fail(str(err))
    except OSError as err:
        fail(f"cannot load model {model!r}: {err}")
    spark = spark_session(master)
    try:
        counts = run_spark_extract(
            spark, input_path, output_dir, fmt=fmt, field=field, id_field=id_field, model=model,
            max_chars=max_chars, batch_size=batch_size, partitions=partitions,
        )  # fmt: skip
    except ValueError as err:
        fail(str(err))
    except AnalysisException as err:  # a missing input, an unreadable Parquet file: one line, not a trace
        fail(str(err).splitlines()[0])
    finally:
        spark.stop()
    typer.echo(
        f"✔ {counts['documents']} document(s) written ({counts['entities']} entities), "
        f"{counts['errors']} malformed record(s) listed in {output_dir}/errors; tables: {output_dir}/"
        "{entities,documents,errors}",
        err=True,
    )


def main() -> None:  # pragma: no cover - the console script
    app(prog_name="xn-model")


if __name__ == "__main__":
    sys.exit(app())
