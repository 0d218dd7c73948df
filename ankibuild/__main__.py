"""`python -m ankibuild`."""

from .entry import run

run()
