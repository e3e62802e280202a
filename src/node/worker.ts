/** A worker thread of a batch (node/batch.ts): checks the files it is sent, one at a time. */
import { parentPort } from "worker_threads";
import { runTask } from "./batch";
import { cleanupConversions } from "./convert";

const port = parentPort;
if (port) {
  port.on("message", async (message: { stop?: true; task: Parameters<typeof runTask>[0]; soffice?: string }) => {
    if (message.stop) {
      cleanupConversions();
      port.close();
      return;
    }
    const { task } = message;
    // A path given as bytes (a name that is not UTF-8) arrives as a Uint8Array, which fs does not take.
    if (typeof task.file.path !== "string") task.file.path = Buffer.from(task.file.path);
    port.postMessage(await runTask(task, { soffice: message.soffice }));
  });
}
