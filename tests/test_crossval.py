"""The decisions cross-validation makes: the folds, the per-label modes, the variants' table."""

from xn_project.crossval import assign_folds, choose_modes
from xn_project.crossval_variants import markdown, slug


def scorer(table: dict):
    """A pooled F per set of modes: `table` maps (label, mode) to what that choice adds."""
    return lambda modes: sum(table.get((label, mode), 0.0) for label, mode in modes.items())


def test_folds_cover_every_article_once():
    articles = [f"a{i}" for i in range(17)]
    folds = assign_folds(articles, 4)
    assert sorted(sum(folds, [])) == sorted(articles) and len(folds) == 4
    assert assign_folds(articles, 4) == folds  # seeded


def test_a_mode_must_score_higher_to_be_chosen():
    modes = choose_modes(scorer({("ORG", "override"): 0.02, ("PARK", "rules"): 0.05, ("METRIC", "add"): -0.01}))
    assert modes == {"ORG": "override", "PARK": "rules", "METRIC": "none", "MONEY": "none"}


def test_a_tie_ships_the_rules_alone():
    # every label's rules score as the ner's "none": the ner would run for nothing
    table = {(label, "rules"): 0.0 for label in ("ORG", "PARK", "METRIC", "MONEY")}
    table[("ORG", "rules")] = 0.05
    assert choose_modes(scorer(table)) == dict.fromkeys(("ORG", "PARK", "METRIC", "MONEY"), "rules")


def test_a_gain_within_a_retrain_s_spread_ships_the_rules_alone():
    table = {(label, "rules"): 0.05 for label in ("ORG", "PARK", "METRIC", "MONEY")}
    table[("ORG", "none")] = 0.053  # the model's ORG alone scores 0.003 higher
    assert choose_modes(scorer(table))["ORG"] == "none"
    assert choose_modes(scorer(table), min_gain=0.005) == dict.fromkeys(("ORG", "PARK", "METRIC", "MONEY"), "rules")
    table[("ORG", "none")] = 0.06  # 0.01 higher: more than a retrain moves it
    assert choose_modes(scorer(table), min_gain=0.005)["ORG"] == "none"


def test_the_ner_stays_where_it_adds():
    table = {("ORG", "rules"): 0.05, ("PARK", "rules"): 0.05, ("METRIC", "rules"): 0.01, ("MONEY", "none"): 0.0}
    table[("MONEY", "rules")] = -0.01  # the rules cost F on MONEY
    assert choose_modes(scorer(table))["MONEY"] == "none"


def fold_result(f: float) -> dict:
    per = {label: {"f": f} for label in ("ORG", "PARK", "METRIC", "MONEY")}
    return {
        "pooled": {"micro_f": f, "per_label": per},
        "mean_micro_f": f,
        "stdev_micro_f": 0.01,
        "pooled_micro_f_by_articles": {"dev_test_articles": f},
    }


def test_variants_table_names_the_best_ner():
    rows = [
        {
            "name": n,
            "help": h,
            "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.9), "model": fold_result(f)}},
        }
        for n, h, f in (("words only", "a", 0.70), ("+ rule candidates", "b", 0.84))
    ]
    text = markdown(rows)
    assert "| rules (same folds) | 0.900 |" in text
    assert "| + rule candidates | 0.840 |" in text
    assert "Highest pooled micro F of the trained model alone: **+ rule candidates**, 0.840 against 0.900" in text
    assert "(-0.060)" in text and "Labels where it is at least as good as the rules: none." in text
    assert slug("+ rule candidates, 5000 steps") == "rule_candidates_5000_steps"


def test_rows_of_different_commits_are_said_to_be_so_and_rules_come_from_the_latest():
    rows = [
        {"name": "old", "help": "", "measured_at": "abc1234", "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.85), "model": fold_result(0.80)}}},
        {"name": "new", "help": "", "measured_at": "def5678", "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.90), "model": fold_result(0.82)}}},
    ]  # fmt: skip
    text = markdown(rows)
    assert "| rules (same folds) | 0.900 |" in text and text.count("| def5678 |") == 2
    assert "measured at 2 commits (abc1234, def5678)" in text
    rows[0]["measured_at"] = "def5678"
    assert "commits" not in markdown(rows)


def test_rules_come_from_the_newest_commit_and_the_best_is_compared_with_its_own_run(monkeypatch):
    import xn_project.crossval_variants as variants

    monkeypatch.setattr(variants, "commit_time", {"new1234": 2, "old1234": 1}.get)
    rows = [
        {"name": "best", "help": "", "measured_at": "new1234", "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.95), "model": fold_result(0.86)}}},
        {"name": "older", "help": "", "measured_at": "old1234", "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.90), "model": fold_result(0.80)}}},
    ]  # fmt: skip
    text = markdown(rows)
    assert "| rules (same folds) | 0.950 |" in text  # not the last row's 0.900
    assert "**best**, 0.860 against 0.950 for the rules in the same run" in text


def test_only_keeps_the_other_rows_and_refuses_what_it_cannot_keep(tmp_path):
    from typer.testing import CliRunner

    from xn_project.crossval_variants import app

    variants = tmp_path / "variants.yml"
    variants.write_text(
        "variants:\n  - name: a\n    config: pkuseg\n  - name: b\n    config: pkuseg\n", encoding="utf8"
    )
    output = tmp_path / "experiments.json"
    args = [str(variants)] + ["x"] * 8 + [str(output)]
    # an unknown name, or a row to keep that was never measured, is an error before any training
    result = CliRunner().invoke(app, args + ["--only", "c"])
    assert result.exit_code == 2 and "no variant ['c']" in result.output
    result = CliRunner().invoke(app, args + ["--only", "a"])
    assert result.exit_code == 2 and "no row for ['b']" in result.output


def test_a_seed_variant_says_how_far_a_retrain_alone_moves():
    rows = [
        {"name": n, "help": "", "measured_at": "abc1234", "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.9), "model": fold_result(f)}}}
        for n, f in (("default", 0.81), ("other", 0.83), ("default, seed 1", 0.84))
    ]  # fmt: skip
    text = markdown(rows)
    assert "Retrained with another seed, **default** moved by 0.030 pooled micro F" in text
    assert "moved by" not in markdown(rows[:2])
    rows[2]["measured_at"] = "def5678"  # a retrain at another commit is no retrain
    assert "moved by" not in markdown(rows) and "were measured at different commits" in markdown(rows)


def test_spans_unlike_the_rules_are_counted_with_the_right_ones():
    from xn_project.crossval import unlike_rules, unlike_rules_cell, unlike_rules_sentence

    gold = [{(0, 2, "ORG"), (3, 5, "METRIC")}, {(0, 4, "PARK")}]
    rules = [{(0, 2, "ORG"), (3, 5, "METRIC")}, {(0, 4, "ORG")}]
    model = [{(0, 2, "ORG")}, {(0, 4, "PARK"), (5, 6, "ORG")}]
    counts = unlike_rules(gold, model, rules)
    # the model relabels one span rightly and adds a wrong one; it drops a right METRIC
    assert counts == {"model_only": 2, "model_only_right": 1, "rules_only": 2, "rules_only_right": 1}
    assert unlike_rules_cell(counts) == "2 (1) / 2 (1)"
    assert "differ from the rules' in 4 spans" in unlike_rules_sentence(counts)
    assert unlike_rules(gold, rules, rules)["model_only"] == 0


def test_variants_table_shows_the_spans_unlike_the_rules_where_measured():
    counts = {"model_only": 3, "model_only_right": 0, "rules_only": 7, "rules_only_right": 6}
    rows = [
        {"name": n, "help": "", "measured_at": "abc1234", "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.9), "model": {**fold_result(0.85), **extra}}}}
        for n, extra in (("old", {}), ("new", {"unlike_rules": counts}))
    ]  # fmt: skip
    text = markdown(rows)
    assert "| 0.850 | 3 (0) / 7 (6) | — | abc1234 |" in text and "| 0.850 | — | — | abc1234 |" in text


def test_fold_models_are_scored_on_the_challenge_passages(trained_model, tmp_path):
    import json

    import spacy

    from xn_project.crossval_variants import fold_models_on
    from xn_project.scoring import predict_spans, span_prf

    text = "新区管委会与星河科技有限公司签约，总投资约8.5亿元。"
    spans = [[0, 5, "ORG"], [6, 14, "ORG"], [21, 26, "MONEY"]]
    passages = tmp_path / "challenge.jsonl"
    passages.write_text(json.dumps({"id": "c-1", "article_id": "c", "text": text, "label": spans}) + "\n", "utf8")
    for fold in range(2):
        (tmp_path / f"fold{fold}").mkdir()
        (tmp_path / f"fold{fold}" / "model-best").symlink_to(trained_model, target_is_directory=True)
    result = fold_models_on(passages, tmp_path, 2)
    expected = span_prf([{tuple(s) for s in spans}], predict_spans(spacy.load(trained_model), [text]))["micro_f"]
    assert result["fold_micro_f"] == [expected, expected] and result["mean_micro_f"] == round(expected, 4)


def test_variants_table_shows_the_challenge_figure_where_measured():
    rows = [
        {"name": n, "help": "", "measured_at": "abc1234", "results": {"gold_entities": 340, "pipelines": {"rules": fold_result(0.9), "model": fold_result(0.85)}, **extra}}
        for n, extra in (("old", {}), ("new", {"challenge": {"fold_micro_f": [0.97, 0.98], "mean_micro_f": 0.975}}))
    ]  # fmt: skip
    text = markdown(rows)
    assert "| — | 0.975 | abc1234 |" in text and "| — | — | abc1234 |" in text
