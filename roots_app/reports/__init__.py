"""PDF documents rendered with ReportLab; every renderer returns bytes."""
