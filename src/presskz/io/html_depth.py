"""Bounding how deep an HTML page nests before an HTML parser sees it.

An HTML5 parser (lexbor, behind selectolax) checks the stack of open elements at each tag, so a
page nested N deep costs N^2: 40,000 divs took 4 s, 500,000 would take many minutes. lxml, which
trafilatura parses with, stops at 256 levels and drops everything below. Real pages nest a few
dozen deep. So the tags that would open an element deeper than MAX_DEPTH are dropped, with
their closing tags: the text stays, and both parsers see all of it in linear time.
"""
from __future__ import annotations

import re
from itertools import accumulate

MAX_DEPTH = 256  # lxml's own limit: deeper than this, trafilatura saw nothing anyway

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>")
# Elements that hold no other element open: void ones (HTML ignores the slash of <div/>: only
# these close themselves), and ones a parser closes at the next sibling (a page of unclosed <p>
# or <li> is not deep)
_FLAT = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                   "option"})


def _depths(html: str):
    """(match, depth of the element it opens or closes) per nesting tag, in order."""
    depth = 0
    for match in _TAG.finditer(html):
        if match[2].lower() in _FLAT:
            continue
        if match[1]:  # a closing tag
            yield match, depth
            depth = max(0, depth - 1)
        else:
            depth += 1
            yield match, depth


def _deepest(html: str) -> int:
    """How deep the page nests, from the tags alone (in C but for one step a tag: a 150 KB
    page takes a few ms)."""
    steps = [0 if name.lower() in _FLAT else -1 if slash else 1
             for slash, name in _TAG_NAMES.findall(html)]
    return max(accumulate(steps, _step), default=0)


def _step(depth: int, step: int) -> int:
    return depth + step if depth + step > 0 else 0  # a stray closing tag closes nothing


_TAG_NAMES = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)")


def bounded_depth(html: str, limit: int = MAX_DEPTH) -> tuple[str, list[str]]:
    """(html, warnings): the page as it is when it nests at most `limit` deep, else without the
    tags past that depth, and a warning saying so."""
    if html.count("<") <= limit:
        return html, []
    deepest = _deepest(html)
    if deepest <= limit:
        return html, []
    kept, last = [], 0
    for match, depth in _depths(html):
        if depth > limit:
            kept.append(html[last:match.start()])
            last = match.end()
    kept.append(html[last:])
    return "".join(kept), [f"HTML nested {deepest} elements deep: the tags past {limit} levels "
                           "were dropped, their text kept"]
