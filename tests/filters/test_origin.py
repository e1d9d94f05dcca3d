from articleclean.document import Label
from articleclean.filters.origin import find_origin, match_origin
from articleclean.sources.text import text_to_document


def test_place_line_read_and_text_kept(run_filter):
    doc = text_to_document("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday after a long debate.")
    doc.pieces[0].label = Label.BODY
    run_filter(find_origin, doc=doc)
    assert (doc.meta.origin_place, doc.meta.origin_agency) == ("WASHINGTON", "Reuters")
    assert doc.pieces[0].text.startswith("WASHINGTON (Reuters) - ")


def test_not_a_place_line():
    assert match_origin("The minister - who spoke on Monday - said the plan would work.") is None
    assert match_origin("RSS - Posts") is None
    assert match_origin("Die Patientenakte (ePA) – der lange Marsch ins Digitale Gesundheitswesen geht weiter") is None


def test_place_lines_of_other_agencies_styles():
    assert match_origin("Madrid, 19 nov (EFE).- El Consejo de Ministros aprobó este martes la reforma.") == (
        "Madrid",
        "EFE",
    )
    assert match_origin("МОСКВА, 19 ноября. /ТАСС/. Правительство России во вторник утвердило проект.") == (
        "МОСКВА",
        "ТАСС",
    )
    assert match_origin("See the chart /data/. It shows that prices rose again this year.") is None
