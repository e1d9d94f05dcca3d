"""A labelled Document becomes an Article."""

from __future__ import annotations

from articleclean.article import Article, Caption, Dropped, Origin, Related
from articleclean.document import Document, Label
from articleclean.filters.headline import split_site_name

_MARKER_REASONS = {
    Label.RELATED: "related-story marker (the link's title is in related)",
    Label.CAPTION: "caption or credit marker (the caption is in captions)",
    Label.TAGS: "tag list heading (the tags are in tags)",
}


def build_article(doc: Document) -> Article:
    """Collect the labelled pieces into an Article; a piece left unlabelled counts as body."""
    meta = doc.meta
    article = Article(
        published=meta.published,
        modified=meta.modified,
        authors=list(meta.authors),
        site_name=meta.site_name,
        url=meta.url,
        language=meta.language,
        subtitle=meta.subtitle,
    )
    paragraphs: list[str] = []
    previous = None
    for piece in doc.pieces:
        label = piece.label or Label.BODY
        if piece.data.get("marker"):  # `READ MORE:`, `Photo:`: the words around an extracted value
            reason = _MARKER_REASONS.get(label, f"marker of the {label}")
            article.dropped.append(Dropped(piece.data["marker"], reason, piece.filter))
        if label == Label.BODY:
            if piece.data.get("joins_previous") and paragraphs:
                paragraphs[-1] = f"{paragraphs[-1]} {piece.text}"
            else:
                paragraphs.append(piece.text)
        elif label == Label.TITLE:
            if article.title is None:
                article.title = piece.text
            else:
                paragraphs.append(piece.text)  # a second TITLE (a user filter's) is not lost
        elif label == Label.SUBTITLE:
            if article.subtitle is None:
                article.subtitle = piece.text
            else:
                article.dropped.append(Dropped(piece.text, "second standfirst: the page declares one", piece.filter))
        elif label == Label.CAPTION:
            caption = piece.data.get("caption", piece.text)
            if piece.data.get("joins_previous") and article.captions and previous == Label.CAPTION:
                above = article.captions[-1]  # the caption goes on (a raw dump's caption of two sentences)
                above.text, above.credit = f"{above.text} {caption}", above.credit or piece.data.get("credit")
            else:
                article.captions.append(Caption(caption, piece.data.get("credit")))
        elif label == Label.RELATED:
            title = piece.data.get("title", piece.text)
            if piece.data.get("joins_previous") and article.related and previous == Label.RELATED:
                article.related[-1].title = f"{article.related[-1].title} {title}"  # the title goes on
            else:
                article.related.append(Related(title, piece.data.get("url")))
        elif label == Label.TAGS:
            article.tags.extend(piece.data["tags"])
        elif label == Label.BYLINE:
            article.dropped.append(Dropped(piece.text, piece.reason or "byline", piece.filter))
        else:
            article.dropped.append(Dropped(piece.text, piece.reason, piece.filter))
        previous = label
    if article.title is None and meta.title:
        article.title = split_site_name(meta.title)[0]
    article.paragraphs = paragraphs
    if not article.tags:
        article.tags = list(meta.tags)  # the page's own list wins over what it declares for search engines
    if meta.origin_place:
        article.origin = Origin(meta.origin_place, meta.origin_agency)
    return article
