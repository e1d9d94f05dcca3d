"""Site profiles: a site's own furniture described in TOML, without writing code.

```toml
name = "Example News"
[[drop]]
pattern = "^Sign up for our .* newsletter"   # a regular expression, matched against each line
reason = "newsletter prompt"
[related]
markers = ["More from Example", "Don't miss"]  # extra `READ MORE` markers
[captions]
credit_markers = ["Picture credit", "Bildquelle"]  # extra credit markers (`<marker>: <credit>`)
```
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

EXAMPLE_PROFILE = Path(__file__).with_name("example.toml")


@dataclass(frozen=True)
class DropRule:
    pattern: regex.Pattern[str]
    reason: str


@dataclass(frozen=True)
class Profile:
    """Extra rules for one site: lines to drop, related-link markers, caption credit markers."""

    name: str = "profile"
    drop: tuple[DropRule, ...] = ()
    related_markers: tuple[str, ...] = ()
    credit_markers: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)


def load_profile(source: str | PathLike[str] | dict[str, object]) -> Profile:
    """Read a profile from a TOML file (or an already parsed dict); `ValueError` says what is wrong."""
    if isinstance(source, dict):
        data = source
    else:
        with open(source, "rb") as handle:
            try:
                data = tomllib.load(handle)
            except tomllib.TOMLDecodeError as error:
                raise ValueError(f"not valid TOML: {error}") from error
    rules = []
    for i, rule in enumerate(_list(data.get("drop", []), "drop")):
        if not isinstance(rule, dict) or "pattern" not in rule:
            raise ValueError(f"drop rule {i + 1} needs a 'pattern'")
        try:
            pattern = regex.compile(str(rule["pattern"]))
        except regex.error as error:
            raise ValueError(f"drop rule {i + 1}: bad pattern: {error}") from error
        rules.append(DropRule(pattern, str(rule.get("reason", f"profile rule: {rule['pattern']}"))))
    related = _section(data, "related")
    captions = _section(data, "captions")
    return Profile(
        name=str(data.get("name", "profile")),
        drop=tuple(rules),
        related_markers=tuple(str(m) for m in _list(related.get("markers", []), "related.markers")),
        credit_markers=tuple(str(m) for m in _list(captions.get("credit_markers", []), "captions.credit_markers")),
    )


def _section(data: dict[str, object], name: str) -> dict[str, object]:
    section = data.get(name, {})
    if not isinstance(section, dict):
        raise ValueError(f"[{name}] must be a table")
    return section


def _list(value: object, name: str) -> list[object]:
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list")
    return value
