"""Polls: a question, its answers a line each, a vote button and the count of votes, set inside a story.

The filter runs after the classifier (whose training pages had such widgets in its input) and takes a poll
whether the classifier kept it or dropped it as furniture.
"""

from __future__ import annotations

import regex

from articleclean.document import Document
from articleclean.filters.boilerplate import open_after_classifier

# A poll: its heading, a question, answers a line each, the vote button, the count of votes and a note.
_POLL_HEADING = regex.compile(
    r"(?i)^(?:umfrage|abstimmung|sondaggio|encuesta|sondeo|sondage|poll|survey|sondaj|szavazás|anket"
    r"|δημοσκόπηση|δημοσκοπηση|ψηφοφορία|ψηφοφορια|опитування|опрос|голосование|ankieta|sonda|anketa|peiling|omröstning|sondagem|votação):?$"
)
_VOTE_BUTTON = regex.compile(
    r"(?i)^(?:(?:jetzt\s+)?abstimmen|vote(?:\s+now)?|vota|votar|voter|votează|szavazok|oy\s+ver|ψηφίστε|проголосувати"
    r"|голосовать|(?:za)?głosuj|hlasovat|stem|rösta|votar\s+agora|glasaj|glasuj)!?$"
)
_POLL_NOTE = regex.compile(
    r"(?i)^(?:view|see|show)\s+(?:the\s+)?results$|^(?:ergebnis(?:se)?\s+(?:anzeigen|ansehen)|voir\s+les\s+résultats"
    r"|ver\s+(?:los\s+)?resultados|vedi\s+(?:i\s+)?risultati|zobacz\s+wyniki)$"
    r"|\d[\d.,\s]*\s*(?:\w+\s+){0,2}"
    r"(?:stimmen|votes?|voti|votos|voturi|szavazat|oy|ψήφοι|голос\w*|głos\w*|hlas\w*|stemmen|röster)"
    r"|umfrage|sondaggio|encuesta|sondage|poll|survey|sondaj|szavazás|anket|δημοσκόπηση|опитування|опрос|ankieta|anketa"
    r"|^(?:\w+\s+){0,2}(?:stimmen|votes|voti|votos|glasova|głosów|stemmen|hlasů)\s*:\s*\d[\d.,\s]*$"
)
# A poll may ask by a statement to agree with (`Stelling: Universiteiten moeten ...`) instead of a question.
_STATEMENT = regex.compile(
    r"(?i)^(?:stelling|statement|these|thèse|affirmation|afirmación|affermazione|teza|tvrzení|утверждение|izjava)\s*:"
)
_MAX_POLL_ANSWERS, _MAX_ANSWER_WORDS, _MAX_POLL_NOTE_WORDS = 6, 12, 15
_QUESTION_MARKS = frozenset("?;;؟？")  # Greek writes its question mark as `;`
_VOTE_BUTTON_STARTS = tuple(
    "\n" + word
    for word in "abstimmen|jetzt abstimmen|vote|vota|votar|voter|votează|szavazok|oy ver|ψηφίστε|проголосувати|"
    "голосовать|głosuj|zagłosuj|hlasovat|stem|rösta|glasaj|glasuj".split("|")
)
_MAX_BUTTON_CHARS = 30


def drop_polls(doc: Document) -> None:
    """Drop each poll: a vote button (`Abstimmen`), the answers above it up to the question (`...?`) and the poll's
    heading (`Umfrage`), and the count of votes and a note under it (`3.812 Stimmen`, `nicht repräsentativ`)."""
    open_pieces = [p for p in doc.pieces if open_after_classifier(p)]
    found = doc.find(literals=_VOTE_BUTTON_STARTS, fold_case=True, longest=_MAX_BUTTON_CHARS, among=open_pieces)
    buttons = [p for p in found if _VOTE_BUTTON.match(p.text.strip())]
    if not buttons:
        return
    pieces = doc.pieces
    position = {id(p): at for at, p in enumerate(pieces)}
    for button in buttons:
        at = position[id(button)]
        start = None
        for i in range(at - 1, max(-1, at - _MAX_POLL_ANSWERS - 2), -1):
            line = pieces[i]
            if not open_after_classifier(line) or len(line.text.split()) > 2 * _MAX_ANSWER_WORDS:
                break
            if line.text.rstrip()[-1:] in _QUESTION_MARKS or _STATEMENT.match(line.text):
                start = i
                break
            if len(line.text.split()) > _MAX_ANSWER_WORDS:
                break
        if start is None or start == at - 1:  # a question and at least one answer
            continue
        heading = pieces[start - 1] if start > 0 else None
        if heading is not None and open_after_classifier(heading) and _POLL_HEADING.match(heading.text.strip()):
            start -= 1
        end = at + 1
        while end < min(len(pieces), at + 3) and open_after_classifier(pieces[end]):
            note = pieces[end].text
            if len(note.split()) > _MAX_POLL_NOTE_WORDS or not _POLL_NOTE.search(note):
                break
            end += 1
        for line in pieces[start:end]:
            doc.drop(line, "poll: its question, answers, button or votes")
