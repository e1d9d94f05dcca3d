"""The filters of the default pipeline, in the order they run.

Each module holds one filter: a function `name(doc: Document) -> None` that
labels pieces of the document and says why.
"""

from __future__ import annotations

from articleclean.filters.author_bio import drop_author_bios
from articleclean.filters.body import keep_body
from articleclean.filters.boilerplate import classify_boilerplate
from articleclean.filters.boxes import drop_boxes
from articleclean.filters.bylines import find_bylines, find_closing_byline
from articleclean.filters.captions import find_captions
from articleclean.filters.code import drop_code
from articleclean.filters.comment_forms import drop_comment_forms
from articleclean.filters.comments import drop_comment_text
from articleclean.filters.cookies import drop_cookie_notices
from articleclean.filters.datelines import choose_dates, drop_teaser_dates, find_datelines
from articleclean.filters.galleries import drop_gallery_slides
from articleclean.filters.headline import find_headline
from articleclean.filters.icons import drop_icon_runs
from articleclean.filters.metadata_tokens import take_metadata_tokens
from articleclean.filters.newsletter import drop_newsletter_boxes
from articleclean.filters.normalize import normalize
from articleclean.filters.origin import find_origin
from articleclean.filters.polls import drop_polls
from articleclean.filters.profile_rules import apply_profile
from articleclean.filters.pull_quotes import drop_pull_quotes
from articleclean.filters.quotes import normalize_quotes
from articleclean.filters.related import find_related
from articleclean.filters.resegment import split_glued_text
from articleclean.filters.soup import split_glue_soups
from articleclean.filters.structure import drop_by_structure
from articleclean.filters.subtitle import find_subtitle
from articleclean.filters.tags import find_tags
from articleclean.filters.teasers import drop_teaser_lists
from articleclean.filters.widgets import drop_widgets

DEFAULT_FILTERS = (
    drop_code,
    normalize,
    split_glued_text,
    apply_profile,
    drop_icon_runs,
    drop_cookie_notices,
    take_metadata_tokens,
    find_datelines,
    find_headline,
    choose_dates,
    find_bylines,
    find_captions,
    find_related,
    find_subtitle,
    drop_by_structure,
    split_glue_soups,
    classify_boilerplate,
    drop_comment_text,
    drop_comment_forms,
    find_tags,
    drop_teaser_dates,
    drop_teaser_lists,
    drop_boxes,
    drop_widgets,
    drop_gallery_slides,
    drop_polls,
    drop_newsletter_boxes,
    find_closing_byline,
    drop_author_bios,
    drop_pull_quotes,
    keep_body,
    find_origin,
    normalize_quotes,
)

__all__ = ["DEFAULT_FILTERS"]
