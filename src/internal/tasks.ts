/**
 * Runs `task` in a new task, soon: a MessageChannel message, which browsers neither clamp (setTimeout's 4 ms after
 * nesting) nor throttle in background tabs, so a list opened in a background tab is complete when it is shown.
 * Work split into such tasks lets the browser paint and handle input in between.
 */
let channel: MessageChannel | undefined;
const queue: (() => void)[] = [];

export function nextTask(task: () => void): number {
  // Created on first use, not at import: an open channel keeps a Node process (SSR, tests) alive.
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  queue.push(task);
  channel.port2.postMessage(null);
  return queue.length;
}

/** Resolves in a new task (see {@link nextTask}). */
export const yieldTask = (): Promise<void> => new Promise((resolve) => nextTask(resolve));
