"""qdacoder: qualitative coding for action-learning research in Dutch youth care."""

__version__ = "0.1.0"
