"""Addresses that resolve: the geocoder client and the places stored with a record."""
