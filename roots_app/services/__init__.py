"""One function per user action; each owns its database session and returns plain data."""
