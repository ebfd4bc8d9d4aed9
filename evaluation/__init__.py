"""Grading: how well ingestion and search do, measured against labelled data (question sets,
layout fixtures, the stock LlamaIndex baselines, reports)."""
