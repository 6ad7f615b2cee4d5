"""Writing the tables of `xn-model extract`: the entity table at the output path and the documents
table beside it (out.csv -> out.documents.csv), as JSONL, CSV or Parquet.

Rows are streamed: each document's rows are appended (and flushed) to JSONL files named
`<output>.partial` and `<documents>.partial` as soon as the document is done, so a run that stops
keeps what it did and `--resume` carries on from there. When the run ends the partial files
become the requested format under the final names (an existing file keeps its permissions).
"""

import csv
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

FORMATS = ("jsonl", "csv", "parquet")


class OutputError(Exception):
    pass


def output_format(path: Path, fmt: str | None) -> str:
    fmt = fmt or path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise OutputError(
            f"{path}: cannot tell the output format from {path.suffix!r}; use --format {'/'.join(FORMATS)}"
        )
    return fmt


def documents_path(output: Path) -> Path:
    """out.csv -> out.documents.csv"""
    return output.with_name(f"{output.stem}.documents{output.suffix}")


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def check_outputs(outputs: Sequence[Path], inputs: Sequence[Path]) -> None:
    """Refuse to write over an input, into a folder that is a file, or where nothing can be
    written; all before the model is loaded."""
    for out in outputs:
        for path in inputs:
            same = out.resolve() == path.resolve() or (out.exists() and path.exists() and os.path.samefile(out, path))
            if same:
                raise OutputError(f"{out}: is also an input ({path}); refusing to overwrite it")
        parent = out.parent
        existing = next((p for p in (parent, *parent.parents) if p.exists()), None)
        if existing is not None and not existing.is_dir():
            raise OutputError(f"{out}: cannot create it, {existing} is a file, not a folder")
        if out.is_dir():
            raise OutputError(f"{out}: is a folder")
        if existing is not None and not os.access(existing, os.W_OK):
            raise OutputError(f"{out}: cannot write in {existing}")


class PartialWriter:
    """Appends rows as JSON lines and flushes after each document."""

    def __init__(self, path: Path, resume: bool):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.handle = path.open("a" if resume else "w", encoding="utf-8")

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            self.handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()


def read_partial(path: Path) -> Iterator[dict]:
    """Rows of a partial file; a last line cut short by a crash is ignored."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.endswith("\n"):
                yield json.loads(line)


def _columns(path: Path, first: Sequence[str]) -> list[str]:
    """The columns in order: the fixed ones, then any others the rows have (topic_* scores)."""
    columns = list(first)
    for row in read_partial(path):
        columns += [key for key in row if key not in columns]
    return columns


def finish(partial: Path, final: Path, fmt: str, columns: Sequence[str]) -> int:
    """Turn a partial JSONL file into `final` in `fmt`; returns the number of rows."""
    columns = _columns(partial, columns)
    tmp = final.with_name(final.name + ".tmp")
    rows = 0
    if fmt == "jsonl":
        with tmp.open("w", encoding="utf-8") as out:
            for row in read_partial(partial):
                out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
                rows += 1
    elif fmt == "csv":
        with tmp.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            for row in read_partial(partial):
                writer.writerow({c: row.get(c) for c in columns})
                rows += 1
    else:
        rows = _write_parquet(partial, tmp, columns)
    if final.exists():
        os.chmod(tmp, final.stat().st_mode & 0o7777)
    os.replace(tmp, final)
    partial.unlink()
    return rows


def _write_parquet(partial: Path, tmp: Path, columns: Sequence[str], batch_rows: int = 10000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError("Parquet output needs pyarrow: pip install 'xn_model[parquet]'") from None
    numeric = {"start", "end", "value", "value_high", "score", "text_length", "entities"}
    types = {
        c: pa.float64() if c in ("value", "value_high", "score") or c.startswith("topic_")
        else pa.int64() if c in numeric
        else pa.bool_() if c == "approx"
        else pa.string()
        for c in columns
    }  # fmt: skip
    schema = pa.schema([(c, types[c]) for c in columns])
    rows, batch = 0, []
    with pq.ParquetWriter(tmp, schema) as writer:
        for row in read_partial(partial):
            batch.append(row)
            if len(batch) == batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                rows, batch = rows + len(batch), []
        if batch or not rows:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            rows += len(batch)
    return rows
