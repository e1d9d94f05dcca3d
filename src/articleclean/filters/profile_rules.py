"""The drop rules of a site profile (`--profile FILE`)."""

from __future__ import annotations

from articleclean.document import Document


def apply_profile(doc: Document) -> None:
    """Drop the pieces a site profile's `[[drop]]` rules match, with the rule's reason."""
    profile = doc.options.profile
    if profile is None or not profile.drop:
        return
    for piece in doc.undecided():
        for rule in profile.drop:
            if rule.pattern.search(piece.text):
                doc.drop(piece, f"{profile.name}: {rule.reason}")
                break
