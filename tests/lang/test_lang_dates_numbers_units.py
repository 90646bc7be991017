"""Data validation of lang/*/dates.yaml, numbers.yaml and units.yaml (schema, coverage, duplicates)."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest
import yaml

from bilateral.context import load_lang
from bilateral.folding import fold_phrase
from bilateral.mentions.dates import DateGrammar
from bilateral.mentions.quantities import QuantityGrammar

LANGS = ["ar", "en"]
FILES = ["dates", "numbers", "units"]


def load(code: str, name: str) -> Any:
    path = resources.files("bilateral").joinpath("lang", code, f"{name}.yaml")
    return yaml.safe_load(path.read_text("utf-8"))


def test_lang_same_file_names_in_every_language() -> None:
    for name in FILES:
        for code in LANGS:
            assert isinstance(load(code, name), dict), f"lang/{code}/{name}.yaml"


@pytest.mark.parametrize("code", LANGS)
def test_lang_dates_every_month_in_each_system(code: str) -> None:
    data = load(code, "dates")
    systems = data["months"]
    assert "gregorian" in systems
    for name, table in systems.items():
        assert set(table) <= set(range(1, 13)), name
        if name != "maghrebi":  # maghrebi lists only the forms that differ
            assert set(table) == set(range(1, 13)), name
    assert set(data["hijri_months"]) == set(range(1, 13))
    assert set(data["weekdays"]) == set(range(7))
    assert data["numeric_order"] in {"dmy", "mdy"}


@pytest.mark.parametrize("code", LANGS)
def test_lang_dates_no_form_with_two_values(code: str) -> None:
    data = load(code, "dates")
    seen: dict[str, int] = {}
    for table in data["months"].values():
        for month, forms in table.items():
            for f in forms:
                k = fold_phrase(f)
                assert seen.setdefault(k, month) == month, f"{f!r} is month {seen[k]} and {month}"
    ambiguous = {fold_phrase(f) for f in data["ambiguous"]}
    assert ambiguous <= set(seen), ambiguous - set(seen)


@pytest.mark.parametrize("code", LANGS)
def test_lang_dates_relative_and_decades_schema(code: str) -> None:
    data = load(code, "dates")
    assert set(data["modifiers"].values()) <= {-1, 0, 1}
    assert set(data["units"].values()) <= {"week", "month", "year"}
    assert set(data["parts"].values()) <= {"early", "mid", "late"}
    for p in data["phrases"]:
        assert p["unit"] in {"day", "week", "month", "year"}, p
        assert isinstance(p.get("offset", 0), int), p
    for n in data["decades"]["words"].values():
        assert n % 10 == 0 and 0 <= n <= 90
    for c in data["decades"]["centuries"].values():
        assert c % 100 == 0


@pytest.mark.parametrize("code", LANGS)
def test_lang_numbers_and_units_schema(code: str) -> None:
    numbers = load(code, "numbers")
    for section in ("words", "scales", "duals", "currency_scales"):
        for form, value in (numbers.get(section) or {}).items():
            assert isinstance(value, int | float) and value > 0, (section, form)
    re.compile(numbers["count_noun"])
    units = load(code, "units")
    seen: dict[str, str] = {}
    for cur, spec in units["currencies"].items():
        assert re.fullmatch(r"[A-Z]{3}|[a-z]+", cur), cur
        for f in spec["after"]:
            k = fold_phrase(f)
            assert seen.setdefault(k, cur) == cur, f"{f!r} is {seen[k]} and {cur}"
    for group in ("units", "durations"):
        for unit, forms in units[group].items():
            for f in forms:
                k = fold_phrase(f)
                assert seen.setdefault(k, unit) == unit, f"{f!r} is {seen[k]} and {unit}"
    for f in units["percent"]:
        assert seen.setdefault(fold_phrase(f), "percent") == "percent"


@pytest.mark.parametrize("code", LANGS)
def test_lang_grammars_compile(code: str) -> None:
    lang = load_lang(code)
    DateGrammar(lang, lang.get("units"), lang.get("numbers"))
    QuantityGrammar(lang)


@pytest.mark.parametrize("code", LANGS)
def test_lang_dates_ordinals_ago_schema(code: str) -> None:
    data = load(code, "dates")
    assert set(data["day_ordinals"]) == set(range(1, 32))  # every day of a month, no other key
    seen: dict[str, int] = {}
    for day, forms in data["day_ordinals"].items():
        for f in forms:
            assert seen.setdefault(fold_phrase(f), day) == day, f"{f!r} is day {seen[fold_phrase(f)]} and {day}"
    assert set(data["month_year_relative"].values()) <= {-1, 0, 1}
    assert {fold_phrase(f) for f in data["current_modifiers"]} <= {fold_phrase(f) for f in data["modifiers"]}
    assert all(data["modifiers"][f] == 0 for f in data["current_modifiers"])
    ago = data["ago"]
    assert ago["before"] or ago["after"]
    for section in ("units", "singles", "duals"):
        for value in ago[section].values():
            # a unit, or a multiple of one ("year:10" = a decade)
            unit, _, times = str(value).partition(":")
            assert unit in {"year", "month", "week", "day"} and (not times or int(times) > 1), (section, value)
    assert all(isinstance(v, int) and 0 < v <= 100 for v in ago["numbers"].values())
