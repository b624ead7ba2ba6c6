"""The ``paritrana`` command line: the Typer app (``app.py``) and one module per command."""

from paritrana.cli.app import app, main

__all__ = ["app", "main"]
