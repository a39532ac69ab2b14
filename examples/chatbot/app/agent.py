"""An operations agent that can run shell commands for the support team."""

import subprocess

from langchain_openai import ChatOpenAI
from langchain.agents import AgentExecutor, create_tool_calling_agent
from langchain_core.tools import tool

llm = ChatOpenAI(model="gpt-4o", temperature=0)


@tool
def run_shell(command: str) -> str:
    """Run a shell command on the support host."""
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout


def build_agent(prompt):
    agent = create_tool_calling_agent(llm, [run_shell], prompt)
    return AgentExecutor(agent=agent, tools=[run_shell])
