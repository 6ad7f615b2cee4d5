"""Rules vs trained model vs hybrid on the dev and test splits: entity P/R/F per label, topic
accuracy and macro-F (paragraphs and articles, against keyword and TF-IDF baselines), and speed
(chars/s, load time, peak memory), each pipeline measured in its own process on the same input.
Writes benchmark.json, benchmark.md, benchmark.png and errors_dev.md to the metrics folder."""

import json
import multiprocessing
import resource
import time
from pathlib import Path

import spacy
import typer

from .annotations import LABELS, read_passages
from .baselines import keyword_topic, train_tfidf
from .corpus import Corpus
from .scoring import predict_spans, span_prf, topic_scores

app = typer.Typer(add_completion=False)
SPLITS = ("dev", "test", "test-traditional")
SPEED_CHARS = 200_000
# ASCII digits, Latin letters and % to their full-width forms (１７.７億元 as a reprint would have it)
FULL_WIDTH = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "0123456789.%ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
)


def traditional_full_width(texts: list[str]) -> list[str]:
    """The texts as a traditional-script reprint with full-width digits: OpenCC s2t by phrase,
    or character by character where the phrase conversion would change the length (gold offsets
    must stay valid)."""
    from opencc import OpenCC

    s2t = OpenCC("s2t")
    converted = []
    for text in texts:
        trad = s2t.convert(text)
        if len(trad) != len(text):
            trad = "".join(c if len(t := s2t.convert(c)) != 1 else t for c in text)
        converted.append(trad.translate(FULL_WIDTH))
    return converted


def split_texts(corpus: Corpus, split: str) -> tuple[list[str], list]:
    """Passage texts and gold passages of a split; "test-traditional" is the test split reprinted."""
    held_out = corpus.in_split(split.removesuffix("-traditional"))
    texts = [p.text for p in held_out]
    return (traditional_full_width(texts) if split.endswith("-traditional") else texts), held_out


def article_texts(corpus: Corpus, split: str) -> tuple[list[str], list[str]]:
    passage_texts, held_out = split_texts(corpus, split)
    ids = sorted({p.article_id for p in held_out})
    texts = ["\n".join(t for t, p in zip(passage_texts, held_out) if p.article_id == aid) for aid in ids]
    return texts, [corpus.article_topics[aid] for aid in ids]


def _speed_worker(model: str, texts: list[str], queue) -> None:
    start = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    seconds = time.perf_counter() - start
    queue.put(
        {"load_s": round(load_s, 2), "chars_per_s": round(sum(map(len, texts)) / seconds), "peak_rss_mb": peak_rss_mb()}
    )


def peak_rss_mb() -> int:
    """Peak resident memory of this process. VmHWM belongs to this process image alone; ru_maxrss
    would also count the parent's memory at the time it started this worker."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def measure_speed(model: Path, texts: list[str]) -> dict:
    """Load and run in a fresh process so load time and peak memory belong to this pipeline alone."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_speed_worker, args=(str(model), texts, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def error_report(corpus: Corpus, nlp, path: Path) -> None:
    """Every false positive and false negative of the pipeline on dev, with context."""
    lines = [
        "# Hybrid pipeline errors on dev",
        "",
        "`[[...]]` marks the span; FP = predicted, not gold; FN = gold, missed.",
        "",
    ]
    passages = corpus.in_split("dev")
    for passage, pred in zip(passages, predict_spans(nlp, [p.text for p in passages])):
        gold = set(passage.spans)
        for kind, spans in (("FP", pred - gold), ("FN", gold - pred)):
            for start, end, label in sorted(spans):
                left, right = passage.text[max(0, start - 15) : start], passage.text[end : end + 15]
                lines.append(
                    f"- {kind} {label} `{passage.text[start:end]}` ({passage.id}): …{left}[[{passage.text[start:end]}]]{right}…"
                )
    path.write_text("\n".join(lines) + "\n", encoding="utf8")


def markdown(results: dict) -> str:
    rows = [
        "| split | pipeline | micro F | " + " | ".join(f"{l} F" for l in LABELS) + " |",
        "|" + "---|" * (3 + len(LABELS)),
    ]
    for split in results["ner"]:
        for name, scores in results["ner"][split].items():
            rows.append(
                f"| {split} | {name} | {scores['micro_f']:.3f} | "
                + " | ".join(f"{scores['per_label'][l]['f']:.3f}" for l in LABELS)
                + " |"
            )
    rows += ["", "| split | level | topic model | accuracy | macro F |", "|---|---|---|---|---|"]
    for split in results["topics"]:
        for level, models in results["topics"][split].items():
            for name, s in models.items():
                rows.append(f"| {split} | {level} | {name} | {s['accuracy']:.3f} | {s['macro_f']:.3f} |")
    rows += ["", "| pipeline | chars/s | load s | peak RSS MB |", "|---|---|---|---|"]
    rows += [
        f"| {name} | {s['chars_per_s']:,} | {s['load_s']} | {s['peak_rss_mb']} |"
        for name, s in results["speed"].items()
    ]
    return "\n".join(rows) + "\n"


def _ranked(scores: dict, key=lambda s: s["micro_f"]) -> list[str]:
    return sorted(scores, key=lambda name: -key(scores[name]))


def findings(results: dict) -> str:
    """What the tables show, in sentences written from the same figures (so a rebuild never
    contradicts them)."""
    test, trad = results["ner"]["test"], results["ner"]["test-traditional"]
    order = _ranked(test)
    same = all(test[n]["micro_f"] == trad[n]["micro_f"] for n in test)
    worst = {n: min(LABELS, key=lambda l: test[n]["per_label"][l]["f"]) for n in test}
    topics = results["topics"]["test"]["paragraph"]
    topic_order = _ranked(topics, key=lambda s: s["macro_f"])
    speed = results["speed"]
    n_test = sum(test[order[0]]["per_label"][label]["n_gold"] for label in LABELS)
    lines = [
        "What the figures say (written by `spacy project run benchmark` from the tables above):",
        "",
        "- Entities on test, micro F: " + ", ".join(f"{n} {test[n]['micro_f']:.3f}" for n in order) + "; "
        f"the best is **{order[0]}**. The test split holds {n_test} "
        "entities, so 0.01 is one or two of them.",
        "- The weakest label of each pipeline on test: "
        + ", ".join(f"{n} {worst[n]} ({test[n]['per_label'][worst[n]]['f']:.3f})" for n in order)
        + ".",
        "- `test-traditional` (the test split reprinted in traditional script with full-width digits) scores "
        + (
            "exactly as the original for every pipeline."
            if same
            else "differently from the original: " + ", ".join(f"{n} {trad[n]['micro_f']:.3f}" for n in order) + "."
        ),
        *(
            [
                "- Entities on the challenge set (other outlets' styles, names not in training), micro F: "
                + ", ".join(
                    f"{n} {results['ner']['challenge'][n]['micro_f']:.3f}" for n in _ranked(results["ner"]["challenge"])
                )
                + "."
            ]
            if "challenge" in results["ner"]
            else []
        ),
        "- Topics on test paragraphs, macro F: "
        + ", ".join(f"{n} {topics[n]['macro_f']:.3f}" for n in topic_order)
        + ".",
        "- Speed in one process: " + ", ".join(f"{n} {s['chars_per_s']:,} chars/s" for n, s in speed.items()) + ".",
    ]
    return "\n".join(lines) + "\n"


def chart(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results["ner"]["test"])
    fig, ax = plt.subplots(figsize=(7, 3.5))
    for i, name in enumerate(names):
        scores = results["ner"]["test"][name]
        xs = [j + i * 0.8 / len(names) for j in range(len(LABELS) + 1)]
        ax.bar(
            xs, [scores["per_label"][l]["f"] for l in LABELS] + [scores["micro_f"]], width=0.8 / len(names), label=name
        )
    ax.set_xticks([j + 0.4 - 0.4 / len(names) for j in range(len(LABELS) + 1)], list(LABELS) + ["micro"])
    ax.set_ylim(0, 1)
    ax.set_ylabel("F (test)")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=120)


@app.command()
def main(
    passages: Path = typer.Argument(...),
    article_topics: Path = typer.Argument(...),
    splits: Path = typer.Argument(...),
    rules: Path = typer.Argument(..., help="Rules baseline pipeline"),
    model: Path = typer.Argument(..., help="Trained pipeline"),
    hybrid: Path = typer.Argument(..., help="Trained model + rules"),
    output_dir: Path = typer.Argument(..., help="metrics/"),
    challenge: Path = typer.Option(None, help="corpus/challenge/passages.jsonl: scored as the split 'challenge'"),
):
    corpus = Corpus.load(passages, article_topics, splits)
    pipelines = {"rules": rules, "model": model, "hybrid": hybrid}
    loaded = {name: spacy.load(path) for name, path in pipelines.items()}
    train = corpus.in_split("train")
    train_texts, train_topics = article_texts(corpus, "train")
    tfidf = train_tfidf([p.text for p in train] + train_texts, [p.topic for p in train] + train_topics)
    # the speed input: the held-out passages as written, repeated to about 200,000 characters
    as_written = [p.text for split in ("dev", "test") for p in corpus.in_split(split)]
    speed_texts = as_written * max(1, round(SPEED_CHARS / sum(map(len, as_written))))
    results = {"ner": {}, "topics": {}, "speed": {}}
    for split in SPLITS:
        texts, held_out = split_texts(corpus, split)
        gold = [set(p.spans) for p in held_out]
        results["ner"][split] = {name: span_prf(gold, predict_spans(nlp, texts)) for name, nlp in loaded.items()}
        results["topics"][split] = {}
        for level, (level_texts, level_gold) in {
            "paragraph": (texts, [p.topic for p in held_out]),
            "article": article_texts(corpus, split),
        }.items():
            results["topics"][split][level] = {
                "keywords": topic_scores(level_gold, [keyword_topic(t) for t in level_texts]),
                "tfidf": topic_scores(level_gold, list(tfidf.predict(level_texts))),
                "model": topic_scores(
                    level_gold, [max(d.cats, key=d.cats.get) for d in loaded["model"].pipe(level_texts)]
                ),
            }
    if challenge:
        # evaluation only, written in other outlets' styles with names that are not in training
        passages_of_challenge = read_passages(challenge)
        texts, gold = [p.text for p in passages_of_challenge], [set(p.spans) for p in passages_of_challenge]
        results["ner"]["challenge"] = {name: span_prf(gold, predict_spans(nlp, texts)) for name, nlp in loaded.items()}
        topic_gold = [p.topic for p in passages_of_challenge]
        results["topics"]["challenge"] = {
            "paragraph": {
                "keywords": topic_scores(topic_gold, [keyword_topic(t) for t in texts]),
                "tfidf": topic_scores(topic_gold, list(tfidf.predict(texts))),
                "model": topic_scores(topic_gold, [max(d.cats, key=d.cats.get) for d in loaded["model"].pipe(texts)]),
            }
        }
    results["speed"] = {name: measure_speed(path, speed_texts) for name, path in pipelines.items()}
    results["speed_input_chars"] = sum(map(len, speed_texts))
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / "benchmark.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf8")
    (output_dir / "benchmark.md").write_text(markdown(results) + "\n" + findings(results), encoding="utf8")
    chart(results, output_dir / "benchmark.png")
    error_report(corpus, loaded["hybrid"], output_dir / "errors_dev.md")
    typer.echo(markdown(results))


if __name__ == "__main__":
    app()
