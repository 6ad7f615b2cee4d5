"""Annotation exports -> corpus/{train,dev,test}.spacy, tokenised by the pipeline's own tokenizer.

Gold spans that do not fall on token boundaries are not moved: their tokens are marked as
missing (neither entity nor outside) and counted per label in the report."""

import json
from collections import Counter
from pathlib import Path

import spacy
import typer
from spacy.tokens import DocBin

import xn_model  # noqa: F401  (registers xn.Tokenizer.v1 and the components)

from .annotations import LABELS, TOPICS, AnnotationError, read_annotations

app = typer.Typer(add_completion=False)


def make_nlp(segmenter: str, pkuseg_model: Path | None, user_dict: Path | None):
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "xn.Tokenizer.v1", "segmenter": segmenter}}})
    if segmenter == "pkuseg":
        nlp.tokenizer.initialize(
            pkuseg_model=str(pkuseg_model), pkuseg_user_dict=str(user_dict) if user_dict else "default"
        )
    return nlp


def set_partial_ents(doc, spans, report: Counter, taught=LABELS) -> None:
    """Char spans (start, end, label) -> doc.ents. A span off token boundaries, or of a label not
    taught (label None: "something may be here"), marks its tokens missing: neither entity nor
    outside. Everything else is outside."""
    ents, missing = [], []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label) if label in taught else None
        if span is not None:
            report[f"{label}.kept"] += 1
            ents.append(span)
        else:
            report[f"{label}.misaligned" if label in taught else f"{label}.missing"] += 1
            missing.append(doc.char_span(start, end, alignment_mode="expand"))
    # expanding to token edges can reach a neighbour: an entity wins over a missing stretch
    taken = {i for e in ents for i in range(e.start, e.end)}
    kept_missing = []
    for span in sorted((m for m in missing if m is not None), key=lambda m: (m.start, -len(m))):
        if not taken.intersection(range(span.start, span.end)):
            kept_missing.append(span)
            taken.update(range(span.start, span.end))
    doc.set_ents(ents, missing=kept_missing, default="outside")


def nlp_for_config(config: Path, pkuseg_model: Path | None, user_dict: Path | None):
    """A blank pipeline with the tokenizer of a training config (its segmenter, our models)."""
    return make_nlp(spacy.util.load_config(config)["nlp"]["tokenizer"]["segmenter"], pkuseg_model, user_dict)


def passage_doc(nlp, passage, report: Counter):
    doc = nlp.make_doc(passage.text)
    set_partial_ents(doc, passage.spans, report)
    doc.cats = {topic: float(topic == passage.topic) for topic in TOPICS}
    doc.user_data.update({"id": passage.id, "article_id": passage.article_id, "part": passage.part})
    return doc


@app.command()
def main(
    annotations: Path = typer.Argument(..., help="Passage annotations (doccano, Label Studio or Prodigy)"),
    splits: Path = typer.Argument(..., help="JSON with the dev and test article ids"),
    output_dir: Path = typer.Argument(..., help="Where train/dev/test.spacy are written"),
    report_path: Path = typer.Argument(..., help="JSON report of kept and misaligned spans"),
    config: Path = typer.Option(..., help="Training config: its [nlp.tokenizer] segmenter is used"),
    pkuseg_model: Path = typer.Option(None, help="Trained pkuseg model directory"),
    user_dict: Path = typer.Option(None, help="pkuseg user dictionary"),
    fmt: str = typer.Option(None, "--format", help="doccano, labelstudio or prodigy (default: detect)"),
):
    try:
        passages, skipped = read_annotations(annotations, fmt)
    except AnnotationError as err:
        typer.secho(f"✘ {err}", fg="red", err=True)
        raise typer.Exit(1)
    split_ids = json.loads(splits.read_text(encoding="utf8"))
    split_of = {aid: name for name in ("dev", "test") for aid in split_ids[name]}
    nlp = nlp_for_config(config, pkuseg_model, user_dict)
    output_dir.mkdir(parents=True, exist_ok=True)
    report, by_split = (
        {},
        {
            "train": DocBin(store_user_data=True),
            "dev": DocBin(store_user_data=True),
            "test": DocBin(store_user_data=True),
        },
    )
    counts = Counter()
    for record in skipped:
        counts["dropped.skipped_record"] += 1
        typer.echo(f"dropped {record.where}: {record.reason}")
    for passage in passages:
        if passage.topic is None:
            counts["dropped.no_topic"] += 1
            typer.echo(f"dropped {passage.where}: no topic")
            continue
        by_split[split_of.get(passage.article_id, "train")].add(passage_doc(nlp, passage, counts))
        counts[f"passages.{split_of.get(passage.article_id, 'train')}"] += 1
    for name, docbin in by_split.items():
        docbin.to_disk(output_dir / f"{name}.spacy")
    for label in LABELS:
        kept, bad = counts[f"{label}.kept"], counts[f"{label}.misaligned"]
        report[label] = {"kept": kept, "misaligned": bad, "misaligned_share": round(bad / max(kept + bad, 1), 4)}
        typer.echo(
            f"{label:7} kept {kept:4}  misaligned {bad:3} ({report[label]['misaligned_share']:.1%}) -> tokens marked missing"
        )
    total_bad = sum(r["misaligned"] for r in report.values())
    total = total_bad + sum(r["kept"] for r in report.values())
    report["all"] = {
        "kept": total - total_bad,
        "misaligned": total_bad,
        "misaligned_share": round(total_bad / max(total, 1), 4),
    }
    report["passages"] = {k.split(".", 1)[1]: v for k, v in counts.items() if k.startswith(("passages.", "dropped."))}
    typer.echo(f"passages: {report['passages']}; all spans misaligned: {report['all']['misaligned_share']:.1%}")
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf8")


if __name__ == "__main__":
    app()
