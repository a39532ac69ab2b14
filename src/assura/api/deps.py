"""Dependencies shared by the routes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from assura.store import Store

__all__ = ["DbSession", "get_session", "get_store"]


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_session(store: Annotated[Store, Depends(get_store)]) -> Iterator[Session]:
    with store.session() as s:
        yield s


DbSession = Annotated[Session, Depends(get_session)]
