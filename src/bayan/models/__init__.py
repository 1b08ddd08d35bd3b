"""Shipped statistical models (see NOTICE.md for the data they were trained on)."""
