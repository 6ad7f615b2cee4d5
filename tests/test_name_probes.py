"""Name probes: listed names become spans, longest first, one occurrence per listing; a name that
cannot be placed is an error that names the file and line."""

import json
from pathlib import Path

import pytest
import spacy

from xn_project.name_probes import place_names, read_probe


def test_names_are_placed_longest_first_and_once_per_listing():
    text = "西宁市数据局与市数据局会同某某工业园区，市数据局发布。"
    spans = place_names(text, {"ORG": ["市数据局", "西宁市数据局", "市数据局"], "PARK": ["某某工业园区"]})
    assert sorted((text[s:e], label) for s, e, label in spans) == [
        ("市数据局", "ORG"),
        ("市数据局", "ORG"),
        ("某某工业园区", "PARK"),
        ("西宁市数据局", "ORG"),
    ]
    # the standalone mentions, not the one inside the longer name
    assert {s for s, e, label in spans if text[s:e] == "市数据局"} == {7, 20}


def test_a_name_listed_more_often_than_written_names_the_line(tmp_path):
    path = tmp_path / "probe.jsonl"
    lines = [
        {"text": "某某集团签约。", "ORG": ["某某集团"], "PARK": []},
        {"text": "某某集团签约。", "ORG": ["某某集团", "某某集团"], "PARK": []},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf8")
    with pytest.raises(ValueError, match=r"probe\.jsonl:2: ORG '某某集团'"):
        read_probe(path)


def test_the_committed_probes_are_well_formed():
    from pathlib import Path

    probes = sorted(Path(__file__).parents[1].joinpath("corpus", "probes").glob("*.jsonl"))
    assert probes
    for path in probes:
        texts, gold = read_probe(path)  # raises on a name that is not in its passage
        for text, spans in zip(texts, gold):
            ordered = sorted(spans)
            assert all(end <= next_start for (_, end, _), (next_start, _, _) in zip(ordered, ordered[1:]))
            assert all(text[s:e].strip() == text[s:e] and label in ("ORG", "PARK") for s, e, label in spans)


def test_amount_probes_are_placed_on_their_own_labels(tmp_path):
    path = tmp_path / "amounts.jsonl"
    record = {
        "text": "投资10亿元，建设10万标准机架，10亿元到位。",
        "METRIC": ["10万标准机架"],
        "MONEY": ["10亿元", "10亿元"],
    }
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf8")
    texts, gold = read_probe(path, ("METRIC", "MONEY"))
    assert sorted((texts[0][s:e], label) for s, e, label in gold[0]) == [
        ("10万标准机架", "METRIC"),
        ("10亿元", "MONEY"),
        ("10亿元", "MONEY"),
    ]
    # read as a name probe, the same line lists nothing
    assert read_probe(path)[1] == [set()]


def test_the_committed_amount_probes_are_well_formed():
    from pathlib import Path

    probes = sorted(Path(__file__).parents[1].joinpath("corpus", "amount_probes").glob("*.jsonl"))
    assert probes
    for path in probes:
        texts, gold = read_probe(path, ("METRIC", "MONEY"))
        assert all(spans for spans in gold[:5])


def test_probe_spans_take_the_rules_amounts_unless_the_passage_lists_them():
    from xn_project.probe_docs import probe_spans

    text = "某某新能源公司投资12亿元，建设装机容量50万千瓦的项目。"
    spans = probe_spans(text, {"text": text, "ORG": ["某某新能源公司"], "PARK": []})
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("某某新能源公司", "ORG"),
        ("12亿元", "MONEY"),
        ("50万千瓦", "METRIC"),
    ]
    # a file that lists amounts is taken as written: an amount it does not list is no amount
    listed = {"text": text, "ORG": ["某某新能源公司"], "PARK": [], "METRIC": [], "MONEY": ["12亿元"]}
    assert [label for _, _, label in probe_spans(text, listed)] == ["ORG", "MONEY"]


def test_probe_docs_drop_passages_holding_an_evaluation_name(tmp_path):
    from spacy.tokens import DocBin
    from typer.testing import CliRunner

    from xn_project.probe_docs import app

    probes = tmp_path / "probes"
    probes.mkdir()
    lines = [
        {"text": "甲乙丙科技公司与丁戊集团签约。", "ORG": ["甲乙丙科技公司", "丁戊集团"], "PARK": []},
        {"text": "西宁市数据局发布通知。", "ORG": ["西宁市数据局"], "PARK": []},  # a gold name
        {"text": "某某公司入驻庚辛工业园区。", "ORG": ["某某公司"], "PARK": ["庚辛工业园区"]},  # CLUENER dev
    ]
    (probes / "one.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf8"
    )
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "a-1",
        "article_id": "a",
        "part": "body",
        "text": "西宁市数据局召开会议。",
        "label": [[0, 6, "ORG"]],
        "cats": ["COMPUTE"],
    }
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf8")
    cluener = tmp_path / "dev.json"
    cluener_record = {"text": "某某公司在北京。", "label": {"company": {"某某公司": [[0, 3]]}}}
    cluener.write_text(json.dumps(cluener_record, ensure_ascii=False) + "\n", encoding="utf8")
    config = Path(__file__).parents[1] / "configs" / "char.cfg"
    output, report = tmp_path / "probes.spacy", tmp_path / "report.json"
    args = [
        str(probes),
        str(output),
        str(report),
        "--gold",
        str(gold),
        "--cluener-dev",
        str(cluener),
        "--config",
        str(config),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    docs = list(DocBin().from_disk(output).get_docs(spacy.blank("zh").vocab))
    assert [[(e.text, e.label_) for e in doc.ents] for doc in docs] == [
        [("甲乙丙科技公司", "ORG"), ("丁戊集团", "ORG")]
    ]
    written = json.loads(report.read_text(encoding="utf8"))
    assert written["dropped_passages"] == {
        f"holds a name of {gold.as_posix()}": 1,
        f"holds a name of {cluener.as_posix()}": 1,
    }
    assert written["kept_per_file"] == {"one": 1}
