"""The three export readers and their errors for malformed input."""
import json
import re

import pytest

from xn_project.annotations import (
    AnnotationError, detect_format, locate_mentions, read_article_topics, read_passages, write_doccano,
)

TEXT = "新区管委会与星河科技有限公司签约，总投资约8.5亿元。"
SPANS = [[0, 5, "ORG"], [6, 14, "ORG"], [21, 26, "MONEY"]]


def write_lines(path, records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf8")
    return path


@pytest.fixture
def doccano(tmp_path):
    return write_lines(tmp_path / "a.jsonl", [{"id": "x-1", "article_id": "x", "text": TEXT, "label": SPANS, "cats": ["INDUSTRY"]}])


def test_doccano_round_trip(doccano, tmp_path):
    passages = read_passages(doccano)
    assert detect_format(doccano) == "doccano"
    assert [passages[0].text[s:e] for s, e, _ in passages[0].spans] == ["新区管委会", "星河科技有限公司", "8.5亿元"]
    assert passages[0].topic == "INDUSTRY" and passages[0].article_id == "x"
    write_doccano(passages, tmp_path / "b.jsonl")
    assert read_passages(tmp_path / "b.jsonl")[0].spans == passages[0].spans


def test_labelstudio(tmp_path):
    results = [{"type": "labels", "from_name": "label", "to_name": "text",
                "value": {"start": s, "end": e, "text": TEXT[s:e], "labels": [label]}} for s, e, label in SPANS]
    results.append({"type": "choices", "from_name": "topic", "to_name": "text", "value": {"choices": ["INDUSTRY"]}})
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([{"id": 7, "data": {"text": TEXT, "article_id": "x"}, "annotations": [{"result": results}]}]), encoding="utf8")
    assert detect_format(path) == "labelstudio"
    [passage] = read_passages(path)
    assert [tuple(s) for s in SPANS] == passage.spans and passage.topic == "INDUSTRY"


def test_prodigy_skips_rejected(tmp_path):
    spans = [{"start": s, "end": e, "label": label} for s, e, label in SPANS]
    path = write_lines(tmp_path / "p.jsonl", [
        {"text": TEXT, "spans": spans, "accept": ["INDUSTRY"], "answer": "accept", "meta": {"id": "x-1", "article_id": "x"}},
        {"text": "作废的例子", "spans": [], "answer": "reject"},
    ])
    assert detect_format(path) == "prodigy"
    passages = read_passages(path)
    assert len(passages) == 1 and passages[0].id == "x-1" and len(passages[0].spans) == 3


@pytest.mark.parametrize("record, message", [
    ('{"text": "坏的 JSON", "label": [', "not valid JSON"),
    ({"text": "短文本", "label": [[0, 9, "ORG"]], "cats": ["SOCIETY"]}, "outside the text"),
    ({"text": "星河科技有限公司", "label": [[0, 4, "ORG"], [2, 8, "ORG"]], "cats": ["SOCIETY"]}, "overlaps"),
    ({"text": "星河科技有限公司", "label": [[0, 8, "COMPANY"]], "cats": ["SOCIETY"]}, "unknown label"),
    ({"text": "星河科技有限公司", "label": [], "cats": ["SPORTS"]}, "unknown topic"),
    ({"text": "星河科技有限公司", "label": [[0, 8]], "cats": ["SOCIETY"]}, "is not [start, end, label]"),
    ({"label": [], "cats": ["SOCIETY"]}, "missing field 'text'"),
])
def test_doccano_errors_name_file_and_line(tmp_path, record, message):
    ok = {"text": "好的一行", "label": [], "cats": ["SOCIETY"]}
    path = write_lines(tmp_path / "bad.jsonl", [ok, record])
    with pytest.raises(AnnotationError, match=re.escape(message)) as err:
        read_passages(path, "doccano")
    assert f"{path}:2" in str(err.value)


def test_labelstudio_error_names_task(tmp_path):
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([{"id": 3, "data": {"text": "短"}, "annotations": [{"result": [
        {"type": "labels", "value": {"start": 0, "end": 5, "labels": ["ORG"]}}]}]}]), encoding="utf8")
    with pytest.raises(AnnotationError, match=r"task 0 \(id=3\).*outside the text"):
        read_passages(path)


def test_article_topics_need_exactly_one(tmp_path):
    path = write_lines(tmp_path / "art.jsonl", [{"id": "a", "text": "x", "label": ["ECOLOGY"]},
                                                {"id": "b", "text": "y", "label": ["ECOLOGY", "CULTURE"]}])
    with pytest.raises(AnnotationError, match=f"{path}:2: 2 topics"):
        read_article_topics(path)


def test_locate_mentions_in_order():
    assert locate_mentions(TEXT, [("新区管委会", "ORG"), ("8.5亿元", "MONEY")]) == [(0, 5, "ORG"), (21, 26, "MONEY")]
    with pytest.raises(AnnotationError, match="not found"):
        locate_mentions(TEXT, [("8.5亿元", "MONEY"), ("新区管委会", "ORG")])
