"""Segmentation: the Kazakh tokeniser and sentence splitter (the segment stage)."""
