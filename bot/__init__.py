"""Beachhead: chat alerts when an AI company enters a new country or market."""

__version__ = "0.1.0"
