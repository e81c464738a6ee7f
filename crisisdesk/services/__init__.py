"""Use cases. Each takes a session factory, returns frozen records, raises known errors."""
