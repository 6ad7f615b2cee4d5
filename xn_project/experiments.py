"""Train every variant of configs/experiments.yml with `spacy train`, score each on DEV (entities
per label, paragraph topics, speed), score the best one once on TEST, and write
metrics/dev_variants.json and metrics/dev_variants.md (the signal of earlier rounds; the decisions
are now made by cross-validation, xn_project.crossval_variants). A variant whose settings (command, config,
corpora) have not changed is not retrained (<output>/trained.json) nor rescored
(<output>/experiment.json), so an interrupted run resumes where it stopped."""

import hashlib
import json
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import spacy
import srsly
import typer
from confection import Config

from .annotations import LABELS
from .corpus import Corpus
from .scoring import doc_spans, span_prf, topic_scores

app = typer.Typer(add_completion=False)
SPEED_CHARS = 100_000


def patched_config(base: Path, *patches: Path) -> str:
    """The base config with every top-level section of each patch, in order, put in place of the
    section of the same name, subsections included (a merge would keep the old subsections, which
    the new architecture may not accept)."""
    config = Config().from_disk(base, interpolate=False)
    for patch in patches:
        text = patch.read_text(encoding="utf8")
        headers = re.findall(r"^\[([^\]]+)\]", text, re.MULTILINE)
        # the config parser wants every parent section declared: [components], [components.textcat] ...
        parents = {".".join(h.split(".")[:i]) for h in headers for i in range(1, h.count(".") + 1)} - set(headers)
        replacement = Config().from_str("".join(f"[{p}]\n" for p in sorted(parents)) + text, interpolate=False)
        for header in headers:
            if any(header.startswith(outer + ".") for outer in headers):
                continue  # replaced with its outer section
            *parents_of, last = header.split(".")
            target, source = config, replacement
            for key in parents_of:
                target, source = target[key], source[key]
            target[last] = source[last]
    return config.to_str(interpolate=False)


def config_path(variant: dict, output: Path) -> Path:
    """configs/<config>.cfg, or its copy patched (`patch`: one file or a list) beside the variant's
    output."""
    base = Path(f"configs/{variant['config']}.cfg")
    if "patch" not in variant:
        return base
    derived = output.parent / f"{output.name}.cfg"
    derived.parent.mkdir(parents=True, exist_ok=True)
    patches = variant["patch"] if isinstance(variant["patch"], list) else [variant["patch"]]
    derived.write_text(patched_config(base, *map(Path, patches)), encoding="utf8")
    return derived


def train_command(variant: dict, output: Path, segmenter_model: Path, user_dict: Path) -> list[str]:
    corpus = Path("corpus") / variant.get("corpus", variant["config"])
    args = {
        "paths.train": corpus / "train.spacy",
        "paths.dev": corpus / "dev.spacy",
        "paths.synthetic": corpus / "synthetic" / "train.spacy",
        "paths.external": corpus / "external.spacy",
        "paths.silver": corpus / "silver.spacy",
        "paths.pkuseg_model": segmenter_model,
        "paths.user_dict": user_dict,
        **variant.get("overrides", {}),
    }
    # spacy train reads override values as JSON where they parse: true, not True
    overrides = [
        item
        for key, value in args.items()
        for item in (f"--{key}", json.dumps(value) if isinstance(value, bool) else str(value))
    ]
    return [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(config_path(variant, output)),
        "--output",
        str(output),
        *overrides,
    ]


def score(model: Path, passages: list) -> dict:
    """Dev scores, and speed on the dev passages repeated to about SPEED_CHARS characters (one
    pass over ~5,000 characters is too short to time)."""
    nlp = spacy.load(model)
    texts = [p.text for p in passages]
    docs = list(nlp.pipe(texts))
    ner = span_prf([set(p.spans) for p in passages], [doc_spans(d) for d in docs])
    topics = topic_scores([p.topic for p in passages], [max(d.cats, key=d.cats.get) for d in docs])
    speed_texts = texts * max(1, round(SPEED_CHARS / sum(map(len, texts))))
    start = time.perf_counter()
    for _ in nlp.pipe(speed_texts):
        pass
    chars_per_s = round(sum(map(len, speed_texts)) / (time.perf_counter() - start))
    return {
        "micro_f": ner["micro_f"],
        "per_label_f": {l: ner["per_label"][l]["f"] for l in LABELS},
        "topic_macro_f": topics["macro_f"],
        "topic_accuracy": topics["accuracy"],
        "chars_per_s": chars_per_s,
    }


def plan_variant(variant: dict, root: Path, segmenter_model: Path, user_dict: Path) -> dict:
    """The variant's training command, output folder and a stamp of everything it depends on."""
    output = root / variant["name"].replace(" ", "_").replace(",", "").replace("+", "plus_")
    command = train_command(variant, output, segmenter_model, user_dict)
    # the run is reused only if the command, the config and every input file are unchanged
    inputs = [Path(command[4])] + [Path(a) for a in command if a.endswith(".spacy") and Path(a).exists()]
    # (not the interpreter's path: `spacy project run` and a shell may name the same one differently)
    stamp = hashlib.md5(json.dumps(command[1:]).encode() + b"".join(p.read_bytes() for p in inputs)).hexdigest()
    return {"variant": variant, "output": output, "command": command, "stamp": stamp}


def train_variant(plan: dict) -> bool:
    """Train one variant (a `spacy train` process, its console output in <output>.log) and record
    the seconds it took in <output>/trained.json; False if it failed."""
    typer.echo(f"> {plan['variant']['name']}: {' '.join(plan['command'][2:])}")
    start = time.perf_counter()
    log = plan["output"].parent / f"{plan['output'].name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:  # parallel runs would interleave their tables on the console
        failed = subprocess.run(plan["command"], stdout=out, stderr=subprocess.STDOUT).returncode
    if failed:
        typer.echo(f"✘ {plan['variant']['name']} failed, see {log}")
        return False
    srsly.write_json(
        plan["output"] / "trained.json",
        {"stamp": plan["stamp"], "train_s": round(time.perf_counter() - start), "jobs": plan["jobs"]},
    )
    return True


def _saved(plan: dict, name: str) -> dict | None:
    path = plan["output"] / name
    return srsly.read_json(path) if path.exists() and srsly.read_json(path).get("stamp") == plan["stamp"] else None


def run_variants(plans: list[dict], corpus: Corpus, jobs: int) -> list[dict]:
    """Train the variants not yet trained with these settings, `jobs` at a time, then score each
    on dev in this process, one after the other, so the speed figures do not compete for the CPU."""
    to_train = [{**plan, "jobs": jobs} for plan in plans if not _saved(plan, "trained.json")]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        trained = dict(zip((plan["variant"]["name"] for plan in to_train), pool.map(train_variant, to_train)))
    results = []
    for plan in plans:
        variant = plan["variant"]
        result = _saved(plan, "experiment.json")
        if result is None and trained.get(variant["name"], True):
            result = {
                "name": variant["name"],
                "help": variant.get("help", ""),
                "stamp": plan["stamp"],
                "model": str(plan["output"] / "model-best"),
                **_saved(plan, "trained.json"),
                "dev": score(plan["output"] / "model-best", corpus.in_split("dev")),
            }
            srsly.write_json(plan["output"] / "experiment.json", result)
        if result is not None:
            results.append(result)
    if len(results) < len(plans):
        typer.echo(f"✘ {len(plans) - len(results)} variant(s) failed; the table is not written")
        raise typer.Exit(1)
    return results


def markdown(results: list, best: dict) -> str:
    head = (
        "| variant | dev micro F | "
        + " | ".join(f"dev {l} F" for l in LABELS)
        + " | dev topic acc | dev topic macro F | train s | chars/s |"
    )
    rows = [head, "|" + "---|" * (len(LABELS) + 6)]
    for r in results:
        d = r["dev"]
        rows.append(
            f"| {r['name']} | {d['micro_f']:.3f} | "
            + " | ".join(f"{d['per_label_f'][l]:.3f}" for l in LABELS)
            + f" | {d['topic_accuracy']:.3f} | {d['topic_macro_f']:.3f} | {r['train_s']} | {d['chars_per_s']:,} |"
        )
    t = best["test"]
    rows += [
        "",
        f"Best on dev: **{best['name']}**. Its test scores (computed once): micro F {t['micro_f']:.3f}, "
        + ", ".join(f"{l} {t['per_label_f'][l]:.3f}" for l in LABELS)
        + f", paragraph topic accuracy {t['topic_accuracy']:.3f}, macro F {t['topic_macro_f']:.3f}.",
        f"Training times with up to {max(r.get('jobs', 1) for r in results)} variants trained at a time; chars/s measured alone, "
        f"on the dev passages repeated to about {SPEED_CHARS:,} characters.",
    ]
    return "\n".join(rows) + "\n"


@app.command()
def main(
    variants_file: Path = typer.Argument(..., help="configs/experiments.yml"),
    passages: Path = typer.Argument(...),
    article_topics: Path = typer.Argument(...),
    splits: Path = typer.Argument(...),
    segmenter_model: Path = typer.Argument(..., help="training/segmenter/pkuseg"),
    user_dict: Path = typer.Argument(..., help="corpus/userdict.txt"),
    output_dir: Path = typer.Argument(..., help="training/experiments"),
    metrics_dir: Path = typer.Argument(..., help="metrics/"),
    jobs: int = typer.Option(1, help="Variants trained at the same time (each `spacy train` uses about one core)"),
):
    corpus = Corpus.load(passages, article_topics, splits)
    plans = [
        plan_variant(v, output_dir, segmenter_model, user_dict) for v in srsly.read_yaml(variants_file)["variants"]
    ]
    results = run_variants(plans, corpus, jobs)
    best = max(results, key=lambda r: r["dev"]["micro_f"])  # first of equals: the simpler variant
    best["test"] = score(Path(best["model"]), corpus.in_split("test"))
    srsly.write_json(metrics_dir / "dev_variants.json", {"variants": results, "best": best["name"]})
    (metrics_dir / "dev_variants.md").write_text(markdown(results, best), encoding="utf8")
    typer.echo(markdown(results, best))


if __name__ == "__main__":
    app()
