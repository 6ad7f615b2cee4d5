"""Training documents from the name probes (corpus/probes): short passages we wrote in the styles
of other outlets, with every ORG and PARK name listed. They are the knowledge of names the gold
articles lack (thousands of names against the gold's few hundred); the default model trains on
them (`probes` in configs/pkuseg.cfg, step `probe_docs` of `all`).

A passage is dropped when its text holds a name of an evaluation set: an ORG or PARK of any gold
article (every gold article is held out by some cross-validation fold), of the challenge set, or a
company, government or organization of CLUENER2020 dev (the out-of-domain probe; names of fewer
than `--min-cluener-chars` characters are left out of this test, since CLUENER marks bare words
such as 中心 and 公安). Files whose passages list METRIC and MONEY keep those; elsewhere the regex
rules' METRIC and MONEY spans are taken (silver: the rules score 0.998 on the amount probes) unless
they overlap a listed name. A listed span off token boundaries is marked missing, not dropped."""

import json
from collections import Counter
from pathlib import Path

import typer
from spacy.tokens import DocBin

from xn_model.rules import find_rule_spans

from .annotations import read_annotations
from .convert import nlp_for_config, set_partial_ents
from .external import cluener_records
from .name_probes import place_names

app = typer.Typer(add_completion=False)
NAME_LABELS = ("ORG", "PARK")
AMOUNT_LABELS = ("METRIC", "MONEY")


def evaluation_names(gold: list[Path], cluener_dev: Path, min_cluener_chars: int) -> dict[str, set[str]]:
    """Names that must not occur in training text, by the set they come from."""
    names: dict[str, set[str]] = {}
    for path in gold:
        passages, _ = read_annotations(path)
        names[path.as_posix()] = {p.text[s:e] for p in passages for s, e, label in p.spans if label in NAME_LABELS}
    names[cluener_dev.as_posix()] = {
        text[s:e]
        for text, org_spans, _ in cluener_records(cluener_dev)
        for s, e in org_spans
        if e - s >= min_cluener_chars
    }
    return names


def probe_spans(text: str, record: dict) -> list[tuple[int, int, str]]:
    """Listed names (and listed amounts, where the file lists them), else the rules' amounts."""
    listed = set(AMOUNT_LABELS) <= record.keys()
    spans = place_names(text, record, NAME_LABELS + (AMOUNT_LABELS if listed else ()))
    if not listed:
        spans |= {
            (s, e, label)
            for s, e, label in find_rule_spans(text, AMOUNT_LABELS)
            if not any(s < ne and ns < e for ns, ne, _ in spans)
        }
    return sorted(spans)


@app.command()
def main(
    probe_dir: Path = typer.Argument(..., help="corpus/probes"),
    output: Path = typer.Argument(..., help="DocBin of probe documents"),
    report_path: Path = typer.Argument(..., help="JSON report: kept and dropped passages and spans"),
    gold: list[Path] = typer.Option(..., help="Annotated passages whose names are held out (gold, challenge)"),
    cluener_dev: Path = typer.Option(..., help="cluener2020/dev.json"),
    min_cluener_chars: int = typer.Option(3, help="Shortest CLUENER dev name held out"),
    config: Path = typer.Option(..., help="Training config: its [nlp.tokenizer] segmenter is used"),
    pkuseg_model: Path = typer.Option(None),
    user_dict: Path = typer.Option(None),
):
    held_out = evaluation_names(gold, cluener_dev, min_cluener_chars)
    nlp = nlp_for_config(config, pkuseg_model, user_dict)
    docbin, spans_report, dropped, kept_per_file = DocBin(), Counter(), Counter(), {}
    for path in sorted(probe_dir.glob("*.jsonl")):
        kept = 0
        for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            # the first evaluation set (in the order given) whose name the text holds
            source = next((s for s, names in held_out.items() if any(n in text for n in names)), None)
            if source is not None:
                dropped[f"holds a name of {source}"] += 1
                continue
            try:
                spans = probe_spans(text, record)
            except ValueError as error:
                raise typer.BadParameter(f"{path}:{number}: {error}") from None
            doc = nlp.make_doc(text)
            set_partial_ents(doc, spans, spans_report)
            doc.user_data["id"] = f"{path.stem}:{number}"
            docbin.add(doc)
            kept += 1
        kept_per_file[path.stem] = kept
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    report = {
        "kept_passages": len(docbin),
        "dropped_passages": dict(dropped),
        "held_out_names": {source: len(names) for source, names in held_out.items()},
        "spans": dict(sorted(spans_report.items())),
        "kept_per_file": kept_per_file,
    }
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf8")
    typer.echo(f"✔ {len(docbin)} probe passages -> {output}; dropped: {dict(dropped)}; spans: {dict(spans_report)}")


if __name__ == "__main__":
    app()
