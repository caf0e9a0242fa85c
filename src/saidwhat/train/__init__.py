"""Rebuild the models saidwhat ships from the data they were trained on (`make train`)."""
