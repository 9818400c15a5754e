/**
 * Runs `task` in a new task, soon: a MessageChannel message, which browsers neither clamp (setTimeout's 4 ms after
 * nesting) nor throttle in background tabs, so a list opened in a background tab is complete when it is shown.
 * Work split into such tasks lets the browser paint and handle input in between.
 * Returns a function that cancels the task if it has not run yet (an element stops its work when disconnected).
 */
let channel: MessageChannel | undefined;
const queue: { run?: () => void }[] = [];

export function nextTask(task: () => void): () => void {
  // Made on first use: a MessageChannel made at import time keeps a Node process (unit tests, tools) alive.
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.run?.();
  }
  const entry: { run?: () => void } = { run: task };
  queue.push(entry);
  channel.port2.postMessage(null);
  return () => (entry.run = undefined);
}

/** Resolves in a new task (see {@link nextTask}). */
export const yieldTask = (): Promise<void> => new Promise((resolve) => nextTask(resolve));
