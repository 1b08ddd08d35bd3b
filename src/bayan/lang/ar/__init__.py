"""Language data for ar."""
