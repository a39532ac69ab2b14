import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";

export const MODELS = ["gpt-4o-mini", "gpt-4o"] as const;

export async function answer(prompt: string) {
  return streamText({ model: openai(MODELS[0]), prompt });
}
