"""Check the gold annotations; exit non-zero on any error, list inconsistencies for review and
write corpus/stats.json."""

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import typer

from .annotations import AnnotationError, Passage
from .corpus import Corpus, corpus_stats, split_errors, split_problems, stats_markdown

app = typer.Typer(add_completion=False)


# percent and per-mille signs are punctuation to Unicode but units to us (80% is one METRIC)
UNIT_SIGNS = "%％‰"


def _bad_edge(char: str) -> bool:
    if char in UNIT_SIGNS:
        return False
    return char.isspace() or unicodedata.category(char)[0] in "PZ" or char in "“”‘’《》"


def span_errors(passage: Passage) -> list[str]:
    errors = []
    for start, end, label in passage.spans:
        text = passage.text[start:end]
        if _bad_edge(text[0]) or _bad_edge(text[-1]):
            errors.append(
                f"{passage.where}: {label} span {text!r} [{start}, {end}) has whitespace or punctuation at an edge"
            )
    if passage.topic is None:
        errors.append(f"{passage.where}: passage {passage.id} has no topic")
    return errors


def coverage_errors(corpus: Corpus, articles_path: Path) -> list[str]:
    """The annotations must hold every passage of every article, with the same text."""
    errors, by_article = [], defaultdict(list)
    for p in corpus.passages:
        by_article[p.article_id].append(p.text)
    for n, line in enumerate(articles_path.read_text(encoding="utf8").splitlines(), start=1):
        article = json.loads(line)
        expected = ([article["title"]] if article.get("title") else []) + article["paragraphs"]
        if by_article.get(article["id"]) != expected:
            errors.append(f"{articles_path}:{n}: article {article['id']} passages differ from the annotations")
        if article["id"] not in corpus.article_topics:
            errors.append(f"{articles_path}:{n}: article {article['id']} has no article topic")
    return errors


def inconsistencies(passages: list[Passage]) -> list[str]:
    """Same string with two labels, or annotated in one place and left bare in another."""
    labels_of, places = defaultdict(set), defaultdict(list)
    for p in passages:
        for start, end, label in p.spans:
            labels_of[p.text[start:end]].add(label)
            places[p.text[start:end]].append(p.id)
    notes = [
        f"{text!r} labelled {sorted(labels)} in {sorted(set(places[text]))}"
        for text, labels in labels_of.items()
        if len(labels) > 1
    ]
    for text in labels_of:
        if len(text) < 2:
            continue
        for p in passages:
            covered = [(s, e) for s, e, _ in p.spans]
            pos = p.text.find(text)
            while pos >= 0:
                if not any(s <= pos and pos + len(text) <= e for s, e in covered):
                    notes.append(f"{text!r} ({'/'.join(sorted(labels_of[text]))}) not annotated in {p.id} at {pos}")
                pos = p.text.find(text, pos + 1)
    return notes


@app.command()
def main(
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl (doccano)"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl (doccano)"),
    articles: Path = typer.Argument(..., help="corpus/articles.jsonl from preprocess"),
    splits: Path = typer.Argument(..., help="corpus/splits.json"),
    stats_path: Path = typer.Argument(..., help="Where the counts are written"),
    synthetic: Path = typer.Option(None, help="Our synthetic articles' passages (doccano; train only)"),
    synthetic_topics: Path = typer.Option(None, help="Their article topics (doccano)"),
):
    try:
        corpus = Corpus.load(passages, article_topics, splits)
        extra = Corpus.load(synthetic, synthetic_topics, splits) if synthetic else None
    except AnnotationError as err:
        typer.secho(f"✘ {err}", fg="red", err=True)
        raise typer.Exit(1)
    errors = [e for p in corpus.passages for e in span_errors(p)]
    errors += coverage_errors(corpus, articles)
    # the split is fixed so that scores stay comparable: only a broken split is an error; a split
    # that new train articles have made less balanced is reported, not rejected
    broken = split_errors(corpus.article_topics, corpus.splits)
    errors += [f"{splits}: {problem}" for problem in broken]
    balance = [p for p in split_problems(corpus.passages, corpus.article_topics, corpus.splits) if p not in broken]
    for problem in balance:
        typer.echo(
            f"warning: {splits}: {problem}. The split stays as it is (articles in no split are train); "
            "to hold out more, add new articles' ids to dev or test, never move existing ones"
        )
    notes = inconsistencies(corpus.passages)
    for note in notes:
        typer.echo(f"review: {note}")
    stats = corpus_stats(corpus)
    if extra:
        errors += [e for p in extra.passages for e in span_errors(p)]
        errors += [
            f"{synthetic_topics}: article {a} has no topic"
            for a in {p.article_id for p in extra.passages} - set(extra.article_topics)
        ]
        # synthetic text is never held out: an id shared with the gold corpus or the split is an error
        clash = {p.article_id for p in extra.passages} & (
            set(corpus.article_topics) | {a for ids in corpus.splits.values() for a in ids}
        )
        errors += [f"{synthetic}: synthetic article id {a} is also a gold or held-out article" for a in sorted(clash)]
        stats["synthetic"] = {
            "articles": len(extra.article_topics),
            "passages": len(extra.passages),
            "labels": corpus_stats(extra)["labels"],
        }
        typer.echo(f"synthetic (train only): {stats['synthetic']}")
    stats_path.write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
    stats_path.with_suffix(".md").write_text(stats_markdown(stats), encoding="utf8")
    typer.echo(f"{len(corpus.passages)} passages, {len(corpus.article_topics)} articles; labels {stats['labels']}")
    typer.echo(f"{len(notes)} inconsistencies listed for review; stats written to {stats_path}")
    for error in errors:
        typer.secho(f"✘ {error}", fg="red", err=True)
    if errors:
        typer.secho(f"{len(errors)} errors", fg="red", err=True)
        raise typer.Exit(1)
    typer.secho("✔ annotations valid", fg="green")


if __name__ == "__main__":
    app()
