"""Fixture programs for codescan: one per source and sink family, each with a negative twin.

Every case is (id, code, rule or None). A line ending in ``# SINK`` is where the finding
must be reported; a case with rule None (a negative twin: sanitised, validated, gated or
harmless) must produce no finding of the paired rule. The code is written for these tests.
"""

from __future__ import annotations

# --- sources: LLM SDKs and frameworks, each feeding exec ----------------------------------
SOURCES = [
    (
        "openai-chat",
        """
from openai import OpenAI
client = OpenAI()
def run(q):
    r = client.chat.completions.create(model="m", messages=[{"role": "user", "content": q}])
    code = r.choices[0].message.content
    exec(code)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "openai-responses-stream",
        """
import openai
def run(q):
    out = ""
    for chunk in openai.OpenAI().responses.create(model="m", input=q, stream=True):
        out += chunk.delta
    eval(out)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "anthropic-messages",
        """
import anthropic
import subprocess
def run(q):
    msg = anthropic.Anthropic().messages.create(model="c", max_tokens=10, messages=[])
    cmd = msg.content[0].text
    subprocess.run(cmd, shell=True)  # SINK
""",
        "CODE-LLM-SHELL",
    ),
    (
        "langchain-invoke",
        """
import os
def run(llm, q):
    answer = llm.invoke(q).content
    os.system(answer)  # SINK
""",
        "CODE-LLM-SHELL",
    ),
    (
        "langchain-llmchain-run",
        """
from langchain.chains import LLMChain
def run(llm, prompt, q):
    chain = LLMChain(llm=llm, prompt=prompt)
    sql = chain.run(q)
    conn.execute(sql)  # SINK
""",
        "CODE-LLM-SQL",
    ),
    (
        "llamaindex-query",
        """
def run(index, q):
    query_engine = index.as_query_engine()
    expr = str(query_engine.query(q))
    return eval(expr)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "hf-pipeline",
        """
from transformers import pipeline
gen = pipeline("text-generation")
def run(q):
    text = gen(q)[0]["generated_text"]
    exec(text)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "hf-generate-decode",
        """
def run(model, tokenizer, q):
    ids = model.generate(**tokenizer(q, return_tensors="pt"))
    code = tokenizer.decode(ids[0])
    exec(code)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "litellm",
        """
import litellm
def run(q):
    r = litellm.completion(model="m", messages=[])
    exec(r["choices"][0]["message"]["content"])  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "ollama",
        """
import ollama
def run(q):
    r = ollama.chat(model="llama3", messages=[])
    exec(r["message"]["content"])  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "gemini",
        """
import google.generativeai as genai
def run(q):
    model = genai.GenerativeModel("gemini")
    code = model.generate_content(q).text
    exec(code)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "bedrock",
        """
import boto3, json
def run(q):
    brt = boto3.client("bedrock-runtime")
    body = json.loads(brt.invoke_model(modelId="x", body="{}")["body"].read())
    exec(body["completion"])  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "async-await-with",
        """
async def run(chain, q):
    async with lock:
        res = await chain.ainvoke({"q": q})
    exec(res)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "retriever",
        """
def run(retriever, q):
    docs = retriever.invoke(q)
    text = "\\n".join(d.page_content for d in docs)
    exec(text)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "loader",
        """
from langchain_community.document_loaders import WebBaseLoader
def run(url):
    loader = WebBaseLoader(url)
    pages = loader.load()
    exec(pages[0].page_content)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "tool-decorator",
        """
from langchain.tools import tool
import subprocess
@tool
def shell(command: str) -> str:
    \"\"\"Run a command.\"\"\"
    return subprocess.check_output(command, shell=True)  # SINK
""",
        "CODE-LLM-SHELL",
    ),
    (
        "tool-registered",
        """
from langchain.agents import Tool
def lookup(user_id):
    cur.execute("SELECT * FROM t WHERE id = '%s'" % user_id)  # SINK
lookup_tool = Tool(name="lookup", func=lookup, description="d")
""",
        "CODE-LLM-SQL",
    ),
]

# --- sinks, each with its negative twin -----------------------------------------------
SINKS = [
    (
        "sql-fstring",
        """
def run(llm, q):
    uid = llm.predict(q)
    cursor.execute(f"SELECT * FROM users WHERE id = '{uid}'")  # SINK
""",
        "CODE-LLM-SQL",
    ),
    (
        "sql-params-neg",
        """
def run(llm, q):
    uid = llm.predict(q)
    cursor.execute("SELECT * FROM users WHERE id = ?", (uid,))
""",
        None,
    ),
    (
        "sql-db-run",
        """
def run(self, q):
    sql_cmd = self.llm_chain.predict(question=q).strip()
    return self.database.run(sql_cmd)  # SINK
""",
        "CODE-LLM-SQL",
    ),
    (
        "sql-allowlist-neg",
        """
ALLOWED = {"SELECT 1", "SELECT 2"}
def run(self, q):
    sql_cmd = self.llm_chain.predict(question=q).strip()
    if sql_cmd not in ALLOWED:
        raise ValueError("no")
    return self.database.run(sql_cmd)
""",
        None,
    ),
    (
        "cypher-graph-query",
        """
def run(graph, chain, q):
    generated_cypher = chain.invoke(q)
    return graph.query(generated_cypher)  # SINK
""",
        "CODE-LLM-SQL",
    ),
    (
        "sqlalchemy-text",
        """
from sqlalchemy import text
def run(session, llm, q):
    stmt = llm.invoke(q).content
    session.execute(text(stmt))  # SINK
""",
        "CODE-LLM-SQL",
    ),
    (
        "jinja-template",
        """
from jinja2 import Template
def run(llm, q):
    tpl = llm.invoke(q).content
    return Template(tpl).render()  # SINK
""",
        "CODE-LLM-TEMPLATE",
    ),
    (
        "jinja-sandbox-neg",
        """
from jinja2.sandbox import SandboxedEnvironment
def run(llm, q):
    env = SandboxedEnvironment()
    tpl = llm.invoke(q).content
    return env.from_string(tpl).render()
""",
        None,
    ),
    (
        "html-unsafe",
        """
import streamlit as st
def show(llm, q):
    answer = llm.invoke(q).content
    st.markdown(answer, unsafe_allow_html=True)  # SINK
""",
        "CODE-LLM-HTML",
    ),
    (
        "html-safe-neg",
        """
import streamlit as st
import html
def show(llm, q):
    answer = llm.invoke(q).content
    st.markdown(answer)
    st.markdown(html.escape(answer), unsafe_allow_html=True)
""",
        None,
    ),
    (
        "path-write",
        """
def save(llm, q, data):
    name = llm.invoke(q).content
    with open(name, "w") as fh:  # SINK
        fh.write(data)
""",
        "CODE-LLM-PATH",
    ),
    (
        "path-basename-neg",
        """
import os
def save(llm, q, data):
    name = os.path.basename(llm.invoke(q).content)
    with open(os.path.join("/srv/out", name), "w") as fh:
        fh.write(data)
""",
        None,
    ),
    (
        "ssrf-requests",
        """
import requests
def fetch(agent, q):
    url = agent.run(q)
    return requests.get(url).text  # SINK
""",
        "CODE-LLM-SSRF",
    ),
    (
        "ssrf-requests-wrapper",
        """
def fetch(self, q):
    api_url = self.api_request_chain.predict(question=q)
    return self.requests_wrapper.get(api_url)  # SINK
""",
        "CODE-LLM-SSRF",
    ),
    (
        "ssrf-allowlist-neg",
        """
import requests
ALLOWED_HOSTS = ["https://api.example.com/a"]
def fetch(agent, q):
    url = agent.run(q)
    if url in ALLOWED_HOSTS:
        return requests.get(url).text
""",
        None,
    ),
    (
        "deser-pickle",
        """
import pickle, base64
def load(llm, q):
    blob = base64.b64decode(llm.invoke(q).content)
    return pickle.loads(blob)  # SINK
""",
        "CODE-LLM-DESER",
    ),
    (
        "sympify",
        """
from sympy import sympify
def solve(llm, q):
    expr = llm.predict(q)
    return sympify(expr)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "numexpr-restricted-neg",
        """
import numexpr
def solve(llm, q):
    expr = llm.predict(q)
    return numexpr.evaluate(expr.strip(), global_dict={}, local_dict={})
""",
        None,
    ),
    (
        "literal-eval-neg",
        """
import ast
def parse(llm, q):
    value = ast.literal_eval(llm.predict(q))
    return eval(repr(value))
""",
        None,
    ),
    (
        "exec-module",
        """
import importlib.util
def load(llm, q):
    path = llm.invoke(q).content
    spec = importlib.util.spec_from_file_location("m", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "shell-quote-neg",
        """
import shlex, subprocess
def run(llm, q):
    arg = llm.invoke(q).content
    subprocess.run("ls " + shlex.quote(arg), shell=True)
""",
        None,
    ),
    (
        "validator-neg",
        """
def run(llm, q):
    code = llm.predict(q)
    validate_code(code)
    exec(code)
""",
        None,
    ),
    (
        "display-only-neg",
        """
import streamlit as st
from openai import OpenAI
client = OpenAI()
prompt = st.chat_input()
r = client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])
msg = r.choices[0].message.content
st.chat_message("assistant").write(msg)
""",
        None,
    ),
]

# --- inter-procedural -----------------------------------------------------------------
INTERPROC = [
    (
        "helper-returns-llm",
        """
def ask(client, q):
    return client.chat.completions.create(model="m", messages=[]).choices[0].message.content
def run(client, q):
    exec(ask(client, q))  # SINK
""",
        "CODE-LLM-EXEC",
    ),
    (
        "method-via-self",
        """
class Runner:
    def __init__(self, llm):
        self.llm = llm
    def _execute(self, code):
        exec(code)  # SINK
    def run(self, q):
        out = self.llm.invoke(q).content
        return self._execute(out)
""",
        "CODE-LLM-EXEC",
    ),
    (
        "field-across-methods",
        """
class Agent:
    def plan(self, q):
        self.plan_text = self.llm.invoke(q).content
    def act(self):
        os.system(self.plan_text)  # SINK
""",
        "CODE-LLM-SHELL",
    ),
    (
        "callable-field",
        """
def default_processor(output):
    exec(output)  # SINK
class Engine:
    def __init__(self, processor=None):
        self._processor = processor or default_processor
    def query(self, q):
        text = self.llm_predictor.predict(q)
        return self._processor(text)
""",
        "CODE-LLM-EXEC",
    ),
    (
        "flag-gate-neg",
        """
class Engine:
    def __init__(self, allow_dangerous_code: bool = False):
        self.allow_dangerous_code = allow_dangerous_code
    def run(self, q):
        code = self.llm.invoke(q).content
        if not self.allow_dangerous_code:
            raise ValueError("set allow_dangerous_code=True to run generated code")
        exec(code)
""",
        None,
    ),
]

# --- system role -------------------------------------------------------------------------
SYSTEM_ROLE = [
    (
        "system-role-flask",
        """
from flask import request
from openai import OpenAI
client = OpenAI()
def chat():
    persona = request.args.get("persona")
    return client.chat.completions.create(model="m", messages=[
        {"role": "system", "content": f"You are {persona}"},  # SINK
        {"role": "user", "content": "hi"},
    ])
""",
        "CODE-PROMPT-SYSTEM-ROLE",
    ),
    (
        "system-role-streamlit",
        """
import streamlit as st
from langchain_core.messages import SystemMessage, HumanMessage
instructions = st.text_input("instructions")
msgs = [SystemMessage(content=instructions), HumanMessage(content="hi")]  # SINK
""",
        "CODE-PROMPT-SYSTEM-ROLE",
    ),
    (
        "system-role-user-neg",
        """
from flask import request
def chat(client):
    q = request.form["q"]
    return client.chat.completions.create(model="m", messages=[
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": q},
    ])
""",
        None,
    ),
]

# --- pattern rules ------------------------------------------------------------------------
PATTERNS = [
    ("torch-load", "import torch\nm = torch.load(path)  # SINK\n", "CODE-TORCH-LOAD"),
    (
        "torch-load-weights-only-neg",
        "import torch\nm = torch.load(path, weights_only=True)\n",
        None,
    ),
    (
        "torch-load-partial",
        "import torch\nfrom functools import partial\nload = partial(torch.load, map_location='cpu')  # SINK\n",
        "CODE-TORCH-LOAD",
    ),
    (
        "pickle-file",
        "import pickle\nwith open(p, 'rb') as f:\n    obj = pickle.load(f)  # SINK\n",
        "CODE-UNSAFE-PICKLE",
    ),
    ("joblib", "import joblib\nclf = joblib.load('model.joblib')  # SINK\n", "CODE-UNSAFE-PICKLE"),
    (
        "pickle-gated-neg",
        """
import pickle
def load_local(path, *, allow_dangerous_deserialization: bool = False):
    if not allow_dangerous_deserialization:
        raise ValueError("pickle files can run code; opt in explicitly")
    with open(path, "rb") as f:
        return pickle.load(f)
""",
        None,
    ),
    (
        "trust-remote-code",
        "from transformers import AutoModel\nm = AutoModel.from_pretrained(name, trust_remote_code=True)  # SINK\n",
        "CODE-TRUST-REMOTE-CODE",
    ),
    (
        "trust-remote-code-kwargs",
        "from transformers import AutoModel\nkw = {'trust_remote_code': True}  # SINK\nm = AutoModel.from_pretrained(name, **kw)\n",
        "CODE-TRUST-REMOTE-CODE",
    ),
    (
        "trust-remote-code-var-neg",
        "import os\nfrom transformers import AutoModel\nallow = os.environ.get('ALLOW_REMOTE') == '1'\nm = AutoModel.from_pretrained(name, trust_remote_code=allow)\n",
        None,
    ),
    (
        "lc-dangerous",
        "from langchain_community.vectorstores import FAISS\ndb = FAISS.load_local('idx', emb, allow_dangerous_deserialization=True)  # SINK\n",
        "CODE-LC-DANGEROUS-OPTIN",
    ),
    (
        "lc-dangerous-neg",
        "from langchain_community.vectorstores import FAISS\ndb = FAISS.load_local('idx', emb)\n",
        None,
    ),
    (
        "yaml-load",
        "import yaml\ncfg = yaml.load(open('c.yaml'), Loader=yaml.Loader)  # SINK\n",
        "CODE-YAML-LOAD",
    ),
    (
        "yaml-safe-neg",
        "import yaml\ncfg = yaml.load(open('c.yaml'), Loader=yaml.SafeLoader)\ncfg2 = yaml.safe_load('a: 1')\n",
        None,
    ),
    (
        "hub-unpinned",
        "from transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained('org/model')  # SINK\n",
        "CODE-HUB-UNPINNED",
    ),
    (
        "hub-pinned-neg",
        "from transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained('org/model', revision='3f1c2a9')\n",
        None,
    ),
    (
        "jinja-unsandboxed",
        "import jinja2\ndef fmt(template):\n    return jinja2.Environment(loader=jinja2.BaseLoader()).from_string(template)  # SINK\n",
        "CODE-JINJA-UNSANDBOXED",
    ),
    (
        "jinja-sandboxed-neg",
        "from jinja2.sandbox import ImmutableSandboxedEnvironment\ndef fmt(template):\n    return ImmutableSandboxedEnvironment().from_string(template)\n",
        None,
    ),
    (
        "agent-shell",
        "from langchain_community.tools import ShellTool\ntools = [ShellTool()]  # SINK\nagent = initialize_agent(tools, llm)\n",
        "CODE-AGENT-OVERPRIV",
    ),
    (
        "agent-shell-confirm-neg",
        "from langchain_community.tools import ShellTool\nfrom langchain.callbacks import HumanApprovalCallbackHandler\ntools = [ShellTool(callbacks=[HumanApprovalCallbackHandler()])]\n",
        None,
    ),
    (
        "mcp-broad",
        "from mcp import StdioServerParameters\np = StdioServerParameters(command='npx', args=['-y', '@modelcontextprotocol/server-filesystem', '/'])  # SINK\n",
        "CODE-MCP-BROAD",
    ),
    (
        "mcp-scoped-neg",
        "from mcp import StdioServerParameters\np = StdioServerParameters(command='npx', args=['-y', '@modelcontextprotocol/server-filesystem', './workspace'])\n",
        None,
    ),
]

# --- web routes (user input), virtual dispatch, validators that are sinks -------------------
WEB = [
    (
        "route-exec-unauthenticated",
        """
from fastapi import APIRouter
router = APIRouter()
def check_code(code):
    exec(compile(code, "<string>", "exec"))  # SINK
    return {}
@router.post("/validate/code")
async def post_validate_code(body: dict):
    errors = check_code(body["code"])
    return errors
""",
        "CODE-LLM-EXEC",
    ),
    (
        "route-exec-authenticated-neg",
        """
from fastapi import APIRouter, Depends
from .auth import get_current_active_user
router = APIRouter()
def run_code(code):
    exec(compile(code, "<string>", "exec"))  # SINK
@router.post("/run", dependencies=[Depends(get_current_active_user)])
async def post_run(body: dict):
    return run_code(body["code"])
""",
        "CODE-EXEC-DYNAMIC",
    ),
    (
        "flask-login-required-neg",
        """
from flask import request
from flask_login import login_required
@app.route("/admin/sql")
@login_required
def admin_sql():
    cursor.execute(request.form["q"])
""",
        None,
    ),
    (
        "virtual-dispatch",
        """
class Base:
    def submit_prompt(self, prompt):
        raise NotImplementedError
    def ask(self, q):
        code = self.submit_prompt(q)
        exec(code)  # SINK
class OpenAIChat(Base):
    def submit_prompt(self, prompt):
        r = self.client.chat.completions.create(model="m", messages=[])
        return r.choices[0].message.content
""",
        "CODE-LLM-EXEC",
    ),
    (
        "nested-function-field",
        """
import pandas as pd
class Vn:
    def connect(self, path):
        conn = sqlite3.connect(path)
        def run_sql_sqlite(sql):
            return pd.read_sql_query(sql, conn)  # SINK
        self.run_sql = run_sql_sqlite
    def ask(self, q):
        sql = self.llm.invoke(q).content
        return self.run_sql(sql)
""",
        "CODE-LLM-SQL",
    ),
    (
        "orm-builder-neg",
        """
from sqlalchemy import select
def find(session, llm, q):
    name = llm.invoke(q).content
    return session.execute(select(User).where(User.name == name))
""",
        None,
    ),
    (
        "pathlib-receiver",
        """
from pathlib import Path
from mcp.server import Server
server = Server("files")
ROOT = Path("/srv/data")
@server.call_tool()
async def call_tool(name: str, arguments: dict):
    full_path = ROOT / arguments["path"]
    full_path.write_text(arguments["content"])  # SINK
""",
        "CODE-LLM-PATH",
    ),
    (
        "pathlib-contained-neg",
        """
from pathlib import Path
from mcp.server import Server
server = Server("files")
ROOT = Path("/srv/data")
@server.call_tool()
async def call_tool(name: str, arguments: dict):
    full_path = (ROOT / arguments["path"]).resolve()
    if not full_path.is_relative_to(ROOT):
        raise ValueError("outside the root")
    full_path.write_text(arguments["content"])
""",
        None,
    ),
    (
        "pickle-env-gate-neg",
        """
import os, pickle
from distutils.util import strtobool
def load_index(path):
    if not strtobool(os.environ.get("TRUST_REMOTE_CODE", "False")):
        raise ValueError("loading pickled data can run code; set TRUST_REMOTE_CODE=True")
    with open(path, "rb") as f:
        return pickle.load(f)
""",
        None,
    ),
    (
        "class-gate-neg",
        """
class GraphQAChain:
    allow_dangerous_requests: bool = False
    def __init__(self, **kwargs):
        self.allow_dangerous_requests = kwargs.get("allow_dangerous_requests", False)
        if self.allow_dangerous_requests is not True:
            raise ValueError("acknowledge that the chain can run arbitrary queries")
    def _call(self, q):
        generated_cypher = self.cypher_generation_chain.invoke(q)
        return self.graph.query(generated_cypher)
""",
        None,
    ),
    (
        "domain-check-neg",
        """
def _check_in_allowed_domain(url, limit_to_domains):
    return any(url.startswith(d) for d in limit_to_domains)
class APIChain:
    def _call(self, q):
        api_url = self.api_request_chain.predict(question=q)
        if not _check_in_allowed_domain(api_url, self.limit_to_domains):
            raise ValueError(f"{api_url} is not in the allowed domains")
        return self.requests_wrapper.get(api_url)
""",
        None,
    ),
    (
        "jinja-own-template-neg",
        """
import jinja2
PROMPT = "Answer {{ question }} using {{ context }}"
BASE = "templates/"
def render(q, ctx):
    a = jinja2.Template(PROMPT).render(question=q, context=ctx)
    b = jinja2.Template(open(BASE + "answer.j2").read()).render(question=q)
    return a + b
""",
        None,
    ),
    (
        "function-calling-dispatch",
        """
import json, subprocess
from openai import OpenAI
client = OpenAI()
def run_command(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True).stdout  # SINK
def get_time():
    return "now"
FUNCS = {"run_command": run_command, "get_time": get_time}
def chat(messages, schemas):
    r = client.chat.completions.create(model="m", messages=messages, tools=schemas)
    call = r.choices[0].message.tool_calls[0]
    return FUNCS[call.function.name](**json.loads(call.function.arguments))
""",
        "CODE-LLM-SHELL",
    ),
    (
        "agent-tools-list",
        """
import os
from langgraph.prebuilt import create_react_agent
def delete_file(path: str) -> str:
    \"\"\"Delete a file.\"\"\"
    os.remove(path)  # SINK
    return "ok"
agent = create_react_agent(model, tools=[delete_file])
""",
        "CODE-LLM-PATH",
    ),
]

ALL = SOURCES + SINKS + INTERPROC + SYSTEM_ROLE + PATTERNS + WEB
