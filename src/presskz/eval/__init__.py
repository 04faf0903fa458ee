"""Evaluation: scorers of every layer against gold, and the KazNERD reader."""
