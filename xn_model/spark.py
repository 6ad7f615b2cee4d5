"""`xn-model extract` on Apache Spark, for archives of millions of articles:

    xn-model spark-extract archive/*.jsonl tables/ --master yarn --partitions 200
    spark-submit $(python -c 'import xn_model.spark as s; print(s.__file__)') pages/ tables/ --format txt

Reads .txt files (a file a document), JSONL or Parquet (a row a document), runs `annotate` over
each partition with the pipeline loaded once per executor Python worker, and writes three Parquet
tables under the output folder, replacing a previous run's: `entities/` and `documents/` with the
columns of `xn-model extract`, and `errors/` (id, where, error) with every record that could not be
read, which never fails the job. `where` is file:line for JSONL (as extract gives it), the file for
.txt, file:row for Parquet (0-based). pyspark is an optional extra, imported inside functions;
imports are absolute so that spark-submit can run this file as a script.
"""

import os
import sys

# run as a file (spark-submit), its folder is first on sys.path, and xn_model/numbers.py would
# stand in for the standard library's numbers
if __name__ == "__main__" and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    sys.path.pop(0)

import codecs
import json
from collections import deque
from functools import partial
from itertools import groupby
from operator import itemgetter
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import spacy
from spacy.language import Language

from xn_model.extraction import DEFAULT_MAX_CHARS, DOCUMENT_COLUMNS, ENTITY_COLUMNS, annotate, document_row
from xn_model.records import InputError, _checked_text, _decode_hint, _record_id

FORMATS = ("jsonl", "txt", "parquet")
ERROR_COLUMNS = ("id", "where", "error")
ENTITY, DOCUMENT, ERROR = "entities", "documents", "errors"  # the kinds of output row, and their tables
FLOAT_COLUMNS = {"value", "value_high", "score"}  # and every topic_* score
INT_COLUMNS = {"start", "end", "text_length", "entities"}
# the pipeline of each model name in this Python process: a worker loads it for its first task and
# keeps it for every later one (spark.python.worker.reuse is on by default)
_PIPELINES: dict[str, Language] = {}


def cached_pipeline(model: str) -> Language:
    if model not in _PIPELINES:
        _PIPELINES[model] = spacy.load(model)
    return _PIPELINES[model]


def local_path(uri: str, encoded: bool) -> str:
    """A local file as a plain path (file:/a/b c.txt -> /a/b c.txt); other URIs unchanged.
    Spark's _metadata.file_path is percent-encoded, Hadoop's paths (binaryFiles) are not."""
    if not uri.startswith("file:"):
        return uri
    path = "/" + uri.removeprefix("file:").lstrip("/")
    return unquote(path) if encoded else path


def input_format(input_path: str, fmt: str | None) -> str:
    fmt = fmt or PurePosixPath(input_path.rstrip("/")).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"{input_path}: cannot tell the input format; use --format {'/'.join(FORMATS)}")
    return fmt


# A record is (id, where, text, error): text None and the reason in error for a malformed one


def jsonl_record(where: str, raw: bytes, first: bool, field: str, id_field: str | None) -> tuple | None:
    """One JSONL line as records.read_documents reads it (None for a blank line)."""
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as err:
        return where, where, None, _decode_hint(PurePosixPath(where.rsplit(":", 1)[0]), err)
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return where, where, None, f"invalid JSON: {err.msg} at column {err.colno}"
    if not isinstance(record, dict):
        return where, where, None, f"not a JSON object ({type(record).__name__})"
    doc_id = _record_id(record, id_field, where)
    if field not in record:
        return doc_id, where, None, f"field {field!r} missing"
    return checked(doc_id, where, record[field], field)


def checked(doc_id: str, where: str, text: object, field: str) -> tuple:
    """A record, its text checked as records.py does; bytes are decoded here, so bad UTF-8 is seen."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as err:
            return doc_id, where, None, _decode_hint(PurePosixPath(where), err)
    try:
        return doc_id, where, _checked_text(where, text, field), None
    except InputError as err:
        return doc_id, where, None, err.reason


def _numbered_lines(rows, before: dict, field: str, id_field: str | None):
    for (file, block), group in groupby(rows, key=itemgetter(0, 1)):
        path = local_path(file, encoded=True)
        for number, row in enumerate(group, before[file, block] + 1):
            # the newline Spark split at back, as extract reads lines (it shows in JSON errors)
            record = jsonl_record(f"{path}:{number}", bytes(row[2]) + b"\n", number == 1, field, id_field)
            if record is not None:
                yield record


def read_jsonl(spark, input_path: str, field: str, id_field: str | None):
    from pyspark.sql import functions as F

    # lines as raw bytes (casting keeps bytes that are not UTF-8), with their file and split
    lines = (
        spark.read.option("lineSep", "\n")
        .text(input_path)
        .select(F.col("_metadata.file_path"), F.col("_metadata.file_block_start"), F.col("value").cast("binary"))
        .rdd
    )
    # a line's number within its file = its place in its split + the lines of the file's earlier
    # splits; counting them first is a cheap pass that runs no model
    sizes = lines.mapPartitions(lambda rows: ((key, sum(1 for _ in g)) for key, g in groupby(rows, itemgetter(0, 1))))
    before, seen = {}, {}
    for (file, block), size in sorted(sizes.collect()):
        before[file, block] = seen.get(file, 0)
        seen[file] = before[file, block] + size
    return lines.mapPartitions(partial(_numbered_lines, before=before, field=field, id_field=id_field))


def _txt_record(uri: str, content: bytes) -> tuple:
    where = local_path(uri, encoded=False)  # as records.read_txt: a BOM dropped, newlines kept
    return checked(PurePosixPath(where).name, where, bytes(content).removeprefix(codecs.BOM_UTF8), "text")


def _parquet_record(row, field: str) -> tuple:
    file, index, doc_id, text = row
    where = f"{local_path(file, encoded=True)}:{index}"
    return checked(where if doc_id in (None, "") else doc_id, where, text, field)


def read_parquet(spark, input_path: str, field: str, id_field: str | None):
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    frame = spark.read.parquet(input_path)
    if field not in frame.columns:
        raise ValueError(f"{input_path}: no column {field!r} (columns: {frame.columns})")
    text = F.col(field)
    if isinstance(frame.schema[field].dataType, StringType):
        text = text.cast("binary")
    doc_id = F.col(id_field).cast("string") if id_field and id_field in frame.columns else F.lit(None)
    rows = frame.select(F.col("_metadata.file_path"), F.col("_metadata.row_index"), doc_id, text).rdd
    return rows.map(partial(_parquet_record, field=field))


def read_records(spark, input_path: str, fmt: str, field: str, id_field: str | None, partitions: int | None):
    if fmt == "txt":
        minimum = partitions or spark.sparkContext.defaultParallelism
        return spark.sparkContext.binaryFiles(input_path, minimum).map(lambda item: _txt_record(*item))
    if fmt == "jsonl":
        return read_jsonl(spark, input_path, field, id_field)
    return read_parquet(spark, input_path, field, id_field)


def _values(row: dict, columns) -> tuple:
    """The row's values in column order, numbers as the schema types them."""
    floats = [c in FLOAT_COLUMNS or c.startswith("topic_") for c in columns]
    return tuple(float(row[c]) if f and row.get(c) is not None else row.get(c) for c, f in zip(columns, floats))


def annotate_partition(records, *, model: str, columns: dict, max_chars: int, batch_size: int):
    """(kind, values) rows for a partition's records: its entities, a row for each document, and an
    error row for each malformed record."""
    queue, errors = deque(), []

    def texts():
        for record in records:
            if record[3] is None:
                queue.append(record)
                yield record[2]
            else:
                errors.append(record)

    results = annotate(cached_pipeline(model), texts(), max_chars=max_chars, batch_size=batch_size)
    for entities, topics in results:
        doc_id, where, text, _ = queue.popleft()
        for entity in entities:
            yield ENTITY, _values({"id": doc_id, "where": where, **entity}, columns[ENTITY])
        yield DOCUMENT, _values(document_row(doc_id, where, text, entities, topics), columns[DOCUMENT])
    for doc_id, where, _, error in errors:
        yield ERROR, (doc_id, where, error)


def schema(columns):
    """The column types of outputs._write_parquet."""
    from pyspark.sql import types as T

    return T.StructType([
        T.StructField(c, T.DoubleType() if c in FLOAT_COLUMNS or c.startswith("topic_")
                      else T.LongType() if c in INT_COLUMNS
                      else T.BooleanType() if c == "approx"
                      else T.StringType())
        for c in columns
    ])  # fmt: skip


def run_spark_extract(
    spark,
    input_path: str | Path,
    output_dir: str | Path,
    *,
    fmt: str | None = None,
    field: str = "text",
    id_field: str | None = "id",
    model: str = "xn_model",
    max_chars: int = DEFAULT_MAX_CHARS,
    batch_size: int = 32,
    partitions: int | None = None,
) -> dict[str, int]:
    """Write entities/, documents/ and errors/ under output_dir; returns the rows of each."""
    from pyspark import StorageLevel

    input_path, output_dir = str(input_path), str(output_dir).rstrip("/")
    fmt = input_format(input_path, fmt)
    if "://" not in output_dir and Path(output_dir).resolve().is_relative_to(Path(input_path).resolve()):
        raise ValueError(f"{output_dir}: is inside the input {input_path}; a rerun would read its own output")
    # loading the pipeline here fails fast on a bad --model and gives the documents' topic columns
    _, topics = next(annotate(cached_pipeline(model), [""]))
    columns = {
        ENTITY: ENTITY_COLUMNS,
        DOCUMENT: (*DOCUMENT_COLUMNS, *(f"topic_{label}" for label in sorted(topics))),
        ERROR: ERROR_COLUMNS,
    }
    records = read_records(spark, input_path, fmt, field, id_field, partitions)
    wanted = partitions or max(records.getNumPartitions(), spark.sparkContext.defaultParallelism)
    if records.getNumPartitions() != wanted:  # spread the model's work evenly over the cores
        records = records.repartition(wanted)
    work = partial(annotate_partition, model=model, columns=columns, max_chars=max_chars, batch_size=batch_size)
    # the model runs once: its rows are kept (spilling to disk) while the three tables are written
    rows = records.mapPartitions(work).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for kind in (ENTITY, DOCUMENT, ERROR):
            table = rows.filter(lambda row, kind=kind: row[0] == kind).map(itemgetter(1))
            spark.createDataFrame(table, schema(columns[kind])).write.mode("overwrite").parquet(f"{output_dir}/{kind}")
        counts = rows.map(itemgetter(0)).countByValue()
    finally:
        rows.unpersist()
    return {kind: counts.get(kind, 0) for kind in (DOCUMENT, ENTITY, ERROR)}


def spark_session(master: str | None = None, app_name: str = "xn-model spark-extract"):
    """A SparkSession on `master` (None: spark-submit's --master, else local[*])."""
    from pyspark.sql import SparkSession

    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # started by spark-submit, which configures Python
    if not submitted and (master is None or master.startswith("local")):
        # local workers must run this Python (with spaCy), not whatever `python3` is on PATH
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    spark = (builder.master(master) if master else builder).getOrCreate()
    # Spark looks for a streaming sink's metadata under a single input path and logs a Java stack
    # trace at WARN when that path is a glob or missing; it means nothing for this batch job
    log4j = spark.sparkContext._jvm.org.apache.logging.log4j
    for package in ("streaming", "streaming.sinks"):  # Spark 3.5, Spark 4
        logger = f"org.apache.spark.sql.execution.{package}.FileStreamSink"
        log4j.core.config.Configurator.setLevel(logger, log4j.Level.ERROR)
    return spark


def main() -> None:
    """`python -m xn_model.spark INPUT OUTPUT_DIR ...` or spark-submit this file: the options of
    `xn-model spark-extract`."""
    from xn_model.cli import app

    app(["spark-extract", *sys.argv[1:]], prog_name="xn_model.spark")


if __name__ == "__main__":
    # run the importable module's main, so that Spark pickles its functions by reference and every
    # worker keeps one pipeline cache (functions of __main__ would be pickled by value)
    from xn_model.spark import main as module_main

    module_main()
