"""Site profiles: rules in TOML, no code."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.profiles import EXAMPLE_PROFILE, load_profile

DUMP = """Storm hits the coast of the region

Hundreds of homes were flooded as the storm moved north
Sign up for our daily newsletter and get the news first
A storm hit the coast on Monday, flooding hundreds of homes in the region.
Don't miss: Ten pictures of the storm
Boats in the harbour. Bildquelle: Jane Doe
Follow us on Facebook
The clean-up is expected to take weeks, officials said on Tuesday.
"""


def test_example_profile_rules_apply():
    # Without the classifier, only the profile's rules can take the newsletter and follow prompts.
    rules_only = articleclean.Pipeline().without("classify_boilerplate")
    plain = rules_only.clean(DUMP)
    with_profile = rules_only.clean(DUMP, profile=str(EXAMPLE_PROFILE))
    assert any("newsletter" in p for p in plain.paragraphs)
    assert not any("newsletter" in p or "Follow us" in p for p in with_profile.paragraphs)
    reasons = {d.reason for d in with_profile.dropped}
    assert "Example News: newsletter prompt" in reasons and "Example News: follow prompt" in reasons
    assert [r.title for r in with_profile.related] == ["Ten pictures of the storm"]
    assert [(c.text, c.credit) for c in with_profile.captions] == [("Boats in the harbour.", "Jane Doe")]


def test_loaded_profile_object_is_accepted():
    article = articleclean.clean(DUMP, profile=load_profile(EXAMPLE_PROFILE))
    assert len(article.paragraphs) == 2
    assert article.subtitle == "Hundreds of homes were flooded as the storm moved north"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[[drop]]\nreason = 'x'\n", "needs a 'pattern'"),
        ("[[drop]]\npattern = '('\n", "bad pattern"),
        ("related = 3\n", "must be a table"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_bad_profiles_say_what_is_wrong(tmp_path, toml, message):
    path = tmp_path / "bad.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_profile(path)
    with pytest.raises(articleclean.InputError, match=message):
        articleclean.clean(DUMP, profile=str(path))
