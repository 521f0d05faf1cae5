"""The model never imports Textual (as harlequin's test_import_hygiene.py checks)."""

import subprocess
import sys


def test_timeline_does_not_import_textual():
    code = ("import sys, timeline, timeline.cli, timeline.build, timeline.export, timeline.corpus; "
            "timeline.cli.make_parser(); "
            "print('textual' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
