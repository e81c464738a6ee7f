"""Rules and value types, pure Python: no Qt, no database sessions."""
