"""lang/<code>/actors.yaml: same schema in every language, known roles, no duplicate forms."""

from __future__ import annotations

from collections import Counter

import pytest

from bilateral.context import Context
from bilateral.normalize import fold_phrase


def test_actors_data_same_keys_in_every_language(ctx: Context) -> None:
    keys = {code: set(ctx.lang(code).get("actors") or {}) for code in ("ar", "en")}
    assert keys["ar"] == keys["en"]
    assert {"titles", "portfolios", "counterparts", "groups", "not_short_names"} <= keys["ar"]


@pytest.mark.parametrize("code", ["ar", "en"])
def test_actors_data_roles_known(ctx: Context, code: str) -> None:
    data = ctx.lang(code).get("actors")
    for t in data["titles"]:
        assert t["role"] in ctx.kb.roles, t
        assert t.get("country") is None or ctx.kb.country(t["country"]) is not None
        assert set(t) <= {"role", "forms", "plural", "needs_country", "chain", "country", "min_name_words",
                          "honorific"}, t
    for role in data["portfolio_roles"].values():
        assert role in ctx.kb.roles


def test_actors_data_portfolios_match_across_languages(ctx: Context) -> None:
    ar = {p["key"] for p in ctx.lang("ar").get("actors")["portfolios"]}
    en = {p["key"] for p in ctx.lang("en").get("actors")["portfolios"]}
    assert ar == en


@pytest.mark.parametrize("code", ["ar", "en"])
def test_actors_data_no_duplicate_title_forms(ctx: Context, code: str) -> None:
    data = ctx.lang(code).get("actors")
    forms = [(fold_phrase(f), t.get("plural", False)) for t in data["titles"] for f in t["forms"]]
    folded = Counter(f for f, _ in forms)
    # a form may be listed twice only as an upper/lower-case pair in a cased language
    raw = Counter(f for t in data["titles"] for f in t["forms"])
    assert all(n == 1 for n in raw.values()), [f for f, n in raw.items() if n > 1]
    if not data.get("cased"):
        assert all(n == 1 for n in folded.values()), [f for f, n in folded.items() if n > 1]
