import os

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
CHAT_MODEL = os.getenv("CHAT_MODEL", "gpt-4o-mini")
EMBEDDING_MODEL = "text-embedding-3-small"
CHROMA_PATH = os.getenv("CHROMA_PATH", "./data/chroma")
