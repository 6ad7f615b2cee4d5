"""Importing a Label Studio export into the source of truth: corrections replace passages by id,
new articles are added as train with the topic of most of their passages, skips are reported."""

import json

from typer.testing import CliRunner

from xn_project.annotations import read_article_topics, read_passages
from xn_project.import_annotations import app

TEXT = "新区管委会与星河科技有限公司签约，总投资约8.5亿元。"


def task(pid, article, part, text, spans, topic, cancelled=False):
    result = [{"type": "labels", "value": {"start": s, "end": e, "labels": [label]}} for s, e, label in spans]
    result.append({"type": "choices", "value": {"choices": [topic]}})
    return {
        "data": {"id": pid, "article_id": article, "part": part, "text": text},
        "annotations": [{"was_cancelled": cancelled, "result": result}],
    }


def test_import_adds_and_replaces(tmp_path):
    passages = tmp_path / "passages.jsonl"
    passages.write_text(
        json.dumps(
            {"id": "a-00", "article_id": "a", "part": "title", "text": TEXT, "label": [], "cats": ["INDUSTRY"]},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf8",
    )
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a", "text": TEXT, "label": ["INDUSTRY"]}) + "\n", encoding="utf8")
    export = tmp_path / "export.json"
    export.write_text(
        json.dumps(
            [
                task("a-00", "a", "title", TEXT, [[0, 5, "ORG"]], "INDUSTRY"),  # a correction
                task("n-00", "n", "title", "算力中心投运", [], "COMPUTE"),
                task("n-01", "n", "body", TEXT, [[6, 14, "ORG"], [21, 26, "MONEY"]], "COMPUTE"),
                task("n-02", "n", "body", "文化节开幕", [], "CULTURE", cancelled=True),
            ],
            ensure_ascii=False,
        ),
        encoding="utf8",
    )
    before = export.read_bytes()
    result = CliRunner().invoke(app, [str(export), str(passages), str(articles)])
    assert result.exit_code == 0, result.output
    assert "2 passages added, 1 replaced, 1 records skipped" in result.output and "task 3" in result.output
    merged = read_passages(passages)
    assert [p.id for p in merged] == ["a-00", "n-00", "n-01"]
    assert merged[0].spans == [(0, 5, "ORG")] and merged[2].spans == [(6, 14, "ORG"), (21, 26, "MONEY")]
    assert read_article_topics(articles) == {"a": "INDUSTRY", "n": "COMPUTE"}
    assert export.read_bytes() == before
