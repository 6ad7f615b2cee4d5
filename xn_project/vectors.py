"""Static vectors from Baidu LAC's character embeddings (20,941 x 128, inside the PyPI package
jieba 0.42.1: lac_small/model_baseline/word_emb, a 29-byte header then little-endian float32
rows, with the row ids in lac_small/word.dic), saved as a blank pipeline for
`[initialize] vectors`.

spaCy looks vectors up by the token's text as written, so the table holds every LAC character,
its traditional and full-width forms, and every token of the given training corpora (a word gets
the mean of its characters' vectors, read through the tokenizer's normalisation)."""

from functools import cache
from pathlib import Path

import numpy
import spacy
import typer
from spacy.tokens import DocBin

from xn_model.normalize import normalize_text

app = typer.Typer(add_completion=False)
HEADER_BYTES = 29
WIDTH = 128


def lac_characters(jieba_dir: Path) -> dict[str, numpy.ndarray]:
    rows = numpy.frombuffer(
        (jieba_dir / "lac_small" / "model_baseline" / "word_emb").read_bytes()[HEADER_BYTES:], dtype="<f4"
    )
    rows = rows.reshape(-1, WIDTH)
    table = {}
    # split on "\n" only: some entries are characters that str.splitlines() treats as breaks
    for line in (jieba_dir / "lac_small" / "word.dic").read_text(encoding="utf8").rstrip("\n").split("\n"):
        row, char = line.split("\t")
        if len(char) == 1:  # skip the OOV_* placeholders
            table[char] = rows[int(row)]
    return table


@cache
def _converters():
    from opencc import OpenCC

    return [OpenCC(name) for name in ("s2t", "s2hk", "s2tw")]


def surface_forms(char: str) -> set[str]:
    """A simplified half-width character and the forms of it our input may hold."""
    forms = {char} | {converter.convert(char) for converter in _converters()}
    if "!" <= char <= "~":
        forms.add(chr(ord(char) + 0xFEE0))  # full-width ASCII
    return {f for f in forms if len(f) == 1}


def word_vector(word: str, chars: dict[str, numpy.ndarray]) -> numpy.ndarray | None:
    known = [chars[c] for c in normalize_text(word) if c in chars]
    return numpy.mean(known, axis=0) if known else None


@app.command()
def main(
    output: Path = typer.Argument(..., help="Where the vectors pipeline is saved"),
    corpora: list[Path] = typer.Argument(..., help=".spacy files whose tokens get a vector"),
):
    import jieba

    chars = lac_characters(Path(jieba.__file__).parent)
    keys, vectors = [], []
    for char, vector in chars.items():
        for form in surface_forms(char):
            keys.append(form)
            vectors.append(vector)
    n_forms = len(keys)
    nlp = spacy.blank("zh")
    words = {
        t.text for path in corpora if path.exists() for doc in DocBin().from_disk(path).get_docs(nlp.vocab) for t in doc
    }
    for word in sorted(words - set(keys)):
        vector = word_vector(word, chars)
        if vector is not None:
            keys.append(word)
            vectors.append(vector)
    nlp.vocab.reset_vectors(width=WIDTH)
    for key, vector in zip(keys, vectors):
        nlp.vocab.set_vector(key, vector)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    typer.echo(
        f"✔ {len(chars)} LAC characters -> {len(keys)} vectors: {n_forms} character forms "
        f"(simplified, traditional, full-width) and {len(keys) - n_forms} other corpus tokens -> {output}"
    )


if __name__ == "__main__":
    app()
