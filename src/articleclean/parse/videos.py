"""Video links a CMS sets inside an article (`Video: title (2:31)`, `【動画】title（2:14）`, `Bekijk de video (1:45)`).
Read by `drop_widgets` (which drops them) and the classifier's decoding (which grows the article's span across them,
as across a gallery's counter)."""

from __future__ import annotations

import regex

# The words a video's link starts with, in the languages of the pages seen.
VIDEO_WORDS = (
    "video|vídeo|vidéo|videó|wideo|видео|відео|βίντεο|βιντεο|watch|regarder|mira|guarda|assista|bekijk|kijk|titta"
    "|podívejte se|vaizdo įrašas|simak video|tonton video|वीडियो|فيديو|ویدئو|ویدیو|วิดีโอ|视频|視頻|影音|動画|영상"
)
# `Video: title (2:31)`, or the word in brackets as Chinese, Japanese and Korean sites write it
# (`【動画】title（2:14）`), maybe after a play sign (`▶ 影音／title（01:48）`); or a button that names no title
# (`Bekijk de video (1:45)`, `Watch the video 2:14`).
_VIDEO_LINK = regex.compile(
    rf"(?i)^(?:[▶►]\s*)?(?:[【\[](?:{VIDEO_WORDS})[】\]]\s*[:|｜：／–—-]?|(?:{VIDEO_WORDS})\s*[:|｜：／–—-])"
    r"\s*\S.{3,160}?[\s(\[（]\d{1,2}:\d{2}[)\]）]?$"
)
_VIDEO_BUTTON = regex.compile(
    r"(?i)^(?:watch|bekijk|kijk|regarder|mira|guarda|assista|titta)\s+(?:the\s+|de\s+|la\s+|el\s+|il\s+|o\s+)?"
    r"(?:video|vídeo|vidéo)\s*[(\[]?\d{1,2}:\d{2}[)\]]?$"
)
_MAX_BUTTON_CHARS = 40
_TIME_ENDS = frozenset("0123456789)]）")
MAX_VIDEO_CHARS = 200


def is_video_link(text: str) -> bool:
    """A video's link: its word, its title and its running time, or a button with the running time.

    >>> is_video_link("Video: Genoa-Fiorentina 2-1, gol e highlights (2:47)"), is_video_link("Bekijk de video (1:45)")
    (True, True)
    >>> is_video_link("Video footage showed the car leaving the scene at 10:30")
    False
    """
    if len(text) > MAX_VIDEO_CHARS or text[-1:] not in _TIME_ENDS or ":" not in text:
        return False  # (the cheap test first: every form ends with its running time)
    return _VIDEO_LINK.match(text) is not None or is_video_button(text)


def is_video_button(text: str) -> bool:
    """A video's button that names no title, only the running time (`Bekijk de video (1:45)`): its title is above it.

    >>> is_video_button("Bekijk de video (1:45)"), is_video_button("Video: Genoa-Fiorentina 2-1 (2:47)")
    (True, False)
    """
    return len(text) <= _MAX_BUTTON_CHARS and text[-1:] in _TIME_ENDS and _VIDEO_BUTTON.match(text) is not None
