"""The MRT Desk domain: RMI templates, declarations, rules and workbook I/O (no Qt, no SQL)."""
