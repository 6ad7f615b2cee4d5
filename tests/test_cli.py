"""The xn-model command line on the pipeline architecture that ships (tests/conftest.py), saved to
disk and loaded by path as a user's run would: tables and their columns, the input/output guard,
malformed and odd records, streaming with --resume, several processes, render and prepare."""

import csv
import json
import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from xn_model import cli
from xn_model.cli import app
from xn_model.extraction import annotate, split_text

TOPICS = ("COMPUTE", "INDUSTRY", "GOVERNMENT", "SOCIETY", "ECOLOGY", "CULTURE")
ENTITY_KEYS = {
    "id", "where", "label", "text", "start", "end", "value", "value_high", "unit", "unit_norm", "currency",
    "approx", "score", "source", "context",
}  # fmt: skip
runner = CliRunner()
SENTENCE = "雪松云计算有限公司去年为新机房投入3.5亿元，河湟文化研究会收到捐款８萬元，PUE降至1.25。"


@pytest.fixture(scope="module")
def model(shipped_nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "pipeline"
    shipped_nlp.to_disk(path)
    return str(path)


def extract(*args):
    return runner.invoke(app, ["extract", *map(str, args)])


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf8").splitlines()]


def documents(out):
    return read_jsonl(out.with_name(f"{out.stem}.documents{out.suffix}"))


def check_offsets(text, entities):
    for ent in entities:
        assert set(ent) == ENTITY_KEYS
        assert 0 <= ent["start"] < ent["end"] <= len(text)
        assert text[ent["start"] : ent["end"]] == ent["text"]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf8")
    return path


# --------------------------------------------------------------------------------------------
# extract: tables
# --------------------------------------------------------------------------------------------


def test_extract_writes_entity_and_document_tables(model, tmp_path):
    txt = tmp_path / "one.txt"
    txt.write_text(SENTENCE, encoding="utf8")
    jsonl = write_jsonl(
        tmp_path / "many.jsonl", [{"text": "總投資約１７.７億元。", "id": "a-17"}, {"text": "今天天气很好。"}]
    )
    out = tmp_path / "out" / "entities.jsonl"
    result = extract(txt, jsonl, "-o", out, "--model", model, "--batch-size", 2)
    assert result.exit_code == 0, result.output
    rows = read_jsonl(out)
    check_offsets(SENTENCE, [r for r in rows if r["where"] == str(txt)])
    money = [r for r in rows if r["label"] == "MONEY"]
    assert {(r["text"], r["value"], r["currency"]) for r in money} >= {
        ("3.5亿元", 350000000.0, "CNY"),
        ("１７.７億元", 1770000000.0, "CNY"),
    }
    assert all(isinstance(r["value"], float) or r["value"] is None for r in rows)  # one numeric type
    assert {r["source"] for r in money} <= {"model", "rules"} and all(r["context"] for r in rows)
    assert [r["id"] for r in rows if r["text"] == "１７.７億元"] == ["a-17"]  # the record's id carried through
    docs = documents(out)
    assert [(d["id"], d["where"]) for d in docs] == [
        ("one.txt", str(txt)),
        ("a-17", f"{jsonl}:1"),
        (f"{jsonl}:2", f"{jsonl}:2"),
    ]
    assert all(d["topic"] in TOPICS for d in docs) and all(f"topic_{t}" in docs[0] for t in TOPICS)
    assert "3 document(s) written" in result.output


def test_unwrap_lines_reads_names_broken_by_a_column(model, tmp_path):
    txt = tmp_path / "page.txt"
    txt.write_text("雪松云计算\n有限公司去年为新机房投入3.5亿元。\n", encoding="utf8")
    plain, joined = tmp_path / "plain.jsonl", tmp_path / "joined.jsonl"
    first = extract(txt, "-o", plain, "--model", model)
    assert first.exit_code == 0, first.output
    result = extract(txt, "-o", joined, "--model", model, "--unwrap-lines")
    assert result.exit_code == 0, result.output
    assert "雪松云计算有限公司" not in {r["text"] for r in read_jsonl(plain)}
    # the run without the option says which text reads as page columns; the run with it does not
    assert "1 text(s) look like page columns" in first.output and "page.txt" in first.output
    assert "page columns" not in result.output
    [org] = [r for r in read_jsonl(joined) if r["text"] == "雪松云计算有限公司"]
    assert (org["label"], org["start"], org["end"]) == ("ORG", 0, 10)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_tables(model, tmp_path, fmt):
    jsonl = write_jsonl(tmp_path / "in.jsonl", [{"text": SENTENCE, "id": 7}, {"text": "", "id": 8}])
    out = tmp_path / f"entities.{fmt}"
    result = extract(jsonl, "-o", out, "--model", model)
    assert result.exit_code == 0, result.output
    docs_path = tmp_path / f"entities.documents.{fmt}"
    if fmt == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf8")))
        docs = list(csv.DictReader(docs_path.open(encoding="utf8")))
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert str(table.schema.field("value").type) == "double"
        rows, docs = table.to_pylist(), pq.read_table(docs_path).to_pylist()
    assert set(rows[0]) == ENTITY_KEYS and {str(r["id"]) for r in rows} == {"7"}
    assert [str(d["id"]) for d in docs] == ["7", "8"]


def test_field_and_id_options(model, tmp_path):
    jsonl = write_jsonl(tmp_path / "docs.jsonl", [{"body": SENTENCE, "text": 5, "doc": "x1"}])
    out = tmp_path / "out.jsonl"
    assert extract(jsonl, "-o", out, "--model", model, "--field", "body", "--id-field", "doc").exit_code == 0
    assert {r["id"] for r in read_jsonl(out)} == {"x1"}
    check_offsets(SENTENCE, read_jsonl(out))


# --------------------------------------------------------------------------------------------
# extract: the input is never overwritten, bad paths fail before the model loads
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["same.jsonl", "same.txt"])
def test_output_may_not_be_an_input(model, tmp_path, name):
    path = tmp_path / name
    content = json.dumps({"text": SENTENCE}, ensure_ascii=False) + "\n" if name.endswith("jsonl") else SENTENCE
    path.write_text(content, encoding="utf8")
    result = extract(path, "-o", path, "--model", model, "--format", "jsonl")
    assert result.exit_code == 2 and "is also an input" in result.output
    assert path.read_text(encoding="utf8") == content
    render = runner.invoke(app, ["render", str(path), "-o", str(path), "--model", model])
    assert render.exit_code == 2 and path.read_text(encoding="utf8") == content


def test_output_below_a_file_fails_before_loading_the_model(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(SENTENCE, encoding="utf8")
    result = extract(txt, "-o", txt / "x.jsonl", "--model", str(tmp_path / "no_such_model"))
    assert result.exit_code == 2 and "is a file, not a folder" in result.output
    assert "cannot load model" not in result.output


def test_existing_output_keeps_its_permissions(model, tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(SENTENCE, encoding="utf8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf8")
    os.chmod(out, 0o644)
    assert extract(txt, "-o", out, "--model", model).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    new_docs = tmp_path / "out.documents.jsonl"
    assert stat.S_IMODE(new_docs.stat().st_mode) == 0o666 & ~current_umask()


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


# --------------------------------------------------------------------------------------------
# extract: malformed records, odd texts, crashes
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_line, reason",
    [
        ('{"text": "未闭合的', "invalid JSON"),
        ('["一个", "列表"]', "not a JSON object"),
        ('{"title": "没有正文"}', "missing"),
        ('{"text": 42}', "not a string"),
        ('{"text": "西宁\\ud800"}', "lone surrogate at offset 2"),
    ],
)
def test_malformed_line_stops_without_output(model, tmp_path, bad_line, reason):
    jsonl = tmp_path / "feed.jsonl"
    good = json.dumps({"text": SENTENCE}, ensure_ascii=False)
    jsonl.write_text(f"{good}\n{good}\n{bad_line}\n{good}\n", encoding="utf8")
    out = tmp_path / "out.jsonl"
    result = extract(jsonl, "-o", out, "--model", model)
    assert result.exit_code == 1
    assert f"{jsonl}:3: " in result.output and reason in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl"]


def test_skip_errors_lists_every_input(model, tmp_path):
    jsonl = tmp_path / "feed.jsonl"
    good = json.dumps({"text": SENTENCE}, ensure_ascii=False)
    jsonl.write_text(f'{good}\nnot json at all\n{{"text": ""}}\n{{"text": "\\udfff"}}\n{good}\n', encoding="utf8")
    out = tmp_path / "out.jsonl"
    result = extract(jsonl, "-o", out, "--model", model, "--skip-errors", "--n-process", 2)
    assert result.exit_code == 0, result.output
    docs = {d["where"]: d for d in documents(out)}
    assert sorted(docs) == [f"{jsonl}:{n}" for n in range(1, 6)]
    assert docs[f"{jsonl}:2"]["error"].startswith("invalid JSON") and "surrogate" in docs[f"{jsonl}:4"]["error"]
    assert docs[f"{jsonl}:3"]["error"] is None and docs[f"{jsonl}:3"]["topic"] is None  # empty, not an error
    assert "3 document(s) written" in result.output and "2 malformed skipped" in result.output


def test_gbk_file_is_named_in_the_error(model, tmp_path):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(SENTENCE.encode("gbk"))
    result = extract(gbk, "-o", tmp_path / "out.jsonl", "--model", model)
    assert result.exit_code == 1 and f"{gbk}: not UTF-8" in result.output and "iconv -f GBK" in result.output
    render = runner.invoke(app, ["render", str(gbk), "-o", str(tmp_path / "p.html"), "--model", model])
    assert render.exit_code == 2 and f"{gbk}: not UTF-8" in render.output


def test_a_crash_keeps_what_was_done_and_resume_finishes(model, tmp_path, monkeypatch):
    jsonl = write_jsonl(tmp_path / "in.jsonl", [{"text": f"第{i}批投资{i}亿元。", "id": i} for i in range(1, 6)])
    out = tmp_path / "out.jsonl"
    real = cli.annotate

    def crashes_after_two(*args, **kwargs):
        for number, result in enumerate(real(*args, **kwargs)):
            if number == 2:
                raise RuntimeError("power cut")
            yield result

    monkeypatch.setattr(cli, "annotate", crashes_after_two)
    first = extract(jsonl, "-o", out, "--model", model)
    assert first.exit_code == 1 and "stopped after 2 document(s)" in first.output and "--resume" in first.output
    assert not out.exists() and len(read_jsonl(tmp_path / "out.documents.jsonl.partial")) == 2
    monkeypatch.setattr(cli, "annotate", real)
    second = extract(jsonl, "-o", out, "--model", model, "--resume")
    assert second.exit_code == 0, second.output
    assert [d["id"] for d in documents(out)] == ["1", "2", "3", "4", "5"]
    assert "2 done before" in second.output and not (tmp_path / "out.jsonl.partial").exists()


ODD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t\u3000 \r\n",
    "single": "云",
    "digits": "7",
    "long digits": "2" * 5000,
    "phone": "联系电话：13800138000，0971-8231234。",
    "english": "The data centre opened in Xining on Monday.",
    "emoji": "🎉雪松云计算有限公司👍🏽投入5元🇨🇳",
    "control": "\x00雪松云计算有限公司\x07\x1b投入\x0b6元\x7f\u200b\ufeff",
}


@pytest.mark.parametrize("name", ODD_TEXTS)
def test_odd_texts(model, tmp_path, name):
    text = ODD_TEXTS[name]
    jsonl = write_jsonl(tmp_path / "odd.jsonl", [{"text": text}])
    out = tmp_path / "out.jsonl"
    result = extract(jsonl, "-o", out, "--model", model)
    assert result.exit_code == 0, result.output
    rows = read_jsonl(out)
    check_offsets(text, rows)
    assert not [r for r in rows if r["label"] in ("ORG", "PARK") and not any(c.isalpha() for c in r["text"])]


# --------------------------------------------------------------------------------------------
# annotate and split_text
# --------------------------------------------------------------------------------------------


def test_split_text_prefers_newlines_then_sentences():
    text = "第一段。\n第二段比较长一些。还有一句！\n" + "无标点" * 10
    spans = list(split_text(text, 12))
    assert spans[0] == (0, 5)
    assert text[spans[1][0] : spans[1][1]] == "第二段比较长一些。"
    assert all(0 < end - start <= 12 for start, end in spans)
    assert "".join(text[s:e] for s, e in spans) == text
    assert list(split_text("", 10)) == [(0, 0)]


def test_topics_are_length_weighted_over_chunks(shipped_nlp):
    short, long = "文化活动。\n", "机房建设和算力调度的进展。" * 5 + "\n"
    [(_, whole)] = annotate(shipped_nlp, [short + long], max_chars=len(long))
    parts = [next(annotate(shipped_nlp, [part]))[1] for part in (short, long)]
    weights = (len(short.strip()), len(long.strip()))
    for topic in TOPICS:
        expected = (parts[0][topic] * weights[0] + parts[1][topic] * weights[1]) / sum(weights)
        assert whole[topic] == pytest.approx(expected, rel=1e-4)


SIMPLIFIED = "雪松云计算有限公司河湟文化研究会投入资金万亿元今天西宁数据中心。，"
TRADITIONAL = "雲計算萬億會資金數據這個開發區"
FULL_WIDTH = "０１２３４５６７８９．ＡＢＣｘｙｚ！？　（）％"
FRAGMENTS = ["雪松云计算有限公司", "雪松雲計算有限公司", "河湟文化研究會", "３.５億元", "12萬元", "７元", "\n", "。"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(
        st.sampled_from(FRAGMENTS) | st.text(alphabet=SIMPLIFIED + TRADITIONAL + FULL_WIDTH + " \n", max_size=8),
        max_size=12,
    ),
    max_chars=st.integers(min_value=1, max_value=60),
)
def test_offsets_point_into_the_original_text(shipped_nlp, pieces, max_chars):
    text = "".join(pieces)
    [(entities, _)] = annotate(shipped_nlp, [text], max_chars=max_chars)
    check_offsets(text, [{"id": None, "where": None, **e} for e in entities])
    json.dumps(entities)


# --------------------------------------------------------------------------------------------
# render and prepare
# --------------------------------------------------------------------------------------------


def test_render_escapes_and_shows_values(model, tmp_path):
    odd = tmp_path / "<script>alert(1)<script>.txt"
    odd.write_text("雪松云计算有限公司投入3.5亿元。\n第二段<b>不是标记</b>。\n", encoding="utf8")
    other = tmp_path / "b.txt"
    other.write_text("河湟文化研究会收到捐款８萬元。", encoding="utf8")
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(odd), str(other), "-o", str(page), "--model", model])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;script&gt;.txt" in html
    assert "&lt;b&gt;不是标记&lt;/b&gt;" in html
    assert "350,000,000 CNY" in html and "80,000 CNY" in html and 'class="topic"' in html


def test_prepare_writes_passages_with_suggestions(model, tmp_path):
    from xn_project.annotations import read_passages

    article = tmp_path / "新闻 01.txt"
    article.write_text(
        "算力中心投运\n\n雪松云计算有限公司投入3.5亿元。\n河湟文化研究会收到捐款８萬元。\n", encoding="utf8"
    )
    out, tasks = tmp_path / "passages.jsonl", tmp_path / "tasks.json"
    result = runner.invoke(
        app, ["prepare", str(article), "-o", str(out), "--labelstudio", str(tasks), "--model", model]
    )
    assert result.exit_code == 0, result.output
    passages = read_passages(out)  # the project's own reader accepts it
    assert [(p.id, p.part) for p in passages] == [
        ("新闻-01-00", "title"),
        ("新闻-01-01", "body"),
        ("新闻-01-02", "body"),
    ]
    assert any(label == "MONEY" for p in passages for _, _, label in p.spans)
    assert all(p.topic in TOPICS for p in passages)
    [task, *_] = json.loads(tasks.read_text(encoding="utf8"))
    assert task["data"]["text"] == "算力中心投运" and task["predictions"][0]["result"]


def test_prepare_unwrap_lines_gives_paragraphs(model, tmp_path):
    from xn_project.annotations import read_passages

    article = tmp_path / "page.txt"
    article.write_text("算力中心投运\n\n雪松云计算\n有限公司投入\n\n3.5亿元。\n河湟文化研究会\n收到捐款。\n", "utf8")
    out = tmp_path / "passages.jsonl"
    result = runner.invoke(app, ["prepare", str(article), "-o", str(out), "--model", model, "--unwrap-lines"])
    assert result.exit_code == 0, result.output
    assert "page columns" not in result.output
    plain = runner.invoke(app, ["prepare", str(article), "-o", str(tmp_path / "plain.jsonl"), "--model", model])
    assert "1 text(s) look like page columns" in plain.output
    assert [p.text for p in read_passages(out)] == [
        "算力中心投运",
        "雪松云计算有限公司投入3.5亿元。",
        "河湟文化研究会收到捐款。",
    ]
