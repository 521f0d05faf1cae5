"""What a command can end with: exit codes, and a one-line error that carries one."""

from __future__ import annotations

EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class CommandError(Exception):
    """A problem to report in one line, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code
