"""Language data for ur."""
