"""Reading inputs without losing text (.txt with encodings, .html, .docx, JSONL) and writing JSON/JSONL."""
