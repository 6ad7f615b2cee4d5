"""The segmenter trainer on a tiny PD98-format corpus of our own: POS tags stripped, and the same
data and seed give the same model (pkuseg's optimizer shuffles with the global random module)."""

import json
import random

from typer.testing import CliRunner

from xn_project.segmenter import app, pd98_words

WORDS = [
    "西宁",
    "绿色",
    "算力",
    "产业",
    "发展",
    "数据",
    "中心",
    "建设",
    "项目",
    "投资",
    "企业",
    "青海",
    "园区",
    "签约",
    "全省",
]


def test_pd98_words_drops_tags_and_normalises():
    assert pd98_words("迈向/v  充满/v  希望/n  １９９８/m") == ["迈向", "充满", "希望", "1998"]


def test_same_seed_same_segmenter(tmp_path):
    rng = random.Random(1)
    lines = ["  ".join(f"{rng.choice(WORDS)}/n" for _ in range(rng.randint(4, 12))) for _ in range(120)]
    corpus = tmp_path / "pd98.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf8")
    runs = []
    for name in ("a", "b"):
        result = CliRunner().invoke(
            app,
            [
                str(corpus),
                str(tmp_path / name / "pkuseg"),
                str(tmp_path / f"{name}.json"),
                "--iterations",
                "2",
                "--n-heldout",
                "20",
            ],
        )
        assert result.exit_code == 0, result.output[-2000:]
        runs.append(
            (
                (tmp_path / name / "pkuseg" / "weights.npz").read_bytes(),
                json.loads((tmp_path / f"{name}.json").read_text()),
            )
        )
    assert runs[0][0] == runs[1][0]
    assert runs[0][1]["heldout"] == runs[1][1]["heldout"] and runs[0][1]["heldout"]["f"] > 0.9
