#!/usr/bin/env python3
"""The XLSX round trip of issue "XLSX export": every exportable table of the small demo is exported by the real
wijkregie executable both as excel-nl CSV and as XLSX; the workbook is read with openpyxl (Debian's
python3-openpyxl, as a policy officer's tools would read it) and every cell is compared with the CSV cell, value AND
type: text stays str (leading zeros kept, formula-like text never a formula), dates are datetimes shown dd-mm-yyyy,
euros are numbers with a euro currency format, hours and counts are numbers, booleans are booleans; the header row is
bold and frozen at A2. Also: personal data only when asked, and such a workbook owner-only.

usage: xlsx_export_check.py --app WIJKREGIE
       xlsx_export_check.py --compare CSV XLSX   (one excel-nl CSV and one workbook of the same list, e.g. from the
                                                 window's list export; prints the cells compared per kind)
Exit status 0 when everything holds; otherwise the first failures on stderr and exit 1.
"""
import argparse
import csv
import datetime
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.utils.escape import unescape

TABLES = ["wards", "initiatives", "persons", "involvements", "activities", "critical_roles", "partners",
          "agreements", "kpis", "kpi_measurements", "goals", "goal_measurements", "participation", "needs", "offers"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

failures = []


def fail(message):
    failures.append(message)


def run(app, *args):
    env = dict(os.environ, LANGUAGE="nl", LANG="nl_NL.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([app, *args], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    return result


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f, delimiter=";", quotechar='"', doublequote=True, strict=True))


def dutch_number(text):
    return float(text.replace(",", "."))


def text_of(cell):
    """The cell's value as Excel shows it: openpyxl 3.0 leaves the OOXML escapes _xHHHH_ of inline strings (ECMA-376
    Part 1, 22.9.2.19) as they are; Excel reads them as the character, and _x005F_ as the underscore."""
    if isinstance(cell.value, str):
        return unescape(cell.value)
    return cell.value


def compare_cell(where, text, cell, counts):
    """`text` is the excel-nl CSV cell, `cell` the openpyxl cell of the same row and column."""
    value = text_of(cell)
    if cell.data_type == "f":
        fail(f"{where}: a formula {value!r}")
        return
    if text == "":
        if value is not None and value != "":
            fail(f"{where}: CSV empty, XLSX {value!r}")
        return
    if value is None:
        fail(f"{where}: CSV {text!r}, XLSX empty")
        return
    if isinstance(value, bool):
        counts["bool"] += 1
        # yes/no in the interface language (the command line speaks Dutch, the widget tests English)
        if text not in (("ja", "yes") if value else ("nee", "no")):
            fail(f"{where}: CSV {text!r}, XLSX boolean {value}")
    elif isinstance(value, datetime.datetime):
        counts["date"] += 1
        if cell.number_format != "dd-mm-yyyy":
            fail(f"{where}: date with number format {cell.number_format!r}")
        if value.strftime("%d-%m-%Y") != text or value.time() != datetime.time(0, 0):
            fail(f"{where}: CSV {text!r}, XLSX date {value}")
    elif isinstance(value, (int, float)):
        if "€" in cell.number_format:
            counts["money"] += 1
            # excel-nl writes euros with two decimals and a decimal comma
            if f"{value:.2f}".replace(".", ",") != text:
                fail(f"{where}: CSV {text!r}, XLSX amount {value}")
        else:
            counts["number"] += 1
            if cell.number_format != "General":
                fail(f"{where}: number with format {cell.number_format!r}")
            if len(text) > 1 and text[0] == "0" and text[1].isdigit():
                fail(f"{where}: {text!r} became the number {value} (leading zero lost)")
            # libxlsxwriter writes numbers with 16 significant digits (%.16G), the CSV the shortest exact form (up
            # to 17); Excel itself keeps 15 ("Excel specifications and limits": number precision).
            elif abs(dutch_number(text) - value) > 1e-15 * max(1.0, abs(value)):
                fail(f"{where}: CSV {text!r}, XLSX number {value}")
    elif isinstance(value, str):
        counts["text"] += 1
        if cell.data_type != "s":
            fail(f"{where}: text of type {cell.data_type!r}")
        # excel-nl guards formula-like text with a leading '; the workbook holds the text itself, as a string
        expected = text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text
        if value != expected:
            fail(f"{where}: CSV {text!r}, XLSX text {value!r}")
        if value.startswith(FORMULA_STARTS):
            counts["formula-like text"] += 1
    else:
        fail(f"{where}: unexpected type {type(value).__name__}")


def check_table(app, db, folder, table, personal):
    suffix = "-personal" if personal else ""
    csv_path = os.path.join(folder, f"{table}{suffix}.csv")
    xlsx_path = os.path.join(folder, f"{table}{suffix}.xlsx")
    extra = ["--with-personal-data"] if personal else []
    run(app, "export", db, "--table", table, "--out", csv_path, "--dialect", "excel-nl", *extra)
    # --format inferred from the .xlsx suffix
    run(app, "export", db, "--table", table, "--out", xlsx_path, *extra)
    rows, sheet, counts = compare_files(csv_path, xlsx_path, f"{table}{suffix}")
    return rows, sheet, counts, xlsx_path


def compare_files(csv_path, xlsx_path, where):
    """Compares an excel-nl CSV and a workbook of the same rows cell by cell; returns the CSV rows, the sheet and the
    cells compared per kind."""
    rows = read_csv(csv_path)
    workbook = openpyxl.load_workbook(xlsx_path)
    sheet = workbook.active
    if len(workbook.worksheets) != 1:
        fail(f"{where}: {len(workbook.worksheets)} sheets")
    if sheet.freeze_panes != "A2":
        fail(f"{where}: header frozen at {sheet.freeze_panes!r}, not A2")
    if sheet.max_row != len(rows) or sheet.max_column != len(rows[0]):
        fail(f"{where}: XLSX {sheet.max_row}x{sheet.max_column}, CSV {len(rows)}x{len(rows[0])}")
    header = [c.value for c in sheet[1]]
    if header != rows[0]:
        fail(f"{where}: header {header} is not the CSV's {rows[0]}")
    if not all(c.font.b for c in sheet[1]):
        fail(f"{where}: header not bold")
    for c in range(1, len(rows[0]) + 1):
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width
        if not 6 <= width <= 62:
            fail(f"{where}: column {c} width {width}")
    counts = {"text": 0, "number": 0, "money": 0, "date": 0, "bool": 0, "formula-like text": 0}
    for r, (csv_row, xlsx_row) in enumerate(zip(rows[1:], sheet.iter_rows(min_row=2)), start=2):
        for c, (text, cell) in enumerate(zip(csv_row, xlsx_row)):
            compare_cell(f"{where} row {r} column {rows[0][c]}", text, cell, counts)
    return rows, sheet, counts


def column(rows, sheet, label):
    c = rows[0].index(label) + 1
    return [sheet.cell(row=r, column=c) for r in range(2, sheet.max_row + 1)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app")
    parser.add_argument("--compare", nargs=2, metavar=("CSV", "XLSX"))
    args = parser.parse_args()
    if args.compare:
        _, _, counts = compare_files(args.compare[0], args.compare[1], os.path.basename(args.compare[1]))
        print(json.dumps(counts))
        return report()
    if not args.app:
        parser.error("--app or --compare")
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "demo.wijkregie")
        run(args.app, "demo", db, "--size", "small")
        # What Excel must not turn into numbers or formulas (field case 07: a title typed as a formula).
        with sqlite3.connect(db) as c:
            c.execute("UPDATE initiatives SET title = '=HYPERLINK(\"http://x\";\"klik\")' WHERE id = 1")
            c.execute("UPDATE initiatives SET title = '+31 buurt', description = '@SUM(A1)' WHERE id = 2")
            c.execute("UPDATE initiatives SET title = '-min', description = 'tekst _x0041_ blijft' WHERE id = 3")
            c.execute("UPDATE initiatives SET funding_source = 'regel 1' || char(10) || 'tab' || char(9) || 'bel' || char(7) WHERE id = 4")
            c.execute("UPDATE persons SET phone = '0612345678' WHERE id = 1")
        totals = {}
        for table in TABLES:
            rows, sheet, counts, _ = check_table(args.app, db, folder, table, personal=False)
            for k, v in counts.items():
                totals[k] = totals.get(k, 0) + v
            if table == "activities":
                dates = column(rows, sheet, "Datum")
                hours = column(rows, sheet, "Uren")
                if not all(isinstance(d.value, datetime.datetime) for d in dates):
                    fail("activities: a date that is no datetime")
                if not all(isinstance(h.value, (int, float)) and not isinstance(h.value, bool) for h in hours):
                    fail("activities: hours that are no number")
                if not any(isinstance(h.value, float) and h.value != int(h.value) for h in hours):
                    fail("activities: no hours with a fraction (quarters) seen")
            if table == "initiatives":
                titles = [c.value for c in column(rows, sheet, "Titel")]
                for title in ['=HYPERLINK("http://x";"klik")', "+31 buurt", "-min"]:
                    if title not in titles:
                        fail(f"initiatives: title {title!r} not kept as text")
                if "tekst _x0041_ blijft" not in [text_of(c) for c in column(rows, sheet, "Omschrijving")]:
                    fail("initiatives: a literal _x0041_ did not stay as written")
                budgets = column(rows, sheet, "Budget toegekend")
                if not any(isinstance(b.value, (int, float)) and b.value > 0 for b in budgets):
                    fail("initiatives: no granted budget as a number")
                if not all("€" in b.number_format for b in budgets if b.value is not None):
                    fail("initiatives: a budget without the euro format")
                if not all(isinstance(w.value, str) and w.value.startswith("WK0") for w in column(rows, sheet, "Wijk")):
                    fail("initiatives: a ward code that is no text")
            if table == "persons":
                for label in ("Voornaam", "Achternaam", "E-mail", "Telefoon"):
                    if label in rows[0]:
                        fail(f"persons without personal data has a column {label}")
        # With personal data: names and phones as text, leading zero kept; owner-only from the start.
        rows, sheet, counts, path = check_table(args.app, db, folder, "persons", personal=True)
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
        phones = [c.value for c in column(rows, sheet, "Telefoon") if c.value is not None]
        if "0612345678" not in phones:
            fail("persons: the phone 0612345678 is not the text '0612345678'")
        if not phones or not all(isinstance(p, str) for p in phones):
            fail("persons: a phone that is no text")
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            fail(f"persons with personal data: mode {oct(mode)}, not owner-only")
        for kind in ("text", "number", "money", "date", "bool", "formula-like text"):
            if totals.get(kind, 0) == 0:
                fail(f"no {kind} cell was compared")
        print("compared cells:", totals)
    return report()


def report():
    for message in failures[:40]:
        print(message, file=sys.stderr)
    if len(failures) > 40:
        print(f"... and {len(failures) - 40} more", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
