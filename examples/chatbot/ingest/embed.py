"""Embed the help-centre export into Chroma."""

import argparse

import chromadb
from datasets import load_dataset
from sentence_transformers import SentenceTransformer

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2")
args = parser.parse_args()

model = SentenceTransformer(args.model)
pages = load_dataset("json", data_files="help_pages.jsonl")["train"]
faq = load_dataset("bitext/Bitext-customer-support-llm-chatbot-training-dataset")
collection = chromadb.PersistentClient(path="./data/chroma").get_or_create_collection("help")
for i, page in enumerate(pages):
    collection.add(ids=[str(i)], documents=[page["text"]], embeddings=[model.encode(page["text"]).tolist()])
