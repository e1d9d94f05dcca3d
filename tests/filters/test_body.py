from articleclean.filters.body import keep_body


def test_what_is_left_is_body_and_empty_is_dropped(run_filter):
    from articleclean.sources.text import text_to_document

    doc = text_to_document("One.\nleft empty by normalisation\nTwo.")
    doc.pieces[1].text = ""
    run_filter(keep_body, doc=doc)
    assert [p.label for p in doc.pieces] == ["body", "dropped", "body"]


def test_lines_cut_at_an_inline_link_are_joined(run_filter):
    doc = run_filter(keep_body, "The minister told", "Reuters", "on Monday that she would resign.", "", "Next one.")
    joins = [p.data.get("joins_previous", False) for p in doc.pieces]
    assert joins == [False, False, True, False]
