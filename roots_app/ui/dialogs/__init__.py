"""Dialogs for setting things up."""
