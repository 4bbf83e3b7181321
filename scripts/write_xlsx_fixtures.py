#!/usr/bin/env python3
"""Write the Excel test fixtures (.xlsx) from their tab-separated sources, byte for byte the same
on every run.

Usage (from the repository root):
    python3 scripts/write_xlsx_fixtures.py

Sources are in tests/fixtures/xlsx-src/: one .tsv per sheet, UTF-8, tab-separated. A cell that
reads as a number is written as a number, like the numbers of the official workbooks; every other
non-empty cell is a shared string, as Excel writes text. Standard library only.

Workbooks written (see WORKBOOKS): the O*NET Excel edition's Skills.xlsx and Knowledge.xlsx
(one sheet named like the file), and the BLS Employment Projections occupation.xlsx (an "Index"
sheet, then "Table 1.2" with a title row above its header, as BLS publishes it).
"""

from __future__ import annotations

import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

SRC = "tests/fixtures/xlsx-src"
WORKBOOKS = [
    ("tests/fixtures/onet-excel/Skills.xlsx", [("Skills", "Skills.tsv")]),
    ("tests/fixtures/onet-excel/Knowledge.xlsx", [("Knowledge", "Knowledge.tsv")]),
    (
        "tests/fixtures/bls/occupation.xlsx",
        [("Index", "occupation-index.tsv"), ("Table 1.2", "occupation-table-1.2.tsv")],
    ),
]
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
# A fixed time for every member, so the same sources give the same bytes.
DATE = (1980, 1, 1, 0, 0, 0)


def column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def read_rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return [line.rstrip("\r\n").split("\t") for line in f if line.strip("\r\n")]


def sheet_xml(rows: list[list[str]], strings: dict[str, int]) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ]
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f"{column_name(c)}{r}"
            if NUMBER.match(value):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                index = strings.setdefault(value, len(strings))
                out.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_workbook(path: str, sheets: list[tuple[str, str]]) -> None:
    strings: dict[str, int] = {}
    sheet_files = [sheet_xml(read_rows(os.path.join(SRC, src)), strings) for _, src in sheets]
    shared = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    n = len(sheets)
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                for i in range(1, n + 1)
            )
            + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(
                f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                for i, (name, _) in enumerate(sheets, start=1)
            )
            + "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, n + 1)
            )
            + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/sharedStrings.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
            + shared
            + "</sst>"
        ),
    }
    for i, xml in enumerate(sheet_files, start=1):
        members[f"xl/worksheets/sheet{i}.xml"] = xml
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    print(f"{path}: {', '.join(name for name, _ in sheets)}")


def main() -> int:
    for path, sheets in WORKBOOKS:
        write_workbook(path, sheets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
