"""The xn-model command line (xn_project/cli.py) on a small rule-based pipeline: no trained model."""

import json

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from xn_model import cli
from xn_model.cli import annotate, app, split_text

TOPICS = ("COMPUTE", "INDUSTRY", "GOVERNMENT", "SOCIETY", "ECOLOGY", "CULTURE")
ENTITY_KEYS = {"label", "text", "start", "end", "value", "unit", "unit_norm", "currency", "approx"}
runner = CliRunner()


def build_pipeline():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": "char"}}})
    # NORM is the normalised (simplified, half-width) character, so the patterns match 萬 and １ too
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": None, "annotate_ents": True, "phrase_matcher_attr": "NORM"})
    nlp.add_pipe("xn_entity_values")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 1,
                "no_output_layer": False,
            }
        },
    )
    for topic in TOPICS:
        textcat.add_label(topic)
    nlp.initialize()
    ruler.add_patterns(
        [  # after initialize, which clears the ruler
            {"label": "ORG", "pattern": "雪松云计算有限公司"},
            {"label": "ORG", "pattern": "河湟文化研究会"},
            {
                "label": "MONEY",
                "pattern": [
                    {"NORM": {"REGEX": r"^[0-9.]+$"}, "OP": "+"},
                    {"NORM": {"IN": ["万", "亿"]}, "OP": "?"},
                    {"NORM": "元"},
                ],
            },
        ]
    )
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="module")
def model(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "pipeline"
    nlp.to_disk(path)
    return str(path)


def extract(*args):
    return runner.invoke(app, ["extract", *map(str, args)])


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf8").splitlines()]


def check_offsets(text, result):
    assert result["text_length"] == len(text)
    for ent in result["entities"]:
        assert set(ent) == ENTITY_KEYS
        assert 0 <= ent["start"] < ent["end"] <= len(text)
        assert text[ent["start"] : ent["end"]] == ent["text"]


SENTENCE = "雪松云计算有限公司去年为新机房投入3.5亿元，河湟文化研究会收到捐款８萬元。"


# --------------------------------------------------------------------------------------------
# extract
# --------------------------------------------------------------------------------------------


def test_extract_txt_and_jsonl(model, tmp_path):
    txt = tmp_path / "one.txt"
    txt.write_text(SENTENCE, encoding="utf8")
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text(
        json.dumps({"text": "河湟文化研究會舉辦講座。", "id": 1}, ensure_ascii=False)
        + "\n\n"
        + json.dumps({"text": "今天天气很好。"}, ensure_ascii=False)
        + "\n",
        encoding="utf8",
    )
    out = tmp_path / "out" / "result.jsonl"
    result = extract(txt, jsonl, "-o", out, "--model", model, "--batch-size", 2)
    assert result.exit_code == 0, result.output
    lines = read_jsonl(out)
    assert [line["source"] for line in lines] == [str(txt), f"{jsonl}:1", f"{jsonl}:3"]  # line 2 is blank
    first = lines[0]
    check_offsets(SENTENCE, first)
    assert [(e["label"], e["text"]) for e in first["entities"]] == [
        ("ORG", "雪松云计算有限公司"),
        ("MONEY", "3.5亿元"),
        ("ORG", "河湟文化研究会"),
        ("MONEY", "８萬元"),
    ]
    money = [e for e in first["entities"] if e["label"] == "MONEY"]
    assert all(e["currency"] for e in money)
    assert all(isinstance(e["value"], (int, str)) for e in money)  # ints as numbers, Decimals as strings
    assert set(first["topics"]) == set(TOPICS)
    assert sum(first["topics"].values()) == pytest.approx(1.0, abs=1e-4)
    assert lines[1]["entities"][0]["text"] == "河湟文化研究會"  # traditional input, original characters kept
    assert "3 document(s) read, 3 written" in result.output


def test_extract_field_option(model, tmp_path):
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(json.dumps({"body": SENTENCE, "text": 5}, ensure_ascii=False) + "\n", encoding="utf8")
    out = tmp_path / "out.jsonl"
    assert extract(jsonl, "-o", out, "--model", model, "--field", "body").exit_code == 0
    [line] = read_jsonl(out)
    check_offsets(SENTENCE, line)
    assert len(line["entities"]) == 4


@pytest.mark.parametrize(
    "bad_line, reason",
    [
        ('{"text": "未闭合的', "invalid JSON"),
        ('["一个", "列表"]', "not a JSON object"),
        ('{"title": "没有正文"}', "missing"),
        ('{"text": 42}', "not a string"),
    ],
)
def test_malformed_line_stops_without_output(model, tmp_path, bad_line, reason):
    jsonl = tmp_path / "feed.jsonl"
    good = json.dumps({"text": SENTENCE}, ensure_ascii=False)
    jsonl.write_text(f"{good}\n{good}\n{bad_line}\n{good}\n", encoding="utf8")
    out = tmp_path / "out.jsonl"
    result = extract(jsonl, "-o", out, "--model", model)
    assert result.exit_code != 0
    assert f"{jsonl}:3" in result.output and reason in result.output
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl"]  # no temp file left either


def test_failure_keeps_previous_output_and_leaves_no_temp_file(model, tmp_path, monkeypatch):
    txt = tmp_path / "a.txt"
    txt.write_text(SENTENCE, encoding="utf8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf8")

    def broken(*args, **kwargs):
        yield {"text_length": 0, "entities": [], "topics": {}}
        raise RuntimeError("pipeline crashed")

    monkeypatch.setattr(cli, "annotate", broken)
    result = extract(txt, txt, "-o", out, "--model", model)
    assert result.exit_code != 0
    assert out.read_text(encoding="utf8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]


def test_skip_errors_continues_and_counts(model, tmp_path):
    jsonl = tmp_path / "feed.jsonl"
    good = json.dumps({"text": SENTENCE}, ensure_ascii=False)
    jsonl.write_text(f'{good}\nnot json at all\n{good}\n{{"text": null}}\n"字符串"\n', encoding="utf8")
    out = tmp_path / "out.jsonl"
    result = extract(jsonl, "-o", out, "--model", model, "--skip-errors")
    assert result.exit_code == 0, result.output
    assert [line["source"] for line in read_jsonl(out)] == [f"{jsonl}:1", f"{jsonl}:3"]
    assert "2 document(s) read, 2 written" in result.output and "3 skipped" in result.output
    for number in (2, 4, 5):
        assert f"{jsonl}:{number}" in result.output


def test_unknown_suffix_and_missing_model(model, tmp_path):
    csv = tmp_path / "table.csv"
    csv.write_text("a,b\n", encoding="utf8")
    assert extract(csv, "-o", tmp_path / "o.jsonl", "--model", model).exit_code != 0
    txt = tmp_path / "a.txt"
    txt.write_text(SENTENCE, encoding="utf8")
    result = extract(txt, "-o", tmp_path / "o.jsonl", "--model", str(tmp_path / "no_such_model"))
    assert result.exit_code != 0 and "cannot load model" in result.output
    assert not (tmp_path / "o.jsonl").exists()


ODD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t\u3000 \r\n",
    "single": "云",
    "english": "The data centre opened in Xining on Monday.",
    "emoji": "🎉雪松云计算有限公司👍🏽投入5元🇨🇳",
    "control": "\x00雪松云计算有限公司\x07\x1b投入\x0b6元\x7f\u200b\ufeff",
}


@pytest.mark.parametrize("name", ODD_TEXTS)
def test_robust_inputs(model, tmp_path, name):
    text = ODD_TEXTS[name]
    txt = tmp_path / f"{name}.txt"
    txt.write_bytes(text.encode("utf8"))  # no newline translation
    jsonl = tmp_path / f"{name}.jsonl"
    jsonl.write_text(json.dumps({"text": text}) + "\n", encoding="utf8")
    out = tmp_path / "out.jsonl"
    result = extract(txt, jsonl, "-o", out, "--model", model)
    assert result.exit_code == 0, result.output
    from_txt, from_jsonl = read_jsonl(out)
    check_offsets(text.lstrip("\ufeff"), from_txt)  # a leading BOM in a .txt file is an encoding mark
    check_offsets(text, from_jsonl)
    assert set(from_jsonl["topics"]) == set(TOPICS)


def test_one_megabyte_document(model, tmp_path):
    paragraphs = [
        "雪松云计算有限公司在城北新建的机房今年投入使用，工程共投入2.8亿元。",
        "河湟文化研究会的志愿者在周末整理了一批老照片，并计划明年办一场展览。",
        "这一段只是普通的叙述文字，讲述了早晨的集市、街边的小吃摊和慢慢亮起来的天色，没有任何需要识别的名称或金额。"
        * 3,
        "一句很长的话没有换行但是有句号。" * 40,  # a paragraph longer than the chunk size used below
    ]
    block = "\n".join(paragraphs) + "\n"
    text = block * (1_000_000 // len(block) + 2)
    assert len(text) > 1_000_000  # beyond spaCy's default nlp.max_length
    txt = tmp_path / "long.txt"
    txt.write_text(text, encoding="utf8", newline="\n")
    out = tmp_path / "out.jsonl"
    result = extract(txt, "-o", out, "--model", model, "--max-chars", 400)
    assert result.exit_code == 0, result.output
    [line] = read_jsonl(out)
    check_offsets(text, line)
    repeats = text.count(block)
    assert [e["text"] for e in line["entities"]] == ["雪松云计算有限公司", "2.8亿元", "河湟文化研究会"] * repeats
    assert sum(line["topics"].values()) == pytest.approx(1.0, abs=1e-3)


# --------------------------------------------------------------------------------------------
# annotate and split_text
# --------------------------------------------------------------------------------------------


def test_split_text_prefers_newlines_then_sentences():
    text = "第一段。\n第二段比较长一些。还有一句！\n" + "无标点" * 10
    spans = list(split_text(text, 12))
    assert spans[0] == (0, 5)  # after the newline
    assert text[spans[1][0] : spans[1][1]] == "第二段比较长一些。"  # no newline in the window
    assert all(0 < end - start <= 12 for start, end in spans)
    assert "".join(text[s:e] for s, e in spans) == text
    assert list(split_text("", 10)) == [(0, 0)]


def test_topics_are_length_weighted_over_chunks(nlp):
    short, long = "文化活动。\n", "机房建设和算力调度的进展。" * 5 + "\n"
    whole = next(annotate(nlp, [short + long], max_chars=len(long)))
    parts = [next(annotate(nlp, [part]))["topics"] for part in (short, long)]
    for topic in TOPICS:
        expected = (parts[0][topic] * len(short) + parts[1][topic] * len(long)) / (len(short) + len(long))
        assert whole["topics"][topic] == pytest.approx(expected, rel=1e-5)


def test_annotate_keeps_order_and_empty_documents(nlp):
    texts = ["", SENTENCE, "", "云", SENTENCE * 3]
    results = list(annotate(nlp, iter(texts), max_chars=30, batch_size=2))
    assert [r["text_length"] for r in results] == [len(t) for t in texts]
    for text, result in zip(texts, results):
        check_offsets(text, result)


SIMPLIFIED = "雪松云计算有限公司河湟文化研究会投入资金万亿元今天西宁数据中心。，"
TRADITIONAL = "雲計算萬億會資金數據這個開發區"
FULL_WIDTH = "０１２３４５６７８９．ＡＢＣｘｙｚ！？　（）％"
FRAGMENTS = ["雪松云计算有限公司", "雪松雲計算有限公司", "河湟文化研究會", "３.５億元", "12萬元", "７元", "\n", "。"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(
        st.sampled_from(FRAGMENTS) | st.text(alphabet=SIMPLIFIED + TRADITIONAL + FULL_WIDTH + " \n", max_size=8),
        max_size=12,
    ),
    max_chars=st.integers(min_value=1, max_value=60),
)
def test_offsets_point_into_the_original_text(nlp, pieces, max_chars):
    text = "".join(pieces)
    [result] = annotate(nlp, [text], max_chars=max_chars)
    check_offsets(text, result)
    json.dumps(result)  # every value is serialisable


# --------------------------------------------------------------------------------------------
# render
# --------------------------------------------------------------------------------------------


def test_render_writes_html_with_topic(model, tmp_path):
    txt = tmp_path / "article.txt"
    txt.write_text(SENTENCE, encoding="utf8")
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(txt), "-o", str(page), "--model", model])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf8")
    assert html.lstrip().lower().startswith("<!doctype html>") or "<html" in html
    assert "topic:" in html and any(topic in html for topic in TOPICS)
    assert "雪松云计算有限公司" in html and "MONEY" in html
