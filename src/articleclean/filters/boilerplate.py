"""Page furniture of whole-page dumps. (Being written.)"""

from __future__ import annotations

from articleclean.document import Document


def classify_boilerplate(doc: Document) -> None:
    """Label the furniture of a whole-page dump (menus, share prompts, footers...) as dropped."""
