"""What one request may ask for: checked by the engine, documented by the API's schemas, kept
to by clients that send conversations (the CLI's chat)."""

MAX_QUERY_CHARS = 1000
MAX_TOP_K = 50
MAX_FILTER_VALUES = 50
MAX_HISTORY_TURNS = 20  # earlier turns a request may send
MAX_TURN_CHARS = 4000  # characters of one earlier turn
