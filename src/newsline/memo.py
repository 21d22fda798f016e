"""A bounded, thread-safe memo for per-article work that builds repeat.

Builds over overlapping sets of the same articles (the web app rebuilding a story, `follow`,
a benchmark's several timelines of one topic) would redo the same per-article work: the
near-duplicate fingerprint of a text, the quotes and actors of an article. Those results are
immutable, so a build may reuse what an earlier build in the same process computed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar, cast

T = TypeVar("T")
V = TypeVar("V")


def text_key(text: str) -> tuple[int, int]:
    """A text's part of a memo key: its length and 64-bit hash, not the text itself.

    Keys must not keep whole article texts alive after their articles are gone; two
    different texts of the same length share a hash with odds of about 2**-64.
    """
    return len(text), hash(text)


class Memo(Generic[V]):
    """Least-recently-used results by key, at most `maxsize` of them."""

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be at least 1, got {maxsize}")
        self.maxsize = maxsize
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The value for `key`, computed by `compute()` (outside the lock) when not held."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()
        self.put(key, value)
        return value

    def peek(self, key: Hashable) -> V | None:
        """The value held for `key`, or None (does not count as a use)."""
        with self._lock:
            return self._items.get(key)

    def put(self, key: Hashable, value: V) -> None:
        """Hold `value` for `key` (computed elsewhere, e.g. in a worker process)."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)

    def get_many(
        self,
        keys: Sequence[Hashable],
        items: Sequence[T],
        compute: Callable[[list[T]], Iterable[V]],
    ) -> list[V]:
        """Values for many keys; those not held are made together by `compute(their items)`,
        which yields one value per item in order (so it may hand them to a process pool).
        Values must not be None."""
        out: list[V | None] = [self.peek(k) for k in keys]
        todo = [i for i, v in enumerate(out) if v is None]
        if todo:
            for i, value in zip(todo, compute([items[i] for i in todo]), strict=True):
                self.put(keys[i], value)
                out[i] = value
        return cast(list[V], out)

    def clear(self) -> None:
        """Forget everything (tests, or to free memory between unrelated stories)."""
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
