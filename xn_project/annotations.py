"""Read and write annotation exports: doccano JSONL (our source of truth), Label Studio JSON
and Prodigy JSONL. Every reader yields the same `Passage` records and raises `AnnotationError`
naming the file and line (or task and field) for malformed input."""

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("ORG", "PARK", "METRIC", "MONEY")
TOPICS = ("COMPUTE", "INDUSTRY", "GOVERNMENT", "SOCIETY", "ECOLOGY", "CULTURE")
FORMATS = ("doccano", "labelstudio", "prodigy")


class AnnotationError(ValueError):
    pass


@dataclass
class Passage:
    """One annotated passage (headline or paragraph) of an article."""

    id: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    topic: str | None = None
    article_id: str | None = None
    part: str = "body"
    where: str = ""  # "file:line" of the record, for messages


def _check(passage: Passage, labels: Iterable[str] = LABELS) -> Passage:
    """Structural checks every reader applies: text without lone surrogates, whole-number offsets
    in range, known labels, no overlaps."""
    labels = set(labels)
    # (not xn_model.normalize.lone_surrogate: importing xn_model would tie validate, split and
    # agreement to every runtime file in the workflow's deps)
    bad = next((i for i, c in enumerate(passage.text) if "\ud800" <= c <= "\udfff"), None)
    if bad is not None:
        raise AnnotationError(f"{passage.where}: the text has a lone surrogate at offset {bad} (not valid Unicode)")
    for span in passage.spans:
        start, end, label = span
        # bool is an int to Python, but true/false are not offsets
        if type(start) is not int or type(end) is not int:
            raise AnnotationError(
                f"{passage.where}: span {list(span)}: offsets must be whole numbers, got "
                f"{type(start).__name__} and {type(end).__name__}"
            )
        if not 0 <= start < end <= len(passage.text):
            raise AnnotationError(
                f"{passage.where}: span [{start}, {end}) {label} is outside the text (length {len(passage.text)})"
            )
        if label not in labels:
            raise AnnotationError(f"{passage.where}: unknown label {label!r} (expected one of {sorted(labels)})")
    last_end, last = -1, None
    for start, end, label in sorted(passage.spans):
        if start < last_end:
            raise AnnotationError(f"{passage.where}: span [{start}, {end}) {label} overlaps {last}")
        last_end, last = end, f"[{start}, {end}) {label}"
    if passage.topic is not None and passage.topic not in TOPICS:
        raise AnnotationError(f"{passage.where}: unknown topic {passage.topic!r} (expected one of {list(TOPICS)})")
    passage.spans = sorted(passage.spans)
    return passage


@dataclass
class Skipped:
    """A record a reader leaves out on purpose (rejected, cancelled, unannotated), with the reason."""

    where: str
    reason: str


def _jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    for n, line in enumerate(path.read_text(encoding="utf8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise AnnotationError(f"{path}:{n}: not valid JSON ({err.msg} at column {err.colno})") from None
        if not isinstance(record, dict):
            raise AnnotationError(f"{path}:{n}: expected a JSON object, got {type(record).__name__}")
        yield n, record


def _field(record: dict, key: str, where: str, kind=str):
    if key not in record:
        raise AnnotationError(f"{where}: missing field {key!r}")
    if not isinstance(record[key], kind):
        raise AnnotationError(f"{where}: field {key!r} should be {kind.__name__}")
    return record[key]


def _one_topic(topics, where: str) -> str | None:
    topics = [topics] if isinstance(topics, str) else list(topics or [])
    if len(topics) > 1:
        raise AnnotationError(f"{where}: {len(topics)} topics {topics}; exactly one is allowed")
    return topics[0] if topics else None


def read_doccano(path: Path) -> Iterator[Passage | Skipped]:
    """doccano sequence-labelling export: {"text", "label" or "entities": [[start, end, label]],
    "cats": [topic]}; extra fields (id, article_id, part) are doccano metadata."""
    for n, record in _jsonl(path):
        where = f"{path}:{n}"
        text = _field(record, "text", where)
        raw_spans = record.get("entities", record.get("label", []))
        if not isinstance(raw_spans, list):
            raise AnnotationError(f"{where}: field 'label' should be a list of [start, end, label]")
        spans = []
        for item in raw_spans:
            if not (isinstance(item, (list, tuple)) and len(item) == 3):
                raise AnnotationError(f"{where}: span {item!r} is not [start, end, label]")
            spans.append((item[0], item[1], item[2]))
        yield _check(
            Passage(
                id=str(record.get("id", f"{path.stem}-{n}")),
                text=text,
                spans=spans,
                topic=_one_topic(record.get("cats"), where),
                article_id=record.get("article_id"),
                part=record.get("part", "body"),
                where=where,
            )
        )


def _labelstudio_annotation(task: dict, where: str):
    """The annotation to take from a task: the last completed one (a cancelled or skipped
    annotation is not gold); None when the task has none."""
    annotations = task.get("annotations") or []
    if not isinstance(annotations, list):
        raise AnnotationError(f"{where}: 'annotations' should be a list")
    completed = []
    for k, annotation in enumerate(annotations):
        if not isinstance(annotation, dict):
            raise AnnotationError(f"{where}: annotation {k} should be an object, got {type(annotation).__name__}")
        if not annotation.get("was_cancelled"):
            completed.append(annotation)
    return completed[-1] if completed else None


def read_labelstudio(path: Path) -> Iterator[Passage | Skipped]:
    """Label Studio JSON export: a list of tasks with data.text and, in the last completed
    annotation, "labels" (spans) and "choices" (topic) results. A task whose annotations were all
    cancelled (or that has none) is skipped and reported."""
    try:
        tasks = json.loads(path.read_text(encoding="utf8"))
    except json.JSONDecodeError as err:
        raise AnnotationError(f"{path}:{err.lineno}: not valid JSON ({err.msg})") from None
    if not isinstance(tasks, list):
        raise AnnotationError(f"{path}: a Label Studio export is a JSON list of tasks")
    for i, task in enumerate(tasks):
        if not isinstance(task, dict):
            raise AnnotationError(f"{path}: task {i} should be an object, got {type(task).__name__}")
        where = f"{path}: task {i} (id={task.get('id')})"
        data = _field(task, "data", where, dict)
        text = _field(data, "text", f"{where} field data", str)
        annotation = _labelstudio_annotation(task, where)
        if annotation is None:
            yield Skipped(where, "no completed annotation (cancelled or not annotated)")
            continue
        results = annotation.get("result", [])
        if not isinstance(results, list):
            raise AnnotationError(f"{where}: 'result' should be a list")
        spans, topics = [], []
        for j, result in enumerate(results):
            if not isinstance(result, dict):
                raise AnnotationError(f"{where} result {j}: should be an object, got {type(result).__name__}")
            value = _field(result, "value", f"{where} result {j}", dict)
            if result.get("type") == "labels":
                try:
                    spans.append((value["start"], value["end"], value["labels"][0]))
                except (KeyError, IndexError, TypeError):
                    raise AnnotationError(f"{where} result {j}: a labels result needs start, end and labels") from None
            elif result.get("type") == "choices":
                choices = value.get("choices", [])
                if not isinstance(choices, list):
                    raise AnnotationError(f"{where} result {j}: 'choices' should be a list")
                topics.extend(choices)
        yield _check(
            Passage(
                id=str(data.get("id", task.get("id", i))),
                text=text,
                spans=spans,
                topic=_one_topic(topics, where),
                article_id=data.get("article_id"),
                part=data.get("part", "body"),
                where=where,
            )
        )


def read_prodigy(path: Path) -> Iterator[Passage | Skipped]:
    """Prodigy JSONL: {"text", "spans": [{"start", "end", "label"}], "accept": [topic],
    "answer", "meta"}. Rejected and ignored examples are skipped and reported."""
    for n, record in _jsonl(path):
        where = f"{path}:{n}"
        if record.get("answer", "accept") != "accept":
            yield Skipped(where, f"answer is {record.get('answer')!r}")
            continue
        text = _field(record, "text", where)
        spans = []
        if not isinstance(record.get("spans", []), list):
            raise AnnotationError(f"{where}: 'spans' should be a list")
        for item in record.get("spans", []):
            try:
                spans.append((item["start"], item["end"], item["label"]))
            except (KeyError, TypeError):
                raise AnnotationError(f"{where}: span {item!r} needs start, end and label") from None
        meta = record.get("meta") or {}
        yield _check(
            Passage(
                id=str(meta.get("id", record.get("_input_hash", n))),
                text=text,
                spans=spans,
                topic=_one_topic(record.get("accept"), where),
                article_id=meta.get("article_id"),
                part=meta.get("part", "body"),
                where=where,
            )
        )


def detect_format(path: Path) -> str:
    """Tell the export format from the content of its first record."""
    head = path.read_text(encoding="utf8").lstrip()[:1]
    if head == "[":
        return "labelstudio"
    for n, record in _jsonl(path):
        if "spans" in record or "answer" in record or "accept" in record:
            return "prodigy"
        if "label" in record or "entities" in record or "cats" in record:
            return "doccano"
        raise AnnotationError(f"{path}:{n}: cannot tell the format (no label/entities/spans field); pass --format")
    raise AnnotationError(f"{path}: empty file")


READERS = {"doccano": read_doccano, "labelstudio": read_labelstudio, "prodigy": read_prodigy}


def read_annotations(path: Path, fmt: str | None = None) -> tuple[list[Passage], list[Skipped]]:
    """The passages of an export, and the records left out on purpose with their reasons."""
    fmt = fmt or detect_format(path)
    if fmt not in READERS:
        raise AnnotationError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    passages, skipped = [], []
    for item in READERS[fmt](path):
        (skipped if isinstance(item, Skipped) else passages).append(item)
    return passages, skipped


def read_passages(path: Path, fmt: str | None = None) -> list[Passage]:
    """The passages of an export; records left out on purpose are reported on stderr, one line
    each (read_annotations returns them)."""
    passages, skipped = read_annotations(path, fmt)
    for record in skipped:
        print(f"skipped {record.where}: {record.reason}", file=sys.stderr)
    return passages


def read_article_topics(path: Path) -> dict[str, str]:
    """doccano text-classification export, one article a line: {"id", "text", "label": [topic]}."""
    topics = {}
    for n, record in _jsonl(path):
        where = f"{path}:{n}"
        topic = _one_topic(record.get("label"), where)
        if topic not in TOPICS:
            raise AnnotationError(f"{where}: article needs one topic of {list(TOPICS)}, got {topic!r}")
        topics[_field(record, "id", where)] = topic
    return topics


def write_doccano(passages: Iterable[Passage], path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": p.id,
                "article_id": p.article_id,
                "part": p.part,
                "text": p.text,
                "label": [list(s) for s in p.spans],
                "cats": [p.topic] if p.topic else [],
            },
            ensure_ascii=False,
        )
        for p in passages
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf8")


def locate_mentions(text: str, mentions: Iterable[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Turn (surface, label) pairs listed in reading order into offsets, searching forward from
    the previous mention; a mention not found raises, so nothing is dropped silently."""
    spans, pos = [], 0
    for surface, label in mentions:
        start = text.find(surface, pos)
        if start < 0:
            raise AnnotationError(f"mention {surface!r} ({label}) not found after offset {pos} in {text[:30]!r}…")
        spans.append((start, start + len(surface), label))
        pos = start + len(surface)
    return spans
