"""Photo galleries' counters and links (`1 / 12`, `Bild 1 von 7`, `Zur Bildergalerie`): lines a CMS sets inside an
article. Read by `drop_widgets` (which drops them), `drop_gallery_slides` (which finds a gallery by them) and the
classifier's decoding (which grows the article's span across them)."""

from __future__ import annotations

import regex

# A gallery's counter (`1 / 12`, `Bild 1 von 7`, `Foto 3 de 14`, `Foto: 1/12`) and its link without a count
# (`Zur Bildergalerie`).
_GALLERY_COUNTER = regex.compile(
    r"(?i)^(?:(?:bild|foto|photo|image|imagen|immagine|zdjęcie|obrázek|afbeelding|slide|kuva|slika|фото)\s*:?\s+)?"
    r"(?P<at>\d{1,3})\s*(?:/|von|de|of|di|z|ze|van|из|sur|av|af)\s*(?P<of>\d{1,3})$"
)
_MAX_COUNTER_CHARS = 30
_GALLERY_OPENER = regex.compile(
    r"(?i)^(?:zur|zum)\s+(?:bildergalerie|fotostrecke|galerie|fotogalerie)|^(?:voir|ouvrir)\s+(?:le\s+diaporama|la\s+galerie"
    r"|les\s+photos)|^ver\s+(?:la\s+)?(?:galería|fotos)|^(?:view|see|open)\s+(?:the\s+)?(?:gallery|photos)"
    r"|^(?:guarda|apri)\s+la\s+(?:gallery|galleria|fotogallery)|^zobacz\s+(?:galerię|zdjęcia)|^zobrazit\s+fotogalerii"
    r"|^bekijk\s+(?:de\s+|alle\s+)?(?:fotoserie|foto['’]s|galerij)|^ver\s+galeria|^смотреть\s+(?:галерею|фото)"
    r"|^(?:view|see)\s+all\s+\d+\s+(?:photos|images)|^alle\s+\d+\s+(?:bilder|fotos)\s+ansehen|^voir\s+les\s+\d+\s+photos"
    r"|^pogledajte\s+(?:svih\s+\d+\s+fotografija|galeriju|sve\s+fotografije)"
    r"|^(?:gallery|galerie|galería|galleria|fotogallery|fotogalerie|bildergalerie|fotostrecke|galerija|foto\s*galerija)$"
)
_MAX_OPENER_CHARS = 40


def is_gallery_line(text: str) -> bool:
    """A gallery's counter or link without a count (`1 / 12`, `Zur Bildergalerie`): a CMS sets it inside an article.

    >>> is_gallery_line("Bild 1 von 7"), is_gallery_line("Voir le diaporama"), is_gallery_line("2 / 1")
    (True, True, False)
    """
    if is_gallery_counter(text):
        return True
    return len(text) <= _MAX_OPENER_CHARS and _GALLERY_OPENER.match(text) is not None


def is_gallery_counter(text: str) -> bool:
    """A gallery's counter: `1 / 12`, `Bild 1 von 7`, `3 of 10` (not `2 / 1`, a score or a date)."""
    if len(text) > _MAX_COUNTER_CHARS or (counter := _GALLERY_COUNTER.match(text)) is None:
        return False
    return 0 < int(counter["at"]) <= int(counter["of"])
