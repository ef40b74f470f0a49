"""Every limit on what a relay's files may hold, in one place.

Each is checked before the step it protects (a file's size before it is read, a workbook's
extent and text before it is unpacked, a metadata file's depth before it is parsed), named in
the message that enforces it, and listed in the README's limits line (a test holds the two
together).
"""

from __future__ import annotations

MEBIBYTE = 1024 * 1024
GIBIBYTE = 1024 * MEBIBYTE

MAX_FILE_BYTES = 20 * MEBIBYTE  # a table file; server.maxUploadSize in config.toml is just above
MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES  # an XLSX is a zip: all its parts unpacked
MAX_ROWS = 200_000  # data rows of a table
MAX_COLUMNS = 50  # columns of a table (a header, or the cells of a worksheet)
MAX_SHEET_CELLS = 5_000_000  # a worksheet's extent from A1 (rows × columns) as it is read
MAX_TEXT_CHARS = 20_000  # one cell
MAX_TOTAL_CHARS = 20_000_000  # all the cells of a relay (a shared string counts at every use)
# Reading a workbook takes a process of its own, at most this much memory and time.
WORKER_MEMORY_BYTES = GIBIBYTE
WORKER_SECONDS = 10
MAX_GROUPS = 20
MAX_THEMES = 100  # distinct themes in a relay

MAX_METADATA_BYTES = 64 * 1024
MAX_METADATA_NESTING = 8  # tables and arrays inside each other
MAX_METADATA_KEY_PARTS = 8  # parts of one dotted key, a.b.c
MAX_STATED_COUNT = 1_000_000  # any count the metadata states (participants, themes, totals)
MAX_REFLECTIONS = 20
MAX_REFLECTION_WORDS = 20
MAX_THEME_TOTALS = MAX_THEMES  # themes a group's stated totals name

MAX_PROBLEMS_LISTED = 50  # problems shown one by one; the rest are counted
