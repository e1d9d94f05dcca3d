"""Bytes become text: UTF-8, stray bytes, and legacy encodings of web pages told apart."""

from __future__ import annotations

import pytest

from articleclean.sources.decode import decode

ENGLISH = (
    "The minister’s office said on Monday that it wouldn’t comment — not before the vote. "
    "“We’re waiting,” a spokesman said. "
) * 12
GERMAN = "Die Geschäftsführung äußerte sich am Montag nicht zu den Plänen für das nächste Jahr. Später hieß es, " * 8
POLISH = "Prezes urzędu powiedział, że zmiana przepisów będzie możliwa dopiero w przyszłym roku. Źródło: PAP. " * 8
RUSSIAN = "Министр заявил в понедельник, что решение будет принято после голосования в Государственной думе. " * 8
GREEK = "Ο υπουργός δήλωσε τη Δευτέρα ότι η απόφαση θα ληφθεί μετά την ψηφοφορία στη Βουλή των Ελλήνων. " * 8


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ENGLISH, "cp1252"),  # a few curly quotes, read as DOS or Mac code pages by unrestricted detection
        (GERMAN, "cp1252"),  # read as KOI8-R, less chaotic but no language, by unrestricted detection
        (POLISH, "cp1250"),
        (POLISH, "iso8859_2"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        (GREEK, "cp1253"),
    ],
)
def test_legacy_encodings_of_web_pages(text, encoding):
    assert decode(text.encode(encoding)) == text


@pytest.mark.xfail(strict=True, reason="known gap: its letters ě ř ů read as plausibly as Windows-1252's ì ø ù")
def test_czech_in_windows_1250_without_a_declared_charset():
    czech = "Ministr v pondělí řekl, že o zákoně se bude hlasovat příští týden. " * 8
    assert decode(czech.encode("cp1250")) == czech


def test_a_lone_non_ascii_byte_is_read_as_windows_1252():
    # a Windows-1252 page with one accented letter, or a UTF-8 page with one stray byte: not U+FFFD
    page = "A long enough English page about the café on the corner, " * 6
    assert decode(page.encode("cp1252")) == page
    mixed = ("UTF-8 text — with a dash, " * 12).encode() + b"and a stray \x92 quote."
    assert decode(mixed).endswith("and a stray ’ quote.")
    assert "\ufffd" not in decode(mixed)
