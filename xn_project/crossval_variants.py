"""Cross-validate every variant of configs/crossval_variants.yml (xn_project.crossval, the same
folds for all) and write metrics/crossval_variants.{json,md}: the trained ner's own out-of-fold
figures per variant, against the rules on the same folds. A variant whose folds are unchanged is
not retrained (the fold cache of crossval)."""

import json
import re
from pathlib import Path

import srsly
import typer

from .annotations import LABELS
from .corpus import Corpus
from .crossval import cross_validate, label_cells, label_headers, read_terms
from .experiments import config_path

app = typer.Typer(add_completion=False)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


@app.command()
def main(
    variants_file: Path = typer.Argument(..., help="configs/crossval_variants.yml"),
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl"),
    splits: Path = typer.Argument(..., help="corpus/splits.json"),
    domain_terms: Path = typer.Argument(..., help="corpus/domain_terms.txt"),
    pkuseg_model: Path = typer.Argument(..., help="training/segmenter/pkuseg"),
    synthetic: Path = typer.Argument(..., help="corpus/pkuseg/synthetic/train.spacy"),
    name_lexicon: Path = typer.Argument(..., help="training/lexicon/org_names.jsonl"),
    work: Path = typer.Argument(..., help="training/crossval_variants"),
    output: Path = typer.Argument(..., help="metrics/crossval_variants.json (and .md beside it)"),
    synthetic_ratio: float = typer.Option(3.0),
    max_steps: int = typer.Option(2500),
    jobs: int = typer.Option(2),
):
    variants = srsly.read_yaml(variants_file)["variants"]
    corpus, terms = Corpus.load(passages, article_topics, splits), read_terms(domain_terms)
    rows = []
    for variant in variants:
        folder = Path(variant.get("work") or work / slug(variant["name"]))
        config = config_path(variant, folder)
        overrides = [f"{k}={v}" for k, v in (variant.get("overrides") or {}).items()]
        typer.echo(f"ℹ {variant['name']}: {config} {' '.join(overrides)}")
        results = cross_validate(
            corpus, terms, config, pkuseg_model, synthetic, name_lexicon, folder, 4,
            variant.get("synthetic_ratio", synthetic_ratio), variant.get("max_steps", max_steps), jobs,
            "model-best", overrides,
        )  # fmt: skip
        rows.append({"name": variant["name"], "help": variant.get("help", ""), "results": results})
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf8")
    output.with_suffix(".md").write_text(markdown(rows), encoding="utf8")
    typer.echo(markdown(rows))


def row(name: str, r: dict) -> str:
    return (
        f"| {name} | {r['pooled']['micro_f']:.3f} | {r['mean_micro_f']:.3f} ± {r['stdev_micro_f']:.3f} | {label_cells(r)} "
        f"| {r['pooled_micro_f_by_articles']['dev_test_articles']:.3f} |"
    )


def markdown(rows: list[dict]) -> str:
    lines = [
        "The trained ner's own predictions (no rule component adding or overriding entities), 4-fold "
        f"cross-validation by article, {rows[0]['results']['gold_entities']} gold entities scored once out of fold; "
        "the rules on the same folds for comparison.",
        "",
        f"| variant | pooled micro F | mean ± stdev over folds | {label_headers()} | pooled F, dev+test articles |",
        "|---|---|---|" + "---|" * len(LABELS) + "---|",
        row("rules (same folds)", rows[0]["results"]["pipelines"]["rules"]),
    ]
    lines += [row(r["name"], r["results"]["pipelines"]["model"]) for r in rows]
    lines += ["", "Variants:"] + [f"- {r['name']}: {r['help']}" for r in rows]
    return "\n".join(lines + [""] + findings(rows)) + "\n"


def findings(rows: list[dict]) -> list[str]:
    """What the table says, in words generated with it."""
    best = max(rows, key=lambda r: r["results"]["pipelines"]["model"]["pooled"]["micro_f"])
    model, rules = best["results"]["pipelines"]["model"], rows[0]["results"]["pipelines"]["rules"]

    def f(r: dict) -> float:
        return r["pooled"]["micro_f"]

    def held(r: dict) -> float:
        return r["pooled_micro_f_by_articles"]["dev_test_articles"]

    at_least = [l for l in LABELS if model["pooled"]["per_label"][l]["f"] >= rules["pooled"]["per_label"][l]["f"]]
    return [
        f"Highest pooled micro F of the ner alone: **{best['name']}**, {f(model):.3f} against {f(rules):.3f} "
        f"for the rules ({f(model) - f(rules):+.3f}); on the dev and test articles, which the rules were not "
        f"written from, {held(model):.3f} against {held(rules):.3f} ({held(model) - held(rules):+.3f}).",
        "Labels where it is at least as good as the rules: " + (", ".join(at_least) or "none") + ".",
    ]


if __name__ == "__main__":
    app()
