"""The human review queue: items the guards flag (or a sample of ordinary traffic) wait
for a person, who claims one atomically and approves, rejects or edits it.

    >>> from assura.review import claim, decide
    >>> with store.session() as s:                       # doctest: +SKIP
    ...     claim(s, item_id, who="alice")
    ...     decide(s, item_id, who="alice", decision="approve", reason="benign")
"""

from assura.review.service import (
    DECIDED,
    Rescan,
    RescanResult,
    ReviewConflict,
    ReviewItem,
    claim,
    decide,
    expire,
    file_item,
    get_item,
    history,
    list_items,
    release,
    wait_for_decision,
)

__all__ = [
    "DECIDED",
    "Rescan",
    "RescanResult",
    "ReviewConflict",
    "ReviewItem",
    "claim",
    "decide",
    "expire",
    "file_item",
    "get_item",
    "history",
    "list_items",
    "release",
    "wait_for_decision",
]
