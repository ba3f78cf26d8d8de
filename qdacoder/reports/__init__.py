"""Report tables as Word and Excel files, ready to paste into a research report.

The figures come from ``qdacoder.analysis`` (one source of truth); this package only lays them
out. Every table has the same shape: a bold header row, the rows, and under the table one
note line with the n, the filters and the date written, so a table taken out of its report
still says what it counts.
"""
