"""Article body from real-world HTML: scripts, navigation, ads and boilerplate dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

_DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "template", "figure", "select", "input", "textarea", "object", "embed"]
_BOILERPLATE = re.compile(
    r"(^|[-_ ])(ad|ads|advert|advertisement|sponsor|promo|banner|share|social|related|recommend|"
    r"cookie|newsletter|subscribe|comment|comments|breadcrumb|menu|nav|sidebar|footer|header|"
    r"popup|modal|widget|tags|byline-share|most-read|trending)([-_ ]|$)", re.I)
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"}


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    text: str
    title: str | None
    published: str | None
    lang: str | None
    url: str | None


def _meta(tree: HTMLParser, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node is not None and node.attributes.get("content"):
                return (node.attributes.get("content") or "").strip() or None
    return None


def _is_boilerplate(node: Node) -> bool:
    attrs = node.attributes
    for key in ("class", "id", "role"):
        value = attrs.get(key)
        if value and _BOILERPLATE.search(value):
            return True
    return attrs.get("aria-hidden") == "true" or attrs.get("hidden") is not None


def extract_html(html: str) -> HtmlDocument:
    tree = HTMLParser(html)
    title = _meta(tree, "og:title", "twitter:title")
    if title is None and tree.css_first("title") is not None:
        title = tree.css_first("title").text(strip=True) or None  # type: ignore[union-attr]
    published = _meta(tree, "article:published_time", "datePublished", "date", "pubdate", "DC.date.issued")
    if published is None:
        t = tree.css_first("time[datetime]")
        if t is not None:
            published = t.attributes.get("datetime")
    html_node = tree.css_first("html")
    lang = html_node.attributes.get("lang") if html_node is not None else None
    url = _meta(tree, "og:url")
    if url is None:
        canon = tree.css_first('link[rel="canonical"]')
        url = canon.attributes.get("href") if canon is not None else None

    tree.strip_tags(_DROP_TAGS)
    for node in list(tree.css("[class], [id], [role], [aria-hidden], [hidden]")):
        if node.tag not in ("html", "body", "main", "article") and _is_boilerplate(node):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.css_first('[role="main"]') or tree.body
    lines: list[str] = []
    if root is not None:
        blocks = [n for n in root.traverse() if n.tag in _BLOCKS]
        # keep only outermost blocks (li inside td etc. would repeat text)
        for node in blocks:
            parent = node.parent
            nested = False
            while parent is not None and parent is not root:
                if parent.tag in _BLOCKS:
                    nested = True
                    break
                parent = parent.parent
            if nested:
                continue
            text = " ".join(node.text(separator=" ").split())
            if text:
                lines.append(text)
        if not lines:
            lines = [" ".join(line.split()) for line in root.text(separator="\n").splitlines() if line.strip()]
    return HtmlDocument("\n".join(lines), title, published, (lang or "").split("-")[0].lower() or None, url)
