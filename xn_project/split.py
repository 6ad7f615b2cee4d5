"""Choose the fixed dev/test split once (a seeded search over article assignments that meets
the split rules in corpus.split_problems, keeping the valid split that leaves the most
mentions to train) and write it as article ids; it is committed so it never drifts. Re-run only when articles are added, and say so in the commit."""

import json
import random
from collections import Counter
from pathlib import Path

import typer

from .annotations import read_article_topics, read_passages
from .corpus import MIN_ARTICLES, split_problems

app = typer.Typer(add_completion=False)


@app.command()
def main(
    passages: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    article_topics: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl"),
    output: Path = typer.Argument(..., help="corpus/splits.json"),
    size: int = typer.Option(MIN_ARTICLES, help="Articles in each of dev and test"),
    tries: int = typer.Option(20000),
    seed: int = typer.Option(0),
):
    records, topics = read_passages(passages), read_article_topics(article_topics)
    ids, rng = sorted(topics), random.Random(seed)
    mentions = Counter(p.article_id for p in records for _ in p.spans)
    best, valid = None, 0
    for _ in range(tries):
        rng.shuffle(ids)
        splits = {"dev": sorted(ids[:size]), "test": sorted(ids[size : 2 * size])}
        if split_problems(records, topics, splits):
            continue
        valid += 1
        held_out = sum(mentions[a] for a in ids[: 2 * size])
        if best is None or held_out < best[0]:
            best = (held_out, splits)
    if best:
        output.write_text(json.dumps(best[1], indent=2) + "\n", encoding="utf8")
        typer.echo(
            f"{valid} valid splits in {tries} tries; kept the one holding out {best[0]}/{sum(mentions.values())} mentions: {best[1]}"
        )
        return
    typer.secho(f"no valid split of {size}+{size} articles in {tries} tries; try --size {size + 1}", fg="red", err=True)
    raise typer.Exit(1)


if __name__ == "__main__":
    app()
