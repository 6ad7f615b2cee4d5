"""Raw text files -> passages in the project's annotation formats, with the model's entities and
topic as suggestions to correct: doccano JSONL (the project's source-of-truth format; import into a
doccano "Intent detection and slot filling" project, which holds the spans and the topic together)
and Label Studio JSON (tasks with `predictions`).

A file is one article: its first non-empty line is the title (part "title", index 00), every
further non-empty line a paragraph (01, 02 ...), or with `unwrap` every paragraph once the lines
broken inside sentences are joined. The article id is the file name's stem unless
given."""

import re
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language

from .extraction import annotate
from .unwrap import unwrap_lines

LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="ORG"/><Label value="PARK"/><Label value="METRIC"/><Label value="MONEY"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Choices name="topic" toName="text" choice="single">
    <Choice value="COMPUTE"/><Choice value="INDUSTRY"/><Choice value="GOVERNMENT"/>
    <Choice value="SOCIETY"/><Choice value="ECOLOGY"/><Choice value="CULTURE"/>
  </Choices>
</View>
"""


def article_id(path: Path) -> str:
    return re.sub(r"[^\w-]+", "-", path.stem).strip("-") or "article"


def passages_of(article: str, text: str, unwrap: bool = False) -> list[dict]:
    """`unwrap`: join the body's lines broken inside sentences (page columns) first; the title
    stays a line of its own."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if unwrap and lines:
        lines = lines[:1] + [line.strip() for line in unwrap_lines("\n".join(lines[1:]))[0].splitlines()]
    return [
        {"id": f"{article}-{i:02d}", "article_id": article, "part": "title" if i == 0 else "body", "text": line}
        for i, line in enumerate(lines)
    ]


def suggest(nlp: Language, articles: Iterable[tuple[str, str]], max_chars: int, unwrap: bool = False) -> list[dict]:
    """doccano records, one per passage, with the model's entities and topic filled in."""
    passages = [p for article, text in articles for p in passages_of(article, text, unwrap)]
    for passage, (entities, topics) in zip(passages, annotate(nlp, [p["text"] for p in passages], max_chars=max_chars)):
        passage["label"] = [[e["start"], e["end"], e["label"]] for e in entities]
        best = max(topics, key=topics.get) if topics and max(topics.values()) > 0 else None
        passage["cats"] = [best] if best else []
    return passages


def labelstudio_tasks(passages: list[dict], model_version: str) -> list[dict]:
    tasks = []
    for p in passages:
        result = [
            {
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {"start": s, "end": e, "text": p["text"][s:e], "labels": [label]},
            }
            for s, e, label in p["label"]
        ]
        result += [
            {"from_name": "topic", "to_name": "text", "type": "choices", "value": {"choices": p["cats"]}}
        ] if p["cats"] else []  # fmt: skip
        data = {k: p[k] for k in ("id", "article_id", "part", "text")}
        tasks.append({"data": data, "predictions": [{"model_version": model_version, "result": result}]})
    return tasks
