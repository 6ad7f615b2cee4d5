"""How often the rules disagree with the annotation of the text the model is trained on. The model
classifies the rules' candidates; where the training text's annotation and the rules agree, it can
only learn to copy them. This counts, for each training corpus, the spans only the annotation gives
and the spans only the rules give, each split by whether the other side has a span overlapping it
(an edge or label the two place differently) or nothing there. Writes metrics/rules_vs_training.json
and .md (workflow `experiments`)."""

import json
from pathlib import Path

import spacy
import typer
from spacy.tokens import DocBin

from .annotations import LABELS
from .scoring import doc_spans, predict_spans, span_prf

app = typer.Typer(add_completion=False)


def _overlaps(span: tuple, others: set) -> bool:
    return any(span[0] < other[1] and other[0] < span[1] for other in others)


def disagreements(annotated: list[set], rules: list[set]) -> dict:
    """Per label, the spans only one side gives, apart by whether the other side has an overlapping
    span (of any label) or none."""
    counts = {
        side: {label: {"overlapping": 0, "alone": 0} for label in LABELS} for side in ("annotation_only", "rules_only")
    }
    for gold, predicted in zip(annotated, rules):
        for side, mine, theirs in (("annotation_only", gold, predicted), ("rules_only", predicted, gold)):
            for span in mine - theirs:
                where = "overlapping" if _overlaps(span, theirs) else "alone"
                counts[side][span[2]][where] += 1
    return counts


def _total(counts: dict, where: str) -> int:
    return sum(c[where] for c in counts.values())


@app.command()
def main(
    rules: Path = typer.Argument(..., help="training/rules"),
    output: Path = typer.Argument(..., help="metrics/rules_vs_training.json (and .md beside it)"),
    corpora: list[str] = typer.Argument(
        ..., help="name=path pairs of .spacy files, e.g. gold=corpus/pkuseg/train.spacy"
    ),
):
    nlp = spacy.load(rules)
    results = {"rules": str(rules), "corpora": {}}
    for pair in corpora:
        name, path = pair.split("=", 1)
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        annotated = [doc_spans(doc) for doc in docs]
        predicted = predict_spans(nlp, [doc.text for doc in docs])
        scores = span_prf(annotated, predicted)
        results["corpora"][name] = {
            "path": path,
            "docs": len(docs),
            "entities": sum(map(len, annotated)),
            "micro_f": scores["micro_f"],
            "per_label_f": {label: scores["per_label"][label]["f"] for label in LABELS},
            **disagreements(annotated, predicted),
        }
        typer.echo(f"{name}: {len(docs):,} docs, rules micro F {scores['micro_f']:.3f} against the annotation")
    output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    output.with_suffix(".md").write_text(markdown(results), encoding="utf8")


def markdown(results: dict) -> str:
    rows = [
        "| training text | passages | entities | rules micro F against its annotation "
        "| annotated only: no rule span there | annotated only: a rule span overlaps "
        "| rules only: nothing annotated there | rules only: an annotated span overlaps |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, c in results["corpora"].items():
        a, r = c["annotation_only"], c["rules_only"]
        rows.append(
            f"| {name} | {c['docs']:,} | {c['entities']:,} | {c['micro_f']:.3f} | {_total(a, 'alone'):,} "
            f"| {_total(a, 'overlapping'):,} | {_total(r, 'alone'):,} | {_total(r, 'overlapping'):,} |"
        )
    rules_only = sum(
        _total(c["rules_only"], where) for c in results["corpora"].values() for where in ("alone", "overlapping")
    )
    entities = sum(c["entities"] for c in results["corpora"].values())
    rows.append(
        f"\nThe rules ({results['rules']}) run over each training text and are scored against its annotation, "
        "exact spans; a span of one side overlaps the other's when they share a character (any label). The "
        "shipped span classifier scores the rules' candidates only, so an annotated span whose edges no rule "
        f"span has is never put to it; what it can learn beyond copying the rules comes from the {rules_only:,} rule spans "
        f"that the annotation does not hold, against {entities:,} annotated entities. "
        "metrics/rules_vs_training.json splits the counts by label."
    )
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    app()
