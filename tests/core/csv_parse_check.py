#!/usr/bin/env python3
"""Parses a CSV file with Python's csv module, as a consumer of Wijkregie's exports would, and prints the rows as
JSON (a list of lists of strings). Used by the core tests (CsvWriterTests.cpp) to prove the exports parse with a
real parser.

usage: csv_parse_check.py FILE excel-nl|rfc4180
"""
import csv
import json
import sys


def main():
    path, dialect = sys.argv[1], sys.argv[2]
    if dialect == "excel-nl":
        with open(path, "rb") as f:
            if not f.read(3) == b"\xef\xbb\xbf":
                sys.exit("excel-nl file without BOM")
        encoding, delimiter = "utf-8-sig", ";"
    else:
        with open(path, "rb") as f:
            if f.read(3) == b"\xef\xbb\xbf":
                sys.exit("rfc4180 file with a BOM")
        encoding, delimiter = "utf-8", ","
    with open(path, "rb") as f:
        data = f.read()
    # Every record must end in CRLF (line breaks inside quoted cells are data).
    if data and not data.endswith(b"\r\n"):
        sys.exit("the file does not end with CRLF")
    with open(path, newline="", encoding=encoding) as f:
        rows = list(csv.reader(f, delimiter=delimiter, quotechar='"', doublequote=True, strict=True))
    json.dump(rows, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
