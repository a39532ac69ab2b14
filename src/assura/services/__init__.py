"""Thin services: run an analyser, save its results in the store, append to the ledger.

Surfaces (CLI, API, web) call these; analysers never import them.
"""
