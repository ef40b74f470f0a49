"""A validated relay: its question/answer pairs and its metadata, as pages and exports use it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from dashboard.i18n import Language
from dashboard.relay.metadata import RelayMetadata
from dashboard.relay.problems import Problem


@dataclass(frozen=True)
class Relay:
    """One row per question with its answer, and what is known about the relay."""

    pairs: pd.DataFrame
    metadata: RelayMetadata
    warnings: tuple[Problem, ...] = ()
    fingerprint: str = ""  # identifies the files' content, so caches and saved work can key on it
    file_name: str = ""  # the table file it was read from

    # The relay is read once and never changes: what pages ask of it on every rerun is worked
    # out once (a scan of 10,000 rows on each call cost a page tens of milliseconds).
    @cached_property
    def groups(self) -> list[str]:
        """Group names in the order they first appear in the data."""
        return list(dict.fromkeys(self.pairs["group"]))

    @cached_property
    def _themes_by_group(self) -> dict[str | None, list[str]]:
        by_group: dict[str | None, list[str]] = {None: list(dict.fromkeys(self.pairs["theme"]))}
        for group, rows in self.pairs.groupby("group", sort=False):
            by_group[group] = list(dict.fromkeys(rows["theme"]))
        return by_group

    def group_labels(self, lang: Language) -> dict[str, str]:
        """Each group's name as shown in `lang` (its English label where the metadata has one)."""
        labels = {}
        for name in self.groups:
            described = self.metadata.group(name)
            labels[name] = described.label(lang) if described else name
        return labels

    def themes(self, group: str | None = None) -> list[str]:
        """Theme names in order of first appearance, for one group or all."""
        return list(self._themes_by_group.get(group, []))

    @cached_property
    def _pair_counts(self) -> dict[str, int]:
        counts = self.pairs["group"].value_counts()
        return {group: int(counts[group]) for group in self.groups}

    def pair_counts(self) -> dict[str, int]:
        """Number of question/answer pairs per group, in group order."""
        return dict(self._pair_counts)

    @cached_property
    def n_answers(self) -> int:
        return int((self.pairs["answer"].str.strip() != "").sum())
