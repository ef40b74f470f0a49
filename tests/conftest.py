"""Shared paths for every test layer."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT_TEXT = ROOT.parent / "shared" / "seed" / "000_1b394543eb01fb81.txt"
