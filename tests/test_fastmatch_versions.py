"""kg/fastmatch.py builds on CPython's private regular-expression internals: it names the versions it supports
(SUPPORTED_PYTHON), refuses others with a message, and works under each of them (run here under every
listed interpreter found on the machine, as `pythonX.Y` or under pyenv)."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import tomllib

import pytest
from conftest import ROOT

from kg.fastmatch import INTERNALS, SUPPORTED_PYTHON, check_python

# Run by each interpreter with the checkout on its path. Those interpreters have none of the project's
# dependencies: the Aho-Corasick module (not used by what is checked here) is stood in for. The guarded
# patterns (whose guards and anchors come from re._parser and re._constants) must match as the plain ones,
# and case folding (re._casefix, _sre) must fold as the table does.
CHECK = r'''
import re, sys, types
from pathlib import Path
try:
    import ahocorasick  # noqa: F401
except ImportError:
    sys.modules["ahocorasick"] = types.ModuleType("ahocorasick")
from kg.fastmatch import (EndAnchored, _fold_table, anchors, case_folded, compile_guarded, may_match,
                          phrase_regex)

root = Path(sys.argv[1])
patterns = [(r"(?i:hội đàm|gặp gỡ)", 0), (r"^(?:tại|ở)$", 0), (r"(?:a)?", 0), (r"(?<!\w)(?i:in|im)", 0),
            (r"(?<!\d)(?:ngày\s+)?(\d{1,2})/", 0), (r"(?a)(?<!\d)(?u:\d)", 0), (r"(?:của|với)\s+$", 0),
            (r"(?i)\b(?:talks|met)\b", 0), (r"(?<![\w])Bộ trưởng(?: Ngoại giao)?(?!\w)", re.I)]
for path in sorted(root.glob("kg/data/*/event_context.tsv")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "kind\t")) or "\t" not in line:
            continue
        kind, pattern = line.split("\t")[:2]
        patterns.append((rf"(?<!\w)(?:{pattern})" + (r"\s*$" if kind == "frame" else ""), re.I))
for path in sorted(root.glob("kg/data/*/date_patterns.tsv")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "kind\t")) or "\t" not in line:
            continue
        pattern = line.split("\t")[1].replace("{month}", "January|tháng|Sept").replace("{weekday}", "Monday|thứ Hai")
        patterns.append((pattern, 0))
text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "examples" / "articles").rglob("*.txt")))
lines = [line for line in text.splitlines() if line.strip()]
lines += [line.upper() for line in lines] + ["Straße İstanbul ſ K µ ǅ", "ngày 8/9 tại Hà Nội của "]
checked = 0
for pattern, flags in patterns:
    plain, guarded = re.compile(pattern, flags), compile_guarded(pattern, flags)
    for line in lines:
        found = [m.span() + m.groups() for m in plain.finditer(line)]
        assert found == [m.span() + m.groups() for m in guarded.finditer(line)], pattern
        if found:
            assert may_match(anchors(guarded), line, case_folded(line)), pattern
        if isinstance(guarded, EndAnchored):
            wanted, got = plain.search(line), guarded.search(line)
            assert (wanted and wanted.span()) == (got and got.span()), pattern
        checked += 1
table = _fold_table()
chars = "".join(chr(c) for c in range(0x1F000) if not 0xD800 <= c < 0xE000 and chr(c) != "İ")
assert case_folded(chars) == chars.translate(table)
phrases = phrase_regex(["Bộ trưởng", "Bộ trưởng Ngoại giao", "Thủ tướng"], ignore_case=True)
found = [m.group() for m in phrases.finditer("BỘ TRƯỞNG NGOẠI GIAO và thủ tướng")]
assert found == ["BỘ TRƯỞNG NGOẠI GIAO", "thủ tướng"], found
print("checked", len(patterns), "patterns on", checked // len(patterns), "lines")
'''


def interpreter(version: tuple[int, int]) -> str | None:
    """A CPython of that version on this machine: this one, one under pyenv, or pythonX.Y on the path (that
    answers as that version: a pyenv shim may not)."""
    if sys.version_info[:2] == version:
        return sys.executable
    name = f"{version[0]}.{version[1]}"
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    for candidate in sorted(glob.glob(f"{pyenv}/versions/{name}.*/bin/python{name}"))[::-1] + \
            [shutil.which(f"python{name}") or ""]:
        if candidate and subprocess.run([candidate, "-c", f"import sys; assert sys.version_info[:2] == {version}"],
                                        capture_output=True, timeout=60).returncode == 0:
            return candidate
    return None


@pytest.mark.parametrize("version", SUPPORTED_PYTHON, ids=lambda v: f"{v[0]}.{v[1]}")
def test_the_matcher_works_under_each_supported_python(version):
    python = interpreter(version)
    if python is None:
        pytest.skip(f"no Python {version[0]}.{version[1]} on this machine")
    done = subprocess.run([python, "-I", "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); " + CHECK, str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.match(r"checked \d+ patterns on \d+ lines", done.stdout)


def test_other_pythons_are_refused_with_the_reason():
    check_python(sys.version_info[:2], "cpython")  # this one is supported: the tests run on it
    for version, implementation in (((3, 10), "cpython"), ((3, 14), "cpython"), ((3, 11), "pypy")):
        with pytest.raises(ImportError) as refused:
            check_python(version, implementation)
        message = str(refused.value)
        assert "3.11, 3.12, 3.13" in message and f"{version[0]}.{version[1]}" in message
        assert all(internal.split()[0] in message for internal in INTERNALS)


def test_the_package_metadata_says_the_same_versions():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    low, high = min(SUPPORTED_PYTHON), max(SUPPORTED_PYTHON)
    assert requires == f">={low[0]}.{low[1]},<{high[0]}.{high[1] + 1}"
