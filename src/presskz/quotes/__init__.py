"""Quotes: direct and indirect speech with their speech verbs (the quotes stage)."""
