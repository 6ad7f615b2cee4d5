"""The validator finds each kind of error, lists inconsistencies, and checks the split rules."""

import json

import pytest
from typer.testing import CliRunner

from xn_project.annotations import Passage
from xn_project.corpus import split_problems
from xn_project.validate import app, inconsistencies, span_errors

runner = CliRunner()


def passage(text, spans, topic="INDUSTRY", pid="a-00", article="a"):
    return Passage(id=pid, text=text, spans=spans, topic=topic, article_id=article, where=f"file:{pid}")


def test_span_edges_and_missing_topic():
    assert span_errors(passage("“星河公司”成立", [(1, 5, "ORG")])) == []
    [edge] = span_errors(passage("“星河公司”成立", [(0, 5, "ORG")]))
    assert "punctuation at an edge" in edge and "file:a-00" in edge
    assert "whitespace" in span_errors(passage("星河公司 成立", [(0, 5, "ORG")]))[0]
    assert "no topic" in span_errors(passage("星河公司成立", [], topic=None))[0]


def test_percent_sign_is_a_unit_not_punctuation():
    assert span_errors(passage("增长80%。", [(2, 5, "METRIC")])) == []
    assert "punctuation at an edge" in span_errors(passage("增长80%。", [(2, 6, "METRIC")]))[0]


def test_inconsistencies_list_label_clash_and_unannotated_copy():
    passages = [
        passage("星河园区开工", [(0, 4, "PARK")], pid="a-00"),
        passage("星河园区发布通知", [(0, 4, "ORG")], pid="a-01"),
        passage("走进星河园区", [], pid="a-02"),
    ]
    notes = inconsistencies(passages)
    assert any("labelled ['ORG', 'PARK']" in n for n in notes)
    assert any("not annotated in a-02" in n for n in notes)


def make_corpus(tmp_path, spans_by_article):
    """Ten one-passage articles; spans_by_article maps article id -> spans on 星河公司投资3亿元。"""
    text = "星河公司投资3亿元。"
    lines, arts, topics = [], [], []
    for i in range(10):
        aid = f"p-{i:02d}"
        lines.append(
            {
                "id": f"{aid}-00",
                "article_id": aid,
                "text": text,
                "label": spans_by_article.get(aid, []),
                "cats": ["INDUSTRY"],
            }
        )
        arts.append({"id": aid, "page": "p.txt", "title": None, "paragraphs": [text]})
        topics.append({"id": aid, "text": text, "label": ["INDUSTRY"]})
    for name, rows in (("passages.jsonl", lines), ("articles.jsonl", arts), ("topics.jsonl", topics)):
        (tmp_path / name).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf8")
    return tmp_path


def run(tmp_path, splits):
    (tmp_path / "splits.json").write_text(json.dumps(splits))
    return runner.invoke(
        app,
        [
            str(tmp_path / "passages.jsonl"),
            str(tmp_path / "topics.jsonl"),
            str(tmp_path / "articles.jsonl"),
            str(tmp_path / "splits.json"),
            str(tmp_path / "stats.json"),
        ],
    )


def test_cli_passes_and_writes_stats(tmp_path):
    spans = {f"p-{i:02d}": [[0, 4, "ORG"], [6, 9, "MONEY"]] for i in range(10)}
    make_corpus(tmp_path, spans)
    result = run(tmp_path, {"dev": ["p-00", "p-01", "p-02", "p-03"], "test": ["p-04", "p-05", "p-06", "p-07"]})
    assert result.exit_code == 0, result.output
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert stats["labels"]["ORG"] == 10 and stats["splits"]["train"]["articles"] == 2
    assert stats["splits"]["dev"]["labels"]["MONEY"] == 4


@pytest.mark.parametrize(
    "spans, message",
    [
        ({"p-00": [[0, 40, "ORG"]]}, "outside the text"),
        ({"p-00": [[0, 4, "ORG"], [2, 6, "ORG"]]}, "overlaps"),
        ({"p-00": [[0, 4, "PERSON"]]}, "unknown label"),
        ({"p-00": [[6, 10, "MONEY"]]}, "punctuation at an edge"),
    ],
)
def test_cli_fails_on_each_error(tmp_path, spans, message):
    make_corpus(tmp_path, spans)
    result = run(tmp_path, {"dev": ["p-00", "p-01", "p-02", "p-03"], "test": ["p-04", "p-05", "p-06", "p-07"]})
    assert result.exit_code == 1
    assert message in result.output


def test_cli_fails_when_annotations_miss_an_article(tmp_path):
    make_corpus(tmp_path, {})
    lines = (tmp_path / "passages.jsonl").read_text(encoding="utf8").splitlines()
    (tmp_path / "passages.jsonl").write_text("\n".join(lines[:-1]) + "\n", encoding="utf8")
    result = run(tmp_path, {"dev": ["p-00", "p-01", "p-02", "p-03"], "test": ["p-04", "p-05", "p-06", "p-07"]})
    assert result.exit_code == 1 and "p-09 passages differ" in result.output


def test_split_rules():
    passages = [passage("星河公司", [(0, 4, "ORG")], pid=f"p-{i}-00", article=f"p-{i}") for i in range(10)]
    topics = {f"p-{i}": "INDUSTRY" for i in range(10)}
    good = {"dev": ["p-0", "p-1", "p-2", "p-3"], "test": ["p-4", "p-5", "p-6", "p-7"]}
    assert split_problems(passages, topics, good) == []
    assert any("at least 4" in p for p in split_problems(passages, topics, {"dev": ["p-0"], "test": good["test"]}))
    assert any(
        "both dev and test" in p for p in split_problems(passages, topics, {"dev": good["test"], "test": good["test"]})
    )
    few = [passage("星河公司", [(0, 4, "ORG")] if i == 9 else [], pid=f"p-{i}-00", article=f"p-{i}") for i in range(10)]
    assert any("ORG mentions" in p for p in split_problems(few, topics, good))


def test_split_must_hold_out_every_frequent_topic():
    passages = [passage("星河公司", [(0, 4, "ORG")], pid=f"p-{i}-00", article=f"p-{i}") for i in range(12)]
    topics = {f"p-{i}": "CULTURE" if i >= 9 else "INDUSTRY" for i in range(12)}
    split = {"dev": ["p-0", "p-1", "p-2", "p-3"], "test": ["p-4", "p-5", "p-6", "p-7"]}
    assert split_problems(passages, topics, split) == ["topic CULTURE has 3 articles but none in dev or test"]
    split["test"][-1] = "p-9"
    assert split_problems(passages, topics, split) == []


def test_corpus_loads_as_a_datasets_dict(tmp_path):
    from xn_project.corpus import load_dataset_dict

    make_corpus(tmp_path, {"p-00": [[0, 4, "ORG"], [6, 9, "MONEY"]]})
    (tmp_path / "splits.json").write_text(json.dumps({"dev": ["p-00", "p-01"], "test": ["p-02"]}))
    data = load_dataset_dict(tmp_path / "passages.jsonl", tmp_path / "topics.jsonl", tmp_path / "splits.json")
    assert {name: len(split) for name, split in data.items()} == {"train": 7, "dev": 2, "test": 1}
    row = data["dev"][0]
    entities = data["dev"].features["entities"]  # [struct] or List(struct), by datasets version
    labels = (entities[0] if isinstance(entities, list) else entities.feature)["label"]
    assert [(e["start"], e["end"], labels.int2str(e["label"])) for e in row["entities"]] == [
        (0, 4, "ORG"),
        (6, 9, "MONEY"),
    ]
    assert data["dev"].features["topic"].int2str(row["topic"]) == "INDUSTRY"


def test_new_train_articles_never_force_a_new_split(tmp_path):
    """Annotated articles in no split are train; when they make the fixed held-out sets hold a
    smaller share of a label, validate says so and passes: the test split never moves."""
    spans = {f"p-{i:02d}": [[0, 4, "ORG"]] for i in (0, 4, 5, 6, 7, 8, 9)}  # dev holds 1 of 7 ORG
    make_corpus(tmp_path, spans)
    result = run(tmp_path, {"dev": ["p-00", "p-01", "p-02", "p-03"], "test": ["p-04", "p-05", "p-06", "p-07"]})
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "dev holds 1/7 ORG mentions" in result.output
    assert "never move existing ones" in result.output
