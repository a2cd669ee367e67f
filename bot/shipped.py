"""Files shipped in config/: installed as the `bot.defaults` package, or read from a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

SOURCE_CONFIG_DIR = Path(__file__).resolve().parents[1] / "config"


def shipped_file(name: str) -> Traversable:
    """A file from config/ as shipped with this version of Beachhead."""
    try:
        return resources.files("bot.defaults").joinpath(name)
    except ModuleNotFoundError:  # running from a source checkout, not an installed package
        return SOURCE_CONFIG_DIR / name
