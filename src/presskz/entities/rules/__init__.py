"""The gazetteer's entity rules, one module per family (places, people, positions, titled names, codes)."""
