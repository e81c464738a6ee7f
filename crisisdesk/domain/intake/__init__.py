"""Notifications that arrive by e-mail or e-form: reading a message into the fields of a notification."""
