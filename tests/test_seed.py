"""The dump the project started from comes out field by field as it must."""

from __future__ import annotations

from datetime import datetime

import pytest

import articleclean


@pytest.fixture(scope="module")
def seed() -> articleclean.Article:
    from testdata import FIXTURES

    return articleclean.clean((FIXTURES / "seed_rt.txt").read_text(encoding="utf-8"))


def test_title(seed):
    assert seed.title == "New meeting with CIA's Burns 'possible' – Russian spy chief"


def test_subtitle(seed):
    assert seed.subtitle == "Heads of two countries' intelligence services previously held talks in mid-November"


def test_published_has_the_dateline_time_and_no_zone(seed):
    assert seed.published == datetime(2023, 1, 17, 12, 10)
    assert seed.published.tzinfo is None


def test_caption_and_credit(seed):
    assert [(c.text, c.credit) for c in seed.captions] == [
        ("Russian Foreign Intelligence Service chief Sergey Naryshkin.", "Sputnik/Alexey Nikolsky")
    ]


def test_related(seed):
    assert [(r.title, r.url) for r in seed.related] == [("CIA director meets Zelensky – media", None)]


def test_paragraphs(seed):
    assert len(seed.paragraphs) == 7
    assert seed.paragraphs[0].startswith("Sergey Naryshkin, who heads Russia's Foreign Intelligence Service (SVR)")
    assert seed.paragraphs[-1].endswith("cooperation with China and Iran.")
    assert not any("READ MORE" in p for p in seed.paragraphs)
    assert not any(ch in p for p in seed.paragraphs for ch in "“”‘’")
    assert '"We agreed. But as soon as they landed in Ankara, [the news] got immediately leaked.' in seed.paragraphs[5]


def test_dropped_pieces_have_reasons(seed):
    reasons = {d.reason for d in seed.dropped}
    texts = [d.text for d in seed.dropped]
    assert any(t.startswith("icon bookmark-bicon") and t.endswith("wticon fm") for t in texts)
    assert "date 2023-01-17" in texts
    assert "17 Jan, 2023 12:10" in texts
    assert "New meeting with CIA's Burns 'possible' – Russian spy chief" in texts
    assert all(d.reason and d.filter for d in seed.dropped)
    assert "repeats the headline" in reasons


def test_no_icon_token_outside_dropped(seed):
    kept = " ".join(
        [seed.title or "", seed.subtitle or "", *seed.paragraphs, *(c.text for c in seed.captions)]
        + [r.title for r in seed.related]
    )
    assert "icon" not in kept


def test_json_round_trip(seed):
    data = seed.to_dict()
    assert data["published"] == "2023-01-17T12:10:00"
    assert data["title"] == seed.title
    assert articleclean.Article.__name__ == "Article"
    import json

    assert json.loads(seed.to_json()) == data
