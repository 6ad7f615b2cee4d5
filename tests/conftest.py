"""A tiny pipeline with the architecture that ships: the same config as `spacy project run train`
(configs/pkuseg.cfg: pkuseg tokenizer, rule candidates, tok2vec, the span classifier and its
entities, xn_topics, xn_entity_values), a pkuseg
segmenter trained here on a few sentences, a few updates on gold passages, then assembled by the
function `rules` uses for the shipped hybrid, with the modes it uses (configs/hybrid_modes.json,
chosen by cross-validation). Its topic predictions are poor; what the tests check is that it runs,
serialises and survives bad input like the real one."""

import json
import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example
from typer.testing import CliRunner

from xn_project.annotations import read_passages
from xn_project.build_rules import assemble_hybrid
from xn_project.segmenter import app as segmenter_app

ROOT = Path(__file__).parent.parent
# punctuation and the money words as words of their own, as the real segmenter (PD98) has them
WORDS = ["西宁", "绿色", "算力", "产业", "发展", "数据", "中心", "建设", "项目", "投资", "企业", "青海", "园区"]
WORDS += ["。", "，", "、", "！", "元", "亿", "万", "公司", "有限公司", "约"]


def tiny_segmenter(folder: Path) -> Path:
    rng = random.Random(1)
    lines = ["  ".join([f"{rng.choice(WORDS)}/n" for _ in range(rng.randint(4, 12))] + ["。/w"]) for _ in range(150)]
    corpus = folder / "pd98.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf8")
    model = folder / "pkuseg"
    args = [str(corpus), str(model), str(folder / "segmenter.json"), "--iterations", "1", "--n-heldout", "10"]
    result = CliRunner().invoke(segmenter_app, args)
    assert result.exit_code == 0, result.output
    return model


def train_tiny(folder: Path, config_text: str, overrides: dict | None = None, spans_key: str | None = None) -> Path:
    """A pipeline of `config_text` (a training config) with a tiny segmenter, a few updates on 24
    gold passages, saved to folder / "model". spans_key: the gold entities also go to that span
    group, where a span classifier reads them (as xn.MixedCorpus.v1 does with spans_key)."""
    segmenter = tiny_segmenter(folder)
    user_dict = folder / "userdict.txt"
    user_dict.write_text("青海大学\n南川工业园区\n", encoding="utf8")
    config = spacy.util.load_config_from_str(
        config_text,
        overrides={
            "paths.pkuseg_model": str(segmenter),
            "paths.user_dict": str(user_dict),
            # the corpora are never read here, but the readers want paths
            "paths.train": str(folder),
            "paths.dev": str(folder),
            **(overrides or {}),
        },
    )
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    # the span group the config's reader fills for a span classifier
    spans_key = spans_key or config["corpora"]["train"].get("spans_key")
    nlp.tokenizer.initialize(
        nlp=nlp, pkuseg_model=str(segmenter), pkuseg_user_dict=str(user_dict)
    )  # to make the examples
    passages = list(read_passages(ROOT / "corpus" / "annotations" / "passages.jsonl"))[:24]
    topics = nlp.get_pipe("textcat").labels or ()

    def example(passage):
        doc = nlp.make_doc(passage.text)
        spans = [doc.char_span(s, e, label=l, alignment_mode="expand") for s, e, l in passage.spans]
        cats = {
            t: float(t == passage.topic)
            for t in topics or ("COMPUTE", "INDUSTRY", "GOVERNMENT", "SOCIETY", "ECOLOGY", "CULTURE")
        }
        eg = Example.from_dict(
            doc,
            {
                "entities": [
                    (s.start_char, s.end_char, s.label_) for s in spacy.util.filter_spans([s for s in spans if s])
                ],
                "cats": cats,
            },
        )
        if spans_key is not None:
            eg.reference.spans[spans_key] = list(eg.reference.ents)
        return eg

    examples = [example(p) for p in passages]
    optimizer = nlp.initialize(lambda: examples)
    annotating = config["training"]["annotating_components"]
    for _ in range(3):
        nlp.update(examples, sgd=optimizer, annotates=annotating)
    nlp.to_disk(folder / "model")
    return folder / "model"


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory) -> Path:
    """The trained pipeline before `rules` assembles it (rule_candidates, tok2vec, spancat,
    span_entities, textcat, entity_values), saved to disk."""
    config = (ROOT / "configs" / "pkuseg.cfg").read_text(encoding="utf8")
    return train_tiny(tmp_path_factory.mktemp("trained"), config)


@pytest.fixture(scope="session")
def shipped_nlp(trained_model):
    nlp = spacy.load(trained_model)
    # assembled as `rules` assembles the shipped hybrid, with the modes it uses
    modes = json.loads((ROOT / "configs" / "hybrid_modes.json").read_text(encoding="utf8"))["modes"]
    assemble_hybrid(nlp, [{"label": "ORG", "pattern": "青海大学"}], modes)
    # what `rules` measures on held-out passages; made-up figures here
    nlp.get_pipe("entity_values").precision = {"rules": {"MONEY": 0.97, "ORG": 0.6}, "model": {"ORG": 0.5}}
    return nlp
