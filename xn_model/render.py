"""An HTML page of a model's reading of one or more texts: a colour per label, the value under each
amount, the topic of each paragraph. Everything from the input (text, file names) is escaped."""

from collections.abc import Sequence
from html import escape

from spacy.language import Language

from .extraction import annotate

COLOURS = {"ORG": "#7aecec", "PARK": "#bfe1d9", "METRIC": "#feca74", "MONEY": "#e4e7d2"}
STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", sans-serif; margin: 2em auto;
       max-width: 60em; line-height: 2.6; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; border-bottom: 1px solid #ccc; margin-top: 2em; }
.legend span, mark { padding: 0.1em 0.3em; border-radius: 0.3em; }
mark { display: inline-block; line-height: 1.3; text-align: center; }
mark small { display: block; font-size: 0.65em; color: #444; }
mark b { font-size: 0.6em; margin-left: 0.3em; color: #555; }
.topic { font-size: 0.75em; background: #eee; border-radius: 0.3em; padding: 0.1em 0.4em; margin-right: 0.5em; }
p { margin: 0.8em 0; }
"""


def readable(number: float) -> str:
    """1770000000.0 -> 1,770,000,000; 0.35 -> 0.35; 1.18 -> 1.18"""
    return f"{number:,.0f}" if number == int(number) else f"{number:,.6g}"


def value_caption(entity: dict) -> str:
    """The value as a reader wants it: ≈1,770,000,000 CNY, 0.8 fraction, 100,000 kW."""
    if entity["value"] is None:
        return ""
    value = readable(entity["value"]) + (
        f"–{readable(entity['value_high'])}" if entity["value_high"] is not None else ""
    )
    unit = entity["currency"] or entity["unit_norm"] or ""
    return f"{'≈' if entity['approx'] else ''}{value} {unit}".strip()


def paragraph_html(text: str, entities: list[dict], topic: str | None) -> str:
    parts, pos = [], 0
    for entity in entities:
        parts.append(escape(text[pos : entity["start"]]))
        caption = value_caption(entity)
        parts.append(
            f'<mark style="background: {COLOURS.get(entity["label"], "#ddd")}">{escape(entity["text"])}'
            f"<b>{escape(entity['label'])}</b>" + (f"<small>{escape(caption)}</small>" if caption else "") + "</mark>"
        )
        pos = entity["end"]
    parts.append(escape(text[pos:]))
    badge = f'<span class="topic">{escape(topic)}</span>' if topic else ""
    return f"<p>{badge}{''.join(parts)}</p>"


def render_page(nlp: Language, documents: Sequence[tuple[str, str]], max_chars: int) -> str:
    """documents: (title, text) pairs; each text is shown paragraph by paragraph (one per line)."""
    legend = "".join(f'<span style="background: {c}">{label}</span> ' for label, c in COLOURS.items())
    sections = []
    for title, text in documents:
        paragraphs = [p for p in text.splitlines() if p.strip()]
        body = []
        for paragraph, (entities, topics) in zip(paragraphs, annotate(nlp, paragraphs, max_chars=max_chars)):
            topic = max(topics, key=topics.get) if topics and max(topics.values()) > 0 else None
            body.append(paragraph_html(paragraph, entities, topic))
        sections.append(f"<h2>{escape(title)}</h2>\n" + "\n".join(body))
    return (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>xn_model</title>'
        f"<style>{STYLE}</style></head><body>\n<h1>xn_model</h1><p class=legend>{legend}</p>\n"
        + "\n".join(sections)
        + "\n</body></html>\n"
    )
