"""Errors the command line reports as a message and exit code, never as a traceback."""

from __future__ import annotations


class UsageError(Exception):
    """The user asked for something that cannot be done as asked (exit code 2)."""
