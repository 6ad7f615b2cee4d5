"""The three export readers and their errors for malformed input."""

import json
import re

import pytest

from xn_project.annotations import (
    AnnotationError,
    detect_format,
    locate_mentions,
    read_article_topics,
    read_passages,
    write_doccano,
)

TEXT = "新区管委会与星河科技有限公司签约，总投资约8.5亿元。"
SPANS = [[0, 5, "ORG"], [6, 14, "ORG"], [21, 26, "MONEY"]]


def write_lines(path, records):
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
        encoding="utf8",
    )
    return path


@pytest.fixture
def doccano(tmp_path):
    return write_lines(
        tmp_path / "a.jsonl", [{"id": "x-1", "article_id": "x", "text": TEXT, "label": SPANS, "cats": ["INDUSTRY"]}]
    )


def test_doccano_round_trip(doccano, tmp_path):
    passages = read_passages(doccano)
    assert detect_format(doccano) == "doccano"
    assert [passages[0].text[s:e] for s, e, _ in passages[0].spans] == ["新区管委会", "星河科技有限公司", "8.5亿元"]
    assert passages[0].topic == "INDUSTRY" and passages[0].article_id == "x"
    write_doccano(passages, tmp_path / "b.jsonl")
    assert read_passages(tmp_path / "b.jsonl")[0].spans == passages[0].spans


def test_labelstudio(tmp_path):
    results = [
        {
            "type": "labels",
            "from_name": "label",
            "to_name": "text",
            "value": {"start": s, "end": e, "text": TEXT[s:e], "labels": [label]},
        }
        for s, e, label in SPANS
    ]
    results.append({"type": "choices", "from_name": "topic", "to_name": "text", "value": {"choices": ["INDUSTRY"]}})
    path = tmp_path / "ls.json"
    path.write_text(
        json.dumps([{"id": 7, "data": {"text": TEXT, "article_id": "x"}, "annotations": [{"result": results}]}]),
        encoding="utf8",
    )
    assert detect_format(path) == "labelstudio"
    [passage] = read_passages(path)
    assert [tuple(s) for s in SPANS] == passage.spans and passage.topic == "INDUSTRY"


def test_prodigy_skips_rejected(tmp_path):
    spans = [{"start": s, "end": e, "label": label} for s, e, label in SPANS]
    path = write_lines(
        tmp_path / "p.jsonl",
        [
            {
                "text": TEXT,
                "spans": spans,
                "accept": ["INDUSTRY"],
                "answer": "accept",
                "meta": {"id": "x-1", "article_id": "x"},
            },
            {"text": "作废的例子", "spans": [], "answer": "reject"},
        ],
    )
    assert detect_format(path) == "prodigy"
    passages = read_passages(path)
    assert len(passages) == 1 and passages[0].id == "x-1" and len(passages[0].spans) == 3


@pytest.mark.parametrize(
    "record, message",
    [
        ('{"text": "坏的 JSON", "label": [', "not valid JSON"),
        ({"text": "短文本", "label": [[0, 9, "ORG"]], "cats": ["SOCIETY"]}, "outside the text"),
        ({"text": "星河科技有限公司", "label": [[0, 4, "ORG"], [2, 8, "ORG"]], "cats": ["SOCIETY"]}, "overlaps"),
        ({"text": "星河科技有限公司", "label": [[0, 8, "COMPANY"]], "cats": ["SOCIETY"]}, "unknown label"),
        ({"text": "星河科技有限公司", "label": [], "cats": ["SPORTS"]}, "unknown topic"),
        ({"text": "星河科技有限公司", "label": [[0, 8]], "cats": ["SOCIETY"]}, "is not [start, end, label]"),
        ({"label": [], "cats": ["SOCIETY"]}, "missing field 'text'"),
    ],
)
def test_doccano_errors_name_file_and_line(tmp_path, record, message):
    ok = {"text": "好的一行", "label": [], "cats": ["SOCIETY"]}
    path = write_lines(tmp_path / "bad.jsonl", [ok, record])
    with pytest.raises(AnnotationError, match=re.escape(message)) as err:
        read_passages(path, "doccano")
    assert f"{path}:2" in str(err.value)


def test_labelstudio_error_names_task(tmp_path):
    path = tmp_path / "ls.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": 3,
                    "data": {"text": "短"},
                    "annotations": [
                        {"result": [{"type": "labels", "value": {"start": 0, "end": 5, "labels": ["ORG"]}}]}
                    ],
                }
            ]
        ),
        encoding="utf8",
    )
    with pytest.raises(AnnotationError, match=r"task 0 \(id=3\).*outside the text"):
        read_passages(path)


def test_article_topics_need_exactly_one(tmp_path):
    path = write_lines(
        tmp_path / "art.jsonl",
        [{"id": "a", "text": "x", "label": ["ECOLOGY"]}, {"id": "b", "text": "y", "label": ["ECOLOGY", "CULTURE"]}],
    )
    with pytest.raises(AnnotationError, match=f"{path}:2: 2 topics"):
        read_article_topics(path)


def test_locate_mentions_in_order():
    assert locate_mentions(TEXT, [("新区管委会", "ORG"), ("8.5亿元", "MONEY")]) == [(0, 5, "ORG"), (21, 26, "MONEY")]
    with pytest.raises(AnnotationError, match="not found"):
        locate_mentions(TEXT, [("8.5亿元", "MONEY"), ("新区管委会", "ORG")])


# -- malformed records found by a user (issue 11): each names its file and line, none is a traceback


@pytest.mark.parametrize(
    "spans, message",
    [
        ([["0", 5, "ORG"], [6, 14, "ORG"]], r"a\.jsonl:1: .*offsets must be whole numbers, got str"),
        ([[0, 5, None], [6, 14, "ORG"]], r"a\.jsonl:1: unknown label None"),
        ([[False, True, "ORG"]], r"a\.jsonl:1: .*offsets must be whole numbers, got bool"),
        ([[0, 5.0, "ORG"]], r"a\.jsonl:1: .*got int and float"),
    ],
)
def test_doccano_bad_spans_name_file_and_line(tmp_path, spans, message):
    path = write_lines(tmp_path / "a.jsonl", [{"id": "x-1", "text": TEXT, "label": spans, "cats": ["INDUSTRY"]}])
    with pytest.raises(AnnotationError, match=message):
        read_passages(path)


def test_lone_surrogate_in_an_annotation_is_an_error(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x-1", "text": "西宁\\ud800", "label": [], "cats": ["SOCIETY"]}\n', encoding="utf8")
    with pytest.raises(AnnotationError, match=r"a\.jsonl:1: .*lone surrogate at offset 2"):
        read_passages(path)


def labelstudio_task(annotations):
    return {"id": 7, "data": {"text": TEXT}, "annotations": annotations}


def ls_result(spans, topic):
    labels = [{"type": "labels", "value": {"start": s, "end": e, "labels": [label]}} for s, e, label in spans]
    return labels + [{"type": "choices", "value": {"choices": [topic]}}]


@pytest.mark.parametrize(
    "tasks, message",
    [
        ([3], r"task 0 should be an object, got int"),
        ([labelstudio_task(["done"])], r"task 0 \(id=7\): annotation 0 should be an object, got str"),
        ([labelstudio_task([{"result": ["x"]}])], r"result 0: should be an object, got str"),
    ],
)
def test_labelstudio_malformed_tasks(tmp_path, tasks, message):
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf8")
    with pytest.raises(AnnotationError, match=message):
        read_passages(path, "labelstudio")


def test_labelstudio_takes_the_completed_annotation_not_the_cancelled_one(tmp_path):
    from xn_project.annotations import read_annotations

    cancelled = {"was_cancelled": True, "result": ls_result([[0, 2, "PARK"]], "CULTURE")}
    completed = {"was_cancelled": False, "result": ls_result(SPANS, "INDUSTRY")}
    only_cancelled = {"id": 8, "data": {"text": TEXT}, "annotations": [cancelled]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([labelstudio_task([cancelled, completed]), only_cancelled]), encoding="utf8")
    passages, skipped = read_annotations(path, "labelstudio")
    assert [(p.spans, p.topic) for p in passages] == [([tuple(s) for s in SPANS], "INDUSTRY")]
    assert [s.where for s in skipped] == [f"{path}: task 1 (id=8)"] and "cancelled" in skipped[0].reason


def test_prodigy_rejected_records_are_counted(tmp_path, capsys):
    from xn_project.annotations import read_annotations

    accept = {
        "text": TEXT,
        "spans": [{"start": 0, "end": 5, "label": "ORG"}],
        "answer": "accept",
        "accept": ["INDUSTRY"],
    }
    reject = {**accept, "answer": "reject"}
    ignore = {**accept, "answer": "ignore"}
    path = write_lines(tmp_path / "p.jsonl", [accept, reject, ignore])
    passages, skipped = read_annotations(path, "prodigy")
    assert len(passages) == 1
    assert [(s.where, s.reason) for s in skipped] == [
        (f"{path}:2", "answer is 'reject'"),
        (f"{path}:3", "answer is 'ignore'"),
    ]
    assert len(read_passages(path, "prodigy")) == 1
    assert capsys.readouterr().err.splitlines() == [f"skipped {s.where}: {s.reason}" for s in skipped]
