"""The count of where the rules and a training text's annotation disagree."""

from xn_project.rules_vs_training import disagreements, markdown


def test_disagreements_split_by_overlap_and_label():
    annotated = [{(0, 6, "ORG"), (10, 14, "PARK"), (20, 25, "MONEY")}, {(0, 4, "ORG")}]
    rules = [{(0, 6, "ORG"), (10, 16, "PARK"), (30, 33, "METRIC")}, {(0, 4, "PARK")}]
    counts = disagreements(annotated, rules)
    only_annotated, only_rules = counts["annotation_only"], counts["rules_only"]
    assert only_annotated["PARK"] == {"overlapping": 1, "alone": 0}  # the rules' edge is wrong
    assert only_annotated["MONEY"] == {"overlapping": 0, "alone": 1}  # nothing of the rules there
    assert only_annotated["ORG"] == {"overlapping": 1, "alone": 0}  # same edges, other label
    assert only_rules["PARK"] == {"overlapping": 2, "alone": 0}
    assert only_rules["METRIC"] == {"overlapping": 0, "alone": 1}
    assert only_rules["ORG"] == {"overlapping": 0, "alone": 0}  # (0, 6) agrees


def test_markdown_counts_the_rule_spans_the_classifier_can_learn_from():
    counts = disagreements([{(0, 4, "ORG")}], [{(0, 5, "ORG"), (8, 9, "METRIC")}])
    corpus = {"docs": 1, "entities": 1, "micro_f": 0.0, **counts}
    table = markdown({"rules": "training/rules", "corpora": {"gold": corpus}})
    assert "| gold | 1 | 1 | 0.000 | 0 | 1 | 1 | 1 |" in table
    assert "from the 2 rule spans" in table
