"""Places on the map: geocoded points, their roles and the distance between them."""
