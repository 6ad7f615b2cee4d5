"""The gold corpus as a whole: articles, passages, the split and its rules, counts, and a
Hugging Face `datasets` view."""

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .annotations import LABELS, TOPICS, Passage, read_article_topics, read_passages

MIN_ARTICLES = 4  # per held-out split
MIN_LABEL_SHARE = 0.15  # of every label's mentions, per held-out split
MIN_TOPIC_ARTICLES = 3  # topics with this many articles must appear in dev + test


@dataclass
class Corpus:
    passages: list[Passage]
    article_topics: dict[str, str]
    splits: dict[str, list[str]]  # "dev" and "test" article ids; the rest is train

    @classmethod
    def load(cls, passages: Path, articles: Path, splits: Path) -> "Corpus":
        return cls(
            read_passages(passages), read_article_topics(articles), json.loads(splits.read_text(encoding="utf8"))
        )

    def split_of(self, article_id: str) -> str:
        for name in ("dev", "test"):
            if article_id in self.splits.get(name, []):
                return name
        return "train"

    def in_split(self, name: str) -> list[Passage]:
        return [p for p in self.passages if self.split_of(p.article_id) == name]


def label_counts(passages: list[Passage]) -> dict[str, int]:
    counts = Counter(label for p in passages for _, _, label in p.spans)
    return {label: counts[label] for label in LABELS}


def split_errors(article_topics: dict[str, str], splits: dict[str, list[str]]) -> list[str]:
    """What makes a split unusable: an article in both held-out sets, an unknown article, too few
    articles. (Articles in no split are train: new annotations go there by default.)"""
    problems = []
    dev, test = set(splits.get("dev", [])), set(splits.get("test", []))
    if dev & test:
        problems.append(f"articles in both dev and test: {sorted(dev & test)}")
    unknown = (dev | test) - set(article_topics)
    if unknown:
        problems.append(f"split names unknown articles: {sorted(unknown)}")
    for name, ids in (("dev", dev), ("test", test)):
        if len(ids) < MIN_ARTICLES:
            problems.append(f"{name} has {len(ids)} articles; at least {MIN_ARTICLES} needed")
    return problems


def split_problems(passages: list[Passage], article_topics: dict[str, str], splits: dict[str, list[str]]) -> list[str]:
    """Every way the split breaks its rules (split_errors, then the balance of labels and topics);
    empty when it is valid. `split` chooses a split that has none."""
    problems = split_errors(article_topics, splits)
    dev, test = set(splits.get("dev", [])), set(splits.get("test", []))
    totals = label_counts(passages)
    for name, ids in (("dev", dev), ("test", test)):
        counts = label_counts([p for p in passages if p.article_id in ids])
        for label in LABELS:
            if totals[label] and counts[label] < MIN_LABEL_SHARE * totals[label]:
                problems.append(
                    f"{name} holds {counts[label]}/{totals[label]} {label} mentions (< {MIN_LABEL_SHARE:.0%})"
                )
    topic_articles = Counter(article_topics.values())
    held_out_topics = {article_topics[a] for a in dev | test if a in article_topics}
    for topic, n in topic_articles.items():
        if n >= MIN_TOPIC_ARTICLES and topic not in held_out_topics:
            problems.append(f"topic {topic} has {n} articles but none in dev or test")
    return problems


def corpus_stats(corpus: Corpus) -> dict:
    stats = {
        "labels": label_counts(corpus.passages),
        "topics": {t: sum(1 for v in corpus.article_topics.values() if v == t) for t in TOPICS},
        "passage_topics": {t: sum(1 for p in corpus.passages if p.topic == t) for t in TOPICS},
        "splits": {},
    }
    for name in ("train", "dev", "test"):
        passages = corpus.in_split(name)
        stats["splits"][name] = {
            "articles": len({p.article_id for p in passages}),
            "paragraphs": sum(1 for p in passages if p.part == "body"),
            "labels": label_counts(passages),
        }
    return stats


def stats_markdown(stats: dict) -> str:
    """corpus/stats.json as the tables the README includes."""
    rows = ["| split | articles | paragraphs | " + " | ".join(LABELS) + " |", "|---|---|---|" + "---|" * len(LABELS)]
    for name, split in stats["splits"].items():
        rows.append(
            f"| {name} | {split['articles']} | {split['paragraphs']} | "
            + " | ".join(str(split["labels"][l]) for l in LABELS)
            + " |"
        )
    rows.append("| **all (gold)** | | | " + " | ".join(f"**{stats['labels'][l]}**" for l in LABELS) + " |")
    if "synthetic" in stats:
        syn = stats["synthetic"]
        rows.append(
            f"| synthetic (ours, train only) | {syn['articles']} | {syn['passages']} passages | "
            + " | ".join(str(syn["labels"][l]) for l in LABELS)
            + " |"
        )
    rows += ["", "| topic | articles | passages |", "|---|---|---|"]
    rows += [f"| {t} | {stats['topics'][t]} | {stats['passage_topics'][t]} |" for t in TOPICS]
    return "\n".join(rows) + "\n"


def load_dataset_dict(passages: Path, articles: Path, splits: Path):
    """The gold corpus as a `datasets.DatasetDict` (train/dev/test), one row per passage with
    its text, entity spans (start, end, label) and topic, for training other kinds of models."""
    from datasets import ClassLabel, Dataset, DatasetDict, Features, Value

    corpus = Corpus.load(passages, articles, splits)
    features = Features(
        {
            "id": Value("string"),
            "article_id": Value("string"),
            "part": Value("string"),
            "text": Value("string"),
            # a list of structs (the [...] shorthand works with every datasets version we allow)
            "entities": [{"start": Value("int32"), "end": Value("int32"), "label": ClassLabel(names=list(LABELS))}],
            "topic": ClassLabel(names=list(TOPICS)),
            "article_topic": ClassLabel(names=list(TOPICS)),
        }
    )

    def rows(name):
        return [
            {
                "id": p.id,
                "article_id": p.article_id,
                "part": p.part,
                "text": p.text,
                "entities": [{"start": s, "end": e, "label": label} for s, e, label in p.spans],
                "topic": p.topic,
                "article_topic": corpus.article_topics[p.article_id],
            }
            for p in corpus.in_split(name)
        ]

    return DatasetDict({name: Dataset.from_list(rows(name), features=features) for name in ("train", "dev", "test")})
