"""ORG transfer from public corpora as PARTIAL annotation: CLUENER2020 (company, organization,
government -> ORG) and the `nt` words of PD98. These corpora do not annotate PARK, METRIC or
MONEY, so every place where one of those could be (numbers and quantities, CLUENER address and
scene spans, PD98 place and other proper names) is marked missing rather than outside; ORG is
taught with real negatives everywhere else. No topics: the textcat ignores these docs."""

import random
import re
from collections import Counter
from pathlib import Path

import typer
from spacy.tokens import DocBin

from .cluener import ORG_TYPES, read_cluener
from .convert import nlp_for_config, set_partial_ents

app = typer.Typer(add_completion=False)

MAYBE_OTHER_TYPES = ("address", "scene")  # could hold a PARK name
QUANTITY = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿%％]+[^，。、；：,;\s]{0,3}")


def cluener_records(path: Path) -> list[tuple[str, list, list]]:
    """(text, ORG char spans, maybe-other char spans) of each CLUENER sentence."""
    records = []
    for text, spans in read_cluener(path):
        org = [span for kind in ORG_TYPES for span in spans.get(kind, [])]
        other = [span for kind in MAYBE_OTHER_TYPES for span in spans.get(kind, [])]
        records.append((text, org, other))
    return records


def pd98_records(path: Path) -> list[tuple[str, list, list]]:
    """PD98 lines: `nt` words are ORG; ns/nz words (places, other proper names) may hide a PARK."""
    from .segmenter import pd98_words

    records = []
    for line in path.read_text(encoding="utf8").splitlines():
        text, org, other, pos = "", [], [], 0
        for item in line.split():
            [word] = pd98_words(item) or [""]
            tag = item.rsplit("/", 1)[-1]
            if tag == "nt":
                org.append((pos, pos + len(word)))
            elif tag in ("ns", "nz"):
                other.append((pos, pos + len(word)))
            text, pos = text + word, pos + len(word)
        if org:
            records.append((text, org, other))
    return records


def partial_doc(nlp, text: str, org: list, other: list, report: Counter):
    doc = nlp.make_doc(text)
    maybe = [m.span() for m in QUANTITY.finditer(text)] + other
    # ORG mentions first: a quantity inside a name (三一重工) does not hide the name
    spans = [(s, e, "ORG") for s, e in org] + [
        (s, e, None) for s, e in maybe if not any(s < oe and os < e for os, oe in org)
    ]
    set_partial_ents(doc, spans, report, taught=("ORG",))
    return doc


@app.command()
def main(
    cluener: Path = typer.Argument(..., help="cluener2020/train.json"),
    pd98: Path = typer.Argument(..., help="assets/pd98/199801.txt"),
    output: Path = typer.Argument(..., help="DocBin of partially annotated docs"),
    n_cluener: int = typer.Option(2000, help="CLUENER sentences to use"),
    n_pd98: int = typer.Option(2000, help="PD98 lines with an nt word to use"),
    config: Path = typer.Option(..., help="Training config: its [nlp.tokenizer] segmenter is used"),
    pkuseg_model: Path = typer.Option(None),
    user_dict: Path = typer.Option(None),
    seed: int = typer.Option(0),
):
    nlp = nlp_for_config(config, pkuseg_model, user_dict)
    rng = random.Random(seed)
    chosen = {}
    for name, records, n in (("cluener", cluener_records(cluener), n_cluener), ("pd98", pd98_records(pd98), n_pd98)):
        rng.shuffle(records)
        chosen[name] = records[:n]
    docbin, report = DocBin(), Counter()
    for records in chosen.values():
        for text, org, other in records:
            docbin.add(partial_doc(nlp, text, org, other, report))
    output.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    typer.echo(
        f"✔ {len(docbin)} partially annotated docs ({', '.join(f'{k} {len(v)}' for k, v in chosen.items())}), {report['ORG.kept']} ORG spans taught, {report['ORG.misaligned']} off token edges and {report['None.missing']} other stretches marked missing -> {output}"
    )


if __name__ == "__main__":
    app()
