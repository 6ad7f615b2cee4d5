"""Silver training documents: sentences of PD98 and CLUENER (news the gold corpus does not hold)
labelled by the project's regex rules, for the labels whose rules are trusted. Rule spans of the
other labels are marked missing, so an untrusted guess is neither taught as an entity nor as
"outside"; everything else is outside. Only sentences with at least one rule span are kept."""

import random
import re
from collections import Counter
from pathlib import Path

import typer
from spacy.tokens import DocBin

from xn_model.rules import find_rule_spans

from .convert import nlp_for_config, set_partial_ents
from .external import cluener_records
from .segmenter import pd98_words

app = typer.Typer(add_completion=False)
SENTENCE_END = re.compile(r"(?<=[。！？；])")


def sentences(pd98: Path, cluener: Path) -> list[str]:
    pd98_text = ["".join(pd98_words(line)) for line in pd98.read_text(encoding="utf8").splitlines()]
    pd98_sents = [s for line in pd98_text for s in SENTENCE_END.split(line) if 8 <= len(s) <= 300]
    return pd98_sents + [text for text, _, _ in cluener_records(cluener)]


@app.command()
def main(
    pd98: Path = typer.Argument(..., help="assets/pd98/199801.txt"),
    cluener: Path = typer.Argument(..., help="cluener2020/train.json"),
    output: Path = typer.Argument(..., help="DocBin of silver documents"),
    labels: str = typer.Option("ORG,PARK,METRIC,MONEY", help="Labels whose rule spans are taught"),
    n_docs: int = typer.Option(3000, help="Sentences to keep"),
    config: Path = typer.Option(..., help="Training config: its [nlp.tokenizer] segmenter is used"),
    pkuseg_model: Path = typer.Option(None),
    user_dict: Path = typer.Option(None),
    seed: int = typer.Option(0),
):
    trusted = set(labels.split(","))
    nlp = nlp_for_config(config, pkuseg_model, user_dict)
    pool = sentences(pd98, cluener)
    random.Random(seed).shuffle(pool)
    docbin, report, scanned = DocBin(), Counter(), 0
    for text in pool:
        if len(docbin) == n_docs:
            break
        scanned += 1
        spans = find_rule_spans(text)
        if not spans:
            continue
        doc = nlp.make_doc(text)
        set_partial_ents(doc, spans, report, tuple(trusted))
        docbin.add(doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    typer.echo(
        f"✔ {len(docbin)} silver docs (sentences with a rule span; {scanned} of {len(pool)} sentences scanned) -> {output}"
    )
    for key, n in sorted(
        report.items()
    ):  # LABEL.kept: taught; .missing: label not trusted; .misaligned: off token edges
        typer.echo(f"  {key:18} {n}")


if __name__ == "__main__":
    app()
