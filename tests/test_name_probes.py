"""Name probes: listed names become spans, longest first, one occurrence per listing; a name that
cannot be placed is an error that names the file and line."""

import json

import pytest

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
