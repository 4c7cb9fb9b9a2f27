"""The HTTP API: FastAPI routes over the orchestrator and a job runner (see `main`)."""
