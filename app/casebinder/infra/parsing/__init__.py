"""Reading untrusted files, in sandboxed worker processes: what a file is, its text, pages and pictures."""
