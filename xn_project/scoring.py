"""Scores at the level of characters, independent of any tokenisation: entity spans as
(start, end, label) per passage, and topics as one label per passage or article."""

from .annotations import LABELS, TOPICS


def doc_spans(doc) -> set:
    """A Doc's entities as (start_char, end_char, label), comparable with gold passage spans."""
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def predict_spans(nlp, texts: list[str]) -> list[set]:
    """A pipeline's entities over `texts`, as doc_spans per text."""
    return [doc_spans(doc) for doc in nlp.pipe(texts)]


def span_prf(gold: list[set], pred: list[set], labels=LABELS) -> dict:
    """Exact-match P/R/F per label, micro over all labels and macro over labels."""
    per_label = {}
    for label in labels:
        tp = sum(len({s for s in g if s[2] == label} & {s for s in p if s[2] == label}) for g, p in zip(gold, pred))
        n_gold = sum(1 for g in gold for s in g if s[2] == label)
        n_pred = sum(1 for p in pred for s in p if s[2] == label)
        per_label[label] = _prf(tp, n_pred, n_gold)
    tp = sum(per_label[label]["tp"] for label in labels)
    micro = _prf(tp, sum(per_label[l]["n_pred"] for l in labels), sum(per_label[l]["n_gold"] for l in labels))
    return {
        "micro_p": micro["p"],
        "micro_r": micro["r"],
        "micro_f": micro["f"],
        "macro_f": sum(per_label[l]["f"] for l in labels) / len(labels),
        "per_label": per_label,
    }


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def topic_scores(gold: list[str], pred: list[str]) -> dict:
    """Accuracy and macro-F over the topics that occur in gold or predictions."""
    from sklearn.metrics import f1_score

    present = [t for t in TOPICS if t in gold or t in pred]
    accuracy = sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)
    macro_f = f1_score(gold, pred, labels=present, average="macro", zero_division=0) if gold else 0.0
    return {"accuracy": round(accuracy, 4), "macro_f": round(float(macro_f), 4), "n": len(gold)}
