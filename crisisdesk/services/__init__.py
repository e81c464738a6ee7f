"""Use cases. Each takes a session factory, returns frozen records, raises known errors."""

# Every session of every service checks field lengths, NUL bytes and date ranges first.
import crisisdesk.services.field_limits  # noqa: F401
