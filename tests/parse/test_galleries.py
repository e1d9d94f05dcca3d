import pytest

from articleclean.parse.galleries import is_gallery_counter, is_gallery_line


@pytest.mark.parametrize("line", ["1 / 12", "Bild 1 von 7", "Foto 3 de 14", "3 of 10", "Image 2 of 5", "1 di 4"])
def test_counters(line):
    assert is_gallery_counter(line) and is_gallery_line(line)


@pytest.mark.parametrize("line", ["2 / 1", "0 / 3", "Chelsea 2 of 3 games", "24/7"])
def test_not_counters(line):
    assert not is_gallery_counter(line)


def test_a_link_without_a_count_is_a_gallery_line_but_no_counter():
    assert is_gallery_line("Zur Bildergalerie") and not is_gallery_counter("Zur Bildergalerie")
