"""Turn raw newspaper pages (corpus/raw/*.txt) into clean articles (corpus/articles.jsonl).

The human decisions (which lines start an article, which lines are its headline, which
lines are subheadings or furniture) live in one reviewed mapping file, corpus/layout.yml.
Everything else is deterministic and done here:

* Doubled-glyph lines (``洁净青海洁净青海··绿色算力绿色算力``: a string doubled char by
  char or phrase by phrase, possibly several doubled pieces in a row) are detected
  automatically. A doubled line is furniture ("doubled header"; "photo credit" when the
  undoubled text ends in 供图/摄) unless the mapping names it as a title line or a
  subheading, in which case it is kept with the doubling undone and the duplicate half
  is counted as removed ("doubling undone").
* PDF pages (``format: pdf``, the default): lines broken at the column width are joined
  without a separator. A line ends its paragraph only if it ends with sentence-final
  punctuation (。！？… plus optional closing quotes/brackets) AND one of: a blank line
  follows it (in these extractions a paragraph break is a sentence end plus a blank line,
  whereas a blank line after an unfinished line is a column/page break: blank lines
  alone never end a paragraph); it is clearly shorter than the article's column width
  (>= 3 Han characters short: the paragraph ends where the column break fell, e.g.
  ``“移动方案”。``); the next line starts a new item (本报讯 / 【); it is the last body
  line. A sentence that ends at the column edge with no blank line after it (002 lines
  8, 70, 72, 82, 296; 003 146, 275; 004 157) continues the paragraph. The column width
  of an article is the most common display width of its body lines (Han, fullwidth and
  ambiguous-width punctuation count 2, ASCII 1). Subheadings listed in the mapping are
  paragraphs of their own.
* Web pages (``format: web``): one line is one paragraph, except that a line that does
  not end a sentence (and is not a listed subheading) continues on the next line
  (page 001 has two lines cut mid-word).
* Whitespace: whitespace that the layout put next to CJK characters or CJK punctuation
  is removed (``8 月起`` -> ``8月起``, ``2024 年`` -> ``2024年``, ``网 络 运 维`` ->
  ``网络运维``, ``基地 （一期） 等`` -> ``基地（一期）等``). Kept on purpose (faithful
  text, not artefacts): a single space between the role and names inside a byline
  parenthesis (``（记者 衣凯玥）``, ``（记者 张艳艳 通讯员 张斌）``; ``（记者张艳艳）``
  stays without one), spaces between two ASCII tokens, and in titles a single space
  between headline decks (``…时强调 加强创新应用``).
* Accounting: every Han character of a raw page is either in exactly one article (body or
  title) or counted as removed under a reason; the run fails, naming page and line, when
  that does not add up. The report also counts whitespace/linebreak characters removed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import srsly
import typer

HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
# sentence-final punctuation, optionally followed by closing quotes / brackets
SENTENCE_END_RE = re.compile(r"[。！？!?…]+[”’」』）)】\]]*$")
# CJK characters and CJK / fullwidth / general punctuation: a space next to one is layout
CJK_CHAR = r"[\u00b7\u2010-\u206f\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
LAYOUT_SPACE_RE = re.compile(rf"(?<={CJK_CHAR})\s+|\s+(?={CJK_CHAR})")
BYLINE_RE = re.compile(r"（(?:特约)?(?:记者|通讯员)[^（）]*）")
PHOTO_CREDIT_RE = re.compile(r"(供图|摄)$")
NEW_ITEM_RE = re.compile(r"^(本报讯|【)")
SHORT_SLACK = 6  # display units (3 Han chars) that make a line "clearly shorter" than its column


class LayoutError(ValueError):
    """The mapping does not fit the page (bad line, overlap, unaccounted line)."""


class AccountingError(ValueError):
    """Han characters of a page are neither kept nor counted as removed."""


# ---------------------------------------------------------------- small text helpers


def han_count(text: str) -> int:
    return len(HAN_RE.findall(text))


def ws_count(text: str) -> int:
    return sum(ch.isspace() for ch in text)


def display_width(text: str) -> int:
    """Width in half-em units: CJK, fullwidth and ambiguous (“”…—·) count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END_RE.search(text.strip()))


def _undouble_chunk(chunk: str) -> str | None:
    """'开启一场新开启一场新““铝铝””途途' -> '开启一场新“铝”途'; None if not doubled."""
    n = len(chunk)

    @cache
    def parse(i: int) -> str | None:
        if i == n:
            return ""
        for k in range((n - i) // 2, 0, -1):  # longest doubled piece first
            if chunk[i : i + k] == chunk[i + k : i + 2 * k]:
                rest = parse(i + 2 * k)
                if rest is not None:
                    return chunk[i : i + k] + rest
        return None

    return parse(0)


def undouble(line: str) -> str | None:
    """The text a doubled-glyph line stands for, or None when the line is not doubled.

    Whitespace-separated chunks must each be doubled pieces; at least 2 Han characters
    must remain, so ordinary text is never taken for a doubled line by accident.
    """
    chunks = line.split()
    if not chunks:
        return None
    out = []
    for chunk in chunks:
        single = _undouble_chunk(chunk)
        if single is None:
            return None
        out.append(single)
    result = " ".join(out)
    return result if han_count(result) >= 2 else None


def doubled_reason(single: str) -> str:
    return "photo credit" if PHOTO_CREDIT_RE.search(single) else "doubled header"


def clean_spaces(text: str) -> str:
    """Remove layout whitespace next to CJK text; keep the spaces inside bylines."""
    out, pos = [], 0
    for m in BYLINE_RE.finditer(text):
        out.append(LAYOUT_SPACE_RE.sub("", text[pos : m.start()]))
        inner = re.sub(r"\s+", " ", m.group()[1:-1]).strip()
        out.append(f"（{inner}）")
        pos = m.end()
    out.append(LAYOUT_SPACE_RE.sub("", text[pos:]))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def clean_title_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def column_width(widths: list[int]) -> int:
    """Most common display width (ties: the wider); the article's column width."""
    counts = Counter(widths)
    return max(counts, key=lambda w: (counts[w], w))


def ends_paragraph(line: str, next_line: str | None, col: int | None, gap: bool) -> bool:
    """Does the paragraph end after `line`?

    next_line: the next body line (None: `line` is the last one); gap: a blank or removed
    line lies between them; col: the column width, None for web layout.
    """
    if not ends_sentence(line):
        return next_line is None
    if next_line is None or col is None or gap:
        return True
    return display_width(line) <= col - SHORT_SLACK or bool(NEW_ITEM_RE.match(next_line))


# ---------------------------------------------------------------- page layout


@dataclass
class Article:
    number: int
    start: int
    end: int
    title_decks: list[list[int]]
    body: list[int] = field(default_factory=list)


@dataclass
class PageLayout:
    name: str
    fmt: str
    articles: list[Article]
    subheads: set[int]
    # line -> reason for every line removed entirely (mapped or automatic)
    furniture: dict[int, str]
    # line -> undoubled text, for doubled lines kept as title/subhead
    undoubled: dict[int, str]


def _decks(raw, where: str) -> list[list[int]]:
    decks = []
    for item in raw or []:
        deck = item if isinstance(item, list) else [item]
        if not deck or not all(isinstance(x, int) for x in deck):
            raise LayoutError(f"{where}: title_lines must be ints or lists of ints, got {item!r}")
        decks.append(deck)
    return decks


def resolve_page(name: str, lines: list[str], spec: dict, layout_path: str = "layout.yml") -> PageLayout:
    """Assign every line of a page a role; raise LayoutError naming file and line."""
    n = len(lines)
    blank = {i for i in range(1, n + 1) if not lines[i - 1].strip()}

    def check_line(ln, what):
        if not isinstance(ln, int) or not 1 <= ln <= n:
            raise LayoutError(f"{layout_path}: {name} {what}: line {ln!r} does not exist (page has {n} lines)")
        if ln in blank:
            raise LayoutError(f"{layout_path}: {name} {what}: line {ln} is blank")

    raw_articles = spec.get("articles") or []
    if not raw_articles:
        raise LayoutError(f"{layout_path}: {name}: no articles")
    articles = []
    for k, a in enumerate(raw_articles, 1):
        where = f"article {k}"
        check_line(a.get("start"), f"{where} start")
        decks = _decks(a.get("title_lines"), f"{layout_path}: {name} {where}")
        for deck in decks:
            for ln in deck:
                check_line(ln, f"{where} title")
        articles.append(Article(k, a["start"], a.get("end"), decks))
    for k, art in enumerate(articles):
        if k and art.start <= articles[k - 1].start:
            raise LayoutError(
                f"{layout_path}: {name} article {art.number}: start line {art.start} "
                f"is not after article {art.number - 1}'s start line {articles[k - 1].start}"
            )
    for k, art in enumerate(articles):
        if art.end is None:
            art.end = articles[k + 1].start - 1 if k + 1 < len(articles) else n
        else:
            check_line(art.end, f"article {art.number} end")
            if art.end < art.start:
                raise LayoutError(
                    f"{layout_path}: {name} article {art.number}: end line {art.end} "
                    f"is before its start line {art.start}"
                )

    furniture_map = {}
    for ln, reason in (spec.get("furniture") or {}).items():
        ln = int(ln)
        check_line(ln, "furniture")
        furniture_map[ln] = str(reason)
    subheads = set()
    for ln in spec.get("subheads") or []:
        check_line(ln, "subheads")
        subheads.add(ln)

    claimed: dict[int, str] = {}

    def claim(ln, who):
        if ln in claimed:
            raise LayoutError(
                f"{layout_path}: {name} line {ln}: claimed by {claimed[ln]} and by {who}: {lines[ln - 1].strip()!r}"
            )
        claimed[ln] = who

    for art in articles:
        for deck in art.title_decks:
            for ln in deck:
                claim(ln, f"article {art.number} title")
    for ln, reason in furniture_map.items():
        claim(ln, f"furniture ({reason})")

    undoubled, furniture = {}, dict(furniture_map)
    for ln in range(1, n + 1):
        if ln in blank or ln in furniture_map:
            continue
        single = undouble(lines[ln - 1])
        if single is None:
            continue
        if ln in subheads or claimed.get(ln, "").endswith("title"):
            undoubled[ln] = single
        else:
            furniture[ln] = doubled_reason(single)
            claim(ln, f"automatic furniture ({furniture[ln]})")

    for art in articles:
        who = f"article {art.number} body (lines {art.start}-{art.end})"
        for ln in range(art.start, art.end + 1):
            if ln in blank:
                continue
            if ln in claimed and "body" not in claimed[ln]:
                continue  # titles and furniture may sit inside a body range
            claim(ln, who)
            art.body.append(ln)

    for ln in range(1, n + 1):
        if ln not in blank and ln not in claimed:
            raise LayoutError(
                f"{layout_path}: {name} line {ln}: not accounted for (not body, title "
                f"or furniture of any article): {lines[ln - 1].strip()!r}"
            )
    for ln in subheads:
        if "body" not in claimed[ln]:
            raise LayoutError(f"{layout_path}: {name} subheads: line {ln} is not inside an article body")
    fmt = spec.get("format", "pdf")
    if fmt not in ("pdf", "web"):
        raise LayoutError(f"{layout_path}: {name}: format must be pdf or web, got {fmt!r}")
    return PageLayout(name, fmt, articles, subheads, furniture, undoubled)


# ---------------------------------------------------------------- articles


def line_text(lines: list[str], layout: PageLayout, ln: int) -> str:
    return layout.undoubled.get(ln, lines[ln - 1].strip())


def build_paragraphs(lines: list[str], layout: PageLayout, art: Article) -> list[str]:
    """Join an article's body lines into paragraphs (see module docstring)."""
    texts = [line_text(lines, layout, ln) for ln in art.body]
    plain = [t for ln, t in zip(art.body, texts) if ln not in layout.subheads]
    col = None if layout.fmt == "web" or not plain else column_width([display_width(t) for t in plain])
    paragraphs, current = [], []
    for i, (ln, text) in enumerate(zip(art.body, texts)):
        if ln in layout.subheads:
            if current:
                paragraphs.append(current)
            paragraphs.append([text])
            current = []
            continue
        current.append(text)
        nxt = art.body[i + 1] if i + 1 < len(art.body) else None
        next_text = None if nxt is None or nxt in layout.subheads else texts[i + 1]
        gap = nxt is not None and nxt > ln + 1
        if nxt in layout.subheads or ends_paragraph(text, next_text, col, gap):
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return [clean_spaces("".join(p)) for p in paragraphs]


def build_title(lines: list[str], layout: PageLayout, art: Article) -> str | None:
    if not art.title_decks:
        return None
    decks = ["".join(clean_title_line(line_text(lines, layout, ln)) for ln in deck) for deck in art.title_decks]
    return " ".join(decks)


def page_prefix(name: str) -> str:
    return name.split("_", 1)[0]


def build_articles(lines: list[str], layout: PageLayout) -> list[dict]:
    return [
        {
            "id": f"{page_prefix(layout.name)}-{art.number:02d}",
            "page": layout.name,
            "title": build_title(lines, layout, art),
            "paragraphs": build_paragraphs(lines, layout, art),
        }
        for art in layout.articles
    ]


# ---------------------------------------------------------------- accounting


def account_page(name: str, lines: list[str], layout: PageLayout, articles: list[dict]) -> dict:
    """Han characters raw == kept + removed, line by line and for the page as a whole."""
    kept_by_line: dict[int, int] = {}
    removed = Counter()
    removed_by_line: dict[int, int] = {}
    for art in layout.articles:
        for ln in art.body + [ln for deck in art.title_decks for ln in deck]:
            kept_by_line[ln] = han_count(line_text(lines, layout, ln))
    for ln, single in layout.undoubled.items():
        dup = han_count(lines[ln - 1]) - han_count(single)
        removed["doubling undone (title/subhead)"] += dup
        removed_by_line[ln] = dup
    for ln, reason in layout.furniture.items():
        removed[reason] += han_count(lines[ln - 1])
        removed_by_line[ln] = han_count(lines[ln - 1])
    for ln, raw_line in enumerate(lines, 1):
        raw_han = han_count(raw_line)
        got = kept_by_line.get(ln, 0) + removed_by_line.get(ln, 0)
        if raw_han != got:
            raise AccountingError(
                f"{name} line {ln}: {raw_han} Han characters in the raw line but "
                f"{got} kept or counted as removed: {raw_line.strip()!r}"
            )
    raw_text = "\n".join(lines)
    out_texts = [t for a in articles for t in ([a["title"]] if a["title"] else []) + a["paragraphs"]]
    kept_body = sum(han_count(p) for a in articles for p in a["paragraphs"])
    kept_titles = sum(han_count(a["title"] or "") for a in articles)
    raw_han = han_count(raw_text)
    removed_han = sum(removed.values())
    if kept_body + kept_titles + removed_han != raw_han:
        raise AccountingError(
            f"{name}: {raw_han} Han characters in the page but {kept_body + kept_titles} "
            f"in articles + {removed_han} removed"
        )
    out_chars = "".join(out_texts)
    raw_other = len(raw_text) - ws_count(raw_text) - raw_han
    out_other = len(out_chars) - ws_count(out_chars) - (kept_body + kept_titles)
    return {
        "han_raw": raw_han,
        "han_kept": kept_body + kept_titles,
        "han_kept_body": kept_body,
        "han_kept_titles": kept_titles,
        "han_removed": removed_han,
        "han_removed_by_reason": dict(sorted(removed.items())),
        "whitespace_removed": ws_count(raw_text) - ws_count(out_chars),
        "other_chars_removed": raw_other - out_other,
        "articles": len(articles),
        "furniture_lines": {str(ln): r for ln, r in sorted(layout.furniture.items())},
    }


def total_report(pages: dict[str, dict]) -> dict:
    total = Counter()
    reasons = Counter()
    for rep in pages.values():
        for key, value in rep.items():
            if isinstance(value, int):
                total[key] += value
        reasons.update(rep["han_removed_by_reason"])
    return {**dict(total), "han_removed_by_reason": dict(sorted(reasons.items()))}


def format_report(name: str, rep: dict) -> str:
    reasons = ", ".join(f"{r}={c}" for r, c in rep["han_removed_by_reason"].items()) or "none"
    ok = "OK" if rep["han_kept"] + rep["han_removed"] == rep["han_raw"] else "MISMATCH"
    return (
        f"{name}: articles={rep['articles']} han raw={rep['han_raw']} kept={rep['han_kept']} "
        f"(body={rep['han_kept_body']} titles={rep['han_kept_titles']}) removed={rep['han_removed']} "
        f"[{reasons}] whitespace removed={rep['whitespace_removed']} "
        f"other removed={rep['other_chars_removed']} {ok}"
    )


# ---------------------------------------------------------------- driver


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def process_page(path: Path, spec: dict, layout_path: str) -> tuple[list[dict], dict]:
    lines = read_lines(path)
    layout = resolve_page(path.name, lines, spec, layout_path)
    articles = build_articles(lines, layout)
    return articles, account_page(path.name, lines, layout, articles)


def process_corpus(raw_dir: Path, layout_file: Path) -> tuple[list[dict], dict]:
    mapping = srsly.read_yaml(layout_file) or {}
    pages = sorted(raw_dir.glob("*.txt"))
    names = {p.name for p in pages}
    for extra in sorted(set(mapping) - names):
        raise LayoutError(f"{layout_file}: {extra}: no such page in {raw_dir}")
    articles, reports = [], {}
    for page in pages:
        if page.name not in mapping:
            raise LayoutError(f"{layout_file}: {page.name}: page has no entry in the mapping")
        page_articles, reports[page.name] = process_page(page, mapping[page.name], str(layout_file))
        articles.extend(page_articles)
    return articles, {"pages": reports, "total": total_report(reports)}


app = typer.Typer(add_completion=False)


@app.command()
def main(
    raw_dir: Path = typer.Argument(..., help="folder of raw page .txt files"),
    layout_file: Path = typer.Argument(..., help="reviewed mapping, corpus/layout.yml"),
    out_file: Path = typer.Argument(..., help="articles JSONL to write"),
    report_file: Path = typer.Option(None, "--report", help="default: cleaning_report.json next to out_file"),
):
    """Clean raw newspaper pages into articles.jsonl and report the cleaning."""
    try:
        articles, report = process_corpus(raw_dir, layout_file)
    except (LayoutError, AccountingError) as err:
        typer.echo(f"preprocess failed: {err}", err=True)
        raise typer.Exit(1)
    for name, rep in report["pages"].items():
        typer.echo(format_report(name, rep))
    typer.echo(format_report("TOTAL", {**report["total"], "articles": len(articles)}))
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    report_file = report_file or out_file.with_name("cleaning_report.json")
    report_file.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    typer.echo(f"wrote {len(articles)} articles to {out_file} and the report to {report_file}")


if __name__ == "__main__":
    app()
