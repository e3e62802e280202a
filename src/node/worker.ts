/** A worker thread of a batch (node/batch.ts): checks the files it is sent, one at a time, in order. */
import { parentPort } from "worker_threads";
import { CheckTask, TaskOptions, runTask } from "./batch";
import { cleanupConversions } from "./convert";

const port = parentPort;
if (port) {
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (message: { stop?: true; id: number; task: CheckTask; options: TaskOptions }) => {
    queue = queue.then(async () => {
      if (message.stop) {
        cleanupConversions();
        port.close();
        return;
      }
      const { id, task } = message;
      // A path given as bytes (a name that is not UTF-8) arrives as a Uint8Array, which fs does not take.
      if (typeof task.file.path !== "string") task.file.path = Buffer.from(task.file.path);
      port.postMessage({ id, outcome: await runTask(task, message.options) });
    });
  });
}
