"""Assemble two pipelines around the rules in `rules.py`:

- training/rules: the trained pipeline's tokenizer + xn_entity_rules (regexes and a gazetteer of
  the TRAIN split's ORG and PARK names) + xn_entity_values: the rules baseline, loadable with
  spacy.load like any pipeline;
- training/hybrid: the trained pipeline with xn_entity_rules after its ner. For each label the
  rules may do nothing, add entities where the model found none, or override the model's
  entities they overlap; the choice is made on the DEV split, one label at a time, and written
  to a JSON file with the dev scores behind it."""
import json
from pathlib import Path

import spacy
import typer

from .annotations import LABELS
from .corpus import Corpus
from .scoring import span_prf

app = typer.Typer(add_completion=False)
MODES = ("none", "add", "override")


def gazetteer(corpus: Corpus) -> list[dict]:
    """ORG and PARK names of the train split, each with the one label it always has there."""
    labels: dict[str, set] = {}
    for passage in corpus.in_split("train"):
        for start, end, label in passage.spans:
            if label in ("ORG", "PARK"):
                labels.setdefault(passage.text[start:end], set()).add(label)
    return [{"label": next(iter(ls)), "pattern": name} for name, ls in sorted(labels.items()) if len(ls) == 1 and len(name) > 1]


def add_rules(nlp, patterns: list[dict], modes: dict[str, str], **where):
    config = {"labels": [l for l in LABELS if modes[l] != "none"], "overwrite_labels": [l for l in LABELS if modes[l] == "override"]}
    rules = nlp.add_pipe("xn_entity_rules", config=config, **where)
    rules.add_patterns(patterns)
    return rules


def dev_score(model_docs: list, gold: list[set], patterns: list[dict], modes: dict[str, str]) -> dict:
    """Scores on dev of the model's entities with the rules applied in `modes` (model run once)."""
    rules = add_rules(spacy.blank("zh"), patterns, modes)
    pred = [{(e.start_char, e.end_char, e.label_) for e in rules(doc.copy()).ents} for doc in model_docs]
    return span_prf(gold, pred)


@app.command()
def main(
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl"),
    splits: Path = typer.Argument(..., help="corpus/splits.json"),
    model: Path = typer.Argument(..., help="Trained pipeline (model-best)"),
    rules_output: Path = typer.Argument(..., help="Where the rules pipeline is saved"),
    hybrid_output: Path = typer.Argument(..., help="Where the hybrid pipeline is saved"),
    choice_output: Path = typer.Argument(..., help="JSON: per-label mode and the dev scores behind it"),
):
    corpus = Corpus.load(passages, article_topics, splits)
    patterns = gazetteer(corpus)
    nlp = spacy.load(model)
    dev = corpus.in_split("dev")
    gold = [set(p.spans) for p in dev]
    model_docs = list(nlp.pipe(p.text for p in dev))
    modes = {label: "none" for label in LABELS}
    trials = {"model alone": dev_score(model_docs, gold, patterns, modes)["micro_f"]}
    best = trials["model alone"]
    for label in LABELS:  # one label at a time, keeping what earlier labels chose
        for mode in MODES[1:]:
            score = dev_score(model_docs, gold, patterns, {**modes, label: mode})["micro_f"]
            trials[f"{label} {mode}"] = score
            if score > best:  # strictly better: on ties the model keeps the label
                best, modes[label] = score, mode
    trained_components = list(nlp.pipe_names)
    add_rules(nlp, patterns, modes, after="ner")
    nlp.to_disk(hybrid_output)

    baseline = spacy.load(model, exclude=trained_components)
    add_rules(baseline, patterns, {label: "add" for label in LABELS})
    baseline.add_pipe("xn_entity_values")
    baseline.to_disk(rules_output)
    choice = {"modes": modes, "dev_micro_f": best, "trials_dev_micro_f": trials, "gazetteer_names": len(patterns)}
    choice_output.parent.mkdir(parents=True, exist_ok=True)
    choice_output.write_text(json.dumps(choice, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    typer.echo(f"gazetteer: {len(patterns)} train names; hybrid modes chosen on dev: {modes} (dev micro F {best:.3f}, model alone {trials['model alone']:.3f})")


if __name__ == "__main__":
    app()
