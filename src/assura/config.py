"""Settings, read from the environment (``ASSURA_*``) and ``$ASSURA_HOME/config.toml``.

Environment wins over the file; the file wins over defaults. Nothing here touches the
network or the database: it only says where things are.
"""

from __future__ import annotations

import os
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assura.errors import ConfigError

__all__ = ["Settings", "current_actor", "load_settings"]

_ENV_PREFIX = "ASSURA_"


class Settings(BaseModel):
    """Where assura keeps its state and how it reaches its database."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home: Path = Field(default_factory=lambda: Path.home() / ".assura")
    database_url: str | None = None
    """SQLAlchemy URL; default: SQLite file ``assura.db`` inside ``home``."""
    serve_host: str = "127.0.0.1"
    serve_port: int = 8600

    @field_validator("home", mode="before")
    @classmethod
    def _expand(cls, v: Any) -> Any:
        return Path(v).expanduser() if isinstance(v, str | Path) else v

    @cached_property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.home / 'assura.db'}"


def load_settings(env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, the config file, the environment and ``overrides``."""
    env = dict(os.environ if env is None else env)
    values: dict[str, Any] = {}
    home = overrides.get("home") or env.get(_ENV_PREFIX + "HOME")
    home_path = Path(home).expanduser() if home else Path.home() / ".assura"
    cfg_file = home_path / "config.toml"
    if cfg_file.is_file():
        try:
            values.update(tomllib.loads(cfg_file.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{cfg_file}: not valid TOML: {exc}") from None
    for name in Settings.model_fields:
        key = _ENV_PREFIX + name.upper()
        if key in env and env[key] != "":
            values[name] = env[key]
    values.update({k: v for k, v in overrides.items() if v is not None})
    values.setdefault("home", home_path)
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid setting {where!r}: {first['msg']}") from None


def current_actor(explicit: str | None = None) -> str:
    """Who is acting, as the audit ledger names them: the given name, else ``$ASSURA_ACTOR``,
    else the operating-system user. One rule for every command and service, so the same
    person has one name in the log (and least-privilege review can match it)."""
    if explicit:
        return explicit
    import getpass

    return os.environ.get(_ENV_PREFIX + "ACTOR") or getpass.getuser()
