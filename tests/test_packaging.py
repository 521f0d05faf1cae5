"""The installed package carries its data files (tests otherwise import the source tree)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_installed_package_has_its_data_files(tmp_path):
    probe = ("import timeline, tui, pathlib; print(pathlib.Path(timeline.__file__).parent); "
             "print(pathlib.Path(tui.__file__).parent)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                            timeout=60)
    if result.returncode != 0:
        pytest.skip("timeline is not installed in this environment")
    timeline_dir, tui_dir = (Path(line) for line in result.stdout.split())
    if timeline_dir == ROOT / "timeline":
        pytest.skip("timeline is installed in editable mode: the source tree is what runs")
    assert (timeline_dir / "temporal" / "resources" / "en.toml").is_file()
    assert (timeline_dir / "temporal" / "resources" / "sv.toml").is_file()
    assert (tui_dir / "app.tcss").is_file()
    assert (tui_dir / "widgets" / "event_list.py").is_file()
    assert (tui_dir / "screens" / "article.py").is_file()
