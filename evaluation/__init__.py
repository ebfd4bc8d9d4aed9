"""Grading: search quality on question sets (harness, baselines, reports) and segmentation on
documents in new layouts (layouts)."""
