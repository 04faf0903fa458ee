"""The presskz command line."""
