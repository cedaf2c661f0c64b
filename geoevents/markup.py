"""Scraped HTML -> plain text with a map back to the original offsets.

Reports arrive as scraped pages. Script and style blocks, comments and tags are not
report text (a ``var city='Rafah'`` in a script is not a place mention), and entities
such as ``&nbsp;`` split names ("Khan&nbsp;Younis"). The pipeline reads the plain text;
mentions keep offsets into the original, so ``text[start:end] == surface`` still holds.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["PlainText", "strip_markup"]

# The elements of HTML (the WHATWG list, with a few obsolete ones pages still carry): a
# word in angle brackets that is none of them ("Report <draft>", "<https://...>") is text.
_ELEMENTS = (
    "a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|big|blockquote|body|br|button|"
    "canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|"
    "div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|"
    "head|header|hgroup|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|"
    "mark|menu|meta|meter|nav|nobr|noscript|object|ol|optgroup|option|output|p|param|"
    "picture|pre|progress|q|rp|rt|ruby|s|samp|script|search|section|select|slot|small|"
    "source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|"
    "tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|"
    # SVG and MathML inside pages (icons), and the obsolete ones scraped pages still carry
    "path|g|circle|rect|line|polyline|polygon|ellipse|defs|use|symbol|clippath|mask|"
    "lineargradient|radialgradient|stop|tspan|text|foreignobject|math|mi|mo|mn|mrow|"
    "acronym|applet|basefont|blink|dir|marquee|tt|xmp|image|"
    # a custom element has a hyphen ("amp-img"), Word's have a prefix ("o:p", "st1:place")
    r"[a-z][a-z0-9]*-[a-z0-9-]*|[a-z][a-z0-9]*:[a-z][a-z0-9-]*")
# a name ends where a tag's attributes begin, never at "." or "@" ("<s.jones@un.org>")
_NAME_END = r"(?=[\s/>])"
_LOOKS_LIKE_HTML = re.compile(rf"(?i)<(?:/?(?:{_ELEMENTS}){_NAME_END}[^<>]*|!--)>?")
_TOKEN = re.compile(
    # A script, style... block runs to its end tag, or to the end of an unclosed page.
    r"(?P<drop><(?P<raw>script|style|noscript|template)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<!--.*?(?:-->|\Z))"
    # Quoted attribute values may hold ">" (title='Gaza > Rafah').
    rf"|(?P<tag></?(?P<name>{_ELEMENTS}){_NAME_END}(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    re.S | re.I,
)
# Tags that end a line of text: they become a line break, so headlines and paragraphs
# stay separate sentences.
_BLOCK = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article
header footer title blockquote figcaption pre hr""".split())


@dataclass(frozen=True, slots=True)
class PlainText:
    """Plain text, and for each of its characters the span it came from in the original."""

    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.starts[start] if start < len(self.starts) else self.ends[-1], \
                self.starts[start] if start < len(self.starts) else self.ends[-1]
        return self.starts[start], self.ends[end - 1]


def strip_markup(text: str) -> PlainText | None:
    """The plain text of an HTML-looking report, or None when it has no markup."""
    if "<" not in text or not _LOOKS_LIKE_HTML.search(text):
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(chars: str, start: int, end: int) -> None:
        for c in chars:
            out.append(c)
            starts.append(start)
            ends.append(end)

    pos = 0
    for m in _TOKEN.finditer(text):
        for i in range(pos, m.start()):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        if m.group("drop"):
            emit(" ", m.start(), m.end())
        elif m.group("tag"):
            if m.group("name").lower() in _BLOCK:
                emit("\n", m.start(), m.end())
        else:
            emit(html.unescape(m.group("entity")), m.start(), m.end())
        pos = m.end()
    for i in range(pos, len(text)):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return PlainText("".join(out), starts, ends)
