"""Writing decisions off the request path: a background thread batches store writes.

Every request's decision is queued as a :class:`Decision` and written by one thread, a
batch per transaction; block, redact and review decisions, and fail-open scanner
bypasses, are appended to the ledger in that same transaction. ``flush()`` waits until
everything queued so far is written (tests, shutdown). Token usage per key is kept in
memory (seeded from the store the first time a key is seen) for budget checks.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assura.store import Store
from assura.store.base import new_id, utcnow
from assura.store.tables.gateway import GatewayDecisionRow

__all__ = ["Decision", "Recorder"]

log = logging.getLogger("assura.gateway")

_LEDGER_ACTIONS = {"block", "redact", "review"}


@dataclass
class Decision:
    route: str
    input_action: str = "allow"
    output_action: str | None = None
    action: str = "allow"
    rule: str | None = None
    key_id: str | None = None
    key_name: str | None = None
    app: str | None = None
    model: str | None = None
    provider: str | None = None
    policy: str = "default"
    stream: bool = False
    input_scan: str = "scanned"
    output_scan: str = "not scanned"
    status_code: int = 200
    prompt_tokens: int = 0
    completion_tokens: int = 0
    overhead_us: int = 0
    review_id: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    bypasses: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)


Job = Callable[[Session], None]


class Recorder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._q: queue.Queue[Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="assura-gateway-recorder",
                                        daemon=True)  # fmt: skip
        self._started = False
        self._lock = threading.Lock()
        self._tokens: dict[str, int] = {}
        self.failures = 0

    def start(self) -> None:
        with self._lock:
            if not self._started:
                self._started = True
                self._thread.start()

    def stop(self) -> None:
        if self._started:
            self._q.put(None)
            self._thread.join(30)
            self._started = False

    def flush(self) -> None:
        self.start()
        self._q.join()

    def submit(self, job: Job) -> None:
        self.start()
        self._q.put(job)

    def record(self, d: Decision) -> None:
        if d.key_id:
            with self._lock:
                if d.key_id in self._tokens:
                    self._tokens[d.key_id] += d.prompt_tokens + d.completion_tokens
        self.submit(lambda s: _write(s, d))

    def tokens_used(self, key_id: str) -> int:
        """Tokens this key used so far (store total the first time, then in memory)."""
        with self._lock:
            if key_id in self._tokens:
                return self._tokens[key_id]
        with self.store.session() as s:
            total = s.scalar(
                select(func.coalesce(func.sum(GatewayDecisionRow.prompt_tokens
                                              + GatewayDecisionRow.completion_tokens), 0))
                .where(GatewayDecisionRow.key_id == key_id)
            )  # fmt: skip
        with self._lock:
            return self._tokens.setdefault(key_id, int(total or 0))

    def _run(self) -> None:
        while True:
            job = self._q.get()
            if job is None:
                self._q.task_done()
                return
            batch: list[Job] = [job]
            stop = False
            while len(batch) < 200:
                try:
                    nxt = self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stop = True
                    self._q.task_done()
                    break
                batch.append(nxt)
            self._write_batch(batch)
            for _ in batch:
                self._q.task_done()
            if stop:
                return

    def _write_batch(self, batch: list[Job]) -> None:
        try:
            with self.store.session() as s:
                for job in batch:
                    job(s)
        except Exception:  # one bad job must not lose the others: retry one by one
            for job in batch:
                try:
                    with self.store.session() as s:
                        job(s)
                except Exception:
                    self.failures += 1
                    log.exception("gateway: could not record a decision")


def _write(s: Session, d: Decision) -> None:
    s.add(GatewayDecisionRow(
        id=d.id, ts=utcnow(), key_id=d.key_id, key_name=d.key_name, app=d.app, route=d.route,
        model=d.model, provider=d.provider, policy=d.policy, stream=d.stream,
        input_action=d.input_action, output_action=d.output_action, action=d.action,
        rule=d.rule, input_scan=d.input_scan[:255], output_scan=d.output_scan[:255],
        status_code=d.status_code, prompt_tokens=d.prompt_tokens,
        completion_tokens=d.completion_tokens, overhead_us=d.overhead_us,
        review_id=d.review_id, detail={**d.detail, "bypasses": d.bypasses} if d.bypasses else d.detail,
    ))  # fmt: skip
    try:
        from assura.ledger import append_event
    except ImportError:  # pragma: no cover - the ledger is optional
        return
    actor = f"gateway_key:{d.key_name}" if d.key_name else "gateway"
    data = {"route": d.route, "model": d.model, "app": d.app, "policy": d.policy,
            "rule": d.rule, "input": d.input_action, "output": d.output_action}  # fmt: skip
    if (
        d.action in _LEDGER_ACTIONS
        or d.input_action in _LEDGER_ACTIONS
        or (d.output_action in _LEDGER_ACTIONS)
    ):
        s.flush()
        append_event(s, actor=actor, action=f"gateway.{d.action}", resource=f"gateway_decision:{d.id}",
                     data=data)  # fmt: skip
    for b in d.bypasses:
        append_event(s, actor=actor, action="gateway.scanner_bypass",
                     resource=f"gateway_decision:{d.id}", data={**data, "scanner_error": b})  # fmt: skip
