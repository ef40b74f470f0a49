"""Where the app's files are: the repository root, its bundled data and its own state."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
BUNDLED_TABLE = DATA_DIR / "qa.csv"
BUNDLED_METADATA = DATA_DIR / "relay.toml"
