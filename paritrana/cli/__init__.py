"""The ``paritrana`` command line: the Typer app and one module per command."""

from paritrana.cli.app import app, main
from paritrana.cli import criteria, explain, sensitivity, template, validate  # noqa: F401  (register commands)

__all__ = ["app", "main"]
