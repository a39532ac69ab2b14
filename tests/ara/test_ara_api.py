"""The package's public face: ``__all__`` is sorted and every name exists."""

from __future__ import annotations

import assura.ara as ara


def test_all_is_honest() -> None:
    assert list(ara.__all__) == sorted(ara.__all__, key=lambda n: (not n.isupper(), n))
    for name in ara.__all__:
        assert hasattr(ara, name), name
