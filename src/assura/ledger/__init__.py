"""Tamper-evident audit ledger: an RFC 6962 Merkle log with signed C2SP checkpoints.

Other packages record what an auditor may ask about with :func:`append_event`, inside
the same database transaction as the change::

    from assura.ledger import append_event

    with store.session() as s:
        s.add(row)
        append_event(s, actor="alice", action="scan.completed", resource=f"scan:{row.id}",
                     evidence=[sha256_hex], data={"findings": 3})
"""

from assura.ledger.entry import Entry
from assura.ledger.lineage import ModelLineage, lineage_for_model
from assura.ledger.merkle import verify_consistency, verify_inclusion
from assura.ledger.service import (
    append_event,
    checkpoint,
    iter_events,
    prove_consistency,
    prove_inclusion,
)
from assura.ledger.verify import Problem, VerifyReport, verify_log

__all__ = [
    "Entry",
    "ModelLineage",
    "Problem",
    "VerifyReport",
    "append_event",
    "checkpoint",
    "iter_events",
    "lineage_for_model",
    "prove_consistency",
    "prove_inclusion",
    "verify_consistency",
    "verify_inclusion",
    "verify_log",
]
