"""CI, with the installed wheel, from a folder outside the checkout that links the samples in as examples/:
run the README's "From Python" example as written, and check what it promises (typed columns, the samples'
officials in the network). Usage: python from_python.py README.md"""

import re
import sys
from pathlib import Path

import pandas as pd

readme = Path(sys.argv[1]).resolve()
block = re.search(r"## From Python\n.*?```python\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
assert block, "README.md has no From Python example"
scope: dict = {}
exec(block[1], scope)

kg = scope["kg"]
assert not Path(kg.__file__).resolve().is_relative_to(readme.parent), kg.__file__  # the wheel's kg
events = kg.query(scope["g"], "queries/cq_events.rq")  # not in this folder: the query that comes with kg
assert str(events["date"].dtype).startswith("datetime64"), events.dtypes
assert str(events["edition"].dtype) == "Int64" and str(events["date_precision"].dtype) == "category", events.dtypes
assert pd.api.types.is_string_dtype(events["event"]), events.dtypes
assert scope["report"].conforms and len(scope["facts"]) == scope["g"].report.articles_written
names = {label for _, label in scope["nets"].officials.nodes(data="label")}
assert {"Bùi Thanh Sơn", "Hayashi Yoshimasa", "Marc Knapper"} <= names, names
print(f"README's From Python example: {len(events)} event rows, {len(names)} officials met since 2023")
