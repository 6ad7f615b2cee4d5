"""The traditional-script, full-width reprint of the test split that the benchmark scores: gold
offsets must stay valid, so every character maps to one character."""

from xn_model.normalize import normalize_text
from xn_project.benchmark import traditional_full_width


def test_reprint_is_traditional_full_width_and_keeps_length():
    texts = ["西宁经济技术开发区总投资约17.7亿元，建成5G基站近万个。", "", "青海发展绿色算力，数据中心机架8300余架。"]
    reprinted = traditional_full_width(texts)
    assert reprinted[0] == "西寧經濟技術開發區總投資約１７．７億元，建成５Ｇ基站近萬個。"
    assert [len(t) for t in reprinted] == [len(t) for t in texts]
    # the tokenizer's normal form takes the reprint back to the text the model was trained on
    assert [normalize_text(t) for t in reprinted] == [normalize_text(t) for t in texts]
