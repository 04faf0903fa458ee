"""People and the announcement: person clustering with positions (the people stage) and the
record's announcement block (the announcement stage)."""
