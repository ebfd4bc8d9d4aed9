"""`gpsearch bench`: speed and memory figures, written to docs/benchmarks.md.

Modules: `run` (the command: parts, printing, the report), `parts` (the measurements),
`corpus` (the synthetic scale corpus), `util` (timing, percentiles, the service subprocess,
machine facts), `report` (tables and the markdown file).
"""
