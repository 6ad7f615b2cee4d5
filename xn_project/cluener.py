"""CLUENER2020 (news sentences of Sina, one JSON object a line) read as ORG: its company,
government and organization mentions. The `ood_probe` scores pipelines on the dev set;
`name_lexicon` takes names from the train set; `external` teaches ORG from it."""

import json
from pathlib import Path

# the CLUENER types that are ORG in the spec
ORG_TYPES = ("company", "government", "organization")


def cluener_org(path: Path) -> tuple[list[str], list[set]]:
    """Texts and gold ORG spans (end exclusive) of a CLUENER file."""
    texts, gold = [], []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        spans = set()
        for kind in ORG_TYPES:
            for mention, places in record.get("label", {}).get(kind, {}).items():
                for start, end in places:
                    if record["text"][start : end + 1] != mention:
                        raise ValueError(f"{path}:{number}: {mention!r} is not at [{start}, {end}]")
                    spans.add((start, end + 1, "ORG"))
        texts.append(record["text"])
        gold.append(spans)
    return texts, gold
