#!/usr/bin/env python3
"""Reads an .xlsx file with openpyxl (Debian's python3-openpyxl) and prints it as JSON, for the C++ tests:
{"sheets": [titles], "freeze": "A2", "rows": [[{"type": "str|int|float|bool|datetime|none", "value": text,
"format": number format, "bold": bool, "formula": bool}, ...], ...]} for the first sheet. Dates as ISO
(yyyy-mm-ddThh:mm:ss); OOXML escapes (_xHHHH_) of strings read as Excel shows them.

usage: xlsx_dump.py FILE
"""
import json
import sys

import openpyxl
from openpyxl.utils.escape import unescape


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    sheet = workbook.worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            kind = "none" if value is None else type(value).__name__
            if isinstance(value, str):
                value = unescape(value)
            text = value.isoformat() if hasattr(value, "isoformat") else ("" if value is None else str(value))
            cells.append({"type": kind, "value": text, "format": cell.number_format, "bold": bool(cell.font.b),
                          "formula": cell.data_type == "f"})
        rows.append(cells)
    json.dump({"sheets": workbook.sheetnames, "freeze": sheet.freeze_panes, "rows": rows}, sys.stdout,
              ensure_ascii=False)


if __name__ == "__main__":
    main()
