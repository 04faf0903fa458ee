"""Chooses the HTML main-text extractor by measurement (scripts/bench.py --html).

Pages are built from the corpus releases inside three layouts that press sites use (semantic
HTML5 article; div soup with class names; an old table layout), with menus, "latest news"
sidebars, related links, comments and footers around the release. Each extractor's output is
scored against the release text by token precision/recall (bag of word tokens), and timed.
"""
from __future__ import annotations

import html as html_lib
import random
import time
from collections import Counter
from pathlib import Path

import regex

_WORD = regex.compile(r"\w+")


def _links(rng: random.Random, n: int, words: list[str]) -> str:
    return "".join(f'<li><a href="/n/{rng.randrange(9999)}">{" ".join(rng.sample(words, 5))}'
                   "</a></li>" for _ in range(n))


def page(text: str, layout: int, rng: random.Random, words: list[str]) -> str:
    """The release `text` (paragraphs = lines) inside a news page of the given layout."""
    title, *paras = [html_lib.escape(p) for p in text.splitlines() if p.strip()] or [""]
    body = "".join(f"<p>{p}</p>" for p in paras)
    menu, side = _links(rng, 10, words), _links(rng, 8, words)
    comments = "".join(f'<div class="comment"><b>Оқырман {i}</b>'
                       f'<p>{" ".join(rng.sample(words, 12))}</p></div>' for i in range(3))
    foot = "<footer>© Баспасөз қызметі. Материалдарды пайдалану кезінде сілтеме міндетті.</footer>"
    head = f"<head><title>{title[:60]}</title><script>var a=1;</script></head>"
    if layout == 0:
        inner = (f"<header><nav><ul>{menu}</ul></nav></header><main><article><h1>{title}</h1>"
                 f"{body}</article><section class=comments>{comments}</section>"
                 f"<aside><h3>Соңғы жаңалықтар</h3><ul>{side}</ul></aside></main>{foot}")
    elif layout == 1:
        inner = (f'<div class="top-menu"><ul>{menu}</ul></div><div class="wrapper">'
                 f'<div class="news-content"><div class="news-title">{title}</div>'
                 f'<div class="news-text">{body}</div></div><div class="sidebar"><ul>{side}</ul>'
                 f'</div><div class="comments">{comments}</div></div>{foot}')
    else:
        inner = (f'<table width="100%"><tr><td class="left"><ul>{menu}</ul></td><td>'
                 f"<h2>{title}</h2>{body}</td><td class=right><ul>{side}</ul></td></tr></table>"
                 f"{comments}{foot}")
    return f"<!DOCTYPE html><html>{head}<body>{inner}</body></html>"


def token_prf(pred: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of the word-token multiset of pred against gold."""
    p, g = Counter(_WORD.findall(pred.lower())), Counter(_WORD.findall(gold.lower()))
    overlap = sum((p & g).values())
    return overlap / max(sum(p.values()), 1), overlap / max(sum(g.values()), 1)


def extractors() -> dict:
    from presskz.io.readers import html_block_text, html_main_text

    def body_text(html: str) -> str:
        from selectolax.lexbor import LexborHTMLParser
        return LexborHTMLParser(html).body.text(separator="\n", strip=True)

    return {"trafilatura (chosen)": lambda h: html_main_text(h)[0],
            "selectolax block text (fallback)": html_block_text,
            "selectolax whole body": body_text}


def compare(corpora: Path, seed: int = 5) -> str:
    """Markdown table: extractor, precision, recall, pages/s over the generated pages."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpora.rglob("*.txt"))]
    words = _WORD.findall(" ".join(texts))
    pages = [(page(t, i % 3, rng, words), t) for i, t in enumerate(texts * 3)]
    rows = ["| extractor | token precision | token recall | pages/s |", "|---|---:|---:|---:|"]
    for name, fn in extractors().items():
        start = time.perf_counter()
        scores = [token_prf(fn(h), t) for h, t in pages]
        rate = len(pages) / (time.perf_counter() - start)
        prec = sum(s[0] for s in scores) / len(scores)
        rec = sum(s[1] for s in scores) / len(scores)
        rows.append(f"| {name} | {prec:.3f} | {rec:.3f} | {rate:.0f} |")
    return f"{len(pages)} pages ({len(texts)} releases x 3 layouts)\n\n" + "\n".join(rows)
