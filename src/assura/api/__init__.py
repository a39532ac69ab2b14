"""HTTP surface (FastAPI, versioned under ``/v1``). ``create_app`` builds the app."""

from assura.api.app import create_app

__all__ = ["create_app"]
