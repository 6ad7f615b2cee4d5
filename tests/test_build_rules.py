"""The gazetteer comes from the train split only, and the hybrid places its rule components as
the per-label modes say."""

import pytest
import spacy

from xn_project.annotations import Passage
from xn_project.build_rules import add_rules, gazetteer, save_pipeline
from xn_project.corpus import Corpus


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


def test_a_saved_pipeline_has_no_folders_of_an_earlier_build(tmp_path):
    output = tmp_path / "hybrid"
    (output / "ner").mkdir(parents=True)  # left by a build whose pipeline had a ner
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer")
    save_pipeline(nlp, output)
    assert not (output / "ner").exists()
    assert spacy.load(output).pipe_names == ["sentencizer"]
