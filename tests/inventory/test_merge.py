"""Merging sightings: the one-pass merge gives what merging them two by two, in order, gives."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from assura.findings import Location
from assura.inventory.interface import Component, ComponentKind
from assura.inventory.scanner import MAX_EVIDENCE, _merge_all


def _pairwise(a: Component, b: Component) -> Component:
    """The definition: one component from two sightings (as the scanner merged them before
    it merged all of a component's sightings at once)."""
    seen = set(a.evidence)
    evidence = list(a.evidence) + [e for e in b.evidence if e not in seen]
    evidence.sort(key=lambda loc: (loc.path, loc.line or 0))
    props = {**b.properties, **a.properties}
    props["sightings"] = int(a.properties.get("sightings", 1)) + int(
        b.properties.get("sightings", 1)
    )
    if a.detector != b.detector:
        props["detectors"] = sorted({*a.properties.get("detectors", [a.detector]), b.detector})
    if not (a.properties.get("transitive") and b.properties.get("transitive")):
        props.pop("transitive", None)
    return replace(
        a,
        evidence=tuple(evidence[:MAX_EVIDENCE]),
        version=a.version or b.version,
        provider=a.provider or b.provider,
        confidence=max(a.confidence, b.confidence),
        properties=props,
    )


_LOCATIONS = st.builds(
    Location,
    path=st.sampled_from(["a.py", "b.py", "c/d.py"]),
    line=st.one_of(st.none(), st.integers(1, 4)),
    column=st.one_of(st.none(), st.integers(1, 2)),
)
_FACTS = st.dictionaries(
    st.sampled_from(["transitive", "package", "source", "via"]),
    st.one_of(st.booleans(), st.sampled_from(["x", "y"])),
    max_size=3,
)
_PROPS = st.tuples(
    _FACTS,
    st.one_of(st.none(), st.integers(1, 3)),  # a count a detector already gave
    st.one_of(st.none(), st.just(["det-b"])),  # detectors a sighting already names
).map(
    lambda t: {
        **t[0],
        **({"sightings": t[1]} if t[1] is not None else {}),
        **({"detectors": t[2]} if t[2] is not None else {}),
    }
)
_SIGHTINGS = st.builds(
    Component,
    kind=st.just(ComponentKind.DATASET),
    name=st.sampled_from(["iris", "Iris"]),
    evidence=st.lists(_LOCATIONS, max_size=12).map(tuple),
    version=st.sampled_from([None, "", "1.0", "2.0"]),
    provider=st.sampled_from([None, "", "huggingface"]),
    confidence=st.sampled_from([0.5, 0.8, 0.95]),
    properties=_PROPS,
    detector=st.sampled_from(["det-a", "det-b", "det-c"]),
)


def _facts(c: Component) -> tuple[Any, ...]:
    return (c, c.evidence, c.version, c.provider, c.confidence, c.properties, c.detector)


@settings(max_examples=800, deadline=None)
@given(st.lists(_SIGHTINGS, min_size=1, max_size=40))
def test_one_pass_merge_is_the_pairwise_merge_in_order(items: list[Component]) -> None:
    assert _facts(_merge_all(items)) == _facts(functools.reduce(_pairwise, items))


def test_a_hundred_thousand_sightings_merge_in_one_pass() -> None:
    items = [
        Component(ComponentKind.DATASET, "iris", (Location("t.py", i),), detector="d")
        for i in range(100_000)
    ]
    merged = _merge_all(items)
    assert merged.properties["sightings"] == 100_000
    assert [loc.line for loc in merged.evidence] == list(range(MAX_EVIDENCE))
