"""`python -m ankibuild`."""

from .cli import run

run()
