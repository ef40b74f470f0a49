"""A relay: its question/answer table and its metadata, read from files or from an upload.

Two ways in, both giving a `RelayCheck` (the relay if usable, and every problem):
`read_relay_files(table, metadata)` and `read_relay_bytes(file_name, table_bytes, metadata)`.
The modules inside, from the raw file up: `limits` (every limit), `problems` (how a problem is
located and told), `csv_file` and `xlsx_file` (reading), `tables` (rows to a table), `schema`
(columns and values), `metadata` (the TOML file), `model` (the `Relay`), `load` (the two ways in).
"""

from importlib import import_module
from typing import TYPE_CHECKING

from dashboard.paths import BUNDLED_METADATA, BUNDLED_TABLE, DATA_DIR

# Where each public name lives. They are imported when first used, not with the package, so
# that a light submodule (limits, problems) does not pull in pandas and the readers.
_PUBLIC = {
    "COLUMNS": "dashboard.relay.schema",
    "Group": "dashboard.relay.metadata",
    "Problem": "dashboard.relay.problems",
    "Relay": "dashboard.relay.model",
    "RelayCheck": "dashboard.relay.load",
    "RelayError": "dashboard.relay.problems",
    "RelayMetadata": "dashboard.relay.metadata",
    "Reflection": "dashboard.relay.metadata",
    "read_relay_bytes": "dashboard.relay.load",
    "read_relay_files": "dashboard.relay.load",
}

if TYPE_CHECKING:
    from dashboard.relay.load import RelayCheck, read_relay_bytes, read_relay_files
    from dashboard.relay.metadata import Group, Reflection, RelayMetadata
    from dashboard.relay.model import Relay
    from dashboard.relay.problems import Problem, RelayError
    from dashboard.relay.schema import COLUMNS


def __getattr__(name: str) -> object:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'dashboard.relay' has no attribute {name!r}")
    return getattr(import_module(_PUBLIC[name]), name)


__all__ = [
    "BUNDLED_METADATA",
    "BUNDLED_TABLE",
    "COLUMNS",
    "DATA_DIR",
    "Group",
    "Problem",
    "Reflection",
    "Relay",
    "RelayCheck",
    "RelayError",
    "RelayMetadata",
    "read_relay_bytes",
    "read_relay_files",
]
