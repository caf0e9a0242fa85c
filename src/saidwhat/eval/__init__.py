"""Evaluations of saidwhat against annotated data sets (one module per data set)."""
