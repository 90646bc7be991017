"""The event lexicons (triggers, status cues, roles, contexts) are valid data (STYLE #8)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from bilateral.context import Context
from bilateral.events.lexicon import FRAMES, compile_lexicon
from bilateral.folding import fold_phrase
from bilateral.model import EventType
from bilateral.ontology import Ontology

LANGS = ["ar", "en"]
FILES = ["triggers", "status", "roles", "contexts"]


class _NoDuplicates(yaml.SafeLoader):
    """A loader that refuses a mapping with the same key twice (PyYAML keeps the last silently)."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_NoDuplicates.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load(lang: str, name: str) -> object:
    text = resources.files("bilateral").joinpath("lang", lang, f"{name}.yaml").read_text("utf-8")
    return yaml.load(text, Loader=_NoDuplicates)


def _trigger_files(lang: str) -> list[str]:
    """triggers.yaml and every triggers_<part>.yaml of a language (the loader merges them all)."""
    names = [e.name[:-5] for e in resources.files("bilateral").joinpath("lang", lang).iterdir()
             if e.name.endswith(".yaml") and e.name.startswith("triggers_")]
    return ["triggers", *sorted(names)]


def _trigger_entries(lang: str) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for name in _trigger_files(lang):
        data = _load(lang, name)
        assert isinstance(data, dict) and isinstance(data.get("triggers"), list), f"{name}.yaml: no trigger list"
        out.extend((name, t) for t in data["triggers"])
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", FILES)
def test_lang_events_data_files_exist_in_every_language_without_duplicate_keys(lang: str, name: str) -> None:
    assert _load(lang, name) is not None


@pytest.mark.parametrize("lang", LANGS)
def test_lang_events_data_trigger_keys_are_unique_across_files(lang: str) -> None:
    keys = [str(t["key"]) for _name, t in _trigger_entries(lang)]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"trigger keys repeated across triggers*.yaml: {repeated}"


@pytest.mark.parametrize("lang", LANGS)
def test_lang_events_data_trigger_parts_are_all_loaded(ctx: Context, lang: str) -> None:
    # every part is read, triggers.yaml first: what these checks see is what the lexicon compiles
    assert "triggers_coverage" in _trigger_files(lang)
    loaded = [t["key"] for t in ctx.lang(lang).trigger_entries()]
    assert loaded == [t["key"] for _name, t in _trigger_entries(lang)]


@pytest.mark.parametrize("lang", LANGS)
def test_lang_events_data_triggers_use_known_types_modes_frames(lang: str) -> None:
    onto = Ontology.load()
    for _name, t in _trigger_entries(lang):
        etype = EventType(t["type"])
        assert t.get("frame", "directed") in FRAMES, t["key"]
        assert onto.is_mode(etype, t.get("mode")), f"{t['key']}: mode {t.get('mode')!r} is not a mode of {etype}"
        assert t.get("verbs") or t.get("nouns"), t["key"]
        for ctx_name in t.get("context") or ():
            assert ctx_name in onto.contexts or ctx_name == "nuclear", f"{t['key']}: unknown context {ctx_name}"
        if t.get("requires"):
            assert int(t.get("window", 8)) > 0


@pytest.mark.parametrize("lang", LANGS)
def test_lang_events_data_a_form_has_one_meaning_per_entry(lang: str) -> None:
    for _name, t in _trigger_entries(lang):
        forms = [fold_phrase(f) for f in (t.get("verbs") or [])]
        assert len(forms) == len(set(forms)), f"{t['key']}: repeated verb form"
        forms = [fold_phrase(f) for f in (t.get("nouns") or [])]
        assert len(forms) == len(set(forms)), f"{t['key']}: repeated noun form"


@pytest.mark.parametrize("lang", LANGS)
def test_lang_events_data_contexts_are_plover_contexts(lang: str) -> None:
    onto = Ontology.load()
    data = _load(lang, "contexts")
    assert set(data) <= onto.contexts | {"nuclear"}  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_lang_events_data_compiles(ctx: Context, lang: str) -> None:
    lex = compile_lexicon(ctx.lang(lang))
    assert lex.triggers.size > 200


def test_lang_events_data_no_yaml_file_repeats_a_key() -> None:
    """Every YAML data file (lang/ and kb/data/): a repeated mapping key would silently drop data."""
    root = resources.files("bilateral")
    checked = 0
    for folder in (root.joinpath("lang", "ar"), root.joinpath("lang", "en"), root.joinpath("kb", "data"),
                   root.joinpath("kb", "data", "people")):
        for entry in folder.iterdir():
            if entry.name.endswith(".yaml"):
                yaml.load(entry.read_text("utf-8"), Loader=_NoDuplicates)
                checked += 1
    assert checked >= 20
