"""Reading articles: bytes to text (encodings, web pages, PDF, Word), titles, dates, boilerplate."""
