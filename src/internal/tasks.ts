/**
 * Runs `task` in a new task, soon: a MessageChannel message, which browsers neither clamp (setTimeout's 4 ms after
 * nesting) nor throttle in background tabs, so a list opened in a background tab is complete when it is shown.
 * Work split into such tasks lets the browser paint and handle input in between.
 */
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

export function nextTask(task: () => void): number {
  queue.push(task);
  channel.port2.postMessage(null);
  return queue.length;
}

/** Resolves in a new task (see {@link nextTask}). */
export const yieldTask = (): Promise<void> => new Promise((resolve) => nextTask(resolve));
