"""Benchmark and training support for scripts/ (not part of the runtime package)."""
