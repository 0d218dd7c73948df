"""`python -m ankibuild`."""

from .cli import main

main()
