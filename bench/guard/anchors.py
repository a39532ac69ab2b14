"""Offline anchors for the guard benchmark. Each loader returns a callable or None."""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import types
from collections.abc import Callable
from typing import Any


def prompt_guardrail() -> Callable[[str], float] | None:
    """prompt-guardrail 1.0.1: TF-IDF word 1-4 grams + logistic regression in its wheel."""
    try:
        from guardify.guardrails.logistic_regression import LogisticRegressionGuardrail
    except ImportError:
        return None
    g = LogisticRegressionGuardrail()
    clf, vec = g._clf, g._vectorizer
    idx = list(clf.classes_).index(1)

    def score(text: str) -> float:
        return float(clf.predict_proba(vec.transform([text]))[0][idx])

    return score


def rebuff_heuristic() -> Callable[[str], float] | None:
    """Rebuff 0.1.1's heuristic detector (its vector and LLM layers need services)."""
    spec = importlib.util.find_spec("rebuff")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(spec.submodule_search_locations[0], "detect_pi_heuristics.py")
    s = importlib.util.spec_from_file_location("rebuff_heuristics", path)
    assert s is not None and s.loader is not None
    mod = importlib.util.module_from_spec(s)
    s.loader.exec_module(mod)
    fn: Any = mod.detect_prompt_injection_using_heuristic_on_input
    return lambda text: float(fn(text))


def _stub_llm_guard() -> bool:
    spec = importlib.util.find_spec("llm_guard")
    if spec is None or not spec.submodule_search_locations:
        return False
    root = spec.submodule_search_locations[0]
    # Import the offline scanners without llm_guard/__init__ (which imports torch models).
    for name, path in (
        ("llm_guard", root),
        ("llm_guard.input_scanners", os.path.join(root, "input_scanners")),
    ):
        if name not in sys.modules:
            m = types.ModuleType(name)
            m.__path__ = [path]
            sys.modules[name] = m
    return True


def llm_guard_scanners() -> Callable[[str], Any] | None:
    """LLM Guard 0.3.16 Secrets + InvisibleText input scanners, run in sequence."""
    if not _stub_llm_guard():
        return None
    import structlog

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR))
    from llm_guard.input_scanners.invisible_text import InvisibleText
    from llm_guard.input_scanners.secrets import Secrets

    scanners = [Secrets(), InvisibleText()]

    def run(text: str) -> Any:
        out = []
        for s in scanners:
            text, ok, risk = s.scan(text)
            out.append((ok, risk))
        return out

    return run
