"""Batch processing: input discovery, crash-safe output, worker pool, runner and engines (local, Dask)."""
