"""Messages every part uses: places, the count of errors, the interruption line."""

from __future__ import annotations

from paritrana.i18n.text import Text

YAML_LINE = Text("place.yaml-line", en="{file} line {line}", id="{file} baris {line}")
LINE = Text("place.line", en="line {line}", id="baris {line}")
ERRORS_IN_DATA = Text("data.errors", en="{n:int} errors in the data:", id="data memuat {n:int} kesalahan:")
MORE_ERRORS = Text(
    "data.more-errors",
    en="... and {n:int} more",
    id="… dan {n:int} kesalahan lain",
    cli_en="... and {n:int} more (run `paritrana validate` for the full list)",
    cli_id="… dan {n:int} kesalahan lain (daftar lengkapnya: `paritrana validate`)",
)
