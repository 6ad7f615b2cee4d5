"""The mixed training corpus: all gold examples every epoch plus a fresh sample of each extra
source, sized by its ratio; a null source is off."""

import spacy
from spacy.tokens import DocBin

from xn_project.readers import create_mixed_corpus


def write_docs(path, texts):
    nlp = spacy.blank("zh")
    DocBin(docs=[nlp.make_doc(t) for t in texts]).to_disk(path)
    return path


def test_mix_sizes_and_fresh_samples(tmp_path):
    gold = write_docs(tmp_path / "gold.spacy", [f"金{i}" for i in range(4)])
    silver = write_docs(tmp_path / "silver.spacy", [f"银{i}" for i in range(40)])
    read = create_mixed_corpus(gold, silver=silver, silver_ratio=2.0, synthetic=None, external=None)
    nlp = spacy.blank("zh")
    first = [eg.reference.text for eg in read(nlp)]
    second = [eg.reference.text for eg in read(nlp)]
    assert len(first) == 4 + 8 and sorted(t for t in first if t.startswith("金")) == [f"金{i}" for i in range(4)]
    assert sum(t.startswith("银") for t in first) == 8
    assert set(first) != set(second)  # another sample of the extra source each epoch


def test_ratio_zero_is_gold_only(tmp_path):
    gold = write_docs(tmp_path / "gold.spacy", ["金"])
    extra = write_docs(tmp_path / "extra.spacy", ["银"])
    read = create_mixed_corpus(gold, synthetic=extra, synthetic_ratio=0, external=None, silver=None)
    assert [eg.reference.text for eg in read(spacy.blank("zh"))] == ["金"]


def test_each_source_is_sampled_by_its_own_ratio(tmp_path):
    gold = write_docs(tmp_path / "gold.spacy", [f"金{i}" for i in range(4)])
    synthetic = write_docs(tmp_path / "synthetic.spacy", [f"合{i}" for i in range(40)])
    probes = write_docs(tmp_path / "probes.spacy", [f"探{i}" for i in range(40)])
    read = create_mixed_corpus(gold, synthetic=synthetic, synthetic_ratio=1.0, probes=probes, probes_ratio=3.0)
    texts = [eg.reference.text for eg in read(spacy.blank("zh"))]
    assert [sum(t.startswith(c) for t in texts) for c in "金合探"] == [4, 4, 12]
