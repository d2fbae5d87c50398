"""Adapters between Faust tables and the plain mappings the stages in streams/ expect."""

from __future__ import annotations

from typing import Iterator, MutableMapping


class BytesKeyed(MutableMapping[str, bytes]):
    """A str-keyed view of a table whose keys travel as raw bytes."""

    def __init__(self, table) -> None:
        self.table = table

    def get(self, key: str, default=None):
        value = self.table.get(key.encode())
        return default if value is None else value

    def __getitem__(self, key: str) -> bytes:
        value = self.table.get(key.encode())
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: bytes) -> None:
        self.table[key.encode()] = value

    def __delitem__(self, key: str) -> None:
        del self.table[key.encode()]

    def __iter__(self) -> Iterator[str]:
        return (k.decode() for k in self.table.keys())

    def __len__(self) -> int:
        return len(self.table)
