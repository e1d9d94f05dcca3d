"""What a page declares about its article: JSON-LD, OpenGraph, `<meta>` tags, `<link rel=canonical>`, `<html lang>`.

Pure functions over a parsed lxml tree (`articleclean.sources.html.parse_html`).
The first source that gives a usable value wins, in this order:

* JSON-LD: the first `NewsArticle` / `Article` / `BlogPosting`... object
  (top-level objects, lists and `@graph` are searched before nested ones);
* OpenGraph and `article:*` properties;
* microdata of an article item (`itemprop="datePublished"` inside `itemtype=.../NewsArticle`);
* `<meta name=...>` conventions (`description`, `author`, `pubdate`,
  `parsely-pub-date`, `sailthru.date`, `dc.date`, `citation_publication_date`...);
* `<time datetime>` inside the article (`<article>`, `<main>`), as a last resort
  for the dates.

Dates are read with `articleclean.parse.dates.parse_date` and keep the zone the
page states.

>>> from articleclean.sources.html import parse_html
>>> meta = page_metadata(parse_html('''<html lang="en"><head>
... <meta property="og:site_name" content="Daily Planet">
... <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Man flies",
...  "datePublished": "2019-11-20T05:47:00-05:00", "author": [{"@type": "Person", "name": "Lois Lane"}]}</script>
... </head><body><p>Text</p></body></html>'''))
>>> meta.title, meta.authors, meta.site_name, meta.language, meta.published.isoformat()
('Man flies', ['Lois Lane'], 'Daily Planet', 'en', '2019-11-20T05:47:00-05:00')
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from lxml import etree

from articleclean.document import Metadata
from articleclean.parse.bylines import match_byline
from articleclean.parse.dates import MAX_YEAR, MIN_YEAR, parse_date
from articleclean.strings import collapse_space

__all__ = ["ARTICLE_TYPES", "json_ld_metadata", "json_ld_objects", "meta_tags", "page_metadata"]

# schema.org types of an article (and of the live blogs and posts news sites publish).
ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle",
        "blogposting", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report",
        "medicalscholarlyarticle", "advertisercontentarticle",
    }
)  # fmt: skip
_PERSON_TYPES = frozenset({"person"})
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization"})

# <meta> keys (name, property, itemprop or http-equiv, lowercased), best first.
_TITLE_KEYS = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title")
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description", "sailthru.description")
_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
    "publication_date", "article.published", "article_date_original", "original-publish-date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "citation_publication_date",
    "citation_date", "date", "displaydate", "cxenseparse:recs:publishtime",
)  # fmt: skip
_MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "last-modified",
    "lastmod", "dc.date.modified", "dcterms.modified",
)  # fmt: skip
_AUTHOR_KEYS = (
    "article:author", "author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "citation_author", "twitter:creator",
)  # fmt: skip
_SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher")
_TAG_SEPARATOR = re.compile(r"[,;]")
_TAG_KEYS = ("article:tag", "news_keywords")  # not `keywords`: most pages fill it for search engines
_URL_KEYS = ("og:url", "twitter:url", "parsely-link")
_LANGUAGE_KEYS = ("og:locale", "content-language", "language", "dc.language", "inlanguage")

_MICRODATA = frozenset({"headline", "description", "datepublished", "datemodified", "author"})
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_JSON_WRAPPER = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_MAX_JSON_NODES = 5000


def _clean(value: Any) -> str | None:
    """A metadata string: entities (often escaped twice in JSON-LD) decoded, white space collapsed.

    Of a list (JSON-LD allows one anywhere) the first string counts; anything else is None.
    """
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html.unescape(value)
    value = collapse_space(value)
    return value or None


def _first(values: Iterable[Any]) -> str | None:
    for value in values:
        text = _clean(value)
        if text:
            return text
    return None


def _first_date(values: Iterable[Any]) -> datetime | None:
    for value in values:
        text = _clean(value)
        if text:
            when = parse_date(text)
            if when is not None and MIN_YEAR <= when.year <= MAX_YEAR:  # not `0001-01-01`, a CMS's "no date"
                return when
    return None


# --- JSON-LD -----------------------------------------------------------------------------------------------


def _load_json(text: str) -> Any:
    """The JSON of a `<script type=application/ld+json>`, forgiving comment wrappers and trailing commas."""
    try:
        return json.loads(text, strict=False)
    except RecursionError:  # nested deeper than the json module goes: no metadata there
        return None
    except ValueError:
        pass
    fixed = _TRAILING_COMMA.sub(r"\1", _JSON_WRAPPER.sub("", text.strip()))
    try:
        return json.loads(fixed, strict=False)
    except (ValueError, RecursionError):
        return None


def _types(obj: dict[str, Any]) -> set[str]:
    """The lowercased schema.org type names of a JSON-LD object (`schema:` and URL prefixes removed)."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def json_ld_objects(root: etree._Element) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, breadth first: top-level objects and `@graph` members come first.

    >>> from articleclean.sources.html import parse_html
    >>> page = parse_html('<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}]}</script>')
    >>> [sorted(o) for o in json_ld_objects(page)]
    [['@graph'], ['@type']]
    """
    data = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind.startswith("application/ld+json") and script.text:
            data.append(_load_json(script.text))
    return _objects(data)


def _objects(data: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """The objects of JSON values, breadth first (see `json_ld_objects`)."""
    queue: deque[Any] = deque(item for item in data if item is not None)
    seen = 0
    while queue and seen < _MAX_JSON_NODES:  # iterative and bounded: any JSON nesting or size is safe
        item = queue.popleft()
        seen += 1
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))


def _names(value: Any, allowed_types: frozenset[str] | None = None) -> list[str]:
    """Names from a JSON-LD value: a string, an object with `name`, or a list of those."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if allowed_types is not None and _types(item) and not _types(item) & allowed_types:
                continue
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            text = _clean(name)
        else:
            text = _clean(item)
        if text:
            out.append(text)
    return out


def _url_of(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, list):
        value = value[0] if value else None
    text = _clean(value)
    return text if text and _URL.match(text) else None


class _JsonLd:
    """The article object (and the site's own object) of a page's JSON-LD."""

    def __init__(self, objects: Iterable[dict[str, Any]]) -> None:
        self.article: dict[str, Any] = {}
        self.site: dict[str, Any] = {}
        fallback: dict[str, Any] = {}
        for obj in objects:
            types = _types(obj)
            if types & ARTICLE_TYPES:
                self.article = self.article or obj
                if self.site:
                    break
            elif not fallback and ("headline" in obj or "datePublished" in obj) and not types & _PERSON_TYPES:
                fallback = obj
            if not self.site and types & _SITE_TYPES:
                self.site = obj
        self.article = self.article or fallback

    def get(self, key: str) -> Any:
        return self.article.get(key)

    def authors(self) -> list[str]:
        value = self.get("author") or self.get("creator")
        people = _names(value, _PERSON_TYPES)
        return people or _names(value)

    def site_name(self) -> str | None:
        publisher = self.get("publisher") or self.get("sourceOrganization")
        names = _names(publisher)
        if names:
            return names[0]
        return _first([self.site.get("name")]) if self.site else None

    def language(self) -> str | None:
        value = self.get("inLanguage")
        if isinstance(value, dict):
            value = value.get("alternateName") or value.get("name")
        return _clean(value)


# --- <meta>, <link>, <time>, microdata ----------------------------------------------------------------------


def meta_tags(root: etree._Element) -> dict[str, list[str]]:
    """`<meta>` contents by lowercased key (`property`, `name`, `itemprop` or `http-equiv`), in page order.

    >>> from articleclean.sources.html import parse_html
    >>> meta_tags(parse_html('<meta property="og:title" content="Man flies"><meta name="Author" content="Lois">'))
    {'og:title': ['Man flies'], 'author': ['Lois']}
    """
    tags: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                tags.setdefault(key.strip().lower(), []).append(content)
    return tags


def _meta_values(tags: dict[str, list[str]], keys: Iterable[str]) -> Iterator[str]:
    for key in keys:
        yield from tags.get(key, ())


def _scope_type(el: etree._Element) -> str:
    """The lowercased schema.org type of the microdata item an `itemprop` element belongs to ("" if none)."""
    for ancestor in el.iterancestors():
        if ancestor.get("itemscope") is not None or ancestor.get("itemtype"):
            return (ancestor.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1].lower()
    return ""


def _microdata(root: etree._Element) -> dict[str, list[str]]:
    """Properties of the page's microdata article items (`itemtype=.../NewsArticle`), by lowercased name.

    A value is the `content` or `datetime` attribute, else the text; an
    `author` item gives its `name`.
    """
    found: dict[str, list[str]] = {}
    for el in root.xpath("//*[@itemprop]"):
        prop = (el.get("itemprop") or "").strip().lower()
        if prop not in _MICRODATA or _scope_type(el) not in ARTICLE_TYPES:
            continue
        if prop == "author" and (el.get("itemscope") is not None or el.get("itemtype")):
            names = el.xpath(".//*[@itemprop='name']")
            el = names[0] if names else el
        value = el.get("content") or el.get("datetime") or "".join(el.itertext())
        found.setdefault(prop, []).append(value)
    return found


def _in_article(el: etree._Element) -> bool:
    return any(a.tag in ("article", "main") or a.get("role") in ("main", "article") for a in el.iterancestors())


def _time_dates(root: etree._Element) -> Iterator[str]:
    """`datetime` values of `<time>` elements: marked ones (`pubdate`) first, then those inside the article.

    A fragment (no `<head>`: the input is the article itself) takes any `<time>`.
    """
    times = [t for t in root.iter("time") if t.get("datetime")]
    fragment = root.find("head") is None
    yield from (t.get("datetime", "") for t in times if t.get("pubdate") is not None)
    yield from (t.get("datetime", "") for t in times if fragment or _in_article(t))


def _canonical(root: etree._Element) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = _clean(link.get("href"))
            if href:
                return href
    return None


def _language(root: etree._Element) -> str | None:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("xml:lang")
    return _clean(lang)


def _split_authors(value: str) -> list[str]:
    """A `<meta name=author>` value may name several people: `A, B and C`, `A; B`."""
    parts = [p.strip() for p in re.split(r"\s*(?:;|,|\band\b|&|\|)\s*", value) if p.strip()]
    # Split only when every part looks like a name of its own (two words or more): "Smith, John" stays whole.
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [value]


def _clean_authors(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        text = _clean(value)
        if not text or _URL.match(text) or text.startswith("@"):
            continue
        for name in match_byline(text) or _split_authors(text):  # `By A and B` is a byline
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


# --- the whole page -----------------------------------------------------------------------------------------


def page_metadata(root: etree._Element) -> Metadata:
    """The article metadata the page declares (see the module docstring for the sources and their order).

    >>> from articleclean.sources.html import parse_html
    >>> meta = page_metadata(parse_html('''<html><head><link rel="canonical" href="https://ex.com/a">
    ... <meta property="og:title" content="Man flies">
    ... <meta name="description" content="He really does.">
    ... <meta name="parsely-pub-date" content="2019-11-20T05:47:00Z"></head></html>'''))
    >>> meta.title, meta.subtitle, meta.url, meta.published.isoformat()
    ('Man flies', 'He really does.', 'https://ex.com/a', '2019-11-20T05:47:00+00:00')
    """
    ld = _JsonLd(json_ld_objects(root))
    tags = meta_tags(root)
    micro = _microdata(root)
    meta = Metadata()
    meta.title = _first([ld.get("headline"), *_meta_values(tags, _TITLE_KEYS[:1]), *micro.get("headline", ()),
                         *_meta_values(tags, _TITLE_KEYS[1:])])  # fmt: skip
    meta.subtitle = _first(
        [ld.get("description"), *_meta_values(tags, _DESCRIPTION_KEYS), *micro.get("description", ())]
    )
    meta.published = _first_date(
        [
            ld.get("datePublished"), ld.get("dateCreated"), *_meta_values(tags, _PUBLISHED_KEYS[:4]),
            *micro.get("datepublished", ()), *_meta_values(tags, _PUBLISHED_KEYS[4:]),
        ]
    ) or _first_date(_time_dates(root))  # fmt: skip
    meta.modified = _first_date(
        [ld.get("dateModified"), *_meta_values(tags, _MODIFIED_KEYS[:4]), *micro.get("datemodified", ()),
         *_meta_values(tags, _MODIFIED_KEYS[4:])]
    )  # fmt: skip
    meta.authors = (
        _clean_authors(ld.authors())
        or _clean_authors(_meta_values(tags, _AUTHOR_KEYS[:1]))
        or _clean_authors(micro.get("author", ()))
        or _clean_authors(_meta_values(tags, _AUTHOR_KEYS[1:]))
    )
    meta.site_name = _first([*_meta_values(tags, _SITE_KEYS[:1]), ld.site_name(), *_meta_values(tags, _SITE_KEYS[1:])])
    meta.url = (
        _canonical(root)
        or _first(_meta_values(tags, _URL_KEYS))
        or _url_of(ld.get("url") or ld.get("mainEntityOfPage"))
    )
    meta.language = _language(root) or ld.language() or _first(_meta_values(tags, _LANGUAGE_KEYS))
    meta.tags = declared_tags([ld.get("keywords"), *_meta_values(tags, _TAG_KEYS)])
    return meta


def declared_tags(values: Iterable[Any]) -> list[str]:
    """The tags a page declares: JSON-LD `keywords` (a list, or one comma-separated string) and
    `article:tag` metas (one each), in order, without repeats.

    >>> declared_tags(["Hong Kong, Protest", None, "Protest", ["China"], "US;MARKETS"])
    ['Hong Kong', 'Protest', 'China', 'US', 'MARKETS']
    """
    found: dict[str, None] = {}
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            text = _clean(item)
            for tag in _TAG_SEPARATOR.split(text) if text else ():
                if tag.strip():
                    found.setdefault(tag.strip(), None)
    return list(found)


def json_ld_metadata(data: Iterable[Any]) -> Metadata:
    """The article metadata of JSON-LD values found elsewhere than in a parsed page (a text dump that kept
    the page's scripts, see `filters.code`).

    >>> meta = json_ld_metadata([{"@type": "NewsArticle", "headline": "Man flies", "datePublished": "2019-11-20",
    ...                           "author": {"@type": "Person", "name": "Lois Lane"}}])
    >>> meta.title, meta.authors, meta.published.isoformat()
    ('Man flies', ['Lois Lane'], '2019-11-20T00:00:00')
    """
    ld = _JsonLd(_objects(data))
    meta = Metadata()
    if not ld.article:
        return meta
    meta.title = _first([ld.get("headline")])
    meta.subtitle = _first([ld.get("description")])
    meta.published = _first_date([ld.get("datePublished"), ld.get("dateCreated")])
    meta.modified = _first_date([ld.get("dateModified")])
    meta.authors = _clean_authors(ld.authors())
    meta.site_name = ld.site_name()
    meta.url = _url_of(ld.get("url") or ld.get("mainEntityOfPage"))
    meta.language = ld.language()
    return meta
