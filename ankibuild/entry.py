"""The `ankibuild` command (and `python -m ankibuild`): the command line, with the child that parses a
rebuild's changed files forked before anything else is loaded (`standby.fork_early`)."""

from __future__ import annotations

import sys


def run() -> None:
    """Fork the parsing child of a build at once, then run the command line (`cli.run`)."""
    from . import standby

    standby.fork_early(sys.argv)  # first: the child loads the parser while this process loads the rest
    try:
        from .cli import run as command_line

        command_line()
    finally:
        standby.close_early()
