from fastapi import FastAPI
from openai import OpenAI
import chromadb

from app.settings import CHAT_MODEL, CHROMA_PATH

app = FastAPI()
client = OpenAI()
collection = chromadb.PersistentClient(path=CHROMA_PATH).get_or_create_collection("help")


@app.post("/ask")
def ask(question: str) -> dict:
    hits = collection.query(query_texts=[question], n_results=4)
    context = "\n\n".join(hits["documents"][0])
    reply = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Answer from the context only.\n" + context},
            {"role": "user", "content": question},
        ],
    )
    return {"answer": reply.choices[0].message.content}
