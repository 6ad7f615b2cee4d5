"""xn.new_names.v1: training passages with new names for their ORG and PARK entities."""

import random

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry

from xn_project.augment import create_new_names_augmenter, kind_word_start, name_characters, rename
from xn_project.readers import create_mixed_corpus

TEXT = "佳兆业文商旅集团与西宁市数据局在南川工业园区投资17.7亿元，团省委参加。"
SPANS = [(0, 8, "ORG"), (9, 15, "ORG"), (16, 22, "PARK"), (24, 30, "MONEY"), (31, 34, "ORG")]
POOL = "甲乙丙丁戊己庚辛"


def test_kind_word_start():
    assert kind_word_start("佳兆业文商旅集团") == 6
    assert kind_word_start("南川工业园区") == 2
    assert kind_word_start("省委") == 0  # only a kind word: nothing to rename
    assert kind_word_start("华为") == 2  # no kind word: the whole name is specific


def test_rename_changes_only_the_specific_part_of_names():
    new = rename(TEXT, SPANS, ["ORG", "PARK"], POOL, random.Random(0))
    assert len(new) == len(TEXT)
    assert new[6:8] == "集团" and new[14] == "局" and new[18:22] == "工业园区"
    assert all(c in POOL for c in new[0:6] + new[16:18] + new[12:14] + new[31])
    assert new[11] == "市"  # a level stays
    assert new[8] == "与" and new[22:31] == TEXT[22:31]  # context and money untouched
    assert new[32:] == TEXT[32:]  # 团省委: a name before 省委, the kind word stays
    # labels not asked for stay as they are
    assert rename(TEXT, SPANS, ["PARK"], POOL, random.Random(0))[:16] == TEXT[:16]


def name_doc(nlp):
    doc = spacy.blank("zh").make_doc(TEXT)  # one character a token
    doc = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[False] * len(doc))
    doc.ents = [doc.char_span(s, e, label=l) for s, e, l in SPANS]
    doc.cats = {"COMPUTE": 1.0}
    return doc


def test_augmenter_keeps_offsets_labels_and_topics():
    nlp = spacy.blank("zh")  # one character a token: every entity keeps its edges
    augment = create_new_names_augmenter(probability=1.0, seed=1)
    [example] = augment(nlp, Example(nlp.make_doc(TEXT), name_doc(nlp)))
    reference = example.reference
    assert reference.text != TEXT and len(reference.text) == len(TEXT)
    assert [(e.start_char, e.end_char, e.label_) for e in reference.ents] == SPANS
    assert reference.cats == {"COMPUTE": 1.0}
    assert example.predicted.text == reference.text and not example.predicted.ents
    # probability 0, or a passage without names, passes unchanged
    unchanged = Example(nlp.make_doc(TEXT), name_doc(nlp))
    assert list(create_new_names_augmenter(probability=0.0)(nlp, unchanged)) == [unchanged]
    plain = Example.from_dict(nlp.make_doc("今天天气很好。"), {})
    assert list(augment(nlp, plain)) == [plain]


def test_a_name_off_token_edges_after_segmenting_again_is_missing_not_outside():
    nlp = spacy.blank("zh")
    nlp.tokenizer = lambda text: Doc(nlp.vocab, words=[text[:10], text[10:]], spaces=[False, False])
    augment = create_new_names_augmenter(probability=1.0)
    [example] = augment(nlp, Example(nlp.make_doc(TEXT), name_doc(nlp)))
    iob = [t.ent_iob_ for t in example.reference]
    assert iob == ["", ""]  # both tokens cut through a name: neither entity nor outside


def test_registered_and_used_by_the_mixed_corpus(tmp_path):
    assert registry.augmenters.get("xn.new_names.v1") is create_new_names_augmenter
    nlp = spacy.blank("zh")
    DocBin(docs=[name_doc(nlp)], store_user_data=True).to_disk(tmp_path / "gold.spacy")
    augment = create_new_names_augmenter(probability=1.0)
    [example] = create_mixed_corpus(tmp_path / "gold.spacy", augmenter=augment, spans_key="sc")(nlp)
    assert example.reference.text != TEXT
    assert [s.label_ for s in example.reference.spans["sc"]] == [l for _, _, l in SPANS]


def test_name_characters_reads_name_words_only(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("华为 10 nt\n西宁 5 ns\n天气 100 n\n", encoding="utf8")
    assert set(name_characters(dictionary)) == set("华为西宁")
    dictionary.write_text("华为 10\n", encoding="utf8")
    name_characters.cache_clear()
    try:
        name_characters(dictionary)
    except ValueError as error:
        assert "dict.txt:1" in str(error)
    else:
        raise AssertionError("a malformed line must name its file and line")
