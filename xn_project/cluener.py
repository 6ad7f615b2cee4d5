"""CLUENER2020 (news sentences of Sina, one JSON object a line) read as ORG: its company,
government and organization mentions. The `ood_probe` scores pipelines on the dev set;
`name_lexicon` takes names from the train set; `external` teaches ORG from it."""

import json
from pathlib import Path

# the CLUENER types that are ORG in the spec
ORG_TYPES = ("company", "government", "organization")


def read_cluener(path: Path) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(text, {CLUENER type: char spans, end exclusive}) per sentence; a mention that is not at
    its place is an error naming the file and line."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        spans: dict[str, list[tuple[int, int]]] = {}
        for kind, mentions in record.get("label", {}).items():
            for mention, places in mentions.items():
                for start, end in places:  # end is inclusive in CLUENER
                    if record["text"][start : end + 1] != mention:
                        raise ValueError(f"{path}:{number}: {mention!r} is not at [{start}, {end}]")
                    spans.setdefault(kind, []).append((start, end + 1))
        records.append((record["text"], spans))
    return records


def cluener_org(path: Path) -> tuple[list[str], list[set]]:
    """Texts and gold ORG spans (end exclusive) of a CLUENER file."""
    records = read_cluener(path)
    gold = [{(s, e, "ORG") for kind in ORG_TYPES for s, e in spans.get(kind, [])} for _, spans in records]
    return [text for text, _ in records], gold
