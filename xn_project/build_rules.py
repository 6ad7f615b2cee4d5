"""Assemble two pipelines around the rules in `xn_model.rules` (the regex layer) and `xn_model.entity_ruler` (the component):

- training/rules: the trained pipeline's tokenizer + xn_entity_rules (regexes and a gazetteer of
  the TRAIN split's ORG and PARK names) + xn_entity_values: the rules baseline, loadable with
  spacy.load like any pipeline;
- training/hybrid: the trained pipeline with xn_entity_rules around its model. For each label the
  rules may do nothing, add entities where the model found none, override the model's entities
  they overlap, or go first (before the model, which predicts around them); the choice is made on
  the DEV split, one label at a time, and written to a JSON file with the dev scores behind it."""

import json
import shutil
from pathlib import Path

import spacy
import srsly
import typer

from .annotations import LABELS
from .corpus import Corpus
from .scoring import doc_spans, span_prf

app = typer.Typer(add_completion=False)
# What the rules may do for a label: nothing; add entities where the model found none; override
# the model's entities they overlap; run BEFORE the model, which then predicts around them; or
# decide the label alone (the model's entities of that label are dropped).
MODES = ("none", "add", "override", "first", "rules")


def gazetteer(corpus: Corpus) -> list[dict]:
    """ORG and PARK names of the train split, each with the one label it always has there."""
    return names_of(corpus.in_split("train"))


def with_lexicon(patterns: list[dict], name_lexicon: Path | None) -> list[dict]:
    """The annotated names plus a lexicon's; an annotated name keeps its label where the lexicon
    has the same string."""
    if name_lexicon is None:
        return patterns
    known = {p["pattern"] for p in patterns}
    return patterns + [p for p in srsly.read_jsonl(name_lexicon) if p["pattern"] not in known]


def names_of(passages) -> list[dict]:
    """Gazetteer patterns: the ORG and PARK names of these passages, each with the one label it
    always has there."""
    labels: dict[str, set] = {}
    for passage in passages:
        for start, end, label in passage.spans:
            if label in ("ORG", "PARK"):
                labels.setdefault(passage.text[start:end], set()).add(label)
    return [
        {"label": next(iter(ls)), "pattern": name}
        for name, ls in sorted(labels.items())
        if len(ls) == 1 and len(name) > 1
    ]


def model_entities_pipe(nlp) -> str:
    """The component that sets the trained model's entities: the ner, or xn_span_entities after
    a span classifier."""
    for name in ("ner", "span_entities"):
        if name in nlp.pipe_names:
            return name
    raise ValueError(f"no component sets the model's entities in {nlp.pipe_names}")


def add_rules(nlp, patterns: list[dict], modes: dict[str, str]) -> None:
    """The rule components the modes ask for: one before the model's entities, one after them."""
    model = model_entities_pipe(nlp)
    before = [l for l in LABELS if modes[l] == "first"]
    after = [l for l in LABELS if modes[l] in ("add", "override", "rules")]
    if before:
        nlp.add_pipe(
            "xn_entity_rules", name="entity_rules_before_ner", before=model, config={"labels": before}
        ).add_patterns(patterns)
    if after:
        config = {
            "labels": after,
            "overwrite_labels": [l for l in after if modes[l] in ("override", "rules")],
            "replace_labels": [l for l in after if modes[l] == "rules"],
        }
        nlp.add_pipe("xn_entity_rules", name="entity_rules", after=model, config=config).add_patterns(patterns)


# sentence ends for doc.sents (spaCy's default list has the Latin ones; Chinese needs its own)
SENTENCE_ENDS = ["。", "！", "？", "!", "?", "；", ";", "…"]


def add_sentence_boundaries(nlp) -> None:
    """A sentencizer first in the pipeline, so doc.sents works on every Doc the pipeline makes."""
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True, config={"punct_chars": SENTENCE_ENDS})


def measured_precision(nlp, passages) -> dict:
    """Per source (model, rules) and label: how many of the pipeline's entities on these held-out
    passages were exactly right. The shipped entity scores are these precisions."""
    counts: dict[tuple[str, str], list[int]] = {}
    for passage, doc in zip(passages, nlp.pipe([p.text for p in passages])):
        gold = set(passage.spans)
        for ent in doc.ents:
            tally = counts.setdefault((ent._.source, ent.label_), [0, 0])
            tally[0] += (ent.start_char, ent.end_char, ent.label_) in gold
            tally[1] += 1
    table: dict[str, dict[str, float]] = {}
    for (source, label), (right, total) in sorted(counts.items()):
        table.setdefault(source, {})[label] = round(right / total, 3)
    return {"precision": table, "counts": {f"{s} {l}": c for (s, l), c in sorted(counts.items())}}


def assemble_hybrid(nlp, patterns: list[dict], modes: dict[str, str]) -> list[str]:
    """Place the rules in a trained pipeline as the modes say, and a sentencizer. When the rules
    decide every label alone, the model (ner, or span classifier and its entities), the tok2vec it
    listens to and the candidates it reads would run for nothing: they are removed (the topic
    classifier has a tok2vec of its own). Returns the removed components."""
    removed = []
    if all(mode == "rules" for mode in modes.values()):
        for name in ("ner", "spancat", "span_entities", "tok2vec", "rule_candidates"):
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
                removed.append(name)
        nlp.add_pipe("xn_entity_rules", name="entity_rules", before="entity_values").add_patterns(patterns)
    else:
        add_rules(nlp, patterns, modes)
    add_sentence_boundaries(nlp)
    return removed


def save_pipeline(nlp, output: Path) -> None:
    """Save into an emptied folder: to_disk leaves the folders of components an earlier build had
    (a ner the rules now replace), and `package` would ship them."""
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)


def dev_score(model: Path, dev_texts: list[str], gold: list[set], patterns: list[dict], modes: dict[str, str]) -> float:
    """Dev micro F of the trained pipeline with the rules placed as `modes` says."""
    nlp = spacy.load(model, exclude=["textcat"])
    add_rules(nlp, patterns, modes)
    return span_prf(gold, [doc_spans(doc) for doc in nlp.pipe(dev_texts)])["micro_f"]


@app.command()
def main(
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl"),
    splits: Path = typer.Argument(..., help="corpus/splits.json"),
    model: Path = typer.Argument(..., help="Trained pipeline (model-best)"),
    rules_output: Path = typer.Argument(..., help="Where the rules pipeline is saved"),
    hybrid_output: Path = typer.Argument(..., help="Where the hybrid pipeline is saved"),
    choice_output: Path = typer.Argument(..., help="JSON: per-label mode and the dev scores behind it"),
    modes_file: Path = typer.Option(
        None, "--modes", help="Per-label modes chosen elsewhere (configs/hybrid_modes.json, by cross-validation)"
    ),
    name_lexicon: Path = typer.Option(
        None, help="More gazetteer patterns: names as knowledge (training/lexicon/lexicon.jsonl)"
    ),
):
    corpus = Corpus.load(passages, article_topics, splits)
    patterns = with_lexicon(gazetteer(corpus), name_lexicon)
    dev = corpus.in_split("dev")
    dev_texts, gold = [p.text for p in dev], [set(p.spans) for p in dev]
    modes = {label: "none" for label in LABELS}
    trials = {"model alone": dev_score(model, dev_texts, gold, patterns, modes)}
    best = trials["model alone"]
    if modes_file is not None and modes_file.exists():
        # chosen on a larger signal than the dev split (crossval: every gold entity, out of fold)
        modes = json.loads(modes_file.read_text(encoding="utf8"))["modes"]
        best = trials["given modes"] = dev_score(model, dev_texts, gold, patterns, modes)
    else:
        for label in LABELS:  # one label at a time, keeping what earlier labels chose
            for mode in MODES[1:]:
                score = dev_score(model, dev_texts, gold, patterns, {**modes, label: mode})
                trials[f"{label} {mode}"] = score
                if score > best:  # strictly better: on ties the model keeps the label
                    best, modes[label] = score, mode
    held_out = corpus.in_split("dev") + corpus.in_split("test")
    nlp = spacy.load(model)
    trained_components = list(nlp.pipe_names)
    not_shipped = assemble_hybrid(nlp, patterns, modes)
    hybrid_precision = measured_precision(nlp, held_out)
    nlp.get_pipe("entity_values").precision = hybrid_precision["precision"]
    save_pipeline(nlp, hybrid_output)

    baseline = spacy.load(model, exclude=trained_components)
    baseline.add_pipe("xn_entity_rules").add_patterns(patterns)
    baseline.add_pipe("xn_entity_values")
    add_sentence_boundaries(baseline)
    rules_precision = measured_precision(baseline, held_out)
    baseline.get_pipe("xn_entity_values").precision = rules_precision["precision"]
    save_pipeline(baseline, rules_output)
    choice = {
        "modes": modes,
        "modes_from": str(modes_file) if modes_file is not None and modes_file.exists() else "dev split",
        "dev_micro_f": best,
        "trials_dev_micro_f": trials,
        "gazetteer_names": len(patterns),
        "name_lexicon": str(name_lexicon) if name_lexicon else None,
        "components_not_shipped": not_shipped,
        # ent._.score of each pipeline: precision per source and label on the dev and test passages
        "entity_scores": {"hybrid": hybrid_precision, "rules": rules_precision},
    }
    choice_output.parent.mkdir(parents=True, exist_ok=True)
    choice_output.write_text(json.dumps(choice, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    typer.echo(
        f"gazetteer: {len(patterns)} names (train split{' and ' + str(name_lexicon) if name_lexicon else ''}); "
        f"hybrid modes ({choice['modes_from']}): {modes} (dev micro F {best:.3f}, model alone {trials['model alone']:.3f})"
    )


if __name__ == "__main__":
    app()
