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

/**
 * Resolves once the browser has painted what the DOM holds now: in a new task after the next animation frame. A
 * hidden page paints no frames (and may never run the callback): then, or when no frame comes within 100 ms, it
 * resolves in a new task as {@link yieldTask} does.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState !== 'visible')
      return void nextTask(resolve);
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      nextTask(resolve);
    };
    const timer = setTimeout(go, 100);
    requestAnimationFrame(go);
  });
