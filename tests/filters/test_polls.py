import pytest

from articleclean.document import Label
from articleclean.filters.polls import drop_polls

STORY = "The council voted against the car park on Monday, after a long debate in the town hall."


@pytest.mark.parametrize(
    ("heading", "question", "answers", "button", "after"),
    [
        ("Umfrage", "Wie erleben Sie die Autobahnen in Ihrer Region?", ["Gut", "Es geht so", "Schlecht"], "Abstimmen",
         ["3.812 Stimmen", "Die Umfrage ist nicht repräsentativ."]),
        ("Sondaj", "Sunteți de acord cu mutarea examenului?", ["Da", "Nu"], "Votează", ["3.184 de voturi"]),
        ("Anket", "Sizce primler makul seviyede mi?", ["Evet, makul", "Hayır"], "Oy Ver", ["4.812 kişi oy kullandı"]),
        ("ΔΗΜΟΣΚΟΠΗΣΗ", "Θεωρείτε επαρκή τα μέτρα;", ["Ναι", "Όχι"], "Ψηφίστε", ["3.482 ψήφοι"]),
        ("POLL", "Do you support the stormwater fee increase?", ["Yes", "No", "Not sure"], "Vote", ["View Results"]),
        ("Anketa", "Podržavate li zabranu apartmana?", ["Da", "Ne", "Ne znam"], "Glasaj", ["Ukupno glasova: 6.284"]),
        # a statement to agree with, instead of a question
        ("Peiling", "Stelling: Universiteiten moeten minder studenten toelaten.", ["Eens", "Oneens", "Geen mening"],
         "Stem", ["2.317 stemmen"]),
    ],
)
def test_a_poll_inside_the_story_is_dropped_whole(run_filter, heading, question, answers, button, after):
    lines = [STORY, heading, question, *answers, button, *after, STORY]
    doc = run_filter(drop_polls, *lines)
    n = len(lines) - 2
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * n, None]
    assert doc.pieces[1].reason == "poll: its question, answers, button or votes"


def test_a_vote_button_without_a_question_above_is_no_poll(run_filter):
    doc = run_filter(drop_polls, STORY, "Vote", STORY)
    assert all(p.label is None for p in doc.pieces)
    # a paragraph that asks a question right above the button is no answer: the button alone is no poll
    doc = run_filter(drop_polls, "Was kann man tun?", "Abstimmen", STORY)
    assert all(p.label is None for p in doc.pieces)
