"""Addresses that resolve on screen: the address field with suggestions."""
