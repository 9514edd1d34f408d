"""Roots: Family Action Teams assess their family and community engagement, agree and grow."""

__version__ = "0.1.0"
