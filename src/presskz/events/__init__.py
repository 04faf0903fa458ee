"""Events: trigger matching, clauses, mentions with their arguments, and the events stage."""
