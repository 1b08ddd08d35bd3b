"""Language data for en."""
