"""Names as knowledge, not as annotations, for the rules' gazetteer (and through the rules'
candidates, for the ner). Organisation names come from two sources:

- corpus/knowledge/organisations.tsv: national party and state bodies, ministries, international
  bodies, media, universities, research institutes, associations and companies, written by us from
  public facts, without reading any evaluation set (corpus/knowledge/README.md);
- the words jieba's dictionary (jieba 0.42.1, MIT, installed with the training extra) tags `nt`,
  kept only where they look like one body: at least --min-chars characters, ending in a kind word
  (公司, 局, 大学, 社 ...), and not written as a common word by People's Daily 1998 (a single word
  there never tagged nt or j: 人民政府, 交易所, 加油站). jieba also tags phrases such as 深加工,
  新兴产业 and 新进展 `nt`; the kind-word test drops them.
- the company, government and organization mentions of CLUENER2020 train (10,748 sentences of Sina
  news, research use; never its dev set, which is the `ood_probe`), kept only where they name one
  body: CLUENER also labels kinds of bodies (地方政府, 检察机关), events (…杯) and words it labels in
  fewer than half their uses.
Besides them: corpus/knowledge/sites.tsv, named parks, zones and computing sites (PARK), written
the same way; and jieba's common words (label GENERIC, never entities), with which the rules tell
a described site (商品生产基地) from a named one.

Every source line is accounted for: the command prints what it kept and what it dropped, and why."""

import collections
import functools
import unicodedata
from collections.abc import Set
from pathlib import Path

import srsly
import typer

from xn_model.entity_ruler import GENERIC_LABEL
from xn_model.normalize import normalize_text
from xn_model.rules.names import (
    GENERIC_RE,
    ONE_CHARACTER_KINDS,
    ORG_SUFFIXES,
    counts_things,
    splits_into_common_words,
)
from xn_model.rules.places import PLACES

from .cluener import cluener_org

app = typer.Typer(add_completion=False)

CATEGORIES = (
    "party_state",
    "ministry",
    "international",
    "media",
    "university",
    "health",
    "research",
    "association",
    "central_soe",
    "tech",
    "energy_industry",
    "finance",
    "other_cn",
    "consumer",
    "transport",
    "sports",
    "entertainment",
    "hk_mo_tw",
    "foreign",
    "qinghai",
)
SITE_CATEGORIES = (
    "national_etdz",
    "national_hitech",
    "new_area",
    "computing",
    "qinghai",
    "provincial",
    "free_trade",
    "hk_mo_tw",
)
# a body's name ends in a kind word: the rules' organisation suffixes, and the one-character kinds
# of short forms
KIND_ENDINGS = tuple(ORG_SUFFIXES) + ONE_CHARACTER_KINDS
# tags of People's Daily 1998 that make a word a name (nt organisation, j abbreviation)
PD98_NAME_TAGS = ("nt", "j")


def read_knowledge(path: Path, categories: tuple[str, ...] = CATEGORIES) -> list[tuple[str, str]]:
    """`name<TAB>category` lines after a header -> [(name, category)]; a malformed line, an unknown
    category or a name given twice is an error that names the line."""
    rows, seen = [], {}
    lines = path.read_text(encoding="utf8").splitlines()
    if not lines or lines[0] != "name\tcategory":
        raise ValueError(f"{path}:1: expected the header 'name<TAB>category'")
    for number, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != 2 or len(fields[0].strip()) < 2:
            raise ValueError(
                f"{path}:{number}: expected 'name<TAB>category' with a name of 2+ characters, got {line!r}"
            )
        name, category = fields[0].strip(), fields[1].strip()
        if category not in categories:
            raise ValueError(f"{path}:{number}: unknown category {category!r} (one of {', '.join(categories)})")
        key = normalize_text(name)
        if key in seen:
            raise ValueError(f"{path}:{number}: {name!r} is already on line {seen[key]}")
        seen[key] = number
        rows.append((name, category))
    return rows


def nt_words(dictionary: Path, min_chars: int) -> list[str]:
    """`word freq tag` lines -> the nt words, normalised, at least min_chars long."""
    words = set()
    for number, line in enumerate(dictionary.read_text(encoding="utf8").splitlines(), 1):
        parts = line.split()
        if len(parts) != 3:
            raise ValueError(f"{dictionary}:{number}: expected 'word frequency tag', got {line!r}")
        if parts[2] == "nt" and len(parts[0]) >= min_chars:
            words.add(normalize_text(parts[0]))
    return sorted(words)


def pd98_tags(pd98: Path) -> dict[str, collections.Counter]:
    """word -> how often People's Daily 1998 gives it each POS tag (`word/tag` items, NFKC)."""
    tags: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in pd98.read_text(encoding="utf8").splitlines():
        for item in line.split():
            word, _, tag = item.rpartition("/")
            tags[unicodedata.normalize("NFKC", word)][tag] += 1
    return tags


@functools.lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC  # opencc-python-reimplemented ships its dictionaries: no download

    return OpenCC("s2t")


def written_traditional(name: str) -> str:
    """The normal form of `name` written in traditional script (钜亨网 -> 鉅亨網 -> 巨亨网): the
    normal form is not the inverse of writing traditional for every character, so a name whose form
    differs is listed in both, or it never meets traditional text."""
    return normalize_text(_s2t().convert(name))


def kind_word(word: str) -> str | None:
    """The longest kind word `word` ends in (集团 of 一汽集团), or None."""
    return max((k for k in KIND_ENDINGS if word.endswith(k)), key=len, default=None)


def why_not_a_name(word: str, tags: dict[str, collections.Counter]) -> str | None:
    """None for a word that looks like one body's name, else the reason it is dropped."""
    if not word.endswith(KIND_ENDINGS):
        return "no kind word at the end"
    kind = kind_word(word)
    # 上市公司, 商业银行, 重点中学: a kind, not a body; national bodies (国家图书馆) and the brand
    # 现代 (现代集团) are the exceptions
    if GENERIC_RE.fullmatch(word[: -len(kind)]) and not word.startswith(("国家", "现代", "大国")):
        return "only descriptive words before the kind word"
    if counts_things(word[: -len(kind)]):
        return "a count before the kind word (四部委, 两办)"
    if len(word) - len(kind) == 1 and word[0] in "省市县区州镇乡村":
        return "a level alone before the kind word (the patterns decide: 各镇党委, 某镇党委)"
    seen = tags.get(word)
    if seen and not any(seen[t] for t in PD98_NAME_TAGS):
        return "a common word in PD98"
    if word.endswith("商会") and word[-3:-2] in ("招", "协"):
        return "a meeting, not a chamber of commerce (招商会, 协商会)"
    if kind == word:
        return "a kind word alone (党工委, 统战部: the patterns find them with their owner)"
    return None


# a body's survey or inspection group is the body (guidelines section 10), never a name of its own
VISITING_GROUPS = ("执法检查组", "调研组")
VISITING_GROUP_REASON = "a body's visiting group (人大常委会执法检查组: the body alone)"

# CLUENER labels events as organisations (…邀请赛, …杯, …博览会); the spec does not
EVENT_ENDINGS = ("赛", "杯", "节", "展", "奖", "峰会", "论坛", "博览会", "大会", "年会")


def describes_a_body(name: str, common: Set[str]) -> bool:
    """Common words, or a place and common words, with or without a kind word at the end: a kind
    of body (地方政府, 检察机关, 中介机构) or a body of a place (北京市国土局), which the rules'
    patterns find without a list."""
    kind = kind_word(name)
    heads = [name] + ([name[: -len(kind)]] if kind and len(kind) < len(name) else [])
    return any(
        GENERIC_RE.fullmatch(head)
        or splits_into_common_words(head, common)
        or any(
            head[:i] in PLACES and (i == len(head) or splits_into_common_words(head[i:], common))
            for i in range(2, len(head) + 1)
        )
        for head in heads
    )


def why_not_a_cluener_name(
    name: str, labelled: int, written: int, common: Set[str], tags: dict[str, collections.Counter], min_share: float
) -> str | None:
    """None for a CLUENER mention that names one body, else the reason it is dropped. `labelled`:
    how often CLUENER labels it; `written`: how often it is written in the same sentences."""
    if len(name) < 2 or name[0].isdigit() and len(name) <= 3:
        return "shorter than 2 characters, or a number (7天)"
    if any(mark in name for mark in "《》“”「」\"'"):
        return "written with title or quotation marks (《明报》)"
    if name in common or name in PLACES:
        return "a common word or a place"
    if kind_word(name) == name:
        return "a kind word alone (村委会, 农商行)"
    if len(name) == 2 and labelled < 2:
        return "2 characters, labelled once"
    if labelled < min_share * written:
        return f"labelled in fewer than {min_share:.0%} of its uses"
    if describes_a_body(name, common):
        return "a kind of body or a body of a place (地方政府, 北京市国土局)"
    if name.endswith(EVENT_ENDINGS):
        return "an event"
    if name.endswith(VISITING_GROUPS):
        return VISITING_GROUP_REASON
    if tags.get(name) and not any(tags[name][t] for t in PD98_NAME_TAGS):
        return "a common word in PD98"
    return None


def cluener_names(
    path: Path, known: Set[str], common: Set[str], tags: dict[str, collections.Counter], min_share: float
) -> tuple[list[str], collections.Counter]:
    """CLUENER's ORG mentions (normalised) that name one body and are not in `known`; and how many
    distinct mentions were dropped, why."""
    texts, gold = cluener_org(path)
    labelled = collections.Counter(normalize_text(t[s:e]) for t, spans in zip(texts, gold) for s, e, _ in spans)
    corpus = normalize_text("\n".join(texts))
    names, dropped = [], collections.Counter()
    for name, count in sorted(labelled.items()):
        reason = (
            "already known"
            if name in known
            else why_not_a_cluener_name(name, count, corpus.count(name), common, tags, min_share)
        )
        if reason:
            dropped[reason] += 1
        else:
            names.append(name)
    return names, dropped


# jieba's tags of common words: nouns, verbs, adjectives, adverbs, idioms, numerals, measure words,
# times, directions, conjunctions, prepositions, pronouns; not its names (nr, ns, nt, nz, j ...)
COMMON_TAGS = frozenset("n v vn vd a ad an b d l i m q f t s c p r".split())


def common_words(dictionary: Path, min_freq: int, names: set[str]) -> tuple[list[str], collections.Counter]:
    """jieba's common words of 2+ characters seen at least min_freq times, normalised, that are
    neither a place (xn_model.rules.places) nor a known name; and how many were dropped, why."""
    words, dropped = set(), collections.Counter()
    for line in dictionary.read_text(encoding="utf8").splitlines():
        word, freq, tag = line.split()
        word = normalize_text(word)
        if len(word) < 2 or tag not in COMMON_TAGS:
            continue
        reason = (
            f"seen fewer than {min_freq} times"
            if int(freq) < min_freq
            else "a place"
            if word in PLACES
            else "a known name"
            if word in names
            else None
        )
        if reason:
            dropped[reason] += 1
        else:
            words.add(word)
    return sorted(words), dropped


def jieba_dictionary() -> Path:
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


@app.command()
def main(
    knowledge: Path = typer.Argument(..., help="corpus/knowledge/organisations.tsv"),
    sites: Path = typer.Argument(..., help="corpus/knowledge/sites.tsv (named parks, zones and computing sites)"),
    pd98: Path = typer.Argument(..., help="assets/pd98/199801.txt (People's Daily 1998, POS-tagged)"),
    output: Path = typer.Argument(..., help="training/lexicon/lexicon.jsonl (span_ruler-style patterns)"),
    dictionary: Path = typer.Option(None, help="jieba's dict.txt (default: the installed jieba's)"),
    min_chars: int = typer.Option(3, min=1, help="shortest jieba nt word kept"),
    common_min_freq: int = typer.Option(20, min=1, help="rarest jieba common word kept (its frequency in jieba)"),
    cluener_train: Path = typer.Option(
        None, help="CLUENER2020 train.json: its ORG mentions as names (none if not given)"
    ),
    cluener_min_share: float = typer.Option(
        0.5, min=0.0, max=1.0, help="a CLUENER name is kept if labelled in this share of its uses"
    ),
):
    rows = read_knowledge(knowledge)
    names = {normalize_text(name): "knowledge" for name, _ in rows}
    typer.echo(f"{knowledge}: {len(rows)} names kept, {len(collections.Counter(c for _, c in rows))} categories")
    site_rows = read_knowledge(sites, SITE_CATEGORIES)
    site_names = {normalize_text(name) for name, _ in site_rows} - set(names)
    typer.echo(f"{sites}: {len(site_rows)} sites, {len(site_rows) - len(site_names)} dropped as already organisations")
    source = dictionary or jieba_dictionary()
    tags = pd98_tags(pd98)
    dropped: collections.Counter = collections.Counter()
    words = nt_words(source, min_chars)
    for word in words:
        reason = why_not_a_name(word, tags) if word not in names else "already in the knowledge list"
        if reason:
            dropped[reason] += 1
        else:
            names[word] = "jieba_nt"
    kept = len(words) - sum(dropped.values())
    detail = "; ".join(f"{n} {reason}" for reason, n in dropped.most_common())
    typer.echo(f"{source}: {len(words)} nt words of {min_chars}+ characters, {kept} kept, dropped: {detail}")
    common, dropped = common_words(source, common_min_freq, set(names) | site_names)
    detail = "; ".join(f"{n} {reason}" for reason, n in dropped.most_common())
    typer.echo(f"{source}: {len(common)} common words of 2+ characters kept, dropped: {detail}")
    if cluener_train is None:
        typer.echo("no CLUENER2020 train file given: no names from it")
    else:
        found, dropped = cluener_names(cluener_train, set(names) | site_names, set(common), tags, cluener_min_share)
        names.update((name, "cluener") for name in found)
        detail = "; ".join(f"{n} {reason}" for reason, n in dropped.most_common())
        typer.echo(
            f"{cluener_train}: {len(found) + sum(dropped.values())} distinct ORG mentions, {len(found)} kept, dropped: {detail}"
        )
    traditional = {written_traditional(name): source for name, source in names.items()}
    traditional = {name: source for name, source in traditional.items() if name not in names}
    site_traditional = {written_traditional(name) for name in site_names} - site_names - set(names)
    names.update(traditional)
    site_names |= site_traditional
    typer.echo(
        f"{len(traditional)} names and {len(site_traditional)} sites also listed in the normal form of their"
        f" traditional writing: {', '.join(sorted(traditional | dict.fromkeys(site_traditional))[:5])}"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    # the id says where a name comes from: the rules let jieba's words find names but not cut others
    patterns = [{"label": "ORG", "pattern": name, "id": names[name]} for name in sorted(names)]
    patterns += [{"label": "PARK", "pattern": name, "id": "knowledge"} for name in sorted(site_names)]
    patterns += [{"label": GENERIC_LABEL, "pattern": word, "id": "jieba_common"} for word in common]
    srsly.write_jsonl(output, patterns)
    typer.echo(f"{len(names)} organisations, {len(site_names)} sites, {len(common)} common words -> {output}")


if __name__ == "__main__":
    app()
