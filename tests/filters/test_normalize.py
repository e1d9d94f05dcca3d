from articleclean.filters.normalize import normalize, normalize_text


def test_mojibake_is_fixed_and_quotes_kept_curly():
    assert normalize_text("Mayorâ€™s plan â€œapprovedâ€\x9d") == "Mayor’s plan “approved”"


def test_spaces_and_invisible_characters():
    assert normalize_text("a\u00a0b\u2009c  d\u200be\ufeff \u00adf") == "a b c de f"


def test_clean_text_is_unchanged():
    text = "Türkiye’s “National” Intelligence — São Paulo … Ærø"
    assert normalize_text(text) == text


def test_filter_labels_nothing(run_filter):
    doc = run_filter(normalize, "a\u00a0b", "c")
    assert [p.text for p in doc.pieces] == ["a b", "c"] and all(p.label is None for p in doc.pieces)
