"""The legacy-encodings benchmark's page check."""

from __future__ import annotations

from bench.encodings import same_article

POLISH = "Wiadomości dnia\n\n" + "Prezes urzędu powiedział, że zmiana przepisów będzie możliwa w przyszłym roku. " * 6


def test_a_page_in_a_legacy_encoding_is_compared_with_its_utf8_article():
    assert same_article(POLISH, "cp1250") is True


def test_pages_an_encoding_cannot_hold_or_plain_ascii_are_left_out():
    assert same_article(POLISH, "cp1251") is None
    assert same_article("Plain ASCII page.\n\nIt has one paragraph.", "cp1252") is None
