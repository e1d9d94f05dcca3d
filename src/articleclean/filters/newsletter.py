"""Newsletter boxes: the sign-up form a page sets inside or under a story (a prompt, an e-mail field, a button)."""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece

# The label of the e-mail field: an address word or a possessive, not `E-Mail` alone (a share button).
_EMAIL_FIELD = regex.compile(
    r"(?i)^(?:(?:your|ihre|deine|votre|ton|tu|su|seu|o\s+seu|o\s+teu|il\s+tuo|la\s+tua|twój|ваш|uw|je|din|"
    r"vaše?|sähköposti)\s+)?"
    r"(?:e-?mail[- ]?(?:address|adresse|adres|addr)\w*|(?:indirizzo|endereço\s+de|adres|adresse|dirección\s+de)\s+"
    r"(?:e-?mail|correo|électronique)|correo(?:\s+electrónico)?|courriel|электронн\w+\s+почт\w+|"
    r"адрес\s+(?:электронной\s+почты|e-?mail)|(?<=\s)e-?mail)\s*\*?:?$"
)
_FIELD_WORD = regex.compile(r"(?i)mail|courriel|correo|почт")  # the cheap test before `_EMAIL_FIELD`
_MAX_FIELD_CHARS = 60
# A button or heading of the form: the sign-up words of the languages of the corpus and their neighbours.
_SIGN_UP = regex.compile(
    r"(?i)\b(?:subscribe|sign\s?up|newsletter|abonnieren|anmelden|registrieren|abonnez|abonner|m[’']inscris|"
    r"s[’']inscrire|inscrivez|inscribirme|suscrib\w*|suscríbete|iscriviti|iscrivimi|subscrever|subscreva|"
    r"inscrever|inscreva|zapisz|zapisuję|subskrybuj|подписаться|подписка|рассылк\w*|aanmelden|inschrijven|"
    r"prenumerera|tilaa|odebírat|přihlásit)\b"
)
# What a prompt speaks of: the newsletter, the inbox, the mail.
_PROMPT_WORDS = regex.compile(
    r"(?i)newsletter|inbox|e-?mail|courriel|boîte\s+(?:mail|de\s+réception)|posta|correo|почт|рассылк|skrzynk|"
    r"postfach|nieuwsbrief|abonn|subscri|iscriv|inscr|suscr|sign\s?up|anmeld"
)
_MAX_PROMPT_CHARS = 300
_MAX_BUTTON_WORDS = 4
_REACH = 2  # pieces on each side of the field where the prompt and the button stand


def drop_newsletter_boxes(doc: Document) -> None:
    """Drop each newsletter box: an e-mail field's label with a sign-up button beside it, the prompt just
    above it when it speaks of the newsletter or the mail, and a `Newsletter` heading above that."""
    fields = [p for p in doc.find(_FIELD_WORD, longest=_MAX_FIELD_CHARS) if _EMAIL_FIELD.match(p.text)]
    if not fields:
        return
    pieces = doc.pieces
    for field in fields:
        at = pieces.index(field)
        if field.label is not None:
            continue
        around = [p for p in pieces[max(0, at - _REACH) : at + _REACH + 1] if p is not field and p.label is None]
        buttons = [p for p in around if len(p.text.split()) <= _MAX_BUTTON_WORDS and _SIGN_UP.search(p.text)]
        if not buttons:
            continue
        box = [field, *buttons]
        above = _undecided_before(pieces, at)
        if above is not None and above not in box and _is_prompt(above.text):
            box.append(above)
            heading = _undecided_before(pieces, pieces.index(above))
            if heading is not None and len(heading.text.split()) <= _MAX_BUTTON_WORDS and _SIGN_UP.search(heading.text):
                box.append(heading)
        for piece in box:
            doc.drop(piece, "newsletter box: sign-up form")


def _undecided_before(pieces: list[Piece], at: int) -> Piece | None:
    return pieces[at - 1] if at > 0 and pieces[at - 1].label is None else None


def _is_prompt(text: str) -> bool:
    return len(text) <= _MAX_PROMPT_CHARS and _PROMPT_WORDS.search(text) is not None
