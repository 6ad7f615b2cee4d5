"""k-fold cross-validation by article over every gold article: each fold's articles are predicted by
a model trained without them (same config and synthetic data as `train`), so every gold entity is
scored once, out of fold. Scored: the rules baseline, the trained model alone, and the hybrid
(model + rules) with the per-label modes chosen on the pooled out-of-fold predictions, one label
at a time, as `rules` does on dev. Reported: the mean and spread over folds, and the pooled
figures; the chosen modes are written to a file that `rules` can use for the shipped hybrid.

Nothing of a fold's articles reaches its model: its ORG/PARK names are left out of that fold's
pkuseg user dictionary and gazetteer, and model-best is chosen on two of the fold's training
articles, not on the fold."""

import hashlib
import json
import random
import statistics
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import spacy
import typer
from spacy.tokens import DocBin

import xn_model

from .annotations import LABELS
from .build_rules import MODES, add_rules, names_of, with_lexicon
from .convert import make_nlp, passage_doc
from .corpus import Corpus
from .scoring import doc_spans, span_prf
from .userdict import userdict_words

app = typer.Typer(add_completion=False)


def read_terms(domain_terms: Path) -> set[str]:
    lines = domain_terms.read_text(encoding="utf8").splitlines()
    return {t.strip() for t in lines if t.strip() and not t.startswith("#")}


def assign_folds(articles: list[str], k: int, seed: int = 0) -> list[list[str]]:
    shuffled = sorted(articles)
    random.Random(seed).shuffle(shuffled)
    return [sorted(shuffled[i::k]) for i in range(k)]


def prepare_fold(
    fold: int, held_out: list[str], corpus: Corpus, work: Path, pkuseg_model: Path, terms: set[str], name_lexicon: Path
) -> dict:
    """Write the fold's user dictionary and train/select/test .spacy files."""
    folder = work / f"fold{fold}"
    folder.mkdir(parents=True, exist_ok=True)
    training = sorted({p.article_id for p in corpus.passages} - set(held_out))
    select = training[:2]  # model-best is chosen on these two training articles
    by_article = {a: [p for p in corpus.passages if p.article_id == a] for a in {p.article_id for p in corpus.passages}}
    train_passages = [p for a in training for p in by_article[a]]
    user_dict = folder / "userdict.txt"
    user_dict.write_text("\n".join(userdict_words(train_passages, terms)[1]) + "\n", encoding="utf8")
    nlp = make_nlp("pkuseg", pkuseg_model, user_dict)
    report = Counter()
    parts = {"train": [a for a in training if a not in select], "select": select, "test": held_out}
    for name, articles in parts.items():
        docs = [passage_doc(nlp, p, report) for a in articles for p in by_article[a] if p.topic]
        DocBin(store_user_data=True, docs=docs).to_disk(folder / f"{name}.spacy")
    return {
        "fold": fold,
        "folder": folder,
        "user_dict": user_dict,
        "patterns": with_lexicon(names_of(train_passages), name_lexicon),
    }


def train_fold(
    plan: dict,
    config: Path,
    pkuseg_model: Path,
    synthetic: Path,
    name_lexicon: Path,
    ratio: float,
    max_steps: int,
    overrides: list[str],
    probes: Path | None = None,
) -> None:
    folder = plan["folder"]
    command = [
        sys.executable, "-m", "spacy", "train", str(config), "--output", str(folder),
        "--paths.train", str(folder / "train.spacy"), "--paths.dev", str(folder / "select.spacy"),
        "--paths.pkuseg_model", str(pkuseg_model), "--paths.user_dict", str(plan["user_dict"]),
        "--paths.synthetic", str(synthetic), "--corpora.train.synthetic_ratio", str(ratio),
        "--paths.name_lexicon", str(name_lexicon),
        "--training.max_steps", str(max_steps),
    ]  # fmt: skip
    if probes is not None:  # names of the gold never occur in them (xn_project.probe_docs)
        command += ["--paths.probes", str(probes)]
    for override in overrides:
        key, _, value = override.partition("=")
        command += [f"--{key}", value]
    # a fold is retrained unless the command and every file it reads are what they were (a
    # rerun of the scoring alone, e.g. with another set of modes, reuses the models)
    inputs = [config, folder / "train.spacy", folder / "select.spacy", plan["user_dict"], synthetic, name_lexicon]
    inputs += [probes] if probes is not None else []
    inputs += sorted(p for p in pkuseg_model.rglob("*") if p.is_file())
    # the runtime code too: the model learns from the rules' candidates
    inputs += sorted(Path(xn_model.__file__).parent.rglob("*.py"))
    stamp = hashlib.md5(json.dumps(command[1:]).encode() + b"".join(p.read_bytes() for p in inputs)).hexdigest()
    record = folder / "trained.json"
    if (folder / "model-best" / "meta.json").exists() and record.exists():
        if json.loads(record.read_text(encoding="utf8")).get("stamp") == stamp:
            return
    with (folder / "train.log").open("w") as log:
        subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=True)
    record.write_text(json.dumps({"stamp": stamp}) + "\n", encoding="utf8")


class FoldScorer:
    """Out-of-fold entity sets of one fold: the rules, the model, and the hybrid under any modes
    (the model is loaded once; rule components are added for each set of modes and removed)."""

    def __init__(self, plan: dict, passages: list, model_name: str = "model-best"):
        model = plan["folder"] / model_name
        self.texts, self.patterns = [p.text for p in passages], plan["patterns"]
        self.nlp = spacy.load(model, exclude=["textcat"])
        rules = spacy.load(model, exclude=self.nlp.pipe_names + ["textcat"])
        rules.add_pipe("xn_entity_rules").add_patterns(self.patterns)
        rules.add_pipe("xn_entity_values")
        self.cache = {"model": self.predict(self.nlp), "rules": self.predict(rules)}

    def predict(self, nlp) -> list[set]:
        return [doc_spans(d) for d in nlp.pipe(self.texts)]

    def hybrid(self, modes: dict) -> list[set]:
        key = json.dumps(modes, sort_keys=True)
        if key not in self.cache:
            before = list(self.nlp.pipe_names)
            add_rules(self.nlp, self.patterns, modes)
            self.cache[key] = self.predict(self.nlp)
            for name in [n for n in self.nlp.pipe_names if n not in before]:
                self.nlp.remove_pipe(name)
        return self.cache[key]


def unlike_rules(gold: list[set], model: list[set], rules: list[set]) -> dict[str, int]:
    """Where the model's entities are not the rules': the spans only one of them gives, and how many
    of those are right (a model that learns to copy its rule candidates gives few of either)."""
    return {
        "model_only": sum(len(m - r) for m, r in zip(model, rules)),
        "model_only_right": sum(len((m - r) & g) for g, m, r in zip(gold, model, rules)),
        "rules_only": sum(len(r - m) for m, r in zip(model, rules)),
        "rules_only_right": sum(len((r - m) & g) for g, m, r in zip(gold, model, rules)),
    }


def choose_modes(score: Callable[[dict], float], min_gain: float = 0.0) -> dict[str, str]:
    """Per-label modes, one label at a time in LABELS order, each keeping what earlier labels chose;
    a mode must score higher than the one before to replace it. A tie is no reason to run the
    model: when the rules alone score as well, or less than `min_gain` below (a retrain alone
    moves pooled F that much: no evidence either way), they ship alone (assemble_hybrid then
    leaves the model, its tok2vec and the candidates out)."""
    modes = {label: "none" for label in LABELS}
    best = score(modes)
    for label in LABELS:
        for mode in MODES[1:]:
            candidate = {**modes, label: mode}
            candidate_score = score(candidate)
            if candidate_score > best:
                best, modes = candidate_score, candidate
    rules_alone = {label: "rules" for label in LABELS}
    if modes != rules_alone and score(rules_alone) + min_gain >= best:
        modes = rules_alone
    return modes


def cross_validate(
    corpus: Corpus,
    terms: set[str],
    config: Path,
    pkuseg_model: Path,
    synthetic: Path,
    name_lexicon: Path,
    work: Path,
    folds: int = 4,
    synthetic_ratio: float = 3.0,
    max_steps: int = 2500,
    jobs: int = 2,
    model_name: str = "model-best",
    overrides: list[str] = (),
    min_gain: float = 0.0,
    probes: Path | None = None,
) -> dict:
    """Train (or reuse) the folds of one config and score rules, model and hybrid out of fold."""
    articles = sorted({p.article_id for p in corpus.passages})
    plans = [
        prepare_fold(i, held, corpus, work, pkuseg_model, terms, name_lexicon)
        for i, held in enumerate(assign_folds(articles, folds))
    ]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(
            pool.map(
                lambda p: train_fold(
                    p, config, pkuseg_model, synthetic, name_lexicon, synthetic_ratio, max_steps, overrides, probes
                ),
                plans,
            )
        )
    fold_passages = [
        [p for p in corpus.passages if p.article_id in set(held)] for held in assign_folds(articles, folds)
    ]
    gold = [[set(p.spans) for p in ps] for ps in fold_passages]
    scorers = [FoldScorer(plan, ps, model_name) for plan, ps in zip(plans, fold_passages)]
    all_gold = sum(gold, [])
    # the modes, one label at a time on the pooled out-of-fold predictions (a tie keeps the mode before)
    trials = {}

    def pooled_f(modes: dict) -> float:
        score = span_prf(all_gold, sum((s.hybrid(modes) for s in scorers), []))["micro_f"]
        trials[json.dumps(modes, sort_keys=True)] = score
        return score

    modes = choose_modes(pooled_f, min_gain)
    results = {"folds": folds, "articles": assign_folds(articles, folds), "pipelines": {}}
    for name, predictions in (
        ("rules", [s.cache["rules"] for s in scorers]),
        ("model", [s.cache["model"] for s in scorers]),
        ("hybrid", [s.hybrid(modes) for s in scorers]),
    ):
        fold_f = [span_prf(g, p)["micro_f"] for g, p in zip(gold, predictions)]
        # the rules were written from the train split's articles: their figure on those is optimistic,
        # so the articles held out from rule writing (dev and test) are also scored apart
        flat = sum(predictions, [])
        held = [corpus.split_of(p.article_id) != "train" for ps in fold_passages for p in ps]
        by_origin = {
            origin: span_prf(
                [g for g, h in zip(all_gold, held) if h == want], [q for q, h in zip(flat, held) if h == want]
            )["micro_f"]
            for origin, want in (("train_articles", False), ("dev_test_articles", True))
        }
        results["pipelines"][name] = {
            "pooled_micro_f_by_articles": by_origin,
            "fold_micro_f": fold_f,
            "mean_micro_f": round(statistics.mean(fold_f), 4),
            "stdev_micro_f": round(statistics.stdev(fold_f), 4) if len(fold_f) > 1 else 0.0,
            "pooled": span_prf(all_gold, sum(predictions, [])),
        }
    results["pipelines"]["model"]["unlike_rules"] = unlike_rules(
        all_gold, sum((s.cache["model"] for s in scorers), []), sum((s.cache["rules"] for s in scorers), [])
    )
    results["hybrid_modes"] = modes
    results["mode_trials_pooled_micro_f"] = trials
    results["gold_entities"] = sum(len(g) for g in all_gold)
    return results


@app.command()
def main(
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl"),
    splits: Path = typer.Argument(..., help="corpus/splits.json (every gold article is used, whatever its split)"),
    domain_terms: Path = typer.Argument(..., help="corpus/domain_terms.txt"),
    config: Path = typer.Argument(..., help="configs/pkuseg.cfg"),
    pkuseg_model: Path = typer.Argument(..., help="training/segmenter/pkuseg"),
    synthetic: Path = typer.Argument(..., help="corpus/pkuseg/synthetic/train.spacy"),
    name_lexicon: Path = typer.Argument(..., help="training/lexicon/lexicon.jsonl: names as knowledge"),
    work: Path = typer.Argument(..., help="training/crossval"),
    output: Path = typer.Argument(..., help="metrics/crossval.json (and .md beside it)"),
    modes_output: Path = typer.Argument(..., help="configs/hybrid_modes.json: the modes chosen here"),
    folds: int = typer.Option(4),
    synthetic_ratio: float = typer.Option(3.0),
    max_steps: int = typer.Option(2500),
    jobs: int = typer.Option(2),
    model: str = typer.Option("model-best", help="Which model of each fold is scored: model-best or model-last"),
    override: list[str] = typer.Option([], help="More `spacy train` overrides, KEY=VALUE (e.g. training.patience=0)"),
    min_gain: float = typer.Option(
        0.0, min=0.0, help="pooled micro F the chosen modes must add to the rules alone to replace them"
    ),
    probes: Path = typer.Option(None, help="corpus/pkuseg/probes.spacy: the name probes as training text"),
):
    corpus = Corpus.load(passages, article_topics, splits)
    results = cross_validate(
        corpus, read_terms(domain_terms), config, pkuseg_model, synthetic, name_lexicon, work,
        folds, synthetic_ratio, max_steps, jobs, model, override, min_gain, probes,
    )  # fmt: skip
    results["min_gain"] = min_gain
    modes = results["hybrid_modes"]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    output.with_suffix(".md").write_text(markdown(results), encoding="utf8")
    modes_output.write_text(json.dumps({"modes": modes, "chosen_by": str(output)}, indent=2) + "\n", encoding="utf8")
    typer.echo(markdown(results))


def label_cells(result: dict) -> str:
    """The per-label F cells of a table row, in LABELS order."""
    return " | ".join(f"{result['pooled']['per_label'][l]['f']:.3f}" for l in LABELS)


def label_headers() -> str:
    return " | ".join(f"{l} F" for l in LABELS)


def unlike_rules_cell(counts: dict[str, int]) -> str:
    """'3 (0) / 7 (6)': spans only the model gave (right ones) / spans only the rules gave (right ones)."""
    return (
        f"{counts['model_only']} ({counts['model_only_right']}) / {counts['rules_only']} ({counts['rules_only_right']})"
    )


def unlike_rules_sentence(counts: dict[str, int]) -> str:
    return (
        f"The model's entities differ from the rules' in {counts['model_only'] + counts['rules_only']} spans: "
        f"{counts['model_only']} only the model gives ({counts['model_only_right']} of them right), "
        f"{counts['rules_only']} only the rules give ({counts['rules_only_right']} of them right)."
    )


def markdown(results: dict) -> str:
    rows = [
        f"{results['folds']}-fold cross-validation by article, {results['gold_entities']} gold entities, each "
        "scored once out of fold.",
        "",
        f"| pipeline | mean micro F | spread (stdev) | pooled micro F | {label_headers()} "
        "| pooled F, train articles | pooled F, dev+test articles |",
        "|---|---|---|---|" + "---|" * len(LABELS) + "---|---|",
    ]
    for name, r in results["pipelines"].items():
        per = label_cells(r)
        origin = r["pooled_micro_f_by_articles"]
        rows.append(
            f"| {name} | {r['mean_micro_f']:.3f} | {r['stdev_micro_f']:.3f} | {r['pooled']['micro_f']:.3f} | {per} "
            f"| {origin['train_articles']:.3f} | {origin['dev_test_articles']:.3f} |"
        )
    if "unlike_rules" in results["pipelines"]["model"]:
        rows.append(f"\n{unlike_rules_sentence(results['pipelines']['model']['unlike_rules'])}")
    rows.append(f"\nHybrid modes chosen on the pooled out-of-fold predictions: {results['hybrid_modes']}.")
    if results.get("min_gain"):
        best = max(results["mode_trials_pooled_micro_f"].values())
        rows.append(
            f"Modes other than the rules alone must add at least {results['min_gain']:.3f} pooled micro F (what a "
            f"retrain alone moves it); the best set of modes tried scored {best:.3f}."
        )
    rows.append(
        "The rules were written from the guidelines and the train split's articles, so their figure on those "
        "articles is optimistic; no rule was written from the dev and test articles."
    )
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    app()
