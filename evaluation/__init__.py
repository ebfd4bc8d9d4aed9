"""Grading: how well ingestion and search do, measured against labelled data."""
