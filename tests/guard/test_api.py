from __future__ import annotations

import assura.guard as guard_pkg
from assura.guard import Scanner, default_registry
from assura.guard.policy import DirectionPolicy


def test_all_is_sorted_and_importable() -> None:
    names = guard_pkg.__all__
    assert names == sorted(names)
    for n in names:
        assert hasattr(guard_pkg, n), n


def test_every_policy_scanner_is_registered_and_a_scanner() -> None:
    reg = default_registry()
    assert set(DirectionPolicy.model_fields) == set(reg.ids())
    from assura.guard.policy import DirectionPolicy as DP

    for name, field in DP.model_fields.items():
        settings_type = field.annotation.__args__[0]  # type: ignore[union-attr]
        scanner = reg.build(name, settings_type())
        assert isinstance(scanner, Scanner) and scanner.id == name
