"""Command-line surface (Typer + Rich). ``main.main`` is the console script."""
