"""Feedback on answers, kept in SQLite in the data dir so the team can review what failed."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL,
    filters TEXT NOT NULL
)
"""


class FeedbackStore:
    """Append-only feedback table; one short transaction per entry."""

    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / "feedback.sqlite"
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(_SCHEMA)
        return connection

    def add(self, question: str, answer: str, rating: str, comment: str, filters: dict) -> int:
        with self._lock, self._connect() as connection:
            cursor = connection.execute(
                "INSERT INTO feedback (created, question, answer, rating, comment, filters) VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), question, answer, rating, comment, json.dumps(filters)),
            )
            return int(cursor.lastrowid)

    def list(self, limit: int = 100) -> list[dict]:
        with self._lock, self._connect() as connection:
            rows = connection.execute(
                "SELECT id, created, question, answer, rating, comment, filters FROM feedback ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        keys = ("id", "created", "question", "answer", "rating", "comment", "filters")
        return [dict(zip(keys, row[:-1] + (json.loads(row[-1]),))) for row in rows]
