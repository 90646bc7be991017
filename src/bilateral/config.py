"""Settings: packaged defaults, then a user TOML file, then BILATERAL_<SECTION>_<KEY> variables."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    values: dict[str, dict[str, Any]]

    def get(self, section: str, key: str, default: Any = None) -> Any:
        return self.values.get(section, {}).get(key, default)


def _merge(base: dict[str, dict[str, Any]], extra: dict[str, Any], source: str) -> None:
    for section, table in extra.items():
        if not isinstance(table, dict):
            raise ConfigError(f"top-level key {section!r} must be a table", source)
        base.setdefault(section, {}).update(table)


def _coerce(raw: str, like: Any) -> Any:
    if isinstance(like, bool):
        return raw.lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(raw)
    if isinstance(like, float):
        return float(raw)
    if isinstance(like, list):
        return [x.strip() for x in raw.split(",") if x.strip()]
    return raw


def load_settings(path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    text = resources.files("bilateral").joinpath("default_config.toml").read_text("utf-8")
    values: dict[str, dict[str, Any]] = {}
    _merge(values, tomllib.loads(text), "default_config.toml")
    if path is not None:
        p = Path(path)
        try:
            _merge(values, tomllib.loads(p.read_text("utf-8")), str(p))
        except FileNotFoundError as e:
            raise ConfigError("config file not found", str(p)) from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"invalid TOML: {e}", str(p)) from e
    env = os.environ if env is None else env
    for section, table in values.items():
        for key, value in table.items():
            name = f"BILATERAL_{section}_{key}".upper()
            if name in env:
                try:
                    table[key] = _coerce(env[name], value)
                except ValueError as e:
                    raise ConfigError(f"cannot read {env[name]!r}: {e}", name) from e
    return Settings(values)
