"""The resolver measured against annotated text (never using the build cache), and the key events of a
corpus against a journalist's timeline.

- ``timeml``: TimeML gold (TempEval-3 style): span, value and type scores.
- ``recognizers``: Microsoft Recognizers-Text DateExtractor cases: span detection only.
- ``timelines``: a corpus's key dates against a journalist's timeline (Timeline17), with ``rouge``.
"""

from .recognizers import CaseScore, CasesError, evaluate_cases, is_case_file, print_case_table
from .timeml import TYPE_SETS, Score, evaluate, print_table, write_errors

__all__ = ["CaseScore", "CasesError", "evaluate_cases", "is_case_file", "print_case_table",
           "TYPE_SETS", "Score", "evaluate", "print_table", "write_errors"]
