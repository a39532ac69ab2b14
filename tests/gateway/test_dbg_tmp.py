import time, threading, httpx
from test_review_e2e import *
def test_dbg(make_gateway, store):
    g = make_gateway(REVIEW_OUT)
    tok = _reviewers(store, "bob")["bob"]
    t0=time.monotonic()
    g.upstream.reply = "This is confidential: the merger closes Friday."
    call = Call(g, {"model": "gpt-4o", "messages": [{"role": "user", "content": "news?"}]})
    item = _wait_item(g, tok); print("item", time.monotonic()-t0)
    r = _act(g, tok, item["id"], "edit", reason="leaks a secret", output=f"use {SECRET}"); print("422", time.monotonic()-t0, r.status_code)
    r = _act(g, tok, item["id"], "edit", reason="remove the deal", output="No news today."); print("edit", time.monotonic()-t0)
    resp = call.result(); print("resp", time.monotonic()-t0)
