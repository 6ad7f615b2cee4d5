"""The gazetteer comes from the train split only, and the hybrid places its rule components as
the per-label modes say."""

import json
from pathlib import Path

import pytest
import spacy
import srsly

from xn_project.annotations import Passage
from xn_project.build_rules import add_rules, gazetteer, save_pipeline
from xn_project.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]


def test_gazetteer_is_train_only_and_unambiguous():
    text = "星河集团在云谷产业园投资"
    passages = [
        Passage(id="a-00", text=text, spans=[(0, 4, "ORG"), (5, 10, "PARK")], topic="INDUSTRY", article_id="a"),
        Passage(id="b-00", text="云谷产业园发布通知", spans=[(0, 5, "ORG")], topic="INDUSTRY", article_id="b"),
        Passage(id="c-00", text="月湖公司开业", spans=[(0, 4, "ORG")], topic="INDUSTRY", article_id="c"),
    ]
    corpus = Corpus(passages, {"a": "INDUSTRY", "b": "INDUSTRY", "c": "INDUSTRY"}, {"dev": ["c"], "test": []})
    # 月湖公司 is in dev; 云谷产业园 has two labels in train
    assert gazetteer(corpus) == [{"label": "ORG", "pattern": "星河集团"}]


def test_modes_place_rules_before_and_after_the_ner():
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner")
    add_rules(nlp, [], {"ORG": "first", "PARK": "override", "METRIC": "add", "MONEY": "none"})
    assert nlp.pipe_names == ["entity_rules_before_ner", "ner", "entity_rules"]
    assert nlp.get_pipe("entity_rules_before_ner").labels == ["ORG"]
    after = nlp.get_pipe("entity_rules")
    assert after.labels == ["PARK", "METRIC"] and after.overwrite_labels == ["PARK"]


def test_name_lexicon_keeps_long_nt_words(tmp_path):
    from xn_project.name_lexicon import nt_words

    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("一汽集团 3 nt\n武装部 5 nt\n工会 9 nt\n暨南大學 2 nt\n西宁 100 ns\n", encoding="utf8")
    assert nt_words(dictionary, 3) == ["一汽集团", "暨南大学", "武装部"]  # normalised, 2-char and non-nt out
    dictionary.write_text("一汽集团 3\n", encoding="utf8")
    with pytest.raises(ValueError, match=r"dict\.txt:1: expected"):
        nt_words(dictionary, 3)


def test_jieba_nt_words_must_end_in_a_kind_word_and_not_be_common_words_in_pd98(tmp_path):
    from xn_project.name_lexicon import pd98_tags, why_not_a_name

    pd98 = tmp_path / "199801.txt"
    pd98.write_text("县/n  人民政府/l  和/c  中宣部/j  与/p  新华社/nt  、/w  新华社/n\n", encoding="utf8")
    tags = pd98_tags(pd98)
    assert why_not_a_name("深加工", tags) == "no kind word at the end"  # jieba tags it nt
    assert why_not_a_name("新兴产业", tags) == "no kind word at the end"
    assert why_not_a_name("人民政府", tags) == "a common word in PD98"
    assert why_not_a_name("中宣部", tags) is None  # an abbreviation (j) is a name
    assert why_not_a_name("新华社", tags) is None  # tagged nt at least once
    assert why_not_a_name("一汽集团", tags) is None  # not in PD98: no evidence against it
    # a kind of body, not one: only descriptive words before the kind word
    assert why_not_a_name("上市公司", tags) == "only descriptive words before the kind word"
    assert why_not_a_name("商业银行", tags) == "only descriptive words before the kind word"
    assert why_not_a_name("科研院所", tags) == "only descriptive words before the kind word"  # research in general
    assert why_not_a_name("国家图书馆", tags) is None  # a national body
    # a level alone: the patterns decide with the words around it (某镇党委 is no name, 省政府 is)
    assert why_not_a_name("镇党委", tags).startswith("a level alone before the kind word")
    # a kind word alone names no body: the patterns find it with its owner (开发区党工委, 省委统战部)
    assert why_not_a_name("党工委", tags).startswith("a kind word alone")
    assert why_not_a_name("统战部", tags).startswith("a kind word alone")


def test_cluener_mentions_that_are_a_kind_word_alone_are_dropped():
    from xn_project.name_lexicon import why_not_a_cluener_name

    assert why_not_a_cluener_name("村委会", 3, 3, set(), {}, 0.5).startswith("a kind word alone")
    assert why_not_a_cluener_name("中诚信国际", 3, 3, set(), {}, 0.5) is None


def test_knowledge_list_errors_name_the_line(tmp_path):
    from xn_project.name_lexicon import read_knowledge

    path = tmp_path / "organisations.tsv"
    path.write_text("name\tcategory\n新华社\tmedia\n國家能源局\tministry\n", encoding="utf8")
    assert read_knowledge(path) == [("新华社", "media"), ("國家能源局", "ministry")]
    for body, message in [
        ("name\tcategory\n新华社\tnewspaper\n", r"organisations\.tsv:2: unknown category 'newspaper'"),
        ("name\tcategory\n新华社\n", r"organisations\.tsv:2: expected"),
        ("name\tcategory\n国家能源局\tministry\n國家能源局\tministry\n", r"organisations\.tsv:3: .* already on line 2"),
        ("新华社\tmedia\n", r"organisations\.tsv:1: expected the header"),
    ]:
        path.write_text(body, encoding="utf8")
        with pytest.raises(ValueError, match=message):
            read_knowledge(path)


def test_name_lexicon_command_reports_what_it_kept_and_dropped(tmp_path):
    from typer.testing import CliRunner

    from xn_project.name_lexicon import app

    knowledge = tmp_path / "organisations.tsv"
    knowledge.write_text("name\tcategory\n华为\ttech\n新华社\tmedia\n", encoding="utf8")
    sites = tmp_path / "sites.tsv"
    sites.write_text("name\tcategory\n东川工业园区\tqinghai\n新华社\tcomputing\n", encoding="utf8")
    pd98 = tmp_path / "199801.txt"
    pd98.write_text("人民政府/l\n", encoding="utf8")
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text(
        "一汽集团 3 nt\n深加工 42 nt\n人民政府 9 nt\n新华社 9 nt\n生产 300 vn\n商品 25 n\n烤烟 5 n\n西宁 80 n\n生 900 v\n",
        encoding="utf8",
    )
    output = tmp_path / "lexicon.jsonl"
    args = [str(knowledge), str(sites), str(pd98), str(output), "--dictionary", str(dictionary)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert [(p["label"], p["pattern"], p["id"]) for p in srsly.read_jsonl(output)] == [
        ("ORG", "一汽集团", "jieba_nt"),
        ("ORG", "华为", "knowledge"),
        ("ORG", "新华社", "knowledge"),
        ("PARK", "东川工业园区", "knowledge"),
        ("GENERIC", "商品", "jieba_common"),
        ("GENERIC", "生产", "jieba_common"),
    ]
    assert "4 nt words of 3+ characters, 1 kept" in result.output
    assert "1 no kind word at the end" in result.output and "1 a common word in PD98" in result.output
    assert "1 already in the knowledge list" in result.output
    assert "2 sites, 1 dropped as already organisations" in result.output
    # 烤烟 is too rare, 西宁 a place, 生 one character; 人民政府 (tag nt) is no common word
    assert "2 common words of 2+ characters kept" in result.output
    assert "1 seen fewer than 20 times" in result.output and "1 a place" in result.output


def _cluener_line(text: str, org: dict[str, str]) -> str:
    """One CLUENER line: `org` maps each mention to its type; every occurrence is labelled."""
    label: dict = {}
    for mention, kind in org.items():
        starts = [i for i in range(len(text)) if text.startswith(mention, i)]
        label.setdefault(kind, {})[mention] = [[i, i + len(mention) - 1] for i in starts]
    return json.dumps({"text": text, "label": label}, ensure_ascii=False)


def test_cluener_names_keep_one_body_and_say_why_the_others_went(tmp_path):
    from xn_project.name_lexicon import cluener_names

    train = tmp_path / "train.json"
    lines = [
        _cluener_line(
            "腾讯与中诚信国际合作，地方政府支持。",
            {"腾讯": "company", "中诚信国际": "company", "地方政府": "government"},
        ),
        _cluener_line("腾讯发布财报，检察机关立案。", {"腾讯": "company", "检察机关": "government"}),
        _cluener_line("永辉超市开业，7天酒店满房。", {"永辉": "company", "7天": "company"}),
        _cluener_line(
            "北京市国土局发布公告，新华社报道，CEC冠军杯开赛。",
            {"北京市国土局": "government", "新华社": "organization", "CEC冠军杯": "organization"},
        ),
        _cluener_line("蓝海集团与蓝海集团的对手。", {}),
        _cluener_line("我们看好蓝海集团。", {"蓝海集团": "company"}),
    ]
    train.write_text("\n".join(lines) + "\n", encoding="utf8")
    common = {"地方", "检察", "机关", "国土"}
    names, dropped = cluener_names(train, known={"新华社"}, common=common, tags={}, min_share=0.5)
    assert names == ["中诚信国际", "腾讯"]
    assert dropped == {
        "already known": 1,  # 新华社
        "a kind of body or a body of a place (地方政府, 北京市国土局)": 3,  # and 检察机关
        "2 characters, labelled once": 1,  # 永辉 (also part of 吴永辉)
        "shorter than 2 characters, or a number (7天)": 1,
        "an event": 1,
        "labelled in fewer than 50% of its uses": 1,  # 蓝海集团: labelled once, written 3 times
    }


def test_site_list_errors_name_the_line(tmp_path):
    from xn_project.name_lexicon import SITE_CATEGORIES, read_knowledge

    sites = tmp_path / "sites.tsv"
    sites.write_text("name\tcategory\n东川工业园区\tqinghai\n甘河工业园区\tmedia\n", encoding="utf8")
    with pytest.raises(ValueError, match=r"sites.tsv:3: unknown category 'media'"):
        read_knowledge(sites, SITE_CATEGORIES)


def test_every_listed_site_is_found_whole_by_the_rules():
    from xn_project.name_lexicon import SITE_CATEGORIES, read_knowledge

    rows = read_knowledge(ROOT / "corpus" / "knowledge" / "sites.tsv", SITE_CATEGORIES)
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "PARK", "pattern": name} for name, _ in rows])
    missed = [
        name for name, _ in rows if [(e.text, e.label_) for e in nlp(f"项目位于{name}。").ents] != [(name, "PARK")]
    ]
    assert missed == []


def test_a_saved_pipeline_has_no_folders_of_an_earlier_build(tmp_path):
    output = tmp_path / "hybrid"
    (output / "ner").mkdir(parents=True)  # left by a build whose pipeline had a ner
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer")
    save_pipeline(nlp, output)
    assert not (output / "ner").exists()
    assert spacy.load(output).pipe_names == ["sentencizer"]


def test_ood_probe_gives_recall_apart_for_the_names_the_gazetteer_holds(tmp_path):
    from typer.testing import CliRunner

    from xn_project.ood_probe import app

    dev = tmp_path / "dev.json"
    lines = [
        _cluener_line("腾讯与蓝海集团合作。", {"腾讯": "company", "蓝海集团": "company"}),
        _cluener_line("新华社报道了此事。", {"新华社": "organization"}),
    ]
    dev.write_text("\n".join(lines) + "\n", encoding="utf8")
    nlp = spacy.blank("zh")
    nlp.add_pipe("xn_entity_rules").add_patterns([{"label": "ORG", "pattern": n} for n in ("腾讯", "报道")])
    nlp.to_disk(tmp_path / "rules")
    lexicon = tmp_path / "lexicon.jsonl"
    srsly.write_jsonl(lexicon, [{"label": "ORG", "pattern": "腾讯"}, {"label": "GENERIC", "pattern": "新华社"}])
    output = tmp_path / "ood_probe.json"
    args = [str(dev), str(output), f"rules={tmp_path / 'rules'}", "--lexicon", str(lexicon)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    scores = json.loads(output.read_text(encoding="utf8"))
    assert scores["gold_org"] == 3 and scores["gold_org_in_lexicon"] == 1  # a GENERIC pattern is no name
    rules = scores["pipelines"]["rules"]
    # found: 腾讯 (listed), 蓝海集团 (by pattern) and 报道 (wrong); missed: 新华社
    assert (rules["p"], rules["r"], rules["r_in_lexicon"], rules["r_not_in_lexicon"]) == (0.6667, 0.6667, 1.0, 0.5)
    assert "| rules | 0.667 | 0.667 | 0.667 | 1.000 | 0.500 |" in output.with_suffix(".md").read_text(encoding="utf8")


def test_a_name_whose_traditional_writing_normalises_otherwise_is_listed_in_both_forms():
    from xn_model.normalize import normalize_text
    from xn_project.name_lexicon import written_traditional

    # 鉅亨網 in traditional text normalises to 巨亨网, never to the list's 钜亨网
    assert normalize_text("鉅亨網") == written_traditional("钜亨网") == "巨亨网"
    assert written_traditional("青海大学") == "青海大学"
