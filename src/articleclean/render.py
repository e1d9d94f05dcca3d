"""An Article as plain text or Markdown."""

from __future__ import annotations

from articleclean.article import Article


def to_text(article: Article) -> str:
    """Title, standfirst and body, blocks separated by a blank line."""
    blocks = [article.title, article.subtitle, *article.paragraphs]
    return "\n\n".join(block for block in blocks if block)


def to_markdown(article: Article) -> str:
    """The article as Markdown: headline, standfirst, byline and date, body, captions, tags, related links."""
    blocks: list[str] = []
    if article.title:
        blocks.append(f"# {article.title}")
    if article.subtitle:
        blocks.append(f"*{article.subtitle}*")
    byline = " · ".join(
        part
        for part in (
            ", ".join(article.authors) if article.authors else "",
            article.published.isoformat() if article.published else "",
            article.site_name or "",
        )
        if part
    )
    if byline:
        blocks.append(byline)
    blocks.extend(article.paragraphs)
    for caption in article.captions:
        blocks.append(f"> {caption.text}" + (f" (© {caption.credit})" if caption.credit else ""))
    if article.tags:
        blocks.append("Tags: " + ", ".join(article.tags))
    if article.related:
        links = [f"- [{r.title}]({r.url})" if r.url else f"- {r.title}" for r in article.related]
        blocks.append("Related:\n\n" + "\n".join(links))
    return "\n\n".join(blocks)
