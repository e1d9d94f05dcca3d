from articleclean.filters.icons import drop_icon_runs, find_icon_run

SEED_LINE = (
    "date 2023-01-17 icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon "
    "closeicon v-compressicon downloadicon editicon fbicon wticon fm"
)


def test_glued_run_is_split_out_of_its_line_and_dropped(run_filter):
    doc = run_filter(drop_icon_runs, SEED_LINE)
    assert [p.text for p in doc.pieces] == ["date 2023-01-17", SEED_LINE[len("date 2023-01-17 ") :]]
    assert doc.pieces[0].label is None
    assert doc.pieces[1].label == "dropped" and "icon" in doc.pieces[1].reason


def test_any_names_count_not_a_list_of_one_site():
    text = "icon-home icon-search icon-user icon-cart icon-menu"
    assert find_icon_run(text) == (0, len(text))


def test_one_label_a_line(run_filter):
    doc = run_filter(drop_icon_runs, "Title of the story", "shareicon", "printicon", "mailicon", "Body text here.")
    assert [p.label for p in doc.pieces] == [None, "dropped", "dropped", "dropped", None]


def test_does_not_fire_on_a_sentence_about_icons(run_filter):
    doc = run_filter(
        drop_icon_runs,
        "The app icon, a pop icon of the 1980s and a fashion icon, was redesigned by the icon studio.",
        "An icon.",
    )
    assert all(p.label is None for p in doc.pieces)
    assert len(doc.pieces) == 2
