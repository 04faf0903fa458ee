"""Loading records into SQLite or PostgreSQL."""
