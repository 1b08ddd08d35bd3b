"""Language data for fa."""
