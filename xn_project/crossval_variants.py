"""Cross-validate every variant of configs/crossval_variants.yml (xn_project.crossval, the same
folds for all) and write metrics/experiments.{json,md}: the trained model's own out-of-fold
figures per variant, against the rules on the same folds. A variant whose folds are unchanged is
not retrained (the fold cache of crossval).

--only NAME (repeatable) measures those variants and keeps the other rows of the existing output
as they were; every row says at which commit it was measured, so a table of rows from different
commits says so. --challenge also scores each fold's model on the challenge set (out of domain)."""

import json
import re
import statistics
import subprocess
from pathlib import Path

import spacy
import srsly
import typer

from .annotations import LABELS, read_passages
from .corpus import Corpus
from .crossval import cross_validate, label_cells, label_headers, read_terms, unlike_rules_cell
from .experiments import config_path
from .scoring import predict_spans, span_prf

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
    name_lexicon: Path = typer.Argument(..., help="training/lexicon/lexicon.jsonl"),
    work: Path = typer.Argument(..., help="training/crossval_variants"),
    output: Path = typer.Argument(..., help="metrics/crossval_variants.json (and .md beside it)"),
    synthetic_ratio: float = typer.Option(3.0),
    max_steps: int = typer.Option(2500),
    jobs: int = typer.Option(2),
    only: list[str] = typer.Option([], help="measure these variants only; keep the other rows of OUTPUT"),
    probes: Path = typer.Option(None, help="corpus/pkuseg/probes.spacy: the name probes as training text"),
    challenge: Path = typer.Option(None, help="corpus/challenge/passages.jsonl: also score each fold's model on it"),
):
    variants = srsly.read_yaml(variants_file)["variants"]
    names = [v["name"] for v in variants]
    unknown = [name for name in only if name not in names]
    if unknown:
        raise typer.BadParameter(f"{variants_file} has no variant {unknown} (it has {names})", param_hint="--only")
    earlier = {r["name"]: r for r in json.loads(output.read_text(encoding="utf8"))} if only and output.exists() else {}
    missing = [name for name in names if name not in only and name not in earlier]
    if only and missing:
        raise typer.BadParameter(f"{output} has no row for {missing}: measure them too", param_hint="--only")
    corpus, terms = Corpus.load(passages, article_topics, splits), read_terms(domain_terms)
    rows = []
    for variant in variants:
        if only and variant["name"] not in only:
            typer.echo(f"ℹ {variant['name']}: kept as measured at {earlier[variant['name']]['measured_at']}")
            rows.append(earlier[variant["name"]])
            continue
        folder = Path(variant.get("work") or work / slug(variant["name"]))
        config = config_path(variant, folder)
        overrides = [f"{k}={v}" for k, v in (variant.get("overrides") or {}).items()]
        typer.echo(f"ℹ {variant['name']}: {config} {' '.join(overrides)}")
        results = cross_validate(
            corpus, terms, config, pkuseg_model, synthetic, name_lexicon, folder, 4,
            variant.get("synthetic_ratio", synthetic_ratio), variant.get("max_steps", max_steps), jobs,
            "model-best", overrides, probes=probes,
        )  # fmt: skip
        if challenge is not None:
            results["challenge"] = fold_models_on(challenge, folder, results["folds"])
        rows.append(
            {"name": variant["name"], "help": variant.get("help", ""), "measured_at": commit(), "results": results}
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf8")
    output.with_suffix(".md").write_text(markdown(rows), encoding="utf8")
    typer.echo(markdown(rows))


# what a measurement depends on: a change elsewhere (metrics, README) does not make it "+changes"
_INPUTS = ("xn_model", "xn_project", "configs", "corpus", "project.yml", "pyproject.toml")


def commit() -> str:
    """The commit the code was at (with "+changes" when its code, configs or corpus differ from it)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", *_INPUTS], capture_output=True, text=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def fold_models_on(passages: Path, folder: Path, folds: int) -> dict:
    """Micro F of each fold's model (trained on three quarters of the gold articles) on passages no
    fold trained on: the challenge set, a signal out of domain beside the cross-validation's."""
    annotated = read_passages(passages)
    texts, gold = [p.text for p in annotated], [set(p.spans) for p in annotated]
    fold_f = [
        span_prf(gold, predict_spans(spacy.load(folder / f"fold{i}" / "model-best"), texts))["micro_f"]
        for i in range(folds)
    ]
    return {"passages": str(passages), "fold_micro_f": fold_f, "mean_micro_f": round(statistics.mean(fold_f), 4)}


def row(name: str, r: dict, measured_at: str, challenge: dict | None = None) -> str:
    return (
        f"| {name} | {r['pooled']['micro_f']:.3f} | {r['mean_micro_f']:.3f} ± {r['stdev_micro_f']:.3f} | {label_cells(r)} "
        f"| {r['pooled_micro_f_by_articles']['dev_test_articles']:.3f} "
        f"| {unlike_rules_cell(r['unlike_rules']) if 'unlike_rules' in r else '—'} "
        f"| {format(challenge['mean_micro_f'], '.3f') if challenge else '—'} | {measured_at} |"
    )


def commit_time(measured_at: str | None) -> int:
    """When the commit a row was measured at was made (0 when unknown)."""
    if not measured_at:
        return 0
    done = subprocess.run(
        ["git", "log", "-1", "--format=%ct", measured_at.split("+")[0]], capture_output=True, text=True
    )
    return int(done.stdout.strip() or 0) if done.returncode == 0 else 0


def latest(rows: list[dict]) -> dict:
    """The row measured at the newest commit (the last such row in the file's order): the rules
    row of the table is shown from it, and the table says at which commit."""
    return rows[max(range(len(rows)), key=lambda i: (commit_time(rows[i].get("measured_at")), i))]


def markdown(rows: list[dict]) -> str:
    lines = [
        "The trained model's own predictions (no rule component adding or overriding entities), 4-fold "
        f"cross-validation by article, {rows[0]['results']['gold_entities']} gold entities scored once out of fold; "
        "the rules on the same folds for comparison.",
        "",
        f"| variant | pooled micro F | mean ± stdev over folds | {label_headers()} | pooled F, dev+test articles "
        "| spans only the model / only the rules gave (right ones) | challenge set, mean of the fold models "
        "| measured at |",
        "|---|---|---|" + "---|" * len(LABELS) + "---|---|---|---|",
        row("rules (same folds)", latest(rows)["results"]["pipelines"]["rules"], measured(latest(rows))),
    ]
    lines += [
        row(r["name"], r["results"]["pipelines"]["model"], measured(r), r["results"].get("challenge")) for r in rows
    ]
    lines += ["", "Variants:"] + [f"- {r['name']}: {r['help']}" for r in rows]
    return "\n".join(lines + [""] + findings(rows)) + "\n"


def measured(r: dict) -> str:
    return r.get("measured_at") or "before rows kept their commit"


def findings(rows: list[dict]) -> list[str]:
    """What the table says, in words generated with it."""
    best = max(rows, key=lambda r: r["results"]["pipelines"]["model"]["pooled"]["micro_f"])
    # each run scores the rules on its folds: the best variant is compared with the rules of its run
    model, rules = best["results"]["pipelines"]["model"], best["results"]["pipelines"]["rules"]

    def f(r: dict) -> float:
        return r["pooled"]["micro_f"]

    def held(r: dict) -> float:
        return r["pooled_micro_f_by_articles"]["dev_test_articles"]

    at_least = [l for l in LABELS if model["pooled"]["per_label"][l]["f"] >= rules["pooled"]["per_label"][l]["f"]]
    by_name = {r["name"]: r for r in rows}
    retrains = []
    for r in rows:
        base = re.fullmatch(r"(.*), seed \d+", r["name"])
        if base and base.group(1) in by_name and measured(by_name[base.group(1)]) != measured(r):
            retrains.append(
                f"**{r['name']}** and **{base.group(1)}** were measured at different commits "
                f"({measured(r)}, {measured(by_name[base.group(1)])}): their difference is not a retrain's."
            )
        elif base and base.group(1) in by_name:
            a, b = by_name[base.group(1)]["results"]["pipelines"]["model"], r["results"]["pipelines"]["model"]
            moved = {
                l: abs(a["pooled"]["per_label"][l]["f"] - b["pooled"]["per_label"][l]["f"]) for l in ("ORG", "PARK")
            }
            retrains.append(
                f"Retrained with another seed, **{base.group(1)}** moved by {abs(f(a) - f(b)):.3f} pooled micro F "
                f"(ORG {moved['ORG']:.3f}, PARK {moved['PARK']:.3f}): a difference between variants smaller than "
                "that is no evidence either way."
            )
    commits = sorted({measured(r) for r in rows})
    mixed = [f"The rows were measured at {len(commits)} commits ({', '.join(commits)}): compare rows of one commit."]
    return (
        (mixed if len(commits) > 1 else [])
        + [
            f"Highest pooled micro F of the trained model alone: **{best['name']}**, {f(model):.3f} against {f(rules):.3f} "
            f"for the rules in the same run ({f(model) - f(rules):+.3f}); on the dev and test articles, which the rules were not "
            f"written from, {held(model):.3f} against {held(rules):.3f} ({held(model) - held(rules):+.3f}).",
            "Labels where it is at least as good as the rules: " + (", ".join(at_least) or "none") + ".",
        ]
        + retrains
    )


if __name__ == "__main__":
    app()
