"""PDF documents built with reportlab: no Qt here."""
