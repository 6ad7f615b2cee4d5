"""Joining lines broken inside sentences (text from page columns): which breaks are wraps, where
each joined character came from, and names read whole by the pipeline that ships."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xn_model.extraction import annotate
from xn_model.unwrap import looks_wrapped, original_span, unwrap_lines


@pytest.mark.parametrize(
    "text,joined",
    [
        # a break inside a name, with spaces and a blank line after it
        ("走进天合光\n能青海大基地。", "走进天合光能青海大基地。"),
        ("诺德新材料股份 \r\n\n  有限公司青海基地", "诺德新材料股份有限公司青海基地"),
        ("总投资 3.2 亿\n元，", "总投资 3.2 亿元，"),
        # a sentence ended (with its closing quote): a paragraph
        ("项目投产。\n下一段", "项目投产。\n下一段"),
        ("他说：“好。”\n\n下一段", "他说：“好。”\n\n下一段"),
        # a headline before a news item
        ("集团来宁考察\n\n本报讯（记者 某某）", "集团来宁考察\n\n本报讯（记者 某某）"),
        ("延链补链\n【龙头企业】开发区", "延链补链\n【龙头企业】开发区"),
        # a bracket closed inside a sentence is no end
        ("基地 （一期）\n 等", "基地 （一期）等"),
        # breaks at the start or the end of the text stay
        ("\n\n开头", "\n\n开头"),
        ("结尾\n", "结尾\n"),
        ("", ""),
    ],
)
def test_wrapped_breaks_are_joined(text, joined):
    assert unwrap_lines(text)[0] == joined


@given(st.text(alphabet="天合光能。，\n \r“”（）", max_size=40))
def test_every_joined_character_comes_from_its_position(text):
    joined, positions = unwrap_lines(text)
    assert len(positions) == len(joined)
    assert all(text[p] == c for p, c in zip(positions, joined))
    assert positions == sorted(set(positions))
    # only whitespace is ever removed
    assert all(text[i].isspace() for i in set(range(len(text))) - set(positions))


@pytest.mark.parametrize(
    "text,wrapped",
    [
        # column text: most breaks inside sentences
        ("西宁经济技术\n开发区今年新增\n企业12家。\n下一段", True),
        ("雪松云计算\n有限公司去年投入3.5亿元。\n", True),
        # one paragraph a line, a headline without a mark: one break in two is no majority
        ("集团来宁考察\n项目投产。\n下一段。", False),
        ("项目投产。\n下一段。", False),
        # no break between two lines of text
        ("结尾\n", False),
        ("", False),
    ],
)
def test_column_text_is_told_apart(text, wrapped):
    assert looks_wrapped(text) is wrapped


def test_original_span_spans_the_break():
    text = "走进诺德新材料股份\n有限公司青海基地"
    joined, positions = unwrap_lines(text)
    start = joined.index("诺德")
    assert original_span(positions, start, len(joined)) == (2, len(text))


def test_annotate_reads_a_wrapped_name_whole(shipped_nlp):
    text = "雪松云计算\n有限公司去年为新机房投入3.5亿元。\n河湟文化研究会收到捐款８萬元。"
    [(plain, _)] = annotate(shipped_nlp, [text])
    [(unwrapped, _)] = annotate(shipped_nlp, [text], unwrap=True)
    assert ("ORG", "雪松云计算有限公司") not in {(e["label"], e["text"]) for e in plain}
    org = next(e for e in unwrapped if e["text"] == "雪松云计算有限公司")
    assert org["label"] == "ORG" and (org["start"], org["end"]) == (0, 10)
    assert text[org["start"] : org["end"]] == "雪松云计算\n有限公司"
    # entities after the joined break keep their offsets into the input
    money = {e["text"]: (e["start"], e["end"]) for e in unwrapped if e["label"] == "MONEY"}
    assert all(text[start:end] == name for name, (start, end) in money.items()) and len(money) == 2
