"""crisisdesk: the desk of the public-order (OOV) advisors and the crisis team."""

__version__ = "0.1.0"
