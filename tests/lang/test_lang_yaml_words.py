"""Words in the language and knowledge-base data stay words: YAML 1.1 reads a bare `no`, `on` or `yes`
as a boolean, which silently drops the cue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

import bilateral

_ROOT = Path(bilateral.__file__).parent
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _booleans_in_lists(node: Any, path: str, out: list[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            _booleans_in_lists(v, f"{path}/{k}", out)
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, bool):
                out.append(f"{path}: {v}")
            _booleans_in_lists(v, path, out)


def test_lang_yaml_word_lists_hold_no_booleans() -> None:
    found: list[str] = []
    files = sorted((_ROOT / "lang").glob("*/*.yaml")) + sorted((_ROOT / "kb" / "data").rglob("*.yaml"))
    assert files
    for f in files:
        _booleans_in_lists(yaml.load(f.read_text("utf-8"), Loader=_Loader), str(f.relative_to(_ROOT)), found)
    assert found == [], "quote these words in the YAML: " + "; ".join(found)
