"""The MRT Desk domain: RMI template knowledge, declarations, rules and workbook I/O (no Qt, no SQL)."""
