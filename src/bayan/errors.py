"""Errors that bayan raises on purpose.

Every error a user can cause (a bad file, a bad option, a malformed dictionary) is a
``BayanError`` whose message is one readable line; the CLI prints it and exits non-zero.
Anything else that escapes is a bug.
"""

from __future__ import annotations


class BayanError(Exception):
    """Base class for errors caused by input or configuration, not by a bug."""


class InputError(BayanError):
    """An input file or record cannot be read as an article."""

    def __init__(self, source: str, problem: str):
        self.source = source
        # One line, whatever a parser put in its own message (libxml2 ends some with "\n").
        text = str(problem)
        self.problem = " ".join(text.split()) if "\n" in text or "\r" in text else text
        shown = str(source).replace("\n", "\\n").replace("\r", "\\r")  # a file name may hold a line break
        super().__init__(f"{shown}: {self.problem}")


class DictionaryError(BayanError):
    """A dictionary file (actors, rules) is malformed."""

    def __init__(self, path: str, line: int | None, problem: str):
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
