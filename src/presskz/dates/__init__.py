"""Dates and times: the date/time grammar, TIMEX3 values, datelines and the dates stage."""
