"""Merge an annotation export (doccano JSONL, Label Studio JSON or Prodigy JSONL) into the project's
source of truth, corpus/annotations/passages.jsonl and articles.jsonl, so that `spacy project run
all` trains on it.

A passage whose id is already there is replaced (a correction); a new one is added. A new
article's topic is the topic most of its passages have (the title's on a tie); an existing
article keeps its topic. New articles are in no split, so they are train: the fixed dev and test
splits never move. The export itself is only read. Prints what it added, replaced and skipped."""

import json
from collections import Counter
from pathlib import Path

import typer

from .annotations import AnnotationError, Passage, read_annotations, read_passages, write_doccano

app = typer.Typer(add_completion=False)


def article_topic(passages: list[Passage]) -> str | None:
    topics = Counter(p.topic for p in passages if p.topic)
    if not topics:
        return None
    best = max(topics.values())
    title = next((p.topic for p in passages if p.part == "title" and topics[p.topic] == best), None)
    return title or next(t for t, n in topics.items() if n == best)


@app.command()
def main(
    export: Path = typer.Argument(..., exists=True, dir_okay=False, help="The annotation tool's export"),
    passages_path: Path = typer.Argument(..., help="corpus/annotations/passages.jsonl"),
    articles_path: Path = typer.Argument(..., help="corpus/annotations/articles.jsonl (article topics)"),
    fmt: str = typer.Option(None, "--format", help="doccano, labelstudio or prodigy (default: detect)"),
):
    try:
        imported, skipped = read_annotations(export, fmt)
        current = read_passages(passages_path)
    except AnnotationError as err:
        typer.secho(f"✘ {err}", fg="red", err=True)
        raise typer.Exit(1)
    missing = [p for p in imported if not p.article_id or p.topic is None]
    if missing:
        for p in missing:
            typer.secho(f"✘ {p.where}: passage {p.id} needs an article_id and a topic", fg="red", err=True)
        raise typer.Exit(1)
    by_id = {p.id: p for p in current}
    replaced = [p.id for p in imported if p.id in by_id]
    added = [p.id for p in imported if p.id not in by_id]
    by_id.update({p.id: p for p in imported})
    # keep the file's order; new passages go at the end in the export's order
    merged = [by_id[p.id] for p in current] + [by_id[i] for i in added]
    topics = [json.loads(line) for line in articles_path.read_text(encoding="utf8").splitlines() if line.strip()]
    known = {t["id"] for t in topics}
    new_articles = []
    for article in dict.fromkeys(p.article_id for p in imported):
        if article in known:
            continue
        passages = [p for p in merged if p.article_id == article]
        text = "\n".join(p.text for p in passages)
        topics.append({"id": article, "text": text, "label": [article_topic(passages)]})
        new_articles.append(article)
    write_doccano(merged, passages_path)
    articles_path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in topics), encoding="utf8")
    typer.echo(
        f"✔ {export}: {len(added)} passages added, {len(replaced)} replaced, {len(skipped)} records skipped; "
        f"{len(new_articles)} new articles (train): {', '.join(new_articles) or 'none'}"
    )
    for record in skipped:
        typer.echo(f"  skipped {record.where}: {record.reason}")


if __name__ == "__main__":
    app()
