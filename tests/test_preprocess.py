"""Unit tests for xn_project.preprocess on small hand-written page fragments."""

import json

import pytest
import srsly
from typer.testing import CliRunner

from xn_project.preprocess import (
    AccountingError,
    LayoutError,
    account_page,
    app,
    build_articles,
    clean_spaces,
    ends_paragraph,
    resolve_page,
    undouble,
)

# A made-up PDF page: a doubled section header, two dateline articles whose headlines
# stand at the end of the page, a blank line inside a paragraph, a doubled photo credit.
PAGE = """\
 春风春风··小镇小镇

本报讯（记者 李明）昨天，河
滨县在文化广场举办了第一
届读书节，三千名市民参加

了活动。

活动现场设置了十个展台，
展示本地作家的新作。

本报讯（记者 王芳）上周，
北山公园新栽种了 2 万
棵树苗。

北山公园迎来植树季

河滨县读书节开幕

县文化馆供图县文化馆供图
"""
NAME = "p07_fragment.txt"
SPEC = {"articles": [{"start": 3, "end": 10, "title_lines": [18]}, {"start": 12, "end": 14, "title_lines": [16]}]}


def lines_of(text):
    return text.split("\n")


def run(text=PAGE, spec=SPEC, name=NAME):
    lines = lines_of(text)
    layout = resolve_page(name, lines, spec, "layout.yml")
    articles = build_articles(lines, layout)
    return lines, layout, articles


# ---------------------------------------------------------------- paragraphs


def test_broken_lines_joined_and_blank_line_inside_paragraph_ignored():
    _, _, articles = run()
    assert articles[0]["paragraphs"] == [
        "本报讯（记者 李明）昨天，河滨县在文化广场举办了第一届读书节，三千名市民参加了活动。",
        "活动现场设置了十个展台，展示本地作家的新作。",
    ]


def test_sentence_at_column_edge_without_blank_line_continues_paragraph():
    page = "甲乙丙丁戊己庚辛壬癸子丑\n寅卯辰巳午未申酉戌亥。\n天地玄黄宇宙洪荒日月盈\n昃辰宿列张寒来暑往。\n\n秋收冬藏闰余成岁律吕\n调阳。\n"
    spec = {"articles": [{"start": 1, "title_lines": []}]}
    _, _, articles = run(page, spec)
    assert articles[0]["paragraphs"] == [
        "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往。",
        "秋收冬藏闰余成岁律吕调阳。",
    ]


def test_ends_paragraph_rules():
    col = 24  # twelve Han characters
    assert not ends_paragraph("河滨县在文化广场举办了第", "一届", col, gap=True)  # blank alone: no
    assert ends_paragraph("展示本地作家的新作。", "下一行", col, gap=True)
    assert ends_paragraph("了活动。", "下一段开头的文字在这里", col, gap=False)  # clearly short
    assert not ends_paragraph("天地玄黄宇宙洪荒日月盈昃。", "辰宿列张寒来暑往秋收冬藏", col, gap=False)
    assert ends_paragraph("天地玄黄宇宙洪荒日月盈昃。", "本报讯（记者 李明）今天", col, gap=False)
    assert ends_paragraph("他说：“好。”", None, col, gap=False)


def test_subheading_is_its_own_paragraph_and_web_lines_are_paragraphs():
    page = "第一段文字写在这里。\n\n小标题在此\n\n第二段的前半句没有写\n\n完，这里接着写完。\n"
    spec = {"format": "web", "articles": [{"start": 1, "title_lines": []}], "subheads": [3]}
    _, _, articles = run(page, spec)
    assert articles[0]["paragraphs"] == ["第一段文字写在这里。", "小标题在此", "第二段的前半句没有写完，这里接着写完。"]


# ---------------------------------------------------------------- doubled lines


def test_undouble_glyph_and_phrase_doubling():
    assert undouble(" 春风春风··小镇小镇") == "春风·小镇"
    assert undouble("开启新开启新““路路””途途") == "开启新“路”途"
    assert undouble("花开花开 鸟鸣鸟鸣") == "花开 鸟鸣"
    assert undouble("县文化馆供图县文化馆供图") == "县文化馆供图"
    assert undouble("展示本地作家的新作。") is None
    assert undouble("北山公园迎来植树季") is None


def test_doubled_header_and_photo_credit_removed_with_reason():
    lines, layout, articles = run()
    assert layout.furniture == {1: "doubled header", 20: "photo credit"}
    report = account_page(NAME, lines, layout, articles)
    assert report["han_removed_by_reason"] == {"doubled header": 8, "photo credit": 12}
    assert all("春风" not in p and "供图" not in p for a in articles for p in a["paragraphs"])


def test_doubled_line_named_as_title_becomes_undoubled_title():
    page = "本报讯（记者 李明）今天下雨。\n\n雨中漫步雨中漫步\n"
    spec = {"articles": [{"start": 1, "end": 1, "title_lines": [3]}]}
    lines, layout, articles = run(page, spec)
    assert articles[0]["title"] == "雨中漫步"
    report = account_page(NAME, lines, layout, articles)
    assert report["han_removed_by_reason"] == {"doubling undone (title/subhead)": 4}
    assert report["han_kept"] + report["han_removed"] == report["han_raw"]


# ---------------------------------------------------------------- articles and titles


def test_two_articles_split_at_datelines_with_far_headlines():
    _, _, articles = run()
    assert [a["id"] for a in articles] == ["p07-01", "p07-02"]
    assert [a["page"] for a in articles] == [NAME, NAME]
    assert articles[0]["title"] == "河滨县读书节开幕"
    assert articles[1]["title"] == "北山公园迎来植树季"
    assert articles[1]["paragraphs"] == ["本报讯（记者 王芳）上周，北山公园新栽种了2万棵树苗。"]
    assert all("读书节开幕" not in p and "植树季" not in p for a in articles for p in a["paragraphs"])


def test_title_decks_and_wrapped_title_lines():
    page = "本报讯（记者 李明）今天下雨。\n\n局长在会上强调\n\n做好防汛\n准备工作\n"
    spec = {"articles": [{"start": 1, "end": 1, "title_lines": [3, [5, 6]]}]}
    _, _, articles = run(page, spec)
    assert articles[0]["title"] == "局长在会上强调 做好防汛准备工作"


def test_untitled_article_and_mapped_furniture():
    page = "本报讯（记者 李明）今天下雨。\n\n——编者按——\n"
    spec = {"articles": [{"start": 1, "end": 1, "title_lines": []}], "furniture": {3: "editor's note"}}
    lines, layout, articles = run(page, spec)
    assert articles[0]["title"] is None
    assert account_page(NAME, lines, layout, articles)["han_removed_by_reason"] == {"editor's note": 3}


# ---------------------------------------------------------------- whitespace


def test_layout_spaces_removed_but_byline_spaces_kept():
    assert clean_spaces("据悉，8 月起，北山 2024 年") == "据悉，8月起，北山2024年"
    assert clean_spaces("提升网 络 运 维 能 力 ， 实现") == "提升网络运维能力，实现"
    assert clean_spaces("基地 （一期） 等") == "基地（一期）等"
    assert clean_spaces("本报讯（记者 李明  王芳）昨天") == "本报讯（记者 李明 王芳）昨天"
    assert clean_spaces("本报讯（记者李明）昨天") == "本报讯（记者李明）昨天"
    assert clean_spaces("用 AI 技术 on New York") == "用AI技术on New York"


# ---------------------------------------------------------------- accounting and errors


def test_accounting_balances_on_fragment():
    lines, layout, articles = run()
    report = account_page(NAME, lines, layout, articles)
    assert report["han_kept"] + report["han_removed"] == report["han_raw"]
    assert report["whitespace_removed"] > 0


def test_accounting_fails_loudly_when_a_line_is_unaccounted():
    lines, layout, articles = run()
    layout.articles[0].body.remove(9)  # line 9 silently dropped: neither kept nor removed
    with pytest.raises(AccountingError, match=r"p07_fragment\.txt line 9"):
        account_page(NAME, lines, layout, build_articles(lines, layout))


def test_mapping_leaving_a_line_unaccounted_names_file_and_line():
    spec = {"articles": [{"start": 3, "end": 7, "title_lines": [18]}, {"start": 12, "end": 14, "title_lines": [16]}]}
    with pytest.raises(LayoutError, match=r"layout\.yml: p07_fragment\.txt line 9: not accounted for"):
        run(spec=spec)


def test_mapping_with_missing_line_names_file_and_line():
    spec = {"articles": [{"start": 3, "end": 10, "title_lines": [99]}]}
    with pytest.raises(LayoutError, match=r"layout\.yml: p07_fragment\.txt article 1 title: line 99 does not exist"):
        run(spec=spec)


def test_mapping_with_overlapping_articles_names_the_line():
    spec = {"articles": [{"start": 3, "end": 12, "title_lines": [18]}, {"start": 12, "end": 14, "title_lines": [16]}]}
    with pytest.raises(LayoutError, match=r"p07_fragment\.txt line 12: claimed by article 1 body.*article 2 body"):
        run(spec=spec)


def test_cli_writes_articles_and_report_and_fails_on_bad_mapping(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / NAME).write_text(PAGE, encoding="utf-8")
    layout = tmp_path / "layout.yml"
    srsly.write_yaml(layout, {NAME: SPEC})
    out = tmp_path / "articles.jsonl"
    result = CliRunner().invoke(app, [str(raw), str(layout), str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["p07-01", "p07-02"]
    report = json.loads((tmp_path / "cleaning_report.json").read_text(encoding="utf-8"))
    assert report["total"]["han_kept"] + report["total"]["han_removed"] == report["total"]["han_raw"]

    srsly.write_yaml(layout, {NAME: {"articles": [{"start": 3, "end": 500, "title_lines": []}]}})
    result = CliRunner().invoke(app, [str(raw), str(layout), str(out)])
    assert result.exit_code == 1
    assert "p07_fragment.txt" in result.output and "line 500" in result.output
