"""Pipeline stages: one module per stage, each exposing a Stage subclass (see pipeline.py)."""
