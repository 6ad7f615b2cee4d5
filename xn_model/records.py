"""Reading the documents `xn-model` runs over: .txt (one document a file), .jsonl (one JSON object a
line) and .csv (one row a document). Every document comes with where it was read (file, or
file:line), an id (the record's --id-field, else that place) and its text; a record that cannot be
read is an InputError naming the place and the reason, never a traceback."""

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .normalize import lone_surrogate

INPUT_SUFFIXES = (".txt", ".jsonl", ".csv")


class InputError(Exception):
    """A document that cannot be read; str() is "place: reason"."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


@dataclass
class Document:
    source: str  # file, or file:line (1-based; a CSV row counts its header as line 1)
    id: str
    text: str


def _decode_hint(path: Path, err: UnicodeDecodeError) -> str:
    return (
        f"not UTF-8 (byte 0x{err.object[err.start]:02x} at offset {err.start}); convert it first, "
        f"e.g. iconv -f GBK -t UTF-8 {path.name}"
    )


def _checked_text(source: str, text: object, field: str) -> str:
    if not isinstance(text, str):
        raise InputError(source, f"field {field!r} is not a string ({type(text).__name__})")
    bad = lone_surrogate(text)
    if bad is not None:
        raise InputError(source, f"field {field!r} has a lone surrogate at offset {bad} (not valid Unicode)")
    return text


def read_txt(path: Path) -> str:
    """The file's text exactly (no newline translation, so offsets index the file); a BOM is dropped."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as err:
        raise InputError(str(path), _decode_hint(path, err)) from None
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror}") from None


def _record_id(record: dict, id_field: str | None, source: str) -> str:
    value = record.get(id_field) if id_field else None
    return source if value is None or value == "" else str(value)


def _read_jsonl(path: Path, field: str, id_field: str | None) -> Iterator[Document | InputError]:
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            source = f"{path}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield InputError(source, _decode_hint(path, err))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield InputError(source, f"invalid JSON: {err.msg} at column {err.colno}")
                continue
            if not isinstance(record, dict):
                yield InputError(source, f"not a JSON object ({type(record).__name__})")
                continue
            if field not in record:
                yield InputError(source, f"field {field!r} missing")
                continue
            try:
                yield Document(
                    source, _record_id(record, id_field, source), _checked_text(source, record[field], field)
                )
            except InputError as err:
                yield err


def _read_csv(path: Path, field: str, id_field: str | None) -> Iterator[Document | InputError]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or field not in reader.fieldnames:
            yield InputError(str(path), f"no column {field!r} (columns: {reader.fieldnames})")
            return
        with handle:
            for row in reader:
                source = f"{path}:{reader.line_num}"
                try:
                    yield Document(source, _record_id(row, id_field, source), _checked_text(source, row[field], field))
                except InputError as err:
                    yield err
    except UnicodeDecodeError as err:
        yield InputError(str(path), _decode_hint(path, err))


def read_documents(
    paths: Iterable[Path], field: str = "text", id_field: str | None = "id"
) -> Iterator[Document | InputError]:
    """Every document of the inputs, in order, or an InputError in its place."""
    for path in paths:
        suffix = path.suffix.lower()
        if suffix == ".txt":
            try:
                yield Document(str(path), path.name, _checked_text(str(path), read_txt(path), "text"))
            except InputError as err:
                yield err
        elif suffix == ".jsonl":
            yield from _read_jsonl(path, field, id_field)
        elif suffix == ".csv":
            yield from _read_csv(path, field, id_field)
        else:
            yield InputError(str(path), f"unknown input type {suffix!r}; expected one of {', '.join(INPUT_SUFFIXES)}")
