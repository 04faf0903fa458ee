"""Seeing a release: HTML pages of a record, and of gold beside prediction (`presskz show`)."""
