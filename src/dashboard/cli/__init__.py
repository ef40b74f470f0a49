"""The command line: `python -m dashboard <command>` (also installed as `ledelsesstafet`).

One parser (`parser`); each family of commands registers itself from its own module:
`relay_files` (validate, convert, import), `text_analysis` (words, compare, search, kwic,
cloud), `export`, `meetings` (meeting new, list, show, note, export) and `database` (db
upgrade, backup, restore). Every message comes from the text catalogue, in Danish or, with
`--lang en`, English; every error is one line, exit code 2 for bad arguments and 1 for bad
data; files are written by one atomic writer (`files`). Nothing heavy is imported before a
command runs, so `--help` answers at once.
"""

from dashboard.cli.parser import main

__all__ = ["main"]
