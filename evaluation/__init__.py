"""Grading search quality: the question-set harness, the stock LlamaIndex baselines, reports."""
