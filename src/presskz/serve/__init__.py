"""`presskz serve`: an HTTP service that loads a pipeline once and extracts records per request."""
